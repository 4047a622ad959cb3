"""The command line as a subprocess, as a script or the owner would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from clirunner import Cli


def test_the_whole_loop_with_a_keyring(cli: Cli) -> None:
    assert "OS keyring" in cli("init").stdout
    out = cli(
        "contact",
        "add",
        "Олена Коваленко",
        "--email",
        "olena@example.org",
        "--phone",
        "mobile=+380 67 123 4567",
        "--org",
        "Acme",
        "--title",
        "CTO",
        "--birthday",
        "04-15",
        "--cadence",
        "30",
        "--im",
        "telegram:@olena",
        "--group",
        "Friends",
    ).stdout
    assert out.startswith("Added #1 Олена Коваленко")
    cli("contact", "add", "John Smith", "--email", "work=john@acme.com")
    logged = cli(
        "log",
        "meeting",
        "--with",
        "Олена",
        "--with",
        "john@acme.com",
        "--at",
        "yesterday 15:00",
        "--duration",
        "45m",
        "--location",
        "Kyiv",
        "--text",
        "Discussed the café launch",
    ).stdout
    assert "Logged meeting #1" in logged and "Олена Коваленко, John Smith" in logged
    cli(
        "log",
        "call",
        "--with",
        "#2",
        "--channel",
        "phone",
        "--direction",
        "outgoing",
        "--text",
        "quick sync",
    )
    reminder = cli(
        "remind",
        "Call Olena",
        "--with",
        "#1",
        "--at",
        "tomorrow 10:00",
        "--every",
        "3 months",
        "--alarm",
        "15m",
    ).stdout
    assert "FREQ=MONTHLY;INTERVAL=3" in reminder

    listed = json.loads(cli("contact", "list", "--json").stdout)
    assert listed["total"] == 2
    assert [c["display_name"] for c in listed["contacts"]] == [
        "John Smith",
        "Олена Коваленко",
    ]  # by family name

    shown = json.loads(cli("contact", "show", "olena@example.org", "--json").stdout)
    assert shown["contact"]["groups"] == ["Friends"]
    assert shown["contact"]["dates"][0]["date"] == "--04-15"
    assert {f["service"] for f in shown["contact"]["fields"]} >= {"telegram"}
    assert shown["timeline"][0]["kind"] == "meeting"
    assert "stay in touch every 30 days" in cli("contact", "show", "#1").stdout

    agenda = json.loads(cli("agenda", "--days", "200", "--json").stdout)
    assert {i["kind"] for i in agenda} >= {"reminder", "birthday", "touch"}
    due = json.loads(cli("due", "--json").stdout)  # the reminder is tomorrow
    assert {i["kind"] for i in due} <= {"birthday"}  # 15 April, on that day

    found = json.loads(
        cli("search", "кафе", "--json").stdout
    )  # Latin diacritics? no: Cyrillic query
    assert found["interactions"] == []
    found = json.loads(cli("search", "cafe", "--json").stdout)
    assert [i["kind"] for i in found["interactions"]] == ["meeting"]
    assert "café" in found["interactions"][0]["snippet"]
    assert "Олена" in cli("search", "оле").stdout
    assert "#1" in cli("search", "--ranked", "коваленко").stdout

    cli("contact", "edit", "#2", "--name", "John Q. Smith", "--favourite")
    assert "★ John Q. Smith" in cli("contact", "list").stdout
    cli("contact", "delete", "#2")
    assert "John" not in cli("contact", "list").stdout
    assert "John" in cli("contact", "list", "--trash").stdout
    cli("contact", "restore", "#2")
    assert "intact" in cli("check").stdout


def test_errors_are_one_line_with_a_non_zero_exit(cli: Cli, tmp_path: Path) -> None:
    missing = cli("contact", "list", ok=False)
    assert missing.returncode == 3
    assert missing.stderr.startswith("pcrm: No pcrm store in") and "pcrm init" in missing.stderr
    cli("init")
    assert cli("init", ok=False).stderr.startswith("pcrm: A pcrm store already exists")
    cli("contact", "add", "Ann Lee")
    cases = [
        (("contact", "show", "Nobody"), "No contact matches"),
        (("contact", "add", "X", "--email", "not-an-address"), "has no @"),
        (("contact", "add", "X", "--birthday", "31-31"), "--birthday"),
        (("contact", "add", "X", "--tz", "Mars/Base"), "IANA"),
        (("log", "call", "--with", "Ann", "--duration", "soon", "--text", "x"), "--duration"),
        (
            ("log", "call", "--with", "Ann", "--at", "the day after never", "--text", "x"),
            "is not a time",
        ),
        (("remind", "x", "--at", "tomorrow", "--every", "now and then"), "--every"),
        (("remind", "x", "--at", "tomorrow", "--rrule", "FREQ=NEVER"), "RRULE"),
        (
            ("log", "call", "--with", "Ann", "--direction", "sideways", "--text", "x"),
            "invalid choice",
        ),
    ]
    for args, expected in cases:
        proc = cli(*args, ok=False)
        assert proc.returncode != 0, args
        assert expected in proc.stderr, (args, proc.stderr)
        assert "Traceback" not in proc.stderr
        if "invalid choice" not in expected:
            assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert json.loads(cli("contact", "list", "--json").stdout)["total"] == 1  # nothing half-stored


def test_a_passphrase_store_unlocks_from_env_file_or_not_at_all(
    cli: Cli, cli_env: dict[str, str], tmp_path: Path
) -> None:
    env = dict(cli_env, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    no_keyring = Cli(env)
    refused = no_keyring("init", ok=False)  # no keyring, no passphrase, no terminal
    assert refused.returncode == 4 and "passphrase" in refused.stderr
    with_env = Cli(dict(env, PCRM_PASSPHRASE="correct horse battery"))
    assert "passphrase" in with_env("init").stdout
    with_env("contact", "add", "Ann Lee")
    secret = tmp_path / "secret.txt"
    secret.write_text("correct horse battery\n")
    assert "Ann Lee" in no_keyring("--passphrase-file", str(secret), "contact", "list").stdout
    assert "Ann Lee" in no_keyring("contact", "list", "--passphrase-file", str(secret)).stdout
    secret.write_text("wrong horse\n")
    wrong = no_keyring("contact", "list", "--passphrase-file", str(secret), ok=False)
    assert wrong.returncode == 4 and wrong.stderr.startswith("pcrm: Wrong passphrase")
    assert "wrong horse" not in wrong.stderr
    assert no_keyring("contact", "list", ok=False).returncode == 4
    changed = Cli(
        dict(env, PCRM_PASSPHRASE="correct horse battery", PCRM_NEW_PASSPHRASE="new staple battery")
    )
    changed("key", "passphrase")
    assert (
        Cli(dict(env, PCRM_PASSPHRASE="correct horse battery"))(
            "contact", "list", ok=False
        ).returncode
        == 4
    )
    fresh = Cli(dict(env, PCRM_PASSPHRASE="new staple battery"))
    fresh("key", "rotate")
    assert "Ann Lee" in fresh("contact", "list").stdout


def test_a_second_writer_is_refused_while_readers_go_on(cli: Cli, cli_env: dict[str, str]) -> None:
    cli("init")
    cli("contact", "add", "Ann Lee")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import sys, time\n"
                "from fake_keyring import FileKeyring\n"
                "from pcrm.paths import resolve_data_dir\n"
                "from pcrm.store.database import open_database\n"
                "db = open_database(resolve_data_dir(None), backend=FileKeyring())\n"
                "print('open', flush=True)\n"
                "sys.stdin.read()\n"
            ),
        ],
        env=cli_env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        busy = cli("contact", "add", "Bob", ok=False)
        assert busy.returncode == 5
        assert f"pid {holder.pid}" in busy.stderr
        assert "Ann Lee" in cli("contact", "list").stdout  # reading needs no writer lock
        assert "intact" in cli("check").stdout  # nor do checking and backing up
        assert (
            "verified" in cli("backup", str(Path(cli_env["TMPDIR"]) / "while-open.backup")).stdout
        )
    finally:
        holder.communicate("", timeout=30)
    cli("contact", "add", "Bob")


def test_backup_writes_a_verified_private_file(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    cli("contact", "add", "Ann Lee")
    target = tmp_path / "chosen" / "pcrm.backup"
    assert "verified" in cli("backup", str(target)).stdout
    assert target.stat().st_mode & 0o777 == 0o600
    assert b"Ann Lee" not in target.read_bytes()
    assert "exists" in cli("backup", str(target), ok=False).stderr
    cli("backup", str(target), "--force")


def test_unexpected_errors_show_no_traceback_and_no_data(cli: Cli, cli_env: dict[str, str]) -> None:
    cli("init")
    store = Path(cli_env["PCRM_DATA_DIR"]) / "store.json"
    store.write_text("{ not json")
    broken = cli("contact", "list", ok=False)
    assert broken.returncode != 0 and "Traceback" not in broken.stderr
    assert "store.json is unreadable" in broken.stderr


def test_version_and_help() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PCRM_")}
    out = subprocess.run(
        [sys.executable, "-m", "pcrm", "--version"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert out.stdout.startswith("pcrm ")
    helped = subprocess.run(
        [sys.executable, "-m", "pcrm", "--help"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    for command in ("init", "contact", "log", "remind", "agenda", "search", "demo", "backup"):
        assert command in helped.stdout


def test_a_reminder_pinned_to_a_zone_keeps_its_wall_time(cli: Cli) -> None:
    cli("init")
    typed = json.loads(
        cli(
            "remind", "Call NY", "--at", "2026-12-01 09:00", "--tz", "America/New_York", "--json"
        ).stdout
    )
    assert (typed["starts"], typed["time_zone"]) == ("2026-12-01T09:00:00", "America/New_York")
    instant = json.loads(
        cli(
            "remind", "Call NY", "--at", "2026-12-01T15:00Z", "--tz", "America/New_York", "--json"
        ).stdout
    )
    assert instant["starts"] == "2026-12-01T10:00:00"
    bad = cli("remind", "x", "--at", "tomorrow", "--tz", "Moon/Base", ok=False)
    assert bad.returncode == 2 and "--tz" in bad.stderr


def test_destructive_commands_never_act_on_a_full_text_guess(cli: Cli) -> None:
    cli("init")
    cli("contact", "add", "Olena Kovalenko")
    cli("contact", "add", "Ivan Petrov", "--note", "likes tea")
    refused = cli("contact", "delete", "--purge", "tea", ok=False)
    assert refused.returncode == 2
    assert (
        "is not the name, e-mail or phone of a contact" in refused.stderr and "#2" in refused.stderr
    )
    assert "#2" in refused.stdout and "Ivan Petrov" in refused.stdout  # the choice, on stdout
    assert cli("contact", "edit", "tea", "--favourite", ok=False).returncode == 2
    assert "Ivan Petrov" in cli("contact", "list").stdout
    assert "Ivan Petrov" in cli("contact", "show", "tea").stdout  # reading may guess
    cli("contact", "delete", "Ivan Petrov")  # an exact name is fine


def test_a_backup_never_replaces_the_store_or_its_key(
    cli: Cli, cli_env: dict[str, str], tmp_path: Path
) -> None:
    cli("init")
    cli("contact", "add", "Ann Lee")
    store = Path(cli_env["PCRM_DATA_DIR"])
    for inside in (store / "store.json", store / "pcrm.db", store / "backups" / "mine.backup"):
        refused = cli("backup", str(inside), "--force", ok=False)
        assert refused.returncode == 2 and "store's own folder" in refused.stderr
    assert "Ann Lee" in cli("contact", "list").stdout
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    shared.chmod(0o1777)
    cli("backup", str(shared / "crm.backup"))
    assert shared.stat().st_mode & 0o7777 == 0o1777  # a folder that exists is not ours to change


def test_contact_options_are_taken_as_meant(cli: Cli) -> None:
    cli("init")
    cli(
        "contact",
        "add",
        "Olena Kovalenko-Smith",
        "--family",
        "Kovalenko-Smith",
        "--url",
        "https://example.com/profile?id=42",
        "--url",
        "blog=https://olena.example/?a=b",
        "--org",
        "Acme",
        "--title",
        "CTO",
        "--birthday",
        "04-15",
    )
    card = json.loads(cli("contact", "show", "#1", "--json").stdout)["contact"]
    assert (card["given"], card["family"]) == ("Olena", "Kovalenko-Smith")
    urls = [(f["label"], f["value"]) for f in card["fields"] if f["kind"] == "url"]
    assert urls == [
        (None, "https://example.com/profile?id=42"),
        ("blog", "https://olena.example/?a=b"),
    ]
    uid = card["dates"][0]["uid"]

    cli("contact", "edit", "#1", "--title", "CEO", "--group", "Work", "--birthday", "1990-04-15")
    card = json.loads(cli("contact", "show", "#1", "--json").stdout)["contact"]
    assert [(a["organisation"], a["title"]) for a in card["affiliations"]] == [("Acme", "CEO")]
    assert card["groups"] == ["Work"]
    assert card["dates"][0] == {**card["dates"][0], "date": "1990-04-15", "uid": uid}
    cli("contact", "edit", "#1", "--org", "Globex")
    card = json.loads(cli("contact", "show", "#1", "--json").stdout)["contact"]
    assert [(a["organisation"], a["primary"]) for a in card["affiliations"]] == [
        ("Acme", False),
        ("Globex", True),
    ]
    assert (
        "--title" in cli("contact", "edit", "#1", "--title", "CFO", ok=False).stderr
    )  # two orgs now

    for blank in ("", "   "):
        refused = cli("contact", "add", blank, ok=False)
        assert refused.returncode == 2 and "the name is empty" in refused.stderr
    for args in (("contact", "list", "--limit", "-1"), ("agenda", "--days", "-5")):
        assert cli(*args, ok=False).returncode == 2
