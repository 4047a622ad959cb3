"""A writer for tests/security/test_canary.py to SIGKILL: it logs notes carrying a canary, one
committed transaction after another, until it is killed, so the store is left with a -wal file
full of committed but never checkpointed frames written by another process.

Usage: ``python canary_writer.py TEXT CONTACT_ID`` with the environment of ``cli_env``; prints
``ready`` once the first note is committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))

from fake_keyring import FileKeyring

from pcrm.clock import Clock
from pcrm.paths import resolve_data_dir
from pcrm.services.session import unlock
from pcrm.services.timeline import InteractionDraft


def main() -> None:
    text, contact = sys.argv[1], int(sys.argv[2])
    services = unlock(resolve_data_dir(None), Clock(), lambda _confirm: None, backend=FileKeyring())
    n = 0
    while True:
        n += 1
        services.timeline.log(
            InteractionDraft(
                kind="note", participants=[contact], subject=f"{text} {n}", body=f"{text} " * 40
            )
        )
        if n == 1:
            print("ready", flush=True)


if __name__ == "__main__":
    main()
