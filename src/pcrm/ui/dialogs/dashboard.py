"""The dashboard: how often, with whom and by which channel the owner keeps in touch.

One window with the choices at the top (period, granularity, scope, comparison with the
previous period) and the sections below: interactions over time, the seasonality heat map,
the people talked to most, channels (in the scope, per contact, per group), losing touch, not
contacted since, new contacts per period and by how we met.

The figures come from :meth:`pcrm.services.insight.InsightService.dashboard`, computed off the
GUI thread (:class:`~pcrm.ui.worker.Latest`): a change while a computation runs supersedes it
(the running one is told to stop between its queries), and a bar says it is busy.  A refusal is
shown in place above the sections, which keep what they showed.

Every section exports its table as CSV (its context menu, or Ctrl+E in it); "Export all
tables…" writes one CSV per section into a folder; Ctrl+P (or Ctrl+Shift+S) saves the whole
dashboard as a PDF report.  Files are written in a worker, atomically and owner-only; their
default names hold the section and the days, never anyone's name, and no path is remembered
beyond this window.  A double-click (or Enter) on a person asks the main window to open their
card (``contact_requested``).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors
from pcrm.domain.kinds import Channel
from pcrm.services.insight import (
    ChannelCount,
    ContactCount,
    Dashboard,
    Granularity,
    Period,
    Scope,
)
from pcrm.services.session import Services
from pcrm.ui.dialogs.dashboard_export import DashboardExports
from pcrm.ui.dialogs.parts import error_label, heading, show_error
from pcrm.ui.i18n import english_plural
from pcrm.ui.models import dashboard_tables as tables
from pcrm.ui.models.dashboard_tables import Table, channel_name, source_name
from pcrm.ui.models.stats_table import StatsTableModel
from pcrm.ui.widgets.charts import (
    Bar,
    BarChart,
    HeatMapChart,
    Segment,
    SeriesChart,
    short_date,
)
from pcrm.ui.widgets.contact_picker import ContactPicker
from pcrm.ui.widgets.period_picker import ALL_TIME, PeriodPicker, Range
from pcrm.ui.widgets.stats_section import Section
from pcrm.ui.worker import Job, Latest

CHANNEL_KEYS = [c.value for c in Channel] + [""]  # "": no channel
EVERYONE, CONTACT, GROUP, CHANNEL = range(4)


def period_for(chosen: Range, zone: str, first: date | None) -> Period:
    """The statistics' period for the picker's days; all time starts on ``first``."""
    last = chosen.end - timedelta(days=1)
    return Period(min(chosen.start or first or last, last), chosen.end, zone)


def _segment(found: ChannelCount) -> Segment:
    return Segment(found.channel or "", channel_name(found.channel), found.count)


class _Generation:
    """The newest request's number, read by the worker (a plain object: no Qt there)."""

    value = 0


class DashboardWindow(DashboardExports, QWidget):
    """``contact_requested`` asks to open a card; ``computed`` fires when new figures (or a
    refusal) are shown; ``saved`` carries the files written (CSV or PDF)."""

    contact_requested = Signal(int)
    computed = Signal()
    saved = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.result: Dashboard | None = None
        self.tables: dict[str, Table] = {}
        self._generation = _Generation()
        self._reader = Latest(self._computed, self._failed, self)
        self._job: Job | None = None
        self._painting = False  # the report's charts, before its job
        self._started = False
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self._folder = Path(documents or Path.home())  # this window's last folder, not saved
        self.setWindowTitle(self.tr("Dashboard"))
        self.resize(1280, 900)
        self._build_controls()
        self._build_sections()
        self._build_shortcuts()
        self.scope_stack.hide()  # everyone; the figures are computed when first shown

    # -- building ---------------------------------------------------------------------------------

    def _build_controls(self) -> None:
        self.period = PeriodPicker(self.today(), self)
        self.period.changed.connect(self.reload)
        self.scope_kind = QComboBox(self)
        self.scope_kind.setAccessibleName(self.tr("Scope"))
        for text in (
            self.tr("Everyone"),
            self.tr("One contact"),
            self.tr("One group"),
            self.tr("One channel"),
        ):
            self.scope_kind.addItem(text)
        self.contact = ContactPicker(lambda: self.services, self)
        self.contact.setAccessibleName(self.tr("Contact"))
        self.contact.contact_changed.connect(lambda _id: self.reload())
        self.group = QComboBox(self)
        self.group.setAccessibleName(self.tr("Group"))
        for row in self.services.groups.list():
            if not row.query:  # a smart group has no stored members
                self.group.addItem(row.name, row.id)
        self.group.currentIndexChanged.connect(lambda _i: self.reload())
        self.channel = QComboBox(self)
        self.channel.setAccessibleName(self.tr("Channel"))
        for key in CHANNEL_KEYS:
            self.channel.addItem(channel_name(key), key)
        self.channel.currentIndexChanged.connect(lambda _i: self.reload())
        self.scope_stack = QStackedWidget(self)
        for widget in (QWidget(self), self.contact, self.group, self.channel):
            self.scope_stack.addWidget(widget)
        self.scope_stack.setMinimumWidth(220)
        self.scope_kind.currentIndexChanged.connect(self._scope_kind_changed)
        self.compare = QCheckBox(self.tr("&Compare with the previous period"), self)
        self.compare.setChecked(True)
        self.compare.toggled.connect(lambda _on: self._show_result())
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Compute again (F5)"))
        self.refresh_button.clicked.connect(self.reload)
        self.export_all_button = QPushButton(self.tr("Export &all tables…"), self)
        self.export_all_button.setToolTip(self.tr("One CSV file per section (Ctrl+Shift+E)"))
        self.export_all_button.clicked.connect(self.export_all)
        self.pdf_button = QPushButton(self.tr("PDF &report…"), self)
        self.pdf_button.setToolTip(self.tr("Save the dashboard as a PDF report (Ctrl+P)"))
        self.pdf_button.clicked.connect(self.save_report)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Computing"))
        self.busy.hide()
        self.error = error_label(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Status"))
        self.totals = heading("", self)
        self.totals.setAccessibleName(self.tr("Totals"))
        self.change = QLabel(self)
        self.change.setTextFormat(Qt.TextFormat.PlainText)

        first = QHBoxLayout()
        first.addWidget(self.period)
        first.addSpacing(16)
        scope_label = QLabel(self.tr("&Scope:"), self)
        scope_label.setBuddy(self.scope_kind)
        first.addWidget(scope_label)
        first.addWidget(self.scope_kind)
        first.addWidget(self.scope_stack)
        first.addStretch(1)
        second = QHBoxLayout()
        second.addWidget(self.compare)
        second.addSpacing(16)
        second.addWidget(self.busy)
        second.addStretch(1)
        for button in (self.refresh_button, self.export_all_button, self.pdf_button):
            button.setAutoDefault(False)
            second.addWidget(button)
        totals = QHBoxLayout()
        totals.addWidget(self.totals)
        totals.addSpacing(12)
        totals.addWidget(self.change, 1)
        self.top = QVBoxLayout()
        self.top.addLayout(first)
        self.top.addLayout(second)
        self.top.addWidget(self.error)
        self.top.addWidget(self.status)
        self.top.addLayout(totals)

    def _table_view(self) -> QTableView:
        view = QTableView(self)
        view.setModel(StatsTableModel(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.setMinimumHeight(240)
        view.activated.connect(lambda index: self._open(view.model(), index.row()))
        return view

    def _build_sections(self) -> None:
        unit_new = lambda n: english_plural(self.tr("%n new contact(s)", "", n), n)  # noqa: E731
        unit_contacts = lambda n: english_plural(self.tr("%n contact(s)", "", n), n)  # noqa: E731
        self.series = SeriesChart(self.tr("Interactions over time"), self)
        self.series.setMinimumHeight(240)
        self.heat_map = HeatMapChart(self.tr("Seasonality"), self)
        self.heat_map.setMinimumHeight(260)
        self.top_chart = BarChart(self.tr("Most talked to"), self)
        self.top_chart.activated.connect(self._open_key)
        self.channels = BarChart(self.tr("Channels"), self)
        self.by_contact = BarChart(self.tr("Channels per contact"), self)
        self.by_contact.activated.connect(self._open_key)
        self.by_group = BarChart(self.tr("Channels per group"), self)
        self.fading = self._table_view()
        self.not_contacted = self._table_view()
        self.new_series = SeriesChart(self.tr("New contacts"), self)
        self.new_series.unit = unit_new
        self.new_series.empty_text = self.tr("No new contacts in this period")
        self.new_series.setMinimumHeight(200)
        self.by_source = BarChart(self.tr("New contacts by how we met"), self)
        self.by_source.unit = unit_contacts
        self.by_source.empty_text = self.tr("No new contacts in this period")
        # in the order of issue 6 (the report's and the tab order), placed so that sections of
        # like heights sit side by side: (key, title, body, row, column, rows, columns)
        placed: list[tuple[str, str, QWidget, int, int, int, int]] = [
            (tables.INTERACTIONS, self.tr("Interactions over time"), self.series, 0, 0, 1, 2),
            (tables.SEASONALITY, self.tr("Seasonality"), self.heat_map, 1, 0, 1, 1),
            (tables.TOP, self.tr("Most talked to"), self.top_chart, 2, 0, 1, 1),
            (tables.CHANNELS, self.tr("Channels"), self.channels, 1, 1, 1, 1),
            (tables.BY_CONTACT, self.tr("Channels per contact"), self.by_contact, 2, 1, 1, 1),
            (tables.BY_GROUP, self.tr("Channels per group"), self.by_group, 4, 0, 2, 1),
            (tables.FADING, self.tr("Losing touch"), self.fading, 3, 0, 1, 1),
            (tables.NOT_CONTACTED, self.tr("Not contacted since"), self.not_contacted, 3, 1, 1, 1),
            (tables.NEW, self.tr("New contacts"), self.new_series, 5, 1, 1, 1),
            (
                tables.NEW_BY_SOURCE,
                self.tr("New contacts by how we met"),
                self.by_source,
                4,
                1,
                1,
                1,
            ),
        ]
        self.sections: dict[str, Section] = {}
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        for key, title, body, row, column, rows, columns in placed:
            section = Section(key, title, body, page)
            section.export_requested.connect(self.export_section)
            grid.addWidget(section, row, column, rows, columns)
            self.sections[key] = section
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.scroll_area, 1)

    def _build_shortcuts(self) -> None:
        for keys, slot in (
            ("Ctrl+E", self.export_current),
            ("Ctrl+Shift+E", self.export_all),
            ("Ctrl+P", self.save_report),
            ("Ctrl+Shift+S", self.save_report),
            ("F5", self.reload),
            ("Esc", self.close),
        ):
            QShortcut(QKeySequence(keys), self, slot)

    # -- what is asked for ------------------------------------------------------------------------

    def today(self) -> date:
        return self.services.clock.local_now().date()

    def zone_name(self) -> str:
        zone = self.services.clock.zone()
        return str(getattr(zone, "key", None) or zone)

    def period_asked(self, first: date | None = None) -> Period:
        """The period the picker says; all time starts on ``first`` (the day of the first
        interaction), or today without one."""
        return period_for(self.period.range(), self.zone_name(), first)

    def all_time(self) -> bool:
        return self.period.key() == ALL_TIME

    def scope(self) -> Scope | None:
        """The scope chosen, or None when it names no one yet (a contact not picked)."""
        kind = self.scope_kind.currentIndex()
        if kind == CONTACT:
            chosen = self.contact.contact_id()
            return Scope(contact_id=chosen) if chosen is not None else None
        if kind == GROUP:
            group = self.group.currentData()
            return Scope(group_id=int(group)) if group is not None else None
        if kind == CHANNEL:
            return Scope(channel=str(self.channel.currentData()))
        return Scope()

    def scope_text(self) -> str:
        kind = self.scope_kind.currentIndex()
        if kind == CONTACT:
            return self.tr("Contact: {name}").format(name=self.contact.text())
        if kind == GROUP:
            return self.tr("Group: {name}").format(name=self.group.currentText())
        if kind == CHANNEL:
            return self.tr("Channel: {name}").format(name=self.channel.currentText())
        return self.tr("Everyone")

    def _scope_kind_changed(self, kind: int) -> None:
        self.scope_stack.setCurrentIndex(kind)
        self.scope_stack.setVisible(kind != EVERYONE)
        if kind == CONTACT and self.contact.contact_id() is None:
            self.contact.setFocus()
        self.reload()

    # -- computing --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.reload()

    def reload(self) -> None:
        """Compute again for the choices shown (F5); a computation still running is told to
        stop and its figures are never shown."""
        self._started = True
        self._generation.value += 1
        show_error(self.error, "")
        scope = self.scope()
        if scope is None:  # an answer still coming for the scope before is dropped
            self.busy.hide()
            self.status.setText(self.tr("Choose a contact to see their figures."))
            self.status.show()
            return
        self.status.hide()
        self.period.set_today(self.today())
        granularity = Granularity(self.period.granularity_key())
        service, generation = self.services.insight, self._generation
        mine = generation.value
        chosen, zone = self.period.range(), self.zone_name()

        def work() -> tuple[int, Dashboard]:
            stop = lambda: generation.value != mine  # noqa: E731
            first = service.first_day(zone) if chosen.start is None else None  # all time
            period = period_for(chosen, zone, first)
            return mine, service.dashboard(period, scope, granularity, cancelled=stop)

        self.busy.show()
        self._reader.request(work)

    def is_computing(self) -> bool:
        return self._reader.busy()

    def _computed(self, answer: tuple[int, Dashboard]) -> None:
        asked, result = answer
        self.busy.hide()
        if asked != self._generation.value:  # asked for before a change that asked nothing
            return
        self.result = result
        self._show_result()
        self.computed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        if isinstance(exc, errors.Cancelled):  # superseded: its successor answers
            return
        if not isinstance(exc, errors.PcrmError):
            raise exc  # a bug: the crash dialog
        show_error(self.error, exc.message)
        self.computed.emit()

    # -- showing ----------------------------------------------------------------------------------

    def comparing(self) -> bool:
        return self.compare.isChecked() and not self.all_time()

    def _show_result(self) -> None:
        d = self.result
        self.compare.setEnabled(not self.all_time())
        if d is None:
            return
        series, previous, new = tables.series_points(d)
        self.tables = tables.build_tables(d)
        zone = self.services.clock.zone()
        self.series.set_series(series, previous if self.comparing() else ())
        self._show_totals(d)
        self.heat_map.set_counts(d.heat_map.counts)
        self.top_chart.set_bars(
            [
                Bar(c.display_name, (Segment("", "", c.count),), c.contact_id, self._last(c))
                for c in d.top_contacts
            ]
        )
        # the most used channels get the first colours; the same channel, the same colour
        keys = [c.channel or "" for c in d.channels]
        keys += [k for k in CHANNEL_KEYS if k not in keys]
        self.channels.set_bars(
            [Bar(channel_name(c.channel), (_segment(c),)) for c in d.channels],
            coloured=True,
            legend=False,
            keys=keys,
        )
        for chart, mixes in (
            (self.by_contact, d.channels_by_contact),
            (self.by_group, d.channels_by_group),
        ):
            bars = [Bar(m.name, tuple(map(_segment, m.channels)), m.key) for m in mixes]
            chart.set_bars(bars, coloured=True, keys=keys, shares=True)
        self.new_series.set_series(new)
        self.by_source.set_bars(
            [Bar(source_name(s), (Segment("", "", n),)) for s, n in d.new_by_source]
        )
        for view, key in ((self.fading, tables.FADING), (self.not_contacted, tables.NOT_CONTACTED)):
            model = view.model()
            assert isinstance(model, StatsTableModel)
            model.set_table(self.tables[key], zone)
            for column in range(model.columnCount()):
                view.setColumnHidden(column, column in self.tables[key].csv_only)
        narrowed = d.scope != Scope()
        unscoped = self.tr("Everyone: the scope does not narrow this part.") if narrowed else ""
        for key in (tables.FADING, tables.BY_GROUP, tables.NEW, tables.NEW_BY_SOURCE):
            self.sections[key].set_note(unscoped)
        not_contacted = self.tables[tables.NOT_CONTACTED].note
        self.sections[tables.NOT_CONTACTED].set_note(
            f"{not_contacted} {unscoped}".strip() if narrowed else not_contacted
        )
        for chart in (self.top_chart, self.by_contact, self.by_group, self.by_source):
            chart.setMinimumHeight(chart.sizeHint().height())  # every bar, no scrolling

    def _show_totals(self, d: Dashboard) -> None:
        self.totals.setText(english_plural(self.tr("%Ln interaction(s)", "", d.total), d.total))
        first, last = self.shown_days()
        days = self.tr("{first} – {last}").format(first=short_date(first), last=short_date(last))
        comparison = self.comparison_text()
        self.change.setText(f"{days} · {comparison}" if comparison else days)

    def comparison_text(self) -> str:
        """ "previous period: 353 (+6%)", or nothing when not comparing."""
        d = self.result
        if d is None or not self.comparing():
            return ""
        before = d.previous_total
        if before:
            percent = round(100 * (d.total - before) / before)
            change = f"+{percent}%" if percent > 0 else f"{percent}%" if percent else "±0%"
        else:
            change = self.tr("new") if d.total else "±0%"
        return self.tr("previous period: {before} ({change})").format(
            before=QLocale().toString(before), change=change
        )

    def _last(self, row: ContactCount) -> str:
        if row.last_at is None:
            return ""
        day = row.last_at.astimezone(self.services.clock.zone()).date()
        return self.tr("Last interaction: {day}").format(day=short_date(day))

    def shown_days(self) -> tuple[date, date]:
        """The first and last day of the figures shown (or asked for, before the first)."""
        period = self.result.period if self.result is not None else self.period_asked()
        return period.start, period.end - timedelta(days=1)

    # -- opening a card ---------------------------------------------------------------------------

    def _open(self, model: Any, row: int) -> None:
        if isinstance(model, StatsTableModel):
            self._open_key(model.contact_id(row))

    def _open_key(self, key: object) -> None:
        if isinstance(key, int):
            self.contact_requested.emit(key)

    # -- closing ----------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop a computation and let a file being written finish (before the store closes)."""
        self._painting = False
        self._generation.value += 1
        self._reader.wait()
        self._job_over()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
