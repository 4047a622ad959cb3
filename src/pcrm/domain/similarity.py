"""Could these two cards be the same person?  Name keys, blocking keys and scores.

Names are compared in one loose Latin spelling: Cyrillic is read with the transliteration search
uses (:func:`pcrm.domain.text.transliterations`, its first reading), then the letters that
spellings of one name disagree on are merged (y/j/i, g/h, kh/h, w/v, x/ks, doubled letters), so
"Олена Коваленко", "Olena Kovalenko" and "Olena Kowalenko" have one key, and "Ivanov" and
"Иванов" (read "yvanov") too.  The consonant skeleton of that spelling drops the vowels as well:
"Oleksandr", "Aleksandr", "Alexander" and "Олександр" share ``lksndr``.

Comparing every pair of 100,000 contacts is 5·10⁹ comparisons; instead each name gets two
*blocking keys* — the family name's skeleton with the given name's first sound, and the same
with the two swapped — and only names that share a key are compared (:func:`blocking_keys`).
A swapped name shares the swapped key, an initial shares the first sound, a missing middle name
changes neither.  Spelling slips in the family name are not found this way; the same e-mail or
phone still finds those.

A similar name alone is weak evidence: two people may well be called Іван Іванов.  So
:func:`judge` lowers the score when both cards have e-mails (or phones) and none is shared,
and more when their birthdays differ; a pair is proposed when the score reaches ``MIN_SCORE``
or when the cards share an e-mail or phone.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from pcrm.domain.text import fold, transliterations

MIN_SCORE = 0.6  # a pair with no e-mail or phone in common is proposed from this score


class Reason(StrEnum):
    """Why a pair is proposed, strongest first (the UI words them)."""

    EMAIL = "email"  # the same e-mail address
    PHONE = "phone"  # the same phone number
    NAME = "name"  # the same name
    SIMILAR_NAME = "similar_name"  # a name that sounds the same or differs by one letter
    OTHER_SCRIPT = "other_script"  # the name written in Cyrillic on one, Latin on the other
    SWAPPED = "swapped"  # given and family name the other way round
    INITIAL = "initial"  # an initial for the given name
    MIDDLE_MISSING = "middle_missing"  # a middle name on one card only


# What spellings of one name disagree on; longest first, applied in this order.
_SOUNDS = (
    ("shch", "s"), ("sch", "s"), ("tch", "c"), ("sh", "s"), ("sz", "s"), ("ch", "c"),
    ("cz", "c"), ("zh", "z"), ("kh", "h"), ("ts", "c"), ("tz", "c"), ("ph", "f"), ("ck", "k"),
    ("x", "ks"), ("q", "k"), ("w", "v"), ("g", "h"), ("j", "i"), ("y", "i"),
)  # fmt: skip
_LETTERS = str.maketrans({"ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "đ": "d", "ı": "i"})
_NOT_LETTER = re.compile(r"[\W\d_]+")
_DOUBLED = re.compile(r"(.)\1+")
_VOWELS = frozenset("aeiou")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@functools.lru_cache(maxsize=1 << 16)
def loose(word: str) -> str:
    """The loose Latin spelling of a name: "Коваленко" → "kovalenko", "Yuliya" → "iulia"."""
    readings = transliterations(word)
    text = readings.split(" ", 1)[0] if readings else fold(word)
    text = _NOT_LETTER.sub("", text.translate(_LETTERS))
    for written, sound in _SOUNDS:
        text = text.replace(written, sound)
    return _DOUBLED.sub(r"\1", text)


def skeleton(spelling: str) -> str:
    """A loose spelling without its vowels ("oleksandr" → "lksndr"); all vowels stay as they are."""
    consonants = "".join(ch for ch in spelling if ch not in _VOWELS)
    return consonants or spelling


def first_sound(spelling: str) -> str:
    """What a given name starts with, every vowel alike: Olena, Alena and Yevhen start the same."""
    if not spelling:
        return ""
    return "V" if spelling[0] in _VOWELS else spelling[0]


def is_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


@dataclass(frozen=True, slots=True)
class PersonKey:
    """A name in loose spelling ("" where a part is missing)."""

    given: str
    middle: str
    family: str


def _part(text: str | None) -> str:
    return "".join(loose(word) for word in (text or "").split())


@functools.lru_cache(maxsize=1 << 16)
def person_key(
    given: str | None, middle: str | None, family: str | None, display_name: str
) -> PersonKey | None:
    """The key of a contact's name; without a structured name the display name's words are read
    as given … family.  None when there is no name to compare (an e-mail, "Unnamed")."""
    key = PersonKey(_part(given), _part(middle), _part(family))
    if key.given or key.family:
        return key
    if "@" in display_name or any(ch.isdigit() for ch in display_name):
        return None
    words = [w for w in (_part(w) for w in display_name.split()) if w]
    if len(words) < 2:
        return None
    return PersonKey(words[0], "".join(words[1:-1]), words[-1])


def blocking_keys(key: PersonKey) -> tuple[tuple[str, str], ...]:
    """(block, part) for each block ``key`` is compared in, and the part of the name that must
    still agree there (the given name beside the family name's block, and the other way
    round); names with given and family name only."""
    if not key.given or not key.family:
        return ()
    return (
        (f"{skeleton(key.family)}|{first_sound(key.given)}", key.given),
        (f"{skeleton(key.given)}|{first_sound(key.family)}", key.family),
    )


def pairs_to_compare(keys: Sequence[PersonKey]) -> Iterator[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, of keys worth comparing, each once: they share a block
    and the rest of their names agree.  Within a block the keys are bucketed by that rest, so
    two buckets are matched once, not every pair of their keys (a block of 300 Kovalenkos holds
    a few dozen given names)."""
    blocks: defaultdict[str, defaultdict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for index, key in enumerate(keys):
        for block, part in blocking_keys(key):
            blocks[block][part].append(index)
    seen: set[int] = set()  # i * len(keys) + j: two keys may share both their blocks
    for buckets in blocks.values():
        parts = list(buckets)
        for n, part in enumerate(parts):
            for other in parts[n:]:
                if other != part and not _agree(part, other):
                    continue
                mine, theirs = buckets[part], buckets[other]
                found = (
                    itertools.combinations(mine, 2)
                    if other == part
                    else ((x, y) for x in mine for y in theirs)
                )
                for x, y in found:
                    low, high = (x, y) if x < y else (y, x)
                    code = low * len(keys) + high
                    if low != high and code not in seen:
                        seen.add(code)
                        yield low, high


# how closely two parts of a name agree
_SAME, _SOUNDS_ALIKE, _SLIP, _INITIAL = 4, 3, 2, 1


def _distance(a: str, b: str, most: int) -> int:
    """The edit distance of two short spellings, or ``most + 1`` when it is larger than ``most``."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    previous = list(range(len(b) + 1))
    for i, ch in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ch != other))
            )
        if min(current) > most:
            return most + 1
        previous = current
    return min(previous[-1], most + 1)


# Slavic names and surnames mark the woman with an ending: Ivan/Ivanna, Oleksandr/Oleksandra,
# Ivanov/Ivanova, Kowalski/Kowalska, Kovalsky/Kovalskaya — near in spelling, never one person.
_FEMININE = (("", "a"), ("", "ia"), ("i", "a"), ("i", "aia"), ("ii", "aia"))


def _gendered(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    for masculine, feminine in _FEMININE:
        stem = long[: len(long) - len(feminine)]
        if long.endswith(feminine) and short == stem + masculine and len(stem) >= 2:
            return True
    return False


def _is_initial(spelling: str) -> bool:
    """One letter; Є, Ю, Я read as two ("ie", "iu", "ia")."""
    return len(spelling) == 1 or (
        len(spelling) == 2 and spelling[0] == "i" and spelling[1] in _VOWELS
    )


@functools.lru_cache(maxsize=1 << 18)
def _agree(a: str, b: str) -> int:
    """How two present parts agree: 0 when they do not."""
    if a == b:
        return _SAME
    short, long = sorted((a, b), key=len)
    if _is_initial(short):
        return _INITIAL if not _is_initial(long) and long.startswith(short) else 0
    shortest = len(short)
    if _gendered(a, b):
        return 0
    distance = _distance(a, b, 2)
    if skeleton(a) == skeleton(b) and distance <= (1 if shortest <= 5 else 2):
        return _SOUNDS_ALIKE
    if shortest >= 4 and distance <= 1:
        return _SLIP
    return 0


_SCORES = {_SAME: 0.8, _SOUNDS_ALIKE: 0.7, _SLIP: 0.65, _INITIAL: 0.6}


@dataclass(frozen=True, slots=True)
class NameMatch:
    score: float
    reasons: tuple[Reason, ...]


def _oriented(given: tuple[str, str], family: tuple[str, str]) -> tuple[float, Reason] | None:
    if not family[0] or not family[1]:
        return None
    family_level = _agree(*family)
    if family_level < _SLIP:  # a family name may be misspelt, never an initial
        return None
    if not given[0] or not given[1]:
        return 0.45, Reason.SIMILAR_NAME
    given_level = _agree(*given)
    if not given_level:
        return None
    level = min(family_level, given_level)
    if level == _INITIAL:
        return _SCORES[level], Reason.INITIAL
    return _SCORES[level], Reason.NAME if level == _SAME else Reason.SIMILAR_NAME


def compare(a: PersonKey, b: PersonKey) -> NameMatch | None:
    """How alike two names are, or None when they are different names."""
    direct = _oriented((a.given, b.given), (a.family, b.family))
    swapped = _oriented((a.given, b.family), (a.family, b.given))
    if direct is None and swapped is None:
        return None
    reasons: list[Reason] = []
    if direct is not None and (swapped is None or direct[0] >= swapped[0]):
        score, reason = direct
        reasons.append(reason)
    else:
        assert swapped is not None
        score, reason = swapped
        reasons += [reason, Reason.SWAPPED]
        score -= 0.05
    if a.middle and b.middle:
        if not _agree(a.middle, b.middle):
            score -= 0.3  # Ivan Petrovych and Ivan Mykolaiovych are father and son, not one man
    elif a.middle or b.middle:
        reasons.append(Reason.MIDDLE_MISSING)
    return NameMatch(round(score, 2), tuple(reasons))


def common(match: NameMatch, people: int) -> NameMatch:
    """A name shared by ``people`` contacts says less about any two of them: at 2 nothing
    changes, at 4 the score drops by 0.1, at 8 by 0.2 (Fellegi and Sunter's frequency weights,
    simplified)."""
    if people <= 2:
        return match
    return NameMatch(round(match.score - 0.1 * math.log2(people / 2), 2), match.reasons)


@dataclass(frozen=True, slots=True)
class Evidence:
    """What else a card says about who it is."""

    has_email: bool
    has_phone: bool
    birthday: tuple[int, int, int | None] | None  # month, day, year
    cyrillic: bool  # the name is written in Cyrillic


def _birthdays_differ(a: Evidence, b: Evidence) -> bool:
    if a.birthday is None or b.birthday is None:
        return False
    (month, day, year), (month2, day2, year2) = a.birthday, b.birthday
    return (month, day) != (month2, day2) or (year is not None and year2 not in (None, year))


def judge(
    name: NameMatch | None,
    both_named: bool,
    a: Evidence,
    b: Evidence,
    *,
    same_email: bool = False,
    same_phone: bool = False,
) -> tuple[float, tuple[Reason, ...]] | None:
    """The score (0..1) and reasons of a pair, or None when it is not worth proposing."""
    reasons: list[Reason] = []
    doubt = 1.0 - (0.9 if same_email else 0.0)
    doubt *= 1.0 - (0.8 if same_phone else 0.0)
    shared = 1.0 - doubt
    if same_email:
        reasons.append(Reason.EMAIL)
    if same_phone:
        reasons.append(Reason.PHONE)
    conflict = _birthdays_differ(a, b)
    if name is None:
        if not shared:
            return None
        if both_named:  # a shared family phone or mailbox: two people with one number
            shared *= 0.6
        return round(shared * (0.6 if conflict else 1.0), 2), tuple(reasons)
    name_score = name.score - (0.4 if conflict else 0.0)
    if not shared:
        if a.has_email and b.has_email:
            name_score -= 0.25  # both have e-mails, and none is shared
        if a.has_phone and b.has_phone:
            name_score -= 0.25
        if name_score < MIN_SCORE:
            return None
    script = [Reason.OTHER_SCRIPT] if a.cyrillic != b.cyrillic else []
    reasons += [*name.reasons[:1], *script, *name.reasons[1:]]
    score = 1.0 - (1.0 - shared) * (1.0 - max(name_score, 0.0))
    return round(min(score, 1.0), 2), tuple(reasons)
