"""How one timeline entry is painted: two lines at a fixed height.

The height depends only on the font, never on the row, so a view over a million interactions
(with ``setUniformItemSizes``) measures one row, not every row.  Layout::

    (☎)  2026-11-20 11:30   Budget for 2027                  with Олена Коваленко
         Call · Phone · ↗ outgoing · 25m — Agreed to send the draft by Friday.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from pcrm.domain.kinds import InteractionKind
from pcrm.ui.models.timeline_model import (
    DETAILS_ROLE,
    KIND_ROLE,
    PARTICIPANTS_ROLE,
    SNIPPET_ROLE,
    TIME_ROLE,
    TITLE_ROLE,
)

# A glyph on a coloured disc per kind: DejaVu Sans (the fallback font everywhere) has them all.
KIND_BADGES: dict[str, tuple[str, QColor]] = {
    InteractionKind.CALL: ("☎", QColor("#2e7d32")),
    InteractionKind.MEETING: ("⚇", QColor("#1565c0")),
    InteractionKind.MESSAGE: ("✉", QColor("#00838f")),
    InteractionKind.NOTE: ("✎", QColor("#8d6e00")),
    InteractionKind.LIFE_EVENT: ("★", QColor("#7b1fa2")),
}
OTHER_BADGE = ("•", QColor("#616161"))
PAD = 6  # px around and between the parts of a row
PEOPLE_SHARE = 0.4  # the participants take at most this part of the first line


class TimelineDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # No width of its own: the list lays each row out across the viewport.
        return QSize(0, 2 * option.fontMetrics.height() + 3 * PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # No initStyleOption: it would format the row's one-line summary (DisplayRole) only for
        # it to go unused; the panel needs just the state the view already put in ``option``.
        opt = QStyleOptionViewItem(option)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        painter.save()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text = opt.palette.color(group, text_role)
        muted = QColor(text)
        muted.setAlphaF(0.65)

        fm = opt.fontMetrics
        line = fm.height()
        rect = opt.rect.adjusted(PAD, PAD, -PAD, -PAD)
        badge = self._paint_badge(painter, rect, str(index.data(KIND_ROLE) or ""), opt.font)

        left = badge.right() + 1 + PAD
        first = QRect(left, rect.top(), rect.right() - left + 1, line)
        second = QRect(left, rect.top() + line + PAD, first.width(), line)

        time_text = str(index.data(TIME_ROLE) or "")
        time_width = fm.horizontalAdvance("0000-00-00 00:00") + PAD
        painter.setPen(muted)
        painter.drawText(
            first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, time_text
        )

        names = ", ".join(name for _, name in index.data(PARTICIPANTS_ROLE) or [])
        people_room = int(first.width() * PEOPLE_SHARE)
        people = fm.elidedText(names, Qt.TextElideMode.ElideRight, people_room)
        people_width = fm.horizontalAdvance(people)
        painter.drawText(first, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, people)

        bold = QFont(opt.font)
        bold.setBold(True)
        title_rect = first.adjusted(time_width, 0, -(people_width + 2 * PAD), 0)
        title = QFontMetrics(bold).elidedText(
            str(index.data(TITLE_ROLE) or ""), Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title
        )
        painter.setFont(opt.font)

        details = str(index.data(DETAILS_ROLE) or "")
        snippet = str(index.data(SNIPPET_ROLE) or "")
        details_text = fm.elidedText(details, Qt.TextElideMode.ElideRight, second.width())
        painter.setPen(muted)
        painter.drawText(
            second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, details_text
        )
        if snippet:
            used = fm.horizontalAdvance(details_text)
            rest = second.adjusted(used, 0, 0, 0)
            snippet_text = fm.elidedText(" — " + snippet, Qt.TextElideMode.ElideRight, rest.width())
            painter.setPen(text)
            painter.drawText(
                rest, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, snippet_text
            )
        painter.restore()

    @staticmethod
    def _paint_badge(painter: QPainter, rect: QRect, kind: str, font: QFont) -> QRect:
        """The kind's glyph on its coloured disc, at the left of ``rect``; returns its square."""
        glyph, colour = KIND_BADGES.get(kind, OTHER_BADGE)
        side = min(rect.height(), 2 * QFontMetrics(font).height())
        square = QRect(rect.left(), rect.top() + (rect.height() - side) // 2, side, side)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(square)
        big = QFont(font)
        if font.pointSizeF() > 0:
            big.setPointSizeF(font.pointSizeF() * 1.3)
        else:
            big.setPixelSize(round(font.pixelSize() * 1.3))
        painter.setFont(big)
        painter.setPen(QColor("white"))
        painter.drawText(square, Qt.AlignmentFlag.AlignCenter, glyph)
        painter.setFont(font)
        return square
