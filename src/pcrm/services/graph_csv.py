"""The relationship graph as two CSV files: its nodes and its edges.

UTF-8 without a byte-order mark, CRLF, formula-like cells behind a ``'``
(:func:`pcrm.domain.csv_write.safe_cell`), written atomically and readable by the owner only.
The file names say what they hold and nothing about whom (:data:`NODES_FILE`,
:data:`EDGES_FILE`): a file manager, a backup log or a synced folder's history shows them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from pcrm.domain.csv_write import safe_cell
from pcrm.fsutil import write_atomic
from pcrm.services.graph import Graph

NODES_FILE = "pcrm-graph-nodes.csv"
EDGES_FILE = "pcrm-graph-edges.csv"
NODE_COLUMNS = ("id", "name", "edges", "archived", "x", "y")
EDGE_COLUMNS = (
    "source_id",
    "source_name",
    "target_id",
    "target_name",
    "kind",
    "type",
    "label",
    "weight",
)


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell("" if v is None else str(v)) for v in row])
    return out.getvalue().encode("utf-8")


def nodes_csv(graph: Graph, positions: Mapping[int, tuple[float, float]] | None = None) -> bytes:
    """One row per contact; ``x`` and ``y`` where the picture put it (when given)."""
    where = positions or {}

    def row(node_id: int, name: str, degree: int, archived: bool) -> list[object]:
        x, y = where.get(node_id, (None, None))
        return [
            node_id,
            name,
            degree,
            int(archived),
            None if x is None else round(x, 1),
            None if y is None else round(y, 1),
        ]

    return _table(NODE_COLUMNS, (row(n.id, n.name, n.degree, n.archived) for n in graph.nodes))


def edges_csv(graph: Graph) -> bytes:
    """One row per edge: "source is label of target", introduced, or met ``weight`` times."""
    names = {n.id: n.name for n in graph.nodes}
    return _table(
        EDGE_COLUMNS,
        (
            (
                e.source,
                names.get(e.source),
                e.target,
                names.get(e.target),
                e.kind,
                e.type_key,
                e.label,
                e.weight,
            )
            for e in graph.edges
        ),
    )


def write_graph_csv(
    folder: Path, graph: Graph, positions: Mapping[int, tuple[float, float]] | None = None
) -> list[Path]:
    """Write both files into ``folder`` (replaced atomically, mode 0600); their paths."""
    nodes, edges = folder / NODES_FILE, folder / EDGES_FILE
    write_atomic(nodes, nodes_csv(graph, positions))
    write_atomic(edges, edges_csv(graph))
    return [nodes, edges]
