"""The graph window's three questions: people at an organisation, in a town, introduced by
someone; answered off the GUI thread (:class:`~pcrm.ui.worker.Latest`) into a table.

The window rings the answers in the graph (``answered``), lights the one chosen in the list
(``chosen``) and opens a card on a double click or Enter (``contact_requested``); "Only these"
(``only_these``, checkable) asks it to draw the graph of just the answers.  A refusal (no
organisation of that name, no town given, an ambiguous person) is shown in place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors
from pcrm.services.graph import PersonRow
from pcrm.services.session import Services
from pcrm.ui.dialogs.parts import error_label, show_error
from pcrm.ui.i18n import english_plural
from pcrm.ui.models.person_rows import CITY, ID_ROLE, INTRODUCED, ORGANISATION, PersonRowsModel
from pcrm.ui.widgets.contact_picker import ContactPicker
from pcrm.ui.worker import Latest


class GraphQuestions(QGroupBox):
    started = Signal()  # a question is being answered
    answered = Signal(object)  # the answers (PersonRow list); empty after a refusal too
    chosen = Signal(int)  # an answer chosen in the list
    contact_requested = Signal(int)

    def __init__(
        self,
        services: Services,
        include_archived: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Find people"), parent)
        self.services = services
        self._include_archived = include_archived
        self._asker = Latest(self._answered, self._failed, self)
        self.question = QComboBox(self)
        self.question.addItem(self.tr("People at organisation…"), ORGANISATION)
        self.question.addItem(self.tr("In city…"), CITY)
        self.question.addItem(self.tr("Introduced by…"), INTRODUCED)
        self.question.setAccessibleName(self.tr("Question"))
        self.text = QLineEdit(self)
        self.text.setClearButtonEnabled(True)
        self.text.returnPressed.connect(self.ask)
        self.person = ContactPicker(lambda: self.services, self)
        self.person.returnPressed.connect(self.ask)
        self.asked = QStackedWidget(self)
        self.asked.addWidget(self.text)
        self.asked.addWidget(self.person)
        self.question.currentIndexChanged.connect(self._question_changed)
        self.find_button = QPushButton(self.tr("&Find"), self)
        self.find_button.clicked.connect(self.ask)
        self.answers = PersonRowsModel(self)
        self.results = QTableView(self)
        self.results.setModel(self.answers)
        self.results.setAccessibleName(self.tr("People found"))
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.results.doubleClicked.connect(self._open)
        self.results.selectionModel().currentRowChanged.connect(self._chosen)
        open_card = QShortcut(QKeySequence(Qt.Key.Key_Return), self.results)
        open_card.setContext(Qt.ShortcutContext.WidgetShortcut)
        open_card.activated.connect(lambda: self._open(self.results.currentIndex()))
        self.only_these = QPushButton(self.tr("&Only these in the graph"), self)
        self.only_these.setCheckable(True)
        self.only_these.setEnabled(False)
        self.error = error_label(self)
        self.count = QLabel(self)
        line = QHBoxLayout()
        line.addWidget(self.asked, 1)
        line.addWidget(self.find_button)
        column = QVBoxLayout(self)
        column.addWidget(self.question)
        column.addLayout(line)
        column.addWidget(self.error)
        column.addWidget(self.count)
        column.addWidget(self.results, 1)
        column.addWidget(self.only_these)
        self._question_changed()

    def rows(self) -> list[PersonRow]:
        return self.answers.rows()

    def only(self) -> frozenset[int] | None:
        """The answers, when "Only these" is pressed; else None."""
        if self.only_these.isChecked() and self.answers.rowCount():
            return frozenset(r.contact_id for r in self.answers.rows())
        return None

    def busy(self) -> bool:
        return self._asker.busy()

    def wait(self) -> None:
        self._asker.wait()

    def set_kind(self, kind: str) -> None:
        self.question.setCurrentIndex(self.question.findData(kind))

    def _question_changed(self, *_args: Any) -> None:
        kind = self.question.currentData()
        self.asked.setCurrentWidget(self.person if kind == INTRODUCED else self.text)
        placeholder = {
            ORGANISATION: self.tr("an organisation's name"),
            CITY: self.tr("a town, in any script"),
        }.get(kind, "")
        self.text.setPlaceholderText(placeholder)

    def ask(self) -> None:
        """Answer the question shown, off the GUI thread."""
        kind = self.question.currentData()
        show_error(self.error, "")
        graph, archived = self.services.graph, self._include_archived()
        if kind == INTRODUCED:
            chosen, typed = self.person.contact_id(), self.person.text().strip()
            contacts = self.services.contacts

            def work() -> tuple[str, list[PersonRow]]:
                who = chosen if chosen is not None else contacts.resolve(typed)
                return kind, graph.introduced_by(who, include_archived=archived)

        else:
            text = self.text.text().strip()

            def work() -> tuple[str, list[PersonRow]]:
                if kind == ORGANISATION:
                    return kind, graph.known_at(text, include_archived=archived)
                return kind, graph.in_city(text, include_archived=archived)

        self.started.emit()
        self._asker.request(work)

    def show_outside(self, outside: int) -> None:
        """Say how many were found, and how many of them the graph does not show."""
        rows = self.answers.rowCount()
        if not rows:
            self.count.setText(self.tr("Nobody found."))
            return
        text = english_plural(self.tr("%n found", "", rows), rows)
        if outside:
            text += " " + english_plural(
                self.tr("(%n not in the graph: “Only these” shows them)", "", outside), outside
            )
        self.count.setText(text)

    def _answered(self, answer: tuple[str, list[PersonRow]]) -> None:
        kind, rows = answer
        self.answers.set_rows(rows, kind)
        self.results.resizeColumnToContents(2)
        self.only_these.setEnabled(bool(rows))
        if not rows:
            self.only_these.setChecked(False)
        self.answered.emit(rows)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, errors.PcrmError):
            raise exc  # a bug: to the crash dialog
        show_error(self.error, exc.message)
        self.answers.set_rows([], self.answers.kind)
        self.count.clear()
        self.only_these.setChecked(False)
        self.only_these.setEnabled(False)
        self.answered.emit([])

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        contact_id = current.data(ID_ROLE) if current.isValid() else None
        if contact_id is not None:
            self.chosen.emit(int(contact_id))

    def _open(self, index: QModelIndex) -> None:
        contact_id = index.data(ID_ROLE) if index.isValid() else None
        if contact_id is not None:
            self.contact_requested.emit(int(contact_id))
