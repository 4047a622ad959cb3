"""Render every window and dialog of the GUI to PNG, offscreen, over realistic demo data.

    .venv/bin/python tests/gui/make_screenshots.py [OUT_DIR]    (default: docs/screenshots)

or ``PCRM_SCREENSHOTS=1 .venv/bin/pytest tests/gui/test_screenshots.py``.  The store is built in
a scratch folder with the test keyring (tests/support), never the owner's own store, and removed
afterwards.  A fixed clock and seed make the pictures the same on every run.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO / "tests" / "support"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fake_keyring import FileKeyring  # noqa: E402

from PySide6.QtCore import QSettings, QThread  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from pcrm import errors  # noqa: E402
from pcrm.clock import FixedClock  # noqa: E402
from pcrm.paths import StorePaths  # noqa: E402
from pcrm.services import demo  # noqa: E402
from pcrm.services.session import Services, unlock  # noqa: E402
from pcrm.store import backup as backups  # noqa: E402
from pcrm.store.database import create_store  # noqa: E402
from pcrm.ui.dialogs.recovery import RecoveryDialog  # noqa: E402
from pcrm.ui.dialogs.unlock import FirstRunDialog, UnlockDialog  # noqa: E402
from pcrm.ui.main_window import MainWindow  # noqa: E402
from pcrm.ui.settings import UiSettings  # noqa: E402

sys.path.insert(0, str(HERE))
import screens_backup  # noqa: E402
import screens_briefing  # noqa: E402
import screens_calendar  # noqa: E402
import screens_capture  # noqa: E402
import screens_card  # noqa: E402
import screens_cimport  # noqa: E402
import screens_csvmap  # noqa: E402
import screens_dashboard  # noqa: E402
import screens_desktop  # noqa: E402
import screens_dupes  # noqa: E402
import screens_graph  # noqa: E402
import screens_icali  # noqa: E402
import screens_icalx  # noqa: E402
import screens_languages  # noqa: E402
import screens_organizer  # noqa: E402
import screens_search  # noqa: E402
import screens_settings  # noqa: E402
import screens_timeline  # noqa: E402
from screenshot_io import save_shown as _save  # noqa: E402

CLOCK = FixedClock(datetime(2026, 11, 23, 10, 30, tzinfo=UTC), "Europe/Kyiv")
SCRATCH = Path(tempfile.gettempdir()) / "pcrm-screenshots"


def _settle(window: MainWindow) -> None:
    """Let the window's reads off the UI thread (ids, sidebar, timeline) arrive."""
    for _ in range(400):
        QApplication.processEvents()
        if not window.is_loading() and not window.timeline.model.is_loading():
            break
        QThread.msleep(10)
    for _ in range(5):
        QApplication.processEvents()


def _main_window(services: Services, busy_contact: int, out: Path) -> None:
    settings = UiSettings(QSettings(str(SCRATCH / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(services, CLOCK, settings, reopen=lambda _parent: None)
    window.resize(1480, 860)
    window.show()
    _settle(window)
    window.show_contact(busy_contact)
    _settle(window)
    _save(window, out / "main-window.png")
    window.sidebar.groups.setExpanded(True)
    window.sidebar.setCurrentItem(window.sidebar.groups.child(1))
    _settle(window)
    window.table.selectRow(2)
    window.table.selectionModel().select(
        window.model.index(5, 0),
        window.table.selectionModel().SelectionFlag.Select
        | window.table.selectionModel().SelectionFlag.Rows,
    )
    _settle(window)
    _save(window, out / "main-window-group.png")
    window.sidebar.select("all")
    _settle(window)
    window.search_panel.box.setText("коваль")
    window.search_panel.box.flush()
    _settle(window)
    window.search_panel.move_highlight(1)
    _save(window, out / "main-window-search.png")
    window.search_panel.box.clear()
    window.search_panel.box.flush()
    window.timeline_action.trigger()
    _settle(window)
    _save(window, out / "main-window-timeline.png")
    window.contacts_action.trigger()
    _settle(window)
    window.new_contact()
    _save(window, out / "main-window-new-contact.png")
    window.editor.cancel()
    window.search_panel.clear()
    window.timeline.clear()
    window.global_timeline.clear()
    window.sidebar.clear_sources()
    window.services = None  # the store is closed by render_all
    window.close()


def render_all(out: Path) -> None:
    """Needs a QApplication; writes the PNGs into ``out``."""
    shutil.rmtree(SCRATCH, ignore_errors=True)
    root = SCRATCH / "home" / ".local" / "share" / "pcrm"
    os.environ["PCRM_TEST_KEYRING_FILE"] = str(SCRATCH / "keyring.json")
    out.mkdir(parents=True, exist_ok=True)
    backend = FileKeyring(SCRATCH / "keyring.json")
    paths = StorePaths(root)
    try:
        services = Services(create_store(paths, backend=backend), CLOCK, backend)
        try:
            stats = demo.generate(services, contacts=200, interactions=2000)
            # what an upgrade leaves in the store's own backups folder (Services.backup, for
            # the owner's copies, refuses the store's folder)
            with contextlib.closing(services.db.raw()) as raw:
                backups.backup(
                    raw.driver_connection,
                    services.db.key,
                    paths.backups / "pcrm-2026-11-20.pcrm-backup",
                )
            _main_window(services, int(stats["busy_contact_id"]), out)
            for screens in (screens_card, screens_timeline, screens_capture, screens_search,
                            screens_settings, screens_organizer, screens_calendar,
                            screens_icali, screens_icalx, screens_backup, screens_cimport,
                            screens_csvmap, screens_dupes, screens_briefing,
                            screens_dashboard, screens_graph, screens_desktop,
                            screens_languages):  # fmt: skip
                screens.render(out, services, CLOCK)
        finally:
            services.lock()

        first_run = FirstRunDialog(StorePaths(SCRATCH / "new" / "pcrm"), CLOCK, backend=None)
        first_run.passphrase.setText("correct horse battery staple")
        first_run.repeat.setText("correct horse battery staple")
        first_run.demo.setChecked(True)
        _save(first_run, out / "first-run.png")
        keyring_run = FirstRunDialog(StorePaths(SCRATCH / "new" / "pcrm"), CLOCK, backend=backend)
        _save(keyring_run, out / "first-run-keyring.png")

        passphrase_paths = StorePaths(SCRATCH / "locked" / "pcrm")
        create_store(passphrase_paths, passphrase="correct horse battery staple").close()
        unlock_dialog = UnlockDialog(passphrase_paths, CLOCK, None, uses_passphrase=True)
        unlock_dialog.passphrase.setText("not the right one")
        unlock_dialog._show_wrong()
        _save(unlock_dialog, out / "unlock.png")

        paths.database.unlink()
        try:
            unlock(paths, CLOCK, lambda _confirm: None, backend=backend)
        except errors.DatabaseMissing as exc:
            _save(RecoveryDialog(exc, paths), out / "recovery.png")
        else:
            raise AssertionError("a store without its database file opened")
    finally:
        shutil.rmtree(SCRATCH, ignore_errors=True)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else REPO / "docs" / "screenshots"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("pcrm")
    app.setApplicationName("pcrm")
    render_all(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
