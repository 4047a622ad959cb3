"""The relationship graph window: filters, the graph, and three questions about people.

Left, the filters (group, organisation, relationship types, which kinds of edge, how many shared
meetings make an edge, archived and unconnected contacts, how many contacts at most) and the
questions: who at an organisation, who in a town, whom someone introduced.  Right, the graph
(:class:`~pcrm.ui.widgets.graph_view.GraphView`), a line that says what is shown ("Showing
1,000 of 4,213 contacts"), and zoom and export.

Everything slow runs off the GUI thread through :class:`~pcrm.ui.worker.Latest` (the newest
request wins): the graph, its layout and the paths to draw (:func:`plan_scene`) in one job; the
choices of the filters; each question.  A change of filter cancels the graph being computed.
Only the items are made in the GUI thread (a few tens of milliseconds for a thousand nodes).

A question's answers are listed and ringed in the graph; choosing one lights it in the graph,
a double click or Enter opens the card (``contact_requested``), and "Only these" draws the graph
of just them.  Exports: the picture as PNG, the nodes and edges as two CSV files; the file names
say nothing about anyone, and the files are written atomically, readable by the owner only.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors
from pcrm.domain.graph_layout import force_layout
from pcrm.fsutil import write_atomic
from pcrm.services.graph import (
    DEFAULT_LIMIT,
    INTRODUCED,
    INTRODUCED_TYPE,
    MAX_LIMIT,
    MEETING,
    RELATIONSHIP,
    GraphFilter,
    PersonRow,
)
from pcrm.services.graph_csv import write_graph_csv
from pcrm.services.session import Services
from pcrm.ui.i18n import english_plural, stored_text
from pcrm.ui.save_dialog import ask_save_path, forgetting_folders
from pcrm.ui.widgets.graph_questions import GraphQuestions
from pcrm.ui.widgets.graph_scene import ScenePlan, plan_scene
from pcrm.ui.widgets.graph_view import GraphLegend, GraphView, png_bytes
from pcrm.ui.worker import Latest

SPACING = 70.0  # scene units between two linked contacts
REFRESH_DELAY_MS = 200  # filters changed in a burst (ticking several boxes) ask once
PNG_NAME = "pcrm-graph.png"


@dataclass(frozen=True)
class _Choices:
    groups: list[tuple[int, str]]
    organisations: list[tuple[int, str]]
    types: list[tuple[str, str]]  # (key, name)


class GraphWindow(QWidget):
    contact_requested = Signal(int)
    graph_shown = Signal()  # a graph (or its refusal) is on screen
    answered = Signal()  # a question's answers (or its refusal) are listed

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.setWindowTitle(self.tr("Relationship graph"))
        self.resize(1280, 800)
        self.plan: ScenePlan | None = None
        self.filter = GraphFilter()
        self._cancel = threading.Event()
        self._reader = Latest(self._show, self._graph_failed, self)
        self._chooser = Latest(self._fill_choices, self._graph_failed, self)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)

        self.view = GraphView(self)
        self.view.contact_requested.connect(self.contact_requested)
        self.legend = GraphLegend(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What the graph shows"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._side_panel())
        splitter.addWidget(self._graph_panel())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 960])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

        self._started = False
        self._stale = False  # the filters changed while the window was closed

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:  # the first graph and the filters' choices, once shown
            self._started = True
            self._chooser.request(self._read_choices)
            self.refresh()
        elif self._stale:
            self.refresh()

    # -- building ----------------------------------------------------------------------------------

    def _side_panel(self) -> QWidget:
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)

        filters = QGroupBox(self.tr("Show"), panel)
        form = QFormLayout(filters)
        self.group = QComboBox(filters)
        self.group.addItem(self.tr("Everyone"), None)
        self.organisation = QComboBox(filters)
        self.organisation.addItem(self.tr("Any organisation"), None)
        self.organisation.setMaximumWidth(260)
        form.addRow(self.tr("&Group"), self.group)
        form.addRow(self.tr("&Organisation"), self.organisation)
        self.kinds = {
            RELATIONSHIP: QCheckBox(self.tr("&Relationships"), filters),
            INTRODUCED: QCheckBox(self.tr("&Introductions"), filters),
            MEETING: QCheckBox(self.tr("Shared &meetings"), filters),
        }
        for box in self.kinds.values():
            box.setChecked(True)
            form.addRow(box)
        self.types = QListWidget(filters)
        self.types.setAccessibleName(self.tr("Relationship types"))
        self.types.setMaximumHeight(120)
        form.addRow(self.tr("Types"), self.types)
        self.meetings = QSpinBox(filters)
        self.meetings.setRange(1, 99)
        self.meetings.setValue(self.filter.min_shared_meetings)
        form.addRow(self.tr("Meetings &together, at least"), self.meetings)
        self.limit = QSpinBox(filters)
        self.limit.setRange(1, MAX_LIMIT)
        self.limit.setSingleStep(250)
        self.limit.setValue(DEFAULT_LIMIT)
        form.addRow(self.tr("Contacts, at &most"), self.limit)
        self.archived = QCheckBox(self.tr("Include &archived contacts"), filters)
        self.unconnected = QCheckBox(self.tr("Include contacts &without connections"), filters)
        form.addRow(self.archived)
        form.addRow(self.unconnected)
        for combo in (self.group, self.organisation):
            combo.currentIndexChanged.connect(self._filters_changed)
        for box in (*self.kinds.values(), self.archived, self.unconnected):
            box.toggled.connect(self._filters_changed)
        for spin in (self.meetings, self.limit):
            spin.valueChanged.connect(self._filters_changed)
        self.types.itemChanged.connect(self._filters_changed)
        column.addWidget(filters)

        self.questions = GraphQuestions(self.services, self.archived.isChecked, panel)
        self.questions.started.connect(self.busy.show)
        self.questions.answered.connect(self._answered)
        self.questions.chosen.connect(lambda cid: self.view.select(cid, centre=True))
        self.questions.contact_requested.connect(self.contact_requested)
        self.questions.only_these.toggled.connect(self._filters_changed)
        column.addWidget(self.questions, 1)
        column.addWidget(self.legend)
        return panel

    def _graph_panel(self) -> QWidget:
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.busy)
        buttons = (
            (self.tr("Zoom out"), "−", self.view.zoom_out, QKeySequence.StandardKey.ZoomOut),
            (self.tr("Zoom in"), "+", self.view.zoom_in, QKeySequence.StandardKey.ZoomIn),
            (self.tr("Fit the graph in the window"), self.tr("Fit"), self.view.fit, "Ctrl+0"),
        )
        for tip, text, slot, keys in buttons:
            button = QPushButton(text, panel)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
            bar.addWidget(button)
        self.png_button = QPushButton(self.tr("Export &picture…"), panel)
        self.png_button.clicked.connect(self.export_png)
        self.csv_button = QPushButton(self.tr("Export &CSV…"), panel)
        self.csv_button.clicked.connect(self.export_csv)
        bar.addWidget(self.png_button)
        bar.addWidget(self.csv_button)
        column.addLayout(bar)
        column.addWidget(self.view, 1)
        return panel

    # -- the filters -------------------------------------------------------------------------------

    def _read_choices(self) -> _Choices:
        s = self.services
        return _Choices(
            [(g.id, g.name) for g in s.groups.list()],
            [
                (o.id, o.name + (f" ({o.department})" if o.department else ""))
                for o in s.organisations.list()
            ],
            [
                (key, name)
                for key, name, _reverse in s.relationships.types()
                if key != INTRODUCED_TYPE
            ],
        )

    def _fill_choices(self, choices: _Choices) -> None:
        for combo, entries in (
            (self.group, choices.groups),
            (self.organisation, choices.organisations),
        ):
            combo.blockSignals(True)
            for entry_id, name in entries:
                combo.addItem(name, entry_id)
            combo.blockSignals(False)
        self.types.blockSignals(True)
        for key, name in choices.types:
            item = QListWidgetItem(self.tr_relationship(name), self.types)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.types.blockSignals(False)

    @staticmethod
    def tr_relationship(name: str) -> str:
        return stored_text(name)

    def current_filter(self) -> GraphFilter:
        kinds = frozenset(k for k, box in self.kinds.items() if box.isChecked())
        types: frozenset[str] | None = None
        if self.types.count():
            checked = [self.types.item(n) for n in range(self.types.count())]
            wanted = {
                str(i.data(Qt.ItemDataRole.UserRole))
                for i in checked
                if i.checkState() == Qt.CheckState.Checked
            }
            types = None if len(wanted) == self.types.count() else frozenset(wanted)
        return GraphFilter(
            group_id=self.group.currentData(),
            organisation_id=self.organisation.currentData(),
            relationship_types=types,
            edge_kinds=kinds,
            min_shared_meetings=self.meetings.value(),
            include_archived=self.archived.isChecked(),
            include_unconnected=self.unconnected.isChecked(),
            contact_ids=self.questions.only(),
            limit=self.limit.value(),
        )

    def set_filter(self, graph_filter: GraphFilter) -> None:
        """Show ``graph_filter``'s choices in the panel and draw it (tests, screenshots)."""
        for combo, value in (
            (self.group, graph_filter.group_id),
            (self.organisation, graph_filter.organisation_id),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        for kind, box in self.kinds.items():
            box.blockSignals(True)
            box.setChecked(kind in graph_filter.edge_kinds)
            box.blockSignals(False)
        self.types.blockSignals(True)
        for n in range(self.types.count()):
            item = self.types.item(n)
            key = item.data(Qt.ItemDataRole.UserRole)
            on = graph_filter.relationship_types is None or key in graph_filter.relationship_types
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.types.blockSignals(False)
        for widget, value in (
            (self.meetings, graph_filter.min_shared_meetings),
            (self.limit, graph_filter.limit),
        ):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)
        for box, on in (
            (self.archived, graph_filter.include_archived),
            (self.unconnected, graph_filter.include_unconnected),
        ):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        self.refresh()

    def _filters_changed(self, *_args: Any) -> None:
        self._refresh_timer.start()

    # -- the graph ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute the graph of the filters shown, off the GUI thread (the newest wins); a
        closed window waits until it is shown again."""
        self._refresh_timer.stop()
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        try:
            graph_filter = self.current_filter()
        except errors.PcrmError as exc:
            self.status.setText(exc.message)
            return
        self._cancel.set()  # the graph still being computed is not wanted any more
        cancel = self._cancel = threading.Event()
        self.filter = graph_filter
        service = self.services.graph

        def work() -> ScenePlan:
            graph = service.graph(graph_filter, cancelled=cancel.is_set)
            positions = force_layout(
                [n.id for n in graph.nodes],
                [(e.source, e.target, float(e.weight)) for e in graph.edges],
                spacing=SPACING,
                cancelled=cancel.is_set,
            )
            if cancel.is_set():
                raise errors.SearchInterrupted()
            return plan_scene(graph, positions)

        self.busy.show()
        self.status.setText(self.tr("Drawing the graph…"))
        self._reader.request(work)

    def _show(self, plan: ScenePlan) -> None:
        # Latest answers only the newest request: nothing newer waits (the job delivering
        # this still counts as busy until it finishes)
        self.busy.setVisible(self.questions.busy())
        self.plan = plan
        self.view.show_plan(plan)
        self.legend.set_categories(plan.categories)
        graph, locale = plan.graph, QLocale()
        if not graph.nodes:
            text = self.tr("Nobody matches these filters, or no one of them is connected.")
        elif graph.truncated:
            text = self.tr(
                "Showing {shown} of {total} contacts: the best connected. "
                "Narrow the filters to see the others."
            ).format(shown=locale.toString(len(graph.nodes)), total=locale.toString(graph.total))
        else:
            contacts = english_plural(
                self.tr("%n contact(s)", "", len(graph.nodes)), len(graph.nodes)
            )
            links = english_plural(
                self.tr("%n connection(s)", "", len(graph.edges)), len(graph.edges)
            )
            text = self.tr("{contacts}, {connections}.").format(
                contacts=contacts, connections=links
            )
        if graph.approximate:
            text += " " + self.tr(
                "Shared meetings are counted among the best connected contacts only."
            )
        self.status.setText(text)
        self._answers_outside()
        self.graph_shown.emit()

    def _graph_failed(self, exc: BaseException) -> None:
        self.busy.setVisible(self.questions.busy())
        if isinstance(exc, errors.SearchInterrupted):
            return
        if not isinstance(exc, errors.PcrmError):
            raise exc  # a bug: to the crash dialog
        self.status.setText(exc.message)
        self.graph_shown.emit()

    # -- questions ---------------------------------------------------------------------------------

    def _answered(self, rows: list[PersonRow]) -> None:
        self.busy.setVisible(self._reader.busy())
        self.view.mark(r.contact_id for r in rows)
        if rows and self.questions.only_these.isChecked():
            self._filters_changed()
        self._answers_outside()
        rect = self.view.marked_rect()
        if not rect.isEmpty():
            self.view.focus_rect(rect)
        self.answered.emit()

    def _answers_outside(self) -> None:
        rows = self.questions.rows()
        if rows or self.questions.count.text():
            outside = sum(1 for r in rows if r.contact_id not in self.view.nodes)
            self.questions.show_outside(outside)

    # -- export ------------------------------------------------------------------------------------

    def ask_save_path(self, title: str, name: str, kinds: str) -> Path | None:
        """Where to save (tests replace this)."""
        return ask_save_path(self, title, Path.home() / name, kinds)

    def ask_folder(self, title: str) -> Path | None:
        """Which folder to save into (tests replace this)."""
        with forgetting_folders():
            chosen = QFileDialog.getExistingDirectory(
                self, title, str(Path.home()), QFileDialog.Option.DontUseNativeDialog
            )
        return Path(chosen) if chosen else None

    def export_png(self) -> Path | None:
        if self.plan is None:
            return None
        path = self.ask_save_path(
            self.tr("Save the graph as"), PNG_NAME, self.tr("PNG images (*.png)")
        )
        if path is None:
            return None
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        return self._saved(lambda: write_atomic(path, png_bytes(self.view.image())), [path])

    def export_csv(self) -> list[Path] | None:
        plan = self.plan
        if plan is None:
            return None
        folder = self.ask_folder(self.tr("Save the nodes and edges as CSV into"))
        if folder is None:
            return None
        paths: list[Path] = []

        def write() -> None:
            paths.extend(write_graph_csv(folder, plan.graph, plan.positions))

        return self._saved(write, paths)

    def _saved(self, write: Any, paths: list[Path]) -> Any:
        try:
            write()
        except OSError as exc:
            self.status.setText(
                self.tr("Could not save: {reason}").format(reason=exc.strerror or exc)
            )
            return None
        names = ", ".join(p.name for p in paths)
        self.status.setText(
            self.tr("Saved {files} in {folder}.").format(files=names, folder=paths[0].parent)
        )
        return paths[0] if len(paths) == 1 else paths

    # -- closing -----------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._refresh_timer.stop()
        self._cancel.set()
        for reader in (self._reader, self._chooser):
            reader.wait()
        self.questions.wait()
        super().closeEvent(event)
