"""Relationship graph benchmarks (``make bench-graph``; not part of the test suite).

    cd tests/benchmarks && PYTHONPATH=../../src:. python bench_graph.py --data /work/benchdata

Over the 100,000-contact / 1,000,000-interaction set (opened read-only), offscreen:

- ``graph(…)`` of 1,000 nodes (the default filter: every contact, the best connected 1,000; an
  organisation; a group), against a floor of the same SQL statements run raw;
- the force layout of that graph and of a denser synthetic one (1,000 nodes, 3,000 edges);
- building the scene from the plan, against a floor of 1,000 bare ellipse items;
- frame times while panning and zooming a 1,000-node graph by script: each step moves or zooms
  the view and then the whole viewport is painted into a pixmap (``viewport().grab()``: the
  view's own paint path, every pixel each time; on screen a pan repaints only the uncovered
  strip), median / p95 / max against the 16.7 ms of a 60 Hz frame, and the same script over a
  bare QGraphicsView with 1,000 ellipses as the floor.  Variants show what the choices buy:
  the names' device-coordinate cache, antialiasing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "support"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FRAME_BUDGET = 1000 / 60


def ms(samples: list[float]) -> str:
    return f"{statistics.median(samples):7.1f}"


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def timed(work: Callable[[], Any], reps: int) -> tuple[list[float], Any]:
    samples, result = [], None
    for _ in range(reps):
        started = time.perf_counter()
        result = work()
        samples.append((time.perf_counter() - started) * 1000)
    return samples, result


def row(label: str, samples: list[float], note: str = "") -> None:
    print(f"  {label:<58} {ms(samples)} ms  (p95 {p95(samples):7.1f}){note}")


def open_readonly(data: Path) -> Any:
    from bench_store import clock
    from fake_keyring import FileKeyring

    from pcrm.paths import StorePaths
    from pcrm.services.session import Services
    from pcrm.store.database import open_database

    backend = FileKeyring(data / "keyring.json")
    db = open_database(StorePaths(data / "store"), backend=backend, readonly=True)
    return Services(db, clock(), backend)


def raw_floor(services: Any, graph_filter: Any) -> Callable[[], None]:
    """The statements graph() runs, raw: the members, typed edges, introductions, meetings."""
    from pcrm.services import graph as g

    def run() -> None:
        with services.graph.driver() as conn:
            where = "c.deleted_at IS NULL AND c.is_archived = 0"
            params: dict[str, Any] = {}
            if graph_filter.organisation_id is not None:
                where += (
                    " AND c.id IN (SELECT contact_id FROM affiliations WHERE organisation_id = :o"
                    " AND (end_date IS NULL OR end_date > '2026-11-23'))"
                )
                params["o"] = graph_filter.organisation_id
            if graph_filter.group_id is not None:
                where += " AND c.id IN (SELECT contact_id FROM group_members WHERE group_id = :g)"
                params["g"] = graph_filter.group_id
            ids = [
                r[0]
                for r in conn.execute(
                    f"SELECT c.id FROM contacts AS c WHERE {where}"
                    " ORDER BY c.last_interaction_at DESC, c.id",
                    params,
                )
            ]
            text = json.dumps(ids)
            conn.execute(g._TYPED, {"ids": text, "types": None}).fetchall()
            conn.execute(g._INTRODUCTIONS, {"ids": text}).fetchall()
            pool = json.dumps(ids[: g.MEETING_POOL])
            conn.execute(g._SHARED_MEETINGS, {"ids": pool, "least": 2}).fetchall()

    return run


def bench_service(services: Any, reps: int) -> Any:
    from pcrm.services.graph import GraphFilter

    print("graph(…) on the 100k / 1M set (off the GUI thread in the app)")
    big_org = services.graph.driver
    with big_org() as conn:
        org = conn.execute(
            "SELECT organisation_id FROM affiliations GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        group = conn.execute(
            "SELECT group_id FROM group_members GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
    default = None
    for label, graph_filter in (
        ("everyone (best connected 1,000 of ~97,000)", GraphFilter()),
        ("the largest organisation", GraphFilter(organisation_id=org)),
        ("the largest group", GraphFilter(group_id=group)),
    ):
        services.graph.graph(graph_filter)  # warm the page cache
        samples, graph = timed(lambda f=graph_filter: services.graph.graph(f), reps)
        floor, _ = timed(raw_floor(services, graph_filter), reps)
        note = (
            f"  {len(graph.nodes):,} nodes, {len(graph.edges):,} edges"
            f"{' of ' + format(graph.total, ',') + ' matching' if graph.truncated else ''}"
        )
        row(label, samples, note)
        row("  floor: the same SQL, raw", floor)
        default = default or graph
    print("queries")
    for label, work in (
        ("who do I know at the largest organisation", lambda: services.graph.known_at(org)),
        ("who do I know at 'kyiv…' (name prefix)", lambda: services.graph.known_at("kyiv")),
        ("in city 'Lviv' (Latin for Львів)", lambda: services.graph.in_city("Lviv")),
        ("introduced by the busy contact, transitively", lambda: services.graph.introduced_by(1)),
        ("org chart of the largest organisation", lambda: services.graph.org_chart(org)),
    ):
        work()
        samples, found = timed(work, reps)
        size = found.size if hasattr(found, "size") else len(found)
        row(label, samples, f"  {size:,} people")
    return default


def synthetic(n: int, extra: int, seed: int = 3) -> Any:
    from pcrm.services.graph import RELATIONSHIP, Graph, GraphEdge, GraphNode

    rng = random.Random(seed)
    pairs = {(i, rng.randrange(i)) for i in range(1, n)}
    while len(pairs) < n - 1 + extra:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            pairs.add((max(a, b), min(a, b)))
    edges = tuple(
        GraphEdge(a + 1, b + 1, RELATIONSHIP, 1, "friend", "friend", "friend")
        for a, b in sorted(pairs)
    )
    degree = dict.fromkeys(range(1, n + 1), 0)
    for e in edges:
        degree[e.source] += 1
        degree[e.target] += 1
    nodes = tuple(GraphNode(i, f"Person number {i}", degree[i]) for i in range(1, n + 1))
    return Graph(nodes, edges, n)


def bench_layout(graphs: dict[str, Any], reps: int) -> dict[str, Any]:
    from pcrm.domain import graph_layout
    from pcrm.ui.widgets.graph_scene import plan_scene

    print("layout (pure Python, seeded; the app runs it with graph(…) in the worker)")
    plans = {}
    for label, graph in graphs.items():
        nodes = [n.id for n in graph.nodes]
        edges = [(e.source, e.target, float(e.weight)) for e in graph.edges]
        samples, positions = timed(
            lambda n=nodes, e=edges: graph_layout.force_layout(n, e, spacing=70), reps
        )
        big = max(len(c) for c in graph_layout._components(_neighbours(nodes, edges)))
        iterations = max(
            graph_layout._MIN_ITERATIONS,
            min(graph_layout._MAX_ITERATIONS, graph_layout._ITERATION_BUDGET // max(big, 1)),
        )
        row(
            f"{label}: force_layout",
            samples,
            f"  largest component {big} nodes, {iterations} iterations",
        )
        samples, plan = timed(lambda g=graph, p=positions: plan_scene(g, p), reps)
        row(f"{label}: plan_scene (paths, tooltips)", samples)
        plans[label] = plan
    return plans


def _neighbours(nodes: list[int], edges: list[tuple[int, int, float]]) -> list[list[int]]:
    index = {n: i for i, n in enumerate(sorted(nodes))}
    found: list[list[int]] = [[] for _ in nodes]
    for a, b, _w in edges:
        if a != b:
            found[index[a]].append(index[b])
            found[index[b]].append(index[a])
    return found


def frame_script(view: Any) -> list[tuple[str, Callable[[], None]]]:
    """Pan across the fitted graph, zoom in towards the middle, pan close up, zoom out."""
    steps: list[tuple[str, Callable[[], None]]] = []
    steps += [("pan, whole graph", view.fit)]
    steps += [("pan, whole graph", lambda: _scroll(view, 24, 12))] * 40
    steps += [("zoom in (wheel steps)", lambda: view.zoom_by(1.15))] * 24
    steps += [("pan, close up (names shown)", lambda: _scroll(view, -30, 18))] * 40
    steps += [("zoom out (wheel steps)", lambda: view.zoom_by(1 / 1.15))] * 24
    return steps


def _scroll(view: Any, dx: int, dy: int) -> None:
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    if h.value() + dx > h.maximum() or h.value() + dx < h.minimum():
        dx = -dx
    if v.value() + dy > v.maximum() or v.value() + dy < v.minimum():
        dy = -dy
    h.setValue(h.value() + dx)
    v.setValue(v.value() + dy)


def run_frames(view: Any, app: Any, rounds: int) -> dict[str, list[float]]:
    found: dict[str, list[float]] = {}
    script = frame_script(view)
    view.fit()
    for _ in range(rounds):
        for label, step in script:
            started = time.perf_counter()
            step()
            view.viewport().grab()
            found.setdefault(label, []).append((time.perf_counter() - started) * 1000)
        app.processEvents()
    found["all steps"] = [s for label, samples in found.items() for s in samples]
    return found


def run_screen_pans(view: Any, app: Any, steps: int = 80) -> tuple[list[float], int, float]:
    """Pans as on screen: scroll, then let the event loop paint (SmartViewportUpdate scrolls
    the pixels already drawn and paints only the strip uncovered).  (times, paints, the mean
    share of the viewport painted)."""
    from PySide6.QtCore import QEvent, QObject

    class Paints(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.count, self.area = 0, 0.0

        def eventFilter(self, _obj: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
                rect = event.region().boundingRect()
                self.area += rect.width() * rect.height()
            return False

    watch = Paints()
    view.viewport().installEventFilter(watch)
    view.fit()
    view.zoom_by(1.6)
    app.processEvents()
    watch.count, watch.area = 0, 0.0
    samples = []
    for _ in range(steps):
        started = time.perf_counter()
        _scroll(view, 24, 12)
        app.processEvents()
        samples.append((time.perf_counter() - started) * 1000)
    view.viewport().removeEventFilter(watch)
    size = view.viewport().width() * view.viewport().height()
    return samples, watch.count, watch.area / max(watch.count, 1) / size


def print_frames(title: str, frames: dict[str, list[float]]) -> None:
    print(f"  {title}")
    for label, samples in frames.items():
        dropped = sum(1 for s in samples if s > FRAME_BUDGET)
        print(
            f"    {label:<30} median {statistics.median(samples):5.1f}  p95 {p95(samples):5.1f}"
            f"  max {max(samples):5.1f} ms   over 16.7 ms: {dropped}/{len(samples)}"
        )


def bench_view(plans: dict[str, Any], reps: int, rounds: int) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QBrush, QColor, QPainter, QPen, Qt
    from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

    from pcrm.ui.widgets.graph_view import GraphView

    app = QApplication.instance()
    print("the scene (GUI thread)")
    for label, plan in plans.items():
        view = GraphView()
        view.resize(1280, 800)
        view.show()
        samples, _ = timed(lambda v=view, p=plan: v.show_plan(p), reps)
        row(
            f"{label}: show_plan ({len(plan.graph.nodes):,} nodes, {len(plan.layers)} edge paths)",
            samples,
        )
        view.close()
    plan = next(iter(plans.values()))
    positions = list(plan.positions.values())

    def bare() -> QGraphicsScene:
        scene = QGraphicsScene()
        brush, pen = QBrush(QColor("#4a6fa5")), QPen(Qt.PenStyle.NoPen)
        for x, y in positions:
            item = scene.addEllipse(QRectF(-8, -8, 16, 16), pen, brush)
            item.setPos(x, y)
        return scene

    samples, _ = timed(bare, reps)
    row("floor: 1,000 bare ellipse items into a scene", samples)

    print(f"frames while panning and zooming (viewport 1280x800, {rounds} rounds of the script)")
    for label, plan in plans.items():
        variants: list[tuple[str, Callable[[GraphView], None]]] = [
            ("as built", lambda _v: None),
            ("names with a device-coordinate cache", _label_cache),
            (
                "without antialiasing",
                lambda v: v.setRenderHint(QPainter.RenderHint.Antialiasing, False),
            ),
        ]
        for variant, change in variants:
            view = GraphView()
            view.resize(1280, 800)
            view.show()
            view.show_plan(plan)
            change(view)
            app.processEvents()
            print_frames(f"{label}, {variant}", run_frames(view, app, rounds))
            if variant == "as built":
                pans, paints, share = run_screen_pans(view, app)
                title = "pan as on screen (scroll, paint)"
                print(
                    f"    {title:<30} median {statistics.median(pans):5.1f}"
                    f"  p95 {p95(pans):5.1f}  max {max(pans):5.1f} ms   {paints} paints of"
                    f" {share:.0%} of the viewport each"
                )
            view.close()

    class Bare(QGraphicsView):
        def zoom_by(self, factor: float) -> None:
            self.scale(factor, factor)

        def fit(self) -> None:
            self.resetTransform()
            rect = self.scene().itemsBoundingRect()
            s = min(1280 / rect.width(), 800 / rect.height(), 1.0)
            self.scale(s, s)
            self.centerOn(rect.center())

    floor_scene = bare()
    floor = Bare(floor_scene)
    floor.setRenderHint(QPainter.RenderHint.Antialiasing)
    floor.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
    floor.resize(1280, 800)
    floor.show()
    app.processEvents()
    print_frames(
        "floor: a bare QGraphicsView with 1,000 ellipses (no edges, no names)",
        run_frames(floor, app, rounds),
    )
    floor.close()


def _label_cache(view: Any) -> None:
    from PySide6.QtWidgets import QGraphicsItem

    for item in view.nodes.values():
        if item.label is not None:
            item.label.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("/tmp/pcrm-bench"))
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    from bench_store import build_or_reuse

    from PySide6.QtWidgets import QApplication

    build_or_reuse(args.data, 100_000, 1_000_000)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    services = open_readonly(args.data)
    try:
        graph = bench_service(services, args.reps)
    finally:
        services.lock()
    graphs = {
        "100k set, 1,000 best connected": graph,
        "synthetic 1,000 / 3,000": synthetic(1000, 2000),
    }
    plans = bench_layout(graphs, max(1, args.reps // 2))
    bench_view(plans, args.reps, args.rounds)
    del app


if __name__ == "__main__":
    main()
