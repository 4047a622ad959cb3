"""What the contact list shows: the ordered ids of one source (everyone, a group, the trash…).

The window's list model holds these ids and nothing else per row, so they come back as an
``array('q')`` — eight bytes a contact, no Python object per row — read through the driver's own
cursor: at 100,000 contacts SQLAlchemy's result machinery costs more than the query.

A source is what the sidebar offers: everyone, favourites, recently changed, a group, a smart
group (a saved search), an organisation's members, the archive, the trash; and the people related
to one contact, which a card with many relationships links to.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.sql import Select

from pcrm import errors
from pcrm.domain.text import sort_key
from pcrm.services.base import Service
from pcrm.services.search import SearchService
from pcrm.store import models as m

ALL, FAVOURITES, RECENT, ARCHIVED, TRASH = "all", "favourites", "recent", "archived", "trash"
GROUP, SMART, ORGANISATION, RELATED = "group", "smart", "organisation", "related"
KINDS = (ALL, FAVOURITES, RECENT, ARCHIVED, TRASH, GROUP, SMART, ORGANISATION, RELATED)
RECENT_LIMIT = 200
SMART_LIMIT = 10_000  # a saved search shows at most this many contacts

NAME, LAST_CONTACTED, NEXT_REMINDER = "name", "last_contacted", "next_reminder"
ORDER_KEYS = (NAME, LAST_CONTACTED, NEXT_REMINDER)


@dataclass(frozen=True)
class Source:
    kind: str = ALL
    id: int | None = None  # the group, organisation or (for RELATED) contact
    query: str | None = None  # a smart group's saved search
    title: str | None = field(default=None, compare=False)  # e.g. the related contact's name

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown list source {self.kind!r}")
        if self.kind in (GROUP, ORGANISATION, RELATED) and self.id is None:
            raise ValueError(f"a {self.kind} source needs an id")


def _due_first() -> Select[Any]:
    """Contacts with an open, dated task or reminder, earliest due first (a few hundred)."""
    t, tc = m.Task, m.TaskContact
    return (
        select(tc.contact_id)
        .join(t, t.id == tc.task_id)
        .where(t.status == "open", t.deleted_at.is_(None), t.next_due_at.is_not(None))
        .group_by(tc.contact_id)
        .order_by(func.min(t.next_due_at), tc.contact_id)
    )


class ContactListService(Service):
    def ids(self, source: Source = Source(), order: str = NAME) -> array[int]:
        """The contacts of ``source`` in display order."""
        stmt = self._statement(source, NAME if order == NEXT_REMINDER else order)
        if stmt is None:
            return array("q")
        ids = array("q", (row[0] for row in self._raw(stmt)))
        if order == LAST_CONTACTED and source.kind != RECENT:
            # Never contacted follow, by name: a second scan of the name index, because one
            # mixed-direction ORDER BY would sort 100,000 rows instead of walking an index.
            never = self._statement(source, NAME)
            assert never is not None
            never = never.where(m.Contact.last_interaction_at.is_(None))
            return ids + array("q", (row[0] for row in self._raw(never)))
        if order != NEXT_REMINDER or source.kind == RECENT:
            return ids
        # Those with something due first, then everyone else by name: two indexed queries and
        # one pass in Python, instead of SQLite sorting on a MIN() per contact (seconds at 100k;
        # restricting the due query to the source with IN (subquery) took seconds too).
        due = [row[0] for row in self._raw(_due_first())]
        wanted = set(due)
        present = {i for i in ids if i in wanted}
        first = array("q", (i for i in due if i in present))
        return first + array("q", (i for i in ids if i not in present))

    def position(self, source: Source, prefix: str) -> int:
        """How many contacts of ``source`` sort before ``prefix`` by name: the row that an
        alphabet jump (or typing a letter in the list) goes to."""
        folded = sort_key(prefix)
        stmt = self._statement(source, NAME, ordered=False)
        if stmt is None or not folded:
            return 0
        count = select(func.count()).select_from(stmt.where(m.Contact.sort_key < folded).subquery())
        with self.read() as s:
            return int(s.scalar(count) or 0)

    def counts(self) -> dict[str, int]:
        """Badges for the sidebar's fixed entries, in one query."""
        c = m.Contact
        live = c.deleted_at.is_(None)
        stmt = select(
            func.count().filter(live, c.is_archived.is_(False)),
            func.count().filter(live, c.is_archived.is_(False), c.is_favourite.is_(True)),
            func.count().filter(live, c.is_archived.is_(True)),
            func.count().filter(c.deleted_at.is_not(None)),
        )
        with self.read() as s:
            row = s.execute(stmt).one()
        return dict(zip((ALL, FAVOURITES, ARCHIVED, TRASH), map(int, row), strict=True))

    # -- building the query -----------------------------------------------------------------------

    def _statement(self, source: Source, order: str, *, ordered: bool = True) -> Select[Any] | None:
        if order not in ORDER_KEYS:
            raise errors.BadInput(where="order", reason=f"{order!r} is not one of {ORDER_KEYS}")
        c = m.Contact
        stmt = select(c.id)
        if source.kind == TRASH:
            stmt = stmt.where(c.deleted_at.is_not(None))
        else:
            stmt = stmt.where(c.deleted_at.is_(None))
        if source.kind == ARCHIVED:
            stmt = stmt.where(c.is_archived.is_(True))
        elif source.kind in (ALL, FAVOURITES, RECENT, GROUP):
            stmt = stmt.where(c.is_archived.is_(False))
        if source.kind == FAVOURITES:
            stmt = stmt.where(c.is_favourite.is_(True))
        elif source.kind == GROUP:
            gm = m.GroupMember
            stmt = stmt.where(c.id.in_(select(gm.contact_id).where(gm.group_id == source.id)))
        elif source.kind == ORGANISATION:
            a = m.Affiliation
            stmt = stmt.where(c.id.in_(select(a.contact_id).where(a.organisation_id == source.id)))
        elif source.kind == RELATED:
            r = m.Relationship
            stmt = stmt.where(
                c.id.in_(
                    select(r.other_id)
                    .where(r.contact_id == source.id)
                    .union(select(r.contact_id).where(r.other_id == source.id))
                )
            )
        elif source.kind == SMART:
            hits = SearchService(self.db, self.clock).contact_ids(
                source.query or "", limit=SMART_LIMIT
            )
            if not hits:
                return None
            stmt = stmt.where(c.id.in_(hits))
        if not ordered:
            return stmt
        if source.kind == RECENT:  # recently changed first, whatever the chosen order
            return stmt.order_by(c.updated_at.desc(), c.id.desc()).limit(RECENT_LIMIT)
        if order == LAST_CONTACTED:  # the contacted ones: ix_contacts_last_interaction backwards
            return stmt.where(c.last_interaction_at.is_not(None)).order_by(
                c.last_interaction_at.desc(), c.sort_key.desc(), c.id.desc()
            )
        return stmt.order_by(c.sort_key, c.id)

    def _raw(self, stmt: Select[Any]) -> list[Any]:
        """Rows of ``stmt`` through the driver's cursor (no per-row SQLAlchemy processing)."""
        with self.read() as s:
            conn = s.connection()
            compiled = stmt.compile(
                dialect=conn.dialect, compile_kwargs={"render_postcompile": True}
            )
            params = compiled.construct_params()
            names = compiled.positiontup or []
            driver = conn.connection.driver_connection
            assert driver is not None
            return list(driver.execute(compiled.string, [params[n] for n in names]))
