"""The agenda list: calendar items in time order under a heading for each day.

A flat list model: a heading row (not selectable) before the items of each day, then one row
per item with its time, its line of text and the kind's colour as decoration.  ``ITEM_ROLE``
gives the :class:`~pcrm.services.calendar.CalendarItem` of an item row (None on a heading).
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from pcrm.services.calendar import CalendarItem
from pcrm.ui.widgets.calendar_items import clock_time, colour, item_font, text, tooltip

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class AgendaModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[date | CalendarItem] = []
        self._today: date | None = None

    def set_items(self, items: list[CalendarItem], now: datetime | None, zone: tzinfo) -> None:
        self.beginResetModel()
        self._today = now.astimezone(zone).date() if now else None
        self._rows = []
        for item in items:
            if not self._rows or self._day_of(len(self._rows) - 1) != item.day:
                self._rows.append(item.day)
            self._rows.append(item)
        self.endResetModel()

    def _day_of(self, row: int) -> date:
        value = self._rows[row]
        return value if isinstance(value, date) else value.day

    def item(self, row: int) -> CalendarItem | None:
        value = self._rows[row]
        return value if isinstance(value, CalendarItem) else None

    def item_rows(self) -> list[int]:
        return [k for k, value in enumerate(self._rows) if isinstance(value, CalendarItem)]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.item(index.row()) is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()]
        if isinstance(value, CalendarItem):
            return self._item_data(value, role)
        if role == Qt.ItemDataRole.DisplayRole:
            shown = QLocale().toString(value, QLocale.FormatType.LongFormat)
            return f"{shown} — {self.tr('today')}" if value == self._today else shown
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return QLocale().toString(value, QLocale.FormatType.LongFormat)
        return None

    def _item_data(self, item: CalendarItem, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            when = clock_time(item) or self.tr("all day")
            return f"    {when:>8}   {text(item)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return colour(item)
        if role == Qt.ItemDataRole.FontRole:
            return item_font(QFont(), item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return tooltip(item).replace("\n", ", ")
        if role == ITEM_ROLE:
            return item
        return None
