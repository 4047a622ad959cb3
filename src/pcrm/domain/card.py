"""The contact card as plain values: what services accept and return, what the UI and CLI show.

No ORM objects cross the service boundary; a card is a snapshot that can be edited and handed
back to ``ContactService.update``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pcrm.domain.dates import PartialDate


@dataclass
class FieldEntry:
    kind: str  # kinds.FieldKind
    value: str
    label: str | None = None
    preferred: bool = False
    service: str | None = None
    normalized: str | None = None  # filled by the service
    vcard_params: dict[str, Any] | None = None  # what an imported vCard said, kept for export


@dataclass
class AddressEntry:
    street: str | None = None
    locality: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None
    po_box: str | None = None
    extended: str | None = None
    label: str | None = None
    preferred: bool = False
    vcard_params: dict[str, Any] | None = None

    def one_line(self) -> str:
        parts = (
            self.po_box,
            self.extended,
            self.street,
            self.locality,
            self.region,
            self.postal_code,
            self.country,
        )
        return ", ".join(p for p in parts if p)


@dataclass
class DateEntry:
    date: PartialDate
    kind: str = "birthday"  # kinds.DateKind
    label: str | None = None
    remind: bool = True
    uid: str | None = None  # stable across edits: calendar exports key on it


@dataclass
class AffiliationEntry:
    organisation: str
    title: str | None = None
    role: str | None = None
    department: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    primary: bool = False
    organisation_id: int | None = None


@dataclass
class RelationEntry:
    """Seen from this card: ``label`` is the type's name or reverse name as it reads here."""

    other_id: int
    other_name: str
    type_key: str
    label: str
    relationship_id: int | None = None


@dataclass
class ExtraProperty:
    """A vCard property pcrm has no field for, kept as the file wrote it and exported again.

    ``value`` is the raw (still escaped) vCard value; ``params`` maps upper-case parameter names
    to their values; ``group`` is Apple's ``item1``-style prefix, without the dot.
    """

    name: str
    value: str
    group: str | None = None
    params: dict[str, list[str]] | None = None


@dataclass
class ContactCard:
    display_name: str = ""
    prefix: str | None = None
    given: str | None = None
    middle: str | None = None
    family: str | None = None
    suffix: str | None = None
    nickname: str | None = None
    phonetic_given: str | None = None
    phonetic_middle: str | None = None
    phonetic_family: str | None = None
    display_name_custom: bool = False
    fields: list[FieldEntry] = field(default_factory=list)
    addresses: list[AddressEntry] = field(default_factory=list)
    dates: list[DateEntry] = field(default_factory=list)
    affiliations: list[AffiliationEntry] = field(default_factory=list)
    custom: dict[str, str | float | date | None] = field(default_factory=dict)
    notes: str | None = None
    cadence_days: int | None = None
    time_zone: str | None = None
    favourite: bool = False
    archived: bool = False
    met_on: PartialDate | None = None
    met_place: str | None = None
    met_channel: str | None = None
    met_notes: str | None = None
    introduced_by_id: int | None = None
    extras: list[ExtraProperty] = field(default_factory=list)
    # ``uid`` is filled by the service; ``insert`` keeps a given one (an imported card's UID)
    uid: str | None = None
    # read-only, filled by the service
    id: int | None = None
    groups: list[str] = field(default_factory=list)
    relations: list[RelationEntry] = field(default_factory=list)
    last_interaction_at: datetime | None = None
    has_photo: bool = False
    deleted: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def preferred(self, kind: str) -> FieldEntry | None:
        entries = [f for f in self.fields if f.kind == kind]
        return next((f for f in entries if f.preferred), entries[0] if entries else None)
