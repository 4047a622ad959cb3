"""An organisation's org chart in a window of its own, with its sub-organisations beside it.

The chart is read off the GUI thread (:class:`~pcrm.ui.worker.Latest`).  A click on a box asks
for that contact's card (``contact_requested``).  The sub-organisations are listed with their
member counts; choosing one (double click or Enter) shows its chart in the same window, "Part
of …" goes up to the parent organisation and Back returns.  Export: PNG, or PDF (vector, one
page as big as the chart, through ``QPdfWriter``), written atomically and readable by the owner
only, under file names that say nothing about anyone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors
from pcrm.fsutil import write_atomic
from pcrm.services.org_chart import OrgChart
from pcrm.services.session import Services
from pcrm.ui.dialogs.parts import heading
from pcrm.ui.i18n import english_plural
from pcrm.ui.save_dialog import ask_save_path
from pcrm.ui.widgets.graph_view import png_bytes
from pcrm.ui.widgets.org_chart import OrgChartView
from pcrm.ui.worker import Latest

PNG_NAME, PDF_NAME = "pcrm-org-chart.png", "pcrm-org-chart.pdf"
PDF_MAX_POINTS = 14_400.0  # the largest page a PDF may have (200 inches)
PDF_MARGIN = 24.0


class OrgChartWindow(QWidget):
    contact_requested = Signal(int)
    chart_shown = Signal()  # a chart (or its refusal) is on screen

    def __init__(
        self, services: Services, organisation_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.organisation_id = organisation_id
        self.chart: OrgChart | None = None
        self._history: list[int] = []
        self._reader = Latest(self._show, self._failed, self)
        self.setWindowTitle(self.tr("Org chart"))
        self.resize(1200, 760)

        self.title = heading("", self)
        self.up_button = QPushButton(self)
        self.up_button.clicked.connect(self.go_up)
        self.up_button.hide()
        self.back_button = QPushButton(self.tr("◀ &Back"), self)
        self.back_button.clicked.connect(self.go_back)
        self.back_button.setEnabled(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.view = OrgChartView(self)
        self.view.contact_requested.connect(self.contact_requested)
        self.subs = QListWidget(self)
        self.subs.setAccessibleName(self.tr("Sub-organisations"))
        self.subs.itemActivated.connect(self._sub_chosen)
        subs_label = QLabel(self.tr("&Sub-organisations"), self)
        subs_label.setBuddy(self.subs)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.up_button)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.busy)
        for tip, text, slot, keys in (
            (self.tr("Zoom out"), "−", self.view.zoom_out, QKeySequence.StandardKey.ZoomOut),
            (self.tr("Zoom in"), "+", self.view.zoom_in, QKeySequence.StandardKey.ZoomIn),
            (self.tr("Fit the chart in the window"), self.tr("Fit"), self.view.fit, "Ctrl+0"),
        ):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
            bar.addWidget(button)
        self.png_button = QPushButton(self.tr("Export &picture…"), self)
        self.png_button.clicked.connect(self.export_png)
        self.pdf_button = QPushButton(self.tr("Export P&DF…"), self)
        self.pdf_button.clicked.connect(self.export_pdf)
        bar.addWidget(self.png_button)
        bar.addWidget(self.pdf_button)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(subs_label)
        side_layout.addWidget(self.subs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([1000, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self._started = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.load(self.organisation_id)

    # -- reading -----------------------------------------------------------------------------------

    def load(self, organisation_id: int) -> None:
        """Show another organisation's chart (read off the GUI thread)."""
        self.organisation_id = organisation_id
        service = self.services.graph
        self.busy.show()
        self._reader.request(lambda: service.org_chart(organisation_id))

    def _show(self, chart: OrgChart) -> None:
        self.busy.hide()  # Latest answers only the newest request
        self.chart = chart
        name = chart.name + (f" — {chart.department}" if chart.department else "")
        self.title.setText(name)
        self.setWindowTitle(self.tr("Org chart: {name}").format(name=chart.name))
        if chart.parent is not None:
            self.up_button.setText(self.tr("Part of {name} ▲").format(name=chart.parent[1]))
            self.up_button.show()
        else:
            self.up_button.hide()
        self.back_button.setEnabled(bool(self._history))
        self.subs.clear()
        for sub in chart.sub_organisations:
            text = english_plural(self.tr("{name} (%n member(s))", "", sub.members), sub.members)
            item = QListWidgetItem(text.format(name=sub.name), self.subs)
            item.setData(Qt.ItemDataRole.UserRole, sub.id)
        if not chart.sub_organisations:
            self.subs.addItem(self.tr("None"))
            self.subs.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.view.show_chart(chart)
        size = chart.size
        text = english_plural(self.tr("%n current member(s)", "", size), size)
        if chart.unplaced and chart.roots:
            unplaced = len(chart.unplaced)
            text += "; " + english_plural(
                self.tr("%n without a manager relationship, listed below the chart", "", unplaced),
                unplaced,
            )
        elif size and not chart.roots:
            text += "; " + self.tr(
                "no manager relationships between them yet (add “manager” relationships "
                "on their cards to build the chart)"
            )
        if any(m.in_cycle for m in chart.members()):
            text += ". " + self.tr("Some managers go round in a loop: those boxes are orange.")
        self.status.setText(text)
        self.chart_shown.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        if not isinstance(exc, errors.PcrmError):
            raise exc
        self.status.setText(exc.message)
        self.chart_shown.emit()

    def _sub_chosen(self, item: QListWidgetItem) -> None:
        org_id = item.data(Qt.ItemDataRole.UserRole)
        if org_id is not None:
            self._history.append(self.organisation_id)
            self.load(int(org_id))

    def go_up(self) -> None:
        if self.chart is not None and self.chart.parent is not None:
            self._history.append(self.organisation_id)
            self.load(self.chart.parent[0])

    def go_back(self) -> None:
        if self._history:
            self.load(self._history.pop())

    # -- export ------------------------------------------------------------------------------------

    def ask_save_path(self, title: str, name: str, kinds: str) -> Path | None:
        """Where to save (tests replace this)."""
        return ask_save_path(self, title, Path.home() / name, kinds)

    def export_png(self) -> Path | None:
        path = self._path(self.tr("Save the org chart as"), PNG_NAME, self.tr("PNG images (*.png)"))
        if path is not None:
            return self._save(path, lambda: png_bytes(self.view.scene_image()))
        return None

    def export_pdf(self) -> Path | None:
        path = self._path(self.tr("Save the org chart as"), PDF_NAME, self.tr("PDF files (*.pdf)"))
        if path is not None:
            return self._save(path, self.pdf)
        return None

    def _path(self, title: str, name: str, kinds: str) -> Path | None:
        if self.chart is None:
            return None
        path = self.ask_save_path(title, name, kinds)
        suffix = Path(name).suffix
        if path is not None and path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        return path

    def _save(self, path: Path, data: Callable[[], bytes]) -> Path | None:
        try:
            write_atomic(path, data())
        except OSError as exc:
            self.status.setText(
                self.tr("Could not save: {reason}").format(reason=exc.strerror or exc)
            )
            return None
        self.status.setText(self.tr("Saved {file}.").format(file=path))
        return path

    def pdf(self) -> bytes:
        """The chart as a one-page vector PDF, the page as big as the chart (within PDF's
        limit), with the organisation's name on top."""
        source = self.view.scene().sceneRect()
        title_height = 36.0
        scale = min(
            1.0,
            (PDF_MAX_POINTS - 2 * PDF_MARGIN)
            / max(source.width(), source.height() + title_height, 1.0),
        )
        page = QSizeF(
            source.width() * scale + 2 * PDF_MARGIN,
            (source.height() + title_height) * scale + 2 * PDF_MARGIN,
        )
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setCreator("pcrm")
        writer.setTitle(self.chart.name if self.chart else "")
        writer.setResolution(72)  # one scene unit = one point
        writer.setPageLayout(
            QPageLayout(
                QPageSize(page, QPageSize.Unit.Point, "chart"),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        painter = QPainter(writer)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            font = QFont(self.font())
            font.setPointSizeF(16 * scale)
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(
                QRectF(PDF_MARGIN, PDF_MARGIN, page.width() - 2 * PDF_MARGIN, title_height * scale),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.title.text(),
            )
            target = QRectF(
                PDF_MARGIN,
                PDF_MARGIN + title_height * scale,
                source.width() * scale,
                source.height() * scale,
            )
            self.view.render_to(painter, target)
        finally:
            painter.end()
        del writer
        buffer.close()
        return bytes(data.data())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._reader.wait()
        super().closeEvent(event)
