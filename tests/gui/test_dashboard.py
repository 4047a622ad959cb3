"""The dashboard window over a real store: its figures are the statistics service's, a change
of period or scope computes again (the newest request wins, the older one is told to stop),
the GUI thread stays free meanwhile, and the CSV and PDF exports write what is shown.
"""

from __future__ import annotations

import csv
import stat
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from stall_watch import StallWatch

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from pcrm.domain.card import ContactCard
from pcrm.services.insight import Granularity, Period, Scope
from pcrm.services.session import Services
from pcrm.services.timeline import InteractionDraft
from pcrm.ui.dialogs.dashboard import CHANNEL, CONTACT, GROUP, DashboardWindow
from pcrm.ui.models import dashboard_tables as tables
from pcrm.ui.models.stats_table import CONTACT_ROLE, StatsTableModel
from pcrm.ui.widgets.period_picker import ALL_TIME, LAST_30, LAST_365

pytestmark = pytest.mark.gui

KYIV = "Europe/Kyiv"
TODAY = date(2026, 11, 23)  # the clock fixture's day in Kyiv


def computed(qtbot, window: DashboardWindow, trigger) -> None:
    with qtbot.waitSignal(window.computed, timeout=20_000):
        trigger()
    qtbot.waitUntil(lambda: not window.is_computing())


@pytest.fixture
def busy(services: Services, people: dict[str, int]) -> dict[str, int]:
    """The four people, a formula-like name, and interactions over two years."""
    ids = dict(people)
    ids["formula"] = services.contacts.create(
        ContactCard(given="=HYPERLINK(1)", family="Evil")
    ).first("contact")
    start = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
    order = ["olena", "marco", "formula", "olena", "jane", "olena", "formula"]
    channels = ["phone", "email", "telegram", None]
    for n in range(60):
        who = order[n % len(order)]
        services.timeline.log(
            InteractionDraft(
                kind=("call", "message", "meeting")[n % 3],
                participants=[ids[who]],
                starts_at=start + timedelta(days=11 * n, hours=n % 7),
                channel=channels[n % len(channels)],
                subject=f"#{n}",
            )
        )
    return ids


@pytest.fixture
def window(qtbot, services: Services, busy) -> DashboardWindow:
    win = DashboardWindow(services)
    qtbot.addWidget(win)
    win.resize(1200, 900)
    computed(qtbot, win, win.show)
    return win


def test_the_figures_are_the_services(qtbot, services: Services, window: DashboardWindow) -> None:
    expected = services.insight.dashboard(Period.last(365, TODAY, KYIV), Scope(), Granularity.MONTH)
    assert window.result == expected
    assert [p.count for p in window.series.points] == [b.count for b in expected.series]
    assert [p.count for p in window.series.previous] == [b.count for b in expected.previous_series]
    assert window.totals.text() == f"{expected.total} interactions"
    assert f"previous period: {expected.previous_total}" in window.change.text()
    assert window.heat_map.counts == [list(row) for row in expected.heat_map.counts]
    assert [b.label for b in window.top_chart.bars] == [
        c.display_name for c in expected.top_contacts
    ]
    assert [b.total for b in window.channels.bars] == [c.count for c in expected.channels]
    shown = window.fading.model()
    assert shown.rowCount() == len(expected.fading)
    model = window.not_contacted.model()
    assert model.rowCount() == len(expected.not_contacted_since)
    assert str(expected.not_contacted_total) in window.sections[tables.NOT_CONTACTED].note.text()
    assert window.error.isHidden()


def test_comparison_off_hides_the_previous_period(qtbot, window: DashboardWindow) -> None:
    window.compare.setChecked(False)  # shown again from the figures it has: no computation
    assert not window.is_computing()
    assert window.series.previous == []
    assert "previous" not in window.change.text()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # the completion
def test_period_and_scope_changes_compute_again(
    qtbot, services: Services, window: DashboardWindow, busy
) -> None:
    picker = window.period
    computed(qtbot, window, lambda: picker.preset.setCurrentIndex(picker.preset.findData(LAST_30)))
    assert window.result is not None
    assert window.result.period == Period.last(30, TODAY, KYIV)
    assert window.result.granularity == Granularity.DAY

    computed(qtbot, window, lambda: picker.set_custom(date(2025, 1, 1), date(2025, 12, 31)))
    assert window.result.period == Period(date(2025, 1, 1), date(2026, 1, 1), KYIV)
    assert (
        window.result.total
        == services.insight.dashboard(
            window.result.period, Scope(), window.result.granularity
        ).total
    )

    window.scope_kind.setCurrentIndex(CONTACT)  # no one chosen yet: nothing computed
    assert window.status.text().startswith("Choose a contact")
    window.contact.setText("Олена")
    window.contact.look_up()
    found = window.contact.completer_.model().index(0, 0)
    computed(qtbot, window, lambda: window.contact._chosen(found))
    assert window.result.scope == Scope(contact_id=busy["olena"])
    expected = services.insight.dashboard(
        window.result.period, Scope(contact_id=busy["olena"]), window.result.granularity
    )
    assert window.result.total == expected.total > 0
    assert "Everyone: the scope" in window.sections[tables.FADING].note.text()

    computed(qtbot, window, lambda: window.scope_kind.setCurrentIndex(CHANNEL))
    computed(
        qtbot, window, lambda: window.channel.setCurrentIndex(window.channel.findData("email"))
    )
    assert window.result.scope == Scope(channel="email")

    group = services.groups.create("Friends").first("group")
    window.group.addItem("Friends", group)
    computed(qtbot, window, lambda: window.scope_kind.setCurrentIndex(GROUP))
    assert window.result.scope == Scope(group_id=group)


def test_all_time_starts_at_the_first_interaction(qtbot, window: DashboardWindow) -> None:
    picker = window.period
    computed(qtbot, window, lambda: picker.preset.setCurrentIndex(picker.preset.findData(ALL_TIME)))
    assert window.result.period.start == date(2025, 1, 6)  # the first interaction
    assert window.series.points[0].start == date(2025, 1, 6)
    assert not window.compare.isEnabled()
    assert window.series.previous == []
    first, last = window.shown_days()
    assert first == window.series.points[0].start and last == TODAY


def test_a_newer_request_supersedes_the_running_one(
    qtbot, services: Services, window: DashboardWindow, monkeypatch
) -> None:
    real = services.insight.dashboard
    started, release = threading.Event(), threading.Event()
    seen: list[bool] = []

    def slow(period, scope, granularity, cancelled=None):
        if not started.is_set():
            started.set()
            release.wait(10)
            seen.append(bool(cancelled and cancelled()))
        return real(period, scope, granularity, cancelled=cancelled)

    monkeypatch.setattr(services.insight, "dashboard", slow)
    picker = window.period
    picker.preset.setCurrentIndex(picker.preset.findData(LAST_30))
    assert started.wait(10)
    assert window.busy.isVisible()
    with qtbot.waitSignal(window.computed, timeout=20_000):
        picker.preset.setCurrentIndex(picker.preset.findData(LAST_365))
        release.set()
    assert seen == [True]  # the first one was told to stop
    assert window.result is not None and window.result.period == Period.last(365, TODAY, KYIV)
    qtbot.waitUntil(lambda: not window.is_computing())
    assert window.busy.isHidden()


def test_the_gui_thread_is_free_while_it_computes(
    qtbot, services: Services, window: DashboardWindow, monkeypatch
) -> None:
    real = services.insight.dashboard
    done = threading.Event()

    def slow(*args, **kwargs):
        time.sleep(0.4)  # a dashboard over a million interactions
        found = real(*args, **kwargs)
        done.set()
        return found

    monkeypatch.setattr(services.insight, "dashboard", slow)
    watch = StallWatch()
    watch.start()
    window.reload()
    qtbot.waitUntil(done.is_set, timeout=10_000)
    longest = watch.stop()
    assert longest < 50, f"the GUI thread stalled {longest} ms"
    qtbot.waitUntil(lambda: not window.is_computing())


def test_a_refusal_is_shown_in_place(
    qtbot, services: Services, window: DashboardWindow, monkeypatch
) -> None:
    from pcrm import errors

    def refuse(*_args, **_kwargs):
        raise errors.BadInput(where="Period", reason="the end is before the start")

    monkeypatch.setattr(services.insight, "dashboard", refuse)
    computed(qtbot, window, window.reload)
    assert window.error.isVisible()
    assert "the end is before the start" in window.error.text()
    assert window.result is not None  # the figures before stay


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the bar's tooltip
def test_opening_a_card_from_a_section(qtbot, window: DashboardWindow, busy) -> None:
    chart = window.top_chart
    first = chart.bars[0]
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.contact_requested) as opened:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert opened.args == [first.key]


def test_csv_export_of_a_section(qtbot, window: DashboardWindow, tmp_path: Path, busy) -> None:
    asked: list[Path] = []

    def ask_file(caption: str, suggested: Path, kind: str) -> Path:
        asked.append(suggested)
        return tmp_path / suggested.name

    window.ask_file = ask_file  # type: ignore[method-assign]
    with qtbot.waitSignal(window.saved) as saved:
        window.sections[tables.TOP].export_requested.emit(tables.TOP)
    assert asked[0].name == "pcrm-most-talked-to-2025-11-24_2026-11-23.csv"
    path = saved.args[0][0]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Contact", "Interactions", "Last interaction"]
    expected = window.result.top_contacts
    assert [r[1] for r in rows[1:]] == [str(c.count) for c in expected]
    names = [r[0] for r in rows[1:]]
    assert "'=HYPERLINK(1) Evil" in names  # a formula-like name is neutralised
    assert "=HYPERLINK(1) Evil" not in names
    assert path.read_bytes().count(b"\r\n") == len(rows)
    assert "Saved" in window.status.text()


def test_export_all_tables_and_ctrl_e(qtbot, window: DashboardWindow, tmp_path: Path) -> None:
    window.ask_folder = lambda caption: tmp_path  # type: ignore[method-assign]
    with qtbot.waitSignal(window.saved) as saved:
        window.export_all()
    written = sorted(p.name for p in saved.args[0])
    assert len(written) == len(window.sections) == 10
    assert "pcrm-seasonality-2025-11-24_2026-11-23.csv" in written
    heat = (tmp_path / "pcrm-seasonality-2025-11-24_2026-11-23.csv").read_text("utf-8")
    assert heat.splitlines()[0].startswith("Month,Monday,")
    fading = (tmp_path / "pcrm-losing-touch-2025-11-24_2026-11-23.csv").read_text("utf-8")
    assert "Cadence (days)" in fading.splitlines()[0]  # left out on screen, kept in the CSV

    window.ask_file = lambda caption, suggested, kind: tmp_path / "heat.csv"  # type: ignore[method-assign]
    window.heat_map.setFocus()
    with qtbot.waitSignal(window.saved):
        window.export_current()  # Ctrl+E: the section with the focus
    assert (tmp_path / "heat.csv").read_text("utf-8") == heat


def test_pdf_report(qtbot, window: DashboardWindow, tmp_path: Path) -> None:
    window.ask_file = lambda caption, suggested, kind: tmp_path / "report"  # type: ignore[method-assign]
    watch = StallWatch()
    watch.start()
    with qtbot.waitSignal(window.saved, timeout=30_000) as saved:
        window.save_report()
    longest = watch.stop()
    path = saved.args[0][0]
    assert path == tmp_path / "report.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    document = QPdfDocument()
    document.load(str(path))
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() >= 2
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    titles = ["Dashboard", "Interactions over time", "Seasonality", "Most talked to"]
    titles += ["Channels per group", "Losing touch", "Not contacted since", "New contacts"]
    for title in titles:
        assert title in text
    assert "Scope: Everyone" in text
    assert longest < 50, f"the GUI thread stalled {longest} ms"


def test_the_tables_pass_the_model_tester(qtbot, qtmodeltester, window: DashboardWindow) -> None:
    for key in (tables.FADING, tables.NOT_CONTACTED):
        model = StatsTableModel()
        model.set_table(window.tables[key], UTC)
        qtmodeltester.check(model, force_py=True)
    model = window.not_contacted.model()
    assert isinstance(model, StatsTableModel)
    if model.rowCount():
        assert isinstance(model.index(0, 0).data(CONTACT_ROLE), int)


def test_the_keys(qtbot, window: DashboardWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    computed(qtbot, window, lambda: qtbot.keyClick(window, Qt.Key.Key_F5))
    asked: list[str] = []
    window.ask_file = lambda caption, suggested, kind: asked.append(kind)  # type: ignore[method-assign]
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(
        window,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    window.heat_map.setFocus()
    qtbot.keyClick(window.heat_map, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["pdf", "pdf", "csv"]  # each asked where to save (and was told: nowhere)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    QApplication.processEvents()
