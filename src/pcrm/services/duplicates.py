"""Duplicates: find the cards that may be one person, and remember the pairs that are not.

Finding (:meth:`DuplicateService.candidates`) reads three narrow things from the store: the
e-mails and phones that more than one live contact has (one ``GROUP BY`` over
``contact_fields.normalized``, served by its index), every live contact's name with whether it
has an e-mail, a phone and a birthday, and the pairs the owner dismissed.  Names are compared
only within blocks (:mod:`pcrm.domain.similarity`), and contacts with one and the same name key
are compared once per name, so 100,000 contacts take seconds, not the hours of every pair.
Merging a pair is :mod:`pcrm.services.merging`.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, exists, func, select, text
from sqlalchemy.orm import Session

from pcrm import errors
from pcrm.domain.kinds import DateKind, FieldKind
from pcrm.domain.similarity import (
    MIN_SCORE,
    Evidence,
    NameMatch,
    PersonKey,
    Reason,
    common,
    compare,
    is_cyrillic,
    judge,
    pairs_to_compare,
    person_key,
)
from pcrm.services.base import Service
from pcrm.services.changes import ChangeSet
from pcrm.services.contacts import CONTACT
from pcrm.store import models as m

# An e-mail or phone shared by more live contacts than this (a switchboard, an info@ mailbox)
# says nothing about who is whom.
MOST_SHARING = 20
Progress = Callable[[str, int, int], None]
# The values more than one field holds, from the index alone, then their fields and contacts.
# CROSS JOIN keeps SQLite to this order: left to itself it walks every live contact's fields
# and looks each one up among the shared values (five times slower at 100,000 contacts).
_SHARED_SQL = """
WITH shared AS MATERIALIZED (
    SELECT kind, normalized FROM contact_fields
    WHERE kind IN ('email', 'phone') AND normalized IS NOT NULL
    GROUP BY kind, normalized HAVING count(*) > 1
)
SELECT f.kind, f.normalized, f.contact_id
FROM shared CROSS JOIN contact_fields AS f CROSS JOIN contacts AS c
WHERE f.kind = shared.kind AND f.normalized = shared.normalized
  AND c.id = f.contact_id AND c.deleted_at IS NULL
"""
Pair = tuple[int, int]


@dataclass(frozen=True)
class Candidate:
    """Two live contacts that may be one person; ``first`` is the older card (the one a merge
    keeps by default)."""

    first: int
    second: int
    score: float  # 0..1
    reasons: tuple[Reason, ...]


def ordered_pair(a: int, b: int) -> Pair:
    """The pair as the store keeps it: the lower id first."""
    return (a, b) if a < b else (b, a)


def _birthday(text: str | None) -> tuple[int, int, int | None] | None:
    if text is None:
        return None
    month, day, year = (int(part) for part in text.split("-"))
    return month, day, year or None


class DuplicateService(Service):
    # -- finding ----------------------------------------------------------------------------------

    def candidates(
        self,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[Candidate]:
        """Pairs of live contacts that may be one person, likeliest first; never a dismissed
        pair.  ``progress(stage, done, total)``; ``cancelled`` is polled and ends the search
        with :class:`errors.SearchInterrupted`."""
        report = progress or (lambda _stage, _done, _total: None)

        def check() -> None:
            if cancelled is not None and cancelled():
                raise errors.SearchInterrupted()

        report("shared", 0, 3)
        with self.read() as s:
            shared = self._shared(s)
            report("shared", 1, 3)
            people = s.execute(self._people_query()).all()
            report("shared", 2, 3)
            d = m.DuplicateDismissal
            dismissed = {
                (int(low), int(high)) for low, high in s.execute(select(d.low_id, d.high_id))
            }
        report("shared", 3, 3)
        check()

        keys: dict[int, PersonKey | None] = {}
        evidence: dict[int, Evidence] = {}
        named: defaultdict[PersonKey, list[int]] = defaultdict(list)
        for i, (cid, given, middle, family, display, email, phone, born) in enumerate(people):
            key = person_key(given, middle, family, display)
            keys[cid] = key
            evidence[cid] = Evidence(
                bool(email), bool(phone), _birthday(born), is_cyrillic(display)
            )
            if key is not None:
                named[key].append(cid)
            if i % 10_000 == 0:
                report("names", i, len(people))
                check()
        report("names", len(people), len(people))

        found: dict[Pair, tuple[float, tuple[Reason, ...]]] = {}

        def consider(a: int, b: int, match: NameMatch | None) -> None:
            pair = ordered_pair(a, b)
            flags = shared.pop(pair, 0)
            verdict = judge(
                match,
                keys[a] is not None and keys[b] is not None,
                evidence[a],
                evidence[b],
                same_email=bool(flags & 1),
                same_phone=bool(flags & 2),
            )
            if verdict is not None and pair not in dismissed:
                found[pair] = verdict

        groups = self._alike_names(named)
        for n, (first, second, match) in enumerate(groups):
            if match.score < MIN_SCORE:
                pass  # only a common e-mail or phone makes a pair of these (below)
            elif first == second:
                for a, b in itertools.combinations(named[first], 2):
                    consider(a, b, match)
            else:
                for a in named[first]:
                    for b in named[second]:
                        consider(a, b, match)
            if n % 1_000 == 0:
                report("compare", n, len(groups))
                check()
        report("compare", len(groups), len(groups))
        for a, b in list(shared):  # shared an e-mail or phone, names not alike
            key_a, key_b = keys[a], keys[b]
            consider(a, b, compare(key_a, key_b) if key_a and key_b else None)
        ordered = sorted(found.items(), key=lambda item: (-item[1][0], item[0]))
        return [Candidate(a, b, score, reasons) for (a, b), (score, reasons) in ordered]

    @staticmethod
    def _shared(s: Session) -> dict[Pair, int]:
        """Pairs of live contacts with a common e-mail (bit 1) or phone (bit 2)."""
        values: defaultdict[tuple[str, str], set[int]] = defaultdict(set)
        for kind, normalized, contact_id in s.execute(text(_SHARED_SQL)):
            values[(kind, normalized)].add(int(contact_id))
        pairs: dict[Pair, int] = {}
        for (kind, _value), ids in values.items():
            if not 2 <= len(ids) <= MOST_SHARING:
                continue
            bit = 1 if kind == FieldKind.EMAIL.value else 2
            for pair in itertools.combinations(sorted(ids), 2):
                pairs[pair] = pairs.get(pair, 0) | bit
        return pairs

    @staticmethod
    def _people_query() -> Any:
        c, f, d = m.Contact, m.ContactField, m.ImportantDate

        def has(kind: FieldKind) -> Any:
            return exists().where(f.contact_id == c.id, f.kind == kind.value)

        born = (
            select(func.printf("%d-%d-%d", d.month, d.day, func.coalesce(d.year, 0)))
            .where(d.contact_id == c.id, d.kind == DateKind.BIRTHDAY.value)
            .order_by(d.position)
            .limit(1)
            .scalar_subquery()
        )
        return select(
            c.id,
            c.given,
            c.middle,
            c.family,
            c.display_name,
            has(FieldKind.EMAIL),
            has(FieldKind.PHONE),
            born,
        ).where(c.deleted_at.is_(None))

    @staticmethod
    def _alike_names(
        named: Mapping[PersonKey, list[int]],
    ) -> list[tuple[PersonKey, PersonKey, NameMatch]]:
        """Pairs of name keys worth comparing their people for: a key with itself when several
        contacts have it, and keys that share a block and whose names are alike."""
        alike: list[tuple[PersonKey, PersonKey, NameMatch]] = []
        keys = list(named)
        for key, ids in named.items():
            match = compare(key, key) if len(ids) > 1 else None
            if match is not None:
                alike.append((key, key, common(match, len(ids))))
        for x, y in pairs_to_compare(keys):
            a, b = keys[x], keys[y]
            match = compare(a, b)
            if match is not None:
                alike.append((a, b, common(match, len(named[a]) + len(named[b]))))
        return alike

    # -- "not duplicates" -------------------------------------------------------------------------

    def dismiss(self, a: int, b: int) -> ChangeSet:
        """Never propose ``a`` and ``b`` as duplicates again."""
        low, high = ordered_pair(a, b)
        if low == high:
            raise errors.BadInput(where="duplicates", reason="a contact is not its own duplicate")
        with self.write() as s:
            if s.get(m.DuplicateDismissal, (low, high)) is None:
                s.add(m.DuplicateDismissal(low_id=low, high_id=high, created_at=self.now()))
        return ChangeSet().add("updated", CONTACT, low, high)

    def undismiss(self, a: int, b: int) -> ChangeSet:
        low, high = ordered_pair(a, b)
        with self.write() as s:
            s.execute(
                delete(m.DuplicateDismissal).where(
                    m.DuplicateDismissal.low_id == low, m.DuplicateDismissal.high_id == high
                )
            )
        return ChangeSet().add("updated", CONTACT, low, high)
