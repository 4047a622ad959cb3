"""The contact list model: a correct Qt model (qtmodeltester), paged fetching, a bounded cache."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Mapping, Sequence
from datetime import UTC

import pytest

from PySide6.QtCore import Qt

from pcrm import errors
from pcrm.services.contacts import ContactRow
from pcrm.services.session import Services
from pcrm.ui.models.contact_list import (
    CONTACT_ID_ROLE,
    EMAIL,
    LAST_CONTACT,
    NAME,
    ORGANISATION,
    ContactListModel,
)
from pcrm.ui.widgets.contact_table import ContactTable


def zone() -> object:
    return UTC


def test_full_list_passes_the_model_tester(qtmodeltester, services: Services, people) -> None:
    model = ContactListModel(zone)
    model.set_source(services.contacts.rows)
    model.set_ids(services.contacts.ordered_ids("name"))
    assert model.rowCount() == 4
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_search_results_pass_the_model_tester(qtmodeltester, services: Services, people) -> None:
    model = ContactListModel(zone)
    model.set_source(services.contacts.rows)
    model.set_ids(services.search.contact_ids("olena", limit=500))
    assert model.rowCount() == 1
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    model.set_ids([])
    qtmodeltester.check(model, force_py=True)


def test_rows_show_the_list_columns(services: Services, people) -> None:
    model = ContactListModel(zone)
    model.set_source(services.contacts.rows)
    model.set_ids(services.contacts.ordered_ids("name"))
    names = [model.index(r, NAME).data() for r in range(model.rowCount())]
    assert names == ["Jane Doe", "Marco Rossi", "Олена Коваленко", "Іван Петренко"]  # family first
    row = model.row_of(people["olena"])
    assert row is not None
    assert model.index(row, ORGANISATION).data() == "Kyiv Digital"
    assert model.index(row, EMAIL).data() == "olena@example.org"
    assert model.index(row, LAST_CONTACT).data() == "2026-11-20"
    assert model.index(row, NAME).data(CONTACT_ID_ROLE) == people["olena"]
    assert model.index(row, NAME).data(Qt.ItemDataRole.DecorationRole) is None


def row(i: int) -> ContactRow:
    return ContactRow(i, f"Person {i}", None, None, None, None, False, False)


class CountingFetcher:
    def __init__(self) -> None:
        self.calls: list[list[int]] = []

    def __call__(self, ids: Sequence[int]) -> Mapping[int, ContactRow]:
        self.calls.append(list(ids))
        return {i: row(i) for i in ids}


def test_rows_are_fetched_a_page_at_a_time() -> None:
    fetch = CountingFetcher()
    model = ContactListModel(zone)
    page = model.PAGE
    model.set_source(fetch)
    model.set_ids(range(1000, 1000 + 4 * page))
    assert fetch.calls == []  # nothing is read until a row is shown
    assert model.index(0, NAME).data() == "Person 1000"
    assert model.index(page - 1, NAME).data() == f"Person {1000 + page - 1}"
    assert len(fetch.calls) == 1 and fetch.calls[0] == list(range(1000, 1000 + page))
    assert model.index(page + 3, NAME).data() == f"Person {1000 + page + 3}"
    assert len(fetch.calls) == 2 and fetch.calls[1] == list(range(1000 + page, 1000 + 2 * page))
    model.index(0, EMAIL).data()
    assert len(fetch.calls) == 2


def test_the_rows_around_the_view_are_read_ahead_in_a_worker(qtbot) -> None:
    fetch = CountingFetcher()
    model = ContactListModel(zone)
    model.set_source(fetch)
    model.set_ids(range(10_000))
    model.prefetch_around(5_000, 5_030)
    ahead = list(range(5_000 - model.AHEAD, 5_031 + model.AHEAD))
    qtbot.waitUntil(lambda: fetch.calls == [ahead])
    qtbot.waitUntil(lambda: not model._prefetcher.busy())
    for r in (ahead[0], 5_015, ahead[-1]):
        assert model.index(r, NAME).data() == f"Person {r}"
    assert len(fetch.calls) == 1  # all from the cache: scrolling there reads nothing
    model.invalidate()
    model.prefetch_around(5_000, 5_030)
    model.invalidate()  # a change while the worker reads: its rows are not kept
    qtbot.waitUntil(lambda: not model._prefetcher.busy())
    # just after a change a row is read in the worker, not on the spot: blank until then
    assert model.index(5_015, NAME).data() is None
    qtbot.waitUntil(lambda: model.index(5_015, NAME).data() == "Person 5015")
    assert len(fetch.calls) == 3
    model.set_source(None)


class ThreadNoting(CountingFetcher):
    def __init__(self) -> None:
        super().__init__()
        self.threads: list[int] = []
        self.renamed: set[int] = set()

    def __call__(self, ids: Sequence[int]) -> Mapping[int, ContactRow]:
        self.threads.append(threading.get_ident())
        found = dict(super().__call__(ids))
        for i in self.renamed & set(found):
            found[i] = dataclasses.replace(row(i), display_name=f"Renamed {i}")
        return found


def test_after_a_change_rows_keep_their_text_until_the_worker_has_read_them(qtbot) -> None:
    """Reading just after a write finds SQLite's cache cold: not on the GUI thread."""
    fetch = ThreadNoting()
    model = ContactListModel(zone)
    model.set_source(fetch)
    model.set_ids(range(1_000))
    assert model.index(10, NAME).data() == "Person 10"  # on the spot: the list at rest
    gui = threading.get_ident()
    assert fetch.threads == [gui]
    fetch.renamed = {10}
    changed = []
    model.dataChanged.connect(lambda *_: changed.append(1))
    model.invalidate()
    assert model.index(10, NAME).data() == "Person 10"  # as it was, while being read again
    assert model.index(900, NAME).data() is None  # never read: blank for now
    qtbot.waitUntil(lambda: model.index(10, NAME).data() == "Renamed 10")
    qtbot.waitUntil(lambda: model.index(900, NAME).data() == "Person 900")
    assert fetch.threads[0] == gui and gui not in fetch.threads[1:]
    assert len(changed) >= 2  # the change, then the rows read again: the view repaints
    reads = len(fetch.threads)
    qtbot.waitUntil(lambda: not model.is_loading())
    assert model.index(500, NAME).data() == "Person 500"  # at rest again: on the spot
    assert fetch.threads[reads:] == [gui]
    model.set_source(None)


def test_the_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    fetch = CountingFetcher()
    model = ContactListModel(zone)
    monkeypatch.setattr(model, "CACHE_ROWS", 400)
    model.set_source(fetch)
    model.set_ids(range(10_000))
    for r in range(0, 10_000, 200):
        model.index(r, NAME).data()
    assert len(model._cache) <= 400
    assert model.index(0, NAME).data() == "Person 0"  # evicted long ago: fetched again
    assert fetch.calls[-1][0] == 0


def test_a_failed_fetch_is_reported_once_and_shows_empty_rows(qtbot) -> None:
    calls = []

    def failing(ids: Sequence[int]) -> Mapping[int, ContactRow]:
        calls.append(ids)
        raise errors.DatabaseCorrupt(path="pcrm.db", reason="test")

    model = ContactListModel(zone)
    model.set_source(failing)
    model.set_ids([1, 2, 3])
    with qtbot.waitSignal(model.fetch_failed) as signal:
        assert model.index(0, NAME).data() is None
    assert isinstance(signal.args[0], errors.DatabaseCorrupt)
    assert model.index(1, NAME).data() is None
    assert len(calls) == 1


def test_locking_empties_the_model() -> None:
    model = ContactListModel(zone)
    model.set_source(CountingFetcher())
    model.set_ids([1, 2])
    model.index(0, NAME).data()
    model.set_source(None)
    assert model.rowCount() == 0
    assert model._cache == {}


def test_the_header_does_not_see_the_selection(qtbot) -> None:
    """QHeaderView asks, per section, whether a whole column is selected: a model call per row
    (2 s at 100,000 selected rows), so the list's header keeps a selection model of its own."""
    model = ContactListModel(zone)
    model.set_source(CountingFetcher())
    model.set_ids(range(50_000))
    table = ContactTable()
    qtbot.addWidget(table)
    table.setModel(model)
    table.show()
    table.selectAll()
    header = table.horizontalHeader()
    assert header.selectionModel() is not table.selectionModel()
    assert not header.selectionModel().hasSelection()
    assert table.selected_rows() == [(0, 49_999)]
    header.repaint()
    table.setModel(None)
    model.set_source(None)
