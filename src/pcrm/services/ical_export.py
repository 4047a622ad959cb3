"""iCalendar export (RFC 5545): a file on demand, and a subscription file kept up to date.

What becomes what:

- a meeting (interaction of kind ``meeting``) → VEVENT, in its zone, with DTEND when it has a
  duration and its participants as ATTENDEEs (``mailto:`` their preferred e-mail, else
  ``urn:uuid:`` their contact uid);
- a reminder → VEVENT and a task → VTODO (DUE, STATUS, COMPLETED), each with its RRULE and
  EXDATEs; wall time in its zone, or floating when the task floats (``time_zone`` NULL);
- an alarm → VALARM (ACTION:DISPLAY, TRIGGER -PTnM);
- a birthday, anniversary or other date of a contact (those with ``remind`` on, of contacts
  neither trashed nor archived) → an all-day VEVENT with RRULE:FREQ=YEARLY.  A date without a
  year starts in :data:`YEARLESS_START` (a leap year, so 29 February exists).  29 February
  follows the ``dates.feb29`` preference in other years: ``BYMONTHDAY=-1`` of February (28
  February) or ``BYYEARDAY=60`` (1 March), so a calendar shows it where pcrm's agenda does.

Every component has a UID (our stored ``uid``, so a newer export updates the events a calendar
already holds instead of duplicating them) and a DTSTAMP (the row's last change, so an export
of unchanged data is byte-for-byte the same).  Every TZID used gets a VTIMEZONE.

A scope narrows the export to a group's or a contact's items and to a date range (items with an
occurrence in it; a recurring series is written whole).  ``private=False`` writes summaries
only: no notes, descriptions, locations or attendees, and no item marked private.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, String, exists, select, type_coerce

from pcrm import __version__, errors
from pcrm.domain.dates import PartialDate
from pcrm.domain.ical_write import (
    IcsWriter,
    date_value,
    escape_text,
    local_value,
    minutes_before,
    param,
    utc_value,
)
from pcrm.domain.ical_zones import vtimezone
from pcrm.domain.kinds import DateKind, FieldKind, InteractionKind, TaskKind, TaskStatus
from pcrm.domain.recurrence import occurrences
from pcrm.domain.timeparse import localize
from pcrm.fsutil import atomic_writer
from pcrm.services.base import Service
from pcrm.services.changes import ChangeSet
from pcrm.services.preferences import (
    FEB29,
    SUBSCRIPTION_FILE,
    SUBSCRIPTION_PRIVATE,
    PreferenceService,
)
from pcrm.store import models as m
from pcrm.store.database import Database

Progress = Callable[[str, int, int], None]
YEARLESS_START = 2000  # the first year of a date without one: a leap year, before any export
SUBSCRIPTION_PAST_DAYS = 366  # the subscription leaves out meetings older than this
# what a change must touch for the subscription to be written again
CALENDAR_ENTITIES = frozenset({"task", "interaction", "contact", "preference"})
_UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/Zulu", "Zulu", "Etc/UCT", "UCT"})
_TODO_STATUS = {
    TaskStatus.OPEN.value: "NEEDS-ACTION",
    TaskStatus.DONE.value: "COMPLETED",
    TaskStatus.DISMISSED.value: "CANCELLED",
    TaskStatus.CANCELLED.value: "CANCELLED",
}
_CHUNK = 500  # components per write


def touches_calendar(changes: ChangeSet) -> bool:
    """Whether ``changes`` may change what the subscription file holds."""
    return any(
        e in CALENDAR_ENTITIES
        for part in (changes.created, changes.updated, changes.deleted)
        for e in part
    )


@dataclass(frozen=True)
class ExportScope:
    """What to export; ``start``/``end`` are days in the owner's zone, both included."""

    group_id: int | None = None
    contact_id: int | None = None
    start: date | None = None
    end: date | None = None
    private: bool = True  # False: summaries only, nothing marked private


@dataclass
class ExportReport:
    events: int = 0
    todos: int = 0
    alarms: int = 0
    zones: list[str] = field(default_factory=list)
    path: str | None = None


def _stamp(stored: str) -> str:
    """UTCDateTime's stored text (``2026-11-23 12:00:00.000000``) as an iCalendar UTC value."""
    return (
        f"{stored[0:4]}{stored[5:7]}{stored[8:10]}T{stored[11:13]}{stored[14:16]}{stored[17:19]}Z"
    )


def _utc(stored: str) -> datetime:
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


def _text(column: Any) -> Any:
    """A UTCDateTime column read as its stored text (parsing it per row costs more than SQL)."""
    return type_coerce(column, String)


def _tzid(zone: str | None) -> dict[str, str]:
    """The TZID parameter for wall times in ``zone``: none when floating or in UTC."""
    return {"TZID": param(zone)} if zone and zone not in _UTC_NAMES else {}


def _wall(wall: datetime, zone: str | None) -> str:
    """``wall`` (naive, in ``zone``) as the DATE-TIME value that goes with :func:`_tzid`."""
    return local_value(wall) + ("Z" if zone in _UTC_NAMES else "")


@dataclass
class _Meeting:
    uid: str
    starts: datetime
    zone: str
    all_day: bool
    duration: int | None
    location: str | None
    subject: str | None
    body: str | None
    private: bool
    created: str
    updated: str
    attendees: list[tuple[str, str, str | None]] = field(default_factory=list)  # uid, name, email
    alarms: list[int] = field(default_factory=list)


@dataclass
class _Task:
    uid: str
    kind: str
    title: str
    notes: str | None
    wall: datetime
    zone: str | None
    all_day: bool
    rrule: str | None
    exdates: list[str]
    status: str
    completed: str | None
    priority: int | None
    private: bool
    created: str
    updated: str
    alarms: list[int] = field(default_factory=list)


@dataclass
class _Date:
    uid: str
    kind: str
    label: str | None
    date: PartialDate
    name: str
    updated: str


class IcalExportService(Service):
    def __init__(self, db: Database, clock: Any, preferences: PreferenceService) -> None:
        super().__init__(db, clock)
        self.preferences = preferences

    # -- files ------------------------------------------------------------------------------------

    def export(
        self, path: Path, scope: ExportScope | None = None, progress: Progress | None = None
    ) -> ExportReport:
        """Write the calendar to ``path`` atomically (owner-only, next to it, never via /tmp)."""
        target = self._target(path)
        try:
            with atomic_writer(target) as out:
                report = self.stream(out, scope or ExportScope(), progress)
        except OSError as exc:
            raise errors.BadInput(where=str(target), reason=exc.strerror or str(exc)) from None
        report.path = str(target)
        return report

    def refresh_subscription(self, progress: Progress | None = None) -> ExportReport | None:
        """Rewrite the subscription file if the owner chose one (``calendar.subscription_file``):
        everything from a year ago on, summaries only unless ``calendar.subscription_private``."""
        chosen = self.preferences.get(SUBSCRIPTION_FILE.key)
        if not isinstance(chosen, str) or not chosen:
            return None
        today = self.now().astimezone(self.clock.zone()).date()
        scope = ExportScope(
            start=today - timedelta(days=SUBSCRIPTION_PAST_DAYS),
            private=bool(self.preferences.get(SUBSCRIPTION_PRIVATE.key)),
        )
        return self.export(Path(chosen), scope, progress)

    def _target(self, path: Path) -> Path:
        target = path.expanduser().resolve()
        if target.is_relative_to(self.db.paths.root.resolve()):
            raise errors.BadInput(
                where=str(target), reason="an export cannot go into the store's own folder"
            )
        if target.is_dir():
            raise errors.BadInput(where=str(target), reason="this is a folder; name a file")
        return target

    def render(self, scope: ExportScope | None = None) -> bytes:
        """The whole calendar in memory (tests, previews)."""
        import io

        buffer = io.BytesIO()
        self.stream(buffer, scope or ExportScope())
        return buffer.getvalue()

    # -- the calendar -----------------------------------------------------------------------------

    def stream(
        self, out: IO[bytes], scope: ExportScope, progress: Progress | None = None
    ) -> ExportReport:
        """Stream the calendar to ``out``; ``progress("export", done, total)`` as it goes."""
        report = ExportReport()
        window = self._window(scope)
        with self.read() as s:
            members = self._members(s, scope)
            meetings = self._meetings(s, scope, window, members)
            tasks = self._tasks(s, scope, window, members)
            dates = self._dates(s, scope, members)
        feb29 = str(self.preferences.get(FEB29.key))
        w = IcsWriter(out)
        w.extend(
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                f"PRODID:-//pcrm//pcrm {__version__}//EN",
                "CALSCALE:GREGORIAN",
                "X-WR-CALNAME:pcrm",
            ]
        )
        # Every zone is defined before its first use: some readers want it so.
        this_year = self.now().year
        for name, (low, high) in sorted(self._zone_years(meetings, tasks).items()):
            w.extend(vtimezone(ZoneInfo(name), low - 1, max(high, this_year) + 2))
            report.zones.append(name)
        total = len(meetings) + len(tasks) + len(dates)
        items: list[Callable[[], None]] = [
            *(lambda x=x: self._meeting(w, x, scope.private, report) for x in meetings),
            *(lambda x=x: self._task(w, x, scope.private, report) for x in tasks),
            *(lambda x=x: self._date(w, x, feb29, report) for x in dates),
        ]
        for done, item in enumerate(items, 1):
            item()
            if done % _CHUNK == 0:
                w.flush()
                if progress is not None:
                    progress("export", done, total)
        w.end("VCALENDAR")
        w.flush()
        if progress is not None:
            progress("export", total, total)
        return report

    @staticmethod
    def _zone_years(meetings: list[_Meeting], tasks: list[_Task]) -> dict[str, tuple[int, int]]:
        """The first and last year each TZID is used in (its VTIMEZONE covers them)."""
        years: dict[str, tuple[int, int]] = {}

        def used(zone: str | None, year: int) -> None:
            if zone is None or zone in _UTC_NAMES:
                return
            low, high = years.get(zone, (year, year))
            years[zone] = (min(low, year), max(high, year))

        for x in meetings:
            if not x.all_day:
                used(x.zone, x.starts.year)
        for t in tasks:
            if not t.all_day:
                used(t.zone, t.wall.year)
                for excluded in t.exdates:
                    used(t.zone, datetime.fromisoformat(excluded).year)
        return years

    def _window(self, scope: ExportScope) -> tuple[datetime | None, datetime | None]:
        """The scope's days as instants in the owner's zone: [start 00:00, day after end 00:00)."""
        zone = self.clock.zone()
        if scope.start and scope.end and scope.end < scope.start:
            raise errors.BadInput(where="date range", reason="the end is before the start")
        low = localize(datetime.combine(scope.start, time()), zone) if scope.start else None
        high = (
            localize(datetime.combine(scope.end + timedelta(days=1), time()), zone)
            if scope.end
            else None
        )
        return low, high

    def _members(self, s: Any, scope: ExportScope) -> Select[Any] | None:
        """The contacts in scope as a subquery, or None for everyone."""
        if scope.contact_id is not None:
            if s.get(m.Contact, scope.contact_id) is None:
                raise errors.NotFound(what="contact", query=f"#{scope.contact_id}")
            return select(m.Contact.id).where(m.Contact.id == scope.contact_id)
        if scope.group_id is not None:
            group = s.get(m.Group, scope.group_id)
            if group is None or group.deleted_at is not None:
                raise errors.NotFound(what="group", query=f"#{scope.group_id}")
            return select(m.GroupMember.contact_id).where(m.GroupMember.group_id == scope.group_id)
        return None

    # -- reading ----------------------------------------------------------------------------------

    def _alarms(self, s: Any, column: Any, owners: Iterable[int]) -> dict[int, list[int]]:
        wanted = set(owners)
        found: dict[int, list[int]] = {}
        stmt = select(column, m.Alarm.minutes_before).where(column.is_not(None))
        for owner, minutes in s.execute(stmt.order_by(m.Alarm.minutes_before)):
            if owner in wanted:
                found.setdefault(owner, []).append(minutes)
        return found

    def _meetings(
        self,
        s: Any,
        scope: ExportScope,
        window: tuple[datetime | None, datetime | None],
        members: Select[Any] | None,
    ) -> list[_Meeting]:
        i, p = m.Interaction, m.InteractionParticipant
        stmt = select(
            i.id,
            i.uid,
            _text(i.starts_at),
            i.time_zone,
            i.all_day,
            i.duration_seconds,
            i.location,
            i.subject,
            i.body,
            i.is_private,
            _text(i.created_at),
            _text(i.updated_at),
        ).where(i.kind == InteractionKind.MEETING.value, i.deleted_at.is_(None))
        if not scope.private:
            stmt = stmt.where(i.is_private.is_(False))
        low, high = window
        if low is not None:
            stmt = stmt.where(i.starts_at >= low)
        if high is not None:
            stmt = stmt.where(i.starts_at < high)
        if members is not None:
            stmt = stmt.where(exists().where(p.interaction_id == i.id, p.contact_id.in_(members)))
        by_id: dict[int, _Meeting] = {}
        for row in s.execute(stmt.order_by(i.starts_at, i.id)):
            by_id[row[0]] = _Meeting(
                uid=row[1],
                starts=_utc(row[2]),
                zone=row[3],
                all_day=row[4],
                duration=row[5],
                location=row[6],
                subject=row[7],
                body=row[8],
                private=row[9],
                created=_stamp(row[10]),
                updated=_stamp(row[11]),
            )
        if not by_id:
            return []
        if scope.private:
            self._attendees(s, by_id, stmt.with_only_columns(i.id).order_by(None))
        for owner, minutes in self._alarms(s, m.Alarm.interaction_id, by_id).items():
            by_id[owner].alarms = minutes
        return list(by_id.values())

    def _attendees(self, s: Any, by_id: dict[int, _Meeting], chosen: Any) -> None:
        p, c, f = m.InteractionParticipant, m.Contact, m.ContactField
        rows = s.execute(
            select(p.interaction_id, c.id, c.uid, c.display_name)
            .join(c, c.id == p.contact_id)
            .where(p.interaction_id.in_(chosen.scalar_subquery()))
            .order_by(p.interaction_id, c.sort_key, c.id)
        ).all()
        emails: dict[int, str] = {}
        wanted = {row[1] for row in rows}
        for contact_id, value in s.execute(
            select(f.contact_id, f.value)
            .where(f.kind == FieldKind.EMAIL.value)
            .order_by(f.contact_id, f.is_preferred.desc(), f.position)
        ):
            if contact_id in wanted:
                emails.setdefault(contact_id, value)
        for interaction_id, contact_id, uid, name in rows:
            by_id[interaction_id].attendees.append((uid, name, emails.get(contact_id)))

    def _tasks(
        self,
        s: Any,
        scope: ExportScope,
        window: tuple[datetime | None, datetime | None],
        members: Select[Any] | None,
    ) -> list[_Task]:
        t, tc = m.Task, m.TaskContact
        stmt = select(
            t.id,
            t.uid,
            t.kind,
            t.title,
            t.notes,
            t.starts_local,
            t.time_zone,
            t.all_day,
            t.rrule,
            t.exdates,
            t.status,
            _text(t.completed_at),
            t.priority,
            t.is_private,
            _text(t.created_at),
            _text(t.updated_at),
        ).where(t.deleted_at.is_(None), t.starts_local.is_not(None))
        if not scope.private:
            stmt = stmt.where(t.is_private.is_(False))
        if members is not None:
            stmt = stmt.where(exists().where(tc.task_id == t.id, tc.contact_id.in_(members)))
        low, high = window
        by_id: dict[int, _Task] = {}
        for row in s.execute(stmt.order_by(t.id)):
            task = _Task(
                row[1],
                row[2],
                row[3],
                row[4],
                datetime.fromisoformat(row[5]),
                row[6],
                row[7],
                row[8],
                [str(x) for x in row[9] or []],
                row[10],
                _stamp(row[11]) if row[11] else None,
                row[12],
                row[13],
                _stamp(row[14]),
                _stamp(row[15]),
            )
            if (low is None and high is None) or self._occurs(task, low, high):
                by_id[row[0]] = task
        for owner, minutes in self._alarms(s, m.Alarm.task_id, by_id).items():
            by_id[owner].alarms = minutes
        return list(by_id.values())

    def _occurs(self, task: _Task, low: datetime | None, high: datetime | None) -> bool:
        zone = self.clock.zone() if task.zone is None else ZoneInfo(task.zone)
        after = low or datetime(1, 1, 2, tzinfo=UTC)
        found = occurrences(task.rrule, task.wall, zone, after)
        return bool(found) and (high is None or found[0] < high)

    def _dates(self, s: Any, scope: ExportScope, members: Select[Any] | None) -> list[_Date]:
        d, c = m.ImportantDate, m.Contact
        stmt = (
            select(
                d.uid, d.kind, d.label, d.year, d.month, d.day, c.display_name, _text(c.updated_at)
            )
            .join(c, c.id == d.contact_id)
            .where(d.remind.is_(True), c.deleted_at.is_(None), c.is_archived.is_(False))
        )
        if members is not None:
            stmt = stmt.where(c.id.in_(members))
        found = [
            _Date(uid, kind, label, PartialDate(month, day_, year), name, _stamp(updated))
            for uid, kind, label, year, month, day_, name, updated in s.execute(
                stmt.order_by(c.sort_key, d.position, d.id)
            )
        ]
        if scope.start is None and scope.end is None:
            return found
        feb29 = str(self.preferences.get(FEB29.key))
        return [x for x in found if self._date_in(x.date, scope, feb29)]

    @staticmethod
    def _date_in(day: PartialDate, scope: ExportScope, feb29: str) -> bool:
        first = max(scope.start.year if scope.start else day.year or YEARLESS_START, day.year or 0)
        last = scope.end.year if scope.end else first + 1
        for year in range(first, last + 1):
            on = day.in_year(year, feb29)
            if (scope.start is None or on >= scope.start) and (
                scope.end is None or on <= scope.end
            ):
                return True
        return False

    # -- writing ----------------------------------------------------------------------------------

    @staticmethod
    def _common(w: IcsWriter, uid: str, updated: str, created: str | None = None) -> None:
        w.text("UID", uid)
        w.prop("DTSTAMP", updated)
        if created:
            w.prop("CREATED", created)
        w.prop("LAST-MODIFIED", updated)

    @staticmethod
    def _alarm_lines(w: IcsWriter, minutes: list[int], summary: str, report: ExportReport) -> None:
        for before in minutes:
            w.begin("VALARM")
            w.prop("ACTION", "DISPLAY")
            w.prop("TRIGGER", minutes_before(before))
            w.text("DESCRIPTION", summary)
            w.end("VALARM")
        report.alarms += len(minutes)

    def _meeting(self, w: IcsWriter, x: _Meeting, private: bool, report: ExportReport) -> None:
        zone = ZoneInfo(x.zone)
        local = x.starts.astimezone(zone)
        names = ", ".join(name for _, name, _ in x.attendees)
        summary = x.subject or (f"Meeting with {names}" if names else "Meeting")
        w.begin("VEVENT")
        self._common(w, x.uid, x.updated, x.created)
        if x.all_day:
            days = max(1, -(-(x.duration or 0) // 86400))
            w.prop("DTSTART", date_value(local.date()), {"VALUE": "DATE"})
            w.prop("DTEND", date_value(local.date() + timedelta(days=days)), {"VALUE": "DATE"})
        else:
            tz = _tzid(x.zone)
            w.prop("DTSTART", _wall(local.replace(tzinfo=None), x.zone), tz)
            if x.duration:
                end = (x.starts + timedelta(seconds=x.duration)).astimezone(zone)
                w.prop("DTEND", _wall(end.replace(tzinfo=None), x.zone), tz)
        w.text("SUMMARY", summary)
        if private:
            if x.body:
                w.text("DESCRIPTION", x.body)
            if x.location:
                w.text("LOCATION", x.location)
            for uid, name, email in x.attendees:
                address = f"mailto:{email}" if email else f"urn:uuid:{uid}"
                w.prop("ATTENDEE", address, {"CUTYPE": "INDIVIDUAL", "CN": param(name)})
            if x.private:
                w.prop("CLASS", "PRIVATE")
        self._alarm_lines(w, x.alarms, summary, report)
        w.end("VEVENT")
        report.events += 1

    def _task(self, w: IcsWriter, x: _Task, private: bool, report: ExportReport) -> None:
        component = "VTODO" if x.kind == TaskKind.TASK.value else "VEVENT"
        w.begin(component)
        self._common(w, x.uid, x.updated, x.created)
        if x.all_day:
            start, params = date_value(x.wall.date()), {"VALUE": "DATE"}
        else:
            start, params = _wall(x.wall, x.zone), _tzid(x.zone)
        w.prop("DTSTART", start, params)
        if component == "VTODO":
            w.prop("DUE", start, params)  # a recurring to-do needs DUE; it repeats with DTSTART
            w.prop("STATUS", _TODO_STATUS.get(x.status, "NEEDS-ACTION"))
            if x.completed and x.status == TaskStatus.DONE.value:
                w.prop("COMPLETED", x.completed)
            if x.priority is not None and 0 <= x.priority <= 9:
                w.prop("PRIORITY", str(x.priority))
        elif x.status in (TaskStatus.DISMISSED.value, TaskStatus.CANCELLED.value):
            w.prop("STATUS", "CANCELLED")
        if x.rrule:
            w.prop("RRULE", self._rule(x))
            for excluded in x.exdates:
                wall = datetime.fromisoformat(excluded)
                value = date_value(wall.date()) if x.all_day else _wall(wall, x.zone)
                w.prop("EXDATE", value, params)
        w.text("SUMMARY", x.title)
        if private:
            if x.notes:
                w.text("DESCRIPTION", x.notes)
            if x.private:
                w.prop("CLASS", "PRIVATE")
        self._alarm_lines(w, x.alarms, x.title, report)
        w.end(component)
        if component == "VTODO":
            report.todos += 1
        else:
            report.events += 1

    @staticmethod
    def _rule(x: _Task) -> str:
        """The stored rule with UNTIL in DTSTART's value type (RFC 5545 3.3.10): a date for an
        all-day start, UTC for a zoned one, wall time for a floating one.  pcrm reads a stored
        UNTIL as wall time in the task's zone, so that instant is what is written."""
        parts = []
        for part in x.rrule.split(";") if x.rrule else []:
            key, _, value = part.partition("=")
            if key == "UNTIL":
                wall = datetime.fromisoformat(value.rstrip("Z"))
                if x.all_day:
                    value = date_value(wall.date())
                elif x.zone is None:
                    value = local_value(wall)
                else:
                    value = utc_value(localize(wall, ZoneInfo(x.zone)))
            parts.append(f"{key}={value}")
        return ";".join(parts)

    def _date(self, w: IcsWriter, x: _Date, feb29: str, report: ExportReport) -> None:
        year = x.date.year or YEARLESS_START
        what = x.label or {DateKind.BIRTHDAY.value: "birthday"}.get(x.kind, x.kind)
        rule = "FREQ=YEARLY"
        if (x.date.month, x.date.day) == (2, 29):
            rule += ";BYYEARDAY=60" if feb29 == "mar1" else ";BYMONTH=2;BYMONTHDAY=-1"
        w.begin("VEVENT")
        self._common(w, x.uid, x.updated)
        w.prop("DTSTART", date_value(date(year, x.date.month, x.date.day)), {"VALUE": "DATE"})
        w.prop("RRULE", rule)
        w.text("SUMMARY", f"{x.name}: {what}")
        w.prop("TRANSP", "TRANSPARENT")
        w.prop("CATEGORIES", escape_text(x.kind.upper()))
        w.end("VEVENT")
        report.events += 1
