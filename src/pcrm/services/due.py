"""What falls due, read from the store: task alarms, important dates, stay-in-touch lapses.

Each reader turns rows into :class:`Due` values; :mod:`pcrm.services.organizer` decides which of
them to raise and records what was raised.  Every query is narrowed by an index (the tasks' due
instant, the dates' month and day, the contacts that have a cadence) and reads only the rows of
a few days; nothing walks all the contacts in Python.

Identity of an alarm (the ``NotificationLog`` key ``source, occurrence_at, minutes_before``):

- ``task:<uid>``, the open occurrence's wall time (``Task.next_due_wall``), the alarm's minutes
  before it (0: at the due time);
- ``date:<uid>``, the day it falls on (midnight, as if UTC), 0;
- ``touch:<contact uid>``, the instant the cadence lapsed (last contact + cadence), 0;
- ``snooze:<source>``, the end of the snooze, 0.

A floating task's open occurrence is placed in the owner's zone of the moment from its wall
time; ``next_due_at`` was placed in the zone of the time it was computed, which is at most
:data:`ZONE_SPREAD` away, so queries widen their range by that much and place exactly after.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, and_, exists, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from pcrm.domain.dates import PartialDate, leap_day_stand_in
from pcrm.domain.kinds import TaskStatus
from pcrm.domain.timeparse import localize
from pcrm.domain.zones import zone_named
from pcrm.store import models as m
from pcrm.store.types import UTCDateTime, unindexed

TASK, DATE, TOUCH, SNOOZE = "task:", "date:", "touch:", "snooze:"
# An alarm raised later than this after its time was missed (pcrm closed, the computer asleep).
GRACE = timedelta(minutes=15)
# Two zones' wall clocks differ by at most 26 hours (UTC+14 and UTC-12); an hour to spare.
ZONE_SPREAD = timedelta(hours=27)
JULIAN_UNIX_EPOCH = 2440587.5


@dataclass(frozen=True)
class Due:
    """One alarm that falls (or fell) due."""

    source: str
    occurrence: datetime  # the occurrence's identity (module docstring), aware
    minutes_before: int
    kind: str  # the task's kind, the date's kind (birthday, …), or "touch"
    title: str
    fires_at: datetime  # when it falls due, aware UTC
    local_at: datetime  # the same instant in the owner's zone
    about_at: datetime  # the occurrence, the day or the lapse it is about, in the owner's zone
    all_day: bool = False
    missed: bool = False  # fell due while pcrm was closed or the computer slept: the digest
    contacts: tuple[tuple[int, str], ...] = ()
    task_id: int | None = None
    zoned_at: datetime | None = None  # about_at in the task's own zone, when its clock differs
    detail: str | None = None
    origin: tuple[str, datetime] | None = None  # a snooze's end: (source, occurrence) snoozed

    @property
    def key(self) -> tuple[str, datetime, int]:
        return self.source, self.occurrence, self.minutes_before

    @property
    def about(self) -> tuple[str, datetime]:
        """The item an outcome applies to: itself, or for a snooze's end the item snoozed."""
        return self.origin or (self.source, self.occurrence)


class DateRow(NamedTuple):
    uid: str
    kind: str
    label: str | None
    month: int
    day: int
    year: int | None
    contact_id: int
    name: str


class TouchRow(NamedTuple):
    uid: str
    contact_id: int
    name: str
    cadence_days: int
    basis: datetime  # the last interaction, or the contact's creation
    contacted: datetime | None


def julian(instant: datetime) -> float:
    """SQLite's ``julianday`` of an aware instant, so that SQL compares numbers."""
    return JULIAN_UNIX_EPOCH + instant.timestamp() / 86400


def day_key(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=UTC)


def at_hour(day: date, hour: int, zone: tzinfo) -> datetime:
    return localize(datetime.combine(day, time(hour, 0)), zone).astimezone(UTC)


class Reader:
    """The queries, over one session, for an owner in ``zone`` at ``now``."""

    def __init__(self, s: Session, now: datetime, zone: tzinfo, hour: int, feb29: str) -> None:
        self.s = s
        self.now = now
        self.zone = zone
        self.hour = hour
        self.feb29 = feb29

    def _due(self, fires: datetime, **kw: object) -> Due:
        return Due(
            fires_at=fires,
            local_at=fires.astimezone(self.zone),
            missed=fires < self.now - GRACE,
            **kw,  # type: ignore[arg-type]
        )

    # -- tasks ------------------------------------------------------------------------------------

    def task_alarms(self, after: datetime | None, until: datetime) -> list[Due]:
        """Un-raised alarms of open, unsnoozed tasks firing in ``(after, until]``."""
        found = self._alarm_times(after, until)
        rows = {row.id: row for row in self.s.scalars(select(m.Task).where(m.Task.id.in_(found)))}
        names = self._task_contacts(found)
        return [
            self._task_due(rows[task_id], names.get(task_id, ()), fires, before)
            for task_id, alarms in found.items()
            for before, fires in alarms
        ]

    def first_task_alarm(self, after: datetime) -> datetime | None:
        """The earliest un-raised alarm after ``after``, looked for two days ahead, then two
        months, then at all (almost always the first look finds one)."""
        for ahead in (timedelta(days=2), timedelta(days=60), timedelta(days=365_000)):
            found = self._alarm_times(after, after + ahead)
            if found:
                return min(fires for alarms in found.values() for _, fires in alarms)
        return None

    def _alarm_times(
        self, after: datetime | None, until: datetime
    ) -> dict[int, list[tuple[int, datetime]]]:
        """Task id → (minutes before, instant) of its un-raised alarms in ``(after, until]``:
        indexed by the stored due instant, widened by a zone's spread, then placed exactly."""
        t, a = m.Task, m.Alarm
        minutes = func.coalesce(a.minutes_before, 0)
        lead = self.s.scalar(select(func.max(a.minutes_before))) or 0
        fire_day = func.julianday(t.next_due_at) - minutes / 1440.0
        stmt = (
            select(t.id, t.time_zone, t.next_due_at, t.next_due_wall, minutes)
            .outerjoin(a, a.task_id == t.id)
            .where(*_open(), t.snoozed_until.is_(None), t.next_due_at.is_not(None))
            .where(t.next_due_at <= until + ZONE_SPREAD + timedelta(minutes=lead))
            .where(fire_day <= julian(until + ZONE_SPREAD))
            .where(~_raised(literal(TASK) + t.uid, _task_key(), minutes))
        )
        if after is not None:
            stmt = stmt.where(t.next_due_at > after - ZONE_SPREAD)
            stmt = stmt.where(fire_day > julian(after - ZONE_SPREAD))
        found: dict[int, list[tuple[int, datetime]]] = {}
        for task_id, zone, due, wall, before in self.s.execute(stmt):
            assert due is not None
            fires = self._placed(zone, due, wall) - timedelta(minutes=before)
            if fires <= until and (after is None or fires > after):
                found.setdefault(task_id, []).append((before, fires))
        return found

    def snoozed_tasks(self, until: datetime) -> list[Due]:
        """Open tasks whose snooze ended by ``until`` and was not raised yet."""
        t = m.Task
        stmt = (
            select(t)
            .where(*_open(), t.snoozed_until <= until)
            .where(~_raised(literal(SNOOZE + TASK) + t.uid, t.snoozed_until, literal(0)))
        )
        rows = list(self.s.scalars(stmt))
        names = self._task_contacts(row.id for row in rows)
        return [self._snoozed_task(row, names.get(row.id, ())) for row in rows]

    def first_snooze_end(self, after: datetime) -> datetime | None:
        t, n = m.Task, m.NotificationLog
        tasks = self.s.scalar(
            select(func.min(t.snoozed_until)).where(*_open(), t.snoozed_until > after)
        )
        others = self.s.scalar(
            select(func.min(n.snoozed_until)).where(n.outcome == "snoozed", n.snoozed_until > after)
        )
        return min((x for x in (tasks, others) if x is not None), default=None)

    def open_tasks(self, until: datetime, limit: int) -> list[Due]:
        """Open tasks due (or snoozed to) before ``until``, as items of their due time."""
        t = m.Task
        effective = func.coalesce(t.snoozed_until, t.next_due_at)
        stmt = (
            select(t)
            .where(*_open(), t.next_due_at.is_not(None))
            .where(effective <= until + ZONE_SPREAD)
            .order_by(effective)
            .limit(limit)
        )
        rows = [row for row in self.s.scalars(stmt) if self._effective(row) <= until]
        names = self._task_contacts(row.id for row in rows)
        return [
            self._snoozed_task(row, names.get(row.id, ()))
            if row.snoozed_until
            else self._task_due(row, names.get(row.id, ()), self.place(row), 0)
            for row in rows
        ]

    def task_item(self, task_id: int) -> Due | None:
        row = self.s.get(m.Task, task_id)
        if row is None or row.deleted_at is not None or row.next_due_at is None:
            return None
        names = self._task_contacts([task_id]).get(task_id, ())
        return self._task_due(row, names, self.place(row), 0)

    def place(self, row: m.Task) -> datetime:
        """The open occurrence's instant: a floating one in the owner's zone of the moment."""
        assert row.next_due_at is not None
        return self._placed(row.time_zone, row.next_due_at, row.next_due_wall)

    def _placed(self, zone: str | None, due: datetime, wall: datetime | None) -> datetime:
        if zone is not None or wall is None:
            return due
        return localize(wall.replace(tzinfo=None), self.zone).astimezone(UTC)

    def _effective(self, row: m.Task) -> datetime:
        return row.snoozed_until or self.place(row)

    def _task_due(
        self, row: m.Task, names: tuple[tuple[int, str], ...], fires: datetime, before: int
    ) -> Due:
        occurs = self.place(row)
        zoned = None
        if row.time_zone is not None:
            own = occurs.astimezone(zone_named(row.time_zone))
            if own.utcoffset() != occurs.astimezone(self.zone).utcoffset():
                zoned = own
        return self._due(
            fires.astimezone(UTC),
            source=TASK + row.uid,
            occurrence=row.next_due_wall or occurs,
            minutes_before=before,
            kind=row.kind,
            title=row.title,
            about_at=occurs.astimezone(self.zone),
            all_day=row.all_day,
            contacts=names,
            task_id=row.id,
            zoned_at=zoned,
            detail=row.rrule,
        )

    def _snoozed_task(self, row: m.Task, names: tuple[tuple[int, str], ...]) -> Due:
        assert row.snoozed_until is not None
        item = self._task_due(row, names, row.snoozed_until, 0)
        return self._snoozed(item, row.snoozed_until)

    def _task_contacts(self, ids: Iterable[int]) -> dict[int, tuple[tuple[int, str], ...]]:
        wanted = sorted(set(ids))
        found: dict[int, list[tuple[int, str]]] = {}
        stmt = (
            select(m.TaskContact.task_id, m.Contact.id, m.Contact.display_name)
            .join(m.Contact, m.Contact.id == m.TaskContact.contact_id)
            .where(m.TaskContact.task_id.in_(wanted))
            .order_by(m.Contact.sort_key)
        )
        for task_id, contact_id, name in self.s.execute(stmt):
            found.setdefault(task_id, []).append((contact_id, name))
        return {k: tuple(v) for k, v in found.items()}

    # -- important dates --------------------------------------------------------------------------

    def dates_on(self, days: Sequence[date]) -> list[Due]:
        """Every reminding date that falls on one of ``days`` (29 February per the setting)."""
        on: dict[tuple[int, int], date] = {}
        for day in days:
            on[(day.month, day.day)] = day
            if not calendar.isleap(day.year) and (day.month, day.day) == self._stand_in():
                on[(2, 29)] = day
        if not on:
            return []
        d = m.ImportantDate
        pairs = or_(*(and_(d.month == mo, d.day == dy) for mo, dy in sorted(on)))
        items = []
        for row in self._date_rows(pairs):
            day = on[(row.month, row.day)]
            items.append(self._date_due(row, day))
        return items

    def dates_by_uid(self, uids: Sequence[str]) -> dict[str, DateRow]:
        return {row.uid: row for row in self._date_rows(m.ImportantDate.uid.in_(uids))}

    def first_date_day(self, start: date) -> date | None:
        """The first day on or after ``start`` that a reminding date falls on (contacts in the
        trash may count: the wake-up then finds nothing and waits for the next)."""
        d = m.ImportantDate
        for year, after in ((start.year, start), (start.year + 1, date(start.year + 1, 1, 1))):
            rows = self.s.execute(
                select(d.month, d.day)
                .where(d.remind.is_(True))
                .where(or_(d.month > after.month, and_(d.month == after.month, d.day >= after.day)))
                .order_by(d.month, d.day)
                .limit(1)
            ).first()
            if rows is not None:
                return PartialDate(month=rows[0], day=rows[1]).in_year(year, self.feb29)
            if self._stand_in() == (3, 1) and after <= date(year, 3, 1):
                leap = self.s.scalar(select(d.id).where(d.month == 2, d.day == 29).limit(1))
                if leap is not None and not calendar.isleap(year):
                    return date(year, 3, 1)
        return None

    def _stand_in(self) -> tuple[int, int]:
        return leap_day_stand_in(self.feb29)

    def _date_rows(self, where: ColumnElement[bool]) -> list[DateRow]:
        d, c = m.ImportantDate, m.Contact
        # the dates first (their index), then each one's contact by its key
        picked = select(d.id).where(where, d.remind.is_(True)).scalar_subquery()
        stmt = (
            select(d.uid, d.kind, d.label, d.month, d.day, d.year, c.id, c.display_name)
            .join(c, c.id == d.contact_id)
            .where(d.id.in_(picked), c.deleted_at.is_(None), c.is_archived.is_(False))
        )
        return [DateRow(*r) for r in self.s.execute(stmt)]

    def _date_due(self, row: DateRow, day: date) -> Due:
        when = PartialDate(month=row.month, day=row.day, year=row.year)
        age = day.year - when.year if when.year is not None else None
        title = f"{row.name}: {row.label or row.kind}" + (f" ({age})" if age is not None else "")
        return self._due(
            at_hour(day, self.hour, self.zone),
            source=f"{DATE}{row.uid}",
            occurrence=day_key(day),
            minutes_before=0,
            kind=row.kind,
            title=title,
            about_at=datetime.combine(day, time(0, 0), tzinfo=self.zone),
            all_day=True,
            contacts=((row.contact_id, row.name),),
            detail=when.iso(),
        )

    # -- stay in touch ----------------------------------------------------------------------------

    def lapses_between(self, first: date, last: date) -> list[Due]:
        """Contacts whose stay-in-touch cadence lapses on a day from ``first`` to ``last``."""
        start = at_hour(first, 0, self.zone)
        end = at_hour(last + timedelta(days=1), 0, self.zone)
        lapse = _lapse_day()
        return [
            self.touch_due(row)
            for row in self._touch_rows(and_(lapse >= julian(start), lapse < julian(end)))
        ]

    def touch_by_uid(self, uids: Sequence[str]) -> dict[str, TouchRow]:
        return {row.uid: row for row in self._touch_rows(m.Contact.uid.in_(uids))}

    def first_lapse(self, start: date) -> date | None:
        first = self.s.scalar(
            select(func.min(_lapse_day())).where(
                *_contacts_in_touch(), _lapse_day() >= julian(at_hour(start, 0, self.zone))
            )
        )
        if first is None:
            return None
        instant = datetime.fromtimestamp((first - JULIAN_UNIX_EPOCH) * 86400, UTC)
        return instant.astimezone(self.zone).date()

    def losing(self, limit: int) -> list[TouchRow]:
        """Contacts past their cadence, the most overdue (in cadences) first."""
        c = m.Contact
        overdue = (julian(self.now) - _lapse_day()) / c.cadence_days
        return self._touch_rows(_lapse_day() < julian(self.now), order=overdue.desc(), limit=limit)

    def _touch_rows(
        self,
        where: ColumnElement[bool],
        order: ColumnElement[Any] | None = None,
        limit: int | None = None,
    ) -> list[TouchRow]:
        c = m.Contact
        basis = func.coalesce(c.last_interaction_at, c.created_at, type_=UTCDateTime())
        stmt = select(
            c.uid, c.id, c.display_name, c.cadence_days, basis, c.last_interaction_at
        ).where(*_contacts_in_touch(), where)
        if order is not None:
            stmt = stmt.order_by(order)
        if limit is not None:
            stmt = stmt.limit(limit)
        return [TouchRow(u, i, n, c or 0, b, t) for u, i, n, c, b, t in self.s.execute(stmt)]

    def touch_due(self, row: TouchRow) -> Due:
        lapse = row.basis + timedelta(days=row.cadence_days)
        day = lapse.astimezone(self.zone).date()
        since = (
            f"last contact {row.contacted.astimezone(self.zone):%Y-%m-%d}"
            if row.contacted is not None
            else "never contacted"
        )
        return self._due(
            at_hour(day, self.hour, self.zone),
            source=f"{TOUCH}{row.uid}",
            occurrence=lapse,
            minutes_before=0,
            kind="touch",
            title=f"Get in touch with {row.name}",
            about_at=lapse.astimezone(self.zone),
            all_day=True,
            contacts=((row.contact_id, row.name),),
            detail=since,
        )

    # -- snoozed dates and stay-in-touch reminders ------------------------------------------------

    def snoozed_others(self, until: datetime) -> list[Due]:
        """Dates and stay-in-touch reminders whose snooze ended by ``until``, not raised yet."""
        n = m.NotificationLog
        rows = self.s.execute(
            select(n.source, n.occurrence_at, n.snoozed_until)
            .where(n.outcome == "snoozed", n.snoozed_until <= until)
            .where(~n.source.startswith(TASK), ~n.source.startswith(SNOOZE))
            .where(~_raised(literal(SNOOZE) + n.source, n.snoozed_until, literal(0), alias=True))
            .distinct()
        ).all()
        if not rows:
            return []
        dates = self.dates_by_uid([s.removeprefix(DATE) for s, _, _ in rows if s.startswith(DATE)])
        touch = self.touch_by_uid([s.removeprefix(TOUCH) for s, _, _ in rows])
        items = []
        for source, occurrence, ends in rows:
            assert ends is not None
            if source.startswith(DATE) and (date_row := dates.get(source.removeprefix(DATE))):
                item = self._date_due(date_row, occurrence.date())
            elif source.startswith(TOUCH) and (touch_row := touch.get(source.removeprefix(TOUCH))):
                item = self.touch_due(touch_row)
                if item.occurrence != occurrence:
                    continue  # in touch since: the snooze is moot
            else:
                continue  # the contact or the date is gone
            items.append(self._snoozed(item, ends))
        return items

    def _snoozed(self, item: Due, ends: datetime) -> Due:
        return replace(
            item,
            source=SNOOZE + item.source,
            occurrence=ends,
            minutes_before=0,
            fires_at=ends,
            local_at=ends.astimezone(self.zone),
            missed=ends < self.now - GRACE,
            origin=(item.source, item.occurrence),
        )

    def raised_keys(self, sources: Sequence[str]) -> set[tuple[str, datetime, int]]:
        n = m.NotificationLog
        found: set[tuple[str, datetime, int]] = set()
        for chunk in range(0, len(sources), 500):
            part = sources[chunk : chunk + 500]
            stmt = select(n.source, n.occurrence_at, n.minutes_before).where(n.source.in_(part))
            found.update((s, o, b) for s, o, b in self.s.execute(stmt))
        return found

    def outcomes(self, sources: Sequence[str]) -> dict[tuple[str, datetime], str | None]:
        n = m.NotificationLog
        stmt = select(n.source, n.occurrence_at, n.outcome, n.snoozed_until).where(
            n.source.in_(sources)
        )
        found: dict[tuple[str, datetime], str | None] = {}
        for source, occurrence, outcome, until in self.s.execute(stmt):
            snoozing = outcome == "snoozed" and until is not None and until > self.now
            found[(source, occurrence)] = "snoozed" if snoozing else outcome
        return found


def _open() -> tuple[ColumnElement[bool], ...]:
    t = m.Task
    return t.status == TaskStatus.OPEN.value, t.deleted_at.is_(None)


def _task_key() -> ColumnElement[datetime]:
    t = m.Task
    return func.coalesce(t.next_due_wall, t.next_due_at, type_=UTCDateTime())


def _contacts_in_touch() -> tuple[ColumnElement[bool], ...]:
    """Contacts with a cadence, not trashed nor archived.  The other two columns are read
    through unary plus so that SQLite takes the small partial index of contacts with a cadence,
    not the list index of all 100,000 (which it would otherwise prefer: 13 ms against 175)."""
    c = m.Contact
    return (
        c.cadence_days.is_not(None),
        unindexed(c.deleted_at).is_(None),
        unindexed(c.is_archived).is_(False),
    )


def _lapse_day() -> ColumnElement[float]:
    c = m.Contact
    return func.julianday(func.coalesce(c.last_interaction_at, c.created_at)) + c.cadence_days


def _raised(source: Any, occurrence: Any, minutes: Any, alias: bool = False) -> ColumnElement[bool]:
    """Whether the log holds the key (SQL expressions) already."""
    n = aliased(m.NotificationLog) if alias else m.NotificationLog
    return exists().where(
        n.source == source, n.occurrence_at == occurrence, n.minutes_before == minutes
    )
