"""One search box over contacts and interaction text.

``quick`` is search-as-you-type: a prefix MATCH, unranked, newest first, with a LIMIT (see
``store.search``).  ``ranked`` orders by bm25 and can be interrupted by a :class:`CancelToken`
(the next keystroke), so it belongs in a worker.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pcrm.domain.text import query_words, snippet
from pcrm.services.base import Service
from pcrm.store.raw import utc_from_text
from pcrm.store.search import (
    CONTACT_HITS_SQL,
    CONTACT_QUICK_SQL,
    CONTACT_RANKED_SQL,
    INTERACTION_HITS_SQL,
    INTERACTION_QUICK_SQL,
    INTERACTION_RANKED_SQL,
    CancelToken,
    match_expression,
    run_interruptible,
)

MIN_CHARS = 2
__all__ = [
    "MIN_CHARS",
    "CancelToken",
    "ContactHit",
    "InteractionHit",
    "SearchResults",
    "SearchService",
]


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
        """The ids each quick-search statement finds for ``query`` (empty under 2 characters)."""
        expr = _as_you_type(query)
        if expr is None:
            return [[] for _ in queries]
        with self.driver() as conn:
            return self._ids_on(conn, queries, expr, limit)

    @staticmethod
    def _ids_on(conn: Any, queries: tuple[str, ...], expr: str, limit: int) -> list[list[int]]:
        params = {"q": expr, "limit": limit}
        return [[row[0] for row in conn.execute(sql, params)] for sql in queries]

    def quick(self, query: str, limit: int = 20) -> SearchResults:
        """Search as you type: what matches, newest first, with a highlighted snippet."""
        results = SearchResults(query)
        expr = _as_you_type(query)
        if expr is None:
            return results
        with self.driver() as conn:
            contact_ids, interaction_ids = self._ids_on(
                conn, (CONTACT_QUICK_SQL, INTERACTION_QUICK_SQL), expr, limit
            )
            self._fill(conn, results, contact_ids, interaction_ids, query_words(query))
        # The index gives the most recently stored matches; they are shown newest-happened first.
        results.interactions.sort(key=lambda h: (h.starts_at, h.id), reverse=True)
        return results

    @staticmethod
    def _fill(
        conn: Any,
        results: SearchResults,
        contact_ids: list[int],
        interaction_ids: list[int],
        words: list[str],
    ) -> None:
        """The hits for found ids, in the order found, each with the snippet that matched."""
        contacts: dict[int, ContactHit] = {}
        for cid, name, names, *parts in conn.execute(
            CONTACT_HITS_SQL, {"ids": json.dumps(contact_ids)}
        ):
            # A match in the name needs no snippet; elsewhere, show the part that matched.
            in_name = bool(names and snippet(names, words)[1])
            shown, spans = ("", []) if in_name else _first_match(parts, words, fallback="")
            contacts[cid] = ContactHit(cid, name, shown, spans)
        interactions: dict[int, InteractionHit] = {}
        for iid, kind, starts, subject, body, location in conn.execute(
            INTERACTION_HITS_SQL, {"ids": json.dumps(interaction_ids)}
        ):
            shown, spans = _first_match((body, subject, location), words, fallback=body or "")
            hit = InteractionHit(iid, kind, utc_from_text(starts), subject or kind, shown, spans)
            interactions[iid] = hit
        results.contacts = [contacts[i] for i in contact_ids if i in contacts]
        results.interactions = [interactions[i] for i in interaction_ids if i in interactions]

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
        with self.driver() as conn:
            contact_rows = run_interruptible(
                conn, CONTACT_RANKED_SQL, {"q": expr, "limit": limit}, token
            )
            interaction_rows = run_interruptible(
                conn, INTERACTION_RANKED_SQL, {"q": expr, "limit": limit}, token
            )
            self._fill(
                conn, results, [r[0] for r in contact_rows], [r[0] for r in interaction_rows], words
            )
        return results


def _as_you_type(query: str) -> str | None:
    """The MATCH expression of a keystroke, or None under MIN_CHARS characters."""
    return match_expression(query) if len(query.strip()) >= MIN_CHARS else None


def _first_match(
    parts: Iterable[str | None], words: list[str], *, fallback: str
) -> tuple[str, list[tuple[int, int]]]:
    """The snippet of the first part where one of ``words`` matches, else of ``fallback``."""
    for part in parts:
        if part:
            shown, spans = snippet(part, words)
            if spans:
                return shown, spans
    return snippet(fallback, words) if fallback else ("", [])
