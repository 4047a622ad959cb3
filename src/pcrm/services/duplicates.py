"""Duplicates: find the cards that may be one person, merge two of them, and take a merge back.

Finding (:meth:`DuplicateService.candidates`) reads three narrow things from the store: the
e-mails and phones that more than one live contact has (one ``GROUP BY`` over
``contact_fields.normalized``, served by its index), every live contact's name with whether it
has an e-mail, a phone and a birthday, and the pairs the owner dismissed.  Names are compared
only within blocks (:mod:`pcrm.domain.similarity`), and contacts with one and the same name key
are compared once per name, so 100,000 contacts take seconds, not the hours of every pair.

Merging (:meth:`DuplicateService.merge`) runs in one transaction: the kept contact gets the
merged card (:mod:`pcrm.domain.merge`); the other's interactions, tasks, group memberships,
relationships, the contacts it introduced, the quick-capture drafts naming it and the pairs
dismissed with it move to the kept one; the other goes to the trash with its card as it was.
:meth:`DuplicateService.snapshot`, taken just before, is everything a merge changes, and
:meth:`DuplicateService.restore` puts it back exactly (the undo).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, exists, func, insert, or_, select, text, tuple_, update
from sqlalchemy.orm import Session

from pcrm import errors
from pcrm.clock import Clock
from pcrm.domain import merge as rules
from pcrm.domain.card import ContactCard
from pcrm.domain.kinds import DateKind, FieldKind
from pcrm.domain.names import PersonName, display_name_for
from pcrm.domain.similarity import (
    MIN_SCORE,
    Evidence,
    NameMatch,
    PersonKey,
    Reason,
    common,
    compare,
    is_cyrillic,
    judge,
    pairs_to_compare,
    person_key,
)
from pcrm.services.base import Service
from pcrm.services.changes import ChangeSet
from pcrm.services.contacts import CONTACT, ContactService
from pcrm.store import models as m
from pcrm.store.database import Database

# An e-mail or phone shared by more live contacts than this (a switchboard, an info@ mailbox)
# says nothing about who is whom.
MOST_SHARING = 20
Progress = Callable[[str, int, int], None]
# The values more than one field holds, from the index alone, then their fields and contacts.
# CROSS JOIN keeps SQLite to this order: left to itself it walks every live contact's fields
# and looks each one up among the shared values (five times slower at 100,000 contacts).
_SHARED_SQL = """
WITH shared AS MATERIALIZED (
    SELECT kind, normalized FROM contact_fields
    WHERE kind IN ('email', 'phone') AND normalized IS NOT NULL
    GROUP BY kind, normalized HAVING count(*) > 1
)
SELECT f.kind, f.normalized, f.contact_id
FROM shared CROSS JOIN contact_fields AS f CROSS JOIN contacts AS c
WHERE f.kind = shared.kind AND f.normalized = shared.normalized
  AND c.id = f.contact_id AND c.deleted_at IS NULL
"""
Pair = tuple[int, int]


@dataclass(frozen=True)
class Candidate:
    """Two live contacts that may be one person; ``first`` is the older card (the one a merge
    keeps by default)."""

    first: int
    second: int
    score: float  # 0..1
    reasons: tuple[Reason, ...]


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


def _pair(a: int, b: int) -> Pair:
    return (a, b) if a < b else (b, a)


def _birthday(text: str | None) -> tuple[int, int, int | None] | None:
    if text is None:
        return None
    month, day, year = (int(part) for part in text.split("-"))
    return month, day, year or None


class DuplicateService(Service):
    def __init__(self, db: Database, clock: Clock, contacts: ContactService) -> None:
        super().__init__(db, clock)
        self.contacts = contacts

    # -- finding ----------------------------------------------------------------------------------

    def candidates(
        self,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[Candidate]:
        """Pairs of live contacts that may be one person, likeliest first; never a dismissed
        pair.  ``progress(stage, done, total)``; ``cancelled`` is polled and ends the search
        with :class:`errors.SearchInterrupted`."""
        report = progress or (lambda _stage, _done, _total: None)

        def check() -> None:
            if cancelled is not None and cancelled():
                raise errors.SearchInterrupted()

        report("shared", 0, 3)
        with self.read() as s:
            shared = self._shared(s)
            report("shared", 1, 3)
            people = s.execute(self._people_query()).all()
            report("shared", 2, 3)
            d = m.DuplicateDismissal
            dismissed = {
                (int(low), int(high)) for low, high in s.execute(select(d.low_id, d.high_id))
            }
        report("shared", 3, 3)
        check()

        keys: dict[int, PersonKey | None] = {}
        evidence: dict[int, Evidence] = {}
        named: defaultdict[PersonKey, list[int]] = defaultdict(list)
        for i, (cid, given, middle, family, display, email, phone, born) in enumerate(people):
            key = person_key(given, middle, family, display)
            keys[cid] = key
            evidence[cid] = Evidence(
                bool(email), bool(phone), _birthday(born), is_cyrillic(display)
            )
            if key is not None:
                named[key].append(cid)
            if i % 10_000 == 0:
                report("names", i, len(people))
                check()
        report("names", len(people), len(people))

        found: dict[Pair, tuple[float, tuple[Reason, ...]]] = {}

        def consider(a: int, b: int, match: NameMatch | None) -> None:
            pair = _pair(a, b)
            flags = shared.pop(pair, 0)
            verdict = judge(
                match,
                keys[a] is not None and keys[b] is not None,
                evidence[a],
                evidence[b],
                same_email=bool(flags & 1),
                same_phone=bool(flags & 2),
            )
            if verdict is not None and pair not in dismissed:
                found[pair] = verdict

        groups = self._alike_names(named)
        for n, (first, second, match) in enumerate(groups):
            if match.score < MIN_SCORE:
                pass  # only a common e-mail or phone makes a pair of these (below)
            elif first == second:
                for a, b in itertools.combinations(named[first], 2):
                    consider(a, b, match)
            else:
                for a in named[first]:
                    for b in named[second]:
                        consider(a, b, match)
            if n % 1_000 == 0:
                report("compare", n, len(groups))
                check()
        report("compare", len(groups), len(groups))
        for a, b in list(shared):  # shared an e-mail or phone, names not alike
            key_a, key_b = keys[a], keys[b]
            consider(a, b, compare(key_a, key_b) if key_a and key_b else None)
        ordered = sorted(found.items(), key=lambda item: (-item[1][0], item[0]))
        return [Candidate(a, b, score, reasons) for (a, b), (score, reasons) in ordered]

    @staticmethod
    def _shared(s: Session) -> dict[Pair, int]:
        """Pairs of live contacts with a common e-mail (bit 1) or phone (bit 2)."""
        values: defaultdict[tuple[str, str], set[int]] = defaultdict(set)
        for kind, normalized, contact_id in s.execute(text(_SHARED_SQL)):
            values[(kind, normalized)].add(int(contact_id))
        pairs: dict[Pair, int] = {}
        for (kind, _value), ids in values.items():
            if not 2 <= len(ids) <= MOST_SHARING:
                continue
            bit = 1 if kind == FieldKind.EMAIL.value else 2
            for pair in itertools.combinations(sorted(ids), 2):
                pairs[pair] = pairs.get(pair, 0) | bit
        return pairs

    @staticmethod
    def _people_query() -> Any:
        c, f, d = m.Contact, m.ContactField, m.ImportantDate

        def has(kind: FieldKind) -> Any:
            return exists().where(f.contact_id == c.id, f.kind == kind.value)

        born = (
            select(func.printf("%d-%d-%d", d.month, d.day, func.coalesce(d.year, 0)))
            .where(d.contact_id == c.id, d.kind == DateKind.BIRTHDAY.value)
            .order_by(d.position)
            .limit(1)
            .scalar_subquery()
        )
        return select(
            c.id,
            c.given,
            c.middle,
            c.family,
            c.display_name,
            has(FieldKind.EMAIL),
            has(FieldKind.PHONE),
            born,
        ).where(c.deleted_at.is_(None))

    @staticmethod
    def _alike_names(
        named: Mapping[PersonKey, list[int]],
    ) -> list[tuple[PersonKey, PersonKey, NameMatch]]:
        """Pairs of name keys worth comparing their people for: a key with itself when several
        contacts have it, and keys that share a block and whose names are alike."""
        alike: list[tuple[PersonKey, PersonKey, NameMatch]] = []
        keys = list(named)
        for key, ids in named.items():
            match = compare(key, key) if len(ids) > 1 else None
            if match is not None:
                alike.append((key, key, common(match, len(ids))))
        for x, y in pairs_to_compare(keys):
            a, b = keys[x], keys[y]
            match = compare(a, b)
            if match is not None:
                alike.append((a, b, common(match, len(named[a]) + len(named[b]))))
        return alike

    # -- "not duplicates" -------------------------------------------------------------------------

    def dismiss(self, a: int, b: int) -> ChangeSet:
        """Never propose ``a`` and ``b`` as duplicates again."""
        low, high = _pair(a, b)
        if low == high:
            raise errors.BadInput(where="duplicates", reason="a contact is not its own duplicate")
        with self.write() as s:
            if s.get(m.DuplicateDismissal, (low, high)) is None:
                s.add(m.DuplicateDismissal(low_id=low, high_id=high, created_at=self.now()))
        return ChangeSet().add("updated", CONTACT, low, high)

    def undismiss(self, a: int, b: int) -> ChangeSet:
        low, high = _pair(a, b)
        with self.write() as s:
            s.execute(
                delete(m.DuplicateDismissal).where(
                    m.DuplicateDismissal.low_id == low, m.DuplicateDismissal.high_id == high
                )
            )
        return ChangeSet().add("updated", CONTACT, low, high)

    # -- merging ----------------------------------------------------------------------------------

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
            added = tuple(_pair(keep_id, x) for x in self._dismissals_to_move(s, keep_id, other_id))
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
                low, high = _pair(keep_id, x)
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
