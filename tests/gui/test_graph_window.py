"""The relationship graph window and the org chart window over a real store."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from PySide6.QtCore import QPoint, Qt

from pcrm.domain.card import AffiliationEntry, ContactCard
from pcrm.services.graph import INTRODUCED, MEETING, RELATIONSHIP, GraphFilter, PersonRow
from pcrm.services.graph_csv import EDGES_FILE, NODES_FILE
from pcrm.services.session import Services
from pcrm.services.timeline import InteractionDraft
from pcrm.ui.dialogs.graph_window import GraphWindow
from pcrm.ui.dialogs.org_chart_window import OrgChartWindow
from pcrm.ui.models.person_rows import CITY, PersonRowsModel
from pcrm.ui.models.person_rows import INTRODUCED as INTRODUCED_QUERY
from pcrm.ui.widgets.graph_view import GraphView

TIMEOUT = 30_000


@pytest.fixture
def linked(services: Services, people: dict[str, int]) -> dict[str, int]:
    """The four people of conftest linked: Olena manages Marco and introduced Jane; Marco
    and Olena met twice (conftest's kick-off and this meeting)."""
    p = people
    services.relationships.relate(p["olena"], "manager", p["marco"])
    services.relationships.relate(p["olena"], "introduced", p["jane"])
    services.timeline.log(
        InteractionDraft(
            kind="meeting",
            participants=[p["marco"], p["olena"]],
            starts_at=datetime(2026, 11, 1, 10, tzinfo=UTC),
        )
    )
    return p


def open_window(qtbot, services: Services) -> GraphWindow:
    window = GraphWindow(services)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    with qtbot.waitSignal(window.graph_shown, timeout=TIMEOUT):
        window.show()
    return window


def redraw(qtbot, window: GraphWindow, graph_filter: GraphFilter) -> None:
    with qtbot.waitSignal(window.graph_shown, timeout=TIMEOUT):
        window.set_filter(graph_filter)


def centre_of(view: GraphView, contact_id: int) -> QPoint:
    return view.mapFromScene(view.nodes[contact_id].pos())


def test_builds_the_graph_and_filters_change_it(
    qtbot, services: Services, linked: dict[str, int]
) -> None:
    p = linked
    window = open_window(qtbot, services)
    plan = window.plan
    assert plan is not None
    assert set(window.view.nodes) == {p["olena"], p["marco"], p["jane"]}
    kinds = {(e.kind, e.type_key) for e in plan.graph.edges}
    assert kinds == {(RELATIONSHIP, "manager"), (INTRODUCED, None), (MEETING, None)}
    assert window.status.text() == "3 contacts, 3 connections."
    assert set(plan.categories) == {"work", INTRODUCED, MEETING}
    assert not window.busy.isVisible()
    # the filters' choices arrived off the GUI thread
    qtbot.waitUntil(lambda: window.organisation.count() == 3, timeout=TIMEOUT)

    window.kinds[RELATIONSHIP].setChecked(False)
    with qtbot.waitSignal(window.graph_shown, timeout=TIMEOUT):
        window.kinds[INTRODUCED].setChecked(False)  # two ticks in a row: one refresh
    assert {e.kind for e in window.plan.graph.edges} == {MEETING}
    assert set(window.view.nodes) == {p["olena"], p["marco"]}

    redraw(qtbot, window, GraphFilter(include_unconnected=True))
    assert set(window.view.nodes) == set(p.values())
    assert window.unconnected.isChecked()

    redraw(qtbot, window, GraphFilter(limit=2))
    assert len(window.view.nodes) == 2 and window.plan.graph.truncated
    assert window.status.text().startswith("Showing 2 of 3 contacts")

    redraw(qtbot, window, GraphFilter(min_shared_meetings=3, edge_kinds=frozenset({MEETING})))
    assert window.view.nodes == {}
    assert window.status.text().startswith("Nobody matches")
    window.close()


def test_click_selects_double_click_and_enter_open(
    qtbot, services: Services, linked: dict[str, int]
) -> None:
    p = linked
    window = open_window(qtbot, services)
    view = window.view
    with qtbot.waitSignal(view.selection_changed) as selected:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre_of(view, p["jane"]))
    assert selected.args == [p["jane"]]
    assert view.nodes[p["olena"]].opacity() == 1.0  # a neighbour
    assert view.nodes[p["marco"]].opacity() < 0.5  # not one
    assert view.nodes[p["jane"]].label.isVisible()
    with qtbot.waitSignal(window.contact_requested) as requested:
        qtbot.mouseDClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=centre_of(view, p["marco"])
        )
    assert requested.args == [p["marco"]]
    assert view.selected == p["marco"]
    view.setFocus()
    with qtbot.waitSignal(window.contact_requested) as entered:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert entered.args == [p["marco"]]
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selected is None and view.nodes[p["marco"]].opacity() == 1.0
    # a click on empty space clears too
    view.select(p["olena"])
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert view.selected is None
    window.close()


def test_keyboard_zoom_and_pan(qtbot, services: Services, linked: dict[str, int]) -> None:
    window = open_window(qtbot, services)
    view = window.view
    view.setFocus()
    fitted = view.scale_factor()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.scale_factor() == pytest.approx(fitted * 1.25)
    for _ in range(6):
        qtbot.keyClick(view, Qt.Key.Key_Equal)
    zoomed = view.scale_factor()
    assert zoomed > fitted * 4
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    h.setValue((h.minimum() + h.maximum()) // 2)
    v.setValue((v.minimum() + v.maximum()) // 2)
    x, y = h.value(), v.value()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert (h.value(), v.value()) == (x + 60, y + 60)
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert h.value() == x + 60 - 240 or h.value() == h.minimum()
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.scale_factor() == pytest.approx(zoomed / 1.25)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.scale_factor() == pytest.approx(fitted)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_factor() == pytest.approx(fitted * 1.25)
    window.close()


def test_labels_by_level_of_detail(qtbot, services: Services, linked: dict[str, int]) -> None:
    window = open_window(qtbot, services)
    view = window.view
    view.focus_rect(view.scene().sceneRect())
    view.zoom_by(0.01)  # far out: no names
    assert not any(item.label.isVisible() for item in view.nodes.values())
    view.zoom_by(1000)  # close: every name, none over another
    assert all(item.label.isVisible() for item in view.nodes.values())
    window.close()


def test_question_rings_and_opens(qtbot, services: Services, linked: dict[str, int]) -> None:
    p = linked
    window = open_window(qtbot, services)
    window.questions.set_kind(CITY)
    window.questions.text.setText("kyiv")
    with qtbot.waitSignal(window.answered, timeout=TIMEOUT):
        window.questions.find_button.click()
    assert [r.contact_id for r in window.questions.rows()] == [p["olena"]]
    assert window.view.marked == {p["olena"]}
    assert window.view.nodes[p["olena"]].label.isVisible()
    assert window.questions.count.text() == "1 found"
    with qtbot.waitSignal(window.view.selection_changed):
        window.questions.results.selectRow(0)
    assert window.view.selected == p["olena"]
    with qtbot.waitSignal(window.contact_requested) as opened:
        window.questions.results.doubleClicked.emit(window.questions.answers.index(0, 0))
    assert opened.args == [p["olena"]]

    # whom Olena introduced, by name: only Jane; "only these" draws just her
    window.questions.set_kind(INTRODUCED_QUERY)
    window.questions.person.setText("Олена Коваленко")
    with qtbot.waitSignal(window.answered, timeout=TIMEOUT):
        window.questions.ask()
    assert [(r.contact_id, r.depth) for r in window.questions.rows()] == [(p["jane"], 1)]
    assert window.questions.answers.columnCount() == 3
    with qtbot.waitSignal(window.graph_shown, timeout=TIMEOUT):
        window.questions.only_these.setChecked(True)
    assert window.plan.graph.nodes == ()  # Jane alone has no edge
    with qtbot.waitSignal(window.graph_shown, timeout=TIMEOUT):
        window.unconnected.setChecked(True)
    assert set(window.view.nodes) == {p["jane"]}

    # a refusal shows in place
    window.questions.set_kind("organisation")
    window.questions.text.setText("Initech")
    with qtbot.waitSignal(window.answered, timeout=TIMEOUT):
        window.questions.ask()
    assert window.questions.error.isVisibleTo(window)
    assert "Initech" in window.questions.error.text()
    assert window.questions.answers.rowCount() == 0
    window.close()


def test_exports_are_private(
    qtbot, services: Services, linked: dict[str, int], tmp_path: Path
) -> None:
    window = open_window(qtbot, services)
    target = tmp_path / "out" / "picture"
    window.ask_save_path = lambda *_args: target  # type: ignore[method-assign]
    saved = window.export_png()
    assert saved == tmp_path / "out" / "picture.png"
    data = saved.read_bytes()
    assert data.startswith(b"\x89PNG")
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    window.ask_folder = lambda *_args: tmp_path  # type: ignore[method-assign]
    written = window.export_csv()
    assert written == [tmp_path / NODES_FILE, tmp_path / EDGES_FILE]
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    nodes = (tmp_path / NODES_FILE).read_text("utf-8").splitlines()
    assert nodes[0] == "id,name,edges,archived,x,y" and len(nodes) == 4
    assert any("Олена Коваленко" in line for line in nodes)
    edges = (tmp_path / EDGES_FILE).read_text("utf-8")
    assert "manager" in edges and "Marco Rossi" in edges
    assert "Saved" in window.status.text()
    window.close()


def test_person_rows_model(qtmodeltester) -> None:
    model = PersonRowsModel()
    model.set_rows(
        [
            PersonRow(1, "Anna", "CEO · 2020–", current=True),
            PersonRow(2, "Ben", "Intern · 2019–2020", current=False),
        ],
        "organisation",
    )
    qtmodeltester.check(model)
    assert model.index(1, 1).data() == "Intern · 2019–2020 (former)"
    model.set_rows([PersonRow(3, "Cat", "Anna", depth=2, via_id=1)], INTRODUCED_QUERY)
    qtmodeltester.check(model)
    assert model.columnCount() == 3 and model.index(0, 2).data() == "2"
    model.set_rows([], CITY)
    qtmodeltester.check(model)


# -- the org chart ---------------------------------------------------------------------------------


@pytest.fixture
def company(services: Services) -> dict[str, int]:
    names = ("Ann", "Ben", "Cat", "Dan", "Eve", "Fay")
    ids = {
        n: services.contacts.create(
            ContactCard(given=n, affiliations=[AffiliationEntry("Initech", title=f"{n} title")])
        ).first("contact")
        for n in names
    }
    for manager, report in (("Ann", "Ben"), ("Ann", "Cat"), ("Ben", "Dan"), ("Dan", "Ben")):
        services.relationships.relate(ids[manager], "manager", ids[report])
    org = next(o.id for o in services.organisations.list() if o.name == "Initech")
    services.organisations.create("Initech Labs", parent_id=org)
    ids["org"] = org
    return ids


def test_org_chart_window(
    qtbot, services: Services, company: dict[str, int], tmp_path: Path
) -> None:
    c = company
    window = OrgChartWindow(services, c["org"])
    qtbot.addWidget(window)
    window.resize(1000, 700)
    with qtbot.waitSignal(window.chart_shown, timeout=TIMEOUT):
        window.show()
    view = window.view
    assert set(view.boxes) == {c[n] for n in ("Ann", "Ben", "Cat", "Dan", "Eve", "Fay")}
    assert window.title.text() == "Initech"
    assert "6 current members" in window.status.text()
    assert "loop" in window.status.text()  # Ben and Dan manage each other
    assert "2 without a manager relationship" in window.status.text()
    ann, ben = view.boxes[c["Ann"]], view.boxes[c["Ben"]]
    assert ann.pos().y() < ben.pos().y()
    assert view.boxes[c["Ben"]].member.in_cycle
    with qtbot.waitSignal(window.contact_requested) as opened:
        centre = view.mapFromScene(ben.sceneBoundingRect().center())
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [c["Ben"]]
    view.setFocus()
    before = view.scale_factor()
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.scale_factor() < before

    window.ask_save_path = lambda _t, name, _k: tmp_path / name  # type: ignore[method-assign]
    png, pdf = window.export_png(), window.export_pdf()
    assert png is not None and png.read_bytes().startswith(b"\x89PNG")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    assert {png.name, pdf.name} == {"pcrm-org-chart.png", "pcrm-org-chart.pdf"}
    for path in (png, pdf):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600

    # into the sub-organisation, up to its parent, and back
    assert window.subs.count() == 1
    with qtbot.waitSignal(window.chart_shown, timeout=TIMEOUT):
        window.subs.itemActivated.emit(window.subs.item(0))
    assert window.title.text() == "Initech Labs"
    assert window.up_button.isVisibleTo(window)
    assert view.boxes == {}
    with qtbot.waitSignal(window.chart_shown, timeout=TIMEOUT):
        window.back_button.click()
    assert window.title.text() == "Initech"
    window.close()


def test_org_chart_unknown_organisation(qtbot, services: Services) -> None:
    window = OrgChartWindow(services, 4321)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.chart_shown, timeout=TIMEOUT):
        window.show()
    assert "organisation" in window.status.text()
    window.close()


def test_closed_window_computes_nothing(qtbot, services: Services, linked: dict[str, int]) -> None:
    window = open_window(qtbot, services)
    window.close()
    window.unconnected.setChecked(True)  # the refresh timer fires on a closed window
    qtbot.wait(400)
    assert not window._reader.busy() and len(window.view.nodes) == 3
    with qtbot.waitSignal(window.graph_shown, timeout=TIMEOUT):
        window.show()  # shown again: drawn with the filters as they are now
    assert len(window.view.nodes) == 4
    window.close()
