"""Input pieces the card editor is built from: choices with free text, dates with an optional
year, and how a field that is wrong is shown (a red frame and a message beside it).

Every input says it changed through one ``edited`` signal (or the Qt signal it has), which the
editor turns into its dirty state.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from pcrm.domain.dates import PartialDate
from pcrm.ui.dialogs.parts import error_label, show_error
from pcrm.ui.i18n import shared_tr as _t

INVALID = "invalid"  # dynamic property the editor's style sheet draws as a red frame
STYLE = 'QLineEdit[invalid="true"], QComboBox[invalid="true"], QSpinBox[invalid="true"] ' + (
    "{ border: 1px solid #b00020; border-radius: 2px; }"
)


@dataclass(frozen=True)
class Problem:
    """Something the editor will not save: the input to focus, and what is wrong with it."""

    widget: QWidget
    message: str


def mark(widget: QWidget, bad: bool) -> None:
    if bool(widget.property(INVALID)) == bad:
        return
    widget.setProperty(INVALID, bad)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class ErrorLine:
    """The message beside a group of inputs; it marks the inputs it speaks about."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.label = error_label(parent)
        self._marked: list[QWidget] = []

    def report(self, problems: list[Problem]) -> list[Problem]:
        """Show ``problems`` (all about this line's inputs), or clear; returns them."""
        for widget in self._marked:
            mark(widget, False)
        self._marked = [p.widget for p in problems]
        for widget in self._marked:
            mark(widget, True)
        show_error(self.label, "\n".join(p.message for p in problems))
        return problems


class ChoiceCombo(QComboBox):
    """An editable combo of known keys shown translated ("mobile"), or free text."""

    def __init__(
        self,
        choices: Iterable[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        editable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setEditable(editable)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key, shown in choices:
            self.addItem(shown, key)

    def key(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        found = self.findText(text)
        if found < 0:  # typed in another case: still the known key
            lowered = text.casefold()
            found = next(
                (i for i in range(self.count()) if self.itemText(i).casefold() == lowered), -1
            )
        return str(self.itemData(found)) if found >= 0 else text

    def set_key(self, key: str | None) -> None:
        found = self.findData(key.lower()) if key else -1
        if found >= 0:
            self.setCurrentIndex(found)
        elif self.isEditable():
            self.setCurrentIndex(-1)
            self.setEditText(key or "")
        else:
            self.setCurrentIndex(0)


class DateInput(QWidget):
    """Day, month and an optional year: a year-less birthday is two choices and no typing.

    With ``year_required`` it is a whole date (an affiliation's start, a custom date field).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, year_required: bool = False) -> None:
        super().__init__(parent)
        self.year_required = year_required
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.day = QSpinBox(self)
        self.day.setRange(0, 31)
        self.day.setSpecialValueText(_t("day"))
        self.day.setAccessibleName(_t("Day"))
        self.month = QComboBox(self)
        self.month.addItem(_t("month"), 0)
        locale = QLocale()
        for number in range(1, 13):
            self.month.addItem(
                locale.standaloneMonthName(number, QLocale.FormatType.LongFormat), number
            )
        self.month.setAccessibleName(_t("Month"))
        self.year = QLineEdit(self)
        self.year.setMaxLength(4)
        self.year.setFixedWidth(self.year.fontMetrics().horizontalAdvance("00000") + 16)
        self.year.setPlaceholderText(_t("year") if year_required else _t("year?"))
        self.year.setAccessibleName(_t("Year") if year_required else _t("Year (optional)"))
        for widget in (self.day, self.month, self.year):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.day.valueChanged.connect(self.edited)
        self.month.currentIndexChanged.connect(self.edited)
        self.year.textEdited.connect(self.edited)

    def is_empty(self) -> bool:
        return not (self.day.value() or self.month.currentIndex() or self.year.text().strip())

    def value(self) -> PartialDate | None:
        """None when nothing is set; ValueError with a readable reason when it is incomplete."""
        if self.is_empty():
            return None
        year_text = self.year.text().strip()
        if not self.day.value() or not self.month.currentIndex():
            raise ValueError(_t("choose the day and the month"))
        if year_text and not (year_text.isdigit() and len(year_text) == 4):
            raise ValueError(_t("the year has four digits, or stays empty"))
        if self.year_required and not year_text:
            raise ValueError(_t("the year is needed here"))
        try:
            return PartialDate(
                month=self.month.currentIndex(),
                day=self.day.value(),
                year=int(year_text) if year_text else None,
            )
        except ValueError:
            raise ValueError(_t("this day does not exist in that month")) from None

    def date_value(self) -> date | None:
        value = self.value()
        return value.in_year(value.year) if value and value.year else None

    def set_value(self, value: PartialDate | date | None) -> None:
        if isinstance(value, date):
            value = PartialDate(month=value.month, day=value.day, year=value.year)
        self.day.setValue(value.day if value else 0)
        self.month.setCurrentIndex(value.month if value else 0)
        self.year.setText(str(value.year) if value and value.year else "")

    def first_input(self) -> QWidget:
        return self.day
