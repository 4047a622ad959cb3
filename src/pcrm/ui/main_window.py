"""The main window: search, the contact list and the selected contact's card.

The window owns no data: the list model holds the ordered ids of what is shown, the card pane
the HTML of one card.  ``_all_ids`` is the unfiltered list in the chosen order; a search keeps
its hits in that order (those outside it, archived contacts, follow).  Lock closes the
database, empties every view, and asks ``reopen`` (the unlock dialog) for a new session.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pcrm import __version__, errors, log
from pcrm.clock import Clock
from pcrm.services.search import MIN_CHARS
from pcrm.services.session import Services
from pcrm.ui import settings as options
from pcrm.ui.i18n import english_plural
from pcrm.ui.models.contact_list import (
    EMAIL,
    LAST_CONTACT,
    NAME,
    ORGANISATION,
    PHONE,
    ContactListModel,
)
from pcrm.ui.settings import UiSettings
from pcrm.ui.widgets.card_html import render_card
from pcrm.ui.widgets.card_view import CardView

SEARCH_LIMIT = 500
SEARCH_DELAY_MS = 80
CARD_DELAY_MS = 30  # holding an arrow key renders the card where it stops, not every one
TIMELINE_LIMIT = 50
COLUMN_WIDTHS = {NAME: 200, ORGANISATION: 170, EMAIL: 200, PHONE: 130, LAST_CONTACT: 90}

Reopen = Callable[[QWidget], Services | None]


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        clock: Clock,
        settings: UiSettings,
        reopen: Reopen,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services: Services | None = None
        self.clock = clock
        self.settings = settings
        self._reopen = reopen
        self._all_ids: list[int] = []
        self._hits: int | None = None  # matches of the active search; None when not searching
        self.setWindowTitle("pcrm")
        self._build_actions()
        self._build_views()
        self._build_menus()
        self._restore_settings()
        self._attach(services)

    # -- building ---------------------------------------------------------------------------------

    def _action(
        self, text: str, shortcut: QKeySequence | str, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work with the menu bar hidden, too
        return action

    def _build_actions(self) -> None:
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock)
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        self.refresh_action = self._action(self.tr("&Refresh"), "F5", self.refresh)
        self.find_action = self._action(self.tr("&Find"), "Ctrl+F", self.focus_search)
        self.about_action = QAction(self.tr("&About pcrm"), self)
        self.about_action.triggered.connect(self.about)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.refresh_action)
        self.menuBar().addMenu(self.tr("&Help")).addAction(self.about_action)

    def _build_views(self) -> None:
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self._card_timer = QTimer(self, singleShot=True, interval=CARD_DELAY_MS)
        self._card_timer.timeout.connect(self._show_current_card)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Search names, organisations, e-mail, phones, notes…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._focus_list)
        self.sort = QComboBox(self)
        self.sort.addItem(self.tr("Name"), "name")
        self.sort.addItem(self.tr("Last contact"), "last_contacted")
        self.sort.currentIndexChanged.connect(self._sort_changed)
        sort_label = QLabel(self.tr("S&ort by:"), self)
        sort_label.setBuddy(self.sort)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        top.addWidget(sort_label)
        top.addWidget(self.sort)

        self.model = ContactListModel(self.clock.zone, self)
        self.model.fetch_failed.connect(self._show_error)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row size measuring
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        columns = self.table.horizontalHeader()
        columns.setSectionsMovable(True)
        columns.setHighlightSections(False)
        columns.setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._card_timer.start())

        self.card = CardView(self)
        self.card.contact_requested.connect(self.show_contact)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)

    # -- settings (geometry and other non-personal state only) ------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.get(options.GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1320, 800)
        if (state := self.settings.get(options.WINDOW_STATE)) is not None:
            self.restoreState(state)
        if (split := self.settings.get(options.SPLITTER)) is None or not self.splitter.restoreState(
            split
        ):
            self.splitter.setSizes([820, 500])
        if (header := self.settings.get(options.LIST_HEADER)) is not None:
            self.table.horizontalHeader().restoreState(header)
        index = self.sort.findData(self.settings.get(options.SORT))
        self.sort.blockSignals(True)
        self.sort.setCurrentIndex(max(index, 0))
        self.sort.blockSignals(False)

    def _save_settings(self) -> None:
        self.settings.set(options.GEOMETRY, QByteArray(self.saveGeometry()))
        self.settings.set(options.WINDOW_STATE, QByteArray(self.saveState()))
        self.settings.set(options.SPLITTER, QByteArray(self.splitter.saveState()))
        self.settings.set(
            options.LIST_HEADER, QByteArray(self.table.horizontalHeader().saveState())
        )
        self.settings.set(options.SORT, self.sort_order())
        self.settings.sync()

    # -- the session ------------------------------------------------------------------------------

    def _attach(self, services: Services) -> None:
        self.services = services
        self.model.set_source(services.contacts.rows)
        self._set_unlocked_controls(True)
        self.refresh()
        self.focus_search()

    def _set_unlocked_controls(self, enabled: bool) -> None:
        """The controls that need an open store."""
        for widget in (
            self.lock_action,
            self.refresh_action,
            self.find_action,
            self.search,
            self.sort,
        ):
            widget.setEnabled(enabled)

    def _detach(self) -> None:
        """Close the database and forget everything shown from it."""
        self._search_timer.stop()
        self._card_timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.set_source(None)
        self._all_ids = []
        self._hits = None
        self.card.show_message(self.tr("pcrm is locked."))
        self.count_label.setText(self.tr("Locked"))
        self._set_unlocked_controls(False)
        if self.services is not None:
            self.services.lock()
            self.services = None

    def lock(self) -> None:
        if self.services is None:
            return
        self._detach()
        log.ui.info("locked")
        services = self._reopen(self)
        if services is None:
            self.close()
            return
        self._attach(services)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_settings()
        self._detach()
        event.accept()

    # -- the list ---------------------------------------------------------------------------------

    def sort_order(self) -> str:
        return str(self.sort.currentData())

    def refresh(self) -> None:
        """Read everything shown again: the list, the rows and the card."""
        if self.services is None:
            return
        self._all_ids = self.services.contacts.ordered_ids(self.sort_order())
        self.model.invalidate()
        self._apply_filter()

    def _sort_changed(self) -> None:
        self.settings.set(options.SORT, self.sort_order())
        self.refresh()

    def _search_changed(self) -> None:
        self._search_timer.start()

    def _apply_filter(self) -> None:
        self._search_timer.stop()
        if self.services is None:
            return
        query = self.search.text().strip()
        if len(query) >= MIN_CHARS:
            hits = self.services.search.contact_ids(query, limit=SEARCH_LIMIT)
            ids = self._in_list_order(hits)
            self._hits = len(hits)
        else:
            ids, self._hits = self._all_ids, None
        current = self._current_id()
        self.model.set_ids(ids)
        self._reselect(current)
        self._update_count()

    def _in_list_order(self, hits: list[int]) -> list[int]:
        wanted = set(hits)
        ordered = [i for i in self._all_ids if i in wanted]
        if len(ordered) < len(wanted):  # archived contacts match too: after the others
            listed = set(ordered)
            ordered += [i for i in hits if i not in listed]
        return ordered

    def _current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.contact_id(index.row()) if index.isValid() else self.card.contact_id

    def _reselect(self, contact_id: int | None) -> None:
        row = self.model.row_of(contact_id) if contact_id is not None else None
        if row is None and self._hits and self.model.rowCount():
            row = 0  # searching: the first match is shown at once
        if row is None:
            self._card_timer.stop()
            self.card.show_message(self._empty_text())
            return
        index = self.model.index(row, NAME)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._card_timer.start()

    def _empty_text(self) -> str:
        if self._hits == 0:
            return self.tr("No contact matches the search.")
        if not self._all_ids:
            return self.tr(
                "There are no contacts yet. Add one with “pcrm contact add NAME”, or "
                "try pcrm with demo data: “pcrm demo”."
            )
        return self.tr("Select a contact to see their card.")

    def _update_count(self) -> None:
        if self._hits is None:
            count = len(self._all_ids)
            self.count_label.setText(english_plural(self.tr("%n contact(s)", "", count), count))
        elif self._hits >= SEARCH_LIMIT:
            self.count_label.setText(self.tr("The first %n matches", "", self._hits))
        else:
            text = self.tr("%n match(es)", "", self._hits)
            self.count_label.setText(english_plural(text, self._hits))

    # -- keys -------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self._apply_filter()
                return True
            if key == Qt.Key.Key_Down:
                self._focus_list()
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_list(self) -> None:
        if self._search_timer.isActive():
            self._apply_filter()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, NAME))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the card ---------------------------------------------------------------------------------

    def show_contact(self, contact_id: int) -> None:
        """Select ``contact_id`` (a related contact's link); leaves a search that hides it."""
        if self.model.row_of(contact_id) is None and self._hits is not None:
            self.search.clear()
            self._apply_filter()
        row = self.model.row_of(contact_id)
        if row is not None:
            index = self.model.index(row, NAME)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        else:  # archived: not in the list, but its card can still be read
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
            self._render_card(contact_id)

    def _show_current_card(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._render_card(self.model.contact_id(index.row()))

    def _render_card(self, contact_id: int) -> None:
        if self.services is None:
            return
        try:
            card = self.services.contacts.get(contact_id)
            timeline = self.services.timeline.for_contact(contact_id, limit=TIMELINE_LIMIT)
            introducer = None
            if card.introduced_by_id is not None:
                row = self.services.contacts.rows([card.introduced_by_id]).get(
                    card.introduced_by_id
                )
                introducer = row.display_name if row else None
        except errors.NotFound:
            self.card.show_message(self.tr("This contact is no longer there; press F5 to refresh."))
            return
        except errors.PcrmError as exc:
            self._show_error(exc)
            self.card.show_message(exc.message)
            return
        html = render_card(
            card,
            timeline,
            now=self.clock.now(),
            zone=self.clock.zone(),
            introducer=introducer,
            timeline_limit=TIMELINE_LIMIT,
        )
        self.card.show_card(contact_id, html)

    # -- messages ---------------------------------------------------------------------------------

    def _show_error(self, exc: errors.PcrmError) -> None:
        self.statusBar().showMessage(exc.message, 15_000)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About pcrm"),
            self.tr(
                "<h3>pcrm {version}</h3><p>A personal contact-relationship manager: contacts, "
                "their history and your reminders in one encrypted local store.</p>"
            ).format(version=__version__),
        )
