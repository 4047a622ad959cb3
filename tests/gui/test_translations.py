"""pcrm speaks the system's language, or the one chosen in the settings, with its plural forms,
its dates and Qt's own buttons; menus keep one accelerator per letter in every language.

The .qm files are built from the committed .ts sources into a temporary folder (make builds
them into resources/translations for the app), and ``pcrm.ui.i18n`` is pointed there.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from pcrm.services.preferences import UI_LANGUAGE
from pcrm.ui import i18n
from pcrm.ui.settings import LANGUAGE

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


def _update() -> object:
    spec = importlib.util.spec_from_file_location("translations_update", TRANSLATIONS / "update.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A resources folder whose translations/ holds the .qm built from the committed .ts."""
    resources = tmp_path_factory.mktemp("resources")
    folder = resources / "translations"
    folder.mkdir()
    for source in TRANSLATIONS.glob("pcrm_*.ts"):
        shutil.copy(source, folder)
    _update().release(folder)  # type: ignore[attr-defined]
    return resources


@pytest.fixture
def speaking(built: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """``speaking(language)`` installs pcrm's and Qt's translations; removed afterwards."""
    monkeypatch.setattr(i18n, "shipped", lambda name: built)
    installed: list[object] = []

    def speak(language: str) -> list[object]:
        translators = i18n.install_translators(qapp, language)
        installed.extend(translators)
        return translators

    yield speak
    i18n.remove_translators(qapp, installed)  # type: ignore[arg-type]


def _accelerators(menu: QMenu) -> list[str]:
    keys = []
    for action in menu.actions():
        text = action.text().replace("&&", "")
        if "&" in text:
            keys.append(text[text.index("&") + 1].lower())
    return keys


def test_ukrainian_system_locale_gives_ukrainian_windows(built: Path, tmp_path: Path) -> None:
    """A fresh process on a uk_UA system, as the app starts: no language chosen."""
    script = f"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QDate, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox
app = QApplication([])
from pcrm.ui import i18n
i18n.shipped = lambda name: Path({str(built)!r})
from pcrm.clock import FixedClock
from pcrm.domain.dates import PartialDate
from pcrm.ui.formatting import partial_date
from pcrm.ui.main_window import MainWindow
from pcrm.ui.settings import LANGUAGE, UiSettings
from datetime import UTC, datetime
settings = UiSettings(QSettings({str(tmp_path / "ui.ini")!r}, QSettings.Format.IniFormat))
installed = i18n.install_translators(app, settings.get(LANGUAGE))
window = MainWindow(None, FixedClock(datetime(2026, 11, 23, tzinfo=UTC), "Europe/Kyiv"),
                    settings, lambda parent: None)
box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
print(json.dumps({{
    "locale": QLocale().name(),
    "installed": len(installed),
    "menus": [a.text() for a in window.menuBar().actions()],
    "plurals": [i18n.shared_tr("%n day(s) ago", None, n) for n in (1, 2, 5, 11, 21)],
    "cancel": box.button(QDialogButtonBox.StandardButton.Cancel).text(),
    "date": partial_date(PartialDate(4, 15, None)),
    "number": QLocale().toString(1234567.5, "f", 1),
}}))
"""
    env = {
        **os.environ,
        "LANG": "uk_UA.UTF-8",
        "LC_ALL": "uk_UA.UTF-8",
        "LANGUAGE": "uk",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT / "src"),
    }
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    shown = json.loads(out.stdout.strip().splitlines()[-1])
    assert shown["locale"] == "uk_UA"
    assert shown["installed"] == 2  # pcrm's and Qt's own
    assert shown["menus"][:3] == ["&Файл", "&Зміни", "&Перегляд"]
    assert shown["plurals"] == [
        "1 день тому",
        "2 дні тому",
        "5 днів тому",
        "11 днів тому",
        "21 день тому",
    ]
    assert shown["cancel"] == "Скасувати"  # Qt's own translation of its standard buttons
    assert shown["date"] == "15 квітня"
    assert shown["number"] == "1\u00a0234\u00a0567,5"  # grouped with no-break spaces


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("uk", ["1 нагадування", "2 нагадування", "5 нагадувань"]),
        ("ru", ["1 напоминание", "2 напоминания", "5 напоминаний"]),
        ("bg", ["1 напомняне", "2 напомняния", "5 напомняния"]),
        ("en", ["1 reminder", "2 reminders", "5 reminders"]),
    ],
)
def test_a_chosen_language_with_its_plurals(speaking, language: str, forms: list[str]) -> None:
    speaking(language)
    assert [i18n.shared_tr("%n reminder(s)", None, n) for n in (1, 2, 5)] == forms
    assert QLocale().language() == QLocale(language).language()


@pytest.mark.parametrize("language", ["uk", "ru", "bg"])
def test_menus_are_translated_with_one_accelerator_per_letter(
    speaking, language: str, services, people, clock, ui_settings, qtbot
) -> None:
    from window_wait import settle

    from pcrm.ui.main_window import MainWindow

    speaking(language)
    window = MainWindow(services, clock, ui_settings, lambda _parent: None)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    bar = window.menuBar()
    titles = [a.text() for a in bar.actions()]
    assert all(title.isascii() is False for title in titles), titles
    assert len(set(_accelerators(bar))) == len(_accelerators(bar)), titles
    menus = [a.menu() for a in bar.actions()]
    menus += [a.menu() for m in list(menus) for a in m.actions() if a.menu()]
    for menu in menus:
        keys = _accelerators(menu)
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert len(set(keys)) == len(keys), f"{menu.title()}: {texts}"
        english = [t for t in texts if t.replace("&", "").isascii() and "pcrm" not in t]
        assert not english, f"{menu.title()}: untranslated {english}"
    window.close()


def test_chosen_locale() -> None:
    system = QLocale.system()
    assert i18n.chosen_locale("system").name() == system.name()
    assert i18n.chosen_locale(None).name() == system.name()
    assert i18n.chosen_locale("xx").name() == system.name()
    for code in ("uk", "ru", "bg"):
        assert i18n.chosen_locale(code).language() == QLocale(code).language()


def test_the_preference_offers_the_languages_pcrm_has() -> None:
    assert [value for value, _ in UI_LANGUAGE.choices] == [i18n.SYSTEM, *i18n.LANGUAGES]
    assert LANGUAGE.choices == (i18n.SYSTEM, *i18n.LANGUAGES)


def test_the_settings_dialog_shows_the_language(services, qtbot) -> None:
    from pcrm.ui.dialogs.settings_dialog import SettingsDialog
    from pcrm.ui.edits import Edits

    dialog = SettingsDialog(services, Edits(lambda: services))
    qtbot.addWidget(dialog)
    editor = dialog.editors[UI_LANGUAGE.key]
    assert editor.value() == "system"
    assert "next start" in editor.widget.toolTip()


def test_a_language_chosen_in_the_store_is_kept_for_the_next_start(window, ui_settings) -> None:
    from pcrm.app import _keep_language

    _keep_language(window, ui_settings)
    assert ui_settings.get(LANGUAGE) == "system"
    window.edits.run(
        "Change settings",
        lambda s: s.preferences.set(UI_LANGUAGE.key, "bg"),
        lambda s: s.preferences.reset(UI_LANGUAGE.key),
    )
    assert ui_settings.get(LANGUAGE) == "bg"
    window.edits.stack.undo()
    assert ui_settings.get(LANGUAGE) == "system"


def test_qt_standard_buttons_follow_the_language(speaking, qtbot) -> None:
    speaking("bg")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Save).text() != "Save"
