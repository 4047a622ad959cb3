"""Duplicate finder and merge benchmarks on demo data of 10,000 and 100,000 contacts.

    .venv/bin/python tests/benchmarks/bench_duplicates.py [--data DIR] [--reps N] [--sizes A,B]

Each size is a demo store (``pcrm.services.demo.generate``, as many interactions as contacts, so
the busy first contact has 5,000 or 10,000) in ``DIR/<size>`` (default /tmp/pcrm-bench-dupes),
built once and reused.  Measured: ``DuplicateService.candidates`` end to end (the SQL reads,
name keys, blocking, scoring), against the floor of a plain ``GROUP BY`` of the normalised
e-mails and phones that only finds the shared values; how many candidates it proposes and why;
and a merge with its undo, for a fresh twin of the busy contact kept into the busy card (the
usual case) and the other way round (10,000 interactions move).  The demo gives many people the
same e-mail (its addresses are made from names), so most candidates are by e-mail.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from sqlalchemy import text

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "support"))

from bench_store import NOTES, add, build_or_reuse, open_services, print_table, samples  # noqa: E402

from pcrm.domain.card import ContactCard, FieldEntry  # noqa: E402
from pcrm.domain.similarity import Reason  # noqa: E402
from pcrm.services.session import Services  # noqa: E402

FLOOR = """
SELECT kind, normalized, count(*) FROM contact_fields
WHERE kind IN ('email', 'phone') AND normalized IS NOT NULL
GROUP BY kind, normalized HAVING count(*) > 1
"""


def bench_candidates(services: Services, size: int, reps: int) -> None:
    print(f"candidates at {size:,} contacts", flush=True)
    found: list[object] = []

    def run() -> None:
        found[:] = services.duplicates.candidates()

    def floor() -> None:
        with services.duplicates.read() as s:
            s.execute(text(FLOOR)).all()

    times = samples(run, reps, warm=0)
    add(f"candidates, {size:,} contacts", times, floor=samples(floor, reps), unit="ms",
        target="a worker; seconds at 100k", show_p95=False)  # fmt: skip
    kinds: collections.Counter[str] = collections.Counter()
    for candidate in found:
        reasons = candidate.reasons  # type: ignore[attr-defined]
        shared = Reason.EMAIL in reasons or Reason.PHONE in reasons
        kinds["e-mail or phone" if shared else "name only"] += 1
        if Reason.OTHER_SCRIPT in reasons:
            kinds["names in two scripts"] += 1
    detail = ", ".join(f"{k} {v:,}" for k, v in kinds.items())
    NOTES.append(f"{size:,} contacts: {len(found):,} candidates ({detail})")


def bench_merge(services: Services, size: int, reps: int) -> None:
    print(f"merge at {size:,} contacts", flush=True)
    busy = min(services.contacts.ordered_ids())
    card = services.contacts.get(busy)
    twin = services.contacts.create(
        ContactCard(
            given="Olena", family="Kovalenko", fields=[FieldEntry("phone", "+380441112233")]
        )
    ).first("contact")
    try:
        for keep, other, what in ((busy, twin, "a twin into the busy card"),
                                  (twin, busy, "the busy card into a twin")):  # fmt: skip
            merge: list[float] = []
            undo: list[float] = []
            for _ in range(reps):
                snapshot = services.merging.snapshot(keep, other)
                merge += samples(lambda k=keep, o=other: services.merging.merge(k, o, {}), 1, 0)
                undo += samples(lambda s=snapshot: services.merging.restore(s), 1, 0)
            add(f"merge {what}, {size:,}", merge, unit="ms", show_p95=False)
            add(f"undo that merge, {size:,}", undo, unit="ms", show_p95=False)
        assert services.contacts.get(busy) == card
    finally:
        services.contacts.purge([twin])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("/tmp/pcrm-bench-dupes"))
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--sizes", default="10000,100000")
    args = parser.parse_args(argv)
    for size in (int(s) for s in args.sizes.split(",")):
        folder = args.data / str(size)
        build_or_reuse(folder, size, size)
        services = open_services(folder)
        try:
            bench_candidates(services, size, args.reps)
            bench_merge(services, size, args.reps)
        finally:
            services.lock()
    print_table()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
