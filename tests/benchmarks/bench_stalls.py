"""How long the GUI thread is blocked by what the owner does (``make bench-stalls``).

    .venv/bin/python tests/benchmarks/bench_stalls.py [--data DIR] [--reps N]

Issue 3's target: the UI thread blocked by search, load or save never more than 50 ms.  Over the
100,000-contact / 1,000,000-interaction set (built or reused through bench_store), each scripted
step is started from the event loop, as a click or key would be, and a
:class:`stall_watch.StallWatch` notes the longest time the loop could not run until the step has
settled (its workers done).  Prints the median and the worst of ``--reps`` runs of each step, next
to the floor: the same watch over an idle event loop.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "support"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("/tmp/pcrm-bench"))
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()

    from bench_store import build_or_reuse, clock, open_services
    from stall_watch import StallWatch
    from stall_watch import measure as stall_measure

    from PySide6.QtCore import QElapsedTimer, QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from pcrm.ui.main_window import MainWindow
    from pcrm.ui.settings import UiSettings
    from pcrm.ui.widgets.sidebar import CALENDAR, TODAY

    record = build_or_reuse(args.data, 100_000, 1_000_000)
    busy = int(record["stats"]["busy_contact_id"])
    app = QApplication.instance() or QApplication(sys.argv[:1])
    watch = StallWatch()

    def idle(ms: int) -> None:
        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < ms:
            app.processEvents()

    def settled() -> None:
        idle(30)
        while window.is_loading() or window.timeline.model.is_loading():
            app.processEvents()
        idle(100)

    def measure(label: str, step: Callable[[], object], reset: Callable[[], object] = lambda: 0):
        stall_measure(watch, args.reps, settled, label, step, reset)

    services = open_services(args.data)
    settings = UiSettings(QSettings(str(args.data / "ui.ini"), QSettings.Format.IniFormat))
    watch.start()
    window = MainWindow(services, clock(), settings, lambda _p: None)
    window.resize(1400, 840)
    window.show()
    settled()
    opening = watch.stop()

    print("longest GUI-thread stall, ms (target: never > 50)")
    print(f"  {'step':<46} {'median':>7} {'worst':>7}")
    measure("idle event loop (the floor)", lambda: None)
    print(f"  {'building and showing the window (once)':<46} {opening:7.0f} {opening:7.0f}")

    def type_query(text: str) -> Callable[[], None]:
        def run() -> None:
            window.find_action.trigger()
            for ch in text:
                QTest.keyClicks(window.search_panel.box, ch)
                idle(120)  # a quick typist

        return run

    def clear_search() -> None:
        window.search_panel.clear()

    measure("typing 'olena' into search", type_query("olena"), clear_search)
    measure(
        "Enter: ranked results",
        lambda: QTest.keyClick(window.search_panel.box, Qt.Key.Key_Return),
        lambda: (clear_search(), type_query("kyiv")()),
    )
    measure("open a card with 10,000 interactions", lambda: window.show_contact(busy),
            lambda: (clear_search(), window.show_contact(1)))  # fmt: skip

    def page_down_held() -> None:  # the key repeating at 30/s, the loop running in between
        for _ in range(10):
            QTest.keyClick(window.table, Qt.Key.Key_PageDown)
            idle(33)

    measure("PageDown held for 10 pages in the list", page_down_held, window.table.setFocus)
    measure("open the card editor", window.edit_action.trigger,
            lambda: (window.show_contact(busy), settled()))  # fmt: skip
    window.editor.cancel()
    measure("the Today page", lambda: window.sidebar.select(TODAY))
    measure("the Calendar page", lambda: window.sidebar.select(CALENDAR))
    window.contacts_action.trigger()
    settled()
    window.table.setFocus()
    window.table.selectAll()
    group = services.groups.create("Stall benchmark").first("group")
    measure("add 100,000 contacts to a group", lambda: window.add_selected_to_group(group),
            lambda: window.edits.stack.canUndo() and window.undo_action.trigger())  # fmt: skip
    measure("undo that", window.undo_action.trigger,
            lambda: window.edits.stack.canRedo() and window.redo_action.trigger())  # fmt: skip
    window.sidebar.clear_sources()
    services.groups.set_deleted(group, True)  # empty again after the undo
    window.search_panel.clear()
    window.timeline.clear()
    window.global_timeline.clear()
    window.services = None
    window.close()
    services.lock()


if __name__ == "__main__":
    main()
