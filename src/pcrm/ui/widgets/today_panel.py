"""The "today" panel: reminders just raised, tasks overdue and due today, birthdays this week,
and the contacts losing touch; Snooze, Done and Dismiss on any of them, from keys or mouse.

The lists are short (a few hundred rows at most), so one tree with a section per list is enough.
They are read off the GUI thread (``Latest``) and read again after every edit.  Outcomes go
through ``Edits.run`` with the organizer's ``saved``/``restore`` pair, so Ctrl+Z puts the task
and the log back as they were (and trashes a note that was logged).

Keys: D done, S snooze (a menu: 10 minutes, 1 hour, tomorrow 09:00), Delete dismiss, Enter opens
the contact; "Log to timeline" (Alt+L) adds a note to the contacts' timelines with done/dismiss.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors
from pcrm.clock import Clock
from pcrm.domain.timeparse import localize
from pcrm.services.due import Due
from pcrm.services.organizer import Today
from pcrm.services.session import Services
from pcrm.ui.due_text import headline, people, when
from pcrm.ui.edits import Edits
from pcrm.ui.formatting import local_date
from pcrm.ui.i18n import english_plural
from pcrm.ui.widgets.pages import ReloadWhenShown
from pcrm.ui.worker import Latest

ITEM = Qt.ItemDataRole.UserRole
RAISED_KEEP = 50  # the in-app list of raised reminders keeps the newest this many
# Items listed per section: the rest are counted in one line.  Listing all 3,000 dates and
# lapsed cadences of 100,000 contacts held the GUI thread for 100 ms at every change; the
# dashboard's "Losing touch" has the whole list.
SECTION_SHOWN = 100


class TodayPanel(QWidget):
    open_contact = Signal(int)
    failed = Signal(object)  # a PcrmError that is not about the chosen item (status bar)

    def __init__(
        self,
        services: Callable[[], Services | None],
        edits: Edits,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._edits = edits
        self._clock = clock
        self._raised: list[Due] = []
        self._today = Today()
        self.setAccessibleName(self.tr("Today"))

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("When"), self.tr("Who")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("Reminders for today"))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemActivated.connect(lambda *_: self._open())

        self.snooze_button = QToolButton(self)
        self.snooze_button.setText(self.tr("&Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_menu = QMenu(self.snooze_button)
        for text, delta in (
            (self.tr("10 minutes"), timedelta(minutes=10)),
            (self.tr("1 hour"), timedelta(hours=1)),
            (self.tr("Tomorrow 09:00"), None),
        ):
            self.snooze_menu.addAction(text, lambda d=delta: self.snooze(d))
        self.snooze_button.setMenu(self.snooze_menu)
        self.snooze_button.setAccessibleName(self.tr("Snooze"))
        self.done_button = QPushButton(self.tr("&Done"), self)
        self.done_button.clicked.connect(self.done)
        self.dismiss_button = QPushButton(self.tr("Dis&miss"), self)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.log_box = QCheckBox(self.tr("&Log to timeline"), self)
        self.log_box.setToolTip(self.tr("Add a note to the contacts' timelines"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        keys = (
            ("D", self.done),
            ("S", self._snooze_menu),
            (QKeySequence.StandardKey.Delete, self.dismiss),
        )
        for key, slot in keys:
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.tree.addAction(action)

        buttons = QHBoxLayout()
        for widget in (self.snooze_button, self.done_button, self.dismiss_button, self.log_box):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

        self._reads = Latest(self._show, self._read_failed, self)
        self._after_change = ReloadWhenShown(self, self.reload)
        edits.changed.connect(lambda _changes: self._after_change.request())
        self._update_buttons()

    # -- loading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        services = self._services()
        if services is None:
            return
        organizer = services.organizer
        self._reads.request(organizer.today)

    def wait(self) -> None:
        """No read left running (before the store is closed)."""
        self._reads.wait()

    def clear(self) -> None:
        """The store is locked: nothing of it stays on screen."""
        self._reads.wait()
        self._raised = []
        self._today = Today()
        self.tree.clear()
        self.status.clear()
        self._update_buttons()

    def add_raised(self, items: list[Due]) -> None:
        """Reminders the notifier just raised (or its digest): listed first, until acted on."""
        known = {d.key for d in self._raised}
        self._raised = [d for d in items if d.key not in known] + self._raised
        del self._raised[RAISED_KEEP:]
        if self.isVisible():
            self._show(self._today)
        self._after_change.request()  # read again now if shown, else when shown

    def _read_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, errors.PcrmError):
            raise exc
        self.failed.emit(exc)

    def _show(self, today: Today) -> None:
        current = self._current()
        self._today = today
        self.tree.clear()
        sections: list[tuple[str, list[Due], Callable[[Due], str]]] = [
            (self.tr("Just now"), self._raised, when),
            (self.tr("Overdue"), today.overdue, when),
            (self.tr("Later today"), today.due, when),
            (self.tr("Birthdays and dates this week"), today.dates, when),
            (
                self.tr("Losing touch"),
                [x.item for x in today.losing],
                lambda d: self._last_contact(d, today),
            ),
        ]
        for title, items, time_of in sections:
            if not items:
                continue
            head = QTreeWidgetItem(self.tree, [f"{title} ({len(items)})"])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFirstColumnSpanned(True)
            for item in items[:SECTION_SHOWN]:
                row = QTreeWidgetItem(head, [headline(item), time_of(item), people(item)])
                row.setData(0, ITEM, item)
                if item.missed:
                    row.setToolTip(0, self.tr("Missed while pcrm was closed"))
                if current is not None and item.key == current.key:
                    self.tree.setCurrentItem(row)
            if len(items) > SECTION_SHOWN:
                more = len(items) - SECTION_SHOWN
                text = english_plural(self.tr("… and %n more", "", more), more)
                QTreeWidgetItem(head, [text]).setFlags(Qt.ItemFlag.NoItemFlags)
        self.tree.expandAll()
        for column in (0, 1):
            self.tree.resizeColumnToContents(column)
        if not self.tree.topLevelItemCount():
            QTreeWidgetItem(self.tree, [self.tr("Nothing due today.")]).setFlags(
                Qt.ItemFlag.NoItemFlags
            )
        self._update_buttons()

    def _last_contact(self, item: Due, today: Today) -> str:
        for x in today.losing:
            if x.item.key == item.key:
                if x.last_contact is None:
                    return self.tr("never in touch")
                days = round(x.overdue_days)
                text = english_plural(self.tr("last %1, %n day(s) overdue", "", days), days)
                return text.replace("%1", local_date(x.last_contact, x.last_contact.tzinfo))
        return ""

    # -- the chosen item --------------------------------------------------------------------------

    def _current(self) -> Due | None:
        row = self.tree.currentItem()
        item = row.data(0, ITEM) if row is not None else None
        return item if isinstance(item, Due) else None

    def select(self, key: tuple[str, datetime, int]) -> bool:
        """Make the item with ``key`` current (tests, and the popup's "show")."""
        for n in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(n)
            for m in range(head.childCount()):
                item = head.child(m).data(0, ITEM)
                if isinstance(item, Due) and item.key == key:
                    self.tree.setCurrentItem(head.child(m))
                    return True
        return False

    def _update_buttons(self) -> None:
        item = self._current()
        for widget in (self.snooze_button, self.done_button, self.dismiss_button):
            widget.setEnabled(item is not None)
        self.log_box.setEnabled(item is not None and bool(item.contacts))

    def _open(self) -> None:
        item = self._current()
        if item is not None and item.contacts:
            self.open_contact.emit(item.contacts[0][0])

    # -- outcomes ---------------------------------------------------------------------------------

    def _snooze_menu(self) -> None:
        if self._current() is not None:
            rect = self.tree.visualItemRect(self.tree.currentItem())
            self.snooze_menu.popup(self.tree.viewport().mapToGlobal(rect.bottomLeft()))

    def snooze(self, delta: timedelta | None) -> None:
        """Snooze the chosen item for ``delta``, or (None) until 09:00 tomorrow."""
        now = self._clock.now()
        if delta is None:
            tomorrow = now.astimezone(self._clock.zone()).date() + timedelta(days=1)
            until = localize(datetime.combine(tomorrow, time(9, 0)), self._clock.zone())
        else:
            until = now + delta
        self._apply(self.tr("Snooze a reminder"), lambda s, d: s.organizer.snooze(d, until))

    def done(self) -> None:
        log = self.log_box.isChecked()
        self._apply(self.tr("Mark a reminder done"), lambda s, d: s.organizer.done(d, log))

    def dismiss(self) -> None:
        log = self.log_box.isChecked()
        self._apply(self.tr("Dismiss a reminder"), lambda s, d: s.organizer.dismiss(d, log))

    def _apply(self, text: str, outcome: Callable[[Services, Due], object]) -> None:
        item = self._current()
        services = self._services()
        if item is None or services is None:
            return
        self.status.clear()
        try:
            saved = services.organizer.saved(item)
            self._edits.run(
                text,
                lambda s: outcome(s, item),  # type: ignore[arg-type,return-value]
                lambda s: s.organizer.restore(saved),
            )
        except errors.PcrmError as exc:
            self.status.setText(exc.message)
            return
        self._raised = [d for d in self._raised if d.about != item.about]
