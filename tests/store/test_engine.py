"""Every connection is encrypted, keyed, verified and tuned as the store promises."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_keyring import FileKeyring
from sqlalchemy import text

from pcrm import errors
from pcrm.paths import StorePaths
from pcrm.store.database import Database, create_store
from pcrm.store.raw import check_driver, open_raw


@pytest.fixture
def keyring_db(store_paths: StorePaths, keyring_backend: FileKeyring) -> Iterator[Database]:
    db = create_store(store_paths, backend=keyring_backend)
    yield db
    db.close()


def test_a_driver_without_encryption_is_refused() -> None:
    with pytest.raises(errors.NoEncryption) as caught:
        check_driver(sqlite3)
    assert "cipher_version" in caught.value.message
    assert check_driver().startswith("4.")


def test_every_pooled_connection_is_tuned(keyring_db: Database) -> None:
    expected = {
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "temp_store": 2,  # MEMORY: no temporary file ever holds decrypted pages
        "foreign_keys": 1,
        "recursive_triggers": 0,
    }
    connections = [keyring_db.engine.connect() for _ in range(3)]  # three distinct pool members
    try:
        for conn in connections:
            seen = {name: conn.execute(text(f"PRAGMA {name}")).scalar() for name in expected}
            assert seen == expected
            assert conn.execute(text("PRAGMA cipher_version")).scalar()
            assert conn.execute(text("SELECT pcrm_fold('Йосип')")).scalar() == "Иосип"
    finally:
        for conn in connections:
            conn.close()


def test_the_file_is_encrypted_from_its_first_byte(keyring_db: Database) -> None:
    with keyring_db.session() as session, session.begin():
        session.execute(
            text("INSERT INTO settings(key, value) VALUES ('probe', '\"plaintext-probe\"')")
        )
    keyring_db.checkpoint()
    raw = keyring_db.paths.database.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"plaintext-probe" not in raw


def test_a_wrong_key_never_reads_and_never_creates(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.db"
    with pytest.raises(Exception, match="unable to open"):
        open_raw(missing, b"k" * 32)  # mode=rw: a missing file is not created
    assert not missing.exists()
