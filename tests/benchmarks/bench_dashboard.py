"""The dashboard window and a card's statistics over 100k contacts / 1M interactions (issue 6).

    .venv/bin/python tests/benchmarks/bench_dashboard.py [--data DIR] [--from DIR] [--reps N]

Works on a copy, as ``bench_organizer`` does: ``--data`` (default /tmp/pcrm-bench-dashboard) is
filled from ``--from`` (default /work/benchdata, built by ``bench_store``) and upgraded to this
branch's schema on first open; the original is left alone.  Offscreen.  Prints medians of:

- the dashboard, from a change of period to the figures on screen (computed in the worker,
  shown and painted), with the GUI thread's longest stall meanwhile (target: never > 50 ms),
  against the floor of ``InsightService.dashboard`` called directly in the same run;
- a card with 10,000 interactions shown in the main window, statistics included (issue 3's
  ≤ 50 ms for card + first timeline page + paint), against the same card without the
  statistics (``card_stats`` replaced by a stand-in that returns at once), in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "support"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def median(samples: list[float]) -> str:
    return f"{statistics.median(samples):7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("/tmp/pcrm-bench-dashboard"))
    parser.add_argument("--from", dest="source", type=Path, default=Path("/work/benchdata"))
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()

    from bench_organizer import copy_or_build
    from bench_store import MARKER, clock, open_services
    from stall_watch import StallWatch

    from PySide6.QtCore import QElapsedTimer, QSettings
    from PySide6.QtWidgets import QApplication

    from pcrm.services.insight import CardStats, Granularity, Scope
    from pcrm.ui.dialogs.dashboard import DashboardWindow
    from pcrm.ui.main_window import MainWindow
    from pcrm.ui.settings import UiSettings
    from pcrm.ui.widgets import period_picker as picker

    copy_or_build(args.data, args.source)
    busy = int(json.loads((args.data / MARKER).read_text())["stats"]["busy_contact_id"])
    app = QApplication.instance() or QApplication(sys.argv[:1])
    started = time.perf_counter()
    services = open_services(args.data)  # the first open upgrades the copy
    print(f"opened the store in {time.perf_counter() - started:.1f} s")

    def idle(ms: int) -> None:
        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < ms:
            app.processEvents()
            time.sleep(0.001)

    def wait_until(done: Callable[[], bool]) -> None:
        """The GUI thread idles as the owner's would (sleeping between events, the GIL
        free for the workers), not in a busy loop that would hold it."""
        while not done():
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()

    print(f"the dashboard window ({args.reps} runs each; floor: the service alone)")
    window = DashboardWindow(services)
    window.resize(1440, 1000)
    window.show()
    wait_until(lambda: window.result is not None)
    idle(200)
    for preset in (picker.LAST_365, picker.LAST_30, picker.ALL_TIME):
        shown, stalls, floor = [], [], []
        for _ in range(args.reps):
            other = picker.LAST_90 if preset != picker.LAST_90 else picker.LAST_30
            window.period.set_preset(other)
            watch = StallWatch()
            window.result = None
            watch.start()
            begun = time.perf_counter()
            window.period.preset.setCurrentIndex(window.period.preset.findData(preset))
            wait_until(lambda: window.result is not None and not window.is_computing())
            window.repaint()
            shown.append((time.perf_counter() - begun) * 1000)
            stalls.append(watch.stop())
            period = window.result.period
            granularity = Granularity(window.period.granularity_key())
            begun = time.perf_counter()
            services.insight.dashboard(period, Scope(), granularity)
            floor.append((time.perf_counter() - begun) * 1000)
            idle(50)
        print(
            f"  {preset:8} change → on screen {median(shown)}   service alone {median(floor)}"
            f"   GUI stall max {max(stalls):.0f} ms (target ≤ 500 ms, ≤ 50 ms stall)"
        )
    window.close()

    print("a card with 10,000 interactions (card + first timeline page + paint)")
    settings = UiSettings(QSettings(str(args.data / "ui.ini"), QSettings.Format.IniFormat))
    main_window = MainWindow(services, clock(), settings, lambda _p: None)
    main_window.resize(1400, 840)
    main_window.show()

    def settle() -> None:
        wait_until(
            lambda: not main_window.is_loading() and not main_window.timeline.model.is_loading()
        )

    def card_times() -> list[float]:
        samples = []
        for _ in range(args.reps):
            main_window.show_contact(1)
            settle()
            begun = time.perf_counter()
            main_window.show_contact(busy)
            settle()
            main_window.repaint()
            samples.append((time.perf_counter() - begun) * 1000)
        return samples

    settle()
    with_stats = card_times()
    real = services.insight.card_stats
    stats_alone = []
    for _ in range(args.reps):
        begun = time.perf_counter()
        found = real(busy, clock().now().date(), "Europe/Kyiv")
        stats_alone.append((time.perf_counter() - begun) * 1000)
    services.insight.card_stats = lambda *_a: found  # type: ignore[method-assign]
    without = card_times()
    services.insight.card_stats = real  # type: ignore[method-assign]
    assert isinstance(found, CardStats)
    print(f"  with the statistics    {median(with_stats)}  (target ≤ 50 ms)")
    print(f"  floor: without them    {median(without)}")
    print(f"  card_stats alone       {median(stats_alone)}  (target ≤ 20 ms)")
    main_window.search_panel.clear()
    main_window.timeline.clear()
    main_window.global_timeline.clear()
    main_window.sidebar.clear_sources()
    main_window.services = None
    main_window.close()
    services.lock()


if __name__ == "__main__":
    main()
