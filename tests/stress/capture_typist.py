"""A real quick-capture window, offscreen, typing notes into a store until it is killed.

    python tests/stress/capture_typist.py STORE_DIR [INTERVAL_MS]

The store must exist and use the test keyring (``PCRM_TEST_KEYRING_FILE``, tests/support).  The
window opens for the store's first contact and types ``TEXT`` into the notes, one character
every ``INTERVAL_MS`` (default 40) through Qt's own key events, so the draft is saved exactly
as when the owner types.  After each character it prints ``typed N T`` (N characters in the
widget, T = ``time.monotonic()``, which is system-wide on Linux) so that whoever kills it knows
what had been typed by when.  tests/gui/test_quick_capture.py SIGKILLs it and checks that the
draft offered at the next start holds everything typed more than a second before the kill.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "support"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fake_keyring import FileKeyring  # noqa: E402

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from pcrm.clock import Clock  # noqa: E402
from pcrm.paths import StorePaths  # noqa: E402
from pcrm.services.session import unlock  # noqa: E402
from pcrm.ui.dialogs.quick_capture import QuickCapture  # noqa: E402
from pcrm.ui.edits import Edits  # noqa: E402

TEXT = (
    "Met Olena at the office about the 2027 budget. She wants the draft by Friday; "
    "Marco will review the numbers. Next: send the slides, book the room for December. "
) * 20


def main(argv: list[str]) -> int:
    root = Path(argv[0])
    interval = int(argv[1]) if len(argv) > 1 else 40
    app = QApplication(sys.argv[:1])
    backend = FileKeyring(Path(os.environ["PCRM_TEST_KEYRING_FILE"]))
    clock = Clock()
    services = unlock(
        StorePaths(root), clock, lambda _confirm: None, backend=backend, use_system_keyring=False
    )
    capture = QuickCapture(Edits(lambda: services), services, clock)
    capture.open_for(services.contacts.ordered_ids()[:1])
    capture.form.text.setFocus()
    typed = 0

    def type_one() -> None:
        nonlocal typed
        if typed >= len(TEXT):
            return
        QTest.keyClicks(capture.form.text, TEXT[typed])
        typed += 1
        print(f"typed {typed} {time.monotonic():.4f}", flush=True)

    timer = QTimer(interval=interval)
    timer.timeout.connect(type_one)
    timer.start()
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
