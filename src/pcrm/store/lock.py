"""One writing process per store: an exclusive, non-blocking lock on ``pcrm.lock``.

The lock is an OS file lock, so it is released when the process dies (even by SIGKILL); the pid
inside is only for the message.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO

from pcrm import errors

if os.name == "posix":
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

else:  # pragma: no cover -- Windows
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True


class WriterLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = os.fdopen(fd, "r+b")
        if not _try_lock(handle):
            handle.seek(0)
            pid = handle.read(32).decode("ascii", "replace").strip() or "?"
            handle.close()
            raise errors.StoreBusy(path=self.path.parent, pid=pid)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            with contextlib.suppress(OSError):
                self._handle.close()
            self._handle = None
