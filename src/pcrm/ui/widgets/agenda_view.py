"""The calendar page: day, week and month grids and the agenda list, over ``services.calendar``.

A toolbar switches the mode (Ctrl+Alt+1 … 4), goes to today (T) and pages back and forth
(PageUp / PageDown, Alt+Left / Alt+Right).  The items of the window shown are read in a worker
(:class:`~pcrm.ui.worker.Latest`: a newer request replaces an older one) and read again when
``edits.changed`` says something changed.  Opening an item: a task or reminder in the task
dialog, a meeting in the interaction dialog, a birthday or other date asks the window for the
contact's card (``contact_requested``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors, log
from pcrm.clock import Clock
from pcrm.services.calendar import MEETING, CalendarItem, midnight
from pcrm.services.changes import ChangeSet
from pcrm.services.preferences import FIRST_DAY_OF_WEEK
from pcrm.services.session import Services
from pcrm.ui.dialogs.interaction_dialog import InteractionDialog
from pcrm.ui.dialogs.parts import error_label, show_error
from pcrm.ui.dialogs.task_dialog import TaskDialog
from pcrm.ui.edits import Edits
from pcrm.ui.models.agenda_model import ITEM_ROLE, AgendaModel
from pcrm.ui.widgets.calendar_items import first_weekday, week_start
from pcrm.ui.widgets.month_grid import WEEKS, MonthGrid
from pcrm.ui.widgets.pages import ReloadWhenShown
from pcrm.ui.widgets.time_grid import TimeGrid
from pcrm.ui.worker import Latest

AGENDA_DAYS = 14


class Mode(IntEnum):
    DAY = 0
    WEEK = 1
    MONTH = 2
    AGENDA = 3


class CalendarPage(QWidget):
    contact_requested = Signal(int)
    loaded = Signal()  # the items of the window shown have arrived

    def __init__(
        self,
        edits: Edits,
        services: Callable[[], Services | None],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.edits = edits
        self._services = services
        self.clock = clock
        self.mode = Mode.WEEK
        self.anchor = clock.local_now().date()
        self.items: list[CalendarItem] = []
        self.dialog: TaskDialog | InteractionDialog | None = None
        self._reader = Latest(self._arrived, self._failed, self)
        self.time_grid = TimeGrid(self)
        self.month_grid = MonthGrid(self)
        self.agenda_model = AgendaModel(self)
        self.agenda = QListView(self)
        self.agenda.setModel(self.agenda_model)
        self.agenda.setUniformItemSizes(True)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.stack = QStackedWidget(self)
        for view in (self.time_grid, self.month_grid, self.agenda):
            self.stack.addWidget(view)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.error = error_label(self)
        self.toolbar = QToolBar(self)
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.error)
        layout.addWidget(self.stack, 1)
        self._connect()
        self.set_mode(Mode.WEEK)

    def _build_actions(self) -> None:
        def action(text: str, keys: tuple[str, ...], slot: Callable[[], Any]) -> QAction:
            made = QAction(text, self)
            made.setShortcuts([QKeySequence(k) for k in keys])
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.setToolTip(
                f"{text} ({QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.today_action = action(self.tr("&Today"), ("T",), self.go_today)
        self.previous_action = action(
            self.tr("&Previous"), ("PgUp", "Alt+Left"), lambda: self.step(-1)
        )
        self.next_action = action(self.tr("&Next"), ("PgDown", "Alt+Right"), lambda: self.step(1))
        for made in (self.today_action, self.previous_action, self.next_action):
            self.toolbar.addAction(made)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.title)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        group = QActionGroup(self)
        self.mode_actions: dict[Mode, QAction] = {}
        for mode, text in (
            (Mode.DAY, self.tr("&Day")),
            (Mode.WEEK, self.tr("&Week")),
            (Mode.MONTH, self.tr("&Month")),
            (Mode.AGENDA, self.tr("&Agenda")),
        ):
            made = action(
                text, (f"Ctrl+Alt+{mode.value + 1}",), lambda _on=False, m=mode: self.set_mode(m)
            )
            made.setCheckable(True)
            group.addAction(made)
            self.toolbar.addAction(made)
            self.mode_actions[mode] = made
        self.toolbar.addSeparator()
        self.new_action = action(self.tr("New &task…"), ("Ctrl+Shift+T",), self.new_task)
        self.toolbar.addAction(self.new_action)

    def _connect(self) -> None:
        self._after_change = ReloadWhenShown(self, self.reload)
        self.edits.changed.connect(self._changed)
        self.time_grid.activated.connect(self.open_item)
        self.time_grid.slot_activated.connect(self.new_task)
        self.time_grid.day_requested.connect(self.show_day)
        self.month_grid.activated.connect(self.open_item)
        self.month_grid.day_requested.connect(self.show_day)
        self.month_grid.current_changed.connect(self._month_moved)
        self.agenda.activated.connect(self._agenda_activated)

    # -- where we are -----------------------------------------------------------------------------

    def _live(self) -> Services | None:
        return self._services()

    def first_weekday(self) -> int:
        services = self._live()
        return first_weekday(services.preferences.get(FIRST_DAY_OF_WEEK.key) if services else None)

    def window(self) -> tuple[date, date]:
        """The first day shown and the day after the last."""
        if self.mode == Mode.DAY:
            return self.anchor, self.anchor + timedelta(days=1)
        if self.mode == Mode.WEEK:
            first = week_start(self.anchor, self.first_weekday())
            return first, first + timedelta(days=7)
        if self.mode == Mode.MONTH:
            first = week_start(self.anchor.replace(day=1), self.first_weekday())
            return first, first + timedelta(days=7 * WEEKS)
        return self.anchor, self.anchor + timedelta(days=AGENDA_DAYS)

    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        self.mode_actions[mode].setChecked(True)
        view = {Mode.DAY: self.time_grid, Mode.WEEK: self.time_grid, Mode.MONTH: self.month_grid}
        self.stack.setCurrentWidget(view.get(mode, self.agenda))
        self.reload()

    def show_day(self, day: date) -> None:
        self.anchor = day
        self.set_mode(Mode.DAY)

    def go_today(self) -> None:
        self.anchor = self.clock.local_now().date()
        self.reload()

    def step(self, direction: int) -> None:
        if self.mode == Mode.MONTH:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        else:
            days = {Mode.DAY: 1, Mode.WEEK: 7}.get(self.mode, AGENDA_DAYS)
            self.anchor += timedelta(days=days * direction)
        self.reload()

    def _month_moved(self, day: date) -> None:
        if (day.year, day.month) == (self.anchor.year, self.anchor.month):
            self.anchor = day
            return
        self.anchor = day
        self.reload()

    def _title_text(self, first: date, after: date) -> str:
        locale = QLocale()
        if self.mode == Mode.MONTH:
            month = locale.standaloneMonthName(self.anchor.month, QLocale.FormatType.LongFormat)
            return f"{month} {self.anchor.year}"
        if self.mode == Mode.DAY:
            return locale.toString(first, QLocale.FormatType.LongFormat)
        last = after - timedelta(days=1)

        def month(day: date) -> str:
            return locale.standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)

        if (first.year, first.month) == (last.year, last.month):
            start = str(first.day)
        elif first.year == last.year:
            start = f"{first.day} {month(first)}"
        else:
            start = f"{first.day} {month(first)} {first.year}"
        return self.tr("{first} – {last}").format(
            first=start, last=f"{last.day} {month(last)} {last.year}"
        )

    # -- loading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        first, after = self.window()
        zone = self.clock.zone()
        self.title.setText(self._title_text(first, after))
        if self.mode in (Mode.DAY, Mode.WEEK):
            self.time_grid.set_days(
                [first + timedelta(days=n) for n in range((after - first).days)], zone
            )
        elif self.mode == Mode.MONTH:
            self.month_grid.set_month(first, self.anchor.month, self.anchor, zone)
        services = self._live()
        if services is None:
            self.clear()
            return
        start, end = midnight(first, zone), midnight(after, zone)
        calendar = services.calendar
        self._reader.request(lambda: calendar.between(start, end, zone=zone))

    def is_loading(self) -> bool:
        return self._reader.busy()

    def wait(self) -> None:
        """Drop every read on its way (before the store is locked)."""
        self._reader.wait()

    def clear(self) -> None:
        """Locked: nothing shown."""
        self._reader.wait()
        self._show([])

    def _arrived(self, items: list[CalendarItem]) -> None:
        show_error(self.error, "")
        self._show(items)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, errors.PcrmError):
            raise exc
        log.ui.warning("could not read the calendar: %s", exc.error_id)
        show_error(self.error, exc.message)
        self.loaded.emit()

    def _show(self, items: list[CalendarItem]) -> None:
        self.items = items
        now = self.clock.now()
        self.time_grid.set_items(items, now)
        self.month_grid.set_items(items, now)
        self.agenda_model.set_items(items, now, self.clock.zone())

    def _changed(self, changes: ChangeSet) -> None:
        touched = set(changes.created) | set(changes.updated) | set(changes.deleted)
        if touched & {"task", "interaction", "contact", "preference"}:
            self._after_change.request()

    # -- opening ----------------------------------------------------------------------------------

    def _agenda_activated(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if isinstance(item, CalendarItem):
            self.open_item(item)

    def open_item(self, item: CalendarItem) -> None:
        services = self._live()
        if services is None:
            return
        try:
            if item.task_id is not None:
                self._open(TaskDialog(self.edits, services, self.clock, item.task_id, parent=self))
            elif item.kind == MEETING and item.interaction_id is not None:
                self._open(
                    InteractionDialog(self.edits, services, self.clock, item.interaction_id, self)
                )
            elif item.contacts:
                self.contact_requested.emit(item.contacts[0][0])
        except errors.PcrmError as exc:  # trashed meanwhile
            show_error(self.error, exc.message)

    def new_task(self, at: datetime | None = None) -> TaskDialog | None:
        """The task dialog for a new task (at ``at``, e.g. a slot double-clicked)."""
        services = self._live()
        if services is None:
            return None
        dialog = TaskDialog(self.edits, services, self.clock, parent=self, start=at)
        self._open(dialog)
        return dialog

    def _open(self, dialog: TaskDialog | InteractionDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()
