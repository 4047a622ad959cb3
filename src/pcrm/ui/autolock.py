"""Auto-lock: ``idle`` after N minutes without keyboard, mouse, wheel or focus activity, and
when the screen locks or the system is about to sleep.

An application-wide event filter restarts one single-shot timer on every input event; nothing
polls.  Screen locks and suspends are what Linux desktops announce on D-Bus (the screen saver's
``ActiveChanged`` on the session bus, logind's ``PrepareForSleep`` on the system bus); where no
bus answers, only the timer locks.  The window connects ``idle`` to its lock (which closes the
database and clears the views), calls :meth:`stop` while locked and :meth:`start` after
unlocking, and feeds :meth:`set_minutes` and :meth:`set_with_screen` from the preferences.
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection

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
# (bus, service, path, interface, signal): each sends one bool, true when the screen locks or
# the system is about to sleep.  "" matches any sender.
_ANNOUNCEMENTS = (
    ("session", "", "", "org.freedesktop.ScreenSaver", "ActiveChanged"),
    ("session", "", "", "org.gnome.ScreenSaver", "ActiveChanged"),
    (
        "system",
        "org.freedesktop.login1",
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager",
        "PrepareForSleep",
    ),
)


class ScreenLockWatch(QObject):
    """``locked`` when the desktop says the screen locked or the system is going to sleep;
    ``woke`` when it says the screen unlocked or the system resumed (the notifier looks then
    for what fell due meanwhile)."""

    locked = Signal()
    woke = Signal()

    def __init__(
        self,
        session: QDBusConnection | None = None,
        system: QDBusConnection | None = None,
        parent: QObject | None = None,
    ) -> None:
        """The buses default to the desktop's own; tests pass private ones."""
        super().__init__(parent)
        buses = {
            "session": session if session is not None else QDBusConnection.sessionBus(),
            "system": system if system is not None else QDBusConnection.systemBus(),
        }
        heard = [
            buses[bus].isConnected()
            and buses[bus].connect(service, path, interface, name, self, SLOT("_announced(bool)"))
            for bus, service, path, interface, name in _ANNOUNCEMENTS
        ]
        self.listening = any(heard)  # False: nothing to hear on this system

    @Slot(bool)
    def _announced(self, happening: bool) -> None:
        (self.locked if happening else self.woke).emit()


class AutoLock(QObject):
    idle = Signal()

    def __init__(
        self,
        app: QCoreApplication,
        parent: QObject | None = None,
        unit_ms: int = MINUTE_MS,
        screen: ScreenLockWatch | None = None,
    ) -> None:
        """``unit_ms`` is how long a "minute" is (tests make it a few milliseconds); ``screen``
        defaults to a watch on the desktop's buses."""
        super().__init__(parent)
        self._app = app
        self._unit_ms = unit_ms
        self._minutes = 0
        self._running = False
        self._with_screen = True
        self.screen = screen if screen is not None else ScreenLockWatch(parent=self)
        self.screen.locked.connect(self._screen_locked)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # coarse ones may fire 5 % late
        self._timer.timeout.connect(self.idle)

    def set_minutes(self, minutes: int) -> None:
        """Idle time before ``idle``; 0 never locks.  A running count starts again."""
        self._minutes = max(0, minutes)
        self._timer.setInterval(self._minutes * self._unit_ms)
        self._restart()

    def set_with_screen(self, on: bool) -> None:
        """Whether a screen lock or a suspend locks too (when the desktop announces them)."""
        self._with_screen = on

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

    def _screen_locked(self) -> None:
        if self._running and self._with_screen:
            self._timer.stop()
            self.idle.emit()

    def _restart(self) -> None:
        if self._running and self._minutes > 0:
            self._timer.start()
        else:
            self._timer.stop()
