"""The ORM schema: every table of PRODUCT.md, typed SQLAlchemy 2.0.

Conventions: integer primary keys for joins, a ``uid`` (UUID text) on everything that is exported
or synced, UTC datetimes (:class:`UTCDateTime`) beside an IANA zone name where wall time matters,
soft delete (``deleted_at``) for the trash, and ``import_batch_id`` on what an import can create
so that the batch can be undone.  Enumerations are stored as text (``pcrm.domain.kinds``).  The
full-text index and the triggers that keep it in step live in :mod:`pcrm.store.fts`.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from pcrm.store.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict: JSON(),
        list: JSON(),
    }


# -- imports (undo as one batch) ------------------------------------------------------------------


class ImportBatch(Base):
    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    source_format: Mapped[str] = mapped_column(String(16))  # vcard, csv, ics
    source_name: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    undone_at: Mapped[datetime | None]
    # created/updated/skipped counts and, for updated records, their state before the import
    report: Mapped[dict] = mapped_column(default=dict)  # type: ignore[type-arg]


# -- contacts -------------------------------------------------------------------------------------


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_list", "deleted_at", "is_archived", "sort_key"),
        # the list sorted by last contact; SQLite's DESC already puts never-contacted (NULL) last
        Index(
            "ix_contacts_last_interaction",
            "deleted_at",
            "is_archived",
            "last_interaction_at",
            "sort_key",
        ),
        # the stay-in-touch scans read only the contacts that have a cadence
        # ... and, from this index alone, losing touch (pcrm.services.insight)
        Index(
            "ix_contacts_cadence",
            "cadence_days",
            "deleted_at",
            "is_archived",
            "created_at",
            sqlite_where=text("cadence_days IS NOT NULL"),
        ),
        # the new contacts of a period, by how-we-met source (pcrm.services.insight)
        Index(
            "ix_contacts_created",
            "created_at",
            "met_channel",
            sqlite_where=text("deleted_at IS NULL"),
        ),
        CheckConstraint("cadence_days IS NULL OR cadence_days > 0", name="cadence_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=new_uid)
    # structured name (vCard N) and the rest of the name
    prefix: Mapped[str | None] = mapped_column(Text)
    given: Mapped[str | None] = mapped_column(Text)
    middle: Mapped[str | None] = mapped_column(Text)
    family: Mapped[str | None] = mapped_column(Text)
    suffix: Mapped[str | None] = mapped_column(Text)
    nickname: Mapped[str | None] = mapped_column(Text)
    phonetic_given: Mapped[str | None] = mapped_column(Text)
    phonetic_middle: Mapped[str | None] = mapped_column(Text)
    phonetic_family: Mapped[str | None] = mapped_column(Text)
    # always filled: the owner's choice, or composed from the parts (domain.names)
    display_name: Mapped[str] = mapped_column(Text)
    display_name_custom: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_key: Mapped[str] = mapped_column(Text, default="")
    name_latin: Mapped[str] = mapped_column(Text, default="")  # transliteration, for search
    notes: Mapped[str | None] = mapped_column(Text)  # Markdown
    cadence_days: Mapped[int | None] = mapped_column(Integer)
    time_zone: Mapped[str | None] = mapped_column(String(64))
    is_favourite: Mapped[bool] = mapped_column(Boolean, default=False)
    is_archived: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_at: Mapped[datetime | None]
    # how we met
    met_on: Mapped[str | None] = mapped_column(String(10))  # ISO date, year optional: --MM-DD
    met_place: Mapped[str | None] = mapped_column(Text)
    met_channel: Mapped[str | None] = mapped_column(Text)
    met_notes: Mapped[str | None] = mapped_column(Text)
    introduced_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    # kept in step by triggers on interaction_participants and interactions (store.fts)
    last_interaction_at: Mapped[datetime | None]
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    fields: Mapped[list[ContactField]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="ContactField.position"
    )
    addresses: Mapped[list[PostalAddress]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="PostalAddress.position"
    )
    dates: Mapped[list[ImportantDate]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="ImportantDate.position"
    )
    affiliations: Mapped[list[Affiliation]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="Affiliation.position"
    )
    custom_values: Mapped[list[CustomFieldValue]] = relationship(
        back_populates="contact", cascade="all, delete-orphan"
    )
    extra_properties: Mapped[list[VCardExtra]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="VCardExtra.position"
    )
    photo: Mapped[Photo | None] = relationship(
        back_populates="contact", cascade="all, delete-orphan", uselist=False
    )
    introduced_by: Mapped[Contact | None] = relationship(remote_side=[id])


class ContactField(Base):
    """A phone, e-mail, web site, messenger handle or social profile."""

    __tablename__ = "contact_fields"
    __table_args__ = (
        Index("ix_contact_fields_match", "kind", "normalized"),
        Index("ix_contact_fields_contact", "contact_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # domain.kinds.FieldKind
    service: Mapped[str | None] = mapped_column(String(32))  # telegram, linkedin, … for IM/social
    label: Mapped[str | None] = mapped_column(Text)  # home, work, mobile or free text
    value: Mapped[str] = mapped_column(Text)  # as typed, shown
    normalized: Mapped[str | None] = mapped_column(Text)  # E.164, lower-cased e-mail, …: matching
    is_preferred: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    vcard_params: Mapped[dict | None] = mapped_column(JSON)  # type: ignore[type-arg]

    contact: Mapped[Contact] = relationship(back_populates="fields")


class PostalAddress(Base):
    __tablename__ = "postal_addresses"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str | None] = mapped_column(Text)
    is_preferred: Mapped[bool] = mapped_column(Boolean, default=False)
    po_box: Mapped[str | None] = mapped_column(Text)
    extended: Mapped[str | None] = mapped_column(Text)
    street: Mapped[str | None] = mapped_column(Text)
    locality: Mapped[str | None] = mapped_column(Text, index=True)
    region: Mapped[str | None] = mapped_column(Text)
    postal_code: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    vcard_params: Mapped[dict | None] = mapped_column(JSON)  # type: ignore[type-arg]

    contact: Mapped[Contact] = relationship(back_populates="addresses")


class Photo(Base):
    """The contact's photo and its thumbnail, inside the encrypted database."""

    __tablename__ = "photos"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), unique=True
    )
    mime_type: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))

    contact: Mapped[Contact] = relationship(back_populates="photo")


class ImportantDate(Base):
    """A birthday, anniversary or other date; the year is optional (``--04-15``)."""

    __tablename__ = "important_dates"
    __table_args__ = (
        Index("ix_important_dates_day", "month", "day"),
        CheckConstraint("month BETWEEN 1 AND 12", name="month_range"),
        CheckConstraint("day BETWEEN 1 AND 31", name="day_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # domain.kinds.DateKind
    label: Mapped[str | None] = mapped_column(Text)
    year: Mapped[int | None] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)
    remind: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    contact: Mapped[Contact] = relationship(back_populates="dates")


class VCardExtra(Base):
    """A vCard property pcrm has no field for, kept verbatim and written back on export."""

    __tablename__ = "vcard_extras"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    group: Mapped[str | None] = mapped_column(Text)  # Apple's item1. …
    name: Mapped[str] = mapped_column(Text)
    params: Mapped[dict | None] = mapped_column(JSON)  # type: ignore[type-arg]
    value: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    contact: Mapped[Contact] = relationship(back_populates="extra_properties")


# -- organisations --------------------------------------------------------------------------------


class Organisation(Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    name: Mapped[str] = mapped_column(Text, index=True)
    department: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    deleted_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    parent: Mapped[Organisation | None] = relationship(remote_side=[id])


class Affiliation(Base):
    __tablename__ = "affiliations"
    __table_args__ = (Index("ix_affiliations_org", "organisation_id", "contact_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    title: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(Text)
    department: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    contact: Mapped[Contact] = relationship(back_populates="affiliations")
    organisation: Mapped[Organisation] = relationship()


# -- groups ---------------------------------------------------------------------------------------


class Group(Base):
    """A group, or a smart group when ``query`` holds a saved search."""

    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    name: Mapped[str] = mapped_column(Text)
    colour: Mapped[str | None] = mapped_column(String(9))  # #rrggbb
    query: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    deleted_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    @property
    def is_smart(self) -> bool:
        return self.query is not None


class GroupMember(Base):
    __tablename__ = "group_members"
    __table_args__ = (Index("ix_group_members_contact", "contact_id"),)

    group_id: Mapped[int] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    added_at: Mapped[datetime]


# -- relationships --------------------------------------------------------------------------------


class RelationshipType(Base):
    """A typed relation with its reverse name: parent/child, manager/report, spouse/spouse."""

    __tablename__ = "relationship_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(Text)
    reverse_name: Mapped[str] = mapped_column(Text)
    is_builtin: Mapped[bool] = mapped_column(Boolean, default=False)

    @property
    def is_symmetric(self) -> bool:
        return self.name == self.reverse_name


class Relationship(Base):
    """``contact`` is ``type.name`` of ``other``.

    Read from ``other``'s side it is ``type.reverse_name`` ("parent" / "child").
    """

    __tablename__ = "relationships"
    __table_args__ = (
        UniqueConstraint("contact_id", "other_id", "type_id", name="uq_relationships_pair"),
        Index("ix_relationships_other", "other_id"),
        CheckConstraint("contact_id <> other_id", name="not_self"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    other_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    type_id: Mapped[int] = mapped_column(ForeignKey("relationship_types.id", ondelete="RESTRICT"))
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]

    type: Mapped[RelationshipType] = relationship()


# -- duplicates -----------------------------------------------------------------------------------


class DuplicateDismissal(Base):
    """Two contacts the owner said are not the same person: never proposed as duplicates again.

    The pair is stored once, the lower id first; it goes when either contact is purged.
    """

    __tablename__ = "duplicate_dismissals"
    __table_args__ = (
        CheckConstraint("low_id < high_id", name="ordered"),
        Index("ix_duplicate_dismissals_high", "high_id"),
    )

    low_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    high_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    created_at: Mapped[datetime]


# -- custom fields --------------------------------------------------------------------------------


class CustomFieldDef(Base):
    __tablename__ = "custom_field_defs"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    field_type: Mapped[str] = mapped_column(String(8))  # domain.kinds.CustomFieldType
    choices: Mapped[list | None] = mapped_column(JSON)  # type: ignore[type-arg]
    position: Mapped[int] = mapped_column(Integer, default=0)


class CustomFieldValue(Base):
    __tablename__ = "custom_field_values"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    field_id: Mapped[int] = mapped_column(
        ForeignKey("custom_field_defs.id", ondelete="CASCADE"), primary_key=True
    )
    value_text: Mapped[str | None] = mapped_column(Text)
    value_number: Mapped[float | None] = mapped_column(Float)
    value_date: Mapped[date | None] = mapped_column(Date)

    contact: Mapped[Contact] = relationship(back_populates="custom_values")
    field: Mapped[CustomFieldDef] = relationship()


# -- the timeline ---------------------------------------------------------------------------------


# What the statistics count (pcrm.services.insight): the partial indexes' condition, the same
# text on interactions and on the copies each participant row carries (migration 0005).
COUNTED = "kind IN ('call', 'meeting', 'message') AND deleted_at IS NULL"


class Interaction(Base):
    __tablename__ = "interactions"
    __table_args__ = (
        Index("ix_interactions_starts", "starts_at"),
        Index("ix_interactions_counted", "starts_at", sqlite_where=text(COUNTED)),
        Index("ix_interactions_channel", "channel", "starts_at", sqlite_where=text(COUNTED)),
        Index("ix_interactions_source_uid", "source_uid"),
        CheckConstraint("duration_seconds IS NULL OR duration_seconds >= 0", name="duration"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=new_uid)
    kind: Mapped[str] = mapped_column(String(16))  # domain.kinds.InteractionKind
    life_event: Mapped[str | None] = mapped_column(String(32))  # new_job, moved, married, …
    channel: Mapped[str | None] = mapped_column(String(32))  # domain.kinds.Channel or free text
    direction: Mapped[str | None] = mapped_column(String(8))  # domain.kinds.Direction
    starts_at: Mapped[datetime]
    time_zone: Mapped[str] = mapped_column(String(64))  # the owner's zone when it happened
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    location: Mapped[str | None] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)  # Markdown
    is_private: Mapped[bool] = mapped_column(Boolean, default=False)
    source_uid: Mapped[str | None] = mapped_column(Text)  # an imported event's UID
    deleted_at: Mapped[datetime | None]
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    participants: Mapped[list[InteractionParticipant]] = relationship(
        back_populates="interaction", cascade="all, delete-orphan"
    )


class InteractionParticipant(Base):
    """Who took part.  ``starts_at`` copies the interaction's (a trigger keeps it) so that a
    contact's timeline is one range scan of ``ix_participants_timeline``; ``kind``, ``channel``
    and ``deleted_at`` copy it too (triggers fill and keep them; writers leave them out) so that
    the statistics count per contact from ``ix_participants_counted`` alone."""

    __tablename__ = "interaction_participants"
    __table_args__ = (
        Index("ix_participants_timeline", "contact_id", "starts_at", "interaction_id"),
        Index(
            "ix_participants_counted",
            "contact_id",
            "starts_at",
            "channel",
            "interaction_id",
            sqlite_where=text(COUNTED),
        ),
    )

    interaction_id: Mapped[int] = mapped_column(
        ForeignKey("interactions.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    starts_at: Mapped[datetime]
    role: Mapped[str | None] = mapped_column(String(16))  # organizer, attendee, …
    kind: Mapped[str | None] = mapped_column(String(16))
    channel: Mapped[str | None] = mapped_column(String(32))
    deleted_at: Mapped[datetime | None]

    interaction: Mapped[Interaction] = relationship(back_populates="participants")


# -- the organizer --------------------------------------------------------------------------------


class Task(Base):
    """A task or reminder, one-off or recurring (RFC 5545 RRULE).

    The start is a wall time (``starts_local``) in ``time_zone``, or floating (the owner's zone
    of the moment) when ``time_zone`` is NULL, so a 09:00 reminder stays 09:00 across DST.
    ``next_due_at`` is the next occurrence in UTC, computed by the organizer, for the due list.
    ``next_due_wall`` is the same occurrence's wall time (stored as if it were UTC): what
    identifies the occurrence (RFC 5545's RECURRENCE-ID), and for a floating task what places it
    again when the owner's zone changes.
    """

    __tablename__ = "tasks"
    __table_args__ = (Index("ix_tasks_due", "status", "next_due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=new_uid)
    kind: Mapped[str] = mapped_column(String(16))  # domain.kinds.TaskKind
    title: Mapped[str] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    starts_local: Mapped[str | None] = mapped_column(String(19))  # YYYY-MM-DDTHH:MM:SS / date
    time_zone: Mapped[str | None] = mapped_column(String(64))
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    rrule: Mapped[str | None] = mapped_column(Text)
    exdates: Mapped[list | None] = mapped_column(JSON)  # type: ignore[type-arg]
    next_due_at: Mapped[datetime | None]
    next_due_wall: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(12), default="open")  # domain.kinds.TaskStatus
    completed_at: Mapped[datetime | None]
    snoozed_until: Mapped[datetime | None]
    priority: Mapped[int | None] = mapped_column(Integer)
    is_private: Mapped[bool] = mapped_column(Boolean, default=False)
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="SET NULL"), index=True
    )
    deleted_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    alarms: Mapped[list[Alarm]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="Alarm.minutes_before"
    )
    contacts: Mapped[list[TaskContact]] = relationship(cascade="all, delete-orphan")


class TaskContact(Base):
    __tablename__ = "task_contacts"
    __table_args__ = (Index("ix_task_contacts_contact", "contact_id"),)

    task_id: Mapped[int] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )


class Alarm(Base):
    """An alarm some minutes before a task's or a planned meeting's start."""

    __tablename__ = "alarms"
    __table_args__ = (
        CheckConstraint("(task_id IS NULL) <> (interaction_id IS NULL)", name="one_owner"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int | None] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), index=True
    )
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="CASCADE"), index=True
    )
    minutes_before: Mapped[int] = mapped_column(Integer, default=0)

    task: Mapped[Task | None] = relationship(back_populates="alarms")


class NotificationLog(Base):
    """One row per alarm raised, so each fires exactly once and missed ones show at next start.

    ``source`` names what fell due (``task:<uid>``, ``date:<uid>``, ``touch:<contact uid>``, and
    ``snooze:<source>`` for the end of a snooze); ``occurrence_at`` which occurrence: a task's
    ``next_due_wall``, a date's day, a lapse of stay-in-touch's instant, a snooze's end
    (``pcrm.services.organizer``).
    """

    __tablename__ = "notification_log"
    __table_args__ = (
        UniqueConstraint("source", "occurrence_at", "minutes_before", name="uq_notification_once"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(80))
    occurrence_at: Mapped[datetime]
    minutes_before: Mapped[int] = mapped_column(Integer, default=0)
    raised_at: Mapped[datetime]
    outcome: Mapped[str | None] = mapped_column(String(12))  # snoozed, done, dismissed
    outcome_at: Mapped[datetime | None]
    snoozed_until: Mapped[datetime | None]
    logged_interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="SET NULL")
    )


# -- search ---------------------------------------------------------------------------------------


class ContactSearchDoc(Base):
    """The text a contact is found by, one row per contact, kept by triggers (store.search).

    It is the external content of the FTS5 table ``contact_fts``; nothing writes it directly.
    """

    __tablename__ = "contact_search"

    contact_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    names: Mapped[str | None] = mapped_column(Text)
    orgs: Mapped[str | None] = mapped_column(Text)
    fields: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


# -- quick capture, settings ----------------------------------------------------------------------


class Draft(Base):
    """A quick-capture draft, saved continuously so a crash loses at most the last second."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), default="quick_capture")
    payload: Mapped[dict] = mapped_column(default=dict)  # type: ignore[type-arg]
    updated_at: Mapped[datetime]


class Setting(Base):
    """The owner's settings that may be personal (zone, home country); Qt settings hold none."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict | list | str | int | float | bool | None] = mapped_column(JSON)  # type: ignore[type-arg]
