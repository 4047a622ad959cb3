"""Screenshot of the iCalendar import dialog (hooked into make_screenshots.py by the lead).

The preview of a test calendar over the demo store, one unknown person ticked "create contact";
nothing is imported, so the other screens keep the demo data as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from pcrm.clock import FixedClock
from pcrm.services.session import Services
from pcrm.ui.dialogs.import_dialog import ImportDialog
from pcrm.ui.edits import Edits

CALENDAR = Path(__file__).parents[1] / "data" / "ical" / "synthetic__series_v1.ics"


def render(out_dir: Path, services: Services, clock: FixedClock) -> None:
    """``ical-import.png``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    dialog = ImportDialog(Edits(lambda: services), services)
    dialog.resize(980, 600)
    dialog.show()
    loop = QEventLoop()
    dialog.previewed.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    dialog.load(CALENDAR)
    loop.exec()
    for row in range(dialog.people.count()):
        item = dialog.people.item(row)
        if item.text().startswith("Petro"):
            item.setCheckState(Qt.CheckState.Checked)
    for _ in range(5):
        QApplication.processEvents()
    path = out_dir / "ical-import.png"
    if not dialog.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)
    dialog.reject()
