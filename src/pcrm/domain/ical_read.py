"""Reading meetings out of an iCalendar file: every VEVENT, recurring ones expanded, as values.

``icalendar`` parses (after :mod:`pcrm.domain.ical_lines` has checked and repaired the lines),
``x-wr-timezone`` turns Google's ``X-WR-TIMEZONE`` into standard TZIDs, and
``recurring-ical-events`` expands RRULE/RDATE with EXDATE and RECURRENCE-ID overrides
(``RANGE=THISANDFUTURE`` too) — the same library the tests use to check pcrm's own exports.

A timeline records what happened, so a recurring meeting lands as its occurrences from the
start up to now: at most :data:`MAX_OCCURRENCES` per series, the latest ones, and the rest
reported.  Occurrences still to come are left for a later import of the same file, which then
adds them (and updates the ones it has, by UID and RECURRENCE-ID).  A single meeting is taken
whatever its date: a planned meeting belongs in the timeline too.

Times: a zone the file names (IANA, Windows via CLDR's windowsZones in ``icalendar``, or defined
by a VTIMEZONE) places the instant; floating times and all-day dates are the owner's.  The zone
stored with a meeting is the IANA one when there is one, else the owner's.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from datetime import time as clock_time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import recurring_ical_events
import x_wr_timezone
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from pcrm import errors
from pcrm.domain import ical_lines
from pcrm.domain.phones import normalise_email
from pcrm.domain.timeparse import localize

MAX_OCCURRENCES = 500  # per series, the latest before now
MAX_EXPANDED = 20_000  # occurrences looked at per series before it is called too long
MAX_MEETINGS = 20_000  # per file
ORGANIZER, ATTENDEE = "organizer", "attendee"
_NOT_PEOPLE = {"RESOURCE", "ROOM"}
_EARLIEST = datetime(1, 1, 2)  # recurring_ical_events cannot look before year 1
_NOT_MEETINGS = {
    "VTODO": "a task (VTODO); only meetings are imported",
    "VJOURNAL": "a journal entry (VJOURNAL); only meetings are imported",
    "VFREEBUSY": "free/busy times (VFREEBUSY); only meetings are imported",
    "VALARM": "an alarm outside of any event; only meetings are imported",
}


@dataclass(frozen=True)
class Person:
    """Someone named by ATTENDEE or ORGANIZER."""

    email: str | None  # normalised
    name: str | None
    role: str

    @property
    def key(self) -> str:
        return self.email or f"name:{(self.name or '').casefold()}"


@dataclass(frozen=True)
class Meeting:
    source_uid: str  # the event's UID, and ``|RECURRENCE-ID`` for an occurrence of a series
    starts_at: datetime  # UTC
    time_zone: str  # IANA
    all_day: bool
    duration: timedelta | None
    subject: str | None
    body: str | None
    location: str | None
    people: tuple[Person, ...]


@dataclass(frozen=True)
class Skipped:
    what: str  # shown to the owner: the component and its summary
    reason: str


@dataclass
class ReadCalendar:
    meetings: list[Meeting] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was guessed, for the owner to see


@dataclass
class _Context:
    where: str
    now: datetime
    owner_zone: tzinfo
    deadline: float
    cancelled: Callable[[], bool]
    zone_names: dict[str, str]
    timezones: list[icalendar.Component]

    def tick(self) -> None:
        if self.cancelled():
            raise errors.ImportCancelled()
        if time.monotonic() > self.deadline:
            raise errors.BadInput(
                where=self.where, reason="reading this file takes too long (too many events)"
            )

    @property
    def owner_zone_name(self) -> str:
        return str(getattr(self.owner_zone, "key", None) or "UTC")


def read(
    data: bytes,
    where: str,
    *,
    now: datetime,
    owner_zone: tzinfo,
    budget_seconds: float = 20.0,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> ReadCalendar:
    """The meetings in ``data`` (the bytes of the file named ``where``); BadInput when the file
    cannot be read, ImportCancelled when ``cancelled`` said so."""
    deadline = time.monotonic() + budget_seconds
    checked = ical_lines.check(data, where, cancelled)
    calendars = _parse(checked, where)
    ctx = _Context(where, now, owner_zone, deadline, cancelled, checked.zone_names, [])
    result = ReadCalendar()
    for calendar in calendars:
        _read_calendar(calendar, ctx, result, progress)
    return result


def _parse(checked: ical_lines.Checked, where: str) -> list[icalendar.Component]:
    try:
        calendars = icalendar.Calendar.from_ical(checked.text, multiple=True)
    # Untrusted input into a third-party parser: whatever it raises means "cannot be read".
    except Exception as exc:  # noqa: BLE001
        raise errors.BadInput(
            where=_where_value(checked, str(exc), where), reason=_fault(exc)
        ) from None
    for calendar in calendars:
        for component in calendar.walk():
            for prop, _message in component.errors:
                line = checked.first_line.get(str(prop or "").upper())
                raise errors.BadInput(
                    where=errors.where(where, component.name, line),
                    reason=f"{prop or 'a line'} cannot be read",
                )
    return list(calendars)


def _fault(exc: Exception) -> str:
    if isinstance(exc, RecursionError | MemoryError):
        return "the file is too complex to read"
    return "a value cannot be read as iCalendar"


def _where_value(checked: ical_lines.Checked, message: str, where: str) -> str:
    """The line of the value an ``icalendar`` message quotes at its end, when it can be found."""
    quoted = message.rsplit(":", 1)[-1].strip().strip("'\"")
    if len(quoted) >= 4:
        for number, line in enumerate(checked.text.split("\r\n"), start=1):
            if quoted in line.split(":", 1)[-1]:
                return errors.where(where, line.split(";", 1)[0].split(":", 1)[0], number)
    return where


def _read_calendar(
    calendar: icalendar.Component,
    ctx: _Context,
    result: ReadCalendar,
    progress: Callable[[int, int], None],
) -> None:
    try:
        calendar = x_wr_timezone.to_standard(calendar)
    except (ValueError, KeyError, ZoneInfoNotFoundError):
        result.notes.append("X-WR-TIMEZONE names no known zone; times were read as written")
    ctx.timezones = list(calendar.walk("VTIMEZONE"))
    groups = _groups(calendar, result)
    for done, (uid, components) in enumerate(groups.items()):
        ctx.tick()
        progress(done, len(groups))
        _read_series(uid, components, ctx, result)
        if len(result.meetings) > MAX_MEETINGS:
            raise errors.BadInput(
                where=ctx.where, reason=f"more than {MAX_MEETINGS} meetings in one file"
            )


def _groups(calendar: icalendar.Component, result: ReadCalendar) -> dict[str, list[Any]]:
    """The VEVENTs by UID, in file order; what is not an event goes to ``skipped``."""
    groups: dict[str, list[Any]] = {}
    for component in calendar.subcomponents:
        name = str(component.name).upper()
        if name == "VEVENT":
            groups.setdefault(_uid(component), []).append(component)
        elif name in _NOT_MEETINGS:
            result.skipped.append(Skipped(_label(component), _NOT_MEETINGS[name]))
        elif name != "VTIMEZONE":
            result.skipped.append(Skipped(name, "not a meeting"))
    return groups


def _uid(event: Any) -> str:
    uid = str(event.get("UID", "")).strip()
    if uid:
        return uid
    # No UID: one made of what the event says, so that importing the file again finds it.
    basis = (
        f"{event.get('DTSTART').to_ical() if 'DTSTART' in event else ''}|{_text(event, 'SUMMARY')}"
    )
    return "pcrm-" + hashlib.sha256(basis.encode()).hexdigest()[:32]


def _label(component: Any) -> str:
    summary = _text(component, "SUMMARY")
    return f"{component.name} {summary!r}" if summary else str(component.name)


def _text(component: Any, name: str) -> str | None:
    value = component.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _read_series(uid: str, components: list[Any], ctx: _Context, result: ReadCalendar) -> None:
    masters = [c for c in components if "RECURRENCE-ID" not in c]
    if len(masters) > 1:
        masters.sort(key=_sequence)
        for older in masters[:-1]:
            result.skipped.append(
                Skipped(_label(older), "an older version of an event later in the file")
            )
        components = [c for c in components if c not in masters[:-1]]
    for component in components:
        if "DTSTART" not in component:
            result.skipped.append(Skipped(_label(component), "no start time (DTSTART)"))
            return
        if isinstance(component["DTSTART"], list):
            result.skipped.append(Skipped(_label(component), "more than one start (DTSTART)"))
            return
    master = masters[-1] if masters else components[0]
    if str(master.get("STATUS", "")).upper() == "CANCELLED":
        result.skipped.append(Skipped(_label(master), "cancelled"))
        return
    recurring = any(k in master for k in ("RRULE", "RDATE")) or len(components) > 1
    if not recurring:
        result.meetings.append(_meeting(master, uid, uid, ctx))
        return
    _expand(uid, components, master, ctx, result)


def _sequence(component: Any) -> tuple[int, str]:
    try:
        sequence = int(str(component.get("SEQUENCE", 0)))
    except ValueError:
        sequence = 0
    return sequence, str(component.get("LAST-MODIFIED", ""))


def _expand(
    uid: str, components: list[Any], master: Any, ctx: _Context, result: ReadCalendar
) -> None:
    series = icalendar.Calendar()
    for zone in ctx.timezones:
        series.add_component(zone)
    for component in components:
        series.add_component(component)
    kept: deque[Meeting] = deque(maxlen=MAX_OCCURRENCES)
    seen = cancelled = 0
    try:
        for key, occurrence in _occurrences(uid, series, components, ctx):
            meeting = _meeting(occurrence, uid, key, ctx)
            if meeting.starts_at > ctx.now:
                break
            seen += 1
            if seen > MAX_EXPANDED:
                result.skipped.append(
                    Skipped(_label(master), f"more than {MAX_EXPANDED} occurrences before today")
                )
                return
            if str(occurrence.get("STATUS", "")).upper() == "CANCELLED":
                cancelled += 1
            else:
                kept.append(meeting)
    except (ValueError, TypeError, icalendar.InvalidCalendar, OverflowError):
        result.skipped.append(Skipped(_label(master), "its repeat rule cannot be read"))
        return
    if not kept:
        result.skipped.append(
            Skipped(_label(master), "a recurring meeting with no occurrence before today")
        )
        return
    if seen - cancelled > len(kept):
        result.notes.append(
            f"{_label(master)}: only the latest {len(kept)} of {seen - cancelled} "
            "occurrences are imported"
        )
    result.meetings.extend(kept)


def _occurrences(
    uid: str, series: icalendar.Calendar, components: list[Any], ctx: _Context
) -> Iterator[tuple[str, Any]]:
    """The series in time order, window by window.  ``recurring_ical_events``' own ``after``
    narrows its window to 15 minutes around every occurrence (seconds per thousand); here a
    window grows while it holds few occurrences and shrinks while it holds many, so a daily
    meeting since 2009 takes a few calls per year and a rule that repeats every second cannot
    make one call enormous."""
    starts = [c[k].dt for c in components for k in ("DTSTART", "RECURRENCE-ID") if k in c]
    cursor = max(min(_naive_day(s) for s in starts) - timedelta(days=2), _EARLIEST)
    until = _naive_day(ctx.now) + timedelta(days=2)
    query = recurring_ical_events.of(series, components=["VEVENT"])
    span, done = timedelta(hours=1), set[str]()
    while cursor < until:
        ctx.tick()
        end = min(cursor + span, until)
        found = {_occurrence_uid(uid, c, components): c for c in query.between(cursor, end)}
        for key in done & found.keys():
            del found[key]
        for key, component in sorted(found.items(), key=lambda kc: _naive_day(kc[1]["DTSTART"].dt)):
            done.add(key)
            yield key, component
        cursor = end
        if len(found) < 20:
            span *= 4
        elif len(found) > 200:
            span /= 2
        span = min(span, timedelta(days=3650 * 50))


def _naive_day(value: date) -> datetime:
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
    return datetime.combine(value, clock_time())


def _occurrence_uid(uid: str, occurrence: Any, components: list[Any]) -> str:
    """``UID|RECURRENCE-ID``: what names one occurrence across imports of a changing file."""
    rid = occurrence.get("RECURRENCE-ID") or occurrence["DTSTART"]
    value = rid.dt
    if str(rid.params.get("RANGE", "")).upper() == "THISANDFUTURE":
        # recurring_ical_events gives every occurrence after a THISANDFUTURE change that
        # change's RECURRENCE-ID; each one's own is its start less the change's shift.
        source = next(
            (c for c in components if "RECURRENCE-ID" in c and c["RECURRENCE-ID"].dt == value),
            None,
        )
        if source is not None:
            value = occurrence["DTSTART"].dt - (source["DTSTART"].dt - value)
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return f"{uid}|{value.astimezone(UTC):%Y%m%dT%H%M%SZ}"
        return f"{uid}|{value:%Y%m%dT%H%M%S}"
    return f"{uid}|{value:%Y%m%d}"


def _meeting(event: Any, uid: str, source_uid: str, ctx: _Context) -> Meeting:
    start = event["DTSTART"].dt
    all_day = not isinstance(start, datetime)
    starts_at = _instant(start, ctx.owner_zone)
    zone = ctx.owner_zone_name if all_day else _zone_label(event["DTSTART"], start, ctx)
    return Meeting(
        source_uid=source_uid,
        starts_at=starts_at,
        time_zone=zone,
        all_day=all_day,
        duration=_duration(event, starts_at, all_day, ctx.owner_zone),
        subject=_text(event, "SUMMARY"),
        body=_text(event, "DESCRIPTION"),
        location=_text(event, "LOCATION"),
        people=_people(event),
    )


def _instant(value: date, owner_zone: tzinfo) -> datetime:
    if not isinstance(value, datetime):
        return localize(datetime.combine(value, clock_time()), owner_zone).astimezone(UTC)
    if value.tzinfo is None:  # floating: the owner's wall time
        return localize(value, owner_zone).astimezone(UTC)
    return value.astimezone(UTC)


def _duration(
    event: Any, starts_at: datetime, all_day: bool, owner_zone: tzinfo
) -> timedelta | None:
    if "DTEND" in event:
        length = _instant(event["DTEND"].dt, owner_zone) - starts_at
    elif "DURATION" in event and isinstance(event["DURATION"].dt, timedelta):
        length = event["DURATION"].dt
    else:
        return timedelta(days=1) if all_day else None
    return length if length >= timedelta(0) else None


def _zone_label(prop: Any, start: datetime, ctx: _Context) -> str:
    """The IANA name of the zone a time was written in; the owner's when there is none."""
    if start.tzinfo is None or (start.utcoffset() == timedelta(0) and _is_utc(start.tzinfo)):
        return ctx.owner_zone_name
    key = getattr(start.tzinfo, "key", None)
    if key:
        return str(key)
    tzid = str(prop.params.get("TZID", ""))
    written = ctx.zone_names.get(tzid, tzid)
    # the name as written, a Windows name (CLDR windowsZones), a global ID /vendor/Area/City
    parts = written.strip("/").split("/")
    guesses = [written, WINDOWS_TO_OLSON.get(written, "")]
    guesses += ["/".join(parts[i:]) for i in range(1, len(parts) - 1)]
    for candidate in guesses:
        try:
            return ZoneInfo(candidate).key
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return ctx.owner_zone_name


def _is_utc(zone: tzinfo) -> bool:
    return zone is UTC or getattr(zone, "key", None) in ("UTC", "Etc/UTC")


def _people(event: Any) -> tuple[Person, ...]:
    found: dict[str, Person] = {}
    for role, name in ((ORGANIZER, "ORGANIZER"), (ATTENDEE, "ATTENDEE")):
        values = event.get(name, [])
        for value in values if isinstance(values, list) else [values]:
            person = _person(value, role)
            if person is not None:
                found.setdefault(person.key, person)
    return tuple(found.values())


def _person(address: Any, role: str) -> Person | None:
    params = getattr(address, "params", {})
    if str(params.get("CUTYPE", "")).upper() in _NOT_PEOPLE:
        return None
    value = str(address).strip()
    email = None
    if value.lower().startswith("mailto:"):
        email = normalise_email(value[7:]) or None
    elif re.fullmatch(r"[^@\s:]+@[^@\s]+", value):
        email = normalise_email(value)
    name = str(params.get("CN", "")).strip().strip("'\"").strip() or None
    if name is not None and email is not None and normalise_email(name) == email:
        name = None
    if email is None and name is None:
        return None
    return Person(email, name, role)
