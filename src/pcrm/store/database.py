"""Opening, creating and re-keying a store, with every orphan and damage state told apart.

Nothing in this module writes to an existing database file before its key has been proven with a
read, and no error path writes at all: a missing, empty, truncated or damaged file, a missing key
or a wrong passphrase each raise their own typed error and leave the bytes as they were.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from pcrm import errors, fsutil, log
from pcrm.paths import StorePaths
from pcrm.store import keys
from pcrm.store.engine import (
    classify_open_error,
    create_database,
    header_page_count,
    make_engine,
    translate_runtime_error,
)
from pcrm.store.lock import WriterLock
from pcrm.store.migrate import upgrade
from pcrm.store.raw import (
    PAGE_SIZE,
    DatabaseError,
    check_driver,
    check_file,
    open_raw,
    wal_has_frames,
)

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend


@dataclass
class Database:
    """An unlocked store: the engine, the session factory and what is needed to re-key it."""

    paths: StorePaths
    meta: keys.StoreMeta
    key: bytes
    engine: Engine
    readonly: bool
    lock: WriterLock | None = None
    upgrade_backup: Path | None = None
    sessions: sessionmaker[Session] = field(init=False)
    closed: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self.sessions()

    def raw(self) -> Any:
        """A pooled DB-API connection (for backup, ranked search); close() returns it."""
        return self.engine.raw_connection()

    def close(self) -> None:
        self.closed = True
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def checkpoint(self) -> None:
        with contextlib.closing(self.raw()) as raw:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


# -- state ----------------------------------------------------------------------------------------


def is_initialised(paths: StorePaths) -> bool:
    return paths.meta.exists() or paths.database.exists()


def _finish_interrupted_init(paths: StorePaths) -> None:
    # init writes store.json only once the new database is complete, then renames it into
    # place; a crash between the two leaves a complete .creating file to finish.
    if paths.creating.exists() and not paths.database.exists():
        os.replace(paths.creating, paths.database)
        fsutil.fsync_dir(paths.root)


def _check_header_length(paths: StorePaths, meta: keys.StoreMeta, candidates: list[bytes]) -> None:
    """A file cut at a page boundary, told before SQLite opens it.

    SQLite refuses such a file as "malformed", and its failed open leaves -wal and -shm files
    behind; the page count in the encrypted header of page 1, read directly with a key that
    passes the key check, tells the truncation apart without either.
    """
    if wal_has_frames(paths):
        return
    known = {meta.key_check, meta.pending_check}
    for key in candidates:
        if keys.key_check(key) not in known:
            continue
        pages = header_page_count(paths.database, key)
        if pages is None:
            continue  # not this key, or page 1 is damaged: the open will tell
        size = paths.database.stat().st_size
        if pages * PAGE_SIZE > size:
            expected = pages * PAGE_SIZE
            raise errors.DatabaseTruncated(path=paths.database, size=size, expected=expected)
        return


def _prove_key(paths: StorePaths, meta: keys.StoreMeta, candidates: list[bytes]) -> bytes:
    """The first candidate that reads the database.

    When none does, the key check decides: a key that matches the recorded check but cannot read
    page 1 means the file is damaged; otherwise the key is wrong.
    """
    _check_header_length(paths, meta, candidates)
    first_error: Exception | None = None
    for key in candidates:
        try:
            open_raw(paths.database, key, mode="ro").close()
        except DatabaseError as exc:
            first_error = first_error or exc
            continue
        return key
    assert first_error is not None
    known = {meta.key_check, meta.pending_check}
    trusted = next((k for k in candidates if keys.key_check(k) in known), candidates[0])
    raise classify_open_error(
        first_error,
        paths.database,
        trusted,
        keys.key_check(trusted) if keys.key_check(trusted) in known else meta.key_check,
    )


def _complete_rotation(
    paths: StorePaths, meta: keys.StoreMeta, key: bytes, backend: KeyringBackend | None
) -> None:
    """A rotation was interrupted; ``key`` is the one that opens: make it the only key."""
    if meta.pending_check is None:
        return
    if meta.key_source == "keyring" and backend is not None:
        store = keys.KeyringStore(backend, meta.store_id)
        store.set(key)
        store.delete(pending=True)
    elif meta.key_source == "passphrase":
        current = keys.key_check(key) == meta.key_check
        meta.wrapped_key = meta.wrapped_key if current else meta.pending_wrapped_key
    meta.key_check = keys.key_check(key)
    meta.pending_check = None
    meta.pending_wrapped_key = None
    keys.write_meta(paths, meta)


def open_database(
    paths: StorePaths,
    *,
    passphrase: str | None = None,
    backend: KeyringBackend | None = None,
    readonly: bool = False,
    migrate: bool = True,
    key: bytes | None = None,
) -> Database:
    """Open a store with its key from the keyring or ``passphrase``; or with ``key`` itself (the
    key of a store that was open a moment ago, e.g. reopened after a restore)."""
    check_driver()
    if paths.meta.exists():
        _finish_interrupted_init(paths)
    meta = keys.read_meta(paths)
    has_db = paths.database.exists()
    if meta is None and not has_db:
        raise errors.StoreNotInitialised(path=paths.root)
    if meta is None:
        raise errors.KeyMissing(path=paths.database, reason=f"{paths.meta.name} is missing")
    if not has_db:
        raise errors.DatabaseMissing(path=paths.database)
    check_file(paths)
    candidates = [key] if key is not None else keys.candidate_keys(paths, meta, passphrase, backend)
    key = _prove_key(paths, meta, candidates)

    lock: WriterLock | None = None
    if not readonly:
        lock = WriterLock(paths.lock)
        lock.acquire()
    engine: Engine | None = None
    try:
        if not readonly and meta.pending_check is not None:
            _complete_rotation(paths, meta, key, backend)
            log.store.warning("finished a key rotation that had been interrupted")
        engine = make_engine(paths.database, key, readonly=readonly)
        db = Database(paths=paths, meta=meta, key=key, engine=engine, readonly=readonly, lock=lock)
        if migrate and not readonly:
            db.upgrade_backup = upgrade(engine, paths, key)
        elif migrate:
            from pcrm.store.migrate import needs_upgrade

            if needs_upgrade(engine, paths):
                raise errors.SchemaOutdated(path=paths.database)
        return db
    except BaseException as exc:
        if engine is not None:
            engine.dispose()
        if lock is not None:
            lock.release()
        if isinstance(exc, DatabaseError | DBAPIError):
            # A damaged page past page 1 (met while reading the schema revision) is damage,
            # not a bug: report it typed.
            typed = translate_runtime_error(exc, paths.database)
            if typed is not None:
                raise typed from None
        raise


def create_store(
    paths: StorePaths,
    *,
    passphrase: str | None = None,
    backend: KeyringBackend | None = None,
) -> Database:
    """Create a new store: a passphrase if given, else the keyring ``backend``.

    Order: the key goes to the keyring (or is wrapped), the database is built and migrated under
    a temporary name, ``store.json`` is written, then the database is renamed into place.  A crash
    at any point leaves either no store or a complete one.
    """
    check_driver()
    if is_initialised(paths):
        raise errors.StoreAlreadyExists(path=paths.root)
    if passphrase is None and backend is None:
        raise errors.KeyringUnavailable(reason=keys.keyring_reason())
    fsutil.make_private_dir(paths.root)
    key = keys.new_key()
    if passphrase is not None:
        meta, _ = keys.passphrase_meta(keys.fresh_meta("passphrase", key), key, passphrase)
    else:
        assert backend is not None
        meta = keys.fresh_meta("keyring", key)
        keys.KeyringStore(backend, meta.store_id).set(key)

    with contextlib.suppress(FileNotFoundError):
        paths.creating.unlink()
    create_database(paths.creating, key)
    os.chmod(paths.creating, fsutil.OWNER_ONLY)
    engine = make_engine(paths.creating, key)
    try:
        upgrade(engine, paths, key)
    finally:
        engine.dispose()
    with contextlib.closing(open_raw(paths.creating, key)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    keys.write_meta(paths, meta)
    os.replace(paths.creating, paths.database)
    fsutil.fsync_dir(paths.root)
    return open_database(paths, passphrase=passphrase, backend=backend)


# -- re-keying ------------------------------------------------------------------------------------


def rotate_key(db: Database, backend: KeyringBackend | None, passphrase: str | None) -> None:
    """Re-encrypt the database under a new random key (``PRAGMA rekey``), crash-safely.

    1. the new key is recorded as *pending* (keyring entry or wrapped in store.json);
    2. ``PRAGMA rekey`` (one transaction inside SQLCipher);
    3. the new key is promoted and the pending one removed.
    Opening tries both keys, so a crash anywhere leaves a key that opens the file.
    """
    new = keys.new_key()
    meta = db.meta
    if meta.key_source == "keyring":
        if backend is None:
            raise errors.KeyringUnavailable(reason=keys.keyring_reason())
        store = keys.KeyringStore(backend, meta.store_id)
        store.set(new, pending=True)
        meta.pending_check = keys.key_check(new)
        keys.write_meta(db.paths, meta)
    else:
        if passphrase is None or meta.kdf is None:
            raise errors.PassphraseRequired()
        kek = meta.kdf.derive(passphrase)
        try:
            current = None if meta.wrapped_key is None else keys.unwrap(kek, meta.wrapped_key)
        except InvalidTag:  # the passphrase is wrong
            current = None
        if current != db.key:
            raise errors.WrongPassphrase(path=db.paths.database)
        meta.pending_wrapped_key = keys.wrap(kek, new)
        meta.pending_check = keys.key_check(new)
        keys.write_meta(db.paths, meta)

    db.engine.dispose()
    conn = open_raw(db.paths.database, db.key)
    try:
        conn.execute(f"PRAGMA rekey = {keys.sqlcipher_key_literal(new)}")
    finally:
        conn.close()
    db.key = new
    _complete_rotation(db.paths, meta, new, backend)
    db.engine = make_engine(db.paths.database, new)
    db.__post_init__()


def change_passphrase(
    db: Database, old: str | None, new: str, backend: KeyringBackend | None
) -> None:
    """Wrap the same key under ``new`` (one atomic write of store.json).

    From a keyring store this moves the key to the passphrase and then removes the keyring entry.
    """
    meta = db.meta
    if meta.key_source == "passphrase":
        if old is None or meta.kdf is None or meta.wrapped_key is None:
            raise errors.PassphraseRequired()
        try:
            current = keys.unwrap(meta.kdf.derive(old), meta.wrapped_key)
        except Exception:  # noqa: BLE001 -- InvalidTag: the old passphrase is wrong
            raise errors.WrongPassphrase(path=db.paths.database) from None
        if current != db.key:
            raise errors.WrongPassphrase(path=db.paths.database)
    was_keyring = meta.key_source == "keyring"
    meta, _ = keys.passphrase_meta(meta, db.key, new)
    keys.write_meta(db.paths, meta)
    if was_keyring and backend is not None:
        keys.KeyringStore(backend, meta.store_id).delete()
