"""Durations as people type them: ``30m``, ``1h30m``, ``1h30``, ``1:30``, ``90`` (minutes),
``2h``."""

from __future__ import annotations

import re
from datetime import timedelta

_PART = re.compile(
    r"(\d+(?:\.\d+)?)\s*(hours?|hrs|hr|h|minutes?|mins|min|m|seconds?|secs|sec|s|days?|d)",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"^(\d+):(\d{2})$")
_HOURS_MINUTES = re.compile(r"^(\d+)\s*h\s*(\d{1,2})$")  # "1h30": the minutes go unsaid


def parse_duration(text: str) -> timedelta:
    value = text.strip().lower()
    if not value:
        raise ValueError("empty duration")
    if value.isdigit():
        return timedelta(minutes=int(value))
    if m := _CLOCK.match(value) or _HOURS_MINUTES.match(value):
        return timedelta(hours=int(m[1]), minutes=int(m[2]))
    total = timedelta()
    consumed = 0
    for m in _PART.finditer(value):
        if value[consumed : m.start()].strip():
            break
        amount = float(m[1])
        unit = m[2][0]
        total += {
            "h": timedelta(hours=amount),
            "m": timedelta(minutes=amount),
            "s": timedelta(seconds=amount),
            "d": timedelta(days=amount),
        }[unit]
        consumed = m.end()
    if consumed == 0 or value[consumed:].strip():
        raise ValueError(f"{text!r} is not a duration (try 30m, 1h30m or 1:30)")
    return total


def format_duration(seconds: int | None) -> str:
    if not seconds:
        return ""
    if seconds < 60:
        return f"{seconds}s"  # a missed call's few seconds, not "0m"
    hours, rest = divmod(seconds, 3600)
    minutes = rest // 60
    if hours and minutes:
        return f"{hours}h{minutes:02d}m"
    return f"{hours}h" if hours else f"{minutes}m"
