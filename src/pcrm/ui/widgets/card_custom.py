"""Custom fields on the card: one input per field the owner defined, by its type, and a small
dialog to define another (an undoable edit: undo takes the definition away again).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors
from pcrm.domain.card import ContactCard
from pcrm.domain.kinds import CustomFieldType
from pcrm.services.changes import ChangeSet
from pcrm.services.contacts import CustomFieldDefinition
from pcrm.services.session import Services
from pcrm.ui.dialogs.parts import error_label, show_error
from pcrm.ui.edits import Edits
from pcrm.ui.i18n import shared_tr as _t
from pcrm.ui.widgets.card_form import ChoiceCombo, DateInput, ErrorLine, Problem

CUSTOM_FIELD = "custom_field"
Value = str | float | date | None


def _types() -> list[tuple[str, str]]:
    return [
        (CustomFieldType.TEXT.value, _t("Text")),
        (CustomFieldType.NUMBER.value, _t("Number")),
        (CustomFieldType.DATE.value, _t("Date")),
        (CustomFieldType.CHOICE.value, _t("Choice")),
    ]


def define_field(edits: Edits, name: str, field_type: str, choices: list[str]) -> None:
    """Define a custom field through the undo stack; BadInput when the name is empty or taken."""

    def do(s: Services) -> ChangeSet:
        field_id = s.contacts.define_custom_field(name, field_type, choices)
        return ChangeSet().add("created", CUSTOM_FIELD, field_id)

    edits.run(
        _t("Define the field “{name}”").format(name=name.strip()),
        do,
        lambda s: s.contacts.remove_custom_field(name.strip()),
    )


class DefineFieldDialog(QDialog):
    def __init__(self, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.setWindowTitle(_t("Define a field"))
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(_t("e.g. Gift ideas"))
        self.kind = ChoiceCombo(_types(), self, editable=False)
        self.choices = QLineEdit(self)
        self.choices.setPlaceholderText(_t("one, two, three"))
        self.error = error_label(self)
        form.addRow(_t("&Name"), self.name)
        form.addRow(_t("&Type"), self.kind)
        form.addRow(_t("&Choices"), self.choices)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    @classmethod
    def ask(cls, edits: Edits, parent: QWidget | None) -> str | None:
        """The name of the field defined, or None when the owner cancelled."""
        dialog = cls(edits, parent)
        return dialog.name.text().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _kind_changed(self) -> None:
        self.choices.setEnabled(self.kind.key() == CustomFieldType.CHOICE)

    def accept(self) -> None:
        kind = self.kind.key() or CustomFieldType.TEXT.value
        choices = [c.strip() for c in self.choices.text().split(",") if c.strip()]
        if kind == CustomFieldType.CHOICE and not choices:
            show_error(self.error, _t("A choice field needs its choices, separated by commas."))
            self.choices.setFocus()
            return
        try:
            define_field(self.edits, self.name.text(), kind, choices)
        except errors.BadInput as exc:
            show_error(self.error, exc.message)
            self.name.setFocus()
            return
        super().accept()


class CustomSection(QWidget):
    edited = Signal()
    defined = Signal(str)  # a field was defined from here (the editor reloads the definitions)

    def __init__(self, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._box = QWidget(self)  # the inputs, built again when the definitions change
        self.inputs: dict[str, tuple[CustomFieldDefinition, QWidget]] = {}
        self.errors = ErrorLine(self)
        self.define_button = QPushButton(_t("Define a field…"), self)
        self.define_button.setAutoDefault(False)
        self.define_button.clicked.connect(self._define)
        self._layout.addWidget(self._box)
        self._layout.addWidget(self.errors.label)
        self._layout.addWidget(self.define_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_definitions(self, definitions: list[CustomFieldDefinition]) -> None:
        if [d for d, _widget in self.inputs.values()] == definitions:
            return
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self.inputs = {}
        for row, definition in enumerate(definitions):
            widget = self._input(definition, box)
            widget.setAccessibleName(definition.name)
            self.inputs[definition.name] = (definition, widget)
            grid.addWidget(QLabel(definition.name, box, buddy=widget), row, 0)
            grid.addWidget(widget, row, 1)
        self._layout.replaceWidget(self._box, box)
        self._box.deleteLater()
        self._box = box

    def _input(self, definition: CustomFieldDefinition, box: QWidget) -> QWidget:
        kind = definition.field_type
        if kind == CustomFieldType.DATE:
            dates = DateInput(box, year_required=True)
            dates.edited.connect(self.edited)
            return dates
        if kind == CustomFieldType.CHOICE:
            combo = QComboBox(box)
            combo.addItem("", None)
            for choice in definition.choices:
                combo.addItem(choice, choice)
            combo.currentIndexChanged.connect(self.edited)
            return combo
        edit = QLineEdit(box)
        if kind == CustomFieldType.NUMBER:
            edit.setPlaceholderText("0")
        edit.textChanged.connect(self.edited)
        return edit

    def load(self, card: ContactCard) -> None:
        for name, (_definition, widget) in self.inputs.items():
            value = card.custom.get(name)
            if isinstance(widget, DateInput):
                widget.set_value(value if isinstance(value, date) else None)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, QLineEdit):
                number = isinstance(value, float) and value.is_integer()
                widget.setText(str(int(value)) if number else str(value or ""))  # type: ignore[arg-type]

    def _value(self, definition: CustomFieldDefinition, widget: QWidget) -> Value:
        """The value typed; ValueError (with a reason to show) when it is not one."""
        if isinstance(widget, DateInput):
            return widget.date_value()
        if isinstance(widget, QComboBox):
            data = widget.currentData()
            return str(data) if data else None
        assert isinstance(widget, QLineEdit)
        text = widget.text().strip()
        if not text:
            return None
        if definition.field_type == CustomFieldType.NUMBER:
            try:
                return float(text.replace(",", ".").replace(" ", ""))
            except ValueError:
                raise ValueError(_t("not a number")) from None
        return text

    def apply(self, card: ContactCard) -> None:
        values: dict[str, Value] = {}
        for name, (definition, widget) in self.inputs.items():
            try:
                values[name] = self._value(definition, widget)
            except ValueError:
                continue  # check() refuses the save first
        card.custom = {name: value for name, value in values.items() if value is not None}

    def check(self) -> list[Problem]:
        found = []
        for name, (definition, widget) in self.inputs.items():
            try:
                self._value(definition, widget)
            except ValueError as exc:
                target = widget.first_input() if isinstance(widget, DateInput) else widget
                found.append(Problem(target, f"{name}: {exc}"))
        return self.errors.report(found)

    def widget_for(self, name: str) -> QWidget | None:
        found = self.inputs.get(name)
        return found[1] if found else None

    def _define(self) -> None:
        name = DefineFieldDialog.ask(self.edits, self)
        if name:
            self.defined.emit(name)
