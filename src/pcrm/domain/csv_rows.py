"""One CSV row onto a contact card, by a column mapping (see :mod:`pcrm.domain.csv_layouts`).

:class:`RowReader` compiles the mapping once (column index → parsed target) and then turns each
row into an :class:`~pcrm.domain.imported.ImportedContact`.  What the exporters write that is not
a value is read here: Google's `` ::: `` between values and ``* `` before a primary label, its
system groups, Outlook's empty dates (``0/0/00``, ``0.0.00``) and empty genders, Exchange
X.500 addresses in e-mail columns, dates in the exporter's locale (with or without a year).
A value pcrm cannot place is never dropped silently: it goes to the notes, or the record says
what was left out and why.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from pcrm.domain import csv_layouts as layouts
from pcrm.domain.card import (
    AddressEntry,
    AffiliationEntry,
    ContactCard,
    DateEntry,
    ExtraProperty,
    FieldEntry,
)
from pcrm.domain.dates import PartialDate
from pcrm.domain.ical_write import escape_text
from pcrm.domain.imported import ImportedContact
from pcrm.domain.kinds import SERVICES, DateKind, FieldKind
from pcrm.domain.names import PersonName

MULTI = " ::: "  # Google: several values of one label in one cell
PRIMARY = "* "  # Google: before the label of the primary value, and before system groups
# What a spreadsheet would run as a formula; csv_write puts a ' before such a cell.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# Cells that say "nothing here" (Outlook's empty date in English and German locales, its empty
# gender); compared case-folded.
BLANKS = frozenset({"0/0/00", "0.0.00", "00.00.00", "0/0/0000", "unspecified", "keine angabe"})
SYSTEM_GROUPS = frozenset({"mycontacts", "my contacts", "system group: my contacts"})
STARRED = frozenset({"starred", "starred in android", "system group: starred in android"})
_SYSTEM_PREFIX = "system group: "  # older Google exports: "System Group: Friends"

# Exporters' label words, case-folded, onto pcrm's label keys (None: no label).
LABEL_WORDS: dict[str, str | None] = {
    "mobile": "mobile", "cell": "mobile", "home": "home", "work": "work", "main": "main",
    "fax": "fax", "work fax": "fax", "home fax": "fax", "other fax": "fax", "other": None,
    "home page": "home", "homepage": "home", "blog": "blog",
}  # fmt: skip
_EVENT_KINDS = {"anniversary": DateKind.ANNIVERSARY.value, "birthday": DateKind.BIRTHDAY.value}

_TARGET = re.compile(
    r"^(?P<kind>[a-z_]+)(?:/(?P<label>[^#.]+))?(?:#(?P<slot>\d+))?(?:\.(?P<part>[a-z_]+))?$"
)
_SCALARS = frozenset({
    "display_name", "prefix", "given", "middle", "family", "suffix", "nickname",
    "phonetic_given", "phonetic_middle", "phonetic_family", "notes", "birthday", "anniversary",
    "labels", "groups", "photo",
})  # fmt: skip
_AFFILIATION = {"organisation": "name", "title": "title", "department": "department"}
_PARTS = {
    "email": {"value", "label", "addrtype"},
    "phone": {"value", "label"},
    "url": {"value", "label"},
    "messenger": {"value", "label", "service"},
    "relation": {"value", "label"},
    "event": {"value", "label"},
    "custom": {"value", "label"},
    "organisation": {"name", "title", "department"},
    "address": {"label", *layouts.ADDRESS_PARTS},
    "birthday": {"year", "month", "day"},
}
# Without a slot, these kinds' columns of one label make one entry (Outlook's Home Street, …).
_COMPOSITE = frozenset({"address", "organisation", "birthday"})
_NAME_PARTS = ("prefix", "given", "middle", "family", "suffix", "nickname")
_NAME_FIELDS = (*_NAME_PARTS, "phonetic_given", "phonetic_middle", "phonetic_family")
_NO_ONE = "the row has no name, e-mail or phone"
_KEEP, _SCALAR, _PART = 0, 1, 2
# Plain strings: an enum member's ``.value`` is a property, slow in the loop over rows.
_EMAIL, _PHONE = FieldKind.EMAIL.value, FieldKind.PHONE.value
_URL, _SOCIAL, _MESSENGER = FieldKind.URL.value, FieldKind.SOCIAL.value, FieldKind.MESSENGER.value
_BIRTHDAY, _ANNIVERSARY = DateKind.BIRTHDAY.value, DateKind.ANNIVERSARY.value
_OTHER_DATE = DateKind.OTHER.value
# First letters of the cells clean_cell changes (BLANKS, and the ' before a formula).
_SPECIAL_STARTS = frozenset("'" + "".join(b[0] + b[0].upper() for b in BLANKS))
_DATE = re.compile(r"^(\d{1,4})([./-])(\d{1,2})(?:\2(\d{1,4}))?\.?$")
_ISO = re.compile(r"^(?:\d{4}-?\d{2}-?\d{2}|--\d{2}-?\d{2}|\d{2}-\d{2})$")
_DIGITS = re.compile(r"\D")


@dataclass(frozen=True)
class Target:
    kind: str
    label: str | None = None
    slot: int | None = None
    part: str = "value"


def parse_target(text: str) -> Target | None:
    """The target a mapping names; None for ``ignore``.  ValueError for a string that is none."""
    if text == layouts.IGNORE:
        return None
    if text == layouts.NOTE:
        return Target(layouts.NOTE)
    if text in _SCALARS:
        return Target(text)
    if text in _AFFILIATION:
        return Target("organisation", part=_AFFILIATION[text])
    found = _TARGET.match(text)
    if found is None or found["kind"] not in _PARTS:
        raise ValueError(f"{text!r} is not a column target")
    part = found["part"] or ("name" if found["kind"] == "organisation" else "value")
    if part not in _PARTS[found["kind"]]:
        raise ValueError(f"{text!r} is not a column target")
    slot = int(found["slot"]) if found["slot"] else None
    return Target(found["kind"], found["label"], slot, part)


def is_identity(text: str) -> bool:
    """Whether a column with this target names the contact (a name, an e-mail or a phone)."""
    target = parse_target(text)
    if target is None:
        return False
    if target.kind in (*_NAME_PARTS, "display_name"):
        return True
    if target.kind == "organisation":
        return target.part == "name"
    return target.kind in ("email", "phone") and target.part == "value"


def clean_cell(cell: str) -> str:
    """A cell's value: trimmed, an exporter's "empty" as empty, and the ``'`` that
    csv_write puts before a formula-like value taken off."""
    value = cell.strip()
    if not value:
        return value
    if len(value) <= 16 and value.casefold() in BLANKS:
        return ""
    if value[0] == "'" and value.lstrip("'")[:1] in FORMULA_STARTS:
        return value[1:]
    return value


@functools.lru_cache(maxsize=4096)  # PartialDate is frozen: sharing one is safe
def parse_date(text: str, slash_dates: str) -> PartialDate | None:
    """ISO (``1990-04-15``, ``--04-15``, ``19900415``), ``1990/04/15``, and the locales'
    ``15.04.1990``, ``15-04-1990``, ``04/15/1990`` or ``15/04/1990`` (by ``slash_dates``),
    ``15.04.`` and ``04/15`` without a year; year 1604 is Apple's "no year".  None when the
    text is no such date (two-digit years too: pcrm does not guess the century)."""
    value = text.strip()
    found: PartialDate | None
    try:
        found = PartialDate.parse(value) if _ISO.match(value) else _locale_date(value, slash_dates)
    except ValueError:
        return None
    if found is not None and found.year == 1604:
        return PartialDate(found.month, found.day)
    return found


def _locale_date(value: str, slash_dates: str) -> PartialDate | None:
    match = _DATE.match(value)
    if match is None:
        return None
    first, separator, second, third = match.groups()
    if len(first) == 4:  # year first: 1990/04/15, 1990.04.15
        if third is None or len(third) > 2:
            return None
        return PartialDate(year=int(first), month=int(second), day=int(third))
    if len(first) > 2 or (third is not None and len(third) != 4):
        return None
    if separator == "/" and slash_dates == layouts.SLASH_MDY:
        month, day = int(first), int(second)
    else:
        day, month = int(first), int(second)
    return PartialDate(month=month, day=day, year=int(third) if third else None)


def slash_order(values: Sequence[str]) -> str | None:
    """How slash dates read, if ``values`` tell: a first number above 12 is a day."""
    for value in values:
        match = _DATE.match(value.strip())
        if match is None or match[2] != "/" or len(match[1]) > 2:
            continue
        if int(match[1]) > 12 >= int(match[3]):
            return layouts.SLASH_DMY
        if int(match[3]) > 12 >= int(match[1]):
            return layouts.SLASH_MDY
    return None


@functools.lru_cache(maxsize=1024)
def label_key(text: str | None) -> tuple[str | None, bool]:
    """(pcrm's label, primary) for an exporter's label: ``"* Work"`` → ``("work", True)``."""
    if not text:
        return None, False
    primary = text.startswith(PRIMARY) or text == PRIMARY.strip()
    word = text[len(PRIMARY) :].strip() if primary else text.strip()
    if not word:
        return None, primary
    folded = word.casefold()
    return LABEL_WORDS.get(folded, word), primary


def row_uid(card: ContactCard, row: Sequence[str]) -> str:
    """A UID made of who the row is (name, e-mails, phones), so that importing the same file
    again, or a newer export of it, finds the same contact; the whole row when it names no one."""
    emails, phones = [], []
    for f in card.fields:
        if f.kind == _EMAIL:
            emails.append(f.value.casefold())
        elif f.kind == _PHONE:
            phones.append(_DIGITS.sub("", f.value))
    keys = [card.display_name.casefold(), *sorted(emails), *sorted(phones)]
    basis = "\x1f".join(keys) if len(keys) > 1 or keys[0] else "\x1e".join(row)
    return "pcrm-csv-" + hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()[:32]


@dataclass
class _Row:
    """One row on its way to a card: the values by target, then the card and its record."""

    headers: list[str]
    slash_dates: str
    record: ImportedContact
    scalars: dict[str, tuple[str, int]] = field(default_factory=dict)
    entries: dict[tuple[str, str | None, int], dict[str, tuple[str, int]]] = field(
        default_factory=dict
    )
    note_lines: list[str] = field(default_factory=list)

    @property
    def card(self) -> ContactCard:
        return self.record.card

    def keep(self, index: int, value: str, why: str | None = None) -> None:
        """Keep a value pcrm has no place for in the notes, saying why when it should be."""
        self.note_lines.append(f"{self.headers[index]}: {value}")
        if why:
            self.record.notes.append(f"{self.headers[index]} {why}; kept in the notes")

    def add_date(self, value: str, index: int, kind: str, label: str | None = None) -> None:
        found = parse_date(value, self.slash_dates)
        if found is None:
            self.keep(index, value, "is not a date pcrm can read")
        else:
            self.card.dates.append(DateEntry(date=found, kind=kind, label=label))


@dataclass(slots=True)
class _Entry:
    """The columns of one entry (an e-mail with its label, an address with its parts)."""

    kind: str
    label: str | None
    primary: bool
    parts: dict[str, tuple[str, int]]

    def get(self, part: str) -> str:
        return self.parts[part][0] if part in self.parts else ""


class RowReader:
    """Rows of one file (its ``headers``) onto cards, by ``columns`` (a target per column)."""

    def __init__(self, headers: Sequence[str], columns: Sequence[str], slash_dates: str) -> None:
        self.headers = list(headers)
        self.slash_dates = slash_dates
        # per column: None (ignored), or (how, kind, part, entry key) with how one of
        # _KEEP, _SCALAR, _PART; a row then costs one pass over its non-empty cells
        self.plan: list[tuple[int, str, str, tuple[str, str | None, int]] | None] = []
        for index, text in enumerate(columns):
            target = parse_target(text)
            if target is None:
                self.plan.append(None)
            elif target.kind == layouts.NOTE:
                self.plan.append((_KEEP, target.kind, target.part, ("", None, 0)))
            elif target.kind in _SCALARS and target.part == "value":
                self.plan.append((_SCALAR, target.kind, target.part, ("", None, 0)))
            else:
                slot = target.slot
                key = slot if slot is not None else (-1 if target.kind in _COMPOSITE else index)
                self.plan.append(
                    (_PART, target.kind, target.part, (target.kind, target.label, key))
                )

    def read(self, cells: Sequence[str], line: int) -> ImportedContact:
        row = _Row(self.headers, self.slash_dates, ImportedContact(ContactCard(), line))
        self._gather(row, cells)
        if not (row.scalars or row.entries or row.note_lines):
            empty = not any(cell.strip() for cell in cells)
            row.record.problem = "the row is empty" if empty else _NO_ONE
            return row.record
        card = row.card
        if row.scalars:
            _names(row)
            _scalars(row)
        for (kind, fixed_label, _key), parts in row.entries.items():
            if "label" in parts:
                label, primary = label_key(parts["label"][0])
            else:
                label, primary = fixed_label, False
            _ENTRY_READERS[kind](row, _Entry(kind, label, primary, parts))
        notes = row.scalars.get("notes")
        card.notes = "\n".join(([notes[0]] if notes else []) + row.note_lines) or None
        if not card.display_name and card.affiliations:
            card.display_name = card.affiliations[0].organisation
        if not (card.display_name or any(f.kind in (_EMAIL, _PHONE) for f in card.fields)):
            row.record.problem = _NO_ONE
        return row.record

    def _gather(self, row: _Row, cells: Sequence[str]) -> None:
        plan = self.plan
        width = len(plan)
        # most cells of a wide layout are empty: pick the others out in one comprehension
        for index, cell in [(i, c) for i, c in enumerate(cells) if c]:
            planned = plan[index] if index < width else None
            if planned is None:
                continue
            value = cell.strip()
            if value and value[0] in _SPECIAL_STARTS:
                value = clean_cell(value)
            if not value:
                continue
            how, kind, part, key = planned
            if how == _KEEP:
                row.keep(index, value)
            elif how == _SCALAR:
                if kind in row.scalars:  # a second column for one field
                    row.keep(index, value)
                else:
                    row.scalars[kind] = (value, index)
            else:
                parts = row.entries.setdefault(key, {})
                if part in parts:  # "Home Street 2": one more line of the street
                    previous, first = parts[part]
                    parts[part] = (f"{previous}\n{value}", first)
                else:
                    parts[part] = (value, index)


def _names(row: _Row) -> None:
    scalars, card = row.scalars, row.card
    for name in _NAME_FIELDS:
        if name in scalars:
            setattr(card, name, scalars[name][0])
    composed = ""
    if any(name in scalars for name in _NAME_PARTS):
        composed = PersonName(
            card.prefix, card.given, card.middle, card.family, card.suffix, card.nickname
        ).composed()
    explicit = scalars["display_name"][0] if "display_name" in scalars else None
    card.display_name = explicit or composed
    card.display_name_custom = bool(explicit and composed and explicit != composed)


def _scalars(row: _Row) -> None:
    for kind, date_kind in (("birthday", _BIRTHDAY), ("anniversary", _ANNIVERSARY)):
        if kind in row.scalars:
            row.add_date(*row.scalars[kind], date_kind)
    card = row.card
    if "labels" in row.scalars:
        groups, favourite = google_labels(row.scalars["labels"][0])
        card.groups.extend(groups)
        card.favourite = card.favourite or favourite
    if "groups" in row.scalars:
        for name in (n.strip() for n in row.scalars["groups"][0].split(";")):
            if name and name not in card.groups:
                card.groups.append(name)
    if "photo" in row.scalars:
        row.record.notes.append("the photo is a link in the file; it was not downloaded")


@functools.lru_cache(maxsize=1024)
def google_labels(cell: str) -> tuple[tuple[str, ...], bool]:
    """(groups, starred) of Google's ``Labels`` / ``Group Membership`` cell: system groups
    dropped, "System Group: Friends" as "Friends"."""
    groups: list[str] = []
    starred = False
    for name in cell.split(MULTI):
        clean = name.strip().removeprefix(PRIMARY.strip()).strip()
        folded = clean.casefold()
        if folded in STARRED:
            starred = True
        elif clean and folded not in SYSTEM_GROUPS:
            if folded.startswith(_SYSTEM_PREFIX):
                clean = clean[len(_SYSTEM_PREFIX) :].strip()
            if clean not in groups:
                groups.append(clean)
    return tuple(groups), starred


def _values(row: _Row, entry: _Entry) -> None:
    """E-mails, phones, web addresses, messengers, relations and events: one or more values
    (`` ::: ``) under one label, the first primary when the label was marked."""
    if "value" not in entry.parts:
        return
    value, index = entry.parts["value"]
    reader = _VALUE_READERS[entry.kind]
    if MULTI not in value:
        reader(row, entry, value, index, entry.primary)
        return
    for n, one in enumerate(v.strip() for v in value.split(MULTI)):
        if one:
            reader(row, entry, one, index, entry.primary and n == 0)


def _email(row: _Row, entry: _Entry, value: str, index: int, primary: bool) -> None:
    if entry.get("addrtype").upper() == "EX" or value[:3].casefold() == "/o=":
        row.record.notes.append(
            f"{row.headers[index]} is an Exchange (X.500) address, not an e-mail address; left out"
        )
    elif "@" not in value:
        row.keep(index, value, "is not an e-mail address (no @)")
    else:
        row.card.fields.append(FieldEntry(_EMAIL, value, entry.label, primary))


def _phone(row: _Row, entry: _Entry, value: str, _index: int, primary: bool) -> None:
    row.card.fields.append(FieldEntry(_PHONE, value, entry.label, primary))


def _url(row: _Row, entry: _Entry, value: str, _index: int, primary: bool) -> None:
    social = (entry.label or "").casefold()
    if social in layouts.SOCIAL_SERVICES:
        field_entry = FieldEntry(_SOCIAL, value, None, primary, social)
    else:
        field_entry = FieldEntry(_URL, value, entry.label, primary)
    row.card.fields.append(field_entry)


def _messenger(row: _Row, entry: _Entry, value: str, _index: int, primary: bool) -> None:
    service = entry.get("service") or None
    if service and service.casefold() in SERVICES:
        service = service.casefold()
    row.card.fields.append(FieldEntry(_MESSENGER, value, entry.label, primary, service))


def _relation(row: _Row, entry: _Entry, value: str, _index: int, _primary: bool) -> None:
    """A vCard 4 ``RELATED;VALUE=text``: pcrm's relations link two contacts, and the other
    person of a file's relation is only a name."""
    params = {"VALUE": ["text"], **({"TYPE": [entry.label]} if entry.label else {})}
    row.card.extras.append(ExtraProperty("RELATED", escape_text(value), None, params))


def _event(row: _Row, entry: _Entry, value: str, index: int, _primary: bool) -> None:
    """Google's events: an anniversary, a second birthday, or a date of the owner's label."""
    kind = _EVENT_KINDS.get((entry.label or "").casefold(), _OTHER_DATE)
    row.add_date(value, index, kind, entry.label if kind == _OTHER_DATE else None)


def _addresses(row: _Row, entry: _Entry) -> None:
    parts = {p: v for p, (v, _i) in entry.parts.items() if p != "label"}
    if "formatted" in parts:  # the parts say it better than Google's one-cell form
        formatted = parts.pop("formatted")
        if not parts:
            parts["street"] = formatted
    if not any(MULTI in v for v in parts.values()):  # one address: the usual case
        address = AddressEntry(label=entry.label, preferred=entry.primary)
        for part, value in parts.items():
            setattr(address, part, value)
        row.card.addresses.append(address)
        return
    pieces = {p: v.split(MULTI) for p, v in parts.items()}
    count = max((len(v) for v in pieces.values()), default=0)
    for n in range(count):
        address = AddressEntry(label=entry.label, preferred=entry.primary and n == 0)
        for part, values in pieces.items():
            setattr(address, part, (values[n].strip() if n < len(values) else "") or None)
        if address.one_line():
            row.card.addresses.append(address)


def _affiliation(row: _Row, entry: _Entry) -> None:
    if not entry.get("name"):  # a job title without a company: pcrm keeps titles with one
        for value, index in entry.parts.values():
            row.keep(index, value)
        return
    row.card.affiliations.append(
        AffiliationEntry(
            organisation=entry.get("name"),
            title=entry.get("title") or None,
            department=entry.get("department") or None,
            primary=not row.card.affiliations,
        )
    )


def _birthday_parts(row: _Row, entry: _Entry) -> None:
    """Thunderbird's Birth Year, Birth Month and Birth Day columns."""
    year, month, day = entry.get("year"), entry.get("month"), entry.get("day")
    try:
        found = PartialDate(month=int(month), day=int(day), year=int(year) if year else None)
    except ValueError:
        index = next(iter(entry.parts.values()))[1]
        row.keep(index, "-".join(v for v in (year, month, day) if v), "is not a date")
        return
    row.card.dates.append(DateEntry(date=found, kind=_BIRTHDAY))


def _custom(row: _Row, entry: _Entry) -> None:
    """Google's custom fields go into the card's custom fields, by their label."""
    if "value" not in entry.parts:
        return
    value, index = entry.parts["value"]
    name = entry.get("label").removeprefix(PRIMARY)
    if name and name not in row.card.custom:
        row.card.custom[name] = value
    else:
        row.keep(index, value)


_ValueReader = Callable[[_Row, _Entry, str, int, bool], None]
_VALUE_READERS: dict[str, _ValueReader] = {
    "email": _email,
    "phone": _phone,
    "url": _url,
    "messenger": _messenger,
    "relation": _relation,
    "event": _event,
}
_ENTRY_READERS: dict[str, Callable[[_Row, _Entry], None]] = {
    **dict.fromkeys(_VALUE_READERS, _values),
    "address": _addresses,
    "organisation": _affiliation,
    "birthday": _birthday_parts,
    "custom": _custom,
}
