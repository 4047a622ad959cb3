"""The card editor over a real store: create, edit, validate, dirty state, undo, keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from pcrm.domain.dates import PartialDate
from pcrm.domain.kinds import FieldKind
from pcrm.services.session import Services
from pcrm.ui.edits import Edits
from pcrm.ui.widgets.card_editor import CardEditor
from pcrm.ui.widgets.card_rows import ChannelRow, DateRow
from pcrm.ui.widgets.card_work import AffiliationRow, RelationRow

Answer = QMessageBox.StandardButton
# The offscreen platform cannot raise the completion popup or let it grab the keyboard.
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def edits(qtbot, services: Services) -> Edits:
    return Edits(lambda: services)


@pytest.fixture
def editor(qtbot, edits: Edits, services: Services, clock) -> CardEditor:
    widget = CardEditor(edits, lambda: services, clock)
    qtbot.addWidget(widget)
    widget.resize(760, 900)
    widget.show()
    return widget


def channel(editor: CardEditor, kind: FieldKind, value: str, *, preferred: bool = False):
    row = editor.channels[kind].add_row()
    assert isinstance(row, ChannelRow)
    row.value.setText(value)
    if preferred:
        row.preferred.click()
    return row


def pick(qtbot, picker, text: str) -> None:
    """Type into a contact picker and choose the first completion with the keyboard."""
    picker.setFocus()
    qtbot.keyClicks(picker, text)
    popup = picker.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.contact_id() is not None


@OFFSCREEN_POPUP
def test_create_a_full_contact(qtbot, editor: CardEditor, services: Services, people) -> None:
    services.contacts.define_custom_field("Gift ideas", "text")
    editor.new()
    assert editor.title.text() == "New contact" and not editor.is_dirty()
    qtbot.keyClicks(editor.name.parts["given"], "Ada")
    qtbot.keyClicks(editor.name.parts["family"], "Lovelace")
    assert editor.title.text() == "Ada Lovelace" and editor.is_dirty()
    channel(editor, FieldKind.PHONE, "+44 20 7946 0958")
    channel(editor, FieldKind.PHONE, "+44 7700 900123", preferred=True).label.setEditText("mobile")
    channel(editor, FieldKind.EMAIL, "ada@example.org", preferred=True)
    channel(editor, FieldKind.EMAIL, "countess@example.org")
    social = channel(editor, FieldKind.SOCIAL, "@ada")
    social.service.setCurrentText("GitHub")
    birthday = editor.dates.add_row()
    assert isinstance(birthday, DateRow)
    birthday.date.day.setValue(10)
    birthday.date.month.setCurrentIndex(12)  # no year: a year-less birthday is two choices
    work = editor.affiliations.add_row()
    assert isinstance(work, AffiliationRow)
    qtbot.keyClicks(work.organisation, "Analytical Engines Ltd")
    work.texts["title"].setText("Programmer")
    relation = editor.relations.add_row()
    assert isinstance(relation, RelationRow)
    relation.kind.setCurrentIndex(relation.kind.findText("friend"))
    pick(qtbot, relation.other, "Marco")
    gift = editor.custom.widget_for("Gift ideas")
    qtbot.keyClicks(gift, "A difference engine")

    saved: list[int] = []
    editor.saved.connect(saved.append)
    with qtbot.waitSignals([editor.saved, editor.closed], order="strict"):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    contact_id = saved[0]

    card = services.contacts.get(contact_id)
    assert card.display_name == "Ada Lovelace" and not card.display_name_custom
    phones = [(f.value, f.preferred, f.label) for f in card.fields if f.kind == "phone"]
    assert phones == [("+44 20 7946 0958", False, None), ("+44 7700 900123", True, "mobile")]
    assert [f.normalized for f in card.fields if f.kind == "phone"][1] == "+447700900123"
    assert card.preferred("email").value == "ada@example.org"
    assert [(f.service, f.value) for f in card.fields if f.kind == "social"] == [("github", "@ada")]
    assert [(d.kind, d.date) for d in card.dates] == [("birthday", PartialDate(12, 10))]
    assert [(a.organisation, a.title) for a in card.affiliations] == [
        ("Analytical Engines Ltd", "Programmer")
    ]
    assert [(r.other_id, r.label) for r in card.relations] == [(people["marco"], "friend")]
    assert card.custom == {"Gift ideas": "A difference engine"}
    assert editor.edits.stack.count() == 1
    editor.edits.stack.undo()  # the new contact goes to the trash, relationship and all
    assert contact_id not in services.contacts.ordered_ids()
    assert services.contacts.get(people["marco"]).relations == []
    editor.edits.stack.redo()
    assert services.contacts.get(people["marco"]).relations[0].other_id == contact_id


@OFFSCREEN_POPUP
def test_edit_then_undo_brings_the_card_back(
    qtbot, editor: CardEditor, services: Services, people
) -> None:
    olena = people["olena"]
    before = services.contacts.get(olena)
    editor.edit(olena)
    assert editor.title.text() == "Олена Коваленко"
    assert editor.name.display.text() == ""  # composed, not custom
    editor.name.parts["family"].setText("Шевченко")
    phones = editor.channels[FieldKind.PHONE].rows()
    phones[0].remove.click()
    relation = editor.relations.add_row()
    relation.kind.setCurrentIndex(relation.kind.findText("child"))  # Іван is Олена's child
    pick(qtbot, relation.other, "Petrenko")  # the index knows names in Latin letters too
    editor.keeping.cadence.setValue(14)
    assert editor.save()

    after = services.contacts.get(olena)
    assert after.display_name == "Олена Шевченко" and after.cadence_days == 14
    assert not [f for f in after.fields if f.kind == "phone"]
    assert [(r.other_id, r.label) for r in after.relations] == [(people["ivan"], "child")]
    assert [r.label for r in services.contacts.get(people["ivan"]).relations] == ["parent"]
    assert after.dates[0].uid == before.dates[0].uid  # calendar exports keep their uid

    editor.edits.stack.undo()
    restored = services.contacts.get(olena)
    assert restored.display_name == before.display_name
    assert restored.fields == before.fields and restored.relations == []
    assert restored.cadence_days == 30
    editor.edits.stack.redo()
    assert services.contacts.get(olena).relations[0].other_id == people["ivan"]


def test_validation_refuses_and_keeps_the_input(
    qtbot, editor: CardEditor, services: Services, people
) -> None:
    editor.edit(people["marco"])
    phone = channel(editor, FieldKind.PHONE, "12 34")
    email = channel(editor, FieldKind.EMAIL, "marco at rossi")
    web = channel(editor, FieldKind.URL, "javascript:alert(1)")
    editor.keeping.zone.setText("Mars/Olympus")
    birthday = editor.dates.rows()[0]
    birthday.date.day.setValue(31)
    birthday.date.month.setCurrentIndex(2)

    assert not editor.save()
    assert phone.value.text() == "12 34" and email.value.text() == "marco at rossi"
    assert QApplication.focusWidget() is phone.value  # the first problem, top to bottom
    for row in (phone, email, web):
        assert row.errors.label.isVisible() and row.value.property("invalid")
    assert "not a phone number" in phone.errors.label.text()
    assert "not an e-mail address" in email.errors.label.text()
    assert "not a time zone" in editor.keeping.errors.label.text()
    assert "does not exist" in birthday.errors.label.text()
    assert editor.banner.isVisible() and editor.is_dirty()
    assert editor.edits.stack.count() == 0
    assert services.contacts.get(people["marco"]).fields[0].value == "marco@rossi.example"

    phone.value.setText("+39 06 6982 1234")
    email.value.setText("marco@roma.example")
    web.remove.click()
    editor.keeping.zone.setText("Europe/Rome")
    birthday.date.day.setValue(28)
    assert editor.save()
    assert not phone.value.property("invalid")
    card = services.contacts.get(people["marco"])
    assert card.time_zone == "Europe/Rome" and card.dates[0].date == PartialDate(2, 28, 1985)


def test_a_refusal_from_the_store_is_shown_by_its_field(
    qtbot, editor: CardEditor, services: Services, people
) -> None:
    services.contacts.define_custom_field("Shoe size", "number")
    editor.edit(people["jane"])
    editor.custom.widget_for("Shoe size").setText("38")
    services.contacts.remove_custom_field("Shoe size")  # behind the editor's back
    assert not editor.save()
    assert "define it first" in editor.custom.errors.label.text()
    assert editor.edits.stack.count() == 0


def test_dirty_state_and_the_cancel_prompt(
    qtbot, editor: CardEditor, services: Services, people, monkeypatch
) -> None:
    editor.edit(people["jane"])
    seen: list[bool] = []
    editor.dirty_changed.connect(seen.append)
    editor.name.parts["nickname"].setText("JD")
    assert editor.is_dirty() and editor.unsaved.isVisible()
    editor.name.parts["nickname"].setText("")
    assert not editor.is_dirty() and seen == [True, False]  # typed back: nothing to save

    editor.name.parts["nickname"].setText("JD")
    answers = [Answer.Cancel, Answer.Discard]
    monkeypatch.setattr(CardEditor, "ask_unsaved", staticmethod(lambda parent: answers.pop(0)))
    closed: list[bool] = []
    editor.closed.connect(lambda: closed.append(True))
    qtbot.keyClick(editor.name.parts["nickname"], Qt.Key.Key_Escape)
    assert closed == [] and editor.is_dirty()  # Cancel: keep editing
    qtbot.keyClick(editor.name.parts["nickname"], Qt.Key.Key_Escape)
    assert closed == [True] and not editor.is_dirty()
    assert services.contacts.get(people["jane"]).nickname is None

    editor.edit(people["jane"])
    editor.name.parts["nickname"].setText("JD")
    monkeypatch.setattr(CardEditor, "ask_unsaved", staticmethod(lambda parent: Answer.Save))
    assert editor.cancel()
    assert services.contacts.get(people["jane"]).nickname == "JD"


def test_ctrl_s_saves_from_the_keyboard(qtbot, editor: CardEditor, services: Services, people):
    editor.edit(people["jane"])
    field = editor.name.display
    field.setFocus()
    qtbot.keyClicks(field, "Dr Jane")
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    card = services.contacts.get(people["jane"])
    assert card.display_name == "Dr Jane" and card.display_name_custom


def test_an_empty_new_card_is_not_saved(qtbot, editor: CardEditor, services: Services) -> None:
    editor.new()
    assert not editor.save()
    assert "first" in editor.banner.text() and services.contacts.count() == 0


def test_photo_is_saved_and_undone_with_the_card(
    qtbot, editor: CardEditor, services: Services, people, tmp_path: Path, monkeypatch
) -> None:
    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor("#3b5b8c"))
    path = tmp_path / "face.jpg"
    assert image.save(str(path))
    monkeypatch.setattr(type(editor.photo), "ask_file", staticmethod(lambda parent: path))
    editor.edit(people["jane"])
    qtbot.mouseClick(editor.photo.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.photo.busy())
    assert editor.is_dirty() and editor.photo.remove_button.isEnabled()
    assert editor.save()
    stored = services.contacts.stored_photo(people["jane"])
    assert stored is not None and stored.size == (1024, 768) and stored.mime_type == "image/jpeg"

    editor.edit(people["jane"])
    editor.photo.remove_button.click()
    assert editor.save()
    assert services.contacts.photo(people["jane"]) is None
    editor.edits.stack.undo()
    assert services.contacts.stored_photo(people["jane"]) == stored
    editor.edits.stack.undo()
    assert services.contacts.photo(people["jane"]) is None


def test_a_file_that_is_not_an_image_is_refused_in_place(
    qtbot, editor: CardEditor, people, tmp_path: Path
) -> None:
    path = tmp_path / "notes.jpg"
    path.write_text("not a picture")
    editor.edit(people["jane"])
    editor.photo.use_file(path)
    qtbot.waitUntil(lambda: not editor.photo.busy())
    assert "not an image" in editor.photo.errors.label.text()
    assert not editor.is_dirty()


def test_define_a_custom_field_from_the_editor(
    qtbot, editor: CardEditor, services: Services, people, monkeypatch
) -> None:
    from pcrm.ui.widgets.card_custom import DefineFieldDialog

    def answer(edits: Edits, parent) -> str | None:
        dialog = DefineFieldDialog(edits, parent)
        dialog.name.setText("Size")
        dialog.kind.set_key("choice")
        dialog.accept()
        assert "needs its choices" in dialog.error.text()
        dialog.choices.setText("S, M, L")
        dialog.accept()
        return dialog.name.text()

    monkeypatch.setattr(DefineFieldDialog, "ask", staticmethod(answer))
    editor.edit(people["jane"])
    editor.name.parts["nickname"].setText("JD")
    editor.custom.define_button.click()
    size = editor.custom.widget_for("Size")
    assert size is not None and editor.name.parts["nickname"].text() == "JD"
    size.setCurrentIndex(size.findText("M"))
    assert editor.save()
    assert services.contacts.get(people["jane"]).custom == {"Size": "M"}
    editor.edits.stack.undo()
    editor.edits.stack.undo()  # the definition goes too
    assert services.contacts.custom_fields() == []


def test_notes_preview_renders_markdown(qtbot, editor: CardEditor, people) -> None:
    editor.edit(people["olena"])
    editor.notes.preview_button.click()
    assert editor.notes.stack.currentWidget() is editor.notes.preview
    assert "DevFest" in editor.notes.preview.toPlainText()
    assert "**" not in editor.notes.preview.toPlainText()


def test_one_editor_shows_card_after_card(qtbot, editor: CardEditor, services: Services, people):
    services.contacts.define_custom_field("Shoe size", "number")
    card = services.contacts.get(people["olena"])
    card.custom = {"Shoe size": 38}
    services.contacts.update(people["olena"], card)
    editor.edit(people["olena"])
    editor.channels[FieldKind.PHONE].rows()[0].value.setText("12")
    assert not editor.save()
    editor.edit(people["marco"])  # rows are reused: nothing of Olena's may stay
    assert not editor.is_dirty()
    assert editor.channels[FieldKind.PHONE].rows() == []
    assert [r.value.text() for r in editor.channels[FieldKind.EMAIL].rows()] == [
        "marco@rossi.example"
    ]
    assert editor.custom.widget_for("Shoe size").text() == ""
    assert not editor.channels[FieldKind.EMAIL].rows()[0].errors.label.isVisible()
    assert editor.dates.rows()[0].date.year.text() == "1985"


def test_tab_order_follows_the_layout(qtbot, editor: CardEditor, people) -> None:
    editor.edit(people["jane"])
    given = editor.name.parts["given"]
    assert given.hasFocus()
    qtbot.keyClick(given, Qt.Key.Key_Tab)
    assert editor.name.parts["middle"].hasFocus()
    phones = editor.channels[FieldKind.PHONE]
    qtbot.mouseClick(phones.add_button, Qt.MouseButton.LeftButton)
    row = phones.rows()[0]
    assert row.value.hasFocus()  # a new row takes the focus
    for widget in (row.label, row.preferred, row.up, row.remove):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert widget.hasFocus() or widget.focusProxy() is QApplication.focusWidget()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert phones.add_button.hasFocus()
