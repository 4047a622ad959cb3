"""Choosing one contact by typing part of a name: completion from the search index.

The picker holds an id, not a name: typing changes the text and forgets the id until a
completion is chosen (Enter or a click in the list), so two people with the same name cannot be
confused.  Each look-up is one quick FTS query (``SearchService.contact_ids``, a LIMIT) and one
page of rows, the same work as a keystroke in the main window's search.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from pcrm import errors
from pcrm.services.search import MIN_CHARS
from pcrm.services.session import Services

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
LOOKUP_DELAY_MS = 60
LIMIT = 12


class ContactPicker(QLineEdit):
    contact_changed = Signal(object)  # the chosen id, or None once the text no longer names it
    failed = Signal(object)  # a PcrmError from the look-up

    def __init__(
        self, services: Callable[[], Services | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._id: int | None = None
        self.exclude: int | None = None  # the card being edited cannot be picked for itself
        self.setPlaceholderText(self.tr("type a name…"))
        self.setClearButtonEnabled(True)
        self._model = QStandardItemModel(self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setWidget(self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.activated[QModelIndex].connect(self._chosen)
        self._timer = QTimer(self, singleShot=True, interval=LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.look_up)
        self.textEdited.connect(self._typed)

    def contact_id(self) -> int | None:
        return self._id

    def set_contact(self, contact_id: int | None, name: str = "") -> None:
        self._id = contact_id
        self.setText(name if contact_id is not None else "")

    def is_unresolved(self) -> bool:
        """Text typed but no contact chosen for it."""
        return self._id is None and bool(self.text().strip())

    def _typed(self, _text: str) -> None:
        if self._id is not None:
            self._id = None
            self.contact_changed.emit(None)
        self._timer.start()

    def look_up(self) -> None:
        """Fill the completions for the text now (the timer calls this after typing stops)."""
        self._timer.stop()
        services = self._services()
        text = self.text().strip()
        self._model.clear()
        if services is None or len(text) < MIN_CHARS:
            self.completer_.popup().hide()
            return
        try:
            ids = [
                i for i in services.search.contact_ids(text, limit=LIMIT + 1) if i != self.exclude
            ]
            rows = services.contacts.rows(ids[:LIMIT])
        except errors.PcrmError as exc:
            self.failed.emit(exc)
            return
        for contact_id in ids[:LIMIT]:
            row = rows.get(contact_id)
            if row is None:
                continue
            hint = row.organisation or row.email
            item = QStandardItem(f"{row.display_name} — {hint}" if hint else row.display_name)
            item.setData(contact_id, ID_ROLE)
            item.setData(row.display_name, NAME_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        if self._model.rowCount():
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def _chosen(self, index: QModelIndex) -> None:
        self._id = int(index.data(ID_ROLE))
        self.setText(str(index.data(NAME_ROLE)))
        self.contact_changed.emit(self._id)
