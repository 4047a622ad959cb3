"""Contact export over a real store: scopes, refused destinations, the bundle's Markdown, and
(once the codecs are merged) the files themselves: owner-only, atomic, and read back by our
import as "same as stored"."""

from __future__ import annotations

import importlib.util
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pcrm import errors
from pcrm.domain.card import ContactCard, FieldEntry
from pcrm.domain.dates import PartialDate
from pcrm.services import contact_formats
from pcrm.services.contact_export import (
    BUNDLE,
    ContactScope,
    notes_markdown,
    timeline_markdown,
)
from pcrm.services.import_formats import CSV, VCARD
from pcrm.services.session import Services
from pcrm.services.timeline import InteractionDraft

needs_codecs = pytest.mark.skipif(
    any(
        importlib.util.find_spec(f"pcrm.domain.{name}") is None
        for name in ("vcard_read", "vcard_write", "csv_read", "csv_write")
    ),
    reason="the vCard and CSV readers and writers are merged by the lead",
)


def people(services: Services) -> dict[str, int]:
    ids = {
        "olena": services.contacts.create(
            ContactCard(
                given="Олена",
                family="Коваленко",
                fields=[
                    FieldEntry("email", "olena@example.org"),
                    FieldEntry("phone", "+380441234567"),
                ],
                notes="Likes tea; call after 18:00.",
                met_on=PartialDate(month=5, day=2),
                met_place="Lviv",
            )
        ).first("contact"),
        "petro": services.contacts.create(
            ContactCard(given="Petro", family="Shevchenko", archived=True)
        ).first("contact"),
        "gone": services.contacts.create(ContactCard(given="Gone")).first("contact"),
    }
    services.contacts.trash([ids["gone"]])
    services.groups.create("Work")
    services.groups.add_members(services.groups.resolve("Work"), [ids["petro"]])
    services.timeline.log(
        InteractionDraft(
            kind="meeting",
            participants=[ids["olena"], ids["petro"]],
            starts_at=datetime(2026, 11, 20, 12, 0, tzinfo=UTC),
            subject="Budget",
            body="Agreed on the numbers.",
            location="Office",
            channel="in_person",
        )
    )
    return ids


def test_scopes(services: Services) -> None:
    ids = people(services)
    export = services.contact_export
    # archived in, trash out; in the list's order (sort keys: Latin before Cyrillic)
    assert export.ids(ContactScope()) == [ids["petro"], ids["olena"]]
    work = services.groups.resolve("Work")
    assert export.ids(ContactScope(group_id=work)) == [ids["petro"]]
    assert export.ids(ContactScope(contact_ids=(ids["gone"], ids["olena"]))) == [ids["olena"]]


def test_refused_destinations(services: Services, tmp_path: Path) -> None:
    export = services.contact_export
    with pytest.raises(errors.BadInput, match="store's own folder"):
        export.export(services.paths.root / "x.vcf", VCARD)
    with pytest.raises(errors.BadInput, match="this is a folder; name a file"):
        export.export(tmp_path, CSV)
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine")
    with pytest.raises(errors.BadInput, match="this exists already"):
        export.export(tmp_path / "full", BUNDLE)
    with pytest.raises(errors.BadInput, match=r"vCard 4\.0 or 3\.0"):
        export.export(tmp_path / "x.vcf", VCARD, version="2.1")
    assert (tmp_path / "full" / "keep.txt").read_text() == "mine"


def test_the_bundle_markdown(services: Services) -> None:
    ids = people(services)
    card = services.contacts.get(ids["olena"])
    assert notes_markdown(card) == (
        "# Олена Коваленко\n\n## Notes\n\nLikes tea; call after 18:00.\n\n"
        "## How we met\n\n- **When:** --05-02\n- **Where:** Lviv\n"
    )
    assert notes_markdown(services.contacts.get(ids["petro"])) == ""
    entries = services.timeline.for_contact(ids["olena"], limit=None)
    assert timeline_markdown(card, entries) == (
        "# Timeline: Олена Коваленко\n\n"
        "## 2026-11-20 14:00 — meeting · in person\n\n"
        "**Budget**\n\n"
        "- With: Petro Shevchenko\n- Where: Office\n\n"
        "Agreed on the numbers.\n"
    )


@needs_codecs
def test_exported_files_are_private_and_read_back_as_same_as_stored(
    services: Services, tmp_path: Path
) -> None:
    people(services)
    for kind, name, version in (
        (VCARD, "all.vcf", "4.0"),
        (VCARD, "v3.vcf", "3.0"),
        (CSV, "all.csv", "4.0"),
    ):
        target = tmp_path / "out" / name
        report = services.contact_export.export(target, kind, version=version)
        assert (report.contacts, report.path) == (2, str(target))
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        records = contact_formats.read_file(kind, target)
        found = services.contact_import.preview(records, name, kind)
        assert [(o.action, o.reason) for o in found.outcomes] == [
            ("skipped", "same as stored"),
            ("skipped", "same as stored"),
        ], (name, found.outcomes)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["all.csv", "all.vcf", "v3.vcf"]


@needs_codecs
def test_a_failed_bundle_leaves_nothing(services: Services, tmp_path: Path, monkeypatch) -> None:
    people(services)

    def broken(*args: object, **kwargs: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(services.timeline, "for_contact", broken)
    with pytest.raises(errors.BadInput, match="No space left on device"):
        services.contact_export.export(tmp_path / "out" / "bundle", BUNDLE)
    assert list((tmp_path / "out").iterdir()) == []
