"""The main window: sidebar, contact list, card with its timeline, search, quick capture, and
the organizer's pages (today, the calendar).

The window owns no data.  The sidebar says where the list's contacts come from (a
:class:`~pcrm.services.list_sources.Source`); the list model holds their ids in an array and
fetches the visible rows; the card pane shows one card (read-only HTML, or the editor) above
its timeline.  Every change goes through :class:`~pcrm.ui.edits.Edits`, which records it for
Edit ▸ Undo and tells the views what changed; they reload off the UI thread.

Lock closes the database, empties every view and asks ``reopen`` (the unlock dialog) for a new
session; the undo history goes with the old session.  While unlocked, the notifier raises what
falls due (tray message, the in-app popup, the today page); locked, it sleeps.

Start-up comes in two steps, so that the window is on screen in about twice the time Qt needs
for an empty one.  :meth:`_build_frame` builds what the first paint shows from modules that
import neither SQLAlchemy nor the services: the sidebar's fixed entries, the list (over the
:class:`~pcrm.services.first_page.FirstPage` the app read, when it could), the card pane's empty
state, the menus and every action.  :meth:`complete` then builds the rest (search, timelines,
editor, organizer pages, notifier) and attaches the open store; the list keeps its rows.  So the
widget modules that need the services are imported where they are first used, and only
annotations name them at the top; so are the Qt classes the frame does not use, as PySide builds
each class the first time it is named.  An action triggered before :meth:`complete` waits for it
(see :meth:`_when_ready`); a new action goes in :meth:`_build_actions` with its dialog imported
in its slot.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pcrm import __version__, errors, log
from pcrm.clock import Clock, OwnerClock
from pcrm.gcpause import sweep
from pcrm.paths import shipped
from pcrm.services import list_sources as lists
from pcrm.services.list_sources import Source
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
from pcrm.ui.widgets.contact_table import AlphabetBar, ContactTable
from pcrm.ui.widgets.sidebar import CALENDAR, TIMELINE, TODAY, Sidebar
from pcrm.ui.worker import Latest, run_with_progress

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QSystemTrayIcon

    from pcrm.services.backups import Taken
    from pcrm.services.changes import ChangeSet
    from pcrm.services.first_page import FirstPage
    from pcrm.services.session import Services
    from pcrm.ui.autolock import AutoLock
    from pcrm.ui.backup_keeper import BackupKeeper
    from pcrm.ui.dialogs.export_base import ExportDialog
    from pcrm.ui.dialogs.import_dialog import ImportDialog
    from pcrm.ui.dialogs.quick_capture import QuickCapture
    from pcrm.ui.dialogs.task_dialog import TaskDialog
    from pcrm.ui.edits import Edits
    from pcrm.ui.notifier import Notifier
    from pcrm.ui.subscription import SubscriptionKeeper
    from pcrm.ui.widgets.agenda_view import CalendarPage
    from pcrm.ui.widgets.card_editor import CardEditor
    from pcrm.ui.widgets.notification_popup import NotificationPopup
    from pcrm.ui.widgets.search import SearchPanel
    from pcrm.ui.widgets.timeline_view import TimelineView
    from pcrm.ui.widgets.today_panel import TodayPanel

CARD_DELAY_MS = 30  # holding an arrow key renders the card where it stops, not every one
COLUMN_WIDTHS = {NAME: 200, ORGANISATION: 160, EMAIL: 190, PHONE: 130, LAST_CONTACT: 90}
SORTS = (lists.NAME, lists.LAST_CONTACTED, lists.NEXT_REMINDER)

Reopen = Callable[[QWidget], "Services | None"]


def _read_card(
    services: Services, contact_id: int, now: datetime, zone: tzinfo
) -> tuple[str, tuple[int, ...]]:
    """The card as HTML, with the name of whoever introduced the contact and the contact's
    statistics, and the monthly counts of its sparkline (in a worker)."""
    card = services.contacts.get(contact_id)
    introducer = None
    if card.introduced_by_id is not None:
        found = services.contacts.rows([card.introduced_by_id])
        introducer = found[card.introduced_by_id].display_name if found else None
    zone_name = str(getattr(zone, "key", None) or zone)
    stats = services.insight.card_stats(contact_id, now.astimezone(zone).date(), zone_name)
    html = render_card(card, now=now, zone=zone, introducer=introducer, stats=stats)
    return html, tuple(month.count for month in stats.months)


class MainWindow(QMainWindow):
    first_painted = Signal()  # the window is on screen (once, just after its first paint)

    # Built by complete(), which the window's own constructor calls when given the services.
    edits: Edits
    search_panel: SearchPanel
    timeline: TimelineView
    editor: CardEditor
    global_timeline: TimelineView
    today: TodayPanel
    calendar: CalendarPage
    subscription: SubscriptionKeeper
    popup: NotificationPopup
    tray: QSystemTrayIcon | None
    notifier: Notifier
    backup_keeper: BackupKeeper
    undo_action: QAction
    redo_action: QAction

    def __init__(
        self,
        services: Services | None,
        clock: Clock,
        settings: UiSettings,
        reopen: Reopen,
        parent: QWidget | None = None,
        *,
        autolock: AutoLock | None = None,
    ) -> None:
        """With ``services``, the whole window over that open store.  Without, the frame only
        (see :meth:`show_first_page`) until :meth:`complete` is given the store.  ``autolock``
        locks after the idle time the preferences give (the app passes one; without it the
        window only locks when asked)."""
        super().__init__(parent)
        self.services: Services | None = None
        self.clock = clock
        self.settings = settings
        self._reopen = reopen
        self._source = Source()
        self._pending_select: int | None = None
        self._painted = False
        self._complete = False
        self._waiting: list[Callable[[], object]] = []  # triggered before complete()
        self.capture: QuickCapture | None = None
        self.task_dialog: TaskDialog | None = None
        # non-modal windows over the store (dashboard, graph, org chart, briefings): closed on lock
        self._windows: list[QWidget] = []
        self.import_dialog: ImportDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self._ids_reader = Latest(self._ids_loaded, self._read_failed, self)
        self._card_reader = Latest(self._card_read, self._card_failed, self)
        self._card_wanted: int | None = None  # the card being read, shown when it arrives
        self.autolock: AutoLock | None = None
        self.setWindowTitle("pcrm[*]")
        self._build_frame()
        self._build_actions()
        self._build_menus()
        self._restore_settings()
        if services is not None:
            self.complete(services, autolock=autolock)

    def complete(self, services: Services, *, autolock: AutoLock | None = None) -> None:
        """Build the rest of the window and show the open store in it."""
        self.autolock = autolock
        if autolock is not None:
            autolock.idle.connect(self.auto_lock)
        self._build_rest()
        self._complete = True
        self._attach(services)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:  # the children paint in this same pass: tell once it is over
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    # -- building ---------------------------------------------------------------------------------

    def _when_ready(self, slot: Callable[[], object]) -> None:
        """Run ``slot`` now, or once the store is open and the list read, if the window is still
        starting: a shortcut pressed during the start is not lost."""
        if self._complete:
            slot()
        else:
            self._waiting.append(slot)

    def _run_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        for slot in waiting:
            slot()

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
        *,
        on: QWidget | None = None,
    ) -> QAction:
        """An action; with ``on``, its shortcut only works while that widget has the focus."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: self._when_ready(slot))
        if on is not None:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            on.addAction(action)
        else:
            self.addAction(action)  # shortcuts work with the menu bar hidden, too
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New contact"), QKeySequence.StandardKey.New, self.new_contact
        )
        self.capture_action = self._action(
            self.tr("&Log an interaction…"), "Ctrl+Shift+N", self.quick_capture
        )
        self.capture_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.drafts_action = self._action(self.tr("Restore &drafts…"), None, self.restore_drafts)
        self.task_action = self._action(self.tr("New &task or reminder…"), "Ctrl+T", self.new_task)
        self.import_action = self._action(self.tr("&Import…"), "Ctrl+I", self.import_file)
        self.export_ics_action = self._action(
            self.tr("&Export calendar…"), "Ctrl+Shift+E", self.export_calendar
        )
        self.export_contacts_action = self._action(
            self.tr("Export &contacts…"), "Ctrl+Alt+E", self.export_contacts
        )
        self.backups_action = self._action(self.tr("&Backups…"), None, self.show_backups)
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock)
        preferences = QKeySequence(QKeySequence.StandardKey.Preferences)
        self.settings_action = self._action(
            self.tr("&Settings…"),
            preferences if not preferences.isEmpty() else "Ctrl+,",
            self.edit_settings,
        )
        self.quit_action = QAction(self.tr("&Quit"), self)  # at once, even while starting
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.addAction(self.quit_action)
        self.edit_action = self._action(self.tr("&Edit contact"), "Ctrl+E", self.edit_contact)
        self._action(self.tr("Edit"), "F2", self.edit_contact, on=self.table)
        self.delete_action = self._action(
            self.tr("&Delete"), QKeySequence.StandardKey.Delete, self.delete_selected, on=self.table
        )
        self.restore_action = self._action(
            self.tr("&Restore from the trash"), "Ctrl+R", self.restore_selected, on=self.table
        )
        self.purge_action = self._action(
            self.tr("Delete for &good…"), "Shift+Del", self.purge_selected, on=self.table
        )
        self.archive_action = self._action(
            self.tr("&Archive"),
            "Ctrl+Shift+A",
            lambda: self._flag_selected("archived"),
            on=self.table,
        )
        self.favourite_action = self._action(
            self.tr("&Favourite"), "Ctrl+D", lambda: self._flag_selected("favourite"), on=self.table
        )
        self.merge_action = self._action(
            self.tr("&Merge the two selected…"), None, self.merge_selected, on=self.table
        )
        self.duplicates_action = self._action(
            self.tr("Find d&uplicates…"), "Ctrl+Shift+D", self.find_duplicates
        )
        self.add_to_group_menu = QMenu(self.tr("Add to &group"), self)
        self.add_to_group_menu.aboutToShow.connect(self._fill_group_menu)
        self.remove_from_group_action = self._action(
            self.tr("Remove from this group"), None, self.remove_from_group
        )
        self.find_action = self._action(
            self.tr("&Find"), QKeySequence.StandardKey.Find, self.focus_search
        )
        self.contacts_action = self._action(
            self.tr("&Contacts"), "Ctrl+1", lambda: self.sidebar.select(lists.ALL)
        )
        self.timeline_action = self._action(
            self.tr("&Timeline"), "Ctrl+2", lambda: self.sidebar.select(TIMELINE)
        )
        self.today_action = self._action(
            self.tr("T&oday"), "Ctrl+4", lambda: self.sidebar.select(TODAY)
        )
        self.calendar_action = self._action(
            self.tr("C&alendar"), "Ctrl+5", lambda: self.sidebar.select(CALENDAR)
        )
        self.list_action = self._action(self.tr("Go to the &list"), "Ctrl+3", self._focus_list)
        self.refresh_action = self._action(
            self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, self.refresh
        )
        self.sort_group = QActionGroup(self)
        self.sort_actions: dict[str, QAction] = {}
        for key, text in zip(
            SORTS,
            (self.tr("By &name"), self.tr("By &last contact"), self.tr("By next &reminder")),
            strict=True,
        ):
            action = QAction(text, self.sort_group, checkable=True)
            action.setData(key)
            action.triggered.connect(lambda _c=False, k=key: self.set_sort(k))
            self.sort_actions[key] = action
        self.dashboard_action = self._action(
            self.tr("&Dashboard"), "Ctrl+Shift+I", self.show_dashboard
        )
        self.graph_action = self._action(
            self.tr("Relationship &graph"), "Ctrl+Shift+G", self.show_graph
        )
        self.org_chart_action = self._action(
            self.tr("&Org chart"), "Ctrl+Shift+O", self.show_org_chart
        )
        self.briefing_action = self._action(
            self.tr("&Briefing for the selected…"), "Ctrl+Shift+B", self.show_briefing
        )
        self.about_action = self._action(self.tr("&About pcrm"), None, self.about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for item in (
            self.new_action,
            self.capture_action,
            self.task_action,
            self.drafts_action,
            None,
            self.import_action,
            self.export_ics_action,
            self.export_contacts_action,
            None,
            self.backups_action,
            self.lock_action,
            None,
            self.quit_action,
        ):
            file_menu.addSeparator() if item is None else file_menu.addAction(item)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))  # Undo and Redo come with complete()
        self.edit_menu.addAction(self.edit_action)
        self.edit_menu.addMenu(self.add_to_group_menu)
        for action in (
            self.remove_from_group_action,
            self.favourite_action,
            self.archive_action,
            None,
            self.merge_action,
            self.duplicates_action,
            None,
            self.delete_action,
            self.restore_action,
            self.purge_action,
        ):
            self.edit_menu.addSeparator() if action is None else self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings_action)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in (
            self.find_action,
            self.contacts_action,
            self.timeline_action,
            self.today_action,
            self.calendar_action,
            self.list_action,
            None,
        ):
            view_menu.addSeparator() if action is None else view_menu.addAction(action)
        sort_menu = view_menu.addMenu(self.tr("&Sort contacts"))
        for action in self.sort_actions.values():
            sort_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        self.insight_menu = bar.addMenu(self.tr("&Insight"))
        for action in (
            self.dashboard_action,
            self.graph_action,
            self.org_chart_action,
            self.briefing_action,
        ):
            self.insight_menu.addAction(action)
        bar.addMenu(self.tr("&Help")).addAction(self.about_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._list_menu)

    def _search_hint(self) -> str:
        return self.tr(
            "Search names, organisations, e-mail, phones, notes, the timeline…  (Ctrl+F)"
        )

    def _build_frame(self) -> None:
        """What the first paint shows: every widget here comes from a light module."""
        self._card_timer = QTimer(self, singleShot=True, interval=CARD_DELAY_MS)
        self._card_timer.timeout.connect(self._show_current_card)

        # Stands in for the search panel's box until complete(); what is typed moves over.
        self._early_search = QLineEdit(self)
        self._early_search.setPlaceholderText(self._search_hint())
        self._early_search.setClearButtonEnabled(True)
        self._early_search.setAccessibleName(self.tr("Search"))

        self.sidebar = Sidebar(lambda: self.services, self)
        self.sidebar.source_selected.connect(self.set_source)
        self.sidebar.page_selected.connect(
            lambda key: self._when_ready(lambda: self.show_page(key))
        )
        self.sidebar.new_group_requested.connect(lambda: self.new_group(smart=False))
        self.sidebar.new_smart_group_requested.connect(lambda: self.new_group(smart=True))
        self.sidebar.failed.connect(self._show_error)

        self.model = ContactListModel(self.clock.zone, self)
        self.model.fetch_failed.connect(self._show_error)
        self.table = ContactTable(self)
        self.table.setObjectName("contacts")
        self.table.setModel(self.model)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._card_timer.start())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.table.jump_requested.connect(
            lambda prefix: self._when_ready(lambda: self.jump_to(prefix))
        )
        self.table.doubleClicked.connect(lambda _index: self._when_ready(self.edit_contact))
        self.alphabet = AlphabetBar(self)
        self.alphabet.letter_chosen.connect(
            lambda letter: self._when_ready(lambda: self.jump_to(letter))
        )
        self.source_label = QLabel(self)
        self.source_label.setWordWrap(True)
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.source_label.hide()
        list_page = QWidget(self)
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.source_label)
        row = QHBoxLayout()
        row.setSpacing(2)
        row.addWidget(self.table, 1)
        row.addWidget(self.alphabet)
        list_layout.addLayout(row, 1)
        self.left = QStackedWidget(self)
        self.left.addWidget(list_page)

        self.card = CardView(self)
        self.card.contact_requested.connect(self.show_contact)
        self.card.related_requested.connect(self.show_related)
        self.card_split = QSplitter(Qt.Orientation.Vertical, self)
        self.card_split.addWidget(self.card)
        self.card_split.addWidget(QWidget(self))  # the timeline's place until complete()
        self.card_split.setChildrenCollapsible(False)
        self.card_stack = QStackedWidget(self)
        self.card_stack.addWidget(self.card_split)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.card_stack)
        self.splitter.setChildrenCollapsible(False)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)

        self.sidebar_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.sidebar_split.addWidget(self.sidebar)
        self.sidebar_split.addWidget(self.pages)
        self.sidebar_split.setStretchFactor(1, 1)
        self.sidebar_split.setChildrenCollapsible(False)

        central = QWidget(self)
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(8, 8, 8, 0)
        self._central_layout.addWidget(self._early_search)
        self._central_layout.addWidget(self.sidebar_split, 1)
        self.setCentralWidget(central)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self._early_search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_rest(self) -> None:
        """Everything the first paint did not need, put in its place in the frame."""
        from pcrm.ui.backup_keeper import BackupKeeper
        from pcrm.ui.edits import Edits
        from pcrm.ui.notifier import Notifier
        from pcrm.ui.subscription import SubscriptionKeeper
        from pcrm.ui.widgets.agenda_view import CalendarPage
        from pcrm.ui.widgets.card_editor import CardEditor
        from pcrm.ui.widgets.notification_popup import NotificationPopup
        from pcrm.ui.widgets.search import SearchPanel
        from pcrm.ui.widgets.timeline_view import TimelineView
        from pcrm.ui.widgets.today_panel import TodayPanel

        self.edits = Edits(
            lambda: self.services, self, lambda work, text: run_with_progress(work, text, self)
        )
        self.edits.changed.connect(self._changed)
        self.edits.failed.connect(self._show_error)
        self.undo_action = self.edits.stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.edits.stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        )
        first = self.edit_menu.actions()[0]
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
            self.edit_menu.insertAction(first, action)
        self.edit_menu.insertSeparator(first)

        self.search_panel = SearchPanel(lambda: self.services, self.clock, self)
        self.search_panel.active_changed.connect(self._search_active)
        self.search_panel.contact_activated.connect(self.show_contact)
        self.search_panel.interaction_activated.connect(lambda _iid, cid: self.show_contact(cid))
        self.search_panel.box.dismissed.connect(self._focus_list)
        self.search_panel.box.setPlaceholderText(self._search_hint())
        self.left.addWidget(self.search_panel)
        early, box = self._early_search, self.search_panel.box
        self._central_layout.replaceWidget(early, box)
        box.setText(early.text())
        box.setCursorPosition(early.cursorPosition())
        if self.focusWidget() is early:
            box.setFocus(Qt.FocusReason.OtherFocusReason)
        early.deleteLater()

        self.timeline = TimelineView(self.edits, lambda: self.services, self.clock, self)
        self.timeline.edit_requested.connect(self.edit_interaction)
        self.timeline.contact_requested.connect(self.show_contact)
        self.timeline.briefing_requested.connect(self.meeting_briefing)
        self.timeline.set_log_shortcut(self.capture_action.shortcut())
        self.card_split.replaceWidget(1, self.timeline).deleteLater()
        self.editor = CardEditor(self.edits, lambda: self.services, self.clock, self)
        self.editor.saved.connect(self._editor_saved)
        self.editor.closed.connect(self._editor_closed)
        self.editor.related_requested.connect(self.show_related)
        self.editor.dirty_changed.connect(self.setWindowModified)
        self.card_stack.addWidget(self.editor)

        self.global_timeline = TimelineView(self.edits, lambda: self.services, self.clock, self)
        self.global_timeline.edit_requested.connect(self.edit_interaction)
        self.global_timeline.contact_requested.connect(self._open_from_timeline)
        self.global_timeline.briefing_requested.connect(self.meeting_briefing)
        self.today = TodayPanel(lambda: self.services, self.edits, self.clock, self)
        self.today.open_contact.connect(self._open_from_timeline)
        self.today.failed.connect(self._show_error)
        self.pages.addWidget(self.global_timeline)
        self.pages.addWidget(self.today)
        self.calendar = CalendarPage(self.edits, lambda: self.services, self.clock, self)
        self.calendar.contact_requested.connect(self._open_from_timeline)
        self.pages.addWidget(self.calendar)
        self.subscription = SubscriptionKeeper(lambda: self.services, self)
        self.edits.changed.connect(self.subscription.changed)
        self.subscription.failed.connect(self._show_error)
        self.backup_keeper = BackupKeeper(lambda: self.services, self)
        self.backup_keeper.failed.connect(self._show_error)
        self.backup_keeper.taken.connect(self._backed_up)
        self.edits.changed.connect(self.backup_keeper.changed)
        self.popup = NotificationPopup(self.pages)
        self.popup.show_today.connect(lambda: self.sidebar.select(TODAY))
        self.tray = self._make_tray()
        self.notifier = Notifier(
            lambda: self.services,
            self.clock,
            edits=self.edits,
            screen=self.autolock.screen if self.autolock is not None else None,
            tray=self.tray,
            parent=self,
        )
        self.notifier.raised.connect(self.today.add_raised)
        self.notifier.raised.connect(self.popup.show_items)
        self.notifier.digest.connect(self.today.add_raised)
        self.notifier.digest.connect(lambda items: self.popup.show_items(items, missed=True))
        self.notifier.failed.connect(self._show_error)

    def show_first_page(self, page: FirstPage) -> None:
        """Before :meth:`complete`: the rows the app read before the store was open, the list
        as it will be."""
        if isinstance(self.clock, OwnerClock):
            self.clock.follow(page)  # the owner's zone, until the preferences are read
        self.model.show_first_page(page.ids, page.fetch)
        self._update_count()
        self.card.show_message(self._empty_card_text())

    # -- settings (geometry and other non-personal state only) ------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.get(options.GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1400, 840)
        if (state := self.settings.get(options.WINDOW_STATE)) is not None:
            self.restoreState(state)
        for option, splitter, sizes in (
            (options.SIDEBAR_SPLITTER, self.sidebar_split, [210, 1190]),
            (options.SPLITTER, self.splitter, [700, 490]),
            (options.CARD_SPLITTER, self.card_split, [430, 330]),
        ):
            saved = self.settings.get(option)
            if saved is None or not splitter.restoreState(saved):
                splitter.setSizes(sizes)
        if (header := self.settings.get(options.LIST_HEADER)) is not None:
            self.table.horizontalHeader().restoreState(header)
        self.sort_actions[self.settings.get(options.SORT)].setChecked(True)

    def _save_settings(self) -> None:
        self.settings.set(options.GEOMETRY, QByteArray(self.saveGeometry()))
        self.settings.set(options.WINDOW_STATE, QByteArray(self.saveState()))
        self.settings.set(options.SIDEBAR_SPLITTER, QByteArray(self.sidebar_split.saveState()))
        self.settings.set(options.SPLITTER, QByteArray(self.splitter.saveState()))
        self.settings.set(options.CARD_SPLITTER, QByteArray(self.card_split.saveState()))
        self.settings.set(
            options.LIST_HEADER, QByteArray(self.table.horizontalHeader().saveState())
        )
        self.settings.set(options.SORT, self.sort_order())
        self.settings.sync()

    # -- the session ------------------------------------------------------------------------------

    def _attach(self, services: Services) -> None:
        from pcrm.ui.dialogs.quick_capture import QuickCapture

        starting = self.model.shows_first_page()  # keep what the owner sees and chose meanwhile
        self.services = services
        self.model.set_source(services.contacts.rows, keep_ids=starting)
        self.capture = QuickCapture(self.edits, services, self.clock, self)
        self.capture.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        if isinstance(self.clock, OwnerClock):
            self.clock.follow(services.preferences)
        self._configure_autolock()
        self._set_unlocked_controls(True)
        if not starting:
            self.sidebar.select(lists.ALL)
            self._source = Source()
            self.card.show_message(self.tr("Select a contact to see their card."))
            self.focus_search()
        self.sidebar.reload()
        self._load_ids()
        self.timeline.show_contact(None)
        QTimer.singleShot(0, self.restore_drafts_quietly)
        self._start_organizer(services)

    def _start_organizer(self, services: Services) -> None:
        """Reminders: follow the laptop's zone for floating ones, then raise what is due (what
        fell due while pcrm was closed comes as a digest) and sleep until the next one."""
        try:
            services.organizer.follow_zone()
        except errors.PcrmError as exc:
            self._show_error(exc)
        self.notifier.start()
        self.subscription.refresh_now()  # the owner may have changed data from the command line
        self.backup_keeper.start()  # the daily backup, when one is due

    def _set_unlocked_controls(self, enabled: bool) -> None:
        """The controls that need an open store."""
        for widget in (
            self.new_action,
            self.capture_action,
            self.drafts_action,
            self.lock_action,
            self.edit_action,
            self.find_action,
            self.refresh_action,
            self.search_panel,
            self.sidebar,
            self.table,
            self.alphabet,
            self.add_to_group_menu,
            self.timeline,
            self.global_timeline,
            self.today,
            self.calendar,
            self.task_action,
            self.import_action,
            self.export_ics_action,
            self.export_contacts_action,
            self.backups_action,
            self.duplicates_action,
            self.insight_menu,
        ):
            widget.setEnabled(enabled)
        self._update_actions()

    def _detach(self) -> None:
        """Close the database and forget everything shown from it."""
        self._card_timer.stop()
        self.backup_keeper.stop()
        self.notifier.stop()
        self.today.clear()
        self.calendar.clear()
        self.popup.hide()
        self.subscription.wait()
        for dialog in (self.task_dialog, self.import_dialog, self.export_dialog):
            if dialog is not None:  # closed without asking: the store is going away
                dialog.done(dialog.DialogCode.Rejected)
        self.task_dialog = self.import_dialog = self.export_dialog = None
        self._close_windows()
        if self.capture is not None:
            self.capture.close()  # writes its draft into the store first
            self.capture.deleteLater()
            self.capture = None
        self.card_stack.setCurrentIndex(0)
        self.search_panel.clear()
        self.timeline.clear()
        self.global_timeline.clear()
        self.sidebar.clear_sources()
        self._ids_reader.wait()
        self._card_reader.wait()
        self.model.set_source(None)
        self.edits.clear()
        self.card.show_message(self.tr("pcrm is locked."))
        self.source_label.clear()
        self.count_label.setText(self.tr("Locked"))
        self.setWindowModified(False)
        if self.autolock is not None:
            self.autolock.stop()
        if isinstance(self.clock, OwnerClock):
            self.clock.follow(None)
        if self.services is not None:
            self.services.lock()
            self.services = None
        self._set_unlocked_controls(False)

    def _leave_editor(self) -> bool:
        """Before the card pane shows something else: an unsaved card is saved, discarded or
        kept (the owner decides; False means stay)."""
        if self.card_stack.currentWidget() is not self.editor:
            return True
        return self.editor.cancel()

    def lock(self) -> None:
        if self.services is None or not self._leave_editor():
            return
        self.lock_now()

    def auto_lock(self) -> None:
        """Idle for the chosen time (or the screen locked): lock without asking, since nobody
        is there to answer.  A card being edited is saved when the editor accepts it; one it
        refuses (an invalid field) is lost with the lock, and the log says so."""
        if self.services is None:
            return
        editing = self.card_stack.currentWidget() is self.editor and self.editor.is_dirty()
        if editing and not self.editor.save():
            log.ui.warning("auto-lock: an edited card could not be saved and was discarded")
        self.card_stack.setCurrentIndex(0)
        self.lock_now()

    def lock_now(self) -> None:
        self._detach()
        log.ui.info("locked")
        sweep()  # nobody is waiting: collect what the views held, frozen imports included
        services = self._reopen(self)
        if services is None:
            self.close()
            return
        self._attach(services)

    def _configure_autolock(self) -> None:
        from pcrm.services.preferences import IDLE_MINUTES, LOCK_WITH_SCREEN

        if self.autolock is None or self.services is None:
            return
        try:
            prefs = self.services.preferences
            self.autolock.set_minutes(int(prefs.get(IDLE_MINUTES.key) or 0))
            self.autolock.set_with_screen(bool(prefs.get(LOCK_WITH_SCREEN.key)))
        except errors.PcrmError as exc:
            self._show_error(exc)
        self.autolock.start()

    def show_backups(self) -> None:
        from pcrm.ui.dialogs.backups_dialog import BackupsDialog

        if self.services is None:
            return
        dialog = BackupsDialog(self.services, self.edits, self)
        dialog.restore_requested.connect(self._restore_backup)
        dialog.exec()

    def _restore_backup(self, source: Path) -> None:
        """Replace the store with a verified backup the owner chose; then show what it holds."""
        services = self.services
        if services is None or not self._leave_editor():
            return
        self._detach()
        refused: errors.PcrmError | None = None
        try:
            run_with_progress(lambda: services.restore(source), self.tr("Restoring…"), self)
        except errors.PcrmError as exc:
            refused = exc  # the store is as it was (or reopened as restored, if that failed)
        if services.db.closed:
            self.lock_now()  # the reopen failed: the unlock dialog and its recovery screen
            return
        self._attach(services)
        if refused is not None:
            self._show_error(refused)
        else:
            self.statusBar().showMessage(self.tr("Restored from {name}.").format(name=source.name))

    def _backed_up(self, taken: Taken) -> None:
        self.statusBar().showMessage(
            self.tr("Backed up to {name}.").format(name=taken.info.path.name), 10_000
        )

    def edit_settings(self) -> None:
        from pcrm.ui.dialogs.settings_dialog import SettingsDialog

        if self.services is not None:
            SettingsDialog.ask(self.services, self.edits, self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.services is not None and not self._leave_editor():
            event.ignore()
            return
        self._save_settings()
        if self._complete:  # closed while starting: the app closes the store it was opening
            self._detach()
        event.accept()

    # -- the list ---------------------------------------------------------------------------------

    def sort_order(self) -> str:
        checked = self.sort_group.checkedAction()
        return str(checked.data()) if checked is not None else lists.NAME

    def set_sort(self, order: str) -> None:
        self.sort_actions[order].setChecked(True)
        self.settings.set(options.SORT, order)
        self._load_ids()

    def set_source(self, source: Source) -> None:
        self._source = source
        self.pages.setCurrentWidget(self.splitter)
        self._load_ids()
        self._update_actions()

    def show_related(self, contact_id: int) -> None:
        """List everyone related to ``contact_id``, keeping their card in view."""
        if self.services is None:
            return
        found = self.services.contacts.rows([contact_id])
        name = found[contact_id].display_name if contact_id in found else None
        self.sidebar.clearSelection()
        self.set_source(Source(lists.RELATED, contact_id, title=name))

    def refresh(self) -> None:
        """Read everything shown again: the list, the rows, the sidebar, the card."""
        if self.services is None:
            return
        self.model.invalidate()
        self.sidebar.reload()
        self._load_ids()
        self.search_panel.refresh()
        self._show_current_card()

    def is_loading(self) -> bool:
        return (
            self._ids_reader.busy()
            or self._card_reader.busy()
            or self.sidebar.is_loading()
            or self.model.is_loading()
        )

    def _load_ids(self) -> None:
        services = self.services
        if services is None:
            return
        source, order = self._source, self.sort_order()
        self._ids_reader.request(lambda: (source, services.lists.ids(source, order)))

    def _ids_loaded(self, answer: tuple[Source, Sequence[int]]) -> None:
        source, ids = answer
        if self.services is None or source != self._source:
            return
        current = self._pending_select or self._current_id()
        self._pending_select = None
        if not self.model.set_ids(ids):
            self._reselect(current)
        elif self.table.currentIndex().isValid():  # the start's first rows, chosen meanwhile
            self._card_timer.start()
        self._update_count()
        self._update_source_label()
        self._run_waiting()

    def _read_failed(self, exc: BaseException) -> None:
        self._run_waiting()
        if not isinstance(exc, errors.PcrmError):
            raise exc
        self._show_error(exc)

    def _current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.contact_id(index.row()) if index.isValid() else self._shown_id()

    def _reselect(self, contact_id: int | None) -> None:
        row = self.model.row_of(contact_id) if contact_id is not None else None
        if row is None:
            self.table.setCurrentIndex(QModelIndex())
            keep = self._source.kind == lists.RELATED and contact_id == self._source.id
            if self.card_stack.currentWidget() is not self.editor and not keep:
                self._show_empty_card()
            return
        index = self.model.index(row, NAME)
        self.table.selectionModel().setCurrentIndex(
            index,
            self.table.selectionModel().SelectionFlag.ClearAndSelect
            | self.table.selectionModel().SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self._card_timer.start()

    def _empty_card_text(self) -> str:
        if self.model.rowCount():
            return self.tr("Select a contact to see their card.")
        if self._source.kind == lists.ALL:
            return self.tr(
                "There are no contacts yet. Add one with Ctrl+N, or try pcrm with demo "
                "data: “pcrm demo”."
            )
        return self.tr("Nobody here.")

    def _show_empty_card(self) -> None:
        self.card.show_message(self._empty_card_text())
        self.timeline.show_contact(None)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(english_plural(self.tr("%n contact(s)", "", count), count))

    def _update_source_label(self) -> None:
        kind = self._source.kind
        texts = {
            lists.TRASH: self.tr(
                "Deleted contacts. Restore them with Ctrl+R; Shift+Del deletes for good."
            ),
            lists.ARCHIVED: self.tr("Archived contacts are kept but left out of the other lists."),
            lists.RECENT: self.tr("The contacts changed most recently."),
        }
        text = texts.get(kind, "")
        if kind == lists.SMART:
            text = self.tr("Saved search: {query}").format(query=self._source.query)
        elif kind == lists.RELATED:
            text = self.tr("People related to {name}").format(name=self._source.title or "")
        self.source_label.setText(text)
        self.source_label.setVisible(bool(text))

    def jump_to(self, prefix: str) -> None:
        """Go to the first contact whose name (family name first) starts at ``prefix``."""
        if self.services is None or not self.model.rowCount():
            return
        if self.sort_order() != lists.NAME or self._source.kind in (lists.RECENT, lists.SMART):
            self.statusBar().showMessage(
                self.tr("Jumping to a letter needs the list sorted by name."), 5_000
            )
            return
        try:
            row = self.services.lists.position(self._source, prefix)
        except errors.PcrmError as exc:
            self._show_error(exc)
            return
        row = min(row, self.model.rowCount() - 1)
        index = self.model.index(row, NAME)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    # -- search -----------------------------------------------------------------------------------

    def _search_active(self, active: bool) -> None:
        self.left.setCurrentWidget(self.search_panel if active else self.left.widget(0))
        if active:
            self.pages.setCurrentWidget(self.splitter)

    def focus_search(self) -> None:
        self.search_panel.focus_box()

    def _focus_list(self) -> None:
        self.left.setCurrentIndex(0)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, NAME))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the card ---------------------------------------------------------------------------------

    def show_contact(self, contact_id: int) -> None:
        """Show ``contact_id``'s card; select it in the list when the list holds it."""
        if not self._leave_editor():
            return
        self.card_stack.setCurrentIndex(0)
        self.pages.setCurrentWidget(self.splitter)
        row = self.model.row_of(contact_id)
        if row is not None:
            index = self.model.index(row, NAME)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            self._show_current_card()
        else:  # not in this list (archived, another group): its card can still be read
            self.table.selectionModel().clearCurrentIndex()
            self._render_card(contact_id)

    def _open_from_timeline(self, contact_id: int) -> None:
        if self._source.kind != lists.ALL:
            self.sidebar.select(lists.ALL)
            self._pending_select = contact_id
        self.pages.setCurrentWidget(self.splitter)
        self.show_contact(contact_id)

    def _show_current_card(self) -> None:
        if not self._complete or self.card_stack.currentWidget() is self.editor:
            return
        index = self.table.currentIndex()
        if index.isValid():
            self._render_card(self.model.contact_id(index.row()))
        elif (shown := self._shown_id()) is not None:
            self._render_card(shown)

    def _render_card(self, contact_id: int) -> None:
        """Read and render the card off the GUI thread (a busy card takes tens of ms); the
        newest request wins, so holding an arrow key shows where it stops."""
        services = self.services
        if services is None:
            return
        now, zone = self.clock.now(), self.clock.zone()
        self._card_wanted = contact_id
        self._card_reader.request(lambda: (contact_id, _read_card(services, contact_id, now, zone)))

    def _shown_id(self) -> int | None:
        """The contact whose card is shown, or on its way."""
        return self._card_wanted if self._card_reader.busy() else self.card.contact_id

    def _card_read(self, answer: tuple[int, tuple[str, tuple[int, ...]]]) -> None:
        contact_id, (html, months) = answer
        if self.services is None:
            return
        self.card.show_card(contact_id, html, months)
        if self.timeline.contact_id() != contact_id:
            self.timeline.show_contact(contact_id)

    def _card_failed(self, exc: BaseException) -> None:
        if isinstance(exc, errors.NotFound):
            self.card.show_message(self.tr("This contact is no longer there; press F5 to refresh."))
            self.timeline.show_contact(None)
        elif isinstance(exc, errors.PcrmError):
            self._show_error(exc)
            self.card.show_message(exc.message)
        else:
            raise exc

    def new_contact(self) -> None:
        if self.services is None or not self._leave_editor():
            return
        self.pages.setCurrentWidget(self.splitter)
        self.editor.new()
        self.card_stack.setCurrentWidget(self.editor)

    def edit_contact(self) -> None:
        contact_id = self._current_id()
        if self.services is None or contact_id is None or not self._leave_editor():
            return
        try:
            self.editor.edit(contact_id)
        except errors.PcrmError as exc:
            self._show_error(exc)
            return
        self.card_stack.setCurrentWidget(self.editor)

    def _editor_saved(self, contact_id: int) -> None:
        self._pending_select = contact_id
        self.card.contact_id = contact_id

    def _editor_closed(self) -> None:
        self.card_stack.setCurrentIndex(0)
        self.setWindowModified(False)
        self._show_current_card()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the timeline -----------------------------------------------------------------------------

    def show_page(self, key: str) -> None:
        """One of the sidebar's pages (``sidebar.PAGES``)."""
        if key == TIMELINE:
            self.pages.setCurrentWidget(self.global_timeline)
            self.global_timeline.show_all()
        elif key == TODAY:
            self.pages.setCurrentWidget(self.today)
            self.today.reload()
            self.today.setFocus()
        elif key == CALENDAR:
            self.pages.setCurrentWidget(self.calendar)
            self.calendar.reload()
            self.calendar.setFocus()
        self._update_actions()

    def _make_tray(self) -> QSystemTrayIcon | None:
        """The tray icon, where the desktop has a tray: notifications, Show and Quit."""
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        tray = QSystemTrayIcon(QIcon(str(shipped("resources") / "icons" / "pcrm.svg")), self)
        tray.setToolTip("pcrm")
        menu = QMenu(self)
        menu.addAction(self.tr("Show pcrm"), self._bring_forward)
        menu.addAction(
            self.tr("Today"), lambda: (self._bring_forward(), self.sidebar.select(TODAY))
        )
        menu.addSeparator()
        menu.addAction(self.tr("Quit"), self.close)
        tray.setContextMenu(menu)
        tray.activated.connect(lambda _reason: self._bring_forward())
        tray.messageClicked.connect(lambda: (self._bring_forward(), self.sidebar.select(TODAY)))
        tray.show()
        return tray

    def _bring_forward(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _show_today_forward(self) -> None:
        self._bring_forward()
        self.sidebar.select(TODAY)

    def quick_capture(self) -> None:
        if self.capture is None:
            return
        shown = self._shown_id() if self.pages.currentWidget() is self.splitter else None
        self.capture.open_for([shown] if shown is not None else [])

    def new_task(self) -> None:
        """A task or reminder, linked to the contact whose card is shown."""
        from pcrm.ui.dialogs.task_dialog import TaskDialog

        if self.services is None:
            return
        linked = []
        shown = self._shown_id() if self.pages.currentWidget() is self.splitter else None
        if shown is not None:
            found = self.services.contacts.rows([shown])
            linked = [(shown, found[shown].display_name)] if shown in found else []
        self.task_dialog = TaskDialog(
            self.edits, self.services, self.clock, parent=self, contacts=linked
        )
        self.task_dialog.open()

    def import_file(self) -> None:
        """Import a file (iCalendar meetings into the timeline): choose it, preview, import."""
        if self.services is None:
            return
        from pcrm.ui.dialogs.import_dialog import ImportDialog

        self.import_dialog = ImportDialog(self.edits, self.services, self)
        self.import_dialog.imported.connect(
            lambda _changes: self.statusBar().showMessage(
                self.tr("Imported. Edit ▸ Undo takes the whole import back."), 10_000
            )
        )
        self.import_dialog.open()
        self.import_dialog.choose_file()

    def open_files(self, paths: Sequence[Path]) -> None:
        """Files given at start or by a second launch (``pcrm contacts.vcf``, the desktop's
        "Open with"): the window comes forward and, once the store is open, the first file
        opens in the import dialog, the next when that dialog closes.  While locked the unlock
        dialog comes first, and the files are not imported (the status bar says so)."""
        self._bring_forward()
        files = [Path(p) for p in paths]
        if not files:
            return

        def open_first() -> None:
            if self.services is None:
                self.statusBar().showMessage(
                    self.tr("Unlock pcrm, then import the file again."), 15_000
                )
                return
            from pcrm.ui.dialogs.import_dialog import ImportDialog

            dialog = ImportDialog(self.edits, self.services, self)
            dialog.imported.connect(
                lambda _changes: self.statusBar().showMessage(
                    self.tr("Imported. Edit ▸ Undo takes the whole import back."), 10_000
                )
            )
            if len(files) > 1:
                dialog.finished.connect(lambda _result: self.open_files(files[1:]))
            self.import_dialog = dialog
            dialog.open()
            dialog.load(files[0])

        self._when_ready(open_first)

    def export_calendar(self) -> None:
        """Meetings, reminders, tasks and dates to an .ics file, for a calendar program."""
        if self.services is None:
            return
        from pcrm.ui.dialogs.ical_export_dialog import IcalExportDialog

        self.export_dialog = IcalExportDialog(self.services, self)
        self.export_dialog.exported.connect(
            lambda report: self.statusBar().showMessage(
                self.tr("Exported {events} events and {todos} to-dos to {path}.").format(
                    events=report.events, todos=report.todos, path=report.path
                ),
                10_000,
            )
        )
        self.export_dialog.open()

    def export_contacts(self) -> None:
        """vCard, CSV or a readable folder, of everyone, a group or the selected contacts."""
        from pcrm.ui.dialogs.contact_export_dialog import ContactExportDialog

        if self.services is None:
            return
        selected = self.table.selected_ids() if self.pages.currentWidget() is self.splitter else []
        self.export_dialog = ContactExportDialog(self.services, selected, self)
        self.export_dialog.exported.connect(
            lambda report: self.statusBar().showMessage(
                english_plural(
                    self.tr("Exported %n contact(s) to {path}.", "", report.contacts),
                    report.contacts,
                ).format(path=report.path),
                10_000,
            )
        )
        self.export_dialog.open()

    # -- insight: the windows over the store ------------------------------------------------------

    def _keep_window(self, window: QWidget, *, kept: bool = False) -> None:
        """A non-modal window over the store: its contact links open cards here, and the lock
        closes it (what it shows must not outlive the store).  ``kept``: it is one already
        open, brought to the front."""
        if not kept:
            self._windows.append(window)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda *_: self._forget_window(window))
            contact_requested = getattr(window, "contact_requested", None)
            if contact_requested is not None:
                contact_requested.connect(self._open_from_window)
        window.show()
        window.raise_()
        window.activateWindow()

    def _forget_window(self, window: QWidget) -> None:
        if window in self._windows:
            self._windows.remove(window)

    def _close_windows(self) -> None:
        from PySide6.QtWidgets import QDialog

        for window in list(self._windows):
            try:
                if isinstance(window, QDialog):
                    window.done(QDialog.DialogCode.Rejected)  # waits for its worker
                else:
                    window.close()
                window.deleteLater()
            except RuntimeError:  # deleted by Qt already (closed by the owner)
                pass
        self._windows.clear()

    def _open_from_window(self, contact_id: int) -> None:
        self.raise_()
        self.activateWindow()
        self._open_from_timeline(contact_id)

    def _window_of(self, kind: type[QWidget]) -> QWidget | None:
        for window in self._windows:
            if isinstance(window, kind):
                return window
        return None

    def show_dashboard(self) -> None:
        """Who the owner talks to, how often and by which channel, for any period."""
        if self.services is None:
            return
        from pcrm.ui.dialogs.dashboard import DashboardWindow

        found = self._window_of(DashboardWindow)
        self._keep_window(found or DashboardWindow(self.services, self), kept=found is not None)

    def show_graph(self) -> None:
        """The relationship graph, with its filters and its "who do I know" questions."""
        if self.services is None:
            return
        from pcrm.ui.dialogs.graph_window import GraphWindow

        found = self._window_of(GraphWindow)
        self._keep_window(found or GraphWindow(self.services, self), kept=found is not None)

    def show_org_chart(self) -> None:
        """The org chart of the organisation chosen in the sidebar, or of the shown contact's."""
        if self.services is None:
            return
        from pcrm.ui.dialogs.org_chart_window import OrgChartWindow

        organisation = self._source.id if self._source.kind == lists.ORGANISATION else None
        shown = self._shown_id()
        if organisation is None and shown is not None:
            try:
                organisation = self.services.organisations.main_of(shown)
            except errors.PcrmError as exc:
                self._show_error(exc)
                return
        if organisation is None:
            self.statusBar().showMessage(
                self.tr("Choose an organisation in the sidebar, or a contact who works at one."),
                8_000,
            )
            return
        self._keep_window(OrgChartWindow(self.services, organisation, self))

    def show_briefing(self) -> None:
        """What to know before meeting the selected contacts (or the one whose card is shown)."""
        if self.services is None:
            return
        from pcrm.ui.dialogs.briefing_dialog import open_briefing

        ids = self.table.selected_ids() if self.pages.currentWidget() is self.splitter else []
        shown = self._shown_id()
        ids = ids or ([shown] if shown is not None else [])
        if not ids:
            self.statusBar().showMessage(
                self.tr("Select the people you are about to meet, then ask for the briefing."),
                8_000,
            )
            return
        self._keep_window(open_briefing(self, self.services, contact_ids=ids))

    def meeting_briefing(self, interaction_id: int) -> None:
        """The briefing for a meeting's participants (from the timeline's menu)."""
        if self.services is None:
            return
        from pcrm.ui.dialogs.briefing_dialog import open_briefing

        self._keep_window(open_briefing(self, self.services, interaction_id=interaction_id))

    def find_duplicates(self) -> None:
        """Review the likely duplicates pair by pair, merging or dismissing each."""
        self._duplicates(None)

    def merge_selected(self) -> None:
        """The two selected contacts in the merge review; the current one is kept."""
        ids = self.table.selected_ids()
        if len(ids) != 2:
            return
        current = self._current_id()
        keep = current if current in ids else ids[0]
        self._duplicates((keep, ids[1] if keep == ids[0] else ids[0]))

    def _duplicates(self, pair: tuple[int, int] | None) -> None:
        from pcrm.ui.dialogs.duplicates_dialog import DuplicatesDialog

        if self.services is None or not self._leave_editor():
            return
        DuplicatesDialog(self.services, self.edits, self, pair=pair).exec()

    def restore_drafts(self) -> None:
        if self.capture is not None and not self.capture.offer_drafts():
            self.statusBar().showMessage(self.tr("There are no quick capture drafts."), 5_000)

    def restore_drafts_quietly(self) -> None:
        """At start: a draft left by a crash or a kill is offered back at once."""
        if self.capture is not None:
            self.capture.offer_drafts()

    def edit_interaction(self, interaction_id: int) -> None:
        from pcrm.ui.dialogs.interaction_dialog import InteractionDialog

        if self.services is None:
            return
        try:
            dialog = InteractionDialog(self.edits, self.services, self.clock, interaction_id, self)
        except errors.PcrmError as exc:
            self._show_error(exc)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- changes ----------------------------------------------------------------------------------

    def _changed(self, changes: ChangeSet) -> None:
        """After an edit, an undo or a redo: read again what it touched."""
        from pcrm.services.preferences import PREFERENCE

        touched = set().union(
            *(
                part.get("contact", set())
                for part in (changes.created, changes.updated, changes.deleted)
            )
        )
        if any(PREFERENCE in part for part in (changes.updated, changes.created)):
            self._configure_autolock()
            self.refresh()
        groups = any(
            "group" in part for part in (changes.created, changes.updated, changes.deleted)
        )
        if touched or groups:
            self.model.invalidate()
            self.sidebar.reload()
            self._load_ids()
        shown = self._shown_id()
        if shown in touched and self.card_stack.currentWidget() is not self.editor:
            self._render_card(shown)
        if self.search_panel.is_active():
            self.search_panel.refresh()

    # -- several contacts at once -----------------------------------------------------------------

    def _update_actions(self) -> None:
        unlocked = self.services is not None or not self._complete  # starting: actions wait
        on_list = unlocked and self.pages.currentWidget() is self.splitter
        chosen = on_list and bool(
            self.table.selectionModel().hasSelection() or self.table.currentIndex().isValid()
        )
        trash = self._source.kind == lists.TRASH
        for action in (self.delete_action, self.archive_action, self.favourite_action):
            action.setEnabled(chosen and not trash)
        self.add_to_group_menu.setEnabled(chosen and not trash)
        self.restore_action.setEnabled(chosen and trash)
        self.purge_action.setEnabled(chosen and trash)
        self.remove_from_group_action.setEnabled(chosen and self._source.kind == lists.GROUP)
        pair = sum(b - a + 1 for a, b in self.table.selected_rows()) == 2
        self.merge_action.setEnabled(on_list and pair and not trash)
        self.archive_action.setText(
            self.tr("Un&archive") if self._source.kind == lists.ARCHIVED else self.tr("&Archive")
        )
        self.edit_action.setEnabled(chosen and not trash)

    def _bulk(self, work: Callable[[list[int]], Any]) -> None:
        ids = self.table.selected_ids()
        if not ids or self.services is None:
            return
        try:
            work(ids)
        except errors.PcrmError as exc:
            self._show_error(exc)
            return
        self.statusBar().showMessage(
            self.tr("{what} — Ctrl+Z undoes it.").format(what=self.edits.stack.undoText()), 8_000
        )

    def delete_selected(self) -> None:
        if self._source.kind == lists.TRASH:
            self.purge_selected()
        else:
            self._bulk(self.edits.trash_contacts)

    def restore_selected(self) -> None:
        self._bulk(self.edits.restore_contacts)

    def purge_selected(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        ids = self.table.selected_ids()
        if not ids or self.services is None or self._source.kind != lists.TRASH:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Delete for good"),
            english_plural(
                self.tr(
                    "Delete %n contact(s) and their history for good? This cannot be undone.",
                    "",
                    len(ids),
                ),
                len(ids),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            changes = self.services.contacts.purge(ids)
        except errors.PcrmError as exc:
            self._show_error(exc)
            return
        self.edits.clear()  # nothing before this can be undone any more
        self._changed(changes)

    def _flag_selected(self, flag: str) -> None:
        if flag == "archived":
            self._bulk(
                lambda ids: self.edits.set_archived(ids, self._source.kind != lists.ARCHIVED)
            )
            return
        services = self.services
        if services is None:
            return
        ids = self.table.selected_ids()
        rows = services.contacts.rows(ids[:1])
        first = rows.get(ids[0]) if ids else None
        wanted = not (first.favourite if first else False)  # toggles, as the first one says
        self._bulk(lambda chosen: self.edits.set_favourite(chosen, wanted))

    def _fill_group_menu(self) -> None:
        menu = self.add_to_group_menu
        menu.clear()
        for group_id, name in self.sidebar.group_ids():
            menu.addAction(name, lambda g=group_id: self.add_selected_to_group(g))
        if menu.actions():
            menu.addSeparator()
        menu.addAction(
            self.tr("New group…"), lambda: self.new_group(smart=False, add_selected=True)
        )

    def add_selected_to_group(self, group_id: int) -> None:
        self._bulk(lambda ids: self.edits.add_to_group(group_id, ids))

    def remove_from_group(self) -> None:
        group_id = self._source.id
        if self._source.kind == lists.GROUP and group_id is not None:
            self._bulk(lambda ids: self.edits.remove_from_group(group_id, ids))

    def new_group(self, *, smart: bool, add_selected: bool = False) -> None:
        from PySide6.QtWidgets import QInputDialog

        if self.services is None:
            return
        if smart:
            query, ok = QInputDialog.getText(
                self,
                self.tr("New smart group"),
                self.tr("Contacts that match this search:"),
                text=self.search_panel.box.query(),
            )
            if not ok or not query.strip():
                return
        name, ok = QInputDialog.getText(self, self.tr("New group"), self.tr("Name of the group:"))
        if not ok or not name.strip():
            return
        services = self.services
        try:
            group_id = services.groups.create(name, query=query.strip() if smart else None).first(
                "group"
            )
            self.edits.run(  # already made: redo brings the same group back, undo removes it
                self.tr("Create a group"),
                lambda s: s.groups.set_deleted(group_id, False),
                lambda s: s.groups.set_deleted(group_id, True),
            )
        except errors.PcrmError as exc:
            self._show_error(exc)
            return
        self.sidebar.reload()
        if add_selected and services is self.services:
            self.add_selected_to_group(group_id)

    def _list_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addAction(self.capture_action)
        menu.addMenu(self.add_to_group_menu)
        for action in (
            self.remove_from_group_action,
            self.favourite_action,
            self.archive_action,
            self.merge_action,
            self.delete_action,
            self.restore_action,
            self.purge_action,
        ):
            if action.isEnabled():
                menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # -- messages ---------------------------------------------------------------------------------

    def _show_error(self, exc: errors.PcrmError) -> None:
        self.statusBar().showMessage(exc.message, 15_000)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About pcrm"),
            self.tr(
                "<h3>pcrm {version}</h3><p>A personal contact-relationship manager: contacts, "
                "their history and your reminders in one encrypted local store.</p>"
            ).format(version=__version__),
        )
