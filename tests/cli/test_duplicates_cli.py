"""``pcrm duplicates`` lists likely pairs; ``pcrm merge`` merges one (the other to the trash)."""

from __future__ import annotations

import json

from clirunner import Cli


def test_list_and_merge_a_pair(cli: Cli) -> None:
    cli("init")
    cli("contact", "add", "Olena Kovalenko", "--email", "olena@example.org")
    cli(
        "contact",
        "add",
        "Олена Коваленко",
        "--email",
        "OLENA@example.org",
        "--phone",
        "+380441234567",
    )
    cli("contact", "add", "Petro Shevchenko")

    listed = cli("duplicates").stdout
    assert "#1      Olena Kovalenko  ~  #2      Олена Коваленко" in listed
    assert "email" in listed and "Petro" not in listed
    found = json.loads(cli("duplicates", "--json").stdout)
    assert found["total"] == 1
    assert {found["pairs"][0]["first"]["id"], found["pairs"][0]["second"]["id"]} == {1, 2}

    refused = cli("merge", "#1", "#2", ok=False)
    assert refused.returncode != 0
    assert "give --yes" in refused.stderr and "name" in refused.stderr
    assert "Олена" in cli("contact", "list").stdout  # nothing merged

    merged = cli("merge", "#1", "#2", "--yes").stdout
    assert "Merged #2 into #1" in merged
    shown = cli("contact", "show", "#1").stdout
    assert "+380441234567" in shown and "olena@example.org" in shown
    assert "No likely duplicates." in cli("duplicates").stdout
    assert "Олена" in cli("contact", "list", "--trash").stdout


def test_merging_a_contact_with_itself_is_refused(cli: Cli) -> None:
    cli("init")
    cli("contact", "add", "Olena Kovalenko")
    refused = cli("merge", "#1", "#1", ok=False)
    assert refused.returncode != 0
    assert "cannot be merged with itself" in refused.stderr
