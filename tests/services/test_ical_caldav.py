"""A round trip through a real CalDAV server: Radicale on 127.0.0.1 with a temporary store and
no authentication; the ``caldav`` client uploads our export one object per UID, reads it back
equal, and the server's own expansion of the recurring items equals pcrm's occurrences."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import caldav
import icalendar
import pytest
from radicale_server import serve

from pcrm.domain.card import ContactCard, DateEntry
from pcrm.domain.dates import PartialDate
from pcrm.domain.recurrence import occurrences, rule_from_words
from pcrm.services.session import Services
from pcrm.services.tasks import TaskDraft

NY = "America/New_York"
WINDOW = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2028, 1, 1, tzinfo=UTC))


@pytest.fixture
def radicale_url(tmp_path: Path) -> Iterator[str]:
    with serve(tmp_path / "radicale") as url:
        yield url


def objects(data: bytes) -> dict[str, icalendar.Calendar]:
    """Our export as one calendar object per UID, each with the VTIMEZONEs it uses."""
    cal = icalendar.Calendar.from_ical(data)
    zones = {str(z["TZID"]): z for z in cal.walk("VTIMEZONE")}
    found: dict[str, icalendar.Calendar] = {}
    for component in cal.subcomponents:
        if component.name not in ("VEVENT", "VTODO"):
            continue
        one = icalendar.Calendar()
        one.add("VERSION", "2.0")
        one.add("PRODID", str(cal["PRODID"]))
        used = {getattr(v, "params", {}).get("TZID") for _, v in component.property_items()}
        for name in sorted(z for z in used if isinstance(z, str) and z in zones):
            one.add_component(zones[name])
        one.add_component(component)
        found[str(component["UID"])] = one
    return found


def essence(component: Any) -> dict[str, Any]:
    """What must survive the server: times, rule, texts and the alarms."""
    keys = ("SUMMARY", "DESCRIPTION", "STATUS", "DTSTART", "DUE", "DTEND", "RRULE", "DTSTAMP")
    found: dict[str, Any] = {k: component.decoded(k) for k in keys if k in component}
    found["ALARMS"] = sorted(
        (a.decoded("TRIGGER"), str(a["DESCRIPTION"])) for a in component.walk("VALARM")
    )
    return found


def test_radicale_round_trip_and_server_expansion(services: Services, radicale_url: str) -> None:
    cases = [
        ("Weekly in Kyiv", "FREQ=WEEKLY;COUNT=40", datetime(2026, 3, 1, 9, 0), "Europe/Kyiv"),
        ("Every 3 months", rule_from_words("every 3 months"), datetime(2026, 1, 31, 10), NY),
        ("Father's day", rule_from_words("third sunday of june"), datetime(2026, 6, 21, 11), NY),
        ("Until November", "FREQ=DAILY;UNTIL=20261102T083000", datetime(2026, 10, 20, 8, 30), NY),
    ]  # fmt: skip
    for title, rule, wall, zone in cases:
        services.tasks.create(
            TaskDraft(
                title, wall, zone, rrule=rule, alarms_minutes=[10, 60], notes=f"{title}, notes"
            )
        )
    services.tasks.create(
        TaskDraft(
            "Renew passport",
            datetime(2026, 12, 1, 9),
            "Europe/Kyiv",
            kind="task",
            alarms_minutes=[1440],
        )
    )
    services.contacts.create(ContactCard(given="Leap", dates=[DateEntry(PartialDate(2, 29))]))
    export = objects(services.ical_export.render())
    assert len(export) == len(cases) + 2

    client = caldav.DAVClient(url=radicale_url, username="owner", password="unused")
    calendar = client.principal().make_calendar(name="pcrm", cal_id="pcrm")
    for one in export.values():
        if one.walk("VTODO"):
            calendar.add_todo(one.to_ical().decode())
        else:
            calendar.add_event(one.to_ical().decode())

    stored = [*calendar.events(), *calendar.todos(include_completed=True)]
    back = {}
    for item in stored:
        (component,) = [
            c for c in item.icalendar_instance.subcomponents if c.name in ("VEVENT", "VTODO")
        ]
        back[str(component["UID"])] = component
    assert back.keys() == export.keys()
    for uid, one in export.items():
        (ours,) = [c for c in one.subcomponents if c.name in ("VEVENT", "VTODO")]
        assert essence(back[uid]) == essence(ours)

    found = calendar.search(
        start=WINDOW[0], end=WINDOW[1], event=True, expand=True, server_expand=True
    )
    by_title: dict[str, list[Any]] = {}
    for item in found:
        for component in item.icalendar_instance.walk("VEVENT"):
            assert "RRULE" not in component  # expanded by the server
            by_title.setdefault(str(component["SUMMARY"]), []).append(component.decoded("DTSTART"))
    for title, rule, wall, zone in cases:
        mine = [
            x for x in occurrences(rule, wall, ZoneInfo(zone), WINDOW[0], limit=60) if x < WINDOW[1]
        ]
        assert sorted(x.astimezone(UTC) for x in by_title[title]) == [
            x.astimezone(UTC) for x in mine
        ]
    leap = sorted(by_title["Leap: birthday"])
    leap_dates = [
        x if isinstance(x, date) and not isinstance(x, datetime) else x.date() for x in leap
    ]
    assert leap_dates == [PartialDate(2, 29).in_year(y) for y in (2026, 2027)]
