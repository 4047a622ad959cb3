"""The insight windows from the main window: briefing (and, as they land, the dashboard and the
graph) open over the real store, their contact links open cards, and locking closes them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtWidgets import QApplication

from pcrm.services.session import Services
from pcrm.services.timeline import InteractionDraft
from pcrm.ui.dialogs.briefing_dialog import BriefingDialog
from pcrm.ui.dialogs.unlock import UnlockDialog
from pcrm.ui.main_window import MainWindow
from pcrm.ui.settings import UiSettings
from pcrm.ui.store_access import StoreAccess

pytestmark = pytest.mark.gui


def settle(qtbot, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: not win.is_loading(), timeout=10_000)
    QApplication.processEvents()


@pytest.fixture
def window(
    qtbot, services: Services, people, clock, ui_settings: UiSettings, keyring_backend
) -> Iterator[MainWindow]:
    access = StoreAccess(services.paths, clock, keyring_backend)
    win = MainWindow(services, clock, ui_settings, access.reopen)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot, win)
    yield win
    if win.services is not None:
        win.close()


def briefings(win: MainWindow) -> list[BriefingDialog]:
    return [w for w in win.findChildren(BriefingDialog) if w.isVisible()]


def test_briefing_for_the_selection_opens_cards_and_closes_on_lock(
    qtbot, monkeypatch, window: MainWindow, people
) -> None:
    window.show_contact(people["olena"])
    qtbot.waitUntil(lambda: window.card.contact_id == people["olena"])
    window.table.clearSelection()
    window.briefing_action.trigger()
    (dialog,) = briefings(window)
    qtbot.waitUntil(lambda: "Коваленко" in dialog.browser.toPlainText(), timeout=10_000)

    dialog.contact_requested.emit(people["marco"])  # a link to a relative, say
    qtbot.waitUntil(lambda: window.card.contact_id == people["marco"])

    monkeypatch.setattr(UnlockDialog, "exec", lambda _self: 0)  # stays locked, then quits
    window.lock_action.trigger()
    assert briefings(window) == []


def test_a_meetings_briefing_from_the_timeline(qtbot, window: MainWindow, services, people) -> None:
    meeting = services.timeline.log(
        InteractionDraft(
            kind="meeting",
            participants=[people["olena"], people["marco"]],
            starts_at=services.clock.now(),
            subject="Budget review",
        )
    ).first("interaction")
    window.timeline.briefing_requested.emit(meeting)
    (dialog,) = briefings(window)
    qtbot.waitUntil(lambda: "Budget review" in dialog.browser.toPlainText(), timeout=10_000)
    text = dialog.browser.toPlainText()
    assert "Коваленко" in text and "Rossi" in text
    dialog.close()
    qtbot.waitUntil(lambda: briefings(window) == [])
