"""Contacts over a real encrypted store: the card round trip, lists, resolving, trash."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

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
from pcrm.services.session import Services
from pcrm.store.raw import DatabaseError


def full_card() -> ContactCard:
    return ContactCard(
        prefix="Dr",
        given="Олена",
        middle="Михайлівна",
        family="Коваленко",
        nickname="Лена",
        phonetic_given="Olena",
        fields=[
            FieldEntry("phone", "+380 67 123 4567", label="mobile", preferred=True),
            FieldEntry("phone", "044 123 45 67", label="work"),
            FieldEntry("email", "Olena@Example.ORG", label="home"),
            FieldEntry("messenger", "@olena", service="telegram"),
            FieldEntry("social", "https://linkedin.com/in/olena", service="linkedin"),
            FieldEntry("url", "https://olena.example"),
        ],
        addresses=[
            AddressEntry(street="Хрещатик 1", locality="Київ", country="Україна", label="home")
        ],
        dates=[
            DateEntry(PartialDate(4, 15)),
            DateEntry(PartialDate(6, 1, 2010), kind="anniversary"),
        ],
        affiliations=[
            AffiliationEntry("Acme", title="CTO", start_date=date(2020, 1, 1), primary=True)
        ],
        notes="Likes **espresso**.",
        cadence_days=30,
        time_zone="Europe/Kyiv",
        favourite=True,
        met_on=PartialDate(9, 1, 2019),
        met_place="Lviv IT Arena",
        met_channel="conference",
    )


def test_card_round_trip_keeps_every_field(services: Services) -> None:
    contact_id = services.contacts.create(full_card()).first("contact")
    card = services.contacts.get(contact_id)
    assert card.display_name == "Dr Олена Михайлівна Коваленко"
    assert card.uid and len(card.uid) == 36
    phones = [f for f in card.fields if f.kind == "phone"]
    assert [p.value for p in phones] == ["+380 67 123 4567", "044 123 45 67"]
    assert [p.normalized for p in phones] == ["+380671234567", "+380441234567"]
    assert card.preferred("phone") is not None and card.preferred("phone").label == "mobile"  # type: ignore[union-attr]
    email = card.preferred("email")
    assert (
        email is not None
        and email.value == "Olena@Example.ORG"
        and email.normalized == "olena@example.org"
    )
    assert {(f.kind, f.service) for f in card.fields} >= {
        ("messenger", "telegram"),
        ("social", "linkedin"),
    }
    assert card.addresses[0].locality == "Київ"
    assert [d.date.iso() for d in card.dates] == ["--04-15", "2010-06-01"]
    assert card.affiliations[0].organisation == "Acme" and card.affiliations[0].title == "CTO"
    assert card.notes == "Likes **espresso**."
    assert (card.cadence_days, card.time_zone, card.favourite) == (30, "Europe/Kyiv", True)
    assert card.met_on == PartialDate(9, 1, 2019) and card.met_place == "Lviv IT Arena"


def test_update_replaces_fields_and_keeps_the_uid(services: Services) -> None:
    contact_id = services.contacts.create(full_card()).first("contact")
    card = services.contacts.get(contact_id)
    uid = card.uid
    card.fields = [FieldEntry("email", "new@example.org")]
    card.display_name, card.display_name_custom = "Mum", True
    services.contacts.update(contact_id, card)
    again = services.contacts.get(contact_id)
    assert again.uid == uid
    assert again.display_name == "Mum"
    assert [f.value for f in again.fields] == ["new@example.org"]


def test_an_imported_uid_and_the_properties_without_a_field_are_kept(services: Services) -> None:
    card = full_card()
    card.uid = "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"
    card.extras = [
        ExtraProperty("X-ABLABEL", "_$!<Anniversary>!$_", group="item1"),
        ExtraProperty("X-CUSTOM", "a\\,b", params={"TYPE": ["home", "pref"]}),
    ]
    contact_id = services.contacts.create(card).first("contact")
    stored = services.contacts.get(contact_id)
    assert stored.uid == card.uid
    assert stored.extras == card.extras
    stored.notes = "edited"
    services.contacts.update(contact_id, stored)
    assert services.contacts.get(contact_id).extras == card.extras


def test_bad_input_is_refused_with_a_reason_and_nothing_is_stored(services: Services) -> None:
    for card, where in (
        (ContactCard(given="A", fields=[FieldEntry("email", "no-at-sign")]), "e-mail"),
        (ContactCard(given="A", time_zone="Mars/Olympus"), "time zone"),
        (ContactCard(given="A", cadence_days=-3), "stay in touch"),
        (ContactCard(given="A", custom={"Nope": "x"}), "custom field"),
    ):
        with pytest.raises(errors.BadInput) as caught:
            services.contacts.create(card)
        assert where in caught.value.message
    assert services.contacts.count() == 0


def test_custom_fields_are_typed(services: Services) -> None:
    services.contacts.define_custom_field("Gift ideas", "text")
    services.contacts.define_custom_field("Children", "number")
    services.contacts.define_custom_field("Coffee", "choice", ["espresso", "latte"])
    contact_id = services.contacts.create(
        ContactCard(given="Ann", custom={"Gift ideas": "books", "Children": "2", "Coffee": "latte"})
    ).first("contact")
    assert services.contacts.get(contact_id).custom == {
        "Gift ideas": "books",
        "Children": 2.0,
        "Coffee": "latte",
    }
    with pytest.raises(errors.BadInput):
        services.contacts.create(ContactCard(given="Bob", custom={"Coffee": "tea"}))


def test_lists_are_ordered_ids_and_rows_are_fetched_per_page(services: Services) -> None:
    names = ["Zoe Adams", "Ärne Berg", "Олег Бойко", "anna Clark"]
    ids = {
        n: services.contacts.create(
            ContactCard(display_name=n, given=n.split()[0], family=n.split()[1])
        ).first("contact")
        for n in names
    }
    ordered = services.contacts.ordered_ids("name")
    assert ordered == [ids["Zoe Adams"], ids["Ärne Berg"], ids["anna Clark"], ids["Олег Бойко"]]
    rows = services.contacts.rows(ordered[:2])
    assert set(rows) == set(ordered[:2])
    assert rows[ids["Zoe Adams"]].display_name == "Zoe Adams"


def test_resolve_by_id_email_phone_and_name(services: Services) -> None:
    a = services.contacts.create(full_card()).first("contact")
    b = services.contacts.create(ContactCard(given="Olena", family="Smith")).first("contact")
    c = services.contacts.create(ContactCard(given="Olena", family="Jones")).first("contact")
    assert services.contacts.resolve(f"#{a}") == a
    assert services.contacts.resolve("olena@example.org") == a
    assert services.contacts.resolve("067 123 4567") == a
    assert services.contacts.resolve("Olena Smith") == b
    assert services.contacts.resolve("jones") == c
    with pytest.raises(errors.Ambiguous) as caught:
        services.contacts.resolve("Olena")
    assert "Be more specific" in caught.value.message
    assert "Olena" not in caught.value.message.split(":", 1)[1]  # ids only, no names
    names = sorted(n for _, n in caught.value.candidates)
    assert names == ["Dr Олена Михайлівна Коваленко", "Olena Jones", "Olena Smith"]
    with pytest.raises(errors.NotFound):
        services.contacts.resolve("Nobody Atall")


def test_trash_restore_and_purge(services: Services) -> None:
    contact_id = services.contacts.create(full_card()).first("contact")
    services.contacts.trash([contact_id])
    assert services.contacts.ordered_ids() == []
    assert services.contacts.ordered_ids(trashed=True) == [contact_id]
    assert services.search.contact_ids("Коваленко") == []
    with pytest.raises(errors.NotFound):
        services.contacts.resolve(f"#{contact_id}")
    services.contacts.restore([contact_id])
    assert services.contacts.get(contact_id).fields  # unchanged by the trip
    assert services.search.contact_ids("Коваленко") == [contact_id]
    services.contacts.purge([contact_id])
    with pytest.raises(errors.NotFound):
        services.contacts.get(contact_id)
    assert services.search.contact_ids("Коваленко") == []


def test_favourites_archive_and_groups(services: Services) -> None:
    ids = [
        services.contacts.create(ContactCard(given=f"Person{i}")).first("contact")
        for i in range(1000)
    ]
    services.contacts.set_favourite(ids[:3], True)
    assert services.contacts.ordered_ids(favourites=True) == ids[:3]
    services.contacts.set_archived(ids[3:5], True)
    assert services.contacts.ordered_ids(archived=True) == ids[3:5]
    group = services.groups.create("Friends", colour="#ff8800").first("group")
    added = services.groups.add_members(group, ids)
    assert added.updated["contact"] == set(ids)
    again = services.groups.add_members(group, ids[:10])
    assert "contact" not in again.updated or not again.updated["contact"]
    assert services.groups.list()[0].members == 1000
    services.groups.remove_members(group, added.updated["contact"])  # undo the bulk add
    assert services.groups.list()[0].members == 0


def test_relationships_read_from_both_sides(services: Services) -> None:
    parent = services.contacts.create(ContactCard(given="Maria")).first("contact")
    child = services.contacts.create(ContactCard(given="Ivan")).first("contact")
    services.relationships.relate(parent, "parent", child)
    on_parent = services.contacts.get(parent).relations
    on_child = services.contacts.get(child).relations
    assert [(r.label, r.other_name) for r in on_parent] == [("child", "Ivan")]
    assert [(r.label, r.other_name) for r in on_child] == [("parent", "Maria")]
    with pytest.raises(errors.BadInput):
        services.relationships.relate(parent, "nemesis", child)
    with pytest.raises(errors.BadInput):
        services.relationships.relate(parent, "friend", parent)


def test_get_many_reads_the_same_cards_as_get_in_the_order_asked(services: Services) -> None:
    """The batched reader of exports gives exactly what one ``get`` per card gives."""
    ids = [services.contacts.create(full_card()).first("contact")]
    for given in ("Maria", "Ivan", "Oksana"):
        ids.append(services.contacts.create(ContactCard(given=given)).first("contact"))
    services.relationships.relate(ids[1], "parent", ids[2])
    services.relationships.relate(ids[3], "friend", ids[1])
    group = services.groups.create("Family").first("group")
    services.groups.add_members(group, [ids[1], ids[2]])
    services.contacts.set_photo(ids[2], b"png", "image/png", size=(1, 1))
    services.contacts.trash([ids[3]])
    wanted = [ids[2], 999_999, ids[0], ids[3], ids[1]]
    assert services.contacts.get_many(wanted) == [
        services.contacts.get(i) for i in wanted if i != 999_999
    ]
    assert services.contacts.get_many([]) == []
    assert set(services.contacts.stored_photos(ids)) == {ids[2]}
    assert services.contacts.stored_photos(ids)[ids[2]].data == b"png"


def test_organisations_and_org_chart_cycles(services: Services) -> None:
    holding = services.organisations.create("Acme Holding").first("organisation")
    acme = services.organisations.create("Acme Labs", parent_id=holding).first("organisation")
    services.contacts.create(ContactCard(given="A", affiliations=[AffiliationEntry("acme labs")]))
    rows = {r.name: r for r in services.organisations.list()}
    assert rows["Acme Labs"].members == 1  # matched case-insensitively, not duplicated
    with pytest.raises(errors.BadInput):
        services.organisations.set_parent(holding, acme)


def test_the_organisation_a_contact_works_at_now(services: Services) -> None:
    """The org chart opens on it: current before past, primary first, then the card's order."""
    past = AffiliationEntry("Old Co", end_date=date(2020, 1, 1), primary=True)
    card = ContactCard(
        given="A", affiliations=[past, AffiliationEntry("Side gig"), AffiliationEntry("Acme")]
    )
    contact = services.contacts.create(card).first("contact")
    orgs = {r.name: r.id for r in services.organisations.list()}
    assert services.organisations.main_of(contact) == orgs["Side gig"]
    card = services.contacts.get(contact)
    card.affiliations[2].primary = True
    services.contacts.update(contact, card)
    assert services.organisations.main_of(contact) == orgs["Acme"]
    nobody = services.contacts.create(ContactCard(given="B")).first("contact")
    assert services.organisations.main_of(nobody) is None


def test_drafts_survive_until_discarded(services: Services) -> None:
    draft = services.drafts.save({"text": "Met Olena, she"})
    services.drafts.save({"text": "Met Olena, she said yes"}, draft)
    assert services.drafts.pending() == [(draft, {"text": "Met Olena, she said yes"})]
    services.drafts.discard(draft)
    assert services.drafts.pending() == []


def test_an_edit_keeps_date_uids_and_vcard_parameters(services: Services) -> None:
    card = full_card()
    card.fields[2].vcard_params = {"TYPE": ["INTERNET", "HOME"], "X-ABLabel": "Personal"}
    contact_id = services.contacts.create(card).first("contact")
    before = services.contacts.get(contact_id)
    birthday_uid = before.dates[0].uid
    assert birthday_uid
    before.favourite = False
    before.dates.append(DateEntry(PartialDate(1, 1), kind="other", label="Name day"))
    services.contacts.update(contact_id, before)
    after = services.contacts.get(contact_id)
    assert after.dates[0].uid == birthday_uid
    assert after.dates[2].uid and after.dates[2].uid != birthday_uid
    assert after.fields[2].vcard_params == {"TYPE": ["INTERNET", "HOME"], "X-ABLabel": "Personal"}


def test_a_photo_can_be_replaced(services: Services) -> None:
    contact_id = services.contacts.create(ContactCard(given="Ann")).first("contact")
    services.contacts.set_photo(contact_id, b"first", "image/png", size=(1, 1))
    services.contacts.set_photo(contact_id, b"second", "image/jpeg")
    assert services.contacts.photo(contact_id) == (b"second", "image/jpeg")


def test_cyrillic_names_match_whatever_their_case(services: Services) -> None:
    group = services.groups.create("Друзі").first("group")
    assert services.groups.resolve("друзі") == group
    services.contacts.create(ContactCard(given="А", affiliations=[AffiliationEntry("Світанок")]))
    services.contacts.create(ContactCard(given="Б", affiliations=[AffiliationEntry("СВІТАНОК")]))
    assert [r.members for r in services.organisations.list()] == [2]
    olena = services.contacts.create(ContactCard(display_name="ОЛЕНА", display_name_custom=True))
    assert services.contacts.resolve("олена") == olena.first("contact")


def test_relationship_types_and_undoing_a_relation(services: Services) -> None:
    keys = [key for key, _, _ in services.relationships.types()]
    assert keys[:3] == ["spouse", "partner", "parent"] and "introduced" in keys
    services.relationships.add_type("godparent", "godparent", "godchild")
    a = services.contacts.create(ContactCard(given="Maria")).first("contact")
    b = services.contacts.create(ContactCard(given="Ivan")).first("contact")
    services.relationships.relate(a, "godparent", b)
    relation = services.contacts.get(b).relations[0]
    assert (relation.label, relation.other_name) == ("godparent", "Maria")
    assert relation.relationship_id is not None
    services.relationships.unrelate(relation.relationship_id)
    assert services.contacts.get(a).relations == [] and services.contacts.get(b).relations == []


def test_a_write_holds_the_write_lock_from_its_start(services: Services) -> None:
    """A write that reads first must not fail at once (SQLITE_BUSY_SNAPSHOT) because another
    connection committed in between: it takes the lock at BEGIN, so the other one waits."""
    services.contacts.create(ContactCard(given="First"))
    with services.contacts.write() as s:
        s.execute(text("SELECT count(*) FROM contacts")).scalar()
        other = services.db.raw()
        try:
            other.driver_connection.execute("PRAGMA busy_timeout = 0")
            with pytest.raises(DatabaseError, match="locked"):
                other.driver_connection.execute("BEGIN IMMEDIATE")
        finally:
            other.close()
        s.execute(text("UPDATE contacts SET notes = 'read, then written'"))
    assert services.contacts.get(1).notes == "read, then written"
