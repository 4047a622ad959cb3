"""A keyed, verified, tuned SQLCipher connection through the driver alone (no SQLAlchemy).

Everything the engine's pool builds its connections from, kept apart from SQLAlchemy so that the
desktop app can read the first screen of the contact list before importing it (SQLAlchemy's ORM
alone takes longer to import than Qt needs to paint a window).  Also here: the file-size check
run before a store is opened, and the schema revision a store must be at to be read as it is.

The database is always opened with ``mode=rw`` (no create) or ``ro`` unless a caller creates it,
so a vanished file can never turn into a new empty database.  ``isolation_level=None`` (the
pysqlite transaction recipe) makes DDL transactional for migrations.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher

from pcrm import errors
from pcrm.domain.text import fold_for_index
from pcrm.paths import StorePaths
from pcrm.store.keys import sqlcipher_key_literal

PAGE_SIZE = 4096
# Per connection, used only as pages are read.  Reading a busy contact's 10,000 interactions at a
# million rows touches more than 64 MiB of pages; with a smaller cache every read decrypts them
# again (measured: encrypted/plain 3.2x at 64 MiB, 1.0x at 128 MiB).
CACHE_KIB = 128 * 1024
# The newest revision in migrations/versions (a test keeps the two equal).  Opening a store that
# is already at this revision needs no alembic at all, which keeps start-up fast: importing
# alembic costs about as much as opening the database.
HEAD_REVISION = "0005"

DatabaseError = sqlcipher.DatabaseError

# sqlcipher3 looks up an adapter for every bound None and fails slowly (2-5 us each); registering
# the identity makes it bind NULL at once (100k rows with 16 NULLs each: 7.6 s -> 0.5 s).
sqlcipher.register_adapter(type(None), lambda value: value)


def _uri(path: Path, mode: str, *, immutable: bool = False) -> str:
    return f"file:{quote(str(path))}?mode={mode}" + ("&immutable=1" if immutable else "")


def _quiet(conn: Any) -> None:
    # SQLCipher logs to stderr by itself ("ERROR CORE sqlcipher_page_cipher: hmac check failed")
    # on a wrong key or a damaged page; pcrm reports those as typed errors instead.  The level
    # is process-wide; an unknown pragma (an older SQLCipher) is ignored.
    conn.execute("PRAGMA cipher_log_level = NONE")


def check_driver(driver: Any = sqlcipher) -> str:
    """Refuse a driver without encryption; return the SQLCipher version.

    ``driver`` is the DB-API module (sqlcipher3's, always, outside the test that proves a plain
    sqlite3 is refused).
    """
    conn = driver.connect(":memory:")
    try:
        _quiet(conn)
        row = conn.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise errors.NoEncryption(reason="PRAGMA cipher_version is empty")
        options = {r[0] for r in conn.execute("PRAGMA compile_options")}
        if "ENABLE_FTS5" not in options:
            raise errors.NoEncryption(reason="SQLCipher was built without FTS5")
        return str(row[0])
    finally:
        conn.close()


def _casefold(text: str | None) -> str | None:
    return None if text is None else text.casefold()


def _tune(conn: Any) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA busy_timeout = 5000")
    # This SQLCipher build turns recursive triggers on by default; the search triggers are
    # written for SQLite's usual behaviour.
    conn.execute("PRAGMA recursive_triggers = OFF")
    if conn.execute("PRAGMA temp_store").fetchone()[0] != 2:
        raise errors.NoEncryption(reason="temporary storage is not in memory")
    conn.create_function("pcrm_fold", 1, fold_for_index, deterministic=True)
    # SQLite's lower() folds ASCII only: "Друзі" and "друзі" must be the same group.
    conn.create_function("pcrm_casefold", 1, _casefold, deterministic=True)


def open_raw(path: Path, key: bytes, *, mode: str = "rw", immutable: bool = False) -> Any:
    """A keyed, verified DB-API connection.  Raises sqlcipher DatabaseError.

    ``immutable`` (read-only, for a store no process writes to) takes no lock and creates no
    ``-wal`` or ``-shm`` file, so a failed read leaves the store's folder as it was.
    """
    conn = sqlcipher.connect(
        _uri(path, mode, immutable=immutable),
        uri=True,
        isolation_level=None,
        check_same_thread=False,
    )
    try:
        _quiet(conn)
        conn.execute(f"PRAGMA key = {sqlcipher_key_literal(key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _tune(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def schema_revision(conn: Any) -> str | None:
    """The alembic revision recorded in a database (a DB-API connection); None when none is."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if exists is None:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def wal_has_frames(paths: StorePaths) -> bool:
    """Whether the write-ahead log holds changes not yet in the database file (a crash)."""
    wal = paths.database.with_name(paths.database.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def utc_from_text(text: str) -> datetime:
    """A UTCDateTime column (naive UTC text) as the driver returns it to plain SQL, made aware."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def check_file(paths: StorePaths) -> None:
    """Refuse an empty database file, or one cut in the middle of a page."""
    size = paths.database.stat().st_size
    if size == 0:
        raise errors.EmptyDatabaseFile(path=paths.database)
    if size % PAGE_SIZE:
        expected = (size // PAGE_SIZE + 1) * PAGE_SIZE
        raise errors.DatabaseTruncated(path=paths.database, size=size, expected=expected)
