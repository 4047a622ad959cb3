"""The dashboard's charts, painted with QPainter (no QtCharts, no web engine).

- :class:`SeriesChart`: counts per day, week or month as bars (or a line when there are many),
  with the previous period faded behind for comparison; dates in the locale on the axis.
- :class:`HeatMapChart`: months × weekdays, a colour scale with its legend.
- :class:`BarChart`: horizontal bars for rankings and channel mixes (stacked segments).
- :class:`Sparkline` and :func:`sparkline_image`: a small frequency chart, the latter for the
  card's HTML (an image resource).

Each chart paints into any rectangle (:meth:`Chart.paint_chart`), so the same code draws the
widget and the image of the PDF report (:meth:`Chart.render_image`).  Colours come from the
palette (light and dark themes); the report uses :func:`print_palette`.  Coordinates are
logical pixels in floating point, so a high-DPI screen or an image with a device pixel ratio
gets sharp lines.  Hovering (or moving with the arrow keys) shows the bucket and its count.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from pcrm.ui.i18n import english_plural

# Categorical colours (Tableau's 10, then five more that stay apart from them), one per channel;
# grey is kept for "no channel".
CATEGORY = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#76b7b2",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#17becf",
    "#8cd17d",
    "#d37295",
    "#b6992d",
    "#a0cbe8",
    "#6b4c9a",
)
PAD = 8.0
LINE_STYLE_OVER = 60  # more buckets than this: a line instead of bars

Unit = Callable[[int], str]  # a count in words: 12 -> "12 interactions"


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    t = min(max(t, 0.0), 1.0)
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


def _readable_on(background: QColor) -> QColor:
    luminance = (
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF()
    )
    return QColor("#000000") if luminance > 0.5 else QColor("#ffffff")


@dataclass(frozen=True)
class ChartColours:
    """What a chart paints with, from a palette."""

    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    accent: QColor
    dark: bool

    @classmethod
    def of(cls, palette: QPalette) -> ChartColours:
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = background.lightnessF() < 0.5
        accent = QColor("#7aa7e6" if dark else "#2f62a8")
        highlight = palette.color(QPalette.ColorRole.Highlight)
        # the theme's own accent when it stands out from the background enough
        if abs(highlight.lightnessF() - background.lightnessF()) > 0.4:
            accent = highlight
        return cls(
            background=background,
            text=text,
            muted=_mix(background, text, 0.6),
            grid=_mix(background, text, 0.15),
            accent=accent,
            dark=dark,
        )

    def previous(self) -> QColor:
        """The faded colour of the previous period."""
        return _mix(self.background, self.accent, 0.35)

    def category(self, index: int) -> QColor:
        found = QColor(CATEGORY[index % len(CATEGORY)])
        return found.lighter(115) if self.dark else found

    def scale(self, fraction: float) -> QColor:
        """The heat map's colour for a fraction of the maximum (0: nothing)."""
        if fraction <= 0:
            return _mix(self.background, self.text, 0.06)
        return _mix(self.background, self.accent, 0.18 + 0.82 * math.sqrt(fraction))


def print_palette() -> QPalette:
    """Black on white, whatever the screen's theme: for the PDF report."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.Text, "#1a1a1a"),
        (QPalette.ColorRole.WindowText, "#1a1a1a"),
        (QPalette.ColorRole.Highlight, "#2f62a8"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def nice_scale(maximum: int, ticks: int = 4) -> tuple[int, int]:
    """(top of the axis, step between its labels): round numbers at least ``maximum``."""
    if maximum <= 0:
        return 1, 1
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    step = max(1, math.ceil(step))
    return step * math.ceil(maximum / step), step


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date(day: date) -> str:
    """A day in the locale's short format; ISO in the C locale (whose "24 11 2025" reads
    badly)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return day.isoformat()
    return locale.toString(_qdate(day), QLocale.FormatType.ShortFormat)


def bucket_text(start: date, end: date) -> str:
    """A bucket in words, in the locale: a day, a whole month, or a range of days."""
    locale = QLocale()
    last = end - timedelta(days=1)
    if last <= start:
        return locale.toString(_qdate(start), QLocale.FormatType.LongFormat)
    next_month = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    if start.day == 1 and end == next_month:
        month = locale.standaloneMonthName(start.month, QLocale.FormatType.LongFormat)
        return f"{month} {start.year}"
    return f"{short_date(start)} – {short_date(last)}"


def _axis_label(day: date, monthly: bool, with_year: bool) -> str:
    locale = QLocale()
    if monthly:
        month = locale.standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)
        return f"{month} {day.year}" if with_year else month
    pattern = "d MMM yyyy" if with_year else "d MMM"
    return locale.toString(_qdate(day), pattern)


class Chart(QWidget):
    """What every chart shares: painting into a rectangle, an image of itself, tooltips."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.empty_text = self.tr("Nothing in this period")
        self.current = -1  # the item the keys moved to (-1: none)
        self._hover = -1
        self._boxes: list[QRectF] = []  # hit boxes of the last widget paint, by item

    # -- to override ------------------------------------------------------------------------------

    def count(self) -> int:
        """How many items (buckets, cells, bars) the keys and the mouse move over."""
        return 0

    def paint_chart(self, painter: QPainter, rect: QRectF, colours: ChartColours) -> list[QRectF]:
        """Paint into ``rect``; the items' hit boxes."""
        raise NotImplementedError

    def item_tooltip(self, index: int) -> str:
        return ""

    def summary(self) -> str:
        """The chart in a sentence, for screen readers."""
        return ""

    # -- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = ChartColours.of(self.palette())
        painter.fillRect(self.rect(), colours.background)
        self._boxes = self.paint_chart(painter, QRectF(self.rect()), colours)
        if self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def render_image(
        self, size: QSize, scale: float = 2.0, palette: QPalette | None = None
    ) -> QImage:
        """The chart as an image of ``size`` logical pixels (``scale`` times as many real ones),
        in ``palette`` (the widget's own by default).  Painting a QImage is thread-safe."""
        image = QImage(
            max(1, round(size.width() * scale)),
            max(1, round(size.height() * scale)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(scale)
        colours = ChartColours.of(palette or self.palette())
        image.fill(colours.background)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        saved_current, saved_hover = self.current, self._hover
        self.current = self._hover = -1  # the report shows no selection
        try:
            self.paint_chart(painter, QRectF(0, 0, size.width(), size.height()), colours)
        finally:
            self.current, self._hover = saved_current, saved_hover
            painter.end()
        return image

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.update()
        super().changeEvent(event)

    def data_changed(self) -> None:
        self.current = min(self.current, self.count() - 1)
        self._hover = -1
        self.setAccessibleDescription(self.summary())
        self.updateGeometry()
        self.update()

    def _paint_empty(self, painter: QPainter, rect: QRectF, colours: ChartColours) -> None:
        painter.setPen(colours.muted)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.empty_text)

    # -- input ------------------------------------------------------------------------------------

    def index_at(self, pos: QPointF) -> int:
        return next((i for i, box in enumerate(self._boxes) if box.contains(pos)), -1)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            index = self.index_at(QPointF(event.pos()))
            text = self.item_tooltip(index) if index >= 0 else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position())
        if index != self._hover:
            self._hover = index
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = -1
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position())
        if index >= 0:
            self.current = index
            self.update()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = self.key_step(Qt.Key(event.key()))
        if step is None or not self.count():
            super().keyPressEvent(event)
            return
        start = self.current if self.current >= 0 else (0 if step > 0 else self.count())
        self.move_to(start + step if self.current >= 0 else start - (step < 0))

    def key_step(self, key: Qt.Key) -> int | None:
        return {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Home: -(10**6),
            Qt.Key.Key_End: 10**6,
        }.get(key)

    def move_to(self, index: int) -> None:
        """Make ``index`` the current item and say what it holds (a tooltip by it)."""
        if not self.count():
            return
        self.current = min(max(index, 0), self.count() - 1)
        self.update()
        text = self.item_tooltip(self.current)
        if text and 0 <= self.current < len(self._boxes):
            box = self._boxes[self.current]
            where = self.mapToGlobal(QPoint(round(box.center().x()), round(box.top())))
            QToolTip.showText(where, text, self)


# -- interactions over time -----------------------------------------------------------------------


@dataclass(frozen=True)
class Point:
    """One bucket of a series: its first day, the day after its last, its count."""

    start: date
    end: date
    count: int


class SeriesChart(Chart):
    """Counts per bucket; ``previous`` (same length or shorter) is drawn faded behind."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.points: list[Point] = []
        self.previous: list[Point] = []
        self.drawing = "auto"  # "bars", "line" or "auto" (a line when there are many buckets)
        self.this_label = self.tr("This period")
        self.previous_label = self.tr("Previous period")
        self.unit: Unit = lambda n: english_plural(self.tr("%n interaction(s)", "", n), n)
        self.setMinimumHeight(180)

    def set_series(
        self, points: Sequence[Point], previous: Sequence[Point] = (), unit: Unit | None = None
    ) -> None:
        self.points, self.previous = list(points), list(previous)
        if unit is not None:
            self.unit = unit
        self.data_changed()

    def count(self) -> int:
        return len(self.points)

    def sizeHint(self) -> QSize:
        return QSize(640, 240)

    def lines(self) -> bool:
        return self.drawing == "line" or (
            self.drawing == "auto" and len(self.points) > LINE_STYLE_OVER
        )

    def summary(self) -> str:
        if not self.points:
            return self.empty_text
        total = sum(p.count for p in self.points)
        top = max(self.points, key=lambda p: p.count)
        text = self.tr("{total} in {buckets} periods; most, {most}, in {when}").format(
            total=self.unit(total),
            buckets=len(self.points),
            most=top.count,
            when=bucket_text(top.start, top.end),
        )
        if self.previous:
            before = sum(p.count for p in self.previous)
            text += self.tr("; previous period: {total}").format(total=self.unit(before))
        return text

    def item_tooltip(self, index: int) -> str:
        if not 0 <= index < len(self.points):
            return ""
        point = self.points[index]
        text = f"{bucket_text(point.start, point.end)}\n{self.unit(point.count)}"
        if index < len(self.previous):
            before = self.previous[index]
            text += "\n" + self.tr("{period} ({when}): {count}").format(
                period=self.previous_label,
                when=bucket_text(before.start, before.end),
                count=self.unit(before.count),
            )
        return text

    def paint_chart(self, painter: QPainter, rect: QRectF, colours: ChartColours) -> list[QRectF]:
        if not self.points:
            self._paint_empty(painter, rect, colours)
            return []
        metrics = QFontMetricsF(painter.font())
        line = metrics.height()
        top_value, step = nice_scale(max(p.count for p in [*self.points, *self.previous]))
        locale = QLocale()
        y_width = max(metrics.horizontalAdvance(locale.toString(top_value)), 12.0)
        legend = line + 6 if self.previous else 0.0
        plot = QRectF(
            rect.left() + PAD + y_width + 6,
            rect.top() + PAD + legend + line / 2,
            rect.width() - 2 * PAD - y_width - 6 - 4,
            rect.height() - 2 * PAD - legend - line / 2 - line - 6,
        )
        if plot.width() < 20 or plot.height() < 20:
            return []
        if self.previous:
            self._paint_legend(painter, rect, colours, metrics)

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / top_value

        for value in range(0, top_value + 1, step):
            y = y_of(value)
            painter.setPen(QPen(colours.grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colours.muted)
            label = QRectF(rect.left() + PAD, y - line / 2, y_width, line)
            painter.drawText(
                label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                locale.toString(value),
            )  # fmt: skip
        n = len(self.points)
        slot = plot.width() / n
        boxes = [QRectF(plot.left() + i * slot, plot.top(), slot, plot.height()) for i in range(n)]
        for marked, shade in ((self._hover, 0.07), (self.current, 0.13)):
            if 0 <= marked < n:
                painter.fillRect(boxes[marked], _mix(colours.background, colours.text, shade))
        if self.lines():
            self._paint_lines(painter, plot, slot, y_of, colours)
        else:
            self._paint_bars(painter, plot, slot, y_of, colours)
        painter.setPen(QPen(colours.muted, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        self._paint_x_labels(painter, plot, slot, metrics, colours)
        return boxes

    def _paint_legend(
        self, painter: QPainter, rect: QRectF, colours: ChartColours, metrics: QFontMetricsF
    ) -> None:
        x = rect.right() - PAD
        y = rect.top() + PAD
        line = metrics.height()
        for text, colour in (
            (self.previous_label, colours.previous()),
            (self.this_label, colours.accent),
        ):
            width = metrics.horizontalAdvance(text)
            x -= width
            painter.setPen(colours.text)
            painter.drawText(QRectF(x, y, width + 2, line), Qt.AlignmentFlag.AlignLeft, text)
            x -= line * 0.8 + 4
            painter.fillRect(QRectF(x, y + line * 0.15, line * 0.7, line * 0.7), colour)
            x -= 14

    def _paint_bars(
        self,
        painter: QPainter,
        plot: QRectF,
        slot: float,
        y_of: Callable[[float], float],
        colours: ChartColours,
    ) -> None:
        gap = slot * 0.15 if slot > 4 else 0.0
        inner = slot - 2 * gap
        painter.setPen(Qt.PenStyle.NoPen)
        for i, point in enumerate(self.points):
            left = plot.left() + i * slot + gap
            if i < len(self.previous):
                width = inner / 2
                before = self.previous[i].count
                painter.setBrush(colours.previous())
                painter.drawRect(QRectF(left, y_of(before), width, plot.bottom() - y_of(before)))
                left += width
            else:
                width = inner if not self.previous else inner / 2
                if self.previous:
                    left += width
            painter.setBrush(colours.accent)
            painter.drawRect(
                QRectF(left, y_of(point.count), max(width, 1.0), plot.bottom() - y_of(point.count))
            )

    def _paint_lines(
        self,
        painter: QPainter,
        plot: QRectF,
        slot: float,
        y_of: Callable[[float], float],
        colours: ChartColours,
    ) -> None:
        def path(points: Sequence[Point]) -> QPainterPath:
            drawn = QPainterPath()
            for i, point in enumerate(points):
                at = QPointF(plot.left() + (i + 0.5) * slot, y_of(point.count))
                if i == 0:
                    drawn.moveTo(at)
                else:
                    drawn.lineTo(at)
            return drawn

        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.previous:
            painter.setPen(QPen(colours.previous(), 1.5, Qt.PenStyle.DashLine))
            painter.drawPath(path(self.previous[: len(self.points)]))
        current = path(self.points)
        area = QPainterPath(current)
        area.lineTo(QPointF(plot.left() + (len(self.points) - 0.5) * slot, plot.bottom()))
        area.lineTo(QPointF(plot.left() + 0.5 * slot, plot.bottom()))
        area.closeSubpath()
        fill = QColor(colours.accent)
        fill.setAlphaF(0.15)
        painter.fillPath(area, fill)
        painter.setPen(QPen(colours.accent, 2))
        painter.drawPath(current)

    def _paint_x_labels(
        self,
        painter: QPainter,
        plot: QRectF,
        slot: float,
        metrics: QFontMetricsF,
        colours: ChartColours,
    ) -> None:
        monthly = all(p.start.day == 1 or i == 0 for i, p in enumerate(self.points)) and (
            len(self.points) < 2 or (self.points[1].start - self.points[0].start).days > 7
        )
        widest = max(
            metrics.horizontalAdvance(_axis_label(p.start, monthly, True)) for p in self.points
        )
        every = max(1, math.ceil((widest + 12) / slot))
        painter.setPen(colours.muted)
        last_year: int | None = None
        y = plot.bottom() + 4
        for i in range(0, len(self.points), every):
            point = self.points[i]
            with_year = point.start.year != last_year
            last_year = point.start.year
            text = _axis_label(point.start, monthly, with_year)
            width = metrics.horizontalAdvance(text) + 2
            x = plot.left() + (i + 0.5) * slot - width / 2
            x = min(max(x, plot.left() - PAD), plot.right() + PAD - width)
            painter.drawLine(
                QPointF(plot.left() + (i + 0.5) * slot, plot.bottom()),
                QPointF(plot.left() + (i + 0.5) * slot, plot.bottom() + 3),
            )
            painter.drawText(
                QRectF(x, y, width, metrics.height()), Qt.AlignmentFlag.AlignLeft, text
            )


# -- seasonality ----------------------------------------------------------------------------------


class HeatMapChart(Chart):
    """Counts by month (columns, January first) and weekday (rows, Monday first)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.counts: list[list[int]] = []  # [month][weekday]
        self.unit: Unit = lambda n: english_plural(self.tr("%n interaction(s)", "", n), n)
        self.setMinimumHeight(200)

    def set_counts(self, counts: Sequence[Sequence[int]], unit: Unit | None = None) -> None:
        self.counts = [list(row) for row in counts]
        if unit is not None:
            self.unit = unit
        self.data_changed()

    def maximum(self) -> int:
        return max((max(row) for row in self.counts if row), default=0)

    def count(self) -> int:
        return 12 * 7 if self.counts else 0

    def sizeHint(self) -> QSize:
        return QSize(560, 260)

    def key_step(self, key: Qt.Key) -> int | None:
        # items are numbered weekday * 12 + month: left/right move a month, up/down a weekday
        return {
            Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -12, Qt.Key.Key_Down: 12,
            Qt.Key.Key_Home: -(10**6), Qt.Key.Key_End: 10**6,
        }.get(key)  # fmt: skip

    def _value(self, index: int) -> tuple[int, int, int]:
        weekday, month = divmod(index, 12)
        return month, weekday, self.counts[month][weekday]

    def item_tooltip(self, index: int) -> str:
        if not 0 <= index < self.count():
            return ""
        month, weekday, value = self._value(index)
        locale = QLocale()
        return self.tr("{weekday}s in {month}: {count}").format(
            weekday=locale.standaloneDayName(weekday + 1, QLocale.FormatType.LongFormat),
            month=locale.standaloneMonthName(month + 1, QLocale.FormatType.LongFormat),
            count=self.unit(value),
        )

    def summary(self) -> str:
        if not self.counts or not self.maximum():
            return self.empty_text
        best = max(range(84), key=lambda i: self._value(i)[2])
        return self.tr("Busiest: {cell}").format(cell=self.item_tooltip(best))

    def paint_chart(self, painter: QPainter, rect: QRectF, colours: ChartColours) -> list[QRectF]:
        if not self.counts:
            self._paint_empty(painter, rect, colours)
            return []
        metrics = QFontMetricsF(painter.font())
        line = metrics.height()
        locale = QLocale()
        days = [locale.standaloneDayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]
        months = [
            locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)
        ]
        left = max(metrics.horizontalAdvance(d) for d in days) + 8
        legend = line * 2 + 8
        area = QRectF(
            rect.left() + PAD + left,
            rect.top() + PAD + line + 4,
            rect.width() - 2 * PAD - left,
            rect.height() - 2 * PAD - line - 4 - legend,
        )
        height = min(area.height() / 7, area.width() / 12)
        width = min(area.width() / 12, height * 1.8)
        if height < 4:
            return []
        grid = QRectF(
            area.left() + (area.width() - 12 * width) / 2, area.top(), 12 * width, 7 * height
        )
        maximum = self.maximum()
        boxes: list[QRectF] = []
        widest = metrics.horizontalAdvance(locale.toString(maximum))
        show_numbers = width >= widest + 6 and height >= line + 2
        painter.setPen(colours.muted)
        for m, name in enumerate(months):
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
            box = QRectF(grid.left() + m * width, rect.top() + PAD, width, line)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, shown)
        for d, name in enumerate(days):
            box = QRectF(grid.left() - left, grid.top() + d * height, left - 6, height)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
        for index in range(84):
            month, weekday, value = self._value(index)
            box = QRectF(grid.left() + month * width, grid.top() + weekday * height, width, height)
            boxes.append(box)
            fill = colours.scale(value / maximum if maximum else 0.0)
            painter.fillRect(box.adjusted(1, 1, -1, -1), fill)
            if index in (self._hover, self.current):
                painter.setPen(QPen(colours.text, 2 if index == self.current else 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(box.adjusted(1.5, 1.5, -1.5, -1.5))
            if show_numbers and value:
                painter.setPen(_readable_on(fill))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, locale.toString(value))
        self._paint_scale(painter, grid, maximum, colours, metrics)
        return boxes

    def _paint_scale(
        self,
        painter: QPainter,
        grid: QRectF,
        maximum: int,
        colours: ChartColours,
        metrics: QFontMetricsF,
    ) -> None:
        """The legend under the grid: fewer … more, with the numbers at both ends."""
        line = metrics.height()
        width = min(grid.width() * 0.5, 260.0)
        bar = QRectF(grid.right() - width, grid.bottom() + 8, width, line * 0.8)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        for stop in range(11):
            gradient.setColorAt(stop / 10, colours.scale(stop / 10 if stop else 0.0))
        painter.fillRect(bar, QBrush(gradient))
        painter.setPen(colours.muted)
        locale = QLocale()
        under = QRectF(bar.left(), bar.bottom() + 2, bar.width(), line)
        painter.drawText(under, Qt.AlignmentFlag.AlignLeft, "0")
        painter.drawText(under, Qt.AlignmentFlag.AlignRight, locale.toString(maximum))
        words = QRectF(grid.left(), bar.top() - 2, grid.width() - width - 8, line)
        text = metrics.elidedText(
            self.tr("Interactions per cell:"), Qt.TextElideMode.ElideRight, words.width()
        )
        painter.drawText(words, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)


# -- rankings and channel mixes -------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    key: str  # what colours it (a channel): the same key, the same colour in every chart
    label: str
    value: int


@dataclass(frozen=True)
class Bar:
    label: str
    segments: tuple[Segment, ...]
    key: object = None  # what activating the bar hands on (a contact id)
    note: str = field(default="", compare=False)  # shown in the tooltip

    @property
    def total(self) -> int:
        return sum(s.value for s in self.segments)


class BarChart(Chart):
    """Horizontal bars, longest first as given; segments stacked and coloured by key (with a
    legend) when ``coloured``, else all in the accent colour.  Enter or a double-click on a bar
    emits ``activated`` with its key."""

    activated = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.bars: list[Bar] = []
        self.coloured = False
        self.legend = True
        self.shares = False
        self.keys: list[str] = []  # colour order of the segment keys
        self.unit: Unit = lambda n: english_plural(self.tr("%n interaction(s)", "", n), n)
        self.setMinimumHeight(80)

    def set_bars(
        self,
        bars: Sequence[Bar],
        *,
        coloured: bool = False,
        legend: bool = True,
        shares: bool = False,
        keys: Sequence[str] = (),
        unit: Unit | None = None,
    ) -> None:
        """``keys`` orders the segment keys' colours (the same channel, the same colour in
        every chart); ``legend`` names them above the bars when there are several; with
        ``shares`` every bar is as long as the longest and its segments are its mix (a
        channel mix), the total written after it."""
        self.bars, self.coloured, self.legend = list(bars), coloured, legend
        self.shares = shares
        self.keys = list(keys)
        for bar in self.bars:
            for segment in bar.segments:
                if segment.key not in self.keys:
                    self.keys.append(segment.key)
        if unit is not None:
            self.unit = unit
        self.data_changed()

    def count(self) -> int:
        return len(self.bars)

    def key_step(self, key: Qt.Key) -> int | None:
        return {
            Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10,
            Qt.Key.Key_PageDown: 10, Qt.Key.Key_Home: -(10**6), Qt.Key.Key_End: 10**6,
        }.get(key)  # fmt: skip

    def row_height(self) -> float:
        return max(QFontMetricsF(self.font()).height() + 8, 22.0)

    def _legend_keys(self) -> list[tuple[str, str]]:
        if not (self.coloured and self.legend):
            return []
        labels: dict[str, str] = {}
        for bar in self.bars:
            for segment in bar.segments:
                labels.setdefault(segment.key, segment.label)
        return [(k, labels[k]) for k in self.keys if k in labels]

    def image_height(self, width: float) -> float:
        """The height that shows every bar (and the legend) at ``width``."""
        legend = self._legend_height(QFontMetricsF(self.font()), width)
        return 2 * PAD + legend + max(len(self.bars), 1) * self.row_height()

    def sizeHint(self) -> QSize:
        return QSize(420, round(self.image_height(420)))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, round(min(self.image_height(420), 6 * self.row_height() + 2 * PAD)))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(self.image_height(width))

    def _legend_height(self, metrics: QFontMetricsF, width: float) -> float:
        items = self._legend_keys()
        if len(items) < 2:
            return 0.0
        line = metrics.height()
        x, rows = 0.0, 1
        for _key, label in items:
            advance = line + metrics.horizontalAdvance(label) + 16
            if x + advance > width - 2 * PAD and x > 0:
                rows, x = rows + 1, 0.0
            x += advance
        return rows * (line + 4) + 6

    def colour_of(self, key: str, colours: ChartColours) -> QColor:
        if not self.coloured:
            return colours.accent
        if not key:  # nothing to tell apart ("no channel"): grey
            return colours.muted
        named = [k for k in self.keys if k]
        return colours.category(named.index(key) if key in named else len(CATEGORY) - 1)

    def item_tooltip(self, index: int) -> str:
        if not 0 <= index < len(self.bars):
            return ""
        bar = self.bars[index]
        lines = [bar.label, self.unit(bar.total)]
        if len(bar.segments) > 1 or self.coloured:
            total = bar.total or 1
            lines += [
                f"{s.label}: {QLocale().toString(s.value)} ({round(100 * s.value / total)}%)"
                for s in bar.segments
            ]
        if bar.note:
            lines.append(bar.note)
        return "\n".join(lines)

    def summary(self) -> str:
        if not self.bars:
            return self.empty_text
        return "; ".join(f"{b.label}: {b.total}" for b in self.bars[:5])

    def paint_chart(self, painter: QPainter, rect: QRectF, colours: ChartColours) -> list[QRectF]:
        if not self.bars:
            self._paint_empty(painter, rect, colours)
            return []
        metrics = QFontMetricsF(painter.font())
        line = metrics.height()
        row = self.row_height()
        top = rect.top() + PAD + self._paint_legend(painter, rect, colours, metrics)
        locale = QLocale()
        label_width = min(
            max(metrics.horizontalAdvance(b.label) for b in self.bars) + 8, rect.width() * 0.38
        )
        value_width = max(metrics.horizontalAdvance(locale.toString(b.total)) for b in self.bars)
        left = rect.left() + PAD + label_width
        span = rect.right() - PAD - value_width - 6 - left
        largest = max(b.total for b in self.bars) or 1
        boxes = []
        for i, bar in enumerate(self.bars):
            y = top + i * row
            box = QRectF(rect.left() + PAD, y, rect.width() - 2 * PAD, row)
            boxes.append(box)
            if i in (self._hover, self.current):
                shade = 0.13 if i == self.current else 0.07
                painter.fillRect(box, _mix(colours.background, colours.text, shade))
            painter.setPen(colours.text)
            painter.drawText(
                QRectF(box.left(), y, label_width - 8, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8),
            )
            x = left
            whole = (bar.total or 1) if self.shares else largest
            for segment in bar.segments:
                width = max(span, 0) * segment.value / whole
                painter.fillRect(
                    QRectF(x, y + (row - line) / 2 + 1, width, line - 2),
                    self.colour_of(segment.key, colours),
                )
                x += width
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(x + 6, y, value_width + 4, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                locale.toString(bar.total),
            )
        return boxes

    def _paint_legend(
        self, painter: QPainter, rect: QRectF, colours: ChartColours, metrics: QFontMetricsF
    ) -> float:
        items = self._legend_keys()
        height = self._legend_height(metrics, rect.width())
        if not height:
            return 0.0
        line = metrics.height()
        x, y = rect.left() + PAD, rect.top() + PAD
        for key, label in items:
            advance = line + metrics.horizontalAdvance(label) + 16
            if x + advance > rect.right() - PAD and x > rect.left() + PAD:
                x, y = rect.left() + PAD, y + line + 4
            painter.fillRect(
                QRectF(x, y + line * 0.15, line * 0.7, line * 0.7), self.colour_of(key, colours)
            )
            painter.setPen(colours.text)
            painter.drawText(
                QRectF(x + line * 0.7 + 4, y, advance, line), Qt.AlignmentFlag.AlignLeft, label
            )
            x += advance
        return height

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and 0 <= self.current < len(
            self.bars
        ):
            self.activated.emit(self.bars[self.current].key)
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position())
        if index >= 0:
            self.activated.emit(self.bars[index].key)
            return
        super().mouseDoubleClickEvent(event)


# -- sparklines -----------------------------------------------------------------------------------


def paint_sparkline(
    painter: QPainter, rect: QRectF, counts: Sequence[int], colour: QColor, baseline: QColor
) -> None:
    """Small bars, one per count, the last one stronger; an empty bucket is a tick on the
    baseline, so a quiet year still reads as twelve months."""
    if not counts:
        return
    n = len(counts)
    slot = rect.width() / n
    gap = max(slot * 0.2, 1.0) if slot > 3 else 0.0
    largest = max(*counts, 1)
    painter.setPen(Qt.PenStyle.NoPen)
    faded = QColor(colour)
    faded.setAlphaF(0.7)
    for i, value in enumerate(counts):
        x = rect.left() + i * slot + gap / 2
        if value:
            height = max(rect.height() * value / largest, 2.0)
            painter.fillRect(
                QRectF(x, rect.bottom() - height, slot - gap, height),
                colour if i == n - 1 else faded,
            )
        else:
            painter.fillRect(QRectF(x, rect.bottom() - 1, slot - gap, 1), baseline)


def sparkline_image(
    counts: Sequence[int],
    size: QSize,
    colour: QColor,
    baseline: QColor,
    scale: float = 2.0,
) -> QImage:
    """The sparkline on a transparent image of ``size`` logical pixels (thread-safe)."""
    image = QImage(
        max(1, round(size.width() * scale)),
        max(1, round(size.height() * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_sparkline(painter, QRectF(0, 0, size.width(), size.height()), counts, colour, baseline)
    painter.end()
    return image


class Sparkline(QWidget):
    """A sparkline as a widget: the counts (oldest first) with their labels for the tooltip."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.counts: list[int] = []
        self.labels: list[str] = []

    def set_counts(self, counts: Sequence[int], labels: Sequence[str] = ()) -> None:
        self.counts, self.labels = list(counts), list(labels)
        pairs = (
            zip(self.labels, self.counts, strict=True)
            if len(self.labels) == len(self.counts)
            else (("", c) for c in self.counts)
        )
        text = ", ".join(f"{label} {count}".strip() for label, count in pairs)
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(120, 28)

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = ChartColours.of(self.palette())
        painter = QPainter(self)
        paint_sparkline(
            painter, QRectF(self.rect()).adjusted(1, 2, -1, -2), self.counts,
            colours.accent, colours.grid,
        )  # fmt: skip
        painter.end()
