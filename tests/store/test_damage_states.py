"""Every orphan and damage state of a store has its own typed error, and none of them writes.

Each case builds a real store, damages it the way a crash, a bad disk or a careless copy would,
snapshots the folder (sha256 of every file), opens it, and checks the error and that the folder is
byte for byte what it was: no database created where one was missing, nothing repaired in place.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fake_keyring import FileKeyring

from pcrm import errors
from pcrm.paths import StorePaths
from pcrm.store import backup, keys
from pcrm.store.database import Database, create_store, open_database
from pcrm.store.raw import PAGE_SIZE

Snap = Callable[[StorePaths], dict[str, str]]


def check_message(exc: errors.PcrmError, secret: str | None = None) -> None:
    message = exc.message
    assert message
    assert "\n" not in message and "\r" not in message
    assert str(exc) == message
    if secret is not None:
        assert secret not in message
        assert secret not in repr(exc.params)


def assert_refused(
    paths: StorePaths,
    snap: Snap,
    error: type[errors.PcrmError],
    *,
    secret: str | None = None,
    **kwargs: object,
) -> errors.PcrmError:
    """open_database raises exactly ``error`` and leaves every file as it was."""
    before = snap(paths)
    with pytest.raises(errors.PcrmError) as info:
        open_database(paths, **kwargs)  # type: ignore[arg-type]
    assert type(info.value) is error, f"{type(info.value).__name__}: {info.value}"
    check_message(info.value, secret)
    assert snap(paths) == before
    return info.value


@pytest.fixture
def keyring_store(store_paths: StorePaths, keyring_backend: FileKeyring) -> Iterator[Database]:
    db = create_store(store_paths, backend=keyring_backend)
    db.close()
    yield db
    db.close()


@pytest.fixture
def passphrase_store(store_paths: StorePaths, passphrase: str) -> Iterator[Database]:
    db = create_store(store_paths, passphrase=passphrase)
    db.close()
    yield db
    db.close()


# -- orphans --------------------------------------------------------------------------------------


def test_no_store_is_first_run_and_creates_nothing(
    store_paths: StorePaths, keyring_backend: FileKeyring, snap: Snap
) -> None:
    assert not store_paths.root.exists()
    with pytest.raises(errors.StoreNotInitialised) as info:
        open_database(store_paths, backend=keyring_backend)
    check_message(info.value)
    assert not store_paths.root.exists()

    store_paths.root.mkdir()  # an empty folder is no store either
    assert_refused(store_paths, snap, errors.StoreNotInitialised, backend=keyring_backend)
    assert list(store_paths.root.iterdir()) == []


def test_database_missing_is_lost_data_not_first_run(
    keyring_store: Database, store_paths: StorePaths, keyring_backend: FileKeyring, snap: Snap
) -> None:
    store_paths.database.unlink()
    exc = assert_refused(store_paths, snap, errors.DatabaseMissing, backend=keyring_backend)
    assert not isinstance(exc, errors.StoreNotInitialised)
    assert not store_paths.database.exists()
    assert not any(p.exists() for p in store_paths.sidecars())


def test_database_missing_in_a_passphrase_store(
    passphrase_store: Database, store_paths: StorePaths, passphrase: str, snap: Snap
) -> None:
    store_paths.database.unlink()
    assert_refused(
        store_paths, snap, errors.DatabaseMissing, secret=passphrase, passphrase=passphrase
    )
    assert not store_paths.database.exists()


def test_metadata_missing_is_key_missing(
    keyring_store: Database, store_paths: StorePaths, keyring_backend: FileKeyring, snap: Snap
) -> None:
    store_paths.meta.unlink()
    exc = assert_refused(store_paths, snap, errors.KeyMissing, backend=keyring_backend)
    assert store_paths.meta.name in exc.message


def test_unreadable_metadata_is_key_missing(
    keyring_store: Database, store_paths: StorePaths, keyring_backend: FileKeyring, snap: Snap
) -> None:
    store_paths.meta.write_bytes(b'{"format": 1, "store_id": ')
    assert_refused(store_paths, snap, errors.KeyMissing, backend=keyring_backend)


def test_keyring_entry_deleted_is_key_missing(
    keyring_store: Database, store_paths: StorePaths, keyring_backend: FileKeyring, snap: Snap
) -> None:
    keyring_backend.delete_password(keys.KEYRING_SERVICE, f"store:{keyring_store.meta.store_id}")
    assert_refused(store_paths, snap, errors.KeyMissing, backend=keyring_backend)


def test_keyring_store_without_a_keyring_is_key_missing(
    keyring_store: Database, store_paths: StorePaths, snap: Snap
) -> None:
    assert_refused(store_paths, snap, errors.KeyMissing, backend=None)


# -- files that are there but unusable -------------------------------------------------------------


def test_empty_database_file(
    keyring_store: Database, store_paths: StorePaths, keyring_backend: FileKeyring, snap: Snap
) -> None:
    store_paths.database.write_bytes(b"")
    assert_refused(store_paths, snap, errors.EmptyDatabaseFile, backend=keyring_backend)
    assert store_paths.database.stat().st_size == 0


def test_wrong_passphrase(
    passphrase_store: Database, store_paths: StorePaths, passphrase: str, snap: Snap
) -> None:
    wrong = passphrase + "!"
    assert_refused(store_paths, snap, errors.WrongPassphrase, secret=wrong, passphrase=wrong)


def test_no_passphrase_for_a_passphrase_store(
    passphrase_store: Database, store_paths: StorePaths, keyring_backend: FileKeyring, snap: Snap
) -> None:
    assert_refused(store_paths, snap, errors.PassphraseRequired, backend=keyring_backend)


def test_wrong_key_in_the_keyring(
    keyring_store: Database, store_paths: StorePaths, keyring_backend: FileKeyring, snap: Snap
) -> None:
    other = keys.new_key()
    keyring_backend.set_password(
        keys.KEYRING_SERVICE, f"store:{keyring_store.meta.store_id}", other.hex()
    )
    assert_refused(store_paths, snap, errors.WrongKey, secret=other.hex(), backend=keyring_backend)


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("offset", [3, 20, 100, 2048, PAGE_SIZE - 1])
def test_flipped_byte_in_page_one_is_corrupt_not_wrong_key(
    keyring_store: Database,
    store_paths: StorePaths,
    keyring_backend: FileKeyring,
    snap: Snap,
    offset: int,
) -> None:
    flip_byte(store_paths.database, offset)
    exc = assert_refused(store_paths, snap, errors.DatabaseCorrupt, backend=keyring_backend)
    assert not isinstance(exc, errors.WrongKey)


def test_flipped_byte_in_a_later_page_fails_the_full_check(
    store_paths: StorePaths,
    keyring_backend: FileKeyring,
    snap: Snap,
    insert_contacts: Callable[..., None],
) -> None:
    db = create_store(store_paths, backend=keyring_backend)
    insert_contacts(db, 400, notes_size=2000)
    db.checkpoint()
    db.close()
    key = db.key
    size = store_paths.database.stat().st_size
    assert size >= 200 * PAGE_SIZE
    assert backup.verify(store_paths.database, key)["contacts"] == 400

    middle = (size // PAGE_SIZE // 2) * PAGE_SIZE + PAGE_SIZE // 2
    flip_byte(store_paths.database, middle)
    before = snap(store_paths)
    with pytest.raises(errors.DatabaseCorrupt) as info:
        backup.verify(store_paths.database, key)
    assert type(info.value) is errors.DatabaseCorrupt
    check_message(info.value, key.hex())
    assert snap(store_paths) == before


def test_flipped_byte_in_page_two_is_corrupt_on_open(
    keyring_store: Database, store_paths: StorePaths, keyring_backend: FileKeyring, snap: Snap
) -> None:
    # Page 2 holds the first table's root; the open reads the schema revision from it.  The
    # driver's error must come out typed, not as a raw sqlalchemy DatabaseError.
    flip_byte(store_paths.database, PAGE_SIZE + PAGE_SIZE // 2)
    assert_refused(store_paths, snap, errors.DatabaseCorrupt, backend=keyring_backend)


def test_truncated_to_an_odd_length(
    keyring_store: Database, store_paths: StorePaths, keyring_backend: FileKeyring, snap: Snap
) -> None:
    size = store_paths.database.stat().st_size
    os.truncate(store_paths.database, size - 1000)
    exc = assert_refused(store_paths, snap, errors.DatabaseTruncated, backend=keyring_backend)
    assert exc.params["size"] == size - 1000
    assert exc.params["expected"] == size


@pytest.mark.parametrize("pages_kept", [1, 2, 10, -1])
def test_truncated_at_a_page_boundary(
    keyring_store: Database,
    store_paths: StorePaths,
    keyring_backend: FileKeyring,
    snap: Snap,
    pages_kept: int,
) -> None:
    # create_store checkpoints and closes: everything is in the main file, no -wal is left.
    assert not any(p.exists() for p in store_paths.sidecars())
    size = store_paths.database.stat().st_size
    keep = (size // PAGE_SIZE + pages_kept if pages_kept < 0 else pages_kept) * PAGE_SIZE
    os.truncate(store_paths.database, keep)
    exc = assert_refused(store_paths, snap, errors.DatabaseTruncated, backend=keyring_backend)
    assert exc.params == {"path": store_paths.database, "size": keep, "expected": size}


def test_truncated_passphrase_store(
    passphrase_store: Database, store_paths: StorePaths, passphrase: str, snap: Snap
) -> None:
    size = store_paths.database.stat().st_size
    os.truncate(store_paths.database, size // PAGE_SIZE // 2 * PAGE_SIZE)
    assert_refused(
        store_paths, snap, errors.DatabaseTruncated, secret=passphrase, passphrase=passphrase
    )


# -- a second writer ------------------------------------------------------------------------------


def test_second_open_in_the_same_process_is_busy(
    keyring_store: Database, store_paths: StorePaths, keyring_backend: FileKeyring
) -> None:
    first = open_database(store_paths, backend=keyring_backend)
    try:
        with pytest.raises(errors.StoreBusy) as info:
            open_database(store_paths, backend=keyring_backend)
        check_message(info.value)
        assert info.value.params["pid"] == str(os.getpid())
        # A reader does not take the writer's lock.
        reader = open_database(store_paths, backend=keyring_backend, readonly=True)
        reader.close()
    finally:
        first.close()
    again = open_database(store_paths, backend=keyring_backend)
    again.close()


HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[3])
    from fake_keyring import FileKeyring
    from pcrm.paths import StorePaths
    from pcrm.store.database import open_database

    db = open_database(StorePaths(Path(sys.argv[1])), backend=FileKeyring(Path(sys.argv[2])))
    print("open", flush=True)
    sys.stdin.read()
    db.close()
    """
)


def test_second_writer_in_another_process_is_busy(
    keyring_store: Database, store_paths: StorePaths, keyring_backend: FileKeyring
) -> None:
    support = Path(__file__).resolve().parents[1] / "support"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            HOLDER,
            str(store_paths.root),
            str(keyring_backend.path),
            str(support),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        line = holder.stdout.readline()
        assert line.strip() == "open", holder.stderr.read() if holder.stderr else ""
        with pytest.raises(errors.StoreBusy) as info:
            open_database(store_paths, backend=keyring_backend)
        check_message(info.value)
        assert info.value.params["pid"] == str(holder.pid)
    finally:
        holder.communicate(input="", timeout=30)
    assert holder.returncode == 0
    db = open_database(store_paths, backend=keyring_backend)
    db.close()


def test_lock_dies_with_its_process(
    keyring_store: Database, store_paths: StorePaths, keyring_backend: FileKeyring
) -> None:
    support = Path(__file__).resolve().parents[1] / "support"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            HOLDER,
            str(store_paths.root),
            str(keyring_backend.path),
            str(support),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "open"
    holder.kill()
    holder.communicate(timeout=30)
    db = open_database(store_paths, backend=keyring_backend)
    db.close()


WRONG_KEY_OPEN = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[3])
    from fake_keyring import FileKeyring
    from pcrm import errors
    from pcrm.paths import StorePaths
    from pcrm.store.database import open_database

    try:
        open_database(StorePaths(Path(sys.argv[1])), backend=FileKeyring(Path(sys.argv[2])))
    except errors.WrongKey as exc:
        print(type(exc).__name__)
    """
)


def test_sqlcipher_prints_nothing_on_a_wrong_key(
    keyring_store: Database, store_paths: StorePaths, keyring_backend: FileKeyring
) -> None:
    """SQLCipher's own log ("ERROR CORE sqlcipher_page_cipher: hmac check failed") is silenced:
    a CLI user sees pcrm's one-line reason only.  A fresh process, as the log level is global."""
    keyring_backend.set_password(
        keys.KEYRING_SERVICE, f"store:{keyring_store.meta.store_id}", keys.new_key().hex()
    )
    support = Path(__file__).resolve().parents[1] / "support"
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            WRONG_KEY_OPEN,
            str(store_paths.root),
            str(keyring_backend.path),
            str(support),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "WrongKey"
    assert proc.stderr == ""
