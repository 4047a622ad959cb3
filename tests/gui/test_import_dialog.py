"""The import dialog over a real store: preview off the GUI thread, people ticked to create,
import as one undo step, refusals shown in place, Cancel stopping a preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from pcrm.domain.card import ContactCard, FieldEntry
from pcrm.services.session import Services
from pcrm.ui.dialogs.import_dialog import ImportDialog
from pcrm.ui.edits import Edits

DATA = Path(__file__).parents[1] / "data" / "ical"


def open_dialog(qtbot, services: Services) -> tuple[ImportDialog, Edits]:
    edits = Edits(lambda: services)
    dialog = ImportDialog(edits, services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, edits


def meetings(services: Services) -> list[str]:
    return sorted(v.subject or "" for v in services.timeline.recent(limit=None))


def test_preview_tick_import_undo_redo(qtbot, services: Services) -> None:
    services.contacts.create(
        ContactCard(display_name="Olena", fields=[FieldEntry("email", "olena@example.org")])
    )
    dialog, edits = open_dialog(qtbot, services)
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.load(DATA / "synthetic__series_v1.ics")
    assert dialog.model.rowCount() == 8
    assert dialog.status.text() == "1 to create, 0 to update, 7 skipped"
    assert dialog.people.count() == 1
    petro = dialog.people.item(0)
    assert petro.text() == "Petro Shevchenko <petro@example.org> — 7 meetings"
    petro.setCheckState(Qt.CheckState.Checked)
    assert dialog.status.text() == "8 to create, 0 to update, 0 skipped; 1 new contact"
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    assert len(meetings(services)) == 8
    assert services.contacts.resolve("petro@example.org")
    edits.stack.undo()
    assert meetings(services) == []
    assert services.contacts.count() == 1
    edits.stack.redo()
    assert len(meetings(services)) == 8


def test_a_refused_file_is_shown_in_place_and_changes_nothing(qtbot, services: Services) -> None:
    dialog, _ = open_dialog(qtbot, services)
    broken = DATA / "invalid" / "ical4j__korganizer-lowercase.ics"
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.load(broken)
    assert dialog.status.text().startswith(f"{broken}, line 20: END:vCalendaR does not close")
    assert not dialog.import_button.isEnabled()
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.load(DATA / "NOTICE")
    assert "not a file pcrm can import" in dialog.status.text()
    assert meetings(services) == []


def test_choose_file_uses_ask_file(qtbot, services: Services, monkeypatch) -> None:
    dialog, _ = open_dialog(qtbot, services)
    monkeypatch.setattr(
        ImportDialog, "ask_file", classmethod(lambda cls, parent: DATA / "ical4j__evolution.ics")
    )
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.choose_button.click()
    assert dialog.file_label.text().endswith("ical4j__evolution.ics")


def test_cancel_stops_a_preview_then_closes(qtbot, services: Services) -> None:
    dialog, _ = open_dialog(qtbot, services)
    dialog.load(DATA / "ical4j__google_aus_holidays.ics")
    dialog.reject()  # Escape or Cancel while reading
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.preview is None
    assert meetings(services) == []
