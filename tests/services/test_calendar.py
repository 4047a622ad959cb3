"""The calendar's items between two instants, and editing a task, over a real store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from pcrm import errors
from pcrm.clock import FixedClock
from pcrm.domain.card import ContactCard, DateEntry
from pcrm.domain.dates import PartialDate
from pcrm.services.calendar import DONE, OPEN, SNOOZED, days_of, midnight
from pcrm.services.session import Services
from pcrm.services.tasks import TaskDraft
from pcrm.services.timeline import InteractionDraft

KYIV = ZoneInfo("Europe/Kyiv")


def add(services: Services, given: str, **kw: object) -> int:
    return services.contacts.create(ContactCard(given=given, **kw)).first("contact")  # type: ignore[arg-type]


def window(first: str, days: int) -> tuple[datetime, datetime]:
    day = datetime.fromisoformat(first).date()
    return midnight(day, KYIV), midnight(day + timedelta(days=days), KYIV)


def task(services: Services, title: str, wall: datetime, **kw: object) -> int:
    return services.tasks.create(TaskDraft(title, wall, **kw)).first("task")  # type: ignore[arg-type]


def test_a_daily_reminder_stays_at_nine_through_the_dst_week_in_kyiv(services: Services) -> None:
    task(services, "Stretch", datetime(2026, 10, 1, 9, 0), rrule="FREQ=DAILY")
    start, end = window("2026-10-22", 7)  # summer time ends on Sunday 25 October
    items = services.calendar.between(start, end, zone=KYIV)
    assert [(i.start.day, i.start.hour) for i in items] == [(d, 9) for d in range(22, 29)]
    utc_hours = [i.start.astimezone(UTC).hour for i in items]
    assert utc_hours == [6, 6, 6, 7, 7, 7, 7]
    assert len(days_of(start, end, KYIV)) == 7  # the 25-hour Sunday is one day


def test_a_week_in_march_has_one_short_day(services: Services) -> None:
    start, end = window("2026-03-23", 7)  # summer time starts on Sunday 29 March
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(days=7, hours=-1)
    task(services, "Gap", datetime(2026, 3, 29, 3, 30))  # 03:30 does not exist that night
    (item,) = services.calendar.between(start, end, zone=KYIV)
    assert (item.start.hour, item.start.minute) == (4, 30)


def test_birthdays_with_and_without_a_year_and_29_february(
    services: Services, clock: FixedClock
) -> None:
    olena = add(services, "Olena", dates=[DateEntry(PartialDate(12, 3))])
    marco = add(services, "Marco", dates=[DateEntry(PartialDate(12, 5, 1985))])
    add(services, "Leap", dates=[DateEntry(PartialDate(2, 29, 2000))])
    add(services, "Gone", dates=[DateEntry(PartialDate(12, 4))], archived=True)
    start, end = window("2026-12-01", 31)
    items = services.calendar.between(start, end, zone=KYIV)
    assert [(i.kind, i.title, i.start.day, i.age, i.all_day) for i in items] == [
        ("birthday", "Olena", 3, None, True),
        ("birthday", "Marco", 5, 41, True),
    ]
    assert items[0].contacts == ((olena, "Olena"),) and items[1].contacts[0][0] == marco
    next_year = services.calendar.between(*window("2027-12-01", 31), zone=KYIV)
    assert [i.age for i in next_year if i.title == "Marco"] == [42]

    february = window("2027-02-01", 28 + 3)  # to 3 March
    leap = [i for i in services.calendar.between(*february, zone=KYIV) if i.title == "Leap"]
    assert [(i.start.month, i.start.day, i.age) for i in leap] == [(2, 28, 27)]
    services.preferences.set("dates.feb29", "mar1")
    leap = [i for i in services.calendar.between(*february, zone=KYIV) if i.title == "Leap"]
    assert [(i.start.month, i.start.day) for i in leap] == [(3, 1)]
    in_2028 = services.calendar.between(*window("2028-02-01", 31), zone=KYIV)
    assert [(i.start.month, i.start.day) for i in in_2028 if i.title == "Leap"] == [(2, 29)]


def test_a_recurring_task_shows_each_occurrence_with_its_state(
    services: Services, clock: FixedClock
) -> None:
    olena = add(services, "Olena")
    every = task(
        services,
        "Call Olena",
        datetime(2026, 8, 23, 16, 0),
        rrule="FREQ=MONTHLY;INTERVAL=3",
        contacts=[olena],
        kind="task",
    )
    year = window("2026-08-01", 365)
    before = services.calendar.between(*year, zone=KYIV)
    assert [i.start.date().isoformat() for i in before] == [
        "2026-08-23",
        "2026-11-23",
        "2027-02-23",
        "2027-05-23",
    ]
    assert [i.overdue for i in before] == [True, False, False, False]  # now: 23 Nov, 14:00
    services.tasks.complete(every)  # the missed August one is done; today's 16:00 is next
    after = services.calendar.between(*year, zone=KYIV)
    assert [i.state for i in after] == [DONE, OPEN, OPEN, OPEN]
    assert all(i.kind == "task" and i.contacts == ((olena, "Olena"),) for i in after)
    services.tasks.snooze(every, datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    assert [i.state for i in services.calendar.between(*year, zone=KYIV)][1] == SNOOZED
    services.tasks.trash([every])
    assert services.calendar.between(*year, zone=KYIV) == []


def test_count_and_until_end_the_series(services: Services) -> None:
    task(services, "Thrice", datetime(2026, 12, 1, 9, 0), rrule="FREQ=WEEKLY;COUNT=3")
    task(services, "Until", datetime(2026, 12, 1, 10, 0), rrule="FREQ=DAILY;UNTIL=20261203T235959")
    items = services.calendar.between(*window("2026-12-01", 31), zone=KYIV)
    assert [i.start.day for i in items if i.title == "Thrice"] == [1, 8, 15]
    assert [i.start.day for i in items if i.title == "Until"] == [1, 2, 3]


def test_meetings_with_duration_and_a_task_in_another_zone(services: Services) -> None:
    ann, bob = add(services, "Ann"), add(services, "Bob")
    services.timeline.log(
        InteractionDraft(
            "meeting",
            [ann, bob],
            starts_at=datetime(2026, 11, 24, 21, 30, tzinfo=UTC),  # 23:30 in Kyiv
            duration=timedelta(hours=2),
            location="Lviv",
        )
    )
    services.timeline.log(
        InteractionDraft("call", [ann], starts_at=datetime(2026, 11, 24, tzinfo=UTC))
    )
    task(services, "NY call", datetime(2026, 11, 25, 9, 0), time_zone="America/New_York")
    day_after = services.calendar.between(*window("2026-11-25", 1), zone=KYIV)
    meeting, pinned = day_after  # the meeting runs past midnight into the 25th
    assert (meeting.kind, meeting.title, meeting.label) == ("meeting", "Ann, Bob", "Lviv")
    assert (meeting.start.hour, meeting.end.hour) == (23, 1)
    assert (pinned.start.hour, pinned.zone_name, pinned.wall_there) == (
        16,
        "America/New_York",
        datetime(2026, 11, 25, 9, 0),
    )
    whole = services.calendar.between(*window("2026-11-24", 1), zone=KYIV)
    assert [i.kind for i in whole] == ["meeting"]  # the call is not a meeting


def test_update_changes_everything_and_draft_reads_it_back(
    services: Services, clock: FixedClock
) -> None:
    ann, bob = add(services, "Ann"), add(services, "Bob")
    first = TaskDraft("Plan", datetime(2026, 12, 1, 9, 0), contacts=[ann], alarms_minutes=[15])
    task_id = services.tasks.create(first).first("task")
    assert services.tasks.draft(task_id) == first
    moved = TaskDraft(
        "Plan the trip",
        datetime(2026, 12, 2, 10, 0),
        time_zone="Europe/Warsaw",
        kind="task",
        rrule="FREQ=MONTHLY;BYDAY=3SU",
        contacts=[ann, bob],
        alarms_minutes=[60, 1440],
        notes="tickets",
        private=True,
    )
    services.tasks.update(task_id, moved)
    assert services.tasks.draft(task_id) == moved
    items = services.calendar.between(*window("2026-12-01", 31), zone=KYIV)
    assert [(i.title, i.start.day, i.start.hour) for i in items] == [("Plan the trip", 20, 11)]
    due = services.tasks.agenda(days=40)
    assert [(i.at.day, i.at.hour) for i in due if i.task_id == task_id] == [(20, 11)]
    with pytest.raises(errors.BadInput):
        services.tasks.update(task_id, TaskDraft(" ", datetime(2026, 12, 2)))
    with pytest.raises(errors.NotFound):
        services.tasks.update(task_id, TaskDraft("x", datetime(2026, 12, 2), contacts=[999]))
    assert services.tasks.draft(task_id) == moved  # refused updates changed nothing
    services.tasks.update(task_id, first)
    back = services.calendar.between(*window("2026-12-01", 31), zone=KYIV)
    assert [(i.title, i.start.day, i.start.hour) for i in back] == [("Plan", 1, 9)]
