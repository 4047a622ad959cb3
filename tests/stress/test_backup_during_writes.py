"""Must show (issue 5): 100 backups taken while another process writes, all verified and
restorable.

The writer (tests/support/store_writer.py, pcrm's own store code) holds the store as its writer
and commits a contact and an interaction per row, five rows every 5 ms; this process opens the store
read-only, as ``pcrm backup`` does beside an open window, and takes 100 backups through
``Services.backup`` (each verified against the snapshot it copied).  Each is then restored
(``pcrm.services.backups.restore``, which verifies it again first) into a new store with the same
key, opened there and counted: every restored store holds exactly the snapshot its backup was
verified against, with as many interactions as contacts written by the writer.  About 30 s on
two busy cores; it runs in ``make test`` (marked slow, so ``make test-fast`` skips it).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from fake_keyring import FileKeyring

from pcrm.clock import FixedClock
from pcrm.domain.card import ContactCard
from pcrm.paths import StorePaths
from pcrm.services import backups
from pcrm.services.session import Services, unlock
from pcrm.store import keys
from pcrm.store.database import create_store, open_database

WRITER = Path(__file__).resolve().parents[1] / "support" / "store_writer.py"
BACKUPS = 100
# Between the writer's transactions (five rows each): the store grows by about 1 MB a second, so
# that the test stays within a minute on a slow machine while every backup races the writer.
PAUSE = "0.005"

pytestmark = pytest.mark.slow


def test_100_backups_while_another_process_writes_all_verified_and_restorable(
    store_paths: StorePaths, keyring_backend: FileKeyring, clock: FixedClock, tmp_path: Path
) -> None:
    services = Services(create_store(store_paths, backend=keyring_backend), clock, keyring_backend)
    for i in range(25):
        services.contacts.create(ContactCard(given=f"Before {i}"))
    services.lock()

    writer = subprocess.Popen(
        [sys.executable, str(WRITER), str(store_paths.root), str(keyring_backend.path), "0", PAUSE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    taken: list[tuple[Path, dict[str, int]]] = []
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
        reader = unlock(store_paths, clock, lambda _: None, backend=keyring_backend, readonly=True)
        try:
            for i in range(BACKUPS):
                dest = tmp_path / "taken" / f"during-{i:03}.pcrm-backup"
                taken.append((dest, reader.backup(dest)))  # verified against its snapshot
        finally:
            reader.lock()
        out, err = writer.communicate("", timeout=60)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.communicate()
    assert writer.returncode == 0, err
    written = int(out.strip())

    before = 25  # contacts without interactions, written before the writer started
    seen = [counts["contacts"] for _, counts in taken]
    assert seen == sorted(seen) and seen[0] >= before and seen[-1] <= before + written
    assert seen[-1] > seen[0], "the backups did not see the writer's progress"
    assert all(c["interactions"] == c["contacts"] - before for _, c in taken), "a torn snapshot"

    # Restorable: each one into a new store that has the same key.
    meta = keys.read_meta(store_paths)
    assert meta is not None
    key = backups.store_keys(store_paths, None, keyring_backend)[0]
    for i, (path, counts) in enumerate(taken):
        scratch = StorePaths(tmp_path / "restored" / str(i))
        scratch.root.mkdir(parents=True)
        keys.write_meta(scratch, meta)
        restored = backups.restore(scratch, key, path, clock)  # verifies it first
        assert restored.counts == counts and restored.safety is None
        db = open_database(scratch, backend=keyring_backend, readonly=True)
        try:
            assert Services(db, clock, keyring_backend).backups.counts() == counts
        finally:
            db.close()
        scratch.database.unlink()
