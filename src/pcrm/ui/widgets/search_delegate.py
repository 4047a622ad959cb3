"""Drawing a search hit: its title and the snippet around the match, the matched words bold.

A hit is two lines of a fixed height (a section heading one line), so the view never measures
rows.  The text is painted in runs (plain, matched, plain…) with the view's font and its bold
variant, and elided at the right edge; there is no rich text per row.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from pcrm.ui.widgets.search_model import ROW_ROLE, Row, RowKind, Spans

AnyIndex = QModelIndex | QPersistentModelIndex
PAD_X = 10
PAD_Y = 4
INDENT = 8  # hits sit under their section heading
GAP = 12  # between an interaction's title and its kind and date
MARK_ALPHA = 55  # a matched word's background: the selection colour, faint
# Advances are fractional: a run's box, rounded, may be a pixel short of its text.
RUN_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip


def _runs(text: str, spans: Spans) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, matched) runs along ``spans``."""
    runs: list[tuple[str, bool]] = []
    at = 0
    for start, end in sorted(spans):
        if start < at:
            continue
        if start > at:
            runs.append((text[at:start], False))
        runs.append((text[start:end], True))
        at = end
    if at < len(text):
        runs.append((text[at:], False))
    return runs


class SearchHitDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        row = index.data(ROW_ROLE)
        lines = 1 if row is None or row.kind is RowKind.SECTION else 2
        line = option.fontMetrics.height()
        return QSize(200, lines * line + 2 * PAD_Y + (PAD_Y if lines == 1 else 0))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        row: Row | None = index.data(ROW_ROLE)
        if row is None:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        painter.save()
        try:
            if row.kind is RowKind.SECTION:
                self._paint_section(painter, opt, row)
            else:
                self._paint_hit(painter, opt, row)
        finally:
            painter.restore()

    @staticmethod
    def _colours(opt: QStyleOptionViewItem) -> tuple[QColor, QColor, QColor | None]:
        """Text, muted text, and the background of a matched word (none on a selected row)."""
        palette: QPalette = opt.palette
        if opt.state & QStyle.StateFlag.State_Selected:
            text = palette.color(QPalette.ColorRole.HighlightedText)
            return text, text, None
        mark = QColor(palette.color(QPalette.ColorRole.Highlight))
        mark.setAlpha(MARK_ALPHA)
        return (
            palette.color(QPalette.ColorRole.Text),
            palette.color(QPalette.ColorRole.PlaceholderText),
            mark,
        )

    def _paint_section(self, painter: QPainter, opt: QStyleOptionViewItem, row: Row) -> None:
        rect: QRect = opt.rect.adjusted(PAD_X, PAD_Y, -PAD_X, 0)
        font = QFont(opt.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self._colours(opt)[1])
        painter.drawText(
            rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, row.title
        )
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())

    def _paint_hit(self, painter: QPainter, opt: QStyleOptionViewItem, row: Row) -> None:
        text, muted, mark = self._colours(opt)
        font = QFont(opt.font)
        line = QFontMetrics(font).height()
        area: QRect = opt.rect.adjusted(PAD_X + INDENT, PAD_Y, -PAD_X, -PAD_Y)
        top = area.top() if row.snippet else area.top() + (area.height() - line) // 2
        first = QRect(area.left(), top, area.width(), line)  # alone, in the middle of its row
        second = first.translated(0, line)
        painter.setFont(font)
        if row.detail:
            metrics = QFontMetrics(font)
            width = min(metrics.horizontalAdvance(row.detail) + 1, area.width() // 2)
            detail = QRect(first.right() - width, first.top(), width, line)
            painter.setPen(muted)
            painter.drawText(
                detail,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(row.detail, Qt.TextElideMode.ElideRight, width),
            )
            first.setRight(detail.left() - GAP)
        self._draw_runs(painter, first, _runs(row.title, row.title_spans), (text, text, mark))
        if row.snippet:
            runs = _runs(row.snippet, row.snippet_spans)
            self._draw_runs(painter, second, runs, (muted, text, mark))

    @staticmethod
    def _draw_runs(
        painter: QPainter,
        rect: QRect,
        runs: list[tuple[str, bool]],
        colours: tuple[QColor, QColor, QColor | None],
    ) -> None:
        """One line of runs in the painter's font: plain ones in the first colour, matched ones
        bold in the second, on the third."""
        plain, strong, mark = colours
        font = painter.font()
        bold = QFont(font)
        bold.setBold(True)
        x = rect.left()
        for text, matched in runs:
            metrics = QFontMetrics(bold if matched else font)
            room = rect.right() - x
            piece = text
            width = metrics.horizontalAdvance(piece)
            last = width > room
            if last:
                piece = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
                width = metrics.horizontalAdvance(piece)
            if not piece:
                break
            box = QRect(x, rect.top(), width, rect.height())
            if matched and mark is not None:
                painter.fillRect(box, mark)
            painter.setPen(strong if matched else plain)
            painter.setFont(bold if matched else font)
            painter.drawText(box, RUN_FLAGS, piece)
            x += width
            if last:
                break
        painter.setFont(font)
