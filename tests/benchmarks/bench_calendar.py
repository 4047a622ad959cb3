"""Calendar benchmark: ``services.calendar.between`` for a day, a week and a month window over
the 100,000-contact / 1,000,000-interaction set (not part of the test suite).

    PYTHONPATH=src .venv/bin/python tests/benchmarks/bench_calendar.py [--data DIR] [--reps N]

Uses (or builds, through bench_store) the data set in ``--data``, opened read-only, and adds
nothing to it: the set's own tasks (600, a third of them recurring), 74k important dates and
the meetings in its timeline.  Windows start at midnight in Europe/Kyiv around the set's "now"
(23 November 2026), one per step back into the timeline, so each repetition reads fresh rows.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "support"))

TARGET_MS = 50.0  # a month view fills within the 50 ms the UI thread may block (it runs off it)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("/tmp/pcrm-bench"))
    parser.add_argument("--reps", type=int, default=15)
    args = parser.parse_args()

    from bench_store import build_or_reuse, clock, p50, p95, samples
    from fake_keyring import FileKeyring

    from pcrm.paths import StorePaths
    from pcrm.services.calendar import midnight
    from pcrm.services.session import Services
    from pcrm.store.database import open_database

    build_or_reuse(args.data, 100_000, 1_000_000)
    backend = FileKeyring(args.data / "keyring.json")
    db = open_database(StorePaths(args.data / "store"), backend=backend, readonly=True)
    fixed = clock()
    services = Services(db, fixed, backend)
    zone = fixed.zone()
    today = fixed.local_now().date()
    try:
        print(f"calendar.between over {args.data} (median / p95 of {args.reps}, ms)")
        for name, days in (("day", 1), ("week", 7), ("month (6 weeks)", 42)):
            step = iter(range(10_000))
            counts: list[int] = []

            def one(
                days: int = days, step: Iterator[int] = step, counts: list[int] = counts
            ) -> None:
                first = today - timedelta(days=7 * next(step))
                start, end = midnight(first, zone), midnight(first + timedelta(days=days), zone)
                counts.append(len(services.calendar.between(start, end, zone=zone)))

            times = samples(one, args.reps)
            verdict = "ok" if p95(times) <= TARGET_MS else f"over the {TARGET_MS:.0f} ms budget"
            print(
                f"  {name:16} {p50(times):7.1f} / {p95(times):7.1f}   "
                f"items {min(counts)}-{max(counts)}   {verdict}"
            )
    finally:
        services.lock()


if __name__ == "__main__":
    main()
