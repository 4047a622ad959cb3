"""Writing contacts as CSV in Google Contacts' current layout, for Google and for spreadsheets.

The header names come from :data:`pcrm.domain.csv_layouts.GOOGLE`, the table the reader
recognises, so what pcrm writes it reads back (the round trip is a property test).  Each e-mail,
phone, address, … gets a numbered column group of its own (``E-mail 2 - Label``,
``E-mail 2 - Value``); as many groups as the contact with the most needs.  Choices:

- **Encoding**: UTF-8 *without* a byte-order mark, as Google's own export: an importer that does
  not expect a BOM reads it as part of the first header and loses the "First Name" column.
  Excel users open the file through Data > From Text/CSV (which asks for the encoding).
- **Lines**: CRLF between rows (RFC 4180, as Google writes); a newline inside a value stays
  ``\\n`` inside its quoted cell.
- **Formula injection**: a cell that starts with ``=``, ``+``, ``-``, ``@``, tab or CR gets a
  leading ``'``, so a spreadsheet shows it as text instead of running it (OWASP's advice).
  Except phone-number-like cells (a ``+`` or ``-`` then only digits, spaces and ``( ) . / -``):
  ``+380 67 123 4567`` must stay importable by Google, and such a cell can hold no function
  name, reference or DDE command, so a spreadsheet can at worst show it as a number.  A value
  that starts with ``'`` before such a character gets one more ``'``; the reader takes exactly
  one off, so every value comes back as it was.
- `` ::: `` separates values in Google's cells, and the reader splits e-mails, phones, web
  addresses, addresses, relations and labels on it; in those (where it has no business) it is
  written as `` :: ``.  Names, notes, titles and custom fields are never split: kept as they are.
- A display name other than the one the name parts make is written as ``File As``.
- Relations: pcrm's links to other contacts (by their name) and the vCard ``RELATED`` values an
  import kept; custom fields: by name.  A contact's first birthday is ``Birthday``, its other
  dates are events.  The photo is not written (Google's column holds a link, not an image).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from datetime import date

from pcrm.domain import csv_layouts as layouts
from pcrm.domain.card import AddressEntry, ContactCard, FieldEntry
from pcrm.domain.csv_rows import FORMULA_STARTS, MULTI
from pcrm.domain.kinds import DateKind, FieldKind
from pcrm.domain.names import PersonName

_NEEDS_QUOTE = re.compile("^'*[" + re.escape("".join(FORMULA_STARTS)) + "]")
_NUMBER_LIKE = re.compile(r"^[+\-][0-9 ()./\-]+$")
_VCARD_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_SAFE_MULTI = " :: "
# pcrm's label keys as Google writes them; other labels are written as they are.
_GOOGLE_LABELS = {
    FieldKind.PHONE.value: {"mobile": "Mobile", "home": "Home", "work": "Work", "main": "Main",
                            "fax": "Work Fax"},
    FieldKind.EMAIL.value: {"home": "Home", "work": "Work"},
    FieldKind.URL.value: {"home": "Home Page", "work": "Work", "blog": "Blog"},
    FieldKind.MESSENGER.value: {"home": "Home", "work": "Work"},
    "address": {"home": "Home", "work": "Work"},
}  # fmt: skip

_HEADER_OF = {target: header for header, target in layouts.GOOGLE.columns.items()}
# The numbered column groups by kind, in Google's order: kind -> [(part, header template)].
_GROUPS: dict[str, list[tuple[str, str]]] = {}
for _template, _target in layouts.GOOGLE.numbered.items():
    _kind, _part = _target.split("#")[0], _target.split(".")[-1]
    _GROUPS.setdefault(_kind, []).append((_part, _template))

_Row = dict[str, str]  # target (``email#2.value``) -> cell


def write_csv(cards: Iterable[ContactCard]) -> bytes:
    """The contacts as a Google Contacts CSV file (UTF-8, CRLF, formula-safe cells)."""
    rows = [_row(card) for card in cards]
    slots = dict.fromkeys(_GROUPS, 0)
    for row in rows:
        for target in row:
            if "#" in target:
                kind, rest = target.split("#")
                slots[kind] = max(slots[kind], int(rest.split(".")[0]))
    columns = [(header, target) for target, header in _HEADER_OF.items()]
    for kind, parts in _GROUPS.items():
        for n in range(1, slots[kind] + 1):
            for part, template in parts:
                columns.append((template.replace("{n}", str(n)), f"{kind}#{n}.{part}"))
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([header for header, _target in columns])
    for row in rows:
        writer.writerow([safe_cell(row.get(target, "")) for _header, target in columns])
    return out.getvalue().encode("utf-8")


def safe_cell(value: str) -> str:
    """The cell as a spreadsheet may open it: a formula-like value behind a ``'``."""
    if _NEEDS_QUOTE.match(value) and not _NUMBER_LIKE.match(value):
        return "'" + value
    return value


def _one(value: str) -> str:
    """A value of a column the reader splits on `` ::: ``."""
    return value.replace(MULTI, _SAFE_MULTI)


def _label(kind: str, label: str | None, preferred: bool) -> str:
    word = _GOOGLE_LABELS.get(kind, {}).get(label or "", label or "")
    if preferred:
        return "* " + (word or "Other")
    return _one(word)


def _row(card: ContactCard) -> _Row:
    row: _Row = {}
    for name in ("given", "middle", "family", "phonetic_given", "phonetic_middle",
                 "phonetic_family", "prefix", "suffix", "nickname", "notes"):  # fmt: skip
        row[name] = getattr(card, name) or ""
    composed = PersonName(
        card.prefix, card.given, card.middle, card.family, card.suffix, card.nickname
    ).composed()
    if card.display_name and card.display_name != composed:  # a name of its own: "File As"
        row["display_name"] = card.display_name
    affiliation = next((a for a in card.affiliations if a.primary), None) or next(
        iter(card.affiliations), None
    )
    if affiliation is not None:
        row["organisation"] = affiliation.organisation
        row["title"] = affiliation.title or ""
        row["department"] = affiliation.department or ""
    labels = ["* myContacts", *(["* starred"] if card.favourite else []), *map(_one, card.groups)]
    row["labels"] = MULTI.join(labels)
    _fields(row, card.fields)
    _addresses(row, card.addresses)
    _dates(row, card)
    _relations(row, card)
    for n, (name, value) in enumerate(
        ((k, v) for k, v in card.custom.items() if v not in (None, "")), start=1
    ):
        row[f"custom#{n}.label"] = name
        row[f"custom#{n}.value"] = value.isoformat() if isinstance(value, date) else str(value)
    return row


def _fields(row: _Row, fields: list[FieldEntry]) -> None:
    counts = {"email": 0, "phone": 0, "url": 0, "messenger": 0}
    for f in fields:
        if f.kind == FieldKind.SOCIAL:  # a profile: a website labelled with its network
            kind, label = "url", _one(f.service or "Profile")
        elif f.kind in counts:
            kind, label = f.kind, _label(f.kind, f.label, f.preferred)
        else:
            continue
        counts[kind] += 1
        n = counts[kind]
        row[f"{kind}#{n}.label"] = label
        row[f"{kind}#{n}.value"] = _one(f.value)
        if kind == FieldKind.MESSENGER:
            row[f"{kind}#{n}.service"] = f.service or ""


def _addresses(row: _Row, addresses: list[AddressEntry]) -> None:
    for n, a in enumerate(addresses, start=1):
        row[f"address#{n}.label"] = _label("address", a.label, a.preferred)
        town = " ".join(p for p in (a.locality, a.region, a.postal_code) if p)
        lines = (a.street, a.extended, a.po_box, town, a.country)
        row[f"address#{n}.formatted"] = _one("\n".join(p for p in lines if p))
        for part in layouts.ADDRESS_PARTS[:-1]:  # all but "formatted"
            row[f"address#{n}.{part}"] = _one(getattr(a, part) or "")


def _dates(row: _Row, card: ContactCard) -> None:
    birthday = next((d for d in card.dates if d.kind == DateKind.BIRTHDAY), None)
    if birthday is not None:
        row["birthday"] = birthday.date.iso()
    events = [d for d in card.dates if d is not birthday]
    for n, d in enumerate(events, start=1):
        if d.kind == DateKind.OTHER:
            label = d.label or "Other"
        else:
            label = "Anniversary" if d.kind == DateKind.ANNIVERSARY else "Birthday"
        row[f"event#{n}.label"] = _one(label)
        row[f"event#{n}.value"] = d.date.iso()


def _relations(row: _Row, card: ContactCard) -> None:
    related = [(r.label, r.other_name) for r in card.relations]
    for extra in card.extras:
        if extra.name.upper() == "RELATED":
            types = (extra.params or {}).get("TYPE", [])
            value = _VCARD_ESCAPE.sub(lambda m: "\n" if m[1] in "nN" else m[1], extra.value)
            related.append((",".join(types), value))
    for n, (label, name) in enumerate(related, start=1):
        row[f"relation#{n}.label"] = _one(label)
        row[f"relation#{n}.value"] = _one(name)
