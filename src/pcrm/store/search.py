"""Full-text search with FTS5 over contacts and interaction text.

Two FTS5 tables with external content, kept in step by triggers (DDL in the initial migration):

* ``contact_fts`` indexes ``contact_search`` — one document per contact (names with their
  transliteration, organisations and titles, phones, e-mails, addresses, custom values, notes),
  itself kept by triggers on the contact tables;
* ``interaction_fts`` indexes ``interactions`` (subject, body, location).

Both use ``unicode61 remove_diacritics 2`` after ``pcrm_fold`` (see ``domain.text``).  Search as
you type is a prefix query, unranked, newest first, with a LIMIT: bm25 over a frequent prefix at
a million rows takes seconds, rowid order stops after LIMIT rows.  Ranked search is separate and
runs under a progress handler that a cancel flag interrupts.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any

from pcrm import errors
from pcrm.domain.text import fold_for_index

SEARCH_TABLES = ("contact_search", "contact_fts", "interaction_fts")
FTS_TABLES = ("contact_fts", "interaction_fts")
_TOKEN = re.compile(r"\w+", re.UNICODE)


def is_search_table(name: str) -> bool:
    return any(name == t or name.startswith(t + "_") for t in SEARCH_TABLES)


def is_fts_table(name: str) -> bool:
    """An FTS5 virtual table or one of its shadow tables (``contact_fts_data``, …)."""
    return any(name == t or name.startswith(t + "_") for t in FTS_TABLES)


def alembic_include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's ``include_name`` for migrations/env.py and the schema test.

    Leaves out the FTS5 tables, which the migrations create by raw DDL and the ORM does not map.
    ``contact_search`` is mapped (``ContactSearchDoc``) and is compared like any table: leaving
    it out of the reflected side only would make autogenerate propose creating it again.
    """
    return not (type_ == "table" and name is not None and is_fts_table(name))


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH string: every word of ``query`` as a quoted prefix, all required.

    Quoting each token keeps FTS5 operators and punctuation in user input from being parsed,
    so no input can make the query fail.  Returns None when nothing searchable is left.
    """
    words = _TOKEN.findall(fold_for_index(query) or "")
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


CONTACT_QUICK_SQL = """
SELECT c.id FROM contact_fts
JOIN contacts AS c ON c.id = contact_fts.rowid
WHERE contact_fts MATCH :q AND c.deleted_at IS NULL
ORDER BY contact_fts.rowid DESC LIMIT :limit
"""

INTERACTION_QUICK_SQL = """
SELECT i.id FROM interaction_fts
JOIN interactions AS i ON i.id = interaction_fts.rowid
WHERE interaction_fts MATCH :q AND i.deleted_at IS NULL
ORDER BY interaction_fts.rowid DESC LIMIT :limit
"""

# What a hit shows, for ids found by the statements above (a JSON array: one parameter).
CONTACT_HITS_SQL = """
SELECT c.id, c.display_name, d.names, d.orgs, d.fields, d.notes
FROM contacts AS c JOIN contact_search AS d ON d.contact_id = c.id
WHERE c.id IN (SELECT value FROM json_each(:ids))
"""

INTERACTION_HITS_SQL = """
SELECT id, kind, starts_at, subject, body, location FROM interactions
WHERE id IN (SELECT value FROM json_each(:ids))
"""

CONTACT_RANKED_SQL = """
SELECT c.id, bm25(contact_fts, 10.0, 4.0, 2.0, 1.0) AS score,
       snippet(contact_fts, -1, '[', ']', '…', 12)
FROM contact_fts JOIN contacts AS c ON c.id = contact_fts.rowid
WHERE contact_fts MATCH :q AND c.deleted_at IS NULL
ORDER BY score LIMIT :limit
"""

INTERACTION_RANKED_SQL = """
SELECT i.id, bm25(interaction_fts, 4.0, 1.0, 1.0) AS score,
       snippet(interaction_fts, -1, '[', ']', '…', 12)
FROM interaction_fts JOIN interactions AS i ON i.id = interaction_fts.rowid
WHERE interaction_fts MATCH :q AND i.deleted_at IS NULL
ORDER BY score LIMIT :limit
"""


class CancelToken:
    """Set by the next keystroke; a running ranked query stops at its next progress check."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


def run_interruptible(
    dbapi_conn: Any, sql: str, params: dict[str, Any], token: CancelToken
) -> list[tuple[Any, ...]]:
    """Run ``sql`` on a raw connection, aborting it when ``token`` is cancelled."""
    handler: Callable[[], int] = lambda: 1 if token.cancelled else 0  # noqa: E731
    dbapi_conn.set_progress_handler(handler, 10_000)
    try:
        return list(dbapi_conn.execute(sql, params).fetchall())
    except Exception as exc:
        if token.cancelled and "interrupt" in str(exc).lower():
            raise errors.SearchInterrupted() from None
        raise
    finally:
        dbapi_conn.set_progress_handler(None, 0)
