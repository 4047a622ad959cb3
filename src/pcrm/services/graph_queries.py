"""The questions beside the relationship graph: who at an organisation, who in a town, whom
someone introduced.  Plain SQL on a DB-API connection; each answer is a list of
:class:`PersonRow` (who, and a detail saying why) for the graph window's list.

Names are compared folded (case and diacritics) and, when Cyrillic, also by their Latin readings
(:func:`pcrm.domain.text.latin_readings`), so "Kyiv" finds Київ and "kyivst" finds Київстар; and
by their start, so "Ivano" finds Івано-Франківськ.  The few hundred organisation names and the
distinct towns are matched in Python; the people are then read through the indexes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from pcrm import errors
from pcrm.domain.text import fold, latin_readings

MAX_INTRODUCTION_DEPTH = 8
_ORG_REF = re.compile(r"^#?(\d+)$")


@dataclass(frozen=True)
class PersonRow:
    """One answer of a query: who, and what says why (a title, a town, who introduced them)."""

    contact_id: int
    name: str
    detail: str
    current: bool = True  # known_at: still there
    depth: int = 1  # introduced_by: 1 introduced directly, 2 by someone they introduced, …
    via_id: int | None = None  # introduced_by: who introduced this one


def known_at(
    conn: Any, organisation: int | str, today: date, *, include_archived: bool = False
) -> list[PersonRow]:
    """Who the owner knows at an organisation (an id, ``#id``, or the start of its name or of
    a word in it, in either script) or its sub-organisations: current members first, then
    former ones, each once, with their title."""
    asked = _organisations(conn, organisation)
    orgs = organisation_tree(conn, asked)
    rows = conn.execute(
        "SELECT c.id, c.display_name, a.title, a.role, a.department, o.name,"
        " a.start_date, a.end_date, a.end_date IS NULL OR a.end_date > :today AS now"
        " FROM affiliations AS a JOIN contacts AS c ON c.id = a.contact_id"
        " JOIN organisations AS o ON o.id = a.organisation_id"
        " WHERE a.organisation_id IN (SELECT value FROM json_each(:orgs))"
        " AND c.deleted_at IS NULL AND (:archived OR c.is_archived = 0)"
        " ORDER BY now DESC, c.sort_key, c.id, a.end_date DESC, a.position",
        {"orgs": json.dumps(orgs), "today": today.isoformat(), "archived": include_archived},
    ).fetchall()
    shown: dict[int, PersonRow] = {}
    several = len(orgs) > 1
    for cid, name, title, role, department, org, start, end, now in rows:
        if cid in shown:
            continue
        parts = [title or role, department, org if several else None, _years(start, end)]
        detail = " · ".join(p for p in parts if p)
        shown[cid] = PersonRow(int(cid), str(name), detail, current=bool(now))
    return list(shown.values())


def in_city(conn: Any, city: str, *, include_archived: bool = False) -> list[PersonRow]:
    """Contacts with an address in a town (``postal_addresses.locality``), by name in either
    script or its start; ``detail`` is the town, region and country."""
    wanted = _readings(city)
    if not any(wanted):
        raise errors.BadInput(where="city", reason="no town given")
    towns = [
        str(t)
        for (t,) in conn.execute(
            "SELECT DISTINCT locality FROM postal_addresses WHERE locality IS NOT NULL"
        )
    ]
    matching = [t for t in towns if _starts_alike(_readings(t), wanted)]
    rows = conn.execute(
        "SELECT c.id, c.display_name, p.locality, p.region, p.country"
        " FROM postal_addresses AS p JOIN contacts AS c ON c.id = p.contact_id"
        " WHERE p.locality IN (SELECT value FROM json_each(:towns))"
        " AND c.deleted_at IS NULL AND (:archived OR c.is_archived = 0)"
        " ORDER BY c.sort_key, c.id, p.is_preferred DESC, p.position",
        {"towns": json.dumps(matching), "archived": include_archived},
    ).fetchall()
    shown: dict[int, PersonRow] = {}
    for cid, name, town, region, country in rows:
        if cid not in shown:
            detail = ", ".join(p for p in (town, region, country) if p)
            shown[cid] = PersonRow(int(cid), str(name), detail)
    return list(shown.values())


def introduced_by(conn: Any, contact_id: int, *, include_archived: bool = False) -> list[PersonRow]:
    """Everyone ``contact_id`` introduced, then whom they introduced, and so on (``depth``, up
    to :data:`MAX_INTRODUCTION_DEPTH`), each once at the smallest depth, level by level through
    the indexes; ``detail`` is the introducer's name.  Introductions are "how we met"'s
    introducer and relationships of the type ``introduced``."""
    row = conn.execute(
        "SELECT display_name FROM contacts WHERE id = ? AND deleted_at IS NULL", (contact_id,)
    ).fetchone()
    if row is None:
        raise errors.NotFound(what="contact", query=f"#{contact_id}")
    names = {contact_id: str(row[0])}
    seen = {contact_id}
    level = [contact_id]
    found: list[tuple[int, int, int]] = []  # (contact, via, depth)
    depth = 0
    while level and depth < MAX_INTRODUCTION_DEPTH:
        depth += 1
        below: list[int] = []
        for via, cid, name in _introduced(conn, level, include_archived):
            names.setdefault(cid, name)
            if cid not in seen:
                seen.add(cid)
                below.append(cid)
                found.append((cid, via, depth))
        level = below
    keys = dict(
        conn.execute(
            "SELECT id, sort_key FROM contacts WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps([cid for cid, _via, _depth in found]),),
        ).fetchall()
    )
    found.sort(key=lambda r: (r[2], keys.get(r[0], ""), r[0]))
    return [
        PersonRow(cid, names[cid], names[via], depth=depth, via_id=via) for cid, via, depth in found
    ]


def organisation_tree(conn: Any, roots: Sequence[int]) -> list[int]:
    """The organisations and all their sub-organisations (parent_id), each once."""
    found = list(dict.fromkeys(roots))
    seen = set(found)
    level = found
    while level:
        rows = conn.execute(
            "SELECT id FROM organisations WHERE deleted_at IS NULL"
            " AND parent_id IN (SELECT value FROM json_each(?)) ORDER BY id",
            (json.dumps(level),),
        )
        level = [int(r[0]) for r in rows if int(r[0]) not in seen]
        seen.update(level)
        found += level
    return found


def _organisations(conn: Any, organisation: int | str) -> list[int]:
    """The organisations an id, ``#id`` or the start of a name (or of a word in it) names."""
    if isinstance(organisation, int) or _ORG_REF.match(organisation.strip()):
        org_id = int(str(organisation).strip().lstrip("#"))
        row = conn.execute(
            "SELECT id FROM organisations WHERE id = ? AND deleted_at IS NULL", (org_id,)
        ).fetchone()
        if row is None:
            raise errors.NotFound(what="organisation", query=f"#{org_id}")
        return [org_id]
    wanted = _readings(organisation)
    if not any(wanted):
        raise errors.BadInput(where="organisation", reason="no name given")
    found = [
        int(oid)
        for oid, name in conn.execute(
            "SELECT id, name FROM organisations WHERE deleted_at IS NULL ORDER BY id"
        )
        if _starts_alike(_word_readings(str(name)), wanted)
    ]
    if not found:
        raise errors.NotFound(what="organisation", query=organisation.strip())
    return found


def _introduced(
    conn: Any, introducers: list[int], include_archived: bool
) -> list[tuple[int, int, str]]:
    """(introducer, introduced, name) for everyone ``introducers`` introduced."""
    return [
        (int(a), int(b), str(n))
        for a, b, n in conn.execute(
            "SELECT x.via, c.id, c.display_name FROM ("
            " SELECT introduced_by_id AS via, id AS cid FROM contacts"
            " WHERE introduced_by_id IN (SELECT value FROM json_each(:ids))"
            " UNION SELECT r.contact_id, r.other_id FROM relationships AS r"
            " JOIN relationship_types AS t ON t.id = r.type_id AND t.key = 'introduced'"
            " WHERE r.contact_id IN (SELECT value FROM json_each(:ids))"
            ") AS x JOIN contacts AS c ON c.id = x.cid"
            " WHERE c.deleted_at IS NULL AND (:archived OR c.is_archived = 0)"
            " ORDER BY x.via, c.sort_key, c.id",
            {"ids": json.dumps(introducers), "archived": include_archived},
        )
    ]


def _years(start: str | None, end: str | None) -> str | None:
    if not start and not end:
        return None
    return f"{(start or '')[:4]}–{(end or '')[:4]}"


def _readings(text: str) -> list[str]:
    """A name as compared: folded, with its Latin readings when it is Cyrillic."""
    folded = " ".join(fold(text).split())
    return [folded, *(" ".join(r.split()) for r in latin_readings(text.casefold()))]


def _word_readings(text: str) -> list[str]:
    """The readings of a name and of each of its tails from a word on ("Kyiv Digital" →
    "kyiv digital", "digital"), so that a later word's start matches too."""
    words = text.split()
    return [r for n in range(len(words)) for r in _readings(" ".join(words[n:]))]


def _starts_alike(readings: Sequence[str], wanted: Sequence[str]) -> bool:
    return any(r.startswith(w) for r in readings for w in wanted if w)
