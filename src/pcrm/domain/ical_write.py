"""Writing iCalendar (RFC 5545) content lines: escaping, value formats, folding, CRLF.

pcrm writes its calendar itself instead of through ``icalendar``'s component builder, which
managed about 1,300 events a second here (ten thousand events took eight seconds); the tests
still parse every export with ``icalendar``, ``ical`` and ``recurring-ical-events``.

:class:`IcsWriter` buffers unfolded lines and writes them folded at 75 octets, never inside a
UTF-8 sequence, each ended by CRLF.  Callers format values with the helpers below: TEXT values
go through :func:`escape_text`, parameter values through :func:`param`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import IO

LINE_OCTETS = 75
CRLF = b"\r\n"
_FOLD = b"\r\n "
# TEXT may hold no control character but HTAB (RFC 5545 3.3.11); newlines are escaped first.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n|\r|\n")
_TEXT_SPECIALS = str.maketrans({"\\": "\\\\", ";": "\\;", ",": "\\,"})
# RFC 5545 allows "=" unquoted, but icalendar drops the spaces before an unquoted "=" ("0 ="
# came back "0="; Hypothesis found it): quoting is always allowed, so "=" is quoted too
_PARAM_SPECIALS = re.compile(r"[:;,=]")


def escape_text(value: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped, every newline as ``\\n``."""
    escaped = value.translate(_TEXT_SPECIALS)
    if "\n" in escaped or "\r" in escaped:
        escaped = _NEWLINES.sub(r"\\n", escaped)
    return _CONTROLS.sub("", escaped) if not escaped.isprintable() else escaped


def param(value: str) -> str:
    """A parameter value, quoted when it holds ``:``, ``;``, ``,`` or ``=``.  It may hold no DQUOTE
    and no control character, so those are dropped; backslashes too: RFC 5545 has no escapes in
    parameters, but icalendar reads ``\\:`` as one, quoted or not (``CN=a\\:mailto:…`` lost the
    address; Hypothesis found it)."""
    clean = _CONTROLS.sub("", " ".join(value.replace('"', "").replace("\\", "").split()))
    return f'"{clean}"' if _PARAM_SPECIALS.search(clean) else clean


def date_value(day: date) -> str:
    """``VALUE=DATE``: ``20261123``."""
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def local_value(wall: datetime) -> str:
    """A floating or TZID-qualified DATE-TIME from naive wall time: ``20261123T090000``."""
    return (
        f"{wall.year:04d}{wall.month:02d}{wall.day:02d}"
        f"T{wall.hour:02d}{wall.minute:02d}{wall.second:02d}"
    )


def utc_value(instant: datetime) -> str:
    """A DATE-TIME in UTC: ``20261123T070000Z``."""
    return local_value(instant.astimezone(UTC)) + "Z"


def minutes_before(minutes: int) -> str:
    """A TRIGGER duration before the start: ``-PT15M``; at the start itself ``PT0M``."""
    return f"-PT{minutes}M" if minutes > 0 else "PT0M"


def offset_value(seconds: int) -> str:
    """A UTC-OFFSET: ``+0200``, ``-0430``; seconds only when there are some."""
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")


def fold(line: str) -> bytes:
    """One content line as UTF-8, folded at 75 octets without splitting a character, with CRLF."""
    data = line.encode()
    if len(data) <= LINE_OCTETS:
        return data + CRLF
    parts: list[bytes] = []
    start, limit = 0, LINE_OCTETS
    while len(data) - start > limit:
        cut = start + limit
        while data[cut] & 0xC0 == 0x80:  # a continuation byte: cut before its lead byte
            cut -= 1
        parts.append(data[start:cut])
        start, limit = cut, LINE_OCTETS - 1  # a continuation line starts with its space
    parts.append(data[start:])
    return _FOLD.join(parts) + CRLF


class IcsWriter:
    """Content lines into a binary stream; :meth:`flush` folds and writes what is buffered."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self.lines: list[str] = []

    def begin(self, name: str) -> None:
        self.lines.append(f"BEGIN:{name}")

    def end(self, name: str) -> None:
        self.lines.append(f"END:{name}")

    def prop(self, name: str, value: str, params: Mapping[str, str] | None = None) -> None:
        """A property whose value is already formatted (and escaped, for TEXT)."""
        if params:
            name += "".join(f";{key}={item}" for key, item in params.items())
        self.lines.append(f"{name}:{value}")

    def text(self, name: str, value: str, params: Mapping[str, str] | None = None) -> None:
        self.prop(name, escape_text(value), params)

    def extend(self, lines: Iterable[str]) -> None:
        """Lines formatted elsewhere (a VTIMEZONE)."""
        self.lines.extend(lines)

    def flush(self) -> None:
        self.out.write(b"".join(map(fold, self.lines)))
        self.lines.clear()
