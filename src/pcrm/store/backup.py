"""Encrypted, verified backups through the SQLite online backup API (never a copy of the live file).

The backup is written to a temp name beside its destination, keyed with the store's key, checked
(``cipher_integrity_check``, ``integrity_check`` and the row counts of the main tables against
the source snapshot), then renamed into place with mode 0600.  A backup that fails verification
is removed and reported.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from pcrm import errors, fsutil
from pcrm.store.raw import DatabaseError, open_raw

COUNTED_TABLES = ("contacts", "interactions", "tasks", "organisations", "contact_fields")


def _counts(conn: Any) -> dict[str, int]:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {
        t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])  # noqa: S608 -- fixed names
        for t in COUNTED_TABLES
        if t in names
    }


def verify(path: Path, key: bytes, expected_counts: dict[str, int] | None = None) -> dict[str, int]:
    """Check a database file end to end (read only); returns its row counts.

    Raises :class:`errors.DatabaseCorrupt` for any failure, with a one-line reason.
    """
    try:
        conn = open_raw(path, key, mode="ro")
        try:
            bad_pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            if bad_pages:
                reason = f"{len(bad_pages)} pages fail the cipher integrity check"
                raise errors.DatabaseCorrupt(path=path, reason=reason)
            result = conn.execute("PRAGMA integrity_check").fetchall()
            if result != [("ok",)]:
                raise errors.DatabaseCorrupt(path=path, reason="integrity_check reports damage")
            counts = _counts(conn)
        finally:
            conn.close()
    except DatabaseError as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise errors.DatabaseCorrupt(path=path, reason=reason) from None
    if expected_counts is not None and counts != expected_counts:
        raise errors.DatabaseCorrupt(path=path, reason="row counts differ from the source")
    return counts


def backup(source: Any, key: bytes, dest: Path) -> dict[str, int]:
    """Back the open, keyed DB-API connection ``source`` up to ``dest``; returns the row counts."""
    fsutil.make_private_dir(dest.parent)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.partial")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    target = open_raw(tmp, key, mode="rwc")
    try:
        # One read transaction: the counts describe exactly the snapshot that is copied.
        source.execute("BEGIN")
        try:
            counts = _counts(source)
            source.backup(target)
        finally:
            source.execute("COMMIT")
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    try:
        os.chmod(tmp, fsutil.OWNER_ONLY)
        verify(tmp, key, counts)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, dest)
        fsutil.fsync_dir(dest.parent)
    except Exception as exc:  # noqa: BLE001 -- any failure voids the backup
        for leftover in (tmp, *[tmp.with_name(tmp.name + s) for s in ("-wal", "-shm", "-journal")]):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        reason = str(exc)
        if isinstance(exc, errors.PcrmError):
            reason = str(exc.params.get("reason", exc.message))
        raise errors.BackupFailed(path=dest, reason=reason) from None
    return counts
