"""The fast start: the window painted with the list's first screen before SQLAlchemy is imported,
then completed over the open store without the list changing, and without losing what the owner
did meanwhile; and the usual start where the store needs more than a read (an upgrade)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from fake_keyring import FileKeyring

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from pcrm import app
from pcrm.clock import FixedClock
from pcrm.paths import StorePaths
from pcrm.services import first_page
from pcrm.services.demo import generate
from pcrm.services.first_page import FirstPage
from pcrm.services.session import Services
from pcrm.store import keys, migrate
from pcrm.store.database import create_store
from pcrm.ui import qtlog
from pcrm.ui.main_window import MainWindow
from pcrm.ui.models.contact_list import NAME
from pcrm.ui.settings import UiSettings
from pcrm.ui.store_access import StoreAccess

pytestmark = pytest.mark.gui

# pcrm's own entry point in a fresh process: what the first paint shows, and then the window.
DRIVER = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pcrm.ui.main_window import MainWindow
seen = {}
def row(window, i):
    return [window.model.index(i, c).data() for c in range(4)]
def usable(window):
    if window.services is None or window.is_loading():
        QTimer.singleShot(10, lambda: usable(window))
        return
    seen["usable"] = {"rows": window.model.rowCount(), "top": [row(window, i) for i in range(5)]}
    QApplication.exit(0)
def painted(window):
    seen["painted"] = {
        "sqlalchemy": "sqlalchemy" in sys.modules, "services": window.services is not None,
        "rows": window.model.rowCount(), "top": [row(window, i) for i in range(5)],
    }
    QTimer.singleShot(0, lambda: usable(window))
built = MainWindow.__init__
def init(self, *args, **kwargs):
    built(self, *args, **kwargs)
    self.first_painted.connect(lambda: painted(self))
MainWindow.__init__ = init
from pcrm.__main__ import main
status = main(["--data-dir", sys.argv[1]])
print(json.dumps({"status": status, **seen}))
"""


@pytest.fixture
def closed_store(
    store_paths: StorePaths, keyring_backend: FileKeyring, clock: FixedClock
) -> StorePaths:
    """A keyring store with demo data, closed (as pcrm finds it at start)."""
    services = Services(create_store(store_paths, backend=keyring_backend), clock, keyring_backend)
    generate(services, contacts=150, interactions=600)
    services.lock()
    return store_paths


def test_the_first_paint_shows_real_rows_before_sqlalchemy_is_imported(
    closed_store: StorePaths, cli_env: dict[str, str], tmp_path: Path
) -> None:
    env = {**cli_env, "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(closed_store.root)],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    )  # fmt: skip
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    first, then = seen["painted"], seen["usable"]
    assert seen["status"] == 0
    assert not first["sqlalchemy"] and not first["services"]
    assert first["rows"] > 100 and first["top"][0][0]  # a name in the first row
    assert then == {"rows": first["rows"], "top": first["top"]}  # completed without a change


@pytest.fixture
def starting(
    qtbot, closed_store: StorePaths, keyring_backend: FileKeyring, clock: FixedClock,
    ui_settings: UiSettings,
) -> Iterator[tuple[MainWindow, StoreAccess]]:  # fmt: skip
    """The window as the app shows it at start: the frame over the first page, store not open."""
    page = first_page.peek(closed_store, keyring_backend)
    assert isinstance(page, FirstPage)
    access = StoreAccess(closed_store, clock, keyring_backend)
    win = MainWindow(None, clock, ui_settings, access.reopen)
    qtbot.addWidget(win)
    win.show_first_page(page)
    with qtbot.waitSignal(win.first_painted):
        win.show()
    yield win, access
    if win.isVisible():
        win.close()


def complete(qtbot, win: MainWindow, access: StoreAccess) -> None:
    services = access.open(win)
    assert services is not None
    win.complete(services)
    qtbot.waitUntil(lambda: not win.is_loading(), timeout=10_000)
    QApplication.processEvents()


def test_typing_and_choosing_before_the_store_opens_are_kept(qtbot, starting) -> None:
    win, access = starting
    names = [win.model.index(i, NAME).data() for i in range(3)]
    box = win.focusWidget()  # the search box has the focus from the start
    assert isinstance(box, QLineEdit)
    qtbot.keyClicks(box, "an")
    win.table.setCurrentIndex(win.model.index(2, NAME))
    complete(qtbot, win, access)
    assert win.search_panel.box.text() == "an"
    assert [win.model.index(i, NAME).data() for i in range(3)] == names
    assert win.table.currentIndex().row() == 2  # still chosen: its card is shown now
    qtbot.waitUntil(lambda: win.card.contact_id == win.model.contact_id(2), timeout=5_000)


def test_an_action_triggered_while_starting_runs_once_the_store_is_open(qtbot, starting) -> None:
    win, access = starting
    win.table.setCurrentIndex(win.model.index(0, NAME))
    win.edit_action.trigger()  # Ctrl+E on the chosen contact: there is no editor yet
    assert win.card_stack.currentIndex() == 0
    complete(qtbot, win, access)
    assert win.card_stack.currentWidget() is win.editor
    win.editor.cancel()


def test_closing_while_starting_closes_the_store_the_app_opens(
    qtbot, starting, ui_settings: UiSettings
) -> None:
    win, access = starting
    win.close()
    assert not win.isVisible() and win.services is None
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    app._complete(win, access, qapp, ui_settings)  # the app's next step after the first paint
    assert win.services is None
    again = access.open(win)  # the store it opened was closed: it opens again
    assert again is not None
    again.lock()


def test_an_outdated_store_is_upgraded_before_the_window_shows(
    qtbot, monkeypatch, closed_store: StorePaths, keyring_backend: FileKeyring, clock: FixedClock
) -> None:
    monkeypatch.setattr(keys, "trusted_keyring", lambda: keyring_backend)
    monkeypatch.setattr(qtlog, "install", lambda: None)  # pytest-qt captures Qt's messages
    services = StoreAccess(closed_store, clock, keyring_backend).open()
    assert services is not None
    cfg = migrate._config(None)
    with services.db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
        conn.commit()
    services.lock()
    assert first_page.peek(closed_store, keyring_backend) is None
    shown: list[MainWindow] = []
    rows: list[int] = []

    def quit_when_shown() -> None:
        shown.extend(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and w.services is not None
        )
        if shown and not shown[0].is_loading():
            rows.append(shown[0].model.rowCount())
            QApplication.exit(0)
        else:
            QTimer.singleShot(50, quit_when_shown)

    QTimer.singleShot(100, quit_when_shown)
    args = argparse.Namespace(data_dir=str(closed_store.root), passphrase_file=None)
    assert app.run(args) == 0
    assert rows and rows[0] > 100
    # one pre-upgrade backup (the daily automatic one may be there too, taken after the start)
    names = [p.name for p in closed_store.backups.iterdir()]
    assert sum(n.startswith("pre-upgrade-") for n in names) == 1
    assert first_page.peek(closed_store, keyring_backend) is not None  # the next start is fast
    shown[0].deleteLater()
