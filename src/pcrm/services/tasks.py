"""Tasks and reminders (storage, completion, snooze) and the agenda of what is due.

A task's start is wall time in a zone, or floating (``time_zone`` NULL: the owner's zone of the
moment); recurrence is an RFC 5545 RRULE expanded on wall time (``domain.recurrence``).
``next_due_at`` caches the next occurrence in UTC for the due list.  Raising notifications is the
organizer's job; this module answers "what is due between now and then".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pcrm import errors
from pcrm.domain.dates import PartialDate, leap_day_stand_in
from pcrm.domain.kinds import TaskKind, TaskStatus
from pcrm.domain.recurrence import occurrences, validate_rrule
from pcrm.domain.timeparse import localize
from pcrm.domain.zones import zone_named
from pcrm.services.base import Service
from pcrm.services.changes import ChangeSet
from pcrm.store import models as m
from pcrm.store.types import UTCDateTime

TASK = "task"
WALL_FORMAT = "%Y-%m-%dT%H:%M:%S"


@dataclass
class TaskDraft:
    title: str
    start_wall: datetime  # naive wall time
    time_zone: str | None = None  # None: floating
    kind: str = TaskKind.REMINDER
    rrule: str | None = None
    all_day: bool = False
    contacts: list[int] = field(default_factory=list)
    alarms_minutes: list[int] = field(default_factory=list)
    notes: str | None = None
    private: bool = False
    interaction_id: int | None = None


@dataclass
class AgendaItem:
    kind: str  # task, reminder, birthday, anniversary, other, touch
    at: datetime  # aware, in the owner's zone
    title: str
    all_day: bool = False
    overdue: bool = False
    task_id: int | None = None
    contacts: list[tuple[int, str]] = field(default_factory=list)
    rrule: str | None = None
    detail: str | None = None


def place_due(row: m.Task, occurrence: datetime | None) -> None:
    """Make ``occurrence`` (aware, in the task's zone) the task's open one: its instant and
    its wall time, which identifies it whatever the owner's zone (``m.Task.next_due_wall``)."""
    row.next_due_at = occurrence.astimezone(UTC) if occurrence else None
    row.next_due_wall = occurrence.replace(tzinfo=UTC) if occurrence else None


class TaskService(Service):
    def _zone(self, name: str | None) -> tzinfo:
        return self.clock.zone() if name is None else zone_named(name)

    def _next_due(self, row: m.Task, after: datetime, inclusive: bool = True) -> datetime | None:
        if row.starts_local is None:
            return None
        wall = datetime.strptime(row.starts_local, WALL_FORMAT)
        found = occurrences(row.rrule, wall, self._zone(row.time_zone), after, inclusive=inclusive)
        return found[0].astimezone(UTC) if found else None

    def create(self, draft: TaskDraft) -> ChangeSet:
        now = self.now()
        with self.write() as s:
            row = m.Task(status=TaskStatus.OPEN.value, created_at=now)
            self._fill(s, row, draft)
            zone = self._zone(draft.time_zone)
            earliest = localize(draft.start_wall, zone) - timedelta(days=1)
            first = occurrences(row.rrule, draft.start_wall, zone, earliest)
            place_due(row, first[0] if first else None)
            s.add(row)
            s.flush()
            return ChangeSet().add("created", TASK, row.id)

    def update(self, task_id: int, draft: TaskDraft) -> ChangeSet:
        """Replace what ``draft`` says (alarms and contacts too).  When the start, zone or rule
        change, the next due time is the first occurrence from the earlier of now and the old
        next due time (a moved one-off task: its new start), and a snooze is dropped."""
        with self.write() as s:
            row = self._get(s, task_id)
            timing = (row.starts_local, row.time_zone, row.rrule)
            self._fill(s, row, draft)
            if (row.starts_local, row.time_zone, row.rrule) != timing:
                zone = self._zone(draft.time_zone)
                now = self.now()
                after = min(now, row.next_due_at or now)
                if row.rrule is None:
                    after = localize(draft.start_wall, zone)
                found = occurrences(row.rrule, draft.start_wall, zone, after)
                place_due(row, found[0] if found else None)
                row.snoozed_until = None
            return ChangeSet().add("updated", TASK, task_id)

    def _fill(self, s: Session, row: m.Task, draft: TaskDraft) -> None:
        """Check ``draft`` and copy it onto ``row`` (all but the due time); raises BadInput /
        NotFound / ValueError before anything is written."""
        title = draft.title.strip()
        if not title:
            raise errors.BadInput(where="reminder", reason="the text is empty")
        kind = TaskKind(draft.kind).value
        self._zone(draft.time_zone)
        rule = validate_rrule(draft.rrule, draft.start_wall) if draft.rrule else None
        known = set(s.scalars(select(m.Contact.id).where(m.Contact.id.in_(draft.contacts))))
        if len(known) != len(set(draft.contacts)):
            raise errors.NotFound(what="contact", query=str(sorted(set(draft.contacts) - known)))
        row.kind, row.title, row.notes = kind, title, draft.notes
        row.starts_local = draft.start_wall.strftime(WALL_FORMAT)
        row.time_zone, row.all_day, row.rrule = draft.time_zone, draft.all_day, rule
        row.is_private, row.interaction_id = draft.private, draft.interaction_id
        row.updated_at = self.now()
        row.contacts = [m.TaskContact(contact_id=c) for c in dict.fromkeys(draft.contacts)]
        row.alarms = [m.Alarm(minutes_before=x) for x in sorted(set(draft.alarms_minutes))]

    def start_wall(self, row: m.Task) -> datetime:
        """The task's start as naive wall time (one without a start: when it was created)."""
        if row.starts_local is None:
            created = row.created_at.astimezone(self._zone(row.time_zone))
            return created.replace(tzinfo=None, microsecond=0)
        return datetime.strptime(row.starts_local, WALL_FORMAT)

    def draft(self, task_id: int) -> TaskDraft:
        """The task as a draft: what the edit dialog shows, and what undoing an edit puts back."""
        with self.read() as s:
            row = self._get(s, task_id)
            return TaskDraft(
                title=row.title,
                start_wall=self.start_wall(row),
                time_zone=row.time_zone,
                kind=row.kind,
                rrule=row.rrule,
                all_day=row.all_day,
                contacts=sorted(link.contact_id for link in row.contacts),
                alarms_minutes=[alarm.minutes_before for alarm in row.alarms],
                notes=row.notes,
                private=row.is_private,
                interaction_id=row.interaction_id,
            )

    def complete(self, task_id: int) -> ChangeSet:
        """Done: a recurring task moves on to its next occurrence; a one-off one closes."""
        now = self.now()
        with self.write() as s:
            row = self._get(s, task_id)
            due = row.next_due_at
            # An overdue recurring task moves on to its first occurrence after now, not to the
            # next of the missed ones (ten missed dailies need one "done", not ten).
            after = max(due, now) if due else None
            following = self._next_due(row, after, inclusive=False) if row.rrule and after else None
            if following is not None:
                place_due(row, following.astimezone(self._zone(row.time_zone)))
            else:
                row.status = TaskStatus.DONE.value
                row.completed_at = now
            row.snoozed_until = None
            row.updated_at = now
            return ChangeSet().add("updated", TASK, task_id)

    def snooze(self, task_id: int, until: datetime) -> ChangeSet:
        with self.write() as s:
            row = self._get(s, task_id)
            row.snoozed_until = until.astimezone(UTC)
            row.updated_at = self.now()
            return ChangeSet().add("updated", TASK, task_id)

    def dismiss(self, task_id: int) -> ChangeSet:
        with self.write() as s:
            row = self._get(s, task_id)
            row.status = TaskStatus.DISMISSED.value
            row.updated_at = self.now()
            return ChangeSet().add("updated", TASK, task_id)

    def trash(self, ids: Iterable[int]) -> ChangeSet:
        return self._set_deleted(ids, self.now())

    def restore(self, ids: Iterable[int]) -> ChangeSet:
        """Undo :meth:`trash`."""
        return self._set_deleted(ids, None)

    def _set_deleted(self, ids: Iterable[int], when: datetime | None) -> ChangeSet:
        wanted = sorted(set(ids))
        with self.write() as s:
            for row in s.scalars(select(m.Task).where(m.Task.id.in_(wanted))):
                row.deleted_at = when
        return ChangeSet().add("deleted" if when else "updated", TASK, *wanted)

    @staticmethod
    def _get(s: object, task_id: int) -> m.Task:
        row = s.get(m.Task, task_id)  # type: ignore[attr-defined]
        if row is None or row.deleted_at is not None:
            raise errors.NotFound(what="task", query=f"#{task_id}")
        return row  # type: ignore[no-any-return]

    # -- the agenda -------------------------------------------------------------------------------

    def agenda(self, days: int = 7, *, feb29: str = "feb28") -> list[AgendaItem]:
        """What is overdue, and everything due today and the next ``days`` calendar days (in the
        owner's zone): ``days=0`` is the rest of today, ``days=1`` today and tomorrow."""
        now = self.now()
        zone = self.clock.zone()
        today = now.astimezone(zone).date()
        horizon = localize(datetime.combine(today + timedelta(days=days + 1), time(0, 0)), zone)
        items = self._due_tasks(now, horizon, zone)
        items += self._dates(today, days, zone, feb29)
        items += self._touch(now, horizon, zone)
        return sorted(items, key=lambda i: (i.at, i.title))

    def _due_tasks(self, now: datetime, horizon: datetime, zone: tzinfo) -> list[AgendaItem]:
        t = m.Task
        effective = func.coalesce(t.snoozed_until, t.next_due_at)
        stmt = (
            select(t)
            .where(
                t.status == TaskStatus.OPEN.value,
                t.deleted_at.is_(None),
                t.next_due_at.is_not(None),
            )
            .where(effective < horizon)
        )
        items: list[AgendaItem] = []
        with self.read() as s:
            rows = list(s.scalars(stmt))
            linked = s.execute(  # every due task's contacts in one query, not one per task
                select(m.TaskContact.task_id, m.Contact.id, m.Contact.display_name)
                .join(m.Contact, m.Contact.id == m.TaskContact.contact_id)
                .where(m.TaskContact.task_id.in_([row.id for row in rows]))
            )
            contacts: dict[int, list[tuple[int, str]]] = {}
            for task_id, contact_id, name in linked:
                contacts.setdefault(task_id, []).append((contact_id, name))
            for row in rows:
                when = row.snoozed_until or row.next_due_at
                assert when is not None
                names = contacts.get(row.id, [])
                items.append(
                    AgendaItem(
                        kind=row.kind,
                        at=when.astimezone(zone),
                        title=row.title,
                        all_day=row.all_day,
                        overdue=when < now,
                        task_id=row.id,
                        contacts=names,
                        rrule=row.rrule,
                    )
                )
        return items

    def _dates(self, today: date, days: int, zone: tzinfo, feb29: str) -> list[AgendaItem]:
        wanted: set[tuple[int, int]] = set()
        for offset in range(days + 1):
            day = today + timedelta(days=offset)
            wanted.add((day.month, day.day))
            if (day.month, day.day) == leap_day_stand_in(feb29):
                wanted.add((2, 29))  # a 29 February shown on its stand-in day
        d, c = m.ImportantDate, m.Contact
        stmt = (
            select(d.kind, d.label, d.year, d.month, d.day, c.id, c.display_name)
            .join(c, c.id == d.contact_id)
            .where(d.remind.is_(True), c.deleted_at.is_(None), c.is_archived.is_(False))
            .where((d.month * 100 + d.day).in_(sorted(mo * 100 + dy for mo, dy in wanted)))
        )
        items: list[AgendaItem] = []
        with self.read() as s:
            for kind, label, year, month, day_, cid, name in s.execute(stmt):
                pd = PartialDate(month=month, day=day_, year=year)
                on = pd.next_on_or_after(today, feb29)
                if (on - today).days > days:
                    continue
                age = on.year - pd.year if pd.year is not None else None  # the age they turn
                title = f"{name}: {label or kind}" + (f" ({age})" if age is not None else "")
                at = datetime.combine(on, time(0, 0), tzinfo=zone)
                items.append(
                    AgendaItem(
                        kind=kind,
                        at=at,
                        title=title,
                        all_day=True,
                        contacts=[(cid, name)],
                        detail=pd.iso(),
                    )
                )
        return items

    def _touch(self, now: datetime, horizon: datetime, zone: tzinfo) -> list[AgendaItem]:
        c = m.Contact
        basis = func.coalesce(c.last_interaction_at, c.created_at, type_=UTCDateTime())
        due_day = func.julianday(basis) + c.cadence_days
        stmt = (
            select(c.id, c.display_name, basis, c.cadence_days, c.last_interaction_at)
            .where(c.cadence_days.is_not(None), c.deleted_at.is_(None), c.is_archived.is_(False))
            .where(due_day < func.julianday(horizon.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")))
        )
        items: list[AgendaItem] = []
        with self.read() as s:
            for cid, name, last, cadence, contacted in s.execute(stmt):
                due = last + timedelta(days=cadence or 0)
                since = (
                    f"last contact {contacted.astimezone(zone):%Y-%m-%d}"
                    if contacted
                    else "never contacted"
                )
                items.append(
                    AgendaItem(
                        kind="touch",
                        at=due.astimezone(zone),
                        title=f"Get in touch with {name}",
                        overdue=due < now,
                        contacts=[(cid, name)],
                        detail=since,
                    )
                )
        return items
