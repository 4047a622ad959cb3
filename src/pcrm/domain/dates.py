"""Dates whose year may be unknown (vCard ``--04-15``), and their next anniversaries."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_FULL = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$")
_YEARLESS = re.compile(r"^(?:--(\d{2})-?|(\d{2})-)(\d{2})$")


@dataclass(frozen=True, order=True)
class PartialDate:
    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not 1-12")
        # without a year, 29 February is allowed (2000 is a leap year)
        limit = calendar.monthrange(self.year or 2000, self.month)[1]
        if not 1 <= self.day <= limit:
            raise ValueError(f"day {self.day} does not exist in month {self.month}")

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """``1990-04-15``, ``19900415``, ``--04-15``, ``--0415`` or ``04-15``."""
        value = text.strip()
        if m := _FULL.match(value):
            return cls(year=int(m[1]), month=int(m[2]), day=int(m[3]))
        if m := _YEARLESS.match(value):
            return cls(month=int(m[1] or m[2]), day=int(m[3]))
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD, or MM-DD / --MM-DD without a year)")

    def iso(self) -> str:
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def in_year(self, year: int, feb29: str = "feb28") -> date:
        """This date in ``year``; 29 February in a common year falls on 28 Feb or 1 Mar."""
        if self.month == 2 and self.day == 29 and not calendar.isleap(year):
            return date(year, 3, 1) if feb29 == "mar1" else date(year, 2, 28)
        return date(year, self.month, self.day)

    def next_on_or_after(self, today: date, feb29: str = "feb28") -> date:
        this_year = self.in_year(today.year, feb29)
        return this_year if this_year >= today else self.in_year(today.year + 1, feb29)

    def age_on(self, day: date) -> int | None:
        if self.year is None:
            return None
        return day.year - self.year - ((day.month, day.day) < (self.month, self.day))


def leap_day_stand_in(feb29: str) -> tuple[int, int]:
    """The (month, day) on which a 29 February is kept in a common year (the ``dates.feb29``
    setting: ``feb28`` or ``mar1``)."""
    on = PartialDate(month=2, day=29).in_year(2001, feb29)
    return on.month, on.day
