"""Recurrence: RFC 5545 RRULEs, and the common cases in words ("every 3 months").

Occurrences are generated on *wall time* and then placed in the zone, so a 09:00 reminder stays
09:00 across DST and "every 3 months" never degrades to monthly.

Days that some months lack.  RFC 5545 (3.3.10) says an occurrence on a date that does not exist
(30 February, 31 April) is skipped, not moved: ``FREQ=MONTHLY;INTERVAL=3`` from 31 January gives
31 January, 31 July, 31 October, …, and a full RRULE is expanded exactly so (as every other
RFC 5545 implementation does; moving it would break exports).  Other PRMs either drift (31 Jan,
30 Apr, 30 Jul …, the day lost for good) or degrade to monthly.  In words the owner means "the
31st, or the month's last day when it is shorter", which RFC 5545 writes without loss as
``BYMONTHDAY=28,29,30,31;BYSETPOS=-1``: :func:`rule_from_words` given the start writes that
(31 Jan, 30 Apr, 31 Jul, 31 Oct), and "every year" from 29 February falls on 28 February in
common years.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, tzinfo

from dateutil.rrule import rrule, rrulestr

from pcrm.domain.timeparse import localize

_DAYS = {
    "monday": "MO",
    "tuesday": "TU",
    "wednesday": "WE",
    "thursday": "TH",
    "friday": "FR",
    "saturday": "SA",
    "sunday": "SU",
}
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "last": -1,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
_FREQ = {"day": "DAILY", "week": "WEEKLY", "month": "MONTHLY", "year": "YEARLY"}
_SIMPLE = {
    "daily": "DAILY",
    "weekly": "WEEKLY",
    "monthly": "MONTHLY",
    "yearly": "YEARLY",
    "annually": "YEARLY",
}

_EVERY_N = re.compile(r"^every\s+(?:(\d+|other)\s+)?(day|week|month|year)s?$")
_EVERY_DAY = re.compile(r"^every\s+(" + "|".join(_DAYS) + r")$")
_NTH_OF = re.compile(
    r"^(?:every\s+)?("
    + "|".join(_ORDINALS)
    + r")\s+("
    + "|".join(_DAYS)
    + r")\s+of\s+("
    + "|".join(_MONTHS)
    + r"|(?:each|every)\s+month)$"
)


def rule_from_words(text: str, start: date | None = None) -> str:
    """``every 3 months`` (or ``3 months``) → ``FREQ=MONTHLY;INTERVAL=3``.

    With ``start`` (the first occurrence's date), a monthly rule from the 29th-31st and a yearly
    one from 29 February keep to the month's last day when it is shorter (module docstring).
    Raises ValueError with examples when the words are not a recurrence it knows.
    """
    rule = _rule_from_words(text)
    if start is None or ";BY" in rule:
        return rule
    if rule.startswith("FREQ=MONTHLY") and start.day > 28:
        days = ",".join(str(d) for d in range(28, start.day + 1))
        return f"{rule};BYMONTHDAY={days};BYSETPOS=-1"
    if rule.startswith("FREQ=YEARLY") and (start.month, start.day) == (2, 29):
        return f"{rule};BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1"
    return rule


def _rule_from_words(text: str) -> str:
    words = " ".join(text.lower().split())
    if not words.startswith("every ") and words not in _SIMPLE and not _NTH_OF.match(words):
        words = f"every {words}"
    if words in _SIMPLE:
        return f"FREQ={_SIMPLE[words]}"
    if words == "every weekday":
        return "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
    if m := _EVERY_N.match(words):
        count = 2 if m[1] == "other" else int(m[1] or 1)
        if count < 1:
            raise ValueError("the interval must be at least 1")
        rule = f"FREQ={_FREQ[m[2]]}"
        return rule if count == 1 else f"{rule};INTERVAL={count}"
    if m := _EVERY_DAY.match(words):
        return f"FREQ=WEEKLY;BYDAY={_DAYS[m[1]]}"
    if m := _NTH_OF.match(words):
        day = f"{_ORDINALS[m[1]]}{_DAYS[m[2]]}"
        if m[3] in _MONTHS:
            return f"FREQ=YEARLY;BYMONTH={_MONTHS[m[3]]};BYDAY={day}"
        return f"FREQ=MONTHLY;BYDAY={day}"
    raise ValueError(
        f"{text!r} is not a recurrence I know; try 'every 3 months', 'every monday', "
        "'third sunday of june', or give --rrule"
    )


def validate_rrule(rule: str, dtstart: datetime) -> str:
    """The rule without a leading ``RRULE:``, checked by dateutil; raises ValueError."""
    body = rule.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    try:
        rrulestr(body, dtstart=dtstart.replace(tzinfo=None))
    except (ValueError, TypeError) as exc:
        raise ValueError(f"{rule!r} is not a valid RRULE: {exc}") from None
    return body.upper()


def occurrences(
    rule: str | None,
    start_wall: datetime,
    zone: tzinfo,
    after: datetime,
    *,
    limit: int = 1,
    inclusive: bool = True,
) -> list[datetime]:
    """Up to ``limit`` aware occurrences at or after ``after`` (aware), on wall time in ``zone``."""
    if rule is None:
        first = localize(start_wall, zone)
        return [first] if (first >= after if inclusive else first > after) else []
    series: rrule = rrulestr(rule, dtstart=start_wall.replace(tzinfo=None))  # type: ignore[assignment]
    # Search from a day early on wall time, then compare placed instants: around a DST change
    # wall time and the instant differ by up to an hour.
    cursor = series.after(after.astimezone(zone).replace(tzinfo=None) - timedelta(days=1), inc=True)
    found: list[datetime] = []
    while cursor is not None and len(found) < limit:
        placed = localize(cursor, zone)
        if placed > after or (inclusive and placed == after):
            found.append(placed)
        cursor = series.after(cursor, inc=False)
    return found


def occurrences_between(
    rule: str | None, start_wall: datetime, zone: tzinfo, start: datetime, end: datetime
) -> list[datetime]:
    """Every aware occurrence in ``[start, end)``, on wall time in ``zone``.

    One pass of the rule up to the window's end (``occurrences`` asked again and again would
    restart the series from its first occurrence for each batch).
    """
    if rule is None:
        first = localize(start_wall, zone)
        return [first] if start <= first < end else []
    series: rrule = rrulestr(rule, dtstart=start_wall.replace(tzinfo=None))  # type: ignore[assignment]
    margin = timedelta(days=1)  # wall time and the instant differ by up to a day of offsets
    low = start.astimezone(zone).replace(tzinfo=None) - margin
    high = end.astimezone(zone).replace(tzinfo=None) + margin
    placed = (localize(wall, zone) for wall in series.between(low, high, inc=True))
    return [at for at in placed if start <= at < end]
