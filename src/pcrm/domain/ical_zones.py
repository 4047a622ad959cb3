"""VTIMEZONE components generated from the zoneinfo database, for every TZID an export uses.

The transitions of the years an export spans are found by stepping a day at a time and then
bisecting to the second.  The longest tail of them that repeats every year on a fixed rule
("last Sunday of March at 03:00") becomes a STANDARD and a DAYLIGHT observance with an open
``RRULE``, so recurring items stay right past the exported years; earlier, irregular transitions
are listed as ``RDATE``s.  A first observance at the start of the span states the offset in force
before the first transition, so no exported time falls before every observance.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from pcrm.domain.ical_write import escape_text, local_value, offset_value

_DAY = timedelta(days=1)
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class _State:
    offset: int  # seconds east of UTC
    dst: bool
    name: str


@dataclass(frozen=True)
class _Transition:
    wall: datetime  # naive local time of the change, read with the offset before it
    before: _State
    after: _State

    @property
    def key(self) -> tuple[int, int, bool, str]:
        return (self.before.offset, self.after.offset, self.after.dst, self.after.name)

    def rule(self) -> tuple[int, int, object, int]:
        """(month, weekday, time, nth): nth is -1 for the last such weekday of the month."""
        w = self.wall
        last = w.day + 7 > calendar.monthrange(w.year, w.month)[1]
        return (w.month, w.weekday(), w.time(), -1 if last else (w.day - 1) // 7 + 1)


def _state(zone: ZoneInfo, instant: datetime) -> _State:
    local = instant.astimezone(zone)
    offset, dst = local.utcoffset(), local.dst()
    assert offset is not None
    return _State(int(offset.total_seconds()), bool(dst), local.tzname() or "")


def _transitions(zone: ZoneInfo, start: datetime, end: datetime) -> list[_Transition]:
    found: list[_Transition] = []
    cursor, state = start, _state(zone, start)
    while cursor < end:
        following = cursor + _DAY
        changed = _state(zone, following)
        if changed != state:
            low, high = cursor, following  # the change happens in (low, high]
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                low, high = (low, middle) if _state(zone, middle) != state else (middle, high)
            wall = (high + timedelta(seconds=state.offset)).replace(tzinfo=None, microsecond=0)
            found.append(_Transition(wall, state, changed))
            state = changed
        cursor = following
    return found


def _regular(tail: list[_Transition]) -> bool:
    """Whether ``tail`` alternates two yearly changes, each on one fixed rule."""
    by_key: dict[tuple[int, int, bool, str], list[_Transition]] = {}
    for t in tail:
        by_key.setdefault(t.key, []).append(t)
    if len(by_key) != 2 or any(len(items) < 2 for items in by_key.values()):
        return False
    for items in by_key.values():
        rules = {t.rule() for t in items}
        if len({r[:3] for r in rules}) != 1 or len({r[3] for r in rules}) != 1:
            return False
        years = [t.wall.year for t in items]
        if years != list(range(years[0], years[0] + len(years))):
            return False
    return True


def _observance(t: _Transition, extra: list[str]) -> list[str]:
    kind = "DAYLIGHT" if t.after.dst else "STANDARD"
    lines = [
        f"BEGIN:{kind}",
        f"DTSTART:{local_value(t.wall)}",
        f"TZOFFSETFROM:{offset_value(t.before.offset)}",
        f"TZOFFSETTO:{offset_value(t.after.offset)}",
        *extra,
    ]
    if t.after.name:
        lines.append(f"TZNAME:{escape_text(t.after.name)}")
    return [*lines, f"END:{kind}"]


def vtimezone(zone: ZoneInfo, first_year: int, last_year: int) -> list[str]:
    """The unfolded lines of a VTIMEZONE for ``zone`` valid over ``first_year``..``last_year``."""
    start = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    changes = _transitions(zone, start, end)
    initial = _state(zone, start)
    opening = _Transition(
        (start + timedelta(seconds=initial.offset)).replace(tzinfo=None), initial, initial
    )
    lines = ["BEGIN:VTIMEZONE", f"TZID:{zone.key}"]
    lines += _observance(opening, [])
    tail_start = next((i for i in range(len(changes)) if _regular(changes[i:])), len(changes))
    grouped: dict[tuple[int, int, bool, str], list[_Transition]] = {}
    for t in changes[:tail_start]:
        grouped.setdefault(t.key, []).append(t)
    for first, *rest in grouped.values():
        lines += _observance(first, [f"RDATE:{local_value(t.wall)}" for t in rest])
    seen: set[tuple[int, int, bool, str]] = set()
    for t in changes[tail_start:]:
        if t.key in seen:
            continue
        seen.add(t.key)
        month, weekday, _, nth = t.rule()
        rrule = f"RRULE:FREQ=YEARLY;BYMONTH={month};BYDAY={nth}{_WEEKDAYS[weekday]}"
        lines += _observance(t, [rrule])
    return [*lines, "END:VTIMEZONE"]
