"""The meeting briefing read from a real store: each section, for one contact and a meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from pcrm import errors
from pcrm.domain.card import AffiliationEntry, ContactCard, DateEntry, FieldEntry
from pcrm.domain.checklist import open_items, snippet
from pcrm.domain.dates import PartialDate
from pcrm.services.briefing import LAST_SHOWN
from pcrm.services.session import Services
from pcrm.services.tasks import TaskDraft
from pcrm.services.timeline import InteractionDraft

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # the clock fixture's instant
KYIV = ZoneInfo("Europe/Kyiv")


@dataclass
class Cast:
    anna: int
    bohdan: int
    chen: int
    dana: int
    planned: int  # a meeting on 25 November with anna, bohdan, chen
    with_items: int  # a call with anna whose body has open items
    past_meetings: tuple[int, int]  # anna and bohdan met twice
    overdue: int
    later: int
    follow_up: int


def _log(services: Services, kind: str, who: list[int], at: datetime, **kw: object) -> int:
    draft = InteractionDraft(kind=kind, participants=who, starts_at=at, **kw)  # type: ignore[arg-type]
    return services.timeline.log(draft).first("interaction")


@pytest.fixture
def cast(services: Services) -> Cast:
    create = services.contacts.create
    bohdan = create(
        ContactCard(
            given="Bohdan",
            family="Shevchuk",
            dates=[DateEntry(PartialDate(month=1, day=10, year=1985))],
            affiliations=[
                AffiliationEntry("Kyiv Digital", title="Intern", end_date=date(2020, 6, 30)),
                AffiliationEntry("Rossi & Figli", title="Partner", primary=True),
            ],
        )
    ).first("contact")
    anna = create(
        ContactCard(
            given="Anna",
            family="Berg",
            nickname="Annie",
            fields=[
                FieldEntry("email", "anna@example.org", preferred=True),
                FieldEntry("phone", "+380 44 123 4567"),
            ],
            notes=(
                "Likes green tea.\n\n- [ ] ask about the new flat\n- [x] sent her the book\n"
                "* [ ] how is the marathon training going?\n"
            ),
            dates=[DateEntry(PartialDate(month=12, day=1))],  # no year: no age
            affiliations=[AffiliationEntry("Kyiv Digital", title="CTO", primary=True)],
            met_on=PartialDate(month=5, day=4, year=2019),
            met_place="DevFest",
            met_channel="in_person",
            introduced_by_id=bohdan,
            cadence_days=30,
        )
    ).first("contact")
    chen = create(
        ContactCard(
            given="Chen",
            family="Li",
            dates=[DateEntry(PartialDate(month=3, day=1, year=1990))],  # beyond 60 days
            affiliations=[AffiliationEntry("Kyiv Digital", title="Designer")],
        )
    ).first("contact")
    dana = create(ContactCard(given="Dana", family="Berg")).first("contact")

    rel = services.relationships
    rel.relate(anna, "parent", dana)  # anna is dana's parent
    rel.relate(anna, "spouse", bohdan)
    rel.relate(chen, "manager", anna)  # chen is anna's manager

    groups = services.groups
    work = groups.create("Work").first("group")
    groups.add_members(work, [anna, bohdan, chen])
    family = groups.create("Family").first("group")
    groups.add_members(family, [anna, dana])

    base = NOW - timedelta(days=40)
    for n in range(6):  # older calls: the last five interactions are newer ones
        _log(services, "call", [anna], base + timedelta(days=n), channel="phone")
    m1 = _log(services, "meeting", [anna, bohdan], NOW - timedelta(days=20), subject="Lunch")
    m2 = _log(
        services, "meeting", [anna, bohdan, dana], NOW - timedelta(days=10), subject="Offsite"
    )
    _log(services, "call", [anna, bohdan], NOW - timedelta(days=9), channel="video")
    with_items = _log(
        services,
        "call",
        [anna],
        NOW - timedelta(days=3),
        channel="phone",
        subject="Budget",
        body="# Notes\nTalked about the budget.\n\n- [ ] ask about the Lviv office\n"
        "- [x] send the draft\n- [ ] ask about the new flat\n",
    )
    gone = _log(services, "note", [anna], NOW - timedelta(days=1), body="- [ ] trashed item")
    services.timeline.trash([gone])
    planned = _log(
        services,
        "meeting",
        [anna, bohdan, chen],
        datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
        duration=timedelta(hours=1),
        location="Café Lviv",
        subject="Quarterly review",
        body="Agenda:\n\n- [ ] budget\n",
    )

    tasks = services.tasks
    overdue = tasks.create(
        TaskDraft(
            "Send the contract", datetime(2026, 11, 20, 10, 0), "Europe/Kyiv", contacts=[anna]
        )
    ).first("task")
    later = tasks.create(
        TaskDraft("Book the flight", datetime(2026, 12, 1, 9, 0), "Europe/Kyiv", contacts=[anna])
    ).first("task")
    done = tasks.create(
        TaskDraft("Already done", datetime(2026, 11, 1, 9, 0), "Europe/Kyiv", contacts=[anna])
    ).first("task")
    tasks.complete(done)
    follow_up = tasks.create(
        TaskDraft(
            "Send the budget figures",
            datetime(2026, 11, 24, 9, 0),
            None,  # floating: the owner's zone
            interaction_id=with_items,
        )
    ).first("task")
    return Cast(anna, bohdan, chen, dana, planned, with_items, (m1, m2), overdue, later, follow_up)


def test_one_person_all_sections(services: Services, cast: Cast) -> None:
    briefing = services.briefing.for_contacts([cast.anna], now=NOW, zone=KYIV)
    assert briefing.meeting is None and briefing.shared is None
    (anna,) = briefing.people
    assert anna.name == "Anna Berg" and anna.nickname == "Annie"
    assert not anna.has_photo
    assert anna.email == "anna@example.org" and anna.phone_e164 == "+380441234567"
    assert anna.role is not None
    assert (anna.role.title, anna.role.organisation) == ("CTO", "Kyiv Digital")
    assert anna.met_on == PartialDate(5, 4, 2019) and anna.met_place == "DevFest"
    assert anna.introduced_by == (cast.bohdan, "Bohdan Shevchuk")
    assert anna.cadence_days == 30
    assert [g for _, g in anna.groups] == ["Work", "Family"]


def test_last_interactions_newest_first_without_planned_or_trashed(
    services: Services, cast: Cast
) -> None:
    (anna,) = services.briefing.for_contacts([cast.anna], now=NOW, zone=KYIV).people
    assert len(anna.interactions) == LAST_SHOWN
    first = anna.interactions[0]
    assert first.id == cast.with_items  # the trashed note and the planned meeting are not "last"
    assert (first.kind, first.channel, first.subject) == ("call", "phone", "Budget")
    assert first.snippet is not None and first.snippet.startswith("Notes Talked about the budget.")
    starts = [i.starts_at for i in anna.interactions]
    assert starts == sorted(starts, reverse=True)
    assert anna.last_contact == NOW - timedelta(days=3)
    assert anna.usual_channel == "phone"
    assert [i.id for i in anna.upcoming] == [cast.planned]


def test_open_tasks_and_follow_ups_with_overdue_marked(services: Services, cast: Cast) -> None:
    (anna,) = services.briefing.for_contacts([cast.anna], now=NOW, zone=KYIV).people
    tasks = {t.id: t for t in anna.tasks}
    assert set(tasks) == {cast.overdue, cast.later, cast.follow_up}  # not the done one
    assert [t.id for t in anna.tasks] == [cast.overdue, cast.follow_up, cast.later]  # by due
    assert tasks[cast.overdue].overdue
    assert tasks[cast.overdue].due == datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    assert not tasks[cast.later].overdue
    follow = tasks[cast.follow_up]
    assert follow.follow_up_of == cast.with_items and not follow.overdue
    assert follow.due == datetime(2026, 11, 24, 7, 0, tzinfo=UTC)  # 09:00 in Kyiv
    (bohdan,) = services.briefing.for_contacts([cast.bohdan], now=NOW, zone=KYIV).people
    assert bohdan.tasks == ()  # the follow-up's call was anna's alone


def test_relationships_read_from_each_side(services: Services, cast: Cast) -> None:
    briefing = services.briefing.for_contacts([cast.anna, cast.dana, cast.chen], now=NOW, zone=KYIV)
    anna, dana, chen = briefing.people
    assert [(r.label, r.other_name) for r in anna.relations] == [
        ("spouse", "Bohdan Shevchuk"),  # family first
        ("child", "Dana Berg"),
        ("manager", "Chen Li"),
    ]
    assert [r.family for r in anna.relations] == [True, True, False]
    assert [(r.label, r.other_id) for r in dana.relations] == [("parent", cast.anna)]
    assert [(r.label, r.other_id) for r in chen.relations] == [("report", cast.anna)]


def test_coming_dates_within_sixty_days_with_age_when_the_year_is_known(
    services: Services, cast: Cast
) -> None:
    briefing = services.briefing.for_contacts(
        [cast.anna, cast.bohdan, cast.chen], now=NOW, zone=KYIV
    )
    anna, bohdan, chen = briefing.people
    (birthday,) = anna.dates
    assert birthday.on == date(2026, 12, 1) and birthday.days_away == 8
    assert birthday.years is None  # no year given: no age invented
    (born,) = bohdan.dates
    assert born.on == date(2027, 1, 10) and born.days_away == 48 and born.years == 42
    assert chen.dates == ()  # 1 March is more than 60 days away


def test_a_date_today_in_the_owners_zone(services: Services, cast: Cast) -> None:
    late = datetime(2026, 11, 30, 22, 30, tzinfo=UTC)  # already 1 December in Kyiv
    (anna,) = services.briefing.for_contacts([cast.anna], now=late, zone=KYIV).people
    assert anna.dates[0].days_away == 0
    (anna,) = services.briefing.for_contacts([cast.anna], now=late, zone=UTC).people
    assert anna.dates[0].days_away == 1


def test_things_to_ask_from_notes_and_interactions_but_not_checked_ones(
    services: Services, cast: Cast
) -> None:
    (anna,) = services.briefing.for_contacts([cast.anna], now=NOW, zone=KYIV).people
    assert [(a.text, a.interaction_id) for a in anna.asks] == [
        ("ask about the new flat", None),  # from the notes; the call repeats it: listed once
        ("how is the marathon training going?", None),
        ("ask about the Lviv office", cast.with_items),
    ]
    lviv = anna.asks[2]
    assert lviv.starts_at == NOW - timedelta(days=3) and lviv.subject == "Budget"
    texts = [a.text for a in anna.asks]
    assert "sent her the book" not in texts and "send the draft" not in texts
    assert "trashed item" not in texts and "budget" not in texts  # trashed; planned


def test_a_meeting_with_three_participants(services: Services, cast: Cast) -> None:
    briefing = services.briefing.for_interaction(cast.planned, now=NOW, zone=KYIV)
    meeting = briefing.meeting
    assert meeting is not None and meeting.planned
    assert (meeting.kind, meeting.location, meeting.subject) == (
        "meeting",
        "Café Lviv",
        "Quarterly review",
    )
    assert meeting.duration_seconds == 3600 and meeting.body is not None
    # in the list's order (by family name)
    assert [p.name for p in briefing.people] == ["Anna Berg", "Chen Li", "Bohdan Shevchuk"]
    shared = briefing.shared
    assert shared is not None
    assert shared.groups == (("Work", (cast.anna, cast.chen, cast.bohdan)),)  # not Family
    assert shared.organisations == (("Kyiv Digital", (cast.anna, cast.chen)),)  # bohdan left
    assert shared.meetings_total == 2  # the call together is not a meeting
    assert [m.id for m in shared.meetings] == [cast.past_meetings[1], cast.past_meetings[0]]
    assert shared.meetings[0].with_names == (
        (cast.anna, "Anna Berg"),
        (cast.bohdan, "Bohdan Shevchuk"),
    )  # dana was there too, but is not in this meeting
    assert briefing.names[cast.chen] == "Chen Li"


def test_a_past_meeting_is_not_planned_and_not_its_own_shared_meeting(
    services: Services, cast: Cast
) -> None:
    briefing = services.briefing.for_interaction(cast.past_meetings[1], now=NOW, zone=KYIV)
    assert briefing.meeting is not None and not briefing.meeting.planned
    assert [p.id for p in briefing.people] == [cast.anna, cast.dana, cast.bohdan]
    assert briefing.shared is not None
    assert [m.id for m in briefing.shared.meetings] == [cast.past_meetings[0]]


def test_trashed_participants_are_left_out(services: Services, cast: Cast) -> None:
    services.contacts.trash([cast.chen])
    briefing = services.briefing.for_interaction(cast.planned, now=NOW, zone=KYIV)
    assert [p.id for p in briefing.people] == [cast.anna, cast.bohdan]  # chen is in the trash
    with pytest.raises(errors.NotFound):
        services.briefing.for_contacts([cast.anna, cast.chen])


def test_refusals(services: Services, cast: Cast) -> None:
    with pytest.raises(errors.BadInput):
        services.briefing.for_contacts([])
    with pytest.raises(errors.NotFound) as found:
        services.briefing.for_contacts([cast.anna, 999_999])
    assert "#999999" in found.value.message
    with pytest.raises(errors.NotFound):
        services.briefing.for_interaction(999_999)


def test_defaults_come_from_the_clock(services: Services, cast: Cast) -> None:
    briefing = services.briefing.for_contacts([cast.anna, cast.anna])
    assert briefing.now == NOW and len(briefing.people) == 1
    assert briefing.today == date(2026, 11, 23)


# -- the Markdown readers -------------------------------------------------------------------------


def test_open_items_in_markdown() -> None:
    text = (
        "- [ ] one\n* [ ] two\n+ [ ] three\n  - [ ] nested\n1. [ ] numbered\n"
        "- [x] done\n- [X] done too\n- [ ]\n- [] not a box\n-[ ] no space\ntext - [ ] inline\n"
        "- [ ] one\n"
    )
    assert open_items(text) == ["one", "two", "three", "nested", "numbered"]
    assert open_items(None) == [] and open_items("") == []


def test_snippets() -> None:
    assert snippet(None) is None and snippet("  \n ") is None
    assert snippet("## Title\nfirst   line\n\nsecond") == "Title first line second"
    long = "word " * 100
    cut = snippet(long, 40)
    assert cut is not None and cut.endswith("…") and len(cut) <= 40
    assert not cut[:-1].endswith(" ")
