"""``pcrm backup`` into the rotated folder, ``--list [--verify]``, and ``pcrm restore FILE``:
verified first, a question unless ``--yes``, the store kept, and a store that cannot be opened
restored too."""

from __future__ import annotations

import json
import os
from pathlib import Path

from clirunner import Cli


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_backup_without_a_file_goes_to_the_backup_folder_and_is_listed(
    cli: Cli, cli_env: dict[str, str], tmp_path: Path
) -> None:
    cli("init")
    cli("contact", "add", "Ann Lee")
    made = json.loads(cli("backup", "--json").stdout)
    path = Path(made["file"])
    assert path.parent == Path(cli_env["PCRM_DATA_DIR"]) / "backups"
    assert path.name.startswith("backup-") and path.name.endswith("Z.pcrm-backup")
    assert made["counts"]["contacts"] == 1 and made["removed"] == []
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700

    chosen = tmp_path / "usb"
    cli("config", "set", "backups.folder", str(chosen))
    other = Path(json.loads(cli("backup", "--json").stdout)["file"])
    assert other.parent == chosen
    listed = cli("backup", "--list", "--verify")
    assert f"Backups in {chosen}" in listed.stdout
    assert str(path) in listed.stdout and str(other) in listed.stdout  # both folders
    assert listed.stdout.count("verified: 1 contacts") == 2
    as_json = json.loads(cli("backup", "--list", "--json").stdout)
    assert {b["file"] for b in as_json["backups"]} == {str(path), str(other)}

    other.write_bytes(other.read_bytes()[:4096] + os.urandom(4096))
    broken = cli("backup", "--list", "--verify", ok=False)
    assert broken.returncode == 1 and "FAILED" in broken.stdout and "Ann Lee" not in broken.stdout


def test_restore_asks_then_replaces_and_keeps_the_store(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    cli("contact", "add", "Ann Lee")
    backup = tmp_path / "ann.pcrm-backup"
    cli("backup", str(backup))
    cli("contact", "add", "Bob Stone")

    unasked = cli("restore", str(backup), ok=False)  # no terminal to ask on
    assert unasked.returncode == 2 and "--yes" in unasked.stderr
    assert "Bob Stone" in cli("contact", "list").stdout

    done = cli("restore", str(backup), "--yes")
    assert "intact: 1 contacts" in done.stderr and "The current store: 2 contacts" in done.stderr
    assert "Restored from" in done.stdout and "pre-restore-" in done.stdout
    listed = cli("contact", "list").stdout
    assert "Ann Lee" in listed and "Bob Stone" not in listed
    kept = json.loads(cli("backup", "--list", "--verify", "--json").stdout)["backups"]
    assert [b["counts"]["contacts"] for b in kept if b["kind"] == "pre-restore"] == [2]


def test_a_damaged_backup_is_refused_with_file_and_reason(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    cli("contact", "add", "Ann Lee")
    backup = tmp_path / "b.pcrm-backup"
    cli("backup", str(backup))
    data = bytearray(backup.read_bytes())
    data[5000:5100] = os.urandom(100)
    backup.write_bytes(bytes(data))
    refused = cli("restore", str(backup), "--yes", ok=False)
    assert refused.returncode == 1
    assert str(backup) in refused.stderr and "damaged" in refused.stderr
    assert "Ann Lee" in cli("contact", "list").stdout
    missing = cli("restore", str(tmp_path / "none.pcrm-backup"), "--yes", ok=False)
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_a_store_that_cannot_be_opened_is_restored(
    cli: Cli, cli_env: dict[str, str], tmp_path: Path
) -> None:
    env = dict(cli_env, PCRM_PASSPHRASE="correct horse battery")
    with_passphrase = Cli(env)
    with_passphrase("init", "--passphrase")
    with_passphrase("contact", "add", "Ann Lee")
    backup = tmp_path / "b.pcrm-backup"
    with_passphrase("backup", str(backup))
    database = Path(cli_env["PCRM_DATA_DIR"]) / "pcrm.db"
    database.write_bytes(b"")
    assert "empty" in with_passphrase("contact", "list", ok=False).stderr
    done = with_passphrase("restore", str(backup), "--yes")
    assert "The current store: cannot be opened" in done.stderr
    assert "Ann Lee" in with_passphrase("contact", "list").stdout
    wrong = Cli(dict(env, PCRM_PASSPHRASE="wrong horse battery"))
    database.unlink()
    assert wrong("restore", str(backup), "--yes", ok=False).returncode == 4
    assert not database.exists()


def test_key_rotation_takes_a_fresh_backup(cli: Cli) -> None:
    cli("init")
    cli("contact", "add", "Ann Lee")
    rotated = cli("key", "rotate").stdout
    assert "Backups taken before cannot be restored" in rotated and "a fresh one is in" in rotated
    fresh = rotated.rsplit("a fresh one is in ", 1)[1].strip().rstrip(".")
    assert "Restored" in cli("restore", fresh, "--yes").stdout
