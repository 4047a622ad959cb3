"""An organisation's org chart: its current members arranged by "manager" relationships.

Members are the contacts (not in the trash) with an affiliation to the organisation that has
started and not ended (no end date, or one after today), once each with the title, role and
department of their primary (else first) affiliation there.  A relationship of the built-in type
``manager`` between two members ("A is manager of B") makes B one of A's reports.

Every member gets at most one manager: when the relationships name several, the first by name
that does not make a loop.  Where the managers do loop (A manages B, B manages A), everyone in
the loop is marked ``in_cycle`` so the chart can say so, and when no other manager breaks it,
the loop is broken at the member with the most reports, who becomes a root.  Roots are the
members without a manager who have reports; members with neither are ``unplaced`` (listed beside
the chart, not drawn as a row of one-box trees).  The sub-organisations
(``organisations.parent_id``) are listed with their member counts, so the chart can lead to
theirs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from pcrm import errors

MANAGER_TYPE = "manager"


@dataclass(frozen=True)
class OrgMember:
    contact_id: int
    name: str
    title: str | None = None
    role: str | None = None
    department: str | None = None
    reports: tuple[OrgMember, ...] = ()
    in_cycle: bool = False  # their managers' relationships loop (see the module's docstring)

    def walk(self) -> Iterator[OrgMember]:
        """This member and everyone below, depth first."""
        stack = [self]
        while stack:
            member = stack.pop()
            yield member
            stack.extend(reversed(member.reports))


@dataclass(frozen=True)
class SubOrganisation:
    id: int
    name: str
    department: str | None
    members: int  # current members


@dataclass(frozen=True)
class OrgChart:
    organisation_id: int
    name: str
    department: str | None
    parent: tuple[int, str] | None  # the organisation this one belongs to
    roots: tuple[OrgMember, ...]
    unplaced: tuple[OrgMember, ...]
    sub_organisations: tuple[SubOrganisation, ...] = ()

    def members(self) -> Iterator[OrgMember]:
        for root in self.roots:
            yield from root.walk()
        yield from self.unplaced

    @property
    def size(self) -> int:
        return sum(1 for _ in self.members())


@dataclass
class _Person:
    contact_id: int
    name: str
    title: str | None
    role: str | None
    department: str | None
    order: int


def read_org_chart(conn: Any, organisation_id: int, today: date) -> OrgChart:
    """The chart of ``organisation_id`` on ``today`` (a DB-API connection to the store)."""
    org = conn.execute(
        "SELECT name, department, parent_id FROM organisations WHERE id = ? AND deleted_at IS NULL",
        (organisation_id,),
    ).fetchone()
    if org is None:
        raise errors.NotFound(what="organisation", query=f"#{organisation_id}")
    name, department, parent_id = org
    parent = None
    if parent_id is not None:
        row = conn.execute(
            "SELECT id, name FROM organisations WHERE id = ? AND deleted_at IS NULL", (parent_id,)
        ).fetchone()
        parent = (int(row[0]), str(row[1])) if row else None
    people = _current_members(conn, organisation_id, today)
    links = conn.execute(
        "SELECT r.contact_id, r.other_id FROM relationships AS r"
        " JOIN relationship_types AS t ON t.id = r.type_id AND t.key = ?"
        " WHERE r.contact_id IN (SELECT value FROM json_each(?))"
        " AND +r.other_id IN (SELECT value FROM json_each(?))",
        (MANAGER_TYPE, json.dumps(list(people)), json.dumps(list(people))),
    ).fetchall()
    managers: dict[int, list[int]] = {}
    for manager, report in links:
        managers.setdefault(int(report), []).append(int(manager))
    for found in managers.values():
        found.sort(key=lambda cid: people[cid].order)
    manager_of, in_cycle = _choose_managers(managers, people)
    reports: dict[int, list[int]] = {}
    for report, manager in manager_of.items():
        reports.setdefault(manager, []).append(report)
    for found in reports.values():
        found.sort(key=lambda cid: people[cid].order)
    built = _build(people, reports, in_cycle)
    tops = [cid for cid in people if cid not in manager_of]
    roots = sorted(
        (built[cid] for cid in tops if cid in reports),
        key=lambda m: (-sum(1 for _ in m.walk()), people[m.contact_id].order),
    )
    unplaced = [built[cid] for cid in tops if cid not in reports]
    return OrgChart(
        organisation_id,
        str(name),
        department,
        parent,
        tuple(roots),
        tuple(unplaced),
        tuple(_sub_organisations(conn, organisation_id, today)),
    )


def _current_members(conn: Any, organisation_id: int, today: date) -> dict[int, _Person]:
    rows = conn.execute(
        "SELECT c.id, c.display_name, a.title, a.role, a.department FROM affiliations AS a"
        " JOIN contacts AS c ON c.id = a.contact_id"
        " WHERE a.organisation_id = :org AND c.deleted_at IS NULL"
        " AND (a.end_date IS NULL OR a.end_date > :today)"
        " AND (a.start_date IS NULL OR a.start_date <= :today)"
        " ORDER BY c.sort_key, c.id, a.is_primary DESC, a.position",
        {"org": organisation_id, "today": today.isoformat()},
    )
    people: dict[int, _Person] = {}
    for cid, name, title, role, department in rows:
        if cid not in people:
            people[cid] = _Person(int(cid), str(name), title, role, department, len(people))
    return people


def _choose_managers(
    managers: dict[int, list[int]], people: dict[int, _Person]
) -> tuple[dict[int, int], set[int]]:
    """One manager per member (report -> manager) without loops, and the members whose
    relationships looped."""
    manager_of = {report: found[0] for report, found in managers.items()}
    reports: dict[int, int] = {}  # how many the relationships say report to each
    for found in managers.values():
        for manager in found:
            reports[manager] = reports.get(manager, 0) + 1
    in_cycle = _looping(managers)

    def reaches(start: int, target: int) -> bool:
        cursor: int | None = start
        steps = 0
        while cursor is not None and steps <= len(people):
            if cursor == target:
                return True
            cursor = manager_of.get(cursor)
            steps += 1
        return False

    while cycle := _find_cycle(manager_of, people):
        members = set(cycle)
        for cid in cycle:  # someone in the loop with another manager outside it
            other = next(
                (m for m in managers[cid][1:] if m not in members and not reaches(m, cid)), None
            )
            if other is not None:
                manager_of[cid] = other
                break
        else:
            top = min(cycle, key=lambda cid: (-reports.get(cid, 0), people[cid].order))
            del manager_of[top]
    return manager_of, in_cycle


def _looping(managers: dict[int, list[int]]) -> set[int]:
    """The members whose chain of managers, by any of the relationships, comes back to them."""
    found: set[int] = set()
    for start, direct in managers.items():
        todo, seen = list(direct), set()
        while todo:
            cursor = todo.pop()
            if cursor == start:
                found.add(start)
                break
            if cursor not in seen:
                seen.add(cursor)
                todo.extend(managers.get(cursor, ()))
    return found


def _find_cycle(manager_of: dict[int, int], people: dict[int, _Person]) -> list[int]:
    """The members of one loop of ``manager_of``, in people's order; empty when none."""
    state: dict[int, int] = {}  # 1: on the current path, 2: done
    for start in people:
        path: list[int] = []
        cursor: int | None = start
        while cursor is not None and cursor not in state:
            state[cursor] = 1
            path.append(cursor)
            cursor = manager_of.get(cursor)
        if cursor is not None and state.get(cursor) == 1:
            loop = path[path.index(cursor) :]
            return sorted(loop, key=lambda cid: people[cid].order)
        for cid in path:
            state[cid] = 2
    return []


def _build(
    people: dict[int, _Person], reports: dict[int, list[int]], in_cycle: set[int]
) -> dict[int, OrgMember]:
    """Every member as an OrgMember with its reports, children before parents (no recursion:
    a chain of managers can be as long as the organisation)."""
    built: dict[int, OrgMember] = {}
    for top in people:
        stack = [(top, False)]
        while stack:
            cid, expanded = stack.pop()
            if cid in built:
                continue
            below = reports.get(cid, [])
            if not expanded:
                stack.append((cid, True))
                stack.extend((r, False) for r in below if r not in built)
                continue
            p = people[cid]
            built[cid] = OrgMember(
                cid,
                p.name,
                p.title,
                p.role,
                p.department,
                tuple(built[r] for r in below),
                cid in in_cycle,
            )
    return built


def _sub_organisations(conn: Any, organisation_id: int, today: date) -> list[SubOrganisation]:
    rows = conn.execute(
        "SELECT o.id, o.name, o.department, (SELECT count(DISTINCT a.contact_id)"
        "  FROM affiliations AS a JOIN contacts AS c ON c.id = a.contact_id"
        "  WHERE a.organisation_id = o.id AND c.deleted_at IS NULL"
        "  AND (a.end_date IS NULL OR a.end_date > :today))"
        " FROM organisations AS o WHERE o.parent_id = :org AND o.deleted_at IS NULL"
        " ORDER BY pcrm_casefold(o.name), o.id",
        {"org": organisation_id, "today": today.isoformat()},
    )
    return [SubOrganisation(int(i), str(n), d, int(c)) for i, n, d, c in rows]
