"""The column-mapping dialog over a real file in a layout pcrm does not know."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from pcrm.domain import csv_layouts as layouts
from pcrm.domain.csv_read import CsvMapping, CsvRead, read_csv
from pcrm.ui.dialogs.column_mapping import ColumnMappingDialog, describe

SAMPLE = Path(__file__).parents[1] / "data" / "csv" / "synthetic__ukrainian_own_layout.csv"


def _read() -> CsvRead:
    return read_csv(SAMPLE.read_bytes(), SAMPLE.name)


def _dialog(qtbot: QtBot, read: CsvRead) -> ColumnMappingDialog:
    dialog = ColumnMappingDialog(read.headers, read.samples, read.mapping)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def test_it_starts_from_the_guess_and_previews_the_first_contacts(qtbot: QtBot) -> None:
    read = _read()
    dialog = _dialog(qtbot, read)
    assert read.layout is None and dialog.mapping() == read.mapping
    assert len(dialog.combos) == len(read.headers) and dialog.ok.isEnabled()
    assert dialog.preview.rowCount() == len(read.samples)
    assert dialog.preview.item(0, 0).text() == "Олена Миколаївна Шевченко"
    assert dialog.preview.item(3, 4).text() == "the row has no name, e-mail or phone"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.combos[0])


def test_changing_a_column_updates_the_preview_and_the_mapping(qtbot: QtBot) -> None:
    read = _read()
    dialog = _dialog(qtbot, read)
    email = read.headers.index("Ел. пошта")
    combo = dialog.combos[email]
    combo.setCurrentIndex(combo.findData(layouts.IGNORE))
    assert dialog.preview.item(0, 1).text() == ""
    combo.setCurrentIndex(combo.findData("email/work"))
    assert dialog.mapping().columns[email] == "email/work"
    dialog.dates.setCurrentIndex(dialog.dates.findData(layouts.SLASH_DMY))
    chosen = dialog.mapping()
    assert chosen.slash_dates == layouts.SLASH_DMY
    # the mapping goes back into the reader, which gives what the preview showed
    again = read_csv(SAMPLE.read_bytes(), SAMPLE.name, mapping=chosen)
    assert again.records[0].card.fields[-1].label == "work"


def test_ok_needs_a_name_an_email_or_a_phone(qtbot: QtBot) -> None:
    read = _read()
    dialog = _dialog(qtbot, read)
    for combo in dialog.combos:
        combo.setCurrentIndex(combo.findData(layouts.NOTE))
    assert not dialog.ok.isEnabled() and dialog.hint.isVisible()
    dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("phone"))
    assert dialog.ok.isEnabled() and not dialog.hint.isVisible()


def test_keyboard_accessible_names_and_escape(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, _read())
    assert dialog.combos[0].accessibleName() == "Import column Прізвище as"
    assert dialog.preview.accessibleName() and dialog.dates.accessibleName()
    qtbot.waitUntil(dialog.combos[0].hasFocus)
    qtbot.keyClick(dialog.combos[0], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.combos[1]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_a_known_layouts_own_targets_are_shown_too(qtbot: QtBot) -> None:
    google = SAMPLE.parent / "synthetic__google_contacts_2024_format.csv"
    read = read_csv(google.read_bytes(), google.name)
    dialog = _dialog(qtbot, read)
    assert dialog.mapping() == read.mapping
    label = read.headers.index("E-mail 1 - Label")
    assert dialog.combos[label].currentText() == "E-mail 1: label"
    assert describe("phone/mobile") == "Phone (mobile)"
    assert describe("address/home.locality") == "Address (home): city"
    assert describe("title") == "Job title"


def test_ask_returns_none_when_cancelled(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    read = _read()
    assert ColumnMappingDialog.ask(read.headers, read.samples, read.mapping) is None
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert ColumnMappingDialog.ask(read.headers, read.samples, read.mapping) == CsvMapping(
        read.mapping.columns, read.mapping.slash_dates
    )
