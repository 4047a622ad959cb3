"""Copying contact values: the real QClipboard (offscreen) gets the password managers' marks,
and is cleared when the time is up only while it still holds what pcrm put there."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QGuiApplication,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QApplication, QMenu

from pcrm.domain.card import ContactCard, FieldEntry
from pcrm.ui import clipboard
from pcrm.ui.clipboard import KDE_HINT, MAC_CONCEALED, MAC_CONCEALED_UTI, ClipboardGuard
from pcrm.ui.widgets.card_html import render_card
from pcrm.ui.widgets.card_view import CardView
from pcrm.ui.widgets.contact_table import ContactTable

PHONE = "+380 44 123 4567"
SHORT_MS = 60


@pytest.fixture
def board(qapp) -> Iterator[object]:
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


@pytest.fixture
def app_guard(qapp) -> Iterator[ClipboardGuard]:
    """The application's guard with a short time, as it was afterwards."""
    found = clipboard.guard()
    before = found.timeout_ms
    found.timeout_ms = SHORT_MS
    yield found
    found.clear_now()
    found.timeout_ms = before


def marks(board) -> dict[str, bytes]:
    mime = board.mimeData()
    assert mime is not None
    return {name: bytes(mime.data(name).data()) for name in mime.formats()}


def test_a_copy_carries_the_text_and_the_marks(board, qtbot) -> None:
    guard = ClipboardGuard(timeout_ms=10_000)
    guard.copy(PHONE)
    assert board.text() == PHONE
    found = marks(board)
    assert found[KDE_HINT] == b"secret"
    assert MAC_CONCEALED in found
    assert MAC_CONCEALED_UTI in found
    assert guard.pending() == 1
    guard.clear_now()
    assert board.text() == ""


def test_the_clipboard_is_cleared_when_the_time_is_up(board, qtbot) -> None:
    guard = ClipboardGuard(timeout_ms=SHORT_MS)
    with qtbot.waitSignal(guard.cleared, timeout=2000):
        guard.copy(PHONE)
    assert board.text() == ""
    assert guard.pending() == 0


def test_a_later_copy_by_someone_else_is_left_alone(board, qtbot) -> None:
    guard = ClipboardGuard(timeout_ms=SHORT_MS)
    guard.copy(PHONE)
    board.setText("copied elsewhere")
    qtbot.waitUntil(lambda: guard.pending() == 0, timeout=2000)
    qtbot.wait(SHORT_MS)
    assert board.text() == "copied elsewhere"


def test_the_same_text_copied_unmarked_by_someone_else_is_left_alone(board, qtbot) -> None:
    guard = ClipboardGuard(timeout_ms=SHORT_MS)
    guard.copy(PHONE)
    board.setText(PHONE)  # another program's copy of the same number: no marks
    qtbot.waitUntil(lambda: guard.pending() == 0, timeout=2000)
    assert board.text() == PHONE


def test_the_latest_of_two_copies_gets_its_full_time(board, qtbot) -> None:
    guard = ClipboardGuard(timeout_ms=300)
    guard.copy("first")
    qtbot.wait(200)
    guard.copy("second")
    qtbot.wait(150)  # the first one's time is up: the clipboard holds the second, kept
    assert board.text() == "second"
    with qtbot.waitSignal(guard.cleared, timeout=2000):
        pass
    assert board.text() == ""


def test_the_application_guard_clears_on_quit(board, app_guard) -> None:
    assert clipboard.guard() is app_guard  # one per application
    app_guard.timeout_ms = 60_000
    clipboard.copy_secret(PHONE)
    QApplication.instance().aboutToQuit.emit()
    assert board.text() == ""


def _card_view(qtbot, clock) -> CardView:
    view = CardView()
    qtbot.addWidget(view)
    card = ContactCard(
        id=1,
        display_name="Olena",
        fields=[
            FieldEntry(kind="phone", value=PHONE, normalized="+380441234567"),
            FieldEntry(kind="email", value="olena+crm@example.org"),
            FieldEntry(kind="url", value="olena.dev"),
        ],
    )
    view.show_card(1, render_card(card, now=clock.now(), zone=clock.zone()))
    view.resize(500, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def _point_of(view: CardView, text: str) -> QPoint:
    found = view.document().find(text)
    assert not found.isNull(), text
    found.setPosition(found.selectionStart() + 1)
    return view.cursorRect(found).center()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # the menu, offscreen
@pytest.mark.parametrize(
    ("shown", "item", "copied"),
    [
        (PHONE, "Copy Phone Number", "+380441234567"),
        ("olena+crm@example.org", "Copy E-mail Address", "olena+crm@example.org"),
        ("olena.dev", "Copy Link Address", "https://olena.dev"),
    ],
)
def test_the_card_link_menu_copies_guarded(
    board, app_guard, qtbot, clock, shown, item, copied
) -> None:
    view = _card_view(qtbot, clock)
    pos = _point_of(view, shown)
    assert view.anchorAt(pos)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    names = [a.objectName() for a in menu.actions()]
    assert "link-copy" not in names  # Qt's own, which copies the raw link unmarked
    action = menu.findChild(QAction, "copy-value")
    assert action is not None and action.text() == item
    action.trigger()
    menu.close()
    assert board.text() == copied
    assert marks(board)[KDE_HINT] == b"secret"
    with qtbot.waitSignal(app_guard.cleared, timeout=2000):
        pass
    assert board.text() == ""


def test_a_related_contact_link_offers_no_copy(qtbot, clock) -> None:
    view = _card_view(qtbot, clock)
    menu = view.link_menu("pcrm:contact/7")
    assert menu.findChild(QAction, "copy-value") is None


def test_a_selection_copied_from_the_card_is_marked_and_cleared(
    board, app_guard, qtbot, clock
) -> None:
    view = _card_view(qtbot, clock)
    view.selectAll()
    view.copy()
    assert PHONE in board.text()
    assert marks(board)[KDE_HINT] == b"secret"
    with qtbot.waitSignal(app_guard.cleared, timeout=2000):
        pass
    assert board.text() == ""


def test_ctrl_c_in_the_list_copies_the_cell_guarded(board, app_guard, qtbot) -> None:
    table = ContactTable()
    qtbot.addWidget(table)
    model = QStandardItemModel(0, 2, table)
    model.appendRow([QStandardItem("Olena"), QStandardItem(PHONE)])
    table.setModel(model)
    table.setCurrentIndex(model.index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert board.text() == PHONE
    assert marks(board)[KDE_HINT] == b"secret"
    assert app_guard.pending() == 1


def test_other_keys_still_reach_the_list(qtbot) -> None:
    table = ContactTable()
    qtbot.addWidget(table)
    model = QStandardItemModel(0, 1, table)
    for name in ("A", "B"):
        model.appendRow(QStandardItem(name))
    table.setModel(model)
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1  # the copy check let the arrow through
