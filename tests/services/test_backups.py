"""Automatic backups: names, privacy, when one is due, rotation that deletes only its own files,
and restoring (verified first, the current store kept, migrations run, a key change told)."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from fake_keyring import FileKeyring

from pcrm import errors
from pcrm.clock import FixedClock
from pcrm.domain.card import ContactCard
from pcrm.paths import StorePaths
from pcrm.services import backups
from pcrm.services.backups import BackupInfo, BackupKind, retained
from pcrm.services.session import Services
from pcrm.store import backup as store_backup
from pcrm.store import migrate
from pcrm.store.database import create_store, open_database
from pcrm.store.engine import make_engine, raw_connection


def add(services: Services, *names: str) -> None:
    for name in names:
        services.contacts.create(ContactCard(given=name, family="Test"))


def test_a_backup_is_named_by_its_time_private_and_verified(
    services: Services, clock: FixedClock
) -> None:
    add(services, "Olena", "Jan")
    assert services.backups.due()  # never backed up
    taken = services.backups.take()
    folder = services.paths.backups
    assert taken.info.path == folder / "backup-20261123T120000Z.pcrm-backup"
    assert taken.info.kind is BackupKind.AUTOMATIC
    assert taken.counts["contacts"] == 2 and taken.removed == []
    assert taken.info.path.stat().st_mode & 0o777 == 0o600
    assert folder.stat().st_mode & 0o777 == 0o700
    assert store_backup.verify(taken.info.path, services.db.key) == taken.counts
    assert not services.backups.due()
    clock.advance(timedelta(hours=23, minutes=59))
    assert not services.backups.due()
    assert services.backups.next_due() == datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    clock.advance(timedelta(minutes=1))
    assert services.backups.due()
    second = services.backups.take()  # the same second twice: a second name
    again = services.backups.take()
    assert again.info.path.name == second.info.path.name.replace(".pcrm-backup", "-2.pcrm-backup")
    assert again.removed == [second.info.path]  # the newest of each day is kept
    services.preferences.set("backups.automatic", False)
    assert not services.backups.due() and services.backups.next_due() is None


def test_a_chosen_folder_is_used_and_listed_with_the_stores_own(
    services: Services, tmp_path: Path
) -> None:
    chosen = tmp_path / "elsewhere"
    chosen.mkdir(mode=0o755)
    services.preferences.set("backups.folder", str(chosen))
    taken = services.backups.take()
    assert taken.info.path.parent == chosen
    assert chosen.stat().st_mode & 0o777 == 0o755  # the owner's folder is left as it is
    upgrade = services.paths.backups / "pre-upgrade-20261101T080000Z.pcrm-backup"
    _raw_backup(services, upgrade)
    own = chosen / "my copy.pcrm-backup"
    services.backup(own)
    os.utime(own, (1_794_300_000, 1_794_300_000))  # 2026-11-10
    (chosen / ".backup-x.pcrm-backup.1.partial").write_bytes(b"")
    (chosen / "notes.txt").write_text("not a backup")
    found = services.backups.available()
    assert [(b.path, b.kind) for b in found] == [
        (taken.info.path, BackupKind.AUTOMATIC),
        (own, BackupKind.OTHER),  # dated by the file's time
        (upgrade, BackupKind.PRE_UPGRADE),
    ]
    assert all(b.size > 0 for b in found)


def _raw_backup(services: Services, dest: Path) -> None:
    raw = services.db.raw()
    try:
        store_backup.backup(raw.driver_connection, services.db.key, dest)
    finally:
        raw.close()


def info(when: str) -> BackupInfo:
    moment = datetime.fromisoformat(when).replace(tzinfo=UTC)
    return BackupInfo(Path(when), moment, 1, BackupKind.AUTOMATIC)


def test_retained_keeps_the_newest_of_each_day_week_and_month() -> None:
    found = [
        info(f"2026-{m:02d}-{d:02d}T{h:02d}:00")
        for m in (9, 10, 11)
        for d in (1, 9, 16, 23)
        for h in (8, 20)
    ]
    kept = retained(found, UTC, daily=3, weekly=2, monthly=3)
    assert sorted(str(p)[:16] for p in kept) == [
        "2026-09-23T20:00",  # September's newest
        "2026-10-23T20:00",  # October's newest
        "2026-11-09T20:00",  # daily (3rd day), the newest of its week
        "2026-11-16T20:00",  # daily (2nd day), weekly
        "2026-11-23T20:00",  # daily, weekly, monthly
    ]
    assert retained(found, UTC, daily=1, weekly=0, monthly=0) == {Path("2026-11-23T20:00")}
    assert retained([], UTC, daily=7, weekly=4, monthly=6) == set()


def test_rotation_deletes_only_its_own_old_files(services: Services, clock: FixedClock) -> None:
    services.preferences.replace(
        {"backups.keep_daily": 2, "backups.keep_weekly": 0, "backups.keep_monthly": 0}
    )
    folder = services.paths.backups
    folder.mkdir(mode=0o700)
    others = [folder / "pre-upgrade-20200101T000000Z.pcrm-backup", folder / "mine.pcrm-backup"]
    for path in others:
        path.write_bytes(b"x" * 4096)
    taken = []
    for _ in range(4):
        taken.append(services.backups.take())
        clock.advance(timedelta(days=1))
    assert taken[2].removed == [taken[0].info.path]
    assert taken[3].removed == [taken[1].info.path]
    left = sorted(p.name for p in folder.iterdir())
    assert left == sorted(
        [taken[2].info.path.name, taken[3].info.path.name, *[p.name for p in others]]
    )


def test_a_failed_backup_deletes_nothing(
    services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.preferences.set("backups.keep_daily", 1)
    first = services.backups.take()
    clock.advance(timedelta(days=2))

    def failing(path: Path, key: bytes, expected: dict[str, int] | None = None) -> dict[str, int]:
        raise errors.DatabaseCorrupt(path=path, reason="simulated")

    monkeypatch.setattr(store_backup, "verify", failing)
    with pytest.raises(errors.BackupFailed, match="simulated"):
        services.backups.take()
    assert sorted(services.paths.backups.iterdir()) == [first.info.path]
    assert services.backups.due()


def test_restore_replaces_the_store_and_keeps_the_current_one(services: Services) -> None:
    add(services, "Olena", "Jan")
    taken = services.backups.take()
    add(services, "Mia")
    assert services.backups.counts()["contacts"] == 3
    restored = services.restore(taken.info.path)
    assert restored.counts["contacts"] == 2
    assert services.backups.counts()["contacts"] == 2
    rows = services.contacts.rows(services.contacts.ordered_ids("name")).values()
    assert sorted(r.display_name for r in rows) == ["Jan Test", "Olena Test"]
    assert restored.safety is not None and restored.safety.name.startswith("pre-restore-")
    assert store_backup.verify(restored.safety, services.db.key)["contacts"] == 3
    add(services, "Ana")  # the reopened store is writable
    assert not [p for p in services.paths.root.iterdir() if ".partial" in p.name]
    kinds = {b.kind for b in services.backups.available()}
    assert kinds == {BackupKind.AUTOMATIC, BackupKind.PRE_RESTORE}


def test_a_damaged_backup_is_refused_and_nothing_changes(
    services: Services, tmp_path: Path
) -> None:
    add(services, "Olena")
    dest = tmp_path / "b.pcrm-backup"
    services.backup(dest)
    with dest.open("r+b") as f:
        f.seek(4096 + 100)
        f.write(os.urandom(64))
    before = services.paths.database.stat().st_mtime_ns
    with pytest.raises(errors.DatabaseCorrupt) as refused:
        services.restore(dest)
    assert str(dest) in refused.value.message
    assert services.paths.database.stat().st_mtime_ns == before
    assert not services.paths.backups.exists()  # no safety copy: nothing was about to change
    assert services.backups.counts()["contacts"] == 1
    half = tmp_path / "half.pcrm-backup"
    half.write_bytes(dest.read_bytes()[:5000])
    with pytest.raises(errors.DatabaseCorrupt, match="not whole pages"):
        services.restore(half)


def test_a_passphrase_change_keeps_backups_a_key_rotation_does_not(
    store_paths: StorePaths, clock: FixedClock, tmp_path: Path
) -> None:
    services = Services(create_store(store_paths, passphrase="first passphrase"), clock, None)
    try:
        add(services, "Olena")
        before = services.backups.take()
        services.change_passphrase("first passphrase", "second passphrase")
        assert services.backups.check(before.info.path).counts["contacts"] == 1
        clock.advance(timedelta(days=1))
        fresh = services.rotate_key("second passphrase")
        assert fresh is not None and fresh.info.path != before.info.path
        with pytest.raises(errors.DatabaseCorrupt, match="before the key was rotated"):
            services.restore(before.info.path)
        assert services.restore(fresh.info.path).counts["contacts"] == 1
    finally:
        services.lock()


def test_an_older_backup_is_migrated_and_a_newer_one_refused(services: Services) -> None:
    add(services, "Olena")
    old = services.backups.take().info.path
    engine = make_engine(old, services.db.key)
    try:
        cfg = migrate._config(None)
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0002")
            conn.commit()
    finally:
        engine.dispose()
    assert store_backup.schema_revision(old, services.db.key) == "0002"
    services.restore(old)
    assert migrate.current_revision(services.db.engine) == migrate.HEAD_REVISION
    assert services.db.upgrade_backup is not None  # the usual pre-upgrade backup
    assert services.backups.counts()["contacts"] == 1

    newer = services.backups.take().info.path
    with raw_connection(newer, services.db.key) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(errors.NewerSchema):
        services.restore(newer)


def test_a_store_that_cannot_be_opened_is_restored(
    store_paths: StorePaths, keyring_backend: FileKeyring, clock: FixedClock
) -> None:
    services = Services(create_store(store_paths, backend=keyring_backend), clock, keyring_backend)
    add(services, "Olena", "Jan")
    good = services.backups.take().info.path
    services.lock()
    size = store_paths.database.stat().st_size
    with store_paths.database.open("r+b") as f:
        f.truncate(size - 100)
    with pytest.raises(errors.DatabaseCorrupt):
        open_database(store_paths, backend=keyring_backend)
    found = backups.store_keys(store_paths, None, keyring_backend)
    checked = backups.check_backup(good, found)
    restored = backups.restore(store_paths, checked.key, good, clock)
    assert restored.safety is not None and restored.safety.name.endswith(".damaged")
    assert restored.safety.stat().st_size == size - 100  # the damaged bytes, kept as they were
    db = open_database(store_paths, backend=keyring_backend)
    try:
        assert Services(db, clock, keyring_backend).backups.counts()["contacts"] == 2
    finally:
        db.close()


def test_two_backups_at_once_each_get_a_file(services: Services) -> None:
    """The daily backup and "Back up now" in the same second (the clock is fixed here)."""
    services.contacts.create(ContactCard(given="Olena"))
    with ThreadPoolExecutor(2) as pool:
        taken = list(pool.map(lambda _i: services.backups.take(), range(2)))
    assert len({t.info.path for t in taken}) == 2  # neither wrote over the other's file
    kept = services.backups.available()  # the later one of the day replaced the earlier
    assert len(kept) == 1 and kept[0].path in {t.info.path for t in taken}
    services.backups.check(kept[0].path)
