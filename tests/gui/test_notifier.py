"""The notifier, the today panel and the in-app notification over a real store and a fake clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection

from pcrm.clock import FixedClock
from pcrm.domain.card import ContactCard, DateEntry
from pcrm.domain.dates import PartialDate
from pcrm.services.due import Due
from pcrm.services.session import Services
from pcrm.services.tasks import TaskDraft
from pcrm.store import models as m
from pcrm.ui.autolock import ScreenLockWatch
from pcrm.ui.edits import Edits
from pcrm.ui.notifier import Notifier
from pcrm.ui.widgets.notification_popup import NotificationPopup
from pcrm.ui.widgets.today_panel import TodayPanel

KYIV = ZoneInfo("Europe/Kyiv")


def kyiv(*args: int) -> datetime:
    return datetime(*args, tzinfo=KYIV)  # type: ignore[misc]


def make(services: Services, clock: FixedClock, **kw: object) -> tuple[Notifier, Edits]:
    edits = Edits(lambda: services)
    notifier = Notifier(lambda: services, clock, edits=edits, **kw)  # type: ignore[arg-type]
    return notifier, edits


def test_start_brings_the_digest_then_one_timer_to_the_next(
    qtbot, services: Services, clock: FixedClock
) -> None:
    services.tasks.create(TaskDraft("missed", datetime(2026, 11, 23, 10, 0)))
    services.tasks.create(TaskDraft("later", datetime(2026, 11, 23, 16, 0)))
    notifier, _ = make(services, clock)
    with qtbot.waitSignal(notifier.digest, timeout=5_000) as digest:
        notifier.start()
    assert [d.title for d in digest.args[0]] == ["missed"]
    qtbot.waitUntil(lambda: notifier.wake is not None)
    assert notifier.wake == kyiv(2026, 11, 23, 16, 0)
    assert 0 < notifier.remaining_ms() <= 60 * 60 * 1000  # at most an hour: then it looks again

    clock.instant = kyiv(2026, 11, 23, 16, 0).astimezone(UTC)
    with qtbot.waitSignal(notifier.raised, timeout=5_000) as raised:
        notifier.check()
    assert [d.title for d in raised.args[0]] == ["later"]
    with qtbot.assertNotEmitted(notifier.raised, wait=300), qtbot.assertNotEmitted(notifier.digest):
        notifier.check()  # nothing twice
    notifier.stop()
    assert notifier.remaining_ms() == -1


def test_an_edit_or_a_wake_up_sets_the_timer_again(
    qtbot, services: Services, clock: FixedClock
) -> None:
    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "notifier-nowhere")
    try:
        screen = ScreenLockWatch(nowhere, nowhere)
        notifier, edits = make(services, clock, screen=screen)
        notifier.start()
        qtbot.waitUntil(lambda: not notifier._reads.busy())
        assert notifier.wake is None
        edits.create_task(TaskDraft("soon", datetime(2026, 11, 23, 14, 30)))
        qtbot.waitUntil(lambda: notifier.wake == kyiv(2026, 11, 23, 14, 30))

        clock.advance(timedelta(hours=3))  # asleep; the desktop says it woke up
        with qtbot.waitSignal(notifier.digest, timeout=5_000) as digest:
            screen.woke.emit()
        assert [d.title for d in digest.args[0]] == ["soon"]
        notifier.stop()
        with qtbot.assertNotEmitted(notifier.raised, wait=200):
            screen.woke.emit()  # locked: nothing is read
    finally:
        QDBusConnection.disconnectFromBus("notifier-nowhere")


def panel_items(panel: TodayPanel) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for n in range(panel.tree.topLevelItemCount()):
        head = panel.tree.topLevelItem(n)
        found[head.text(0)] = [head.child(i).text(0) for i in range(head.childCount())]
    return found


def test_the_today_panel_from_the_keyboard_with_undo(
    qtbot, services: Services, clock: FixedClock
) -> None:
    olena = services.contacts.create(ContactCard(given="Olena")).first("contact")
    services.contacts.create(
        ContactCard(given="Marta", dates=[DateEntry(PartialDate(month=11, day=25, year=1990))])
    )
    task = services.tasks.create(
        TaskDraft("Call Olena", datetime(2026, 11, 23, 10, 0), contacts=[olena])
    ).first("task")
    edits = Edits(lambda: services)
    panel = TodayPanel(lambda: services, edits, clock)
    qtbot.addWidget(panel)
    panel.show()
    panel.reload()
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 2)
    assert panel_items(panel) == {
        "Overdue (1)": ["Call Olena"],
        "Birthdays and dates this week (1)": ["Marta: birthday (36)"],
    }
    (overdue,) = services.organizer.today().overdue
    assert panel.select(overdue.key)
    panel.tree.setFocus()
    panel.log_box.setChecked(True)
    qtbot.keyClick(panel.tree, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: "Overdue (1)" not in panel_items(panel))
    with services.organizer.read() as s:
        assert s.get(m.Task, task).status == "done"  # type: ignore[union-attr]
    assert [e.subject for e in services.timeline.for_contact(olena)] == ["Done: Call Olena"]

    edits.stack.undo()
    qtbot.waitUntil(lambda: "Overdue (1)" in panel_items(panel))
    with services.organizer.read() as s:
        assert s.get(m.Task, task).status == "open"  # type: ignore[union-attr]
    assert services.timeline.for_contact(olena) == []

    assert panel.select(overdue.key)
    panel.snooze(timedelta(minutes=10))
    qtbot.waitUntil(lambda: "Later today (1)" in panel_items(panel))
    assert services.organizer.next_wakeup() == clock.instant + timedelta(minutes=10)


def test_raised_reminders_are_listed_and_shown_in_a_popup(
    qtbot, services: Services, clock: FixedClock
) -> None:
    services.tasks.create(TaskDraft("Pay rent", datetime(2026, 11, 23, 13, 0)))
    items: list[Due] = services.organizer.pending()
    panel = TodayPanel(lambda: services, Edits(lambda: services), clock)
    qtbot.addWidget(panel)
    panel.show()
    panel.add_raised(items)
    assert panel_items(panel)["Just now (1)"] == ["Pay rent"]
    popup = NotificationPopup(panel)
    popup.show_items(items)
    assert popup.isVisible() and "Pay rent" in popup.body.text()
    with qtbot.waitSignal(popup.show_today):
        popup.open_button.click()
    assert not popup.isVisible()
    qtbot.waitUntil(lambda: not panel._reads.busy())


def test_a_long_section_lists_its_first_items_and_counts_the_rest(
    qtbot, monkeypatch, services: Services, clock: FixedClock
) -> None:
    from pcrm.ui.widgets import today_panel

    monkeypatch.setattr(today_panel, "SECTION_SHOWN", 2)
    for title in ("Pay rent", "Call Olena", "Book tickets"):
        services.tasks.create(TaskDraft(title, datetime(2026, 11, 23, 13, 0)))
    items: list[Due] = services.organizer.pending()
    panel = TodayPanel(lambda: services, Edits(lambda: services), clock)
    qtbot.addWidget(panel)
    panel.add_raised(items)  # hidden: nothing is built until it is shown
    assert panel.tree.topLevelItemCount() == 0
    panel.show()
    qtbot.waitUntil(lambda: "Just now (3)" in panel_items(panel))
    shown = panel_items(panel)["Just now (3)"]
    assert len(shown) == 3 and shown[-1] == "… and 1 more"
    qtbot.waitUntil(lambda: not panel._reads.busy())
