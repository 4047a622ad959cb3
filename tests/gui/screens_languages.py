"""Screenshots of the main window in Ukrainian, Russian and Bulgarian (hooked into
make_screenshots.py by the lead): main-window-uk.png, main-window-ru.png, main-window-bg.png.

Each language's translations (pcrm's, built from the committed .ts into a scratch folder, and
Qt's own) are installed, the window is built over the demo store as make_screenshots.py builds
the English one, with the busiest contact's card, then the translations are removed so the
other screenshots stay in English.
"""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from pathlib import Path

from screenshot_io import save as _save

from PySide6.QtCore import QSettings, QThread
from PySide6.QtWidgets import QApplication

from pcrm.clock import FixedClock
from pcrm.services.session import Services
from pcrm.ui import i18n
from pcrm.ui.main_window import MainWindow
from pcrm.ui.settings import UiSettings

LANGUAGES = ("uk", "ru", "bg")
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _built_resources(scratch: Path) -> Path:
    spec = importlib.util.spec_from_file_location("translations_update", TRANSLATIONS / "update.py")
    assert spec and spec.loader
    update = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update)
    folder = scratch / "resources" / "translations"
    folder.mkdir(parents=True, exist_ok=True)
    for source in TRANSLATIONS.glob("pcrm_*.ts"):
        shutil.copy(source, folder)
    update.release(folder)
    return folder.parent


def _settle(window: MainWindow) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(200):
        app.processEvents()
        if not window.is_loading():
            break
        QThread.msleep(20)
    for _ in range(5):
        app.processEvents()


def _busiest(services: Services) -> int | None:
    ids = services.contacts.ordered_ids()
    return min(ids) if ids else None  # the demo's first contact is its busiest


def render(out: Path, services: Services, clock: FixedClock) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    scratch = Path(tempfile.mkdtemp(prefix="pcrm-languages-"))
    original = i18n.shipped
    try:
        resources = _built_resources(scratch)
        i18n.shipped = lambda name: resources  # type: ignore[assignment]
        for language in LANGUAGES:
            translators = i18n.install_translators(app, language)
            try:
                settings = UiSettings(
                    QSettings(str(scratch / f"ui-{language}.ini"), QSettings.Format.IniFormat)
                )
                window = MainWindow(services, clock, settings, lambda _parent: None)
                window.resize(1480, 860)
                window.show()
                _settle(window)
                busy = _busiest(services)
                if busy is not None:
                    window.show_contact(busy)
                    _settle(window)
                _save(window, out / f"main-window-{language}.png")
                window.close()
                window.deleteLater()
                app.processEvents()
            finally:
                i18n.remove_translators(app, translators)
    finally:
        i18n.shipped = original  # type: ignore[assignment]
        shutil.rmtree(scratch, ignore_errors=True)
