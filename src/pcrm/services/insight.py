"""Statistics over the timeline: how often, by which channel and with whom the owner talks, what
changes with the seasons, which relationships are fading (issue 6).  Qt-free; the dashboard and
the card's sparkline read these values.

**What counts.**  Calls, meetings and messages (not notes, not life events) that are not in the
trash.  An interaction counts once in the series, the heat map and the channels; once per
participant in the per-contact figures; once per group in ``channels_by_group`` however many of
the group's members took part.  Contacts in the trash are left out of every per-contact figure
(and do not make an interaction belong to their groups); archived contacts count, but are left
out of "losing touch" and "not contacted since".  A contact's *last interaction* is the last
that counts and has begun (at or before now): a planned meeting is the *next* one.

**Days.**  Days are local calendar days in the period's zone: a day runs from one local
midnight to the next (a midnight that a spring-forward gap skips is the end of the gap), so
23-, 24.5- and 25-hour days are exact, whatever the offset (+05:30, +12:45, half-hour DST).
Weeks start on Monday; a week or month bucket that starts before the period is clipped to the
period's first day.

**Scope.**  A scope narrows the interaction figures (series, heat map, channels, top contacts):
a channel to that channel ("" for none); a contact to the interactions they took part in, and
the top contacts to them; a group to the interactions at least one member took part in, and the
top contacts to its members.  Losing touch, not contacted since, new contacts and the channels
per contact and per group describe everyone and ignore the scope.

**Losing touch** (``fading``), at the period's end (or now, when that is earlier), contacts
neither archived nor in the trash:

- ``"cadence"``: they have a stay-in-touch cadence and it lapsed: their last interaction before
  the period's end, or their creation when there is none, is more than a cadence before it.
  ``overdue_days`` counts whole days since the lapse.  The organizer's stay-in-touch alarm uses
  the same lapse, so a contact here is one the owner was (or will be) reminded of.
- ``"dropped"``: their interactions in the period fell below half of those in the previous
  period, from at least 3.  A single quiet month in a weekly relationship is a signal; from one
  or two interactions before it is noise.

Most urgent first: overdue cadences by how many cadences overdue (a week late on a weekly
cadence before a month late on a yearly one), then drops by how many interactions were lost,
then by contact id.  A contact appears once, as "cadence" when both apply.

**Not contacted since** a day: no interaction that counts from the day's start up to now; never
contacted first, then the longest silent.  Their ``count`` is what they had before the day.

Every aggregate is computed in SQL over narrow partial indexes (:mod:`insight_sql`); Python only
rolls per-day counts up into buckets and the heat map.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from pcrm import errors
from pcrm.domain.timeparse import localize
from pcrm.domain.zones import zone_named
from pcrm.services import insight_sql as q
from pcrm.services.base import Service
from pcrm.store.raw import utc_from_text

TOP_CONTACTS = 20
FADING = 50
NOT_CONTACTED = 50
# Below this share of the timeline's span, per-contact and per-group counts start from the
# period's interactions; above it they walk the participants index by contact (measured at
# 1M interactions: the two cost the same at about 1/12).
RANGE_SHARE = 0.08
DAY_US = 86_400_000_000


class Granularity(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class Period:
    start: date  # first local day, inclusive
    end: date  # local day after the last, exclusive
    zone: str  # IANA name: the owner's zone

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise errors.BadInput(where="period", reason="the period ends before it starts")
        zone_named(self.zone, "period")

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def previous(self) -> Period:
        """The same number of days, ending where this one starts."""
        return Period(self.start - timedelta(days=self.days), self.start, self.zone)

    def each_day(self) -> Iterator[date]:
        for n in range(self.days):
            yield self.start + timedelta(days=n)

    @classmethod
    def last(cls, days: int, today: date, zone: str) -> Period:
        """The ``days`` days up to and including ``today``."""
        if days < 1:
            raise errors.BadInput(where="period", reason="a period has at least one day")
        return cls(today - timedelta(days=days - 1), today + timedelta(days=1), zone)

    @classmethod
    def month(cls, year: int, month: int, zone: str) -> Period:
        start = date(year, month, 1)
        return cls(start, _next_month(start), zone)

    @classmethod
    def year(cls, year: int, zone: str) -> Period:
        return cls(date(year, 1, 1), date(year + 1, 1, 1), zone)


@dataclass(frozen=True)
class Scope:
    """Everyone when all are None; they combine (AND)."""

    contact_id: int | None = None
    group_id: int | None = None
    channel: str | None = None  # a domain.kinds.Channel value, or "" for "no channel"


@dataclass(frozen=True)
class Bucket:
    start: date  # first local day of the bucket (clipped to the period's start)
    count: int


@dataclass(frozen=True)
class ChannelCount:
    channel: str | None  # None: interactions without a channel
    count: int


@dataclass(frozen=True)
class HeatMap:
    counts: tuple[tuple[int, ...], ...]  # 12 rows (January..December) x 7 (Monday..Sunday)

    def maximum(self) -> int:
        return max((max(row) for row in self.counts), default=0)


@dataclass(frozen=True)
class ContactCount:
    contact_id: int
    display_name: str
    count: int
    last_at: datetime | None  # their last interaction (ever, up to now), UTC


@dataclass(frozen=True)
class ChannelMix:
    key: int  # contact id or group id
    name: str
    channels: tuple[ChannelCount, ...]  # most used first


@dataclass(frozen=True)
class Fading:
    contact_id: int
    display_name: str
    previous_count: int  # interactions in period.previous()
    current_count: int  # interactions in period
    last_at: datetime | None  # their last interaction before the period's end
    cadence_days: int | None
    overdue_days: int | None  # whole days past the cadence at the period's end
    reason: str  # "cadence" | "dropped" (data for the UI to phrase)


@dataclass(frozen=True)
class Dashboard:
    period: Period
    scope: Scope
    granularity: Granularity
    series: tuple[Bucket, ...]
    previous_series: tuple[Bucket, ...]
    total: int
    previous_total: int
    heat_map: HeatMap
    channels: tuple[ChannelCount, ...]
    top_contacts: tuple[ContactCount, ...]
    channels_by_contact: tuple[ChannelMix, ...]
    channels_by_group: tuple[ChannelMix, ...]
    fading: tuple[Fading, ...]
    not_contacted_since: tuple[ContactCount, ...]
    not_contacted_total: int
    new_contacts: tuple[Bucket, ...]
    new_by_source: tuple[tuple[str | None, int], ...]


@dataclass(frozen=True)
class CardStats:
    months: tuple[Bucket, ...]  # the last 12 local months up to today, oldest first
    total: int  # all their interactions, ever
    last_at: datetime | None
    next_at: datetime | None  # next open task/reminder linked to them, or planned meeting
    usual_channel: str | None  # most used channel in those 12 months


# -- days and buckets -----------------------------------------------------------------------------


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def bucket_start(day: date, granularity: Granularity) -> date:
    if granularity is Granularity.WEEK:
        return day - timedelta(days=day.weekday())
    if granularity is Granularity.MONTH:
        return day.replace(day=1)
    return day


def buckets(period: Period, granularity: Granularity) -> list[date]:
    """The first day of each bucket of the period, the first clipped to the period's start."""
    starts: list[date] = []
    for day in period.each_day():
        first = max(bucket_start(day, granularity), period.start)
        if not starts or starts[-1] != first:
            starts.append(first)
    return starts


def roll_up(
    period: Period, granularity: Granularity, per_day: Mapping[date, int]
) -> tuple[Bucket, ...]:
    totals = dict.fromkeys(buckets(period, granularity), 0)
    for day, n in per_day.items():
        if period.start <= day < period.end:
            totals[max(bucket_start(day, granularity), period.start)] += n
    return tuple(Bucket(start, n) for start, n in totals.items())


def heat_of(period: Period, per_day: Mapping[date, int]) -> HeatMap:
    cells = [[0] * 7 for _ in range(12)]
    for day, n in per_day.items():
        if period.start <= day < period.end:
            cells[day.month - 1][day.weekday()] += n
    return HeatMap(tuple(tuple(row) for row in cells))


def _channel_key(item: ChannelCount) -> tuple[int, bool, str]:
    return -item.count, item.channel is None, item.channel or ""


def _channels(rows: Iterable[tuple[str | None, int]]) -> tuple[ChannelCount, ...]:
    found = [ChannelCount(ch, int(n)) for ch, n in rows if n]
    return tuple(sorted(found, key=_channel_key))


def _aware(text: str | None) -> datetime | None:
    return None if text is None else utc_from_text(text)


def _checker(cancelled: Callable[[], bool] | None) -> Callable[[], None]:
    def check() -> None:
        if cancelled is not None and cancelled():
            raise errors.Cancelled()

    return check


def _scope_channel(scope: Scope) -> str | None:
    return scope.channel or None  # "" is "no channel": IS NULL


# -- the service ----------------------------------------------------------------------------------


class InsightService(Service):
    def dashboard(
        self,
        period: Period,
        scope: Scope = Scope(),
        granularity: Granularity = Granularity.MONTH,
        cancelled: Callable[[], bool] | None = None,
    ) -> Dashboard:
        """Everything the dashboard shows; ``cancelled`` is polled between queries and ends
        the work with :class:`errors.Cancelled`."""
        check = _checker(cancelled)
        previous = period.previous()
        with self.driver() as conn:
            run = _Run(conn, self.now())
            check()
            per_day = run.day_counts(previous.start, period.end, period.zone, scope)
            check()
            channels = run.channels(period, scope)
            check()
            shared = scope == Scope()
            top, dropped = run.top_and_dropped(period, scope, TOP_CONTACTS, FADING if shared else 0)
            check()
            mixes = run.channels_by_contact(period, [c.contact_id for c in top])
            check()
            groups = run.channels_by_group(period)
            check()
            fading = run.fading(period, FADING, dropped if shared else None)
            check()
            silent, silent_total = run.not_contacted_since(period.start, period.zone, NOT_CONTACTED)
            check()
            new, sources = run.new_contacts(period, granularity)
        series = roll_up(period, granularity, per_day)
        previous_series = roll_up(previous, granularity, per_day)
        return Dashboard(
            period=period,
            scope=scope,
            granularity=granularity,
            series=series,
            previous_series=previous_series,
            total=sum(b.count for b in series),
            previous_total=sum(b.count for b in previous_series),
            heat_map=heat_of(period, per_day),
            channels=channels,
            top_contacts=top,
            channels_by_contact=mixes,
            channels_by_group=groups,
            fading=fading,
            not_contacted_since=silent,
            not_contacted_total=silent_total,
            new_contacts=new,
            new_by_source=sources,
        )

    def series(self, period: Period, scope: Scope, granularity: Granularity) -> tuple[Bucket, ...]:
        with self.driver() as conn:
            per_day = _Run(conn, self.now()).day_counts(
                period.start, period.end, period.zone, scope
            )
        return roll_up(period, granularity, per_day)

    def heat_map(self, period: Period, scope: Scope) -> HeatMap:
        with self.driver() as conn:
            per_day = _Run(conn, self.now()).day_counts(
                period.start, period.end, period.zone, scope
            )
        return heat_of(period, per_day)

    def channels(self, period: Period, scope: Scope) -> tuple[ChannelCount, ...]:
        with self.driver() as conn:
            return _Run(conn, self.now()).channels(period, scope)

    def top_contacts(
        self, period: Period, scope: Scope, limit: int = TOP_CONTACTS
    ) -> tuple[ContactCount, ...]:
        with self.driver() as conn:
            return _Run(conn, self.now()).top_and_dropped(period, scope, limit, 0)[0]

    def channels_by_contact(
        self, period: Period, contact_ids: Sequence[int]
    ) -> tuple[ChannelMix, ...]:
        with self.driver() as conn:
            return _Run(conn, self.now()).channels_by_contact(period, contact_ids)

    def channels_by_group(self, period: Period) -> tuple[ChannelMix, ...]:
        with self.driver() as conn:
            return _Run(conn, self.now()).channels_by_group(period)

    def fading(self, period: Period, limit: int = FADING) -> tuple[Fading, ...]:
        with self.driver() as conn:
            return _Run(conn, self.now()).fading(period, limit, None)

    def not_contacted_since(
        self, day: date, zone: str, limit: int = NOT_CONTACTED
    ) -> tuple[tuple[ContactCount, ...], int]:
        with self.driver() as conn:
            return _Run(conn, self.now()).not_contacted_since(day, zone, limit)

    def new_contacts(
        self, period: Period, granularity: Granularity
    ) -> tuple[tuple[Bucket, ...], tuple[tuple[str | None, int], ...]]:
        with self.driver() as conn:
            return _Run(conn, self.now()).new_contacts(period, granularity)

    def card_stats(self, contact_id: int, today: date, zone: str) -> CardStats:
        with self.driver() as conn:
            return _Run(conn, self.now()).card_stats(contact_id, today, zone)

    def first_day(self, zone: str) -> date | None:
        """The local day of the first interaction that counts (an "all time" period's start)."""
        with self.driver() as conn:
            first, _ = conn.execute(q.DATA_SPAN).fetchone()
        return None if first is None else q.local_day(utc_from_text(first), zone_named(zone))


class _Run:
    """The queries of one call, on one driver connection, at one ``now``."""

    def __init__(self, conn: Any, now: datetime) -> None:
        self.conn = conn
        self.now = now
        self._span: tuple[datetime, datetime] | None = None
        self._span_read = False

    def rows(self, sql: str, **params: Any) -> list[Any]:
        return list(self.conn.execute(sql, params).fetchall())

    def span(self) -> tuple[datetime, datetime] | None:
        """The first and last instant of the interactions that count (None: there are none)."""
        if not self._span_read:
            first, last = self.conn.execute(q.DATA_SPAN).fetchone()
            self._span = None if first is None else (utc_from_text(first), utc_from_text(last))
            self._span_read = True
        return self._span

    # -- per day ----------------------------------------------------------------------------------

    def day_counts(self, start: date, end: date, zone_name: str, scope: Scope) -> dict[date, int]:
        """Interactions in scope per local day of ``[start, end)``; days without any left out."""
        zone = zone_named(zone_name)
        span = self.span()
        if span is None:
            return {}
        # days outside the timeline's span hold nothing: not asked for
        first = max(start, q.local_day(span[0], zone))
        last = min(end - timedelta(days=1), q.local_day(span[1], zone))
        if last < first:
            return {}
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        ranges = q.day_ranges(days, zone)
        params: dict[str, Any] = {"days": q.ranges_json(ranges)}
        sql = self._days_sql(scope, params, ranges[0][0], ranges[-1][1])
        return {days[key]: n for key, n in self.rows(sql, **params) if n}

    def _days_sql(self, scope: Scope, params: dict[str, Any], lo: str, hi: str) -> str:
        channel = _scope_channel(scope)
        has_channel = scope.channel is not None
        if scope.group_id is not None:
            params.update(group=scope.group_id, lo=lo, hi=hi, channel=channel)
            params["contact"] = scope.contact_id
            return q.DAYS_GROUP.format(
                channel="AND p.channel IS :channel" if has_channel else "",
                contact="AND gm.contact_id = :contact" if scope.contact_id is not None else "",
            )
        if scope.contact_id is not None:
            params.update(contact=scope.contact_id, channel=channel)
            return q.DAYS_CONTACT.format(channel="AND p.channel IS :channel" if has_channel else "")
        if has_channel:
            params["channel"] = channel
            return q.DAYS_CHANNEL
        return q.DAYS_ALL

    # -- channels ---------------------------------------------------------------------------------

    def channels(self, period: Period, scope: Scope) -> tuple[ChannelCount, ...]:
        lo, hi = self._edges(period)
        channel = _scope_channel(scope)
        has_channel = scope.channel is not None
        where_channel = "AND p.channel IS :channel" if has_channel else ""
        params: dict[str, Any] = {"lo": lo, "hi": hi, "channel": channel}
        if scope.group_id is not None:
            sql = q.CHANNELS_GROUP.format(
                channel=where_channel,
                contact="AND gm.contact_id = :contact" if scope.contact_id is not None else "",
            )
            params.update(group=scope.group_id, contact=scope.contact_id)
        elif scope.contact_id is not None:
            sql = q.CHANNELS_CONTACT.format(channel=where_channel)
            params["contact"] = scope.contact_id
        else:
            rows = self.rows(q.CHANNELS_ALL, lo=lo, hi=hi)
            if has_channel:
                rows = [(ch, n) for ch, n in rows if ch == channel]
            return _channels(rows)
        return _channels(self.rows(sql, **params))

    # -- per contact ------------------------------------------------------------------------------

    def top_and_dropped(
        self, period: Period, scope: Scope, top: int, dropped: int
    ) -> tuple[tuple[ContactCount, ...], list[tuple[int, int, int]]]:
        """The ``top`` most talked to in scope, and up to ``dropped`` (contact, current,
        previous) whose count fell below half, from the same per-contact counts."""
        plo, lo, hi = self._edges3(period, with_previous=dropped > 0)
        sql, params = self._per_contact(scope, plo, lo, hi)
        params.update(top=top, dropped=dropped)
        found = self.rows(q.TOP_AND_DROPPED.format(per_contact=sql), **params)
        best = [(cid, cur) for tag, cid, cur, _ in found if tag == 0]
        falling = [(cid, cur, prev) for tag, cid, cur, prev in found if tag == 1]
        return self._contact_counts(best), falling

    def _per_contact(self, scope: Scope, plo: str, lo: str, hi: str) -> tuple[str, dict[str, Any]]:
        channel = _scope_channel(scope)
        has_channel = scope.channel is not None
        params: dict[str, Any] = {"plo": plo, "lo": lo, "hi": hi, "channel": channel}
        if scope.group_id is not None:
            params.update(group=scope.group_id, contact=scope.contact_id)
            return q.PER_CONTACT_GROUP.format(
                channel="AND p.channel IS :channel" if has_channel else "",
                contact="AND gm.contact_id = :contact" if scope.contact_id is not None else "",
            ), params
        if scope.contact_id is not None:
            params["contact"] = scope.contact_id
            return q.PER_CONTACT_ONE.format(
                channel="AND p.channel IS :channel" if has_channel else ""
            ), params
        if self._short(plo, hi):
            index = "ix_interactions_channel" if has_channel else "ix_interactions_counted"
            return q.PER_CONTACT_RANGE.format(
                index=index, channel="AND i.channel IS :channel" if has_channel else ""
            ), params
        cur, prev = q.SCAN_CURRENT if plo == lo else q.SCAN_BOTH
        if self._everything(plo, lo, hi):  # all time: nothing to compare
            cur, prev = q.SCAN_CURRENT
        return q.PER_CONTACT_SCAN.format(
            cur=cur,
            prev=prev,
            range="" if self._everything(plo, lo, hi) else q.SCAN_RANGE,
            channel="AND p.channel IS :channel" if has_channel else "",
        ), params

    def _everything(self, plo: str, lo: str, hi: str) -> bool:
        """Whether ``[plo, hi)`` holds every interaction and ``[plo, lo)`` none."""
        span = self.span()
        return span is not None and lo <= q.utc_text(span[0]) and hi > q.utc_text(span[1])

    def _short(self, lo: str, hi: str) -> bool:
        """Whether ``[lo, hi)`` covers little of the timeline's span."""
        span = self.span()
        if span is None:
            return True
        first, last = span
        whole = (last - first).total_seconds() or 1.0
        start = max(utc_from_text(lo), first)
        end = min(utc_from_text(hi), last)
        return (end - start).total_seconds() < RANGE_SHARE * whole

    def _contact_counts(self, found: Sequence[tuple[int, int]]) -> tuple[ContactCount, ...]:
        ids = [cid for cid, _ in found]
        names = self._names(ids)
        last = self._last_at(ids, self.now + timedelta(microseconds=1))
        return tuple(ContactCount(cid, names[cid][0], n, last[cid]) for cid, n in found)

    def _names(self, ids: Sequence[int]) -> dict[int, tuple[str, int | None]]:
        if not ids:
            return {}
        rows = self.rows(q.NAMES, ids=_ids(ids))
        return {cid: (name, cadence) for cid, name, cadence in rows}

    def _last_at(self, ids: Sequence[int], before: datetime) -> dict[int, datetime | None]:
        if not ids:
            return {}
        rows = self.rows(q.LAST_AT, ids=_ids(ids), before=q.utc_text(before))
        return {cid: _aware(last) for cid, last in rows}

    def channels_by_contact(
        self, period: Period, contact_ids: Sequence[int]
    ) -> tuple[ChannelMix, ...]:
        ids = list(dict.fromkeys(contact_ids))
        if not ids:
            return ()
        lo, hi = self._edges(period)
        found: dict[int, list[tuple[str | None, int]]] = {cid: [] for cid in ids}
        for cid, channel, n in self.rows(q.CHANNELS_BY_CONTACT, ids=_ids(ids), lo=lo, hi=hi):
            found[cid].append((channel, n))
        names = self._names(ids)
        return tuple(
            ChannelMix(cid, names[cid][0], _channels(found[cid])) for cid in ids if cid in names
        )

    def channels_by_group(self, period: Period) -> tuple[ChannelMix, ...]:
        lo, hi = self._edges(period)
        groups = self.rows(q.GROUPS)
        if not groups:
            return ()
        sql = q.CHANNELS_BY_GROUP_RANGE if self._short(lo, hi) else q.CHANNELS_BY_GROUP
        found: dict[int, list[tuple[str | None, int]]] = {gid: [] for gid, _ in groups}
        for gid, channel, n in self.rows(sql, lo=lo, hi=hi):
            found[gid].append((channel, n))
        return tuple(ChannelMix(gid, name, _channels(found[gid])) for gid, name in groups)

    # -- losing touch -----------------------------------------------------------------------------

    def fading(
        self, period: Period, limit: int, dropped: list[tuple[int, int, int]] | None
    ) -> tuple[Fading, ...]:
        """Losing touch (module docstring); ``dropped`` when the caller has them already
        (from :meth:`top_and_dropped` over everyone, ``limit`` of them)."""
        if limit <= 0:
            return ()
        end = q.day_start(period.end, zone_named(period.zone))
        ref = min(end, self.now)
        overdue = self.rows(
            q.CADENCE_OVERDUE, ref=q.utc_text(ref), ref_us=q.micros(ref), limit=limit
        )
        listed = {row[0] for row in overdue}
        if dropped is None:
            dropped = self.top_and_dropped(period, Scope(), 0, limit)[1]
        falling = [d for d in dropped if d[0] not in listed][: limit - len(overdue)]
        ids = [row[0] for row in overdue] + [d[0] for d in falling]
        counts = self._counts_in(period, [row[0] for row in overdue])
        names = self._names(ids)
        last = self._last_at(ids, ref)
        items = [
            Fading(
                contact_id=cid,
                display_name=names[cid][0],
                previous_count=counts[cid][1],
                current_count=counts[cid][0],
                last_at=last[cid],
                cadence_days=cadence,
                overdue_days=late // DAY_US,
                reason="cadence",
            )
            for cid, cadence, late in overdue
        ]
        items += [
            Fading(
                contact_id=cid,
                display_name=names[cid][0],
                previous_count=prev,
                current_count=cur,
                last_at=last[cid],
                cadence_days=names[cid][1],
                overdue_days=None,
                reason="dropped",
            )
            for cid, cur, prev in falling
        ]
        return tuple(items)

    def _counts_in(self, period: Period, ids: Sequence[int]) -> dict[int, tuple[int, int]]:
        if not ids:
            return {}
        plo, lo, hi = self._edges3(period, with_previous=True)
        rows = self.rows(q.COUNTS_IN, ids=_ids(ids), plo=plo, lo=lo, hi=hi)
        return {cid: (cur, prev) for cid, cur, prev in rows}

    def not_contacted_since(
        self, day: date, zone: str, limit: int
    ) -> tuple[tuple[ContactCount, ...], int]:
        start = q.day_start(day, zone_named(zone))
        lo = q.utc_text(start)
        before = q.utc_text(min(start, self.now + timedelta(microseconds=1)))
        rows = self.rows(
            q.NOT_CONTACTED, lo=lo, now=q.utc_text(self.now), before=before, limit=limit
        )
        if not rows:
            return (), 0
        ids = [r[0] for r in rows]
        counts = dict(self.rows(q.COUNT_BEFORE, ids=_ids(ids), lo=before))
        names = self._names(ids)
        found = tuple(
            ContactCount(cid, names[cid][0], counts[cid], _aware(last)) for cid, last, _ in rows
        )
        return found, int(rows[0][2])

    # -- new contacts ---------------------------------------------------------------------------

    def new_contacts(
        self, period: Period, granularity: Granularity
    ) -> tuple[tuple[Bucket, ...], tuple[tuple[str | None, int], ...]]:
        zone = zone_named(period.zone)
        starts = buckets(period, granularity)
        edges = [q.utc_text(q.day_start(d, zone)) for d in [*starts, period.end]]
        ranges = list(itertools.pairwise(edges))
        counts = dict(self.rows(q.NEW_PER_BUCKET, buckets=q.ranges_json(ranges)))
        per_bucket = tuple(Bucket(start, counts.get(k, 0)) for k, start in enumerate(starts))
        sources = self.rows(q.NEW_BY_SOURCE, lo=edges[0], hi=edges[-1])
        ordered = sorted(sources, key=lambda r: (-r[1], r[0] is None, r[0] or ""))
        return per_bucket, tuple((source, int(n)) for source, n in ordered)

    # -- a card -----------------------------------------------------------------------------------

    def card_stats(self, contact_id: int, today: date, zone_name: str) -> CardStats:
        zone = zone_named(zone_name)
        first = today.replace(day=1)
        for _ in range(11):
            first = (first - timedelta(days=1)).replace(day=1)
        months = [first]
        while len(months) < 12:
            months.append(_next_month(months[-1]))
        edges = [q.utc_text(q.day_start(d, zone)) for d in [*months, _next_month(months[-1])]]
        ranges = list(itertools.pairwise(edges))
        counts = dict(self.rows(q.CARD_MONTHS, contact=contact_id, buckets=q.ranges_json(ranges)))
        now = q.utc_text(self.now)
        total, last, meeting, usual = self.conn.execute(
            q.CARD_FIGURES,
            {"contact": contact_id, "now": now, "lo": edges[0], "hi": edges[-1]},
        ).fetchone()
        return CardStats(
            months=tuple(Bucket(d, counts.get(k, 0)) for k, d in enumerate(months)),
            total=int(total),
            last_at=_aware(last),
            next_at=self._next_at(contact_id, zone, _aware(meeting)),
            usual_channel=usual,
        )

    def _next_at(self, contact_id: int, zone: tzinfo, meeting: datetime | None) -> datetime | None:
        """The earliest of the next planned meeting and the open tasks' next due times (a
        snoozed one's end of snooze; a floating one placed in ``zone``) that are after now."""
        found = [meeting] if meeting is not None else []
        for due, wall, task_zone, snoozed in self.rows(q.CARD_TASKS, contact=contact_id):
            if snoozed is not None:
                at = utc_from_text(snoozed)
            elif task_zone is None and wall is not None:
                naive = datetime.fromisoformat(wall).replace(tzinfo=None)
                at = localize(naive, zone).astimezone(UTC)
            else:
                at = utc_from_text(due)
            if at > self.now:
                found.append(at)
        return min(found, default=None)

    # -- edges ------------------------------------------------------------------------------------

    def _edges(self, period: Period) -> tuple[str, str]:
        zone = zone_named(period.zone)
        return (
            q.utc_text(q.day_start(period.start, zone)),
            q.utc_text(q.day_start(period.end, zone)),
        )

    def _edges3(self, period: Period, *, with_previous: bool) -> tuple[str, str, str]:
        lo, hi = self._edges(period)
        if not with_previous:
            return lo, lo, hi
        return self._edges(period.previous())[0], lo, hi


def _ids(ids: Sequence[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"
