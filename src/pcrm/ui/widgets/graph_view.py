"""The relationship graph on screen: a QGraphicsView over a plan made off the GUI thread.

Items, chosen for a thousand nodes panned and zoomed at 60 frames a second
(``tests/benchmarks/bench_graph.py``):

- the edges of one category and width are one ``QGraphicsPathItem`` with a cosmetic pen (a few
  items in all; painting them is a handful of calls into Qt, never a Python loop per edge);
- each node is a stock ``QGraphicsEllipseItem`` (painted by Qt in C++, so no Python runs per
  node per frame), with its name as a child ``QGraphicsSimpleTextItem`` that ignores the
  view's zoom (always legible).  No item cache: measured, a device-coordinate cache on the
  names makes zooming in slower (every name that appears first renders its pixmap: frames of
  up to 60 ms on a 1,000-node, 3,000-edge graph) and panning no faster; an item-coordinate
  cache on the edge paths would be a pixmap as big as the whole graph;
- names show by level of detail: as many as the zoom has room for without one over another,
  the best connected first; the selected node's neighbourhood and the ringed nodes always.

The view updates with ``SmartViewportUpdate``: a pan scrolls the pixels already drawn and paints
only the strip uncovered, and a change to many items (a selection dims every node) becomes one
bounding rectangle instead of a thousand small ones.  ``DontSavePainterState``: every item sets
its own pen and brush, so saving and restoring the painter around each of them is wasted.

Mouse: drag pans, the wheel zooms about the pointer, a click selects a node (its neighbours and
their edges stay lit, the rest dims), a double click asks for its card.  Keys: arrows pan,
Ctrl++ / Ctrl+- (or + and -) zoom, 0 or Ctrl+0 fits, Enter asks for the selected node's card,
Escape clears the selection.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from pcrm.ui.widgets.graph_scene import (
    ARCHIVED_COLOUR,
    COLOURS,
    FAVOURITE_RING,
    MARK_COLOUR,
    NODE_COLOUR,
    ScenePlan,
    category_name,
)

MIN_SCALE, MAX_SCALE = 0.02, 8.0
ZOOM_STEP = 1.25
PAN_STEP = 60  # pixels an arrow key moves
DIMMED = 0.15
MARGIN = 80.0
EXPORT_MAX_SIDE = 4000  # pixels a side: a PNG of a big graph stays a few megabytes
FIT_PADDING = (70, 24)  # pixels left free around a fitted picture (names stick out sideways)
MIN_LABEL_SCALE = 0.2  # below this zoom, no names but the selected and the ringed ones
LABEL_CELL = 120.0  # pixels: the grid that finds overlapping names


class PanZoomView(QGraphicsView):
    """Drag or arrow keys to pan, wheel or Ctrl++ / Ctrl+- to zoom, 0 to fit: what the graph
    and the org chart share.  ``zoomed()`` runs after every change of scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(QColor("white"))
        self._fitted = False

    def zoomed(self) -> None:
        """A hook: the scale changed."""

    def scale_factor(self) -> float:
        return float(self.transform().m11())

    def zoom_by(self, factor: float) -> None:
        current = self.scale_factor()
        target = max(MIN_SCALE, min(MAX_SCALE, current * factor))
        if target != current:
            self.scale(target / current, target / current)
            self.zoomed()

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def fit(self) -> None:
        """Everything in view (never magnified beyond its natural size)."""
        self.focus_rect(self.scene().sceneRect(), margin=0.0)
        self._fitted = True

    def focus_rect(self, rect: QRectF, *, margin: float = MARGIN) -> None:
        """Show ``rect`` (scene coordinates), zoomed out as far as needed, in at most 1:1."""
        if rect.isEmpty():
            return
        rect = rect.adjusted(-margin, -margin, margin, margin)
        view = self.viewport().rect()
        room_x = max(view.width() - 2 * FIT_PADDING[0], 1)
        room_y = max(view.height() - 2 * FIT_PADDING[1], 1)
        scale = min(room_x / rect.width(), room_y / rect.height(), 1.0)
        scale = max(MIN_SCALE, scale)
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(rect.center())
        self.zoomed()

    def pan_by(self, dx: int, dy: int) -> None:
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + dx)
        v.setValue(v.value() + dy)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.15**steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = PAN_STEP * (4 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        pans = {
            Qt.Key.Key_Left: (-step, 0),
            Qt.Key.Key_Right: (step, 0),
            Qt.Key.Key_Up: (0, -step),
            Qt.Key.Key_Down: (0, step),
        }
        if key in pans:
            self.pan_by(*pans[key])  # type: ignore[index]
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def scene_image(self, background: QColor | None = None) -> QImage:
        """The whole scene at its natural size, at most EXPORT_MAX_SIDE pixels a side."""
        scene = self.scene()
        source = scene.sceneRect()
        scale = min(1.0, EXPORT_MAX_SIDE / max(source.width(), source.height(), 1.0))
        size = (max(1, int(source.width() * scale)), max(1, int(source.height() * scale)))
        image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(background or QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        try:
            scene.render(painter, QRectF(0, 0, *size), source)
            self.decorate(painter)
        finally:
            painter.end()
        return image

    def decorate(self, painter: QPainter) -> None:
        """A hook: draw over an exported image (the graph's legend)."""


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class NodeItem(QGraphicsEllipseItem):
    """One contact; painted by Qt itself (no Python paint())."""

    def __init__(self, contact_id: int, r: float) -> None:
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.contact_id = contact_id
        self.label: QGraphicsSimpleTextItem | None = None


class GraphView(PanZoomView):
    contact_requested = Signal(int)
    selection_changed = Signal(object)  # the selected contact's id, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setAccessibleName(self.tr("Relationship graph"))
        self.plan: ScenePlan | None = None
        self.nodes: dict[int, NodeItem] = {}
        self.layers: list[QGraphicsPathItem] = []
        self.selected: int | None = None
        self.marked: set[int] = set()
        self._lit: list[QGraphicsPathItem] = []
        self._rings: QGraphicsPathItem | None = None
        self._pressed_at: QPoint | None = None
        self._labels_at: float | None = None
        self._label_order: list[int] = []  # the best connected first
        self._label_sizes: dict[int, tuple[float, float]] = {}
        self._labelled: set[int] = set()  # the nodes whose names show

    # -- content ----------------------------------------------------------------------------------

    def show_plan(self, plan: ScenePlan, *, keep_view: bool = False) -> None:
        """Replace the picture (GUI thread; the plan was made off it)."""
        centre = self.mapToScene(self.viewport().rect().center())
        scale = self.scale_factor()
        self.clear_graph()
        self.plan = plan
        self._label_order = [
            n.id for n in sorted(plan.graph.nodes, key=lambda n: (-n.degree, n.id))
        ]
        scene = self.scene()
        for kind, px, path in plan.layers:  # first: under the nodes, added later
            item = QGraphicsPathItem(path)
            pen = QPen(COLOURS[kind], px)
            pen.setCosmetic(True)
            item.setPen(pen)
            item.setZValue(-2)
            scene.addItem(item)
            self.layers.append(item)
        scene.setFont(self.font())  # the names' (items take the scene's font)
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        advance = metrics.horizontalAdvance
        brushes = {False: QBrush(NODE_COLOUR), True: QBrush(ARCHIVED_COLOUR)}
        no_pen = QPen(Qt.PenStyle.NoPen)
        ring = QPen(FAVOURITE_RING, 2.5)
        ring.setCosmetic(True)
        ignores = QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
        shift = QTransform.fromTranslate
        radii, places, tips, sizes = plan.radii, plan.positions, plan.tooltips, self._label_sizes
        for node in plan.graph.nodes:
            cid = node.id
            r = radii[cid]
            item = NodeItem(cid, r)
            item.setPos(*places[cid])
            item.setBrush(brushes[node.archived])
            item.setPen(ring if node.favourite else no_pen)
            item.setToolTip(tips[cid])
            label = QGraphicsSimpleTextItem(node.name, item)
            label.setFlag(ignores)
            label.setPos(0, r)
            width = advance(node.name)
            label.setTransform(shift(-width / 2, 2))
            label.setVisible(False)
            item.label = label
            sizes[cid] = (width, line)
            scene.addItem(item)
            self.nodes[cid] = item
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        if keep_view and self._fitted:
            self.setTransform(QTransform.fromScale(scale, scale))
            self.centerOn(centre)
        else:
            self.fit()
        self._labels_at = None
        self._update_labels()
        self.mark(self.marked & set(self.nodes))

    def clear_graph(self) -> None:
        self.scene().clear()
        self.nodes.clear()
        self._label_sizes.clear()
        self._label_order.clear()
        self._labelled = set()
        self.layers.clear()
        self._lit.clear()
        self._rings = None
        self.plan = None
        if self.selected is not None:
            self.selected = None
            self.selection_changed.emit(None)

    def mark(self, contact_ids: Iterable[int]) -> None:
        """Ring these nodes (a query's answers); an empty set clears the rings."""
        self.marked = set(contact_ids)
        if self._rings is not None:
            self.scene().removeItem(self._rings)
            self._rings = None
        self._labels_at = None  # the ringed ones' names show, others may make room
        self._update_labels()
        shown = [cid for cid in sorted(self.marked) if cid in self.nodes]
        if not shown:
            return
        path = QPainterPath()
        for cid in shown:
            item = self.nodes[cid]
            r = item.rect().width() / 2 + 5
            path.addEllipse(item.pos(), r, r)
        self._rings = QGraphicsPathItem(path)
        pen = QPen(MARK_COLOUR, 3)
        pen.setCosmetic(True)
        self._rings.setPen(pen)
        self._rings.setZValue(1)
        self.scene().addItem(self._rings)

    def marked_rect(self) -> QRectF:
        """Where the marked nodes are, in scene coordinates (empty when none is shown)."""
        rect = QRectF()
        for cid in self.marked:
            if cid in self.nodes:
                rect = rect.united(self.nodes[cid].sceneBoundingRect())
        return rect

    def select(self, contact_id: int | None, *, centre: bool = False) -> None:
        """Light one node and its neighbourhood (None: everything back to normal); with
        ``centre``, scroll to it when it is out of view."""
        if contact_id is not None and contact_id not in self.nodes:
            contact_id = None
        for item in self._lit:
            self.scene().removeItem(item)
        self._lit.clear()
        changed = contact_id != self.selected
        self.selected = contact_id
        plan = self.plan
        if contact_id is None or plan is None:
            for item in self.nodes.values():
                item.setOpacity(1.0)
            for layer in self.layers:
                layer.setOpacity(1.0)
        else:
            near = {contact_id} | {other for other, _k, _w in plan.adjacent.get(contact_id, [])}
            near |= self.marked
            for cid, item in self.nodes.items():
                item.setOpacity(1.0 if cid in near else DIMMED)
            for layer in self.layers:
                layer.setOpacity(DIMMED)
            for kind, px, path in plan.neighbourhood_path(contact_id):
                lit = QGraphicsPathItem(path)
                pen = QPen(COLOURS[kind], px + 1.5)
                pen.setCosmetic(True)
                lit.setPen(pen)
                lit.setZValue(-1)  # over the dimmed edges, under the nodes
                self.scene().addItem(lit)
                self._lit.append(lit)
            if centre:
                self.ensureVisible(self.nodes[contact_id], 120, 80)
        self._labels_at = None
        self._update_labels()
        if changed:
            self.selection_changed.emit(contact_id)

    # -- level of detail --------------------------------------------------------------------------

    def zoomed(self) -> None:
        self._update_labels()

    def _update_labels(self) -> None:
        """Level of detail: the names the zoom has room for, the best connected first, none
        over another (greedy, in screen space, through a grid of cells); the selected node's
        neighbourhood and the ringed nodes always."""
        scale = self.scale_factor()
        if self._labels_at == scale:
            return
        self._labels_at = scale
        self._show_labels(self._labels_for(scale))

    def _show_labels(self, shown: set[int]) -> None:
        nodes = self.nodes
        for cid in self._labelled ^ shown:  # only the names that appear or go
            label = nodes[cid].label
            if label is not None:
                label.setVisible(cid in shown)
        self._labelled = shown

    def _labels_for(self, scale: float) -> set[int]:
        """The nodes whose names show at ``scale``."""
        plan = self.plan
        if plan is None:
            return set()
        keep: set[int] = set(self.marked)
        if self.selected is not None:
            keep |= {self.selected} | {o for o, _k, _w in plan.adjacent.get(self.selected, [])}
        placed: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
        shown: set[int] = set()
        cell = LABEL_CELL
        order = [cid for cid in self._label_order if cid in keep]
        if scale >= MIN_LABEL_SCALE:
            order += [cid for cid in self._label_order if cid not in keep]
        places, radii, sizes = plan.positions, plan.radii, self._label_sizes
        for cid in order:
            x, y = places[cid]
            w, h = sizes[cid]
            left = x * scale - w * 0.5
            top = (y + radii[cid]) * scale + 2
            right, bottom = left + w, top + h
            cells = [
                (cx, cy)
                for cx in range(int(left // cell), int(right // cell) + 1)
                for cy in range(int(top // cell), int(bottom // cell) + 1)
            ]
            if cid not in keep:
                free = True
                for key in cells:
                    for o_left, o_top, o_right, o_bottom in placed.get(key, ()):
                        if o_left < right and left < o_right and o_top < bottom and top < o_bottom:
                            free = False
                            break
                    if not free:
                        break
                if not free:
                    continue
            shown.add(cid)
            rect = (left, top, right, bottom)
            for key in cells:
                placed.setdefault(key, []).append(rect)
        return shown

    def node_at(self, pos: QPoint) -> int | None:
        """The node under (or within a few pixels of) a viewport position, nearest first."""
        reach = 6
        found = self.items(QRect(pos.x() - reach, pos.y() - reach, 2 * reach, 2 * reach))
        best: tuple[float, int] | None = None
        at = self.mapToScene(pos)
        for item in found:
            node = item if isinstance(item, NodeItem) else item.parentItem()
            if isinstance(node, NodeItem):
                d = (node.pos() - at).manhattanLength()
                if best is None or d < best[0]:
                    best = (d, node.contact_id)
        return best[1] if best else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed_at = self._pressed_at, None
        at = event.position().toPoint()
        if pressed is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if (at - pressed).manhattanLength() < QApplication.startDragDistance():
            self.select(self.node_at(at))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        found = self.node_at(event.position().toPoint())
        if found is not None and event.button() == Qt.MouseButton.LeftButton:
            self.select(found)
            self.contact_requested.emit(found)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            self.contact_requested.emit(self.selected)
        elif key == Qt.Key.Key_Escape and self.selected is not None:
            self.select(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- export ------------------------------------------------------------------------------------

    def image(self) -> QImage:
        """The whole graph at its natural size with the legend, and as many names as it has
        room for; the selection and the rings as they are on screen."""
        source = self.scene().sceneRect()
        scale = min(1.0, EXPORT_MAX_SIDE / max(source.width(), source.height(), 1.0))
        on_screen = self._labelled
        self._show_labels(self._labels_for(scale))
        try:
            return self.scene_image()
        finally:
            self._show_labels(on_screen)

    def decorate(self, painter: QPainter) -> None:
        if self.plan is not None:
            draw_legend(painter, QRectF(12, 12, 220, 0), self.plan.categories)


def draw_legend(painter: QPainter, at: QRectF, categories: list[str]) -> float:
    """Colour swatches with their names from the top-left of ``at``; the height used."""
    metrics = painter.fontMetrics()
    line = metrics.height() + 4
    height = line * len(categories) + 8
    if not categories:
        return 0.0
    painter.save()
    painter.setPen(QPen(QColor("#c8c8c8")))
    painter.setBrush(QColor(255, 255, 255, 230))
    widest = max(metrics.horizontalAdvance(category_name(c)) for c in categories)
    box = QRectF(at.left(), at.top(), widest + 46, height)
    painter.drawRect(box)
    for n, key in enumerate(categories):
        y = at.top() + 4 + n * line + line / 2
        pen = QPen(COLOURS[key], 3)
        painter.setPen(pen)
        painter.drawLine(int(at.left() + 8), int(y), int(at.left() + 30), int(y))
        painter.setPen(QColor("#303030"))
        painter.drawText(
            QRectF(at.left() + 38, y - line / 2, widest + 8, line),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            category_name(key),
        )
    painter.restore()
    return height


class GraphLegend(QWidget):
    """The edge colours of the graph shown, with their names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: list[str] = []
        self.setAccessibleName(self.tr("Legend"))

    def set_categories(self, categories: list[str]) -> None:
        self.categories = categories
        line = self.fontMetrics().height() + 4
        self.setMinimumHeight(line * len(categories) + 10 if categories else 0)
        self.setToolTip(", ".join(category_name(c) for c in categories))
        self.updateGeometry()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_legend(painter, QRectF(0, 0, self.width() - 1, 0), self.categories)
        painter.end()
