"""``pcrm import FILE``: the preview, --dry-run, --create-unknown, and files it cannot import."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from clirunner import Cli

from pcrm.domain.ical_read import MAX_OCCURRENCES

DATA = Path(__file__).parents[1] / "data" / "ical"


def weekly_syncs_so_far() -> int:
    """The file's weekly series (Mondays from 5 October 2026, less 19 October) up to now: the
    CLI runs on the real clock, and a series is imported up to now."""
    kyiv, now = ZoneInfo("Europe/Kyiv"), datetime.now(UTC)
    found, start = 0, datetime(2026, 10, 5, 10, tzinfo=kyiv)
    while start <= now:
        found += start.date() != date(2026, 10, 19)
        start += timedelta(weeks=1)
    return min(found, MAX_OCCURRENCES)


def test_import_ics_dry_run_then_for_real_then_again(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    cli("contact", "add", "Olena Kovalenko", "--email", "olena@example.org")
    path = DATA / "synthetic__series_v1.ics"
    syncs = weekly_syncs_so_far()  # 7 on 23 November 2026
    dry = cli("import", str(path), "--dry-run").stdout
    assert "created " in dry and "Lunch  (new)" in dry
    assert f"person   Petro Shevchenko <petro@example.org>: not a contact ({syncs} meetings)" in dry
    assert dry.strip().endswith(f"Would import: 1 created, 0 updated, {syncs} skipped")
    assert "Lunch" not in cli("search", "Lunch").stdout

    done = cli("import", str(path), "--create-unknown").stdout
    assert done.strip().endswith(f"Imported: {syncs + 1} created, 0 updated, 0 skipped (import #1)")
    assert "Petro Shevchenko" in cli("contact", "list").stdout

    again = json.loads(cli("import", str(path), "--json").stdout)
    assert again["import_batch"] is None
    assert {o["action"] for o in again["outcomes"]} == {"skipped"}


def test_files_it_cannot_import_are_refused_with_the_reason(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"\x89PNG\r\n")
    assert "not a file pcrm can import" in cli("import", str(photo), ok=False).stderr
    broken = DATA / "invalid" / "ical4j__groupwise.ics"
    refused = cli("import", str(broken), ok=False)
    assert refused.stderr.strip() == (
        f"pcrm: {broken}, line 18: ATTENDEE is not a calendar address (it contains a space)"
    )
