"""An RRULE taken apart into the fields a repeat editor shows, and put back together.

The editor knows frequency, interval, week days, a day of the month, "the third Sunday"
(``BYDAY=3SU`` or ``BYDAY=SU;BYSETPOS=3``), a month, and the end (``COUNT`` or ``UNTIL``).
Any other part of a rule (``BYHOUR``, ``WKST``…) is kept as it was, so opening and saving a
rule imported from elsewhere never loses a part of it.  :meth:`RuleParts.words` gives the
words :func:`pcrm.domain.recurrence.rule_from_words` reads back, when the pattern has them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_WORDS = dict(zip(WEEKDAYS, _DAY_NAMES, strict=True))
_NTH_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}
_MONTH_WORDS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_UNIT_WORDS = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}
_NTH_DAY = re.compile(r"^([+-]?\d+)?(MO|TU|WE|TH|FR|SA|SU)$")
_UNTIL = re.compile(r"^(\d{4})(\d{2})(\d{2})")
_KNOWN = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYSETPOS", "BYMONTH", "COUNT", "UNTIL"}


@dataclass(frozen=True)
class RuleParts:
    freq: str | None = None  # one of FREQUENCIES; None: does not repeat
    interval: int = 1
    weekdays: tuple[str, ...] = ()  # BYDAY without ordinals ("every Monday and Thursday")
    month_day: int | None = None  # BYMONTHDAY
    nth: int | None = None  # 1-4 or -1 (last), with nth_day: "the third Sunday"
    nth_day: str | None = None
    month: int | None = None  # BYMONTH
    count: int | None = None
    until: date | None = None  # the last day an occurrence may fall on (inclusive)
    extra: tuple[tuple[str, str], ...] = field(default=())  # parts kept as they were

    @classmethod
    def parse(cls, rule: str | None) -> RuleParts:
        """The parts of ``rule`` (``FREQ=…;…``, with or without ``RRULE:``); ValueError when a
        part the editor knows is malformed."""
        if rule is None or not rule.strip():
            return cls()
        body = rule.strip()
        if body.upper().startswith("RRULE:"):
            body = body[6:]
        pairs = [part.split("=", 1) for part in body.upper().split(";") if part]
        if any(len(pair) != 2 for pair in pairs):
            raise ValueError(f"{rule!r} is not NAME=VALUE parts separated by ';'")
        values = {name: value for name, value in pairs}
        if values.get("FREQ") not in FREQUENCIES:
            extra = tuple((n, v) for n, v in pairs)  # HOURLY and such: kept whole
            return cls(freq=values.get("FREQ"), extra=extra)
        days = [d for d in values.get("BYDAY", "").split(",") if d]
        matched = [_NTH_DAY.match(d) for d in days]
        if not all(matched):
            raise ValueError(f"BYDAY={values['BYDAY']} is not a list of week days")
        nth: int | None = None
        nth_day: str | None = None
        weekdays: tuple[str, ...] = ()
        kept = [(n, v) for n, v in pairs if n not in _KNOWN]
        setpos = values.get("BYSETPOS")
        if len(days) == 1 and (matched[0][1] or setpos):  # type: ignore[index]
            nth = int(matched[0][1] or setpos or 0)  # type: ignore[index]
            nth_day = matched[0][2]  # type: ignore[index]
        elif any(m[1] for m in matched if m):  # several days with ordinals: not for the editor
            kept.append(("BYDAY", values["BYDAY"]))
        else:
            weekdays = tuple(m[2] for m in matched if m)
            if setpos:
                kept.append(("BYSETPOS", setpos))
        until = _UNTIL.match(values.get("UNTIL", ""))
        return cls(
            freq=values["FREQ"],
            interval=int(values.get("INTERVAL", "1")),
            weekdays=weekdays,
            month_day=int(values["BYMONTHDAY"]) if "BYMONTHDAY" in values else None,
            nth=nth,
            nth_day=nth_day,
            month=int(values["BYMONTH"]) if "BYMONTH" in values else None,
            count=int(values["COUNT"]) if "COUNT" in values else None,
            until=date(int(until[1]), int(until[2]), int(until[3])) if until else None,
            extra=tuple(kept),
        )

    def rule(self) -> str | None:
        """The RRULE body, parts in a fixed order; None when it does not repeat."""
        if self.freq is None:
            return None
        if self.freq not in FREQUENCIES:
            return ";".join(f"{n}={v}" for n, v in self.extra)
        parts = [f"FREQ={self.freq}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.month is not None:
            parts.append(f"BYMONTH={self.month}")
        if self.month_day is not None:
            parts.append(f"BYMONTHDAY={self.month_day}")
        if self.nth is not None and self.nth_day is not None:
            parts.append(f"BYDAY={self.nth}{self.nth_day}")
        elif self.weekdays:
            parts.append("BYDAY=" + ",".join(d for d in WEEKDAYS if d in self.weekdays))
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        elif self.until is not None:
            parts.append(f"UNTIL={self.until:%Y%m%d}T235959")
        parts += [f"{n}={v}" for n, v in self.extra]
        return ";".join(parts)

    def pattern(self) -> RuleParts:
        """The same rule without its end (what words describe)."""
        return replace(self, count=None, until=None)

    def ending_like(self, other: RuleParts) -> RuleParts:
        """This pattern with ``other``'s end."""
        return replace(self, count=other.count, until=other.until)

    def words(self) -> str | None:
        """``every 3 months``, ``third sunday of june``…: words for the pattern (the end left
        out), or None when the pattern has none."""
        if self.freq not in _UNIT_WORDS or self.extra:
            return None
        unit = _UNIT_WORDS[self.freq]
        plain = self.month is None and self.month_day is None and self.nth is None
        if plain and not self.weekdays:
            return f"every {unit}" if self.interval == 1 else f"every {self.interval} {unit}s"
        if self.interval != 1:
            return None
        if self.freq == "WEEKLY" and plain:
            if self.weekdays == WEEKDAYS[:5]:
                return "every weekday"
            if len(self.weekdays) == 1:
                return f"every {_DAY_WORDS[self.weekdays[0]]}"
        if self.nth is not None and self.nth_day and self.month_day is None and not self.weekdays:
            nth = _NTH_WORDS.get(self.nth)
            if nth is None:
                return None
            if self.freq == "MONTHLY" and self.month is None:
                return f"{nth} {_DAY_WORDS[self.nth_day]} of every month"
            if self.freq == "YEARLY" and self.month is not None:
                return f"{nth} {_DAY_WORDS[self.nth_day]} of {_MONTH_WORDS[self.month - 1]}"
        return None
