"""Process hardening that keeps the decrypted store out of files the owner never chose.

A core dump holds the process's memory: the store's key and every card on screen.  So before
anything is read, :func:`no_core_dumps` sets the core-file size limit to 0 (soft and hard, so a
child cannot raise it again) and, on Linux, marks the process not dumpable, which also keeps
``systemd-coredump`` / ``apport`` (a ``core_pattern`` pipe ignores RLIMIT_CORE) and other
processes of the same user (``ptrace``, ``/proc/<pid>/mem``) away.  Where neither exists (Windows)
it does nothing.  Qt-free: the command line calls it too.
"""

from __future__ import annotations

import sys

PR_SET_DUMPABLE = 4  # <linux/prctl.h>
PR_GET_DUMPABLE = 3


def no_core_dumps() -> list[str]:
    """Forbid core dumps of this process; returns what was done (for the log and the tests)."""
    done: list[str] = []
    try:
        import resource
    except ImportError:  # Windows: no core files, no rlimits
        return done
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done.append("rlimit")
    except (ValueError, OSError):
        pass  # a sandbox that refuses: the dumpable flag below still holds
    if sys.platform.startswith("linux") and _prctl(PR_SET_DUMPABLE, 0) == 0:
        done.append("dumpable")
    return done


def dumpable() -> int | None:
    """The process's dumpable flag (Linux), None elsewhere or when it cannot be read."""
    if not sys.platform.startswith("linux"):
        return None
    value = _prctl(PR_GET_DUMPABLE, 0)
    return None if value < 0 else value


def _prctl(option: int, arg: int) -> int:
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        call = libc.prctl
    except (OSError, AttributeError):
        return -1
    call.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    call.restype = ctypes.c_int
    return int(call(option, arg, 0, 0, 0))
