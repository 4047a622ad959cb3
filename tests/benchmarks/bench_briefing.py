"""Meeting briefing benchmarks over the 100,000-contact / 1,000,000-interaction set.

    cd tests/benchmarks && PYTHONPATH=../../src:. python bench_briefing.py --data /work/benchdata

The store in ``--data`` (built by ``bench_store`` when missing) is opened read-only: nothing is
written to it.  Prints medians against a floor measured in the same run, the card read
(``services.contacts.get``) of the same busy contact.  Target: a briefing for 10 participants
in ≤ 100 ms, read off the GUI thread; also what the dialog does with it: the worker's whole
preparation (briefing, photos, HTML), putting it into the view on the GUI thread (≤ 50 ms), and
writing the PDF in the worker.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "support"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_store import build_or_reuse, clock  # noqa: E402
from fake_keyring import FileKeyring  # noqa: E402

from pcrm.paths import StorePaths  # noqa: E402
from pcrm.services.session import Services  # noqa: E402
from pcrm.store.database import open_database  # noqa: E402


def open_readonly(data: Path) -> Services:
    backend = FileKeyring(data / "keyring.json")
    db = open_database(StorePaths(data / "store"), backend=backend, readonly=True)
    return Services(db, clock(), backend)


def timed(work: Callable[[], Any], reps: int) -> tuple[float, Any]:
    work()  # warm: the first read pulls the pages into SQLite's cache
    samples = []
    result = None
    for _ in range(reps):
        started = time.perf_counter()
        result = work()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("/tmp/pcrm-bench"))
    parser.add_argument("--reps", type=int, default=21)
    args = parser.parse_args()

    record = build_or_reuse(args.data, 100_000, 1_000_000)
    busy = int(record["stats"]["busy_contact_id"])
    services = open_readonly(args.data)
    try:
        ten = [busy, *[i for i in services.contacts.ordered_ids()[:40] if i != busy][:9]]
        meeting = max(
            services.timeline.for_contact(busy, limit=500, kinds=["meeting"]),
            key=lambda v: len(v.participants),
        )
        rows: list[tuple[str, float, str]] = []
        floor, _ = timed(lambda: services.contacts.get(busy), args.reps)
        rows.append(("floor: the busy contact's card (contacts.get)", floor, ""))
        one, briefing = timed(lambda: services.briefing.for_contacts([busy]), args.reps)
        person = briefing.people[0]
        rows.append(
            (
                "briefing: the busy contact (10,000 interactions)",
                one,
                f"{len(person.relations):,} relations, {len(person.tasks)} tasks",
            )
        )
        tens, _ = timed(lambda: services.briefing.for_contacts(ten), args.reps)
        rows.append(("briefing: 10 participants, the busy one among them", tens, "target ≤ 100"))
        met, briefing_m = timed(lambda: services.briefing.for_interaction(meeting.id), args.reps)
        rows.append(
            (
                f"briefing: the busy contact's biggest meeting ({len(meeting.participants)})",
                met,
                f"{briefing_m.shared.meetings_total if briefing_m.shared else 0} meetings together",
            )
        )

        import tempfile

        from PySide6.QtWidgets import QApplication

        from pcrm.ui.dialogs.briefing_dialog import BriefingBrowser, fill, prepare, write_pdf

        app = QApplication.instance() or QApplication(sys.argv[:1])
        prep_ms, prepared = timed(lambda: prepare(services, ten, None), args.reps)
        rows.append(
            (
                "worker: the 10's briefing, photos and HTML",
                prep_ms,
                f"{len(prepared.html) // 1024} KiB",
            )
        )
        browser = BriefingBrowser()
        browser.resize(760, 820)
        browser.show()

        def shown() -> None:
            browser.document().clear()
            fill(browser.document(), prepared)
            app.processEvents()

        def laid_out() -> None:
            shown()
            browser.document().pageCount()  # the whole document, not only the first screen

        show_ms, _ = timed(shown, max(args.reps // 3, 5))
        rows.append(("GUI thread: the 10's HTML into the view", show_ms, "target ≤ 50"))
        layout_ms, _ = timed(laid_out, max(args.reps // 3, 5))
        rows.append(("  … and all of it laid out (scrolled to the end)", layout_ms, ""))
        browser.close()
        with tempfile.TemporaryDirectory() as scratch:
            target = Path(scratch) / "briefing.pdf"
            pdf_ms, _ = timed(lambda: write_pdf(prepared, target), 5)
            size = target.stat().st_size // 1024
        rows.append(("worker: the 10's PDF (Save as PDF…)", pdf_ms, f"{size} KiB"))
    finally:
        services.lock()

    print(f"meeting briefing, {record['contacts']:,} contacts / {record['interactions']:,} "
          f"interactions, median of {args.reps}")  # fmt: skip
    width = max(len(label) for label, _, _ in rows)
    for label, ms, note in rows:
        ratio = f"{ms / floor:5.1f}x floor" if label != rows[0][0] else " " * 11
        print(f"  {label:<{width}}  {ms:8.2f} ms  {ratio}  {note}")


if __name__ == "__main__":
    main()
