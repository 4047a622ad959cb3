"""What the export dialogs share: the work in a Job, its progress, the result or refusal in place.

A subclass builds its choices into ``self.form``, lists its input widgets in ``inputs``,
connects ``buttons.accepted`` to its own check of them, and hands the export to
:meth:`ExportDialog.run` with the texts of its progress and of its result.  While the job runs,
the inputs and Close are disabled (a file half written is left to its atomic writer, so Escape
waits) and the progress bar counts; afterwards the result or the error's message is shown in
place, and the dialog stays open either way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors
from pcrm.ui.dialogs.parts import error_label, fit_height
from pcrm.ui.worker import Job


class ExportDialog(QDialog):
    exported = Signal(object)  # the service's report

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Any = None
        self.inputs: list[QWidget] = []
        self._job: Job | None = None
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = error_label(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.export_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.buttons.rejected.connect(self.reject)
        self._progress_text: Callable[[int, int], str] = "{} / {}".format
        self._result_text: Callable[[Any], str] = str

    def finish(self) -> None:
        """Put the shared rows below the subclass's form; call at the end of its __init__."""
        for widget in (self.error, self.status, self.progress):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.buttons)
        self.inputs.append(self.export_button)
        fit_height(self)

    def inputs_enabled(self, enabled: bool) -> None:
        """Enable or disable the inputs; subclasses add the ones that depend on a choice."""
        for widget in self.inputs:
            widget.setEnabled(enabled)

    # -- running ----------------------------------------------------------------------------------

    def busy(self) -> bool:
        return self._job is not None

    def run(
        self,
        work: Callable[[Job], Any],
        status: str,
        progress: Callable[[int, int], str],
        result: Callable[[Any], str],
    ) -> None:
        """Export in a Job; ``work`` gets the job (``progress=job.report``).  ``progress``
        says (done, total) in words, ``result`` the report."""
        self._progress_text, self._result_text = progress, result
        self.show_error("")
        self._set_busy(status)
        job = Job(work, self)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        job.progressed.connect(self._progressed)
        self._job = job
        job.start()

    def _set_busy(self, status: str | None) -> None:
        self.inputs_enabled(status is None)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(status is None)
        self.status.setText(status or "")
        self.status.setVisible(status is not None)
        self.progress.setRange(0, 0)
        self.progress.setVisible(status is not None)

    def _progressed(self, _stage: str, done: int, total: int) -> None:
        self.status.setText(self._progress_text(done, total))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _job_over(self) -> None:
        if self._job is not None:
            self._job.wait()
            self._job.deleteLater()
            self._job = None
        self._set_busy(None)

    def _succeeded(self, report: Any) -> None:
        self._job_over()
        self.report = report
        self.status.setText(self._result_text(report))
        self.status.show()
        self.exported.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self._job_over()
        if not isinstance(exc, errors.PcrmError):
            raise exc  # a bug: the crash dialog
        self.show_error(exc.message)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if text:
            self.status.hide()

    # -- closing ----------------------------------------------------------------------------------

    def reject(self) -> None:
        if not self.busy():  # the file is half written: let the job end (it is atomic)
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy():
            event.ignore()
        else:
            super().closeEvent(event)
