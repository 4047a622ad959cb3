"""Screenshots of the today panel and of a notification, for ``make_screenshots.py``.

``render`` expects a store filled by ``demo.generate`` and a running QApplication.  It adds a
few reminders of its own around the clock's "now" (one pinned to New York, so that both clocks
show), raises what is due as the notifier would, and writes:

* ``today-panel.png``: the panel with the reminders just raised, overdue, later today,
  birthdays this week and losing touch, one row chosen;
* ``notification.png``: the in-app notification of the reminders just raised.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from screenshot_io import save as _save

from PySide6.QtWidgets import QApplication, QWidget

from pcrm.clock import FixedClock
from pcrm.domain.card import ContactCard, DateEntry
from pcrm.domain.dates import PartialDate
from pcrm.services.session import Services
from pcrm.services.tasks import TaskDraft
from pcrm.ui.edits import Edits
from pcrm.ui.widgets.notification_popup import NotificationPopup
from pcrm.ui.widgets.today_panel import TodayPanel


def _reminders(services: Services, clock: FixedClock) -> None:
    ids = services.contacts.ordered_ids()[:4]
    local = clock.local_now().replace(tzinfo=None, second=0, microsecond=0)
    drafts = [
        TaskDraft("Send Olena the budget draft", local - timedelta(minutes=5), contacts=ids[:1]),
        TaskDraft(
            "Call about the contract",
            local.replace(hour=9, minute=0) + timedelta(days=1),
            time_zone="America/New_York",
            contacts=ids[1:2],
        ),
        TaskDraft("Renew the domain", local - timedelta(minutes=2), alarms_minutes=[0]),
        TaskDraft("Book the venue", local - timedelta(days=2), alarms_minutes=[60]),
        TaskDraft(
            "Water the office plants",
            local.replace(hour=17, minute=30),
            rrule="FREQ=WEEKLY",
            contacts=ids[2:4],
        ),
    ]
    for draft in drafts:
        services.tasks.create(draft)
    soon = (local + timedelta(days=2)).date()
    birthday = DateEntry(PartialDate(month=soon.month, day=soon.day))
    card = ContactCard(given="Марта", family="Бойко", dates=[birthday])
    services.contacts.create(card)


def _settle(panel: TodayPanel) -> None:
    while panel._reads.busy():
        QApplication.processEvents()
    for _ in range(5):
        QApplication.processEvents()


def render(out_dir: Path, services: Services, clock: FixedClock) -> None:
    _reminders(services, clock)
    raised = services.organizer.mark_raised(services.organizer.pending(), through=clock.now())
    just_now = [d for d in raised if not d.missed]
    panel = TodayPanel(lambda: services, Edits(lambda: services), clock)
    panel.resize(820, 640)
    panel.show()
    try:
        panel.add_raised(just_now)
        _settle(panel)
        if just_now:
            panel.select(just_now[0].key)
        panel.tree.setFocus()
        _save(panel, out_dir / "today-panel.png")

        host = QWidget()
        host.resize(560, 260)
        host.setStyleSheet("background: palette(window);")
        popup = NotificationPopup(host)
        host.show()
        popup.show_items(just_now)
        popup.move(12, 12)
        QApplication.processEvents()
        _save(popup, out_dir / "notification.png")
        host.close()
    finally:
        panel.wait()
        panel.close()
