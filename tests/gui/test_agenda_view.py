"""The calendar page over a real store with the fake clock: month, week and day show the right
items (a DST week in Kyiv, a yearly birthday, a recurring task's occurrences), keyboard
navigation, opening items, and the agenda model under qtmodeltester."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from pcrm.clock import FixedClock
from pcrm.services.session import Services
from pcrm.services.tasks import TaskDraft
from pcrm.ui.dialogs.interaction_dialog import InteractionDialog
from pcrm.ui.dialogs.task_dialog import TaskDialog
from pcrm.ui.edits import Edits
from pcrm.ui.widgets.agenda_view import CalendarPage, Mode


def page(qtbot, services: Services, clock: FixedClock) -> CalendarPage:  # type: ignore[no-untyped-def]
    made = CalendarPage(Edits(lambda: services), lambda: services, clock)
    qtbot.addWidget(made)
    made.resize(1000, 700)
    made.show()
    settle(qtbot, made)
    return made


def settle(qtbot, made: CalendarPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not made.is_loading())
    qtbot.wait(10)


def titles(made: CalendarPage) -> list[tuple[str, str]]:
    return [(i.start.date().isoformat(), i.title) for i in made.items]


def test_month_week_and_day_show_their_items(
    qtbot, services: Services, clock: FixedClock, people
) -> None:  # type: ignore[no-untyped-def]
    services.tasks.create(
        TaskDraft("Water plants", datetime(2026, 11, 2, 8, 0), rrule="FREQ=WEEKLY;BYDAY=MO")
    )
    made = page(qtbot, services, clock)  # now: Monday 23 November 2026, 14:00 in Kyiv
    assert made.mode == Mode.WEEK and made.window() == (date(2026, 11, 23), date(2026, 11, 30))
    assert titles(made) == [("2026-11-23", "Water plants")]
    made.mode_actions[Mode.MONTH].trigger()
    settle(qtbot, made)
    assert made.window()[0] == date(2026, 10, 26) and made.title.text() == "November 2026"
    mondays = [d for d, t in titles(made) if t == "Water plants"]
    assert mondays == ["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"]
    assert made.month_grid.cell(date(2026, 11, 23)).items  # painted in its cell
    # the yearly birthday (Marco, 2 July 1985) in July, with his age; Olena's has no year
    made.step(1)
    for _ in range(7):
        made.step(1)
    settle(qtbot, made)
    assert made.title.text() == "July 2027"
    (marco,) = [i for i in made.items if i.kind == "birthday"]
    assert (marco.start.date(), marco.age, marco.contacts[0][0]) == (
        date(2027, 7, 2),
        42,
        people["marco"],
    )


def test_a_dst_week_in_kyiv_keeps_nine_oclock(qtbot, services: Services, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    services.tasks.create(TaskDraft("Stand-up", datetime(2026, 10, 1, 9, 0), rrule="FREQ=DAILY"))
    made = page(qtbot, services, clock)
    made.anchor = date(2026, 10, 25)  # summer time ends that Sunday
    made.set_mode(Mode.WEEK)
    settle(qtbot, made)
    assert made.window() == (date(2026, 10, 19), date(2026, 10, 26))
    assert [(i.start.day, i.start.hour) for i in made.items] == [(d, 9) for d in range(19, 26)]
    grid = made.time_grid
    tops = {p.rect.top() for p in grid._placed}
    assert len(tops) == 1  # every day's 09:00 at the same height


def test_keyboard_navigation_and_opening(
    qtbot, services: Services, clock: FixedClock, people, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    task_id = services.tasks.create(
        TaskDraft("Send the draft", datetime(2026, 11, 24, 12, 0))
    ).first("task")
    made = page(qtbot, services, clock)
    made.setFocus()
    qtbot.keyClick(made, Qt.Key.Key_PageDown)
    settle(qtbot, made)
    assert made.window()[0] == date(2026, 11, 30)
    qtbot.keyClick(made, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(made, Qt.Key.Key_PageUp)
    settle(qtbot, made)
    assert made.window()[0] == date(2026, 11, 16)
    qtbot.keyClick(made, Qt.Key.Key_T)
    qtbot.keyClick(
        made, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    settle(qtbot, made)
    assert made.mode == Mode.DAY and made.window() == (date(2026, 11, 23), date(2026, 11, 24))
    qtbot.keyClick(
        made, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    settle(qtbot, made)
    grid = made.time_grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.selected_item().title == "Send the draft"
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert isinstance(made.dialog, TaskDialog) and made.dialog.task_id == task_id
    made.dialog.ask_discard = lambda: True
    made.dialog.reject()
    # the agenda: a meeting opens in the interaction dialog, a birthday asks for the card
    meeting = services.timeline.for_contact(people["marco"], kinds=["meeting"])[0]
    made.anchor = meeting.starts_at.date() - timedelta(days=1)
    made.set_mode(Mode.AGENDA)
    settle(qtbot, made)
    model = made.agenda_model
    row = next(r for r in model.item_rows() if model.item(r).interaction_id == meeting.id)
    made.agenda.setCurrentIndex(model.index(row))
    made.agenda.activated.emit(model.index(row))
    assert isinstance(made.dialog, InteractionDialog)
    made.dialog.reject()
    made.anchor = date(2027, 4, 14)
    made.reload()
    settle(qtbot, made)
    row = next(r for r in model.item_rows() if model.item(r).kind == "birthday")
    with qtbot.waitSignal(made.contact_requested) as asked:
        made.agenda.activated.emit(model.index(row))
    assert asked.args == [people["olena"]]


def test_reloads_on_edits_and_new_tasks_show_up(
    qtbot, services: Services, clock: FixedClock, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    made = page(qtbot, services, clock)
    assert made.items == []
    made.edits.create_task(TaskDraft("Book tickets", datetime(2026, 11, 25, 10, 0)))
    settle(qtbot, made)
    assert titles(made) == [("2026-11-25", "Book tickets")]
    made.edits.stack.undo()
    settle(qtbot, made)
    assert made.items == []
    made.edits.stack.redo()
    made.set_mode(Mode.AGENDA)
    settle(qtbot, made)
    qtmodeltester.check(made.agenda_model)
    assert made.agenda_model.rowCount() == 2  # the day's heading and the task
    dialog = made.new_task(datetime(2026, 11, 26, 15, 0, tzinfo=clock.zone()))
    assert dialog is not None and dialog.wall() == datetime(2026, 11, 26, 15, 0)
    dialog.ask_discard = lambda: True
    dialog.reject()
