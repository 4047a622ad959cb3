"""The collector's pause for bulk work nests, spans threads, and restores what it found."""

from __future__ import annotations

import gc
import threading
import time
import weakref

from pcrm.gcpause import paused_gc, release_later, sweep


def test_the_pause_nests_and_restores_the_collector() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer bulk job still runs
    assert gc.isenabled()


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_what_a_bulk_job_made_is_frozen_and_a_sweep_collects_it() -> None:
    try:
        with paused_gc():
            kept = [[i] for i in range(1000)]  # the preview the job returns
            garbage = weakref.ref(_Cycle())  # a cycle nothing refers to any more
        assert gc.get_count()[0] < 1000  # nothing left for the next young collection to walk
        assert gc.get_freeze_count() >= 1000
        gc.collect()
        assert garbage() is not None  # frozen: ordinary collections do not see it
        sweep()
        assert garbage() is None
        assert len(kept) == 1000
    finally:
        gc.unfreeze()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_returns_when_the_last_thread_leaves_even_after_an_error() -> None:
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with paused_gc():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=other)
    thread.start()
    inside.wait(10)
    try:
        with paused_gc():
            raise ValueError("a failed import")
    except ValueError:
        pass
    assert not gc.isenabled()  # the other thread's job still runs
    leave.set()
    thread.join(10)
    assert gc.isenabled()


class _Rows(list[int]):
    """A list that can be watched (weak references)."""


class _Held:
    def __init__(self) -> None:
        self.rows = _Rows(range(5000))
        self.index = {i: i for i in range(5000)}
        self.shared = [1, 2, 3]


def test_release_later_empties_what_only_it_holds_and_leaves_the_rest_whole() -> None:
    alone, kept = _Held(), _Held()
    rows, shared = weakref.ref(alone.rows), alone.shared  # rows: watched, not held
    elsewhere = kept  # somebody still uses this one
    release_later(alone)
    release_later(kept)
    del alone, kept
    deadline = time.monotonic() + 5
    while rows() is not None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert rows() is None
    assert shared == [1, 2, 3]  # held here too: not emptied
    time.sleep(0.2)
    assert len(elsewhere.rows) == 5000 and len(elsewhere.index) == 5000
