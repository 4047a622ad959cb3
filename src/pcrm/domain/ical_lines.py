"""iCalendar content lines: check a file's structure and repair what real exports get wrong.

Runs before the ``icalendar`` library sees the text, for three reasons.  The library is lenient
(it reads an unclosed VEVENT or ``END:vCalendaR`` without a word), so pcrm checks the structure
itself and refuses a damaged file whole, naming the line.  A few faults of real calendar programs
are repaired here, where lines are still lines: a UTF-8 BOM, blank or whitespace-padded TZIDs
(Exchange 2010, GroupWise), padded date values (Force.com), ``\\;`` inside an RRULE.  And every
time zone the file defines itself gets a name derived from its definition, because ``icalendar``
caches such zones process-wide by TZID: without it, two files that define different zones under
one name (``Custom``, ``Екатеринбург``) would read each other's offsets.

Messages name lines, properties and components, never values (they may be personal).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pcrm import errors

MAX_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 8
_BOM = b"\xef\xbb\xbf"
_NOT_ICALENDAR = "this is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)"
_NAME = r"[A-Za-z0-9-]+"
_PVALUE = r'(?:"[^"]*"|[^";:,]*)'
_LINE = re.compile(rf"({_NAME})((?:;{_NAME}={_PVALUE}(?:,{_PVALUE})*)*):(.*)", re.DOTALL)
_PARAM = re.compile(rf";({_NAME})=({_PVALUE}(?:,{_PVALUE})*)")
_DATES = re.compile(r"\d{8}(?:,\d{8})*")
_DATED = frozenset({"DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE", "DUE"})
_BARE = frozenset({"VEVENT", "VTODO", "VJOURNAL", "VTIMEZONE", "VALARM", "VFREEBUSY"})
_GEO = re.compile(r"[+-]?\d+(?:\.\d*)?;[+-]?\d+(?:\.\d*)?")
# Properties whose value is a date, number, rule or keyword: never empty, never padded.
_TYPED = frozenset(
    {
        "DTSTART",
        "DTEND",
        "DUE",
        "RECURRENCE-ID",
        "EXDATE",
        "RDATE",
        "DTSTAMP",
        "CREATED",
        "LAST-MODIFIED",
        "DURATION",
        "RRULE",
        "METHOD",
        "STATUS",
        "CLASS",
        "TRANSP",
        "SEQUENCE",
        "PRIORITY",
        "TZOFFSETFROM",
        "TZOFFSETTO",
        "VERSION",
        "CALSCALE",
        "GEO",
        "TRIGGER",
        "ACTION",
        "ATTENDEE",
        "ORGANIZER",
    }
)


@dataclass
class Line:
    number: int  # where the (first physical line of the) content line starts, from 1
    name: str  # upper case
    params: list[tuple[str, str]]  # (NAME upper case, raw value)
    value: str

    def text(self) -> str:
        params = "".join(f";{k}={v}" for k, v in self.params)
        return f"{self.name}{params}:{self.value}"

    def param(self, name: str) -> str | None:
        return next((v for k, v in self.params if k == name), None)


@dataclass
class Checked:
    """The repaired text for ``icalendar``, and what the repairs mean for reading it."""

    text: str
    zone_names: dict[str, str] = field(default_factory=dict)  # our TZID -> the file's TZID
    first_line: dict[str, int] = field(default_factory=dict)  # property name -> line


def check(data: bytes, where: str, cancelled: Callable[[], bool] = lambda: False) -> Checked:
    """The file's content lines checked and repaired; BadInput names the first fault."""
    if len(data) > MAX_BYTES:
        raise errors.BadInput(
            where=where, reason=f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB"
        )
    text = _decode(data.removeprefix(_BOM), where)
    if not text.lstrip().upper().startswith("BEGIN:"):
        raise errors.BadInput(where=where, reason=_NOT_ICALENDAR)
    lines = _wrapped(_content_lines(text, where, cancelled))
    _check_structure(lines, where)
    zone_names = _rename_zones(lines)
    first: dict[str, int] = {}
    for line in lines:
        first.setdefault(line.name, line.number)
    return Checked("\r\n".join(line.text() for line in lines) + "\r\n", zone_names, first)


def _decode(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise errors.BadInput(
            where=errors.where(where, line=line), reason="the text is not UTF-8"
        ) from None


def _content_lines(text: str, where: str, cancelled: Callable[[], bool]) -> list[Line]:
    """Unfolded content lines; blank lines (Force.com starts with one) are left out."""
    logical: list[tuple[int, list[str]]] = []
    for number, physical in enumerate(re.split(r"\r\n|\n|\r", text), start=1):
        if physical[:1] in (" ", "\t") and logical:
            logical[-1][1].append(physical[1:])
        elif physical.strip():
            logical.append((number, [physical]))
    lines: list[Line] = []
    for i, (number, parts) in enumerate(logical):
        if i % 1000 == 0 and cancelled():
            raise errors.ImportCancelled()
        raw = "".join(parts)
        match = _LINE.fullmatch(raw)
        if match is None:
            raise errors.BadInput(
                where=errors.where(where, line=number),
                reason="this is not an iCalendar property line (NAME;PARAM=VALUE:VALUE)",
            )
        params = [(k.upper(), v) for k, v in _PARAM.findall(match[2])]
        lines.append(Line(number, match[1].upper(), params, match[3]))
    return lines


def _wrapped(lines: list[Line]) -> list[Line]:
    """A bare component (a VEVENT as some programs put in mail) inside the VCALENDAR it lacks."""
    if lines and lines[0].name == "BEGIN" and lines[0].value.strip().upper() in _BARE:
        first, last = lines[0].number, lines[-1].number
        return [Line(first, "BEGIN", [], "VCALENDAR"), *lines, Line(last, "END", [], "VCALENDAR")]
    return lines


def _check_structure(lines: list[Line], where: str) -> None:
    if not lines or lines[0].name != "BEGIN" or lines[0].value.strip().upper() != "VCALENDAR":
        raise errors.BadInput(where=where, reason=_NOT_ICALENDAR)
    stack: list[Line] = []
    for line in lines:
        at = errors.where(where, line=line.number)
        if line.name in ("BEGIN", "END") and not re.fullmatch(_NAME, line.value):
            raise errors.BadInput(where=at, reason=f"{line.name} names no component")
        if line.name == "BEGIN":
            if not stack and line.value.upper() != "VCALENDAR":
                raise errors.BadInput(where=at, reason="a component outside of VCALENDAR")
            if len(stack) >= MAX_DEPTH:
                raise errors.BadInput(where=at, reason="components nested too deeply")
            stack.append(line)
        elif line.name == "END":
            if not stack:
                raise errors.BadInput(where=at, reason=f"END:{line.value} without a BEGIN")
            opened = stack.pop()
            if opened.value != line.value:
                raise errors.BadInput(
                    where=at,
                    reason=f"END:{line.value} does not close BEGIN:{opened.value} of line "
                    f"{opened.number} (the names differ)",
                )
        elif not stack:
            raise errors.BadInput(where=at, reason=f"{line.name} outside of any component")
        else:
            _check_value(line, at)
    if stack:
        raise errors.BadInput(
            where=where,
            reason=f"the file ends inside {stack[-1].value} begun at line {stack[-1].number} "
            f"(END:{stack[-1].value} is missing)",
        )


def _check_value(line: Line, at: str) -> None:
    if line.name not in _TYPED:
        return
    line.value = line.value.strip()
    if not line.value:
        raise errors.BadInput(where=at, reason=f"{line.name} has no value")
    if line.name in ("ATTENDEE", "ORGANIZER") and re.search(r"\s", line.value):
        raise errors.BadInput(
            where=at, reason=f"{line.name} is not a calendar address (it contains a space)"
        )
    if line.name == "GEO" and not _GEO.fullmatch(line.value):
        raise errors.BadInput(where=at, reason="GEO is not 'latitude;longitude'")
    if line.name == "RRULE":
        line.value = line.value.replace("\\;", ";")  # Ruby's icalendar escapes them
    if line.name in _DATED and _DATES.fullmatch(line.value):
        # A date is all day, in no zone: Google wrote DTSTART;TZID=…:20041225, Radicale's
        # clients VALUE=DATE with a TZID.  Both mean the day, wherever the owner is.
        line.params = [(k, v) for k, v in line.params if k not in ("TZID", "VALUE")]
        line.params.append(("VALUE", "DATE"))


def _is_iana(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _rename_zones(lines: list[Line]) -> dict[str, str]:
    """Give each zone the file defines itself (not an IANA name) a name of its own definition;
    strip padding from every TZID.  Returns our name -> the file's name."""
    renamed: dict[str, str] = {}  # the file's TZID (stripped) -> ours
    start = 0
    for i, line in enumerate(lines):
        if line.name == "BEGIN" and line.value.upper() == "VTIMEZONE":
            start = i
        elif line.name == "END" and line.value.upper() == "VTIMEZONE":
            block = lines[start : i + 1]
            tzid = next((x for x in block if x.name == "TZID"), None)
            if tzid is None:
                continue
            original = _unescape(tzid.value).strip()
            if _is_iana(original):
                tzid.value = original
                continue
            digest = hashlib.sha256("\n".join(x.text() for x in block).encode()).hexdigest()
            ours = renamed.setdefault(original, f"pcrm-zone-{digest[:16]}")
            tzid.value = ours
    for line in lines:
        for k, (name, value) in enumerate(line.params):
            if name == "TZID":
                given = value.strip('"').strip()
                line.params[k] = (name, renamed.get(given) or _quoted(_global_id(given)))
        line.params = [(k, v) for k, v in line.params if not (k == "TZID" and v in ("", '""'))]
    return {ours: original for original, ours in renamed.items()}


def _global_id(tzid: str) -> str:
    """A "globally unique" TZID (RFC 5545 3.2.19) such as libical's ``/vendor/Europe/Berlin``
    as the IANA zone it ends with, so that ``icalendar`` need not guess it (with a warning)."""
    if not tzid.startswith("/"):
        return tzid
    parts = tzid.strip("/").split("/")
    return next(
        ("/".join(parts[i:]) for i in range(len(parts)) if _is_iana("/".join(parts[i:]))),
        tzid.strip("/"),
    )


def _unescape(text: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], text)


def _quoted(value: str) -> str:
    return f'"{value}"' if re.search(r"[;:,]", value) else value
