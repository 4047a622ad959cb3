"""Screenshots of the timeline pane over the demo data, for ``make_screenshots.py``.

``render`` expects a store filled by ``demo.generate`` (whose first contact is the busy one,
"Олена Коваленко") and a running QApplication.  It writes:

* ``timeline-contact.png``: the busy contact's timeline, as it sits under the card;
* ``timeline-all.png``: everyone's timeline;
* ``timeline-filtered.png``: everyone's calls by phone, the first entry selected.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from pcrm.clock import FixedClock
from pcrm.services.session import Services
from pcrm.ui.edits import Edits
from pcrm.ui.widgets.timeline_view import TimelineView


def _settle(view: TimelineView) -> None:
    """Until the rows have arrived and are painted (reads run in a worker thread)."""
    while view.model.is_loading():
        QApplication.processEvents()
    for _ in range(5):
        QApplication.processEvents()


def _save(view: TimelineView, path: Path) -> None:
    _settle(view)
    if not view.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def render(out_dir: Path, services: Services, clock: FixedClock) -> None:
    edits = Edits(lambda: services)
    view = TimelineView(edits, lambda: services, clock)
    view.resize(760, 560)
    view.show()
    try:
        busy = min(services.contacts.ordered_ids())  # the demo's first contact
        view.show_contact(busy)
        _save(view, out_dir / "timeline-contact.png")
        view.show_all()
        _save(view, out_dir / "timeline-all.png")
        view.kind_filter.setCurrentIndex(view.kind_filter.findData("call"))
        view.channel_filter.setCurrentIndex(view.channel_filter.findData("phone"))
        _settle(view)
        view.list.setCurrentIndex(view.model.index(0))
        _save(view, out_dir / "timeline-filtered.png")
    finally:
        view.clear()
        view.close()
        view.deleteLater()
