"""Screenshots of the calendar page and the task dialog, for ``make_screenshots.py``.

``render`` expects a store filled by ``demo.generate`` and a running QApplication; it adds a few
tasks and meetings around the clock's "now" (so the week is busy) and writes:

* ``agenda.png``: the agenda list of the next two weeks;
* ``calendar-week.png``: this week, with overlapping meetings and the current-time line;
* ``calendar-month.png``: this month;
* ``task-dialog.png``: a recurring reminder pinned to New York, open for editing.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from screenshot_io import save as _save

from PySide6.QtWidgets import QApplication

from pcrm.clock import FixedClock
from pcrm.services.session import Services
from pcrm.services.tasks import TaskDraft
from pcrm.services.timeline import InteractionDraft
from pcrm.ui.dialogs.task_dialog import TaskDialog
from pcrm.ui.edits import Edits
from pcrm.ui.widgets.agenda_view import CalendarPage, Mode


def _settle(page: CalendarPage) -> None:
    while page.is_loading():
        QApplication.processEvents()
    for _ in range(5):
        QApplication.processEvents()


def add_examples(services: Services, clock: FixedClock) -> int:
    """A few tasks and meetings this week; returns the task the dialog screenshot edits."""
    people = services.contacts.ordered_ids()[:4]
    today = clock.local_now().replace(tzinfo=None, minute=0, second=0, microsecond=0)
    monday = today - timedelta(days=today.weekday())
    zone = clock.zone()
    for day, hour, minutes, subject, who in (
        (0, 10, 60, "Budget review", people[:2]),
        (0, 10, 90, "Design critique", people[2:3]),
        (1, 14, 45, "Lunch with the Lviv team", people[1:4]),
        (2, 9, 30, "Intro call", people[3:4]),
        (3, 16, 120, "Workshop", people[:3]),
    ):
        services.timeline.log(
            InteractionDraft(
                "meeting",
                list(who),
                starts_at=(monday + timedelta(days=day)).replace(hour=hour).replace(tzinfo=zone),
                duration=timedelta(minutes=minutes),
                location="Kyiv",
                subject=subject,
            )
        )
    services.tasks.create(
        TaskDraft("Send the draft", monday.replace(hour=12) + timedelta(days=1), kind="task",
                  contacts=people[:1], alarms_minutes=[30])
    )  # fmt: skip
    services.tasks.create(
        TaskDraft("Water the plants", monday.replace(hour=8), rrule="FREQ=WEEKLY;BYDAY=MO,TH")
    )
    return services.tasks.create(
        TaskDraft(
            "Call Marco about the conference",
            monday.replace(hour=9) + timedelta(days=2),
            time_zone="America/New_York",
            rrule="FREQ=MONTHLY;INTERVAL=3",
            contacts=people[1:3],
            alarms_minutes=[15, 1440],
            notes="Ask about the travel budget.",
        )
    ).first("task")


def render(out_dir: Path, services: Services, clock: FixedClock) -> None:
    task_id = add_examples(services, clock)
    edits = Edits(lambda: services)
    page = CalendarPage(edits, lambda: services, clock)
    page.resize(1100, 720)
    page.show()
    try:
        for mode, name in (
            (Mode.AGENDA, "agenda.png"),
            (Mode.WEEK, "calendar-week.png"),
            (Mode.MONTH, "calendar-month.png"),
        ):
            page.set_mode(mode)
            _settle(page)
            _save(page, out_dir / name)
        dialog = TaskDialog(edits, services, clock, task_id)
        dialog.show()
        dialog.adjustSize()
        _save(dialog, out_dir / "task-dialog.png")
        dialog.close()
        dialog.deleteLater()
    finally:
        page.wait()
        page.close()
        page.deleteLater()
