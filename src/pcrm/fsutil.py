"""Atomic, owner-only file writes: temp file in the same folder, fsync, rename, fsync the folder.

Every file pcrm writes (metadata, exports, backups) goes through here, so a crash leaves either
the old file or the new one, never half of either, and nothing passes through the temp dir.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

OWNER_ONLY = 0o600


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(path: Path, mode: int = OWNER_ONLY) -> Iterator[IO[bytes]]:
    """Yield a binary file; on a clean exit it replaces ``path`` atomically, else it vanishes."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def write_atomic(path: Path, data: bytes, mode: int = OWNER_ONLY) -> None:
    with atomic_writer(path, mode) as handle:
        handle.write(data)


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` readable by the owner only; a folder that exists is left as it is
    (it may be shared, like /tmp, and is not ours to change)."""
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, 0o700)
