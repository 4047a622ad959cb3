"""Bulk work without the cyclic garbage collector's pauses.

Reading 10,000 vCards makes a few hundred thousand objects that all live until the import ends.
Each time the allocations pass the collector's threshold it walks them again, and the older
generations' walks grow with the heap: measured here, reading 10,000 vCards took 1.06 s with the
collector and 0.57 s without, a CSV file 0.38 s and 0.23 s.  Worse for the owner, each of those
walks holds the GIL, so the GUI thread stood still while an import ran in its worker: 200 to
750 ms at a time.  Reference counting still frees everything that is not in a cycle.

When the last bulk job ends, what it made and still holds (the preview of an import) is frozen
(``gc.freeze``): turning the collector back on would otherwise walk those few hundred thousand
young objects at once (167 ms measured, on whichever thread came next).  Frozen objects are
still freed by reference counting when the preview goes; only cyclic garbage made during the
pause would wait, and an import of 10,000 contacts made none.  :func:`sweep` collects
everything, frozen objects included; the window runs it when the store is locked, when nobody
is waiting for it.  :func:`freeze_survivors` is for start-up: the modules and widgets that live
as long as the app are taken out of every later walk.

The pause is for the whole process (the collector has no per-thread switch); it nests, and
several threads may hold it at once: the collector comes back when the last one leaves, and
only if it was on when the first one came.
"""

from __future__ import annotations

import contextlib
import gc
import queue
import sys
import threading
import time
from collections.abc import Iterator


class _Pause:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.was_enabled = False

    def enter(self) -> None:
        with self.lock:
            if self.depth == 0:
                self.was_enabled = gc.isenabled()
                gc.disable()
            self.depth += 1

    def leave(self) -> None:
        with self.lock:
            self.depth -= 1
            if self.depth == 0 and self.was_enabled:
                gc.freeze()
                gc.enable()


_PAUSE = _Pause()


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    _PAUSE.enter()
    try:
        yield
    finally:
        _PAUSE.leave()


def freeze_survivors() -> None:
    """Take every object alive now out of the collector's later walks (cheap: no walk)."""
    gc.freeze()


def sweep() -> None:
    """Collect everything, frozen objects included, then freeze what survived."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


# -- letting go of big things a piece at a time ---------------------------------------------------

_PIECE = 500  # list items freed at a time: a few milliseconds for an import's records


def _dismantle(value: object) -> None:
    """Empty the big lists and dicts that only ``value`` holds, a piece at a time, letting other
    threads run in between; what is still used elsewhere is left whole."""
    attributes = getattr(value, "__dict__", None)
    if not isinstance(attributes, dict):
        return
    for part in list(attributes.values()):
        # held by the attributes, the list of them, ``part`` and getrefcount's argument only:
        # nobody else sees it
        if sys.getrefcount(part) > 4:
            continue
        if isinstance(part, list):
            while part:
                del part[-_PIECE:]
                time.sleep(0)  # lets the GUI thread take the GIL
        elif isinstance(part, dict):
            while part:
                for _ in range(min(_PIECE, len(part))):
                    part.popitem()
                time.sleep(0)


_DROPPED: queue.SimpleQueue[object] = queue.SimpleQueue()
_UNDERTAKER: list[threading.Thread] = []
_UNDERTAKER_LOCK = threading.Lock()


def _undertaker() -> None:
    while True:
        value = _DROPPED.get()
        time.sleep(0.05)  # the one who let go may still be dropping its own references to it
        if sys.getrefcount(value) <= 2:  # ``value`` and the argument: ours alone
            _dismantle(value)
        del value


def release_later(value: object) -> None:
    """Let go of ``value`` (an import's preview of 10,000 records, say) off the caller's thread.

    Freeing a few hundred thousand objects is one chain of deallocations that holds the GIL
    throughout: 50 to 150 ms measured when the undo stack dropped an old import's preview, the
    GUI thread standing still.  Here a daemon thread empties its big lists a piece at a time
    first, when nothing else holds them; anything still in use elsewhere is only let go of."""
    with _UNDERTAKER_LOCK:
        if not _UNDERTAKER:
            thread = threading.Thread(target=_undertaker, name="pcrm-release", daemon=True)
            thread.start()
            _UNDERTAKER.append(thread)
    _DROPPED.put(value)
