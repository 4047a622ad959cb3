"""The organizer: which alarms fall due, raising each exactly once, and what the owner does with
them (snooze, done, dismiss).  Qt-free; the notifier (``pcrm.ui.notifier``) drives it.

What raises an alarm (:mod:`pcrm.services.due` reads them):

- a task's open occurrence, once for each of its alarms (minutes before it), or at the due time
  when it has none; a snoozed task instead once when the snooze ends.  A recurring task that is
  neither done nor dismissed stays on its open occurrence (overdue in the today panel) and
  raises its later ones once it moves on: ten missed dailies need one "done", as in
  ``TaskService.complete``.
- an important date that reminds, at ``dates.remind_hour`` on its day in the owner's zone
  (29 February in common years per ``dates.feb29``);
- stay in touch, at the same hour on the day a contact's cadence lapses (the last interaction,
  or the contact's creation, plus the cadence; logging any interaction resets it for every
  participant: a trigger keeps ``last_interaction_at``);
- a snoozed date or stay-in-touch reminder, when its snooze ends.

Exactly once: every alarm raised is a ``NotificationLog`` row, unique on its key, inserted or
ignored (:meth:`OrganizerService.mark_raised` returns only the ones this call inserted, so two
processes never both show one).  Nothing is skipped: a task stays due until it moves on, and dates
and lapses are looked for from the day of the last complete check (``mark_raised(through=)``, at
most :data:`DIGEST_DAYS` back), so whatever fell due while pcrm was closed or the computer slept
comes back ``missed`` at the next start or wake, for a digest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from pcrm.clock import Clock
from pcrm.domain.kinds import InteractionKind, TaskStatus
from pcrm.domain.timeparse import localize
from pcrm.services.base import Service
from pcrm.services.changes import ChangeSet
from pcrm.services.due import Due, Reader, at_hour
from pcrm.services.preferences import FEB29, REMIND_HOUR, PreferenceService
from pcrm.services.tasks import TASK, TaskService, place_due
from pcrm.services.timeline import INTERACTION, InteractionDraft, TimelineService
from pcrm.store import models as m
from pcrm.store.database import Database

NOTIFICATION = "notification"  # the ChangeSet entity of outcomes
DIGEST_DAYS = 31  # how far back missed dates and lapses are looked for
CHECKED = "organizer.checked_at"  # settings rows the organizer keeps (not preferences)
ZONE = "organizer.zone"
SNOOZED, DONE, DISMISSED = "snoozed", "done", "dismissed"
_TASK_STATE = ("status", "next_due_at", "next_due_wall", "snoozed_until", "completed_at")


@dataclass(frozen=True)
class LosingTouch:
    contact_id: int
    name: str
    cadence_days: int
    last_contact: datetime | None  # aware, in the owner's zone; None: never
    overdue_days: float
    item: Due  # the stay-in-touch reminder, for snooze / done / dismiss


@dataclass
class Today:
    """The today panel: tasks overdue and due later today, dates this week, losing touch."""

    overdue: list[Due] = field(default_factory=list)
    due: list[Due] = field(default_factory=list)
    dates: list[Due] = field(default_factory=list)
    losing: list[LosingTouch] = field(default_factory=list)


@dataclass(frozen=True)
class Saved:
    """What an outcome changes, as it was before (:meth:`OrganizerService.restore`)."""

    about: tuple[str, datetime]
    rows: tuple[tuple[int, str | None, datetime | None, datetime | None, int | None], ...]
    task_id: int | None = None
    task: tuple[object, ...] = ()


class OrganizerService(Service):
    def __init__(
        self,
        db: Database,
        clock: Clock,
        preferences: PreferenceService,
        tasks: TaskService,
        timeline: TimelineService,
    ) -> None:
        super().__init__(db, clock)
        self.preferences = preferences
        self.tasks = tasks
        self.timeline = timeline

    def _reader(self, s: Session, now: datetime) -> Reader:
        hour = self.preferences.get(REMIND_HOUR.key)
        return Reader(
            s,
            now,
            self.clock.zone(),
            hour if isinstance(hour, int) else 9,
            str(self.preferences.get(FEB29.key)),
        )

    # -- what is due ------------------------------------------------------------------------------

    def pending(self, now: datetime | None = None) -> list[Due]:
        """Every alarm due at or before ``now`` that was not raised yet, oldest first."""
        now = now or self.now()
        with self.read() as s:
            r = self._reader(s, now)
            today = now.astimezone(r.zone).date()
            first = self._first_day(s, today, r)
            items = r.task_alarms(None, now) + r.snoozed_tasks(now) + r.snoozed_others(now)
            days = [first + timedelta(days=n) for n in range((today - first).days + 1)]
            others = r.dates_on(days) + r.lapses_between(first, today)
            others = [d for d in others if d.fires_at <= now]
            raised = r.raised_keys(sorted({d.source for d in others}))
            items += [d for d in others if d.key not in raised]
        return sorted(items, key=lambda d: (d.fires_at, d.title))

    def _first_day(self, s: Session, today: date, r: Reader) -> date:
        checked = s.get(m.Setting, CHECKED)
        if checked is None or not isinstance(checked.value, str):
            return today
        last = datetime.fromisoformat(checked.value).astimezone(r.zone).date()
        return min(today, max(last, today - timedelta(days=DIGEST_DAYS)))

    def mark_raised(self, items: list[Due], through: datetime | None = None) -> list[Due]:
        """Record ``items`` as raised; returns those this call recorded (the others were
        already, by an earlier call or another process).  ``through``: every item pending at
        that instant is in ``items``, so later checks need not look further back."""
        now = self.now()
        fresh: list[Due] = []
        with self.write() as s:
            for item in items:
                source, occurrence, before = item.key
                stmt = insert(m.NotificationLog).values(
                    source=source, occurrence_at=occurrence, minutes_before=before, raised_at=now
                )
                done = cast("CursorResult[Any]", s.execute(stmt.on_conflict_do_nothing()))
                if done.rowcount:
                    fresh.append(item)
            if through is not None:
                s.merge(m.Setting(key=CHECKED, value=through.astimezone(UTC).isoformat()))
        return fresh

    def next_wakeup(self, now: datetime | None = None) -> datetime | None:
        """When the next alarm after ``now`` falls due (one timer, no polling); None: none."""
        now = now or self.now()
        with self.read() as s:
            r = self._reader(s, now)
            today = now.astimezone(r.zone).date()
            start = today if at_hour(today, r.hour, r.zone) > now else today + timedelta(days=1)
            days = [d for d in (r.first_date_day(start), r.first_lapse(start)) if d is not None]
            found = [at_hour(d, r.hour, r.zone) for d in days]
            found += [t for t in (r.first_task_alarm(now), r.first_snooze_end(now)) if t]
        return min(found, default=None)

    def today(self, days: int = 7, limit: int = 200) -> Today:
        """The today panel's lists; dates on ``days`` days from today on."""
        now = self.now()
        with self.read() as s:
            r = self._reader(s, now)
            local = now.astimezone(r.zone).date()
            end = at_hour(local + timedelta(days=1), 0, r.zone)
            tasks = r.open_tasks(end, limit)
            dates = r.dates_on([local + timedelta(days=n) for n in range(days)])
            outcomes = r.outcomes(sorted({d.source for d in dates}))
        kept = [d for d in dates if outcomes.get(d.about) not in (DONE, DISMISSED)]
        return Today(
            overdue=[d for d in tasks if d.fires_at < now],
            due=[d for d in tasks if d.fires_at >= now],
            dates=sorted(kept, key=lambda d: (d.fires_at, d.title)),
            losing=self.losing_touch(),
        )

    def due_count(self, limit: int = 100) -> int:
        """How many things want the owner today, for the tray's badge: open tasks overdue or
        due by the end of today (a snooze moves one out until it ends), and today's important
        dates not done or dismissed; at most ``limit``.  Losing touch is left out: it is a
        nudge that can stay for weeks, and a badge that never goes away is not read."""
        now = self.now()
        with self.read() as s:
            r = self._reader(s, now)
            local = now.astimezone(r.zone).date()
            tasks = r.open_tasks(at_hour(local + timedelta(days=1), 0, r.zone), limit)
            dates = r.dates_on([local])
            outcomes = r.outcomes(sorted({d.source for d in dates}))
        kept = [d for d in dates if outcomes.get(d.about) not in (DONE, DISMISSED)]
        return min(limit, len(tasks) + len(kept))

    def losing_touch(self, limit: int = 50) -> list[LosingTouch]:
        """Contacts past their stay-in-touch cadence, the most overdue (in cadences) first;
        those dismissed or snoozed are left out until they lapse again or the snooze ends."""
        now = self.now()
        with self.read() as s:
            r = self._reader(s, now)
            rows = r.losing(limit)
            items = [r.touch_due(row) for row in rows]
            outcomes = r.outcomes(sorted({d.source for d in items}))
        found = []
        for row, item in zip(rows, items, strict=True):
            if outcomes.get(item.about) in (SNOOZED, DISMISSED):
                continue
            _uid, cid, name, cadence, _basis, contacted = row
            assert isinstance(cid, int) and isinstance(cadence, int)
            last = contacted.astimezone(r.zone) if isinstance(contacted, datetime) else None
            overdue = (now - item.about_at) / timedelta(days=1)
            found.append(LosingTouch(cid, str(name), cadence, last, overdue, item))
        return found

    def item_for_task(self, task_id: int) -> Due | None:
        """The open occurrence of a task as an item (for outcomes from elsewhere: the CLI)."""
        now = self.now()
        with self.read() as s:
            return self._reader(s, now).task_item(task_id)

    # -- outcomes ---------------------------------------------------------------------------------

    def snooze(self, item: Due, until: datetime) -> ChangeSet:
        """Raise ``item`` again at ``until`` (to the minute)."""
        until = until.astimezone(UTC).replace(second=0, microsecond=0)
        changes = self.tasks.snooze(item.task_id, until) if item.task_id else ChangeSet()
        return self._record(item, SNOOZED, changes, until=until)

    def done(self, item: Due, log: bool = False) -> ChangeSet:
        """Done: a task is completed (a recurring one moves on to its next occurrence).  For a
        stay-in-touch reminder done means "we were in touch", so it is always logged: that is
        what resets the contact's clock.  ``log``: a note on the contacts' timeline."""
        changes = self.tasks.complete(item.task_id) if item.task_id else ChangeSet()
        return self._record(item, DONE, changes, log=log or item.kind == "touch")

    def dismiss(self, item: Due, log: bool = False) -> ChangeSet:
        """Not doing it: a one-off task is dismissed, a recurring one skips this occurrence."""
        changes = ChangeSet()
        if item.task_id is not None:
            with self.read() as s:
                recurring = s.scalar(select(m.Task.rrule).where(m.Task.id == item.task_id))
            call = self.tasks.complete if recurring else self.tasks.dismiss
            changes = call(item.task_id)
        return self._record(item, DISMISSED, changes, log=log)

    def _record(
        self,
        item: Due,
        outcome: str,
        changes: ChangeSet,
        until: datetime | None = None,
        log: bool = False,
    ) -> ChangeSet:
        logged = None
        if log:
            words = {DONE: "Done", DISMISSED: "Dismissed", SNOOZED: "Snoozed"}[outcome]
            made = self.timeline.log(
                InteractionDraft(
                    kind=InteractionKind.NOTE.value,
                    participants=[cid for cid, _ in item.contacts],
                    subject=f"{words}: {item.title}",
                )
            )
            logged = made.first(INTERACTION)
            changes.add("created", INTERACTION, logged)
        now = self.now()
        source, occurrence = item.about
        with self.write() as s:
            rows = self._rows(s, item.about)
            if not rows:  # acted on before it was raised: it will not be raised now
                row = m.NotificationLog(
                    source=source, occurrence_at=occurrence, minutes_before=0, raised_at=now
                )
                s.add(row)
                rows = [row]
            for row in rows:
                row.outcome, row.outcome_at, row.snoozed_until = outcome, now, until
                row.logged_interaction_id = logged or row.logged_interaction_id
            s.flush()
            ids = [row.id for row in rows]
        return changes.add("updated", NOTIFICATION, *ids)

    @staticmethod
    def _rows(s: Session, about: tuple[str, datetime]) -> list[m.NotificationLog]:
        n = m.NotificationLog
        return list(s.scalars(select(n).where(n.source == about[0], n.occurrence_at == about[1])))

    def saved(self, item: Due) -> Saved:
        """What an outcome on ``item`` will change, to put back with :meth:`restore` (undo)."""
        source, occurrence = item.about
        n = m.NotificationLog
        with self.read() as s:
            rows = s.execute(
                select(
                    n.id, n.outcome, n.outcome_at, n.snoozed_until, n.logged_interaction_id
                ).where(n.source == source, n.occurrence_at == occurrence)
            )
            kept = tuple(tuple(r) for r in rows)
            task = s.get(m.Task, item.task_id) if item.task_id is not None else None
            state = tuple(getattr(task, name) for name in _TASK_STATE) if task else ()
        return Saved(item.about, kept, item.task_id, state)  # type: ignore[arg-type]

    def restore(self, saved: Saved) -> ChangeSet:
        """Undo an outcome: the task and the log rows as they were, a logged note trashed."""
        before = {row[0]: row for row in saved.rows}
        made: list[int] = []
        changes = ChangeSet()
        with self.write() as s:
            if saved.task_id is not None and saved.task:
                task = s.get(m.Task, saved.task_id)
                if task is not None:
                    for name, value in zip(_TASK_STATE, saved.task, strict=True):
                        setattr(task, name, value)
                    task.updated_at = self.now()
                    changes.add("updated", TASK, saved.task_id)
            for row in self._rows(s, saved.about):
                old = before.get(row.id)
                logged = row.logged_interaction_id
                if logged and (old is None or old[4] != logged):
                    made.append(logged)
                if old is None:
                    s.execute(delete(m.NotificationLog).where(m.NotificationLog.id == row.id))
                else:
                    row.outcome, row.outcome_at, row.snoozed_until = old[1:4]
                    row.logged_interaction_id = old[4]
                changes.add("updated", NOTIFICATION, row.id)
        if made:
            self.timeline.trash(made)
            changes.add("deleted", INTERACTION, *made)
        return changes

    # -- the owner's zone -------------------------------------------------------------------------

    def follow_zone(self) -> ChangeSet:
        """After the owner's zone changed (the laptop travelled): place the floating tasks' open
        occurrences in the new zone, so the agenda shows 09:00 where the owner now is.  Raising
        does not depend on it; it reads the wall time."""
        zone = self.clock.zone()
        name = str(zone)
        changed: list[int] = []
        t = m.Task
        with self.write() as s:
            known = s.get(m.Setting, ZONE)
            if known is not None and known.value == name:
                return ChangeSet()
            stmt = select(t).where(
                t.status == TaskStatus.OPEN.value,
                t.deleted_at.is_(None),
                t.time_zone.is_(None),
                t.next_due_wall.is_not(None),
            )
            for row in s.scalars(stmt):
                assert row.next_due_wall is not None
                placed = localize(row.next_due_wall.replace(tzinfo=None), zone)
                if placed != row.next_due_at:
                    place_due(row, placed)
                    changed.append(row.id)
            s.merge(m.Setting(key=ZONE, value=name))
        return ChangeSet().add("updated", TASK, *changed) if changed else ChangeSet()
