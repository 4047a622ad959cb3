"""The answers of the graph window's queries (who at an organisation, in a town, introduced by
someone) as a table: name, what says why, and for introductions the step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from pcrm.services.graph import PersonRow
from pcrm.ui.i18n import shared_tr as _t
from pcrm.ui.models.list_table import ListTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ORGANISATION, CITY, INTRODUCED = "organisation", "city", "introduced"
QUERY_KINDS = (ORGANISATION, CITY, INTRODUCED)
FORMER = QColor("#6b6b6b")


class PersonRowsModel(ListTableModel[PersonRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = ORGANISATION
        self._headers = self._headers_for(ORGANISATION)

    @staticmethod
    def _headers_for(kind: str) -> list[str]:
        if kind == INTRODUCED:
            return [_t("Name"), _t("Introduced by"), _t("Step")]
        if kind == CITY:
            return [_t("Name"), _t("Address")]
        return [_t("Name"), _t("Title")]

    def set_rows(self, rows: list[PersonRow], kind: str) -> None:
        self.beginResetModel()
        self.kind = kind
        self._headers = self._headers_for(kind)
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[PersonRow]:
        return list(self._rows)

    def contact_id(self, row: int) -> int | None:
        return self._rows[row].contact_id if 0 <= row < len(self._rows) else None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return item.contact_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return item.name
            if column == 1:
                if self.kind == ORGANISATION and not item.current:
                    return _t("{detail} (former)").format(detail=item.detail).strip()
                return item.detail
            if column == 2:
                return str(item.depth)
        if role == Qt.ItemDataRole.ForegroundRole and not item.current:
            return FORMER
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
