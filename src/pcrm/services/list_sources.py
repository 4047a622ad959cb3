"""Where the contact list's contacts come from, and their ids in display order, in plain SQL.

A :class:`Source` is what the sidebar offers: everyone, favourites, recently changed, a group, a
smart group (a saved search), an organisation's members, the archive, the trash; and the people
related to one contact, which a card with many relationships links to.

The queries run on a DB-API connection, with no SQLAlchemy: the list's ids come back as an
``array('q')`` (eight bytes a contact, no Python object per row), and at 100,000 contacts
SQLAlchemy's result machinery costs more than the query.  The same functions serve
:class:`~pcrm.services.contact_lists.ContactListService` and the desktop app's first screen,
which is painted before SQLAlchemy is imported (:mod:`pcrm.services.first_page`).
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pcrm import errors

ALL, FAVOURITES, RECENT, ARCHIVED, TRASH = "all", "favourites", "recent", "archived", "trash"
GROUP, SMART, ORGANISATION, RELATED = "group", "smart", "organisation", "related"
KINDS = (ALL, FAVOURITES, RECENT, ARCHIVED, TRASH, GROUP, SMART, ORGANISATION, RELATED)
RECENT_LIMIT = 200
SMART_LIMIT = 10_000  # a saved search shows at most this many contacts

NAME, LAST_CONTACTED, NEXT_REMINDER = "name", "last_contacted", "next_reminder"
ORDER_KEYS = (NAME, LAST_CONTACTED, NEXT_REMINDER)

_BY_NAME = "contacts.sort_key, contacts.id"
# The contacted ones: ix_contacts_last_interaction walked backwards.
_BY_LAST_CONTACT = "contacts.last_interaction_at DESC, contacts.sort_key DESC, contacts.id DESC"
_BY_CHANGE = "contacts.updated_at DESC, contacts.id DESC"
# Contacts with an open, dated task or reminder, earliest due first (a few hundred).  The
# fragments here and below are fixed SQL; every value is a bound parameter.
_DUE_FIRST = (
    "SELECT task_contacts.contact_id FROM task_contacts"
    " JOIN tasks ON tasks.id = task_contacts.task_id"
    " WHERE tasks.status = 'open' AND tasks.deleted_at IS NULL AND tasks.next_due_at IS NOT NULL"
    " GROUP BY task_contacts.contact_id"
    " ORDER BY min(tasks.next_due_at), task_contacts.contact_id"
)
_MEMBERS = {
    GROUP: "SELECT contact_id FROM group_members WHERE group_id = ?",
    ORGANISATION: "SELECT contact_id FROM affiliations WHERE organisation_id = ?",
    RELATED: (
        "SELECT other_id FROM relationships WHERE contact_id = ?"
        " UNION SELECT contact_id FROM relationships WHERE other_id = ?"
    ),
}


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


EVERYONE = Source()


@dataclass(frozen=True)
class _Where:
    """The contacts of a source as a WHERE clause and its parameters."""

    sql: str
    params: tuple[Any, ...]

    def also(self, sql: str, *params: Any) -> _Where:
        return _Where(f"{self.sql} AND {sql}", self.params + params)


def _in(ids: Sequence[int]) -> str:
    return f"contacts.id IN ({', '.join('?' * len(ids))})"


def _where(source: Source, hits: Sequence[int] | None) -> _Where | None:
    """None when the source is a smart group that matches nobody (``hits``: its matches)."""
    if source.kind == TRASH:
        where = _Where("contacts.deleted_at IS NOT NULL", ())
    else:
        where = _Where("contacts.deleted_at IS NULL", ())
    if source.kind == ARCHIVED:
        where = where.also("contacts.is_archived IS 1")
    elif source.kind in (ALL, FAVOURITES, RECENT, GROUP):
        where = where.also("contacts.is_archived IS 0")
    if source.kind == FAVOURITES:
        where = where.also("contacts.is_favourite IS 1")
    elif source.kind in _MEMBERS:
        members = _MEMBERS[source.kind]
        where = where.also(f"contacts.id IN ({members})", *[source.id] * members.count("?"))
    elif source.kind == SMART:
        if not hits:
            return None
        where = where.also(_in(hits), *hits)
    return where


def _ids(conn: Any, where: _Where, order_by: str, limit: int | None = None) -> array[int]:
    sql = f"SELECT contacts.id FROM contacts WHERE {where.sql} ORDER BY {order_by}"  # noqa: S608
    params = where.params
    if limit is not None:
        sql, params = sql + " LIMIT ?", (*params, limit)
    return array("q", (row[0] for row in conn.execute(sql, params)))


def ordered_ids(
    conn: Any,
    source: Source = EVERYONE,
    order: str = NAME,
    *,
    hits: Sequence[int] | None = None,
    limit: int | None = None,
) -> array[int]:
    """The contacts of ``source`` in display order (the first ``limit`` of them).

    ``conn`` is a DB-API connection to the store; ``hits`` are a smart group's matches.
    """
    if order not in ORDER_KEYS:
        raise errors.BadInput(where="order", reason=f"{order!r} is not one of {ORDER_KEYS}")
    where = _where(source, hits)
    if where is None or limit == 0:
        return array("q")
    if source.kind == RECENT:  # recently changed first, whatever the chosen order
        return _ids(conn, where, _BY_CHANGE, min(RECENT_LIMIT, limit or RECENT_LIMIT))
    if order == LAST_CONTACTED:
        # Never contacted follow, by name: a second scan of the name index, because one
        # mixed-direction ORDER BY would sort 100,000 rows instead of walking an index.
        contacted = where.also("contacts.last_interaction_at IS NOT NULL")
        ids = _ids(conn, contacted, _BY_LAST_CONTACT, limit)
        rest = None if limit is None else limit - len(ids)
        if rest == 0:
            return ids
        never = where.also("contacts.last_interaction_at IS NULL")
        return ids + _ids(conn, never, _BY_NAME, rest)
    if order == NAME:
        return _ids(conn, where, _BY_NAME, limit)
    # Those with something due first, then everyone else by name: indexed queries and one pass
    # in Python, instead of SQLite sorting on a MIN() per contact (seconds at 100k; restricting
    # the due query to the source with IN (subquery) took seconds too).
    due = [row[0] for row in conn.execute(_DUE_FIRST)]
    present = set(_ids(conn, where.also(_in(due), *due), "contacts.id")) if due else set()
    first = array("q", (i for i in due if i in present))
    by_name = _ids(conn, where, _BY_NAME, None if limit is None else limit + len(first))
    ordered = first + array("q", (i for i in by_name if i not in present))
    return ordered if limit is None else ordered[:limit]


def _count(conn: Any, where: _Where) -> int:
    sql = f"SELECT count(*) FROM contacts WHERE {where.sql}"  # noqa: S608 -- values are bound
    row = conn.execute(sql, where.params).fetchone()
    return int(row[0])


def count(conn: Any, source: Source = EVERYONE, *, hits: Sequence[int] | None = None) -> int:
    """How many contacts ``source`` lists."""
    where = _where(source, hits)
    if where is None:
        return 0
    found = _count(conn, where)
    return min(found, RECENT_LIMIT) if source.kind == RECENT else found


def position(conn: Any, source: Source, folded: str, *, hits: Sequence[int] | None = None) -> int:
    """How many contacts of ``source`` sort before ``folded`` (a sort key) by name: the row that
    an alphabet jump goes to."""
    where = _where(source, hits)
    if where is None or not folded:
        return 0
    return _count(conn, where.also("contacts.sort_key < ?", folded))
