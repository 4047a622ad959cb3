"""First run, unlock and recovery: driven through their widgets over real stores on disk."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from fake_keyring import FileKeyring

from PySide6.QtCore import Qt

from pcrm import errors
from pcrm.clock import FixedClock
from pcrm.paths import StorePaths
from pcrm.services import session
from pcrm.store import keys
from pcrm.store.database import create_store
from pcrm.ui.dialogs.recovery import RecoveryChoice, RecoveryDialog
from pcrm.ui.dialogs.unlock import FirstRunDialog, UnlockDialog
from pcrm.ui.store_access import StoreAccess

PASSPHRASE = "correct horse battery staple"


def snapshot(paths: StorePaths) -> dict[str, str]:
    if not paths.root.exists():
        return {}
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
        for p in sorted(paths.root.iterdir())
        if p.name != paths.lock.name
    }


# -- first run ------------------------------------------------------------------------------------


def test_first_run_creates_a_passphrase_store(qtbot, store_paths: StorePaths, clock) -> None:
    dialog = FirstRunDialog(store_paths, clock, backend=None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.passphrase.isVisible() and dialog.repeat.isVisible()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert dialog.error is None
    assert dialog.services is not None
    try:
        assert keys.read_meta(store_paths).key_source == "passphrase"
        assert dialog.services.contacts.count() == 0
    finally:
        dialog.services.lock()
    reopened = session.unlock(store_paths, clock, lambda _c: PASSPHRASE, use_system_keyring=False)
    reopened.lock()


def test_a_mismatch_keeps_the_dialog_open_with_an_error(qtbot, store_paths, clock) -> None:
    dialog = FirstRunDialog(store_paths, clock, backend=None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE + "!")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "differ" in dialog.error_label.text()
    assert dialog.repeat.text() == ""
    assert not store_paths.root.exists()

    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "short")
    assert not dialog.error_label.isVisible()  # typing clears the old complaint
    qtbot.keyClicks(dialog.repeat, "short")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "8 characters" in dialog.error_label.text()
    assert not store_paths.root.exists()


def test_first_run_with_a_keyring_needs_no_passphrase(
    qtbot, store_paths, clock, keyring_backend: FileKeyring
) -> None:
    dialog = FirstRunDialog(store_paths, clock, backend=keyring_backend)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.passphrase.isVisible()
    assert dialog.use_passphrase.isVisible()
    assert any(
        keyring_backend.name in label.text() for label in dialog.findChildren(type(dialog.status))
    )
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert dialog.services is not None
    dialog.services.lock()
    assert keys.read_meta(store_paths).key_source == "keyring"


def test_first_run_can_choose_a_passphrase_despite_a_keyring(
    qtbot, store_paths, clock, keyring_backend: FileKeyring
) -> None:
    dialog = FirstRunDialog(store_paths, clock, backend=keyring_backend)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.use_passphrase.setChecked(True)
    assert dialog.passphrase.isVisible()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    dialog.services.lock()
    assert keys.read_meta(store_paths).key_source == "passphrase"


def test_cancel_creates_nothing(qtbot, store_paths, clock) -> None:
    dialog = FirstRunDialog(store_paths, clock, backend=None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.result_or_raise() is None
    assert not store_paths.root.exists()


# -- unlock ---------------------------------------------------------------------------------------


@pytest.fixture
def passphrase_store(store_paths: StorePaths) -> StorePaths:
    create_store(store_paths, passphrase=PASSPHRASE).close()
    return store_paths


def test_a_wrong_passphrase_is_shown_in_place_then_the_right_one_unlocks(
    qtbot, passphrase_store: StorePaths, clock
) -> None:
    dialog = UnlockDialog(passphrase_store, clock, None, uses_passphrase=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=30_000)
    assert dialog.isVisible()
    assert "Wrong passphrase" in dialog.error_label.text()
    assert dialog.ok_button.isEnabled()

    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert dialog.services is not None
    assert dialog.passphrase.text() == ""
    dialog.services.lock()


def test_an_empty_passphrase_is_not_tried(qtbot, passphrase_store, clock) -> None:
    dialog = UnlockDialog(passphrase_store, clock, None, uses_passphrase=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert not dialog.busy()


def test_a_damaged_store_closes_the_unlock_dialog_with_its_error(
    qtbot, passphrase_store: StorePaths, clock
) -> None:
    dialog = UnlockDialog(passphrase_store, clock, None, uses_passphrase=True)
    qtbot.addWidget(dialog)
    dialog.show()
    passphrase_store.database.write_bytes(b"")
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    with pytest.raises(errors.EmptyDatabaseFile):
        dialog.result_or_raise()


# -- the flow and recovery ------------------------------------------------------------------------


def test_recovery_dialog_for_a_missing_database_shows_the_message(
    qtbot, store_paths: StorePaths, keyring_backend: FileKeyring, clock
) -> None:
    create_store(store_paths, backend=keyring_backend).close()
    store_paths.database.unlink()
    with pytest.raises(errors.DatabaseMissing) as info:
        session.unlock(store_paths, clock, lambda _c: None, backend=keyring_backend)
    dialog = RecoveryDialog(info.value, store_paths)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.message.text() == info.value.message
    assert str(store_paths.database) in dialog.message.text()
    assert str(store_paths.backups) in dialog.advice.text()
    assert "backup" in dialog.advice.text()
    assert dialog.retry_button is None  # trying again cannot bring a file back
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is RecoveryChoice.QUIT


def test_a_missing_database_goes_to_recovery_and_nothing_is_created(
    qtbot, monkeypatch, store_paths: StorePaths, keyring_backend: FileKeyring, clock: FixedClock
) -> None:
    create_store(store_paths, backend=keyring_backend).close()
    store_paths.database.unlink()
    before = snapshot(store_paths)
    shown: list[errors.PcrmError] = []

    def recovery(error, paths, parent=None, backend=None) -> RecoveryChoice:
        shown.append(error)
        return RecoveryChoice.QUIT

    def first_run(*args, **kwargs):
        raise AssertionError("a lost database must not look like a first run")

    monkeypatch.setattr(RecoveryDialog, "ask", recovery)
    monkeypatch.setattr(FirstRunDialog, "ask", first_run)
    access = StoreAccess(store_paths, clock, keyring_backend)
    assert access.open() is None
    assert [type(e) for e in shown] == [errors.DatabaseMissing]
    assert access.exit_code == errors.DatabaseMissing.exit_code
    assert snapshot(store_paths) == before
    assert not store_paths.database.exists()


def test_recovery_try_again_opens_a_store_that_came_back(
    qtbot, monkeypatch, store_paths, keyring_backend: FileKeyring, clock
) -> None:
    create_store(store_paths, backend=keyring_backend).close()
    moved = Path(str(store_paths.database) + ".elsewhere")
    store_paths.database.rename(moved)

    def recovery(error, paths, parent=None, backend=None) -> RecoveryChoice:
        moved.rename(paths.database)  # the owner put the file back
        return RecoveryChoice.RETRY

    unlocked = []

    def unlock_dialog(paths, clock, backend, **kwargs):
        unlocked.append(kwargs)
        return session.unlock(paths, clock, lambda _c: None, backend=backend)

    monkeypatch.setattr(RecoveryDialog, "ask", recovery)
    monkeypatch.setattr(UnlockDialog, "ask", unlock_dialog)
    services = StoreAccess(store_paths, clock, keyring_backend).open()
    assert services is not None
    services.lock()
    assert unlocked == [{"uses_passphrase": False, "wrong_passphrase": False, "parent": None}]


def test_a_preset_passphrase_opens_without_a_dialog(monkeypatch, passphrase_store, clock) -> None:
    monkeypatch.setattr(UnlockDialog, "ask", lambda *a, **k: pytest.fail("no dialog expected"))
    services = StoreAccess(passphrase_store, clock, None, preset=lambda _c: PASSPHRASE).open()
    assert services is not None
    services.lock()


def test_a_wrong_preset_passphrase_asks_with_the_error_shown(
    monkeypatch, passphrase_store, clock
) -> None:
    asked = []
    monkeypatch.setattr(UnlockDialog, "ask", lambda *a, **k: asked.append(k))
    assert StoreAccess(passphrase_store, clock, None, preset=lambda _c: "wrong!").open() is None
    assert asked and asked[0]["wrong_passphrase"] is True and asked[0]["uses_passphrase"] is True


def test_no_store_is_a_first_run(monkeypatch, store_paths, clock) -> None:
    calls = []
    monkeypatch.setattr(FirstRunDialog, "ask", lambda *a, **k: calls.append(a))
    access = StoreAccess(store_paths, clock, None)
    assert access.open() is None
    assert len(calls) == 1
    assert access.exit_code == 0


def test_first_run_with_demo_data(qtbot, store_paths: StorePaths, clock) -> None:
    dialog = FirstRunDialog(store_paths, clock, backend=None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.demo.isVisible()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    dialog.demo.setChecked(True)
    stages: list[str] = []
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.busy() and not dialog.ok_button.isEnabled()
    dialog.reject()  # the work cannot be abandoned half-way
    assert dialog.isVisible()
    dialog._job.progressed.connect(lambda *_: stages.append(dialog.status.text()))
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
    assert dialog.services is not None
    try:
        assert dialog.services.contacts.count() > 400
    finally:
        dialog.services.lock()
    assert any(s.startswith("Writing contacts: ") for s in stages)
