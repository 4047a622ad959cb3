"""Reading vCard 2.1, 3.0 and 4.0 files into :class:`ImportedContact` records.

:mod:`vcard_lines` turns the bytes into cards of decoded properties; this module maps each card
onto a :class:`ContactCard`:

- N, FN, NICKNAME, X-PHONETIC-*; without FN the display name is composed from N (or is the
  organisation's name); without N the FN stays the display name;
- TEL, EMAIL, URL → fields with a label from TYPE or Apple's ``itemN.X-ABLabel``, ``preferred``
  from ``TYPE=pref``, 2.1's bare ``PREF`` or ``PREF=1``; IMPP and the older X-AIM, X-SKYPE…
  → messenger fields, X-SOCIALPROFILE / SOCIALPROFILE → social fields, each with its service;
- ADR (seven components), ORG with TITLE and ROLE → affiliations (paired by group, else by order);
- BDAY, ANNIVERSARY, X-ANNIVERSARY, X-ABDATE… → dates; a year of 1604 (Apple's
  ``X-APPLE-OMIT-YEAR``, Thunderbird CardBook's ``16040101``) means no year;
- NOTE (commas kept; several are joined), CATEGORIES → ``card.groups``, TZ (an IANA name),
  UID (or one derived from the card's content, so a re-import updates), PHOTO (base64 in the
  2.1, 3.0 and 4.0 styles) → ``photo``;
- every other property → ``card.extras``, kept as written; VERSION, PRODID and REV describe
  the file and are not kept.

A field's original parameters and group go into ``vcard_params`` as
``{"params": {NAME: [values]}, "group": "item1"}`` so that the writer can give them back.

vCard 3.0 is read as strictly as RFC 2426 asks where real programs follow it: a 3.0 card needs
FN; it needs N too, but RFC 2426's own examples and khard leave N out of cards that hold more
than the name, so only a card that is nothing but an FN is refused for it; a parameter 3.0 does
not define, or a PHOTO that is neither inline nor ``VALUE=uri``, makes the card unusable.  Such
a card comes back with ``problem`` set; a file none of whose cards is usable is refused.
"""

from __future__ import annotations

import binascii
import hashlib
import re
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote_to_bytes

from pcrm import errors
from pcrm.domain import vcard_labels as labels
from pcrm.domain.card import (
    AddressEntry,
    AffiliationEntry,
    ContactCard,
    DateEntry,
    ExtraProperty,
    FieldEntry,
)
from pcrm.domain.dates import PartialDate
from pcrm.domain.imported import ImportedContact, ImportedPhoto
from pcrm.domain.kinds import DateKind, FieldKind
from pcrm.domain.names import PersonName
from pcrm.domain.vcard_lines import MAX_BYTES, Prop, RawCard, read_cards
from pcrm.domain.zones import zone_named

NO_YEAR = 1604  # Apple's and CardBook's year for "no year"
_UID_SPACE = uuid.UUID("5b0c7ee4-6c2e-4d8a-9a43-2f1d6f3c9e61").bytes
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPE_21 = re.compile(r"\\([;,\\])")
_SEPARATORS = {";": re.compile(r"\\.|;", re.DOTALL), ",": re.compile(r"\\.|,", re.DOTALL)}
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_PARAMS_30 = frozenset(
    {"TYPE", "ENCODING", "CHARSET", "VALUE", "LANGUAGE", "CONTEXT", "PREF", "ALTID", "PID"}
    | {"SORT-AS", "LABEL", "GEO", "TZ", "MEDIATYPE", "CALSCALE", "INDEX", "LEVEL"}
    | {"SERVICE-TYPE", "USERNAME"}
)
_HANDLED_PARAMS = frozenset(
    {"PREF", "ENCODING", "CHARSET", "VALUE", "X-SERVICE-TYPE", "SERVICE-TYPE"}
)
_DATES = {
    "BDAY": DateKind.BIRTHDAY,
    "ANNIVERSARY": DateKind.ANNIVERSARY,
    "X-ANNIVERSARY": DateKind.ANNIVERSARY,
    "X-MS-ANNIVERSARY": DateKind.ANNIVERSARY,
    "X-EVOLUTION-ANNIVERSARY": DateKind.ANNIVERSARY,
    "X-ABDATE": DateKind.OTHER,
}
_IMAGE_TYPES = {"JPG": "image/jpeg"}
_NOT_KEPT = frozenset({"VERSION", "PRODID", "REV"})
_SKIPPED = _NOT_KEPT | {"X-ABLABEL"}
_BARE_NAME = _NOT_KEPT | {"FN"}
_SINGLE = frozenset({"FN", "N", "NICKNAME", "UID", "TZ"})
_PHONETIC = {
    "X-PHONETIC-FIRST-NAME": "phonetic_given",
    "X-PHONETIC-MIDDLE-NAME": "phonetic_middle",
    "X-PHONETIC-LAST-NAME": "phonetic_family",
}


def _never() -> bool:
    return False


def read_vcards(
    data: bytes,
    where: str,
    cancelled: Callable[[], bool] | None = None,
    *,
    budget_seconds: float = 20.0,
    max_bytes: int = MAX_BYTES,
) -> list[ImportedContact]:
    """One record per card.  BadInput when the file's structure is broken, larger than
    ``max_bytes`` or slower than ``budget_seconds`` to read, or when none of its cards can be
    used (naming the first); ImportCancelled when ``cancelled`` says so."""
    raws = read_cards(data, where, cancelled or _never, budget_seconds, max_bytes)
    memo = _Memo()
    records = [_CardReader(raw, memo).record() for raw in raws]
    if all(r.problem for r in records):
        first = records[0]
        raise errors.BadInput(where=errors.where(where, line=first.line), reason=first.problem)
    return records


# -- values ---------------------------------------------------------------------------------------


def unescape(text: str) -> str:
    """A TEXT value of vCard 3.0/4.0: ``\\n`` a newline, any other ``\\x`` the character x."""
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda m: "\n" if m[1] in "nN" else m[1], text)


def split_escaped(text: str, separator: str) -> list[str]:
    """Split at every ``separator`` no backslash escapes; the parts are still escaped."""
    if "\\" not in text:
        return text.split(separator)
    parts: list[str] = []
    start = 0
    for match in _SEPARATORS[separator].finditer(text):
        if match[0] == separator:
            parts.append(text[start : match.start()])
            start = match.end()
    parts.append(text[start:])
    return parts


def _clean(text: str) -> str:
    if text.isprintable():
        return text
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _date(prop: Prop, value: str) -> PartialDate | None:
    text = value.strip().partition("T")[0]
    try:
        found = PartialDate.parse(text)
    except ValueError:
        return None
    if found.year == NO_YEAR or (
        found.year is not None and prop.param("X-APPLE-OMIT-YEAR") == str(found.year)
    ):
        return PartialDate(month=found.month, day=found.day)
    return found


def _mime(data: bytes, declared: str | None) -> str:
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"GIF8"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if not declared:
        return "application/octet-stream"
    if "/" in declared:
        return declared.lower()
    return _IMAGE_TYPES.get(declared.upper(), f"image/{declared.lower()}")


def stable_uid(lines: list[bytes]) -> str:
    """A name-based UUID of a card's lines: the same card gives the same UID on every import."""
    digest = hashlib.sha1(_UID_SPACE + b"\n".join(lines), usedforsecurity=False).digest()
    return str(uuid.UUID(bytes=digest[:16], version=5))


# -- one card -------------------------------------------------------------------------------------

Typed = tuple[str | None, bool, dict[str, list[str]]]  # label, preferred, parameters to keep


class _Memo:
    """What a head's parameters say, worked out once per file: :class:`vcard_lines.Heads`
    shares one parameter dict among all the lines that have the same head, and keeps it alive
    while the file is read, so its ``id`` names it."""

    def __init__(self) -> None:
        self.typed_by: dict[tuple[int, str, str | None], Typed] = {}
        self.unknown_by: dict[int, str | None] = {}

    def typed(self, params: dict[str, list[str]], kind: str, token: str | None = None) -> Typed:
        """The label TYPE says (``token``, a service named in TYPE, left out), whether the line
        is preferred, and the parameters pcrm has no field for."""
        key = (id(params), kind, token)
        found = self.typed_by.get(key)
        if found is None:
            types = [t for t in params.get("TYPE", ()) if t != token]
            preferred = params.get("PREF", [""])[0] == "1" or any(
                t.upper() == "PREF" for t in types
            )
            kept = {k: v for k, v in params.items() if k not in _HANDLED_PARAMS}
            if "TYPE" in kept:
                kept["TYPE"] = [t for t in types if t.upper() != "PREF"]
                if not kept["TYPE"]:
                    del kept["TYPE"]
            found = self.typed_by[key] = (labels.label_from_types(kind, types), preferred, kept)
        return found

    def unknown(self, params: dict[str, list[str]]) -> str | None:
        """The first parameter vCard 3.0 does not define, if any."""
        key = id(params)
        if key not in self.unknown_by:
            names = (k for k in params if k not in _PARAMS_30 and not k.startswith("X-"))
            self.unknown_by[key] = next(names, None)
        return self.unknown_by[key]


class _CardReader:
    def __init__(self, raw: RawCard, memo: _Memo) -> None:
        self.raw = raw
        self.memo = memo
        self.v21 = raw.version == "2.1"
        self.card = ContactCard()
        self.photo: ImportedPhoto | None = None
        self.notes = list(raw.charset_notes)
        self.problem = raw.problem
        self.fn: str | None = None
        self.texts: list[str] = []  # NOTE values
        self.labels = {p.group: p for p in raw.props if p.name == "X-ABLABEL" and p.group}
        self.used_labels: set[str] = set()
        self.mapped_groups: dict[str, str] = {}  # group -> name of a mapped property in it
        self.kept: list[Prop] = []
        self.seen: set[tuple[str, str | None]] = set()
        self.orgs: list[tuple[str | None, AffiliationEntry]] = []
        self.titles: list[Prop] = []

    def record(self) -> ImportedContact:
        if self.raw.version == "3.0":
            self.problem = self.problem or self._strict_30()
        for prop in self.raw.props:
            name = prop.name
            if name in _SKIPPED or (
                (name in _SINGLE or "ALTID" in prop.params) and self._alternative(prop)
            ):
                continue
            handler = _HANDLERS.get(name)
            if handler is None or handler(self, prop) is False:
                self.kept.append(prop)
            elif prop.group:
                self.mapped_groups.setdefault(prop.group, name)
        self._pair_titles()
        self._finish_names()
        card = self.card
        card.notes = "\n\n".join(t for t in self.texts if t) or None
        card.extras = [self._extra(p) for p in self.kept] + self._leftover_labels()
        card.uid = card.uid or stable_uid([raw for _, raw in self.raw.content])
        if self.problem is None and not (
            card.display_name or card.fields or card.addresses or card.notes or self.photo
        ):
            self.problem = "the vCard holds no name, phone, e-mail, address or note"
        return ImportedContact(card, self.raw.line, self.photo, self.problem, self.notes)

    def _strict_30(self) -> str | None:
        names = {p.name for p in self.raw.props}
        for p in self.raw.props:
            unknown = self.memo.unknown(p.params)
            if unknown:
                return (
                    f"{p.name} on line {p.number} has a parameter vCard 3.0 does not define "
                    f"({unknown[:40]})"
                )
            if (
                p.name == "PHOTO"
                and p.param("VALUE") is None
                and p.encoding() not in ("B", "BASE64")
                and not p.value.lstrip().lower().startswith("data:")
            ):
                return (
                    f"PHOTO on line {p.number} is neither inline (ENCODING=b) "
                    "nor a link (VALUE=uri)"
                )
        if "FN" not in names:
            return "a vCard 3.0 needs FN (the formatted name), and this one has none"
        if "N" not in names and not names - _BARE_NAME:
            return "a vCard 3.0 needs N (the structured name), and this one has only FN"
        return None

    def _alternative(self, prop: Prop) -> bool:
        """A second property of a kind that has one (FN, N…), or another representation (ALTID)
        of one already read: kept as written rather than read."""
        key = (prop.name, None if prop.name in _SINGLE else prop.param("ALTID"))
        if key in self.seen:
            self.kept.append(prop)
            return True
        self.seen.add(key)
        return False

    def plain(self, value: str) -> str:
        """A value unescaped (vCard 2.1 escapes only ``;``, ``,`` and ``\\``), without control
        characters, newlines as ``\n``."""
        if "\\" in value:
            value = _ESCAPE_21.sub(r"\1", value) if self.v21 else unescape(value)
        return _clean(value)

    def text(self, prop: Prop) -> str:
        return self.plain(prop.value)

    def parts(self, prop: Prop, count: int) -> list[str]:
        """The ``;``-separated components, unescaped and stripped; the last takes any surplus."""
        value = prop.value
        if "\\" not in value:
            pieces = _clean(value).split(";", count - 1)
            return [p.strip() for p in pieces] + [""] * (count - len(pieces))
        pieces = split_escaped(value, ";")
        pieces += [""] * (count - len(pieces))
        pieces[count - 1 :] = [";".join(pieces[count - 1 :])]
        return [self.plain(p).strip() for p in pieces]

    def words(self, value: str) -> list[str]:
        """The ``,``-separated list values of one component, unescaped, the empty ones left out."""
        if "\\" not in value:
            return [w for w in (x.strip() for x in _clean(value).split(",")) if w]
        return [w for w in (self.plain(x).strip() for x in split_escaped(value, ",")) if w]

    def typed(self, prop: Prop, kind: str, token: str | None = None) -> Typed:
        """The label (Apple's X-ABLabel of the line's group first, then TYPE), whether the line
        is preferred, and what it said that pcrm keeps for export (``vcard_params``)."""
        label, preferred, kept = self.memo.typed(prop.params, kind, token)
        group = prop.group
        if group and group in self.labels:
            self.used_labels.add(group)
            label = labels.from_apple(self.text(self.labels[group]).strip()) or None
        return label, preferred, kept

    @staticmethod
    def original(prop: Prop, kept: dict[str, list[str]]) -> dict[str, Any] | None:
        """``vcard_params``: the kept parameters (copied: the memo's are shared) and group."""
        stored: dict[str, Any] = {}
        if kept:
            stored["params"] = {k: list(v) for k, v in kept.items()}
        if prop.group:
            stored["group"] = prop.group
        return stored or None

    # -- names --------------------------------------------------------------------------------

    def _fn(self, prop: Prop) -> None:
        self.fn = self.text(prop).strip() or None

    def _n(self, prop: Prop) -> None:
        value = prop.value
        if "\\" in value or "," in value:
            pieces = [" ".join(self.words(c)) for c in split_escaped(value, ";")[:5]]
        else:
            pieces = [c.strip() for c in _clean(value).split(";", 5)[:5]]
        family, given, middle, prefix, suffix = (p or None for p in (pieces + [""] * 5)[:5])
        card = self.card
        card.family, card.given, card.middle, card.prefix, card.suffix = (
            family, given, middle, prefix, suffix
        )  # fmt: skip

    def _nickname(self, prop: Prop) -> None:
        self.card.nickname = ", ".join(self.words(prop.value)) or None

    def _phonetic(self, prop: Prop) -> bool:
        attribute = _PHONETIC[prop.name]
        if getattr(self.card, attribute) is not None:
            return False
        setattr(self.card, attribute, self.text(prop).strip() or None)
        return True

    def _finish_names(self) -> None:
        card = self.card
        composed = PersonName(card.prefix, card.given, card.middle, card.family, card.suffix)
        name = composed.composed()
        if self.fn:
            card.display_name, card.display_name_custom = self.fn, self.fn != name
        elif name:
            card.display_name = name
        elif card.affiliations:
            card.display_name, card.display_name_custom = card.affiliations[0].organisation, True

    # -- organisation -------------------------------------------------------------------------

    def _org(self, prop: Prop) -> bool:
        units = [self.plain(x).strip() for x in split_escaped(prop.value, ";")]
        if not units[0]:
            return False
        department = ", ".join(u for u in units[1:] if u) or None
        primary = self.memo.typed(prop.params, "org")[1]
        entry = AffiliationEntry(units[0], department=department, primary=primary)
        self.orgs.append((prop.group, entry))
        self.card.affiliations.append(entry)
        return True

    def _title(self, prop: Prop) -> None:
        self.titles.append(prop)

    def _pair_titles(self) -> None:
        for prop in self.titles:
            attribute = "title" if prop.name == "TITLE" else "role"
            value = self.text(prop).strip()
            free = [e for g, e in self.orgs if getattr(e, attribute) is None]
            grouped = [e for g, e in self.orgs if g and g == prop.group]
            target = next((e for e in grouped if e in free), free[0] if free else None)
            if target is None or not value:
                self.kept.append(prop)
            else:
                setattr(target, attribute, value)

    # -- fields -------------------------------------------------------------------------------

    def add_field(
        self, prop: Prop, kind: str, value: str, service: str | None = None, label_from: str = ""
    ) -> bool:
        value = value.strip()
        if not value:
            return True
        label, preferred, kept = self.typed(prop, kind, label_from or None)
        entry = FieldEntry(
            kind, value, label, preferred, service, vcard_params=self.original(prop, kept)
        )
        self.card.fields.append(entry)
        return True

    def _tel(self, prop: Prop) -> bool:
        value = self.text(prop).strip()
        if value[:4].lower() == "tel:":
            value = value[4:]
        return self.add_field(prop, FieldKind.PHONE, value)

    def _email(self, prop: Prop) -> bool:
        value = self.text(prop).strip()
        if value and "@" not in value:
            self.notes.append(f"line {prop.number}: EMAIL has no @; it is kept as it was written")
            return False
        return self.add_field(prop, FieldKind.EMAIL, value)

    def _url(self, prop: Prop) -> bool:
        return self.add_field(prop, FieldKind.URL, self.text(prop))

    def _impp(self, prop: Prop) -> bool:
        handle, by_scheme = labels.split_messenger(self.text(prop).strip())
        named = prop.param("X-SERVICE-TYPE") or prop.param("SERVICE-TYPE")
        service = labels.service_key(named) if named else by_scheme
        return self.add_field(prop, FieldKind.MESSENGER, handle, service)

    def _legacy_messenger(self, prop: Prop) -> bool:
        handle, _ = labels.split_messenger(self.text(prop).strip())
        service = labels.LEGACY_MESSENGERS[prop.name]
        return self.add_field(prop, FieldKind.MESSENGER, handle, service)

    def _social(self, prop: Prop) -> bool:
        value = self.text(prop).strip()
        value = value[8:] if value[:8].lower() == "x-apple:" else value  # Apple's "no scheme"
        named = prop.param("SERVICE-TYPE") or prop.param("X-SERVICE-TYPE")
        token = None
        if named is None and prop.name == "X-SOCIALPROFILE":  # Apple: TYPE=twitter
            plain = ("PREF", "HOME", "WORK")
            token = next((t for t in prop.params.get("TYPE", []) if t.upper() not in plain), None)
            named = token
        service = labels.service_key(named) if named else None
        return self.add_field(prop, FieldKind.SOCIAL, value, service, label_from=token or "")

    def _adr(self, prop: Prop) -> bool:
        po_box, extended, street, locality, region, code, country = (
            p or None for p in self.parts(prop, 7)
        )
        label, preferred, kept = self.typed(prop, "address")
        entry = AddressEntry(
            street, locality, region, code, country, po_box, extended,
            label, preferred, self.original(prop, kept),
        )  # fmt: skip
        if entry.one_line():
            self.card.addresses.append(entry)
        return True

    # -- dates, notes, groups, zone, uid ------------------------------------------------------

    def _when(self, prop: Prop) -> bool:
        if (prop.param("VALUE") or "").lower() == "text":
            return False
        day = _date(prop, self.text(prop))
        if day is None:
            self.notes.append(
                f"line {prop.number}: {prop.name} is not a day and month pcrm can keep; "
                "it is kept as it was written"
            )
            return False
        kind = _DATES[prop.name]
        label = self.typed(prop, "date")[0] if prop.group in self.labels else None
        if label == labels.ANNIVERSARY:
            kind, label = DateKind.ANNIVERSARY, None
        self.card.dates.append(DateEntry(day, kind.value, label))
        return True

    def _note(self, prop: Prop) -> None:
        self.texts.append(self.text(prop))

    def _categories(self, prop: Prop) -> None:
        for name in self.words(prop.value):
            if name not in self.card.groups:
                self.card.groups.append(name)

    def _tz(self, prop: Prop) -> bool:
        name = self.text(prop).strip()
        try:
            self.card.time_zone = zone_named(name).key
        except errors.BadInput:
            return False
        return True

    def _uid(self, prop: Prop) -> None:
        self.card.uid = self.text(prop).strip() or None

    def _photo(self, prop: Prop) -> bool:
        if self.photo is not None:
            return False
        value = prop.value.strip()
        declared = prop.param("TYPE") or prop.param("MEDIATYPE")
        try:
            if value[:5].lower() == "data:":
                header, _, payload = unescape(value).partition(",")
                declared = header[5:].partition(";")[0] or declared
                data = (
                    binascii.a2b_base64(payload)
                    if header.lower().endswith(";base64")
                    else unquote_to_bytes(payload)
                )
            elif prop.encoding() in ("B", "BASE64"):
                data = binascii.a2b_base64(value)
            else:
                return False  # a link: kept as written
        except (binascii.Error, ValueError):
            self.notes.append(f"line {prop.number}: PHOTO is not valid base64; it was left out")
            return True
        if data:
            self.photo = ImportedPhoto(data, _mime(data, declared))
        return True

    # -- what has no field --------------------------------------------------------------------

    def _extra(self, prop: Prop) -> ExtraProperty:
        params = {k: list(v) for k, v in prop.params.items() if k != "CHARSET"}
        value = prop.value
        encoding = prop.encoding()
        if encoding in ("B", "BASE64"):
            params["ENCODING"] = ["b"]
            value = "".join(value.split())
        elif encoding == "QUOTED-PRINTABLE" or not value.isprintable():
            params.pop("ENCODING", None)
            value = _clean(value).replace("\n", "\\n")
        return ExtraProperty(prop.name, value, prop.group, params or None)

    def _leftover_labels(self) -> list[ExtraProperty]:
        """X-ABLabel lines no field took: kept with the extras of their group; the label of a
        property that has no label in pcrm (ORG, BDAY…) is dropped with a note."""
        kept_groups = {p.group for p in self.kept if p.group}
        leftovers: list[ExtraProperty] = []
        for group, prop in self.labels.items():
            if group in self.used_labels:
                continue
            if group in self.mapped_groups and group not in kept_groups:
                self.notes.append(
                    f"line {prop.number}: the label of {self.mapped_groups[group]} is not kept"
                )
                continue
            leftovers.append(ExtraProperty("X-ABLabel", prop.value, group))
        return leftovers


_Handler = Callable[[_CardReader, Prop], "bool | None"]
_HANDLERS: dict[str, _Handler] = {
    "FN": _CardReader._fn,
    "N": _CardReader._n,
    "NICKNAME": _CardReader._nickname,
    **{name: _CardReader._phonetic for name in _PHONETIC},
    "ORG": _CardReader._org,
    "TITLE": _CardReader._title,
    "ROLE": _CardReader._title,
    "TEL": _CardReader._tel,
    "EMAIL": _CardReader._email,
    "URL": _CardReader._url,
    "IMPP": _CardReader._impp,
    "X-SOCIALPROFILE": _CardReader._social,
    "SOCIALPROFILE": _CardReader._social,
    "ADR": _CardReader._adr,
    **{name: _CardReader._when for name in _DATES},
    "NOTE": _CardReader._note,
    "CATEGORIES": _CardReader._categories,
    "TZ": _CardReader._tz,
    "UID": _CardReader._uid,
    "PHOTO": _CardReader._photo,
    **{name: _CardReader._legacy_messenger for name in labels.LEGACY_MESSENGERS},
}
