"""What the graph view draws, prepared off the GUI thread: edge colours, paths, tooltips.

A :class:`ScenePlan` holds everything the view needs except the items themselves (which live in
the GUI thread): where each node goes and how big it is, one ``QPainterPath`` per edge category
and width (all the edges of a kind are one item: a thousand edges cost one paint call, not a
thousand items), and each node's tooltip.  ``QPainterPath`` is a value type, so the worker that
computed the graph and its layout builds the plan too (:func:`plan_scene`).

Edge categories: the typed relationships in four families (family, work, friends, other), and
the two other kinds of edge (introductions, shared meetings).  Weight is width: 1 px for one
shared meeting, up to 4 px for eight and more.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainterPath

from pcrm.services.graph import INTRODUCED, MEETING, Graph, GraphEdge
from pcrm.ui.i18n import shared_tr as _tr
from pcrm.ui.i18n import stored_text

Point = tuple[float, float]

FAMILY, WORK, FRIENDS, OTHER = "family", "work", "friends", "other"
CATEGORIES = (FAMILY, WORK, FRIENDS, OTHER, INTRODUCED, MEETING)
_TYPE_CATEGORY = {
    "spouse": FAMILY,
    "partner": FAMILY,
    "parent": FAMILY,
    "sibling": FAMILY,
    "relative": FAMILY,
    "colleague": WORK,
    "manager": WORK,
    "mentor": WORK,
    "friend": FRIENDS,
}
# Distinguishable for the common colour-vision deficiencies (Okabe–Ito), readable on white.
COLOURS = {
    FAMILY: QColor("#d55e00"),
    WORK: QColor("#0072b2"),
    FRIENDS: QColor("#009e73"),
    OTHER: QColor("#cc79a7"),
    INTRODUCED: QColor("#e69f00"),
    MEETING: QColor("#7a7a7a"),
}
NODE_COLOUR = QColor("#4a6fa5")
ARCHIVED_COLOUR = QColor("#a0a0a0")
FAVOURITE_RING = QColor("#e69f00")
MARK_COLOUR = QColor("#d62728")
TOOLTIP_LINES = 8


def category(edge: GraphEdge) -> str:
    if edge.kind in (INTRODUCED, MEETING):
        return edge.kind
    return _TYPE_CATEGORY.get(edge.type_key or "", OTHER)


def width(edge: GraphEdge) -> int:
    """Pixels: 1 for one, 2 for two or three, 3 up to seven, 4 from eight shared meetings."""
    return min(4, 1 + int(math.log2(max(edge.weight, 1))))


def radius(degree: int) -> float:
    return min(28.0, 6.0 + 3.0 * math.sqrt(degree))


def category_name(key: str) -> str:
    return {
        FAMILY: _tr("Family"),
        WORK: _tr("Work"),
        FRIENDS: _tr("Friends"),
        OTHER: _tr("Other relationships"),
        INTRODUCED: _tr("Introduced"),
        MEETING: _tr("Shared meetings"),
    }[key]


@dataclass
class ScenePlan:
    graph: Graph
    positions: dict[int, Point]
    radii: dict[int, float]
    layers: list[tuple[str, int, QPainterPath]]  # (category, width in px, every such edge)
    tooltips: dict[int, str]
    adjacent: dict[int, list[tuple[int, str, int]]] = field(default_factory=dict)

    @property
    def categories(self) -> list[str]:
        present = {c for c, _w, _p in self.layers}
        return [c for c in CATEGORIES if c in present]

    def neighbourhood_path(self, contact_id: int) -> list[tuple[str, int, QPainterPath]]:
        """The edges of one node, as paths by category and width (the highlight)."""
        paths: dict[tuple[str, int], QPainterPath] = {}
        here = QPointF(*self.positions[contact_id])
        for other, kind, px in self.adjacent.get(contact_id, []):
            path = paths.setdefault((kind, px), QPainterPath())
            path.moveTo(here)
            path.lineTo(QPointF(*self.positions[other]))
        return [(kind, px, path) for (kind, px), path in sorted(paths.items())]


def plan_scene(graph: Graph, positions: Mapping[int, Point]) -> ScenePlan:
    """Everything but the items, for any thread."""
    places = {n.id: positions.get(n.id, (0.0, 0.0)) for n in graph.nodes}
    paths: dict[tuple[str, int], QPainterPath] = {}
    adjacent: dict[int, list[tuple[int, str, int]]] = {n.id: [] for n in graph.nodes}
    for edge in graph.edges:
        kind, px = category(edge), width(edge)
        path = paths.setdefault((kind, px), QPainterPath())
        path.moveTo(QPointF(*places[edge.source]))
        path.lineTo(QPointF(*places[edge.target]))
        adjacent[edge.source].append((edge.target, kind, px))
        adjacent[edge.target].append((edge.source, kind, px))
    layers = sorted(
        ((kind, px, path) for (kind, px), path in paths.items()),
        key=lambda layer: (CATEGORIES.index(layer[0]), layer[1]),
    )
    return ScenePlan(
        graph,
        places,
        {n.id: radius(n.degree) for n in graph.nodes},
        layers,
        tooltips(graph),
        adjacent,
    )


def tooltips(graph: Graph) -> dict[int, str]:
    """Each node's name and its connections in words, at most TOOLTIP_LINES of them."""
    names = {n.id: n.name for n in graph.nodes}
    lines: dict[int, list[str]] = {n.id: [] for n in graph.nodes}
    for e in graph.edges:
        a, b = escape(names.get(e.source, "")), escape(names.get(e.target, ""))
        if e.kind == INTRODUCED:
            lines[e.source].append(_tr("introduced {name}").format(name=b))
            lines[e.target].append(_tr("introduced by {name}").format(name=a))
        elif e.kind == MEETING:
            text = _tr("%n meeting(s) with {name}", None, e.weight)
            lines[e.source].append(text.format(name=b))
            lines[e.target].append(text.format(name=a))
        else:
            of = _tr("{relation} of {name}")
            forward = stored_text(e.label or e.type_key or "")
            backward = stored_text(e.reverse_label or e.type_key or "")
            lines[e.source].append(of.format(relation=escape(forward), name=b))
            lines[e.target].append(of.format(relation=escape(backward), name=a))
    found: dict[int, str] = {}
    for node in graph.nodes:
        said = lines[node.id]
        shown = said[:TOOLTIP_LINES]
        if len(said) > len(shown):
            more = len(said) - len(shown)
            shown.append(_tr("…and %n more", None, more))
        head = f"<b>{escape(node.name)}</b>"
        if node.archived:
            head += " " + _tr("(archived)")
        found[node.id] = "<br>".join([head, *shown])
    return found
