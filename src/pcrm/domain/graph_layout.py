"""Where to draw the relationship graph's nodes and the org chart's boxes: pure, deterministic.

:func:`force_layout` is Fruchterman–Reingold (1991) with its own grid variant for repulsion:
nodes repel only those within two ideal edge lengths, found through a grid of cells that size,
so one iteration costs about n times the few nodes nearby instead of n².  Edges pull as d²/k
(heavier edges a little more).  The temperature, the longest step a node may take, falls
linearly.  Each connected component is laid out alone and the components are then packed side
by side in rows, biggest first, so a thousand small families and pairs do not fly apart or sit
on top of each other.  The start is a seeded random placement in sorted node order, so the same
graph always gives the same picture, whatever order its nodes and edges came in.

Pure Python (no numpy: not needed at this size): ``tests/benchmarks/bench_graph.py`` measures
0.25 s for the 1,000 best connected contacts of the 100,000-contact set and 0.5 s for 1,000
nodes with 3,000 edges; the iteration count shrinks for larger components to stay near that.

:func:`tree_layout` places an org chart: a Reingold–Tilford-style tidy tree.  Every subtree is
built bottom-up with its contour (its leftmost and rightmost extent on each level); siblings are
pushed together until their contours are ``gap_x`` apart at the closest level, and each parent is
centred over its first and last child, so no two boxes overlap and subtrees interlock where they
can.  A manager's reports who have none of their own, when there are many, stand in a column
below the manager (``column``) instead of a row as wide as the screen.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

Point = tuple[float, float]

# Force layout: in units of the ideal edge length k = 1, scaled by ``spacing`` at the end.
_REPULSION_RADIUS = 2.0
_COMPONENT_GAP = 1.5
_ITERATION_BUDGET = 70_000  # node-iterations per component (~1 s for a 1,000-node component)
_MAX_ITERATIONS = 300
_MIN_ITERATIONS = 40


def force_layout(
    nodes: Iterable[int],
    edges: Iterable[tuple[int, int, float]],
    *,
    spacing: float = 60.0,
    seed: int = 1,
    cancelled: Callable[[], bool] | None = None,
) -> dict[int, Point]:
    """Positions (centres) for ``nodes``; ``edges`` are (a, b, weight).  ``spacing`` is the
    ideal edge length in the units returned.  Edges to unknown nodes and loops are ignored.
    ``cancelled`` is polled between components; a cancelled layout returns what it has."""
    ordered = sorted(set(nodes))
    index = {node: i for i, node in enumerate(ordered)}
    weights: dict[tuple[int, int], float] = {}
    for a, b, weight in edges:
        if a == b or a not in index or b not in index:
            continue
        pair = (index[a], index[b]) if index[a] < index[b] else (index[b], index[a])
        weights[pair] = weights.get(pair, 0.0) + max(float(weight), 0.0)
    neighbours: list[list[int]] = [[] for _ in ordered]
    for i, j in sorted(weights):
        neighbours[i].append(j)
        neighbours[j].append(i)
    rng = random.Random(seed)
    placed: list[tuple[list[int], list[Point]]] = []
    for component in _components(neighbours):
        if cancelled is not None and cancelled():
            break
        local = {node: n for n, node in enumerate(component)}
        links = [
            (local[i], local[j], weights[(i, j)]) for i in component for j in neighbours[i] if i < j
        ]
        placed.append((component, _spring(len(component), links, rng)))
    positions: dict[int, Point] = {}
    for (component, points), (dx, dy) in zip(placed, _pack([p for _, p in placed]), strict=True):
        for i, (x, y) in zip(component, points, strict=True):
            positions[ordered[i]] = ((x + dx) * spacing, (y + dy) * spacing)
    return positions


def _components(neighbours: list[list[int]]) -> list[list[int]]:
    """Connected components (lists of indices, sorted), biggest first, then by first index."""
    seen = [False] * len(neighbours)
    found: list[list[int]] = []
    for start in range(len(neighbours)):
        if seen[start]:
            continue
        seen[start] = True
        queue = [start]
        for i in queue:
            for j in neighbours[i]:
                if not seen[j]:
                    seen[j] = True
                    queue.append(j)
        found.append(sorted(queue))
    found.sort(key=lambda c: (-len(c), c[0]))
    return found


def _spring(n: int, links: list[tuple[int, int, float]], rng: random.Random) -> list[Point]:
    """Fruchterman–Reingold for one connected component of ``n`` nodes, k = 1."""
    if n == 1:
        return [(0.0, 0.0)]
    if n == 2:
        return [(0.0, 0.0), (1.0, 0.0)]
    side = math.sqrt(n)
    xs = [rng.uniform(0.0, side) for _ in range(n)]
    ys = [rng.uniform(0.0, side) for _ in range(n)]
    # a heavier edge (many shared meetings) pulls a little more, never overwhelmingly
    pulls = [(i, j, 1.0 + math.log(max(w, 1.0)) * 0.5) for i, j, w in links]
    iterations = max(_MIN_ITERATIONS, min(_MAX_ITERATIONS, _ITERATION_BUDGET // n))
    start_temperature = max(side * 0.1, 0.5)
    for step in range(iterations):
        temperature = start_temperature * (1.0 - step / iterations) + 0.01
        dx = [0.0] * n
        dy = [0.0] * n
        _near_repulsion(xs, ys, dx, dy)
        _far_repulsion(xs, ys, dx, dy)
        for i, j, pull in pulls:
            ddx = xs[i] - xs[j]
            ddy = ys[i] - ys[j]
            d = math.sqrt(ddx * ddx + ddy * ddy)  # d² / k along the unit vector: delta · d
            ddx *= d * pull
            ddy *= d * pull
            dx[i] -= ddx
            dy[i] -= ddy
            dx[j] += ddx
            dy[j] += ddy
        for i in range(n):
            length = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i])
            if length > temperature:
                scale = temperature / length
                xs[i] += dx[i] * scale
                ys[i] += dy[i] * scale
            else:
                xs[i] += dx[i]
                ys[i] += dy[i]
    return list(zip(xs, ys, strict=True))


def _near_repulsion(xs: list[float], ys: list[float], dx: list[float], dy: list[float]) -> None:
    """k²/d between every two nodes closer than the repulsion radius, each pair once: a grid
    of cells that size, each cell against itself and four of its neighbours."""
    radius2 = _REPULSION_RADIUS * _REPULSION_RADIUS
    inverse = 1.0 / _REPULSION_RADIUS
    grid: dict[tuple[int, int], list[tuple[float, float, int]]] = {}
    for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
        grid.setdefault((int(x * inverse // 1), int(y * inverse // 1)), []).append((x, y, i))
    for (cx, cy), here in grid.items():
        for key in ((cx, cy), (cx + 1, cy), (cx - 1, cy + 1), (cx, cy + 1), (cx + 1, cy + 1)):
            there = grid.get(key)
            if there is None:
                continue
            same = there is here
            for a, (xi, yi, i) in enumerate(here):
                fx = fy = 0.0
                for xj, yj, j in there[a + 1 :] if same else there:
                    ddx = xi - xj
                    ddy = yi - yj
                    d2 = ddx * ddx + ddy * ddy
                    if d2 >= radius2:
                        continue
                    if d2 < 1e-6:  # on top of each other: a fixed nudge apart
                        ddx, ddy, d2 = 0.001 * (((i - j) % 7) - 3.5), 0.001, 1e-4
                    force = 1.0 / d2  # k² / d along the unit vector: delta · k² / d²
                    ddx *= force
                    ddy *= force
                    fx += ddx
                    fy += ddy
                    dx[j] -= ddx
                    dy[j] -= ddy
                dx[i] += fx
                dy[i] += fy


def _far_repulsion(xs: list[float], ys: list[float], dx: list[float], dy: list[float]) -> None:
    """The repulsion of everything beyond the grid's reach, by the shell theorem of a 1/d force
    in the plane: a ring of nodes around the centre pushes nothing inside it and pushes
    outside as if all its nodes sat at the centre.  So each node is pushed away from the
    centroid by the number of nodes nearer the centroid than itself, over its distance:
    exact for a round layout, close enough for the rest, and O(n log n).  Nodes within the
    grid's reach are counted again here; the extra push is small and outward only."""
    n = len(xs)
    cx = sum(xs) / n
    cy = sum(ys) / n
    offsets = [(x - cx, y - cy) for x, y in zip(xs, ys, strict=True)]
    radii2 = [ox * ox + oy * oy for ox, oy in offsets]
    for inner, i in enumerate(sorted(range(n), key=radii2.__getitem__)):
        r2 = radii2[i]
        if inner and r2 > _REPULSION_RADIUS * _REPULSION_RADIUS:
            ox, oy = offsets[i]
            dx[i] += ox * inner / r2
            dy[i] += oy * inner / r2


def _pack(components: list[list[Point]]) -> list[Point]:
    """Offsets that put each component's box in rows (shelves), biggest first, about as wide
    as the whole is tall (a little wider: screens are)."""
    boxes = []
    for points in components:
        left = min(x for x, _ in points)
        top = min(y for _, y in points)
        right = max(x for x, _ in points)
        bottom = max(y for _, y in points)
        boxes.append((left, top, right - left + _COMPONENT_GAP, bottom - top + _COMPONENT_GAP))
    area = sum(w * h for _, _, w, h in boxes)
    row_width = max([math.sqrt(area) * 1.5] + [w for _, _, w, _ in boxes])
    offsets: list[Point] = []
    x = y = row_height = 0.0
    for left, top, width, height in boxes:
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        offsets.append((x - left, y - top))
        x += width
        row_height = max(row_height, height)
    return offsets


# -- the org chart ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class TreeLayout:
    """Top-left corners of equal boxes, the size of the whole, and the nodes placed in a
    column under their parent (``column``) rather than in the row of its reports."""

    positions: dict[int, Point]
    width: float
    height: float
    column: frozenset[int]


@dataclass
class _Subtree:
    offsets: list[tuple[int, float, int]]  # (child, centre from this node's centre, level below)
    contour: list[tuple[float, float]]  # (left, right) on each level from this node's down


def tree_layout(
    roots: Sequence[int],
    children: Mapping[int, Sequence[int]],
    *,
    box: tuple[float, float] = (180.0, 56.0),
    gap: tuple[float, float] = (24.0, 40.0),
    stack_over: int = 4,
    column_rows: int = 6,
    indent: float = 28.0,
) -> TreeLayout:
    """Lay out the forest under ``roots`` (``children`` in order; a node must not appear
    twice).  Boxes are ``box`` (width, height), ``gap`` apart (between neighbours, between
    levels).  When a node has more than ``stack_over`` reports without reports of their own,
    those stand in columns of ``column_rows``, one a level, the first ``indent`` in from the
    node's left edge, and its other reports' subtrees stand in a row to the right of them."""
    width, height = box
    gap_x, gap_y = gap
    half = width / 2
    built: dict[int, _Subtree] = {}
    column: set[int] = set()
    for node in _post_order(roots, children):
        below = list(children.get(node, ()))
        leaves = [c for c in below if not children.get(c)]
        if len(leaves) <= stack_over:
            offsets, contour = _side_by_side([built[c] for c in below], below, gap_x)
            built[node] = _Subtree([(c, x, 1) for c, x in offsets], [(-half, half), *contour])
            continue
        column.update(leaves)
        rows = max(1, column_rows)
        columns = -(-len(leaves) // rows)
        first = indent  # the first column's centre: ``indent`` right of the node's left edge
        last = first + (columns - 1) * (width + gap_x)
        stacked = [
            (c, first + (k // rows) * (width + gap_x), 1 + k % rows) for k, c in enumerate(leaves)
        ]
        contour = [(-half, half)] + [(first - half, last + half)] * min(rows, len(leaves))
        others = [c for c in below if children.get(c)]
        offsets, row = _side_by_side([built[c] for c in others], others, gap_x)
        if others:
            common = min(len(row), len(contour) - 1)
            shift = max(contour[k + 1][1] - row[k][0] + gap_x for k in range(common))
            for k, (left, right) in enumerate(row, start=1):
                if k < len(contour):
                    contour[k] = (contour[k][0], max(contour[k][1], right + shift))
                else:
                    contour.append((left + shift, right + shift))
            stacked += [(c, x + shift, 1) for c, x in offsets]
        built[node] = _Subtree(stacked, contour)
    top_offsets, _ = _side_by_side([built[r] for r in roots], list(roots), gap_x * 2)
    positions: dict[int, Point] = {}
    level_height = height + gap_y
    todo: list[tuple[int, float, int]] = [(r, x, 0) for r, x in top_offsets]
    while todo:
        node, x, level = todo.pop()
        positions[node] = (x - half, level * level_height)
        todo.extend((c, x + offset, level + down) for c, offset, down in built[node].offsets)
    if not positions:
        return TreeLayout({}, 0.0, 0.0, frozenset())
    left = min(x for x, _ in positions.values())
    positions = {n: (x - left, y) for n, (x, y) in positions.items()}
    right = max(x for x, _ in positions.values()) + width
    bottom = max(y for _, y in positions.values()) + height
    return TreeLayout(positions, right, bottom, frozenset(column))


def _side_by_side(
    subtrees: list[_Subtree], nodes: list[int], gap: float
) -> tuple[list[tuple[int, float]], list[tuple[float, float]]]:
    """Subtrees pushed together from the left until their contours are ``gap`` apart, then
    centred on 0: their centres' offsets, and the contour of the row."""
    if not subtrees:
        return [], []
    placed: list[float] = []
    row: list[tuple[float, float]] = []
    for subtree in subtrees:
        if not placed:
            shift = 0.0
        else:
            common = min(len(row), len(subtree.contour))
            shift = max(row[k][1] - subtree.contour[k][0] + gap for k in range(common))
        placed.append(shift)
        for k, (left, right) in enumerate(subtree.contour):
            if k < len(row):
                row[k] = (min(row[k][0], left + shift), max(row[k][1], right + shift))
            else:
                row.append((left + shift, right + shift))
    middle = (placed[0] + placed[-1]) / 2
    offsets = [(node, x - middle) for node, x in zip(nodes, placed, strict=True)]
    return offsets, [(left - middle, right - middle) for left, right in row]


def _post_order(roots: Sequence[int], children: Mapping[int, Sequence[int]]) -> list[int]:
    """Every node under ``roots``, children before their parent (no recursion)."""
    order: list[int] = []
    stack: list[tuple[int, bool]] = [(r, False) for r in reversed(roots)]
    while stack:
        node, expanded = stack.pop()
        if expanded:
            order.append(node)
            continue
        stack.append((node, True))
        stack.extend((c, False) for c in reversed(children.get(node, ())))
    return order
