"""Automatic backups of the open store, kept in rotation; listing them; restoring one.

**Taking.**  :meth:`BackupService.take` writes ``backup-YYYYMMDDTHHMMSSZ.pcrm-backup`` (the UTC
time of the snapshot; ``-2``… when two fall in one second) into the backup folder: the owner's
choice (preference ``backups.folder``) or the store's own ``backups`` folder, which pcrm creates
readable by the owner only (a folder the owner chose is left as it is).  The file goes through
:mod:`pcrm.store.backup`: the SQLite backup API, mode 0600, verified before it gets its name.  A
backup is *due* when automatic backups are on and the newest automatic one is a day old or more.

**Rotation** (after each successful backup, never after a failed one) looks only at files named
``backup-…`` in the backup folder, so it never deletes the owner's own copies, the pre-upgrade
and pre-restore backups, or anything else.  It keeps the newest backup of each of the last
``keep_daily`` days that have one, of each of the last ``keep_weekly`` ISO weeks and of each of
the last ``keep_monthly`` months (days, weeks and months in the owner's zone), like restic's
``--keep-daily/weekly/monthly``; the default 7/4/6 reaches half a year back with 17 files at most.

**Restoring** (:func:`restore`, the store closed): the chosen file is verified first (the same
checks as after a backup, and a schema this pcrm knows); then the current database is kept — a
verified ``pre-restore-…`` backup, or, when it cannot be read, its files moved aside unchanged as
``pre-restore-….damaged`` — and the backup is copied through the backup API to a new database
beside the store, verified again and renamed over ``pcrm.db``.  Opening the store afterwards runs
the migrations when the backup is older.  Safety copies go to the store's own ``backups`` folder
(the same disk, so moving a damaged file is a rename).

**Keys.**  A backup is encrypted with the store's raw key.  Changing the passphrase re-wraps the
same key, so every backup stays restorable.  Rotating the key re-encrypts the store under a new
key and destroys the old one: every backup taken before can no longer be opened, which is the
point when the old key may have leaked (delete those files then).  :meth:`Services.rotate_key`
therefore takes a fresh backup right after a rotation.
"""

from __future__ import annotations

import contextlib
import enum
import os
import re
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from pcrm import errors, fsutil, log
from pcrm.clock import Clock
from pcrm.paths import StorePaths
from pcrm.services.base import Service
from pcrm.services.preferences import (
    BACKUP_AUTOMATIC,
    BACKUP_FOLDER,
    BACKUP_KEEP_DAILY,
    BACKUP_KEEP_MONTHLY,
    BACKUP_KEEP_WEEKLY,
    PreferenceService,
)
from pcrm.store import backup as store_backup
from pcrm.store import keys, migrate
from pcrm.store.database import Database
from pcrm.store.engine import header_page_count
from pcrm.store.lock import WriterLock
from pcrm.store.raw import PAGE_SIZE, DatabaseError, open_raw

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SUFFIX = ".pcrm-backup"
AUTOMATIC_PREFIX = "backup-"
EVERY = timedelta(days=1)
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(backup|pre-upgrade|pre-restore)-(\d{8}T\d{6}Z)(?:-(\d+))?\.pcrm-backup$")

Progress = Callable[[int, int], None]  # (pages done, pages in all)


class BackupKind(enum.Enum):
    AUTOMATIC = "backup"  # daily or "Back up now": rotated
    PRE_UPGRADE = "pre-upgrade"  # taken before a schema upgrade
    PRE_RESTORE = "pre-restore"  # the store as it was before a restore
    OTHER = "other"  # any other *.pcrm-backup in the folders (the owner's own)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC: from the name, else the file's modification time
    size: int
    kind: BackupKind


@dataclass(frozen=True)
class Taken:
    info: BackupInfo
    counts: dict[str, int]
    removed: list[Path] = field(default_factory=list)  # what rotation deleted


@dataclass(frozen=True)
class Checked:
    """A backup that passed verification: the key that opens it, its counts and revision."""

    path: Path
    key: bytes
    counts: dict[str, int]
    revision: str | None


@dataclass(frozen=True)
class Restored:
    source: Path
    counts: dict[str, int]
    safety: Path | None  # where the replaced database was kept (None: there was none)


# -- names and rotation ---------------------------------------------------------------------------


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_STAMP)


def newest_first(found: list[BackupInfo]) -> list[BackupInfo]:
    """By time, and by the ``-2``… of backups taken within one second."""

    def order(backup: BackupInfo) -> tuple[datetime, int, str]:
        named = _NAME.match(backup.path.name)
        return backup.taken_at, int(named[3] or 1) if named else 0, backup.path.name

    return sorted(found, key=order, reverse=True)


def describe(path: Path) -> BackupInfo | None:
    """What the file at ``path`` is, or None when it is not a finished backup file."""
    if path.name.startswith(".") or not path.name.endswith(SUFFIX):
        return None
    try:
        info = path.stat()
    except OSError:
        return None
    found = _NAME.match(path.name)
    if found:
        taken = datetime.strptime(found[2], _STAMP).replace(tzinfo=UTC)
        return BackupInfo(path, taken, info.st_size, BackupKind(found[1]))
    return BackupInfo(
        path, datetime.fromtimestamp(info.st_mtime, UTC), info.st_size, BackupKind.OTHER
    )


def listing(folders: list[Path]) -> list[BackupInfo]:
    """The backup files in ``folders`` (each once), newest first."""
    seen: set[Path] = set()
    found: list[BackupInfo] = []
    for folder in folders:
        with contextlib.suppress(OSError):
            for path in folder.iterdir():
                info = describe(path)
                if info is not None and path.resolve() not in seen:
                    seen.add(path.resolve())
                    found.append(info)
    return newest_first(found)


def retained(
    backups: list[BackupInfo], zone: tzinfo, daily: int, weekly: int, monthly: int
) -> set[Path]:
    """The backups rotation keeps: the newest of each of the last ``daily`` days that have one,
    ``weekly`` ISO weeks and ``monthly`` months."""
    periods: list[tuple[int, Callable[[datetime], Hashable]]] = [
        (daily, lambda d: d.date()),
        (weekly, lambda d: d.isocalendar()[:2]),
        (monthly, lambda d: (d.year, d.month)),
    ]
    kept: set[Path] = set()
    for count, period in periods:
        seen: set[Hashable] = set()
        for backup in newest_first(backups):
            key = period(backup.taken_at.astimezone(zone))
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.add(key)
            kept.add(backup.path)
    return kept


# -- checking a backup file -----------------------------------------------------------------------


def check_backup(path: Path, candidates: list[bytes]) -> Checked:
    """Verify a backup file with the first of ``candidates`` that opens it.

    Raises DatabaseCorrupt naming the file and the reason (one that no key opens: made before a
    key rotation, by another store, or damaged), or NewerSchema for a backup of a newer pcrm.
    """
    if not path.is_file():
        raise errors.BadInput(where=str(path), reason="there is no such file")
    size = path.stat().st_size
    if size == 0 or size % PAGE_SIZE:
        raise errors.DatabaseCorrupt(path=path, reason=f"it is {size} bytes long, not whole pages")
    opens = next((k for k in candidates if _opens(path, k)), None)
    if opens is None:
        readable = any(header_page_count(path, k) is not None for k in candidates)
        reason = (
            "its first page is damaged"
            if readable
            else "this store's key does not open it: it was made before the key was rotated, "
            "by another store, or it is damaged"
        )
        raise errors.DatabaseCorrupt(path=path, reason=reason)
    counts = store_backup.verify(path, opens)
    revision = store_backup.schema_revision(path, opens)
    if revision is not None:
        migrate.check_known(revision, path)
    return Checked(path, opens, counts, revision)


def _opens(path: Path, key: bytes) -> bool:
    try:
        open_raw(path, key, mode="ro").close()
    except DatabaseError:
        return False
    return True


def store_keys(
    paths: StorePaths, passphrase: str | None, backend: KeyringBackend | None
) -> list[bytes]:
    """The keys of a store that cannot be opened (to restore it): from the keyring or the
    passphrase, as opening would find them.  Raises the typed error when there is none."""
    meta = keys.read_meta(paths)
    if meta is None:
        raise errors.KeyMissing(path=paths.database, reason=f"{paths.meta.name} is missing")
    return keys.candidate_keys(paths, meta, passphrase, backend)


# -- restoring ------------------------------------------------------------------------------------


def restore(
    paths: StorePaths, key: bytes, source: Path, clock: Clock, progress: Progress | None = None
) -> Restored:
    """Replace the closed store's database with the backup ``source`` (encrypted with ``key``).

    Takes the store's writer lock for the duration (StoreBusy when another pcrm has it open).
    A backup that fails verification is refused before anything is touched.
    """
    source = source.expanduser().resolve()
    if source == paths.database.resolve():
        raise errors.BadInput(where=str(source), reason="this is the store itself, not a backup")
    check_backup(source, [key])
    lock = WriterLock(paths.lock)
    lock.acquire()
    try:
        safety = _keep_current(paths, key, stamp(clock.now()))
        with contextlib.closing(open_raw(source, key, mode="ro")) as conn:
            counts = store_backup.backup(conn, key, paths.database, progress, journal_mode="WAL")
    finally:
        lock.release()
    log.store.info("restored the store from a backup")
    return Restored(source, counts, safety)


def _keep_current(paths: StorePaths, key: bytes, when: str) -> Path | None:
    """Keep the database about to be replaced: a verified backup, or its files moved aside."""
    database = paths.database
    if not database.exists():
        return None
    fsutil.make_private_dir(paths.backups)
    kept = _unique(paths.backups / f"pre-restore-{when}{SUFFIX}")
    try:
        if database.stat().st_size % PAGE_SIZE or not database.stat().st_size:
            raise errors.DatabaseCorrupt(path=database, reason="not whole pages")
        with contextlib.closing(open_raw(database, key)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            store_backup.backup(conn, key, kept)
    except (DatabaseError, errors.StoreError):
        kept = kept.with_suffix(".damaged")
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.replace(database.with_name(database.name + suffix), Path(f"{kept}{suffix}"))
        log.store.warning("restore: the replaced database could not be read; moved aside")
    for sidecar in paths.sidecars():  # emptied by the checkpoint: stale for the new file
        with contextlib.suppress(FileNotFoundError):
            sidecar.unlink()
    fsutil.fsync_dir(paths.root)
    return kept


def _unique(path: Path) -> Path:
    """``path``, or ``name-2.ext``… when a file of that name exists."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name.removesuffix(SUFFIX)}-{n}{SUFFIX}")
    return candidate


# -- the service ----------------------------------------------------------------------------------


_TAKING = threading.Lock()


class BackupService(Service):
    """Backups of one open store, by the owner's preferences."""

    def __init__(self, db: Database, clock: Clock, preferences: PreferenceService) -> None:
        super().__init__(db, clock)
        self.preferences = preferences

    def folder(self) -> Path:
        chosen = self.preferences.get(BACKUP_FOLDER.key)
        return Path(chosen) if isinstance(chosen, str) else self.db.paths.backups

    def automatic(self) -> bool:
        return bool(self.preferences.get(BACKUP_AUTOMATIC.key))

    def available(self) -> list[BackupInfo]:
        """Every backup in the backup folder and the store's own folder, newest first."""
        return listing([self.folder(), self.db.paths.backups])

    def latest(self) -> BackupInfo | None:
        """The newest automatic backup, or None."""
        found = listing([self.folder()])
        return next((b for b in found if b.kind is BackupKind.AUTOMATIC), None)

    def next_due(self) -> datetime | None:
        """When the next automatic backup falls due (now or earlier: due), None when off."""
        if not self.automatic():
            return None
        latest = self.latest()
        return self.now() if latest is None else latest.taken_at + EVERY

    def due(self) -> bool:
        when = self.next_due()
        return when is not None and when <= self.now()

    def counts(self) -> dict[str, int]:
        """The row counts of the store as it is now."""
        with contextlib.closing(self.db.raw()) as raw:
            return store_backup.row_counts(raw.driver_connection)

    def check(self, path: Path) -> Checked:
        """Verify a backup file with this store's key (DatabaseCorrupt, NewerSchema)."""
        return check_backup(path, [self.db.key])

    def take(self, progress: Progress | None = None) -> Taken:
        """A verified backup into the backup folder now, then rotation.  A failure raises
        BackupFailed (logged) and deletes nothing."""
        folder = self.folder()
        try:
            fsutil.make_private_dir(folder)
        except OSError as exc:
            log.services.error("backup failed: the folder cannot be made (%s)", type(exc).__name__)
            reason = f"the backup folder cannot be made: {exc.strerror or type(exc).__name__}"
            raise errors.BadInput(where=str(folder), reason=reason) from None
        with _TAKING:  # one at a time: each gets its own name, and rotation sees them all
            dest = _unique(folder / f"{AUTOMATIC_PREFIX}{stamp(self.now())}{SUFFIX}")
            try:
                with contextlib.closing(self.db.raw()) as raw:
                    counts = store_backup.backup(raw.driver_connection, self.db.key, dest, progress)
            except errors.PcrmError as exc:
                log.services.error("backup failed: %s", exc.error_id)
                raise
            info = describe(dest)
            assert info is not None
            removed = self.rotate()
        log.services.info("backup taken; rotation removed %d", len(removed))
        return Taken(info, counts, removed)

    def rotate(self) -> list[Path]:
        """Delete the automatic backups the keep preferences no longer keep; returns them."""
        automatic = [b for b in listing([self.folder()]) if b.kind is BackupKind.AUTOMATIC]
        kept = retained(
            automatic,
            self.clock.zone(),
            int(self.preferences.get(BACKUP_KEEP_DAILY.key) or 1),
            int(self.preferences.get(BACKUP_KEEP_WEEKLY.key) or 0),
            int(self.preferences.get(BACKUP_KEEP_MONTHLY.key) or 0),
        )
        removed: list[Path] = []
        for backup in automatic:
            if backup.path not in kept:
                with contextlib.suppress(FileNotFoundError):
                    backup.path.unlink()
                removed.append(backup.path)
        return removed
