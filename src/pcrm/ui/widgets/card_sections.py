"""The single-valued parts of the card editor: the name, how we met, keeping in touch, notes.

Each section reads its part of a :class:`ContactCard` (``load``), writes it back into a card
(``apply``), and says what is wrong in place (``check``); ``edited`` fires on any change.
"""

from __future__ import annotations

import functools
import zoneinfo
from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors
from pcrm.domain.card import ContactCard
from pcrm.domain.names import PersonName
from pcrm.domain.zones import zone_named
from pcrm.services.session import Services
from pcrm.ui.i18n import shared_tr as _t
from pcrm.ui.widgets.card_form import ChoiceCombo, DateInput, ErrorLine, Problem
from pcrm.ui.widgets.card_html import STYLE, notes_html
from pcrm.ui.widgets.card_rows import service_name
from pcrm.ui.widgets.contact_picker import ContactPicker

MAX_CADENCE_DAYS = 3650
NAME_PARTS = ("prefix", "given", "middle", "family", "suffix", "nickname")
PHONETIC_PARTS = ("phonetic_given", "phonetic_middle", "phonetic_family")


@functools.cache
def zone_names() -> list[str]:
    return sorted(zoneinfo.available_timezones())


def _captioned(grid: QGridLayout, place: tuple[int, int, int], text: str, widget: QWidget) -> None:
    """``widget`` under a small caption at (row, column, column span)."""
    row, column, span = place
    caption = QLabel(text)
    caption.setBuddy(widget)
    caption.setStyleSheet("color: #6b6b6b;")
    widget.setAccessibleName(text.replace("&", ""))
    grid.addWidget(caption, row, column, 1, span)
    grid.addWidget(widget, row + 1, column, 1, span)


class NameSection(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.parts: dict[str, QLineEdit] = {}
        captions = {
            "prefix": _t("Prefix"),
            "given": _t("&Given name"),
            "middle": _t("Middle"),
            "family": _t("&Family name"),
            "suffix": _t("Suffix"),
            "nickname": _t("&Nickname"),
            "phonetic_given": _t("Given, as spoken"),
            "phonetic_middle": _t("Middle, as spoken"),
            "phonetic_family": _t("Family, as spoken"),
        }
        places = {
            "prefix": (0, 0, 1), "given": (0, 1, 1), "middle": (0, 2, 1), "family": (0, 3, 1),
            "suffix": (0, 4, 1), "nickname": (2, 0, 1), "display": (2, 1, 3),
            "phonetic_given": (4, 1, 1), "phonetic_middle": (4, 2, 1), "phonetic_family": (4, 3, 1),
        }  # fmt: skip
        self.display = QLineEdit(self)
        self.display.setToolTip(_t("Leave empty to use the name parts"))
        captions["display"] = _t("&Display name (empty: from the parts)")
        for name, place in places.items():  # in this order, which is the tab order
            edit = self.display if name == "display" else QLineEdit(self)
            if edit is not self.display:
                self.parts[name] = edit
            _captioned(grid, place, captions[name], edit)
            edit.textChanged.connect(self.edited)
        for column, stretch in enumerate((1, 3, 2, 3, 1)):
            grid.setColumnStretch(column, stretch)
        self.edited.connect(self._compose)

    def _person(self) -> PersonName:
        return PersonName(*(self.parts[p].text() for p in NAME_PARTS))

    def _compose(self) -> None:
        composed = self._person().composed()
        self.display.setPlaceholderText(composed or _t("composed from the name"))

    def load(self, card: ContactCard) -> None:
        for name, edit in self.parts.items():
            edit.setText(getattr(card, name) or "")
        self.display.setText(card.display_name if card.display_name_custom else "")
        self._compose()

    def apply(self, card: ContactCard) -> None:
        for name, edit in self.parts.items():
            setattr(card, name, edit.text().strip() or None)
        card.display_name = self.display.text().strip()
        card.display_name_custom = bool(card.display_name)

    def title(self) -> str:
        return self.display.text().strip() or self._person().composed()


class MetSection(QWidget):
    """How we met: when, where, through what, and who introduced us."""

    edited = Signal()

    def __init__(
        self, services: Callable[[], Services | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.on = DateInput(self)
        self.place = QLineEdit(self)
        channels = [
            ("", ""), ("in_person", _t("in person")), ("event", _t("an event")),
            ("work", _t("work")), ("friends", _t("friends")), ("school", _t("school")),
        ]  # fmt: skip
        channels += [(k, service_name(k)) for k in ("linkedin", "facebook", "instagram")]
        self.channel = ChoiceCombo(channels, self)
        self.introducer = ContactPicker(services, self)
        self.notes = QLineEdit(self)
        rows = (
            (_t("When"), self.on),
            (_t("Where"), self.place),
            (_t("Through"), self.channel),
            (_t("Introduced by"), self.introducer),
            (_t("Note"), self.notes),
        )
        for row, (text, widget) in enumerate(rows):
            grid.addWidget(QLabel(text, self), row, 0)
            grid.addWidget(widget, row, 1)
            widget.setAccessibleName(text)
        grid.setColumnStretch(1, 1)
        self.errors = ErrorLine(self)
        grid.addWidget(self.errors.label, len(rows), 1)
        self.on.edited.connect(self.edited)
        self.place.textChanged.connect(self.edited)
        self.channel.currentTextChanged.connect(self.edited)
        self.introducer.textChanged.connect(self.edited)
        self.notes.textChanged.connect(self.edited)

    def load(self, card: ContactCard, introducer: str | None) -> None:
        self.introducer.exclude = card.id
        self.on.set_value(card.met_on)
        self.place.setText(card.met_place or "")
        self.channel.set_key(card.met_channel)
        self.introducer.set_contact(card.introduced_by_id, introducer or "")
        self.notes.setText(card.met_notes or "")

    def apply(self, card: ContactCard) -> None:
        try:
            card.met_on = self.on.value()
        except ValueError:
            card.met_on = None  # check() refuses the save first
        card.met_place = self.place.text().strip() or None
        card.met_channel = self.channel.key()
        card.introduced_by_id = self.introducer.contact_id()
        card.met_notes = self.notes.text().strip() or None

    def check(self) -> list[Problem]:
        found = []
        try:
            self.on.value()
        except ValueError as exc:
            found.append(Problem(self.on.first_input(), str(exc)))
        if self.introducer.is_unresolved():
            message = _t("choose the contact from the list as you type")
            found.append(Problem(self.introducer, message))
        return self.errors.report(found)


class KeepingSection(QWidget):
    """Stay in touch every N days, the contact's time zone, favourite and archived."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.cadence = QSpinBox(self)
        self.cadence.setRange(0, MAX_CADENCE_DAYS)
        self.cadence.setSpecialValueText(_t("no reminder"))
        self.cadence.setSuffix(_t(" days"))
        self.cadence.setAccessibleName(_t("Stay in touch every"))
        self.cadence.setMaximumWidth(self.cadence.fontMetrics().horizontalAdvance("0" * 16) + 40)
        self.zone = QLineEdit(self)
        self.zone.setPlaceholderText("Europe/Kyiv")
        self.zone.setAccessibleName(_t("Time zone"))
        self.zone.setMaximumWidth(self.zone.fontMetrics().horizontalAdvance("0" * 32))
        completer = QCompleter(QStringListModel(zone_names(), self), self.zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.setCompleter(completer)
        self.favourite = QCheckBox(_t("Favourite"), self)
        self.archived = QCheckBox(_t("Archived"), self)
        grid.addWidget(QLabel(_t("Stay in touch every"), self, buddy=self.cadence), 0, 0)
        grid.addWidget(self.cadence, 0, 1)
        grid.addWidget(QLabel(_t("Their time zone"), self, buddy=self.zone), 1, 0)
        grid.addWidget(self.zone, 1, 1)
        flags = QHBoxLayout()
        flags.addWidget(self.favourite)
        flags.addWidget(self.archived)
        flags.addStretch(1)
        grid.addLayout(flags, 2, 1)
        self.errors = ErrorLine(self)
        grid.addWidget(self.errors.label, 3, 1)
        grid.setColumnStretch(1, 1)
        self.cadence.valueChanged.connect(self.edited)
        self.zone.textChanged.connect(self.edited)
        self.favourite.toggled.connect(self.edited)
        self.archived.toggled.connect(self.edited)

    def load(self, card: ContactCard) -> None:
        self.cadence.setValue(card.cadence_days or 0)
        self.zone.setText(card.time_zone or "")
        self.favourite.setChecked(card.favourite)
        self.archived.setChecked(card.archived)

    def apply(self, card: ContactCard) -> None:
        card.cadence_days = self.cadence.value() or None
        card.time_zone = self.zone.text().strip() or None
        card.favourite = self.favourite.isChecked()
        card.archived = self.archived.isChecked()

    def check(self) -> list[Problem]:
        found = []
        if self.zone.text().strip():
            try:
                zone_named(self.zone.text())
            except errors.BadInput:
                message = _t("not a time zone; type a city and choose, like Europe/Kyiv")
                found.append(Problem(self.zone, message))
        return self.errors.report(found)


class NotesSection(QWidget):
    """Markdown notes typed as plain text, with a preview of how the card will show them."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preview_button = QToolButton(self)
        self.preview_button.setText(_t("Preview"))
        self.preview_button.setCheckable(True)
        self.preview_button.setToolTip(_t("Show the notes as the card will"))
        self.stack = QStackedWidget(self)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(_t("Notes"))
        self.text.setPlaceholderText(_t("Markdown: *emphasis*, **bold**, - lists, [links](…)"))
        self.text.setTabChangesFocus(True)
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        self.preview.document().setDefaultStyleSheet(STYLE)
        self.preview.setAccessibleName(_t("Notes preview"))
        for widget in (self.text, self.preview):
            widget.setMinimumHeight(120)
            self.stack.addWidget(widget)
        layout.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.stack)
        self.preview_button.toggled.connect(self.show_preview)
        self.text.textChanged.connect(self.edited)

    def show_preview(self, on: bool) -> None:
        if on:
            self.preview.setHtml(notes_html(self.text.toPlainText()))
        self.stack.setCurrentWidget(self.preview if on else self.text)
        self.preview_button.setChecked(on)

    def load(self, card: ContactCard) -> None:
        self.text.setPlainText(card.notes or "")
        self.show_preview(False)

    def apply(self, card: ContactCard) -> None:
        card.notes = self.text.toPlainText() if self.text.toPlainText().strip() else None
