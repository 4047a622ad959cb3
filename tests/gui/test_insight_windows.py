"""The insight windows from the main window: briefing (and, as they land, the dashboard and the
graph) open over the real store, their contact links open cards, and locking closes them."""

from __future__ import annotations

import pytest

from pcrm.services.timeline import InteractionDraft
from pcrm.ui.dialogs.briefing_dialog import BriefingDialog
from pcrm.ui.dialogs.unlock import UnlockDialog
from pcrm.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


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


def open_windows(win: MainWindow, kind: type) -> list:
    return [w for w in win.findChildren(kind) if w.isVisible()]


def test_dashboard_graph_and_org_chart_open_once_link_to_cards_and_close_on_lock(
    qtbot, monkeypatch, window: MainWindow, services, people
) -> None:
    from pcrm.ui.dialogs.dashboard import DashboardWindow
    from pcrm.ui.dialogs.graph_window import GraphWindow
    from pcrm.ui.dialogs.org_chart_window import OrgChartWindow

    window.dashboard_action.trigger()
    (dashboard,) = open_windows(window, DashboardWindow)
    window.dashboard_action.trigger()  # the same window comes forward, no second one
    assert open_windows(window, DashboardWindow) == [dashboard]
    dashboard.contact_requested.emit(people["jane"])
    qtbot.waitUntil(lambda: window.card.contact_id == people["jane"])

    window.graph_action.trigger()
    (graph,) = open_windows(window, GraphWindow)
    graph.contact_requested.emit(people["ivan"])
    qtbot.waitUntil(lambda: window.card.contact_id == people["ivan"])

    window.show_contact(people["olena"])  # she works at an organisation (conftest)
    qtbot.waitUntil(lambda: window.card.contact_id == people["olena"])
    window.org_chart_action.trigger()
    (chart,) = open_windows(window, OrgChartWindow)
    work = services.contacts.get(people["olena"]).affiliations
    assert chart.organisation_id == work[0].organisation_id

    monkeypatch.setattr(UnlockDialog, "exec", lambda _self: 0)
    window.lock_action.trigger()
    for kind in (DashboardWindow, GraphWindow, OrgChartWindow, BriefingDialog):
        assert open_windows(window, kind) == []
