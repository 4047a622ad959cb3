"""Domain values: names, phones, partial dates, durations, times, recurrence, folding."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from pcrm.clock import FixedClock
from pcrm.domain.dates import PartialDate
from pcrm.domain.durations import format_duration, parse_duration
from pcrm.domain.names import PersonName, display_name_for, search_keys
from pcrm.domain.phones import to_e164
from pcrm.domain.recurrence import occurrences, rule_from_words, validate_rrule
from pcrm.domain.text import fold, fold_for_index, snippet, transliterations
from pcrm.domain.timeparse import localize, parse_when

KYIV = ZoneInfo("Europe/Kyiv")
NEW_YORK = ZoneInfo("America/New_York")


def test_display_name_is_composed_and_an_explicit_one_wins() -> None:
    name = PersonName(prefix="Dr", given="Olena", middle="M.", family="Shevchenko")
    assert display_name_for(name, None) == "Dr Olena M. Shevchenko"
    assert display_name_for(name, "Mum") == "Mum"
    assert display_name_for(PersonName(), None, fallback="a@b.c") == "a@b.c"
    assert display_name_for(PersonName(), None) == "Unnamed"


def test_sort_key_puts_family_first_and_latin_readings_of_cyrillic() -> None:
    key, latin = search_keys(PersonName(given="Олена", family="Ігнатенко"), "Олена Ігнатенко")
    assert key == "ігнатенко олена"
    assert "olena ihnatenko" in latin
    assert "olena ignatenko" in latin
    assert transliterations("John Smith") == ""


def test_fold_for_index_maps_cyrillic_diacritics_only() -> None:
    assert fold_for_index("Йосип Їжак Ёлка") == "Иосип Іжак Елка"
    assert fold_for_index("Café") == "Café"  # FTS5 folds Latin itself
    assert fold_for_index(None) is None
    assert fold("Café ЙОСИП") == "cafe иосип"


def test_snippet_highlights_prefix_matches() -> None:
    text_, spans = snippet("We met at the Kyiv office to plan the café opening", ["caf"])
    assert [text_[a:b] for a, b in spans] == ["café"]
    long = "word " * 40 + "needle " + "word " * 40
    shown, spans = snippet(long, ["need"], width=40)
    assert shown.startswith("…") and shown.endswith("…")
    assert [shown[a:b] for a, b in spans] == ["needle"]


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("+380 67 123 4567", "+380671234567"),
        ("067 123 45 67", "+380671234567"),
        ("+1 (212) 555-0100", "+12125550100"),
        ("not a phone", None),
        ("", None),
    ],
)
def test_phone_numbers_normalise_to_e164(typed: str, e164: str | None) -> None:
    assert to_e164(typed) == e164


def test_partial_dates_with_and_without_year() -> None:
    assert PartialDate.parse("1990-04-15") == PartialDate(4, 15, 1990)
    assert PartialDate.parse("19900415") == PartialDate(4, 15, 1990)
    assert PartialDate.parse("--04-15") == PartialDate(4, 15)
    assert PartialDate.parse("--0415") == PartialDate(4, 15)
    assert PartialDate.parse("04-15").iso() == "--04-15"
    assert PartialDate.parse("--02-29").iso() == "--02-29"  # allowed without a year
    with pytest.raises(ValueError):
        PartialDate.parse("2023-02-29")
    with pytest.raises(ValueError):
        PartialDate.parse("--13-01")
    with pytest.raises(ValueError):
        PartialDate.parse("tomorrow")


def test_29_february_in_a_common_year_follows_the_setting() -> None:
    leapling = PartialDate(2, 29, 2000)
    assert leapling.in_year(2027) == date(2027, 2, 28)
    assert leapling.in_year(2027, feb29="mar1") == date(2027, 3, 1)
    assert leapling.in_year(2028) == date(2028, 2, 29)
    assert leapling.next_on_or_after(date(2027, 3, 2)) == date(2028, 2, 29)
    assert leapling.age_on(date(2027, 2, 28)) == 26
    assert PartialDate(4, 15).age_on(date(2027, 1, 1)) is None


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("30m", 30),
        ("1h30m", 90),
        ("1h30", 90),
        ("2h 05", 125),
        ("1:30", 90),
        ("90", 90),
        ("2h", 120),
        ("1.5h", 90),
        ("45 min", 45),
    ],
)
def test_durations(text: str, minutes: int) -> None:
    assert parse_duration(text) == timedelta(minutes=minutes)


def test_bad_durations_are_refused() -> None:
    for bad in ("", "soon", "30x", "1h garbage"):
        with pytest.raises(ValueError):
            parse_duration(bad)
    assert format_duration(5400) == "1h30m"
    assert format_duration(None) == ""
    assert format_duration(40) == "40s"


def test_times_as_typed_are_wall_time_in_the_owner_zone() -> None:
    clock = FixedClock(datetime(2026, 11, 23, 12, 0, tzinfo=UTC), "Europe/Kyiv")
    assert parse_when("now", clock).at == datetime(2026, 11, 23, 14, 0, tzinfo=KYIV)
    assert parse_when("today 9:30", clock).at == datetime(2026, 11, 23, 9, 30, tzinfo=KYIV)
    assert parse_when("tomorrow 10:00", clock).at == datetime(2026, 11, 24, 10, 0, tzinfo=KYIV)
    assert parse_when("in 2 weeks", clock).at == datetime(2026, 12, 7, 14, 0, tzinfo=KYIV)
    assert parse_when("3 days ago", clock).at == datetime(2026, 11, 20, 14, 0, tzinfo=KYIV)
    day = parse_when("2026-12-01", clock)
    assert day.date_only and day.at == datetime(2026, 12, 1, 9, 0, tzinfo=KYIV)
    assert parse_when("2026-12-01T10:00Z", clock).at == datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    with pytest.raises(ValueError):
        parse_when("the day after never", clock)


def test_a_time_in_the_spring_gap_moves_past_it() -> None:
    placed = localize(datetime(2026, 3, 8, 2, 30), NEW_YORK)
    assert placed.hour == 3 and placed.minute == 30
    assert placed.utcoffset() == timedelta(hours=-4)


def test_natural_recurrences() -> None:
    assert rule_from_words("every 3 months") == "FREQ=MONTHLY;INTERVAL=3"
    assert rule_from_words("Every month") == "FREQ=MONTHLY"
    assert rule_from_words("every other week") == "FREQ=WEEKLY;INTERVAL=2"
    assert rule_from_words("weekly") == "FREQ=WEEKLY"
    assert rule_from_words("every weekday") == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
    assert rule_from_words("every monday") == "FREQ=WEEKLY;BYDAY=MO"
    assert rule_from_words("third sunday of june") == "FREQ=YEARLY;BYMONTH=6;BYDAY=3SU"
    assert rule_from_words("last friday of every month") == "FREQ=MONTHLY;BYDAY=-1FR"
    with pytest.raises(ValueError):
        rule_from_words("now and then")


def test_every_3_months_is_quarterly_not_monthly() -> None:
    found = occurrences(
        "FREQ=MONTHLY;INTERVAL=3",
        datetime(2026, 1, 15, 9, 0),
        KYIV,
        datetime(2026, 1, 1, tzinfo=UTC),
        limit=5,
    )
    assert [d.date() for d in found] == [
        date(2026, 1, 15),
        date(2026, 4, 15),
        date(2026, 7, 15),
        date(2026, 10, 15),
        date(2027, 1, 15),
    ]
    assert {d.hour for d in found} == {9}


def test_a_09_00_reminder_stays_09_00_across_dst() -> None:
    for zone, change in ((KYIV, datetime(2026, 10, 25)), (NEW_YORK, datetime(2026, 11, 1))):
        found = occurrences(
            "FREQ=DAILY",
            datetime(2026, 10, 20, 9, 0),
            zone,
            datetime(2026, 10, 20, tzinfo=UTC),
            limit=20,
        )
        assert all(d.hour == 9 and d.minute == 0 for d in found)
        offsets = {d.utcoffset() for d in found}
        assert len(offsets) == 2, f"the series should cross the change on {change:%Y-%m-%d}"


def test_third_sunday_of_june_count_and_until() -> None:
    found = occurrences(
        "FREQ=YEARLY;BYMONTH=6;BYDAY=3SU;COUNT=3",
        datetime(2026, 6, 21, 10, 0),
        NEW_YORK,
        datetime(2026, 1, 1, tzinfo=UTC),
        limit=10,
    )
    assert [d.date() for d in found] == [date(2026, 6, 21), date(2027, 6, 20), date(2028, 6, 18)]
    until = occurrences(
        "FREQ=WEEKLY;UNTIL=20261215T000000",
        datetime(2026, 12, 1, 9, 0),
        KYIV,
        datetime(2026, 11, 1, tzinfo=UTC),
        limit=10,
    )
    assert [d.day for d in until] == [1, 8]


def test_rrule_validation() -> None:
    start = datetime(2026, 1, 1, 9, 0)
    assert validate_rrule("RRULE:freq=monthly;interval=3", start) == "FREQ=MONTHLY;INTERVAL=3"
    with pytest.raises(ValueError):
        validate_rrule("FREQ=SOMETIMES", start)


def test_recurrence_words_without_every() -> None:
    assert rule_from_words("3 months") == "FREQ=MONTHLY;INTERVAL=3"
    assert rule_from_words("monday") == "FREQ=WEEKLY;BYDAY=MO"
    assert rule_from_words("month") == "FREQ=MONTHLY"


def test_wall_times_keep_their_wall_in_another_zone_and_instants_convert() -> None:
    clock = FixedClock(datetime(2026, 11, 23, 12, 0, tzinfo=UTC), "Europe/Kyiv")
    tomorrow_nine = parse_when("tomorrow 9:00", clock)
    assert tomorrow_nine.wall and tomorrow_nine.wall_in(NEW_YORK) == datetime(2026, 11, 24, 9, 0)
    in_two_hours = parse_when("in 2 hours", clock)
    assert not in_two_hours.wall
    assert in_two_hours.wall_in(NEW_YORK) == datetime(2026, 11, 23, 9, 0)  # 14:00 UTC-5
    explicit = parse_when("2026-12-01T15:00Z", clock)
    assert explicit.wall_in(NEW_YORK) == datetime(2026, 12, 1, 10, 0)


def test_relative_hours_are_elapsed_time_and_days_are_calendar_steps_across_dst() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    clock = FixedClock(datetime(2026, 3, 29, 0, 30, tzinfo=UTC), "Europe/Berlin")  # DST starts
    assert parse_when("in 2 hours", clock).at.astimezone(UTC) == datetime(
        2026, 3, 29, 2, 30, tzinfo=UTC
    )
    assert parse_when("in 90 min", clock).at.astimezone(UTC) == datetime(
        2026, 3, 29, 2, 0, tzinfo=UTC
    )
    a_day_later = parse_when("in 1 day", clock).at
    assert a_day_later.replace(tzinfo=None) == datetime(2026, 3, 30, 1, 30)  # same wall time
    assert a_day_later.tzinfo == berlin


def test_bare_hours_and_dates_without_a_time() -> None:
    clock = FixedClock(datetime(2026, 11, 23, 12, 34, tzinfo=UTC), "Europe/Kyiv")
    assert parse_when("today 9", clock).at.hour == 9
    assert parse_when("tomorrow 14", clock).at == datetime(2026, 11, 24, 14, 0, tzinfo=KYIV)
    for text, day in (("Dec 25", date(2026, 12, 25)), ("monday", None)):
        when = parse_when(text, clock)
        assert when.date_only and (when.at.hour, when.at.minute) == (9, 0), text
        if day is not None:
            assert when.at.date() == day
    timed = parse_when("Dec 25 18:30", clock)
    assert not timed.date_only and (timed.at.hour, timed.at.minute) == (18, 30)


def test_the_fixed_clock_moves_in_time_and_across_zones() -> None:
    clock = FixedClock(datetime(2026, 11, 23, 12, 0, tzinfo=UTC), "Europe/Kyiv")
    assert parse_when("today 9:00", clock).at.utcoffset() == timedelta(hours=2)
    clock.move_to("America/New_York")  # the laptop travels: same instant, another zone
    assert clock.now() == datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    assert clock.local_now().hour == 7
    clock.advance(timedelta(hours=3))
    assert parse_when("now", clock).at == datetime(2026, 11, 23, 10, 0, tzinfo=NEW_YORK)
