"""The task dialog over a real store: natural entry and the RRULE editor in step, COUNT and
UNTIL, "every 3 months", create, edit and undo through Edits."""

from __future__ import annotations

from datetime import date, datetime

from pytestqt.qtbot import QtBot

from PySide6.QtGui import QShortcut

from pcrm.clock import FixedClock
from pcrm.domain.rrule_parts import RuleParts
from pcrm.services.session import Services
from pcrm.services.tasks import TaskDraft
from pcrm.ui.dialogs.task_dialog import TaskDialog
from pcrm.ui.edits import Edits


def dialog(
    qtbot: QtBot, services: Services, clock: FixedClock, task_id: int | None = None
) -> TaskDialog:
    made = TaskDialog(Edits(lambda: services), services, clock, task_id)
    made.ask_discard = lambda: True  # type: ignore[method-assign]  # closing at teardown
    qtbot.addWidget(made)
    return made


def test_words_and_the_rule_form_stay_in_step(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    d = dialog(qtbot, services, clock)
    r = d.repeat
    qtbot.keyClicks(r.words, "every 3 months")
    assert r.rule() == "FREQ=MONTHLY;INTERVAL=3"
    assert (r.freq.currentData(), r.interval.value(), r.raw.text()) == ("MONTHLY", 3, r.rule())
    r.words.clear()
    qtbot.keyClicks(r.words, "third sunday of june")
    assert r.rule() == "FREQ=YEARLY;BYMONTH=6;BYDAY=3SU"
    assert (r.nth.currentData(), r.nth_day.currentData(), r.month.currentData()) == (3, "SU", 6)
    # the form: ends after 4 times; the words keep describing the pattern
    r.ends.setCurrentIndex(r.ends.findData("count"))
    r.count.setValue(4)
    assert r.rule() == "FREQ=YEARLY;BYMONTH=6;BYDAY=3SU;COUNT=4"
    assert r.words.text() == "third sunday of june"
    # words typed again keep the end the form gave
    r.words.clear()
    qtbot.keyClicks(r.words, "every 2 weeks")
    assert r.rule() == "FREQ=WEEKLY;INTERVAL=2;COUNT=4"
    # the RRULE typed fills the form and the words
    r.raw.clear()
    qtbot.keyClicks(r.raw, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20261231T235959")
    assert r.words.text() == "every weekday"
    assert r.ends.currentData() == "until" and r.until.date().toPython() == date(2026, 12, 31)
    assert [c for c, box in r.weekdays.items() if box.isChecked()] == ["MO", "TU", "WE", "TH", "FR"]
    r.words.clear()
    qtbot.keyClicks(r.words, "every fortnightish")
    assert r.problem() and d.collect() is None  # shown in place, nothing saved
    assert RuleParts.parse("FREQ=HOURLY;INTERVAL=2").rule() == "FREQ=HOURLY;INTERVAL=2"


def test_natural_time_fills_the_editors_and_the_preview(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    d = dialog(qtbot, services, clock)  # now: Mon 23 Nov 2026 14:00 in Kyiv
    qtbot.keyClicks(d.when, "tomorrow 9:00")
    assert d.wall() == datetime(2026, 11, 24, 9, 0) and not d.all_day.isChecked()
    d.when.clear()
    qtbot.keyClicks(d.when, "in 2 weeks")
    assert d.wall() == datetime(2026, 12, 7, 14, 0)
    qtbot.keyClicks(d.repeat.words, "every 3 months")
    assert d.preview.text().splitlines()[:3] == [
        f"{day} {text}"
        for day, text in (
            ("Mon", "2026-12-07 14:00"),
            ("Sun", "2027-03-07 14:00"),
            ("Mon", "2027-06-07 14:00"),
        )
    ]
    d.repeat.ends.setCurrentIndex(d.repeat.ends.findData("count"))
    d.repeat.count.setValue(2)
    assert len(d.preview.text().splitlines()) == 2
    d.zone.setCurrentIndex(d.zone.findData("America/New_York"))
    assert "your time" in d.preview.text()
    d.title.setText("Check the zone")
    d.zone.setEditText("Atlantis/City")
    assert d.collect() is None and "IANA" in d.error.text()


def test_create_edit_and_undo(
    qtbot: QtBot, services: Services, clock: FixedClock, people: dict[str, int]
) -> None:
    d = dialog(qtbot, services, clock)
    d.show()
    edits = d.edits
    qtbot.keyClicks(d.title, "Call Olena")
    qtbot.keyClicks(d.when, "2026-12-01 16:00")
    qtbot.keyClicks(d.repeat.words, "every 3 months")
    d.people.set_contacts([(people["olena"], "Олена Коваленко")])
    d.alarms.add(15)
    d.alarms.add(1440)
    with qtbot.waitSignal(d.saved) as saved:
        # the offscreen platform gives the dialog no active window for key dispatch: the
        # Ctrl+S shortcut itself is triggered
        keys = {sc.key().toString(): sc for sc in d.findChildren(QShortcut)}
        keys["Ctrl+S"].activated.emit()
    task_id = saved.args[0]
    draft = services.tasks.draft(task_id)
    assert (draft.title, draft.start_wall, draft.rrule) == (
        "Call Olena",
        datetime(2026, 12, 1, 16, 0),
        "FREQ=MONTHLY;INTERVAL=3",
    )
    assert draft.contacts == [people["olena"]] and draft.alarms_minutes == [15, 1440]

    e = TaskDialog(edits, services, clock, task_id)
    e.ask_discard = lambda: True  # type: ignore[method-assign]
    qtbot.addWidget(e)
    assert e.repeat.words.text() == "every 3 months" and e.alarms.minutes() == [15, 1440]
    e.title.setText("Call Olena about the budget")
    e.repeat.ends.setCurrentIndex(e.repeat.ends.findData("count"))
    e.repeat.count.setValue(3)
    e.save()
    assert services.tasks.draft(task_id).rrule == "FREQ=MONTHLY;INTERVAL=3;COUNT=3"
    edits.stack.undo()
    assert services.tasks.draft(task_id) == draft
    edits.stack.undo()  # the creation
    assert all(i.task_id != task_id for i in services.tasks.agenda(days=400))
    edits.stack.redo()
    edits.stack.redo()
    assert services.tasks.draft(task_id).title == "Call Olena about the budget"


def test_escape_asks_before_throwing_changes_away(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    task_id = services.tasks.create(TaskDraft("Plan", datetime(2026, 12, 1, 9, 0))).first("task")
    d = dialog(qtbot, services, clock, task_id)
    asked: list[bool] = []
    d.ask_discard = lambda: asked.append(True) or False  # type: ignore[method-assign]
    d.show()
    d.title.setText("Plan the trip")
    d.reject()
    assert asked == [True] and d.isVisible()
    d.title.setText("Plan")
    d.reject()  # nothing changed any more: closes without asking
    assert asked == [True] and not d.isVisible()
    e = dialog(qtbot, services, clock)
    e.title.setText("")
    assert e.collect() is None and not e.error.isHidden()
