"""The one crash dialog that every unexpected exception reaches through ``sys.excepthook``.

An exception's text may quote personal data (a name in a ``KeyError``, a field value in a
``ValueError``), so the dialog and the log show only the exception's type and the code location
it came from, never its message or any local values.
"""

from __future__ import annotations

import enum
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pcrm import log

EXIT_INTERNAL = 70  # as the command line's internal error


class CrashChoice(enum.Enum):
    CONTINUE = "continue"
    QUIT = "quit"


class CrashDialog(QMessageBox):
    def __init__(self, type_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("pcrm – unexpected error"))
        self.setText(self.tr("pcrm met an unexpected error ({name}).").format(name=type_name))
        self.setInformativeText(
            self.tr(
                "The last action may not have been completed; everything saved before it is safe. "
                "Nothing personal was written to the log. To see where the error happened, start "
                "pcrm from a terminal with PCRM_DEBUG=1."
            )
        )
        self.continue_button = self.addButton(
            self.tr("Keep working"), QMessageBox.ButtonRole.AcceptRole
        )
        self.quit_button = self.addButton(
            self.tr("Quit pcrm"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.setDefaultButton(self.continue_button)

    @classmethod
    def ask(cls, type_name: str, parent: QWidget | None = None) -> CrashChoice:
        dialog = cls(type_name, parent)
        dialog.exec()
        return (
            CrashChoice.QUIT
            if dialog.clickedButton() is dialog.quit_button
            else CrashChoice.CONTINUE
        )


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """The type and the stack of code locations: not the message, the values or even the source
    lines (a test or a literal may hold personal data)."""
    frames = traceback.extract_tb(tb) if tb else []
    stack = "".join(f"\n  {f.filename}:{f.lineno} in {f.name}" for f in frames)
    return f"{exc_type.__module__}.{exc_type.__qualname__}{stack}"


def log_crash(exc_type: type[BaseException], tb: TracebackType | None) -> None:
    log.ui.error("unexpected error: %s", describe(exc_type, tb))


class CrashHandler:
    """Installed as ``sys.excepthook`` while the app runs; shows one dialog at a time."""

    def __init__(self) -> None:
        self._previous = sys.excepthook
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.exit(130)
            return
        log_crash(exc_type, tb)
        if self._showing:
            return  # errors while the dialog is up (or queued) are logged, not stacked
        self._showing = True
        # Not from inside the failing code (a paint event, a model's data()): from the event loop.
        QTimer.singleShot(0, lambda: self._show(exc_type.__name__))

    def _show(self, type_name: str) -> None:
        try:
            choice = CrashDialog.ask(type_name, QApplication.activeWindow())
        finally:
            self._showing = False
        if choice is CrashChoice.QUIT:
            QApplication.exit(EXIT_INTERNAL)
