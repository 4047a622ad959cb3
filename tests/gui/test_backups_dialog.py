"""The backups dialog, the restore question, the recovery screen's restore, and the keeper of the
daily backup: real store, real widgets, real files."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from fake_keyring import FileKeyring

from PySide6.QtWidgets import QLabel, QWidget

from pcrm import errors
from pcrm.clock import FixedClock
from pcrm.domain.card import ContactCard
from pcrm.paths import StorePaths
from pcrm.services.changes import ChangeSet
from pcrm.services.preferences import PREFERENCE
from pcrm.services.session import Services
from pcrm.store.database import create_store, open_database
from pcrm.ui.backup_keeper import BackupKeeper
from pcrm.ui.dialogs import backups_dialog, recovery
from pcrm.ui.dialogs.backups_dialog import BackupsDialog
from pcrm.ui.dialogs.recovery import RecoveryChoice, RecoveryDialog
from pcrm.ui.dialogs.restore_confirm import RestoreConfirmation, RestorePlan
from pcrm.ui.edits import Edits


def add(services: Services, *names: str) -> None:
    for name in names:
        services.contacts.create(ContactCard(given=name, family="Test"))


def open_dialog(qtbot, services: Services) -> tuple[BackupsDialog, Edits]:
    edits = Edits(lambda: services)
    dialog = BackupsDialog(services, edits)
    qtbot.addWidget(dialog)
    return dialog, edits


def make_keeper(qtbot, services: Services) -> tuple[BackupKeeper, QWidget]:
    """A keeper that lives as long as its window, as in the main window."""
    window = QWidget()
    qtbot.addWidget(window)
    return BackupKeeper(lambda: services, window), window


def wait_idle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)


def test_back_up_now_lists_it_newest_first_with_its_counts(
    qtbot, services: Services, clock: FixedClock
) -> None:
    add(services, "Olena", "Jan")
    services.backups.take()
    clock.advance(timedelta(hours=20))  # a second one the same day would replace it
    dialog, _ = open_dialog(qtbot, services)
    assert dialog.tree.topLevelItemCount() == 1
    assert "the next is due" in dialog.summary.text()
    dialog.backup_button.click()
    assert not dialog.backup_button.isEnabled()  # one job at a time
    wait_idle(qtbot, dialog)
    assert dialog.tree.topLevelItemCount() == 2
    newest = dialog.tree.topLevelItem(0)
    assert newest.text(1) == "Automatic" and newest.text(3) == "2"
    assert dialog.selected() is not None
    assert "Backed up and verified" in dialog.status.text()
    assert dialog.tree.topLevelItem(1).text(3) == ""  # not verified yet
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
    dialog.verify_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.tree.topLevelItem(1).text(3) == "2" and "intact" in dialog.status.text()


def test_restore_asks_with_both_counts_then_requests_it(
    qtbot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(services, "Olena")
    taken = services.backups.take().info.path
    add(services, "Jan", "Mia")
    asked: list[RestorePlan] = []
    answer = [False]
    monkeypatch.setattr(
        RestoreConfirmation,
        "ask",
        classmethod(lambda cls, plan, zone, parent: asked.append(plan) or answer[0]),
    )
    dialog, _ = open_dialog(qtbot, services)
    dialog.restore_button.click()
    wait_idle(qtbot, dialog)
    assert asked[0].source == taken and asked[0].backup_counts["contacts"] == 1
    assert asked[0].current["contacts"] == 3  # type: ignore[index]
    assert asked[0].safety_folder == services.paths.backups
    assert dialog.isVisible() or not dialog.result()  # declined: nothing requested
    answer[0] = True
    with qtbot.waitSignal(dialog.restore_requested) as requested:
        dialog.restore_button.click()
        wait_idle(qtbot, dialog)
    assert requested.args == [taken]
    assert services.backups.counts()["contacts"] == 3  # the window does the restore


def test_a_damaged_file_is_refused_in_place(
    qtbot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(services, "Olena")
    bad = tmp_path / "bad.pcrm-backup"
    services.backup(bad)
    with bad.open("r+b") as f:
        f.seek(5000)
        f.write(os.urandom(200))
    monkeypatch.setattr(backups_dialog, "pick_backup_file", lambda parent, start: bad)
    monkeypatch.setattr(RestoreConfirmation, "ask", classmethod(lambda *a: pytest.fail("asked")))
    dialog, _ = open_dialog(qtbot, services)
    dialog.restore_file()
    wait_idle(qtbot, dialog)
    assert str(bad) in dialog.error.text() and "damaged" in dialog.error.text()
    assert not dialog.error.isHidden()


def test_settings_are_saved_at_once_and_undoable(
    qtbot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog, edits = open_dialog(qtbot, services)
    assert dialog.folder.text() == str(services.paths.backups)
    dialog.automatic.setChecked(False)
    assert services.preferences.get("backups.automatic") is False
    assert "off" in dialog.summary.text()
    chosen = tmp_path / "usb"
    chosen.mkdir()
    monkeypatch.setattr(BackupsDialog, "pick_folder", staticmethod(lambda parent, start: chosen))
    dialog.choose_folder()
    assert services.preferences.get("backups.folder") == str(chosen)
    assert str(chosen) in dialog.summary.text()
    spin = dialog.keep["backups.keep_daily"]
    spin.setValue(3)
    spin.editingFinished.emit()
    assert services.preferences.get("backups.keep_daily") == 3
    dialog.folder.setText("relative/path")
    dialog.folder.editingFinished.emit()
    assert "full path" in dialog.error.text()
    assert services.preferences.get("backups.folder") == str(chosen)
    assert edits.stack.undoText() == "Change backup settings"
    edits.stack.undo()
    assert services.preferences.get("backups.keep_daily") == 7


def test_the_confirmation_names_the_backup_and_both_counts(qtbot, services: Services) -> None:
    add(services, "Olena")
    taken = services.backups.take()
    plan = RestorePlan(
        taken.info.path, taken.counts, {"contacts": 12, "interactions": 40}, services.paths.backups
    )
    dialog = RestoreConfirmation(plan, services.clock.zone())
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("Replace your store with the backup of" in t and "2026" in t for t in texts)
    assert "12" in texts and "40" in texts and "1" in texts
    assert not dialog.restore_button.isDefault()


def test_the_keeper_takes_the_due_backup_then_waits_a_day(
    qtbot, services: Services, clock: FixedClock
) -> None:
    keeper, _window = make_keeper(qtbot, services)
    with qtbot.waitSignal(keeper.taken, timeout=20_000) as taken:
        keeper.start()
    assert taken.args[0].info.path.exists()
    qtbot.waitUntil(lambda: not keeper.busy())
    assert keeper.timer.isActive() and keeper.timer.remainingTime() <= 3_700_000  # an hour at most
    keeper.check()  # not due again today
    assert not keeper.busy() and len(services.backups.available()) == 1
    clock.advance(timedelta(days=1))
    with qtbot.waitSignal(keeper.taken, timeout=20_000):
        keeper.check()
    keeper.stop()
    assert not keeper.timer.isActive() and not keeper.busy()
    services.preferences.set("backups.automatic", False)
    clock.advance(timedelta(days=3))
    keeper.changed(ChangeSet().add("updated", PREFERENCE))
    assert not keeper.busy() and not keeper.timer.isActive()


def test_the_keeper_reports_a_failure_and_keeps_older_backups(
    qtbot, services: Services, clock: FixedClock, tmp_path: Path
) -> None:
    first = services.backups.take().info.path
    clock.advance(timedelta(days=2))
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x")
    services.preferences.set("backups.folder", str(blocked / "sub"))
    keeper, _window = make_keeper(qtbot, services)
    with qtbot.waitSignal(keeper.failed, timeout=20_000) as failed:
        keeper.start()
    assert isinstance(failed.args[0], errors.PcrmError)
    qtbot.waitUntil(lambda: not keeper.busy())
    assert keeper.timer.isActive()  # tries again later
    assert first.exists()
    keeper.stop()


def test_the_recovery_screen_restores_a_damaged_store(
    qtbot,
    store_paths: StorePaths,
    keyring_backend: FileKeyring,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = Services(create_store(store_paths, backend=keyring_backend), clock, keyring_backend)
    add(services, "Olena", "Jan")
    good = services.backups.take().info.path
    services.lock()
    store_paths.database.write_bytes(b"")
    with pytest.raises(errors.EmptyDatabaseFile) as info:
        open_database(store_paths, backend=keyring_backend)
    monkeypatch.setattr(recovery, "pick_backup_file", lambda parent, start: good)
    asked: list[RestorePlan] = []
    monkeypatch.setattr(
        RestoreConfirmation,
        "ask",
        classmethod(lambda cls, plan, zone, parent: asked.append(plan) or True),
    )
    dialog = RecoveryDialog(info.value, store_paths, backend=keyring_backend)
    qtbot.addWidget(dialog)
    assert dialog.restore_button is not None
    assert "Restore from backup…" in dialog.advice.text()
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.choice is RecoveryChoice.RETRY, timeout=20_000)
    assert asked[0].current == info.value.message and asked[0].backup_counts["contacts"] == 2
    db = open_database(store_paths, backend=keyring_backend)
    try:
        assert Services(db, clock, keyring_backend).backups.counts()["contacts"] == 2
    finally:
        db.close()
    assert [
        p.name.endswith(".damaged")
        for p in store_paths.backups.iterdir()
        if "pre-restore" in p.name
    ] == [True]


def test_recovery_offers_no_restore_without_the_key(qtbot, store_paths: StorePaths) -> None:
    dialog = RecoveryDialog(
        errors.KeyMissing(path=store_paths.database, reason="gone"), store_paths
    )
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None
