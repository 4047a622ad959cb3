"""Lists of rows in the card editor: phones, e-mails, web sites, messengers, social profiles,
postal addresses and dates — any number of each, added, removed and moved up in place.

A row turns its inputs into one domain entry (``FieldEntry``, ``AddressEntry``, ``DateEntry``)
and back, keeping what the editor does not show (vCard parameters, a date's uid) from the entry
it was loaded with.  ``check`` shows what is wrong beside the row and returns it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pcrm.domain import phones
from pcrm.domain.card import AddressEntry, DateEntry, FieldEntry
from pcrm.domain.kinds import DateKind, FieldKind
from pcrm.ui.i18n import shared_tr as _t
from pcrm.ui.widgets.card_form import ChoiceCombo, DateInput, ErrorLine, Problem
from pcrm.ui.widgets.card_html import SERVICE_NAMES
from pcrm.ui.widgets.card_links import web_address

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MESSENGERS = ("telegram", "signal", "whatsapp", "viber", "skype", "matrix", "threema", "wechat")
SOCIAL = ("linkedin", "facebook", "instagram", "x", "mastodon", "github", "gitlab", "bluesky")


def service_name(key: str) -> str:
    return SERVICE_NAMES.get(key, key.capitalize())


def _labels(kind: str) -> list[tuple[str, str]]:
    home, work = ("home", _t("home")), ("work", _t("work"))
    return {
        FieldKind.PHONE: [("mobile", _t("mobile")), home, work, ("main", _t("main")),
                          ("fax", _t("fax"))],
        FieldKind.EMAIL: [home, work],
        FieldKind.URL: [home, work, ("blog", _t("blog"))],
        FieldKind.MESSENGER: [("personal", _t("personal")), work],
        FieldKind.SOCIAL: [("personal", _t("personal")), work],
        "address": [home, work],
    }[kind]  # fmt: skip


def _clean(widget: QLineEdit) -> str | None:
    return widget.text().strip() or None


class EntryRow(QFrame):
    """One entry: inputs in ``body``, move-up and remove buttons, and its error line.

    Each kind of row gives ``entry()`` (None when empty), ``set_entry(entry)`` and
    ``first_input()`` (where the focus goes when the row is added or is wrong).
    """

    edited = Signal()
    remove_requested = Signal(object)
    up_requested = Signal(object)
    preferred_set = Signal(object)

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 2, 0, 2)
        outer.setHorizontalSpacing(4)
        outer.setVerticalSpacing(2)
        self.body = QGridLayout()
        self.body.setHorizontalSpacing(4)
        self.body.setVerticalSpacing(4)
        outer.addLayout(self.body, 0, 0)
        buttons = QHBoxLayout()
        buttons.setSpacing(0)
        self.up = QToolButton(self)
        self.up.setText("↑")
        self.up.setToolTip(_t("Move up"))
        self.up.setAccessibleName(_t("Move this {what} up").format(what=what))
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setToolTip(_t("Remove"))
        self.remove.setAccessibleName(_t("Remove this {what}").format(what=what))
        buttons.addWidget(self.up)
        buttons.addWidget(self.remove)
        outer.addLayout(buttons, 0, 1, Qt.AlignmentFlag.AlignTop)
        outer.setColumnStretch(0, 1)
        self.errors = ErrorLine(self)
        outer.addWidget(self.errors.label, 1, 0, 1, 2)
        self.up.clicked.connect(lambda: self.up_requested.emit(self))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.preferred: QCheckBox | None = None

    def _add_preferred(self, text: str) -> QCheckBox:
        self.preferred = QCheckBox(text, self)
        self.preferred.toggled.connect(lambda on: on and self.preferred_set.emit(self))
        return self.preferred

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self.edited)
            elif isinstance(widget, QComboBox):
                widget.currentTextChanged.connect(self.edited)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self.edited)
            elif isinstance(widget, DateInput):
                widget.edited.connect(self.edited)

    def check(self) -> list[Problem]:
        return self.errors.report(self.problems())

    def problems(self) -> list[Problem]:
        """What is wrong with the inputs; most rows accept anything."""
        return []


class RowList(QWidget):
    """The rows of one kind, with "Add" below; one preferred row at most."""

    edited = Signal()
    rows_changed = Signal()  # added, removed or moved: the tab order follows

    def __init__(
        self,
        make_row: Callable[[QWidget], EntryRow],
        add_text: str,
        parent: QWidget | None = None,
        *,
        shown: int | None = None,
        as_entry: Callable[[Any], Any] = lambda entry: entry,
    ) -> None:
        """``shown`` limits how many loaded entries get a row (building rows is the slow part:
        a thousand take seconds); the others are kept as they are, ``as_entry`` turning what
        ``set_entries`` got into what ``entries`` gives."""
        super().__init__(parent)
        self._make_row = make_row
        self._shown = shown
        self._as_entry = as_entry
        self._kept: list[Any] = []  # loaded beyond ``shown``: no row, unchanged
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._rows = QVBoxLayout()
        self._rows.setSpacing(2)
        layout.addLayout(self._rows)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setAutoDefault(False)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_button.clicked.connect(self._add_clicked)

    def rows(self) -> list[EntryRow]:
        found = (self._rows.itemAt(i).widget() for i in range(self._rows.count()))
        return [row for row in found if isinstance(row, EntryRow)]

    def add_row(self, entry: object = None) -> EntryRow:
        row = self._make_row(self)
        if entry is not None:
            row.set_entry(entry)
        row.edited.connect(self.edited)
        row.remove_requested.connect(self._remove)
        row.up_requested.connect(self._move_up)
        row.preferred_set.connect(self._only_preferred)
        self._rows.addWidget(row)
        row.show()  # now, not on the next event: it can take the focus at once
        self.rows_changed.emit()
        return row

    def set_entries(self, entries: Sequence[object]) -> None:
        """Show ``entries``, reusing the rows there are (building widgets is the slow part)."""
        if self._shown is not None:
            entries, self._kept = entries[: self._shown], list(entries[self._shown :])
        rows = self.rows()
        for row in rows[len(entries) :]:
            self._rows.removeWidget(row)
            row.deleteLater()
        for row, entry in zip(rows, entries, strict=False):
            row.set_entry(entry)
            row.errors.report([])
        for entry in entries[len(rows) :]:
            self.add_row(entry)
        self.rows_changed.emit()

    def entries(self) -> list[Any]:
        shown = [e for row in self.rows() if (e := row.entry()) is not None]
        return shown + [self._as_entry(e) for e in self._kept]

    def kept_count(self) -> int:
        """How many loaded entries have no row (beyond ``shown``)."""
        return len(self._kept)

    def check(self) -> list[Problem]:
        return [p for row in self.rows() for p in row.check()]

    def _add_clicked(self) -> None:
        self.add_row().first_input().setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()

    def _remove(self, row: EntryRow) -> None:
        rows = self.rows()
        index = rows.index(row)
        self._rows.removeWidget(row)
        row.deleteLater()
        rest = self.rows()
        focus = rest[min(index, len(rest) - 1)].first_input() if rest else self.add_button
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.rows_changed.emit()
        self.edited.emit()

    def _move_up(self, row: EntryRow) -> None:
        index = self.rows().index(row)
        if index == 0:
            return
        self._rows.removeWidget(row)
        self._rows.insertWidget(index - 1, row)
        self.rows_changed.emit()
        self.edited.emit()

    def _only_preferred(self, chosen: EntryRow) -> None:
        for row in self.rows():
            if row is not chosen and row.preferred is not None:
                row.preferred.setChecked(False)


class ChannelRow(EntryRow):
    """A phone, e-mail, web site, messenger handle or social profile, with label and service."""

    PLACEHOLDERS: ClassVar[dict[FieldKind, str]] = {
        FieldKind.PHONE: "+380 44 123 4567",
        FieldKind.EMAIL: "name@example.org",
        FieldKind.URL: "example.org",
        FieldKind.MESSENGER: "@handle",
        FieldKind.SOCIAL: "@handle",
    }

    def __init__(self, kind: FieldKind, what: str, parent: QWidget | None = None) -> None:
        super().__init__(what, parent)
        self.kind = kind
        self._original = FieldEntry(kind=kind.value, value="")
        self.service: ChoiceCombo | None = None
        column = 0
        if kind in (FieldKind.MESSENGER, FieldKind.SOCIAL):
            keys = MESSENGERS if kind is FieldKind.MESSENGER else SOCIAL
            self.service = ChoiceCombo([(k, service_name(k)) for k in keys], self)
            self.service.setAccessibleName(_t("Service"))
            self.service.setMinimumContentsLength(9)
            self.body.addWidget(self.service, 0, column)
            column += 1
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(self.PLACEHOLDERS[kind])
        self.value.setAccessibleName(what)
        self.body.addWidget(self.value, 0, column)
        self.body.setColumnStretch(column, 1)
        self.label = ChoiceCombo([("", ""), *_labels(kind)], self)
        self.label.setAccessibleName(_t("Label"))
        self.label.setMinimumContentsLength(7)
        self.label.lineEdit().setPlaceholderText(_t("label"))
        self.body.addWidget(self.label, 0, column + 1)
        self.body.addWidget(self._add_preferred(_t("preferred")), 0, column + 2)
        self.watch(
            self.value, self.label, self.preferred, *([self.service] if self.service else [])
        )

    def set_entry(self, entry: FieldEntry) -> None:
        self._original = entry
        self.value.setText(entry.value)
        self.label.set_key(entry.label)
        if self.service is not None:
            self.service.set_key(entry.service)
        assert self.preferred is not None
        self.preferred.setChecked(entry.preferred)

    def entry(self) -> FieldEntry | None:
        value = self.value.text().strip()
        if not value:
            return None
        assert self.preferred is not None
        service = self.service.key() if self.service is not None else None
        return replace(
            self._original,
            value=value,
            label=self.label.key(),
            preferred=self.preferred.isChecked(),
            service=service,
        )

    def problems(self) -> list[Problem]:
        value = self.value.text().strip()
        if not value:
            return []
        found = []
        if wrong := self._wrong(value):
            found.append(Problem(self.value, wrong))
        if self.service is not None and not self.service.key():
            found.append(Problem(self.service, _t("choose or type the service")))
        return found

    def _wrong(self, value: str) -> str | None:
        if self.kind is FieldKind.PHONE and phones.to_e164(value) is None:
            return _t("not a phone number; type it with the country code, like +380 44 123 4567")
        if self.kind is FieldKind.EMAIL and not EMAIL.match(value):
            return _t("not an e-mail address (name@example.org)")
        # a profile may be a handle; once it has a slash it is a web address
        web = self.kind is FieldKind.URL or "/" in value
        if web and web_address(value) is None:
            return _t("not a web address (example.org or https://…)")
        return None

    def first_input(self) -> QWidget:
        return self.service or self.value


class AddressRow(EntryRow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_t("address"), parent)
        self._original = AddressEntry()
        self.label = ChoiceCombo([("", ""), *_labels("address")], self)
        self.label.setAccessibleName(_t("Label"))
        self.label.lineEdit().setPlaceholderText(_t("label"))
        self.inputs: dict[str, QLineEdit] = {}
        places = (
            ("street", _t("Street and number"), 0, 0, 3),
            ("extended", _t("Flat, floor, building"), 1, 0, 2),
            ("po_box", _t("PO box"), 1, 2, 1),
            ("postal_code", _t("Postal code"), 2, 0, 1),
            ("locality", _t("City"), 2, 1, 2),
            ("region", _t("Region"), 3, 0, 1),
            ("country", _t("Country"), 3, 1, 2),
        )
        for name, text, row, column, span in places:
            edit = QLineEdit(self)
            edit.setPlaceholderText(text)
            edit.setAccessibleName(text)
            self.inputs[name] = edit
            self.body.addWidget(edit, row, column, 1, span)
        self.body.addWidget(self.label, 0, 3)
        self.body.addWidget(self._add_preferred(_t("preferred")), 1, 3)
        for column, stretch in enumerate((2, 2, 2, 1)):
            self.body.setColumnStretch(column, stretch)
        self.watch(self.label, self.preferred, *self.inputs.values())

    def set_entry(self, entry: AddressEntry) -> None:
        self._original = entry
        for name, edit in self.inputs.items():
            edit.setText(getattr(entry, name) or "")
        self.label.set_key(entry.label)
        assert self.preferred is not None
        self.preferred.setChecked(entry.preferred)

    def entry(self) -> AddressEntry | None:
        assert self.preferred is not None
        values = {name: _clean(edit) for name, edit in self.inputs.items()}
        if not any(values.values()):
            return None
        return replace(
            self._original, **values, label=self.label.key(), preferred=self.preferred.isChecked()
        )

    def first_input(self) -> QWidget:
        return self.inputs["street"]


class DateRow(EntryRow):
    """A birthday, anniversary or other date (with its label); the year may stay empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_t("date"), parent)
        self._original: DateEntry | None = None
        kinds = [
            (DateKind.BIRTHDAY.value, _t("Birthday")),
            (DateKind.ANNIVERSARY.value, _t("Anniversary")),
            (DateKind.OTHER.value, _t("Other")),
        ]
        self.kind = ChoiceCombo(kinds, self, editable=False)
        self.kind.setAccessibleName(_t("Kind of date"))
        self.date = DateInput(self)
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(_t("label, e.g. name day"))
        self.label.setAccessibleName(_t("Label"))
        self.remind = QCheckBox(_t("remind me"), self)
        self.remind.setChecked(True)
        self.body.addWidget(self.kind, 0, 0)
        self.body.addWidget(self.date, 0, 1)
        self.body.addWidget(self.label, 0, 2)
        self.body.addWidget(self.remind, 0, 3)
        self.body.setColumnStretch(2, 1)
        self.watch(self.kind, self.date, self.label, self.remind)

    def set_entry(self, entry: DateEntry) -> None:
        self._original = entry
        self.kind.set_key(entry.kind)
        self.date.set_value(entry.date)
        self.label.setText(entry.label or "")
        self.remind.setChecked(entry.remind)

    def entry(self) -> DateEntry | None:
        try:
            value = self.date.value()
        except ValueError:
            return None
        if value is None:
            return None
        kind = self.kind.key() or DateKind.BIRTHDAY.value
        fresh = DateEntry(
            date=value, kind=kind, label=_clean(self.label), remind=self.remind.isChecked()
        )
        return replace(fresh, uid=self._original.uid) if self._original else fresh

    def problems(self) -> list[Problem]:
        try:
            value = self.date.value()
        except ValueError as exc:
            return [Problem(self.date.first_input(), str(exc))]
        if value is None and self.label.text().strip():
            return [Problem(self.date.first_input(), _t("choose the day and the month"))]
        return []

    def first_input(self) -> QWidget:
        return self.kind
