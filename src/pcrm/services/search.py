"""One search box over contacts and interaction text.

``quick`` is search-as-you-type: a prefix MATCH, unranked, newest first, with a LIMIT (see
``store.search``).  ``ranked`` orders by bm25 and can be interrupted by a :class:`CancelToken`
(the next keystroke), so it belongs in a worker.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from pcrm.domain.text import query_words, snippet
from pcrm.services.base import Service
from pcrm.store import models as m
from pcrm.store.search import (
    CONTACT_QUICK_SQL,
    CONTACT_RANKED_SQL,
    INTERACTION_QUICK_SQL,
    INTERACTION_RANKED_SQL,
    CancelToken,
    match_expression,
    run_interruptible,
)

MIN_CHARS = 2


@dataclass
class ContactHit:
    id: int
    display_name: str
    snippet: str
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class InteractionHit:
    id: int
    kind: str
    starts_at: datetime
    title: str
    snippet: str
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class SearchResults:
    query: str
    contacts: list[ContactHit] = field(default_factory=list)
    interactions: list[InteractionHit] = field(default_factory=list)


class SearchService(Service):
    def ids(self, query: str, limit: int = 50) -> tuple[list[int], list[int]]:
        """Contact and interaction ids for a keystroke, from one connection."""
        contacts, interactions = self._matching(
            (CONTACT_QUICK_SQL, INTERACTION_QUICK_SQL), query, limit
        )
        return contacts, interactions

    def contact_ids(self, query: str, limit: int = 50) -> list[int]:
        return self._matching((CONTACT_QUICK_SQL,), query, limit)[0]

    def interaction_ids(self, query: str, limit: int = 50) -> list[int]:
        return self._matching((INTERACTION_QUICK_SQL,), query, limit)[0]

    def _matching(self, queries: tuple[str, ...], query: str, limit: int) -> list[list[int]]:
        """The ids each quick-search statement finds for ``query`` (empty under 2 characters).

        Runs on a driver connection straight from the pool: a session's BEGIN/ROLLBACK and
        statement compilation cost as much as the index look-ups themselves.
        """
        expr = match_expression(query)
        if expr is None or len(query.strip()) < MIN_CHARS:
            return [[] for _ in queries]
        params = {"q": expr, "limit": limit}
        with self._errors(), contextlib.closing(self.db.raw()) as raw:
            conn = raw.driver_connection
            return [[row[0] for row in conn.execute(sql, params)] for sql in queries]

    def quick(self, query: str, limit: int = 20) -> SearchResults:
        """Search as you type: what matches, newest first, with a highlighted snippet."""
        results = SearchResults(query)
        expr = match_expression(query)
        if expr is None or len(query.strip()) < MIN_CHARS:
            return results
        words = query_words(query)
        contact_ids, interaction_ids = self.ids(query, limit)
        with self.read() as s:
            results.contacts = self._contact_hits(s, contact_ids, words)
            hits = self._interaction_hits(s, interaction_ids, words)
        # The index gives the most recently stored matches; they are shown newest-happened first.
        results.interactions = sorted(hits, key=lambda h: (h.starts_at, h.id), reverse=True)
        return results

    @staticmethod
    def _contact_hits(s: object, ids: list[int], words: list[str]) -> list[ContactHit]:
        if not ids:
            return []
        doc = m.ContactSearchDoc
        rows = s.execute(  # type: ignore[attr-defined]
            select(m.Contact.id, m.Contact.display_name, doc.names, doc.orgs, doc.fields, doc.notes)
            .join(doc, doc.contact_id == m.Contact.id)
            .where(m.Contact.id.in_(ids))
        )
        by_id = {}
        for cid, name, *parts in rows:
            # A match in the name needs no snippet; elsewhere, show the part that matched.
            source = next((p for p in parts[1:] if p and snippet(p, words)[1]), "")
            if parts[0] and snippet(parts[0], words)[1]:
                source = ""
            shown, spans = snippet(source, words) if source else ("", [])
            by_id[cid] = ContactHit(cid, name, shown, spans)
        return [by_id[i] for i in ids if i in by_id]

    @staticmethod
    def _interaction_hits(s: object, ids: list[int], words: list[str]) -> list[InteractionHit]:
        if not ids:
            return []
        i = m.Interaction
        rows = s.execute(  # type: ignore[attr-defined]
            select(i.id, i.kind, i.starts_at, i.subject, i.body, i.location).where(i.id.in_(ids))
        )
        by_id = {}
        for iid, kind, starts, subject, body, location in rows:
            source = next(
                (p for p in (body, subject, location) if p and snippet(p, words)[1]), body or ""
            )
            shown, spans = snippet(source, words)
            by_id[iid] = InteractionHit(iid, kind, starts, subject or kind, shown, spans)
        return [by_id[x] for x in ids if x in by_id]

    def ranked(
        self, query: str, token: CancelToken | None = None, limit: int = 50
    ) -> SearchResults:
        """Best matches first (bm25); raises SearchInterrupted when ``token`` is cancelled."""
        results = SearchResults(query)
        expr = match_expression(query)
        if expr is None:
            return results
        token = token or CancelToken()
        words = query_words(query)
        with self._errors(), contextlib.closing(self.db.raw()) as raw:
            conn = raw.driver_connection
            contact_rows = run_interruptible(
                conn, CONTACT_RANKED_SQL, {"q": expr, "limit": limit}, token
            )
            interaction_rows = run_interruptible(
                conn, INTERACTION_RANKED_SQL, {"q": expr, "limit": limit}, token
            )
        with self.read() as s:
            results.contacts = self._contact_hits(s, [r[0] for r in contact_rows], words)
            results.interactions = self._interaction_hits(
                s, [r[0] for r in interaction_rows], words
            )
        return results
