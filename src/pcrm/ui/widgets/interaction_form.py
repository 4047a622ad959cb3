"""The form of one interaction — who, kind, channel, direction, time, duration, place, subject,
notes and follow-ups — shared by quick capture (a new entry) and the edit dialog.

Times and durations are typed the way the command line takes them (``yesterday 15:00``,
``2 hours ago``, ``1h30``) and what they were understood as is shown beside them as the owner
types.  ``collect`` checks everything at once and shows each problem next to its field; the
form never saves anything itself.  ``state`` / ``set_state`` give what is typed as plain data,
which quick capture keeps as its draft.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from pcrm import errors
from pcrm.clock import Clock
from pcrm.domain.durations import format_duration, parse_duration
from pcrm.domain.kinds import Channel, Direction, InteractionKind
from pcrm.domain.timeparse import When
from pcrm.services.session import Services
from pcrm.services.tasks import TaskDraft
from pcrm.services.timeline import InteractionDraft, InteractionView
from pcrm.ui.dialogs.parts import error_label, show_error
from pcrm.ui.formatting import local_datetime
from pcrm.ui.widgets.follow_ups import FollowUps, parse_or_none, set_hint, task_title, when_hint
from pcrm.ui.widgets.people_field import PeopleField

FOLLOW_UP_KEY = "Ctrl+T"
_TEXT_FIELDS = ("when", "duration", "location", "subject", "life_event")


class InteractionForm(QWidget):
    """``follow_ups`` adds the follow-up rows and Ctrl+T (the current line of the notes
    becomes a follow-up)."""

    edited = Signal()

    def __init__(
        self,
        services: Services,
        clock: Clock,
        *,
        follow_ups: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = clock
        self._base: InteractionDraft | None = None  # the entry being edited, as loaded
        self._loaded_when = ""
        self.people = PeopleField(services, self)
        self.kind = QComboBox(self)
        for kind, label in (
            (InteractionKind.MEETING, self.tr("Meeting")),
            (InteractionKind.CALL, self.tr("Call")),
            (InteractionKind.MESSAGE, self.tr("Message")),
            (InteractionKind.NOTE, self.tr("Note")),
            (InteractionKind.LIFE_EVENT, self.tr("Life event")),
        ):
            self.kind.addItem(label, kind.value)
        self.channel = QComboBox(self)
        self.channel.setEditable(True)
        self.channel.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.channel.addItem("", None)
        for channel, label in self._channel_labels().items():
            self.channel.addItem(label, channel.value)
        self.direction = QComboBox(self)
        self.direction.addItem("", None)
        self.direction.addItem(self.tr("Incoming"), Direction.INCOMING.value)
        self.direction.addItem(self.tr("Outgoing"), Direction.OUTGOING.value)
        self.when = QLineEdit(self)
        self.when.setPlaceholderText(self.tr("now"))
        self.when.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.when_shown = QLabel(self)
        self.duration = QLineEdit(self)
        self.duration.setPlaceholderText(self.tr("45m, 1h30…"))
        self.duration.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 10)
        self.duration_shown = QLabel(self)
        self.location = QLineEdit(self)
        self.subject = QLineEdit(self)
        self.life_event = QLineEdit(self)
        self.life_event.setPlaceholderText(self.tr("new job, moved, married…"))
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("What happened? Markdown works.")
            + (
                " "
                + self.tr("{key} turns the current line into a follow-up task.").format(
                    key=QKeySequence(FOLLOW_UP_KEY).toString(QKeySequence.SequenceFormat.NativeText)
                )
                if follow_ups
                else ""
            )
        )
        self.private = QCheckBox(self.tr("&Private (left out of calendar exports)"), self)
        self.follow_ups = FollowUps(clock, self)
        self.error = error_label(self)
        self._lay_out()
        self._name_controls()
        if follow_ups:
            shortcut = QShortcut(QKeySequence(FOLLOW_UP_KEY), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.add_follow_up)
        self._connect()
        self._show_when()
        self._show_duration()
        self._kind_changed()

    def _channel_labels(self) -> dict[Channel, str]:
        return {
            Channel.IN_PERSON: self.tr("In person"),
            Channel.PHONE: self.tr("Phone"),
            Channel.VIDEO: self.tr("Video"),
            Channel.EMAIL: self.tr("E-mail"),
            Channel.SMS: self.tr("SMS"),
            Channel.TELEGRAM: "Telegram",
            Channel.SIGNAL: "Signal",
            Channel.WHATSAPP: "WhatsApp",
            Channel.VIBER: "Viber",
            Channel.LINKEDIN: "LinkedIn",
            Channel.FACEBOOK: "Facebook",
            Channel.INSTAGRAM: "Instagram",
            Channel.X: "X",
            Channel.MASTODON: "Mastodon",
            Channel.OTHER: self.tr("Other"),
        }

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def labelled(text: str, buddy: QWidget) -> QLabel:
            label = QLabel(text, self)
            label.setBuddy(buddy)
            return label

        form.addRow(labelled(self.tr("&Who:"), self.people.line), self.people)
        what = QHBoxLayout()
        what.addWidget(self.kind)
        what.addSpacing(12)
        what.addWidget(labelled(self.tr("C&hannel:"), self.channel))
        what.addWidget(self.channel, 1)
        what.addSpacing(12)
        what.addWidget(labelled(self.tr("Di&rection:"), self.direction))
        what.addWidget(self.direction)
        form.addRow(labelled(self.tr("&Kind:"), self.kind), what)
        when = QHBoxLayout()
        when.addWidget(self.when)
        when.addWidget(self.when_shown, 1)
        form.addRow(labelled(self.tr("&Time:"), self.when), when)
        duration = QHBoxLayout()
        duration.addWidget(self.duration)
        duration.addWidget(self.duration_shown, 1)
        form.addRow(labelled(self.tr("D&uration:"), self.duration), duration)
        form.addRow(labelled(self.tr("Life &event:"), self.life_event), self.life_event)
        form.addRow(labelled(self.tr("&Location:"), self.location), self.location)
        form.addRow(labelled(self.tr("&Subject:"), self.subject), self.subject)
        form.addRow(labelled(self.tr("&Notes:"), self.text), self.text)
        self._follow_ups_label = labelled(self.tr("Follow-ups:"), self.follow_ups)
        form.addRow(self._follow_ups_label, self.follow_ups)
        form.addRow("", self.private)
        form.addRow("", self.error)
        self._form = form

    def _name_controls(self) -> None:
        for widget, name in (
            (self.kind, self.tr("Kind")),
            (self.channel, self.tr("Channel")),
            (self.direction, self.tr("Direction")),
            (self.when, self.tr("Time")),
            (self.duration, self.tr("Duration")),
            (self.location, self.tr("Location")),
            (self.subject, self.tr("Subject")),
            (self.life_event, self.tr("Life event")),
            (self.text, self.tr("Notes")),
        ):
            widget.setAccessibleName(name)

    def _connect(self) -> None:
        self.people.edited.connect(self.edited)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.channel.editTextChanged.connect(lambda _t: self.edited.emit())
        self.direction.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.when.textChanged.connect(self._show_when)
        self.duration.textChanged.connect(self._show_duration)
        for field in (self.when, self.duration, self.location, self.subject, self.life_event):
            field.textChanged.connect(lambda _t: self.edited.emit())
        self.text.textChanged.connect(self.edited)
        self.private.toggled.connect(lambda _on: self.edited.emit())
        self.follow_ups.edited.connect(self.edited)
        self.follow_ups.edited.connect(
            lambda: self._follow_ups_label.setVisible(bool(self.follow_ups.rows))
        )
        self._follow_ups_label.setVisible(False)

    # -- feedback as the owner types --------------------------------------------------------------

    def _kind_changed(self) -> None:
        life = self.kind.currentData() == InteractionKind.LIFE_EVENT.value
        self._form.setRowVisible(self.life_event, life)
        self.edited.emit()

    def _parsed_when(self) -> When | None:
        return parse_or_none(self.when.text(), self.clock)

    def _show_when(self) -> None:
        if not self.when.text().strip():
            set_hint(self.when_shown, self.tr("when you save") if self._base is None else "", False)
            return
        hint, bad = when_hint(self._parsed_when(), self.clock)
        set_hint(self.when_shown, hint, bad)

    def _parsed_duration(self) -> timedelta | None:
        try:
            return parse_duration(self.duration.text())
        except ValueError:
            return None

    def _show_duration(self) -> None:
        if not self.duration.text().strip():
            set_hint(self.duration_shown, "", False)
            return
        parsed = self._parsed_duration()
        if parsed is None:
            set_hint(self.duration_shown, self.tr("not a duration"), True)
        else:
            set_hint(self.duration_shown, format_duration(int(parsed.total_seconds())), False)

    # -- follow-ups -------------------------------------------------------------------------------

    def add_follow_up(self) -> None:
        """The notes' current line as a follow-up (the line stays in the notes); an empty line
        gives an empty row to type into."""
        in_text = self.window().focusWidget() is self.text
        line = self.text.textCursor().block().text() if in_text else ""
        title = task_title(line)
        field = self.follow_ups.add(title)
        if not title:
            field.setFocus()

    # -- the state as plain data (quick capture's draft) -----------------------------------------

    def state(self) -> dict[str, Any]:
        state: dict[str, Any] = {name: getattr(self, name).text() for name in _TEXT_FIELDS}
        state.update(
            who=self.people.text(),
            picked=self.people.picked(),
            kind=self.kind.currentData(),
            channel=self._channel_value(),
            direction=self.direction.currentData(),
            text=self.text.toPlainText(),
            private=self.private.isChecked(),
            follow_ups=self.follow_ups.state(),
        )
        return state

    def set_state(self, state: dict[str, Any]) -> None:
        for name in _TEXT_FIELDS:
            getattr(self, name).setText(str(state.get(name) or ""))
        self.people.set_people(str(state.get("who") or ""), dict(state.get("picked") or {}))
        self.kind.setCurrentIndex(max(self.kind.findData(state.get("kind")), 0))
        self._set_channel(state.get("channel"))
        self.direction.setCurrentIndex(max(self.direction.findData(state.get("direction")), 0))
        self.text.setPlainText(str(state.get("text") or ""))
        self.private.setChecked(bool(state.get("private")))
        self.follow_ups.set_state(list(state.get("follow_ups") or []))

    def _channel_value(self) -> str | None:
        typed = self.channel.currentText().strip()
        index = self.channel.findText(typed, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.channel.itemData(index)  # type: ignore[no-any-return]
        return typed or None

    def _set_channel(self, value: object) -> None:
        index = self.channel.findData(value) if value else 0
        if index >= 0:
            self.channel.setCurrentIndex(index)
        else:
            self.channel.setEditText(str(value))

    def load(self, view: InteractionView) -> None:
        """Fill the form with an existing entry, to edit it."""
        self._base = view.draft()
        local = view.starts_at.astimezone(self.clock.zone())
        shown = local.strftime("%Y-%m-%d") if view.all_day else local_datetime(local, local.tzinfo)
        self._loaded_when = shown
        self.set_state(
            {
                "who": ", ".join(name for _, name in view.participants),
                "picked": {name: cid for cid, name in view.participants},
                "kind": view.kind,
                "channel": view.channel,
                "direction": view.direction,
                "when": shown,
                "duration": format_duration(view.duration_seconds),
                "location": view.location,
                "subject": view.subject,
                "life_event": view.life_event,
                "text": view.body,
                "private": view.private,
            }
        )

    def when_at(self) -> datetime | None:
        """The instant typed in the time field, if it is one."""
        when = self._parsed_when()
        return when.at if when is not None else None

    # -- checking and collecting ------------------------------------------------------------------

    def collect(self) -> InteractionDraft | None:
        """What the form says, or None with every problem shown in place and the first one's
        field focused."""
        show_error(self.error, "")
        bad: list[QWidget] = []
        participants: list[int] = []
        try:
            participants = self.people.contact_ids()
        except errors.PcrmError:
            bad.append(self.people.line)
        when = self._parsed_when()
        typed_when = self.when.text().strip()
        if typed_when and when is None:
            bad.append(self.when)
        duration = self._parsed_duration()
        if self.duration.text().strip() and duration is None:
            bad.append(self.duration)
        if bad:
            bad[0].setFocus()
            return None
        unchanged = self._base is not None and typed_when == self._loaded_when
        starts = None if unchanged or when is None else when.at
        base = self._base or InteractionDraft(kind="", participants=[])
        return replace(
            base,
            kind=str(self.kind.currentData()),
            participants=participants,
            starts_at=starts,
            all_day=base.all_day if unchanged else bool(when and when.date_only),
            duration=duration,
            channel=self._channel_value(),
            direction=self.direction.currentData(),
            location=self.location.text().strip() or None,
            subject=self.subject.text().strip() or None,
            body=self.text.toPlainText().strip() or None,
            life_event=self.life_event.text().strip() or None
            if self.kind.currentData() == InteractionKind.LIFE_EVENT.value
            else None,
            private=self.private.isChecked(),
        )

    def tasks(self, participants: list[int]) -> list[TaskDraft] | None:
        """The follow-ups to create, or None with the problem shown in place."""
        return self.follow_ups.tasks(participants)

    def show_error(self, exc: errors.PcrmError) -> None:
        """A change the services refused, next to the field it is about when there is one."""
        where = str(exc.params.get("where", ""))
        what = str(exc.params.get("what", ""))
        field: QWidget | None = {
            "time": self.when,
            "duration": self.duration,
            "kind": self.kind,
            "direction": self.direction,
            "log": self.people.line,
        }.get(where)
        if what == "contact":
            field = self.people.line
        show_error(self.error, exc.message)
        if field is not None:
            field.setFocus()
