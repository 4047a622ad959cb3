"""``pcrm import FILE``: the preview, --dry-run, --create-unknown, and files it cannot import."""

from __future__ import annotations

import json
from pathlib import Path

from clirunner import Cli

DATA = Path(__file__).parents[1] / "data" / "ical"


def test_import_ics_dry_run_then_for_real_then_again(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    cli("contact", "add", "Olena Kovalenko", "--email", "olena@example.org")
    path = DATA / "synthetic__series_v1.ics"
    dry = cli("import", str(path), "--dry-run").stdout
    assert "created " in dry and "Lunch  (new)" in dry
    assert "person   Petro Shevchenko <petro@example.org>: not a contact (7 meetings)" in dry
    assert dry.strip().endswith("Would import: 1 created, 0 updated, 7 skipped")
    assert "Lunch" not in cli("search", "Lunch").stdout

    done = cli("import", str(path), "--create-unknown").stdout
    assert done.strip().endswith("Imported: 8 created, 0 updated, 0 skipped (import #1)")
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
