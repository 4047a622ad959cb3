"""Another process writing to a store without pause, through pcrm's store code (for backup tests).

``python store_writer.py STORE_DIR KEYRING_FILE SECONDS [PAUSE]``: opens the store as its writer,
prints "writing", then adds a contact and an interaction per row, five rows per transaction (so
every committed snapshot has as many of each), PAUSE seconds apart (default 0), until SECONDS pass
or, with SECONDS 0, until stdin closes; prints how many rows it wrote.
"""

from __future__ import annotations

import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fake_keyring import FileKeyring

from pcrm.paths import StorePaths
from pcrm.store.database import open_database
from pcrm.store.models import Contact, Interaction


def main(root: str, keyring_file: str, seconds: str, pause: str = "0") -> None:
    db = open_database(StorePaths(Path(root)), backend=FileKeyring(Path(keyring_file)))
    stop = threading.Event()
    if float(seconds) <= 0:
        threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    print("writing", flush=True)
    now = datetime.now(UTC)
    deadline = time.monotonic() + (float(seconds) if float(seconds) > 0 else 3600)
    written = 0
    while time.monotonic() < deadline and not stop.is_set():
        with db.session() as session, session.begin():
            for _ in range(5):
                session.add(Contact(display_name=f"W {written}", created_at=now, updated_at=now))
                session.add(
                    Interaction(
                        kind="note",
                        starts_at=now,
                        time_zone="UTC",
                        body="x" * 500,
                        created_at=now,
                        updated_at=now,
                    )
                )
                written += 1
        time.sleep(float(pause))
    db.close()
    print(written, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:5])
