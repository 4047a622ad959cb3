"""The graph's force layout and the org chart's tree layout (pcrm.domain.graph_layout)."""

from __future__ import annotations

import math
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from pcrm.domain.graph_layout import force_layout, tree_layout

BOX = (100.0, 40.0)
GAP = (20.0, 30.0)


def random_graph(seed: int, n: int, extra: int) -> list[tuple[int, int, float]]:
    rng = random.Random(seed)
    edges = [(i, rng.randrange(i), 1.0) for i in range(1, n)]
    return edges + [
        (rng.randrange(n), rng.randrange(n), float(rng.randint(1, 5))) for _ in range(extra)
    ]


def test_deterministic_whatever_the_order() -> None:
    edges = random_graph(1, 120, 60)
    first = force_layout(range(120), edges)
    shuffled = list(edges)
    random.Random(9).shuffle(shuffled)
    again = force_layout(reversed(range(120)), [(b, a, w) for a, b, w in shuffled])
    assert first == again
    assert force_layout(range(120), edges, seed=2) != first


def test_finite_and_spread() -> None:
    edges = random_graph(2, 300, 300)
    positions = force_layout(range(300), edges, spacing=50.0)
    assert set(positions) == set(range(300))
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in positions.values())
    points = list(positions.values())
    close = sum(
        1
        for i, (x1, y1) in enumerate(points)
        for x2, y2 in points[i + 1 :]
        if math.hypot(x1 - x2, y1 - y2) < 5.0
    )
    assert close < 5  # nodes do not pile up on each other
    lengths = [math.dist(positions[a], positions[b]) for a, b, _ in edges if a != b]
    assert sorted(lengths)[len(lengths) // 2] < 200  # edges stay short


def test_coincident_start_and_odd_input() -> None:
    # duplicate edges, loops, edges to unknown nodes, a lone node
    positions = force_layout([1, 2, 3, 4], [(1, 2, 1), (2, 1, 3), (3, 3, 1), (2, 99, 1), (2, 3, 1)])
    assert set(positions) == {1, 2, 3, 4}
    assert all(math.isfinite(c) for p in positions.values() for c in p)
    assert force_layout([], []) == {}
    assert force_layout([5], []) == {5: (0.0, 0.0)}


def bounds(positions: dict[int, tuple[float, float]], nodes: list[int]) -> tuple[float, ...]:
    xs = [positions[n][0] for n in nodes]
    ys = [positions[n][1] for n in nodes]
    return min(xs), min(ys), max(xs), max(ys)


def test_components_side_by_side() -> None:
    # two stars and ten pairs: their boxes do not overlap
    edges = [(0, i, 1.0) for i in range(1, 30)] + [(100, i, 1.0) for i in range(101, 120)]
    pairs = [(200 + 2 * k, 201 + 2 * k, 1.0) for k in range(10)]
    nodes = [*range(30), *range(100, 120), *range(200, 220)]
    positions = force_layout(nodes, edges + pairs, spacing=40.0)
    groups = [list(range(30)), list(range(100, 120))] + [[a, b] for a, b, _ in pairs]
    boxes = [bounds(positions, g) for g in groups]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart = a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]
            assert apart, (a, b)


def test_thousand_nodes_in_reasonable_time() -> None:
    import time

    edges = random_graph(3, 1000, 2000)
    started = time.perf_counter()
    positions = force_layout(range(1000), edges)
    assert len(positions) == 1000
    assert time.perf_counter() - started < 10  # ~1 s on a quiet machine; shared CI is slower


# -- the tree --------------------------------------------------------------------------------------


def overlaps(layout: dict[int, tuple[float, float]]) -> list[tuple[int, int]]:
    w, h = BOX
    items = sorted(layout.items())
    return [
        (a, b)
        for i, (a, (ax, ay)) in enumerate(items)
        for b, (bx, by) in items[i + 1 :]
        if ax < bx + w and bx < ax + w and ay < by + h and by < ay + h
    ]


def test_tree_parents_centred_over_children() -> None:
    children = {1: [2, 3, 4], 2: [5, 6], 4: [7]}
    layout = tree_layout([1], children, box=BOX, gap=GAP)
    p = layout.positions
    assert overlaps(p) == []
    assert p[1][0] == (p[2][0] + p[4][0]) / 2
    assert p[2][0] == (p[5][0] + p[6][0]) / 2
    assert p[4][0] == p[7][0]
    assert p[1][1] < p[2][1] == p[3][1] == p[4][1] < p[5][1]
    assert min(x for x, _ in p.values()) == 0.0
    assert layout.width == max(x for x, _ in p.values()) + BOX[0]
    assert not layout.column


def test_tree_many_leaves_stack() -> None:
    children = {1: [2, 3], 2: list(range(10, 20)), 3: [4]}
    layout = tree_layout([1], children, box=BOX, gap=GAP, stack_over=4)
    p = layout.positions
    assert layout.column == set(range(10, 20))
    assert overlaps(p) == []
    xs = {p[c][0] for c in range(10, 20)}
    assert len(xs) == 2 and min(xs) > p[2][0]  # two columns of six and four, indented
    assert [p[c][1] for c in range(10, 16)] == sorted(p[c][1] for c in range(10, 16))
    assert p[16][1] == p[10][1] and p[16][0] > p[10][0]


def test_tree_column_beside_subtrees() -> None:
    # 2 has six reports without reports (a column) and one with two (a subtree to the right)
    children = {1: [2], 2: [10, 11, 12, 13, 14, 15, 16], 16: [20, 21]}
    layout = tree_layout([1], children, box=BOX, gap=GAP, stack_over=4)
    p = layout.positions
    assert layout.column == {10, 11, 12, 13, 14, 15}
    assert overlaps(p) == []
    assert p[16][0] > p[10][0] + BOX[0]  # beside the column
    assert p[16][1] == p[10][1]  # on the first level below 2
    assert p[16][0] == (p[20][0] + p[21][0]) / 2


def test_tree_forest_and_empty() -> None:
    layout = tree_layout([1, 5], {1: [2, 3], 5: [6]}, box=BOX, gap=GAP)
    assert overlaps(layout.positions) == []
    assert layout.positions[1][0] + BOX[0] < layout.positions[5][0]
    empty = tree_layout([], {}, box=BOX, gap=GAP)
    assert empty.positions == {} and empty.width == 0.0


@st.composite
def forests(draw: st.DrawFn) -> tuple[list[int], dict[int, list[int]]]:
    n = draw(st.integers(1, 60))
    parents = [None] + [draw(st.one_of(st.none(), st.integers(0, i - 1))) for i in range(1, n)]
    children: dict[int, list[int]] = {}
    for child, parent in enumerate(parents):
        if parent is not None:
            children.setdefault(parent, []).append(child)
    roots = [i for i, parent in enumerate(parents) if parent is None]
    return roots, children


@settings(max_examples=150, deadline=None)
@given(forests(), st.integers(2, 6))
def test_tree_never_overlaps(forest: tuple[list[int], dict[int, list[int]]], stack: int) -> None:
    roots, children = forest
    layout = tree_layout(roots, children, box=BOX, gap=GAP, stack_over=stack)
    assert set(layout.positions) == set(roots) | {c for cs in children.values() for c in cs}
    assert overlaps(layout.positions) == []
    for parent, below in children.items():
        row = [c for c in below if c not in layout.column]
        if row and len(row) == len(below):  # a parent is centred over a row of reports
            first, last = layout.positions[row[0]][0], layout.positions[row[-1]][0]
            assert math.isclose(layout.positions[parent][0], (first + last) / 2, abs_tol=1e-6)
        assert all(layout.positions[c][1] > layout.positions[parent][1] for c in below)
        assert all(
            layout.positions[c][0] > layout.positions[parent][0]
            for c in below
            if c in layout.column
        )
