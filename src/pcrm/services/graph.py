"""The relationship graph: contacts as nodes, three kinds of edges, and the queries beside it.

Edges (:class:`GraphEdge`):

- ``relationship``: a typed relationship (``relationships`` + ``relationship_types``), read as
  "source is ``label`` of target" and from the other side "target is ``reverse_label`` of
  source".  A symmetric type (friend, spouse) stored in both directions is one edge.
- ``introduced``: source introduced target, from ``contacts.introduced_by_id`` and from
  relationships of the built-in type ``introduced`` (the same fact, entered on the card's
  relationships instead of "how we met"); one edge per pair.
- ``meeting``: two contacts who took part in at least ``min_shared_meetings`` of the same
  meetings (interactions of kind ``meeting``, not in the trash); the weight is how many.

Everything is counted in SQL on a DB-API connection.  Shared meetings come from the
participants of the node set only: their rows are read through ``ix_participants_timeline``
(contact first, covering), grouped by interaction, and only the interactions with two or more
of them are looked up (kind) and paired.  That is milliseconds for a thousand contacts and a
few hundred for ten thousand; all 100,000 contacts would take seconds, so when the contacts
that match a filter are more than :data:`MEETING_POOL`, meetings are paired among the
:data:`MEETING_POOL` best connected by relationships and introductions (then the most
recently contacted), and the graph says ``approximate``.

Above ``limit`` nodes, the best connected are kept, grown outwards from the contact with the
most edges: each step takes the one with the most edges to those already kept (then the most
edges, then the most recently contacted), so the thousand shown are linked to each other rather
than a thousand hubs without their neighbours; ``truncated`` is set and ``total`` says how many
matched.
Contacts in the trash never appear; archived ones only with ``include_archived``; contacts
without any edge of the kinds shown only with ``include_unconnected``.

The questions beside the graph (who at an organisation, in a town, introduced by someone) are in
:mod:`pcrm.services.graph_queries`, the org chart in :mod:`pcrm.services.org_chart`; this
service answers them on a pooled connection.
"""

from __future__ import annotations

import heapq
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from pcrm import errors
from pcrm.services import graph_queries as queries
from pcrm.services.base import Service
from pcrm.services.graph_queries import PersonRow
from pcrm.services.list_sources import SMART_LIMIT
from pcrm.services.org_chart import OrgChart, read_org_chart
from pcrm.services.search import SearchService

RELATIONSHIP, INTRODUCED, MEETING = "relationship", "introduced", "meeting"
EDGE_KINDS = (RELATIONSHIP, INTRODUCED, MEETING)
INTRODUCED_TYPE = "introduced"  # the built-in relationship type that is an introduction
DEFAULT_LIMIT = 1_000
MAX_LIMIT = 5_000
MEETING_POOL = 5_000

_SHARED_MEETINGS = """
WITH mine AS MATERIALIZED (
    SELECT interaction_id, contact_id FROM interaction_participants
    WHERE contact_id IN (SELECT value FROM json_each(:ids))
),
together AS (SELECT interaction_id FROM mine GROUP BY interaction_id HAVING count(*) >= 2)
SELECT a.contact_id, b.contact_id, count(*) FROM together AS t
JOIN interactions AS i ON i.id = t.interaction_id
JOIN mine AS a ON a.interaction_id = t.interaction_id
JOIN mine AS b ON b.interaction_id = t.interaction_id AND b.contact_id > a.contact_id
WHERE i.kind = 'meeting' AND i.deleted_at IS NULL
GROUP BY a.contact_id, b.contact_id HAVING count(*) >= :least
"""
_TYPED = """
SELECT r.contact_id, r.other_id, t.key, t.name, t.reverse_name FROM relationships AS r
JOIN relationship_types AS t ON t.id = r.type_id
WHERE r.contact_id IN (SELECT value FROM json_each(:ids))
  AND +r.other_id IN (SELECT value FROM json_each(:ids)) AND t.key <> 'introduced'
  AND (:types IS NULL OR t.key IN (SELECT value FROM json_each(:types)))
ORDER BY r.contact_id, r.other_id, t.id
"""
_INTRODUCTIONS = """
SELECT c.introduced_by_id, c.id FROM contacts AS c
WHERE c.introduced_by_id > 0 AND +c.id IN (SELECT value FROM json_each(:ids))
  AND +c.introduced_by_id IN (SELECT value FROM json_each(:ids))
UNION
SELECT r.contact_id, r.other_id FROM relationships AS r
JOIN relationship_types AS t ON t.id = r.type_id
WHERE t.key = 'introduced' AND r.contact_id IN (SELECT value FROM json_each(:ids))
  AND +r.other_id IN (SELECT value FROM json_each(:ids))
"""


@dataclass(frozen=True)
class GraphFilter:
    """What the graph shows.  ``relationship_types``: the type keys of relationship edges
    (None: every type); ``contact_ids``: only these contacts (a query's results)."""

    group_id: int | None = None
    organisation_id: int | None = None  # its current members, and its sub-organisations'
    relationship_types: frozenset[str] | None = None
    edge_kinds: frozenset[str] = frozenset(EDGE_KINDS)
    min_shared_meetings: int = 2
    include_archived: bool = False
    include_unconnected: bool = False
    contact_ids: frozenset[int] | None = None
    limit: int = DEFAULT_LIMIT

    def __post_init__(self) -> None:
        unknown = set(self.edge_kinds) - set(EDGE_KINDS)
        if unknown:
            raise errors.BadInput(where="graph", reason=f"unknown edge kinds {sorted(unknown)}")
        if not 1 <= self.limit <= MAX_LIMIT:
            raise errors.BadInput(where="graph", reason=f"the node limit is 1 to {MAX_LIMIT}")
        if self.min_shared_meetings < 1:
            raise errors.BadInput(where="graph", reason="shared meetings start at 1")


@dataclass(frozen=True)
class GraphNode:
    id: int
    name: str
    degree: int  # edges in this graph
    archived: bool = False
    favourite: bool = False


class GraphEdge(NamedTuple):
    """``source`` is ``label`` of ``target`` (relationship), introduced ``target``
    (introduced), or met ``target`` ``weight`` times (meeting, source < target).

    A named tuple: the graph of 100,000 contacts has tens of thousands of edges before the
    node limit picks a thousand contacts, and a tuple costs a fifth of a frozen dataclass."""

    source: int
    target: int
    kind: str
    weight: int = 1
    type_key: str | None = None
    label: str | None = None
    reverse_label: str | None = None


@dataclass(frozen=True)
class Graph:
    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]
    total: int  # contacts that would be nodes without the limit
    truncated: bool = False
    approximate: bool = False  # shared meetings were paired in the best connected only

    def node(self, contact_id: int) -> GraphNode | None:
        return next((n for n in self.nodes if n.id == contact_id), None)

    def neighbours(self, contact_id: int) -> set[int]:
        found: set[int] = set()
        for e in self.edges:
            if e.source == contact_id:
                found.add(e.target)
            elif e.target == contact_id:
                found.add(e.source)
        return found


@dataclass
class _Candidates:
    """The contacts a filter matches, most recently contacted first, with the edges among
    them, while the graph is built."""

    members: list[int]
    edges: list[GraphEdge] = field(default_factory=list)
    approximate: bool = False


Cancelled = Callable[[], bool]


class GraphService(Service):
    # -- the graph --------------------------------------------------------------------------------

    def graph(self, graph_filter: GraphFilter, cancelled: Cancelled | None = None) -> Graph:
        """The graph of the contacts ``graph_filter`` matches (see the module's docstring);
        ``cancelled`` is polled between the steps and ends with SearchInterrupted."""
        f = graph_filter

        def check() -> None:
            if cancelled is not None and cancelled():
                raise errors.SearchInterrupted()

        hits = self._smart_hits(f.group_id)
        today = self.clock.local_now().date()
        with self.driver() as conn:
            found = _Candidates(self._members(conn, f, hits, today))
            check()
            ids = json.dumps(found.members)
            if RELATIONSHIP in f.edge_kinds:
                found.edges += _typed_edges(conn, ids, f.relationship_types)
            if INTRODUCED in f.edge_kinds:
                found.edges += [
                    GraphEdge(a, b, INTRODUCED)
                    for a, b in conn.execute(_INTRODUCTIONS, {"ids": ids})
                ]
            check()
            if MEETING in f.edge_kinds:
                pool = found.members
                if len(pool) > MEETING_POOL:
                    pool = _best_connected(pool, found.edges)[:MEETING_POOL]
                    found.approximate = True
                rows = conn.execute(
                    _SHARED_MEETINGS, {"ids": json.dumps(pool), "least": f.min_shared_meetings}
                )
                found.edges += [GraphEdge(a, b, MEETING, n) for a, b, n in rows]
            check()
            candidates = found.members
            if not f.include_unconnected:
                linked = {e.source for e in found.edges} | {e.target for e in found.edges}
                candidates = [i for i in candidates if i in linked]
            total = len(candidates)
            kept = set(candidates)
            if total > f.limit:
                kept = set(_grown(candidates, found.edges, f.limit))
            edges = sorted(
                (e for e in found.edges if e.source in kept and e.target in kept),
                key=lambda e: (e.kind, e.source, e.target, e.type_key or ""),
            )
            nodes = _nodes(conn, sorted(kept), edges)
        return Graph(tuple(nodes), tuple(edges), total, total > f.limit, found.approximate)

    def _smart_hits(self, group_id: int | None) -> list[int] | None:
        if group_id is None:
            return None
        with self.driver() as conn:
            row = conn.execute(
                "SELECT query FROM groups WHERE id = ? AND deleted_at IS NULL", (group_id,)
            ).fetchone()
        if row is None:
            raise errors.NotFound(what="group", query=f"#{group_id}")
        if row[0] is None:
            return None
        return SearchService(self.db, self.clock).contact_ids(row[0], limit=SMART_LIMIT)

    def _members(self, conn: Any, f: GraphFilter, hits: list[int] | None, today: date) -> list[int]:
        """The contacts the filter matches, the most recently contacted first."""
        where = ["c.deleted_at IS NULL"]
        params: dict[str, Any] = {}
        if not f.include_archived:
            where.append("c.is_archived = 0")
        if f.group_id is not None and hits is None:
            where.append("c.id IN (SELECT contact_id FROM group_members WHERE group_id = :group)")
            params["group"] = f.group_id
        if hits is not None:
            where.append("c.id IN (SELECT value FROM json_each(:hits))")
            params["hits"] = json.dumps(hits)
        if f.contact_ids is not None:
            where.append("c.id IN (SELECT value FROM json_each(:only))")
            params["only"] = json.dumps(sorted(f.contact_ids))
        if f.organisation_id is not None:
            orgs = queries.organisation_tree(conn, [f.organisation_id])
            where.append(
                "c.id IN (SELECT a.contact_id FROM affiliations AS a"
                " WHERE a.organisation_id IN (SELECT value FROM json_each(:orgs))"
                " AND (a.end_date IS NULL OR a.end_date > :today)"
                " AND (a.start_date IS NULL OR a.start_date <= :today))"
            )
            params["orgs"] = json.dumps(orgs)
            params["today"] = today.isoformat()
        sql = (
            "SELECT c.id FROM contacts AS c WHERE "  # noqa: S608 -- fixed fragments
            + " AND ".join(where)
            + " ORDER BY c.last_interaction_at DESC, c.id"
        )
        return [cid for (cid,) in conn.execute(sql, params)]

    # -- queries (pcrm.services.graph_queries) -----------------------------------------------------

    def known_at(
        self, organisation: int | str, *, include_archived: bool = False
    ) -> list[PersonRow]:
        """Who the owner knows at an organisation or its sub-organisations, current members
        first (:func:`pcrm.services.graph_queries.known_at`)."""
        today = self.clock.local_now().date()
        with self.driver() as conn:
            return queries.known_at(conn, organisation, today, include_archived=include_archived)

    def in_city(self, city: str, *, include_archived: bool = False) -> list[PersonRow]:
        """Contacts with an address in a town, named in either script
        (:func:`pcrm.services.graph_queries.in_city`)."""
        with self.driver() as conn:
            return queries.in_city(conn, city, include_archived=include_archived)

    def introduced_by(self, contact_id: int, *, include_archived: bool = False) -> list[PersonRow]:
        """Whom a contact introduced, and whom they did in turn, with the depth
        (:func:`pcrm.services.graph_queries.introduced_by`)."""
        with self.driver() as conn:
            return queries.introduced_by(conn, contact_id, include_archived=include_archived)

    def org_chart(self, organisation_id: int) -> OrgChart:
        """The organisation's current members arranged by "manager" relationships
        (:mod:`pcrm.services.org_chart`)."""
        today = self.clock.local_now().date()
        with self.driver() as conn:
            return read_org_chart(conn, organisation_id, today)


# -- helpers ---------------------------------------------------------------------------------------


def _typed_edges(conn: Any, ids: str, types: frozenset[str] | None) -> list[GraphEdge]:
    edges: list[GraphEdge] = []
    symmetric: set[tuple[int, int, str]] = set()
    wanted = None if types is None else json.dumps(sorted(types))
    for a, b, key, name, reverse in conn.execute(_TYPED, {"ids": ids, "types": wanted}):
        if name == reverse:  # one edge for a friendship stored from both sides
            pair = (a, b, key) if a < b else (b, a, key)
            if pair in symmetric:
                continue
            symmetric.add(pair)
        edges.append(GraphEdge(a, b, RELATIONSHIP, 1, key, name, reverse))
    return edges


def _best_connected(ids: Sequence[int], edges: Iterable[GraphEdge]) -> list[int]:
    """``ids`` (most recently contacted first) ordered by their number of edges."""
    degree = dict.fromkeys(ids, 0)
    for e in edges:
        degree[e.source] -= 1
        degree[e.target] -= 1
    return sorted(ids, key=degree.__getitem__)  # stable: the recent first among equals


def _grown(ids: Sequence[int], edges: Sequence[GraphEdge], limit: int) -> list[int]:
    """``limit`` of ``ids``, grown outwards from the best connected: each step takes the contact
    with the most edges to those already taken (then the best connected), and starts again from
    the best connected left when nobody is linked to them.  The most edges per node, not a
    thousand hubs with their neighbours left out."""
    order = _best_connected(ids, edges)
    rank = {cid: n for n, cid in enumerate(order)}
    adjacent: defaultdict[int, set[int]] = defaultdict(set)
    for e in edges:
        if e.source in rank and e.target in rank:
            adjacent[e.source].add(e.target)
            adjacent[e.target].add(e.source)
    taken: dict[int, None] = {}
    links: defaultdict[int, int] = defaultdict(int)
    frontier: list[tuple[int, int, int]] = []  # (-links to the taken, rank, id)
    start = 0
    while len(taken) < limit:
        if not frontier:
            while start < len(order) and order[start] in taken:
                start += 1
            if start == len(order):
                break
            heapq.heappush(frontier, (0, start, order[start]))
        negative, _rank, cid = heapq.heappop(frontier)
        if cid in taken or -negative != links[cid]:
            continue  # taken already, or an older entry of one whose links have grown
        taken[cid] = None
        for other in adjacent[cid]:
            if other not in taken:
                links[other] += 1
                heapq.heappush(frontier, (-links[other], rank[other], other))
    return list(taken)


def _nodes(conn: Any, ids: list[int], edges: Sequence[GraphEdge]) -> list[GraphNode]:
    degree: defaultdict[int, int] = defaultdict(int)
    for e in edges:
        degree[e.source] += 1
        degree[e.target] += 1
    rows = conn.execute(
        "SELECT id, display_name, is_archived, is_favourite FROM contacts"
        " WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
        (json.dumps(ids),),
    )
    return [
        GraphNode(int(cid), str(name), degree[int(cid)], bool(archived), bool(favourite))
        for cid, name, archived, favourite in rows
    ]


__all__ = [
    "EDGE_KINDS",
    "INTRODUCED",
    "MEETING",
    "RELATIONSHIP",
    "Graph",
    "GraphEdge",
    "GraphFilter",
    "GraphNode",
    "GraphService",
    "OrgChart",
    "PersonRow",
]
