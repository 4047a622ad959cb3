"""The settings dialog, generated from the preference schema (``pcrm.services.preferences``).

One group per section, one editor per preference chosen by its kind, its help under it and as a
tooltip.  Nothing is saved until OK; then every value is checked, a refused one is shown next to
its editor (the dialog stays open), and the accepted set is written as one undoable edit.
The schema marks its English with ``N_``; it is translated here (pcrm.ui.i18n.shared_tr).
"""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors
from pcrm.clock import local_zone
from pcrm.domain import phones
from pcrm.services.preferences import SCHEMA, Kind, Preference, Value
from pcrm.services.session import Services
from pcrm.ui.dialogs.parts import error_label, fit_height, heading, show_error
from pcrm.ui.edits import Edits
from pcrm.ui.i18n import shared_tr as _tr

# Aliases and POSIX-style names that only repeat a zone under another name.
_LEGACY_ZONE_PREFIXES = ("Etc/", "SystemV/", "US/", "Canada/", "Mexico/", "Brazil/", "Chile/")


@cache
def zone_names() -> tuple[str, ...]:
    """The IANA zones worth offering, "Area/City" (read once: listing them takes ~30 ms)."""
    return tuple(
        sorted(
            name
            for name in available_timezones()
            if "/" in name and not name.startswith(_LEGACY_ZONE_PREFIXES)
        )
    )


def region_name(code: str) -> str:
    """ "Ukraine (UA, +380)": the territory's name as Qt knows it, the code and calling code."""
    territory = QLocale.codeToTerritory(code)
    name = QLocale.territoryToString(territory) if territory != QLocale.Country.AnyTerritory else ""
    return f"{name or code} ({code}, +{phones.regions()[code]})"


class _Editor:
    """One preference's editor: reads and writes its value, and shows a refusal beside it."""

    def __init__(self, preference: Preference, parent: QWidget) -> None:
        self.preference = preference
        self.widget = self._make(parent)
        self.widget.setObjectName(preference.key)
        self.widget.setAccessibleName(_tr(preference.label))
        self.widget.setAccessibleDescription(_tr(preference.help))
        self.widget.setToolTip(_tr(preference.help))
        self.error = error_label(parent)

    def _make(self, parent: QWidget) -> QWidget:
        p = self.preference
        if p.kind is Kind.BOOL:
            return QCheckBox(_tr(p.label), parent)
        if p.kind is Kind.INT:
            spin = QSpinBox(parent)
            spin.setRange(p.minimum, p.maximum)
            if p.minimum_text:
                spin.setSpecialValueText(_tr(p.minimum_text))
            spin.setAccelerated(True)
            return spin
        if p.kind is Kind.TEXT:
            line = QLineEdit(parent)
            line.setMaxLength(p.maximum)
            return line
        if p.kind in (Kind.FILE, Kind.FOLDER):
            return QLineEdit(parent)
        combo = QComboBox(parent)
        if p.kind is Kind.CHOICE:
            for value, label in p.choices:
                combo.addItem(_tr(label), value)
        elif p.kind is Kind.REGION:
            names = sorted((region_name(code), code) for code in phones.regions())
            for name, code in names:
                combo.addItem(name, code)
        else:  # a zone: any IANA name may be typed; the system's comes first
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItem(_tr("System ({zone})").format(zone=getattr(local_zone(), "key", "UTC")))
            combo.addItems(zone_names())
            completer = QCompleter(zone_names(), combo)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            combo.setCompleter(completer)
        return combo

    def value(self) -> Value:
        kind, w = self.preference.kind, self.widget
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QSpinBox):
            return w.value()
        if isinstance(w, QLineEdit):
            return w.text()
        assert isinstance(w, QComboBox)
        if kind is Kind.ZONE:  # typed text, or the first item: the system's zone
            text = w.currentText().strip()
            return None if text in ("", w.itemText(0)) else text
        return w.currentData()  # type: ignore[no-any-return]

    def set_value(self, value: Value) -> None:
        w = self.widget
        if isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value or 0))
        elif isinstance(w, QLineEdit):
            w.setText(str(value or ""))
        elif isinstance(w, QComboBox) and self.preference.kind is Kind.ZONE:
            w.setCurrentIndex(0 if value is None else w.findText(str(value)))
            if value is not None and w.currentIndex() < 0:  # a zone not in the list
                w.setEditText(str(value))
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(w.findData(value), 0))
        show_error(self.error, "")

    def checked(self) -> Value:
        """The value, checked against the schema; a refusal is shown in place and re-raised."""
        try:
            value = self.preference.check(self.value())
        except errors.BadInput as exc:
            show_error(self.error, str(exc.params.get("reason", exc.message)))
            raise
        show_error(self.error, "")
        return value


class SettingsDialog(QDialog):
    def __init__(
        self,
        services: Services,
        edits: Edits,
        parent: QWidget | None = None,
        schema: tuple[Preference, ...] = SCHEMA,
    ) -> None:
        super().__init__(parent)
        self.services, self.edits = services, edits
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        # One form for every section, so that labels and editors line up across sections.
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(3)
        layout.addLayout(form)

        def under(widget: QWidget) -> None:  # in the editors' column, with no label
            form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, widget)

        self.editors: dict[str, _Editor] = {}
        section = ""
        for preference in schema:
            if preference.section != section:
                section = preference.section
                form.addRow(self._section(section, first=not self.editors))
            editor = self.editors[preference.key] = _Editor(preference, self)
            if preference.kind is Kind.BOOL:
                under(editor.widget)
            else:
                label = QLabel(_tr(preference.label), self)
                label.setBuddy(editor.widget)
                form.addRow(label, editor.widget)
            under(editor.error)
            under(self._help(preference))
        self.status = error_label(self)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.restore_button: QPushButton = self.buttons.button(
            QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_defaults)
        layout.addWidget(self.buttons)
        for key, value in services.preferences.all().items():
            if key in self.editors:
                self.editors[key].set_value(value)

    @classmethod
    def ask(cls, services: Services, edits: Edits, parent: QWidget | None = None) -> bool:
        """Show the dialog; True when the owner saved (tests replace this)."""
        return cls(services, edits, parent).exec() == QDialog.DialogCode.Accepted

    def showEvent(self, event: QShowEvent) -> None:
        fit_height(self)
        super().showEvent(event)

    def _section(self, title: str, *, first: bool) -> QLabel:
        label = heading(_tr(title), self)
        label.setObjectName("section")
        label.setContentsMargins(0, 0 if first else 10, 0, 2)
        return label

    def _help(self, preference: Preference) -> QLabel:
        label = QLabel(_tr(preference.help), self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setContentsMargins(0, 0, 0, 6)
        palette = label.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        label.setPalette(palette)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        label.setFont(font)
        return label

    def restore_defaults(self) -> None:
        """Put every editor back to its default; nothing is saved until OK."""
        for key, editor in self.editors.items():
            editor.set_value(self.services.preferences.default(key))
        show_error(self.status, "")

    def values(self) -> dict[str, Value] | None:
        """Every editor's checked value, or None when one is refused (shown beside it, and the
        first refused editor gets the focus)."""
        found: dict[str, Value] = {}
        refused: list[_Editor] = []
        for key, editor in self.editors.items():
            try:
                found[key] = editor.checked()
            except errors.BadInput:
                refused.append(editor)
        if refused:
            refused[0].widget.setFocus()
            return None
        return found

    def accept(self) -> None:
        chosen = self.values()
        if chosen is None:
            return
        prefs = self.services.preferences
        before = prefs.stored()
        # A value left as it was stays as it was (chosen, or following its default).
        after = {
            k: v
            for k, v in chosen.items()
            if (k in before and v == before[k]) or v != prefs.default(k)
        }
        if after != before:
            try:
                self.edits.run(
                    self.tr("Change settings"),
                    lambda s: s.preferences.replace(after),
                    lambda s: s.preferences.replace(before),
                )
            except errors.PcrmError as exc:
                show_error(self.status, exc.message)
                return
        super().accept()
