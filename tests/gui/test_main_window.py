"""The main window over a real store: list, search as you type, the card, sort, Lock/unlock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import QSettings, Qt

from pcrm.services.session import Services
from pcrm.ui import settings as options
from pcrm.ui.dialogs.unlock import UnlockDialog
from pcrm.ui.main_window import MainWindow
from pcrm.ui.models.contact_list import NAME
from pcrm.ui.settings import UiSettings
from pcrm.ui.store_access import StoreAccess


@pytest.fixture
def window(
    qtbot, services: Services, people, clock, ui_settings: UiSettings, keyring_backend
) -> Iterator[MainWindow]:
    access = StoreAccess(services.paths, clock, keyring_backend)
    win = MainWindow(services, clock, ui_settings, access.reopen)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.services is not None:
        win.close()


def names(win: MainWindow) -> list[str]:
    return [win.model.index(r, NAME).data() for r in range(win.model.rowCount())]


def click_row(qtbot, win: MainWindow, row: int) -> None:
    rect = win.table.visualRect(win.model.index(row, NAME))
    qtbot.mouseClick(win.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_list_shows_the_contacts(window: MainWindow) -> None:
    assert names(window) == ["Jane Doe", "Marco Rossi", "Олена Коваленко", "Іван Петренко"]
    assert window.count_label.text() == "4 contacts"
    assert window.card.contact_id is None
    assert "Select a contact" in window.card.toPlainText()


def test_typing_filters_and_shows_the_first_match(qtbot, window: MainWindow, people) -> None:
    qtbot.keyClicks(window.search, "olena")  # Latin finds the Cyrillic name
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert names(window) == ["Олена Коваленко"]
    assert window.count_label.text() == "1 match"
    qtbot.waitUntil(lambda: window.card.contact_id == people["olena"])
    html = window.card.toHtml()
    assert "Олена Коваленко" in html
    assert "mailto:olena@example.org" in html
    assert "tel:+380441234567" in html

    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert window.model.rowCount() == 4
    assert window.card.contact_id == people["olena"]  # the selection survives the filter


def test_one_character_does_not_search(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search, "o")
    qtbot.wait(200)
    assert window.model.rowCount() == 4
    qtbot.keyClicks(window.search, "zzz")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert "No contact matches" in window.card.toPlainText()
    assert window.count_label.text() == "0 matches"


def test_selecting_a_row_renders_the_card(qtbot, window: MainWindow, people) -> None:
    click_row(qtbot, window, 1)
    qtbot.waitUntil(lambda: window.card.contact_id == people["marco"])
    html = window.card.toHtml()
    assert "Marco Rossi" in html
    assert "mailto:marco@rossi.example" in html
    assert "Rossi &amp; Figli" in html
    assert "Kick-off" in html  # the timeline


def test_sort_by_last_contact(qtbot, window: MainWindow) -> None:
    window.sort.setCurrentIndex(window.sort.findData("last_contacted"))
    assert names(window)[:2] == ["Олена Коваленко", "Marco Rossi"]
    assert window.settings.get(options.SORT) == "last_contacted"


def test_a_related_contact_link_leaves_the_search(qtbot, window: MainWindow, people) -> None:
    qtbot.keyClicks(window.search, "olena")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.card.contact_requested.emit(people["marco"])
    assert window.search.text() == ""
    qtbot.waitUntil(lambda: window.card.contact_id == people["marco"])


def test_shortcuts(qtbot, window: MainWindow, services) -> None:
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    window.activateWindow()
    qtbot.waitActive(window)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.search
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert window.focusWidget() is window.table
    assert window.table.currentIndex().row() == 0

    from pcrm.domain.card import ContactCard

    services.contacts.create(ContactCard(given="Zoe", family="Adams"))
    qtbot.keyClick(window.table, Qt.Key.Key_F5)
    assert window.model.rowCount() == 5


def test_refresh_reads_the_store_again(qtbot, window: MainWindow, services) -> None:
    from pcrm.domain.card import ContactCard

    services.contacts.create(ContactCard(given="Zoe", family="Adams"))
    assert window.model.rowCount() == 4
    window.refresh_action.trigger()
    assert window.model.rowCount() == 5
    assert names(window)[0] == "Zoe Adams"


def test_lock_then_unlock(qtbot, monkeypatch, window: MainWindow, services, people) -> None:
    seen_while_locked = []

    def drive(dialog: UnlockDialog) -> int:
        seen_while_locked.append((window.model.rowCount(), window.card.contact_id,
                                  window.search.isEnabled(), window.services))  # fmt: skip
        dialog.show()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
        return dialog.result()

    monkeypatch.setattr(UnlockDialog, "exec", drive)
    click_row(qtbot, window, 2)
    qtbot.waitUntil(lambda: window.card.contact_id == people["olena"])
    window.lock_action.trigger()
    assert seen_while_locked == [(0, None, False, None)]
    assert window.services is not None and window.services is not services
    assert window.model.rowCount() == 4
    assert window.search.isEnabled()
    click_row(qtbot, window, 1)
    qtbot.waitUntil(lambda: window.card.contact_id == people["marco"])


def test_quitting_from_the_unlock_dialog_closes_the_window(qtbot, monkeypatch, window) -> None:
    monkeypatch.setattr(UnlockDialog, "exec", lambda dialog: dialog.reject() or 0)
    window.lock_action.trigger()
    assert not window.isVisible()
    assert window.services is None


def test_settings_hold_geometry_and_nothing_personal(
    qtbot, window: MainWindow, settings_file, services
) -> None:
    qtbot.keyClicks(window.search, "olena")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.close()
    text = settings_file.read_text(encoding="utf-8", errors="replace")
    keys = set(QSettings(str(settings_file), QSettings.Format.IniFormat).allKeys())
    assert keys == {
        "settings/version", "main_window/geometry", "main_window/state", "main_window/splitter",
        "contact_list/header", "contact_list/sort",
    }  # fmt: skip
    for personal in ("olena", "Олена", "Коваленко", "Rossi", str(services.paths.root)):
        assert personal not in text
