"""How long the GUI thread goes without running its event loop: the owner's "it froze".

A precise 1 ms timer on the GUI thread notes the time between its ticks; a gap longer than the
interval is time the event loop could not run (a query, a layout, a save on the GUI thread).
Used by the benchmarks around scripted operations; the figure to compare with the target
("never more than 50 ms") is :attr:`StallWatch.longest_ms`.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer

TARGET_MS = 50  # issue 3: the GUI thread never blocked longer


class StallWatch(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = QElapsedTimer()
        self._timer = QTimer(self, interval=1, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._last = 0
        self.gaps: list[int] = []

    def start(self) -> None:
        self.gaps = []
        self._clock.start()
        self._last = 0
        self._timer.start()

    def stop(self) -> float:
        """Stops watching; the longest stall in ms, counting the one that may be running now."""
        self._tick()
        self._timer.stop()
        return self.longest_ms

    def _tick(self) -> None:
        now = self._clock.elapsed()
        self.gaps.append(now - self._last)
        self._last = now

    @property
    def longest_ms(self) -> float:
        return float(max(self.gaps, default=0))


def measure(
    watch: StallWatch,
    reps: int,
    settled: Callable[[], None],
    label: str,
    step: Callable[[], object],
    reset: Callable[[], object] = lambda: None,
    width: int = 46,
) -> None:
    """Print the median and worst of ``reps`` runs of ``step`` (started from the event loop,
    as a click or key would be), each after ``reset`` and both followed by ``settled``."""
    worst = []
    for _ in range(reps):
        reset()
        settled()
        watch.start()
        QTimer.singleShot(0, step)
        settled()
        worst.append(watch.stop())
    verdict = "ok" if max(worst) <= TARGET_MS else "OVER"
    print(
        f"  {label:<{width}} {statistics.median(worst):7.0f} {max(worst):7.0f}   {verdict}",
        flush=True,
    )
