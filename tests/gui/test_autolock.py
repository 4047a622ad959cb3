"""Auto-lock with real widgets and input events; a "minute" is made short for the tests."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from pcrm.ui.autolock import AutoLock

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
