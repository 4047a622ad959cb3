"""How a task repeats, three ways that stay in step: words ("every 3 months", "third sunday of
june"), a form (frequency, interval, week days, day of the month or "the third Sunday",
month, and the end: never, after N times, or on a date), and the RRULE itself.

Editing one updates the other two; words say nothing about the end, so they keep the form's.
A rule part the form has no field for is kept (:class:`~pcrm.domain.rrule_parts.RuleParts`).
``rule()`` is the RRULE body, or None for "does not repeat".
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from pcrm.domain.recurrence import rule_from_words, validate_rrule
from pcrm.domain.rrule_parts import FREQUENCIES, WEEKDAYS, RuleParts
from pcrm.ui.dialogs.parts import error_label, show_error
from pcrm.ui.widgets.follow_ups import set_hint

_ON_START, _ON_DAY, _ON_NTH = "start", "day", "nth"
_NEVER, _AFTER, _UNTIL = "never", "count", "until"


class RuleEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts = RuleParts()
        self._syncing = False
        locale = QLocale()
        self.words = QLineEdit(self)
        self.words.setPlaceholderText(
            self.tr("every 3 months, every monday, third sunday of june…")
        )
        self.words.setAccessibleName(self.tr("Repeat, in words"))
        self.words_shown = QLabel(self)
        self.freq = QComboBox(self)
        self.freq.setAccessibleName(self.tr("Frequency"))
        self.freq.addItem(self.tr("Does not repeat"), None)
        for value, label in zip(
            FREQUENCIES,
            (self.tr("Daily"), self.tr("Weekly"), self.tr("Monthly"), self.tr("Yearly")),
            strict=True,
        ):
            self.freq.addItem(label, value)
        self.interval = QSpinBox(self)
        self.interval.setRange(1, 999)
        self.interval.setPrefix(self.tr("every "))
        self.interval.setAccessibleName(self.tr("Interval"))
        self.unit = QLabel(self)
        self.weekdays: dict[str, QCheckBox] = {}
        days_row = QHBoxLayout()
        first = locale.firstDayOfWeek().value
        for n in range(7):
            code = WEEKDAYS[(first - 1 + n) % 7]
            box = QCheckBox(
                locale.dayName(WEEKDAYS.index(code) + 1, QLocale.FormatType.ShortFormat), self
            )
            self.weekdays[code] = box
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.days_widget = QWidget(self)
        self.days_widget.setLayout(days_row)
        days_row.setContentsMargins(0, 0, 0, 0)
        self.on = QComboBox(self)
        self.on.setAccessibleName(self.tr("On"))
        self.on.addItem(self.tr("the start's day"), _ON_START)
        self.on.addItem(self.tr("day of the month"), _ON_DAY)
        self.on.addItem(self.tr("the nth week day"), _ON_NTH)
        self.month_day = QSpinBox(self)
        self.month_day.setRange(-1, 31)
        self.month_day.setSpecialValueText(self.tr("last"))
        self.month_day.setAccessibleName(self.tr("Day of the month"))
        self.nth = QComboBox(self)
        self.nth.setAccessibleName(self.tr("Which"))
        for value, label in (
            (1, self.tr("first")),
            (2, self.tr("second")),
            (3, self.tr("third")),
            (4, self.tr("fourth")),
            (-1, self.tr("last")),
        ):
            self.nth.addItem(label, value)
        self.nth_day = QComboBox(self)
        self.nth_day.setAccessibleName(self.tr("Week day"))
        for k, code in enumerate(WEEKDAYS):
            self.nth_day.addItem(locale.dayName(k + 1, QLocale.FormatType.LongFormat), code)
        self.month = QComboBox(self)
        self.month.setAccessibleName(self.tr("Month"))
        self.month.addItem(self.tr("the start's month"), None)
        for k in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(k, QLocale.FormatType.LongFormat), k)
        self.ends = QComboBox(self)
        self.ends.setAccessibleName(self.tr("Ends"))
        self.ends.addItem(self.tr("never"), _NEVER)
        self.ends.addItem(self.tr("after"), _AFTER)
        self.ends.addItem(self.tr("on"), _UNTIL)
        self.count = QSpinBox(self)
        self.count.setRange(1, 9999)
        self.count.setSuffix(self.tr(" times"))
        self.count.setAccessibleName(self.tr("Number of times"))
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setAccessibleName(self.tr("Last day"))
        self.raw = QLineEdit(self)
        self.raw.setAccessibleName(self.tr("RRULE"))
        self.raw.setPlaceholderText("FREQ=MONTHLY;INTERVAL=3")
        self.error = error_label(self)
        self._lay_out()
        self._connect()
        self._show(RuleParts(), source=None)

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        words = QHBoxLayout()
        words.addWidget(self.words, 2)
        words.addWidget(self.words_shown, 1)
        form.addRow(self.tr("In words:"), words)
        every = QHBoxLayout()
        for widget in (self.freq, self.interval, self.unit):
            every.addWidget(widget)
        every.addStretch(1)
        form.addRow(self.tr("Repeats:"), every)
        form.addRow(self.tr("On days:"), self.days_widget)
        on = QHBoxLayout()
        for widget in (self.on, self.month_day, self.nth, self.nth_day):
            on.addWidget(widget)
        on.addStretch(1)
        self._on_row = QWidget(self)
        self._on_row.setLayout(on)
        on.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("On:"), self._on_row)
        form.addRow(self.tr("In:"), self.month)
        ends = QHBoxLayout()
        for widget in (self.ends, self.count, self.until):
            ends.addWidget(widget)
        ends.addStretch(1)
        form.addRow(self.tr("Ends:"), ends)
        self._ends_row = ends
        form.addRow(self.tr("RRULE:"), self.raw)
        form.addRow("", self.error)
        self._form = form

    def _connect(self) -> None:
        self.words.textEdited.connect(self._words_edited)
        self.raw.textEdited.connect(self._raw_edited)
        for combo in (self.freq, self.on, self.nth, self.nth_day, self.month, self.ends):
            combo.currentIndexChanged.connect(self._form_edited)
        for spin in (self.interval, self.month_day, self.count):
            spin.valueChanged.connect(self._form_edited)
        self.until.dateChanged.connect(self._form_edited)
        for box in self.weekdays.values():
            box.toggled.connect(self._form_edited)

    # -- the value --------------------------------------------------------------------------------

    def rule(self) -> str | None:
        return self._parts.rule()

    def parts(self) -> RuleParts:
        return self._parts

    def set_rule(self, rule: str | None, start: date | None = None) -> None:
        """Show ``rule`` (as stored; None: does not repeat)."""
        if start is not None:
            self.until.setDate(QDate(start.year, start.month, start.day))
        self._show(RuleParts.parse(rule), source=None)

    def problem(self) -> str:
        """Why the words or the RRULE typed are not a rule ("" when they are)."""
        return "" if self.error.isHidden() else self.error.text()

    # -- the three ways in ------------------------------------------------------------------------

    def _words_edited(self, typed: str) -> None:
        if not typed.strip():
            self._show(RuleParts(), source=self.words)
            return
        try:
            parts = RuleParts.parse(rule_from_words(typed))
        except ValueError:
            set_hint(self.words_shown, self.tr("not a repeat I know"), True)
            show_error(
                self.error,
                self.tr("Try “every 3 months”, “every monday” or “third sunday of june”."),
            )
            return
        self._show(parts.ending_like(self._parts), source=self.words)

    def _raw_edited(self, typed: str) -> None:
        try:
            parts = RuleParts.parse(typed)
            if parts.rule() is not None:
                validate_rrule(parts.rule() or "", datetime(2000, 1, 1))
        except ValueError as exc:
            show_error(self.error, str(exc))
            return
        self._show(parts, source=self.raw)

    def _form_edited(self) -> None:
        if self._syncing:
            return
        freq = self.freq.currentData()
        on = self.on.currentData() if freq in ("MONTHLY", "YEARLY") else _ON_START
        ends = self.ends.currentData()
        until = self.until.date()
        parts = RuleParts(
            freq=freq,
            interval=self.interval.value(),
            weekdays=tuple(c for c in WEEKDAYS if self.weekdays[c].isChecked())
            if freq == "WEEKLY"
            else (),
            month_day=self.month_day.value() if on == _ON_DAY else None,
            nth=self.nth.currentData() if on == _ON_NTH else None,
            nth_day=self.nth_day.currentData() if on == _ON_NTH else None,
            month=self.month.currentData() if freq == "YEARLY" else None,
            count=self.count.value() if ends == _AFTER else None,
            until=date(until.year(), until.month(), until.day()) if ends == _UNTIL else None,
            extra=self._parts.extra if freq == self._parts.freq else (),
        )
        self._show(parts, source=self.freq)

    def _show(self, parts: RuleParts, source: QWidget | None) -> None:
        """Make every way show ``parts``, except the one the owner is typing in."""
        self._parts = parts
        self._syncing = True
        try:
            show_error(self.error, "")
            if source is not self.words:
                self.words.setText(parts.pattern().words() or "")
            words = parts.pattern().words()
            set_hint(
                self.words_shown,
                "" if words or parts.freq is None else self.tr("a custom rule"),
                False,
            )
            if source is not self.raw:
                self.raw.setText(parts.rule() or "")
            if source is not self.freq:
                self._fill_form(parts)
            self._show_rows(parts)
        finally:
            self._syncing = False
        self.changed.emit()

    def _fill_form(self, parts: RuleParts) -> None:
        self.freq.setCurrentIndex(max(0, self.freq.findData(parts.freq)))
        self.interval.setValue(parts.interval)
        for code, box in self.weekdays.items():
            box.setChecked(code in parts.weekdays)
        on = _ON_NTH if parts.nth is not None else _ON_DAY if parts.month_day else _ON_START
        self.on.setCurrentIndex(self.on.findData(on))
        if parts.month_day:
            self.month_day.setValue(parts.month_day)
        if parts.nth is not None:
            self.nth.setCurrentIndex(max(0, self.nth.findData(parts.nth)))
            self.nth_day.setCurrentIndex(max(0, self.nth_day.findData(parts.nth_day)))
        self.month.setCurrentIndex(max(0, self.month.findData(parts.month)))
        ends = _AFTER if parts.count else _UNTIL if parts.until else _NEVER
        self.ends.setCurrentIndex(self.ends.findData(ends))
        if parts.count:
            self.count.setValue(parts.count)
        if parts.until:
            self.until.setDate(QDate(parts.until.year, parts.until.month, parts.until.day))

    def _show_rows(self, parts: RuleParts) -> None:
        repeats = parts.freq is not None
        self.interval.setVisible(repeats)
        unit = {
            "DAILY": self.tr("day(s)"),
            "WEEKLY": self.tr("week(s)"),
            "MONTHLY": self.tr("month(s)"),
            "YEARLY": self.tr("year(s)"),
        }.get(parts.freq or "", "")
        self.unit.setText(unit)
        self._form.setRowVisible(self.days_widget, parts.freq == "WEEKLY")
        self._form.setRowVisible(self._on_row, parts.freq in ("MONTHLY", "YEARLY"))
        on = self.on.currentData()
        self.month_day.setVisible(on == _ON_DAY)
        self.nth.setVisible(on == _ON_NTH)
        self.nth_day.setVisible(on == _ON_NTH)
        self._form.setRowVisible(self.month, parts.freq == "YEARLY")
        self._form.setRowVisible(self._ends_row, repeats)
        self.count.setVisible(self.ends.currentData() == _AFTER)
        self.until.setVisible(self.ends.currentData() == _UNTIL)
