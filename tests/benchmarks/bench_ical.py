"""iCalendar export benchmark (issue 4: 10,000 events with alarms in at most 1.5 s).

    .venv/bin/python tests/benchmarks/bench_ical.py [--events N] [--reps N]

Builds a temporary store with N reminders (in Europe/Kyiv, America/New_York or floating, a
third of them recurring, each with one or two alarms and a note), then times pcrm's export to a
file — reading the store included — against the ``icalendar`` component builder writing the
same events from rows already in memory (the comparison the issue measured at ~1,267 events/s).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "support"))

import icalendar  # noqa: E402
from fake_keyring import FileKeyring  # noqa: E402

from pcrm.clock import FixedClock  # noqa: E402
from pcrm.paths import StorePaths  # noqa: E402
from pcrm.services.session import Services  # noqa: E402
from pcrm.store import models as m  # noqa: E402
from pcrm.store.database import create_store  # noqa: E402

TARGET_S = 1.5
ZONES = ("Europe/Kyiv", "America/New_York", None)
RULES = (
    None,
    None,
    "FREQ=WEEKLY",
    "FREQ=MONTHLY;INTERVAL=3",
    "FREQ=YEARLY;BYMONTH=6;BYDAY=3SU",
    None,
)


def fill(services: Services, count: int) -> None:
    rng = random.Random(4)
    now = services.clock.now()
    with services.tasks.write() as s:
        for k in range(count):
            wall = datetime(2026, 1, 1, 9) + timedelta(
                days=rng.randrange(700), minutes=30 * rng.randrange(20)
            )
            s.add(
                m.Task(
                    kind="reminder",
                    title=f"Call back #{k}, about the «budget»; 2027 — ще раз",
                    notes="Agreed to send the draft by Friday.\nThen: review, sign; archive.",
                    starts_local=wall.strftime("%Y-%m-%dT%H:%M:%S"),
                    time_zone=rng.choice(ZONES),
                    rrule=rng.choice(RULES),
                    status="open",
                    created_at=now,
                    updated_at=now,
                    alarms=[
                        m.Alarm(minutes_before=x) for x in sorted({15, rng.choice((0, 60, 1440))})
                    ],
                )
            )


def with_icalendar(services: Services) -> bytes:
    with services.tasks.read() as s:
        rows = [(t, [a.minutes_before for a in t.alarms]) for t in s.query(m.Task).all()]
    stamp = services.clock.now()
    cal = icalendar.Calendar()
    cal.add("prodid", "-//bench//EN")
    cal.add("version", "2.0")
    for t, alarms in rows:
        event = icalendar.Event()
        event.add("uid", t.uid)
        event.add("dtstamp", stamp)
        wall = datetime.fromisoformat(t.starts_local or "")
        event.add("dtstart", wall.replace(tzinfo=ZoneInfo(t.time_zone)) if t.time_zone else wall)
        if t.rrule:
            event.add("rrule", icalendar.vRecur.from_ical(t.rrule))
        event.add("summary", t.title)
        event.add("description", t.notes)
        for minutes in alarms:
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("trigger", timedelta(minutes=-minutes))
            alarm.add("description", t.title)
            event.add_component(alarm)
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()


def timed(work: object, reps: int) -> list[float]:
    samples = []
    for _ in range(reps):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return samples


def show(name: str, samples: list[float], count: int) -> None:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    median = statistics.median(samples)
    print(f"{name:<28} median {median:6.3f} s  p95 {p95:6.3f} s  ({count / median:,.0f} events/s)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--reps", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        keyring = FileKeyring(root / "keyring.json")
        clock = FixedClock(datetime(2026, 11, 23, 12, tzinfo=UTC), "Europe/Kyiv")
        services = Services(
            create_store(StorePaths(root / "store"), backend=keyring), clock, keyring
        )
        try:
            fill(services, args.events)
            target = root / "out" / "pcrm-calendar.ics"
            report = services.ical_export.export(target)
            assert report.events == args.events, report
            print(
                f"{report.events} events, {report.alarms} alarms, zones {report.zones}, "
                f"{target.stat().st_size / 1e6:.1f} MB"
            )
            ours = timed(lambda: services.ical_export.export(target), args.reps)
            show("pcrm export (store → file)", ours, args.events)
            theirs = timed(lambda: with_icalendar(services), max(1, args.reps // 3))
            show("icalendar builder (comparison)", theirs, args.events)
            verdict = "meets" if statistics.median(ours) <= TARGET_S else "MISSES"
            print(f"target ≤ {TARGET_S} s: {verdict}")
        finally:
            services.lock()


if __name__ == "__main__":
    main()
