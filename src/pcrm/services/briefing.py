"""The meeting briefing: what the owner should know about someone before walking in.

A briefing is for one contact, for a chosen set of contacts, or for the participants of an
interaction (a meeting, past or planned).  Per person: name and photo, current work, how we met,
the last interactions and the usual channel, open tasks and follow-ups, family and other
relationships, important dates of the next :data:`DATES_AHEAD_DAYS` days, notes, and "things to
ask next time" (the unchecked Markdown task items of the notes and of the last
:data:`ASK_FROM_LAST` interactions).  For several people: what they share (groups,
organisations, past meetings together).

Everything is read in plain SQL (:mod:`pcrm.services.briefing_sql`) on one DB-API connection:
what can be read for everyone at once is (cards, work, groups, relationships, dates, tasks: one
query each), and three indexed range queries per person read their timeline
(``ix_participants_timeline``), never one per interaction.
The result is plain values (no Qt, no ORM): the UI renders it (``pcrm.ui.briefing_html``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from pcrm import errors
from pcrm.clock import Clock
from pcrm.domain.checklist import open_items, snippet
from pcrm.domain.dates import PartialDate
from pcrm.domain.kinds import InteractionKind, TaskStatus
from pcrm.domain.timeparse import localize
from pcrm.services import briefing_sql as sql
from pcrm.services.base import Service
from pcrm.services.preferences import FEB29, PreferenceService
from pcrm.store.database import Database
from pcrm.store.raw import utc_from_text

LAST_SHOWN = 5  # interactions listed per person
ASK_FROM_LAST = 20  # interactions whose bodies are searched for open items
CHANNEL_FROM_LAST = 100  # interactions the usual channel is counted over
UPCOMING_SHOWN = 3  # planned interactions listed per person
DATES_AHEAD_DAYS = 60
SHARED_MEETINGS_SHOWN = 5
PEOPLE_LIMIT = 30  # a conference-sized meeting: the first ones by name, and a count of the rest
FAMILY = ("spouse", "partner", "parent", "sibling", "relative")  # relationship type keys
_WALL = "%Y-%m-%dT%H:%M:%S"
_STORED = "%Y-%m-%d %H:%M:%S.%f"  # UTCDateTime's text form: compared as text in SQL


# -- the values -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class InteractionItem:
    """One interaction as the briefing lists it; ``snippet`` is the body's start on one line."""

    id: int
    kind: str
    starts_at: datetime  # aware UTC
    time_zone: str
    channel: str | None
    direction: str | None
    subject: str | None
    snippet: str | None
    location: str | None
    duration_seconds: int | None
    all_day: bool = False
    with_names: tuple[tuple[int, str], ...] = ()  # shared meetings: who of the set was there


@dataclass(frozen=True)
class Role:
    organisation_id: int
    organisation: str
    title: str | None
    role: str | None
    department: str | None
    primary: bool


@dataclass(frozen=True)
class TaskItem:
    id: int
    kind: str  # task or reminder
    title: str
    due: datetime | None  # aware UTC: the open occurrence (or the end of its snooze)
    all_day: bool
    overdue: bool
    recurring: bool
    follow_up_of: int | None  # the interaction it was created from


@dataclass(frozen=True)
class Relation:
    """``label`` reads from this person's side: on a parent's briefing the other is "child"."""

    other_id: int
    other_name: str
    type_key: str
    label: str
    family: bool


@dataclass(frozen=True)
class UpcomingDate:
    kind: str  # domain.kinds.DateKind
    label: str | None
    when: PartialDate
    on: date  # the next time it falls, in the owner's zone
    days_away: int
    years: int | None  # the age a birthday turns, an anniversary's count; None without a year


@dataclass(frozen=True)
class AskItem:
    """An unchecked task item; from the notes (``interaction_id`` None) or an interaction."""

    text: str
    interaction_id: int | None = None
    starts_at: datetime | None = None
    time_zone: str | None = None
    kind: str | None = None
    subject: str | None = None


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    nickname: str | None
    has_photo: bool
    roles: tuple[Role, ...]  # current affiliations, the primary first
    email: str | None
    phone: str | None
    phone_e164: str | None
    time_zone: str | None
    cadence_days: int | None
    met_on: PartialDate | None
    met_place: str | None
    met_channel: str | None
    met_notes: str | None
    introduced_by: tuple[int, str] | None
    last_contact: datetime | None  # the last past interaction, aware UTC
    usual_channel: str | None  # the commonest of the last CHANNEL_FROM_LAST
    interactions: tuple[InteractionItem, ...]  # the last LAST_SHOWN, newest first
    upcoming: tuple[InteractionItem, ...]  # planned, soonest first
    tasks: tuple[TaskItem, ...]  # open, by due time (overdue first)
    relations: tuple[Relation, ...]  # family first, then by label and name
    dates: tuple[UpcomingDate, ...]  # the next DATES_AHEAD_DAYS days, soonest first
    groups: tuple[tuple[int, str], ...]
    notes: str | None  # Markdown
    asks: tuple[AskItem, ...]  # notes' first, then the interactions', newest first

    @property
    def role(self) -> Role | None:
        return self.roles[0] if self.roles else None


@dataclass(frozen=True)
class Meeting:
    """The interaction the briefing is for."""

    id: int
    kind: str
    starts_at: datetime
    time_zone: str
    all_day: bool
    duration_seconds: int | None
    channel: str | None
    location: str | None
    subject: str | None
    body: str | None  # Markdown: an agenda, or what was said
    planned: bool  # starts after now


@dataclass(frozen=True)
class Shared:
    """What two or more of the people have in common; each with who of them."""

    groups: tuple[tuple[str, tuple[int, ...]], ...]
    organisations: tuple[tuple[str, tuple[int, ...]], ...]
    meetings: tuple[InteractionItem, ...]  # the last SHARED_MEETINGS_SHOWN
    meetings_total: int

    def __bool__(self) -> bool:
        return bool(self.groups or self.organisations or self.meetings)


@dataclass(frozen=True)
class Briefing:
    now: datetime
    zone: tzinfo
    people: tuple[Person, ...]
    meeting: Meeting | None = None
    shared: Shared | None = None  # for two or more people
    left_out: int = 0  # participants beyond PEOPLE_LIMIT
    names: dict[int, str] = field(default_factory=dict)  # every person's name by id

    @property
    def today(self) -> date:
        return self.now.astimezone(self.zone).date()


def _stored(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime(_STORED)


def _utc(text: str | None) -> datetime | None:
    return None if text is None else utc_from_text(text)


def _item(row: Sequence[Any]) -> InteractionItem:
    return InteractionItem(
        id=row[0],
        kind=row[1],
        starts_at=utc_from_text(row[2]),
        time_zone=row[3],
        channel=row[4],
        direction=row[5],
        subject=row[6],
        snippet=snippet(row[7]),
        location=row[8],
        duration_seconds=row[9],
        all_day=bool(row[10]),
    )


def _by_contact(rows: Iterable[Sequence[Any]]) -> dict[int, list[Sequence[Any]]]:
    found: dict[int, list[Sequence[Any]]] = {}
    for row in rows:
        found.setdefault(row[0], []).append(row)
    return found


class BriefingService(Service):
    def __init__(self, db: Database, clock: Clock, preferences: PreferenceService) -> None:
        super().__init__(db, clock)
        self.preferences = preferences

    def for_contacts(
        self,
        contact_ids: Sequence[int],
        *,
        now: datetime | None = None,
        zone: tzinfo | None = None,
    ) -> Briefing:
        """A briefing on these contacts, in this order (each once); NotFound names the ones
        that do not exist or are in the trash."""
        wanted = list(dict.fromkeys(contact_ids))
        if not wanted:
            raise errors.BadInput(where="briefing", reason="choose at least one contact")
        now, zone = self._when(now, zone)
        with self.driver() as conn:
            people = self._people(conn, wanted[:PEOPLE_LIMIT], now, zone)
            missing = [i for i in wanted[:PEOPLE_LIMIT] if i not in {p.id for p in people}]
            if missing:
                raise errors.NotFound(what="contact", query=", ".join(f"#{i}" for i in missing))
            shared = self._shared(conn, people, now, None) if len(people) > 1 else None
        return self._briefing(
            now=now,
            zone=zone,
            people=people,
            meeting=None,
            shared=shared,
            left_out=len(wanted) - len(people),
        )

    def for_interaction(
        self,
        interaction_id: int,
        *,
        now: datetime | None = None,
        zone: tzinfo | None = None,
    ) -> Briefing:
        """A briefing on an interaction (a meeting, past or planned) and its participants
        (those not in the trash, by name)."""
        now, zone = self._when(now, zone)
        with self.driver() as conn:
            row = conn.execute(sql.MEETING, (interaction_id,)).fetchone()
            if row is None:
                raise errors.NotFound(what="interaction", query=f"#{interaction_id}")
            starts = utc_from_text(row[2])
            meeting = Meeting(
                id=row[0],
                kind=row[1],
                starts_at=starts,
                time_zone=row[3],
                all_day=bool(row[4]),
                duration_seconds=row[5],
                channel=row[6],
                location=row[7],
                subject=row[8],
                body=row[9],
                planned=starts > now,
            )
            ids = [r[0] for r in conn.execute(sql.PARTICIPANTS, (interaction_id,))]
            people = self._people(conn, ids[:PEOPLE_LIMIT], now, zone, interaction_id)
            shared = self._shared(conn, people, now, interaction_id) if len(people) > 1 else None
        return self._briefing(
            now=now,
            zone=zone,
            people=people,
            meeting=meeting,
            shared=shared,
            left_out=len(ids) - len(people),
        )

    # -- reading ----------------------------------------------------------------------------------

    def _when(self, now: datetime | None, zone: tzinfo | None) -> tuple[datetime, tzinfo]:
        return (now or self.now()).astimezone(UTC), zone or self.clock.zone()

    @staticmethod
    def _briefing(
        *,
        now: datetime,
        zone: tzinfo,
        people: list[Person],
        meeting: Meeting | None,
        shared: Shared | None,
        left_out: int,
    ) -> Briefing:
        return Briefing(
            now=now,
            zone=zone,
            people=tuple(people),
            meeting=meeting,
            shared=shared,
            left_out=max(left_out, 0),
            names={p.id: p.name for p in people},
        )

    def _people(
        self, conn: Any, ids: list[int], now: datetime, zone: tzinfo, meeting_id: int = 0
    ) -> list[Person]:
        """The people of ``ids`` that exist and are not trashed, in the order of ``ids``; the
        meeting the briefing is for is not among their planned interactions."""
        if not ids:
            return []
        param = json.dumps(ids)
        cards = {row[0]: row for row in conn.execute(sql.CONTACTS, (param,))}
        if not cards:
            return []
        today = now.astimezone(zone).date()
        roles = _by_contact(conn.execute(sql.ROLES, (param,)))
        groups = _by_contact(conn.execute(sql.GROUPS, (param,)))
        relations = _by_contact(conn.execute(sql.RELATIONS, (param, param)))
        dates = _by_contact(conn.execute(sql.DATES, (param,)))
        open_ = TaskStatus.OPEN.value
        tasks = _by_contact(conn.execute(sql.TASKS, (param, open_, param, open_)))
        feb29 = str(self.preferences.get(FEB29.key))
        until = _stored(now)
        people = []
        for contact_id in ids:
            card = cards.get(contact_id)
            if card is None:
                continue
            past = conn.execute(sql.PAST, (contact_id, until, ASK_FROM_LAST)).fetchall()
            planned = [
                row
                for row in conn.execute(sql.PLANNED, (contact_id, until, UPCOMING_SHOWN + 1))
                if row[0] != meeting_id
            ][:UPCOMING_SHOWN]
            channel = conn.execute(
                sql.USUAL_CHANNEL, (contact_id, until, CHANNEL_FROM_LAST)
            ).fetchone()
            people.append(
                Person(
                    id=contact_id,
                    name=card[1],
                    nickname=card[2],
                    has_photo=bool(card[12]),
                    roles=self._roles(roles.get(contact_id, []), today),
                    email=card[13],
                    phone=card[14],
                    phone_e164=card[15],
                    time_zone=card[10],
                    cadence_days=card[11],
                    met_on=_partial(card[4]),
                    met_place=card[5],
                    met_channel=card[6],
                    met_notes=card[7],
                    introduced_by=(card[8], card[9]) if card[9] is not None else None,
                    last_contact=utc_from_text(past[0][2]) if past else None,
                    usual_channel=channel[0] if channel else None,
                    interactions=tuple(_item(r) for r in past[:LAST_SHOWN]),
                    upcoming=tuple(_item(r) for r in planned),
                    tasks=self._tasks(tasks.get(contact_id, []), now, zone),
                    relations=_relations(relations.get(contact_id, [])),
                    dates=_dates(dates.get(contact_id, []), today, feb29),
                    groups=tuple((r[1], r[2]) for r in groups.get(contact_id, [])),
                    notes=card[3],
                    asks=_asks(card[3], past),
                )
            )
        return people

    @staticmethod
    def _roles(rows: list[Sequence[Any]], today: date) -> tuple[Role, ...]:
        """Current affiliations: those without an end, or ending today or later."""
        return tuple(
            Role(r[1], r[2], r[3], r[4], r[5], bool(r[6]))
            for r in rows
            if r[7] is None or date.fromisoformat(str(r[7])[:10]) >= today
        )

    @staticmethod
    def _tasks(rows: list[Sequence[Any]], now: datetime, zone: tzinfo) -> tuple[TaskItem, ...]:
        items = []
        seen = set()
        for row in rows:
            task_id, kind, title, due, wall, task_zone, snoozed, all_day, origin, rule = row[1:]
            if task_id in seen:
                continue
            seen.add(task_id)
            placed = _utc(due)
            if task_zone is None and wall is not None:  # floating: the owner's zone of now
                naive = utc_from_text(wall).replace(tzinfo=None)
                placed = localize(naive, zone).astimezone(UTC)
            when = _utc(snoozed) or placed
            if when is None:
                overdue = False
            elif all_day:
                overdue = when.astimezone(zone).date() < now.astimezone(zone).date()
            else:
                overdue = when < now
            items.append(
                TaskItem(task_id, kind, title, when, bool(all_day), overdue, bool(rule), origin)
            )
        far = datetime.max.replace(tzinfo=UTC)
        return tuple(sorted(items, key=lambda t: (t.due or far, t.id)))

    def _shared(
        self, conn: Any, people: list[Person], now: datetime, meeting_id: int | None
    ) -> Shared:
        ids = [p.id for p in people]
        groups: dict[tuple[int, str], list[int]] = {}
        orgs: dict[tuple[int, str], list[int]] = {}
        for person in people:
            for group in person.groups:
                groups.setdefault(group, []).append(person.id)
            for org in {(r.organisation_id, r.organisation) for r in person.roles}:
                orgs.setdefault(org, []).append(person.id)
        rows = conn.execute(
            sql.TOGETHER,
            (json.dumps(ids), _stored(now), InteractionKind.MEETING.value, meeting_id or 0),
        ).fetchall()
        shown = rows[:SHARED_MEETINGS_SHOWN]
        who: dict[int, list[int]] = {}
        if shown:
            param = json.dumps([r[0] for r in shown])
            for interaction_id, contact_id in conn.execute(sql.WHO, (param, json.dumps(ids))):
                who.setdefault(interaction_id, []).append(contact_id)
        names = {p.id: p.name for p in people}
        order = {cid: n for n, cid in enumerate(ids)}
        meetings = []
        for row in shown:
            there = sorted(who.get(row[0], []), key=order.__getitem__)
            meetings.append(replace(_item(row), with_names=tuple((c, names[c]) for c in there)))

        def common(
            found: dict[tuple[int, str], list[int]],
        ) -> tuple[tuple[str, tuple[int, ...]], ...]:
            both = [
                (name, tuple(members)) for (_, name), members in found.items() if len(members) > 1
            ]
            return tuple(sorted(both, key=lambda g: (-len(g[1]), g[0].casefold())))

        return Shared(
            groups=common(groups),
            organisations=common(orgs),
            meetings=tuple(meetings),
            meetings_total=len(rows),
        )


def _partial(text: str | None) -> PartialDate | None:
    if not text:
        return None
    try:
        return PartialDate.parse(text)
    except ValueError:
        return None


def _relations(rows: list[Sequence[Any]]) -> tuple[Relation, ...]:
    found = {
        (r[1], r[3], r[4]): Relation(r[1], r[2], r[3], r[4], r[3] in FAMILY) for r in rows
    }  # a symmetric type stored both ways reads once
    family_order = {key: n for n, key in enumerate(FAMILY)}
    return tuple(
        sorted(
            found.values(),
            key=lambda r: (
                not r.family,
                family_order.get(r.type_key, 0),
                r.label.casefold(),
                r.other_name.casefold(),
            ),
        )
    )


def _dates(rows: list[Sequence[Any]], today: date, feb29: str) -> tuple[UpcomingDate, ...]:
    found = []
    for _cid, kind, label, year, month, day in rows:
        try:
            when = PartialDate(month=month, day=day, year=year)
        except ValueError:
            continue  # a date that cannot be (31 April) shows nowhere, here neither
        on = when.next_on_or_after(today, feb29)
        away = (on - today).days
        if away <= DATES_AHEAD_DAYS:
            years = on.year - year if year is not None else None
            found.append(UpcomingDate(kind, label, when, on, away, years))
    return tuple(sorted(found, key=lambda d: (d.on, d.kind)))


def _asks(notes: str | None, past: list[Sequence[Any]]) -> tuple[AskItem, ...]:
    """The notes' open items, then each interaction's (newest first); each text once."""
    items = [AskItem(text) for text in open_items(notes)]
    seen = {item.text.casefold() for item in items}
    for row in past:
        for text in open_items(row[7]):
            if text.casefold() in seen:
                continue
            seen.add(text.casefold())
            items.append(
                AskItem(
                    text,
                    interaction_id=row[0],
                    starts_at=utc_from_text(row[2]),
                    time_zone=row[3],
                    kind=row[1],
                    subject=row[6],
                )
            )
    return tuple(items)
