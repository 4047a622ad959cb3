"""The day and week views: one column per day, an all-day row on top, hours below.

Painted with QPainter on a scroll area's viewport (no widget per item), so a week with
hundreds of meetings costs one paint.  Items that overlap in time sit side by side in their
day; a red line marks the current time.  Arrow keys (or Tab) move through the items in time
order, Enter or a double-click opens one (``activated``); a double-click on an empty slot
asks for a new task at that time (``slot_activated``), on a day's heading for that day
(``day_requested``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QEvent, QLocale, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from pcrm.services.calendar import CalendarItem, midnight
from pcrm.ui.widgets.calendar_items import clock_time, colour, item_font, text, tooltip

HOUR = 44  # pixels per hour
GUTTER = 56  # the hour labels' column
HEADING = 26  # the days' names
LINE = 19  # one all-day item
ALL_DAY_LINES = 3  # all-day items shown per day before "+N more"
SHORTEST = timedelta(minutes=30)  # a task (no duration) is drawn this tall
SLOT = 30  # minutes a double-click on an empty slot rounds to
MORNING = 8  # the hour scrolled to when a view opens


@dataclass
class _Placed:
    item: CalendarItem
    rect: QRectF  # body items: in content coordinates (y from midnight); all-day: viewport
    all_day: bool


def _wall_minutes(at: datetime, zone: tzinfo) -> int:
    local = at.astimezone(zone)
    return local.hour * 60 + local.minute


def _columns(segments: list[tuple[int, int, CalendarItem]]) -> list[tuple[int, int, int, int]]:
    """Side-by-side places for overlapping segments (start, end minutes): for each segment in
    order, (start, end, column, columns in its cluster)."""
    placed: list[tuple[int, int, int, int]] = []
    cluster: list[int] = []  # indexes into placed
    ends: list[int] = []  # the end of the last segment in each column
    cluster_end = -1
    for start, end, _item in segments:
        if start >= cluster_end and cluster:
            for k in cluster:
                s, e, c, _n = placed[k]
                placed[k] = (s, e, c, len(ends))
            cluster, ends = [], []
        column = next((c for c, last in enumerate(ends) if last <= start), len(ends))
        if column == len(ends):
            ends.append(end)
        else:
            ends[column] = end
        cluster.append(len(placed))
        placed.append((start, end, column, 0))
        cluster_end = max(cluster_end, end) if cluster[:-1] else end
    for k in cluster:
        s, e, c, _n = placed[k]
        placed[k] = (s, e, c, len(ends))
    return placed


class TimeGrid(QAbstractScrollArea):
    activated = Signal(object)  # CalendarItem
    slot_activated = Signal(object)  # aware datetime
    day_requested = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Calendar days"))
        self.viewport().setMouseTracking(False)
        self.days: list[date] = []
        self.zone: tzinfo | None = None
        self.now: datetime | None = None
        self.items: list[CalendarItem] = []
        self._placed: list[_Placed] = []
        self._more: dict[date, int] = {}
        self._selected: int | None = None
        self.verticalScrollBar().setSingleStep(HOUR // 2)

    # -- what is shown ----------------------------------------------------------------------------

    def set_days(self, days: list[date], zone: tzinfo) -> None:
        first_time = not self.days
        self.days, self.zone = days, zone
        self.set_items([], self.now)
        if first_time:
            self.scroll_to_hour(MORNING)

    def set_items(self, items: list[CalendarItem], now: datetime | None) -> None:
        kept = self.selected_item()
        self.items, self.now = items, now
        self._lay_out()
        order = [p.item for p in self._placed]
        self._selected = order.index(kept) if kept in order else None
        self.viewport().update()

    def selected_item(self) -> CalendarItem | None:
        return self._placed[self._selected].item if self._selected is not None else None

    def select(self, index: int | None) -> None:
        """Select the ``index``-th item in time order (None: nothing) and scroll to it."""
        self._selected = index
        if index is not None:
            placed = self._placed[index]
            if not placed.all_day:
                bar = self.verticalScrollBar()
                top, bottom = placed.rect.top(), placed.rect.bottom()
                visible = self._body_height()
                if top < bar.value() or bottom > bar.value() + visible:
                    bar.setValue(int(top) - HOUR // 2)
        self.viewport().update()

    def scroll_to_hour(self, hour: int) -> None:
        self.verticalScrollBar().setValue(hour * HOUR)

    # -- geometry ---------------------------------------------------------------------------------

    def _all_day_lines(self) -> int:
        most = max((self._count_all_day(d) for d in self.days), default=0)
        return min(most, ALL_DAY_LINES + 1) if most else 0

    def _count_all_day(self, day: date) -> int:
        return sum(1 for i in self.items if i.all_day and i.day == day)

    def _top(self) -> int:
        """Where the hours begin in the viewport: under the heading and the all-day rows."""
        return HEADING + self._all_day_lines() * LINE + 4

    def _body_height(self) -> int:
        return max(0, self.viewport().height() - self._top())

    def _column(self, k: int) -> QRectF:
        width = (self.viewport().width() - GUTTER) / max(1, len(self.days))
        return QRectF(GUTTER + k * width, 0, width, 24 * HOUR)

    def _lay_out(self) -> None:
        self._placed, self._more = [], {}
        if self.zone is None:
            return
        zone = self.zone
        body: list[_Placed] = []
        for k, day in enumerate(self.days):
            column = self._column(k)
            day_start, day_end = midnight(day, zone), midnight(day + timedelta(days=1), zone)
            all_day = [i for i in self.items if i.all_day and i.day == day]
            shown = all_day if len(all_day) <= ALL_DAY_LINES + 1 else all_day[:ALL_DAY_LINES]
            for n, item in enumerate(shown):
                rect = QRectF(
                    column.left() + 2, HEADING + n * LINE + 1, column.width() - 4, LINE - 2
                )
                self._placed.append(_Placed(item, rect, True))
            if len(shown) < len(all_day):
                self._more[day] = len(all_day) - len(shown)
            segments = []
            for item in self.items:
                end = max(item.end, item.start + SHORTEST)
                if item.all_day or end <= day_start or item.start >= day_end:
                    continue
                top = 0 if item.start < day_start else _wall_minutes(item.start, zone)
                bottom = 24 * 60 if end >= day_end else _wall_minutes(end, zone)
                segments.append((top, max(bottom, top + 15), item))
            segments.sort(key=lambda s: (s[0], -s[1]))
            for (top, bottom, column_no, columns), (_t, _b, item) in zip(
                _columns(segments), segments, strict=True
            ):
                width = (column.width() - 6) / columns
                rect = QRectF(
                    column.left() + 2 + column_no * width,
                    top * HOUR / 60,
                    width - 1,
                    (bottom - top) * HOUR / 60 - 1,
                )
                body.append(_Placed(item, rect, False))
        body.sort(key=lambda p: (p.item.start, p.rect.left()))
        self._placed += body
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, 24 * HOUR - self._body_height()))
        bar.setPageStep(self._body_height())

    def _viewport_rect(self, placed: _Placed) -> QRectF:
        if placed.all_day:
            return placed.rect
        return placed.rect.translated(0, self._top() - self.verticalScrollBar().value())

    def _item_at(self, pos: QPoint) -> int | None:
        for k, placed in enumerate(self._placed):
            inside = self._viewport_rect(placed).contains(pos)
            if inside and (placed.all_day or pos.y() >= self._top()):
                return k
        return None

    def _day_at(self, x: float) -> date | None:
        for k, day in enumerate(self.days):
            column = self._column(k)
            if column.left() <= x < column.right():
                return day
        return None

    # -- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.viewport().rect(), palette.color(QPalette.ColorRole.Base))
        self._paint_hours(painter, palette)
        self._paint_items(painter, body=True)
        self._paint_now(painter)
        self._paint_heading(painter, palette)
        self._paint_items(painter, body=False)

    def _paint_hours(self, painter: QPainter, palette: QPalette) -> None:
        top = self._top() - self.verticalScrollBar().value()
        grid = palette.color(QPalette.ColorRole.Mid)
        grid.setAlpha(90)
        faint = palette.color(QPalette.ColorRole.PlaceholderText)
        locale = QLocale()
        painter.save()
        painter.setClipRect(0, self._top(), self.viewport().width(), self._body_height())
        for hour in range(24):
            y = top + hour * HOUR
            painter.setPen(QPen(grid))
            painter.drawLine(GUTTER, y, self.viewport().width(), y)
            if hour:
                painter.setPen(faint)
                label = locale.toString(time(hour, 0), QLocale.FormatType.ShortFormat)
                painter.drawText(
                    QRectF(0, y - 8, GUTTER - 6, 16), Qt.AlignmentFlag.AlignRight, label
                )
        painter.setPen(QPen(grid))
        for k in range(len(self.days) + 1):
            x = self._column(k).left() if k < len(self.days) else self.viewport().width() - 1
            painter.drawLine(int(x), self._top(), int(x), self.viewport().height())
        painter.restore()

    def _paint_heading(self, painter: QPainter, palette: QPalette) -> None:
        height = self._top()
        painter.fillRect(
            0, 0, self.viewport().width(), height, palette.color(QPalette.ColorRole.Window)
        )
        locale = QLocale()
        today = self.now.astimezone(self.zone).date() if self.now and self.zone else None
        bold = painter.font()
        bold.setBold(True)
        for k, day in enumerate(self.days):
            column = self._column(k)
            name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            label = f"{name} {day.day}"
            painter.setFont(bold if day == today else self.font())
            painter.setPen(
                palette.color(QPalette.ColorRole.Highlight)
                if day == today
                else palette.color(QPalette.ColorRole.WindowText)
            )
            painter.drawText(
                QRectF(column.left(), 0, column.width(), HEADING),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
            if day in self._more:
                painter.setFont(self.font())
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                more = self.tr("+{count} more").format(count=self._more[day])
                y = HEADING + ALL_DAY_LINES * LINE
                painter.drawText(
                    QRectF(column.left() + 6, y, column.width() - 8, LINE),
                    Qt.AlignmentFlag.AlignVCenter,
                    more,
                )
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, height - 1, self.viewport().width(), height - 1)

    def _paint_items(self, painter: QPainter, *, body: bool) -> None:
        painter.save()
        if body:
            painter.setClipRect(0, self._top(), self.viewport().width(), self._body_height())
        metrics = QFontMetrics(self.font())
        for k, placed in enumerate(self._placed):
            if placed.all_day == body:
                continue
            rect = self._viewport_rect(placed)
            if body and (rect.bottom() < self._top() or rect.top() > self.viewport().height()):
                continue
            fill = colour(placed.item)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 3, 3)
            if k == self._selected:
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
            painter.setPen(QColor("white"))
            painter.setFont(item_font(self.font(), placed.item))
            inner = rect.adjusted(4, 1, -3, -1)
            line = text(placed.item)
            if not placed.all_day:
                line = f"{clock_time(placed.item)} {line}"
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            if inner.height() >= 2 * metrics.height():
                painter.drawText(inner, flags | Qt.TextFlag.TextWordWrap, line)
            else:
                elided = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(inner.width()))
                painter.drawText(inner, flags, elided)
        painter.restore()

    def _paint_now(self, painter: QPainter) -> None:
        if self.now is None or self.zone is None:
            return
        local = self.now.astimezone(self.zone)
        if local.date() not in self.days:
            return
        column = self._column(self.days.index(local.date()))
        y = (
            self._top()
            - self.verticalScrollBar().value()
            + _wall_minutes(local, self.zone) * HOUR / 60
        )
        if y < self._top():
            return
        painter.setPen(QPen(QColor("#d93025"), 2))
        painter.drawLine(int(column.left()), int(y), int(column.right()), int(y))
        painter.setBrush(QColor("#d93025"))
        painter.drawEllipse(QRectF(column.left() - 4, y - 4, 8, 8))

    # -- input ------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        found = self._item_at(event.position().toPoint())
        if found is not None:
            self.select(found)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        found = self._item_at(pos.toPoint())
        day = self._day_at(pos.x())
        if found is not None:
            self.activated.emit(self._placed[found].item)
        elif day is not None and pos.y() < HEADING:
            self.day_requested.emit(day)
        elif day is not None and pos.y() >= self._top() and self.zone is not None:
            minutes = (pos.y() - self._top() + self.verticalScrollBar().value()) * 60 / HOUR
            rounded = int(minutes // SLOT * SLOT)
            wall = datetime.combine(day, time(rounded // 60, rounded % 60))
            self.slot_activated.emit(wall.replace(tzinfo=self.zone))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        forward = (Qt.Key.Key_Down, Qt.Key.Key_Right)
        if key in (*forward, Qt.Key.Key_Up, Qt.Key.Key_Left) and self._placed:
            step = 1 if key in forward else -1
            if self._selected is None:
                start = 0 if step == 1 else len(self._placed) - 1
            else:
                start = max(0, min(len(self._placed) - 1, self._selected + step))
            self.select(start)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.activated.emit(self._placed[self._selected].item)
        else:
            super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            found = self._item_at(pos)
            if found is not None:
                QToolTip.showText(event.globalPos(), tooltip(self._placed[found].item), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()
