"""The notifier: raises each reminder once, on time, with one timer and no polling.

A check (off the GUI thread) asks the organizer what is pending, records it as raised — only
what that call records is shown, so an alarm is never shown twice — and when the next one falls
due; one single-shot timer is then set to that instant.  Checks also run at :meth:`start` (after
unlocking: whatever fell due while pcrm was closed comes as the ``digest``), after every edit
(a new reminder may be the next), and when the desktop says it woke up (``ScreenLockWatch.woke``).

Timers count monotonic time, which stands still while the computer sleeps and ignores changes of
the wall clock; so the timer is never set more than :data:`LONGEST_MS` ahead, and when it fires
the wall clock is compared with the monotonic one: a jump is logged, and what fell due meanwhile
comes ``missed``, in the digest.  The check itself is cheap (indexed queries, a few ms).

The tray icon shows how many things are due today (:class:`~pcrm.ui.tray_badge.TrayBadge`),
counted again after each check and each edit, and plain while locked.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from pcrm import errors, log
from pcrm.clock import Clock
from pcrm.services.changes import ChangeSet
from pcrm.services.due import Due
from pcrm.services.session import Services
from pcrm.ui.autolock import ScreenLockWatch
from pcrm.ui.due_text import headline, people, when
from pcrm.ui.edits import Edits
from pcrm.ui.i18n import shared_tr as _tr
from pcrm.ui.tray_badge import TrayBadge
from pcrm.ui.worker import Latest

LONGEST_MS = 60 * 60 * 1000  # an unannounced sleep or clock change delays an alarm at most this
JUMP_S = 60.0  # wall and monotonic time parting by more than this: the clock jumped or slept


@dataclass(frozen=True)
class _Checked:
    fresh: list[Due]
    wake: datetime | None


class Notifier(QObject):
    raised = Signal(list)  # list[Due] that fell due just now
    digest = Signal(list)  # list[Due] missed while pcrm was closed or the computer slept
    failed = Signal(object)  # PcrmError met while checking (shown in the status bar)

    def __init__(
        self,
        services: Callable[[], Services | None],
        clock: Clock,
        *,
        edits: Edits | None = None,
        screen: ScreenLockWatch | None = None,
        tray: QSystemTrayIcon | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._clock = clock
        self._tray = tray
        self._running = False
        self._armed_at = (0.0, 0.0)  # (wall, monotonic) seconds when the timer was set
        self.wake: datetime | None = None  # the instant the timer waits for
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._timeout)
        self._reads = Latest(self._deliver, self._failed, self)
        self.badge = TrayBadge(tray, services, clock, self)
        if edits is not None:
            edits.changed.connect(self._edited)
            edits.changed.connect(self.badge.edited)
        if screen is not None:
            screen.woke.connect(self.check)

    def start(self) -> None:
        """The store was unlocked: raise what fell due meanwhile and wait for the next."""
        self._running = True
        self.check()

    def stop(self) -> None:
        """The store is being locked: no timer, no read left running."""
        self._running = False
        self._timer.stop()
        self._reads.wait()
        self.badge.clear()
        self.wake = None

    def remaining_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def check(self) -> None:
        """Raise what is due now and set the timer to the next (off the GUI thread)."""
        services = self._services()
        if not self._running or services is None:
            return
        organizer = services.organizer

        def work() -> _Checked:
            now = self._clock.now()
            fresh = organizer.mark_raised(organizer.pending(now), through=now)
            return _Checked(fresh, organizer.next_wakeup(now))

        self._reads.request(work)

    def _edited(self, changes: ChangeSet) -> None:
        if {"task", "contact", "interaction", "preference"} & (
            set(changes.created) | set(changes.updated) | set(changes.deleted)
        ):
            self.check()

    def _timeout(self) -> None:
        wall, mono = self._armed_at
        drift = (time.time() - wall) - (time.monotonic() - mono)
        if abs(drift) > JUMP_S:
            log.ui.info("the wall clock moved %+.0f s against the timer (sleep or change)", drift)
        self.check()

    def _deliver(self, checked: _Checked) -> None:
        if not self._running:
            return
        missed = [d for d in checked.fresh if d.missed]
        on_time = [d for d in checked.fresh if not d.missed]
        if missed:
            self.digest.emit(missed)
        if on_time:
            self.raised.emit(on_time)
        if checked.fresh:
            self._show_in_tray(on_time, missed)
        self._arm(checked.wake)
        self.badge.refresh()  # after unlocking, a reminder, a wake-up: the count may differ

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, errors.PcrmError):
            raise exc
        log.ui.warning("could not check the reminders: %s", exc.error_id)
        self.failed.emit(exc)
        self._arm(None)

    def _arm(self, wake: datetime | None) -> None:
        self.wake = wake
        self._armed_at = (time.time(), time.monotonic())
        if wake is None:
            self._timer.setInterval(LONGEST_MS)
        else:
            ms = (wake - self._clock.now()).total_seconds() * 1000
            self._timer.setInterval(int(min(max(ms, 0), LONGEST_MS)))
        self._timer.start()

    def _show_in_tray(self, on_time: list[Due], missed: list[Due]) -> None:
        tray = self._tray
        if tray is None or not tray.isVisible() or not QSystemTrayIcon.isSystemTrayAvailable():
            return
        items = on_time + missed
        if len(items) == 1:
            title, body = headline(items[0]), _line(items[0])
        else:
            n = len(items)
            if missed:
                title = _tr("%n reminder(s) while pcrm was closed", None, n)
            else:
                title = _tr("%n reminder(s)", None, n)
            body = "\n".join(headline(d) for d in items[:5])
        tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 10_000)


def _line(item: Due) -> str:
    who = people(item)
    return f"{when(item)} · {who}" if who and item.kind not in ("touch",) else when(item)
