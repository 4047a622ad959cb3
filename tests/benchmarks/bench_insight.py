"""Insight benchmarks (issue 6): the dashboard and a card's statistics over 100k contacts / 1M
interactions.

    .venv/bin/python tests/benchmarks/bench_insight.py [--data DIR] [--from DIR] [--reps N]

Works on a copy, as ``bench_organizer`` does: ``--data`` (default /tmp/pcrm-bench-insight) is
filled from ``--from`` (default /work/benchdata, the shared set built by ``bench_store``) and
upgraded to this branch's schema on first open; the original is left alone (other branches'
pcrm would refuse a store at a newer revision).  Nothing is written to the copy after that.

Prints medians (and p95) of ``InsightService.dashboard`` for all time (20 years), the last 365
days and one month, for everyone, one group (the largest), one channel (the most used) and the
busy contact; the dashboard's parts for everyone over all time; ``card_stats`` for the busy
contact and an average one.  The floor, measured in the same run on the same connection, is a
raw ``SELECT count(*)`` over the same index range (for a period: its interactions in
``ix_interactions_counted``; for a card: the contact's rows in ``ix_participants_counted``):
the ratio says what the service adds to reading the interactions once.  Targets: dashboard
≤ 500 ms, card ≤ 20 ms.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "support"))

from bench_organizer import copy_or_build  # noqa: E402
from bench_store import MARKER, open_services  # noqa: E402

from pcrm.domain.zones import zone_named  # noqa: E402
from pcrm.services import insight_sql as q  # noqa: E402
from pcrm.services.insight import Granularity, Period, Scope  # noqa: E402
from pcrm.services.session import Services  # noqa: E402

ZONE = "Europe/Kyiv"
TODAY = date(2026, 11, 23)  # the data set's "now" (bench_store.NOW) in Kyiv
FLOOR_PERIOD = (
    "SELECT count(*) FROM interactions AS i INDEXED BY ix_interactions_counted"
    f" WHERE i.starts_at >= ? AND i.starts_at < ? AND {q.counted('i')}"
)
FLOOR_CARD = (
    "SELECT count(*) FROM interaction_participants AS p INDEXED BY ix_participants_counted"
    f" WHERE p.contact_id = ? AND {q.counted('p')}"
)


def samples(fn: Callable[[], Any], reps: int, warm: int = 1) -> list[float]:
    for _ in range(warm):
        fn()
    out = []
    for _ in range(reps):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def p95(xs: list[float]) -> float:
    ordered = sorted(xs)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def header() -> None:
    print(f"\n| {'what (ms)':<44} | {'median':>8} | {'p95':>8} | {'floor':>7} | {'ratio':>6} "
          f"| {'target':>7} |")  # fmt: skip
    print(f"|{'-' * 46}|{'-' * 10}|{'-' * 10}|{'-' * 9}|{'-' * 8}|{'-' * 9}|")


def row(name: str, times: list[float], floor: float | None = None, target: float | None = None):
    mid = median(times)
    ratio = f"{mid / floor:5.1f}x" if floor else ""
    verdict = ""
    if target is not None:
        verdict = f"{'≤' if mid <= target else '>'} {target:g}"
    floor_text = f"{floor:7.1f}" if floor is not None else ""
    print(f"| {name:<44} | {mid:8.1f} | {p95(times):8.1f} | {floor_text:>7} | {ratio:>6} "
          f"| {verdict:>7} |", flush=True)  # fmt: skip


@contextlib.contextmanager
def driver(services: Services) -> Iterator[Any]:
    raw = services.db.raw()
    try:
        yield raw.driver_connection
    finally:
        raw.close()


def pick(services: Services, busy: int) -> tuple[int, str, int]:
    """The largest group, the most used channel, and a contact with the average count."""
    with driver(services) as conn:
        group = conn.execute(
            "SELECT group_id FROM group_members GROUP BY group_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        channel = conn.execute(
            "SELECT channel FROM interactions INDEXED BY ix_interactions_channel"
            f" WHERE channel IS NOT NULL AND {q.counted('interactions')}"
            " GROUP BY channel ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        people, rows = conn.execute(
            "SELECT count(DISTINCT contact_id), count(*) FROM interaction_participants"
            f" INDEXED BY ix_participants_counted WHERE {q.counted('interaction_participants')}"
        ).fetchone()
        average = round(rows / people)
        contact = conn.execute(
            "SELECT contact_id FROM interaction_participants INDEXED BY ix_participants_counted"
            f" WHERE {q.counted('interaction_participants')} AND contact_id <> ?"
            " GROUP BY contact_id HAVING count(*) = ? LIMIT 1",
            (busy, average),
        ).fetchone()[0]
    return int(group), str(channel), int(contact)


def floor_of(services: Services, period: Period, reps: int) -> float:
    zone = zone_named(period.zone)
    lo = q.utc_text(q.day_start(period.start, zone))
    hi = q.utc_text(q.day_start(period.end, zone))
    with driver(services) as conn:
        return median(samples(lambda: conn.execute(FLOOR_PERIOD, (lo, hi)).fetchone(), reps))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("/tmp/pcrm-bench-insight"))
    parser.add_argument("--from", dest="source", type=Path, default=Path("/work/benchdata"))
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()
    copy_or_build(args.data, args.source)
    record = json.loads((args.data / MARKER).read_text())
    busy = int(record["stats"]["busy_contact_id"])
    services = open_services(args.data)
    try:
        insight = services.insight
        group, channel, average = pick(services, busy)
        print(f"group #{group} (the largest), channel {channel!r} (the most used), busy contact "
              f"#{busy}, average contact #{average}; {args.reps} runs each")  # fmt: skip
        periods = {
            "all time": Period.last(20 * 365 + 5, TODAY, ZONE),  # 20 years
            "365 days": Period.last(365, TODAY, ZONE),
            "one month": Period.month(2026, 10, ZONE),
        }
        scopes = {
            "everyone": Scope(),
            "one group": Scope(group_id=group),
            "one channel": Scope(channel=channel),
            "busy contact": Scope(contact_id=busy),
        }
        header()
        for pname, period in periods.items():
            floor = floor_of(services, period, args.reps)
            for sname, scope in scopes.items():
                times = samples(
                    lambda p=period, s=scope: insight.dashboard(p, s, Granularity.MONTH),
                    args.reps,
                )
                row(f"dashboard, {pname}, {sname}", times, floor, 500)

        everything = periods["all time"]
        floor = floor_of(services, everything, args.reps)
        parts: dict[str, Callable[[], Any]] = {
            "series (+ previous)": lambda: insight.series(everything, Scope(), Granularity.MONTH),
            "channels": lambda: insight.channels(everything, Scope()),
            "top contacts": lambda: insight.top_contacts(everything, Scope()),
            "channels by group": lambda: insight.channels_by_group(everything),
            "losing touch": lambda: insight.fading(everything),
            "not contacted since": lambda: insight.not_contacted_since(everything.start, ZONE),
            "new contacts": lambda: insight.new_contacts(everything, Granularity.MONTH),
        }
        for name, fn in parts.items():
            row(f"  all time, everyone: {name}", samples(fn, args.reps), floor)

        with driver(services) as conn:
            for name, cid in (("busy", busy), ("average", average)):
                card_floor = median(
                    samples(lambda c=cid: conn.execute(FLOOR_CARD, (c,)).fetchone(), args.reps * 4)
                )
                times = samples(lambda c=cid: insight.card_stats(c, TODAY, ZONE), args.reps * 4)
                row(f"card_stats, {name} contact", times, card_floor, 20)
    finally:
        services.lock()


if __name__ == "__main__":
    main()
