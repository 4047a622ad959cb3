"""The dashboard's exports: each section's table as CSV, every table into a folder, and the
whole dashboard as a PDF report (:mod:`pcrm.ui.dialogs.dashboard_report`).

A mixin of :class:`~pcrm.ui.dialogs.dashboard.DashboardWindow`, which provides the figures
(``result``, ``tables``, ``sections``), the status lines and the ``saved`` signal.  The files
are written in a :class:`~pcrm.ui.worker.Job`, atomically and owner-only; the report's charts
are painted for print first, one per turn of the event loop (a few ms each).  The file dialog
is Qt's own (no native "recent files" list learns the path), its default names hold the
section and the days, never anyone's name, and the folder is remembered by the window only.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QDate, QLocale, QSize, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from pcrm import errors
from pcrm.services.insight import Dashboard
from pcrm.ui.dialogs.dashboard_report import (
    IMAGE_WIDTH,
    ReportSection,
    report_html,
    write_report,
    write_tables,
)
from pcrm.ui.dialogs.parts import show_error
from pcrm.ui.i18n import english_plural
from pcrm.ui.models import dashboard_tables as tables
from pcrm.ui.models.dashboard_tables import Table
from pcrm.ui.save_dialog import forgetting_folders
from pcrm.ui.widgets.charts import BarChart, Chart, print_palette
from pcrm.ui.worker import Job

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from pcrm.services.session import Services
    from pcrm.ui.widgets.stats_section import Section

PRINT_SCALE = 2.0  # the report's charts: 1,360 px across 18 cm, about 190 dpi
_EMPTY = Table("", "", (), ())


def _with_suffix(path: Path, kind: str) -> Path:
    """``report`` as ``report.pdf``: a name typed without its suffix gets it."""
    return path if path.suffix.lower() == f".{kind}" else path.with_name(f"{path.name}.{kind}")


class DashboardExports:
    """What the window provides (see DashboardWindow)."""

    services: Services
    result: Dashboard | None
    tables: dict[str, Table]
    sections: dict[str, Section]
    status: QLabel
    error: QLabel
    totals: QLabel
    saved: SignalInstance
    _folder: Path
    _job: Job | None
    _painting: bool

    if TYPE_CHECKING:  # QWidget's and the window's own, named here for the type checker

        def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str: ...
        def focusWidget(self) -> Any: ...
        def shown_days(self) -> tuple[date, date]: ...
        def today(self) -> date: ...
        def scope_text(self) -> str: ...
        def comparison_text(self) -> str: ...

    def ask_file(self, caption: str, suggested: Path, kind: str) -> Path | None:
        """Where to save (Qt's own dialog, so no native "recent files" list learns it)."""
        filters = {"csv": self.tr("CSV files (*.csv)"), "pdf": self.tr("PDF files (*.pdf)")}
        with forgetting_folders():
            chosen, _ = QFileDialog.getSaveFileName(
                cast(QWidget, self),
                caption,
                str(suggested),
                filters[kind],
                options=QFileDialog.Option.DontUseNativeDialog,
            )
        return Path(chosen) if chosen else None

    def ask_folder(self, caption: str) -> Path | None:
        with forgetting_folders():
            chosen = QFileDialog.getExistingDirectory(
                cast(QWidget, self),
                caption,
                str(self._folder),
                QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly,
            )
        return Path(chosen) if chosen else None

    def _name(self, key: str, suffix: str = "csv") -> str:
        first, last = self.shown_days()
        return tables.file_name(key, first, last, suffix)

    def export_current(self) -> None:
        """Ctrl+E: the table of the section that has the focus, or every table."""
        focus = self.focusWidget()
        for key, section in self.sections.items():
            if focus is not None and section.isAncestorOf(focus):
                self.export_section(key)
                return
        self.export_all()

    def export_section(self, key: str) -> None:
        table = self.tables.get(key)
        if table is None or self.saving():
            return
        path = self.ask_file(self.tr("Export as CSV"), self._folder / self._name(key), "csv")
        if path is None:
            return
        path = _with_suffix(path, "csv")
        self._folder = path.parent
        zone = self.services.clock.zone()
        self._write(lambda _job: write_tables({path: table}, zone))

    def export_all(self) -> None:
        if not self.tables or self.saving():
            return
        folder = self.ask_folder(self.tr("Export every table into the folder"))
        if folder is None:
            return
        self._folder = folder
        targets = {folder / self._name(key): table for key, table in self.tables.items()}
        zone = self.services.clock.zone()
        self._write(lambda _job: write_tables(targets, zone))

    def saving(self) -> bool:
        """A file is being written, or the report's charts painted."""
        return self._job is not None or self._painting

    def save_report(self) -> None:
        """Ctrl+P: the dashboard as a PDF.  The charts are painted for print one per turn of
        the event loop (each takes a few ms), then the document is laid out and written in a
        worker."""
        if self.result is None or self.saving():
            return
        path = self.ask_file(
            self.tr("Save the PDF report"), self._folder / self._name("report", "pdf"), "pdf"
        )
        if path is None:
            return
        path = _with_suffix(path, "pdf")
        self._folder = path.parent
        self._painting = True
        self.status.setText(self.tr("Saving…"))
        self.status.show()
        self._paint_step(path, self.result, self._report_charts(), {})

    def _paint_step(
        self,
        path: Path,
        result: Dashboard | None,
        pending: list[tuple[str, Chart, int]],
        images: dict[str, QImage],
    ) -> None:
        if not self._painting:  # the window closed
            return
        if self.result is not result:  # new figures arrived meanwhile: paint those
            result, pending, images = self.result, self._report_charts(), {}
        if pending:
            key, chart, height = pending.pop(0)
            images[key] = chart.render_image(
                QSize(IMAGE_WIDTH, height), PRINT_SCALE, print_palette()
            )
            QTimer.singleShot(0, lambda: self._paint_step(path, result, pending, images))
            return
        self._painting = False
        html, title = self._report_html(), self.tr("pcrm dashboard")
        self._write(lambda _job: [write_report(path, html, images, title)])

    def _report_charts(self) -> list[tuple[str, Chart, int]]:
        """The charts of the report with their heights at the page's width."""
        found = []
        for key, section in self.sections.items():
            chart = section.chart
            if chart is None or not self.tables.get(key, _EMPTY).rows:
                continue
            height = 300 if key == tables.SEASONALITY else 230
            if isinstance(chart, BarChart):
                height = round(chart.image_height(IMAGE_WIDTH))
            found.append((key, chart, height))
        return found

    def report_parts(self) -> tuple[str, dict[str, QImage]]:
        """The report's HTML and its chart images, at once (for the screenshots)."""
        images = {
            key: chart.render_image(QSize(IMAGE_WIDTH, height), PRINT_SCALE, print_palette())
            for key, chart, height in self._report_charts()
        }
        return self._report_html(), images

    def _report_html(self) -> str:
        heights = {key: height for key, _chart, height in self._report_charts()}
        sections = [
            ReportSection(self.tables[key], key if key in heights else None, heights.get(key, 0))
            for key in self.sections
        ]
        first, last = self.shown_days()
        locale = QLocale()
        long = QLocale.FormatType.LongFormat
        today = self.today()
        meta = [
            self.tr("Period: {first} – {last}").format(
                first=locale.toString(QDate(first.year, first.month, first.day), long),
                last=locale.toString(QDate(last.year, last.month, last.day), long),
            ),
            self.tr("Scope: {scope}").format(scope=self.scope_text()),
            " · ".join(p for p in (self.totals.text(), self.comparison_text()) if p),
            self.tr("Made by pcrm on {day}").format(
                day=locale.toString(QDate(today.year, today.month, today.day), long)
            ),
        ]
        return report_html(
            self.tr("Dashboard"),
            meta,
            sections,
            self.services.clock.zone(),
            empty_text=self.tr("Nothing in this period."),
            more_text=self.tr("… and {count} more rows in the CSV export."),
        )

    def _write(self, work: Any) -> None:
        """Write files in a worker; the result or the refusal is shown in place."""
        show_error(self.error, "")
        self.status.setText(self.tr("Saving…"))
        self.status.show()
        job = Job(work, self)
        job.succeeded.connect(self._written)
        job.failed.connect(self._write_failed)
        self._job = job
        job.start()

    def _job_over(self) -> None:
        if self._job is not None:
            self._job.wait()
            self._job.deleteLater()
            self._job = None

    def _written(self, paths: list[Path]) -> None:
        self._job_over()
        if len(paths) == 1:
            text = self.tr("Saved {path}").format(path=paths[0])
        else:
            text = english_plural(
                self.tr("Saved %n file(s) in {folder}", "", len(paths)), len(paths)
            )
            text = text.format(folder=paths[0].parent if paths else "")
        self.status.setText(text)
        self.status.show()
        self.saved.emit(paths)

    def _write_failed(self, exc: BaseException) -> None:
        self._job_over()
        self.status.hide()
        if isinstance(exc, errors.PcrmError):
            show_error(self.error, exc.message)
        elif isinstance(exc, OSError):
            show_error(
                self.error,
                self.tr("Could not save {path}: {reason}").format(
                    path=exc.filename or "", reason=exc.strerror or exc
                ),
            )
        else:
            raise exc
