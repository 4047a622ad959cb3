"""``pcrm config``: the preferences from the command line, and the commands that follow them."""

from __future__ import annotations

import json
import re
from datetime import date

from clirunner import Cli

from pcrm.domain.dates import PartialDate


def test_list_get_and_set(cli: Cli) -> None:
    cli("init")
    listed = cli("config", "list").stdout
    assert re.search(r"^phones\.home_region +UA  \(default\)$", listed, re.MULTILINE)
    assert re.search(r"^lock\.idle_minutes +10  \(default\)$", listed, re.MULTILINE)
    assert "Takes a whole number from 0 to 1440." in listed
    assert cli("config", "set", "phones.home_region", "pl").stdout == "phones.home_region = PL\n"
    assert cli("config", "get", "phones.home_region").stdout == "PL\n"
    cli("config", "set", "time.zone", "Europe/Warsaw")
    assert cli("config", "set", "time.zone", "system").stdout == "time.zone = system\n"
    values = json.loads(cli("config", "list", "--json").stdout)
    assert values["phones.home_region"] == "PL" and values["time.zone"] is None
    assert values["dates.feb29"] == "feb28"


def test_bad_keys_and_values_are_refused_with_a_reason(cli: Cli) -> None:
    cli("init")
    out = cli("config", "set", "lock.idle_minutes", "5000", ok=False)
    assert out.returncode == 2
    assert out.stderr == "pcrm: lock.idle_minutes: give a whole number from 0 to 1440\n"
    out = cli("config", "set", "time.zone", "Mars/Olympus", ok=False)
    assert out.stderr == "pcrm: time.zone: 'Mars/Olympus' is not an IANA time zone\n"
    out = cli("config", "get", "colour", ok=False)
    assert (out.returncode, out.stderr) == (2, "pcrm: No setting matches 'colour'.\n")
    assert cli("config", "get", "lock.idle_minutes").stdout == "10\n"


def test_the_home_region_reads_the_numbers_of_new_contacts(cli: Cli) -> None:
    cli("init")
    cli("config", "set", "phones.home_region", "PL")
    cli("contact", "add", "Ola Nowak", "--phone", "512 345 678")
    shown = json.loads(cli("contact", "show", "512-345-678", "--json").stdout)
    assert shown["contact"]["fields"][0]["normalized"] == "+48512345678"


def test_new_contacts_get_the_default_cadence_unless_told(cli: Cli) -> None:
    cli("init")
    cli("config", "set", "contacts.default_cadence_days", "30")
    cli("contact", "add", "Jane Doe")
    cli("contact", "add", "John Roe", "--cadence", "0")
    cli("contact", "edit", "#1", "--nickname", "J")
    cadences = [
        json.loads(cli("contact", "show", ref, "--json").stdout)["contact"]["cadence_days"]
        for ref in ("#1", "#2")
    ]
    assert cadences == [30, None]


def test_the_chosen_time_zone_reads_and_stamps_times(cli: Cli) -> None:
    cli("init")
    cli("contact", "add", "Jane Doe")
    cli("config", "set", "time.zone", "Asia/Tokyo")
    cli("log", "note", "--with", "#1", "--at", "2026-01-10 09:00", "--text", "hi")
    entry = json.loads(cli("contact", "show", "#1", "--json").stdout)["timeline"][0]
    assert entry["time_zone"] == "Asia/Tokyo"
    assert entry["starts_at"] == "2026-01-10T00:00:00+00:00"


def test_the_agenda_shows_29_february_on_the_chosen_day(cli: Cli) -> None:
    cli("init")
    cli("contact", "add", "Leap Person", "--birthday", "02-29")
    born = PartialDate(month=2, day=29)
    for choice in ("feb28", "mar1"):
        cli("config", "set", "dates.feb29", choice)
        # The real clock: the next such birthday is within 366 days of today, whatever today is.
        expected = born.next_on_or_after(date.today(), choice)
        items = json.loads(cli("agenda", "--days", "366", "--json").stdout)
        birthday = next(i for i in items if i["kind"] == "birthday")
        assert birthday["at"].startswith(expected.isoformat())
