"""The daily automatic backup while the window is open.

After unlocking (:meth:`BackupKeeper.start`) the keeper asks the backup service when the next
backup falls due; when it is due it is taken at once in a :class:`~pcrm.ui.worker.Job`, else a
timer waits for it (at most an hour at a time, so a laptop that slept or a clock that jumped is
noticed).  A changed preference (``Edits.changed`` → :meth:`changed`) asks again.  A failure is
reported through ``failed`` (for the status bar; the service has logged it) and tried again an
hour later; it never deletes an older backup.  :meth:`stop` before locking waits for a backup
under way, so the store is never closed under it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from pcrm import errors
from pcrm.services.backups import Taken
from pcrm.services.changes import ChangeSet
from pcrm.services.preferences import PREFERENCE
from pcrm.services.session import Services
from pcrm.ui.worker import Job

LONGEST_WAIT = timedelta(hours=1)


class BackupKeeper(QObject):
    taken = Signal(object)  # pcrm.services.backups.Taken
    failed = Signal(object)  # the PcrmError

    def __init__(
        self, services: Callable[[], Services | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._job: Job | None = None
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """After unlocking: take the backup if it is due, else wait for it."""
        self.check()

    def stop(self) -> None:
        """Before locking: a backup under way is finished first, and no more timer."""
        if self._job is not None:
            self._job.wait()
            self._finished(self._job)
        self.timer.stop()

    def busy(self) -> bool:
        return self._job is not None

    def changed(self, changes: ChangeSet) -> None:
        """Connect ``Edits.changed`` here: a backup preference may have changed."""
        if PREFERENCE in changes.updated:
            self.check()

    def check(self) -> None:
        services = self._services()
        if services is None or self._job is not None:
            return
        self.timer.stop()
        if not services.backups.due():
            self._arm(services)
            return
        job = Job(lambda _job: services.backups.take(), self)
        job.succeeded.connect(self._taken)
        job.failed.connect(self._failed)
        job.finished.connect(lambda: self._finished(job))
        self._job = job
        job.start()

    def _taken(self, taken: Taken) -> None:
        self.taken.emit(taken)
        services = self._services()
        if services is not None:
            self._arm(services)

    def _arm(self, services: Services) -> None:
        when = services.backups.next_due()
        if when is None:  # automatic backups are off
            return
        wait = min(max(when - services.clock.now(), timedelta(0)), LONGEST_WAIT)
        self.timer.start(int(wait.total_seconds() * 1000) + 1000)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, errors.PcrmError):
            raise exc
        self.failed.emit(exc)
        self.timer.start(int(LONGEST_WAIT.total_seconds() * 1000))  # then try again

    def _finished(self, job: Job) -> None:
        if job is not self._job:  # already handled by stop()
            return
        self._job = None
        job.deleteLater()
