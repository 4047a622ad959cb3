"""The search box and its panel over a real store: as you type, best matches, keys and mouse."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from damage import damage_pages

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from pcrm import errors
from pcrm.clock import FixedClock
from pcrm.services.session import Services
from pcrm.services.timeline import InteractionDraft
from pcrm.ui.widgets.search import SearchPanel
from pcrm.ui.widgets.search_model import Row, RowKind


class Frame(QWidget):
    """The box above the panel, as a window places them; ``store`` can be locked (None)."""

    def __init__(self, services: Services, clock: FixedClock) -> None:
        super().__init__()
        self.store: Services | None = services
        self.panel = SearchPanel(lambda: self.store, clock, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel.box)
        layout.addWidget(self.panel, 1)
        self.resize(520, 600)


@pytest.fixture
def frame(qtbot, services: Services, people: dict[str, int], clock: FixedClock) -> Iterator[Frame]:
    services.timeline.log(
        InteractionDraft(
            kind="note",
            participants=[people["marco"]],
            starts_at=datetime(2026, 11, 21, 15, 0, tzinfo=UTC),
            body="Marco wants an intro to the people at Kyiv Digital.",
        )
    )
    widget = Frame(services, clock)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.panel.box.setFocus()
    yield widget
    widget.panel.clear()  # waits for a ranked search still running


def rows(frame: Frame) -> list[Row]:
    model = frame.panel.model
    return [model.row_at(n) for n in range(model.rowCount())]  # type: ignore[misc]


def type_query(qtbot, frame: Frame, text: str) -> None:
    """Type ``text`` and wait for the pause after typing to run the search."""
    box = frame.panel.box
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(lambda: not box.pending())


def marked(text: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [text[a:b] for a, b in spans]


def test_typing_shows_contacts_and_interactions_with_the_match_marked(
    qtbot, frame: Frame, people: dict[str, int]
) -> None:
    type_query(qtbot, frame, "kyiv")
    shown = rows(frame)
    assert [r.kind for r in shown] == [
        RowKind.SECTION,
        RowKind.CONTACT,
        RowKind.SECTION,
        RowKind.INTERACTION,
    ]
    contact, interaction = shown[1], shown[3]
    assert (contact.hit_id, contact.title) == (people["olena"], "Олена Коваленко")
    assert marked(contact.snippet, contact.snippet_spans) == ["Kyiv"]
    assert interaction.title == "Note" and interaction.detail == "Note · 2026-11-21"
    assert marked(interaction.snippet, interaction.snippet_spans) == ["Kyiv"]
    assert frame.panel.status.text() == "1 contact, 1 interaction — Enter for best matches"
    assert frame.panel.is_active()
    frame.panel.box.clear()
    assert rows(frame) == [] and not frame.panel.is_active()
    type_query(qtbot, frame, "budg")  # a match in the subject is not said twice
    [_, hit] = rows(frame)
    assert marked(hit.title, hit.title_spans) == ["Budget"] and hit.snippet == ""
    assert hit.detail == "Call · 2026-11-20"


def test_latin_finds_cyrillic_names(qtbot, frame: Frame, people: dict[str, int]) -> None:
    type_query(qtbot, frame, "petrenko")
    assert [(r.hit_id, r.title) for r in rows(frame)[1:]] == [(people["ivan"], "Іван Петренко")]


def test_fewer_than_two_characters_show_nothing(qtbot, frame: Frame) -> None:
    with qtbot.assertNotEmitted(frame.panel.active_changed, wait=150):
        qtbot.keyClicks(frame.panel.box, "o")
    assert rows(frame) == [] and frame.panel.status.text() == ""
    with qtbot.waitSignal(frame.panel.active_changed) as became:
        qtbot.keyClicks(frame.panel.box, "l")
    assert became.args == [True] and rows(frame)
    with qtbot.waitSignal(frame.panel.active_changed, timeout=0) as became:
        qtbot.keyClick(frame.panel.box, Qt.Key.Key_Backspace)  # at once, without the pause
    assert became.args == [False] and rows(frame) == []


def test_arrows_and_enter_open_the_highlighted_contact(
    qtbot, frame: Frame, people: dict[str, int]
) -> None:
    box = frame.panel.box
    type_query(qtbot, frame, "example")  # both e-mail addresses
    assert [r.hit_id for r in rows(frame)[1:]] == [people["marco"], people["olena"]]
    assert frame.panel.highlighted() is None
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)  # stays on the last
    assert frame.panel.highlighted().hit_id == people["olena"]  # type: ignore[union-attr]
    assert box.hasFocus()
    with qtbot.waitSignal(frame.panel.contact_activated) as activated:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert activated.args == [people["olena"]]

    qtbot.keyClick(box, Qt.Key.Key_Up)
    qtbot.keyClick(box, Qt.Key.Key_Up)  # above the first: nothing highlighted
    assert frame.panel.highlighted() is None
    qtbot.keyClick(box, Qt.Key.Key_PageDown)
    assert frame.panel.highlighted().hit_id == people["olena"]  # type: ignore[union-attr]


def test_enter_with_nothing_highlighted_shows_the_best_matches(qtbot, frame: Frame) -> None:
    type_query(qtbot, frame, "budget")
    assert frame.panel.status.text().endswith("Enter for best matches")
    qtbot.keyClick(frame.panel.box, Qt.Key.Key_Return)
    assert frame.panel.status.text() == "Finding the best matches…"
    qtbot.waitUntil(lambda: not frame.panel.is_busy())
    assert frame.panel.status.text() == "Best matches — 0 contacts, 1 interaction"
    assert [r.title for r in rows(frame)] == ["Interactions", "Budget for 2027"]


def test_the_next_keystroke_cancels_the_ranked_search_and_its_result_never_shows(
    qtbot, frame: Frame
) -> None:
    panel = frame.panel
    type_query(qtbot, frame, "budget")
    shown: list[list[str]] = []
    panel.model.modelReset.connect(lambda: shown.append([r.title for r in rows(frame)]))
    qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    assert panel.is_busy()
    # No event is processed in between: whatever the job delivers arrives after this key.
    qtbot.keyClick(panel.box, Qt.Key.Key_X)
    qtbot.waitUntil(lambda: not panel.is_busy() and not panel.box.pending())
    qtbot.wait(50)  # anything still queued is delivered
    assert shown == [[]]  # only the quick search of "budgetx"
    assert panel.status.text() == "No matches"


def test_the_mouse_opens_a_result(qtbot, frame: Frame, people: dict[str, int]) -> None:
    type_query(qtbot, frame, "example")
    view = frame.panel.view
    second = view.visualRect(frame.panel.model.index(2)).center()
    opened: list[int] = []
    frame.panel.contact_activated.connect(opened.append)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert opened == [people["olena"]]
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert opened == [people["olena"]]  # the click before it opened the hit, once
    heading = view.visualRect(frame.panel.model.index(0)).center()
    with qtbot.assertNotEmitted(frame.panel.contact_activated):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=heading)


def test_an_interaction_opens_with_its_first_participant(
    qtbot, frame: Frame, services: Services, people: dict[str, int]
) -> None:
    type_query(qtbot, frame, "kick")
    [_, hit] = rows(frame)
    first = services.timeline.get(hit.hit_id).participants[0][0]
    assert first in (people["marco"], people["olena"])
    qtbot.keyClick(frame.panel.box, Qt.Key.Key_Down)
    with qtbot.waitSignal(frame.panel.interaction_activated) as activated:
        qtbot.keyClick(frame.panel.box, Qt.Key.Key_Enter)
    assert activated.args == [hit.hit_id, first]


def test_keys_in_the_list_skip_headings_and_escape_goes_back(
    qtbot, frame: Frame, people: dict[str, int]
) -> None:
    type_query(qtbot, frame, "kyiv")
    view = frame.panel.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # over the "Interactions" heading
    assert frame.panel.highlighted().kind is RowKind.INTERACTION  # type: ignore[union-attr]
    qtbot.keyClick(view, Qt.Key.Key_Up)
    with qtbot.waitSignal(frame.panel.contact_activated) as activated:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert activated.args == [people["olena"]]
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert frame.panel.box.hasFocus()


def test_escape_clears_then_hands_the_focus_back(qtbot, frame: Frame) -> None:
    box = frame.panel.box
    type_query(qtbot, frame, "olena")
    with qtbot.assertNotEmitted(box.dismissed):
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == "" and rows(frame) == []
    with qtbot.waitSignal(box.dismissed, timeout=0):
        qtbot.keyClick(box, Qt.Key.Key_Escape)


def test_store_errors_are_shown_in_place(qtbot, frame: Frame, services: Services) -> None:
    type_query(qtbot, frame, "olena")
    damage_pages(services)
    frame.panel.refresh()
    assert rows(frame) == []
    message = errors.DatabaseCorrupt(
        path=services.paths.database, reason="a page fails its integrity check"
    ).message
    assert frame.panel.status.text() == message
    qtbot.keyClick(frame.panel.box, Qt.Key.Key_Return)  # the ranked search, in its worker
    qtbot.waitUntil(lambda: not frame.panel.is_busy())
    assert frame.panel.status.text() == message


def test_refresh_searches_again_and_clear_forgets_everything(
    qtbot, frame: Frame, services: Services, people: dict[str, int]
) -> None:
    type_query(qtbot, frame, "lviv")
    assert len(rows(frame)) == 2
    services.timeline.log(InteractionDraft(kind="note", participants=[people["jane"]], body="Lviv"))
    frame.panel.refresh()
    assert len(rows(frame)) == 3
    with qtbot.waitSignal(frame.panel.active_changed):
        frame.panel.clear()
    assert frame.panel.box.text() == "" and rows(frame) == []
    frame.store = None  # locked: typing finds nothing and raises nothing
    type_query(qtbot, frame, "lviv")
    assert rows(frame) == [] and not frame.panel.is_active()


def test_the_model_passes_the_model_tester(qtbot, qtmodeltester, frame: Frame) -> None:
    type_query(qtbot, frame, "o")  # one letter: empty
    qtmodeltester.check(frame.panel.model)
    type_query(qtbot, frame, "kyiv")
    qtmodeltester.check(frame.panel.model)
