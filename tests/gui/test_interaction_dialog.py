"""The edit dialog over a real store: change an entry and undo it, delete and undo, bad input
shown in place, and a save that changes nothing keeps the entry exactly as it was."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from PySide6.QtCore import Qt

from pcrm import errors
from pcrm.clock import FixedClock
from pcrm.services.session import Services
from pcrm.ui.dialogs.interaction_dialog import InteractionDialog
from pcrm.ui.edits import Edits

# Typing a name opens the completion popup, which the offscreen platform cannot raise or let
# grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
KYIV = ZoneInfo("Europe/Kyiv")


def open_call(
    qtbot, services: Services, clock: FixedClock, olena: int
) -> tuple[InteractionDialog, Edits, int]:
    """The dialog over Olena's call about the budget (tests/gui/conftest.py)."""
    edits = Edits(lambda: services)
    call = services.timeline.for_contact(olena, kinds=["call"])[0].id
    dialog = InteractionDialog(edits, services, clock, call)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, edits, call


def test_the_form_shows_the_entry(
    qtbot, services: Services, people: dict[str, int], clock: FixedClock
) -> None:
    dialog, _, _ = open_call(qtbot, services, clock, people["olena"])
    form = dialog.form
    assert form.people.text() == "Олена Коваленко"
    assert form.kind.currentData() == "call" and form.channel.currentData() == "phone"
    assert form.direction.currentData() == "outgoing"
    assert form.when.text() == "2026-11-20 11:30"  # 09:30 UTC in Kyiv
    assert form.duration.text() == "25m" and form.duration_shown.text() == "25m"
    assert form.subject.text() == "Budget for 2027"
    assert form.text.toPlainText() == "Agreed to send the draft by Friday."


def test_edit_then_undo(
    qtbot, services: Services, people: dict[str, int], clock: FixedClock
) -> None:
    dialog, edits, call = open_call(qtbot, services, clock, people["olena"])
    form = dialog.form
    before = services.timeline.get(call)
    form.people.line.end(False)
    qtbot.keyClicks(form.people.line, ", Jane Doe")
    form.when.selectAll()
    qtbot.keyClicks(form.when, "2026-11-19 10:00")
    form.subject.selectAll()
    qtbot.keyClicks(form.subject, "Budget, second round")
    form.channel.setCurrentIndex(form.channel.findData("video"))
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(form.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    after = services.timeline.get(call)
    assert {cid for cid, _ in after.participants} == {people["olena"], people["jane"]}
    assert after.local_start == datetime(2026, 11, 19, 10, 0, tzinfo=KYIV)
    assert (after.subject, after.channel) == ("Budget, second round", "video")
    assert after.duration_seconds == 25 * 60 and after.direction == "outgoing"
    assert services.timeline.for_contact(people["jane"])[0].id == call

    edits.stack.undo()
    assert services.timeline.get(call) == before
    assert services.timeline.for_contact(people["jane"]) == []


def test_saving_without_changes_keeps_the_entry_as_it_was(
    qtbot, services: Services, people: dict[str, int], clock: FixedClock
) -> None:
    dialog, _, call = open_call(qtbot, services, clock, people["olena"])
    before = services.timeline.get(call)
    clock.move_to("America/New_York")  # the owner travelled since
    dialog.save()
    assert services.timeline.get(call) == before


def test_delete_then_undo(
    qtbot, services: Services, people: dict[str, int], clock: FixedClock
) -> None:
    dialog, edits, call = open_call(qtbot, services, clock, people["olena"])
    with qtbot.waitSignal(dialog.deleted):
        dialog.delete_button.click()
    assert call not in [v.id for v in services.timeline.for_contact(people["olena"])]
    edits.stack.undo()
    assert call in [v.id for v in services.timeline.for_contact(people["olena"])]


def test_bad_input_is_shown_in_place_and_nothing_changes(
    qtbot, services: Services, people: dict[str, int], clock: FixedClock
) -> None:
    dialog, edits, call = open_call(qtbot, services, clock, people["olena"])
    before = services.timeline.get(call)
    form = dialog.form
    form.when.setText("whenever")
    form.duration.setText("a while")
    form.people.line.setText("")
    dialog.save()
    assert dialog.isVisible()
    assert form.when_shown.property("bad") and form.duration_shown.property("bad")
    assert form.people.error.text() == "Name at least one person."
    assert form.people.line.hasFocus() or dialog.focusWidget() is form.people.line
    assert edits.stack.count() == 0
    assert services.timeline.get(call) == before


def test_a_refused_change_is_shown_and_the_dialog_stays(
    qtbot, services: Services, people: dict[str, int], clock: FixedClock
) -> None:
    dialog, edits, _ = open_call(qtbot, services, clock, people["olena"])
    services.contacts.purge([people["olena"]])  # gone meanwhile (another window, the CLI)
    dialog.form.subject.setText("Changed")
    dialog.save()
    assert dialog.isVisible() and dialog.form.error.isVisible()
    assert dialog.form.error.text() == "No contact matches '#1'."
    assert edits.stack.count() == 0


def test_an_entry_that_is_gone_cannot_be_opened(
    qtbot, services: Services, people: dict[str, int], clock: FixedClock
) -> None:
    with pytest.raises(errors.NotFound):
        InteractionDialog(Edits(lambda: services), services, clock, 9999)
