"""The contact import preview: counts, a filter by action, and one row per record of the file.

Shown by the import dialog (:mod:`pcrm.ui.dialogs.import_dialog`) for vCard and CSV files: each
record with what importing it does (create, update, skip), the stored contact it matches, and
the reason — how it matched and what an update adds, or why it is skipped — with the reader's
notes.  The rows come from ``ContactImportService.preview``; the model holds them as plain
values (a file of ten thousand cards is ten thousand small tuples, filtered in place).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pcrm.services.contact_import import ContactOutcome, ContactPreview
from pcrm.services.ical_import import CREATED, SKIPPED, UPDATED
from pcrm.ui.i18n import english_plural
from pcrm.ui.models.list_table import ListTableModel

_Index = QModelIndex | QPersistentModelIndex


class ContactOutcomeModel(ListTableModel[ContactOutcome]):
    """Action, line, the record's name, the contact it matches, and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[ContactOutcome] = []
        self._action: str | None = None
        self._headers = [
            self.tr("Action"),
            self.tr("Line"),
            self.tr("Name"),
            self.tr("Matches"),
            self.tr("Reason"),
        ]
        self._actions = {
            CREATED: self.tr("create"),
            UPDATED: self.tr("update"),
            SKIPPED: self.tr("skip"),
        }

    def show(self, rows: list[ContactOutcome]) -> None:
        self._all = rows
        self.set_action(self._action)

    def set_action(self, action: str | None) -> None:
        """Only the rows of ``action`` (None: all)."""
        self.beginResetModel()
        self._action = action
        self._rows = [r for r in self._all if action is None or r.action == action]
        self.endResetModel()

    def outcome(self, row: int) -> ContactOutcome:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return self.reason(row).replace("; ", "\n")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return self._actions.get(row.action, row.action)
        if column == 1:
            return row.line
        if column == 2:
            return row.name
        if column == 3:
            return f"#{row.contact_id} {row.contact_name}" if row.contact_id else ""
        return self.reason(row)

    def reason(self, row: ContactOutcome) -> str:
        parts = [row.reason]
        if row.changes:
            parts.append(self.tr("adds {what}").format(what=", ".join(row.changes)))
        if row.kept:
            parts.append(self.tr("keeps your {what}").format(what=", ".join(row.kept)))
        parts += row.notes
        return "; ".join(parts)


class ContactPreviewPanel(QWidget):
    """The preview of one contact file: a summary line, the filter, the table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ContactOutcomeModel(self)
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(self.tr("Show the records to"))
        for text, action in (
            (self.tr("All records"), None),
            (self.tr("To create"), CREATED),
            (self.tr("To update"), UPDATED),
            (self.tr("Skipped"), SKIPPED),
        ):
            self.filter.addItem(text, action)
        self.filter.currentIndexChanged.connect(
            lambda _: self.model.set_action(self.filter.currentData())
        )
        shown = QLabel(self.tr("S&how:"), self)
        shown.setBuddy(self.filter)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("What importing each record would do"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, characters in ((0, 9), (1, 7), (2, 24), (3, 24)):
            header.resizeSection(column, self.fontMetrics().averageCharWidth() * characters)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(shown)
        row.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)

    def show_preview(self, preview: ContactPreview | None) -> None:
        self.model.show(preview.outcomes if preview is not None else [])

    def summary(self, preview: ContactPreview) -> str:
        counts = preview.counts()
        return ", ".join(
            (
                english_plural(self.tr("%n to create", "", counts[CREATED]), counts[CREATED]),
                english_plural(self.tr("%n to update", "", counts[UPDATED]), counts[UPDATED]),
                english_plural(self.tr("%n skipped", "", counts[SKIPPED]), counts[SKIPPED]),
            )
        )
