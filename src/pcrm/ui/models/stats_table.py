"""A dashboard table on screen: the rows of a :class:`~pcrm.ui.dialogs.dashboard_tables.Table`.

Read-only and small (at most a few dozen rows), so it holds them all.  Numbers are right-aligned
in the locale; ``CONTACT_ROLE`` gives the contact a row opens (None for other tables).
"""

from __future__ import annotations

from datetime import UTC, tzinfo
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from pcrm.ui.models.dashboard_tables import Cell, Table, cell_text
from pcrm.ui.models.list_table import ListTableModel

CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class StatsTableModel(ListTableModel[tuple[Cell, ...]]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._ids: tuple[int | None, ...] = ()
        self.zone: tzinfo = UTC

    def set_table(self, table: Table | None, zone: tzinfo) -> None:
        self.beginResetModel()
        self.zone = zone
        self._headers = list(table.headers) if table else []
        self._rows = list(table.rows) if table else []
        self._ids = table.contact_ids if table else ()
        self.endResetModel()

    def contact_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(value, self.zone)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CONTACT_ROLE:
            return self.contact_id(index.row())
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
