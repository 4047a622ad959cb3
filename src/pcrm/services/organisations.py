"""Organisations (with a parent for the org chart), their members, and groups of contacts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.sqlite import insert

from pcrm import errors
from pcrm.services.base import Service
from pcrm.services.changes import ChangeSet
from pcrm.store import models as m

ORGANISATION = "organisation"
GROUP = "group"


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    department: str | None
    website: str | None
    parent_id: int | None
    members: int


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    colour: str | None
    query: str | None
    members: int


class OrganisationService(Service):
    def list(self) -> list[OrganisationRow]:
        o, a = m.Organisation, m.Affiliation
        members = select(func.count()).where(a.organisation_id == o.id).scalar_subquery()
        stmt = (
            select(o.id, o.name, o.department, o.website, o.parent_id, members)
            .where(o.deleted_at.is_(None))
            .order_by(func.pcrm_casefold(o.name))
        )
        with self.read() as s:
            return [OrganisationRow(*row) for row in s.execute(stmt)]

    def main_of(self, contact_id: int) -> int | None:
        """The organisation a contact works at now: a current affiliation (no end date) before
        a past one, the primary one first, then the card's order; None without any."""
        a = m.Affiliation
        with self.read() as s:
            return s.scalar(
                select(a.organisation_id)
                .join(m.Organisation, m.Organisation.id == a.organisation_id)
                .where(a.contact_id == contact_id, m.Organisation.deleted_at.is_(None))
                .order_by(a.end_date.is_not(None), a.is_primary.desc(), a.position, a.id)
                .limit(1)
            )

    def create(
        self,
        name: str,
        *,
        department: str | None = None,
        website: str | None = None,
        parent_id: int | None = None,
    ) -> ChangeSet:
        if not name.strip():
            raise errors.BadInput(where="organisation", reason="the name is empty")
        now = self.now()
        with self.write() as s:
            org = m.Organisation(
                name=name.strip(),
                department=department,
                website=website,
                parent_id=parent_id,
                created_at=now,
                updated_at=now,
            )
            s.add(org)
            s.flush()
            return ChangeSet().add("created", ORGANISATION, org.id)

    def rename(self, org_id: int, name: str) -> ChangeSet:
        with self.write() as s:
            org = s.get(m.Organisation, org_id)
            if org is None:
                raise errors.NotFound(what="organisation", query=f"#{org_id}")
            org.name = name.strip()
            org.updated_at = self.now()
            return ChangeSet().add("updated", ORGANISATION, org_id)

    def set_parent(self, org_id: int, parent_id: int | None) -> ChangeSet:
        with self.write() as s:
            cursor = parent_id
            while cursor is not None:  # refuse cycles in the org chart
                if cursor == org_id:
                    raise errors.BadInput(
                        where="organisation", reason="an organisation cannot contain itself"
                    )
                cursor = s.scalar(
                    select(m.Organisation.parent_id).where(m.Organisation.id == cursor)
                )
            org = s.get(m.Organisation, org_id)
            if org is None:
                raise errors.NotFound(what="organisation", query=f"#{org_id}")
            org.parent_id = parent_id
            return ChangeSet().add("updated", ORGANISATION, org_id)


class GroupService(Service):
    def list(self) -> list[GroupRow]:
        g, gm, c = m.Group, m.GroupMember, m.Contact
        members = (
            select(func.count())
            .select_from(gm)
            .join(c, c.id == gm.contact_id)
            .where(gm.group_id == g.id, c.deleted_at.is_(None))
            .scalar_subquery()
        )
        stmt = select(g.id, g.name, g.colour, g.query, members).where(g.deleted_at.is_(None))
        with self.read() as s:
            return [
                GroupRow(*row)
                for row in s.execute(stmt.order_by(g.position, func.pcrm_casefold(g.name)))
            ]

    def create(
        self, name: str, *, colour: str | None = None, query: str | None = None
    ) -> ChangeSet:
        if not name.strip():
            raise errors.BadInput(where="group", reason="the name is empty")
        now = self.now()
        with self.write() as s:
            position = int(s.scalar(select(func.count()).select_from(m.Group)) or 0)
            group = m.Group(
                name=name.strip(),
                colour=colour,
                query=query,
                position=position,
                created_at=now,
                updated_at=now,
            )
            s.add(group)
            s.flush()
            return ChangeSet().add("created", GROUP, group.id)

    def set_deleted(self, group_id: int, deleted: bool) -> ChangeSet:
        """Delete a group (its members stay contacts) or bring it back: the undo of create."""
        with self.write() as s:
            group = s.get(m.Group, group_id)
            if group is None:
                raise errors.NotFound(what="group", query=f"#{group_id}")
            group.deleted_at = self.now() if deleted else None
            return ChangeSet().add("deleted" if deleted else "updated", GROUP, group_id)

    def resolve(self, name: str) -> int:
        with self.read() as s:
            found = list(
                s.scalars(
                    select(m.Group.id).where(
                        func.pcrm_casefold(m.Group.name) == name.strip().casefold(),
                        m.Group.deleted_at.is_(None),
                    )
                )
            )
        if not found:
            raise errors.NotFound(what="group", query=name)
        return int(found[0])

    def add_members(self, group_id: int, contact_ids: Iterable[int]) -> ChangeSet:
        """Add in one statement; returns only the contacts that were not members yet (for undo)."""
        ids = sorted(set(contact_ids))
        now = self.now()
        with self.write() as s:
            already = set(
                s.scalars(
                    select(m.GroupMember.contact_id).where(
                        m.GroupMember.group_id == group_id, m.GroupMember.contact_id.in_(ids)
                    )
                )
            )
            fresh = [i for i in ids if i not in already]
            if fresh:
                s.execute(
                    insert(m.GroupMember).on_conflict_do_nothing(),
                    [{"group_id": group_id, "contact_id": i, "added_at": now} for i in fresh],
                )
        return ChangeSet().add("updated", GROUP, group_id).add("updated", "contact", *fresh)

    def remove_members(self, group_id: int, contact_ids: Iterable[int]) -> ChangeSet:
        ids = sorted(set(contact_ids))
        with self.write() as s:
            s.execute(
                delete(m.GroupMember).where(
                    m.GroupMember.group_id == group_id, m.GroupMember.contact_id.in_(ids)
                )
            )
        return ChangeSet().add("updated", GROUP, group_id).add("updated", "contact", *ids)


class RelationshipService(Service):
    def types(self) -> list[tuple[str, str, str]]:
        with self.read() as s:
            rows = s.execute(
                select(
                    m.RelationshipType.key, m.RelationshipType.name, m.RelationshipType.reverse_name
                ).order_by(m.RelationshipType.id)
            )
            return [(r[0], r[1], r[2]) for r in rows]

    def add_type(self, key: str, name: str, reverse_name: str) -> None:
        with self.write() as s:
            s.add(
                m.RelationshipType(key=key, name=name, reverse_name=reverse_name, is_builtin=False)
            )

    def relate(
        self, contact_id: int, type_key: str, other_id: int, notes: str | None = None
    ) -> ChangeSet:
        """``contact`` is ``type`` of ``other`` (parent: contact is the parent of other)."""
        if contact_id == other_id:
            raise errors.BadInput(
                where="relationship", reason="a contact cannot be related to themself"
            )
        with self.write() as s:
            type_id = s.scalar(
                select(m.RelationshipType.id).where(m.RelationshipType.key == type_key)
            )
            if type_id is None:
                keys = ", ".join(s.scalars(select(m.RelationshipType.key)))
                raise errors.BadInput(
                    where="relationship", reason=f"unknown type {type_key!r} (one of {keys})"
                )
            s.execute(
                insert(m.Relationship).on_conflict_do_nothing(),
                [
                    {
                        "contact_id": contact_id,
                        "other_id": other_id,
                        "type_id": type_id,
                        "notes": notes,
                        "created_at": self.now(),
                    }
                ],
            )
        return ChangeSet().add("updated", "contact", contact_id, other_id)

    def unlink(self, contact_id: int, type_key: str, other_id: int) -> ChangeSet:
        """Take back :meth:`relate` by what it said, not by row id (a redo re-creates the row).

        A symmetric type (spouse, friend) reads the same both ways, so either direction goes.
        """
        r, t = m.Relationship, m.RelationshipType
        pairs = [(contact_id, other_id)]
        with self.write() as s:
            rtype = s.scalar(select(t).where(t.key == type_key))
            if rtype is None:
                raise errors.NotFound(what="relationship type", query=type_key)
            if rtype.is_symmetric:
                pairs.append((other_id, contact_id))
            for subject, obj in pairs:
                s.execute(
                    delete(r).where(
                        r.contact_id == subject, r.other_id == obj, r.type_id == rtype.id
                    )
                )
        return ChangeSet().add("updated", "contact", contact_id, other_id)

    def unrelate(self, relationship_id: int) -> ChangeSet:
        with self.write() as s:
            row = s.get(m.Relationship, relationship_id)
            if row is None:
                raise errors.NotFound(what="relationship", query=f"#{relationship_id}")
            ids = (row.contact_id, row.other_id)
            s.delete(row)
        return ChangeSet().add("updated", "contact", *ids)
