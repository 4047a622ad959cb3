"""Screenshot of the Export calendar dialog (hooked into make_screenshots.py by the lead).

The dialog is filled in (a group, a date range) but not run: nothing is written anywhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from pcrm.clock import FixedClock
from pcrm.services.session import Services
from pcrm.ui.dialogs.ical_export_dialog import DEFAULT_NAME, IcalExportDialog


def render(out_dir: Path, services: Services, clock: FixedClock) -> None:
    """``ical-export.png``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    dialog = IcalExportDialog(services)
    if dialog.group.count():
        dialog.by_group.setChecked(True)
    today = clock.local_now().date()
    dialog.ranged.setChecked(True)
    dialog.start.setDate(QDate(today.year, today.month, 1))
    dialog.end.setDate(QDate(today.year + 1, today.month, 1))
    dialog.path.setText(str(Path("~/Documents") / DEFAULT_NAME))
    dialog.show()
    for _ in range(5):
        QApplication.processEvents()
    path = out_dir / "ical-export.png"
    if not dialog.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)
    dialog.close()
