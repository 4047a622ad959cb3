"""The clock every time-dependent piece of pcrm reads, so tests can set any instant."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo

import tzlocal


def local_zone() -> tzinfo:
    """The system's IANA zone (tzlocal reads TZ, /etc/localtime, the registry); UTC if unknown."""
    try:
        return tzlocal.get_localzone()
    except (LookupError, ValueError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return UTC


class Clock:
    """Wall-clock time in UTC plus the owner's current zone; injected, never a global."""

    def __init__(
        self,
        now: Callable[[], datetime] | None = None,
        zone: Callable[[], tzinfo] | None = None,
    ) -> None:
        self._now = now or (lambda: datetime.now(UTC))
        self._zone = zone or local_zone

    def now(self) -> datetime:
        """The current instant, aware, in UTC."""
        return self._now().astimezone(UTC)

    def zone(self) -> tzinfo:
        """The owner's current time zone."""
        return self._zone()

    def local_now(self) -> datetime:
        return self.now().astimezone(self.zone())


class ZoneChoice(Protocol):
    """Where the owner's chosen zone is read: the preferences, or the first screen read at start."""

    def time_zone(self) -> tzinfo | None:
        """The zone the owner chose, or None to follow the system."""


class OwnerClock(Clock):
    """The system clock in the owner's chosen zone once a store is open (:meth:`follow`)."""

    def __init__(self) -> None:
        super().__init__(zone=self._owner_zone)
        self.preferences: ZoneChoice | None = None

    def follow(self, preferences: ZoneChoice | None) -> None:
        """Read the zone from ``preferences`` from now on; None (the store locked): the system's."""
        self.preferences = preferences

    def _owner_zone(self) -> tzinfo:
        chosen = self.preferences.time_zone() if self.preferences is not None else None
        return chosen or local_zone()


class FixedClock(Clock):
    """A clock that stands still until moved; for tests and the demo generator."""

    def __init__(self, instant: datetime, zone: tzinfo | str = "UTC") -> None:
        self.instant = instant.astimezone(UTC)
        self.tz = ZoneInfo(zone) if isinstance(zone, str) else zone
        super().__init__(now=lambda: self.instant, zone=lambda: self.tz)

    def advance(self, delta: timedelta) -> None:
        self.instant += delta

    def move_to(self, zone: str) -> None:
        """The laptop travels: same instant, another zone."""
        self.tz = ZoneInfo(zone)
