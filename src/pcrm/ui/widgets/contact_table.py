"""The contact list's view: a table that never asks every row for its text, and an alphabet bar.

``QAbstractItemView.keyboardSearch`` (typing letters in a list) walks the model's rows asking for
their text, which would fetch all 100,000 rows; here typing asks the window for the position of
that prefix instead (one indexed COUNT).  The alphabet bar beside the list does the same for a
click on a letter.  Selections are read as ranges, not one index per selected row, so selecting
everyone costs nothing per row either.  Whenever the rows in view change (scrolling, resizing, a
new list) the model hears which, so it can read the rows around them ahead of time.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QElapsedTimer,
    QItemSelectionModel,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from pcrm.ui.clipboard import copy_current
from pcrm.ui.models.contact_list import ContactListModel

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЮЯ"


class ContactTable(QTableView):
    jump_requested = Signal(str)  # a typed prefix

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._since = QElapsedTimer()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAccessibleName(self.tr("Contacts"))
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row size measuring
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        columns = self.horizontalHeader()
        columns.setSectionsMovable(True)
        columns.setHighlightSections(False)
        columns.setStretchLastSection(True)
        self.verticalScrollBar().valueChanged.connect(self._shown_changed)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._shown_changed)

    def setSelectionModel(self, selection: QItemSelectionModel) -> None:
        super().setSelectionModel(selection)
        # To draw each section, QHeaderView asks whether its neighbours' columns are selected
        # (even with highlighting off), and a column is selected when every row is: a model
        # call per row, 2 s with 100,000 rows selected.  The header shows no selection, so it
        # gets a selection model of its own that stays empty.
        header = self.horizontalHeader()
        old = header.selectionModel()
        header.setSelectionModel(QItemSelectionModel(selection.model(), self))
        if old is not None and old is not selection and old.parent() is self:
            old.deleteLater()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._shown_changed()

    def _shown_changed(self) -> None:
        model = self.model()
        first = self.rowAt(0)
        if not isinstance(model, ContactListModel) or first < 0:
            return
        # Not viewport().height(): the first wrapping of the viewport makes PySide look at every
        # QWidget class (about 15 ms), which the window's first paint does without.
        last = self.rowAt(self.maximumViewportSize().height() - 1)
        model.prefetch_around(first, last if last >= 0 else model.rowCount() - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not copy_current(self, event):  # Ctrl+C: the cell, marked secret and cleared later
            super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        if not search.strip():
            return
        interval = QApplication.keyboardInputInterval()
        if not self._since.isValid() or self._since.elapsed() > interval:
            self._typed = ""
        self._since.start()
        self._typed += search
        self.jump_requested.emit(self._typed)

    def selected_rows(self) -> list[tuple[int, int]]:
        """The selected rows as (first, last) ranges, without an index per row."""
        ranges = [(r.top(), r.bottom()) for r in self.selectionModel().selection()]
        return sorted(set(ranges))

    def selected_ids(self) -> list[int]:
        model = self.model()
        assert isinstance(model, ContactListModel)
        ids = model.ids()
        chosen: list[int] = []
        for top, bottom in self.selected_rows():
            chosen.extend(ids[top : bottom + 1])
        if not chosen and self.currentIndex().isValid():
            chosen.append(ids[self.currentIndex().row()])
        return list(dict.fromkeys(chosen))


class AlphabetBar(QWidget):
    """A column of letters; clicking or dragging over one asks for a jump to it."""

    letter_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the list's own type-ahead does this by key
        self.setToolTip(self.tr("Jump to a letter"))
        self.setAccessibleName(self.tr("Alphabet"))
        self.setMouseTracking(False)
        self._last = ""

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("Ж") + 8, 200)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), 60)

    def _cell(self) -> float:
        return self.height() / len(LETTERS)

    def _letter_at(self, y: float) -> str:
        index = int(y / self._cell()) if self.height() else 0
        return LETTERS[max(0, min(len(LETTERS) - 1, index))]

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        font = painter.font()
        font.setPixelSize(max(6, min(12, int(self._cell()) - 1)))
        painter.setFont(font)
        painter.setPen(self.palette().placeholderText().color())
        cell = self._cell()
        step = 1 if cell >= 7 else 2  # too short for every letter: every other one
        for i in range(0, len(LETTERS), step):
            rect = QRect(0, int(i * cell), self.width(), int(cell * step) + 1)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, LETTERS[i])

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._choose(event.position().y())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._choose(event.position().y())

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:
        self._last = ""

    def _choose(self, y: float) -> None:
        letter = self._letter_at(y)
        if letter != self._last:
            self._last = letter
            self.letter_chosen.emit(letter)
