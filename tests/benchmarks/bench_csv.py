"""CSV import benchmark (issue 5: import 10,000 CSV rows in at most 2 s, parse and store).

    .venv/bin/python tests/benchmarks/bench_csv.py [--rows N] [--reps N]

Writes N contacts in Google's current layout with pcrm's own writer (names in Latin and
Cyrillic, two e-mails, two phones, an address, a birthday, labels, multi-line notes), then times
pcrm's reader (decoding, layout, every row onto a card) against Python's bare ``csv.reader``
over the same decoded text: the floor any reader built on it stands on.  The parse should take
at most a quarter of the import's budget, 0.5 s.  Prints medians, with CPU time beside wall
time (the machine may be shared).
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import statistics
import time
from collections.abc import Callable

from pcrm.domain.card import AddressEntry, AffiliationEntry, ContactCard, DateEntry, FieldEntry
from pcrm.domain.csv_read import read_csv
from pcrm.domain.csv_write import write_csv
from pcrm.domain.dates import PartialDate

TARGET_S = 0.5
GIVEN = ["Олена", "Andrii", "Maria", "Тарас", "José", "Ірина", "Grace", "Ліна"]
FAMILY = ["Шевченко", "Koval", "Rossi", "Мельник", "Müller", "Бондаренко", "Hopper", "Ng"]


def cards(count: int) -> list[ContactCard]:
    rng = random.Random(5)
    made = []
    for k in range(count):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        made.append(
            ContactCard(
                display_name=f"{given} {family}",
                given=given,
                family=family,
                notes=f'Met at the conference, {k};\nasked about the «budget», "again"',
                fields=[
                    FieldEntry("email", f"person{k}@example.org", "work", True),
                    FieldEntry("email", f"p{k}@home.example", "home"),
                    FieldEntry("phone", f"+380 67 {k:07d}", "mobile"),
                    FieldEntry("phone", f"+380 44 {k:07d}", "work"),
                ],
                addresses=[AddressEntry("вул. Хрещатик, 1", "Київ", None, "01001", "Україна")],
                dates=[DateEntry(PartialDate(rng.randint(1, 12), rng.randint(1, 28)))],
                affiliations=[AffiliationEntry("ТОВ «Світанок»", "бухгалтерка", primary=True)],
                groups=["Друзі", "Work"],
                favourite=k % 7 == 0,
            )
        )
    return made


def timed(work: Callable[[], object], reps: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(reps):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()
    data = write_csv(cards(args.rows))
    text = data.decode("utf-8")
    read = read_csv(data, "bench.csv")
    assert read.layout == "google" and len(read.records) == args.rows
    assert not any(r.problem for r in read.records)

    floor = timed(lambda: list(csv.reader(io.StringIO(text, newline=""))), args.reps)
    ours = timed(lambda: read_csv(data, "bench.csv"), args.reps)
    write = timed(lambda: write_csv(cards(args.rows)), args.reps)
    print(f"{args.rows:,} Google-layout rows, {len(data) / 1e6:.1f} MB, median of {args.reps}")
    print(f"{'':<34}{'wall s':>8}{'cpu s':>8}{'rows/s':>10}")
    for name, (wall, cpu) in (
        ("csv.reader over decoded text", floor),
        ("pcrm read_csv (to cards)", ours),
        ("pcrm write_csv (incl. making cards)", write),
    ):
        print(f"{name:<34}{wall:>8.3f}{cpu:>8.3f}{args.rows / wall:>10,.0f}")
    ratio = ours[1] / floor[1] if floor[1] else float("inf")
    verdict = "meets" if ours[1] <= TARGET_S else "MISSES"
    print(f"read_csv is {ratio:.1f}x the floor in CPU time; {verdict} the {TARGET_S} s target")


if __name__ == "__main__":
    main()
