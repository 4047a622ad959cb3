"""Quick capture over a real store: the keyboard-only meeting, follow-ups, undo, drafts that
survive Escape, a new session and a SIGKILL, and bad input shown in place."""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fake_keyring import FileKeyring

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from pcrm import errors
from pcrm.clock import FixedClock
from pcrm.domain.card import ContactCard
from pcrm.paths import StorePaths
from pcrm.services.session import Services, unlock
from pcrm.services.tasks import TaskDraft
from pcrm.services.timeline import InteractionDraft
from pcrm.ui.dialogs.quick_capture import QuickCapture
from pcrm.ui.edits import Edits
from pcrm.ui.widgets.people_field import ID_ROLE

REPO = Path(__file__).resolve().parents[2]
TYPIST = REPO / "tests" / "stress" / "capture_typist.py"
KYIV = ZoneInfo("Europe/Kyiv")
# The completion list is a popup window; the offscreen platform says it cannot raise it or let it
# grab the keyboard (it gets the keys anyway).
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def make(qtbot, services: Services, clock: FixedClock) -> tuple[QuickCapture, Edits, list[str]]:
    edits = Edits(lambda: services)
    capture = QuickCapture(edits, services, clock)
    qtbot.addWidget(capture)
    messages: list[str] = []
    capture.message.connect(messages.append)
    return capture, edits, messages


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def open_active(qtbot, capture: QuickCapture, contact_ids: list[int]) -> None:
    capture.open_for(contact_ids)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is capture)


def type_in_focus(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab(qtbot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def test_a_meeting_with_three_people_and_a_follow_up_by_keyboard_alone(
    qtbot, services: Services, people: dict[str, int], clock: FixedClock
) -> None:
    capture, edits, messages = make(qtbot, services, clock)
    open_active(qtbot, capture, [people["olena"]])
    form = capture.form
    assert focused() is form.people.line
    assert form.people.text() == "Олена Коваленко, "

    type_in_focus(qtbot, "marco@rossi.example, Ja")  # an e-mail names Marco; "Ja" completes
    popup = form.people.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.people.text() == "Олена Коваленко, marco@rossi.example, Jane Doe, "
    assert form.people.understood.text() == "→ Олена Коваленко, Marco Rossi, Jane Doe"
    tab(qtbot)
    assert focused() is form.kind and form.kind.currentData() == "meeting"
    tab(qtbot)
    type_in_focus(qtbot, "In person")
    tab(qtbot, 2)  # past the direction
    assert focused() is form.when
    type_in_focus(qtbot, "yesterday 15:00")
    assert form.when_shown.text() == "Sun 2026-11-22 15:00"
    tab(qtbot)
    type_in_focus(qtbot, "1h30")
    tab(qtbot)
    type_in_focus(qtbot, "Kyiv Digital office")
    tab(qtbot)
    type_in_focus(qtbot, "Budget 2027")
    tab(qtbot)
    assert focused() is form.text
    type_in_focus(qtbot, "Agreed on the numbers.")
    qtbot.keyClick(form.text, Qt.Key.Key_Return)
    type_in_focus(qtbot, "- send Olena the slides")
    qtbot.keyClick(form.text, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert [r.title.text() for r in form.follow_ups.rows] == ["send Olena the slides"]
    assert focused() is form.text  # the owner keeps writing

    with qtbot.waitSignal(capture.saved) as saved:
        qtbot.keyClick(form.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not capture.isVisible()
    view = services.timeline.get(saved.args[0])
    assert view.kind == "meeting" and view.channel == "in_person"
    assert sorted(cid for cid, _ in view.participants) == sorted(
        [people["olena"], people["marco"], people["jane"]]
    )
    assert view.local_start == datetime(2026, 11, 22, 15, 0, tzinfo=KYIV)
    assert view.duration_seconds == 5400
    assert (view.location, view.subject) == ("Kyiv Digital office", "Budget 2027")
    assert view.body == "Agreed on the numbers.\n- send Olena the slides"
    [task] = [i for i in services.tasks.agenda(days=7) if i.task_id is not None]
    assert task.title == "send Olena the slides"
    assert task.at == datetime(2026, 11, 30, 14, 0, tzinfo=KYIV)  # in one week
    assert {cid for cid, _ in task.contacts} == {cid for cid, _ in view.participants}
    assert services.drafts.pending() == []
    assert messages == ["Logged with 3 contacts. 1 follow-up task added."]

    assert edits.stack.count() == 1  # the entry and its follow-up are one undo step
    edits.stack.undo()
    assert services.timeline.for_contact(people["jane"]) == []
    assert [i for i in services.tasks.agenda(days=7) if i.task_id is not None] == []
    edits.stack.redo()
    assert [v.id for v in services.timeline.for_contact(people["jane"])] == [view.id]
    assert len([i for i in services.tasks.agenda(days=7) if i.task_id is not None]) == 1


def test_the_draft_is_saved_while_typing_and_offered_at_the_next_start(
    qtbot, services: Services, people: dict[str, int], clock: FixedClock
) -> None:
    capture, _, _ = make(qtbot, services, clock)
    capture.open_for([people["marco"]])
    qtbot.keyClicks(capture.form.when, "2 hours ago")
    qtbot.keyClicks(capture.form.text, "He is moving to Milan")
    qtbot.waitUntil(lambda: services.drafts.pending() != [], timeout=2000)
    qtbot.keyClicks(capture.form.text, " in spring")
    qtbot.waitUntil(
        lambda: services.drafts.pending()[0][1]["form"]["text"].endswith("spring"), timeout=2000
    )
    assert len(services.drafts.pending()) == 1  # one draft, overwritten

    capture.close()  # quitting the app keeps it too
    clock.advance(timedelta(days=1))  # the next start, a day later
    later, _, _ = make(qtbot, services, clock)
    assert later.offer_drafts()
    assert later.isVisible() and later.banner.isVisible()
    assert "nothing was lost" in later.banner.text()
    form = later.form
    assert form.text.toPlainText() == "He is moving to Milan in spring"
    assert form.people.contact_ids() == [people["marco"]]
    assert form.when.text() == "2026-11-23 12:00"  # two hours before it was typed, not now
    with qtbot.waitSignal(later.saved):
        later.save()
    assert services.drafts.pending() == []
    [entry] = services.timeline.for_contact(people["marco"], limit=1)
    assert entry.local_start == datetime(2026, 11, 23, 12, 0, tzinfo=KYIV)


def test_escape_keeps_a_typed_draft_and_says_so(
    qtbot, services: Services, people: dict[str, int], clock: FixedClock
) -> None:
    capture, _, messages = make(qtbot, services, clock)
    capture.open_for([people["jane"]])
    qtbot.keyClick(capture.form.people.line, Qt.Key.Key_Escape)
    assert not capture.isVisible()
    assert services.drafts.pending() == [] and messages == []  # nothing typed, nothing kept

    capture.open_for([people["jane"]])
    qtbot.keyClicks(capture.form.text, "Call back about the flat")
    qtbot.keyClick(capture.form.text, Qt.Key.Key_Escape)
    assert not capture.isVisible()
    [(_, payload)] = services.drafts.pending()
    assert payload["form"]["text"] == "Call back about the flat"
    assert "draft was kept" in messages[-1]


def test_the_shortcut_again_keeps_what_is_typed_and_empty_follow_ups_are_left_out(
    qtbot, services: Services, people: dict[str, int], clock: FixedClock
) -> None:
    capture, _, _ = make(qtbot, services, clock)
    open_active(qtbot, capture, [people["jane"]])
    form = capture.form
    qtbot.keyClicks(form.text, "Half a thought")
    capture.open_for([people["marco"]])  # the shortcut pressed again on another card
    assert form.text.toPlainText() == "Half a thought"
    assert form.people.contact_ids() == [people["jane"]]
    form.text.setFocus()
    qtbot.keyClick(form.text, Qt.Key.Key_Return)
    qtbot.keyClick(form.text, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    [row] = form.follow_ups.rows
    assert row.title.text() == "" and row.due.text() == "in 1 week"
    assert QApplication.focusWidget() is row.title
    form.kind.setCurrentIndex(form.kind.findData("life_event"))
    assert form.life_event.isVisibleTo(capture)
    qtbot.keyClicks(form.life_event, "New job")
    with qtbot.waitSignal(capture.saved) as saved:
        qtbot.keyClick(row.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    view = services.timeline.get(saved.args[0])
    assert (view.kind, view.life_event, view.body) == ("life_event", "New job", "Half a thought")
    assert [i for i in services.tasks.agenda(days=7) if i.task_id] == []  # no empty task


def test_discarding_a_draft_removes_it(
    qtbot, services: Services, people: dict[str, int], clock: FixedClock
) -> None:
    capture, _, _ = make(qtbot, services, clock)
    capture.open_for([people["jane"]])
    qtbot.keyClicks(capture.form.text, "never mind")
    capture.save_draft()
    assert services.drafts.pending() != []
    capture.discard_button.click()
    assert services.drafts.pending() == [] and not capture.isVisible()


def test_several_drafts_are_listed_to_choose_from(
    qtbot, services: Services, people: dict[str, int], clock: FixedClock
) -> None:
    def draft(text: str) -> dict[str, Any]:
        return {"form": {"who": "Jane Doe", "text": text}, "saved_at": clock.now().isoformat()}

    services.drafts.save(draft("first"))
    clock.advance(timedelta(minutes=5))
    services.drafts.save(draft("second"))
    capture, _, _ = make(qtbot, services, clock)
    assert capture.offer_drafts()
    chooser = capture.chooser
    assert chooser is not None and chooser.list.count() == 2
    assert chooser.list.item(0).text() == "2026-11-23 14:05 · Jane Doe · second"
    chooser.list.setCurrentRow(1)
    chooser.discard_current()  # "first" goes
    assert [p["form"]["text"] for _, p in services.drafts.pending()] == ["second"]
    chooser.open_current()
    assert capture.isVisible() and capture.form.text.toPlainText() == "second"


def test_bad_input_is_shown_in_place_and_nothing_is_saved(
    qtbot, services: Services, people: dict[str, int], clock: FixedClock
) -> None:
    capture, edits, _ = make(qtbot, services, clock)
    open_active(qtbot, capture, [])
    form = capture.form
    qtbot.keyClicks(form.people.line, "Jane Doe, Nobody Atall")
    qtbot.keyClicks(form.when, "the day after the party")
    qtbot.keyClicks(form.duration, "forever")
    qtbot.keyClicks(form.text, "Something to keep")
    assert form.when_shown.property("bad") and form.duration_shown.property("bad")
    capture.save()
    assert capture.isVisible()
    assert form.people.error.isVisible()
    assert form.people.error.text() == "No contact is called “Nobody Atall”."
    assert form.people.understood.text() == "→ Jane Doe"
    assert QApplication.focusWidget() is form.people.line
    assert edits.stack.count() == 0
    assert services.timeline.for_contact(people["jane"]) == []
    assert form.text.toPlainText() == "Something to keep"  # nothing typed is lost
    assert services.drafts.pending()[0][1]["form"]["text"] == "Something to keep"

    form.people.line.setText("Jane Doe")
    form.when.setText("today 9:00")
    capture.save()
    assert QApplication.focusWidget() is form.duration  # the one problem left
    form.duration.setText("20m")
    form.follow_ups.add("", "someday maybe")
    form.follow_ups.rows[0].title.setText("Send the contract")
    capture.save()
    assert form.follow_ups.rows[0].due_shown.property("bad")
    assert edits.stack.count() == 0
    form.follow_ups.rows[0].due.setText("friday")
    with qtbot.waitSignal(capture.saved):
        capture.save()
    assert len(services.timeline.for_contact(people["jane"])) == 1


def test_a_name_shared_by_two_people_asks_to_pick_one(
    qtbot, services: Services, people: dict[str, int], clock: FixedClock
) -> None:
    twins = [
        services.contacts.create(ContactCard(given="Alex", family="Smith", notes=n)).first(
            "contact"
        )
        for n in ("from Lviv", "from Odesa")
    ]
    capture, _, _ = make(qtbot, services, clock)
    capture.open_for([people["jane"]])
    form = capture.form
    qtbot.keyClicks(form.people.line, "Alex Smith")
    form.people.check()
    assert form.people.error.text() == "“Alex Smith” matches 2 people: pick one from the list."
    form.people.line.setText("Jane Doe, ")
    form.people.line.setCursorPosition(len("Jane Doe, "))
    qtbot.keyClicks(form.people.line, "Alex")
    popup = form.people.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert form.people.completer.completionModel().rowCount() == 2
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    chosen = popup.currentIndex().data(ID_ROLE)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.people.contact_ids() == [people["jane"], chosen]
    assert chosen in twins and not form.people.error.isVisible()


# -- a kill while typing --------------------------------------------------------------------------


def typist_text() -> str:
    """What the typist types (tests/stress is not a package: loaded from its file)."""
    spec = importlib.util.spec_from_file_location("capture_typist", TYPIST)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.TEXT)


def typist_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PCRM_")}
    support = str(REPO / "tests" / "support")
    env.update(
        PCRM_TEST_KEYRING_FILE=str(tmp_path / "keyring.json"),
        PYTHONPATH=os.pathsep.join([str(REPO / "src"), support]),
        QT_QPA_PLATFORM="offscreen",
        TMPDIR=str(tmp_path),
    )
    return env


def test_a_killed_capture_leaves_its_draft_for_the_next_start(
    qtbot,
    tmp_path: Path,
    services: Services,
    people: dict[str, int],
    store_paths: StorePaths,
    keyring_backend: FileKeyring,
    clock: FixedClock,
) -> None:
    services.lock()  # one writer per store: the typist opens it next
    paths, backend = store_paths, keyring_backend

    errors = tmp_path / "typist.err"
    typed_at: list[float] = []  # typed_at[n - 1]: when the n-th character was in the window
    with (
        errors.open("w") as err,
        subprocess.Popen(
            [sys.executable, str(TYPIST), str(paths.root)],
            env=typist_env(tmp_path),
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        ) as proc,
    ):
        try:
            assert proc.stdout is not None
            for line in proc.stdout:
                if line.startswith("typed "):
                    typed_at.append(float(line.split()[2]))
                    if len(typed_at) >= 60:  # mid-sentence, a few draft saves in
                        break
        finally:
            killed_at = time.monotonic()
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
    assert len(typed_at) >= 60, f"the typist stopped: {errors.read_text()}"
    assert proc.returncode == -signal.SIGKILL

    reopened = unlock(paths, clock, lambda _c: None, backend=backend, use_system_keyring=False)
    try:
        [(_, payload)] = reopened.drafts.pending()
        kept = payload["form"]["text"]
        assert typist_text().startswith(kept)
        safe = sum(1 for t in typed_at if t <= killed_at - 1.0)
        assert safe > 0
        assert len(kept) >= safe, f"kept {len(kept)} characters, {safe} were typed > 1 s before"

        capture, _, _ = make(qtbot, reopened, clock)
        assert capture.offer_drafts()
        assert capture.form.text.toPlainText() == kept
        assert capture.form.people.contact_ids() == reopened.contacts.ordered_ids()[:1]
        capture.close()
    finally:
        reopened.lock()


def test_a_refused_follow_up_takes_its_entry_back_and_records_nothing(
    qtbot, services: Services, people: dict[str, int], clock: FixedClock
) -> None:
    edits = Edits(lambda: services)
    good = TaskDraft(title="Call back", start_wall=datetime(2026, 12, 1, 9, 0))
    bad = TaskDraft(title="  ", start_wall=datetime(2026, 12, 1, 9, 0))
    with pytest.raises(errors.BadInput):
        edits.log_interaction(
            InteractionDraft(kind="note", participants=[people["jane"]]), [good, bad]
        )
    assert services.timeline.for_contact(people["jane"]) == []
    assert [i for i in services.tasks.agenda(days=14) if i.task_id] == []
    assert edits.stack.count() == 0
