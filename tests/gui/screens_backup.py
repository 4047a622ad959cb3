"""Screenshots of the backups dialog and the restore question (hooked into make_screenshots.py by
the lead).

The backups are written into a scratch folder chosen only for the dialog shown here (the
preference is put back afterwards), dated over three weeks with the fixed clock, and the newest
is verified so that its counts show.
"""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from pcrm.clock import FixedClock
from pcrm.services.session import Services
from pcrm.ui.dialogs.backups_dialog import BackupsDialog
from pcrm.ui.dialogs.restore_confirm import RestoreConfirmation, RestorePlan
from pcrm.ui.edits import Edits


def _grab(widget: QWidget, path: Path) -> None:
    for _ in range(5):
        QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def render(out_dir: Path, services: Services, clock: FixedClock) -> None:
    """``backups.png`` and ``backups-restore.png``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    before = services.preferences.stored()
    real_now = clock.now()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "pcrm backups"
        services.preferences.set("backups.folder", str(folder))
        try:
            clock.advance(timedelta(days=-20))
            for _ in range(20):
                clock.advance(timedelta(days=1))
                services.backups.take()
            clock.advance(real_now - clock.now())
            edits = Edits(lambda: services)
            dialog = BackupsDialog(services, edits)
            dialog.resize(820, 640)
            dialog.show()
            dialog.verify_selected()
            while dialog.busy():
                QApplication.processEvents()
            _grab(dialog, out_dir / "backups.png")
            newest = services.backups.available()[0]
            checked = services.backups.check(newest.path)
            plan = RestorePlan(
                newest.path, checked.counts, services.backups.counts(), services.paths.backups
            )
            question = RestoreConfirmation(plan, clock.zone(), dialog)
            question.show()
            _grab(question, out_dir / "backups-restore.png")
            question.reject()
            dialog.reject()
        finally:
            services.preferences.replace(before)
