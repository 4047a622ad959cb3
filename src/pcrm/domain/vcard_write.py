"""Writing contact cards as vCard 4.0 (RFC 6350) or 3.0 (RFC 2426).

Every card gets a UID (CardDAV servers such as Radicale refuse cards without one): its own, or
one derived from what is written, so that exporting the same card twice gives the same UID.
TEXT values are escaped (``\\\\``, ``\\n``, ``,``, ``;``; the components of N, ADR and ORG each
on its own), parameter values use RFC 6868's caret encoding and are quoted when they must be,
lines are folded at 75 octets without splitting a UTF-8 sequence and end in CRLF.

Labels are written as TYPE where a TYPE says them ("mobile" → ``TYPE=CELL``) and otherwise as
Apple's ``itemN.X-ABLabel``; a field keeps the parameters and group it was imported with
(``vcard_params``) while its label still says the same.  A date without a year is ``--MMDD`` in
4.0 and Apple's ``1604-MM-DD;X-APPLE-OMIT-YEAR=1604`` in 3.0.  A photo is a ``data:`` URI in
4.0 (its comma escaped, which Radicale needs) and ``ENCODING=b`` in 3.0.  The properties an
import kept (``card.extras``) are written again as they came, in fresh ``itemN`` groups where
they had one.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterable, Sequence
from typing import Any

from pcrm import errors
from pcrm.domain import vcard_labels as labels
from pcrm.domain.card import AddressEntry, ContactCard, DateEntry, ExtraProperty, FieldEntry
from pcrm.domain.dates import PartialDate
from pcrm.domain.ical_write import escape_text, fold
from pcrm.domain.imported import ImportedPhoto
from pcrm.domain.kinds import DateKind, FieldKind
from pcrm.domain.names import PersonName
from pcrm.domain.vcard_read import NO_YEAR, stable_uid

PRODID = "-//pcrm//pcrm//EN"
_NAME = re.compile(r"[A-Za-z0-9-]+")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_NEEDS_QUOTES = re.compile(r"[:;,]")
_BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_NOT_WRITTEN = frozenset({"BEGIN", "END", "VERSION", "UID", "PRODID"})
_PROPERTY: dict[str, str] = {
    FieldKind.PHONE: "TEL",
    FieldKind.EMAIL: "EMAIL",
    FieldKind.URL: "URL",
    FieldKind.MESSENGER: "IMPP",
}

Params = Sequence[tuple[str, list[str]]]


def write_vcards(
    cards: Iterable[tuple[ContactCard, ImportedPhoto | None]], version: str = "4.0"
) -> bytes:
    """The cards as one vCard file, in ``version`` "4.0" or "3.0"."""
    if version not in ("4.0", "3.0"):
        raise errors.BadInput(where="vCard version", reason="pcrm writes vCard 4.0 or 3.0")
    return b"".join(
        b"".join(map(fold, _CardWriter(card, photo, version).lines())) for card, photo in cards
    )


def param_value(value: str) -> str:
    """RFC 6868: ``^`` as ``^^``, a newline as ``^n``, ``"`` as ``^'``; quoted if it must be."""
    clean = _CONTROLS.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    if "^" in clean or "\n" in clean or '"' in clean:
        clean = clean.replace("^", "^^").replace("\n", "^n").replace('"', "^'")
    return f'"{clean}"' if _NEEDS_QUOTES.search(clean) else clean


def content_line(name: str, value: str, params: Params = (), group: str | None = None) -> str:
    head = f"{group}.{name}" if group else name
    for key, values in params:
        head += f";{key}=" + ",".join(param_value(v) for v in values)
    return f"{head}:{value}"


def date_value(day: PartialDate, version: str) -> tuple[str, Params]:
    """The value and parameters of a date in this version."""
    if version == "4.0":
        if day.year is None:
            return f"--{day.month:02d}{day.day:02d}", []
        return f"{day.year:04d}{day.month:02d}{day.day:02d}", []
    if day.year is None:
        return f"{NO_YEAR}-{day.month:02d}-{day.day:02d}", [("X-APPLE-OMIT-YEAR", [str(NO_YEAR)])]
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}", []


class _CardWriter:
    def __init__(self, card: ContactCard, photo: ImportedPhoto | None, version: str) -> None:
        self.card, self.photo, self.version = card, photo, version
        self.v4 = version == "4.0"
        self.body: list[str] = []
        self.groups: dict[str, str] = {}  # a group the card was imported with -> the one written
        self.extra_groups = {x.group for x in card.extras if x.group}
        self.counter = 0

    def lines(self) -> list[str]:
        self.names()
        self.organisations()
        for f in self.card.fields:
            self.field(f)
        for a in self.card.addresses:
            self.address(a)
        for d in self.card.dates:
            self.date(d)
        self.texts()
        self.picture()
        for x in self.card.extras:
            self.kept(x)
        uid = self.card.uid or stable_uid([line.encode() for line in self.body])
        head = ["BEGIN:VCARD", f"VERSION:{self.version}", f"PRODID:{PRODID}"]
        return [*head, f"UID:{escape_text(uid)}", *self.body, "END:VCARD"]

    def add(self, name: str, value: str, params: Params = (), group: str | None = None) -> None:
        self.body.append(content_line(name, value, params, group))

    def group(self, original: str | None = None) -> str:
        """A fresh ``itemN``, or the one already given to the card's original group."""
        if original is not None and original in self.groups:
            return self.groups[original]
        self.counter += 1
        fresh = f"item{self.counter}"
        if original is not None:
            self.groups[original] = fresh
        return fresh

    def labelled(self, group: str, label: str) -> None:
        self.add("X-ABLabel", escape_text(labels.to_apple(label)), group=group)

    # -- names and organisations --------------------------------------------------------------

    def names(self) -> None:
        card = self.card
        composed = PersonName(card.prefix, card.given, card.middle, card.family, card.suffix)
        first_org = card.affiliations[0].organisation if card.affiliations else ""
        self.add("FN", escape_text(card.display_name or composed.composed() or first_org))
        parts = (card.family, card.given, card.middle, card.prefix, card.suffix)
        self.add("N", ";".join(escape_text(p or "") for p in parts))
        if card.nickname:
            self.add("NICKNAME", escape_text(card.nickname))
        phonetic = (
            ("X-PHONETIC-FIRST-NAME", card.phonetic_given),
            ("X-PHONETIC-MIDDLE-NAME", card.phonetic_middle),
            ("X-PHONETIC-LAST-NAME", card.phonetic_family),
        )
        for name, value in phonetic:
            if value:
                self.add(name, escape_text(value))

    def organisations(self) -> None:
        several = len(self.card.affiliations) > 1
        for a in self.card.affiliations:
            group = self.group() if several else None
            value = escape_text(a.organisation)
            if a.department:
                value += ";" + escape_text(a.department)
            self.add("ORG", value, self.preference([], a.primary), group)
            if a.title:
                self.add("TITLE", escape_text(a.title), group=group)
            if a.role:
                self.add("ROLE", escape_text(a.role), group=group)

    def preference(self, types: list[str], preferred: bool) -> Params:
        if not preferred:
            return [("TYPE", types)] if types else []
        if self.v4:
            return [*([("TYPE", types)] if types else []), ("PREF", ["1"])]
        return [("TYPE", [*types, "pref"])]

    # -- fields and addresses -----------------------------------------------------------------

    def typed(
        self, kind: str, label: str | None, stored: dict[str, Any] | None
    ) -> tuple[list[str], Params, str | None, bool]:
        """TYPE values, other kept parameters, the group, and whether an X-ABLabel must say the
        label."""
        kept: dict[str, list[str]] = dict((stored or {}).get("params") or {})
        original_types = kept.pop("TYPE", [])
        if labels.label_from_types(kind, original_types) == label:
            types, by_ab = list(original_types), False
        else:
            said = labels.types_for(kind, label) if label else None
            types, by_ab = list(said or []), label is not None and said is None
        original_group = (stored or {}).get("group")
        group = None
        if by_ab or original_group in self.extra_groups:
            group = self.group(original_group)
        return types, list(kept.items()), group, by_ab

    def field(self, f: FieldEntry) -> None:
        types, kept, group, by_ab = self.typed(f.kind, f.label, f.vcard_params)
        value = escape_text(f.value)
        service: Params = []
        if f.kind == FieldKind.EMAIL and not self.v4 and "INTERNET" not in types:
            types.append("INTERNET")
        if f.kind == FieldKind.MESSENGER:
            value = escape_text(labels.messenger_uri(f.service, f.value))
            if f.service:
                service = [("X-SERVICE-TYPE", [labels.vcard_service(f.service)])]
        name = _PROPERTY.get(f.kind, "SOCIALPROFILE" if self.v4 else "X-SOCIALPROFILE")
        if f.kind == FieldKind.SOCIAL and f.service:
            named = labels.vcard_service(f.service)
            if self.v4:
                service = [("SERVICE-TYPE", [named])]
            elif _NAME.fullmatch(named) and named.upper() not in ("PREF", "HOME", "WORK"):
                types.insert(0, named)  # Apple: X-SOCIALPROFILE;TYPE=twitter
            else:
                service = [("X-SERVICE-TYPE", [named])]
        self.add(name, value, [*self.preference(types, f.preferred), *service, *kept], group)
        if by_ab and group and f.label:
            self.labelled(group, f.label)

    def address(self, a: AddressEntry) -> None:
        types, kept, group, by_ab = self.typed("address", a.label, a.vcard_params)
        parts = (a.po_box, a.extended, a.street, a.locality, a.region, a.postal_code, a.country)
        value = ";".join(escape_text(p or "") for p in parts)
        self.add("ADR", value, [*self.preference(types, a.preferred), *kept], group)
        if by_ab and group and a.label:
            self.labelled(group, a.label)

    # -- dates, texts, photo, extras ----------------------------------------------------------

    def date(self, d: DateEntry) -> None:
        value, params = date_value(d.date, self.version)
        label = d.label
        if d.kind == DateKind.BIRTHDAY:
            name = "BDAY"
        elif d.kind == DateKind.ANNIVERSARY and self.v4:
            name = "ANNIVERSARY"
        elif d.kind == DateKind.ANNIVERSARY:
            # Apple and Google read an anniversary as X-ABDATE with Apple's label; one that has
            # a label of its own goes as Thunderbird's X-ANNIVERSARY.
            name, label = ("X-ANNIVERSARY", label) if label else ("X-ABDATE", labels.ANNIVERSARY)
        else:
            name = "X-ABDATE"
        group = self.group() if label else None
        self.add(name, value, params, group)
        if group and label:
            self.labelled(group, label)

    def texts(self) -> None:
        card = self.card
        if card.notes:
            self.add("NOTE", escape_text(card.notes))
        if card.groups:
            self.add("CATEGORIES", ",".join(escape_text(g) for g in card.groups))
        if card.time_zone:
            params: Params = [] if self.v4 else [("VALUE", ["text"])]
            self.add("TZ", escape_text(card.time_zone), params)

    def picture(self) -> None:
        if self.photo is None or not self.photo.data:
            return
        data = binascii.b2a_base64(self.photo.data, newline=False).decode("ascii")
        mime = self.photo.mime_type
        if self.v4:
            # The comma escaped, as vobject writes it: Radicale (vobject) reads an unescaped one
            # as a list separator and keeps only "data:image/png;base64" (measured).
            self.add("PHOTO", f"data:{mime};base64\\,{data}")
        else:
            subtype = mime.rpartition("/")[2].upper() or "JPEG"
            self.add("PHOTO", data, [("ENCODING", ["b"]), ("TYPE", [subtype])])

    def kept(self, x: ExtraProperty) -> None:
        if not _NAME.fullmatch(x.name) or x.name.upper() in _NOT_WRITTEN:
            return
        group = self.group(x.group) if x.group and _NAME.fullmatch(x.group) else None
        params = [(k, v) for k, v in (x.params or {}).items() if _NAME.fullmatch(k)]
        value = _CONTROLS.sub("", x.value.replace("\r\n", "\\n").replace("\n", "\\n"))
        if (
            not self.v4
            and x.name.upper() in _BINARY
            and not {"VALUE", "ENCODING"} & {k.upper() for k, _ in params}
            and not value.startswith("data:")
        ):
            params.append(("VALUE", ["uri"]))  # a 4.0 link; 3.0 takes inline data by default
        self.add(x.name, value, params, group)
