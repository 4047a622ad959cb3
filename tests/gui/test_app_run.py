"""``pcrm.app.run`` end to end, in-process: the window over a passphrase store, and a lost store."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from pcrm import app, errors
from pcrm.paths import StorePaths
from pcrm.store import keys
from pcrm.store.database import create_store
from pcrm.ui import qtlog
from pcrm.ui.dialogs.recovery import RecoveryDialog
from pcrm.ui.main_window import MainWindow

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _no_keyring_and_pytest_keeps_qt_log(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "trusted_keyring", lambda: None)
    monkeypatch.setattr(qtlog, "install", lambda: None)  # pytest-qt captures Qt's messages


def args(paths: StorePaths, passphrase_file: Path | None = None) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(paths.root), passphrase_file=passphrase_file)


def test_a_passphrase_file_opens_the_main_window(qapp, tmp_path: Path, store_paths) -> None:
    create_store(store_paths, passphrase=PASSPHRASE).close()
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    shown: list[MainWindow] = []

    def quit_when_shown() -> None:  # the store opens in a worker: look again until it shows
        shown.extend(w for w in QApplication.topLevelWidgets()
                     if isinstance(w, MainWindow) and w.isVisible())  # fmt: skip
        if shown:
            QApplication.exit(0)
        else:
            QTimer.singleShot(50, quit_when_shown)

    QTimer.singleShot(200, quit_when_shown)
    assert app.run(args(store_paths, secret)) == 0
    assert len(shown) == 1
    assert shown[0].services is None  # closed on the way out
    assert not shown[0].isVisible()
    shown[0].deleteLater()


def test_a_lost_database_shows_recovery_and_exits_with_its_status(
    qapp, store_paths: StorePaths
) -> None:
    create_store(store_paths, passphrase=PASSPHRASE).close()
    store_paths.database.unlink()
    before = sorted(p.name for p in store_paths.root.iterdir())
    seen: list[str] = []

    def quit_recovery() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecoveryDialog):
            QTimer.singleShot(50, quit_recovery)
            return
        seen.append(dialog.message.text())
        dialog.quit_button.click()

    QTimer.singleShot(50, quit_recovery)
    assert app.run(args(store_paths)) == errors.DatabaseMissing.exit_code
    assert seen and str(store_paths.database) in seen[0]
    assert sorted(p.name for p in store_paths.root.iterdir()) == before
