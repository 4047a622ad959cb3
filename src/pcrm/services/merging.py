"""Merging two contacts into one, and taking a merge back.

A merge (:meth:`MergeService.merge`) runs in one transaction: the kept contact gets the merged
card (:mod:`pcrm.domain.merge`); the other's interactions, tasks, group memberships,
relationships, the contacts it introduced, the quick-capture drafts naming it and the pairs the
owner dismissed with it move to the kept one (a relationship with the kept contact itself, or
one it has already, goes; so does a link it has already); the other goes to the trash with its
card as it was.  :meth:`MergeService.snapshot`, taken just before, is everything a merge
changes, and :meth:`MergeService.restore` puts it back exactly: that is the undo.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, insert, or_, select, tuple_, update
from sqlalchemy.orm import Session

from pcrm import errors
from pcrm.clock import Clock
from pcrm.domain import merge as rules
from pcrm.domain.card import ContactCard
from pcrm.domain.kinds import FieldKind
from pcrm.domain.names import PersonName, display_name_for
from pcrm.services.base import Service
from pcrm.services.changes import ChangeSet
from pcrm.services.contacts import CONTACT, ContactService
from pcrm.services.duplicates import Pair, ordered_pair
from pcrm.store import models as m
from pcrm.store.database import Database


@dataclass(frozen=True)
class MergePlan:
    """Both cards and the choices a merge of them needs."""

    keep: ContactCard
    other: ContactCard
    choices: list[rules.Choice]
    names: dict[int, str]  # display names of the contacts the choices mention (introducers)

    def defaults(self) -> dict[str, rules.Side]:
        return rules.defaults(self.choices)

    def result(self, chosen: rules.Chosen) -> ContactCard:
        """The card the kept contact will be, for the preview."""
        merged = rules.merge_cards(self.keep, self.other, chosen)
        name = PersonName(
            merged.prefix,
            merged.given,
            merged.middle,
            merged.family,
            merged.suffix,
            merged.nickname,
        )
        explicit = (
            merged.display_name if merged.display_name_custom or not name.composed() else None
        )
        email = merged.preferred(FieldKind.EMAIL)
        merged.display_name = display_name_for(name, explicit, email.value if email else None)
        side = rules.photo_from(
            chosen, keep_photo=self.keep.has_photo, other_photo=self.other.has_photo
        )
        merged.has_photo = side is not None
        return merged


@dataclass(frozen=True)
class _Links:
    """A link table's rows of the other contact, and which of their keys the kept one had."""

    rows: tuple[dict[str, Any], ...]
    kept_already: frozenset[int]


@dataclass(frozen=True)
class MergeSnapshot:
    """Everything a merge of ``other_id`` into ``keep_id`` changes, as it was before."""

    keep_id: int
    other_id: int
    keep_card: ContactCard
    stamps: dict[int, tuple[datetime, datetime | None]]  # id: (updated_at, last_interaction_at)
    keep_photo: dict[str, Any] | None
    links: dict[str, _Links]  # table name: rows
    relationships: tuple[dict[str, Any], ...]
    introduced: tuple[int, ...]  # contacts the other introduced
    drafts: tuple[tuple[int, dict[str, Any]], ...]
    dismissals_added: tuple[Pair, ...]


# link tables moved as a whole: (table, the column that is not the contact)
def _table(model: type[m.Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


_PHOTOS = _table(m.Photo)
_RELATIONSHIPS = _table(m.Relationship)
_LINKS = (
    (_table(m.InteractionParticipant), "interaction_id"),
    (_table(m.TaskContact), "task_id"),
    (_table(m.GroupMember), "group_id"),
)
_ENTITIES = {"interaction_participants": "interaction", "task_contacts": "task"}


class MergeService(Service):
    def __init__(self, db: Database, clock: Clock, contacts: ContactService) -> None:
        super().__init__(db, clock)
        self.contacts = contacts

    def plan(self, keep_id: int, other_id: int) -> MergePlan:
        """Both cards and the choices that merging ``other_id`` into ``keep_id`` needs."""
        if keep_id == other_id:
            raise errors.BadInput(where="merge", reason="a contact cannot be merged with itself")
        keep, other = self.contacts.get(keep_id), self.contacts.get(other_id)
        if keep.deleted or other.deleted:
            raise errors.BadInput(where="merge", reason="a contact in the trash cannot be merged")
        found = rules.choices(keep, other, keep_photo=keep.has_photo, other_photo=other.has_photo)
        introducers = {c.introduced_by_id for c in (keep, other)} - {None}
        with self.read() as s:
            rows = s.execute(
                select(m.Contact.id, m.Contact.display_name).where(m.Contact.id.in_(introducers))
            )
            names = {int(cid): str(name) for cid, name in rows}
        return MergePlan(keep, other, found, names)

    def snapshot(self, keep_id: int, other_id: int) -> MergeSnapshot:
        """What :meth:`merge` of these two would change, to give to :meth:`restore`."""
        keep_card = self.plan(keep_id, other_id).keep
        with self.read() as s:
            stamps = {
                int(row[0]): (row[1], row[2])
                for row in s.execute(
                    select(m.Contact.id, m.Contact.updated_at, m.Contact.last_interaction_at).where(
                        m.Contact.id.in_([keep_id, other_id])
                    )
                )
            }
            photo = (
                s.execute(select(_PHOTOS).where(m.Photo.contact_id == keep_id)).mappings().first()
            )
            links = {
                table.name: _Links(
                    tuple(
                        dict(r)
                        for r in s.execute(
                            select(table).where(table.c.contact_id == other_id)
                        ).mappings()
                    ),
                    frozenset(
                        s.scalars(select(table.c[column]).where(table.c.contact_id == keep_id))
                    ),
                )
                for table, column in _LINKS
            }
            r = _RELATIONSHIPS
            relationships = tuple(
                dict(row)
                for row in s.execute(
                    select(r).where(or_(r.c.contact_id == other_id, r.c.other_id == other_id))
                ).mappings()
            )
            introduced = tuple(
                s.scalars(
                    select(m.Contact.id).where(
                        m.Contact.introduced_by_id == other_id,
                        m.Contact.id.not_in([keep_id, other_id]),
                    )
                )
            )
            drafts = tuple(
                (draft_id, dict(payload))
                for draft_id, payload in s.execute(select(m.Draft.id, m.Draft.payload))
                if other_id in _picked(payload).values()
            )
            added = tuple(
                ordered_pair(keep_id, x) for x in self._dismissals_to_move(s, keep_id, other_id)
            )
        return MergeSnapshot(
            keep_id,
            other_id,
            keep_card,
            stamps,
            dict(photo) if photo else None,
            links,
            relationships,
            introduced,
            drafts,
            added,
        )

    @staticmethod
    def _dismissals_to_move(s: Session, keep_id: int, other_id: int) -> list[int]:
        """Those the owner said the other is not, and the kept contact not yet: after the
        merge they are not the kept contact either."""
        d = m.DuplicateDismissal

        def dismissed_with(contact_id: int) -> set[int]:
            rows = s.execute(
                select(d.low_id, d.high_id).where(
                    or_(d.low_id == contact_id, d.high_id == contact_id)
                )
            )
            return {low if high == contact_id else high for low, high in rows}

        return sorted(dismissed_with(other_id) - dismissed_with(keep_id) - {keep_id})

    def merge(self, keep_id: int, other_id: int, chosen: Mapping[str, str]) -> ChangeSet:
        """Merge ``other_id`` into ``keep_id`` (see the module docstring); ``chosen`` maps a
        choice's key to ``"keep"`` or ``"other"``, keys left out take their default."""
        try:
            sides = {key: rules.Side(value) for key, value in chosen.items()}
        except ValueError:
            raise errors.BadInput(where="merge", reason="a choice must be keep or other") from None
        plan = self.plan(keep_id, other_id)
        merged = plan.result(sides)
        photo_side = rules.photo_from(
            sides, keep_photo=plan.keep.has_photo, other_photo=plan.other.has_photo
        )
        changes = ChangeSet().add("updated", CONTACT, keep_id).add("deleted", CONTACT, other_id)
        now = self.now()
        with self.write() as s:
            self.contacts.rewrite(s, keep_id, merged)
            s.flush()
            if photo_side is rules.Side.OTHER:
                self._copy_photo(s, other_id, keep_id)
            for table, column in _LINKS:
                moved = self._move_links(s, table, column, keep_id, other_id)
                entity = _ENTITIES.get(table.name, "group")
                changes.add("updated", entity, *moved)
            changes.add("updated", CONTACT, *self._move_relationships(s, keep_id, other_id))
            introduced = s.scalars(
                update(m.Contact)
                .where(
                    m.Contact.introduced_by_id == other_id,
                    m.Contact.id.not_in([keep_id, other_id]),
                )
                .values(introduced_by_id=keep_id)
                .returning(m.Contact.id)
            ).all()
            changes.add("updated", CONTACT, *introduced)
            for draft in s.scalars(select(m.Draft)):
                picked = _picked(draft.payload)
                if other_id in picked.values():
                    form = dict(draft.payload["form"])
                    form["picked"] = {k: keep_id if v == other_id else v for k, v in picked.items()}
                    draft.payload = {**draft.payload, "form": form}
            for x in self._dismissals_to_move(s, keep_id, other_id):
                low, high = ordered_pair(keep_id, x)
                s.add(m.DuplicateDismissal(low_id=low, high_id=high, created_at=now))
            s.execute(
                update(m.Contact)
                .where(m.Contact.id == other_id)
                .values(deleted_at=now, updated_at=now)
            )
        return changes

    @staticmethod
    def _copy_photo(s: Session, source: int, target: int) -> None:
        photos = _PHOTOS
        row = s.execute(select(photos).where(photos.c.contact_id == source)).mappings().one()
        values = {k: v for k, v in row.items() if k not in ("id", "contact_id")}
        s.execute(delete(photos).where(photos.c.contact_id == target))
        s.execute(insert(photos).values(contact_id=target, **values))

    @staticmethod
    def _move_links(
        s: Session, table: Table, column: str, keep_id: int, other_id: int
    ) -> list[int]:
        """Re-point the other's rows at the kept contact; a row the kept one has already goes."""
        contact, key = table.c.contact_id, table.c[column]
        moved = list(s.scalars(select(key).where(contact == other_id)))
        s.execute(
            delete(table).where(contact == other_id, key.in_(select(key).where(contact == keep_id)))
        )
        s.execute(update(table).where(contact == other_id).values(contact_id=keep_id))
        return moved

    @staticmethod
    def _move_relationships(s: Session, keep_id: int, other_id: int) -> set[int]:
        """Re-point the other's relationships; one with the kept contact itself, or one the
        kept contact has already (either way round for a symmetric type), goes."""
        r = m.Relationship
        symmetric = set(
            s.scalars(
                select(m.RelationshipType.id).where(
                    m.RelationshipType.name == m.RelationshipType.reverse_name
                )
            )
        )
        existing = {
            (row.contact_id, row.other_id, row.type_id)
            for row in s.execute(
                select(r.contact_id, r.other_id, r.type_id).where(
                    or_(r.contact_id == keep_id, r.other_id == keep_id)
                )
            )
        }
        ends: set[int] = set()
        rows = s.scalars(select(r).where(or_(r.contact_id == other_id, r.other_id == other_id)))
        for row in rows.all():
            subject = keep_id if row.contact_id == other_id else row.contact_id
            obj = keep_id if row.other_id == other_id else row.other_id
            ends.update((subject, obj))
            twin = (obj, subject, row.type_id) if row.type_id in symmetric else None
            if subject == obj or (subject, obj, row.type_id) in existing or twin in existing:
                s.delete(row)
                continue
            row.contact_id, row.other_id = subject, obj
            existing.add((subject, obj, row.type_id))
        s.flush()
        return ends

    def restore(self, snapshot: MergeSnapshot) -> ChangeSet:
        """Take back a merge: both contacts, and everything moved, exactly as they were."""
        keep_id, other_id = snapshot.keep_id, snapshot.other_id
        changes = ChangeSet().add("updated", CONTACT, keep_id, other_id)
        with self.write() as s:
            self.contacts.rewrite(s, keep_id, snapshot.keep_card)
            s.flush()
            photos = _PHOTOS
            s.execute(delete(photos).where(photos.c.contact_id == keep_id))
            if snapshot.keep_photo is not None:
                s.execute(insert(photos).values(**snapshot.keep_photo))
            for table, column in _LINKS:
                links = snapshot.links[table.name]
                keys = [row[column] for row in links.rows]
                returned = [k for k in keys if k not in links.kept_already]
                s.execute(
                    delete(table).where(
                        table.c.contact_id == keep_id, table.c[column].in_(returned)
                    )
                )
                if links.rows:
                    s.execute(insert(table), list(links.rows))
                changes.add("updated", _ENTITIES.get(table.name, "group"), *keys)
            r = _RELATIONSHIPS
            s.execute(delete(r).where(r.c.id.in_([row["id"] for row in snapshot.relationships])))
            if snapshot.relationships:
                s.execute(insert(r), list(snapshot.relationships))
            for row in snapshot.relationships:
                changes.add("updated", CONTACT, row["contact_id"], row["other_id"])
            s.execute(
                update(m.Contact)
                .where(m.Contact.id.in_(snapshot.introduced))
                .values(introduced_by_id=other_id)
            )
            changes.add("updated", CONTACT, *snapshot.introduced)
            for draft_id, payload in snapshot.drafts:
                s.execute(update(m.Draft).where(m.Draft.id == draft_id).values(payload=payload))
            d = m.DuplicateDismissal
            if snapshot.dismissals_added:
                s.execute(
                    delete(d).where(tuple_(d.low_id, d.high_id).in_(snapshot.dismissals_added))
                )
            for contact_id, (updated_at, last) in snapshot.stamps.items():
                values: dict[str, Any] = {"updated_at": updated_at, "last_interaction_at": last}
                if contact_id == other_id:
                    values["deleted_at"] = None
                s.execute(update(m.Contact).where(m.Contact.id == contact_id).values(**values))
        return changes


def _picked(payload: Mapping[str, Any]) -> dict[str, int]:
    """The contacts a quick-capture draft names: its form's ``picked`` (name: contact id)."""
    form = payload.get("form")
    picked = form.get("picked") if isinstance(form, Mapping) else None
    return dict(picked) if isinstance(picked, Mapping) else {}
