"""The collector's pause for bulk work nests, spans threads, and restores what it found."""

from __future__ import annotations

import gc
import threading

from pcrm.gcpause import paused_gc


def test_the_pause_nests_and_restores_the_collector() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer bulk job still runs
    assert gc.isenabled()


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
