"""The settings dialog over a real store: generated from the schema, checked in place, undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSpinBox,
)

from pcrm.services import preferences as prefs
from pcrm.services.changes import ChangeSet
from pcrm.services.preferences import Kind, Preference
from pcrm.services.session import Services
from pcrm.ui.dialogs.settings_dialog import SettingsDialog, region_name
from pcrm.ui.edits import Edits


def open_dialog(qtbot, services: Services, **kwargs) -> tuple[SettingsDialog, list[ChangeSet]]:
    edits = Edits(lambda: services)
    seen: list[ChangeSet] = []
    edits.changed.connect(seen.append)
    dialog = SettingsDialog(services, edits, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, seen


def editor(dialog: SettingsDialog, key: str):
    return dialog.editors[key].widget


def ok(qtbot, dialog: SettingsDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_one_editor_per_preference_grouped_by_section(qtbot, services: Services) -> None:
    services.preferences.set("dates.feb29", "mar1")
    dialog, _ = open_dialog(qtbot, services)
    titles = [label.text() for label in dialog.findChildren(QLabel, "section")]
    assert titles == [
        "Contacts",
        "Dates and times",
        "Quick capture",
        "Security",
        "Calendar subscription",
        "Backups",
        "Language",
    ]
    assert set(dialog.editors) == {p.key for p in prefs.SCHEMA}
    assert isinstance(editor(dialog, "lock.idle_minutes"), QSpinBox)
    assert editor(dialog, "lock.idle_minutes").value() == 10
    assert editor(dialog, "lock.idle_minutes").maximum() == 1440
    assert editor(dialog, "dates.feb29").currentText() == "1 March"
    region = editor(dialog, "phones.home_region")
    assert region.currentText() == region_name("UA") == "Ukraine (UA, +380)"
    zone = editor(dialog, "time.zone")
    assert zone.currentIndex() == 0 and zone.currentText().startswith("System (")
    for p in prefs.SCHEMA:
        widget = editor(dialog, p.key)
        assert widget.accessibleName() == p.label and widget.toolTip() == p.help
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert buddies == {
        e.widget for e in dialog.editors.values() if not isinstance(e.widget, QCheckBox)
    }
    assert editor(dialog, "lock.with_screen").isChecked()


def test_ok_saves_as_one_undoable_edit(qtbot, services: Services) -> None:
    dialog, seen = open_dialog(qtbot, services)
    editor(dialog, "lock.idle_minutes").setValue(0)
    assert editor(dialog, "lock.idle_minutes").text() == "Never"
    region = editor(dialog, "phones.home_region")
    region.setCurrentIndex(region.findData("PL"))
    editor(dialog, "time.zone").setEditText("Europe/Warsaw")  # typing would pop the completer
    ok(qtbot, dialog)
    assert not dialog.isVisible() and dialog.result() == SettingsDialog.DialogCode.Accepted
    assert services.preferences.stored() == {
        "lock.idle_minutes": 0,
        "phones.home_region": "PL",
        "time.zone": "Europe/Warsaw",
    }
    assert len(seen) == 1 and prefs.PREFERENCE in seen[0].updated
    edits = dialog.edits
    assert edits.stack.undoText() == "Change settings"
    edits.stack.undo()
    assert services.preferences.stored() == {}
    edits.stack.redo()
    assert services.preferences.home_region() == "PL"


def test_a_bad_value_is_refused_in_place_and_nothing_is_saved(qtbot, services: Services) -> None:
    dialog, seen = open_dialog(qtbot, services)
    zone = editor(dialog, "time.zone")
    zone.setEditText("Mars/Olympus")
    editor(dialog, "lock.idle_minutes").setValue(5)
    ok(qtbot, dialog)
    assert dialog.isVisible()
    error = dialog.editors["time.zone"].error
    assert error.isVisible() and error.text() == "'Mars/Olympus' is not an IANA time zone"
    assert zone.hasFocus() or not dialog.isActiveWindow()
    assert services.preferences.stored() == {} and seen == []
    zone.setEditText("Asia/Tokyo")
    ok(qtbot, dialog)
    assert not dialog.isVisible() and not error.isVisible()
    assert services.preferences.stored() == {"lock.idle_minutes": 5, "time.zone": "Asia/Tokyo"}


def test_restore_defaults_fills_the_editors_and_saves_on_ok(qtbot, services: Services) -> None:
    services.preferences.set("dates.feb29", "mar1")
    services.preferences.set("lock.idle_minutes", 3)
    dialog, _ = open_dialog(qtbot, services)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert editor(dialog, "dates.feb29").currentData() == "feb28"
    assert editor(dialog, "lock.idle_minutes").value() == 10
    assert services.preferences.stored() == {"dates.feb29": "mar1", "lock.idle_minutes": 3}
    ok(qtbot, dialog)
    assert services.preferences.stored() == {}


def test_cancel_and_escape_save_nothing(qtbot, services: Services) -> None:
    dialog, seen = open_dialog(qtbot, services)
    editor(dialog, "lock.idle_minutes").setValue(1)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    dialog, seen = open_dialog(qtbot, services)
    editor(dialog, "dates.feb29").setCurrentIndex(1)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert services.preferences.stored() == {} and seen == []


def test_untouched_values_stay_as_they_were(qtbot, services: Services) -> None:
    services.preferences.set("phones.home_region", "UA")  # chosen, equal to the default
    dialog, seen = open_dialog(qtbot, services)
    ok(qtbot, dialog)
    assert services.preferences.stored() == {"phones.home_region": "UA"}
    assert seen == [] and dialog.edits.stack.count() == 0


def test_every_kind_has_an_editor(qtbot, services: Services) -> None:
    schema = (
        Preference("x.flag", Kind.BOOL, False, "One", "A flag", "Says yes or no."),
        Preference("x.text", Kind.TEXT, "", "Two", "Some text", "One line.", maximum=8),
        prefs.TIME_ZONE,
    )
    prefs_service = prefs.PreferenceService(services.db, services.clock, schema=schema)
    services.preferences = prefs_service
    dialog, _ = open_dialog(qtbot, services, schema=schema)
    flag, text = editor(dialog, "x.flag"), editor(dialog, "x.text")
    assert isinstance(flag, QCheckBox) and flag.text() == "A flag"
    assert isinstance(text, QLineEdit) and text.maxLength() == 8
    assert isinstance(editor(dialog, "time.zone"), QComboBox)
    flag.setChecked(True)
    qtbot.keyClicks(text, "two  words")
    ok(qtbot, dialog)
    assert prefs_service.stored() == {"x.flag": True, "x.text": "two wor"}
