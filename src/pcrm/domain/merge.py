"""Merging two cards of one person into one: which values survive.

Single-valued parts (the name, the birthday, the cadence, how we met, a custom field, the job at
one organisation, the photo…) are a :class:`Choice` when both cards hold different values: the
owner picks a side, and the default is the fuller value, else the one of the card edited last.
A part only one card holds is simply kept.  Multi-valued parts are united without repeats:
phones and e-mails by their normalised value, addresses by their text, dates by kind and day
(a date with its year wins over the same day without one), groups and relationships by what
they name.  Notes are put one after the other.  Nothing here touches the store: the duplicates
service writes the result (:mod:`pcrm.services.duplicates`).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TypeVar

from pcrm.domain.card import (
    AddressEntry,
    AffiliationEntry,
    ContactCard,
    DateEntry,
    ExtraProperty,
    FieldEntry,
    RelationEntry,
)
from pcrm.domain.dates import PartialDate
from pcrm.domain.kinds import DateKind
from pcrm.domain.names import PersonName
from pcrm.domain.text import fold


class Side(StrEnum):
    KEEP = "keep"  # the card that stays
    OTHER = "other"  # the card merged into it (and then trashed)


class Part(StrEnum):
    """A single-valued part of a card the owner may have to choose."""

    NAME = "name"
    DISPLAY_NAME = "display_name"
    NICKNAME = "nickname"
    PHONETIC = "phonetic"
    BIRTHDAY = "birthday"
    AFFILIATION = "affiliation"
    CUSTOM = "custom"
    CADENCE = "cadence"
    TIME_ZONE = "time_zone"
    MET = "met"
    PHOTO = "photo"


@dataclass(frozen=True)
class Met:
    """How we met, as one value: it is chosen as a whole."""

    on: PartialDate | None
    place: str | None
    channel: str | None
    notes: str | None
    introduced_by_id: int | None


@dataclass(frozen=True)
class Choice:
    """Two different values of one part.  ``key`` names it in the choices passed to
    :func:`merge_cards` (``custom:<field>``, ``affiliation:<organisation>`` for those);
    ``keep`` and ``other`` are the values (a :class:`PersonName`, a :class:`PartialDate`, an
    :class:`AffiliationEntry`, a :class:`Met`, a string or a number; for the photo, the id of
    the card whose photo it is); ``detail`` is the custom field's or organisation's name."""

    key: str
    part: Part
    keep: object
    other: object
    default: Side
    detail: str = ""


Chosen = Mapping[str, Side]


def _text(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def _differ(a: object, b: object) -> bool:
    return a != b


@dataclass(frozen=True)
class _Single:
    """How one single-valued part is read from a card, when two values of it conflict, and how
    the winner's value is put onto the merged card (the loser's may fill its gaps)."""

    part: Part
    read: Callable[[ContactCard], object | None]
    take: Callable[[ContactCard, ContactCard, ContactCard], None]  # (winner, loser, onto)
    fullness: Callable[[object], int] = lambda value: 1
    conflict: Callable[[object, object], bool] = _differ


def _name(card: ContactCard) -> PersonName | None:
    parts = (card.prefix, card.given, card.middle, card.family, card.suffix)
    name = PersonName(*(_text(p) for p in parts))
    return name if name.composed() else None


def _copy_name(source: ContactCard, _loser: ContactCard, onto: ContactCard) -> None:
    onto.prefix, onto.given, onto.middle = source.prefix, source.given, source.middle
    onto.family, onto.suffix = source.family, source.suffix


def _name_fullness(value: object) -> int:
    assert isinstance(value, PersonName)
    return sum(
        1 for p in (value.prefix, value.given, value.middle, value.family, value.suffix) if p
    )


def _copy_display(source: ContactCard, _loser: ContactCard, onto: ContactCard) -> None:
    onto.display_name, onto.display_name_custom = source.display_name, True


def _phonetic(card: ContactCard) -> str | None:
    parts = (card.phonetic_given, card.phonetic_middle, card.phonetic_family)
    return " ".join(p.strip() for p in parts if p and p.strip()) or None


def _copy_phonetic(source: ContactCard, _loser: ContactCard, onto: ContactCard) -> None:
    onto.phonetic_given = source.phonetic_given
    onto.phonetic_middle = source.phonetic_middle
    onto.phonetic_family = source.phonetic_family


def _met(card: ContactCard) -> Met | None:
    met = Met(
        card.met_on,
        _text(card.met_place),
        _text(card.met_channel),
        _text(card.met_notes),
        card.introduced_by_id,
    )
    return met if any(getattr(met, f) is not None for f in Met.__dataclass_fields__) else None


_MET_PARTS = ("met_on", "met_place", "met_channel", "met_notes", "introduced_by_id")


def _take_met(winner: ContactCard, loser: ContactCard, onto: ContactCard) -> None:
    """The winner's account of how we met, with what only the loser's says filled in."""
    for name in _MET_PARTS:
        value = getattr(winner, name)
        setattr(onto, name, getattr(loser, name) if value in (None, "") else value)


def _met_conflict(a: object, b: object) -> bool:
    """Only a part both cards fill, differently, is a conflict; the rest is simply united."""
    assert isinstance(a, Met) and isinstance(b, Met)
    pairs = ((getattr(a, f), getattr(b, f)) for f in Met.__dataclass_fields__)
    return any(x is not None and y is not None and x != y for x, y in pairs)


def _met_fullness(value: object) -> int:
    assert isinstance(value, Met)
    return sum(1 for f in Met.__dataclass_fields__ if getattr(value, f) is not None)


def _attribute(part: Part, name: str) -> _Single:
    def read(card: ContactCard) -> object | None:
        value = getattr(card, name)
        return _text(value) if isinstance(value, str) else value

    def take(winner: ContactCard, _loser: ContactCard, onto: ContactCard) -> None:
        setattr(onto, name, getattr(winner, name))

    return _Single(part, read, take)


_SINGLES = (
    _Single(Part.NAME, _name, _copy_name, _name_fullness),
    _Single(
        Part.DISPLAY_NAME,
        lambda card: _text(card.display_name) if card.display_name_custom else None,
        _copy_display,
    ),
    _attribute(Part.NICKNAME, "nickname"),
    _Single(Part.PHONETIC, _phonetic, _copy_phonetic),
    _attribute(Part.CADENCE, "cadence_days"),
    _attribute(Part.TIME_ZONE, "time_zone"),
    _Single(Part.MET, _met, _take_met, _met_fullness, _met_conflict),
)


def _newer(keep: ContactCard, other: ContactCard) -> Side:
    if keep.updated_at and other.updated_at and other.updated_at > keep.updated_at:
        return Side.OTHER
    return Side.KEEP


def _default(fuller: tuple[int, int], keep: ContactCard, other: ContactCard) -> Side:
    if fuller[0] != fuller[1]:
        return Side.KEEP if fuller[0] > fuller[1] else Side.OTHER
    return _newer(keep, other)


def _birthday(card: ContactCard) -> DateEntry | None:
    return next((d for d in card.dates if d.kind == DateKind.BIRTHDAY), None)


def _organisation(entry: AffiliationEntry) -> str:
    return fold(entry.organisation.strip())


def _job(entry: AffiliationEntry) -> tuple[object, ...]:
    return (entry.title, entry.role, entry.department, entry.start_date, entry.end_date)


def _filled(values: Iterable[object]) -> int:
    return sum(1 for v in values if v not in (None, ""))


def choices(
    keep: ContactCard, other: ContactCard, *, keep_photo: bool, other_photo: bool
) -> list[Choice]:
    """The parts where both cards hold different values, in the order of a card."""
    found: list[Choice] = []
    for single in _SINGLES:
        mine, theirs = single.read(keep), single.read(other)
        if mine is not None and theirs is not None and single.conflict(mine, theirs):
            fuller = (single.fullness(mine), single.fullness(theirs))
            side = _default(fuller, keep, other)
            found.append(Choice(single.part.value, single.part, mine, theirs, side))
    mine_day, theirs_day = _birthday(keep), _birthday(other)
    if mine_day and theirs_day and mine_day.date != theirs_day.date:
        same_day = (mine_day.date.month, mine_day.date.day) == (
            theirs_day.date.month,
            theirs_day.date.day,
        )
        fuller = (mine_day.date.year is not None, theirs_day.date.year is not None)
        side = _default((int(fuller[0]), int(fuller[1])) if same_day else (0, 0), keep, other)
        found.append(
            Choice(Part.BIRTHDAY.value, Part.BIRTHDAY, mine_day.date, theirs_day.date, side)
        )
    theirs_jobs = {_organisation(a): a for a in other.affiliations}
    for job in keep.affiliations:
        twin = theirs_jobs.get(_organisation(job))
        if twin is not None and _job(job) != _job(twin):
            side = _default((_filled(_job(job)), _filled(_job(twin))), keep, other)
            key = f"{Part.AFFILIATION.value}:{_organisation(job)}"
            found.append(Choice(key, Part.AFFILIATION, job, twin, side, job.organisation))
    for name, value in keep.custom.items():
        theirs_value = other.custom.get(name)
        if value not in (None, "") and theirs_value not in (None, "") and value != theirs_value:
            key = f"{Part.CUSTOM.value}:{name}"
            found.append(Choice(key, Part.CUSTOM, value, theirs_value, _newer(keep, other), name))
    if keep_photo and other_photo:
        assert keep.id is not None and other.id is not None
        found.append(Choice(Part.PHOTO.value, Part.PHOTO, keep.id, other.id, _newer(keep, other)))
    return found


def defaults(found: Iterable[Choice]) -> dict[str, Side]:
    return {choice.key: choice.default for choice in found}


def photo_from(chosen: Chosen, *, keep_photo: bool, other_photo: bool) -> Side | None:
    """Whose photo the merged card has (None: no photo)."""
    if keep_photo and other_photo:
        return Side(chosen.get(Part.PHOTO.value, Side.KEEP))
    if keep_photo:
        return Side.KEEP
    return Side.OTHER if other_photo else None


# -- the multi-valued parts -----------------------------------------------------------------------

T = TypeVar("T")
Pick = Callable[[str], Side]  # a choice's key -> the side chosen (or its default)


def _united(mine: list[T], theirs: list[T], key: Callable[[T], object]) -> list[T]:
    seen = {key(x) for x in mine}
    result = [copy.copy(x) for x in mine]
    for entry in theirs:
        if key(entry) not in seen:
            seen.add(key(entry))
            result.append(copy.copy(entry))
    return result


def _one_preferred(entries: Sequence[FieldEntry | AddressEntry], kinds: Sequence[str]) -> None:
    """At most one preferred entry per kind: the kept card's, else the first."""
    taken: set[str] = set()
    for entry, kind in zip(entries, kinds, strict=True):
        entry.preferred = entry.preferred and kind not in taken
        if entry.preferred:
            taken.add(kind)


def _field_key(f: FieldEntry) -> tuple[str, str, str]:
    value = f.normalized or re.sub(r"\s+", "", f.value).casefold()
    return f.kind, (f.service or "").casefold(), value


def _fields(keep: ContactCard, other: ContactCard) -> list[FieldEntry]:
    result = _united(keep.fields, other.fields, _field_key)
    labels = {_field_key(f): f.label for f in other.fields if f.label}
    for entry in result:
        entry.label = entry.label or labels.get(_field_key(entry))
    _one_preferred(result, [f.kind for f in result])
    return result


def _address_key(a: AddressEntry) -> str:
    return re.sub(r"[\W_]+", " ", fold(a.one_line())).strip()


def _addresses(keep: ContactCard, other: ContactCard) -> list[AddressEntry]:
    result = _united(keep.addresses, other.addresses, _address_key)
    _one_preferred(result, ["address"] * len(result))
    return result


def _date_key(d: DateEntry) -> tuple[str, str, int, int]:
    return d.kind, fold(d.label or ""), d.date.month, d.date.day


def _dates(keep: ContactCard, other: ContactCard, pick: Pick) -> list[DateEntry]:
    """The kept card's dates, each with its uid (calendars key on it), then the other's that
    are new; a birthday chosen from the other card takes the place, and uid, of the kept one."""
    mine_day, theirs_day = _birthday(keep), _birthday(other)
    decided = mine_day is not None and theirs_day is not None and mine_day.date != theirs_day.date
    theirs_won = decided and pick(Part.BIRTHDAY.value) == Side.OTHER
    result: list[DateEntry] = []
    index: dict[tuple[str, str, int, int], DateEntry] = {}
    for entry in keep.dates:
        taken = copy.copy(entry)
        if theirs_won and entry is mine_day and theirs_day is not None:
            taken.date = theirs_day.date
        index.setdefault(_date_key(taken), taken)
        result.append(taken)
    for entry in other.dates:
        key = _date_key(entry)
        if decided and entry is theirs_day:
            continue
        if key in index:
            if index[key].date.year is None and entry.date.year is not None:
                index[key].date = entry.date  # the same day, now with its year
            continue
        taken = copy.copy(entry)
        taken.uid = None  # the other card, in the trash, keeps its own
        index[key] = taken
        result.append(taken)
    return result


def _affiliations(keep: ContactCard, other: ContactCard, pick: Pick) -> list[AffiliationEntry]:
    theirs = {_organisation(a): a for a in other.affiliations}
    result = _united(keep.affiliations, other.affiliations, _organisation)
    for i, entry in enumerate(result):
        twin = theirs.get(_organisation(entry))
        key = f"{Part.AFFILIATION.value}:{_organisation(entry)}"
        if twin is not None and _job(twin) != _job(entry) and pick(key) == Side.OTHER:
            result[i] = copy.copy(twin)
            result[i].primary = entry.primary
    primary = False
    for entry in result:
        entry.primary, primary = entry.primary and not primary, primary or entry.primary
    return result


def _custom(keep: ContactCard, other: ContactCard, pick: Pick) -> dict[str, object]:
    result: dict[str, object] = {}
    for name in [*keep.custom, *(k for k in other.custom if k not in keep.custom)]:
        mine, theirs = keep.custom.get(name), other.custom.get(name)
        if mine in (None, ""):
            mine = None
        if theirs in (None, ""):
            theirs = None
        if mine is not None and theirs is not None and mine != theirs:
            result[name] = theirs if pick(f"{Part.CUSTOM.value}:{name}") == Side.OTHER else mine
        elif mine is not None or theirs is not None:
            result[name] = mine if mine is not None else theirs
    return result


def _extra_key(x: ExtraProperty) -> tuple[str, str, str]:
    return x.name.upper(), x.value, (x.group or "").casefold()


def _notes(keep: ContactCard, other: ContactCard) -> str | None:
    mine, theirs = _text(keep.notes), _text(other.notes)
    if not mine or not theirs:
        return mine or theirs
    if theirs in mine:
        return mine
    if mine in theirs:
        return theirs
    return f"{mine}\n\n{theirs}"


def _relations(keep: ContactCard, other: ContactCard) -> list[RelationEntry]:
    ends = {keep.id, other.id}
    related = [r for r in [*keep.relations, *other.relations] if r.other_id not in ends]
    unique: dict[tuple[int, str, str], RelationEntry] = {}
    for entry in related:
        unique.setdefault((entry.other_id, entry.type_key, entry.label), copy.copy(entry))
    return list(unique.values())


def _latest(a: datetime | None, b: datetime | None) -> datetime | None:
    return max(a, b) if a and b else a or b


def merge_cards(keep: ContactCard, other: ContactCard, chosen: Chosen) -> ContactCard:
    """The card ``keep`` becomes; ``chosen`` maps a :class:`Choice` key to a side (a key left
    out takes the choice's default).  Groups and relationships are the union, as the preview
    shows them; the service moves the memberships and relationships themselves."""
    found = {c.key: c for c in choices(keep, other, keep_photo=False, other_photo=False)}

    def pick(key: str) -> Side:
        return Side(chosen.get(key, found[key].default))

    result = copy.copy(keep)  # every list and dict on it is replaced below
    for single in _SINGLES:
        mine, theirs = single.read(keep), single.read(other)
        if theirs is None:
            continue
        if mine is None or (
            single.conflict(mine, theirs) and pick(single.part.value) == Side.OTHER
        ):
            single.take(other, keep, result)
        else:
            single.take(keep, other, result)
    if result.introduced_by_id in (keep.id, other.id):
        result.introduced_by_id = None  # nobody introduces themself
    result.fields = _fields(keep, other)
    result.addresses = _addresses(keep, other)
    result.dates = _dates(keep, other, pick)
    result.affiliations = _affiliations(keep, other, pick)
    result.custom = _custom(keep, other, pick)  # type: ignore[assignment]
    result.extras = _united(keep.extras, other.extras, _extra_key)
    result.notes = _notes(keep, other)
    result.favourite = keep.favourite or other.favourite
    result.archived = keep.archived and other.archived
    result.groups = list(dict.fromkeys([*keep.groups, *other.groups]))
    result.relations = _relations(keep, other)
    result.last_interaction_at = _latest(keep.last_interaction_at, other.last_interaction_at)
    return result
