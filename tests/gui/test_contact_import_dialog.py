"""The import dialog with contact files over a real store: the preview in a worker, the filter,
import as one undo step, refusals in place, the column-mapping hook, Cancel during an import.

The preview panel is tested with records built in code; the tests that go through files need
the vCard and CSV readers and are skipped until the lead merges them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from pcrm.domain.card import ContactCard, FieldEntry
from pcrm.domain.imported import ImportedContact
from pcrm.services import contact_import
from pcrm.services.contact_formats import UnknownLayout
from pcrm.services.session import Services
from pcrm.ui.dialogs.contact_import import ContactPreviewPanel
from pcrm.ui.dialogs.import_dialog import ImportDialog
from pcrm.ui.edits import Edits

DATA = Path(__file__).parents[1] / "data"
needs_readers = pytest.mark.skipif(
    any(importlib.util.find_spec(f"pcrm.domain.{n}") is None for n in ("vcard_read", "csv_read")),
    reason="the vCard and CSV readers are merged by the lead",
)
CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:olena\r\nFN:Olena Kovalenko\r\n"
    "N:Kovalenko;Olena;;;\r\nEMAIL:olena@example.org\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Petro Shevchenko\r\nN:Shevchenko;Petro;;;\r\n"
    "TEL:+380 67 765 4321\r\nEMAIL:petro@example.org\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:O. Kovalenko\r\nEMAIL:OLENA@example.org\r\nEND:VCARD\r\n"
)


def open_dialog(qtbot, services: Services) -> tuple[ImportDialog, Edits]:
    edits = Edits(lambda: services)
    dialog = ImportDialog(edits, services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, edits


def names(services: Services) -> list[str]:
    ids = services.contacts.ordered_ids()
    return sorted(r.display_name for r in services.contacts.rows(ids).values())


def test_the_preview_panel_shows_counts_rows_and_filters(qtbot, services: Services) -> None:
    services.contacts.create(
        ContactCard(given="Petro", fields=[FieldEntry("phone", "+380677654321")])
    )
    records = [
        ImportedContact(ContactCard(given="Olena", family="K"), line=1),
        ImportedContact(
            ContactCard(
                given="Petro",
                fields=[FieldEntry("phone", "+380 67 765 4321"), FieldEntry("email", "p@x.org")],
            ),
            line=7,
        ),
        ImportedContact(
            ContactCard(given="Bad"), line=12, problem="N has 9 components", notes=["dropped X-FOO"]
        ),
    ]
    preview = services.contact_import.preview(records, "people.vcf", "vcard")
    panel = ContactPreviewPanel()
    qtbot.addWidget(panel)
    panel.show_preview(preview)
    assert panel.summary(preview) == "1 to create, 1 to update, 1 skipped"
    model = panel.model
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert rows == [
        ["create", 1, "Olena K", "", "new"],
        ["update", 7, "Petro", "#1 Petro", "same phone +380677654321; adds e-mail p@x.org"],
        ["skip", 12, "Bad", "", "N has 9 components; dropped X-FOO"],
    ]
    panel.filter.setCurrentIndex(panel.filter.findData("skipped"))
    assert model.rowCount() == 1 and model.outcome(0).line == 12
    panel.filter.setCurrentIndex(0)
    assert model.rowCount() == 3


@needs_readers
def test_preview_import_undo_redo(qtbot, services: Services, tmp_path: Path) -> None:
    path = tmp_path / "people.vcf"
    path.write_text(CARDS, encoding="utf-8")
    dialog, edits = open_dialog(qtbot, services)
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.load(path)
    assert dialog.windowTitle() == "Import contacts"
    assert dialog.status.text() == "2 to create, 0 to update, 1 skipped"
    skipped = dialog.contacts.model.outcome(2)
    assert (skipped.line, skipped.reason) == (15, "a duplicate of line 1: the same e-mail or phone")
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert not dialog.isVisible()
    assert names(services) == ["Olena Kovalenko", "Petro Shevchenko"]
    assert edits.stack.undoText() == "Import people.vcf"
    edits.stack.undo()
    assert names(services) == []
    edits.stack.redo()
    assert names(services) == ["Olena Kovalenko", "Petro Shevchenko"]
    edits.stack.undo()
    assert names(services) == []


@needs_readers
def test_a_broken_file_is_refused_in_place(qtbot, services: Services) -> None:
    dialog, _ = open_dialog(qtbot, services)
    broken = DATA / "vcard" / "invalid" / "synthetic__missing_end.vcf"
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.load(broken)
    assert dialog.status.text().startswith(f"{broken}, line ")
    assert not dialog.import_button.isEnabled()
    assert dialog.isVisible() and names(services) == []


@needs_readers
def test_unknown_csv_columns_ask_for_a_mapping(qtbot, services: Services, tmp_path: Path) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_text("Person,E-mail thing\nOlena Kovalenko,olena@example.org\n", encoding="utf-8")
    dialog, _ = open_dialog(qtbot, services)
    asked: list[UnknownLayout] = []

    def answer(unknown: UnknownLayout) -> object:
        asked.append(unknown)
        return unknown.guess  # the reader's own guess, as if the owner accepted it

    dialog.ask_mapping = answer  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.load(odd)
    assert asked[0].headers == ["Person", "E-mail thing"]
    assert asked[0].samples[0] == ["Olena Kovalenko", "olena@example.org"]
    assert dialog.contacts.model.rowCount() == 1

    dialog.ask_mapping = lambda unknown: None  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.load(odd)
    assert "pcrm does not know these columns (Person, E-mail thing)" in dialog.status.text()
    assert not dialog.import_button.isEnabled()


@needs_readers
def test_cancel_during_an_import_changes_nothing(
    qtbot, services: Services, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(contact_import, "CHUNK", 1)
    path = tmp_path / "many.vcf"
    path.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEMAIL:p{i}@x.org\r\nEND:VCARD\r\n"
            for i in range(400)
        ),
        encoding="utf-8",
    )
    dialog, edits = open_dialog(qtbot, services)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.load(path)
    dialog.import_button.click()
    dialog.reject()  # Escape while importing
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert names(services) == []
    assert edits.stack.count() == 0
