"""The tray's due count: tasks overdue or due by the end of today, and today's dates.

The clock starts on Monday 23 November 2026, 12:00 UTC (14:00 in Kyiv).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from pcrm.clock import FixedClock
from pcrm.domain.card import ContactCard, DateEntry
from pcrm.domain.dates import PartialDate
from pcrm.services.session import Services
from pcrm.services.tasks import TaskDraft

KYIV = ZoneInfo("Europe/Kyiv")


def task(services: Services, title: str, wall: datetime) -> int:
    return services.tasks.create(TaskDraft(title, wall)).first("task")


def test_nothing_is_due_in_an_empty_store(services: Services) -> None:
    assert services.organizer.due_count() == 0


def test_the_count_follows_the_day(services: Services, clock: FixedClock) -> None:
    org = services.organizer
    overdue = task(services, "overdue", datetime(2026, 11, 20, 10, 0))
    task(services, "tonight", datetime(2026, 11, 23, 20, 0))
    task(services, "tomorrow", datetime(2026, 11, 24, 10, 0))
    services.contacts.create(
        ContactCard(given="Olena", dates=[DateEntry(PartialDate(month=11, day=23))])
    )
    services.contacts.create(
        ContactCard(given="Marco", dates=[DateEntry(PartialDate(month=11, day=24))])
    )
    services.contacts.create(ContactCard(given="Quiet", cadence_days=1))  # losing touch: no
    assert org.due_count() == 3  # overdue, tonight, Olena's birthday

    (item,) = [d for d in org.today().overdue if d.task_id == overdue]
    org.done(item)
    assert org.due_count() == 2
    (birthday,) = org.today().dates[:1]
    org.dismiss(birthday)
    assert org.due_count() == 1

    clock.instant = datetime(2026, 11, 24, 0, 30, tzinfo=KYIV).astimezone(UTC)
    assert org.due_count() == 3  # tonight's is overdue now; tomorrow's and Marco's are today


def test_a_snoozed_task_leaves_the_count_until_its_snooze_ends(
    services: Services, clock: FixedClock
) -> None:
    org = services.organizer
    task(services, "overdue", datetime(2026, 11, 20, 10, 0))
    (item,) = org.today().overdue
    org.snooze(item, clock.instant + timedelta(days=2))
    assert org.due_count() == 0
    clock.instant += timedelta(days=2, minutes=1)
    assert org.due_count() == 1


def test_the_count_is_capped(services: Services) -> None:
    for n in range(5):
        task(services, f"t{n}", datetime(2026, 11, 22, 9, n))
    assert services.organizer.due_count(limit=3) == 3
