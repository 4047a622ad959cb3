"""The month view: six weeks of days, each with as many items as fit and "+N more".

Painted on one widget.  The arrow keys move the current day (a week up or down), Enter opens
the current day in the day view (``day_requested``), as does a click on "+N more" or a
double-click on a day's empty space; a double-click on an item opens it (``activated``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import QEvent, QLocale, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from pcrm.services.calendar import CalendarItem
from pcrm.ui.widgets.calendar_items import clock_time, colour, item_font, text, tooltip

WEEKS = 6
HEADING = 22  # the week days' names
LINE = 17  # one item in a day


@dataclass
class _Cell:
    day: date
    rect: QRectF
    items: list[tuple[CalendarItem, QRectF]]
    more: int  # items that did not fit
    more_rect: QRectF | None


class MonthGrid(QWidget):
    activated = Signal(object)  # CalendarItem
    day_requested = Signal(object)  # date
    current_changed = Signal(object)  # date: the arrow keys moved the current day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Calendar month"))
        self.first: date | None = None  # the first day shown (a week's first day)
        self.month = 0
        self.current: date | None = None
        self.zone: tzinfo | None = None
        self.now: datetime | None = None
        self.items: list[CalendarItem] = []
        self._cells: list[_Cell] = []

    def set_month(self, first: date, month: int, current: date, zone: tzinfo) -> None:
        self.first, self.month, self.current, self.zone = first, month, current, zone
        self.set_items([], self.now)

    def set_items(self, items: list[CalendarItem], now: datetime | None) -> None:
        self.items, self.now = items, now
        self._lay_out()
        self.update()

    def days(self) -> list[date]:
        if self.first is None:
            return []
        return [self.first + timedelta(days=n) for n in range(7 * WEEKS)]

    def cell(self, day: date) -> _Cell | None:
        return next((c for c in self._cells if c.day == day), None)

    # -- geometry ---------------------------------------------------------------------------------

    def _lay_out(self) -> None:
        self._cells = []
        days = self.days()
        if not days:
            return
        by_day: dict[date, list[CalendarItem]] = {d: [] for d in days}
        for item in self.items:
            if item.day in by_day:
                by_day[item.day].append(item)
        width = self.width() / 7
        height = (self.height() - HEADING) / WEEKS
        number = QFontMetrics(self.font()).height() + 2
        fits = max(0, int((height - number - 2) // LINE))
        for k, day in enumerate(days):
            rect = QRectF((k % 7) * width, HEADING + (k // 7) * height, width, height)
            found = by_day[day]
            shown = found if len(found) <= fits else found[: max(0, fits - 1)]
            placed = [
                (
                    item,
                    QRectF(
                        rect.left() + 2, rect.top() + number + n * LINE, rect.width() - 4, LINE - 1
                    ),
                )
                for n, item in enumerate(shown)
            ]
            more = len(found) - len(shown)
            more_rect = None
            if more:
                y = rect.top() + number + len(shown) * LINE
                more_rect = QRectF(rect.left() + 4, y, rect.width() - 8, LINE)
            self._cells.append(_Cell(day, rect, placed, more, more_rect))

    def resizeEvent(self, event: object) -> None:
        self._lay_out()

    # -- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        locale = QLocale()
        width = self.width() / 7
        painter.fillRect(0, 0, self.width(), HEADING, palette.color(QPalette.ColorRole.Window))
        for k, day in enumerate(self.days()[:7]):
            name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(k * width, 0, width, HEADING), Qt.AlignmentFlag.AlignCenter, name
            )
        today = self.now.astimezone(self.zone).date() if self.now and self.zone else None
        metrics = QFontMetrics(self.font())
        grid = palette.color(QPalette.ColorRole.Mid)
        grid.setAlpha(110)
        for cell in self._cells:
            self._paint_cell(painter, cell, today, metrics, grid)

    def _paint_cell(
        self,
        painter: QPainter,
        cell: _Cell,
        today: date | None,
        metrics: QFontMetrics,
        grid: QColor,
    ) -> None:
        rect = cell.rect
        palette = self.palette()
        if cell.day.month != self.month:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        painter.setPen(QPen(grid))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        if cell.day == self.current and self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        number = QRectF(rect.left() + 4, rect.top() + 1, rect.width() - 8, metrics.height())
        font = self.font()
        if cell.day == today:
            font.setBold(True)
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
        elif cell.day.month != self.month:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        else:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.setFont(font)
        label = str(cell.day.day)
        if cell.day.day == 1:
            month = QLocale().monthName(cell.day.month, QLocale.FormatType.ShortFormat)
            label = f"{cell.day.day} {month}"
        painter.drawText(number, Qt.AlignmentFlag.AlignLeft, label)
        for item, box in cell.items:
            painter.setPen(Qt.PenStyle.NoPen)
            fill = colour(item)
            if item.all_day:
                painter.setBrush(fill)
                painter.drawRoundedRect(box, 3, 3)
                painter.setPen(QColor("white"))
            else:
                painter.setBrush(fill)
                painter.drawEllipse(QRectF(box.left() + 2, box.center().y() - 3, 6, 6))
                painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.setFont(item_font(self.font(), item))
            line = text(item) if item.all_day else f"{clock_time(item)} {text(item)}"
            inner = box.adjusted(4 if item.all_day else 11, 0, -2, 0)
            elided = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(inner.width()))
            painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter, elided)
        if cell.more_rect is not None:
            painter.setFont(self.font())
            painter.setPen(palette.color(QPalette.ColorRole.Link))
            more = self.tr("+{count} more").format(count=cell.more)
            painter.drawText(cell.more_rect, Qt.AlignmentFlag.AlignVCenter, more)

    # -- input ------------------------------------------------------------------------------------

    def _hit(self, pos: QPoint) -> tuple[_Cell | None, CalendarItem | None]:
        for cell in self._cells:
            if cell.rect.contains(pos):
                item = next((i for i, box in cell.items if box.contains(pos)), None)
                return cell, item
        return None, None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        cell, _item = self._hit(event.position().toPoint())
        if cell is None:
            return
        if cell.more_rect is not None and cell.more_rect.contains(event.position()):
            self.day_requested.emit(cell.day)
            return
        self._move_to(cell.day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        cell, item = self._hit(event.position().toPoint())
        if item is not None:
            self.activated.emit(item)
        elif cell is not None:
            self.day_requested.emit(cell.day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        key = Qt.Key(event.key())
        if key in steps and self.current is not None:
            self._move_to(self.current + timedelta(days=steps[key]))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current is not None:
            self.day_requested.emit(self.current)
        else:
            super().keyPressEvent(event)

    def _move_to(self, day: date) -> None:
        self.current = day
        self.update()
        self.current_changed.emit(day)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            _cell, item = self._hit(event.pos())
            if item is not None:
                QToolTip.showText(event.globalPos(), tooltip(item), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
