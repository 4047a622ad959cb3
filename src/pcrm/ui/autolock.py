"""Auto-lock: ``idle`` after N minutes without keyboard, mouse, wheel or focus activity.

An application-wide event filter restarts one single-shot timer on every input event; nothing
polls.  The window connects ``idle`` to its lock (which closes the database and clears the
views), calls :meth:`stop` while locked and :meth:`start` after unlocking, and feeds
:meth:`set_minutes` from the ``lock.idle_minutes`` preference.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.FocusIn,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
MINUTE_MS = 60_000


class AutoLock(QObject):
    idle = Signal()

    def __init__(
        self, app: QCoreApplication, parent: QObject | None = None, unit_ms: int = MINUTE_MS
    ) -> None:
        """``unit_ms`` is how long a "minute" is (tests make it a few milliseconds)."""
        super().__init__(parent)
        self._app = app
        self._unit_ms = unit_ms
        self._minutes = 0
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # coarse ones may fire 5 % late
        self._timer.timeout.connect(self.idle)

    def set_minutes(self, minutes: int) -> None:
        """Idle time before ``idle``; 0 never locks.  A running count starts again."""
        self._minutes = max(0, minutes)
        self._timer.setInterval(self._minutes * self._unit_ms)
        self._restart()

    def start(self) -> None:
        """Watch input from now on (the store was unlocked)."""
        if not self._running:
            self._running = True
            self._app.installEventFilter(self)
        self._restart()

    def stop(self) -> None:
        """Stop watching (the store is locked); ``idle`` will not come."""
        if self._running:
            self._running = False
            self._app.removeEventFilter(self)
        self._timer.stop()

    def remaining_ms(self) -> int:
        """Milliseconds until ``idle``; -1 when it will not come (stopped, or 0 minutes)."""
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._restart()
        return False

    def _restart(self) -> None:
        if self._running and self._minutes > 0:
            self._timer.start()
        else:
            self._timer.stop()
