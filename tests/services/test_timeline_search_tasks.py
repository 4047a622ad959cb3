"""The timeline and its triggers, search, and tasks / the agenda, over a real store."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from pcrm import errors
from pcrm.clock import FixedClock
from pcrm.domain.card import AffiliationEntry, ContactCard, DateEntry, FieldEntry
from pcrm.domain.dates import PartialDate
from pcrm.services.session import Services
from pcrm.services.tasks import TaskDraft
from pcrm.services.timeline import InteractionDraft
from pcrm.store.search import CancelToken


def add(services: Services, given: str, family: str | None = None, **kw: object) -> int:
    return services.contacts.create(ContactCard(given=given, family=family, **kw)).first("contact")  # type: ignore[arg-type]


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 11, day, hour, tzinfo=UTC)


def test_logging_resets_every_participants_clock(services: Services) -> None:
    a, b, c = add(services, "Ann"), add(services, "Bob"), add(services, "Cid")
    first = services.timeline.log(
        InteractionDraft("meeting", [a, b, c], starts_at=at(1), body="Kick-off")
    )
    meeting = first.first("interaction")
    assert first.updated["contact"] == {a, b, c}
    assert {services.contacts.get(x).last_interaction_at for x in (a, b, c)} == {at(1)}
    services.timeline.log(InteractionDraft("call", [a], starts_at=at(5), channel="phone"))
    assert services.contacts.get(a).last_interaction_at == at(5)
    assert services.contacts.get(b).last_interaction_at == at(1)
    # moving and trashing interactions keeps the clock right (triggers)
    services.timeline.update(
        meeting, InteractionDraft("meeting", [a, b, c], starts_at=at(3), body="Kick-off")
    )
    assert services.contacts.get(b).last_interaction_at == at(3)
    services.timeline.trash([meeting])
    assert services.contacts.get(b).last_interaction_at is None
    assert services.contacts.get(a).last_interaction_at == at(5)
    services.timeline.restore([meeting])
    assert services.contacts.get(c).last_interaction_at == at(3)


def test_log_refuses_bad_input(services: Services) -> None:
    a = add(services, "Ann")
    for draft in (
        InteractionDraft("party", [a]),
        InteractionDraft("call", []),
        InteractionDraft("call", [a], direction="sideways"),
        InteractionDraft("call", [a], duration=timedelta(minutes=-5)),
        InteractionDraft("call", [a], time_zone="Nowhere/Land"),
    ):
        with pytest.raises(errors.BadInput):
            services.timeline.log(draft)
    with pytest.raises(errors.NotFound):
        services.timeline.log(InteractionDraft("call", [a, 999]))
    assert services.timeline.recent() == []


def test_contact_timeline_is_newest_first_with_paging_and_filters(services: Services) -> None:
    a, b = add(services, "Ann"), add(services, "Bob")
    for day in range(1, 21):
        kind = "call" if day % 2 else "message"
        services.timeline.log(
            InteractionDraft(
                kind,
                [a, b] if day % 5 == 0 else [a],
                starts_at=at(day),
                channel="phone" if kind == "call" else "telegram",
            )
        )
    page = services.timeline.for_contact(a, limit=7)
    assert [v.starts_at.day for v in page] == list(range(20, 13, -1))
    nxt = services.timeline.for_contact(a, limit=7, before=(page[-1].starts_at, page[-1].id))
    assert [v.starts_at.day for v in nxt] == list(range(13, 6, -1))
    assert len(services.timeline.for_contact(a, limit=None)) == 20
    assert {v.kind for v in services.timeline.for_contact(a, kinds=["call"], limit=None)} == {
        "call"
    }
    assert len(services.timeline.for_contact(a, channels=["telegram"], limit=None)) == 10
    assert [v.starts_at.day for v in services.timeline.for_contact(b, limit=None)] == [
        20,
        15,
        10,
        5,
    ]
    shared = services.timeline.for_contact(b, limit=1)[0]
    assert sorted(n for _, n in shared.participants) == ["Ann", "Bob"]


def test_search_folds_case_diacritics_and_scripts(services: Services) -> None:
    olena = add(services, "Олена", "Йосипенко", fields=[FieldEntry("email", "olena@example.org")])
    rene = add(
        services, "René", "Müller", affiliations=[AffiliationEntry("Café Noir", title="CTO")]
    )
    services.timeline.log(
        InteractionDraft("note", [olena], starts_at=at(2), body="Обговорили їжу й каву в Кафе")
    )
    assert services.search.contact_ids("оле") == [olena]
    assert services.search.contact_ids("ОЛЕНА") == [olena]
    assert services.search.contact_ids("иосип") == [olena]  # й folds to и
    assert services.search.contact_ids("olena") == [olena]  # e-mail and transliteration
    assert services.search.contact_ids("iosyp") == [olena]  # transliterated surname
    assert services.search.contact_ids("rene mull") == [rene]
    assert services.search.contact_ids("cafe") == [rene]  # organisation, Latin diacritics
    assert services.search.contact_ids("cto") == [rene]
    assert len(services.search.interaction_ids("іжу")) == 1  # ї folds to і
    assert services.search.contact_ids("o") == []  # two characters at least
    for hostile in ('"', "AND OR NOT", "*", "a:b", "NEAR(", "'; DROP TABLE contacts; --"):
        services.search.quick(hostile)  # never a syntax error
    results = services.search.quick("кафе")
    assert [h.id for h in results.interactions] and "Кафе" in results.interactions[0].snippet


def test_search_follows_edits_and_organisation_renames(services: Services) -> None:
    cid = add(services, "Ann", affiliations=[AffiliationEntry("Globex")])
    org = services.organisations.list()[0].id
    services.organisations.rename(org, "Initech")
    assert services.search.contact_ids("initech") == [cid]
    assert services.search.contact_ids("globex") == []
    card = services.contacts.get(cid)
    card.fields.append(FieldEntry("phone", "+380 50 000 1122"))
    services.contacts.update(cid, card)
    assert services.search.contact_ids("380500001122") == [cid]


def test_the_index_matches_a_brute_force_scan_after_random_edits(services: Services) -> None:
    rng = random.Random(7)
    words = ["alpha", "beta", "gamma", "дельта", "ёжик", "zeta"]
    ids = [add(services, rng.choice(words).title()) for _ in range(30)]
    for _ in range(120):
        cid = rng.choice(ids)
        card = services.contacts.get(cid)
        choice = rng.random()
        if choice < 0.4:
            card.given = rng.choice(words).title()
        elif choice < 0.7:
            card.fields = [FieldEntry("email", f"{rng.choice(words)}{rng.randint(1, 9)}@x.org")]
        else:
            card.notes = " ".join(rng.choice(words) for _ in range(3))
        services.contacts.update(cid, card)
    with services.db.session() as s:
        docs = s.execute(text("SELECT contact_id, names, fields, notes FROM contact_search")).all()
    for word, folded in (
        ("alpha", "alpha"),
        ("дельта", "дельта"),
        ("ежик", "ежик"),
        ("zeta", "zeta"),
    ):
        expected = {
            cid
            for cid, *parts in docs
            if any(folded in (p or "").lower().replace("ё", "е") for p in parts)
        }
        assert set(services.search.contact_ids(word, limit=100)) == expected, word


def test_ranked_search_orders_by_relevance_and_can_be_cancelled(services: Services) -> None:
    a = add(services, "Ann")
    services.timeline.log(
        InteractionDraft(
            "note", [a], starts_at=at(1), subject="budget", body="budget budget budget"
        )
    )
    services.timeline.log(
        InteractionDraft("note", [a], starts_at=at(2), body="a word about the budget")
    )
    ranked = services.search.ranked("budget")
    assert [h.starts_at.day for h in ranked.interactions] == [1, 2]
    token = CancelToken()
    token.cancel()
    for i in range(2000):
        services.timeline.log(
            InteractionDraft("note", [a], starts_at=at(3), body=f"budget line {i}")
        )
    with pytest.raises(errors.SearchInterrupted):
        services.search.ranked("budget", token)


def test_reminders_recur_and_the_agenda_shows_what_is_due(
    services: Services, clock: FixedClock
) -> None:
    olena = add(services, "Olena", dates=[DateEntry(PartialDate(11, 25))], cadence_days=10)
    leap = add(services, "Leap", dates=[DateEntry(PartialDate(2, 29, 2000))])
    services.timeline.log(InteractionDraft("call", [olena], starts_at=at(10)))
    task = services.tasks.create(
        TaskDraft(
            "Call Olena",
            datetime(2026, 11, 23, 16, 0),
            rrule="FREQ=MONTHLY;INTERVAL=3",
            contacts=[olena],
            alarms_minutes=[15],
        )
    ).first("task")
    items = services.tasks.agenda(days=7)
    kinds = {(i.kind, i.title.split(":")[0]) for i in items}
    assert ("reminder", "Call Olena") in kinds
    assert ("birthday", "Olena") in kinds
    assert ("touch", "Get in touch with Olena") in kinds  # last call on the 10th + 10 days
    touch = next(i for i in items if i.kind == "touch")
    assert touch.overdue
    services.tasks.complete(task)
    nxt = [i for i in services.tasks.agenda(days=100) if i.task_id == task]
    assert nxt[0].at.date().isoformat() == "2027-02-23" and nxt[0].at.hour == 16
    # snoozing moves it; the year-less birthday and 29 February come round each year
    services.tasks.snooze(task, datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    assert any(i.task_id == task for i in services.tasks.agenda(days=2))
    clock.advance(datetime(2027, 2, 27, 12, 0, tzinfo=UTC) - clock.now())
    leap_items = [
        i for i in services.tasks.agenda(days=3) if i.contacts and i.contacts[0][0] == leap
    ]
    assert [i.at.date().isoformat() for i in leap_items] == ["2027-02-28"]
    assert "(27)" in leap_items[0].title
    services.tasks.dismiss(task)
    assert not any(i.task_id == task for i in services.tasks.agenda(days=365))


def test_task_input_is_validated(services: Services) -> None:
    with pytest.raises(errors.BadInput):
        services.tasks.create(TaskDraft("  ", datetime(2026, 12, 1, 9, 0)))
    with pytest.raises(errors.BadInput):
        services.tasks.create(
            TaskDraft("x", datetime(2026, 12, 1, 9, 0), time_zone="Atlantis/City")
        )
    with pytest.raises(ValueError):
        services.tasks.create(TaskDraft("x", datetime(2026, 12, 1, 9, 0), rrule="FREQ=NEVER"))


def test_quick_search_shows_interactions_newest_first_even_when_stored_out_of_order(
    services: Services,
) -> None:
    a = add(services, "Ann")
    for day in (5, 1, 9, 3):  # logged out of order, as an import of old history would be
        services.timeline.log(
            InteractionDraft("note", [a], starts_at=at(day), body=f"harvest {day}")
        )
    assert [h.starts_at.day for h in services.search.quick("harvest").interactions] == [9, 5, 3, 1]


def test_update_checks_like_log_and_keeps_every_field(services: Services) -> None:
    a, b = add(services, "Ann"), add(services, "Bob")
    created = services.timeline.log(InteractionDraft("note", [a], starts_at=at(2), body="x"))
    iid = created.first("interaction")
    services.timeline.update(
        iid,
        InteractionDraft(
            "life_event", [a, b], life_event="married", time_zone="Asia/Tokyo", all_day=True
        ),
    )
    view = services.timeline.get(iid)
    assert (view.kind, view.life_event, view.time_zone) == ("life_event", "married", "Asia/Tokyo")
    assert view.starts_at == at(2)  # no new start given: kept
    assert sorted(n for _, n in view.participants) == ["Ann", "Bob"]
    for bad in (
        InteractionDraft("note", []),
        InteractionDraft("note", [a, 999]),
        InteractionDraft("note", [a], starts_at=datetime(2026, 11, 2, 12)),
        InteractionDraft("note", [a], duration=timedelta(minutes=-1)),
    ):
        with pytest.raises((errors.BadInput, errors.NotFound)):
            services.timeline.update(iid, bad)
    assert services.timeline.get(iid).life_event == "married"  # refused updates changed nothing


def test_agenda_days_are_calendar_days_for_everything(
    services: Services, clock: FixedClock
) -> None:
    clock.instant = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)  # 08:00 in Kyiv
    add(services, "Bday", dates=[DateEntry(PartialDate(11, 24))])
    services.tasks.create(TaskDraft("tonight", datetime(2026, 11, 23, 18, 0)))
    services.tasks.create(TaskDraft("tomorrow morning", datetime(2026, 11, 24, 10, 0)))
    services.tasks.create(TaskDraft("the day after", datetime(2026, 11, 25, 10, 0)))
    today = {i.title for i in services.tasks.agenda(days=0)}
    assert today == {"tonight"}
    two_days = {i.title.split(":")[0] for i in services.tasks.agenda(days=1)}
    assert two_days == {"tonight", "tomorrow morning", "Bday"}


def test_completing_an_overdue_recurring_task_moves_it_past_now(
    services: Services, clock: FixedClock
) -> None:
    daily = services.tasks.create(
        TaskDraft("stretch", datetime(2026, 11, 13, 9, 0), rrule="FREQ=DAILY")
    ).first("task")
    assert [i.overdue for i in services.tasks.agenda(days=0) if i.task_id == daily] == [True]
    services.tasks.complete(daily)
    upcoming = [i for i in services.tasks.agenda(days=1) if i.task_id == daily]
    assert [(i.at.date().isoformat(), i.at.hour, i.overdue) for i in upcoming] == [
        ("2026-11-24", 9, False)
    ]


def test_common_latin_spellings_find_cyrillic_names(services: Services) -> None:
    people = {
        "Юлія": add(services, "Юлія", "Ткач"),
        "Ярослав": add(services, "Ярослав", "Мельник"),
        "Євген": add(services, "Євген", "Бойко"),
        "Яна": add(services, "Яна", "Соколова"),
        "Анастасия": add(services, "Анастасия", "Ёлкина"),
    }
    for spelling, who in (
        ("yulia", "Юлія"), ("yuliia", "Юлія"), ("iuliia", "Юлія"), ("tkach", "Юлія"),
        ("yaroslav", "Ярослав"), ("iaroslav", "Ярослав"),
        ("melnyk", "Ярослав"), ("melnik", "Ярослав"),
        ("yevhen", "Євген"), ("yevgen", "Євген"), ("boyko", "Євген"), ("boiko", "Євген"),
        ("yana", "Яна"), ("anastasia", "Анастасия"),
        ("yolkina", "Анастасия"), ("elkina", "Анастасия"),
    ):  # fmt: skip
        assert services.search.contact_ids(spelling) == [people[who]], spelling
