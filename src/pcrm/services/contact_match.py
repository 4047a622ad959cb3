"""How imported contact records meet the store: their rows, the contact each one matches, and
what updating that contact would add.  The import service (:mod:`pcrm.services.contact_import`)
previews and applies with these; nothing here writes.

**Rows.**  :func:`prepare` turns a record into the rows ``ContactService._apply`` would write, by
the same pure column functions (:func:`~pcrm.services.contacts.name_columns`,
:func:`~pcrm.services.contacts.field_columns`, …), once per record: a bulk insert and the ORM
path store the same names, search keys and normalised values.  A record those functions refuse
(an e-mail without @, an unknown time zone) is skipped with their reason.  Files carry no custom
field definitions, cadence or archive flags: custom values (Google's "Custom Field" columns)
go into the custom fields of those names, defined as text fields when missing, and a starred
contact is created as a favourite.

**Matching**, per record, the first rule that decides wins:

1. the same UID as a stored contact (a re-import of pcrm's or the other program's export); a
   contact in the trash with that UID makes the record skipped, never revived or duplicated;
2. the same normalised e-mail as live contacts, then the same phone (E.164 in the owner's home
   region).  Several candidates are narrowed to the one with the record's exact name, else to
   the one sharing the most values; if that still leaves several, the record is skipped and the
   reason names them (merge the duplicates first);
3. the exact display name (case-folded), when exactly one live contact has it.

Anything else is created.  Inside one file, a record with the UID of an earlier one, one that
matches the contact an earlier record matched, or a new one sharing an e-mail or phone with an
earlier new one is skipped as a duplicate of that line.

**Merging** only ever adds: fields, addresses, dates, organisations, kept vCard properties and
groups the contact does not have yet, a photo when it has none, name parts, notes and time zone
where they are empty (notes the file adds to are appended).  What the owner has in pcrm is never
overwritten or removed; where the file disagrees, pcrm's value stays and the preview says so.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from pcrm import errors
from pcrm.domain.card import ContactCard, FieldEntry
from pcrm.domain.imported import ImportedContact, ImportedPhoto
from pcrm.domain.kinds import DateKind, FieldKind
from pcrm.services.contacts import (
    ContactService,
    address_columns,
    affiliation_columns,
    date_columns,
    field_columns,
    name_columns,
)

NAME_PARTS = (
    "prefix",
    "given",
    "middle",
    "family",
    "suffix",
    "nickname",
    "phonetic_given",
    "phonetic_middle",
    "phonetic_family",
)
_PART_NAMES = {
    "prefix": "name prefix",
    "given": "given name",
    "middle": "middle name",
    "family": "family name",
    "suffix": "name suffix",
    "nickname": "nickname",
    "phonetic_given": "phonetic given name",
    "phonetic_middle": "phonetic middle name",
    "phonetic_family": "phonetic family name",
}
_FIELD_NAMES = {FieldKind.EMAIL.value: "e-mail", FieldKind.PHONE.value: "phone"}
_ADDRESS_PARTS = ("po_box", "extended", "street", "locality", "region", "postal_code", "country")


@dataclass
class Prepared:
    """One usable record as rows without ids: computed by the preview, written by apply."""

    index: int  # the record's position in the file's list
    line: int
    name: str
    uid: str | None
    columns: dict[str, Any]  # contacts: the name columns, notes, time_zone
    fields: list[dict[str, Any]]
    addresses: list[dict[str, Any]]
    dates: list[dict[str, Any]]
    affiliations: list[tuple[str, dict[str, Any]]]  # (organisation name, row without its id)
    extras: list[dict[str, Any]]
    groups: list[str]
    photo: ImportedPhoto | None
    custom: dict[str, str] = field(default_factory=dict)  # field name -> value as text
    favourite: bool = False

    def values(self, kind: str) -> list[str]:
        """The normalised e-mails or phones, for matching."""
        return [f["normalized"] for f in self.fields if f["kind"] == kind and f["normalized"]]

    @property
    def name_key(self) -> str:
        return self.name.casefold()


def prepare(
    record: ImportedContact, index: int, region: str, to_e164: Callable[[str, str], str | None]
) -> Prepared | str:
    """The record's rows, or why it cannot be imported."""
    if record.problem:
        return record.problem
    card = record.card
    try:
        columns = name_columns(card)
        columns["notes"] = card.notes if card.notes and card.notes.strip() else None
        columns["time_zone"] = ContactService._zone(card.time_zone)
        fields = [
            field_columns(f, i, region, to_e164)
            for i, f in enumerate(card.fields)
            if f.value.strip()
        ]
        dates = [date_columns(d, i) for i, d in enumerate(card.dates)]
        affiliations = []
        for i, a in enumerate(card.affiliations):
            if not a.organisation.strip():
                raise errors.BadInput(where="organisation", reason="the name is empty")
            affiliations.append((a.organisation.strip(), affiliation_columns(a, 0, i)))
    except errors.BadInput as exc:
        return exc.message
    except ValueError as exc:  # an unknown date kind
        return str(exc)
    return Prepared(
        index=index,
        line=record.line,
        name=columns["display_name"],
        uid=card.uid.strip() if card.uid and card.uid.strip() else None,
        columns=columns,
        fields=fields,
        addresses=[address_columns(a, i) for i, a in enumerate(card.addresses) if a.one_line()],
        dates=dates,
        affiliations=affiliations,
        extras=[
            {"group": x.group, "name": x.name, "params": x.params, "value": x.value, "position": i}
            for i, x in enumerate(card.extras)
        ],
        groups=list({g.strip().casefold(): g.strip() for g in card.groups if g.strip()}.values()),
        photo=record.photo,
        custom={
            name.strip(): value.isoformat() if isinstance(value, date) else str(value)
            for name, value in card.custom.items()
            if name.strip() and value not in (None, "")
        },
        favourite=card.favourite,
    )


# -- matching -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    contact_id: int | None  # None: create
    how: str  # why this contact, or why a new one
    refusal: str | None = None  # set: skip the record, for this reason


_UIDS = """
SELECT uid, id, deleted_at IS NOT NULL, display_name FROM contacts
WHERE uid IN (SELECT value FROM json_each(:keys))
"""
_VALUES = """
SELECT f.normalized, f.contact_id, c.display_name FROM contact_fields AS f
JOIN contacts AS c ON c.id = f.contact_id
WHERE f.kind = :kind AND f.normalized IN (SELECT value FROM json_each(:keys))
AND c.deleted_at IS NULL
"""
_NAMES = """
SELECT pcrm_casefold(display_name), id, display_name FROM contacts
WHERE deleted_at IS NULL AND pcrm_casefold(display_name) IN (SELECT value FROM json_each(:keys))
"""


def _keys(values: Iterable[str | int]) -> dict[str, str]:
    """One JSON array parameter (``json_each``): any number of values, one statement."""
    return {"keys": json.dumps(sorted(set(values)), ensure_ascii=False)}


class Matcher:
    """The stored contacts a list of records can match, read in four queries (no query per
    record), and the rules of the module docstring over them."""

    def __init__(self, s: Session, records: list[Prepared]) -> None:
        self.shown: dict[int, str] = {}
        self.uids: dict[str, tuple[int, bool]] = {}
        for uid, contact_id, trashed, name in s.execute(
            text(_UIDS), _keys(p.uid for p in records if p.uid)
        ):
            self.uids[uid] = (contact_id, bool(trashed))
            self.shown[contact_id] = name
        self.values: dict[str, dict[str, set[int]]] = {}
        for kind in _FIELD_NAMES:
            found: dict[str, set[int]] = {}
            wanted = _keys(v for p in records for v in p.values(kind))
            for value, contact_id, name in s.execute(text(_VALUES), {"kind": kind, **wanted}):
                found.setdefault(value, set()).add(contact_id)
                self.shown[contact_id] = name
            self.values[kind] = found
        self.names: dict[str, list[int]] = {}
        for key, contact_id, name in s.execute(text(_NAMES), _keys(p.name_key for p in records)):
            self.names.setdefault(key, []).append(contact_id)
            self.shown[contact_id] = name

    def match(self, p: Prepared) -> Match:
        if p.uid and p.uid in self.uids:
            contact_id, trashed = self.uids[p.uid]
            if trashed:
                return Match(None, "", "the contact with this UID is in the trash")
            return Match(contact_id, "same UID")
        for kind, what in _FIELD_NAMES.items():
            hits: Counter[int] = Counter()
            first: dict[int, str] = {}
            for value in p.values(kind):
                for contact_id in self.values[kind].get(value, ()):
                    hits[contact_id] += 1
                    first.setdefault(contact_id, value)
            if not hits:
                continue
            chosen = self._narrow(p, hits)
            if chosen is None:
                names = ", ".join(sorted(self.shown[i] for i in hits))
                return Match(
                    None,
                    "",
                    f"its {what} belongs to several contacts ({names}); merge them first",
                )
            return Match(chosen, f"same {what} {first[chosen]}")
        named = self.names.get(p.name_key, [])
        if len(named) == 1:
            return Match(named[0], "same name")
        if named:
            return Match(None, f"new: {len(named)} contacts have this name, none its details")
        return Match(None, "new")

    def _narrow(self, p: Prepared, hits: Counter[int]) -> int | None:
        if len(hits) == 1:
            return next(iter(hits))
        same_name = [i for i in hits if self.shown[i].casefold() == p.name_key]
        if len(same_name) == 1:
            return same_name[0]
        ranked = hits.most_common()
        if ranked[0][1] > ranked[1][1]:
            return ranked[0][0]
        return None


# -- what an update adds --------------------------------------------------------------------------


@dataclass
class Stored:
    """What merging needs of a stored contact."""

    id: int
    columns: dict[str, Any]  # the name columns (name_columns' keys), notes, time_zone
    first_email: str | None = None
    fields: set[tuple[str, str]] = field(default_factory=set)
    addresses: set[str] = field(default_factory=set)
    dates: set[tuple[str, int | None, int, int]] = field(default_factory=set)
    birthday: bool = False
    organisations: set[str] = field(default_factory=set)
    extras: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)
    custom: set[str] = field(default_factory=set)  # the custom fields it has a value for
    photo: bool = False
    updated_at: str = ""  # as stored (naive UTC text): put back by an undo
    next: Counter[str] = field(default_factory=Counter)  # the next position, per table


_STORED = {
    "contacts": "SELECT id, updated_at, {columns} FROM contacts "
    "WHERE id IN (SELECT value FROM json_each(:keys))",
    "contact_fields": "SELECT contact_id, position, kind, value, normalized FROM contact_fields "
    "WHERE contact_id IN (SELECT value FROM json_each(:keys)) ORDER BY contact_id, position",
    "postal_addresses": "SELECT contact_id, position, {address} FROM postal_addresses "
    "WHERE contact_id IN (SELECT value FROM json_each(:keys))",
    "important_dates": "SELECT contact_id, position, kind, year, month, day FROM important_dates "
    "WHERE contact_id IN (SELECT value FROM json_each(:keys))",
    "affiliations": "SELECT a.contact_id, a.position, o.name FROM affiliations AS a "
    "JOIN organisations AS o ON o.id = a.organisation_id "
    "WHERE a.contact_id IN (SELECT value FROM json_each(:keys))",
    "vcard_extras": 'SELECT contact_id, position, "group", name, params, value FROM vcard_extras '
    "WHERE contact_id IN (SELECT value FROM json_each(:keys))",
    "group_members": "SELECT m.contact_id, 0, g.name FROM group_members AS m "
    "JOIN groups AS g ON g.id = m.group_id "
    "WHERE g.deleted_at IS NULL AND m.contact_id IN (SELECT value FROM json_each(:keys))",
    "photos": "SELECT contact_id, 0 FROM photos "
    "WHERE contact_id IN (SELECT value FROM json_each(:keys))",
    "custom_field_values": "SELECT v.contact_id, 0, d.name FROM custom_field_values AS v "
    "JOIN custom_field_defs AS d ON d.id = v.field_id "
    "WHERE v.contact_id IN (SELECT value FROM json_each(:keys))",
}


def _field_key(kind: str, value: str, normalized: str | None) -> tuple[str, str]:
    return kind, normalized or value.casefold()


def _address_key(row: dict[str, Any] | tuple[Any, ...]) -> str:
    parts = [row[k] for k in _ADDRESS_PARTS] if isinstance(row, dict) else list(row)
    return ", ".join(str(p).strip() for p in parts if p).casefold()


def _extra_key(group: str | None, name: str, params: Any, value: str) -> str:
    return json.dumps([group, name.upper(), params or None, value], sort_keys=True)


def load_stored(s: Session, ids: Iterable[int]) -> dict[int, Stored]:
    """The stored side of merging for ``ids``: eight queries, whatever their number."""
    keys = _keys(ids)
    found: dict[int, Stored] = {}
    names = (*name_columns(ContactCard()), "notes", "time_zone")
    contacts = _STORED["contacts"].format(columns=", ".join(names))
    for row in s.execute(text(contacts), keys):
        columns = dict(zip(names, row[2:], strict=True))
        found[row[0]] = Stored(row[0], columns, updated_at=row[1])
    address = _STORED["postal_addresses"].format(address=", ".join(_ADDRESS_PARTS))
    for table, sql in _STORED.items():
        if table == "contacts":
            continue
        for row in s.execute(text(address if table == "postal_addresses" else sql), keys):
            stored = found[row[0]]
            stored.next[table] = max(stored.next[table], row[1] + 1)
            _remember(stored, table, row[2:])
    return found


def _remember(stored: Stored, table: str, row: tuple[Any, ...]) -> None:
    if table == "contact_fields":
        kind, value, normalized = row
        stored.fields.add(_field_key(kind, value, normalized))
        if kind == FieldKind.EMAIL.value and stored.first_email is None:
            stored.first_email = value
    elif table == "postal_addresses":
        stored.addresses.add(_address_key(row))
    elif table == "important_dates":
        stored.dates.add((row[0], row[1], row[2], row[3]))
        stored.birthday = stored.birthday or row[0] == DateKind.BIRTHDAY.value
    elif table == "affiliations":
        stored.organisations.add(str(row[0]).casefold())
    elif table == "vcard_extras":
        group, name, params, value = row
        stored.extras.add(_extra_key(group, name, json.loads(params) if params else None, value))
    elif table == "group_members":
        stored.groups.add(str(row[0]).casefold())
    elif table == "custom_field_values":
        stored.custom.add(str(row[0]))
    else:
        stored.photo = True


@dataclass
class Merge:
    """What updating a stored contact with a record does: rows to add (positions after the
    stored ones), columns to change and their stored values, and the same in words."""

    columns: dict[str, Any] = field(default_factory=dict)
    before: dict[str, Any] = field(default_factory=dict)
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    affiliations: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    custom: dict[str, str] = field(default_factory=dict)  # values of fields it has none of
    photo: ImportedPhoto | None = None
    changes: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # what the file says differently
    updated_at: str = ""  # the contact's, before


def merge(stored: Stored, p: Prepared) -> Merge:
    out = Merge(updated_at=stored.updated_at)
    _merge_names(stored, p, out)
    notes, theirs = stored.columns["notes"], p.columns["notes"]
    if theirs and (not notes or theirs.strip() not in notes):
        out.columns["notes"] = f"{notes.rstrip()}\n\n{theirs}" if notes else theirs
        out.changes.append("notes")
    zone = p.columns["time_zone"]
    if zone and not stored.columns["time_zone"]:
        out.columns["time_zone"] = zone
        out.changes.append(f"time zone {zone}")
    elif zone and zone != stored.columns["time_zone"]:
        out.kept.append("time zone")
    for column in out.columns:
        out.before[column] = stored.columns[column]

    def add(table: str, row: dict[str, Any], words: str) -> None:
        row = {**row, "position": stored.next[table]}
        stored.next[table] += 1
        out.rows.setdefault(table, []).append(row)
        out.changes.append(words)

    for f in p.fields:
        field_key = _field_key(f["kind"], f["value"], f["normalized"])
        if field_key not in stored.fields:
            stored.fields.add(field_key)
            add("contact_fields", f, f"{_FIELD_NAMES.get(f['kind'], f['kind'])} {f['value']}")
    for a in p.addresses:
        if (address_key := _address_key(a)) not in stored.addresses:
            stored.addresses.add(address_key)
            add("postal_addresses", a, "address")
    for d in p.dates:
        date_key = (d["kind"], d["year"], d["month"], d["day"])
        if date_key in stored.dates:
            continue
        if d["kind"] == DateKind.BIRTHDAY.value and stored.birthday:
            out.kept.append("birthday")
            continue
        stored.dates.add(date_key)
        add("important_dates", d, d["kind"].replace("_", " "))
    for name, row in p.affiliations:
        if name.casefold() not in stored.organisations:
            stored.organisations.add(name.casefold())
            out.affiliations.append((name, {**row, "position": stored.next["affiliations"]}))
            stored.next["affiliations"] += 1
            out.changes.append(f"organisation {name}")
    extras = 0
    for x in p.extras:
        extra_key = _extra_key(x["group"], x["name"], x["params"], x["value"])
        if extra_key not in stored.extras:
            stored.extras.add(extra_key)
            out.rows.setdefault("vcard_extras", []).append(
                {**x, "position": stored.next["vcard_extras"]}
            )
            stored.next["vcard_extras"] += 1
            extras += 1
    if extras:
        out.changes.append(f"{extras} other vCard properties" if extras > 1 else "a vCard property")
    for name, value in p.custom.items():
        if name not in stored.custom:
            out.custom[name] = value
            out.changes.append(f"{name} {value}")
    for group in p.groups:
        if group.casefold() not in stored.groups:
            out.groups.append(group)
            out.changes.append(f"group {group}")
    if p.photo is not None:
        if stored.photo:
            out.kept.append("photo")
        else:
            out.photo = p.photo
            out.changes.append("photo")
    return out


def _merge_names(stored: Stored, p: Prepared, out: Merge) -> None:
    have = stored.columns
    filled = {}
    for part in NAME_PARTS:
        theirs = p.columns[part]
        if theirs and not have[part]:
            filled[part] = theirs
            out.changes.append(f"{_PART_NAMES[part]} {theirs}")
        elif theirs and have[part].casefold() != theirs.casefold():
            out.kept.append(_PART_NAMES[part])
    if not filled:
        return
    parts = {part: filled.get(part, have[part]) for part in NAME_PARTS}
    first_email = stored.first_email or next(
        (f["value"] for f in p.fields if f["kind"] == FieldKind.EMAIL.value), None
    )
    card = ContactCard(
        display_name=have["display_name"],
        display_name_custom=bool(have["display_name_custom"]),
        fields=[FieldEntry(FieldKind.EMAIL.value, first_email)] if first_email else [],
        **parts,
    )
    out.columns.update(name_columns(card))
