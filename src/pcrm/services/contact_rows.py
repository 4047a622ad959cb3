"""The contact list's rows: what one line shows, read for a page of ids in plain SQL.

A row is the name, the preferred e-mail and phone (the one marked preferred, else the first), the
primary organisation (else the first), the last contact, the flags, and the earliest open task or
reminder.  The query runs on a DB-API connection with no SQLAlchemy, so
:meth:`ContactService.rows <pcrm.services.contacts.ContactService.rows>` and the desktop app's
first screen (:mod:`pcrm.services.first_page`, painted before SQLAlchemy is imported) read the
same rows the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pcrm.domain.kinds import FieldKind
from pcrm.store.raw import utc_from_text


@dataclass(frozen=True)
class ContactRow:
    """One line of the contact list."""

    id: int
    display_name: str
    email: str | None
    phone: str | None
    organisation: str | None
    last_interaction_at: datetime | None
    favourite: bool
    archived: bool
    next_due_at: datetime | None = None  # the earliest open task or reminder


def _preferred(kind: FieldKind) -> str:
    return (
        "(SELECT contact_fields.value FROM contact_fields"  # noqa: S608 -- an enum's fixed value
        " WHERE contact_fields.contact_id = contacts.id"
        f" AND contact_fields.kind = '{kind.value}'"
        " ORDER BY contact_fields.is_preferred DESC, contact_fields.position LIMIT 1)"
    )


_ORGANISATION = (
    "(SELECT organisations.name FROM organisations"
    " JOIN affiliations ON affiliations.organisation_id = organisations.id"
    " WHERE affiliations.contact_id = contacts.id"
    " ORDER BY affiliations.is_primary DESC, affiliations.position LIMIT 1)"
)
# "+tasks.status": walk this contact's task links, not every open task (see store.types.unindexed).
_NEXT_DUE = (
    "(SELECT min(tasks.next_due_at) FROM tasks"
    " JOIN task_contacts ON task_contacts.task_id = tasks.id"
    " WHERE task_contacts.contact_id = contacts.id"
    " AND +tasks.status = 'open' AND tasks.deleted_at IS NULL)"
)
_ROWS = (
    f"SELECT contacts.id, contacts.display_name, {_preferred(FieldKind.EMAIL)},"  # noqa: S608
    f" {_preferred(FieldKind.PHONE)}, {_ORGANISATION}, contacts.last_interaction_at,"
    f" contacts.is_favourite, contacts.is_archived, {_NEXT_DUE}"
    " FROM contacts WHERE contacts.id IN ({marks})"
)


def read_rows(conn: Any, ids: Sequence[int]) -> dict[int, ContactRow]:
    """The rows of ``ids`` that exist (a visible page), on the DB-API connection ``conn``."""
    if not ids:
        return {}
    cursor = conn.execute(_ROWS.format(marks=", ".join("?" * len(ids))), list(ids))
    return {
        row[0]: ContactRow(
            row[0],
            row[1],
            row[2],
            row[3],
            row[4],
            None if row[5] is None else utc_from_text(row[5]),
            bool(row[6]),
            bool(row[7]),
            None if row[8] is None else utc_from_text(row[8]),
        )
        for row in cursor
    }
