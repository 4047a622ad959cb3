"""The rows of the search panel: a section heading, then the hits of that section.

The model holds one :class:`~pcrm.services.search.SearchResults` (a few dozen hits, never the
whole store) flattened into rows.  Each hit row carries its texts and the spans of the query's
words in them, so the delegate draws the highlight without HTML or measuring text in Python.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from pcrm.domain.kinds import InteractionKind
from pcrm.domain.text import query_words, snippet
from pcrm.services.search import SearchResults
from pcrm.ui.formatting import local_date
from pcrm.ui.i18n import shared_tr as _tr

AnyIndex = QModelIndex | QPersistentModelIndex
Spans = tuple[tuple[int, int], ...]

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the Row itself, for the delegate


class RowKind(Enum):
    SECTION = "section"
    CONTACT = "contact"
    INTERACTION = "interaction"


@dataclass(frozen=True)
class Row:
    kind: RowKind
    hit_id: int
    title: str
    title_spans: Spans = ()
    snippet: str = ""
    snippet_spans: Spans = ()
    detail: str = ""  # an interaction's kind and local date


def kind_label(kind: str) -> str:
    labels = {
        InteractionKind.CALL: _tr("Call"),
        InteractionKind.MEETING: _tr("Meeting"),
        InteractionKind.MESSAGE: _tr("Message"),
        InteractionKind.NOTE: _tr("Note"),
        InteractionKind.LIFE_EVENT: _tr("Life event"),
    }
    return labels.get(kind, kind.replace("_", " "))


def _marked(text: str, words: list[str]) -> tuple[str, Spans]:
    """``text`` whole (no window), with the spans of the words the query starts."""
    shown, spans = snippet(text, words, width=max(len(text), 1))
    return shown, tuple(spans)


def rows_of(results: SearchResults, zone: tzinfo) -> list[Row]:
    words = query_words(results.query)
    rows: list[Row] = []
    if results.contacts:
        rows.append(Row(RowKind.SECTION, 0, _tr("Contacts")))
    for c in results.contacts:
        name, spans = _marked(c.display_name, words)
        rows.append(Row(RowKind.CONTACT, c.id, name, spans, c.snippet, tuple(c.spans)))
    if results.interactions:
        rows.append(Row(RowKind.SECTION, 0, _tr("Interactions")))
    for i in results.interactions:
        label = kind_label(i.kind)
        title, spans = _marked(label if i.title == i.kind else i.title, words)
        detail = f"{label} · {local_date(i.starts_at, zone)}"
        # A match in the subject makes the snippet the subject again: said once is enough.
        text, text_spans = ("", ()) if i.snippet == i.title else (i.snippet, tuple(i.spans))
        rows.append(Row(RowKind.INTERACTION, i.id, title, spans, text, text_spans, detail))
    return rows


class SearchResultsModel(QAbstractListModel):
    def __init__(self, zone: Callable[[], tzinfo], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[Row] = []

    def set_results(self, results: SearchResults | None) -> None:
        self.beginResetModel()
        self._rows = rows_of(results, self._zone()) if results is not None else []
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def hit_rows(self) -> list[int]:
        """The rows that are hits (not section headings), top to bottom."""
        return [n for n, r in enumerate(self._rows) if r.kind is not RowKind.SECTION]

    # -- QAbstractItemModel -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return Qt.ItemFlag.NoItemFlags
        if row.kind is RowKind.SECTION:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return " — ".join(t for t in (row.title, row.detail, row.snippet) if t)
        if role == ROW_ROLE:
            return row
        return None
