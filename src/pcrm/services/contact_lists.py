"""What the contact list shows: the ordered ids of one source (everyone, a group, the trash…).

The window's list model holds these ids and nothing else per row.  The sources and their queries
are in :mod:`pcrm.services.list_sources` (plain SQL, shared with the desktop app's first screen);
this service runs them on a pooled connection and asks the search service for a smart group's
matches.
"""

from __future__ import annotations

from array import array

from sqlalchemy import func, select

from pcrm.domain.text import sort_key
from pcrm.services import list_sources
from pcrm.services.base import Service
from pcrm.services.list_sources import (
    ALL,
    ARCHIVED,
    EVERYONE,
    FAVOURITES,
    GROUP,
    KINDS,
    LAST_CONTACTED,
    NAME,
    NEXT_REMINDER,
    ORDER_KEYS,
    ORGANISATION,
    RECENT,
    RECENT_LIMIT,
    RELATED,
    SMART,
    SMART_LIMIT,
    TRASH,
    Source,
)
from pcrm.services.search import SearchService
from pcrm.store import models as m

__all__ = [  # the sources and orders, kept importable from here
    "ALL",
    "ARCHIVED",
    "FAVOURITES",
    "GROUP",
    "KINDS",
    "LAST_CONTACTED",
    "NAME",
    "NEXT_REMINDER",
    "ORDER_KEYS",
    "ORGANISATION",
    "RECENT",
    "RECENT_LIMIT",
    "RELATED",
    "SMART",
    "SMART_LIMIT",
    "TRASH",
    "ContactListService",
    "Source",
]


class ContactListService(Service):
    def ids(self, source: Source = EVERYONE, order: str = NAME) -> array[int]:
        """The contacts of ``source`` in display order."""
        hits = self._hits(source)
        with self.driver() as conn:
            return list_sources.ordered_ids(conn, source, order, hits=hits)

    def position(self, source: Source, prefix: str) -> int:
        """How many contacts of ``source`` sort before ``prefix`` by name: the row that an
        alphabet jump (or typing a letter in the list) goes to."""
        hits = self._hits(source)
        with self.driver() as conn:
            return list_sources.position(conn, source, sort_key(prefix), hits=hits)

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

    def _hits(self, source: Source) -> list[int] | None:
        """A smart group's matches (its saved search, run now); None for any other source."""
        if source.kind != SMART:
            return None
        return SearchService(self.db, self.clock).contact_ids(source.query or "", limit=SMART_LIMIT)
