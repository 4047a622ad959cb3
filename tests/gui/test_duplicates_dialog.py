"""The duplicates dialog over a real store: search off the GUI thread, review, merge, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pcrm.domain.card import ContactCard, DateEntry, FieldEntry
from pcrm.domain.dates import PartialDate
from pcrm.domain.merge import Side
from pcrm.services.session import Services
from pcrm.ui.dialogs.duplicates_dialog import DuplicatesDialog
from pcrm.ui.edits import Edits


def add(services: Services, **card: object) -> int:
    return services.contacts.create(ContactCard(**card)).first("contact")  # type: ignore[arg-type]


def plant(services: Services) -> dict[str, int]:
    """Two pairs: one by e-mail and name in two scripts, one by a swapped name."""
    return {
        "olena": add(
            services,
            given="Олена",
            family="Коваленко",
            fields=[FieldEntry("email", "olena@example.org")],
            dates=[DateEntry(PartialDate(4, 15))],
        ),
        "latin": add(
            services,
            given="Olena",
            family="Kovalenko",
            fields=[FieldEntry("email", "OLENA@example.org"), FieldEntry("phone", "+380441234567")],
            dates=[DateEntry(PartialDate(4, 15, 1990))],
        ),
        "marco": add(services, given="Marco", family="Rossi", cadence_days=30),
        "swapped": add(services, given="Rossi", family="Marco", cadence_days=14),
        "jane": add(services, given="Jane", family="Doe"),
    }


def open_dialog(qtbot, services: Services, **kwargs: object) -> tuple[DuplicatesDialog, Edits]:
    edits = Edits(lambda: services)
    dialog = DuplicatesDialog(services, edits, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog, edits


def search(qtbot, dialog: DuplicatesDialog) -> None:
    with qtbot.waitSignal(dialog.searched, timeout=20_000):
        dialog.show()


def test_review_choose_merge_and_undo(qtbot, services: Services) -> None:
    ids = plant(services)
    dialog, edits = open_dialog(qtbot, services)
    search(qtbot, dialog)
    assert dialog.counter.text() == "Pair 1 of 2"
    assert dialog.why.text() == (
        "Why: the same e-mail, the same name, written in Cyrillic and Latin letters — 98% alike"
    )
    assert (dialog.current().first, dialog.current().second) == (ids["olena"], ids["latin"])
    keep_name, other_name = dialog.preview.radios("name")
    assert (keep_name.text(), other_name.text()) == ("Олена Коваленко", "Olena Kovalenko")
    assert dialog.preview.chosen()["birthday"] is Side.OTHER  # the same day, with its year
    other_name.click()
    assert "Olena Kovalenko" in dialog.preview.result_view.toPlainText()
    keep_name.click()
    assert "Олена Коваленко" in dialog.preview.result_view.toPlainText()

    with qtbot.waitSignal(dialog.merged):
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    merged = services.contacts.get(ids["olena"])
    assert merged.display_name == "Олена Коваленко"
    assert merged.dates[0].date == PartialDate(4, 15, 1990)
    assert services.contacts.get(ids["latin"]).deleted
    assert dialog.counter.text() == "Pair 1 of 1"
    assert dialog.undo_button.isEnabled()

    dialog.undo_button.click()
    assert not services.contacts.get(ids["latin"]).deleted
    assert services.contacts.get(ids["olena"]).dates[0].date == PartialDate(4, 15)
    assert dialog.counter.text() == "Pair 1 of 2"
    edits.stack.redo()  # the window's Edit ▸ Redo makes the same merge again
    assert services.contacts.get(ids["latin"]).deleted


def test_not_duplicates_skip_and_moving_around(qtbot, services: Services) -> None:
    ids = plant(services)
    dialog, edits = open_dialog(qtbot, services)
    search(qtbot, dialog)
    assert not dialog.previous_button.isEnabled()
    dialog.next_button.click()
    assert dialog.counter.text() == "Pair 2 of 2"
    assert "given and family name swapped" in dialog.why.text()
    assert not dialog.next_button.isEnabled()
    dialog.swap_button.click()
    assert dialog.preview.plan is not None
    assert dialog.preview.plan.keep.id == ids["swapped"]
    with qtbot.waitSignal(dialog.dismissed):
        dialog.dismiss_button.click()
    assert dialog.counter.text() == "Pair 1 of 1"
    dialog.skip_button.click()
    assert dialog.current() is None
    assert dialog.preview.keep_view.toPlainText().strip() == "No more pairs to review."
    assert not dialog.merge_button.isEnabled()
    dialog.undo_button.click()  # the skip
    assert dialog.counter.text() == "Pair 1 of 1"

    dialog2, _ = open_dialog(qtbot, services)
    search(qtbot, dialog2)
    assert len(dialog2.queue) == 1  # "not duplicates" holds for later searches
    edits.stack.undo()
    with qtbot.waitSignal(dialog2.searched, timeout=20_000):
        dialog2.find()
    assert len(dialog2.queue) == 2


def test_a_refused_merge_is_shown_in_place(qtbot, services: Services) -> None:
    ids = plant(services)
    dialog, edits = open_dialog(qtbot, services)
    search(qtbot, dialog)
    services.contacts.trash([ids["latin"]])  # meanwhile, elsewhere
    dialog.merge_button.click()
    assert dialog.problem.isVisible()
    assert "trash" in dialog.problem.text()
    assert dialog.isVisible() and edits.stack.count() == 0
    dialog.next_button.click()
    assert not dialog.problem.isVisible()


def test_merge_two_chosen_contacts_and_close(qtbot, services: Services) -> None:
    ids = plant(services)
    dialog, edits = open_dialog(qtbot, services, pair=(ids["marco"], ids["jane"]))
    dialog.show()
    assert dialog.why.text() == "Two contacts you chose."
    assert not dialog.skip_button.isVisible() and not dialog.next_button.isVisible()
    dialog.preview.choose("name", Side.OTHER)
    with qtbot.waitSignal(dialog.merged):
        dialog.merge_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert services.contacts.get(ids["marco"]).display_name == "Jane Doe"
    edits.stack.undo()
    assert services.contacts.get(ids["marco"]).display_name == "Marco Rossi"


def test_escape_closes_and_stops_a_search(qtbot, services: Services) -> None:
    plant(services)
    dialog, _ = open_dialog(qtbot, services)
    dialog.show()
    assert dialog._job is not None
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog._job is None
    again, _ = open_dialog(qtbot, services)
    search(qtbot, again)
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert not again.isVisible()


def test_no_candidates(qtbot, services: Services) -> None:
    add(services, given="Jane", family="Doe")
    dialog, _ = open_dialog(qtbot, services)
    search(qtbot, dialog)
    assert dialog.preview.keep_view.toPlainText().strip() == "No more pairs to review."
    assert dialog.counter.text() == ""
    assert not dialog.merge_button.isEnabled()


def test_choices_by_keyboard(qtbot, services: Services) -> None:
    ids = plant(services)
    dialog, _ = open_dialog(qtbot, services, pair=(ids["marco"], ids["swapped"]))
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    keep, other = dialog.preview.radios("cadence")
    assert keep.accessibleName() == "Stay in touch: every 30 days"
    keep.setFocus()
    with qtbot.waitSignal(dialog.preview.chosen_changed):
        qtbot.keyClick(keep, Qt.Key.Key_Right)
    assert other.isChecked()
    assert "every 14 days" in dialog.preview.result_view.toPlainText()
