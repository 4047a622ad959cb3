"""Running slow core work off the GUI thread: key derivation, creating a store, demo data.

A :class:`Job` runs one callable in its own thread and reports back through signals, which Qt
delivers in the GUI thread (the receivers live there).  The callable gets the job, so it can
report progress.  Errors are handed over as they are; the receiver decides which ones it can
show in place and re-raises the rest, so they reach the crash dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class Job(QThread):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(str, int, int)  # stage, done, total

    def __init__(self, work: Callable[[Job], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self)
        except Exception as exc:  # noqa: BLE001 -- handed to the GUI thread, which re-raises it
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)

    def report(self, stage: str, done: int, total: int) -> None:
        """A progress callback for the core (``progress=job.report``)."""
        self.progressed.emit(stage, done, total)
