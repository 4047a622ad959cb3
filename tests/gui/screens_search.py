"""Screenshots of the search panel over the demo data: as you type, and the best matches.

``render`` is called by ``make_screenshots.py`` with the demo store open; it needs a
QApplication.  The box and the panel are shown together, the way a window places them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from pcrm.clock import FixedClock
from pcrm.services.session import Services
from pcrm.ui.widgets.search import SearchPanel

QUICK_QUERY = "київ"
RANKED_QUERY = "budget"


def _save(widget: QWidget, path: Path) -> None:
    for _ in range(5):
        QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")


def render(out_dir: Path, services: Services, clock: FixedClock) -> None:
    frame = QWidget()
    frame.setWindowTitle("pcrm")
    panel = SearchPanel(lambda: services, clock, frame)
    layout = QVBoxLayout(frame)
    layout.addWidget(panel.box)
    layout.addWidget(panel, 1)
    frame.resize(560, 640)
    frame.show()
    try:
        panel.box.setText(QUICK_QUERY)
        panel.box.flush()
        panel.move_highlight(2)
        _save(frame, out_dir / "search-as-you-type.png")

        panel.box.setText(RANKED_QUERY)
        panel.run_ranked()
        while panel.is_busy():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        _save(frame, out_dir / "search-best-matches.png")
    finally:
        panel.clear()
        frame.close()
        frame.deleteLater()
