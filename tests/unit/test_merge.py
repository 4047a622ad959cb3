"""Merge rules of two cards (pure, no store): choices, defaults, unions."""

from __future__ import annotations

from datetime import UTC, datetime

from pcrm.domain.card import ContactCard, DateEntry, FieldEntry, RelationEntry
from pcrm.domain.dates import PartialDate
from pcrm.domain.merge import Met, Part, Side, choices, merge_cards, photo_from
from pcrm.domain.names import PersonName

OLD = datetime(2025, 1, 1, tzinfo=UTC)
NEW = datetime(2026, 1, 1, tzinfo=UTC)


def card(**values: object) -> ContactCard:
    values.setdefault("updated_at", OLD)
    return ContactCard(**values)  # type: ignore[arg-type]


def test_only_conflicts_are_choices_and_the_newer_card_wins_a_tie() -> None:
    keep = card(id=1, given="Olena", family="Kovalenko", cadence_days=30, nickname="Lena")
    other = card(id=2, given="Олена", family="Коваленко", cadence_days=14, updated_at=NEW)
    found = {c.key: c for c in choices(keep, other, keep_photo=False, other_photo=False)}
    assert set(found) == {"name", "cadence"}
    assert found["name"].keep == PersonName(given="Olena", family="Kovalenko")
    assert found["cadence"].default is Side.OTHER  # edited later
    merged = merge_cards(keep, other, {"name": Side.KEEP})
    assert (merged.given, merged.cadence_days, merged.nickname) == ("Olena", 14, "Lena")


def test_how_we_met_is_united_and_chosen_only_where_both_say_something_else() -> None:
    keep = card(id=1, met_place="Lviv", introduced_by_id=7)
    other = card(id=2, met_place="Kyiv", met_channel="conference", met_on=PartialDate(9, 1))
    (choice,) = choices(keep, other, keep_photo=False, other_photo=False)
    assert choice.part is Part.MET and isinstance(choice.other, Met)
    merged = merge_cards(keep, other, {"met": Side.OTHER})
    assert (merged.met_place, merged.met_channel, merged.introduced_by_id) == (
        "Kyiv",
        "conference",
        7,
    )
    quiet = card(id=2, met_channel="conference")
    assert choices(keep, quiet, keep_photo=False, other_photo=False) == []
    assert merge_cards(keep, quiet, {}).met_channel == "conference"


def test_nobody_is_introduced_by_themself_after_a_merge() -> None:
    keep = card(id=1, introduced_by_id=2)
    assert merge_cards(keep, card(id=2), {}).introduced_by_id is None


def test_fields_are_united_by_their_normalised_value() -> None:
    keep = card(
        id=1,
        fields=[
            FieldEntry("phone", "+380 67 123 4567", normalized="+380671234567", preferred=True),
            FieldEntry("email", "a@x.org", normalized="a@x.org"),
        ],
    )
    other = card(
        id=2,
        fields=[
            FieldEntry("phone", "067-123-45-67", "work", normalized="+380671234567"),
            FieldEntry("phone", "+380 50 000 0000", normalized="+380500000000", preferred=True),
            FieldEntry("messenger", "@olena", service="Telegram", normalized="@olena"),
            FieldEntry("messenger", "@olena", service="signal", normalized="@olena"),
        ],
    )
    merged = merge_cards(keep, other, {})
    assert [(f.value, f.label, f.preferred) for f in merged.fields] == [
        ("+380 67 123 4567", "work", True),
        ("a@x.org", None, False),
        ("+380 50 000 0000", None, False),
        ("@olena", None, False),
        ("@olena", None, False),
    ]


def test_a_birthday_from_the_other_card_keeps_the_kept_uid() -> None:
    keep = card(id=1, dates=[DateEntry(PartialDate(4, 15), uid="kept")])
    other = card(
        id=2,
        dates=[
            DateEntry(PartialDate(4, 16, 1990), uid="theirs"),
            DateEntry(PartialDate(6, 1), kind="anniversary", uid="their-anniversary"),
        ],
    )
    (choice,) = choices(keep, other, keep_photo=False, other_photo=False)
    assert choice.default is Side.KEEP  # different days, same age of the cards: the kept one
    merged = merge_cards(keep, other, {"birthday": Side.OTHER})
    assert [(d.date, d.uid) for d in merged.dates] == [
        (PartialDate(4, 16, 1990), "kept"),
        (PartialDate(6, 1), None),
    ]
    assert merge_cards(keep, other, {}).dates[0].date == PartialDate(4, 15)


def test_notes_custom_values_flags_and_relations() -> None:
    keep = card(
        id=1,
        notes="Likes tea.",
        custom={"Coffee": "espresso", "Size": None},
        favourite=False,
        archived=True,
        display_name="Lena K.",
        display_name_custom=True,
        relations=[RelationEntry(2, "Other", "friend", "friend"), RelationEntry(3, "C", "x", "x")],
    )
    other = card(
        id=2,
        notes="Likes tea. And cake.",
        custom={"Coffee": "latte", "Size": 38},
        favourite=True,
        archived=False,
        relations=[RelationEntry(3, "C", "x", "x"), RelationEntry(4, "D", "y", "y")],
    )
    merged = merge_cards(keep, other, {"custom:Coffee": Side.OTHER})
    assert merged.notes == "Likes tea. And cake."
    assert merged.custom == {"Coffee": "latte", "Size": 38}
    assert (merged.favourite, merged.archived) == (True, False)
    assert (merged.display_name, merged.display_name_custom) == ("Lena K.", True)
    assert [r.other_id for r in merged.relations] == [3, 4]
    both = merge_cards(card(id=1, notes="One."), card(id=2, notes="Two."), {})
    assert both.notes == "One.\n\nTwo."


def test_whose_photo() -> None:
    assert photo_from({}, keep_photo=True, other_photo=True) is Side.KEEP
    assert photo_from({"photo": Side.OTHER}, keep_photo=True, other_photo=True) is Side.OTHER
    assert photo_from({}, keep_photo=False, other_photo=True) is Side.OTHER
    assert photo_from({}, keep_photo=False, other_photo=False) is None
