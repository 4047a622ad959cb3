"""The SQLCipher engine: every connection is keyed, verified and tuned before anyone uses it.

SQLAlchemy's pysqlite dialect drives ``sqlcipher3.dbapi2`` (``module=``).  Its pool builds each
connection with :func:`pcrm.store.raw.open_raw`, which keys the connection with the raw key,
proves the key with a read, then sets the per-connection pragmas.  The database is always opened
with ``mode=rw`` (no create) except by :func:`create_database`, so a vanished file can never turn
into a new empty database.  The pysqlite transaction recipe (``isolation_level=None`` plus an
explicit ``BEGIN``) makes DDL transactional for migrations.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from pcrm import errors
from pcrm.store.keys import key_check
from pcrm.store.raw import PAGE_SIZE, open_raw

# SQLCipher 4's page layout: the salt in the first 16 bytes of page 1, then AES-256-CBC data, then
# the reserve (16-byte IV and 64-byte HMAC-SHA512) at the end of every page.
_SALT_BYTES = 16
_RESERVE_BYTES = 80


def create_database(path: Path, key: bytes) -> None:
    """Create a new, empty encrypted database in WAL mode at ``path`` (which must not exist)."""
    if path.exists():
        raise errors.StoreAlreadyExists(path=path.parent)
    conn = open_raw(path, key, mode="rwc")
    try:
        conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise errors.StoreError()
        conn.execute("CREATE TABLE pcrm_bootstrap(x)")  # writes the header with the key's salt
        conn.execute("DROP TABLE pcrm_bootstrap")
    finally:
        conn.close()


def header_page_count(path: Path, key: bytes) -> int | None:
    """The page count recorded in the encrypted header of page 1, or None when it is not usable.

    For telling a file cut at a page boundary before SQLite opens it: SQLite refuses such a file
    as "malformed" before any pragma can report its length.  Page 1 is read (never written) and
    decrypted here without its HMAC check; the header's own fields (page size, reserve, payload
    fractions) must match pcrm's layout, so a wrong key or a damaged page 1 gives None.
    """
    try:
        with open(path, "rb") as handle:
            page = handle.read(PAGE_SIZE)
    except OSError:
        return None
    if len(page) < PAGE_SIZE or len(key) != 32:
        return None
    iv_at = PAGE_SIZE - _RESERVE_BYTES
    decryptor = Cipher(algorithms.AES(key), modes.CBC(page[iv_at : iv_at + 16])).decryptor()
    plain = decryptor.update(page[_SALT_BYTES:iv_at]) + decryptor.finalize()
    header = bytes(_SALT_BYTES) + plain
    layout_ok = (
        int.from_bytes(header[16:18], "big") == PAGE_SIZE
        and header[20] == _RESERVE_BYTES
        and header[21:24] == bytes((64, 32, 32))
    )
    # SQLite trusts the header's page count only while "version-valid-for" matches the counter.
    if not layout_ok or header[24:28] != header[92:96]:
        return None
    return int.from_bytes(header[28:32], "big") or None


def make_engine(path: Path, key: bytes, *, readonly: bool = False) -> Engine:
    """The application's engine over an existing database, keyed on every new connection."""
    mode = "ro" if readonly else "rw"

    def creator() -> Any:
        return open_raw(path, key, mode=mode)

    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=creator,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        hide_parameters=True,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # A write takes the write lock at BEGIN (waiting up to busy_timeout for another writer):
        # a deferred transaction that read first and then writes after another connection's
        # commit fails at once with SQLITE_BUSY_SNAPSHOT, whatever the timeout.
        immediate = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


WRITE_OPTION = "pcrm_write"  # execution option: this connection's transaction will write


def classify_open_error(
    exc: Exception, path: Path, key: bytes, expected_check: str
) -> errors.StoreError:
    """Turn the driver's error on first read into wrong key vs damaged file."""
    text = str(exc).lower()
    if "not a database" in text or "malformed" in text:
        if key_check(key) != expected_check:
            return errors.WrongKey(path=path)
        return errors.DatabaseCorrupt(path=path, reason="its first page fails the integrity check")
    if "unable to open" in text:
        return errors.DatabaseMissing(path=path)
    return errors.DatabaseCorrupt(path=path, reason=type(exc).__name__)


def translate_runtime_error(exc: Exception, path: Path) -> errors.PcrmError | None:
    """Map a driver error met while working to a typed error, or None when it is a bug."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "malformed" in text or "not a database" in text or "hmac" in text:
        return errors.DatabaseCorrupt(path=path, reason="a page fails its integrity check")
    if "disk is full" in text or "database or disk is full" in text:
        return errors.DiskFull()
    if "database is locked" in text or "database is busy" in text:
        return errors.StoreBusy(path=path.parent, pid="?")
    return None


@contextlib.contextmanager
def raw_connection(path: Path, key: bytes, *, mode: str = "rw") -> Iterator[Any]:
    conn = open_raw(path, key, mode=mode)
    try:
        yield conn
    finally:
        conn.close()
