"""The contact import service over a real store: preview, matching, merging, one batch, undo.

Records are built as the readers return them (``ImportedContact``), so these tests need no file.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select, text

from pcrm import errors
from pcrm.domain.card import (
    AddressEntry,
    AffiliationEntry,
    ContactCard,
    DateEntry,
    ExtraProperty,
    FieldEntry,
)
from pcrm.domain.dates import PartialDate
from pcrm.domain.imported import ImportedContact, ImportedPhoto
from pcrm.services import contact_import
from pcrm.services.contact_import import CREATED, SAME, SKIPPED, UPDATED, ContactPreview
from pcrm.services.session import Services
from pcrm.store import models as m

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def record(line: int, card: ContactCard, **kwargs: object) -> ImportedContact:
    return ImportedContact(card=card, line=line, **kwargs)  # type: ignore[arg-type]


def olena(**changes: object) -> ContactCard:
    card = ContactCard(
        uid="urn:uuid:olena-1",
        given="Олена",
        family="Коваленко",
        nickname="Lena",
        fields=[
            FieldEntry("email", "Olena@Example.org", label="work", preferred=True),
            FieldEntry("phone", "+380 44 123 4567", label="mobile"),
            FieldEntry("url", "https://example.org/olena"),
        ],
        addresses=[AddressEntry(street="вул. Хрещатик, 1", locality="Київ", country="Україна")],
        dates=[DateEntry(PartialDate(month=4, day=15), kind="birthday")],
        affiliations=[AffiliationEntry(organisation="Acme Ltd", title="Engineer")],
        extras=[
            ExtraProperty(name="X-SPOUSE", value="Petro"),
            ExtraProperty("X-ABLabel", "kin", "item1"),
        ],
        groups=["Friends", "Work"],
        notes="Met at the conference; likes tea.",
    )
    return replace(card, **changes)  # type: ignore[arg-type]


def petro() -> ContactCard:
    return ContactCard(
        given="Petro",
        family="Shevchenko",
        fields=[FieldEntry("phone", "067 765 4321")],
    )


def preview(services: Services, *records: ImportedContact) -> ContactPreview:
    return services.contact_import.preview(list(records), "contacts.vcf", "vcard")


def actions(found: ContactPreview) -> list[tuple[int, str, str]]:
    return [(o.line, o.action, o.reason) for o in found.outcomes]


def stored(services: Services, contact_id: int) -> ContactCard:
    """A card without what differs between two stores of the same data (ids, times, uids)."""
    card = services.contacts.get(contact_id)
    card = replace(card, id=None, created_at=None, updated_at=None, uid=None)
    card.dates = [replace(d, uid=None) for d in card.dates]
    card.affiliations = [replace(a, organisation_id=None) for a in card.affiliations]
    return card


def search_doc(services: Services, contact_id: int) -> tuple[object, ...]:
    with services.contacts.read() as s:
        row = s.execute(
            text("SELECT names, orgs, fields, notes FROM contact_search WHERE contact_id = :c"),
            {"c": contact_id},
        ).one()
    return tuple(row)


def test_new_records_are_stored_exactly_as_the_card_editor_stores_them(services: Services) -> None:
    found = preview(services, record(1, olena()), record(9, petro()))
    assert actions(found) == [(1, CREATED, "new"), (9, CREATED, "new")]
    assert found.counts() == {CREATED: 2, UPDATED: 0, SKIPPED: 0}
    changes = services.contact_import.apply(found)
    imported = sorted(changes.created["contact"])
    assert len(imported) == 2 and changes.created["import_batch"]
    reference = services.contacts.create(replace(olena(), uid="urn:uuid:typed")).first("contact")
    # (ContactService.create leaves groups to GroupService)
    assert stored(services, imported[0]) == replace(
        stored(services, reference), groups=["Friends", "Work"]
    )
    assert search_doc(services, imported[0]) == search_doc(services, reference)
    card = services.contacts.get(imported[0])
    assert card.uid == "urn:uuid:olena-1"
    assert [f.normalized for f in card.fields] == [
        "olena@example.org",
        "+380441234567",
        "https://example.org/olena",
    ]
    assert card.groups == ["Friends", "Work"]
    # the search index found them: by the transliterated name, the phone and the organisation
    for query in ("olena kovalenko", "765 4321", "acme"):
        assert services.search.quick(query).contacts, query


def test_reimport_of_the_same_file_changes_nothing(services: Services) -> None:
    services.contact_import.apply(preview(services, record(1, olena()), record(5, petro())))
    again = preview(services, record(1, olena()), record(5, petro()))
    assert [(o.action, o.reason) for o in again.outcomes] == [
        (SKIPPED, SAME),
        (SKIPPED, SAME),
    ]
    assert not again.changes_anything
    assert not services.contact_import.apply(again)
    with services.contacts.read() as s:
        assert s.scalar(select(func.count()).select_from(m.ImportBatch)) == 1
    assert services.contacts.count() == 2


def test_an_update_adds_and_keeps_what_the_owner_has(services: Services) -> None:
    services.contact_import.apply(preview(services, record(1, olena())))
    contact_id = services.contacts.resolve("olena@example.org")
    mine = services.contacts.get(contact_id)
    mine.given = "Олена-Марія"  # the owner's own edit
    mine.fields.append(FieldEntry("phone", "+380 50 000 0000", label="home"))
    services.contacts.update(contact_id, mine)
    before = stored(services, contact_id)

    newer = olena(
        given="Olena",
        middle="Petrivna",
        fields=[*olena().fields, FieldEntry("phone", "+380 67 111 2233")],
        groups=["Friends", "Family"],
        notes="Has two kids.",
        dates=[DateEntry(PartialDate(year=1990, month=4, day=16))],
    )
    found = preview(services, record(3, newer, photo=ImportedPhoto(PNG, "image/png")))
    (outcome,) = found.outcomes
    assert (outcome.action, outcome.reason, outcome.contact_id) == (UPDATED, "same UID", contact_id)
    assert outcome.changes == (
        "middle name Petrivna",
        "notes",
        "phone +380 67 111 2233",
        "group Family",
        "photo",
    )
    assert outcome.kept == ("given name", "birthday")
    services.contact_import.apply(found)
    after = services.contacts.get(contact_id)
    assert after.given == "Олена-Марія" and after.middle == "Petrivna"
    assert after.display_name == "Олена-Марія Petrivna Коваленко"
    assert [f.value for f in after.fields if f.kind == "phone"] == [
        "+380 44 123 4567",
        "+380 50 000 0000",
        "+380 67 111 2233",
    ]
    assert after.notes == "Met at the conference; likes tea.\n\nHas two kids."
    assert after.groups == ["Friends", "Work", "Family"]
    assert after.dates[0].date == PartialDate(month=4, day=15)
    assert services.contacts.photo(contact_id) == (PNG, "image/png")
    assert services.search.quick("Petrivna").contacts

    services.contact_import.undo_batch(_last_batch(services))
    assert stored(services, contact_id) == before
    assert services.contacts.photo(contact_id) is None
    assert not services.search.quick("Petrivna").contacts
    assert "Family" not in [g.name for g in services.groups.list()]


def _last_batch(services: Services) -> int:
    with services.contacts.read() as s:
        return int(s.scalar(select(func.max(m.ImportBatch.id))) or 0)


def test_matching_by_email_phone_and_name(services: Services) -> None:
    ids = {
        name: services.contacts.create(card).first("contact")
        for name, card in {
            "anna": ContactCard(
                given="Anna",
                family="Berg",
                fields=[
                    FieldEntry("email", "anna@example.org"),
                    FieldEntry("phone", "+44 20 7946 0000"),
                ],
            ),
            "bob": ContactCard(
                given="Bob", family="Berg", fields=[FieldEntry("phone", "+44 20 7946 0000")]
            ),
            "carl": ContactCard(given="Carl", family="Unique"),
            "dan1": ContactCard(given="Dan", family="Twin"),
            "dan2": ContactCard(given="Dan", family="Twin"),
        }.items()
    }
    found = preview(
        services,
        record(1, ContactCard(given="A.", fields=[FieldEntry("email", " ANNA@example.org ")])),
        record(
            2,
            ContactCard(
                given="Bob",
                family="Berg",
                fields=[FieldEntry("phone", "+442079460000"), FieldEntry("email", "bob@x.org")],
            ),
        ),
        record(3, ContactCard(given="Eve", fields=[FieldEntry("phone", "020 7946 0000")])),
        record(4, ContactCard(given="carl", family="UNIQUE")),
        record(5, ContactCard(given="Dan", family="Twin")),
    )
    rows = {o.line: o for o in found.outcomes}
    assert (rows[1].action, rows[1].contact_id, rows[1].reason, rows[1].kept) == (
        SKIPPED,
        ids["anna"],
        "same e-mail anna@example.org; nothing new (your values kept)",
        ("given name",),
    )
    # the shared home phone: narrowed to the one with the record's name
    assert (rows[2].action, rows[2].contact_id, rows[2].reason, rows[2].changes) == (
        UPDATED,
        ids["bob"],
        "same phone +442079460000",
        ("e-mail bob@x.org",),
    )
    # a national number is read in the owner's home region (UA here): no match, a new contact
    assert rows[3].action == CREATED
    assert (rows[4].action, rows[4].contact_id, rows[4].reason) == (SKIPPED, ids["carl"], SAME)
    assert (rows[5].action, rows[5].reason) == (
        CREATED,
        "new: 2 contacts have this name, none its details",
    )


def test_a_value_shared_by_several_contacts_is_not_guessed(services: Services) -> None:
    for given in ("Anna", "Bob"):
        services.contacts.create(
            ContactCard(given=given, fields=[FieldEntry("phone", "+44 20 7946 0000")])
        )
    found = preview(
        services,
        record(7, ContactCard(given="Zed", fields=[FieldEntry("phone", "+44 20 7946 0000")])),
    )
    (outcome,) = found.outcomes
    assert outcome.action == SKIPPED
    assert outcome.reason == "its phone belongs to several contacts (Anna, Bob); merge them first"


def test_duplicates_inside_the_file_and_unusable_records(services: Services) -> None:
    services.contacts.create(ContactCard(given="Known", fields=[FieldEntry("email", "k@x.org")]))
    trashed = services.contacts.create(ContactCard(given="Gone", uid="uid-gone")).first("contact")
    services.contacts.trash([trashed])
    found = preview(
        services,
        record(1, olena()),
        record(20, olena(given="Other")),
        record(40, ContactCard(given="New", fields=[FieldEntry("email", "new@x.org")])),
        record(50, ContactCard(given="New twin", fields=[FieldEntry("email", "NEW@x.org")])),
        record(
            60,
            ContactCard(
                given="K1",
                fields=[FieldEntry("email", "k@x.org"), FieldEntry("phone", "+380671112233")],
            ),
        ),
        record(
            70,
            ContactCard(
                given="K2",
                fields=[FieldEntry("email", "k@x.org"), FieldEntry("phone", "+380671112244")],
            ),
        ),
        record(80, ContactCard(given="Bad", fields=[FieldEntry("email", "no-at-sign")])),
        record(90, ContactCard(given="Broken"), problem="N has 9 components"),
        record(95, ContactCard(given="Zone", time_zone="Mars/Olympus")),
        record(99, ContactCard(given="Gone", uid="uid-gone")),
    )
    assert [(line, action) for line, action, _ in actions(found)] == [
        (1, CREATED),
        (20, SKIPPED),
        (40, CREATED),
        (50, SKIPPED),
        (60, UPDATED),
        (70, SKIPPED),
        (80, SKIPPED),
        (90, SKIPPED),
        (95, SKIPPED),
        (99, SKIPPED),
    ]
    reasons = {line: reason for line, _, reason in actions(found)}
    assert reasons[20] == "the same UID as the record on line 1"
    assert reasons[50] == "a duplicate of line 40: the same e-mail or phone"
    assert reasons[70] == "a duplicate of line 60, which matches the same contact"
    assert reasons[80] == "e-mail: 'no-at-sign' has no @"
    assert reasons[90] == "N has 9 components"
    assert "Mars/Olympus" in reasons[95]
    assert reasons[99] == "the contact with this UID is in the trash"
    services.contact_import.apply(found)
    assert services.contacts.count() == 3  # Known, Olena, New


def test_undo_removes_created_contacts_groups_and_organisations(services: Services) -> None:
    services.groups.create("Friends")
    kept_group = services.groups.resolve("Friends")
    changes = services.contact_import.apply(
        preview(
            services, record(1, olena(), photo=ImportedPhoto(PNG, "image/png")), record(2, petro())
        )
    )
    (batch,) = changes.created["import_batch"]
    assert changes.created["group"] == {services.groups.resolve("Work")}
    assert changes.created["organisation"]
    assert services.contacts.count() == 2
    undone = services.contact_import.undo_batch(batch)
    assert undone.deleted["contact"] == changes.created["contact"]
    assert services.contacts.count() == 0
    assert [g.name for g in services.groups.list()] == ["Friends"]
    assert services.groups.resolve("Friends") == kept_group
    with services.contacts.read() as s:
        for model in (m.Organisation, m.ContactField, m.Photo, m.ContactSearchDoc, m.GroupMember):
            assert s.scalar(select(func.count()).select_from(model)) == 0, model
    assert not services.search.quick("olena").contacts
    with pytest.raises(errors.BadInput, match="undone already"):
        services.contact_import.undo_batch(batch)
    with pytest.raises(errors.NotFound):
        services.contact_import.undo_batch(batch + 1)
    # done again (redo) from the same preview
    again = services.contact_import.apply(preview(services, record(1, olena()), record(2, petro())))
    assert len(again.created["contact"]) == 2


def test_a_cancelled_import_changes_nothing(services: Services, monkeypatch) -> None:
    monkeypatch.setattr(contact_import, "CHUNK", 3)
    records = [
        record(
            i,
            ContactCard(given=f"Person {i}", fields=[FieldEntry("email", f"p{i}@x.org")]),
        )
        for i in range(1, 11)
    ]
    found = services.contact_import.preview(records, "people.csv", "csv")
    progress: list[tuple[str, int, int]] = []

    def cancelled() -> bool:
        return len(progress) >= 2  # after two chunks were written

    with pytest.raises(errors.ImportCancelled):
        services.contact_import.apply(found, cancelled, lambda *p: progress.append(p))
    assert progress == [("contacts", 3, 10), ("contacts", 6, 10)]
    assert services.contacts.count() == 0
    with services.contacts.read() as s:
        assert s.scalar(select(func.count()).select_from(m.ImportBatch)) == 0
        assert s.scalar(select(func.count()).select_from(m.ContactSearchDoc)) == 0
    with pytest.raises(errors.ImportCancelled):
        services.contact_import.preview(records, "people.csv", "csv", cancelled=lambda: True)


def test_the_batch_report(services: Services) -> None:
    services.contacts.create(ContactCard(given="Petro", family="Shevchenko"))
    changes = services.contact_import.apply(
        preview(
            services,
            record(1, olena()),
            record(2, petro()),
            record(3, ContactCard(), problem="empty"),
        )
    )
    (batch_id,) = changes.created["import_batch"]
    with services.contacts.read() as s:
        batch = s.get(m.ImportBatch, batch_id)
        assert batch is not None
        assert (batch.source_format, batch.source_name) == ("vcard", "contacts.vcf")
        report = batch.report
    assert (report["created"], report["updated"], report["skipped"]) == (1, 1, 1)
    (before,) = report["before"].values()
    assert set(before["rows"]) == {"contact_fields"}


def test_custom_values_and_stars_are_imported_and_undone(services: Services) -> None:
    """Google's "Custom Field" columns and its starred contacts: nothing is dropped."""
    services.contacts.define_custom_field("Shirt size", "text")
    services.contacts.define_custom_field("Since", "number")
    card = olena(custom={"Shirt size": "M", "Since": "long ago", "Team": "Backend"})
    card.favourite = True
    changes = services.contact_import.apply(preview(services, record(1, card)))
    (contact_id,) = changes.created["contact"]
    imported = services.contacts.get(contact_id)
    assert imported.favourite
    assert imported.custom == {"Shirt size": "M", "Team": "Backend"}
    assert imported.notes is not None and imported.notes.endswith("Since: long ago")
    assert "Team" in {f.name for f in services.contacts.custom_fields()}  # defined as text
    # a later export adds a value: the owner's own stays, the new one is added, undo takes it
    services.contacts.update(contact_id, replace(imported, custom={"Shirt size": "L"}))
    again = olena(custom={"Shirt size": "S", "Team": "Frontend"})
    found = preview(services, record(1, again))
    (batch,) = services.contact_import.apply(found).created["import_batch"]
    assert services.contacts.get(contact_id).custom == {"Shirt size": "L", "Team": "Frontend"}
    services.contact_import.undo_batch(batch)
    assert services.contacts.get(contact_id).custom == {"Shirt size": "L"}
    (first_batch,) = changes.created["import_batch"]
    services.contact_import.undo_batch(first_batch)
    assert "Team" not in {f.name for f in services.contacts.custom_fields()}
