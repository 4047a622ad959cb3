"""Name keys, blocking keys and scores of the duplicate finder (pure, no store)."""

from __future__ import annotations

import pytest

from pcrm.domain.similarity import (
    MIN_SCORE,
    Evidence,
    NameMatch,
    PersonKey,
    Reason,
    blocking_keys,
    common,
    compare,
    judge,
    loose,
    pairs_to_compare,
    person_key,
    skeleton,
)

NOTHING = Evidence(has_email=False, has_phone=False, birthday=None, cyrillic=False)
CYRILLIC = Evidence(has_email=False, has_phone=False, birthday=None, cyrillic=True)
REACHABLE = Evidence(has_email=True, has_phone=True, birthday=None, cyrillic=False)


def key(given: str | None, family: str | None, middle: str | None = None) -> PersonKey:
    found = person_key(given, middle, family, " ".join(p for p in (given, family) if p))
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Олена", "Olena"),
        ("Коваленко", "Kowalenko"),
        ("Иванов", "Ivanov"),
        ("Юлія", "Yulia"),
        ("Юлия", "Yuliya"),
        ("Ганна", "Hanna"),
        ("Ольга", "Olha"),
        ("Olga", "Olha"),
        ("Щербак", "Shcherbak"),
        ("Łukasz", "Lukasz"),
    ],
)
def test_spellings_of_one_name_have_one_loose_form(one: str, other: str) -> None:
    assert loose(one) == loose(other)


def test_the_skeleton_drops_vowels_so_variants_meet() -> None:
    forms = {"Oleksandr", "Aleksandr", "Alexander", "Олександр", "Александр"}
    assert {skeleton(loose(f)) for f in forms} == {"lksndr"}


@pytest.mark.parametrize(
    ("a", "b", "reasons"),
    [
        (key("Olena", "Kovalenko"), key("Олена", "Коваленко"), (Reason.NAME,)),
        (key("Olena", "Kovalenko"), key("Kovalenko", "Olena"), (Reason.NAME, Reason.SWAPPED)),
        (key("Olena", "Kovalenko"), key("O.", "Kovalenko"), (Reason.INITIAL,)),
        (key("Oleksandr", "Shevchenko"), key("Alexander", "Shevchenko"), (Reason.SIMILAR_NAME,)),
        (key("Anna", "Schmidt"), key("Anna", "Schmitt"), (Reason.SIMILAR_NAME,)),
        (
            key("Olena", "Kovalenko", middle="Petrivna"),
            key("Olena", "Kovalenko"),
            (Reason.NAME, Reason.MIDDLE_MISSING),
        ),
    ],
)
def test_alike_names(a: PersonKey, b: PersonKey, reasons: tuple[Reason, ...]) -> None:
    match = compare(a, b)
    assert match is not None and match.reasons == reasons
    assert match.score >= MIN_SCORE


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (key("Olena", "Kovalenko"), key("Oksana", "Kovalenko")),  # sisters
        (key("Ivan", "Ivanov"), key("Ivan", "Ivanova")),  # the feminine surname: his wife
        (key("Ivan", "Petrenko"), key("Ivanna", "Petrenko")),
        (key("Oleh", "Bilyk"), key("Olha", "Bilyk")),
        (key("Jan", "Kowalski"), key("Jan", "Kowalska")),
        (key("Anna", "Weber"), key("Anna", "Becker")),
        (key("O.", "Kovalenko"), key("I.", "Kovalenko")),
    ],
)
def test_different_people(a: PersonKey, b: PersonKey) -> None:
    assert compare(a, b) is None


def test_different_middle_names_lower_the_score() -> None:
    father = compare(key("Ivan", "Franko", "Petrovych"), key("Ivan", "Franko", "Mykolaiovych"))
    assert father is not None and father.score < MIN_SCORE


def test_the_display_name_stands_in_for_a_missing_structured_name() -> None:
    assert person_key(None, None, None, "Kovalenko Olena Petrivna") == PersonKey(
        "kovalenko", "olena", "petrivna"
    )
    assert person_key(None, None, None, "olena@example.org") is None
    assert person_key(None, None, None, "Olena") is None


def blocks(key: PersonKey) -> set[str]:
    return {block for block, _part in blocking_keys(key)}


def test_blocking_keys_bring_swapped_names_and_initials_together() -> None:
    plain = blocks(key("Olena", "Kovalenko"))
    assert plain & blocks(key("Kovalenko", "Olena"))
    assert plain & blocks(key("O.", "Kowalenko"))
    assert plain & blocks(key("Олена", "Коваленко"))
    assert not plain & blocks(key("Marco", "Rossi"))
    assert blocking_keys(key("Olena", None)) == ()


def test_only_keys_whose_names_agree_within_a_block_are_compared() -> None:
    keys = [
        key("Olena", "Kovalenko"),
        key("Oksana", "Kovalenko"),  # the same block, another given name: never compared
        key("Kovalenko", "Olena"),
        key("O.", "Kovalenko"),
        key("Olena", "Kovalenko", "Petrivna"),
        key("Marco", "Rossi"),
    ]
    assert sorted(pairs_to_compare(keys)) == [
        (0, 2),
        (0, 3),
        (0, 4),
        (1, 3),
        (2, 3),
        (2, 4),
        (3, 4),
    ]


def test_a_common_name_says_less() -> None:
    match = NameMatch(0.8, (Reason.NAME,))
    assert common(match, 2) == match
    assert common(match, 4).score == 0.7
    assert common(match, 32).score < MIN_SCORE


def test_judge_weighs_evidence_for_and_against() -> None:
    same = NameMatch(0.8, (Reason.NAME,))
    assert judge(same, True, NOTHING, CYRILLIC) == (0.8, (Reason.NAME, Reason.OTHER_SCRIPT))
    # both reachable and nothing in common: namesakes
    assert judge(same, True, REACHABLE, REACHABLE) is None
    # one address in common outweighs everything
    verdict = judge(same, True, REACHABLE, REACHABLE, same_email=True)
    assert verdict == (0.98, (Reason.EMAIL, Reason.NAME))
    # a shared number between different names: a household, proposed with less certainty
    household = judge(None, True, REACHABLE, REACHABLE, same_phone=True)
    assert household is not None and household[0] < 0.8 * 0.7
    assert judge(None, False, NOTHING, NOTHING) is None
    born = Evidence(False, False, (4, 15, 1990), False)
    other_day = Evidence(False, False, (5, 1, None), False)
    same_day = Evidence(False, False, (4, 15, None), False)
    assert judge(same, True, born, other_day) is None
    assert judge(same, True, born, same_day) is not None
