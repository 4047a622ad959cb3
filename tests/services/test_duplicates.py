"""Duplicates over a real encrypted store: finding candidates, "not duplicates", merge and undo."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, text

from pcrm import errors
from pcrm.domain.card import (
    AddressEntry,
    AffiliationEntry,
    ContactCard,
    DateEntry,
    FieldEntry,
)
from pcrm.domain.dates import PartialDate
from pcrm.domain.similarity import Reason
from pcrm.services import demo
from pcrm.services.duplicates import Candidate
from pcrm.services.session import Services
from pcrm.services.tasks import TaskDraft
from pcrm.services.timeline import InteractionDraft
from pcrm.store import models as m

WHEN = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)


def add(services: Services, **card: Any) -> int:
    return services.contacts.create(ContactCard(**card)).first("contact")


def email(value: str) -> FieldEntry:
    return FieldEntry("email", value)


def phone(value: str) -> FieldEntry:
    return FieldEntry("phone", value)


def pairs(found: list[Candidate]) -> dict[tuple[int, int], Candidate]:
    return {(c.first, c.second): c for c in found}


# -- finding --------------------------------------------------------------------------------------


def test_same_email_or_phone_in_another_form_is_a_candidate(services: Services) -> None:
    a = add(services, given="Marco", family="Rossi", fields=[email("Marco@Rossi.example ")])
    b = add(services, display_name="M. Rossi (work)", fields=[email("marco@rossi.example")])
    c = add(services, given="Taras", family="Bulba", fields=[phone("+380 67 123 4567")])
    d = add(services, given="Тарас", family="Бульба", fields=[phone("067-123-45-67")])
    found = pairs(services.duplicates.candidates())
    assert found[(a, b)].reasons[0] is Reason.EMAIL
    assert found[(c, d)].reasons == (Reason.PHONE, Reason.NAME, Reason.OTHER_SCRIPT)
    assert found[(c, d)].score > found[(a, b)].score  # the names agree too


def test_names_in_two_scripts_swapped_or_with_an_initial(services: Services) -> None:
    olena = add(services, given="Олена", family="Коваленко", fields=[phone("+380671112233")])
    latin = add(services, given="Olena", family="Kovalenko", fields=[email("olena@example.org")])
    ivanov = add(services, given="Ivan", family="Ivanov")
    swapped = add(services, given="Иванов", family="Иван")
    petro = add(services, given="Petro", middle="Ivanovych", family="Shevchenko")
    initial = add(services, display_name="P. Shevchenko")
    found = pairs(services.duplicates.candidates())
    assert found[(olena, latin)].reasons == (Reason.NAME, Reason.OTHER_SCRIPT)
    assert found[(ivanov, swapped)].reasons == (Reason.NAME, Reason.OTHER_SCRIPT, Reason.SWAPPED)
    assert found[(petro, initial)].reasons == (Reason.INITIAL, Reason.MIDDLE_MISSING)
    assert len(found) == 3


def test_namesakes_with_their_own_addresses_are_not_proposed(services: Services) -> None:
    add(services, given="Іван", family="Іванов", fields=[email("a@x.org"), phone("+380671110000")])
    add(services, given="Іван", family="Іванов", fields=[email("b@x.org"), phone("+380671110001")])
    add(services, given="Ivan", family="Ivanova")  # his wife's surname: another person
    add(services, given="Ivanna", family="Ivanov")
    add(services, given="Oleh", family="Ivanov", dates=[DateEntry(PartialDate(4, 1, 1980))])
    add(services, given="Olha", family="Ivanov", dates=[DateEntry(PartialDate(5, 2, 1982))])
    assert services.duplicates.candidates() == []


def test_trashed_contacts_and_dismissed_pairs_are_left_out(services: Services) -> None:
    a = add(services, given="Anna", family="Weber", fields=[email("anna@weber.example")])
    b = add(services, given="Anna", family="Weber", fields=[email("anna@weber.example")])
    c = add(services, given="Anna", family="Weber", fields=[email("anna@weber.example")])
    assert set(pairs(services.duplicates.candidates())) == {(a, b), (a, c), (b, c)}
    services.contacts.trash([c])
    services.duplicates.dismiss(b, a)
    assert services.duplicates.candidates() == []
    services.duplicates.undismiss(a, b)
    assert set(pairs(services.duplicates.candidates())) == {(a, b)}
    with pytest.raises(errors.BadInput):
        services.duplicates.dismiss(a, a)


def test_a_shared_switchboard_number_proposes_nobody(services: Services) -> None:
    for n in range(25):
        add(services, given=f"Person{n}", family=f"Family{n}", fields=[phone("+442071234567")])
    assert services.duplicates.candidates() == []


def test_candidates_report_progress_and_can_be_cancelled(services: Services) -> None:
    add(services, given="Anna", family="Weber")
    stages: list[str] = []
    services.duplicates.candidates(progress=lambda stage, _done, _total: stages.append(stage))
    assert {"shared", "names", "compare"} <= set(stages)
    with pytest.raises(errors.SearchInterrupted):
        services.duplicates.candidates(cancelled=lambda: True)


def test_blocking_finds_a_twin_among_thousands_quickly(services: Services) -> None:
    demo.generate(services, contacts=5_000, interactions=0)
    cyrillic = add(services, given="Зоряна", family="Чорновол", fields=[phone("+380501234567")])
    latin = add(services, given="Zoriana", family="Chornovol", fields=[email("zoriana@ex.org")])
    start = time.perf_counter()
    found = pairs(services.duplicates.candidates())
    assert time.perf_counter() - start < 10  # every pair of 5,000 would be 12.5 million
    assert found[(cyrillic, latin)].reasons == (Reason.NAME, Reason.OTHER_SCRIPT)


# -- merging --------------------------------------------------------------------------------------


@pytest.fixture
def pair(services: Services) -> dict[str, int]:
    """Two cards of one woman, with everything that hangs on a contact, and people around her."""
    services.contacts.define_custom_field("Coffee", "text")
    services.contacts.define_custom_field("Shoe size", "number")
    ids = {
        "friend": add(services, given="Marco", family="Rossi"),
        "boss": add(services, given="Petro", family="Shevchenko"),
    }
    ids["keep"] = add(
        services,
        given="Олена",
        family="Коваленко",
        fields=[
            FieldEntry("phone", "+380 67 123 4567", label="mobile", preferred=True),
            FieldEntry("email", "olena@example.org", preferred=True),
        ],
        addresses=[AddressEntry(street="Хрещатик 1", locality="Київ")],
        dates=[DateEntry(PartialDate(4, 15))],
        affiliations=[AffiliationEntry("Kyiv Digital", title="CTO", primary=True)],
        custom={"Coffee": "espresso"},
        notes="Met at DevFest.",
        cadence_days=30,
        introduced_by_id=ids["friend"],
    )
    ids["other"] = add(
        services,
        given="Olena",
        middle="Petrivna",
        family="Kovalenko",
        fields=[
            FieldEntry("phone", "067 123 45 67", label="work"),
            FieldEntry("email", "olena.k@work.example", preferred=True),
        ],
        addresses=[
            AddressEntry(street="Хрещатик, 1", locality="Київ"),
            AddressEntry(locality="Lviv"),
        ],
        dates=[
            DateEntry(PartialDate(4, 15, 1990)),
            DateEntry(PartialDate(6, 1), kind="anniversary"),
        ],
        affiliations=[AffiliationEntry("Kyiv Digital", title="Chief Technology Officer")],
        custom={"Coffee": "flat white", "Shoe size": 38},
        notes="Prefers calls after 10.",
        cadence_days=14,
        time_zone="Europe/Kyiv",
        met_place="Lviv IT Arena",
    )
    ids["introduced"] = add(services, given="Ivan", family="Franko", introduced_by_id=ids["other"])
    keep, other = ids["keep"], ids["other"]
    services.contacts.set_photo(keep, b"keep-photo", "image/png", b"k", (1, 1))
    services.contacts.set_photo(other, b"other-photo", "image/jpeg", b"o", (2, 2))

    both = services.timeline.log(
        InteractionDraft("meeting", [keep, other], starts_at=WHEN, subject="Kick-off")
    ).first("interaction")
    services.timeline.log(
        InteractionDraft("call", [other, ids["boss"]], starts_at=WHEN + timedelta(days=3))
    )
    services.tasks.create(TaskDraft("Send the draft", datetime(2026, 12, 1, 9), contacts=[other]))
    services.tasks.create(TaskDraft("Both", datetime(2026, 12, 2, 9), contacts=[keep, other]))
    ids["both_meeting"] = both

    friends = services.groups.create("Friends").first("group")
    work = services.groups.create("Work").first("group")
    services.groups.add_members(friends, [keep, other])
    services.groups.add_members(work, [other])

    services.relationships.relate(keep, "friend", ids["friend"])
    services.relationships.relate(ids["friend"], "friend", other)  # the same, the other way round
    services.relationships.relate(ids["boss"], "manager", other)
    services.relationships.relate(keep, "colleague", other)  # would become a self-relationship

    services.drafts.save({"form": {"who": "Olena", "picked": {"Olena": other}}})
    services.duplicates.dismiss(other, ids["boss"])
    return ids


def state(services: Services) -> dict[str, Any]:
    """Everything a merge may touch, as the owner sees it and as it is stored."""
    with services.contacts.read() as s:
        ids = list(s.scalars(select(m.Contact.id).order_by(m.Contact.id)))
        raw = {
            table: s.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2")).all()
            for table in (
                "interaction_participants",
                "task_contacts",
                "group_members",
                "relationships",
                "duplicate_dismissals",
                "drafts",
                "photos",
            )
        }
        raw["contacts"] = s.execute(
            text(
                "SELECT id, uid, deleted_at, updated_at, last_interaction_at, introduced_by_id"
                " FROM contacts ORDER BY id"
            )
        ).all()
    return {
        "cards": [services.contacts.get(i) for i in ids],
        "timelines": [services.timeline.for_contact(i, limit=None) for i in ids],
        "raw": raw,
    }


def test_the_plan_offers_choices_with_fuller_defaults(
    services: Services, pair: dict[str, int]
) -> None:
    plan = services.merging.plan(pair["keep"], pair["other"])
    choices = {c.key: c for c in plan.choices}
    assert set(choices) == {
        "name",
        "cadence",
        "birthday",
        "affiliation:kyiv digital",
        "custom:Coffee",
        "photo",
    }
    assert choices["name"].default == "other"  # the fuller name: with the middle name
    assert choices["birthday"].default == "other"  # the same day, with its year
    assert choices["affiliation:kyiv digital"].detail == "Kyiv Digital"
    result = plan.result(plan.defaults())
    assert result.middle == "Petrivna" and result.time_zone == "Europe/Kyiv"
    assert [f.value for f in result.fields] == [
        "+380 67 123 4567",
        "olena@example.org",
        "olena.k@work.example",
    ]
    assert result.fields[0].label == "mobile"  # the kept entry, not the other's "work"
    assert [f.preferred for f in result.fields] == [True, True, False]
    assert [a.one_line() for a in result.addresses] == ["Хрещатик 1, Київ", "Lviv"]
    assert [(d.kind, d.date) for d in result.dates] == [
        ("birthday", PartialDate(4, 15, 1990)),
        ("anniversary", PartialDate(6, 1)),
    ]
    assert result.notes == "Met at DevFest.\n\nPrefers calls after 10."
    assert result.groups == ["Friends", "Work"]
    assert {(r.other_name, r.label) for r in result.relations} == {
        ("Marco Rossi", "friend"),
        ("Petro Shevchenko", "manager"),
    }
    assert result.has_photo


def test_merge_moves_everything_and_undo_restores_it_exactly(
    services: Services, pair: dict[str, int]
) -> None:
    keep, other = pair["keep"], pair["other"]
    before = state(services)
    snapshot = services.merging.snapshot(keep, other)
    chosen = {"name": "keep", "photo": "other", "custom:Coffee": "other", "cadence": "other"}
    changes = services.merging.merge(keep, other, chosen)

    assert changes.deleted["contact"] == {other}
    merged = services.contacts.get(keep)
    assert (merged.given, merged.middle, merged.family) == ("Олена", None, "Коваленко")
    assert merged.custom == {"Coffee": "flat white", "Shoe size": 38.0}
    assert merged.cadence_days == 14
    assert services.contacts.stored_photo(keep).data == b"other-photo"  # type: ignore[union-attr]
    assert merged.groups == ["Friends", "Work"]
    assert {(r.other_id, r.label) for r in merged.relations} == {
        (pair["friend"], "friend"),
        (pair["boss"], "manager"),
    }
    assert services.contacts.get(pair["introduced"]).introduced_by_id == keep
    assert (merged.introduced_by_id, merged.met_place) == (pair["friend"], "Lviv IT Arena")
    timeline = services.timeline.for_contact(keep, limit=None)
    assert len(timeline) == 2
    assert merged.last_interaction_at == WHEN + timedelta(days=3)
    assert [cid for cid, _ in services.timeline.get(pair["both_meeting"]).participants] == [keep]
    with services.contacts.read() as s:
        linked = s.execute(text("SELECT task_id, contact_id FROM task_contacts")).all()
    assert sorted(cid for _, cid in linked) == [keep, keep]
    assert services.drafts.pending()[0][1]["form"]["picked"] == {"Olena": keep}
    gone = services.contacts.get(other)
    assert gone.deleted and gone.given == "Olena"  # in the trash, card as it was
    assert services.contacts.ordered_ids(trashed=True) == [other]
    assert all(other not in (c.first, c.second) for c in services.duplicates.candidates())

    after_merge = state(services)
    services.merging.restore(snapshot)
    assert state(services) == before

    services.merging.merge(keep, other, chosen)  # redo: the same merge again
    again = state(services)
    assert again["timelines"] == after_merge["timelines"]
    assert again["cards"][2].fields == after_merge["cards"][2].fields
    assert again["raw"]["relationships"] == after_merge["raw"]["relationships"]


def test_a_merge_is_refused_for_itself_the_trash_or_a_bad_choice(
    services: Services, pair: dict[str, int]
) -> None:
    keep, other = pair["keep"], pair["other"]
    before = state(services)
    with pytest.raises(errors.BadInput, match="itself"):
        services.merging.merge(keep, keep, {})
    with pytest.raises(errors.BadInput, match="keep or other"):
        services.merging.merge(keep, other, {"name": "both"})
    with pytest.raises(errors.NotFound):
        services.merging.merge(keep, 9999, {})
    services.contacts.trash([other])
    with pytest.raises(errors.BadInput, match="trash"):
        services.merging.merge(keep, other, {})
    services.contacts.restore([other])
    assert state(services)["cards"][2:] == before["cards"][2:]


def test_a_merge_that_fails_halfway_changes_nothing(
    services: Services, pair: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = state(services)

    def broken(*_args: object) -> set[int]:
        raise errors.BadInput(where="relationship", reason="simulated failure")

    monkeypatch.setattr(type(services.merging), "_move_relationships", staticmethod(broken))
    with pytest.raises(errors.BadInput, match="simulated"):
        services.merging.merge(pair["keep"], pair["other"], {})
    assert state(services) == before


def test_merge_with_no_photo_and_dates_without_conflict(services: Services) -> None:
    a = add(services, given="Anna", family="Weber", dates=[DateEntry(PartialDate(1, 2, 1990))])
    b = add(services, given="Anna", family="Weber", nickname="Anni")
    services.contacts.set_photo(b, b"only-b", "image/png")
    plan = services.merging.plan(a, b)
    assert plan.choices == []
    services.merging.merge(a, b, {})
    merged = services.contacts.get(a)
    assert merged.nickname == "Anni" and merged.has_photo
    assert merged.dates[0].date == PartialDate(1, 2, 1990)
    assert merged.dates[0].uid == services.contacts.get(a).dates[0].uid


def test_pairs_dismissed_with_the_merged_card_stay_dismissed(services: Services) -> None:
    keep = add(services, given="Anna", family="Weber", fields=[email("anna@weber.example")])
    other = add(services, given="Anna", family="Weber", fields=[email("anna@weber.example")])
    namesake = add(services, given="Anna", family="Weber", fields=[phone("+49301234567")])
    services.duplicates.dismiss(other, namesake)
    services.duplicates.dismiss(keep, namesake)
    snapshot = services.merging.snapshot(keep, other)
    services.merging.merge(keep, other, {})
    assert services.duplicates.candidates() == []
    services.merging.restore(snapshot)
    services.duplicates.undismiss(keep, namesake)
    assert set(pairs(services.duplicates.candidates())) == {(keep, other), (keep, namesake)}
    snapshot = services.merging.snapshot(keep, other)
    services.merging.merge(keep, other, {})
    assert services.duplicates.candidates() == []  # the dismissal moved to the kept card
    services.merging.restore(snapshot)
    assert set(pairs(services.duplicates.candidates())) == {(keep, other), (keep, namesake)}
