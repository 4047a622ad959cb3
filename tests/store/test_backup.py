"""Backups by the online backup API: encrypted, verified, private, consistent under writes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fake_keyring import FileKeyring

from pcrm import errors
from pcrm.paths import StorePaths
from pcrm.store import backup
from pcrm.store.database import Database, create_store, open_database
from pcrm.store.engine import raw_connection
from pcrm.store.raw import DatabaseError

SUPPORT = Path(__file__).resolve().parents[1] / "support"


@pytest.fixture
def store(
    store_paths: StorePaths, keyring_backend: FileKeyring, insert_contacts: Callable[..., None]
) -> Iterator[Database]:
    db = create_store(store_paths, backend=keyring_backend)
    insert_contacts(db, 25, notes_size=300)
    yield db
    db.close()


def take_backup(db: Database, dest: Path) -> dict[str, int]:
    raw = db.raw()
    try:
        return backup.backup(raw.driver_connection, db.key, dest)
    finally:
        raw.close()


def test_backup_is_verified_private_and_opens_with_the_key(store: Database, tmp_path: Path) -> None:
    dest = tmp_path / "backups" / "one.pcrm-backup"
    counts = take_backup(store, dest)
    assert counts["contacts"] == 25 and counts["interactions"] == 25
    assert backup.verify(dest, store.key) == counts
    assert backup.verify(dest, store.key, counts) == counts
    assert dest.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in dest.parent.iterdir()) == [dest.name]  # no temp file left

    header = dest.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"  # encrypted, like the store
    with raw_connection(dest, store.key, mode="ro") as conn:
        assert conn.execute("SELECT count(*) FROM contacts").fetchone() == (25,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    with pytest.raises(DatabaseError):
        raw_connection(dest, bytes(32), mode="ro").__enter__()


def test_a_backup_that_fails_verification_is_removed(
    store: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(path: Path, key: bytes, expected: dict[str, int] | None = None) -> dict[str, int]:
        raise errors.DatabaseCorrupt(path=path, reason="simulated")

    monkeypatch.setattr(backup, "verify", failing)
    dest = tmp_path / "backups" / "bad.pcrm-backup"
    with pytest.raises(errors.BackupFailed) as info:
        take_backup(store, dest)
    assert info.value.params["reason"] == "simulated"
    assert "\n" not in info.value.message
    assert list(dest.parent.iterdir()) == []


def test_partial_backups_of_processes_that_are_gone_are_swept(
    store: Database, tmp_path: Path
) -> None:
    """A backup killed mid-write leaves a store-sized .partial file: the next backup removes it,
    but never the unfinished file of a process that still runs (it may be writing it now)."""
    folder = tmp_path / "backups"
    folder.mkdir()
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    dead_pid = int(gone.stdout)
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        dead = [folder / f".a.pcrm-backup.{dead_pid}.0badc0de.partial{s}" for s in ("", "-wal")]
        live = folder / f".b.pcrm-backup.{running.pid}.0123abcd.partial"
        mine = folder / f".c.pcrm-backup.{os.getpid()}.89abcdef.partial"
        unrelated = folder / "notes.partial"
        for path in (*dead, live, mine, unrelated):
            path.write_bytes(b"x" * 100)
        take_backup(store, folder / "one.pcrm-backup")
        left = sorted(p.name for p in folder.iterdir())
    finally:
        running.kill()
        running.wait()
    assert left == sorted([live.name, mine.name, unrelated.name, "one.pcrm-backup"])


def test_verify_rejects_differing_counts(store: Database, tmp_path: Path) -> None:
    dest = tmp_path / "b.pcrm-backup"
    counts = take_backup(store, dest)
    with pytest.raises(errors.DatabaseCorrupt):
        backup.verify(dest, store.key, {**counts, "contacts": counts["contacts"] + 1})


WRITER = str(SUPPORT / "store_writer.py")


def test_backups_while_another_process_writes(
    store: Database, store_paths: StorePaths, keyring_backend: FileKeyring, tmp_path: Path
) -> None:
    store.close()  # the writer process takes the store's lock
    writer = subprocess.Popen(
        [
            sys.executable,
            WRITER,
            str(store_paths.root),
            str(keyring_backend.path),
            "2.5",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "writing"
        reader = open_database(store_paths, backend=keyring_backend, readonly=True)
        seen: list[int] = []
        try:
            for i in range(10):
                dest = tmp_path / "backups" / f"b{i}.pcrm-backup"
                counts = take_backup(reader, dest)  # verified against its own snapshot
                assert counts["contacts"] == counts["interactions"]
                assert backup.verify(dest, reader.key) == counts
                seen.append(counts["contacts"])
                time.sleep(0.1)
        finally:
            reader.close()
        out, err = writer.communicate(timeout=60)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.communicate()
    assert writer.returncode == 0, err
    written = int(out.strip())
    assert written > 0
    assert seen == sorted(seen) and seen[0] >= 25
    assert seen[-1] > seen[0], seen  # the backups did see the writer's progress

    db = open_database(store_paths, backend=keyring_backend)
    try:
        final = take_backup(db, tmp_path / "final.pcrm-backup")
    finally:
        db.close()
    assert final["contacts"] == 25 + written
