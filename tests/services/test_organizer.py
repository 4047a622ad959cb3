"""The organizer over a real store with a fake clock: what falls due, exactly once, and outcomes.

The clock starts on Monday 23 November 2026, 12:00 UTC (14:00 in Kyiv).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from fake_keyring import FileKeyring
from sqlalchemy import select

from pcrm.clock import FixedClock
from pcrm.domain.card import ContactCard, DateEntry
from pcrm.domain.dates import PartialDate
from pcrm.paths import StorePaths
from pcrm.services.due import Due
from pcrm.services.session import Services
from pcrm.services.tasks import TaskDraft
from pcrm.services.timeline import InteractionDraft
from pcrm.store import models as m
from pcrm.store.database import open_database

KYIV, NEW_YORK = ZoneInfo("Europe/Kyiv"), ZoneInfo("America/New_York")


def at(clock: FixedClock, when: datetime) -> datetime:
    clock.instant = when.astimezone(UTC)
    return clock.instant


def kyiv(*args: int) -> datetime:
    return datetime(*args, tzinfo=KYIV)  # type: ignore[misc]


def task(services: Services, title: str, wall: datetime, **kw: object) -> int:
    return services.tasks.create(TaskDraft(title, wall, **kw)).first("task")  # type: ignore[arg-type]


def person(services: Services, name: str, **kw: object) -> int:
    card = ContactCard(given=name, **kw)  # type: ignore[arg-type]
    return services.contacts.create(card).first("contact")


def raise_all(services: Services, now: datetime) -> list[Due]:
    """What the notifier does when its timer fires."""
    return services.organizer.mark_raised(services.organizer.pending(now), through=now)


def titles(items: list[Due]) -> list[str]:
    return [d.title for d in items]


# -- tasks: each alarm once -----------------------------------------------------------------------


def test_each_alarm_of_a_task_fires_once_at_its_time(services: Services, clock: FixedClock) -> None:
    org = services.organizer
    call = task(services, "Call Olena", datetime(2026, 11, 24, 9, 0), alarms_minutes=[0, 15])
    assert org.pending() == []
    assert org.next_wakeup() == kyiv(2026, 11, 24, 8, 45)

    first = org.pending(at(clock, kyiv(2026, 11, 24, 8, 45)))
    assert [(d.task_id, d.minutes_before, d.missed) for d in first] == [(call, 15, False)]
    assert first[0].about_at == kyiv(2026, 11, 24, 9, 0)
    assert first[0].local_at == kyiv(2026, 11, 24, 8, 45)
    assert org.mark_raised(first) == first
    assert org.mark_raised(first) == []  # twice: nothing new
    assert org.pending() == []
    assert org.next_wakeup() == kyiv(2026, 11, 24, 9, 0)

    at(clock, kyiv(2026, 11, 24, 9, 0, 30))
    assert [d.minutes_before for d in raise_all(services, clock.instant)] == [0]
    assert org.pending() == [] and org.next_wakeup() is None


def test_a_task_without_alarms_fires_at_its_due_time(services: Services, clock: FixedClock) -> None:
    task(services, "Send the draft", datetime(2026, 11, 23, 16, 0))
    assert services.organizer.next_wakeup() == kyiv(2026, 11, 23, 16, 0)
    assert titles(services.organizer.pending(at(clock, kyiv(2026, 11, 23, 16, 0)))) == [
        "Send the draft"
    ]


def test_two_checkers_racing_raise_each_alarm_once(services: Services, clock: FixedClock) -> None:
    task(services, "Pay rent", datetime(2026, 11, 23, 13, 0))
    seen_by_one, seen_by_other = services.organizer.pending(), services.organizer.pending()
    assert len(seen_by_one) == 1 and seen_by_one == seen_by_other
    assert services.organizer.mark_raised(seen_by_one) == seen_by_one
    assert services.organizer.mark_raised(seen_by_other) == []
    with services.organizer.read() as s:
        assert len(list(s.scalars(select(m.NotificationLog)))) == 1


def test_what_fell_due_while_closed_comes_once_as_a_digest(
    services: Services,
    clock: FixedClock,
    store_paths: StorePaths,
    keyring_backend: FileKeyring,
) -> None:
    person(services, "Marta", dates=[DateEntry(PartialDate(month=11, day=25, year=1990))])
    task(services, "Water the plants", datetime(2026, 11, 24, 18, 0))
    assert raise_all(services, at(clock, kyiv(2026, 11, 23, 22, 0))) == []  # the last run
    services.lock()

    # closed for two and a half days; the next start
    reopened = Services(open_database(store_paths, backend=keyring_backend), clock, None)
    try:
        digest = reopened.organizer.pending(at(clock, kyiv(2026, 11, 26, 8, 0)))
        assert titles(digest) == ["Water the plants", "Marta: birthday (36)"]
        assert all(d.missed for d in digest)
        assert digest[1].local_at == kyiv(2026, 11, 25, 9, 0)
        assert reopened.organizer.mark_raised(digest, through=clock.instant) == digest
        assert reopened.organizer.pending() == []
        assert reopened.organizer.pending(at(clock, kyiv(2026, 11, 27, 8, 0))) == []
    finally:
        reopened.lock()


def test_an_alarm_on_time_is_not_missed(services: Services, clock: FixedClock) -> None:
    task(services, "Stand-up", datetime(2026, 11, 23, 15, 0))
    assert [d.missed for d in services.organizer.pending(at(clock, kyiv(2026, 11, 23, 15, 1)))] == [
        False
    ]
    assert [d.missed for d in services.organizer.pending(at(clock, kyiv(2026, 11, 23, 16, 0)))] == [
        True
    ]


# -- time zones -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "first", "dst_day"),
    [
        ("Europe/Kyiv", datetime(2027, 3, 26, 9, 0), date(2027, 3, 28)),  # spring forward
        ("Europe/Kyiv", datetime(2027, 10, 29, 9, 0), date(2027, 10, 31)),  # fall back
        ("America/New_York", datetime(2027, 3, 12, 9, 0), date(2027, 3, 14)),
        ("America/New_York", datetime(2027, 11, 5, 9, 0), date(2027, 11, 7)),
    ],
)
def test_a_daily_0900_stays_0900_across_dst(
    services: Services, clock: FixedClock, zone: str, first: datetime, dst_day: date
) -> None:
    clock.move_to(zone)
    at(clock, first.replace(tzinfo=clock.tz) - timedelta(days=1))
    floating = task(services, "floating", first, rrule="FREQ=DAILY")
    pinned = task(services, "pinned", first, rrule="FREQ=DAILY", time_zone=zone)
    offsets = set()
    for _ in range(4):
        wake = services.organizer.next_wakeup()
        assert wake is not None
        items = raise_all(services, at(clock, wake))
        assert {d.task_id for d in items} == {floating, pinned}
        for item in items:
            assert (item.local_at.hour, item.local_at.minute) == (9, 0)
            assert item.zoned_at is None  # the task's zone is the owner's
            services.organizer.done(item)
        offsets.add(wake.astimezone(clock.tz).utcoffset())
    assert len(offsets) == 2  # the instants moved by an hour; the wall clock did not
    assert clock.instant.astimezone(clock.tz).date() == dst_day + timedelta(days=1)


def test_the_laptop_moving_from_kyiv_to_new_york(services: Services, clock: FixedClock) -> None:
    org = services.organizer
    daily = task(services, "floating daily", datetime(2026, 11, 24, 9, 0), rrule="FREQ=DAILY")
    once = task(services, "floating once", datetime(2026, 11, 25, 9, 0))
    pinned = task(services, "Kyiv call", datetime(2026, 11, 25, 9, 0), time_zone="Europe/Kyiv")
    fired = raise_all(services, at(clock, kyiv(2026, 11, 24, 9, 0)))
    assert [d.task_id for d in fired] == [daily]

    clock.move_to("America/New_York")  # the same instant, another zone; it is 02:00 there
    # the daily's open occurrence (24 Nov, 09:00) was raised; 09:00 in New York is not again
    assert org.pending(at(clock, datetime(2026, 11, 24, 9, 0, tzinfo=NEW_YORK))) == []
    # the Kyiv call keeps its instant (02:00 in New York) and shows both clocks
    wake = org.next_wakeup()
    assert wake == datetime(2026, 11, 25, 2, 0, tzinfo=NEW_YORK)
    (call,) = raise_all(services, at(clock, wake))
    assert call.task_id == pinned and call.local_at.hour == 2
    assert call.zoned_at == kyiv(2026, 11, 25, 9, 0) and call.zoned_at.hour == 9
    # the floating one-off is at 09:00 where the laptop is now
    assert org.next_wakeup() == datetime(2026, 11, 25, 9, 0, tzinfo=NEW_YORK)
    (moved,) = raise_all(services, at(clock, datetime(2026, 11, 25, 9, 0, tzinfo=NEW_YORK)))
    assert moved.task_id == once and moved.local_at.hour == 9 and moved.zoned_at is None
    # the agenda agrees once the floating tasks follow the zone
    assert org.follow_zone()
    assert not org.follow_zone()  # nothing more to move
    agenda = {i.task_id: i.at for i in services.tasks.agenda(days=2)}
    assert agenda[daily] == datetime(2026, 11, 24, 9, 0, tzinfo=NEW_YORK)


# -- snooze, done, dismiss ------------------------------------------------------------------------


def test_snoozed_across_midnight(services: Services, clock: FixedClock) -> None:
    org = services.organizer
    late = task(services, "Night call", datetime(2026, 11, 24, 23, 30))
    (item,) = raise_all(services, at(clock, kyiv(2026, 11, 24, 23, 30)))
    org.snooze(item, kyiv(2026, 11, 25, 0, 20))
    assert org.pending(at(clock, kyiv(2026, 11, 25, 0, 10))) == []
    assert org.next_wakeup() == kyiv(2026, 11, 25, 0, 20)
    (again,) = raise_all(services, at(clock, kyiv(2026, 11, 25, 0, 20)))
    assert again.task_id == late and again.about_at == kyiv(2026, 11, 24, 23, 30)
    assert again.local_at == kyiv(2026, 11, 25, 0, 20) and again.origin is not None
    assert org.pending() == [] and org.next_wakeup() is None
    org.done(again)
    with org.read() as s:
        row = s.get(m.Task, late)
        assert row is not None and row.status == "done"
        outcomes = {n.outcome for n in s.scalars(select(m.NotificationLog))}
    assert outcomes == {"done", None}  # the occurrence's row done; the snooze's end raised


def test_done_moves_a_recurring_task_and_can_log_to_the_timeline(
    services: Services, clock: FixedClock
) -> None:
    org = services.organizer
    people = {"olena": person(services, "Олена"), "marco": person(services, "Marco")}
    weekly = task(
        services,
        "Weekly sync",
        datetime(2026, 11, 23, 15, 0),
        rrule="FREQ=WEEKLY;COUNT=2",
        contacts=[people["olena"], people["marco"]],
    )
    (item,) = raise_all(services, at(clock, kyiv(2026, 11, 23, 15, 0)))
    assert item.contacts == ((people["marco"], "Marco"), (people["olena"], "Олена"))
    saved = org.saved(item)
    changes = org.done(item, log=True)
    note = changes.first("interaction")
    for who in (people["olena"], people["marco"]):
        assert note in [e.id for e in services.timeline.for_contact(who)]
    assert org.next_wakeup() == kyiv(2026, 11, 30, 15, 0)

    org.restore(saved)  # undo: the occurrence is open again, the note is in the trash
    assert org.next_wakeup() is None and org.pending() == []  # raised already, not again
    assert note not in [e.id for e in services.timeline.for_contact(people["olena"])]

    org.done(item)
    (last,) = raise_all(services, at(clock, kyiv(2026, 11, 30, 15, 0)))
    org.done(last)  # COUNT=2: the series is over
    with org.read() as s:
        row = s.get(m.Task, weekly)
        assert row is not None and row.status == "done"


def test_dismiss_skips_an_occurrence_or_closes_a_one_off(
    services: Services, clock: FixedClock
) -> None:
    org = services.organizer
    daily = task(services, "Stretch", datetime(2026, 11, 23, 15, 0), rrule="FREQ=DAILY")
    once = task(services, "Renew passport", datetime(2026, 11, 23, 15, 0))
    items = raise_all(services, at(clock, kyiv(2026, 11, 23, 15, 0)))
    saved = {d.task_id: org.saved(d) for d in items}
    for item in items:
        org.dismiss(item)
    with org.read() as s:
        assert s.get(m.Task, once).status == "dismissed"  # type: ignore[union-attr]
        assert s.get(m.Task, daily).status == "open"  # type: ignore[union-attr]
    assert org.next_wakeup() == kyiv(2026, 11, 24, 15, 0)
    org.restore(saved[once])
    with org.read() as s:
        assert s.get(m.Task, once).status == "open"  # type: ignore[union-attr]


def test_acting_before_the_alarm_means_it_will_not_fire(
    services: Services, clock: FixedClock
) -> None:
    org = services.organizer
    early = task(services, "Buy flowers", datetime(2026, 11, 23, 18, 0), alarms_minutes=[30])
    (item,) = org.today().due
    assert item.task_id == early
    org.done(item)
    assert org.pending(at(clock, kyiv(2026, 11, 23, 18, 0))) == []


# -- important dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "feb29", "fires"),
    [
        (date(2027, 2, 28), "feb28", True),
        (date(2027, 3, 1), "feb28", False),
        (date(2027, 2, 28), "mar1", False),
        (date(2027, 3, 1), "mar1", True),
        (date(2028, 2, 29), "feb28", True),
        (date(2028, 2, 28), "feb28", False),
        (date(2028, 3, 1), "mar1", False),
    ],
)
def test_29_february_follows_the_setting(
    services: Services, clock: FixedClock, today: date, feb29: str, fires: bool
) -> None:
    person(services, "Leap", dates=[DateEntry(PartialDate(month=2, day=29, year=2000))])
    person(services, "Yearless", dates=[DateEntry(PartialDate(month=2, day=29))])
    services.preferences.set("dates.feb29", feb29)
    now = at(clock, kyiv(today.year, today.month, today.day, 9, 0))
    expected = [f"Leap: birthday ({today.year - 2000})", "Yearless: birthday"] if fires else []
    assert titles(services.organizer.pending(now)) == expected


def test_a_yearless_birthday_fires_at_the_reminder_hour_every_year(
    services: Services, clock: FixedClock
) -> None:
    person(services, "Olha", dates=[DateEntry(PartialDate(month=4, day=15))])
    at(clock, kyiv(2027, 4, 14, 20, 0))
    assert services.organizer.next_wakeup() == kyiv(2027, 4, 15, 9, 0)
    services.preferences.set("dates.remind_hour", 7)
    assert services.organizer.next_wakeup() == kyiv(2027, 4, 15, 7, 0)
    (item,) = raise_all(services, at(clock, kyiv(2027, 4, 15, 7, 0)))
    assert item.title == "Olha: birthday" and item.detail == "--04-15" and item.all_day
    assert services.organizer.next_wakeup() == kyiv(2028, 4, 15, 7, 0)


def test_a_snoozed_birthday_comes_back(services: Services, clock: FixedClock) -> None:
    person(services, "Ira", dates=[DateEntry(PartialDate(month=11, day=24))])
    (item,) = raise_all(services, at(clock, kyiv(2026, 11, 24, 9, 0)))
    services.organizer.snooze(item, kyiv(2026, 11, 24, 19, 0))
    assert services.organizer.next_wakeup() == kyiv(2026, 11, 24, 19, 0)
    (again,) = raise_all(services, at(clock, kyiv(2026, 11, 24, 19, 0)))
    assert again.title == "Ira: birthday" and again.about == item.key[:2]
    services.organizer.dismiss(again)
    assert services.organizer.today().dates == []


# -- stay in touch --------------------------------------------------------------------------------


def test_stay_in_touch_fires_when_the_cadence_lapses_and_logging_resets_everyone(
    services: Services, clock: FixedClock
) -> None:
    org = services.organizer
    anna = person(services, "Anna", cadence_days=7)
    bohdan = person(services, "Bohdan", cadence_days=30)
    met = datetime(2026, 10, 1, 12, 0, tzinfo=UTC)
    services.timeline.log(InteractionDraft(kind="call", participants=[bohdan], starts_at=met))
    assert org.next_wakeup() == kyiv(2026, 11, 30, 9, 0)
    (lapse,) = raise_all(services, at(clock, kyiv(2026, 11, 30, 9, 0)))
    assert lapse.title == "Get in touch with Anna" and lapse.detail == "never contacted"

    at(clock, datetime(2026, 12, 10, 12, 0, tzinfo=UTC))
    losing = org.losing_touch()
    # Bohdan is 40 days overdue but that is 1.3 cadences; Anna's 10 days are 1.4
    assert [(x.name, round(x.overdue_days)) for x in losing] == [("Anna", 10), ("Bohdan", 40)]
    assert losing[1].last_contact == met

    services.timeline.log(InteractionDraft(kind="call", participants=[anna, bohdan]))
    assert org.losing_touch() == []
    rows = services.contacts.rows([anna, bohdan])
    assert all(rows[c].last_interaction_at == clock.instant for c in (anna, bohdan))
    assert org.next_wakeup() == kyiv(2026, 12, 17, 9, 0)  # Anna, a week after the call


def test_done_on_a_stay_in_touch_reminder_logs_the_contact(
    services: Services, clock: FixedClock
) -> None:
    org = services.organizer
    anna = person(services, "Anna", cadence_days=7)
    at(clock, kyiv(2026, 12, 10, 12, 0))
    (losing,) = org.losing_touch()
    org.done(losing.item)
    assert org.losing_touch() == []
    assert services.contacts.rows([anna])[anna].last_interaction_at == clock.instant


def test_the_today_panel(services: Services, clock: FixedClock) -> None:
    task(services, "overdue", datetime(2026, 11, 20, 10, 0))
    task(services, "tonight", datetime(2026, 11, 25, 20, 0))
    task(services, "tomorrow", datetime(2026, 11, 26, 10, 0))
    person(services, "Soon", dates=[DateEntry(PartialDate(month=11, day=29))])
    person(services, "Later", dates=[DateEntry(PartialDate(month=12, day=2))])
    person(services, "Quiet", cadence_days=1)
    person(services, "Fresh", cadence_days=7)
    at(clock, kyiv(2026, 11, 25, 12, 0))
    today = services.organizer.today()
    assert titles(today.overdue) == ["overdue"]
    assert titles(today.due) == ["tonight"]
    assert titles(today.dates) == ["Soon: birthday"]  # 25 Nov to 1 Dec
    assert [x.name for x in today.losing] == ["Quiet"]
