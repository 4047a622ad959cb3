"""The Export calendar dialog and the subscription keeper, over a real store."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import icalendar
from pytestqt.qtbot import QtBot

from pcrm.services.changes import ChangeSet
from pcrm.services.session import Services
from pcrm.services.tasks import TaskDraft
from pcrm.ui.dialogs.ical_export_dialog import DEFAULT_NAME, IcalExportDialog
from pcrm.ui.subscription import SubscriptionKeeper


def dialog(qtbot: QtBot, services: Services) -> IcalExportDialog:
    shown = IcalExportDialog(services)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_exports_everything_in_a_job(
    qtbot: QtBot, services: Services, people: dict[str, int], tmp_path: Path
) -> None:
    services.tasks.create(
        TaskDraft("Call back", datetime(2026, 12, 1, 9), "Europe/Kyiv", alarms_minutes=[15])
    )
    shown = dialog(qtbot, services)
    assert shown.path.text().endswith(DEFAULT_NAME)
    target = tmp_path / "cal.ics"
    shown.path.setText(str(target))
    with qtbot.waitSignal(shown.exported, timeout=10_000) as blocker:
        shown.export_button.click()
    report = blocker.args[0]
    assert (report.events, report.alarms) == (4, 1)  # a meeting, a reminder, two birthdays
    assert "Exported 4 events" in shown.status.text() and not shown.busy()
    summaries = {
        str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    }
    assert "Call back" in summaries and "Kick-off" in summaries


def test_refusals_are_shown_in_place(
    qtbot: QtBot, services: Services, people: dict[str, int], tmp_path: Path
) -> None:
    shown = dialog(qtbot, services)
    shown.by_contact.setChecked(True)
    shown.export_button.click()
    assert shown.error.isVisible() and "choose a contact" in shown.error.text()
    shown.everything.setChecked(True)
    shown.path.setText(str(tmp_path))
    shown.export_button.click()
    qtbot.waitUntil(lambda: not shown.busy() and shown.error.isVisible(), timeout=10_000)
    assert "this is a folder" in shown.error.text() and shown.isVisible()


def test_scope_by_contact_and_without_private_notes(
    qtbot: QtBot, services: Services, people: dict[str, int], tmp_path: Path
) -> None:
    shown = dialog(qtbot, services)
    shown.by_contact.setChecked(True)
    shown.contact.set_contact(people["marco"], "Marco Rossi")
    shown.ranged.setChecked(True)
    scope = shown.scope()
    assert scope.contact_id == people["marco"] and scope.start is not None and not scope.private
    shown.path.setText(str(tmp_path / "marco.ics"))
    with qtbot.waitSignal(shown.exported, timeout=10_000):
        shown.export_button.click()
    assert b"ATTENDEE" not in (tmp_path / "marco.ics").read_bytes()


def test_the_keeper_rewrites_the_file_once_after_calendar_changes(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    target = tmp_path / "sub.ics"
    services.preferences.set("calendar.subscription_file", str(target))
    keeper = SubscriptionKeeper(lambda: services, delay_ms=10)
    keeper.changed(ChangeSet().add("created", "group", 1))
    assert not keeper.timer.isActive()
    services.tasks.create(TaskDraft("Water plants", datetime(2026, 12, 1, 9)))
    with qtbot.waitSignal(keeper.refreshed, timeout=10_000) as blocker:
        keeper.changed(ChangeSet().add("created", "task", 1))
        keeper.changed(ChangeSet().add("updated", "task", 1))
    assert blocker.args[0].todos == 0 and b"Water plants" in target.read_bytes()
    keeper.wait()
    assert not keeper.busy()
