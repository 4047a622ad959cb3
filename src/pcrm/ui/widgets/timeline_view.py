"""The timeline pane: one contact's interactions (under the card) or everyone's, newest first.

Filters for kind and channel sit above a list drawn by :class:`TimelineDelegate` over a
:class:`TimelineModel`, which fetches pages as the list scrolls.  Enter or a double-click asks
the window to edit an entry (``edit_requested``), Delete trashes the selected entries through
:class:`~pcrm.ui.edits.Edits` (so Ctrl+Z brings them back), and the context menu also opens
the other participants (``contact_requested``) and, on a meeting, its briefing
(``briefing_requested``).  The pane reloads itself when ``edits.changed``
names an interaction, or a contact it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors
from pcrm.clock import Clock
from pcrm.domain.kinds import InteractionKind
from pcrm.services.changes import ChangeSet
from pcrm.services.session import Services
from pcrm.services.timeline import INTERACTION, InteractionView
from pcrm.ui.edits import Edits
from pcrm.ui.models.timeline_model import (
    ID_ROLE,
    KIND_ROLE,
    PARTICIPANTS_ROLE,
    Before,
    PageFetcher,
    TimelineModel,
    channel_labels,
    kind_labels,
)
from pcrm.ui.widgets.timeline_delegate import TimelineDelegate

LOG_SHORTCUT = "Ctrl+Shift+L"  # the window's "Log an interaction"; see set_log_shortcut
MENU_PARTICIPANTS = 12  # "Open …" entries in the context menu; a big meeting lists the first


class Scope(Enum):
    NOTHING = auto()  # locked, or no contact selected
    CONTACT = auto()
    EVERYONE = auto()


@dataclass
class _Place:
    """Where the owner was in the list before a reload: put back when the rows return."""

    current_id: int | None
    below: list[int]  # the entries after the current one, to take its place if it went
    selected: list[int]
    scroll: int


class TimelineView(QWidget):
    edit_requested = Signal(int)  # interaction id
    contact_requested = Signal(int)  # contact id
    briefing_requested = Signal(int)  # a meeting's interaction id

    def __init__(
        self,
        edits: Edits,
        services: Callable[[], Services | None],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._edits = edits
        self._services = services
        self._scope = Scope.NOTHING
        self._contact_id: int | None = None
        self._log_shortcut = QKeySequence(LOG_SHORTCUT)
        self._reloading = False
        self._place: _Place | None = None

        self.model = TimelineModel(clock.zone, self)
        self.kind_filter = self._combo(self.tr("All kinds"), kind_labels())
        self.kind_filter.setAccessibleName(self.tr("Filter the timeline by kind"))
        self.channel_filter = self._combo(self.tr("All channels"), channel_labels())
        self.channel_filter.setAccessibleName(self.tr("Filter the timeline by channel"))
        self.list = QListView(self)
        self.list.setAccessibleName(self.tr("Timeline"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(TimelineDelegate(self.list))
        self.list.setUniformItemSizes(True)  # with the delegate's fixed height: no row measured
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # elided
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)  # drawn muted
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self.list)
        self._pages.addWidget(self.empty)
        self._build_layout()
        self._build_actions()
        self.setFocusProxy(self.list)

        self.kind_filter.currentIndexChanged.connect(self._filters_changed)
        self.channel_filter.currentIndexChanged.connect(self._filters_changed)
        self.list.doubleClicked.connect(self._edit_at)
        self.list.customContextMenuRequested.connect(self._show_menu)
        self.model.modelAboutToBeReset.connect(self._remember_place)
        self.model.modelReset.connect(self._restore_place)
        self.model.loaded.connect(self._update_state)
        self.model.fetch_failed.connect(self._show_error)
        edits.changed.connect(self._changed)
        self._update_state()

    def _combo(self, everything: str, labels: dict[str, str]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(everything, None)
        for value, label in labels.items():
            combo.addItem(label, str(value))
        return combo

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.setContentsMargins(6, 4, 6, 4)
        for text, combo in (
            (self.tr("Kind:"), self.kind_filter),
            (self.tr("Channel:"), self.channel_filter),
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)  # no mnemonic: Alt+letters belong to the window's menus
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(12)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self._pages, 1)

    def _build_actions(self) -> None:
        self.edit_action = QAction(self.tr("&Edit…"), self.list)
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.edit_action.triggered.connect(self._edit_current)
        self.delete_action = QAction(self.tr("&Delete"), self.list)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_selected)
        for action in (self.edit_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.list.addAction(action)

    # -- what the window uses ---------------------------------------------------------------------

    def contact_id(self) -> int | None:
        """The contact whose timeline is shown (None for the global one or nothing)."""
        return self._contact_id

    def show_contact(self, contact_id: int | None) -> None:
        """One contact's timeline; None: nobody is selected."""
        self._contact_id = contact_id
        self._scope = Scope.NOTHING if contact_id is None else Scope.CONTACT
        self._load()

    def show_all(self) -> None:
        """Everyone's interactions."""
        self._contact_id = None
        self._scope = Scope.EVERYONE
        self._load()

    def refresh(self) -> None:
        """Read the entries again, keeping the selection and the scroll position."""
        if self._scope is not Scope.NOTHING:
            self._reloading = True
            self.model.reload()

    def clear(self) -> None:
        """Empty the pane (on lock); returns once no read is left running against the store."""
        self.model.wait()
        self._contact_id = None
        self._scope = Scope.NOTHING
        self._load()
        self.empty.clear()

    def set_log_shortcut(self, shortcut: QKeySequence) -> None:
        """The shortcut the empty state names (the window's action for logging)."""
        self._log_shortcut = shortcut
        self._update_state()

    def selected_ids(self) -> list[int]:
        """The selected entries' interaction ids, top to bottom."""
        rows = sorted(i.row() for i in self.list.selectionModel().selectedRows())
        return [self.model.interaction_id(r) for r in rows]

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            self._edits.trash_interactions(ids)
        except errors.PcrmError as exc:
            self._show_error(exc)

    def context_menu(self, index: QModelIndex) -> QMenu:
        """The menu for the entry at ``index``: edit, delete, a meeting's briefing, open each
        other participant."""
        menu = QMenu(self)
        if not index.isValid():
            return menu
        interaction_id = int(index.data(ID_ROLE))
        edit = menu.addAction(self.edit_action.text())
        edit.setShortcut(self.edit_action.shortcut())
        edit.triggered.connect(lambda: self.edit_requested.emit(interaction_id))
        menu.addAction(self.delete_action)
        if index.data(KIND_ROLE) == InteractionKind.MEETING:
            briefing = menu.addAction(self.tr("&Briefing…"))
            briefing.triggered.connect(lambda: self.briefing_requested.emit(interaction_id))
        people = list(index.data(PARTICIPANTS_ROLE) or [])
        if people:
            menu.addSeparator()
        for contact_id, name in people[:MENU_PARTICIPANTS]:
            action = menu.addAction(self.tr("Open {name}").format(name=name))
            action.triggered.connect(lambda _=False, c=contact_id: self.contact_requested.emit(c))
        return menu

    # -- loading ----------------------------------------------------------------------------------

    def _filters_changed(self) -> None:
        if self._scope is not Scope.NOTHING:
            self._load()

    def _load(self) -> None:
        self._reloading = False
        self.error.hide()
        self.model.set_source(self._fetcher(), self._contact_id)
        self._update_state()

    def _fetcher(self) -> PageFetcher | None:
        if self._scope is Scope.NOTHING:
            return None
        kinds = [k for k in (self.kind_filter.currentData(),) if k]
        channels = [c for c in (self.channel_filter.currentData(),) if c]
        contact_id, services = self._contact_id, self._services

        def fetch(before: Before, limit: int) -> list[InteractionView]:
            live = services()
            if live is None:  # locked meanwhile: the window clears the pane
                return []
            if contact_id is None:
                return live.timeline.recent(
                    limit=limit, before=before, kinds=kinds, channels=channels
                )
            return live.timeline.for_contact(
                contact_id, limit=limit, before=before, kinds=kinds, channels=channels
            )

        return fetch

    def _filtered(self) -> bool:
        return bool(self.kind_filter.currentData() or self.channel_filter.currentData())

    def _update_state(self) -> None:
        empty = self.model.rowCount() == 0 and not self.model.is_loading()
        if not self.error.isHidden():
            self.empty.clear()  # the error above says why there is nothing
        elif self._scope is Scope.NOTHING:
            self.empty.setText(self.tr("No contact selected."))
        elif self._filtered():
            self.empty.setText(self.tr("No interactions match these filters."))
        else:
            shortcut = self._log_shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            self.empty.setText(
                self.tr("No interactions yet — press {shortcut} to log one.").format(
                    shortcut=shortcut
                )
            )
        self._pages.setCurrentWidget(self.empty if empty else self.list)

    def _changed(self, changes: ChangeSet) -> None:
        if self._scope is Scope.NOTHING:
            return
        parts = (changes.created, changes.updated, changes.deleted)
        if any(part.get(INTERACTION) for part in parts):
            self.refresh()
            return
        contacts = set().union(*(part.get("contact", set()) for part in parts))
        shown = self.model.participant_ids() | {self._contact_id}
        if contacts & shown:
            self.refresh()

    # -- keeping the place across a reload --------------------------------------------------------

    def _remember_place(self) -> None:
        if not self._reloading:
            return
        current = self.list.currentIndex()
        rows = range(current.row() + 1, self.model.rowCount()) if current.isValid() else ()
        self._place = _Place(
            current_id=int(current.data(ID_ROLE)) if current.isValid() else None,
            below=[self.model.interaction_id(r) for r in rows],
            selected=self.selected_ids(),
            scroll=self.list.verticalScrollBar().value(),
        )

    def _restore_place(self) -> None:
        place, self._place = self._place, None
        self._reloading = False
        if place is None or self.model.rowCount() == 0:
            return
        rows = self._rows_of(place.selected)
        current = next(iter(self._rows_of([place.current_id] if place.current_id else [])), None)
        if current is None and place.current_id is not None:
            # The current entry went (deleted): the next one takes its place, for the next
            # Delete; the last one when it was at the end.
            current = next(iter(self._rows_of(place.below)), self.model.rowCount() - 1)
            rows = rows or [current]
        selection = QItemSelection()
        for r in rows:
            selection.select(self.model.index(r), self.model.index(r))
        chooser = self.list.selectionModel()
        if current is not None:
            chooser.setCurrentIndex(
                self.model.index(current), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        chooser.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.doItemsLayout()
        self.list.verticalScrollBar().setValue(place.scroll)

    def _rows_of(self, interaction_ids: list[int]) -> list[int]:
        return [r for r in map(self.model.row_of, interaction_ids) if r is not None]

    # -- entries ----------------------------------------------------------------------------------

    def _edit_current(self) -> None:
        self._edit_at(self.list.currentIndex())

    def _edit_at(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_requested.emit(int(index.data(ID_ROLE)))

    def _show_menu(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        if index.isValid():
            menu = self.context_menu(index)
            menu.exec(self.list.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def _show_error(self, exc: errors.PcrmError) -> None:
        self.error.setText(exc.message)
        self.error.show()
