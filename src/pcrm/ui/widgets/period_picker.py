"""Choosing the dashboard's period and how finely it is cut into buckets.

A preset (the last 30, 90 or 365 days, this month, this year, all time) or a custom range of
days, and a granularity: by day (for periods of up to :data:`DAY_LIMIT` days), week or month.
The picker knows no service: it answers with plain dates (:class:`Range`) for a given "today";
the dashboard turns them into the statistics service's period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

LAST_30, LAST_90, LAST_365, THIS_MONTH, THIS_YEAR, ALL_TIME, CUSTOM = (
    "last30", "last90", "last365", "month", "year", "all", "custom",
)  # fmt: skip
DAY, WEEK, MONTH = "day", "week", "month"  # the values of insight.Granularity
DAY_LIMIT = 92  # longer periods by day are a blur of bars


@dataclass(frozen=True)
class Range:
    """Local days from ``start`` (inclusive) to ``end`` (exclusive); ``start`` None: all time
    (the dashboard finds the first day with data)."""

    start: date | None
    end: date

    def days(self) -> int | None:
        return None if self.start is None else (self.end - self.start).days


def preset_range(preset: str, today: date) -> Range:
    tomorrow = today + timedelta(days=1)
    if preset in (LAST_30, LAST_90, LAST_365):
        days = {LAST_30: 30, LAST_90: 90, LAST_365: 365}[preset]
        return Range(tomorrow - timedelta(days=days), tomorrow)
    if preset == THIS_MONTH:
        return Range(today.replace(day=1), tomorrow)
    if preset == THIS_YEAR:
        return Range(date(today.year, 1, 1), tomorrow)
    return Range(None, tomorrow)


def default_granularity(days: int | None) -> str:
    if days is not None and days <= 45:
        return DAY
    if days is not None and days <= DAY_LIMIT:
        return WEEK
    return MONTH


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class PeriodPicker(QWidget):
    """The preset list, the custom range's two dates (shown for "Custom range…") and the
    granularity.  ``changed`` fires once per change the owner makes."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.preset = QComboBox(self)
        self.preset.setAccessibleName(self.tr("Period"))
        for key, text in (
            (LAST_30, self.tr("Last 30 days")),
            (LAST_90, self.tr("Last 90 days")),
            (LAST_365, self.tr("Last 365 days")),
            (THIS_MONTH, self.tr("This month")),
            (THIS_YEAR, self.tr("This year")),
            (ALL_TIME, self.tr("All time")),
            (CUSTOM, self.tr("Custom range…")),
        ):
            self.preset.addItem(text, key)
        self.first = QDateEdit(self)
        self.last = QDateEdit(self)
        for edit, name in ((self.first, self.tr("From")), (self.last, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setMaximumDate(_qdate(today + timedelta(days=366 * 5)))
        self.dash = QLabel("–", self)
        self.granularity = QComboBox(self)
        self.granularity.setAccessibleName(self.tr("Granularity"))
        for key, text in ((DAY, self.tr("By day")), (WEEK, self.tr("By week")),
                          (MONTH, self.tr("By month"))):  # fmt: skip
            self.granularity.addItem(text, key)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Period:"), self)
        label.setBuddy(self.preset)
        layout.addWidget(label)
        layout.addWidget(self.preset)
        layout.addWidget(self.first)
        layout.addWidget(self.dash)
        layout.addWidget(self.last)
        layout.addSpacing(8)
        layout.addWidget(self.granularity)

        self._quiet = False
        self.set_preset(LAST_365)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.first.dateChanged.connect(self._dates_changed)
        self.last.dateChanged.connect(self._dates_changed)
        self.granularity.currentIndexChanged.connect(self._granularity_changed)

    # -- what is chosen ---------------------------------------------------------------------------

    def key(self) -> str:
        return str(self.preset.currentData())

    def range(self) -> Range:
        if self.key() == CUSTOM:
            first, last = _pydate(self.first.date()), _pydate(self.last.date())
            first, last = min(first, last), max(first, last)
            return Range(first, last + timedelta(days=1))
        return preset_range(self.key(), self.today)

    def granularity_key(self) -> str:
        return str(self.granularity.currentData())

    # -- changing it ------------------------------------------------------------------------------

    def set_preset(self, key: str, granularity: str | None = None) -> None:
        self._quiet = True
        try:
            self.preset.setCurrentIndex(self.preset.findData(key))
            self._show_range()
            self._fit_granularity(granularity)
        finally:
            self._quiet = False

    def set_custom(self, start: date, last: date, granularity: str | None = None) -> None:
        """A custom range from ``start`` to ``last``, both included."""
        self._quiet = True
        try:
            self.preset.setCurrentIndex(self.preset.findData(CUSTOM))
            self.first.setDate(_qdate(start))
            self.last.setDate(_qdate(last))
            self._show_range()
            self._fit_granularity(granularity)
        finally:
            self._quiet = False
        self.changed.emit()

    def set_today(self, today: date) -> None:
        self.today = today

    def _show_range(self) -> None:
        custom = self.key() == CUSTOM
        if not custom:
            chosen = self.range()
            self.first.blockSignals(True)
            self.last.blockSignals(True)
            self.first.setDate(_qdate(chosen.start or chosen.end - timedelta(days=365)))
            self.last.setDate(_qdate(chosen.end - timedelta(days=1)))
            self.first.blockSignals(False)
            self.last.blockSignals(False)
        for widget in (self.first, self.dash, self.last):
            widget.setVisible(custom)

    def _fit_granularity(self, wanted: str | None) -> None:
        """Day only for short periods; a preset brings its own default."""
        days = self.range().days()
        allowed = days is not None and days <= DAY_LIMIT
        item = self.granularity.model().item(0)  # type: ignore[attr-defined]
        item.setEnabled(allowed)
        key = wanted or default_granularity(days)
        if key == DAY and not allowed:
            key = WEEK if days is not None and days <= 400 else MONTH
        self.granularity.blockSignals(True)
        self.granularity.setCurrentIndex(self.granularity.findData(key))
        self.granularity.blockSignals(False)

    def _preset_changed(self, _index: int) -> None:
        self._show_range()
        self._fit_granularity(None)
        if self.key() == CUSTOM:
            self.first.setFocus()
        if not self._quiet:
            self.changed.emit()

    def _dates_changed(self, _day: QDate) -> None:
        if self._quiet:
            return
        current = self.granularity_key()
        self._fit_granularity(current)
        self.changed.emit()

    def _granularity_changed(self, _index: int) -> None:
        if not self._quiet:
            self.changed.emit()
