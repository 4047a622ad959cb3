"""Preferences over a real encrypted store: the schema's checks, defaults, persistence, and the
home region reaching phone normalisation."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from fake_keyring import FileKeyring

from pcrm import errors
from pcrm.clock import FixedClock, OwnerClock, local_zone
from pcrm.domain import phones
from pcrm.domain.card import ContactCard, FieldEntry
from pcrm.paths import StorePaths
from pcrm.services import preferences as prefs
from pcrm.services.preferences import Kind, Preference, PreferenceService
from pcrm.services.session import Services, unlock
from pcrm.store import models as m
from pcrm.store.database import open_database


def reopen(services: Services, **kwargs: str) -> Services:
    """The same store, locked and opened again (nothing cached survives)."""
    services.lock()
    db = open_database(services.paths, backend=services.backend)
    return Services(db, services.clock, services.backend, **kwargs)


def test_defaults_come_from_the_schema(services: Services) -> None:
    assert services.preferences.all() == {p.key: p.default for p in prefs.SCHEMA}
    assert services.preferences.home_region() == "UA"
    assert services.preferences.get("lock.idle_minutes") == 10
    assert services.preferences.time_zone() is None
    assert services.preferences.stored() == {}


def test_every_preference_documents_itself_and_allows_its_default() -> None:
    keys = [p.key for p in prefs.SCHEMA]
    assert len(keys) == len(set(keys))
    for p in prefs.SCHEMA:
        assert p.label and p.help.endswith(".") and p.section
        assert p.check(p.default) == p.default
        assert p.parse(p.show(p.default)) == p.default


def test_a_value_set_is_kept_in_the_store(services: Services) -> None:
    changes = services.preferences.set("phones.home_region", "pl")
    assert prefs.PREFERENCE in changes.updated
    services.preferences.set("lock.idle_minutes", 0)
    services.preferences.set("time.zone", "America/Toronto")
    again = reopen(services)
    try:
        assert again.preferences.home_region() == "PL"
        assert again.preferences.get("lock.idle_minutes") == 0
        assert again.preferences.time_zone() == ZoneInfo("America/Toronto")
    finally:
        again.lock()


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        ("lock.idle_minutes", 1441, "from 0 to 1440"),
        ("lock.idle_minutes", -1, "from 0 to 1440"),
        ("lock.idle_minutes", True, "is not a whole number"),
        ("lock.idle_minutes", "10", "is not a whole number"),
        ("dates.feb29", "feb30", "is not one of feb28, mar1"),
        ("phones.home_region", "ZZ", "not a region code"),
        ("phones.home_region", 380, "is not a two-letter region code"),
        ("time.zone", "Mars/Olympus", "not an IANA time zone"),
        ("capture.default_kind", "task", "is not one of call, meeting"),
    ],
)
def test_a_bad_value_is_refused_and_nothing_changes(
    services: Services, key: str, value: object, reason: str
) -> None:
    services.preferences.set("lock.idle_minutes", 5)
    with pytest.raises(errors.BadInput) as caught:
        services.preferences.set(key, value)  # type: ignore[arg-type]
    assert reason in caught.value.message
    assert services.preferences.stored() == {"lock.idle_minutes": 5}


def test_an_unknown_key_is_not_found(services: Services) -> None:
    with pytest.raises(errors.NotFound, match="No setting matches 'colour'"):
        services.preferences.get("colour")
    with pytest.raises(errors.NotFound):
        services.preferences.set("colour", "red")


def test_the_command_line_forms_parse() -> None:
    assert prefs.IDLE_MINUTES.parse(" 15 ") == 15
    assert prefs.TIME_ZONE.parse("system") is None
    assert prefs.TIME_ZONE.parse("Europe/Warsaw") == "Europe/Warsaw"
    assert prefs.HOME_REGION.parse("gb") == "GB"
    assert prefs.FEB29.parse("mar1") == "mar1"
    flag = Preference("x.flag", Kind.BOOL, False, "S", "Flag", "A flag.")
    assert flag.parse("Yes") is True and flag.parse("off") is False
    assert flag.show(True) == "yes"
    with pytest.raises(errors.BadInput, match=r"x\.flag: 'maybe' is not yes or no"):
        flag.parse("maybe")
    with pytest.raises(errors.BadInput, match="'ten' is not a whole number"):
        prefs.IDLE_MINUTES.parse("ten")


def test_text_is_one_line_within_its_length() -> None:
    text = Preference("x.text", Kind.TEXT, "", "S", "Text", "Some text.", maximum=10)
    assert text.check("  two\n words ") == "two words"
    with pytest.raises(errors.BadInput, match="at most 10 characters"):
        text.check("eleven char")


def test_replace_checks_everything_before_writing_anything(services: Services) -> None:
    p = services.preferences
    p.set("dates.feb29", "mar1")
    with pytest.raises(errors.BadInput):
        p.replace({"lock.idle_minutes": 3, "phones.home_region": "ZZ"})
    assert p.stored() == {"dates.feb29": "mar1"}
    p.replace({"lock.idle_minutes": 3, "phones.home_region": "ua"})
    assert p.stored() == {"lock.idle_minutes": 3, "phones.home_region": "UA"}
    assert p.get("dates.feb29") == "feb28"


def test_reset_one_or_all(services: Services) -> None:
    p = services.preferences
    p.set("lock.idle_minutes", 3)
    p.set("dates.feb29", "mar1")
    p.reset("lock.idle_minutes")
    assert p.stored() == {"dates.feb29": "mar1"}
    p.reset()
    assert p.all() == {x.key: x.default for x in prefs.SCHEMA}


def test_a_value_the_schema_no_longer_allows_falls_back_to_the_default(
    services: Services,
) -> None:
    with services.db.session() as s, s.begin():
        s.add(m.Setting(key="lock.idle_minutes", value="ten"))
        s.add(m.Setting(key="dates.feb29", value="mar1"))
        s.add(m.Setting(key="someone.elses", value=[1, 2]))
    again = reopen(services)
    try:
        assert again.preferences.stored() == {"dates.feb29": "mar1"}
        assert again.preferences.get("lock.idle_minutes") == 10
        again.preferences.reset()
        with again.db.session() as s:
            assert s.get(m.Setting, "someone.elses") is not None  # not ours: left alone
    finally:
        again.lock()


def test_the_system_region_is_the_default_until_the_owner_picks_one(
    services: Services,
) -> None:
    again = reopen(services, system_region="PL")
    try:
        p = again.preferences
        assert p.home_region() == "PL" and p.default("phones.home_region") == "PL"
        p.set("phones.home_region", "UA")
        assert p.home_region() == "UA"
    finally:
        again.lock()


def test_a_region_pcrm_does_not_know_leaves_the_fallback(
    services: Services, clock: FixedClock
) -> None:
    p = PreferenceService(services.db, clock, {"phones.home_region": "XX", "nope": 1})
    assert p.home_region() == phones.DEFAULT_REGION


def test_the_home_region_reads_numbers_typed_without_a_plus(services: Services) -> None:
    ua = services.contacts.create(ContactCard(given="Olena", fields=[phone("067 123 4567")]))
    services.preferences.set("phones.home_region", "PL")
    pl = services.contacts.create(ContactCard(given="Ola", fields=[phone("512 345 678")]))
    olena = services.contacts.get(ua.first("contact"))
    ola = services.contacts.get(pl.first("contact"))
    assert olena.fields[0].normalized == "+380671234567"
    assert ola.fields[0].normalized == "+48512345678"
    assert services.contacts.resolve("512-345-678") == ola.id
    assert services.contacts.resolve("+380 67 123 4567") == olena.id


def phone(value: str) -> FieldEntry:
    return FieldEntry(kind="phone", value=value, preferred=True)


@pytest.mark.parametrize(
    ("tag", "region"),
    [
        ("uk_UA.UTF-8", "UA"),
        ("en_GB", "GB"),
        ("pt-br", "BR"),
        ("sr_RS@latin", "RS"),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("en", None),
        ("en_ZZ.UTF-8", None),
    ],
)
def test_a_region_from_a_locale_name(tag: str, region: str | None) -> None:
    assert phones.region_from_locale(tag) == region


def test_the_system_region_follows_the_c_library_order() -> None:
    assert phones.system_region({"LANG": "pl_PL.UTF-8"}) == "PL"
    assert phones.system_region({"LC_TELEPHONE": "de_DE", "LANG": "pl_PL"}) == "DE"
    assert phones.system_region({"LC_ALL": "C", "LANG": "pl_PL"}) is None
    assert phones.system_region({"LC_ALL": "", "LANG": "fr_FR"}) == "FR"
    assert phones.system_region({}) is None


def test_unlock_takes_the_region_it_is_given(
    services: Services, store_paths: StorePaths, keyring_backend: FileKeyring, clock: FixedClock
) -> None:
    services.lock()
    again = unlock(store_paths, clock, lambda _: None, backend=keyring_backend, system_region="GB")
    try:
        assert again.preferences.home_region() == "GB"
    finally:
        again.lock()


def test_the_owner_clock_follows_the_chosen_zone(services: Services) -> None:
    clock = OwnerClock()
    assert clock.zone() == local_zone()
    clock.follow(services.preferences)
    assert clock.zone() == local_zone()
    services.preferences.set("time.zone", "Asia/Tokyo")
    assert clock.zone() == ZoneInfo("Asia/Tokyo")
    assert clock.local_now().utcoffset() is not None
    clock.follow(None)
    assert clock.zone() == local_zone()
