"""RRULE expansion on wall time: COUNT, UNTIL, BYDAY, short months, DST (domain.recurrence)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from pcrm.domain.recurrence import occurrences, rule_from_words

KYIV, NEW_YORK = ZoneInfo("Europe/Kyiv"), ZoneInfo("America/New_York")
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def days(rule: str, start: datetime, limit: int = 8, zone: ZoneInfo = KYIV) -> list[str]:
    return [f"{o:%Y-%m-%d}" for o in occurrences(rule, start, zone, EPOCH, limit=limit)]


def test_count_ends_the_series() -> None:
    assert days("FREQ=WEEKLY;COUNT=3", datetime(2027, 1, 4, 9, 0)) == [
        "2027-01-04",
        "2027-01-11",
        "2027-01-18",
    ]


def test_until_is_inclusive_and_ends_the_series() -> None:
    assert days("FREQ=DAILY;INTERVAL=2;UNTIL=20270109T090000", datetime(2027, 1, 3, 9, 0)) == [
        "2027-01-03",
        "2027-01-05",
        "2027-01-07",
        "2027-01-09",
    ]


def test_every_3_months_from_31_january_as_rfc_5545_says() -> None:
    """A full RRULE: 31 April does not exist, so that occurrence is skipped (RFC 5545 3.3.10),
    never moved to the 30th (drift) nor turned into a monthly series."""
    assert days("FREQ=MONTHLY;INTERVAL=3", datetime(2027, 1, 31, 9, 0), limit=5) == [
        "2027-01-31",
        "2027-07-31",
        "2027-10-31",
        "2028-01-31",
        "2028-07-31",
    ]


def test_every_3_months_in_words_keeps_to_the_months_last_day() -> None:
    rule = rule_from_words("every 3 months", date(2027, 1, 31))
    assert rule == "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=28,29,30,31;BYSETPOS=-1"
    assert days(rule, datetime(2027, 1, 31, 9, 0), limit=6) == [
        "2027-01-31",
        "2027-04-30",  # the month's last day, and back to the 31st after: no drift
        "2027-07-31",
        "2027-10-31",
        "2028-01-31",
        "2028-04-30",
    ]
    from_30 = rule_from_words("every month", date(2027, 1, 30))
    assert days(from_30, datetime(2027, 1, 30, 9, 0), limit=4) == [
        "2027-01-30",
        "2027-02-28",
        "2027-03-30",
        "2027-04-30",
    ]
    assert rule_from_words("every 3 months", date(2027, 1, 15)) == "FREQ=MONTHLY;INTERVAL=3"
    assert rule_from_words("every 3 months") == "FREQ=MONTHLY;INTERVAL=3"


def test_every_year_from_29_february() -> None:
    assert days("FREQ=YEARLY", datetime(2028, 2, 29, 9, 0), limit=2) == [
        "2028-02-29",
        "2032-02-29",
    ]
    rule = rule_from_words("every year", date(2028, 2, 29))
    assert days(rule, datetime(2028, 2, 29, 9, 0), limit=5) == [
        "2028-02-29",
        "2029-02-28",
        "2030-02-28",
        "2031-02-28",
        "2032-02-29",
    ]


def test_third_sunday_of_june() -> None:
    rule = rule_from_words("third sunday of june")
    assert rule == "FREQ=YEARLY;BYMONTH=6;BYDAY=3SU"
    assert days(rule, datetime(2027, 6, 20, 10, 0), limit=3) == [
        "2027-06-20",
        "2028-06-18",
        "2029-06-17",
    ]


@pytest.mark.parametrize(
    ("zone", "start", "utc_hours"),
    [
        (KYIV, datetime(2027, 3, 26, 9, 0), [7, 7, 6, 6]),  # EET → EEST on 28 March
        (KYIV, datetime(2027, 10, 29, 9, 0), [6, 6, 7, 7]),
        (NEW_YORK, datetime(2027, 3, 12, 9, 0), [14, 14, 13, 13]),  # EST → EDT on 14 March
        (NEW_YORK, datetime(2027, 11, 5, 9, 0), [13, 13, 14, 14]),
    ],
)
def test_a_daily_0900_stays_0900_across_dst(
    zone: ZoneInfo, start: datetime, utc_hours: list[int]
) -> None:
    found = occurrences("FREQ=DAILY", start, zone, EPOCH, limit=4)
    assert [o.astimezone(zone).hour for o in found] == [9, 9, 9, 9]
    assert [o.astimezone(UTC).hour for o in found] == utc_hours
