"""Organizer benchmarks: the due list over 100,000 contacts' dates and 10,000 reminders.

    .venv/bin/python tests/benchmarks/bench_organizer.py [--data DIR] [--from DIR] [--reps N]

Works on a copy: ``--data`` (default /tmp/pcrm-bench-organizer) is filled from ``--from``
(default /work/benchdata, the shared 100k / 1M set, opened as ``bench_ui`` does through
``bench_store``; the copy is upgraded to this branch's schema, the original is left alone), or
built with ``bench_store`` when there is nothing to copy.  10,000 reminders are added once: a
third recurring (weekly, monthly, yearly), the rest one-off across the past and the next year,
half with alarms.  Then everything due at the benchmark's "now" is raised, as the notifier
would, and the steady state is measured: ``pending`` (the due list; target ≤ 50 ms),
``next_wakeup``, ``today`` and ``losing_touch``; and once, the first run's digest.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "support"))

from bench_store import MARKER, build_or_reuse, open_services  # noqa: E402

from pcrm.domain.recurrence import occurrences  # noqa: E402
from pcrm.services.session import Services  # noqa: E402
from pcrm.services.tasks import WALL_FORMAT, place_due  # noqa: E402
from pcrm.store import models as m  # noqa: E402

REMINDERS = 10_000
ADDED = "organizer-reminders.json"


def copy_or_build(data: Path, source: Path) -> None:
    if (data / MARKER).exists():
        print(f"reusing {data}")
        return
    if (source / MARKER).exists():
        print(f"copying {source} to {data} (the copy is upgraded, the original left alone)")
        data.mkdir(parents=True, exist_ok=True)
        shutil.copytree(
            source / "store", data / "store", ignore=shutil.ignore_patterns("*.lock", "*-shm")
        )
        for name in (MARKER, "keyring.json"):
            shutil.copy2(source / name, data / name)
        return
    build_or_reuse(data, 100_000, 1_000_000)


def add_reminders(services: Services, data: Path) -> None:
    if (data / ADDED).exists():
        return
    print(f"adding {REMINDERS:,} reminders", flush=True)
    rng = random.Random(4)
    now = services.clock.now()
    zone = services.clock.zone()
    with services.tasks.write() as s:
        contact_ids = [row[0] for row in s.execute(m.Contact.__table__.select().limit(5000))]
        for n in range(REMINDERS):
            recurring = n % 3 == 0
            start = (now + timedelta(days=rng.uniform(-200, 365))).astimezone(zone)
            wall = start.replace(tzinfo=None, second=0, microsecond=0)
            rule = rng.choice(["FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=YEARLY"]) if recurring else None
            row = m.Task(
                kind="reminder",
                title=f"Reminder {n}",
                starts_local=wall.strftime(WALL_FORMAT),
                time_zone=None if n % 4 else "Europe/Kyiv",
                rrule=rule,
                status="done" if not recurring and start < now and n % 2 else "open",
                created_at=now,
                updated_at=now,
            )
            task_zone = zone if row.time_zone is None else services.tasks._zone(row.time_zone)
            # a recurring series is open on its first occurrence after now
            after = max(now, start) - timedelta(days=1) if recurring else start - timedelta(days=1)
            first = occurrences(rule, wall, task_zone, after)
            place_due(row, first[0] if first else None)
            row.contacts = [m.TaskContact(contact_id=rng.choice(contact_ids))]
            row.alarms = [m.Alarm(minutes_before=x) for x in ([15, 60 * 24] if n % 2 else [])]
            s.add(row)
    (data / ADDED).write_text(json.dumps({"reminders": REMINDERS}))


def samples(fn: Callable[[], Any], reps: int) -> list[float]:
    out = []
    for _ in range(reps):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def row(name: str, times: list[float], target: str = "") -> None:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    print(f"| {name:<34} | {statistics.median(times):8.1f} | {p95:8.1f} | {target:>8} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("/tmp/pcrm-bench-organizer"))
    parser.add_argument("--from", dest="source", type=Path, default=Path("/work/benchdata"))
    parser.add_argument("--reps", type=int, default=21)
    args = parser.parse_args()
    copy_or_build(args.data, args.source)
    services = open_services(args.data)
    try:
        add_reminders(services, args.data)
        org = services.organizer
        with org.read() as s:
            counts = {
                "contacts": s.query(m.Contact).count(),
                "dates": s.query(m.ImportantDate).count(),
                "with a cadence": s.query(m.Contact).filter(m.Contact.cadence_days > 0).count(),
                "tasks": s.query(m.Task).count(),
                "alarms": s.query(m.Alarm).count(),
            }
        print(", ".join(f"{v:,} {k}" for k, v in counts.items()))
        now = services.clock.now()
        first = samples(lambda: org.pending(now), 1)
        digest = org.pending(now)
        print(f"first run: {len(digest):,} due (its digest) in {first[0]:.0f} ms; raising them")
        org.mark_raised(digest, through=now)
        later = now + timedelta(hours=3)  # a later check of the same day, nothing raised since
        print(f"\n| {'what (ms)':<34} | {'median':>8} | {'p95':>8} | {'target':>8} |")
        print(f"|{'-' * 36}|{'-' * 10}|{'-' * 10}|{'-' * 10}|")
        row("pending (the due list)", samples(lambda: org.pending(later), args.reps), "≤ 50")
        row("next_wakeup", samples(lambda: org.next_wakeup(later), args.reps), "≤ 50")
        row("today panel", samples(org.today, args.reps))
        row("losing touch (50)", samples(org.losing_touch, args.reps))
        print(f"\nnow {later:%Y-%m-%d %H:%M} UTC: {len(org.pending(later))} due, next wake-up "
              f"{org.next_wakeup(later):%Y-%m-%d %H:%M} UTC")  # fmt: skip
    finally:
        services.lock()


if __name__ == "__main__":
    main()
