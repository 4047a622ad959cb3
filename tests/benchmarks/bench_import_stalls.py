"""How long the GUI thread is blocked while the owner imports a file (issue 5: never > 50 ms).

    .venv/bin/python tests/benchmarks/bench_import_stalls.py [--store N] [--records N] [--reps N]

A store of ``--store`` demo contacts (default 100,000) is built in a temp folder and opened in the
real main window; then, through the real import dialog, a file of ``--records`` vCards (and the
same people as a CSV file) is read and previewed, imported, and the import undone from the Edit
menu.  A :class:`stall_watch.StallWatch` notes the longest time the event loop could not run
during each step, until the step has settled (its workers done, the list reloaded).  Prints the
median and worst of ``--reps`` runs next to the floor: the same watch over an idle event loop.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "support"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=int, default=100_000)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()

    from bench_import import open_store, records
    from stall_watch import StallWatch
    from stall_watch import measure as stall_measure

    from PySide6.QtCore import QElapsedTimer, QSettings
    from PySide6.QtWidgets import QApplication

    from pcrm.services import contact_formats
    from pcrm.services.demo import generate
    from pcrm.ui.dialogs.import_dialog import ImportDialog
    from pcrm.ui.main_window import MainWindow
    from pcrm.ui.settings import UiSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    watch = StallWatch()
    with tempfile.TemporaryDirectory(dir=HERE) as folder:
        root = Path(folder)
        services = open_store(root)
        generate(services, contacts=args.store, interactions=0)
        found = records(args.records)
        files = {}
        for kind, suffix in (("vcard", "vcf"), ("csv", "csv")):
            files[kind] = root / f"people.{suffix}"
            cards = [(r.card, r.photo) for r in found]
            files[kind].write_bytes(contact_formats.write(kind, cards, "4.0"))

        settings = UiSettings(QSettings(str(root / "ui.ini"), QSettings.Format.IniFormat))
        window = MainWindow(services, services.clock, settings, lambda _p: None)
        window.resize(1400, 840)
        window.show()
        dialog: list[ImportDialog] = []

        def idle(ms: int) -> None:
            timer = QElapsedTimer()
            timer.start()
            while timer.elapsed() < ms:
                app.processEvents()

        def busy() -> bool:
            return window.is_loading() or any(d._job is not None for d in dialog)

        def settled() -> None:
            idle(30)
            while busy():
                app.processEvents()
            idle(150)

        def measure(label: str, step: Callable[[], object], reset: Callable[[], object]) -> None:
            stall_measure(watch, args.reps, settled, label, step, reset, width=52)

        settled()
        print(f"longest GUI-thread stall, ms (target: never > 50); {args.store:,} contacts stored")
        print(f"  {'step':<52} {'median':>7} {'worst':>7}")
        measure("idle event loop (the floor)", lambda: None, lambda: None)

        def fresh() -> None:
            for old in dialog:
                old.done(0)
                old.deleteLater()
            dialog[:] = [ImportDialog(window.edits, services, window)]
            dialog[0].open()

        def undo_if_imported() -> None:
            if window.edits.stack.canUndo():
                window.undo_action.trigger()
            fresh()

        def import_now() -> None:
            dialog[0].import_()

        def redo() -> None:
            if window.edits.stack.canRedo():
                window.redo_action.trigger()

        def steps(kind: str) -> None:
            def load() -> None:
                dialog[0].load(files[kind])

            def previewed() -> None:
                undo_if_imported()
                load()
                settled()

            name = f"{args.records:,} {'vCards' if kind == 'vcard' else 'CSV rows'}"
            measure(f"read and preview {name}", load, undo_if_imported)
            measure(f"import {name} (store, index, list reload)", import_now, previewed)
            measure(f"undo the import of {name}", window.undo_action.trigger, redo)
            if window.edits.stack.canUndo():
                window.undo_action.trigger()
                settled()

        steps("vcard")
        steps("csv")
        for old in dialog:
            old.done(0)
        window.search_panel.clear()
        window.timeline.clear()
        window.global_timeline.clear()
        window.sidebar.clear_sources()
        window.services = None
        window.close()
        services.lock()


if __name__ == "__main__":
    main()
