"""The statistics of issue 6 over a real store: every aggregate equals a brute-force count over
random data (Hypothesis), in six zones, with instants at local midnights, a microsecond either side,
and around DST transitions; then examples for losing touch, not contacted since, new contacts, a
card's statistics, cancelling and the copies migration 0005 keeps on participants.

The clock is Monday 23 November 2026, 12:00 UTC.  The brute force reads the local day of an
instant with ``astimezone(zone).date()``, not with the service's day edges.
"""

from __future__ import annotations

import itertools
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from pcrm import errors
from pcrm.clock import FixedClock
from pcrm.domain.card import ContactCard
from pcrm.services import insight as insight_module
from pcrm.services.insight import (
    Bucket,
    CardStats,
    ChannelCount,
    ChannelMix,
    ContactCount,
    Fading,
    Granularity,
    HeatMap,
    Period,
    Scope,
)
from pcrm.services.session import Services
from pcrm.services.tasks import TaskDraft
from pcrm.services.timeline import InteractionDraft
from pcrm.store import migrate
from pcrm.store import models as m

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
ZONES = (
    "Europe/Kyiv",
    "America/New_York",
    "Asia/Kolkata",  # +05:30
    "Pacific/Chatham",  # +12:45 / +13:45
    "Australia/Lord_Howe",  # +10:30 / +11:00: a 30-minute DST
    "UTC",
)
COUNTED = {"call", "meeting", "message"}
KINDS = ("call", "meeting", "message", "note", "life_event")
CHANNELS = (None, "phone", "email", "telegram")
SOURCES = (None, "", "work", "friends", " work ")
OFFSETS = tuple(
    timedelta(**kw)
    for kw in (
        {},
        {"microseconds": 1},
        {"microseconds": -1},
        {"seconds": 1},
        {"seconds": -1},
        {"minutes": 30},
        {"minutes": -30},
        {"hours": 3},
        {"hours": 12},
        {"hours": 23},
    )
)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# -- the random world -----------------------------------------------------------------------------


@dataclass(frozen=True)
class C:
    id: int
    created_at: datetime
    met_channel: str | None
    cadence: int | None
    archived: bool
    deleted: bool


@dataclass(frozen=True)
class I:  # noqa: E742 (an interaction)
    id: int
    kind: str
    channel: str | None
    starts_at: datetime
    deleted: bool
    participants: tuple[int, ...]
    written_as: tuple[str, str | None] | None  # inserted so, then updated to kind/channel


@dataclass(frozen=True)
class G:
    id: int
    name: str
    position: int
    deleted: bool
    smart: bool
    members: frozenset[int]


@dataclass(frozen=True)
class World:
    zone: str
    period: Period
    granularity: Granularity
    scope: Scope
    contacts: tuple[C, ...]
    interactions: tuple[I, ...]
    groups: tuple[G, ...]
    share: float  # insight.RANGE_SHARE: which way per-contact counts are read
    today: date

    def contact(self, cid: int) -> C:
        return next(c for c in self.contacts if c.id == cid)

    def trashed(self, cid: int) -> bool:
        return self.contact(cid).deleted

    def members(self, gid: int) -> set[int]:
        found = [g.members for g in self.groups if g.id == gid]
        return {c for c in (found[0] if found else ()) if not self.trashed(c)}


def transitions(zone: ZoneInfo, start: datetime, end: datetime) -> list[datetime]:
    """The instants in [start, end) where the zone's offset changes (to the minute)."""
    found = []
    step = timedelta(minutes=15)
    at = start
    while at < end:
        nxt = at + step
        if at.astimezone(zone).utcoffset() != nxt.astimezone(zone).utcoffset():
            minute = at
            while minute.astimezone(zone).utcoffset() == at.astimezone(zone).utcoffset():
                minute += timedelta(minutes=1)
            found.append(minute)
        at = nxt
    return found


def midnight(day: date, zone: ZoneInfo) -> datetime:
    """Local midnight as an instant (for making instants near day edges, not for checking)."""
    return datetime.combine(day, time(), zone).astimezone(UTC)


TRANSITION_DAYS = {
    name: sorted(
        {
            t.astimezone(ZoneInfo(name)).date()
            for t in transitions(
                ZoneInfo(name), datetime(2025, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
            )
        }
    )
    for name in ZONES
}


@st.composite
def worlds(draw: st.DrawFn) -> World:
    zone_name = draw(st.sampled_from(ZONES))
    zone = ZoneInfo(zone_name)
    near = TRANSITION_DAYS[zone_name]
    anchor = draw(
        st.sampled_from(near) if near and draw(st.booleans()) else st.dates(
            date(2025, 6, 1), date(2026, 12, 31)
        )
    )  # fmt: skip
    start = anchor - timedelta(days=draw(st.integers(0, 40)))
    days = draw(st.sampled_from((1, 2, 7, 30, 31, 61)) | st.integers(1, 80))
    period = Period(start, start + timedelta(days=days), zone_name)
    previous = period.previous()
    window = [previous.start + timedelta(days=n) for n in range(-1, 2 * days + 2)]
    edges = [midnight(d, zone) for d in window]
    edges += [*transitions(zone, edges[0], edges[-1]), NOW]
    earlier = [midnight(previous.start + timedelta(days=n), zone) for n in range(days)]

    def instant(among: list[datetime] = edges) -> datetime:
        return draw(st.sampled_from(among)) + draw(st.sampled_from(OFFSETS))

    n_contacts = draw(st.integers(1, 6))
    contacts = tuple(
        C(
            id=k,
            created_at=instant(),
            met_channel=draw(st.sampled_from(SOURCES)),
            cadence=draw(st.sampled_from((None, None, 1, 7, 30))),
            archived=draw(st.integers(0, 5)) == 0,
            deleted=draw(st.integers(0, 5)) == 0,
        )
        for k in range(1, n_contacts + 1)
    )
    ids = [c.id for c in contacts]
    interactions = []
    # a burst in the previous period for someone: what "dropped" needs
    burst = draw(st.sampled_from(ids)) if draw(st.booleans()) else None
    for k in range(1, draw(st.integers(0, 30)) + 1):
        if burst is not None and k <= 4:
            interactions.append(I(k, "call", None, instant(earlier), False, (burst,), None))
            continue
        kind = draw(st.sampled_from(KINDS))
        channel = draw(st.sampled_from(CHANNELS))
        written = None
        if draw(st.integers(0, 4)) == 0:
            written = (draw(st.sampled_from(KINDS)), draw(st.sampled_from(CHANNELS)))
        interactions.append(
            I(
                id=k,
                kind=kind,
                channel=channel,
                starts_at=instant(),
                deleted=draw(st.integers(0, 6)) == 0,
                participants=tuple(
                    sorted(draw(st.sets(st.sampled_from(ids), max_size=min(3, len(ids)))))
                ),
                written_as=written,
            )
        )
    groups = tuple(
        G(
            id=k,
            name=draw(st.sampled_from(("Друзі", "work", "Work", "family"))),
            position=draw(st.integers(0, 2)),
            deleted=draw(st.integers(0, 5)) == 0,
            smart=draw(st.integers(0, 5)) == 0,
            members=frozenset(draw(st.sets(st.sampled_from(ids)))),
        )
        for k in range(1, draw(st.integers(0, 3)) + 1)
    )
    shape = draw(st.sampled_from(("", "", "ch", "c", "g", "cg", "gch", "cch", "cgch")))
    group_ids = [g.id for g in groups] or [99]
    scope = Scope(
        contact_id=draw(st.sampled_from(ids)) if "c" in shape.replace("ch", "") else None,
        group_id=draw(st.sampled_from(group_ids)) if "g" in shape else None,
        channel=draw(st.sampled_from(("", "phone", "email"))) if "ch" in shape else None,
    )
    return World(
        zone=zone_name,
        period=period,
        granularity=draw(st.sampled_from(Granularity)),
        scope=scope,
        contacts=contacts,
        interactions=tuple(interactions),
        groups=groups,
        share=draw(st.sampled_from((0.0, 0.08, 2.0))),
        today=draw(st.sampled_from(window)),
    )


def write(services: Services, world: World) -> None:
    with services.insight.write() as s:
        for c in world.contacts:
            s.add(
                m.Contact(
                    id=c.id,
                    display_name=f"C{c.id}",
                    sort_key=f"c{c.id}",
                    met_channel=c.met_channel,
                    cadence_days=c.cadence,
                    is_archived=c.archived,
                    deleted_at=NOW if c.deleted else None,
                    created_at=c.created_at,
                    updated_at=c.created_at,
                )
            )
        s.flush()
        for g in world.groups:
            s.add(
                m.Group(
                    id=g.id,
                    name=g.name,
                    position=g.position,
                    query="tag:x" if g.smart else None,
                    deleted_at=NOW if g.deleted else None,
                    created_at=NOW,
                    updated_at=NOW,
                )
            )
        s.flush()
        for g in world.groups:
            for cid in g.members:
                s.add(m.GroupMember(group_id=g.id, contact_id=cid, added_at=NOW))
        for i in world.interactions:
            kind, channel = i.written_as or (i.kind, i.channel)
            s.add(
                m.Interaction(
                    id=i.id,
                    kind=kind,
                    channel=channel,
                    starts_at=i.starts_at,
                    time_zone="UTC",
                    deleted_at=NOW if i.deleted and i.written_as is None else None,
                    created_at=NOW,
                    updated_at=NOW,
                    participants=[
                        m.InteractionParticipant(contact_id=c, starts_at=i.starts_at)
                        for c in i.participants
                    ],
                )
            )
        s.flush()
        # changed afterwards: the triggers must carry kind, channel and trash to the copies
        for i in world.interactions:
            if i.written_as is not None:
                s.execute(
                    text(
                        "UPDATE interactions SET kind = :k, channel = :c, deleted_at = :d"
                        " WHERE id = :i"
                    ),
                    {"k": i.kind, "c": i.channel, "i": i.id,
                     "d": "2026-11-23 12:00:00.000000" if i.deleted else None},
                )  # fmt: skip


def wipe(services: Services) -> None:
    with services.insight.write() as s:
        for table in ("task_contacts", "tasks", "interactions", "group_members", "groups"):
            s.execute(text(f"DELETE FROM {table}"))
        s.execute(text("DELETE FROM contacts"))


@pytest.fixture
def world_store(services: Services) -> Iterator[Services]:
    yield services


# -- the brute force ------------------------------------------------------------------------------


def counted(i: I) -> bool:
    return i.kind in COUNTED and not i.deleted


def day_of(at: datetime, zone: str) -> date:
    return at.astimezone(ZoneInfo(zone)).date()


def in_period(at: datetime, period: Period) -> bool:
    return period.start <= day_of(at, period.zone) < period.end


def channel_ok(i: I, scope: Scope) -> bool:
    return scope.channel is None or i.channel == (scope.channel or None)


def in_scope(w: World, i: I, scope: Scope) -> bool:
    if not counted(i) or not channel_ok(i, scope):
        return False
    if scope.contact_id is not None and scope.contact_id not in i.participants:
        return False
    if scope.group_id is not None:
        who = set(i.participants) & w.members(scope.group_id)
        if scope.contact_id is not None:
            who &= {scope.contact_id}
        return bool(who)
    return True


def per_day(w: World, scope: Scope, period: Period) -> Counter[date]:
    return Counter(
        day_of(i.starts_at, period.zone)
        for i in w.interactions
        if in_scope(w, i, scope) and in_period(i.starts_at, period)
    )


def bucket_of(day: date, g: Granularity, period: Period) -> date:
    if g is Granularity.WEEK:
        first = day - timedelta(days=day.weekday())
    elif g is Granularity.MONTH:
        first = day.replace(day=1)
    else:
        first = day
    return max(first, period.start)


def expected_series(w: World, scope: Scope, period: Period, g: Granularity) -> tuple[Bucket, ...]:
    days = [period.start + timedelta(days=n) for n in range(period.days)]
    totals = dict.fromkeys(sorted({bucket_of(d, g, period) for d in days}), 0)
    for day, n in per_day(w, scope, period).items():
        totals[bucket_of(day, g, period)] += n
    return tuple(Bucket(k, v) for k, v in totals.items())


def expected_heat(w: World, scope: Scope, period: Period) -> HeatMap:
    cells = [[0] * 7 for _ in range(12)]
    for day, n in per_day(w, scope, period).items():
        cells[day.month - 1][day.weekday()] += n
    return HeatMap(tuple(tuple(r) for r in cells))


def channel_counts(counter: Counter[str | None]) -> tuple[ChannelCount, ...]:
    found = [ChannelCount(ch, n) for ch, n in counter.items() if n]
    return tuple(sorted(found, key=lambda c: (-c.count, c.channel is None, c.channel or "")))


def expected_channels(w: World, scope: Scope, period: Period) -> tuple[ChannelCount, ...]:
    return channel_counts(
        Counter(
            i.channel
            for i in w.interactions
            if in_scope(w, i, scope) and in_period(i.starts_at, period)
        )
    )


def last_before(w: World, cid: int, before: datetime) -> datetime | None:
    times = [
        i.starts_at
        for i in w.interactions
        if counted(i) and cid in i.participants and i.starts_at < before
    ]
    return max(times, default=None)


def contact_count(w: World, cid: int, period: Period) -> int:
    return sum(
        1
        for i in w.interactions
        if counted(i) and cid in i.participants and in_period(i.starts_at, period)
    )


def expected_top(w: World, scope: Scope, period: Period, limit: int) -> tuple[ContactCount, ...]:
    counts: Counter[int] = Counter()
    for i in w.interactions:
        if not counted(i) or not channel_ok(i, scope) or not in_period(i.starts_at, period):
            continue
        for cid in i.participants:
            if w.trashed(cid):
                continue
            if scope.contact_id is not None and cid != scope.contact_id:
                continue
            if scope.group_id is not None and cid not in w.members(scope.group_id):
                continue
            counts[cid] += 1
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    soon = NOW + timedelta(microseconds=1)
    return tuple(ContactCount(cid, f"C{cid}", n, last_before(w, cid, soon)) for cid, n in best)


def expected_mixes(w: World, period: Period, ids: list[int]) -> tuple[ChannelMix, ...]:
    return tuple(
        ChannelMix(
            cid,
            f"C{cid}",
            channel_counts(
                Counter(
                    i.channel
                    for i in w.interactions
                    if counted(i) and cid in i.participants and in_period(i.starts_at, period)
                )
            ),
        )
        for cid in ids
    )


def expected_groups(w: World, period: Period) -> tuple[ChannelMix, ...]:
    live = [g for g in w.groups if not g.deleted and not g.smart]
    live.sort(key=lambda g: (g.position, g.name.casefold(), g.id))
    return tuple(
        ChannelMix(
            g.id,
            g.name,
            channel_counts(
                Counter(
                    i.channel
                    for i in w.interactions
                    if counted(i)
                    and in_period(i.starts_at, period)
                    and set(i.participants) & w.members(g.id)
                )
            ),
        )
        for g in live
    )


def micros(at: datetime) -> int:
    return (at - EPOCH) // timedelta(microseconds=1)


def expected_fading(w: World, period: Period, limit: int) -> tuple[Fading, ...]:
    ref = min(midnight(period.end, ZoneInfo(period.zone)), NOW)
    previous = period.previous()
    live = [c for c in w.contacts if not c.archived and not c.deleted]
    late = []
    for c in live:
        if c.cadence is None:
            continue
        basis = last_before(w, c.id, ref) or c.created_at
        late_us = micros(ref) - micros(basis) - c.cadence * 86_400_000_000
        if late_us > 0:
            late.append((-(float(late_us) / float(c.cadence)), c.id, late_us))
    late.sort()
    late = late[:limit]
    items = [
        Fading(
            cid,
            f"C{cid}",
            contact_count(w, cid, previous),
            contact_count(w, cid, period),
            last_before(w, cid, ref),
            w.contact(cid).cadence,
            late_us // 86_400_000_000,
            "cadence",
        )
        for _, cid, late_us in late
    ]
    listed = {f.contact_id for f in items}
    drops = []
    for c in live:
        cur, prev = contact_count(w, c.id, period), contact_count(w, c.id, previous)
        if prev >= 3 and 2 * cur < prev and c.id not in listed:
            drops.append((-(prev - cur), c.id, cur, prev))
    drops.sort()
    items += [
        Fading(cid, f"C{cid}", prev, cur, last_before(w, cid, ref), w.contact(cid).cadence, None,
               "dropped")
        for _, cid, cur, prev in drops[: limit - len(items)]
    ]  # fmt: skip
    return tuple(items)


def expected_quiet(
    w: World, day: date, zone: str, limit: int
) -> tuple[tuple[ContactCount, ...], int]:
    start = midnight(day, ZoneInfo(zone))
    before = min(start, NOW + timedelta(microseconds=1))
    quiet = []
    for c in w.contacts:
        if c.archived or c.deleted:
            continue
        recent = any(
            counted(i) and c.id in i.participants and start <= i.starts_at <= NOW
            for i in w.interactions
        )
        if not recent:
            last = last_before(w, c.id, before)
            quiet.append((last is not None, last or NOW, c.id, last))
    quiet.sort()
    found = tuple(
        ContactCount(
            cid,
            f"C{cid}",
            sum(1 for i in w.interactions if counted(i) and cid in i.participants
                and i.starts_at < before),
            last,
        )
        for _, _, cid, last in quiet[:limit]
    )  # fmt: skip
    return found, len(quiet)


def expected_new(
    w: World, period: Period, g: Granularity
) -> tuple[tuple[Bucket, ...], tuple[tuple[str | None, int], ...]]:
    days = [period.start + timedelta(days=n) for n in range(period.days)]
    totals = dict.fromkeys(sorted({bucket_of(d, g, period) for d in days}), 0)
    sources: Counter[str | None] = Counter()
    for c in w.contacts:
        if c.deleted or not in_period(c.created_at, period):
            continue
        totals[bucket_of(day_of(c.created_at, period.zone), g, period)] += 1
        source = c.met_channel.strip(" ") if c.met_channel is not None else None
        sources[source or None] += 1
    ordered = sorted(sources.items(), key=lambda kv: (-kv[1], kv[0] is None, kv[0] or ""))
    return tuple(Bucket(k, v) for k, v in totals.items()), tuple(ordered)


def expected_card(w: World, cid: int, today: date, zone: str) -> CardStats:
    first = today.replace(day=1)
    months = [first]
    for _ in range(11):
        months.insert(0, (months[0] - timedelta(days=1)).replace(day=1))
    mine = [i for i in w.interactions if counted(i) and cid in i.participants]
    per_month = Counter(day_of(i.starts_at, zone).replace(day=1) for i in mine)
    window = [i for i in mine if months[0] <= day_of(i.starts_at, zone).replace(day=1) <= first]
    used = Counter(i.channel for i in window if i.channel is not None)
    usual = min(used.items(), key=lambda kv: (-kv[1], kv[0]), default=(None, 0))[0]
    meetings = [i.starts_at for i in mine if i.kind == "meeting" and i.starts_at > NOW]
    return CardStats(
        months=tuple(Bucket(mo, per_month.get(mo, 0)) for mo in months),
        total=len(mine),
        last_at=max((i.starts_at for i in mine if i.starts_at <= NOW), default=None),
        next_at=min(meetings, default=None),
        usual_channel=usual,
    )


# -- every aggregate against the brute force ------------------------------------------------------


@settings(
    max_examples=int(os.environ.get("INSIGHT_EXAMPLES", "150")),
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(w=worlds())
def test_every_aggregate_equals_a_brute_force_count(
    world_store: Services, monkeypatch: pytest.MonkeyPatch, w: World
) -> None:
    services = world_store
    monkeypatch.setattr(insight_module, "RANGE_SHARE", w.share)
    write(services, w)
    try:
        check_world(services, w)
    finally:
        wipe(services)


def check_world(services: Services, w: World) -> None:
    insight = services.insight
    period, scope, g = w.period, w.scope, w.granularity
    previous = period.previous()
    board = insight.dashboard(period, scope, g)

    event(f"total>0: {board.total > 0}")
    event(f"top: {min(len(board.top_contacts), 3)}")
    event(f"fading: {sorted({f.reason for f in board.fading})}")
    event(f"groups with counts: {sum(1 for x in board.channels_by_group if x.channels)}")
    event(f"quiet: {min(board.not_contacted_total, 2)}")
    event(
        f"scope: {tuple(x is not None for x in (scope.contact_id, scope.group_id, scope.channel))}"
    )
    assert board.series == expected_series(w, scope, period, g)
    assert board.previous_series == expected_series(w, scope, previous, g)
    assert board.total == sum(b.count for b in board.series)
    assert board.previous_total == sum(b.count for b in board.previous_series)
    assert board.heat_map == expected_heat(w, scope, period)
    assert board.channels == expected_channels(w, scope, period)
    assert board.top_contacts == expected_top(w, scope, period, 20)
    top_ids = [c.contact_id for c in board.top_contacts]
    assert board.channels_by_contact == expected_mixes(w, period, top_ids)
    assert board.channels_by_group == expected_groups(w, period)
    assert board.fading == expected_fading(w, period, 50)
    assert (board.not_contacted_since, board.not_contacted_total) == expected_quiet(
        w, period.start, period.zone, 50
    )
    assert (board.new_contacts, board.new_by_source) == expected_new(w, period, g)

    # the parts alone agree with the dashboard; small limits cut the same lists
    assert insight.series(previous, scope, g) == board.previous_series
    assert insight.heat_map(period, scope) == board.heat_map
    assert insight.top_contacts(period, scope, 2) == expected_top(w, scope, period, 2)
    assert insight.fading(period, 2) == expected_fading(w, period, 2)
    assert insight.not_contacted_since(w.today, w.zone, 2) == expected_quiet(w, w.today, w.zone, 2)
    everyone = [c.id for c in w.contacts]
    assert insight.channels_by_contact(period, everyone) == expected_mixes(w, period, everyone)
    cid = w.contacts[0].id
    assert insight.card_stats(cid, w.today, w.zone) == expected_card(w, cid, w.today, w.zone)


# -- examples -------------------------------------------------------------------------------------


def person(services: Services, name: str, **kw: object) -> int:
    card = ContactCard(given=name, **kw)  # type: ignore[arg-type]
    return services.contacts.create(card).first("contact")


def log(services: Services, who: list[int], at: datetime, kind: str = "call", **kw: object) -> int:
    draft = InteractionDraft(kind=kind, participants=who, starts_at=at, **kw)  # type: ignore[arg-type]
    return services.timeline.log(draft).first("interaction")


def names(items: tuple[Fading, ...] | tuple[ContactCount, ...]) -> list[str]:
    return [x.display_name for x in items]


KYIV = "Europe/Kyiv"
NOVEMBER = Period.month(2026, 11, KYIV)  # ends 2026-12-01, after now: "losing touch" is at now


def test_losing_touch_lists_lapsed_cadences_then_the_biggest_drops(services: Services) -> None:
    weekly = person(services, "Weekly", cadence_days=7)
    yearly = person(services, "Yearly", cadence_days=365)
    fresh = person(services, "Fresh", cadence_days=30)
    dropped = person(services, "Dropped")
    slight = person(services, "Slight")
    too_few = person(services, "TooFew")
    archived = person(services, "Archived", cadence_days=7)
    services.contacts.set_archived([archived], True)
    oct_ = datetime(2026, 10, 10, 12, tzinfo=UTC)
    log(services, [weekly], NOW - timedelta(days=10))  # 3 days past a 7-day cadence: 0.43
    log(services, [yearly], NOW - timedelta(days=500))  # 135 days past 365: 0.37
    log(services, [fresh], NOW - timedelta(days=3))
    for k in range(6):
        log(services, [dropped], oct_ + timedelta(hours=k))
    log(services, [dropped], NOW - timedelta(days=1))  # 6 -> 1
    for k in range(4):
        log(services, [slight], oct_ + timedelta(hours=k))
    log(services, [slight], NOW - timedelta(days=1))
    log(services, [slight], NOW - timedelta(days=2))  # 4 -> 2: not below half
    for k in range(2):
        log(services, [too_few], oct_ + timedelta(hours=k))  # 2 -> 0: too few before
    log(services, [archived], NOW - timedelta(days=100))
    log(services, [weekly], NOW + timedelta(days=2))  # planned: does not count for "before now"

    found = services.insight.fading(NOVEMBER)
    assert [(f.display_name, f.reason) for f in found] == [
        ("Weekly", "cadence"),
        ("Yearly", "cadence"),
        ("Dropped", "dropped"),
    ]
    first = found[0]
    assert (first.cadence_days, first.overdue_days) == (7, 3)
    assert first.last_at == NOW - timedelta(days=10)
    assert (first.previous_count, first.current_count) == (0, 2)  # one planned
    drop = found[2]
    assert (drop.previous_count, drop.current_count, drop.overdue_days) == (6, 1, None)
    assert found[1].overdue_days == 135
    assert services.insight.fading(NOVEMBER, limit=1) == found[:1]
    # a past period: judged at its own end
    september = services.insight.fading(Period.month(2026, 9, KYIV))
    assert "Weekly" not in names(september) and "Yearly" in names(september)


def test_not_contacted_since_never_first_then_the_longest_silent(services: Services) -> None:
    never = person(services, "Never")
    old = person(services, "Old")
    older = person(services, "Older")
    recent = person(services, "Recent")
    noted = person(services, "OnlyNotes")
    gone = person(services, "Gone")
    log(services, [old], datetime(2026, 3, 1, tzinfo=UTC))
    log(services, [old], datetime(2026, 4, 1, tzinfo=UTC))
    log(services, [older], datetime(2025, 1, 1, tzinfo=UTC))
    log(services, [recent], datetime(2026, 11, 20, tzinfo=UTC))
    log(services, [noted], datetime(2026, 11, 20, tzinfo=UTC), kind="note")
    log(services, [older], NOW + timedelta(days=3), kind="meeting")  # planned: not a contact yet
    services.contacts.trash([gone])

    found, total = services.insight.not_contacted_since(date(2026, 6, 1), KYIV)
    assert names(found) == ["Never", "OnlyNotes", "Older", "Old"]
    assert total == 4
    assert [c.count for c in found] == [0, 0, 1, 2]
    assert found[3].last_at == datetime(2026, 4, 1, tzinfo=UTC)
    assert found[0].contact_id == never
    assert services.insight.not_contacted_since(date(2026, 6, 1), KYIV, limit=2) == (found[:2], 4)


def test_new_contacts_per_bucket_and_by_source(services: Services, clock: FixedClock) -> None:
    for when, source in (
        (datetime(2026, 10, 31, 21, 59, tzinfo=UTC), "work"),  # 23:59 on 31 October in Kyiv
        (datetime(2026, 10, 31, 22, 0, tzinfo=UTC), "work"),  # midnight: 1 November
        (datetime(2026, 11, 9, 8, tzinfo=UTC), "friends"),
        (datetime(2026, 11, 10, 8, tzinfo=UTC), None),
        (datetime(2026, 11, 11, 8, tzinfo=UTC), "work"),
    ):
        clock.instant = when
        person(services, f"P{when:%d%H}", met_channel=source)
    clock.instant = NOW
    weeks, sources = services.insight.new_contacts(NOVEMBER, Granularity.WEEK)
    assert [(b.start, b.count) for b in weeks if b.count] == [
        (date(2026, 11, 1), 1),  # the first week is clipped to the period's first day
        (date(2026, 11, 9), 3),
    ]
    assert weeks[0].start == date(2026, 11, 1) and weeks[1].start == date(2026, 11, 2)
    assert sources == (("work", 2), ("friends", 1), (None, 1))


def test_card_statistics_next_contact_from_tasks_and_planned_meetings(
    services: Services,
) -> None:
    olena = person(services, "Olena")
    other = person(services, "Other")
    tasks = services.tasks
    log(services, [olena], datetime(2026, 11, 2, 9, tzinfo=UTC), channel="phone")
    log(services, [olena, other], datetime(2026, 10, 5, 9, tzinfo=UTC), kind="meeting",
        channel="in_person")  # fmt: skip
    log(services, [olena], datetime(2026, 10, 6, 9, tzinfo=UTC), channel="phone")
    log(services, [olena], datetime(2025, 11, 30, 9, tzinfo=UTC), channel="email")  # 13 months
    log(services, [olena], datetime(2026, 11, 20, 9, tzinfo=UTC), kind="note")
    stats = services.insight.card_stats(olena, date(2026, 11, 23), KYIV)
    assert stats.months[0].start == date(2025, 12, 1)
    assert [b.count for b in stats.months][-3:] == [0, 2, 1]
    assert (stats.total, stats.usual_channel, stats.next_at) == (4, "phone", None)
    assert stats.last_at == datetime(2026, 11, 2, 9, tzinfo=UTC)

    meeting = NOW + timedelta(days=12)
    log(services, [olena], meeting, kind="meeting")
    assert services.insight.card_stats(olena, date(2026, 11, 23), KYIV).next_at == meeting
    # a floating reminder at 09:00 in ten days is placed in the zone asked for
    wall = datetime(2026, 12, 3, 9, 0)
    tasks.create(TaskDraft("Call back", wall, contacts=[olena]))
    ny = services.insight.card_stats(olena, date(2026, 11, 23), "America/New_York")
    assert ny.next_at == datetime(2026, 12, 3, 14, 0, tzinfo=UTC)  # before the meeting
    kyiv_stats = services.insight.card_stats(olena, date(2026, 11, 23), KYIV)
    assert kyiv_stats.next_at == datetime(2026, 12, 3, 7, 0, tzinfo=UTC)
    # a task snoozed to tomorrow comes next; a done task and another contact's do not count
    soon = tasks.create(TaskDraft("Soon", datetime(2026, 12, 20, 9), contacts=[olena]))
    tasks.snooze(soon.first("task"), NOW + timedelta(days=1))
    done = tasks.create(TaskDraft("Done", datetime(2026, 11, 24, 9), contacts=[olena]))
    tasks.complete(done.first("task"))
    tasks.create(TaskDraft("Not hers", datetime(2026, 11, 23, 20), contacts=[other]))
    assert services.insight.card_stats(olena, date(2026, 11, 23), KYIV).next_at == (
        NOW + timedelta(days=1)
    )
    assert services.insight.card_stats(other, date(2026, 11, 23), KYIV).next_at == datetime(
        2026, 11, 23, 18, 0, tzinfo=UTC
    )


def test_the_copies_follow_edits_of_kind_channel_and_trash(services: Services) -> None:
    olena = person(services, "Olena")
    at = datetime(2026, 11, 10, 9, tzinfo=UTC)
    iid = log(services, [olena], at, kind="note", channel="phone")
    insight, timeline = services.insight, services.timeline

    def mine() -> tuple[ChannelCount, ...]:
        return insight.channels(NOVEMBER, Scope(contact_id=olena))

    assert mine() == ()
    draft = timeline.get(iid).draft()
    draft.kind, draft.channel = "call", "email"
    timeline.update(iid, draft)
    assert mine() == (ChannelCount("email", 1),)
    timeline.trash([iid])
    assert mine() == () and insight.top_contacts(NOVEMBER, Scope()) == ()
    timeline.restore([iid])
    assert insight.top_contacts(NOVEMBER, Scope()) == (ContactCount(olena, "Olena", 1, at),)


def test_cancel_between_queries_raises_the_typed_error(services: Services) -> None:
    log(services, [person(services, "Olena")], datetime(2026, 11, 10, 9, tzinfo=UTC))
    polls = itertools.count()
    with pytest.raises(errors.Cancelled):
        services.insight.dashboard(NOVEMBER, cancelled=lambda: next(polls) >= 3)
    assert next(polls) == 4  # it stopped at the fourth poll
    with pytest.raises(errors.SearchInterrupted):  # what the UI's workers already drop
        services.insight.dashboard(NOVEMBER, cancelled=lambda: True)
    board = services.insight.dashboard(NOVEMBER, cancelled=lambda: False)
    assert board.total == 1


def test_periods() -> None:
    assert Period.last(7, date(2026, 11, 23), KYIV) == Period(
        date(2026, 11, 17), date(2026, 11, 24), KYIV
    )
    assert Period.month(2026, 12, KYIV).end == date(2027, 1, 1)
    assert Period.year(2026, KYIV).previous() == Period(date(2025, 1, 1), date(2026, 1, 1), KYIV)
    with pytest.raises(errors.BadInput):
        Period(date(2026, 1, 2), date(2026, 1, 2), KYIV)
    with pytest.raises(errors.BadInput):
        Period(date(2026, 1, 1), date(2026, 1, 2), "Mars/Olympus")


def test_migration_0005_copies_what_was_there_and_keeps_last_contact(services: Services) -> None:
    olena = person(services, "Olena")
    at = datetime(2026, 11, 10, 9, tzinfo=UTC)
    log(services, [olena], at, channel="phone")
    cfg = migrate._config(None)
    with services.db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
        conn.commit()
        later = "2026-11-12 09:00:00.000000"
        conn.exec_driver_sql(
            "INSERT INTO interactions (uid, kind, channel, starts_at, time_zone, all_day,"
            " is_private, created_at, updated_at) VALUES ('u2', 'message', 'sms', ?, 'UTC', 0, 0,"
            " ?, ?)",
            (later, later, later),
        )
        conn.exec_driver_sql(
            "INSERT INTO interaction_participants (interaction_id, contact_id, starts_at)"
            " SELECT id, ?, starts_at FROM interactions WHERE uid = 'u2'",
            (olena,),
        )
        conn.commit()
        command.upgrade(cfg, "head")
        conn.commit()
    assert services.insight.channels(NOVEMBER, Scope(contact_id=olena)) == (
        ChannelCount("phone", 1),
        ChannelCount("sms", 1),
    )
    assert services.contacts.get(olena).last_interaction_at == datetime(2026, 11, 12, 9, tzinfo=UTC)
