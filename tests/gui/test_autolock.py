"""Auto-lock with real widgets and input events; a "minute" is made short for the tests."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from pcrm.ui.autolock import AutoLock, ScreenLockWatch

FAST = 20  # ms per "minute" when the test waits for idle
SLOW = 1_000  # ms per "minute" when the test checks that input restarts the count


@pytest.fixture
def window(qtbot) -> QWidget:
    window = QWidget()
    QVBoxLayout(window).addWidget(QLineEdit(window))
    window.layout().addWidget(QLineEdit(window))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def make(qtbot, unit_ms: int, minutes: int) -> AutoLock:
    lock = AutoLock(QApplication.instance(), unit_ms=unit_ms)
    lock.set_minutes(minutes)
    return lock


def test_idle_comes_once_after_the_interval_without_input(qtbot, window: QWidget) -> None:
    lock = make(qtbot, FAST, 3)
    fired: list[None] = []
    lock.idle.connect(lambda: fired.append(None))
    with qtbot.waitSignal(lock.idle, timeout=2_000):
        lock.start()
    qtbot.wait(5 * 3 * FAST)
    assert fired == [None] and lock.remaining_ms() == -1
    lock.stop()


@pytest.mark.parametrize("how", ["key", "click", "wheel", "focus"])
def test_input_starts_the_count_again(qtbot, window: QWidget, how: str) -> None:
    lock = make(qtbot, SLOW, 60)  # a minute of idle
    lock.start()
    qtbot.wait(300)
    before = lock.remaining_ms()
    assert 0 < before < 60_000 - 200  # the count is running
    first, second = window.findChildren(QLineEdit)
    if how == "key":
        qtbot.keyClick(first, Qt.Key.Key_A)
    elif how == "click":
        qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    elif how == "wheel":
        event_wheel(second)
    else:
        second.setFocus()
        first.setFocus()
    assert lock.remaining_ms() > before
    lock.stop()


def event_wheel(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(QPoint(0, 0))) + centre,
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_painting_and_timers_are_not_activity(qtbot, window: QWidget) -> None:
    lock = make(qtbot, SLOW, 60)
    lock.start()
    qtbot.wait(300)
    before = lock.remaining_ms()
    window.resize(window.width() + 40, window.height() + 40)
    window.repaint()
    qtbot.wait(50)
    assert lock.remaining_ms() < before
    lock.stop()


def test_stopped_or_zero_minutes_never_locks(qtbot, window: QWidget) -> None:
    lock = make(qtbot, FAST, 0)
    fired: list[None] = []
    lock.idle.connect(lambda: fired.append(None))
    lock.start()
    qtbot.keyClick(window.findChildren(QLineEdit)[0], Qt.Key.Key_A)
    assert lock.remaining_ms() == -1
    lock.set_minutes(2)
    assert lock.remaining_ms() > 0
    lock.stop()
    qtbot.keyClick(window.findChildren(QLineEdit)[0], Qt.Key.Key_B)
    assert lock.remaining_ms() == -1
    qtbot.wait(5 * 2 * FAST)
    assert fired == []


def test_new_minutes_take_effect_at_once(qtbot, window: QWidget) -> None:
    lock = make(qtbot, SLOW, 60)
    lock.start()
    lock.set_minutes(2)
    assert 0 < lock.remaining_ms() <= 2_000
    lock.stop()


# -- the screen locks, the system sleeps ----------------------------------------------------------


@pytest.fixture
def bus_address() -> Iterator[str]:
    """A private D-Bus daemon standing in for the desktop's session or system bus."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    yield daemon.stdout.readline().strip()
    daemon.terminate()
    daemon.wait(5)
    daemon.stdout.close()


def connect(address: str, name: str) -> QDBusConnection:
    bus = QDBusConnection.connectToBus(address, name)
    assert bus.isConnected()
    return bus


SCREEN_LOCKED = ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged")
GNOME_SCREEN = ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged")
SLEEPING = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep")


def announce(bus: QDBusConnection, what: tuple[str, str, str], value: bool) -> None:
    message = QDBusMessage.createSignal(*what)
    message.setArguments([value])
    assert bus.send(message)


def test_a_screen_lock_or_a_suspend_locks_at_once(qtbot, bus_address: str) -> None:
    session, system = connect(bus_address, "watch-session"), connect(bus_address, "watch-system")
    desktop = connect(bus_address, "desktop")
    assert desktop.registerService("org.freedesktop.login1")
    watch = ScreenLockWatch(session, system)
    assert watch.listening
    lock = AutoLock(QApplication.instance(), unit_ms=SLOW, screen=watch)
    lock.set_minutes(60)
    lock.start()
    with qtbot.waitSignal(lock.idle, timeout=3_000):
        announce(desktop, SCREEN_LOCKED, True)
    assert lock.remaining_ms() == -1
    lock.start()
    with qtbot.assertNotEmitted(lock.idle, wait=300):
        announce(desktop, GNOME_SCREEN, False)  # the screen unlocked: nothing to do
    with qtbot.waitSignal(lock.idle, timeout=3_000):
        announce(desktop, SLEEPING, True)
    lock.set_with_screen(False)
    with qtbot.assertNotEmitted(lock.idle, wait=300):
        announce(desktop, SCREEN_LOCKED, True)
    lock.set_with_screen(True)
    lock.stop()
    with qtbot.assertNotEmitted(lock.idle, wait=300):
        announce(desktop, SCREEN_LOCKED, True)
    for name in ("watch-session", "watch-system", "desktop"):
        QDBusConnection.disconnectFromBus(name)


def test_without_a_bus_nothing_is_heard(qtbot) -> None:
    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "nowhere")
    try:
        assert not ScreenLockWatch(nowhere, nowhere).listening
    finally:
        QDBusConnection.disconnectFromBus("nowhere")
