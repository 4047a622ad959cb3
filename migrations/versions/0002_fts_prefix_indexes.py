"""prefix indexes for search as you type

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Search as you type is an FTS5 prefix query.  Without a prefix index FTS5 merges the whole
doclist of every term that starts with the prefix before it can return the newest twenty: at a
million interactions "ко" took 12 ms and "the" 33 ms, with 2- and 3-character prefix indexes
0.1-0.2 ms (tests/benchmarks, and the note of issue 3).  The FTS5 tables are made again with
``prefix='2 3'`` and filled from their content, folded the way the triggers fold it; the triggers
themselves name the tables and stay as they are.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TOKENIZER = "unicode61 remove_diacritics 2"

_TABLES = {
    "contact_fts": (
        "names, orgs, fields, notes",
        "content='contact_search', content_rowid='contact_id'",
        "SELECT contact_id, pcrm_fold(names), pcrm_fold(orgs), pcrm_fold(fields),"
        " pcrm_fold(notes) FROM contact_search",
    ),
    "interaction_fts": (
        "subject, body, location",
        "content='interactions', content_rowid='id'",
        "SELECT id, pcrm_fold(subject), pcrm_fold(body), pcrm_fold(location) FROM interactions",
    ),
}


def _remake(prefix: str) -> None:
    for table, (columns, content, rows) in _TABLES.items():
        op.execute(f"DROP TABLE {table}")
        op.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5({columns}, {content}, "
            f"tokenize='{_TOKENIZER}'{prefix})"
        )
        op.execute(f"INSERT INTO {table}(rowid, {columns}) {rows}")


def upgrade() -> None:
    _remake(", prefix='2 3'")


def downgrade() -> None:
    _remake("")
