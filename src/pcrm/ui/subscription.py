"""Keeping the calendar subscription file up to date while the window is open.

Every change the window makes arrives as a ChangeSet on ``Edits.changed``; one that may change
the calendar (``services.ical_export.touches_calendar``) starts a short timer, so a burst of
edits (an import, a bulk action) writes the file once.  The writing runs in a
:class:`~pcrm.ui.worker.Job`; when the owner keeps no subscription file it costs one
preference read.  A failure (the folder went away, the disk is full) is reported through
``failed`` for the status bar, and the next change tries again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from pcrm import errors
from pcrm.services.changes import ChangeSet
from pcrm.services.ical_export import touches_calendar
from pcrm.services.session import Services
from pcrm.ui.worker import Job

DELAY_MS = 2000


class SubscriptionKeeper(QObject):
    refreshed = Signal(object)  # the ExportReport, or None when no file is kept
    failed = Signal(object)  # the PcrmError

    def __init__(
        self,
        services: Callable[[], Services | None],
        parent: QObject | None = None,
        delay_ms: int = DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._job: Job | None = None
        self._again = False
        self.timer = QTimer(self, singleShot=True, interval=delay_ms)
        self.timer.timeout.connect(self.refresh_now)

    def changed(self, changes: ChangeSet) -> None:
        """Connect ``Edits.changed`` here."""
        if touches_calendar(changes):
            self.timer.start()

    def refresh_now(self) -> None:
        """Write the file now (after unlocking, or when its preference changed)."""
        self.timer.stop()
        services = self._services()
        if services is None:
            return
        if self._job is not None:  # one write at a time; the newest state is written after
            self._again = True
            return
        job = Job(lambda _job: services.ical_export.refresh_subscription(), self)
        job.succeeded.connect(self.refreshed)
        job.failed.connect(self._failed)
        job.finished.connect(self._finished)
        self._job = job
        job.start()

    def busy(self) -> bool:
        return self._job is not None or self.timer.isActive()

    def wait(self) -> None:
        """Finish a write under way and drop a pending one (before the store is locked)."""
        self.timer.stop()
        self._again = False
        if self._job is not None:
            self._job.wait()
            self._finished()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, errors.PcrmError):
            raise exc
        self.failed.emit(exc)

    def _finished(self) -> None:
        if self._job is None:
            return
        self._job.deleteLater()
        self._job = None
        if self._again:
            self._again = False
            self.refresh_now()
