"""The timeline pane over a real store: paged loading, filters, editing keys, Delete and undo.

Every read runs in a worker thread, so each step that loads waits for the model's ``loaded``
signal; the ``timeline`` fixture waits for any read still running before the store is locked.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from pcrm import errors
from pcrm.clock import FixedClock
from pcrm.services import demo
from pcrm.services.session import Services
from pcrm.services.timeline import InteractionDraft, InteractionView
from pcrm.ui.edits import Edits
from pcrm.ui.models.timeline_model import (
    DETAILS_ROLE,
    ID_ROLE,
    KIND_ROLE,
    PARTICIPANTS_ROLE,
    SNIPPET_ROLE,
    TIME_ROLE,
    TITLE_ROLE,
    Before,
    TimelineModel,
)
from pcrm.ui.widgets.timeline_view import TimelineView
from pcrm.ui.worker import Job


@pytest.fixture
def edits(services: Services) -> Edits:
    return Edits(lambda: services)


@pytest.fixture
def timeline(qtbot, services: Services, edits: Edits, clock: FixedClock) -> Iterator[TimelineView]:
    view = TimelineView(edits, lambda: services, clock)
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)  # the list's shortcuts (Enter, Delete) need an active window
    yield view
    view.clear()  # waits for a read in flight: the store is locked next


def load(qtbot, view: TimelineView, step) -> None:
    """Run ``step`` (which starts a read) and wait for its rows."""
    with qtbot.waitSignal(view.model.loaded, timeout=10_000):
        step()


def ids(model: TimelineModel) -> list[int]:
    return [model.index(r).data(ID_ROLE) for r in range(model.rowCount())]


def settled_model(qtbot, services: Services, contact_id: int | None) -> TimelineModel:
    model = TimelineModel(services.clock.zone)

    def fetch(before: Before, limit: int) -> list[InteractionView]:
        if contact_id is None:
            return services.timeline.recent(limit=limit, before=before)
        return services.timeline.for_contact(contact_id, limit=limit, before=before)

    with qtbot.waitSignal(model.loaded):
        model.set_source(fetch, contact_id)
    return model


# -- the model ------------------------------------------------------------------------------------


@pytest.mark.parametrize("scope", ["contact", "everyone"])
def test_models_pass_the_model_tester(qtmodeltester, qtbot, services: Services, people, scope):
    model = settled_model(qtbot, services, people["olena"] if scope == "contact" else None)
    assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    model.set_source(None)
    qtmodeltester.check(model, force_py=True)


def test_rows_carry_the_entry_in_the_owners_zone(qtbot, services: Services, people) -> None:
    model = settled_model(qtbot, services, people["olena"])
    call = model.index(0)
    assert call.data(KIND_ROLE) == "call"
    assert call.data(TIME_ROLE) == "2026-11-20 11:30"  # 09:30 UTC in Kyiv
    assert call.data(TITLE_ROLE) == "Budget for 2027"
    assert call.data(SNIPPET_ROLE) == "Agreed to send the draft by Friday."
    assert call.data(DETAILS_ROLE) == "Call · Phone · ↗ outgoing · 25m"
    assert call.data(PARTICIPANTS_ROLE) == []  # Olena's own timeline: nobody else
    meeting = model.index(1)
    assert meeting.data(TITLE_ROLE) == "Kick-off"
    assert meeting.data(DETAILS_ROLE) == "Meeting · at Lviv"
    assert meeting.data(PARTICIPANTS_ROLE) == [(people["marco"], "Marco Rossi")]
    assert "with Marco Rossi" in meeting.data(Qt.ItemDataRole.DisplayRole)
    everyone = settled_model(qtbot, services, None)
    names = {name for _, name in everyone.index(1).data(PARTICIPANTS_ROLE)}
    assert names == {"Marco Rossi", "Олена Коваленко"}


def test_pages_are_fetched_as_needed(qtmodeltester, qtbot, services: Services) -> None:
    busy = demo.generate(services, contacts=60, interactions=600)["busy_contact_id"]
    total = len(services.timeline.for_contact(busy, limit=None))
    assert total > TimelineModel.FIRST_PAGE + TimelineModel.PAGE
    model = settled_model(qtbot, services, busy)
    assert model.rowCount() == TimelineModel.FIRST_PAGE
    assert model.canFetchMore(model.index(-1))
    while model.canFetchMore(model.index(-1)):
        with qtbot.waitSignal(model.loaded):
            model.fetchMore(model.index(-1))
    assert model.rowCount() == total
    fetched = ids(model)
    assert len(set(fetched)) == total
    assert fetched == [v.id for v in services.timeline.for_contact(busy, limit=None)]
    qtmodeltester.check(model, force_py=True)


def test_a_failed_read_is_reported(qtbot, clock: FixedClock) -> None:
    def refused(before: Before, limit: int) -> list[InteractionView]:
        raise errors.NotFound(what="contact", query="#7")

    model = TimelineModel(clock.zone)
    with qtbot.waitSignal(model.fetch_failed) as failed:
        model.set_source(refused, 7)
    assert isinstance(failed.args[0], errors.NotFound)
    assert model.rowCount() == 0 and not model.canFetchMore(model.index(-1))


def test_a_late_page_of_another_source_is_dropped(qtbot, services: Services, people) -> None:
    model = TimelineModel(services.clock.zone)
    model.set_source(lambda before, limit: services.timeline.recent(limit=limit), None)
    with qtbot.waitSignal(model.loaded):
        model.set_source(
            lambda before, limit: services.timeline.for_contact(people["marco"], limit=limit),
            people["marco"],
        )
    model.wait()
    qtbot.wait(20)  # the first source's answer, if any, is delivered and dropped
    assert model.rowCount() == 1


# -- the pane -------------------------------------------------------------------------------------


def test_scrolling_to_the_end_fetches_the_next_page(qtbot, services: Services, edits) -> None:
    busy = demo.generate(services, contacts=60, interactions=600)["busy_contact_id"]
    view = TimelineView(edits, lambda: services, services.clock)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    load(qtbot, view, lambda: view.show_contact(busy))
    first = view.model.rowCount()
    assert first == TimelineModel.FIRST_PAGE
    load(qtbot, view, view.list.scrollToBottom)
    assert view.model.rowCount() == first + TimelineModel.PAGE
    view.clear()


def test_filters_by_kind_and_channel(qtbot, timeline: TimelineView, services, people) -> None:
    load(qtbot, timeline, timeline.show_all)
    assert timeline.model.rowCount() == 2
    load(qtbot, timeline, lambda: timeline.kind_filter.setCurrentIndex(2))  # Meeting
    assert [timeline.model.index(r).data(KIND_ROLE) for r in range(1)] == ["meeting"]
    assert timeline.model.rowCount() == 1
    load(qtbot, timeline, lambda: timeline.kind_filter.setCurrentIndex(0))
    channel = timeline.channel_filter.findData("phone")
    load(qtbot, timeline, lambda: timeline.channel_filter.setCurrentIndex(channel))
    assert timeline.model.rowCount() == 1
    assert timeline.model.index(0).data(TITLE_ROLE) == "Budget for 2027"
    load(qtbot, timeline, lambda: timeline.kind_filter.setCurrentIndex(2))
    assert timeline.model.rowCount() == 0
    assert timeline.empty.isVisible()
    assert timeline.empty.text() == "No interactions match these filters."


def test_empty_states(qtbot, timeline: TimelineView, people) -> None:
    load(qtbot, timeline, lambda: timeline.show_contact(people["jane"]))
    assert timeline.empty.isVisible() and not timeline.list.isVisible()
    assert timeline.empty.text() == "No interactions yet — press Ctrl+Shift+L to log one."
    timeline.show_contact(None)
    assert timeline.empty.text() == "No contact selected."
    load(qtbot, timeline, lambda: timeline.show_contact(people["marco"]))
    assert timeline.list.isVisible() and timeline.model.rowCount() == 1
    timeline.clear()
    assert timeline.model.rowCount() == 0 and timeline.empty.text() == ""


def test_a_new_entry_shows_up(qtbot, timeline: TimelineView, edits: Edits, people) -> None:
    load(qtbot, timeline, lambda: timeline.show_contact(people["jane"]))
    draft = InteractionDraft(kind="note", participants=[people["jane"]], body="Likes tea\nmore")
    load(qtbot, timeline, lambda: edits.log_interaction(draft))
    assert timeline.list.isVisible()
    assert timeline.model.index(0).data(SNIPPET_ROLE) == "Likes tea"


def test_a_renamed_participant_is_shown_renamed(qtbot, timeline: TimelineView, edits, people):
    load(qtbot, timeline, lambda: timeline.show_contact(people["olena"]))
    before = edits._live().contacts.get(people["marco"])
    after = dataclasses.replace(before, given="Marcello")
    load(qtbot, timeline, lambda: edits.save_card(people["marco"], before, after))
    assert timeline.model.index(1).data(PARTICIPANTS_ROLE) == [(people["marco"], "Marcello Rossi")]


def test_a_refresh_keeps_the_place(qtbot, services: Services, edits: Edits) -> None:
    busy = demo.generate(services, contacts=60, interactions=600)["busy_contact_id"]
    view = TimelineView(edits, lambda: services, services.clock)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    load(qtbot, view, lambda: view.show_contact(busy))
    load(qtbot, view, view.list.scrollToBottom)
    view.list.setCurrentIndex(view.model.index(100))
    view.list.scrollTo(view.model.index(100))
    scroll = view.list.verticalScrollBar().value()
    current = view.model.interaction_id(100)
    load(qtbot, view, view.refresh)
    assert view.model.rowCount() == TimelineModel.FIRST_PAGE + TimelineModel.PAGE
    assert view.list.currentIndex().data(ID_ROLE) == current
    assert view.selected_ids() == [current]
    assert view.list.verticalScrollBar().value() == scroll
    view.clear()


def test_clear_waits_for_the_read_in_flight(qtbot, timeline: TimelineView, people) -> None:
    timeline.show_contact(people["olena"])
    assert timeline.model.is_loading()
    timeline.clear()
    # no thread left reading the store that is closed next
    assert not [job for job in timeline.model.findChildren(Job) if job.isRunning()]
    qtbot.wait(20)  # the answer, delivered late, is dropped
    assert timeline.model.rowCount() == 0


def test_enter_and_double_click_ask_for_the_editor(qtbot, timeline: TimelineView, people) -> None:
    load(qtbot, timeline, lambda: timeline.show_contact(people["olena"]))
    timeline.list.setFocus()
    timeline.list.setCurrentIndex(timeline.model.index(1))
    meeting = timeline.model.interaction_id(1)
    with qtbot.waitSignal(timeline.edit_requested) as asked:
        qtbot.keyClick(timeline.list, Qt.Key.Key_Return)
    assert asked.args == [meeting]
    at = timeline.list.visualRect(timeline.model.index(0)).center()
    with qtbot.waitSignal(timeline.edit_requested) as asked:
        # a double click is a click then a double-click event (the item view checks both)
        qtbot.mouseClick(timeline.list.viewport(), Qt.MouseButton.LeftButton, pos=at)
        qtbot.mouseDClick(timeline.list.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert asked.args == [timeline.model.interaction_id(0)]


def test_the_context_menu_opens_a_participant(qtbot, timeline: TimelineView, people) -> None:
    load(qtbot, timeline, lambda: timeline.show_contact(people["olena"]))
    menu = timeline.context_menu(timeline.model.index(1))
    texts = [a.text() for a in menu.actions()]
    assert texts == ["&Edit…", "&Delete", "&Briefing…", "", "Open Marco Rossi"]
    with qtbot.waitSignal(timeline.contact_requested) as asked:
        menu.actions()[-1].trigger()
    assert asked.args == [people["marco"]]


def test_a_meetings_context_menu_asks_for_its_briefing(
    qtbot, timeline: TimelineView, people
) -> None:
    load(qtbot, timeline, lambda: timeline.show_contact(people["olena"]))
    call, meeting = timeline.model.index(0), timeline.model.index(1)
    assert (call.data(KIND_ROLE), meeting.data(KIND_ROLE)) == ("call", "meeting")
    assert "&Briefing…" not in [a.text() for a in timeline.context_menu(call).actions()]
    menu = timeline.context_menu(meeting)
    briefing = next(a for a in menu.actions() if a.text() == "&Briefing…")
    with qtbot.waitSignal(timeline.briefing_requested) as asked:
        briefing.trigger()
    assert asked.args == [meeting.data(ID_ROLE)]


def test_delete_and_undo(qtbot, timeline: TimelineView, edits: Edits, services, people) -> None:
    load(qtbot, timeline, lambda: timeline.show_contact(people["olena"]))
    call, meeting = ids(timeline.model)
    timeline.list.setFocus()
    timeline.list.setCurrentIndex(timeline.model.index(0))
    load(qtbot, timeline, lambda: qtbot.keyClick(timeline.list, Qt.Key.Key_Delete))
    assert ids(timeline.model) == [meeting]
    assert timeline.list.currentIndex().row() == 0  # the next one, ready for another Delete
    assert [v.id for v in services.timeline.for_contact(people["olena"])] == [meeting]
    assert edits.stack.undoText() == "Delete 1 interaction"
    load(qtbot, timeline, edits.stack.undo)
    assert ids(timeline.model) == [call, meeting]


def test_delete_several_then_undo(qtbot, timeline: TimelineView, edits: Edits, services, people):
    when = datetime(2026, 1, 1, 9, tzinfo=UTC)
    for day in range(5):
        services.timeline.log(
            InteractionDraft(
                kind="note",
                participants=[people["jane"]],
                starts_at=when + timedelta(days=day),
                body=f"Note {day}",
            )
        )
    load(qtbot, timeline, lambda: timeline.show_contact(people["jane"]))
    before = ids(timeline.model)
    timeline.list.setFocus()
    timeline.list.setCurrentIndex(timeline.model.index(1))
    qtbot.keyClick(timeline.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert timeline.selected_ids() == before[1:3]
    load(qtbot, timeline, lambda: qtbot.keyClick(timeline.list, Qt.Key.Key_Delete))
    assert ids(timeline.model) == [before[0], *before[3:]]
    assert timeline.selected_ids() == [before[3]]
    assert edits.stack.undoText() == "Delete 2 interactions"
    load(qtbot, timeline, edits.stack.undo)
    assert ids(timeline.model) == before


def test_refused_delete_is_shown(qtbot, timeline: TimelineView, services, people) -> None:
    load(qtbot, timeline, lambda: timeline.show_contact(people["olena"]))
    timeline.list.setCurrentIndex(timeline.model.index(0))
    services.db.readonly = True  # another pcrm holds the store: writes are refused
    try:
        timeline.delete_selected()
    finally:
        services.db.readonly = False
    assert timeline.error.isVisible() and timeline.error.text()
    assert timeline.model.rowCount() == 2


def test_busy_card_first_page(qtbot, services: Services, edits: Edits) -> None:
    """The benchmark's busy card (10,000 interactions): time to its first screen, printed."""
    busy = demo.generate(services, contacts=2000, interactions=50_000)["busy_contact_id"]
    view = TimelineView(edits, lambda: services, services.clock)
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    load(qtbot, view, view.show_all)  # a warm connection, as in the running app
    started = time.perf_counter()
    with qtbot.waitSignal(view.model.loaded, timeout=10_000):
        view.show_contact(busy)
        returned = time.perf_counter()
    shown = time.perf_counter()
    view.list.viewport().repaint()
    painted = time.perf_counter()
    print(
        f"\nbusy card ({len(services.timeline.for_contact(busy, limit=None))} interactions): "
        f"show_contact returned in {(returned - started) * 1000:.1f} ms, "
        f"first page of {view.model.rowCount()} in {(shown - started) * 1000:.1f} ms, "
        f"painted in {(painted - started) * 1000:.1f} ms"
    )
    assert view.model.rowCount() == TimelineModel.FIRST_PAGE
    view.clear()


def test_list_is_built_for_a_million_rows(timeline: TimelineView) -> None:
    assert timeline.list.uniformItemSizes()
    mode = timeline.list.selectionMode()
    assert mode == QAbstractItemView.SelectionMode.ExtendedSelection
