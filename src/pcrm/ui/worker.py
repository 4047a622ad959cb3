"""Running slow core work off the GUI thread: key derivation, creating a store, demo data.

A :class:`Job` runs one callable in its own thread and reports back through signals, which Qt
delivers in the GUI thread (the receivers live there).  The callable gets the job, so it can
report progress.  Errors are handed over as they are; the receiver decides which ones it can
show in place and re-raises the rest, so they reach the crash dialog.

:func:`run_with_progress` is for work the caller must wait for (opening the store, a change to
thousands of contacts): the GUI thread keeps painting while the owner's input is held back, and
a busy window appears once the work takes longer than a moment.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_PROGRESS_AFTER_MS = 400  # an ordinary opening (~10 ms) shows nothing
# What the owner does while the work runs; painting, timers and the worker's signals go on.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.Close,
    }
)


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


class Latest(QObject):
    """One read at a time off the GUI thread, answering only the newest request.

    A view that reloads on every change (the contact list's ids, the sidebar) asks again while
    an older read still runs: the newer request waits for it, requests in between are dropped,
    and only the newest one's answer reaches ``deliver`` (or ``failed``).  ``wait`` blocks until
    nothing runs and drops every answer still on its way (before the store is closed).
    """

    def __init__(
        self,
        deliver: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._deliver = deliver
        self._failed = failed
        self._job: Job | None = None
        self._pending: Callable[[], Any] | None = None
        self._generation = 0

    def request(self, work: Callable[[], Any]) -> None:
        self._generation += 1
        if self._job is not None:
            self._pending = work
            return
        generation = self._generation
        job = Job(lambda _job: work(), self)
        job.succeeded.connect(lambda result: self._answer(generation, self._deliver, result))
        job.failed.connect(lambda exc: self._answer(generation, self._failed, exc))
        job.finished.connect(lambda: self._finished(job))
        self._job = job
        job.start()

    def busy(self) -> bool:
        return self._job is not None or self._pending is not None

    def wait(self) -> None:
        self._pending = None
        self._generation += 1
        if self._job is not None:
            self._job.wait()
            self._finished(self._job)

    def _answer(self, generation: int, receiver: Callable[[Any], None], value: Any) -> None:
        if generation == self._generation:
            receiver(value)

    def _finished(self, job: Job) -> None:
        if job is not self._job:  # already handled by wait()
            return
        self._job = None
        job.deleteLater()
        if self._pending is not None:
            work, self._pending = self._pending, None
            self._generation -= 1  # request() counts it again
            self.request(work)


class _HoldInput(QObject):
    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        return event.type() in _INPUT


def run_with_progress(work: Callable[[], Any], text: str, parent: QWidget | None) -> Any:
    """``work()`` in a worker, the caller waiting in a local event loop: its result, or its
    exception raised here.  The owner's keys, clicks and close requests are held back meanwhile
    (nothing can start a second change, or close the store, halfway through the first), and a
    busy window with ``text`` shows once the work takes longer than a moment."""
    outcome: dict[str, Any] = {}

    def run(_job: Job) -> None:  # kept here, not in signals: a quitting app drops those
        try:
            outcome["value"] = work()
        except Exception as exc:  # noqa: BLE001 -- raised again below, in this thread
            outcome["error"] = exc

    job = Job(run)
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setWindowTitle("pcrm")
    progress.setCancelButton(None)  # neither a schema upgrade nor a bulk change stops halfway
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.reset()  # hidden until the timer says otherwise
    reveal = QTimer(singleShot=True, interval=SHOW_PROGRESS_AFTER_MS)
    reveal.timeout.connect(progress.show)
    hold = _HoldInput()
    app = QCoreApplication.instance()
    if app is not None:
        app.installEventFilter(hold)
    try:
        reveal.start()
        job.start()
        loop.exec()
        job.wait()
    finally:
        if app is not None:
            app.removeEventFilter(hold)
        reveal.stop()
        progress.close()
        progress.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
