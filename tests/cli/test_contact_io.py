"""``pcrm import`` of vCard and CSV files and ``pcrm export vcard|csv|bundle``, as the owner runs
them.  They go through the real readers and writers, so they are skipped until those are merged
(``pcrm.domain.vcard_read``, ``csv_read``, ``vcard_write``, ``csv_write``)."""

from __future__ import annotations

import importlib.util
import json
import stat
from pathlib import Path

import pytest
from clirunner import Cli

DATA = Path(__file__).parents[1] / "data"
pytestmark = pytest.mark.skipif(
    any(
        importlib.util.find_spec(f"pcrm.domain.{name}") is None
        for name in ("vcard_read", "vcard_write", "csv_read", "csv_write")
    ),
    reason="the vCard and CSV readers and writers are merged by the lead",
)

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:olena\r\nFN:Olena Kovalenko\r\n"
    "N:Kovalenko;Olena;;;\r\nEMAIL;TYPE=work:olena@example.org\r\n"
    "TEL;TYPE=cell:+380 44 123 4567\r\n"
    "CATEGORIES:Friends\r\nNOTE:Met at the conference\\, likes tea.\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Petro Shevchenko\r\nN:Shevchenko;Petro;;;\r\n"
    "TEL:+380 67 765 4321\r\nEND:VCARD\r\n"
)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_import_a_vcard_file_dry_run_for_real_then_again(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    cli("contact", "add", "Petro Shevchenko", "--phone", "+380677654321")
    path = tmp_path / "people.vcf"
    path.write_text(CARDS, encoding="utf-8")
    dry = cli("import", str(path), "--dry-run").stdout
    assert "created  line 1      Olena Kovalenko  (new)" in dry
    assert "updated  line 11     Petro Shevchenko → #1 Petro Shevchenko" not in dry  # nothing new
    assert "skipped  line 11     Petro Shevchenko → #1 Petro Shevchenko  (same as stored)" in dry
    assert dry.strip().endswith("Would import: 1 created, 0 updated, 1 skipped")
    assert "Olena" not in cli("contact", "list").stdout

    done = cli("import", str(path)).stdout
    assert done.strip().endswith("Imported: 1 created, 0 updated, 1 skipped (import #1)")
    shown = cli("contact", "show", "olena@example.org").stdout
    assert "Met at the conference, likes tea." in shown and "Friends" in shown

    again = json.loads(cli("import", str(path), "--json").stdout)
    assert again["import_batch"] is None
    assert again["counts"] == {"created": 0, "updated": 0, "skipped": 2}
    assert {o["reason"] for o in again["outcomes"]} == {"same as stored"}


def test_import_google_csv_and_refuse_unknown_columns(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    google = DATA / "csv" / "synthetic__google_contacts_2024_format.csv"
    done = cli("import", str(google), "--json").stdout
    assert json.loads(done)["counts"]["created"] == 3
    odd = tmp_path / "odd.csv"
    odd.write_text("Person,Telephone thing\nOlena,+380441234567\n", encoding="utf-8")
    refused = cli("import", str(odd), ok=False)
    assert refused.returncode == 2
    assert refused.stderr.startswith(f"pcrm: {odd}: pcrm does not know these columns (Person,")


def test_export_vcard_csv_and_bundle(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    cli("contact", "add", "Olena Kovalenko", "--email", "olena@example.org", "--note", "Likes tea")
    cli("contact", "add", "Petro Shevchenko", "--phone", "+380677654321", "--group", "Work")
    cli(
        "log", "meeting", "--with", "Olena Kovalenko", "--text", "Talked about the budget",
        "--subject", "Budget", "--at", "2026-11-20 14:00",
    )  # fmt: skip

    out = tmp_path / "out"
    vcf = out / "all.vcf"
    cli("export", "vcard", "-o", str(vcf))
    text = vcf.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 2 and "VERSION:4.0" in text
    assert mode(vcf) == 0o600
    cli("export", "vcard", "-o", str(vcf), "--version", "3.0", "--group", "Work")
    text = vcf.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 1 and "VERSION:3.0" in text and "Petro" in text

    csv = out / "all.csv"
    report = json.loads(cli("export", "csv", "-o", str(csv), "--json").stdout)
    assert report == {"format": "csv", "contacts": 2, "path": str(csv)}
    assert "olena@example.org" in csv.read_text(encoding="utf-8") and mode(csv) == 0o600

    bundle = out / "bundle"
    cli("export", "bundle", "-o", str(bundle))
    assert sorted(p.name for p in bundle.iterdir()) == [
        "contact-00001",
        "contact-00002",
        "index.md",
    ]
    olena = bundle / "contact-00001"
    assert sorted(p.name for p in olena.iterdir()) == ["contact.vcf", "notes.md", "timeline.md"]
    assert "Likes tea" in (olena / "notes.md").read_text(encoding="utf-8")
    timeline = (olena / "timeline.md").read_text(encoding="utf-8")
    assert "## 2026-11-20 14:00 — meeting" in timeline and "Talked about the budget" in timeline
    assert mode(olena / "contact.vcf") == 0o600 and mode(olena) == 0o700
    assert "| [contact-00002](<contact-00002/>) | Petro Shevchenko |" in (
        bundle / "index.md"
    ).read_text(encoding="utf-8")
    refused = cli("export", "bundle", "-o", str(bundle), ok=False)
    assert "this exists already; name a new or empty folder" in refused.stderr
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # nothing left behind
