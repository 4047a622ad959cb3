"""Key rotation, passphrase change and the choice of keyring.

Rotation is tested for crash safety by "crashing" (raising SystemExit or OSError) at every step
of :func:`rotate_key` in turn — before and after each keyring write, metadata write, the rekey
itself and the promotion — and then opening the store as a fresh start would: it must open with
the data that was there.  A subprocess that dies with ``os._exit`` right after the rekey covers
the hard crash, where SQLCipher's connection is never closed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.core
import pytest
from fake_keyring import FileKeyring
from keyring.backends import chainer, fail
from keyrings.alt.file import PlaintextKeyring

from pcrm import errors
from pcrm.paths import StorePaths
from pcrm.store import backup, database, keys, raw
from pcrm.store.database import (
    Database,
    change_passphrase,
    create_store,
    open_database,
    rotate_key,
)

NAMES = ["Before Rotation 0", "Before Rotation 1", "Before Rotation 2"]
NEW_PASSPHRASE = "a new passphrase, longer"


@dataclass
class Template:
    """A store with three contacts, built once and copied for each case."""

    source: str  # "keyring" or "passphrase"
    root: Path
    keyring_file: Path

    def copy_to(self, target: Path) -> tuple[StorePaths, FileKeyring]:
        shutil.copytree(self.root, target / "store")
        shutil.copyfile(self.keyring_file, target / "keyring.json")
        return StorePaths(target / "store"), FileKeyring(target / "keyring.json")


def _template(base: Path, source: str, passphrase: str, insert: Callable[..., None]) -> Template:
    paths = StorePaths(base / "store")
    ring = FileKeyring(base / "keyring.json")
    ring.path.write_text("{}")
    if source == "keyring":
        db = create_store(paths, backend=ring)
    else:
        db = create_store(paths, passphrase=passphrase)
    insert(db, 3, prefix="Before Rotation")
    db.close()
    (paths.lock).unlink()
    return Template(source, paths.root, ring.path)


@pytest.fixture(scope="module")
def templates(
    tmp_path_factory: pytest.TempPathFactory, passphrase: str, insert_contacts: Callable[..., None]
) -> dict[str, Template]:
    return {
        source: _template(tmp_path_factory.mktemp(source), source, passphrase, insert_contacts)
        for source in ("keyring", "passphrase")
    }


def open_kwargs(source: str, ring: FileKeyring, passphrase: str) -> dict[str, Any]:
    return {"backend": ring} if source == "keyring" else {"passphrase": passphrase}


def assert_healthy(
    paths: StorePaths,
    source: str,
    ring: FileKeyring,
    passphrase: str,
    names_of: Callable[[Database], list[str]],
) -> bytes:
    """The store opens, holds the rows from before, passes the full check, and has no pending
    rotation left once it has been opened; returns the key that opens it."""
    db = open_database(paths, **open_kwargs(source, ring, passphrase))
    try:
        assert names_of(db) == NAMES
        key = db.key
    finally:
        db.close()
    meta = keys.read_meta(paths)
    assert meta is not None
    assert meta.pending_check is None and meta.pending_wrapped_key is None
    assert meta.key_check == keys.key_check(key)
    if source == "keyring":
        assert keys.KeyringStore(ring, meta.store_id).get() == key
    backup.verify(paths.database, key)
    # and once more, as the next start would
    again = open_database(paths, **open_kwargs(source, ring, passphrase))
    assert again.key == key
    again.close()
    return key


# -- the crash injector ---------------------------------------------------------------------------


class Crash(Exception):
    pass


@dataclass
class Injector:
    """Counts the steps of a rotation (before and after each patched call) and crashes at one."""

    crash_at: int | None = None
    exc: type[BaseException] = SystemExit
    events: list[str] = field(default_factory=list)

    def step(self, name: str) -> None:
        self.events.append(name)
        if self.crash_at is not None and len(self.events) == self.crash_at:
            raise self.exc(f"simulated crash at {name}")

    def wrap(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            self.step(f"before {name}")
            result = func(*args, **kwargs)
            self.step(f"after {name}")
            return result

        return wrapper


class RekeyWatcher:
    """A DB-API connection whose ``PRAGMA rekey`` is a step of its own."""

    def __init__(self, conn: Any, injector: Injector) -> None:
        self._conn = conn
        self._injector = injector

    def execute(self, sql: str, *args: Any) -> Any:
        if "rekey" in sql.lower():
            self._injector.step("before rekey")
            result = self._conn.execute(sql, *args)
            self._injector.step("after rekey")
            return result
        return self._conn.execute(sql, *args)

    def close(self) -> None:
        self._conn.close()


def install(injector: Injector, monkeypatch: pytest.MonkeyPatch) -> None:
    for owner, name in [
        (keys, "write_meta"),
        (keys.KeyringStore, "set"),
        (keys.KeyringStore, "delete"),
        (database, "_complete_rotation"),
        (database, "make_engine"),
    ]:
        monkeypatch.setattr(owner, name, injector.wrap(name, getattr(owner, name)))
    real_open_raw = database.open_raw

    def open_raw(*args: Any, **kwargs: Any) -> Any:
        return RekeyWatcher(real_open_raw(*args, **kwargs), injector)

    monkeypatch.setattr(database, "open_raw", injector.wrap("open_raw", open_raw))


def rotation_steps(template: Template, tmp: Path, passphrase: str) -> list[str]:
    paths, ring = template.copy_to(tmp)
    injector = Injector()
    with pytest.MonkeyPatch.context() as mp:
        db = open_database(paths, **open_kwargs(template.source, ring, passphrase))
        install(injector, mp)
        rotate_key(db, ring, passphrase if template.source == "passphrase" else None)
        db.close()
    return injector.events


@pytest.mark.parametrize("source", ["keyring", "passphrase"])
def test_rotation_survives_a_crash_at_every_step(
    source: str,
    templates: dict[str, Template],
    tmp_path: Path,
    passphrase: str,
    names_of: Callable[[Database], list[str]],
) -> None:
    template = templates[source]
    steps = rotation_steps(template, tmp_path / "dry-run", passphrase)
    assert "before rekey" in steps and "after rekey" in steps
    assert steps.index("after rekey") < steps.index("before _complete_rotation")
    old_paths, old_ring = template.copy_to(tmp_path / "old")
    old_key = assert_healthy(old_paths, source, old_ring, passphrase, names_of)

    outcomes: list[str] = []
    for n, name in enumerate(steps, start=1):
        case = tmp_path / f"crash-{n}"
        paths, ring = template.copy_to(case)
        injector = Injector(crash_at=n, exc=SystemExit if n % 2 else OSError)
        db = open_database(paths, **open_kwargs(source, ring, passphrase))
        with pytest.MonkeyPatch.context() as mp:
            install(injector, mp)
            with pytest.raises((SystemExit, OSError)):
                rotate_key(db, ring, passphrase if source == "passphrase" else None)
        db.close()  # the crashed process's lock dies with it
        assert injector.events[-1] == name

        key = assert_healthy(paths, source, ring, passphrase, names_of)
        outcomes.append("old" if key == old_key else "new")

    # Before the rekey the old key stays; from the rekey's commit on, the new key is the one.
    first_new = steps.index("after rekey")
    expected = ["old"] * first_new + ["new"] * (len(steps) - first_new)
    assert list(zip(steps, outcomes, strict=True)) == list(zip(steps, expected, strict=True))


HARD_CRASH = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[4])
    from fake_keyring import FileKeyring
    from pcrm.paths import StorePaths
    from pcrm.store import database

    source, root, ring_file = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    passphrase = os.environ.get("TEST_PASSPHRASE")
    ring = FileKeyring(ring_file)
    kwargs = {"backend": ring} if source == "keyring" else {"passphrase": passphrase}
    db = database.open_database(StorePaths(root), **kwargs)
    real_open_raw = database.open_raw

    class Dies:
        def __init__(self, conn):
            self.conn = conn

        def execute(self, sql, *args):
            result = self.conn.execute(sql, *args)
            if "rekey" in sql.lower():
                os._exit(17)  # no close, no checkpoint, no promotion
            return result

        def close(self):
            self.conn.close()

    database.open_raw = lambda *a, **k: Dies(real_open_raw(*a, **k))
    database.rotate_key(db, ring, passphrase if source == "passphrase" else None)
    sys.exit("the rotation finished; the crash did not happen")
    """
)


@pytest.mark.parametrize("source", ["keyring", "passphrase"])
def test_rotation_survives_a_process_dying_right_after_the_rekey(
    source: str,
    templates: dict[str, Template],
    tmp_path: Path,
    passphrase: str,
    names_of: Callable[[Database], list[str]],
) -> None:
    paths, ring = templates[source].copy_to(tmp_path)
    old_key = open_database(paths, **open_kwargs(source, ring, passphrase))
    old_key.close()
    support = Path(__file__).resolve().parents[1] / "support"
    proc = subprocess.run(
        [sys.executable, "-c", HARD_CRASH, source, str(paths.root), str(ring.path), str(support)],
        env={**os.environ, "TEST_PASSPHRASE": passphrase},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 17, proc.stderr
    meta = keys.read_meta(paths)
    assert meta is not None and meta.pending_check is not None  # caught mid-rotation
    key = assert_healthy(paths, source, ring, passphrase, names_of)
    assert key != old_key.key


# -- rotation and passphrase change, the plain paths ---------------------------------------------


@pytest.mark.parametrize("source", ["keyring", "passphrase"])
def test_rotate_key_changes_the_key_and_keeps_the_data(
    source: str,
    templates: dict[str, Template],
    tmp_path: Path,
    passphrase: str,
    names_of: Callable[[Database], list[str]],
) -> None:
    paths, ring = templates[source].copy_to(tmp_path)
    db = open_database(paths, **open_kwargs(source, ring, passphrase))
    old = db.key
    rotate_key(db, ring, passphrase if source == "passphrase" else None)
    assert db.key != old
    assert names_of(db) == NAMES  # the Database goes on working with the new key
    db.close()
    with pytest.raises(raw.DatabaseError):
        raw.open_raw(paths.database, old, mode="ro").close()
    assert assert_healthy(paths, source, ring, passphrase, names_of) != old
    if source == "keyring":
        assert keys.KeyringStore(ring, keys.read_meta(paths).store_id).get(pending=True) is None  # type: ignore[union-attr]


def test_rotate_key_refuses_a_wrong_passphrase_and_changes_nothing(
    templates: dict[str, Template],
    tmp_path: Path,
    passphrase: str,
    snap: Callable[[StorePaths], dict[str, str]],
) -> None:
    paths, _ = templates["passphrase"].copy_to(tmp_path)
    db = open_database(paths, passphrase=passphrase)
    try:
        before = snap(paths)
        with pytest.raises(errors.WrongPassphrase) as info:
            rotate_key(db, None, "not it")
        assert "not it" not in info.value.message
        with pytest.raises(errors.PassphraseRequired):
            rotate_key(db, None, None)
        assert snap(paths) == before
    finally:
        db.close()


def test_rotate_key_of_a_keyring_store_needs_the_keyring(
    templates: dict[str, Template], tmp_path: Path
) -> None:
    paths, ring = templates["keyring"].copy_to(tmp_path)
    db = open_database(paths, backend=ring)
    try:
        with pytest.raises(errors.KeyringUnavailable):
            rotate_key(db, None, None)
    finally:
        db.close()


def test_change_passphrase(
    templates: dict[str, Template],
    tmp_path: Path,
    passphrase: str,
    names_of: Callable[[Database], list[str]],
) -> None:
    paths, _ = templates["passphrase"].copy_to(tmp_path)
    db = open_database(paths, passphrase=passphrase)
    key = db.key
    try:
        with pytest.raises(errors.WrongPassphrase):
            change_passphrase(db, "wrong", NEW_PASSPHRASE, None)
        with pytest.raises(errors.PassphraseRequired):
            change_passphrase(db, None, NEW_PASSPHRASE, None)
        change_passphrase(db, passphrase, NEW_PASSPHRASE, None)
    finally:
        db.close()
    with pytest.raises(errors.WrongPassphrase) as info:
        open_database(paths, passphrase=passphrase)
    assert passphrase not in info.value.message
    db = open_database(paths, passphrase=NEW_PASSPHRASE)
    assert db.key == key  # the same key, wrapped anew: the database was not rewritten
    assert names_of(db) == NAMES
    db.close()


def test_change_passphrase_moves_a_keyring_store_to_a_passphrase(
    templates: dict[str, Template],
    tmp_path: Path,
    names_of: Callable[[Database], list[str]],
) -> None:
    paths, ring = templates["keyring"].copy_to(tmp_path)
    db = open_database(paths, backend=ring)
    store_id = db.meta.store_id
    change_passphrase(db, None, NEW_PASSPHRASE, ring)
    db.close()
    assert keys.KeyringStore(ring, store_id).get() is None
    meta = keys.read_meta(paths)
    assert meta is not None and meta.key_source == "passphrase"
    with pytest.raises(errors.PassphraseRequired):
        open_database(paths, backend=ring)
    db = open_database(paths, passphrase=NEW_PASSPHRASE)
    assert names_of(db) == NAMES
    db.close()


@pytest.mark.parametrize("when", ["before", "after"])
def test_change_passphrase_survives_a_crash_at_the_metadata_write(
    when: str,
    templates: dict[str, Template],
    tmp_path: Path,
    passphrase: str,
    names_of: Callable[[Database], list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths, _ = templates["passphrase"].copy_to(tmp_path)
    db = open_database(paths, passphrase=passphrase)
    real = keys.write_meta

    def crashing(p: StorePaths, meta: keys.StoreMeta) -> None:
        if when == "after":
            real(p, meta)
        raise SystemExit("simulated crash")

    monkeypatch.setattr(keys, "write_meta", crashing)
    with pytest.raises(SystemExit):
        change_passphrase(db, passphrase, NEW_PASSPHRASE, None)
    monkeypatch.undo()
    db.close()
    works = NEW_PASSPHRASE if when == "after" else passphrase
    db = open_database(paths, passphrase=works)
    assert names_of(db) == NAMES
    db.close()


# -- which keyring pcrm trusts ---------------------------------------------------------------------


@pytest.fixture
def restore_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Whatever a test sets with keyring.set_keyring is undone afterwards."""
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.core._keyring_backend)
    yield


@pytest.mark.usefixtures("restore_keyring")
def test_plaintext_keyrings_alt_is_refused() -> None:
    keyring.set_keyring(PlaintextKeyring())
    assert keys.trusted_keyring() is None
    assert "plaintext" in keys.keyring_reason()


@pytest.mark.usefixtures("restore_keyring")
def test_plaintext_keyrings_alt_in_a_chain_is_refused(
    monkeypatch: pytest.MonkeyPatch, keyring_backend: FileKeyring
) -> None:
    plaintext = PlaintextKeyring()
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: [plaintext, fail.Keyring()])
    keyring.set_keyring(chainer.ChainerBackend())
    assert [type(b) for b in keyring.get_keyring().backends] == [PlaintextKeyring]  # type: ignore[attr-defined]
    assert keys.trusted_keyring() is None
    assert "plaintext" in keys.keyring_reason()

    # A trustworthy backend in the same chain is chosen, the plaintext one still is not.
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: [plaintext, keyring_backend])
    keyring.set_keyring(chainer.ChainerBackend())
    assert keys.trusted_keyring() is keyring_backend


@pytest.mark.usefixtures("restore_keyring")
def test_the_fail_keyring_gives_none(store_paths: StorePaths) -> None:
    keyring.set_keyring(fail.Keyring())
    assert keys.trusted_keyring() is None
    with pytest.raises(errors.KeyringUnavailable) as info:
        create_store(store_paths, backend=keys.trusted_keyring())
    assert "\n" not in info.value.message
    assert not store_paths.root.exists()
