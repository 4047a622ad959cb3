"""Create or edit a task or reminder: title, kind, when, time zone, repeat, alarms, people, notes.

"When" is typed the way quick capture takes times ("tomorrow 9:00", "in 2 weeks") and fills
the date and time editors, which can also be set directly.  The zone is "my local time"
(floating: 09:00 wherever the owner is) or an IANA zone, with completion.  How it repeats is a
:class:`~pcrm.ui.widgets.rrule_editor.RuleEditor`; the next five occurrences are shown as the
owner edits.  Problems are shown in place; Ctrl+Enter or Ctrl+S saves through ``Edits`` (one
undo step), Escape cancels and asks first when something was changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta, tzinfo
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors
from pcrm.clock import Clock
from pcrm.domain.kinds import TaskKind
from pcrm.domain.recurrence import occurrences, validate_rrule
from pcrm.domain.timeparse import localize
from pcrm.domain.zones import zone_named
from pcrm.services.session import Services
from pcrm.services.tasks import TaskDraft
from pcrm.ui.dialogs.parts import error_label, show_error
from pcrm.ui.edits import Edits
from pcrm.ui.i18n import shared_tr as _tr
from pcrm.ui.widgets.follow_ups import parse_or_none, set_hint
from pcrm.ui.widgets.people_field import PeopleField
from pcrm.ui.widgets.rrule_editor import RuleEditor

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S")
PREVIEW = 5
_UNITS = (1, 60, 1440)  # minutes in the units an alarm is given in


def alarm_text(minutes: int) -> str:
    """``15 minutes before``, ``1 day before``, ``at the time``."""
    if minutes == 0:
        return QCoreApplication.translate("TaskDialog", "at the time")
    if minutes % 1440 == 0:
        return _tr("%n day(s) before", None, minutes // 1440)
    if minutes % 60 == 0:
        return _tr("%n hour(s) before", None, minutes // 60)
    return _tr("%n minute(s) before", None, minutes)


class AlarmList(QWidget):
    """Alarms as "N minutes/hours/days before": a list, and a row to add one."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Alarms"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 4 + 8)
        self.amount = QSpinBox(self)
        self.amount.setRange(0, 999)
        self.amount.setValue(15)
        self.amount.setAccessibleName(self.tr("Alarm amount"))
        self.unit = QComboBox(self)
        self.unit.setAccessibleName(self.tr("Alarm unit"))
        for size, label in zip(
            _UNITS,
            (self.tr("minutes before"), self.tr("hours before"), self.tr("days before")),
            strict=True,
        ):
            self.unit.addItem(label, size)
        self.add_button = QPushButton(self.tr("Add a&larm"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.setAutoDefault(False)
        self.remove_button.setAutoDefault(False)
        self.add_button.clicked.connect(
            lambda: self.add(self.amount.value() * self.unit.currentData())
        )
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        for widget in (self.amount, self.unit, self.add_button, self.remove_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def minutes(self) -> list[int]:
        return sorted(
            int(self.list.item(k).data(Qt.ItemDataRole.UserRole)) for k in range(self.list.count())
        )

    def set_minutes(self, values: Sequence[int]) -> None:
        self.list.clear()
        for value in sorted(set(values)):
            self.add(value)

    def add(self, minutes: int) -> None:
        known = self.minutes()
        if minutes in known:
            return
        item = QListWidgetItem(alarm_text(minutes))
        item.setData(Qt.ItemDataRole.UserRole, minutes)
        self.list.insertItem(sum(1 for k in known if k < minutes), item)  # nearest first
        self.edited.emit()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.edited.emit()


class TaskDialog(QDialog):
    """``saved`` gives the task's id once it is stored."""

    saved = Signal(int)

    def __init__(
        self,
        edits: Edits,
        services: Services,
        clock: Clock,
        task_id: int | None = None,
        parent: QWidget | None = None,
        *,
        start: datetime | None = None,
        contacts: Sequence[tuple[int, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.edits = edits
        self.services = services
        self.clock = clock
        self.task_id = task_id
        self.before = services.tasks.draft(task_id) if task_id is not None else None
        self.setWindowTitle(self.tr("Edit task") if task_id is not None else self.tr("New task"))
        self.setMinimumWidth(720)
        self._build()
        self._lay_out()
        self._connect()
        self._load(start, contacts)
        self._saved_state = self._state()
        self.title.setFocus()

    # -- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("Reminder"), TaskKind.REMINDER.value)
        self.kind.addItem(self.tr("Task"), TaskKind.TASK.value)
        self.when = QLineEdit(self)
        self.when.setAccessibleName(self.tr("When, in words"))
        self.when.setPlaceholderText(self.tr("tomorrow 9:00, in 2 weeks…"))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(self.tr("Date"))
        self.time = QTimeEdit(self)
        self.time.setAccessibleName(self.tr("Time"))
        self.all_day = QCheckBox(self.tr("All &day"), self)
        self.when_shown = QLabel(self)
        self.zone = QComboBox(self)
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.setAccessibleName(self.tr("Time zone"))
        self.zone.addItem(self.tr("My local time"), None)
        for name in sorted(available_timezones()):
            self.zone.addItem(name, name)
        completer = QCompleter(self.zone.model(), self.zone)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.zone.setCompleter(completer)
        self.zone_shown = QLabel(self)
        self.repeat = RuleEditor(self)
        self.preview = QLabel(self)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.alarms = AlarmList(self)
        self.people = PeopleField(self.services, self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setMaximumHeight(self.fontMetrics().height() * 5)
        self.private = QCheckBox(self.tr("&Private (left out of calendar exports)"), self)
        self.error = error_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        for button in buttons.buttons():
            button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        for key in SAVE_KEYS:
            QShortcut(QKeySequence(key), self, activated=self.save)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def labelled(text: str, buddy: QWidget) -> QLabel:
            label = QLabel(text, self)
            label.setBuddy(buddy)
            return label

        what = QHBoxLayout()
        what.addWidget(self.title, 1)
        what.addWidget(self.kind)
        form.addRow(labelled(self.tr("&Title:"), self.title), what)
        when = QHBoxLayout()
        when.addWidget(self.when, 1)
        when.addWidget(self.date)
        when.addWidget(self.time)
        when.addWidget(self.all_day)
        form.addRow(labelled(self.tr("&When:"), self.when), when)
        form.addRow("", self.when_shown)
        zone = QHBoxLayout()
        zone.addWidget(self.zone, 1)
        zone.addWidget(self.zone_shown, 1)
        form.addRow(labelled(self.tr("Time &zone:"), self.zone), zone)
        form.addRow(labelled(self.tr("&Repeat:"), self.repeat.words), self.repeat)
        form.addRow(self.tr("Next:"), self.preview)
        form.addRow(labelled(self.tr("Ala&rms:"), self.alarms.list), self.alarms)
        form.addRow(labelled(self.tr("&People:"), self.people.line), self.people)
        form.addRow(labelled(self.tr("&Notes:"), self.notes), self.notes)
        form.addRow("", self.private)
        form.addRow("", self.error)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.when.textEdited.connect(self._when_typed)
        for signal in (
            self.date.dateChanged,
            self.time.timeChanged,
            self.all_day.toggled,
            self.zone.editTextChanged,
            self.repeat.changed,
        ):
            signal.connect(self._update_preview)
        self.all_day.toggled.connect(lambda on: self.time.setEnabled(not on))

    def _load(self, start: datetime | None, contacts: Sequence[tuple[int, str]]) -> None:
        draft = self.before
        if draft is None:
            local = (start or self.clock.local_now().replace(second=0, microsecond=0)).astimezone(
                self.clock.zone()
            )
            wall = local.replace(tzinfo=None)
            if start is None:  # the next full hour
                wall = wall.replace(minute=0) + timedelta(hours=1)
            self._set_wall(wall)
            self.people.set_contacts(contacts)
            self.repeat.set_rule(None, wall.date())
            self._update_preview()
            return
        self.title.setText(draft.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind)))
        self._set_wall(draft.start_wall)
        self.all_day.setChecked(draft.all_day)
        self.zone.setCurrentIndex(max(0, self.zone.findData(draft.time_zone)))
        self.repeat.set_rule(draft.rrule, draft.start_wall.date())
        self.alarms.set_minutes(draft.alarms_minutes)
        if draft.contacts:
            rows = self.services.contacts.rows(draft.contacts)
            self.people.set_contacts(
                [(c, rows[c].display_name) for c in draft.contacts if c in rows]
            )
        self.notes.setPlainText(draft.notes or "")
        self.private.setChecked(draft.private)
        self._update_preview()

    # -- when -------------------------------------------------------------------------------------

    def _set_wall(self, wall: datetime) -> None:
        self.date.setDate(QDate(wall.year, wall.month, wall.day))
        self.time.setTime(QTime(wall.hour, wall.minute))

    def wall(self) -> datetime:
        """The start as naive wall time in the task's zone."""
        day = self.date.date()
        at = (
            time(0, 0)
            if self.all_day.isChecked()
            else time(self.time.time().hour(), self.time.time().minute())
        )
        return datetime(day.year(), day.month(), day.day(), at.hour, at.minute)

    def zone_name(self) -> str | None:
        """None for "my local time"; else the zone typed (checked on save)."""
        typed = self.zone.currentText().strip()
        if (self.zone.currentIndex() == 0 and typed == self.zone.itemText(0)) or not typed:
            return None
        return typed

    def _zone(self) -> tzinfo | None:
        name = self.zone_name()
        if name is None:
            return self.clock.zone()
        try:
            return zone_named(name)
        except errors.BadInput:
            return None

    def _when_typed(self, typed: str) -> None:
        if not typed.strip():
            return
        when = parse_or_none(typed, self.clock)
        if when is None:
            set_hint(
                self.when_shown, self.tr("not a time: try “tomorrow 9:00” or “in 2 weeks”"), True
            )
            return
        zone = self._zone() or self.clock.zone()
        self._set_wall(when.wall_in(zone))
        self.all_day.setChecked(when.date_only)
        self._update_preview()

    def _update_preview(self) -> None:
        zone = self._zone()
        set_hint(
            self.zone_shown,
            "" if zone is not None else self.tr("not an IANA time zone"),
            zone is None,
        )
        if zone is None:
            return
        wall = self.wall()
        locale = QLocale()
        here = self.clock.zone()
        pinned = self.zone_name() is not None and getattr(zone, "key", zone) != getattr(
            here, "key", here
        )

        def shown(at: datetime) -> str:
            local = at.astimezone(zone)
            text = local.strftime("%Y-%m-%d")  # dates as the rest of pcrm writes them
            day = locale.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
            if not self.all_day.isChecked():
                text += " " + locale.toString(local.time(), QLocale.FormatType.ShortFormat)
                if pinned:
                    mine = at.astimezone(here)
                    text += " " + self.tr("({time} your time)").format(
                        time=locale.toString(mine.time(), QLocale.FormatType.ShortFormat)
                    )
            return f"{day} {text}"

        if not self.when.text().strip() or parse_or_none(self.when.text(), self.clock) is not None:
            set_hint(self.when_shown, shown(localize(wall, zone)), False)
        rule = self.repeat.rule()
        try:
            if rule is not None:
                validate_rrule(rule, wall)
            found = occurrences(rule, wall, zone, self.clock.now(), limit=PREVIEW)
        except ValueError as exc:
            self.preview.setText(str(exc))
            return
        if not found:
            self.preview.setText(self.tr("No occurrence from now on."))
            return
        self.preview.setText("\n".join(shown(at) for at in found))

    # -- saving -----------------------------------------------------------------------------------

    def _state(self) -> tuple[object, ...]:
        return (
            self.title.text(),
            self.kind.currentData(),
            self.wall(),
            self.all_day.isChecked(),
            self.zone.currentText(),
            self.repeat.rule(),
            tuple(self.alarms.minutes()),
            self.people.text(),
            self.notes.toPlainText(),
            self.private.isChecked(),
        )

    def is_dirty(self) -> bool:
        return self._state() != self._saved_state

    def collect(self) -> TaskDraft | None:
        """What the dialog says, or None with the first problem shown and focused."""
        show_error(self.error, "")
        problem: tuple[QWidget, str] | None = None
        title = self.title.text().strip()
        typed = self.when.text().strip()
        if not title:
            problem = (self.title, self.tr("Give the task a title."))
        elif typed and parse_or_none(typed, self.clock) is None:
            problem = (self.when, self.tr("“{text}” is not a time.").format(text=typed))
        elif self._zone() is None:
            problem = (
                self.zone,
                self.tr("“{zone}” is not an IANA time zone.").format(zone=self.zone_name()),
            )
        elif self.repeat.problem():
            problem = (self.repeat.words, self.repeat.problem())
        if problem is None and self.repeat.rule() is not None:
            try:
                validate_rrule(self.repeat.rule() or "", self.wall())
            except ValueError as exc:
                problem = (self.repeat.raw, str(exc))
        contacts: list[int] = []
        if problem is None and self.people.text().strip():
            try:
                contacts = self.people.contact_ids()
            except errors.PcrmError as exc:
                problem = (self.people.line, exc.message)
        if problem is not None:
            widget, text = problem
            show_error(self.error, text)
            widget.setFocus()
            return None
        return TaskDraft(
            title=title,
            start_wall=self.wall(),
            time_zone=self.zone_name(),
            kind=str(self.kind.currentData()),
            rrule=self.repeat.rule(),
            all_day=self.all_day.isChecked(),
            contacts=contacts,
            alarms_minutes=self.alarms.minutes(),
            notes=self.notes.toPlainText().strip() or None,
            private=self.private.isChecked(),
            interaction_id=self.before.interaction_id if self.before else None,
        )

    def save(self) -> None:
        draft = self.collect()
        if draft is None:
            return
        try:
            if self.task_id is None:
                self.task_id = self.edits.create_task(draft)
            else:
                assert self.before is not None
                self.edits.update_task(self.task_id, self.before, draft)
        except errors.PcrmError as exc:
            show_error(self.error, exc.message)
            return
        self._saved_state = self._state()
        self.saved.emit(self.task_id)
        self.accept()

    def reject(self) -> None:
        if self.is_dirty() and not self.ask_discard():
            return
        super().reject()

    def ask_discard(self) -> bool:
        """Whether to throw away what was changed (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Discard changes?"),
            self.tr("This task has changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
