"""Which kind of file the owner asked to import, by its content first and its name second.

``pcrm import FILE`` and the import dialog dispatch on this, so vCard and CSV importers (issue 5)
join by adding an entry where the dispatch happens; every other file gets a clear refusal.
"""

from __future__ import annotations

from pathlib import Path

from pcrm import errors

ICALENDAR, VCARD, CSV = "icalendar", "vcard", "csv"
NAMES = {ICALENDAR: "iCalendar (.ics)", VCARD: "vCard (.vcf)", CSV: "CSV (.csv)"}
_SUFFIXES = {".ics": ICALENDAR, ".ical": ICALENDAR, ".vcf": VCARD, ".vcard": VCARD, ".csv": CSV}
_HEADS = {"BEGIN:VCALENDAR": ICALENDAR, "BEGIN:VEVENT": ICALENDAR, "BEGIN:VCARD": VCARD}


def detect(path: Path) -> str:
    """ICALENDAR, VCARD or CSV; BadInput when the file is none of them or cannot be read."""
    try:
        with path.open("rb") as file:
            head = file.read(4096)
    except OSError as exc:
        raise errors.BadInput(where=str(path), reason=exc.strerror or "it cannot be read") from None
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip().decode("utf-8", "replace").upper()
    for start, kind in _HEADS.items():
        if text.startswith(start):
            return kind
    by_name = _SUFFIXES.get(path.suffix.lower())
    if by_name is None or by_name == ICALENDAR:  # a .ics that does not begin like one is not one
        raise errors.BadInput(
            where=str(path),
            reason="not a file pcrm can import (" + ", ".join(NAMES.values()) + ")",
        )
    return by_name


def refuse(path: Path, kind: str, importable: set[str]) -> None:
    """BadInput unless files of ``kind`` can be imported here."""
    if kind not in importable:
        can = ", ".join(NAMES[k] for k in sorted(importable))
        raise errors.BadInput(
            where=str(path), reason=f"{NAMES[kind]} files cannot be imported yet; only {can}"
        )
