"""An organisation's org chart on screen: boxes with name and title, lines to the reports.

The tree is placed by :func:`pcrm.domain.graph_layout.tree_layout` (parents centred over their
reports, a long list of reports without reports of their own as a column).  Every box is a stock
``QGraphicsPathItem`` with two stock text items, and all the connecting lines are one path item,
so Qt paints them without Python.  Members whose manager relationships loop get an orange
border and a tooltip saying so.  The members without any manager relationship are listed below
the tree under a heading, in a grid.  A click on a box asks for that contact's card.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSimpleTextItem,
    QWidget,
)

from pcrm.domain.graph_layout import tree_layout
from pcrm.services.org_chart import OrgChart, OrgMember
from pcrm.ui.i18n import english_plural
from pcrm.ui.widgets.graph_view import PanZoomView

BOX_W, BOX_H = 200.0, 58.0
GAP_X, GAP_Y = 24.0, 44.0
INDENT = 28.0
PAD = 10.0
LOOP_COLOUR = QColor("#d55e00")
BOX_FILL = QColor("#eef3fa")
BOX_BORDER = QColor("#4a6fa5")
UNPLACED_FILL = QColor("#f4f4f4")
UNPLACED_BORDER = QColor("#a0a0a0")
LINE_COLOUR = QColor("#7a8ca8")


class BoxItem(QGraphicsPathItem):
    def __init__(self, member: OrgMember) -> None:
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, BOX_W, BOX_H), 6, 6)
        super().__init__(path)
        self.member = member


class OrgChartView(PanZoomView):
    contact_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Org chart"))
        self.chart: OrgChart | None = None
        self.boxes: dict[int, BoxItem] = {}
        self._pressed_at: QPointF | None = None

    def show_chart(self, chart: OrgChart) -> None:
        scene = self.scene()
        scene.clear()
        self.boxes.clear()
        self.chart = chart
        children: dict[int, list[int]] = {}
        members: dict[int, OrgMember] = {}
        for root in chart.roots:
            for member in root.walk():
                members[member.contact_id] = member
                children[member.contact_id] = [r.contact_id for r in member.reports]
        layout = tree_layout(
            [r.contact_id for r in chart.roots],
            children,
            box=(BOX_W, BOX_H),
            gap=(GAP_X, GAP_Y),
            indent=INDENT,
        )
        lines = QPainterPath()
        for cid, (x, y) in layout.positions.items():
            self._box(members[cid], x, y)
            below = children.get(cid, [])
            stacked = [c for c in below if c in layout.column]
            beside = [c for c in below if c not in layout.column]
            if stacked:
                # a spine left of each column, the columns' spines joined under the manager
                joint = y + BOX_H + GAP_Y / 2
                spines: dict[float, list[int]] = {}
                for child in stacked:
                    spines.setdefault(layout.positions[child][0] - INDENT / 2, []).append(child)
                first = x + INDENT / 2
                lines.moveTo(first, y + BOX_H)
                lines.lineTo(first, joint)
                lines.moveTo(first, joint)
                lines.lineTo(max(spines), joint)
                for spine, boxes in spines.items():
                    lines.moveTo(spine, joint)
                    lines.lineTo(spine, layout.positions[boxes[-1]][1] + BOX_H / 2)
                    for child in boxes:
                        cy = layout.positions[child][1] + BOX_H / 2
                        lines.moveTo(spine, cy)
                        lines.lineTo(layout.positions[child][0], cy)
            if beside:
                middle = y + BOX_H + GAP_Y / 2
                centres = [layout.positions[c][0] + BOX_W / 2 for c in beside]
                lines.moveTo(x + BOX_W / 2, y + BOX_H)
                lines.lineTo(x + BOX_W / 2, middle)
                lines.moveTo(min([*centres, x + BOX_W / 2]), middle)
                lines.lineTo(max([*centres, x + BOX_W / 2]), middle)
                for child, cx in zip(beside, centres, strict=True):
                    lines.moveTo(cx, middle)
                    lines.lineTo(cx, layout.positions[child][1])
        connectors = QGraphicsPathItem(lines)
        pen = QPen(LINE_COLOUR, 1.5)
        pen.setCosmetic(True)
        connectors.setPen(pen)
        connectors.setZValue(-1)
        scene.addItem(connectors)
        self._unplaced(chart, layout.width, layout.height)
        rect = scene.itemsBoundingRect()
        scene.setSceneRect(rect.adjusted(-40, -40, 40, 40))
        self.fit()

    def _box(self, member: OrgMember, x: float, y: float, *, unplaced: bool = False) -> BoxItem:
        box = BoxItem(member)
        box.setPos(x, y)
        loop = member.in_cycle
        pen = QPen(LOOP_COLOUR if loop else (UNPLACED_BORDER if unplaced else BOX_BORDER))
        pen.setWidthF(2.5 if loop else 1.2)
        pen.setCosmetic(True)
        box.setPen(pen)
        box.setBrush(QBrush(UNPLACED_FILL if unplaced else BOX_FILL))
        box.setCursor(Qt.CursorShape.PointingHandCursor)
        bold = QFont(self.font())
        bold.setBold(True)
        name = QGraphicsSimpleTextItem(_elided(member.name, bold, BOX_W - 2 * PAD), box)
        name.setFont(bold)
        name.setPos(PAD, 9)
        detail = " · ".join(p for p in (member.title or member.role, member.department) if p)
        if detail:
            small = QFont(self.font())
            line = QGraphicsSimpleTextItem(_elided(detail, small, BOX_W - 2 * PAD), box)
            line.setFont(small)
            line.setBrush(QColor("#505050"))
            line.setPos(PAD, 9 + QFontMetricsF(bold).height() + 3)
        for item in [box, *box.childItems()]:
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        tip = [member.name, *(p for p in (member.title, member.role, member.department) if p)]
        if loop:
            tip.append(self.tr("Their manager relationships go round in a loop."))
        box.setToolTip("\n".join(tip))
        self.scene().addItem(box)
        self.boxes[member.contact_id] = box
        return box

    def _unplaced(self, chart: OrgChart, width: float, height: float) -> None:
        if not chart.unplaced:
            return
        count = len(chart.unplaced)
        # as wide as the tree above, and at least wide enough for a screen-shaped block
        columns = min(
            count,
            max(int((width + GAP_X) // (BOX_W + GAP_X)), math.ceil(math.sqrt(count * 2.5))),
        )
        top = height + (GAP_Y * 1.5 if chart.roots else 0)
        text = self.tr("Not placed: no manager relationship with another member (%n)", "", count)
        heading = QGraphicsSimpleTextItem(english_plural(text, count))
        font = QFont(self.font())
        font.setBold(True)
        heading.setFont(font)
        heading.setPos(0, top)
        self.scene().addItem(heading)
        top += QFontMetricsF(font).height() + 10
        for n, member in enumerate(chart.unplaced):
            row, column = divmod(n, columns)
            self._box(
                member,
                column * (BOX_W + GAP_X),
                top + row * (BOX_H + GAP_X),
                unplaced=True,
            )

    def member_at(self, pos: QPointF) -> int | None:
        for item in self.items(pos.toPoint()):
            box = item if isinstance(item, BoxItem) else item.parentItem()
            if isinstance(box, BoxItem):
                return box.member.contact_id
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_at = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed_at = self._pressed_at, None
        if pressed is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if (event.position() - pressed).manhattanLength() < QApplication.startDragDistance():
            found = self.member_at(event.position())
            if found is not None:
                self.contact_requested.emit(found)

    def render_to(self, painter: QPainter, target: QRectF) -> None:
        """The whole chart into ``target`` (a PDF page), aspect kept."""
        self.scene().render(painter, target, self.scene().sceneRect())


def _elided(text: str, font: QFont, width: float) -> str:
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
