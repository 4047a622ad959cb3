"""Contacts: create, read, edit, trash and restore cards; resolve what the owner typed."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session, selectinload

from pcrm import errors
from pcrm.clock import Clock
from pcrm.domain import phones
from pcrm.domain.card import (
    AddressEntry,
    AffiliationEntry,
    ContactCard,
    DateEntry,
    ExtraProperty,
    FieldEntry,
    RelationEntry,
)
from pcrm.domain.dates import PartialDate
from pcrm.domain.kinds import CustomFieldType, DateKind, FieldKind
from pcrm.domain.names import PersonName, display_name_for, search_keys
from pcrm.domain.zones import zone_named
from pcrm.services.base import Service
from pcrm.services.changes import ChangeSet
from pcrm.services.contact_rows import ContactRow, read_rows
from pcrm.store import models as m
from pcrm.store.database import Database
from pcrm.store.search import CONTACT_QUICK_SQL, match_expression

CONTACT = "contact"
ORDERS: dict[str, tuple[Any, ...]] = {
    "name": (m.Contact.sort_key.asc(), m.Contact.id.asc()),
    # DESC puts NULL (never contacted) last in SQLite; an explicit NULLS LAST would stop the
    # index ix_contacts_last_interaction from giving the order.
    "last_contacted": (m.Contact.last_interaction_at.desc(), m.Contact.sort_key.asc()),
    "recent": (m.Contact.updated_at.desc(), m.Contact.id.desc()),
}
_ID_REF = re.compile(r"^#?(\d+)$")


@dataclass(frozen=True)
class CustomFieldDefinition:
    """A field the owner defined: what the card editor shows a widget for."""

    id: int
    name: str
    field_type: str  # kinds.CustomFieldType
    choices: list[str]


@dataclass(frozen=True)
class StoredPhoto:
    """A contact's photo as stored, everything ``set_photo`` takes (to put it back on undo)."""

    data: bytes
    mime_type: str
    thumbnail: bytes | None
    size: tuple[int, int] | None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    stripped = value.strip()
    return stripped or None


def name_columns(card: ContactCard) -> dict[str, Any]:
    """The name columns of ``contacts`` as a card sets them, with the keys that sort and find
    it: what :meth:`ContactService._apply` writes, and what a bulk import writes."""
    name = PersonName(
        _clean(card.prefix),
        _clean(card.given),
        _clean(card.middle),
        _clean(card.family),
        _clean(card.suffix),
        _clean(card.nickname),
    )
    first_email = next((f.value for f in card.fields if f.kind == FieldKind.EMAIL), None)
    explicit = card.display_name if card.display_name_custom or not name.composed() else None
    display_name = display_name_for(name, explicit, fallback=first_email)
    sort_key, name_latin = search_keys(name, display_name)
    return {
        "display_name": display_name,
        "display_name_custom": bool(explicit and explicit.strip()),
        "prefix": name.prefix,
        "given": name.given,
        "middle": name.middle,
        "family": name.family,
        "suffix": name.suffix,
        "nickname": name.nickname,
        "phonetic_given": _clean(card.phonetic_given),
        "phonetic_middle": _clean(card.phonetic_middle),
        "phonetic_family": _clean(card.phonetic_family),
        "sort_key": sort_key,
        "name_latin": name_latin,
    }


def field_columns(
    f: FieldEntry,
    position: int,
    region: str,
    to_e164: Callable[[str, str], str | None] = phones.to_e164,
) -> dict[str, Any]:
    """A ``contact_fields`` row without its contact: the value as typed and its normalised form
    for matching.  ``to_e164`` may be a cached :func:`phones.to_e164` (a bulk import)."""
    try:
        kind = FieldKind(f.kind)
    except ValueError:
        raise errors.BadInput(where="field", reason=f"unknown kind {f.kind!r}") from None
    value = f.value.strip()
    if kind is FieldKind.PHONE:
        normalized = to_e164(value, region)
    elif kind is FieldKind.EMAIL:
        if "@" not in value:
            raise errors.BadInput(where="e-mail", reason=f"{value!r} has no @")
        normalized = phones.normalise_email(value)
    else:
        normalized = value.casefold()
    return {
        "kind": kind.value,
        "value": value,
        "label": _clean(f.label),
        "is_preferred": f.preferred,
        "service": _clean(f.service),
        "normalized": normalized,
        "position": position,
        "vcard_params": f.vcard_params,
    }


def address_columns(a: AddressEntry, position: int) -> dict[str, Any]:
    """A ``postal_addresses`` row without its contact (for an address with ``one_line()``)."""
    return {
        "street": _clean(a.street),
        "locality": _clean(a.locality),
        "region": _clean(a.region),
        "postal_code": _clean(a.postal_code),
        "country": _clean(a.country),
        "po_box": _clean(a.po_box),
        "extended": _clean(a.extended),
        "label": _clean(a.label),
        "is_preferred": a.preferred,
        "position": position,
        "vcard_params": a.vcard_params,
    }


def date_columns(d: DateEntry, position: int) -> dict[str, Any]:
    """An ``important_dates`` row without its contact and uid; ValueError for an unknown kind."""
    return {
        "kind": DateKind(d.kind).value,
        "label": _clean(d.label),
        "remind": d.remind,
        "year": d.date.year,
        "month": d.date.month,
        "day": d.date.day,
        "position": position,
    }


def affiliation_columns(a: AffiliationEntry, organisation_id: int, position: int) -> dict[str, Any]:
    """An ``affiliations`` row without its contact."""
    return {
        "organisation_id": organisation_id,
        "title": _clean(a.title),
        "role": _clean(a.role),
        "department": _clean(a.department),
        "start_date": a.start_date,
        "end_date": a.end_date,
        "is_primary": a.primary,
        "position": position,
    }


_CARD_LOADS = (
    selectinload(m.Contact.fields),
    selectinload(m.Contact.addresses),
    selectinload(m.Contact.dates),
    selectinload(m.Contact.affiliations).selectinload(m.Affiliation.organisation),
    selectinload(m.Contact.custom_values).selectinload(m.CustomFieldValue.field),
    selectinload(m.Contact.extra_properties),
)
_CHUNK = 500  # contacts per round of get_many's queries (SQLite's 32,766 bound parameters)


class ContactService(Service):
    def __init__(
        self,
        db: Database,
        clock: Clock,
        home_region: Callable[[], str] = lambda: phones.DEFAULT_REGION,
    ) -> None:
        super().__init__(db, clock)
        self.home_region = home_region  # numbers typed without + are read in this region

    # -- reading ----------------------------------------------------------------------------------

    def get(self, contact_id: int) -> ContactCard:
        with self.read() as s:
            contact = s.get(m.Contact, contact_id, options=_CARD_LOADS)
            if contact is None:
                raise errors.NotFound(what="contact", query=f"#{contact_id}")
            return self._to_card(s, contact)

    def get_many(self, ids: Sequence[int]) -> list[ContactCard]:
        """The cards of ``ids`` in that order (ids no longer there are left out), read in one
        session with a few queries per chunk of contacts, not a few per contact: exporting
        100,000 contacts one ``get`` at a time spent most of its time starting sessions."""
        cards: dict[int, ContactCard] = {}
        with self.read() as s:
            for start in range(0, len(ids), _CHUNK):
                chunk = list(ids[start : start + _CHUNK])
                contacts = s.scalars(
                    select(m.Contact).where(m.Contact.id.in_(chunk)).options(*_CARD_LOADS)
                ).all()
                groups = self._groups_of(s, chunk)
                relations = self._relations_of(s, chunk)
                photos = set(
                    s.scalars(select(m.Photo.contact_id).where(m.Photo.contact_id.in_(chunk)))
                )
                for c in contacts:
                    cards[c.id] = self._card(
                        c, groups.get(c.id, []), relations.get(c.id, []), c.id in photos
                    )
                s.expunge_all()  # a chunk's objects are done with: memory stays flat
        return [cards[i] for i in ids if i in cards]

    def _to_card(self, s: Session, c: m.Contact) -> ContactCard:
        groups = self._groups_of(s, [c.id]).get(c.id, [])
        relations = self._relations_of(s, [c.id]).get(c.id, [])
        has_photo = s.scalar(select(func.count()).where(m.Photo.contact_id == c.id)) == 1
        return self._card(c, groups, relations, has_photo)

    def _card(
        self, c: m.Contact, groups: list[str], relations: list[RelationEntry], has_photo: bool
    ) -> ContactCard:
        card = ContactCard(
            id=c.id,
            uid=c.uid,
            display_name=c.display_name,
            prefix=c.prefix,
            given=c.given,
            middle=c.middle,
            family=c.family,
            suffix=c.suffix,
            nickname=c.nickname,
            phonetic_given=c.phonetic_given,
            phonetic_middle=c.phonetic_middle,
            phonetic_family=c.phonetic_family,
            display_name_custom=c.display_name_custom,
            notes=c.notes,
            cadence_days=c.cadence_days,
            time_zone=c.time_zone,
            favourite=c.is_favourite,
            archived=c.is_archived,
            met_on=PartialDate.parse(c.met_on) if c.met_on else None,
            met_place=c.met_place,
            met_channel=c.met_channel,
            met_notes=c.met_notes,
            introduced_by_id=c.introduced_by_id,
            last_interaction_at=c.last_interaction_at,
            deleted=c.deleted_at is not None,
            created_at=c.created_at,
            updated_at=c.updated_at,
        )
        card.fields = [
            FieldEntry(
                kind=f.kind,
                value=f.value,
                label=f.label,
                preferred=f.is_preferred,
                service=f.service,
                normalized=f.normalized,
                vcard_params=f.vcard_params,
            )
            for f in c.fields
        ]
        card.addresses = [
            AddressEntry(
                street=a.street,
                locality=a.locality,
                region=a.region,
                postal_code=a.postal_code,
                country=a.country,
                po_box=a.po_box,
                extended=a.extended,
                label=a.label,
                preferred=a.is_preferred,
                vcard_params=a.vcard_params,
            )
            for a in c.addresses
        ]
        card.dates = [
            DateEntry(
                date=PartialDate(month=d.month, day=d.day, year=d.year),
                kind=d.kind,
                label=d.label,
                remind=d.remind,
                uid=d.uid,
            )
            for d in c.dates
        ]
        card.affiliations = [
            AffiliationEntry(
                organisation=a.organisation.name,
                title=a.title,
                role=a.role,
                department=a.department,
                start_date=a.start_date,
                end_date=a.end_date,
                primary=a.is_primary,
                organisation_id=a.organisation_id,
            )
            for a in c.affiliations
        ]
        card.extras = [
            ExtraProperty(name=x.name, value=x.value, group=x.group, params=x.params)
            for x in c.extra_properties
        ]
        for v in c.custom_values:
            value = v.value_text if v.value_text is not None else v.value_number
            card.custom[v.field.name] = v.value_date if v.value_date is not None else value
        card.groups = groups
        card.relations = relations
        card.has_photo = has_photo
        return card

    def _groups_of(self, s: Session, ids: list[int]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        rows = s.execute(
            select(m.GroupMember.contact_id, m.Group.name)
            .join(m.GroupMember, m.GroupMember.group_id == m.Group.id)
            .where(m.GroupMember.contact_id.in_(ids), m.Group.deleted_at.is_(None))
            .order_by(m.Group.position, m.Group.name)
        )
        for contact_id, name in rows:
            found.setdefault(contact_id, []).append(name)
        return found

    def _relations_of(self, s: Session, ids: list[int]) -> dict[int, list[RelationEntry]]:
        """Both directions, as plain rows: a busy contact may have a thousand of them."""
        r, t, c = m.Relationship, m.RelationshipType, m.Contact
        found: dict[int, list[RelationEntry]] = {}
        # "A is parent of B": on A's card B is A's child, so the forward side reads the reverse.
        for mine, theirs, label in (
            (r.contact_id, r.other_id, t.reverse_name),
            (r.other_id, r.contact_id, t.name),
        ):
            rows = s.execute(
                select(mine, theirs, c.display_name, t.key, label, r.id)
                .join(t, t.id == r.type_id)
                .join(c, c.id == theirs)
                .where(mine.in_(ids), c.deleted_at.is_(None))
            )
            for owner, other, name, key, said, rel_id in rows:
                found.setdefault(owner, []).append(RelationEntry(other, name, key, said, rel_id))
        for entries in found.values():
            entries.sort(key=lambda e: (e.label, e.other_name))
        return found

    def ordered_ids(
        self,
        order: str = "name",
        *,
        archived: bool = False,
        trashed: bool = False,
        favourites: bool = False,
        group_id: int | None = None,
        organisation_id: int | None = None,
    ) -> list[int]:
        """The ids of a list view in display order: one narrow indexed query, no rows."""
        stmt = select(m.Contact.id)
        stmt = stmt.where(
            m.Contact.deleted_at.is_not(None) if trashed else m.Contact.deleted_at.is_(None)
        )
        if not trashed:
            stmt = stmt.where(m.Contact.is_archived.is_(archived))
        if favourites:
            stmt = stmt.where(m.Contact.is_favourite.is_(True))
        if group_id is not None:
            stmt = stmt.join(m.GroupMember, m.GroupMember.contact_id == m.Contact.id).where(
                m.GroupMember.group_id == group_id
            )
        if organisation_id is not None:
            stmt = stmt.where(
                m.Contact.id.in_(
                    select(m.Affiliation.contact_id).where(
                        m.Affiliation.organisation_id == organisation_id
                    )
                )
            )
        stmt = stmt.order_by(*ORDERS[order])
        with self.read() as s:
            return list(s.scalars(stmt))

    def rows(self, ids: Sequence[int]) -> dict[int, ContactRow]:
        """List rows for ``ids`` (a visible page), with preferred e-mail, phone and organisation."""
        if not ids:
            return {}
        with self.driver() as conn:
            return read_rows(conn, ids)

    def count(self) -> int:
        with self.read() as s:
            return int(s.scalar(select(func.count()).where(m.Contact.deleted_at.is_(None))) or 0)

    def resolve(self, query: str, *, include_trashed: bool = False, strict: bool = False) -> int:
        """One contact from what the owner typed: ``#12``, a uid, an e-mail, a phone or a name.

        ``#12`` names contact 12 or nothing: it never falls through to other matches, so a
        second ``delete #12`` cannot reach someone else.  Bare digits try the id, then a phone.
        The last resort is a full-text prefix match; with ``strict`` (delete, edit, restore) a
        contact found only that way is offered as a choice (:class:`errors.Ambiguous`), never
        acted on.
        """
        value = query.strip()
        if not value:
            raise errors.BadInput(where="contact", reason="no name given")

        def live(stmt: Any) -> Any:
            return stmt if include_trashed else stmt.where(m.Contact.deleted_at.is_(None))

        with self.read() as s:
            if match := _ID_REF.match(value):
                found = s.scalar(live(select(m.Contact.id).where(m.Contact.id == int(match[1]))))
                if found is not None:
                    return int(found)
                if value.startswith("#"):
                    raise errors.NotFound(what="contact", query=value)

            def ids(where: Any, *, via_field: bool = False) -> list[int]:
                stmt = select(m.Contact.id)
                if via_field:
                    stmt = stmt.join(m.ContactField)
                return list(s.scalars(live(stmt.where(where)).distinct()))

            def field(kind: FieldKind, normalized: str) -> Any:
                return (m.ContactField.kind == kind) & (m.ContactField.normalized == normalized)

            digits = any(ch.isdigit() for ch in value)
            e164 = phones.to_e164(value, self.home_region()) if digits else None
            candidates = ids(m.Contact.uid == value)
            if not candidates and "@" in value:
                email = phones.normalise_email(value)
                candidates = ids(field(FieldKind.EMAIL, email), via_field=True)
            if not candidates and e164:
                candidates = ids(field(FieldKind.PHONE, e164), via_field=True)
            if not candidates:
                name = func.pcrm_casefold(m.Contact.display_name) == value.casefold()
                candidates = ids(name)
            exact = bool(candidates)
            if not candidates and not value.isdigit():
                expr = match_expression(value)
                if expr is not None:
                    candidates = [
                        r[0] for r in s.execute(text(CONTACT_QUICK_SQL), {"q": expr, "limit": 6})
                    ]
            guessed = bool(candidates) and not exact
            if len(candidates) == 1 and not (strict and guessed):
                return int(candidates[0])
            if not candidates:
                raise errors.NotFound(what="contact", query=value)
            names = s.execute(
                select(m.Contact.id, m.Contact.display_name)
                .where(m.Contact.id.in_(candidates[:10]))
                .order_by(m.Contact.sort_key)
            ).all()
            error = errors.NotExact if len(candidates) == 1 else errors.Ambiguous
            raise error(
                what="contact",
                query=value,
                count=len(candidates),
                choices=", ".join(f"#{i}" for i, _ in names),
                candidates=[(int(i), str(n)) for i, n in names],
            )

    # -- writing ----------------------------------------------------------------------------------

    def create(self, card: ContactCard, *, import_batch_id: int | None = None) -> ChangeSet:
        with self.write() as s:
            return ChangeSet().add("created", CONTACT, self.insert(s, card, import_batch_id))

    def insert(self, s: Session, card: ContactCard, import_batch_id: int | None = None) -> int:
        """Create a contact inside the caller's transaction (an import makes many in one)."""
        now = self.now()
        contact = m.Contact(created_at=now, updated_at=now, import_batch_id=import_batch_id)
        if card.uid:
            contact.uid = card.uid
        self._apply(s, contact, card)
        s.add(contact)
        s.flush()
        return contact.id

    def update(self, contact_id: int, card: ContactCard) -> ChangeSet:
        with self.write() as s:
            self.rewrite(s, contact_id, card)
            return ChangeSet().add("updated", CONTACT, contact_id)

    def rewrite(self, s: Session, contact_id: int, card: ContactCard) -> m.Contact:
        """Replace a contact's card inside the caller's transaction (a merge changes more)."""
        contact = s.get(m.Contact, contact_id)
        if contact is None:
            raise errors.NotFound(what="contact", query=f"#{contact_id}")
        self._apply(s, contact, card)
        contact.updated_at = self.now()
        return contact

    def _apply(self, s: Session, c: m.Contact, card: ContactCard) -> None:
        for column, value in name_columns(card).items():
            setattr(c, column, value)
        c.notes = card.notes if card.notes and card.notes.strip() else None
        if card.cadence_days is not None and card.cadence_days <= 0:
            raise errors.BadInput(
                where="stay in touch", reason="the cadence must be a positive number of days"
            )
        c.cadence_days = card.cadence_days
        c.time_zone = self._zone(card.time_zone)
        c.is_favourite, c.is_archived = card.favourite, card.archived
        c.met_on = card.met_on.iso() if card.met_on else None
        c.met_place, c.met_channel = _clean(card.met_place), _clean(card.met_channel)
        c.met_notes = _clean(card.met_notes)
        if card.introduced_by_id is not None and card.introduced_by_id == c.id:
            raise errors.BadInput(where="how we met", reason="a contact cannot introduce themself")
        c.introduced_by_id = card.introduced_by_id

        region = self.home_region()
        c.fields = [self._field(f, i, region) for i, f in enumerate(card.fields) if f.value.strip()]
        c.addresses = [
            m.PostalAddress(**address_columns(a, i))
            for i, a in enumerate(card.addresses)
            if a.one_line()
        ]
        # Dates are updated in place, matched by uid, so their uids (which calendar exports use)
        # survive an edit; a new row with an old uid would also collide with the unique index.
        existing = {d.uid: d for d in c.dates}
        dates: list[m.ImportantDate] = []
        for i, d in enumerate(card.dates):
            row = existing.pop(d.uid, None) if d.uid else None
            row = row or m.ImportantDate()
            for column, value in date_columns(d, i).items():
                setattr(row, column, value)
            dates.append(row)
        c.dates = dates
        c.affiliations = [self._affiliation(s, a, i) for i, a in enumerate(card.affiliations)]
        c.custom_values = [
            self._custom(s, k, v) for k, v in card.custom.items() if v not in (None, "")
        ]
        c.extra_properties = [
            m.VCardExtra(group=x.group, name=x.name, params=x.params, value=x.value, position=i)
            for i, x in enumerate(card.extras)
        ]

    @staticmethod
    def _zone(name: str | None) -> str | None:
        if not name or not name.strip():
            return None
        return zone_named(name).key

    @staticmethod
    def _field(f: FieldEntry, position: int, region: str) -> m.ContactField:
        return m.ContactField(**field_columns(f, position, region))

    def _affiliation(self, s: Session, a: AffiliationEntry, position: int) -> m.Affiliation:
        org_id = a.organisation_id or self.organisation_id(s, a.organisation)
        return m.Affiliation(**affiliation_columns(a, org_id, position))

    def organisation_id(self, s: Session, name: str) -> int:
        """The live organisation called ``name`` (case-insensitive), created if there is none."""
        clean = _clean(name)
        if clean is None:
            raise errors.BadInput(where="organisation", reason="the name is empty")
        found = s.scalar(
            select(m.Organisation.id)
            .where(
                func.pcrm_casefold(m.Organisation.name) == clean.casefold(),
                m.Organisation.deleted_at.is_(None),
            )
            .order_by(m.Organisation.id)
            .limit(1)
        )
        if found is not None:
            return int(found)
        now = self.now()
        org = m.Organisation(name=clean, created_at=now, updated_at=now)
        s.add(org)
        s.flush()
        return org.id

    @staticmethod
    def _custom(s: Session, name: str, value: object) -> m.CustomFieldValue:
        definition = s.scalar(select(m.CustomFieldDef).where(m.CustomFieldDef.name == name))
        if definition is None:
            raise errors.BadInput(
                where="custom field", reason=f"no field called {name!r}; define it first"
            )
        row = m.CustomFieldValue(field_id=definition.id)
        kind = CustomFieldType(definition.field_type)
        try:
            if kind is CustomFieldType.NUMBER:
                row.value_number = float(value)  # type: ignore[arg-type]
            elif kind is CustomFieldType.DATE:
                from datetime import date

                row.value_date = (
                    value if isinstance(value, date) else date.fromisoformat(str(value))
                )
            else:
                row.value_text = str(value)
                if kind is CustomFieldType.CHOICE and row.value_text not in (
                    definition.choices or []
                ):
                    raise ValueError(f"{value!r} is not one of {definition.choices}")
        except (TypeError, ValueError) as exc:
            raise errors.BadInput(where=f"custom field {name!r}", reason=str(exc)) from None
        return row

    def define_custom_field(
        self, name: str, field_type: str, choices: list[str] | None = None
    ) -> int:
        kind = CustomFieldType(field_type)
        if not name.strip():
            raise errors.BadInput(where="custom field", reason="the name is empty")
        with self.write() as s:
            taken = s.scalar(
                select(m.CustomFieldDef.id).where(m.CustomFieldDef.name == name.strip())
            )
            if taken is not None:
                raise errors.BadInput(
                    where="custom field", reason=f"a field called {name.strip()!r} exists"
                )
            position = int(s.scalar(select(func.count()).select_from(m.CustomFieldDef)) or 0)
            row = m.CustomFieldDef(
                name=name.strip(),
                field_type=kind.value,
                choices=choices if kind is CustomFieldType.CHOICE else None,
                position=position,
            )
            s.add(row)
            s.flush()
            return row.id

    def custom_fields(self) -> list[CustomFieldDefinition]:
        with self.read() as s:
            rows = s.scalars(select(m.CustomFieldDef).order_by(m.CustomFieldDef.position))
            return [
                CustomFieldDefinition(d.id, d.name, d.field_type, list(d.choices or []))
                for d in rows
            ]

    def remove_custom_field(self, name: str) -> ChangeSet:
        """Drop a definition and its values (the undo of :meth:`define_custom_field`)."""
        with self.write() as s:
            row = s.scalar(select(m.CustomFieldDef).where(m.CustomFieldDef.name == name))
            if row is None:
                raise errors.NotFound(what="custom field", query=name)
            changed = list(
                s.scalars(
                    select(m.CustomFieldValue.contact_id).where(
                        m.CustomFieldValue.field_id == row.id
                    )
                )
            )
            s.delete(row)
        return ChangeSet().add("updated", CONTACT, *changed)

    def set_photo(
        self,
        contact_id: int,
        data: bytes,
        mime_type: str,
        thumbnail: bytes | None = None,
        size: tuple[int, int] | None = None,
    ) -> ChangeSet:
        import hashlib

        with self.write() as s:
            contact = s.get(m.Contact, contact_id)
            if contact is None:
                raise errors.NotFound(what="contact", query=f"#{contact_id}")
            photo = contact.photo or m.Photo()  # replaced in place: one photo row per contact
            photo.mime_type, photo.data, photo.thumbnail = mime_type, data, thumbnail
            photo.width, photo.height = size if size else (None, None)
            photo.sha256 = hashlib.sha256(data).hexdigest()
            contact.photo = photo
            contact.updated_at = self.now()
            return ChangeSet().add("updated", CONTACT, contact_id)

    def remove_photo(self, contact_id: int) -> ChangeSet:
        with self.write() as s:
            contact = s.get(m.Contact, contact_id, options=[selectinload(m.Contact.photo)])
            if contact is None:
                raise errors.NotFound(what="contact", query=f"#{contact_id}")
            contact.photo = None
            contact.updated_at = self.now()
            return ChangeSet().add("updated", CONTACT, contact_id)

    def stored_photo(self, contact_id: int) -> StoredPhoto | None:
        with self.read() as s:
            row = s.scalar(select(m.Photo).where(m.Photo.contact_id == contact_id))
            if row is None:
                return None
            size = (row.width, row.height) if row.width and row.height else None
            return StoredPhoto(row.data, row.mime_type, row.thumbnail, size)

    def stored_photos(self, ids: Sequence[int]) -> dict[int, StoredPhoto]:
        """The photos of those of ``ids`` that have one, in one session."""
        found: dict[int, StoredPhoto] = {}
        with self.read() as s:
            for start in range(0, len(ids), _CHUNK):
                chunk = list(ids[start : start + _CHUNK])
                for row in s.scalars(select(m.Photo).where(m.Photo.contact_id.in_(chunk))):
                    size = (row.width, row.height) if row.width and row.height else None
                    found[row.contact_id] = StoredPhoto(
                        row.data, row.mime_type, row.thumbnail, size
                    )
                s.expunge_all()
        return found

    def photo(self, contact_id: int, *, thumbnail: bool = False) -> tuple[bytes, str] | None:
        with self.read() as s:
            row = s.scalar(select(m.Photo).where(m.Photo.contact_id == contact_id))
            if row is None:
                return None
            data = row.thumbnail if thumbnail and row.thumbnail else row.data
            return data, row.mime_type

    # -- flags, trash -----------------------------------------------------------------------------

    def _set(self, ids: Iterable[int], **values: object) -> ChangeSet:
        wanted = sorted(set(ids))
        with self.write() as s:
            s.execute(
                update(m.Contact)
                .where(m.Contact.id.in_(wanted))
                .values(updated_at=self.now(), **values)
            )
        return ChangeSet().add("updated", CONTACT, *wanted)

    def set_favourite(self, ids: Iterable[int], favourite: bool) -> ChangeSet:
        return self._set(ids, is_favourite=favourite)

    def set_archived(self, ids: Iterable[int], archived: bool) -> ChangeSet:
        return self._set(ids, is_archived=archived)

    def trash(self, ids: Iterable[int]) -> ChangeSet:
        """Move to the trash; :meth:`restore` brings them back unchanged."""
        changes = self._set(ids, deleted_at=self.now())
        return ChangeSet(deleted=changes.updated)

    def restore(self, ids: Iterable[int]) -> ChangeSet:
        return self._set(ids, deleted_at=None)

    def purge(self, ids: Iterable[int]) -> ChangeSet:
        """Delete for good (from the trash): the rows and everything that hangs on them."""
        wanted = sorted(set(ids))
        with self.write() as s:
            for contact in s.scalars(select(m.Contact).where(m.Contact.id.in_(wanted))):
                s.delete(contact)
        return ChangeSet().add("deleted", CONTACT, *wanted)
