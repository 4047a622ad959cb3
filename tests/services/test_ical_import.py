"""iCalendar import: every file of the corpus imports or is refused with a reason, times land
right, a refused import changes nothing, importing again updates, and an import can be undone."""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from pcrm import errors
from pcrm.domain import ical_read
from pcrm.domain.card import ContactCard, FieldEntry
from pcrm.services.ical_import import CREATED, SKIPPED, UPDATED, IcalPreview, Proposal
from pcrm.services.session import Services
from pcrm.store import models as m

DATA = Path(__file__).parents[1] / "data" / "ical"
CORPUS = Path(__file__).parents[3] / "shared" / "corpus" / "ical"
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # the ``clock`` fixture's instant
KYIV = ZoneInfo("Europe/Kyiv")

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not here")


def _corpus(pattern: str) -> list[Path]:
    return sorted(CORPUS.glob(pattern)) if CORPUS.is_dir() else []


def read(path: Path) -> ical_read.ReadCalendar:
    return ical_read.read(path.read_bytes(), path.name, now=NOW, owner_zone=KYIV)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def file(name: str) -> Path:
    """A file of tests/data/ical, else of the shared corpus (skipped when it is absent)."""
    for folder in (DATA, CORPUS, DATA / "invalid", CORPUS / "invalid"):
        if (folder / name).is_file():
            return folder / name
    pytest.skip(f"{name} needs ../shared/corpus")


# -- every file of the corpus ---------------------------------------------------------------------

# Files that hold no meeting pcrm can take, and the reason the owner is told.
REFUSED = {
    "ical4j__rfc5545-sec4.4.ics": "a task (VTODO)",
    "ical4j__rfc5545-sec4.5.ics": "a journal entry (VJOURNAL)",
    "icalendar__bom_calendar.ics": "it holds no events",
    "icalendar__calendar_with_unicode.ics": "it holds no events",
    "icalendar__escaped_characters.ics": "line 2: this is not an iCalendar property line",
    "icalendar__multiple_timezones.ics": "its repeat rule cannot be read",
    "icalendar__pacific_fiji.ics": "more than one start (DTSTART)",
    "icalendar__rfc5545_absolute_alarm.ics": "an alarm outside of any event",
    "icalendar__rfc5545_alarm_related_end.ics": "an alarm outside of any event",
    "icalendar__rfc_7986_properties.ics": "it holds no events",
    "icalendar__todo_example.ics": "a task (VTODO)",
    "icalendar__utc_offset_with_seconds.ics": "it holds no events",
    "radicale__journal1.ics": "a journal entry (VJOURNAL)",
    "radicale__todo1.ics": "a task (VTODO)",
    "rie__bad_rrule_missing_until.ics": "its repeat rule cannot be read",
    "rie__simple_todo.ics": "a task (VTODO)",
    "vobject__vtodo.ics": "a task (VTODO)",
}

INVALID = {
    "ical4j__exchange_cdo_tmeher.ics": "line 36: CLASS has no value",
    "ical4j__groupwise.ics": "line 18: ATTENDEE is not a calendar address",
    "ical4j__korganizer-lowercase.ics": "line 20: END:vCalendaR does not close BEGIN:Vcalendar",
    "ical4j__outlook11_boeing.ics": "line 5, DTSTAMP: a value cannot be read",
    "ical4j__sogo-geo-escaped-semicolon.ics": "line 9: GEO is not 'latitude;longitude'",
    "icalendar__broken_ical.ics": "line 4: this is not an iCalendar property line",
    "radicale__broken-vevent.ics": "the file ends inside VEVENT begun at line 4",
}


@needs_corpus
@pytest.mark.parametrize("path", _corpus("*.ics"), ids=lambda p: p.name)
def test_every_corpus_file_imports_or_is_refused_with_its_reason(
    services: Services, path: Path
) -> None:
    if path.name in REFUSED:
        with pytest.raises(errors.BadInput) as refused:
            services.ical_import.preview(path)
        assert str(path) in refused.value.message
        assert REFUSED[path.name] in refused.value.message
        return
    preview = services.ical_import.preview(path)
    everyone = {a.key for a in preview.attendees.values()}
    outcomes = preview.outcomes(everyone)
    assert outcomes and all(o.reason for o in outcomes)
    assert all(p.meeting.starts_at.tzinfo is UTC for p in preview.proposals)
    assert all(ZoneInfo(p.meeting.time_zone) for p in preview.proposals)


@needs_corpus
def test_the_corpus_has_no_file_this_test_does_not_know() -> None:
    names = {p.name for p in _corpus("*.ics")}
    assert set(REFUSED) <= names
    assert {p.name for p in _corpus("invalid/*.ics")} == set(INVALID)


@pytest.mark.parametrize(
    "path",
    sorted((DATA / "invalid").glob("*.ics")) + _corpus("invalid/*.ics"),
    ids=lambda p: f"{p.parent.parent.name}/{p.name}",
)
def test_every_invalid_file_is_refused_with_file_and_reason(services: Services, path: Path) -> None:
    before = snapshot(services)
    with pytest.raises(errors.BadInput) as refused:
        services.ical_import.preview(path)
    assert refused.value.message.startswith(str(path))
    assert INVALID[path.name] in refused.value.message
    assert snapshot(services) == before


# -- times, zones, people -------------------------------------------------------------------------


def only(result: ical_read.ReadCalendar) -> ical_read.Meeting:
    assert len(result.meetings) == 1, result.meetings
    return result.meetings[0]


def test_a_utf8_bom_floating_time_escaped_text_and_people() -> None:
    meeting = only(read(file("synthetic__bom_attendees.ics")))
    assert meeting.subject == "Кава з Оленою"
    assert meeting.location == "Київ, Хрещатик 1"
    assert meeting.body == "Floating time: the owner's zone.\nSecond line."
    # floating 09:30 is the owner's wall time: Kyiv is UTC+2 in March before the change
    assert meeting.starts_at == utc(2026, 3, 10, 7, 30)
    assert (meeting.time_zone, meeting.duration) == ("Europe/Kyiv", timedelta(hours=1))
    people = {p.key: (p.name, p.role) for p in meeting.people}
    assert people == {  # e-mail normalised; the room (CUTYPE=ROOM) is not a person
        "owner@pcrm.test": ("Owner", "organizer"),
        "olena@example.org": ("Олена Коваленко", "attendee"),
        "petro@example.org": ("Petro Shevchenko", "attendee"),
    }


def test_non_ascii_tzids_defined_by_their_vtimezone() -> None:
    # Outlook's Cyrillic TZID for Yekaterinburg, UTC+6 in the summer of 2008
    assert only(read(file("vobject__tzid_8bit.ics"))).starts_at == utc(2008, 5, 30, 9)
    # "(UTC-03:00) Brasília"
    assert only(read(file("icalendar__non_ascii_tzid.ics"))).starts_at == utc(2017, 5, 11, 16, 30)
    # GroupWise: "Mitteleuropäische Zeit " with a trailing space, in July (UTC+2)
    assert only(read(file("radicale__event_issue2172.ics"))).starts_at == utc(2026, 7, 1, 15)


def test_windows_and_vendor_tzids() -> None:
    # Outlook's "Canberra, Melbourne, Sydney" as its VTIMEZONE defines it (UTC+10 in May)
    assert only(read(file("vobject__ms_tzid.ics"))).starts_at == utc(2008, 5, 30, 5)
    # Evolution's /softwarestudio.org/Tzfile/America/Chicago: the IANA zone is recognised
    evolution = only(read(file("ical4j__evolution.ics")))
    assert evolution.time_zone == "America/Chicago"
    # a TZID with a slash in front
    slash = read(file("icalendar__tzid_with_slash.ics")).meetings
    assert {m.time_zone for m in slash} == {"Europe/Stockholm"}
    assert slash[0].starts_at == utc(2022, 10, 21, 18)
    fridays = (NOW.date() - slash[0].starts_at.date()).days // 7 + 1
    assert len(slash) == fridays
    assert {m.starts_at.astimezone(ZoneInfo("Europe/Stockholm")).hour for m in slash} == {20}


def test_a_blank_tzid_and_a_missing_vtimezone() -> None:
    exchange = only(read(file("ical4j__exchange2010_blankTzid.ics")))
    assert exchange.starts_at == utc(2015, 8, 26, 9)  # the blank zone's VTIMEZONE says +0000
    assert {p.key for p in exchange.people} == {"roberts@company.com", "sam@company.com"}
    missing = read(file("icalendar__missing_vtimezone.ics"))
    assert missing.meetings[0].starts_at == utc(2014, 8, 29, 12)
    assert missing.meetings[0].time_zone == "America/New_York"
    assert Counter(s.reason for s in missing.skipped) == Counter(
        {"a task (VTODO); only meetings are imported": 1, "no start time (DTSTART)": 1}
    )


def test_utc_offsets_with_seconds() -> None:
    meeting = only(read(file("synthetic__offset_seconds.ics")))
    assert meeting.starts_at == utc(1900, 6, 1, 10, 29, 15)
    assert meeting.duration == timedelta(minutes=45)


def test_x_wr_timezone_moves_google_utc_times_into_the_calendar_zone() -> None:
    first, second = read(file("rie__x_wr_timezone.ics")).meetings
    assert (first.starts_at, first.time_zone) == (utc(2021, 12, 22, 17), "America/New_York")
    assert second.starts_at.astimezone(ZoneInfo("America/New_York")).hour == 21


def test_all_day_dates_written_with_a_tzid_are_days_in_the_owners_zone() -> None:
    holidays = read(file("ical4j__google_aus_holidays.ics")).meetings
    christmas = [m for m in holidays if m.subject == "Christmas"]
    assert all(m.all_day and m.duration == timedelta(days=1) for m in holidays)
    assert christmas[0].starts_at.astimezone(KYIV) == datetime(2004, 12, 25, tzinfo=KYIV)
    full_day = read(file("radicale__event_full_day_rrule.ics")).meetings
    assert len(full_day) == 5 and all(m.all_day for m in full_day)
    assert [m.starts_at.astimezone(KYIV).day for m in full_day] == [2, 3, 4, 5, 6]


def test_rrule_with_exdates_on_several_lines() -> None:
    meetings = read(file("icalendar__exdates_on_different_lines.ics")).meetings
    days = [m.starts_at.astimezone(ZoneInfo("Europe/Vienna")).date().isoformat() for m in meetings]
    assert len(days) == 10
    assert not {"2012-04-03", "2012-04-10", "2012-04-17", "2012-05-01", "2012-05-29"} & set(days)
    assert days[0] == "2012-03-27" and days[-1] == "2012-07-03"


def test_exdate_in_utc_against_a_zoned_series() -> None:
    meetings = read(file("rie__each_week_but_two_deleted.ics")).meetings
    assert len(meetings) == 6  # COUNT=8 less two EXDATEs
    assert utc(2019, 3, 10, 23, 30) not in {m.starts_at for m in meetings}


def test_recurrence_id_overrides_replace_their_occurrence() -> None:
    meetings = read(file("radicale__event_daily_rrule_overridden.ics")).meetings
    assert [m.subject for m in meetings] == [
        "Event #2",
        "Event #2",
        "Event #2 bis",
        "Event #2",
        "Event #2",
    ]
    assert meetings[2].starts_at == utc(2006, 1, 4, 19)  # moved from 12:00 to 14:00 EST
    assert meetings[2].source_uid.endswith("|20060104T170000Z")  # keyed by its RECURRENCE-ID


def test_a_series_lands_up_to_now_with_dst_exdate_and_a_moved_occurrence() -> None:
    meetings = read(file("synthetic__series_v1.ics")).meetings
    weekly = [m for m in meetings if m.source_uid.startswith("weekly-1")]
    assert [m.starts_at for m in weekly] == [
        utc(2026, 10, 5, 7),
        utc(2026, 10, 12, 7),
        utc(2026, 10, 26, 8),  # 19 October is excepted; Kyiv left summer time on the 25th
        utc(2026, 11, 3, 13),  # the 2 November one, moved to Tuesday 15:00
        utc(2026, 11, 9, 8),
        utc(2026, 11, 16, 8),
        utc(2026, 11, 23, 8),  # today, before now; next Monday is left for a later import
    ]
    assert weekly[3].subject == "Weekly sync (moved)"


def test_range_thisandfuture_gives_each_occurrence_its_own_key() -> None:
    meetings = read(file("rie__range_thisandfuture.ics")).meetings
    assert len({m.source_uid for m in meetings}) == len(meetings) == 193


def test_events_without_dtend() -> None:
    meetings = read(file("rie__discourse_no_dtend.ics")).meetings
    assert [m.duration for m in meetings] == [
        None,  # no DTEND, no DURATION: a point in time
        timedelta(hours=3, minutes=30),
        timedelta(hours=3),
        timedelta(hours=7),
    ]


def test_a_long_series_keeps_the_latest_occurrences_and_says_so() -> None:
    result = read(file("ical4j__outlook11_Standup.ics"))
    assert len(result.meetings) == ical_read.MAX_OCCURRENCES
    assert result.meetings[-1].starts_at <= NOW
    assert any("only the latest 500 of" in note for note in result.notes)


def test_a_file_outside_of_vcalendar_is_not_icalendar(tmp_path: Path) -> None:
    path = tmp_path / "notes.ics"
    path.write_text("Dear diary,\n")
    with pytest.raises(errors.BadInput, match="not an iCalendar file"):
        ical_read.read(path.read_bytes(), str(path), now=NOW, owner_zone=KYIV)


# -- the store --------------------------------------------------------------------------------


def snapshot(services: Services) -> dict[str, tuple[int, str]]:
    """Every table's row count and a hash of its content."""
    with services.db.session() as s:
        tables = s.scalars(
            text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ).all()
        found = {}
        for table in tables:
            rows = s.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')).all()
            found[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
        return found


def olena(services: Services) -> int:
    card = ContactCard(
        given="Olena",
        family="Kovalenko",
        fields=[FieldEntry(kind="email", value="OLENA@example.org")],
    )
    return services.contacts.create(card).first("contact")


@dataclass
class Stored:
    id: int
    kind: str
    subject: str | None
    source_uid: str | None
    import_batch_id: int | None
    participants: list[int]


def interactions(services: Services) -> list[Stored]:
    with services.db.session() as s:
        return [
            Stored(
                r.id,
                r.kind,
                r.subject,
                r.source_uid,
                r.import_batch_id,
                sorted(p.contact_id for p in r.participants),
            )
            for r in s.scalars(select(m.Interaction).order_by(m.Interaction.starts_at))
        ]


def test_preview_matches_by_email_then_name_and_offers_the_rest(services: Services) -> None:
    olena_id = olena(services)
    petro = services.contacts.create(ContactCard(display_name="Petro Shevchenko")).first("contact")
    preview = services.ical_import.preview(file("synthetic__bom_attendees.ics"))
    by_key = preview.attendees
    assert by_key["olena@example.org"].contact_id == olena_id  # by e-mail, any case
    assert by_key["petro@example.org"].contact_id == petro  # by name
    assert [a.key for a in preview.unknown()] == ["owner@pcrm.test"]
    [outcome] = preview.outcomes()
    assert (outcome.action, outcome.what, outcome.reason) == (CREATED, "Кава з Оленою", "new")


def test_apply_re_import_update_and_undo(services: Services) -> None:
    olena_id = olena(services)
    empty = snapshot(services)
    v1 = services.ical_import.preview(file("synthetic__series_v1.ics"))
    # Petro is unknown: the weekly series is skipped unless he is created
    assert v1.counts() == Counter({CREATED: 1, SKIPPED: 7})
    assert v1.counts({"petro@example.org"}) == Counter({CREATED: 8})
    changes = services.ical_import.apply(v1, {"petro@example.org"})
    batch = changes.first("import_batch")
    stored = interactions(services)
    assert len(stored) == 8
    assert {r.kind for r in stored} == {"meeting"}
    assert {r.import_batch_id for r in stored} == {batch}
    lunch = next(r for r in stored if r.subject == "Lunch")
    assert (lunch.source_uid, lunch.participants) == (
        "single-1@pcrm.test",
        [olena_id],
    )
    petro = services.contacts.resolve("petro@example.org")
    assert services.contacts.get(petro).display_name == "Petro Shevchenko"
    assert services.contacts.get(olena_id).last_interaction_at == utc(2026, 11, 10, 8)

    # the same file again changes nothing and leaves no batch
    after_first = snapshot(services)
    again = services.ical_import.preview(file("synthetic__series_v1.ics"))
    assert again.counts() == Counter({SKIPPED: 8})
    assert not services.ical_import.apply(again)
    assert snapshot(services) == after_first

    # a newer file updates the one meeting that changed instead of duplicating it
    v2 = services.ical_import.preview(file("synthetic__series_v2.ics"))
    assert v2.counts() == Counter({UPDATED: 1, SKIPPED: 7})
    second = services.ical_import.apply(v2).first("import_batch")
    stored = interactions(services)
    assert len(stored) == 8
    lunch = next(r for r in stored if r.source_uid == "single-1@pcrm.test")
    assert lunch.subject == "Lunch at the river"
    assert lunch.participants == sorted([olena_id, petro])

    # undo the update, then the first import: the store is as it was before
    services.ical_import.undo_batch(second)
    assert snapshot_without_batches(services) == snapshot_without_batches_of(after_first)
    services.ical_import.undo_batch(batch)
    assert snapshot_without_batches(services) == snapshot_without_batches_of(empty)
    with pytest.raises(errors.BadInput, match="undone already"):
        services.ical_import.undo_batch(batch)


def snapshot_without_batches(services: Services) -> dict[str, tuple[int, str]]:
    return snapshot_without_batches_of(snapshot(services))


def snapshot_without_batches_of(shot: dict[str, tuple[int, str]]) -> dict[str, tuple[int, str]]:
    """What undo restores: it marks the batch undone, cannot un-advance SQLite's id counters,
    and leaves the full-text index's internal segments merged differently (its content, in
    the tables it indexes, is compared)."""
    skip = ("import_batches", "sqlite_sequence")
    return {k: v for k, v in shot.items() if k not in skip and "_fts_" not in k}


def test_trashed_imports_are_not_brought_back(services: Services) -> None:
    olena(services)
    preview = services.ical_import.preview(file("synthetic__series_v1.ics"))
    services.ical_import.apply(preview)
    [lunch] = [r.id for r in interactions(services)]
    services.timeline.trash([lunch])
    again = services.ical_import.preview(file("synthetic__series_v2.ics"))
    reasons = {
        o.reason for o in again.outcomes({"petro@example.org"}) if o.what.startswith("Lunch")
    }
    assert reasons == {"imported before, and since moved to the trash"}


def test_a_failed_apply_changes_nothing(services: Services) -> None:
    olena(services)
    good = services.ical_import.preview(file("synthetic__series_v1.ics"))
    broken = ical_read.Meeting(  # a negative duration breaks a CHECK constraint mid-import
        **{**good.proposals[-1].meeting.__dict__, "duration": timedelta(minutes=-5)}
    )
    preview = IcalPreview(good.path, [*good.proposals, Proposal(broken)], good.attendees, [], [])
    before = snapshot(services)
    with pytest.raises(Exception, match="CHECK constraint"):
        services.ical_import.apply(preview, {"petro@example.org"})
    assert snapshot(services) == before


# -- hostile input ----------------------------------------------------------------------------

_SEED = (DATA / "synthetic__series_v1.ics").read_bytes()
_TOKENS = [
    b"BEGIN:VCALENDAR\r\n",
    b"END:VCALENDAR\r\n",
    b"BEGIN:VEVENT\r\n",
    b"END:VEVENT\r\n",
    b"BEGIN:VTIMEZONE\r\n",
    b"END:VTIMEZONE\r\n",
    b"DTSTART:20260101T100000Z\r\n",
    b"DTSTART;TZID=X:20260101T100000\r\n",
    b"RRULE:FREQ=SECONDLY\r\n",
    b"RRULE:FREQ=DAILY;COUNT=9999999\r\n",
    b"EXDATE:20260101T100000Z\r\n",
    b"RECURRENCE-ID:20260101T100000Z\r\n",
    b"UID:x\r\n",
    b"DURATION:P1000000W\r\n",
    b"TZOFFSETTO:+9999\r\n",
    b"ATTENDEE:mailto:a@b\r\n",
    b" \r\n",
    b"\xef\xbb\xbf",
    b"\x00",
    b";;;:::",
    b"\r\n\r\n",
    b"DTEND:99991231T235959Z\r\n",
]


@st.composite
def hostile(draw: st.DrawFn) -> bytes:
    how = draw(st.sampled_from(["tokens", "mutated", "random"]))
    if how == "random":
        return draw(st.binary(max_size=65536))
    if how == "tokens":
        return b"".join(draw(st.lists(st.sampled_from(_TOKENS), max_size=400)))[:65536]
    data = bytearray(_SEED)
    for _ in range(draw(st.integers(1, 20))):
        at = draw(st.integers(0, len(data)))
        data[at : at + draw(st.integers(0, 8))] = draw(st.binary(max_size=8))
    return bytes(data[:65536])


@settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(hostile())
def test_hostile_input_ends_in_a_typed_error_within_a_second(data: bytes) -> None:
    started = time.monotonic()
    try:
        ical_read.read(data, "hostile.ics", now=NOW, owner_zone=KYIV, budget_seconds=0.8)
    except errors.BadInput as exc:
        assert exc.message.startswith("hostile.ics")
    assert time.monotonic() - started < 1.0
