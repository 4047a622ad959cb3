"""IANA time zones by name: the one place a zone the owner typed is checked."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pcrm import errors


def zone_named(name: str, where: str = "time zone") -> ZoneInfo:
    """The zone called ``name`` ("Europe/Kyiv"); BadInput naming ``where`` when there is none."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise errors.BadInput(where=where, reason=f"{name!r} is not an IANA time zone") from None
