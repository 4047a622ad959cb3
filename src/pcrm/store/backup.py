"""Encrypted, verified backups through the SQLite online backup API (never a copy of the live file).

The backup is written to a temp name beside its destination, keyed with the store's key, checked
(``cipher_integrity_check``, ``integrity_check`` and the row counts of the main tables against
the source snapshot), then renamed into place with mode 0600.  A backup that fails verification
is removed and reported.  Restoring (``pcrm.services.backups``) goes through the same two steps
the other way round: :func:`backup` from the verified backup file to a new database beside the
store, which :func:`verify` checks again before it replaces the store.

A backup is encrypted under the key the store had when it was taken (the store's raw key, not a
passphrase): changing the passphrase keeps every backup readable, rotating the key leaves older
backups readable only with the old key, which the rotation destroys.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from pcrm import errors, fsutil
from pcrm.store.raw import DatabaseError, open_raw

COUNTED_TABLES = ("contacts", "interactions", "tasks", "organisations", "contact_fields")
STEP_PAGES = 1024  # 4 MiB of pages per backup step, then a progress report

Progress = Callable[[int, int], None]  # (pages done, pages in all)


def row_counts(conn: Any) -> dict[str, int]:
    """The row counts of the main tables through the DB-API connection ``conn``."""
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
            counts = row_counts(conn)
        finally:
            conn.close()
    except DatabaseError as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise errors.DatabaseCorrupt(path=path, reason=reason) from None
    if expected_counts is not None and counts != expected_counts:
        raise errors.DatabaseCorrupt(path=path, reason="row counts differ from the source")
    return counts


def schema_revision(path: Path, key: bytes) -> str | None:
    """The alembic revision a database file was written at (None before any migration)."""
    try:
        conn = open_raw(path, key, mode="ro")
        try:
            found = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            row = (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()
                if found
                else None
            )
        finally:
            conn.close()
    except DatabaseError as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise errors.DatabaseCorrupt(path=path, reason=reason) from None
    return None if row is None else str(row[0])


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _remove(files: list[Path]) -> None:
    for leftover in files:
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


# ``.{name}.{pid}.{8 hex}.partial`` and the SQLite sidecars of one
_PARTIAL = re.compile(r"^\..+\.(\d+)\.[0-9a-f]{8}\.partial(?:-wal|-shm|-journal)?$")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # no cheap, safe check: leave the file to the owner
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # somebody else's process has that pid now
    return True


def sweep_partials(folder: Path) -> list[Path]:
    """Remove the unfinished backups that processes which are gone left in ``folder``.

    A backup killed mid-write (power cut, ``kill -9``) leaves its ``.partial`` file, as large as
    the store; nothing else would ever remove it.  Files of a process still running (this one
    included) are left alone: they may be a backup in progress.  Returns what was removed.
    """
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    for name in names:
        found = _PARTIAL.match(name)
        if found is None or _alive(int(found.group(1))):
            continue
        with contextlib.suppress(FileNotFoundError):
            (folder / name).unlink()
            removed.append(folder / name)
    return removed


def _pages(progress: Progress) -> Callable[[int, int, int], None]:
    return lambda _status, left, total: progress(total - left, total)


def backup(
    source: Any,
    key: bytes,
    dest: Path,
    progress: Progress | None = None,
    *,
    journal_mode: Literal["DELETE", "WAL"] = "DELETE",
) -> dict[str, int]:
    """Back the open, keyed DB-API connection ``source`` up to ``dest``; returns the row counts.

    ``journal_mode`` is the copy's: DELETE for a backup file (one self-contained file), WAL for
    a database that replaces a store.
    """
    fsutil.make_private_dir(dest.parent)
    sweep_partials(dest.parent)
    # unique per call: two backups may be written at once (the daily one and "Back up now")
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.{secrets.token_hex(4)}.partial")
    try:
        _remove([tmp])
        counts = _copy(source, key, tmp, progress, journal_mode)
        os.chmod(tmp, fsutil.OWNER_ONLY)
        verify(tmp, key, counts)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        _remove(_sidecars(tmp))  # the read-only check of a WAL copy leaves empty ones
        os.replace(tmp, dest)
        fsutil.fsync_dir(dest.parent)
    except Exception as exc:  # noqa: BLE001 -- any failure voids the backup
        _remove([tmp, *_sidecars(tmp)])
        if isinstance(exc, errors.PcrmError):
            reason = str(exc.params.get("reason", exc.message))
        elif isinstance(exc, OSError):
            reason = exc.strerror or type(exc).__name__
        else:
            reason = " ".join(str(exc).split()) or type(exc).__name__
        raise errors.BackupFailed(path=dest, reason=reason) from None
    return counts


def _copy(
    source: Any, key: bytes, tmp: Path, progress: Progress | None, journal_mode: str
) -> dict[str, int]:
    target = open_raw(tmp, key, mode="rwc")
    try:
        # One read transaction: the counts describe exactly the snapshot that is copied.
        source.execute("BEGIN")
        try:
            counts = row_counts(source)
            source.backup(
                target, pages=STEP_PAGES, progress=None if progress is None else _pages(progress)
            )
        finally:
            source.execute("COMMIT")
        target.execute(f"PRAGMA journal_mode = {journal_mode}")
    finally:
        target.close()
    return counts
