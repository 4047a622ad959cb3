"""What the calendar shows between two instants: meetings, task and reminder occurrences, and
birthdays and other important dates, each with its contacts.

Everything is placed in the zone the owner looks from.  A floating task (no zone of its own) is
wall time in that zone; a task pinned to another zone is placed by its wall time there and also
carries that wall time, so a view can show it in both.  Recurring tasks are expanded with
:func:`pcrm.domain.recurrence.occurrences_between`; each occurrence knows whether it is done
(before the task's next due time), snoozed or overdue.  Important dates come from one indexed
look-up per month of the window (``ix_important_dates_day``), year-less ones included,
29 February on the day the ``dates.feb29`` preference names in other years.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from pcrm.clock import Clock
from pcrm.domain.dates import PartialDate
from pcrm.domain.kinds import InteractionKind, TaskStatus
from pcrm.domain.recurrence import occurrences_between
from pcrm.domain.timeparse import localize
from pcrm.domain.zones import zone_named
from pcrm.services.base import Service
from pcrm.services.preferences import FEB29, PreferenceService
from pcrm.services.tasks import TaskService
from pcrm.services.timeline import TimelineService
from pcrm.store import models as m
from pcrm.store.database import Database

MEETING = InteractionKind.MEETING.value
DONE, DISMISSED, SNOOZED, OPEN = "done", "dismissed", "snoozed", "open"
_ZONE_MARGIN = timedelta(days=2)  # wall times and instants differ by at most 26 hours


@dataclass(frozen=True)
class CalendarItem:
    kind: str  # meeting, task, reminder, birthday, anniversary, other
    start: datetime  # aware, in the zone asked for
    end: datetime  # == start for a task; the next midnight for an all-day item
    title: str  # a task's title, a meeting's subject (else its people), a date's contact
    all_day: bool = False
    contacts: tuple[tuple[int, str], ...] = ()
    task_id: int | None = None
    interaction_id: int | None = None
    state: str = ""  # tasks: open, done, snoozed or dismissed
    overdue: bool = False
    snoozed_until: datetime | None = None
    rrule: str | None = None
    zone_name: str | None = None  # a task pinned to a zone other than the one shown…
    wall_there: datetime | None = None  # …and its wall time there (naive)
    label: str | None = None  # an important date's own label; a meeting's location
    age: int | None = None  # the years an important date with a year turns on this day

    @property
    def day(self) -> date:
        return self.start.date()


def days_of(start: datetime, end: datetime, zone: tzinfo) -> list[date]:
    """The calendar days in ``zone`` that ``[start, end)`` touches."""
    first = start.astimezone(zone).date()
    last = (end - timedelta(microseconds=1)).astimezone(zone).date()
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def midnight(day: date, zone: tzinfo) -> datetime:
    return localize(datetime.combine(day, time(0, 0)), zone)


class CalendarService(Service):
    def __init__(
        self,
        db: Database,
        clock: Clock,
        tasks: TaskService,
        timeline: TimelineService,
        preferences: PreferenceService,
    ) -> None:
        super().__init__(db, clock)
        self.tasks = tasks
        self.timeline = timeline
        self.preferences = preferences

    def between(self, start: datetime, end: datetime, *, zone: tzinfo) -> list[CalendarItem]:
        """Every item that starts in ``[start, end)`` (a meeting also if it is still going on),
        sorted by start, all-day items first on their day."""
        items = self._meetings(start, end, zone)
        items += self._task_occurrences(start, end, zone)
        items += self._dates(start, end, zone)
        return sorted(items, key=lambda i: (i.start, not i.all_day, i.title.casefold()))

    # -- meetings ---------------------------------------------------------------------------------

    def _meetings(self, start: datetime, end: datetime, zone: tzinfo) -> list[CalendarItem]:
        found: list[CalendarItem] = []
        for view in self.timeline.between(start - timedelta(days=1), end, kinds=[MEETING]):
            begins = view.starts_at.astimezone(zone)
            if view.all_day:
                begins = midnight(begins.date(), zone)
                ends = midnight(begins.date() + timedelta(days=1), zone)
            else:
                ends = begins + timedelta(seconds=view.duration_seconds or 0)
            if ends <= start and begins < start:
                continue  # over before the window
            names = tuple(view.participants)
            found.append(
                CalendarItem(
                    kind=MEETING,
                    start=begins,
                    end=ends,
                    title=view.subject or ", ".join(name for _, name in names),
                    all_day=view.all_day,
                    contacts=names,
                    interaction_id=view.id,
                    label=view.location,
                )
            )
        return found

    # -- tasks and reminders ----------------------------------------------------------------------

    def _task_occurrences(self, start: datetime, end: datetime, zone: tzinfo) -> list[CalendarItem]:
        t = m.Task
        earliest = (start.astimezone(zone) - _ZONE_MARGIN).strftime("%Y-%m-%dT%H:%M:%S")
        latest = (end.astimezone(zone) + _ZONE_MARGIN).strftime("%Y-%m-%dT%H:%M:%S")
        stmt = (
            select(t)
            .where(t.deleted_at.is_(None), t.status != TaskStatus.CANCELLED.value)
            .where(t.starts_local <= latest)
            .where(or_(t.rrule.is_not(None), t.starts_local >= earliest))
        )
        now = self.now()
        found: list[CalendarItem] = []
        with self.read() as s:
            rows = list(s.scalars(stmt))
            contacts = self._task_contacts(s, [row.id for row in rows])
            for row in rows:
                own = None if row.time_zone is None else zone_named(row.time_zone)
                there = own or zone
                wall = self.tasks.start_wall(row)
                shown_there = own is not None and getattr(own, "key", own) != getattr(
                    zone, "key", zone
                )
                for at in occurrences_between(row.rrule, wall, there, start, end):
                    state = self._state(row, at)
                    due = row.snoozed_until if state == SNOOZED else at
                    begins = at.astimezone(zone)
                    ends = (
                        midnight(begins.date() + timedelta(days=1), zone) if row.all_day else begins
                    )
                    found.append(
                        CalendarItem(
                            kind=row.kind,
                            start=begins,
                            end=ends,
                            title=row.title,
                            all_day=row.all_day,
                            contacts=tuple(contacts.get(row.id, ())),
                            task_id=row.id,
                            state=state,
                            overdue=state in (OPEN, SNOOZED) and due is not None and due < now,
                            snoozed_until=row.snoozed_until if state == SNOOZED else None,
                            rrule=row.rrule,
                            zone_name=row.time_zone if shown_there else None,
                            wall_there=at.astimezone(there).replace(tzinfo=None)
                            if shown_there
                            else None,
                        )
                    )
        return found

    @staticmethod
    def _state(row: m.Task, at: datetime) -> str:
        if row.status == TaskStatus.DONE.value:
            return DONE
        if row.status == TaskStatus.DISMISSED.value:
            return DISMISSED
        due = row.next_due_at
        if row.rrule is not None and due is not None and at < due:
            return DONE  # "done" moved a recurring task past this one
        if row.snoozed_until is not None and (due is None or at == due):
            return SNOOZED
        return OPEN

    @staticmethod
    def _task_contacts(s: Session, ids: list[int]) -> dict[int, list[tuple[int, str]]]:
        # The trashed are left out in Python: "deleted_at IS NULL" in SQL makes SQLite walk
        # every contact through ix_contacts_list instead of the few linked ones by id.
        stmt = select(
            m.TaskContact.task_id, m.Contact.id, m.Contact.display_name, m.Contact.deleted_at
        ).join(m.Contact, m.Contact.id == m.TaskContact.contact_id)
        found: dict[int, list[tuple[int, str]]] = {}
        for task_id, contact_id, name, deleted in s.execute(
            stmt.where(m.TaskContact.task_id.in_(ids))
        ):
            if deleted is None:
                found.setdefault(task_id, []).append((contact_id, name))
        return found

    # -- birthdays and other dates ----------------------------------------------------------------

    def _dates(self, start: datetime, end: datetime, zone: tzinfo) -> list[CalendarItem]:
        touched = days_of(start, end + timedelta(days=1), zone)
        edges = {day: midnight(day, zone) for day in touched}
        days = [d for d in touched[:-1] if start <= edges[d] < end]
        if not days:
            return []
        feb29 = str(self.preferences.get(FEB29.key))
        spans: dict[int, tuple[int, int]] = {}
        for day in days:
            low, high = spans.get(day.month, (day.day, day.day))
            spans[day.month] = (min(low, day.day), max(high, day.day))
        d, c = m.ImportantDate, m.Contact
        wanted = [and_(d.month == mo, d.day.between(lo, hi)) for mo, (lo, hi) in spans.items()]
        wanted.append(and_(d.month == 2, d.day == 29))  # shown on a stand-in day in other years
        stmt = (
            select(d.kind, d.label, d.year, d.month, d.day, c.id, c.display_name)
            .join(c, c.id == d.contact_id)
            .where(c.deleted_at.is_(None), c.is_archived.is_(False))
            .where(or_(*wanted))
        )
        shown = set(days)
        years = sorted({day.year for day in days})
        found: list[CalendarItem] = []
        with self.read() as s:
            for kind, label, year, month, day_, contact_id, name in s.execute(stmt):
                leap = PartialDate(month=2, day=29) if (month, day_) == (2, 29) else None
                for on in (leap.in_year(y, feb29) if leap else date(y, month, day_) for y in years):
                    if on not in shown or (year is not None and on.year < year):
                        continue
                    found.append(
                        CalendarItem(
                            kind=kind,
                            start=edges[on],
                            end=edges[on + timedelta(days=1)],
                            title=name,
                            all_day=True,
                            contacts=((contact_id, name),),
                            label=label,
                            age=on.year - year if year is not None else None,
                        )
                    )
        return found
