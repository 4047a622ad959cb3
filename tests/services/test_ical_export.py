"""iCalendar export over a real store: three independent parsers read every export, and
recurring-ical-events' expansion of our RRULEs, VTIMEZONEs and yearly dates equals pcrm's own."""

from __future__ import annotations

import os
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from ical.calendar_stream import IcsCalendarStream

from pcrm import errors
from pcrm.domain.card import ContactCard, DateEntry, FieldEntry
from pcrm.domain.dates import PartialDate
from pcrm.domain.recurrence import occurrences, rule_from_words
from pcrm.services.changes import ChangeSet
from pcrm.services.ical_export import YEARLESS_START, ExportScope, touches_calendar
from pcrm.services.session import Services
from pcrm.services.tasks import TaskDraft
from pcrm.services.timeline import InteractionDraft
from pcrm.store import models as m

WINDOW = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2028, 1, 1, tzinfo=UTC))
SECRET = "the-secret-ёжик"

# (name, rule, start wall, zone, all day): DST in Kyiv and New York, COUNT, UNTIL, "every 3
# months" from the 31st, "third Sunday of June", all-day, floating, a start in a DST gap
CASES: list[tuple[str, str | None, datetime, str | None, bool]] = [
    ("kyiv weekly over DST", "FREQ=WEEKLY", datetime(2026, 3, 15, 9, 0), "Europe/Kyiv", False),
    (
        "new york count",
        "FREQ=DAILY;COUNT=10",
        datetime(2026, 3, 5, 9, 0),
        "America/New_York",
        False,
    ),
    (
        "kyiv until",
        "FREQ=WEEKLY;UNTIL=20261115T090000",
        datetime(2026, 10, 1, 9, 0),
        "Europe/Kyiv",
        False,
    ),
    (
        "every 3 months",
        rule_from_words("every 3 months"),
        datetime(2026, 1, 31, 10),
        "Europe/Kyiv",
        False,
    ),
    (
        "third sunday of june",
        rule_from_words("third sunday of june"),
        datetime(2026, 6, 21, 10, 0),
        "America/New_York",
        False,
    ),
    ("all day monthly", "FREQ=MONTHLY;UNTIL=20270601", datetime(2026, 1, 15), None, True),
    ("floating", "FREQ=DAILY;COUNT=5", datetime(2026, 10, 24, 2, 30), None, False),
    (
        "in the spring gap",
        "FREQ=YEARLY;COUNT=3",
        datetime(2026, 3, 29, 3, 30),
        "Europe/Kyiv",
        False,
    ),
    ("one-off in new york", None, datetime(2026, 11, 1, 1, 30), "America/New_York", False),
]


def task(services: Services, title: str = "Call", **kw: Any) -> int:
    kw.setdefault("start_wall", datetime(2026, 12, 1, 9, 0))
    return services.tasks.create(TaskDraft(title=title, **kw)).first("task")


def contact(services: Services, given: str, **kw: Any) -> int:
    return services.contacts.create(ContactCard(given=given, **kw)).first("contact")


def parse_all(data: bytes) -> icalendar.Calendar:
    """Read by the three parsers; returns icalendar's calendar."""
    text = data.decode()
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    cal = icalendar.Calendar.from_ical(data)
    strict = IcsCalendarStream.calendar_from_ics(text)
    assert len(strict.events) == len(cal.walk("VEVENT"))
    assert len(strict.todos) == len(cal.walk("VTODO"))
    recurring_ical_events.of(cal, components=["VEVENT", "VTODO"]).between(*WINDOW)
    for component in cal.walk():
        if component.name in ("VEVENT", "VTODO"):
            assert component.get("UID") and component.get("DTSTAMP")
    return cal


def expanded(cal: icalendar.Calendar, uid: str, window: tuple[Any, Any] = WINDOW) -> list[Any]:
    found = recurring_ical_events.of(cal, components=["VEVENT", "VTODO"]).between(*window)
    return sorted(c.decoded("DTSTART") for c in found if str(c["UID"]) == uid)


def ours(services: Services, rule: str | None, wall: datetime, zone: str | None) -> list[datetime]:
    tz = services.clock.zone() if zone is None else ZoneInfo(zone)
    found = occurrences(rule, wall, tz, WINDOW[0], limit=200)  # quadratic: keep it small
    return [x for x in found if x < WINDOW[1]]


@pytest.fixture
def people(services: Services) -> dict[str, int]:
    """Three contacts (one with a Cyrillic name, one without an e-mail) and a past meeting."""
    email = lambda v: [FieldEntry(kind="email", value=v, preferred=True)]  # noqa: E731
    ids = {
        "olena": contact(
            services,
            "Олена",
            family="Коваленко",
            fields=email("olena@example.org"),
            dates=[DateEntry(PartialDate(month=4, day=15))],
        ),
        "marco": contact(
            services,
            "Marco",
            family="Rossi",
            fields=email("marco@rossi.example"),
            dates=[DateEntry(PartialDate(month=7, day=2, year=1985))],
        ),
        "jane": contact(services, "Jane", family="Doe"),
    }
    services.timeline.log(
        InteractionDraft(
            "meeting",
            [ids["marco"], ids["olena"]],
            starts_at=datetime(2026, 10, 21, 9, 30, tzinfo=UTC),
            location="Lviv",
            subject="Kick-off",
        )
    )
    return ids


def uid_of(services: Services, task_id: int) -> str:
    with services.tasks.read() as s:
        row = s.get(m.Task, task_id)
        assert row is not None
        return row.uid


@pytest.mark.parametrize("kind", ["reminder", "task"])
@pytest.mark.parametrize(
    ("name", "rule", "wall", "zone", "all_day"), CASES, ids=[c[0] for c in CASES]
)
def test_recurring_ical_events_expands_to_our_occurrences(
    services: Services,
    kind: str,
    name: str,
    rule: str | None,
    wall: datetime,
    zone: str | None,
    all_day: bool,
) -> None:
    task_id = task(
        services, name, start_wall=wall, time_zone=zone, rrule=rule, all_day=all_day, kind=kind
    )
    cal = parse_all(services.ical_export.render())
    theirs = expanded(cal, uid_of(services, task_id))
    mine = ours(services, rule, wall, zone)
    assert mine, "the case must have occurrences in the window"
    if all_day:
        assert theirs == [x.date() for x in mine]
    elif zone is None:  # floating: the same wall times
        local = services.clock.zone()
        assert theirs == [x.astimezone(local).replace(tzinfo=None) for x in mine]
    else:
        assert [x.astimezone(UTC) for x in theirs] == [x.astimezone(UTC) for x in mine]
    assert len(cal.walk("VTIMEZONE")) == (0 if zone is None or all_day else 1)


def test_the_vtimezone_is_used_not_only_the_name(services: Services) -> None:
    """icalendar resolves a known TZID by its name; ``ical`` reads our VTIMEZONE (a zone
    under a name no database has would still be placed right)."""
    task(
        services,
        "Standup",
        start_wall=datetime(2026, 3, 1, 9),
        time_zone="America/New_York",
        rrule="FREQ=WEEKLY;COUNT=4",
    )
    data = services.ical_export.render().replace(b"America/New_York", b"Custom/Office")
    strict = IcsCalendarStream.calendar_from_ics(data.decode())
    starts = [
        e.dtstart for e in strict.timeline.overlapping(datetime(2026, 1, 1), datetime(2027, 1, 1))
    ]
    assert [s.astimezone(UTC).hour for s in starts] == [
        14,
        13,
        13,
        13,
    ]  # EST, then EDT from 8 March


@pytest.mark.parametrize("feb29", ["feb28", "mar1"])
def test_yearly_dates_land_where_the_agenda_shows_them(services: Services, feb29: str) -> None:
    services.preferences.set("dates.feb29", feb29)
    born = [
        PartialDate(month=2, day=29),  # year-less 29 February
        PartialDate(month=2, day=29, year=1996),
        PartialDate(month=4, day=15),  # year-less
        PartialDate(month=12, day=31, year=1980),
    ]
    ids = [contact(services, f"P{i}", dates=[DateEntry(d)]) for i, d in enumerate(born)]
    cal = parse_all(services.ical_export.render())
    events = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    window = (date(2026, 1, 1), date(2034, 1, 1))
    for contact_id, day in zip(ids, born, strict=True):
        uid = services.contacts.get(contact_id).dates[0].uid
        assert uid is not None
        event = events[f"P{ids.index(contact_id)}: birthday"]
        assert event.decoded("DTSTART") == date(day.year or YEARLESS_START, day.month, day.day)
        want = [day.in_year(y, feb29) for y in range(2026, 2034)]
        assert expanded(cal, uid, window) == want


def test_meetings_with_duration_attendees_and_alarms(
    services: Services, people: dict[str, int]
) -> None:
    starts = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
    meeting = services.timeline.log(
        InteractionDraft(
            "meeting",
            [people["olena"], people["jane"]],
            starts_at=starts,
            duration=timedelta(minutes=90),
            location="Кафе, вул. Хрещатик; 2",
            subject="Plans, 2027; budget",
            body="Line one\nLine two — друга",
            time_zone="America/New_York",
        )
    ).first("interaction")
    with services.tasks.write() as s:
        s.add(m.Alarm(interaction_id=meeting, minutes_before=30))
    services.timeline.log(
        InteractionDraft("call", [people["olena"]], starts_at=starts)
    )  # not exported
    cal = parse_all(services.ical_export.render())
    uid = services.timeline.get(meeting).uid
    (event,) = [e for e in cal.walk("VEVENT") if str(e["UID"]) == uid]
    assert event.decoded("DTSTART") == starts and event.decoded("DTSTART").tzinfo is not None
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(minutes=90)
    assert str(event["SUMMARY"]) == "Plans, 2027; budget"
    assert str(event["LOCATION"]) == "Кафе, вул. Хрещатик; 2"
    assert str(event["DESCRIPTION"]) == "Line one\nLine two — друга"
    attendees = {str(a): a.params["CN"] for a in event["ATTENDEE"]}
    jane_uid = services.contacts.get(people["jane"]).uid
    assert attendees == {
        "mailto:olena@example.org": "Олена Коваленко",
        f"urn:uuid:{jane_uid}": "Jane Doe",
    }
    (alarm,) = event.walk("VALARM")
    assert alarm.decoded("TRIGGER") == -timedelta(minutes=30) and str(alarm["ACTION"]) == "DISPLAY"
    summaries = [str(e["SUMMARY"]) for e in cal.walk("VEVENT")]
    assert "Kick-off" in summaries and len([s for s in summaries if "birthday" not in s]) == 2


def test_tasks_are_todos_with_status_due_and_completion(services: Services, clock: Any) -> None:
    open_id = task(
        services, "Send the draft", kind="task", alarms_minutes=[0, 60], notes="a; b, c\\d"
    )
    done_id = task(services, "Book tickets", kind="task")
    services.tasks.complete(done_id)
    all_day = task(
        services, "Pay rent", kind="task", all_day=True, start_wall=datetime(2026, 12, 1)
    )
    cal = parse_all(services.ical_export.render())
    todos = {str(t["UID"]): t for t in cal.walk("VTODO")}
    first = todos[uid_of(services, open_id)]
    assert str(first["STATUS"]) == "NEEDS-ACTION" and str(first["DESCRIPTION"]) == "a; b, c\\d"
    assert first.decoded("DUE") == datetime(2026, 12, 1, 9, 0)  # floating
    assert sorted(a.decoded("TRIGGER") for a in first.walk("VALARM")) == [
        timedelta(hours=-1),
        timedelta(0),
    ]
    done = todos[uid_of(services, done_id)]
    assert str(done["STATUS"]) == "COMPLETED" and done.decoded("COMPLETED") == clock.now()
    assert todos[uid_of(services, all_day)].decoded("DUE") == date(2026, 12, 1)
    assert "VALUE=DATE" in services.ical_export.render().decode()


def test_exdates_are_written_in_the_start_s_zone(services: Services) -> None:
    task_id = task(
        services,
        "Gym",
        start_wall=datetime(2026, 12, 1, 18),
        time_zone="Europe/Kyiv",
        rrule="FREQ=DAILY;COUNT=5",
    )
    with services.tasks.write() as s:
        row = s.get(m.Task, task_id)
        assert row is not None
        row.exdates = ["2026-12-02T18:00:00", "2026-12-04T18:00:00"]
    cal = parse_all(services.ical_export.render())
    days = [x.day for x in expanded(cal, uid_of(services, task_id))]
    assert days == [1, 3, 5]


def test_uids_are_stable_and_an_unchanged_store_exports_the_same_bytes(
    services: Services, people: dict[str, int], clock: Any
) -> None:
    task_id = task(services, "Call back", rrule="FREQ=WEEKLY", time_zone="Europe/Kyiv")
    first = services.ical_export.render()
    clock.advance(timedelta(hours=5))
    assert services.ical_export.render() == first
    services.tasks.snooze(task_id, clock.now() + timedelta(hours=1))  # a change: new DTSTAMP
    second = services.ical_export.render()
    assert second != first

    def uids(data: bytes) -> list[str]:
        return sorted(
            str(c["UID"]) for c in icalendar.Calendar.from_ical(data).walk() if "UID" in c
        )

    assert uids(first) == uids(second)
    assert len(set(uids(first))) == len(uids(first))


def test_without_private_notes_nothing_private_leaks(
    services: Services, people: dict[str, int]
) -> None:
    services.timeline.log(
        InteractionDraft(
            "meeting", [people["marco"]], subject="Lunch", body=SECRET, location=SECRET + " place"
        )
    )
    services.timeline.log(
        InteractionDraft(
            "meeting", [people["jane"]], subject="Secret lunch " + SECRET, private=True
        )
    )
    task(services, "Buy a present", notes=SECRET, alarms_minutes=[10])
    task(services, "Private " + SECRET, private=True)
    full = services.ical_export.render().decode()
    assert SECRET in full and "CLASS:PRIVATE" in full
    data = services.ical_export.render(ExportScope(private=False))
    cal = parse_all(data)
    text = data.decode()
    assert SECRET not in text.replace("\r\n ", "")
    assert "ATTENDEE" not in text and "olena@example.org" not in text and "LOCATION" not in text
    summaries = {str(e["SUMMARY"]) for e in cal.walk("VEVENT")}
    assert {"Lunch", "Buy a present"} <= summaries


def test_scope_by_group_contact_and_dates(services: Services, people: dict[str, int]) -> None:
    services.groups.create("Family")
    family = services.groups.resolve("Family")
    services.groups.add_members(family, [people["marco"]])
    for_marco = task(services, "Marco's thing", contacts=[people["marco"]])
    for_olena = task(
        services, "Olena's thing", contacts=[people["olena"]], start_wall=datetime(2027, 3, 1, 9)
    )
    alone = task(services, "Nobody's thing")

    def summaries(scope: ExportScope) -> set[str]:
        cal = parse_all(services.ical_export.render(scope))
        return {str(c["SUMMARY"]) for c in cal.walk() if "SUMMARY" in c and c.name != "VALARM"}

    assert summaries(ExportScope(group_id=family)) == {
        "Marco's thing",
        "Kick-off",
        "Marco Rossi: birthday",
    }
    olena = summaries(ExportScope(contact_id=people["olena"]))
    assert olena == {"Olena's thing", "Kick-off", "Олена Коваленко: birthday"}
    ranged = summaries(ExportScope(start=date(2027, 1, 1), end=date(2027, 4, 30)))
    assert ranged == {"Olena's thing", "Олена Коваленко: birthday"}  # 15 April; 2 July is out
    assert alone and for_marco and for_olena
    with pytest.raises(errors.NotFound):
        services.ical_export.render(ExportScope(group_id=9999))
    with pytest.raises(errors.BadInput):
        services.ical_export.render(ExportScope(start=date(2027, 1, 2), end=date(2027, 1, 1)))


def test_the_file_is_owner_only_and_never_inside_the_store(
    services: Services, tmp_path: Path
) -> None:
    task(services, "Call")
    target = tmp_path / "out" / "pcrm-calendar.ics"
    report = services.ical_export.export(target)
    assert report.events == 1 and report.path == str(target)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["pcrm-calendar.ics"]  # no temp left
    parse_all(target.read_bytes())
    with pytest.raises(errors.BadInput, match="store's own folder"):
        services.ical_export.export(services.paths.root / "cal.ics")
    with pytest.raises(errors.BadInput, match="folder"):
        services.ical_export.export(tmp_path)


def test_the_subscription_follows_its_preferences(services: Services, tmp_path: Path) -> None:
    assert services.ical_export.refresh_subscription() is None  # off by default
    target = tmp_path / "sub" / "pcrm.ics"
    services.preferences.set("calendar.subscription_file", str(target))
    task(services, "Water plants", notes=SECRET)
    report = services.ical_export.refresh_subscription()
    assert report is not None and report.path == str(target)
    assert b"Water plants" in target.read_bytes() and SECRET.encode() not in target.read_bytes()
    services.preferences.set("calendar.subscription_private", True)
    services.ical_export.refresh_subscription()
    assert SECRET in target.read_bytes().decode().replace("\r\n ", "")
    with pytest.raises(errors.BadInput, match="full path"):
        services.preferences.set("calendar.subscription_file", "relative.ics")
    assert touches_calendar(ChangeSet().add("created", "task", 1))
    assert touches_calendar(ChangeSet().add("updated", "preference"))
    assert not touches_calendar(ChangeSet().add("created", "group", 1))
