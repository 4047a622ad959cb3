"""Times as people type them on the command line or in quick capture.

``now``, ``today 14:00``, ``tomorrow 9:00``, ``yesterday``, ``14:30`` (today), ``in 2 weeks``,
``2 hours ago``, ISO 8601 (``2026-11-23T14:00``, with or without an offset).  A time without an
offset is wall time in the owner's zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from dateutil import parser as dateparser
from dateutil.relativedelta import relativedelta

from pcrm.clock import Clock

_RELATIVE = re.compile(
    r"^(?:in\s+)?(\d+)\s*(minute|min|hour|day|week|month|year)s?(\s+ago)?$", re.IGNORECASE
)
_DAYWORD = re.compile(r"^(today|tomorrow|yesterday)(?:\s+(?:at\s+)?(.+))?$", re.IGNORECASE)
_UNITS = {
    "minute": relativedelta(minutes=1),
    "min": relativedelta(minutes=1),
    "hour": relativedelta(hours=1),
    "day": relativedelta(days=1),
    "week": relativedelta(weeks=1),
    "month": relativedelta(months=1),
    "year": relativedelta(years=1),
}


@dataclass(frozen=True)
class When:
    """An instant (aware), whether only a date was given, and whether the text named a wall
    clock time without an offset ("tomorrow 9:00", "2026-12-01T09:00") rather than an instant
    ("now", "in 2 hours", "…T09:00Z") — a reminder pinned to another zone keeps the former's
    wall time and converts the latter."""

    at: datetime
    date_only: bool = False
    wall: bool = False

    def wall_in(self, zone: tzinfo) -> datetime:
        """The naive wall time this means in ``zone``."""
        if self.wall:
            return self.at.replace(tzinfo=None)
        return self.at.astimezone(zone).replace(tzinfo=None)


def localize(wall: datetime, zone: tzinfo) -> datetime:
    """Wall time in ``zone``; a time in a spring-forward gap moves forward past the gap."""
    aware = wall.replace(tzinfo=zone, fold=0)
    # zoneinfo gives a nonexistent time the offset from before the gap; a round trip through
    # UTC lands it on the same instant written after the gap (02:30 -> 03:30).
    return aware.astimezone(UTC).astimezone(zone)


def _clock_time(text: str) -> time:
    """ "14:30", "9am", and a bare "9" as an hour (dateutil would read it as a day)."""
    bare = text.strip()
    if bare.isdigit() and int(bare) < 24:
        return time(int(bare), 0)
    parsed = dateparser.parse(bare, default=datetime(2000, 1, 1))
    return parsed.time()


_ELAPSED = {"minute", "min", "hour"}  # real time passes; days and up step the calendar
_DATE_DEFAULTS = (datetime(2000, 1, 1, 3, 17), datetime(2000, 1, 1, 21, 43))


def _parse_free(value: str, now: datetime) -> tuple[datetime, bool]:
    """dateutil's reading of free text, and whether it named no time of day (then 09:00)."""
    base = now.replace(tzinfo=None, second=0, microsecond=0)
    first, second = (
        dateparser.parse(value, default=base.replace(hour=d.hour, minute=d.minute))
        for d in _DATE_DEFAULTS
    )
    if first.time() != second.time():  # the time came from the default: none was typed
        return first.replace(hour=9, minute=0), True
    return first, False


def parse_when(text: str, clock: Clock) -> When:
    value = text.strip()
    zone = clock.zone()
    now = clock.now().astimezone(zone)
    if not value:
        raise ValueError("empty time")
    lower = value.lower()
    if lower == "now":
        return When(now)
    if m := _RELATIVE.match(lower):
        step = _UNITS[m[2]] * int(m[1])
        if m[2] in _ELAPSED:  # "in 2 hours" is two hours from now even across a DST change
            utc = now.astimezone(UTC)
            return When((utc - step if m[3] else utc + step).astimezone(zone))
        wall = now.replace(tzinfo=None)
        return When(localize(wall - step if m[3] else wall + step, zone))
    if m := _DAYWORD.match(lower):
        day: date = now.date() + timedelta(days={"today": 0, "tomorrow": 1, "yesterday": -1}[m[1]])
        if m[2] is None:
            return When(
                localize(datetime.combine(day, time(9, 0)), zone), date_only=True, wall=True
            )
        return When(localize(datetime.combine(day, _clock_time(m[2])), zone), wall=True)
    try:
        parsed = dateparser.isoparse(value)
        date_only = len(value) <= 10
        if date_only:
            parsed = parsed.replace(hour=9)
    except ValueError:
        try:
            parsed, date_only = _parse_free(value, now)
        except (ValueError, OverflowError):
            raise ValueError(
                f"{text!r} is not a time "
                "(try 'now', 'today 14:00', 'in 2 days' or 2026-11-23T14:00)"
            ) from None
    if parsed.tzinfo is None:
        return When(localize(parsed, zone), date_only=date_only, wall=True)
    return When(parsed.astimezone(UTC), date_only=date_only)
