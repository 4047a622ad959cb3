"""The dashboard's QPainter charts and the period picker: what they show, say and paint.

No store: the charts take plain values.  Painting is checked on images (size, pixel ratio,
print colours), the words through the tooltips and accessible descriptions, and the keys
through the signals they emit.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPalette

from pcrm.ui.widgets.charts import (
    Bar,
    BarChart,
    ChartColours,
    HeatMapChart,
    Point,
    Segment,
    SeriesChart,
    Sparkline,
    bucket_text,
    nice_scale,
    print_palette,
    sparkline_image,
)
from pcrm.ui.widgets.period_picker import (
    ALL_TIME,
    CUSTOM,
    DAY,
    LAST_30,
    LAST_365,
    MONTH,
    THIS_MONTH,
    THIS_YEAR,
    WEEK,
    PeriodPicker,
    preset_range,
)

pytestmark = pytest.mark.gui
# the tooltip the arrow keys show: the offscreen platform cannot raise its window
tooltip_shown = pytest.mark.qt_log_ignore("This plugin does not support raise")

TODAY = date(2026, 11, 23)


def months(year: int, counts: list[int]) -> list[Point]:
    found = []
    for i, count in enumerate(counts):
        start = date(year + i // 12, i % 12 + 1, 1)
        end = date(year + (i + 1) // 12, (i + 1) % 12 + 1, 1)
        found.append(Point(start, end, count))
    return found


def painted(qtbot, chart) -> None:
    """Until the chart has painted (its hit boxes come from its last paint)."""
    chart.show()
    chart.update()
    qtbot.waitUntil(lambda: len(chart._boxes) == chart.count())


def test_nice_scale_rounds_up_to_round_steps() -> None:
    assert nice_scale(0) == (1, 1)
    assert nice_scale(7) == (8, 2)
    assert nice_scale(118) == (150, 50)
    top, step = nice_scale(1234)
    assert top >= 1234 and top % step == 0


def test_bucket_text_names_months_days_and_ranges() -> None:
    assert bucket_text(date(2026, 3, 1), date(2026, 4, 1)) == "March 2026"
    assert "2026" in bucket_text(date(2026, 3, 2), date(2026, 3, 3))
    week = bucket_text(date(2026, 3, 2), date(2026, 3, 9))
    assert "–" in week and "2026-03-08" in week  # the last day, not the next bucket's first


@tooltip_shown
def test_series_tooltip_accessibility_and_keys(qtbot) -> None:
    chart = SeriesChart("Interactions over time")
    qtbot.addWidget(chart)
    chart.resize(800, 260)
    chart.set_series(months(2026, [3, 0, 9]), months(2025, [1, 2, 3]))
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.accessibleName() == "Interactions over time"
    assert "12 interactions" in chart.accessibleDescription()
    assert "previous period: 6 interactions" in chart.accessibleDescription()
    painted(qtbot, chart)
    text = chart.item_tooltip(2)
    assert "March 2026" in text and "9 interactions" in text and "March 2025" in text
    middle = chart._boxes[1].center()
    assert chart.index_at(middle) == 1
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.current == 1
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.current == 2


def test_a_long_series_is_drawn_as_a_line(qtbot) -> None:
    chart = SeriesChart("Daily")
    qtbot.addWidget(chart)
    days = [
        Point(TODAY - timedelta(days=n), TODAY - timedelta(days=n - 1), n % 5) for n in range(90)
    ]
    chart.set_series(days[::-1])
    assert chart.lines()
    chart.set_series(days[:20])
    assert not chart.lines()


def test_render_image_is_high_dpi_and_in_print_colours(qtbot) -> None:
    chart = SeriesChart("Interactions")
    qtbot.addWidget(chart)
    chart.set_series(months(2026, [5, 8, 2]))
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    chart.setPalette(dark)
    image = chart.render_image(QSize(400, 200), 3.0, print_palette())
    assert (image.width(), image.height()) == (1200, 600)
    assert image.devicePixelRatio() == 3.0
    assert image.pixelColor(2, 2) == QColor("#ffffff")  # print: white, whatever the screen
    shown = chart.render_image(QSize(400, 200), 1.0)
    assert shown.pixelColor(2, 2) == QColor("#1e1e1e")  # the widget's own (dark) palette
    assert ChartColours.of(dark).dark
    assert not ChartColours.of(print_palette()).dark


def test_empty_charts_say_so(qtbot) -> None:
    chart = BarChart("Most talked to")
    qtbot.addWidget(chart)
    chart.set_bars([])
    assert chart.accessibleDescription() == chart.empty_text
    image = chart.render_image(QSize(300, 100), 1.0, print_palette())
    assert not image.isNull()


@tooltip_shown
def test_heat_map_cells_tooltips_and_keys(qtbot) -> None:
    counts = [[0] * 7 for _ in range(12)]
    counts[2][1] = 42  # Tuesdays in March
    chart = HeatMapChart("Seasonality")
    qtbot.addWidget(chart)
    chart.resize(700, 320)
    chart.set_counts(counts)
    chart.show()
    painted(qtbot, chart)
    assert chart.maximum() == 42
    assert chart.item_tooltip(1 * 12 + 2) == "Tuesdays in March: 42 interactions"
    assert "Tuesdays in March" in chart.accessibleDescription()
    box = chart._boxes[1 * 12 + 2]
    assert chart.index_at(box.center()) == 1 * 12 + 2
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Right)  # January, Mondays
    qtbot.keyClick(chart, Qt.Key.Key_Down)  # January, Tuesdays
    assert chart.current == 12


@tooltip_shown
def test_bar_chart_opens_the_bar_under_enter_or_a_double_click(qtbot) -> None:
    chart = BarChart("Most talked to")
    qtbot.addWidget(chart)
    chart.resize(500, 200)
    chart.set_bars(
        [Bar("Olena", (Segment("", "", 9),), 11), Bar("Marco", (Segment("", "", 4),), 12)]
    )
    chart.show()
    painted(qtbot, chart)
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    with qtbot.waitSignal(chart.activated) as opened:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert opened.args == [12]
    first = chart._boxes[0].center().toPoint()
    with qtbot.waitSignal(chart.activated) as opened:
        qtbot.mouseDClick(chart, Qt.MouseButton.LeftButton, pos=first)
    assert opened.args == [11]
    assert chart.index_at(QPointF(-5, -5)) == -1


def test_stacked_bars_colour_by_key_with_a_legend(qtbot) -> None:
    chart = BarChart("Channels per contact")
    qtbot.addWidget(chart)
    chart.set_bars(
        [Bar("Olena", (Segment("phone", "Phone", 6), Segment("", "No channel", 2)), 1)],
        coloured=True,
        keys=["phone", "email"],
    )
    colours = ChartColours.of(print_palette())
    assert chart.colour_of("phone", colours) == colours.category(0)
    assert chart.colour_of("", colours) == colours.muted  # "no channel" is grey
    assert "Phone: 6 (75%)" in chart.item_tooltip(0)
    assert chart.image_height(500) > chart.row_height()  # the legend takes a line


def test_sparkline_image_and_widget(qtbot) -> None:
    counts = [0, 1, 0, 3, 0, 0, 2, 0, 0, 0, 5, 1]
    image = sparkline_image(counts, QSize(120, 28), QColor("#2f62a8"), QColor("#cccccc"), 2.0)
    assert (image.width(), image.height(), image.devicePixelRatio()) == (240, 56, 2.0)
    assert image.pixelColor(0, 0).alpha() == 0  # transparent behind the bars
    assert image.pixelColor(232, 55).alpha() > 0  # the last month's bar
    widget = Sparkline("Contact frequency")
    qtbot.addWidget(widget)
    widget.set_counts(counts)
    assert widget.accessibleName() == "Contact frequency"
    assert widget.accessibleDescription().startswith("0, 1, 0, 3")


def test_period_presets_and_granularity(qtbot) -> None:
    assert preset_range(LAST_30, TODAY).start == date(2026, 10, 25)
    assert preset_range(LAST_30, TODAY).end == date(2026, 11, 24)
    assert preset_range(THIS_MONTH, TODAY).start == date(2026, 11, 1)
    assert preset_range(THIS_YEAR, TODAY).start == date(2026, 1, 1)
    assert preset_range(ALL_TIME, TODAY).start is None
    picker = PeriodPicker(TODAY)
    qtbot.addWidget(picker)
    assert picker.key() == LAST_365 and picker.granularity_key() == MONTH
    day_item = picker.granularity.model().item(0)
    assert not day_item.isEnabled()  # a year by day is a blur
    with qtbot.waitSignal(picker.changed):
        picker.preset.setCurrentIndex(picker.preset.findData(LAST_30))
    assert picker.granularity_key() == DAY and day_item.isEnabled()
    with qtbot.waitSignal(picker.changed):
        picker.set_custom(date(2026, 1, 1), date(2026, 3, 31))
    assert picker.key() == CUSTOM
    assert picker.range().start == date(2026, 1, 1)
    assert picker.range().end == date(2026, 4, 1)
    assert picker.granularity_key() == WEEK
