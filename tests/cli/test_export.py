"""``pcrm export ics`` and the calendar subscription file kept by every writing command."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import icalendar
from clirunner import Cli


def test_export_ics_writes_a_private_calendar_with_the_options(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    cli("contact", "add", "Olena Kovalenko", "--email", "olena@example.org", "--birthday", "04-15")
    cli("contact", "add", "Marco Rossi", "--group", "Work")
    cli(
        "remind",
        "Call Olena",
        "--with",
        "Olena",
        "--at",
        "2026-12-01T09:00",
        "--every",
        "3 months",
        "--tz",
        "Europe/Kyiv",
        "--alarm",
        "15m",
    )
    cli("remind", "Pay Marco", "--with", "Marco", "--at", "2027-05-01T10:00", "--task")
    cli(
        "log",
        "meeting",
        "--with",
        "Olena",
        "--at",
        "2026-11-20T10:00",
        "--subject",
        "Plans",
        "--text",
        "secret notes",
    )
    target = tmp_path / "out" / "pcrm-calendar.ics"
    shown = cli("export", "ics", "-o", str(target)).stdout
    assert shown == f"Exported 3 events, 1 to-dos and 1 alarms to {target}\n"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    assert [str(z["TZID"]) for z in cal.walk("VTIMEZONE")] == ["Europe/Kyiv"]
    assert b"secret notes" in target.read_bytes()

    report = json.loads(
        cli("export", "ics", "--group", "Work", "--no-private", "-o", str(target), "--json").stdout
    )
    assert (report["events"], report["todos"]) == (0, 1)
    assert b"secret notes" not in target.read_bytes()
    cli(
        "export",
        "ics",
        "--contact",
        "Olena",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
        "-o",
        str(target),
    )
    summaries = {
        str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    }
    assert summaries == {"Plans"}

    refused = cli("export", "ics", "--from", "soon-ish", "-o", str(target), ok=False)
    assert refused.returncode == 2 and refused.stderr.startswith("pcrm: --from:")
    refused = cli("export", "ics", "--group", "Nope", "-o", str(target), ok=False)
    assert refused.returncode == 2 and "No group matches 'Nope'" in refused.stderr


def test_every_writing_command_refreshes_the_subscription(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    target = tmp_path / "subscribed" / "pcrm.ics"
    cli("config", "set", "calendar.subscription_file", str(target))
    assert target.exists()  # written as soon as it is chosen
    cli("remind", "Water the plants", "--at", "tomorrow 09:00")
    assert b"Water the plants" in target.read_bytes()
    assert cli("config", "get", "calendar.subscription_file").stdout == f"{target}\n"
    cli("config", "set", "calendar.subscription_file", "off")
    cli("remind", "Not in the file", "--at", "tomorrow 10:00")
    assert b"Not in the file" not in target.read_bytes()
