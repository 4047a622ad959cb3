"""The undo layer over a real store: edits undo and redo; a failed undo clears the stack."""

from __future__ import annotations

import threading
import time
import weakref
from datetime import timedelta

import pytest

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit

from pcrm import errors
from pcrm.domain.card import ContactCard
from pcrm.services.changes import ChangeSet
from pcrm.services.session import Services
from pcrm.services.timeline import InteractionDraft
from pcrm.ui.edits import Edits
from pcrm.ui.worker import run_with_progress


def make(qtbot, services: Services) -> tuple[Edits, list[object]]:
    edits = Edits(lambda: services)
    seen: list[object] = []
    edits.changed.connect(seen.append)
    return edits, seen


def test_create_edit_delete_undo_redo(qtbot, services: Services) -> None:
    edits, seen = make(qtbot, services)
    cid = edits.create_contact(ContactCard(given="Ada", family="Lovelace"))
    card = services.contacts.get(cid)
    edits.save_card(cid, card, ContactCard(given="Ada", family="King"))
    assert services.contacts.get(cid).family == "King"
    edits.trash_contacts([cid])
    assert services.contacts.ordered_ids() == []
    assert edits.stack.undoText() == "Delete 1 contact"
    edits.stack.undo()
    assert services.contacts.ordered_ids() == [cid]
    edits.stack.undo()
    assert services.contacts.get(cid).family == "Lovelace"
    edits.stack.undo()
    assert services.contacts.ordered_ids() == []  # the undone "add" sits in the trash
    edits.stack.redo()
    edits.stack.redo()
    assert services.contacts.get(cid).family == "King"
    assert len(seen) == 8


def test_bulk_group_undo_takes_out_only_the_new_members(qtbot, services: Services) -> None:
    edits, _ = make(qtbot, services)
    ids = [services.contacts.create(ContactCard(given=f"P{i}")).first("contact") for i in range(5)]
    group = services.groups.create("Friends").first("group")
    services.groups.add_members(group, ids[:2])
    edits.add_to_group(group, ids)
    assert edits.stack.undoText() == "Add 3 contacts to a group"
    edits.stack.undo()
    assert sorted(services.contacts.ordered_ids(group_id=group)) == ids[:2]
    edits.stack.redo()
    assert sorted(services.contacts.ordered_ids(group_id=group)) == ids


def test_archive_undo_leaves_the_already_archived(qtbot, services: Services) -> None:
    edits, _ = make(qtbot, services)
    a, b = (services.contacts.create(ContactCard(given=n)).first("contact") for n in "AB")
    services.contacts.set_archived([a], True)
    edits.set_archived([a, b], True)
    edits.stack.undo()
    assert services.contacts.ordered_ids(archived=True) == [a]


def test_interaction_edit_undo(qtbot, services: Services, clock) -> None:
    edits, _ = make(qtbot, services)
    cid = services.contacts.create(ContactCard(given="Bo")).first("contact")
    iid = edits.log_interaction(
        InteractionDraft(kind="call", participants=[cid], duration=timedelta(minutes=5))
    )
    after = services.timeline.get(iid).draft()
    after.subject = "Changed"
    edits.update_interaction(iid, after)
    edits.stack.undo()
    view = services.timeline.get(iid)
    assert view.subject is None and view.duration_seconds == 300
    edits.stack.undo()
    assert services.timeline.for_contact(cid) == []


def test_a_refused_edit_is_not_recorded(qtbot, services: Services) -> None:
    edits, _ = make(qtbot, services)
    with pytest.raises(errors.BadInput):
        edits.log_interaction(InteractionDraft(kind="call", participants=[]))
    assert edits.stack.count() == 0


def test_an_undo_that_fails_clears_the_stack(qtbot, services: Services) -> None:
    edits, _ = make(qtbot, services)
    failures: list[object] = []
    edits.failed.connect(failures.append)
    cid = services.contacts.create(ContactCard(given="Cy")).first("contact")
    edits.save_card(cid, services.contacts.get(cid), ContactCard(given="Cyd"))
    services.contacts.purge([cid])
    edits.stack.undo()
    assert isinstance(failures[0], errors.NotFound)
    qtbot.waitUntil(lambda: edits.stack.count() == 0)


def test_a_bulk_change_its_undo_and_redo_run_in_the_runner(
    qtbot, monkeypatch, services: Services
) -> None:
    monkeypatch.setattr(Edits, "BULK", 3)
    on_main: list[bool] = []

    def runner(work, text: str):
        def recorded():
            on_main.append(threading.current_thread() is threading.main_thread())
            return work()

        return run_with_progress(recorded, text, None)

    edits = Edits(lambda: services, runner=runner)
    ids = [services.contacts.create(ContactCard(given=f"P{i}")).first("contact") for i in range(4)]
    edits.trash_contacts(ids)
    assert services.contacts.ordered_ids() == [] and on_main == [False]
    edits.stack.undo()
    edits.stack.redo()
    edits.stack.undo()
    assert sorted(services.contacts.ordered_ids()) == ids and on_main == [False] * 4
    edits.set_favourite(ids[:2], True)  # under BULK: on the spot
    assert on_main == [False] * 4


def test_input_is_held_back_while_the_work_runs(qtbot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    QTimer.singleShot(20, lambda: qtbot.keyClicks(field, "lost"))
    assert run_with_progress(lambda: time.sleep(0.3) or 42, "Working…", None) == 42
    assert field.text() == ""
    qtbot.keyClicks(field, "typed")
    assert field.text() == "typed"


class _Outcomes(list[list[int]]):
    """A list that can be watched (weak references)."""


class _Preview:
    """Stands in for an import's preview: a big list nobody else holds."""

    def __init__(self) -> None:
        self.outcomes = _Outcomes([i] for i in range(20_000))


def test_a_dropped_steps_big_payload_is_let_go_of_off_the_gui_thread(
    qtbot, services: Services
) -> None:
    edits, _ = make(qtbot, services)
    preview = _Preview()
    gone = weakref.ref(preview)
    outcomes = weakref.ref(preview.outcomes)
    edits.run("Import", lambda _s: ChangeSet(), lambda _s: ChangeSet(), bulky=preview)
    del preview
    edits.stack.undo()
    edits.run("Something else", lambda _s: ChangeSet(), lambda _s: ChangeSet())  # drops Import
    assert edits.stack.count() == 1
    qtbot.waitUntil(lambda: gone() is None, timeout=5_000)  # let go of by the undertaker thread
    assert outcomes() is None
