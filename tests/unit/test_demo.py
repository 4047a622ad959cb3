"""The demo data generator: counts, trigger consistency, names, search, determinism."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fake_keyring import FileKeyring

from pcrm.clock import FixedClock
from pcrm.domain.names import PersonName, display_name_for, search_keys
from pcrm.domain.phones import to_e164
from pcrm.paths import StorePaths
from pcrm.services.demo import generate
from pcrm.services.session import Services
from pcrm.store.database import create_store
from pcrm.store.search import match_expression

CONTACTS = 300
INTERACTIONS = 3000
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _services(root: Path) -> Services:
    paths = StorePaths(root / "store")
    backend = FileKeyring(root / "k.json")
    db = create_store(paths, backend=backend)
    return Services(db, FixedClock(NOW, "Europe/Kyiv"), backend)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, dict[str, int]]]:
    services = _services(tmp_path_factory.mktemp("demo"))
    seen: list[tuple[str, int, int]] = []
    stats = generate(
        services,
        contacts=CONTACTS,
        interactions=INTERACTIONS,
        seed=7,
        progress=lambda stage, done, total: seen.append((stage, done, total)),
    )
    stats["progress_calls"] = len(seen)
    stats["progress_stages"] = len({s for s, _, _ in seen})
    try:
        yield services, stats
    finally:
        services.lock()


def _rows(services: Services, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
    with contextlib.closing(services.db.raw()) as raw:
        return list(raw.driver_connection.execute(sql, params).fetchall())


def _one(services: Services, sql: str, params: Any = ()) -> Any:
    return _rows(services, sql, params)[0][0]


def test_counts_match_the_stats_and_the_tables(demo: tuple[Services, dict[str, int]]) -> None:
    services, stats = demo
    assert stats["contacts"] == CONTACTS
    assert stats["interactions"] == INTERACTIONS
    assert stats["interaction_participants"] >= INTERACTIONS
    for table, count in stats.items():
        if table in ("busy_contact_id", "progress_calls", "progress_stages"):
            continue
        assert _one(services, f"SELECT count(*) FROM {table}") == count, table
    for table in (
        "organisations",
        "affiliations",
        "groups",
        "group_members",
        "relationships",
        "custom_field_values",
        "important_dates",
        "postal_addresses",
        "tasks",
        "alarms",
    ):
        assert stats[table] > 0, table
    assert _one(services, "SELECT count(*) FROM contact_search") == CONTACTS
    assert stats["progress_stages"] >= 4


def test_the_busy_contact(demo: tuple[Services, dict[str, int]]) -> None:
    services, stats = demo
    busy = stats["busy_contact_id"]
    assert (
        _one(services, "SELECT display_name FROM contacts WHERE id = ?", (busy,))
        == "Олена Коваленко"
    )
    taking_part = _one(
        services, "SELECT count(*) FROM interaction_participants WHERE contact_id = ?", (busy,)
    )
    assert taking_part == INTERACTIONS // 2
    newest = services.timeline.for_contact(busy, limit=100)
    assert len(newest) == 100
    assert [v.starts_at for v in newest] == sorted((v.starts_at for v in newest), reverse=True)
    assert all(busy in {cid for cid, _ in v.participants} for v in newest)


def test_every_interaction_has_participants_with_its_start(
    demo: tuple[Services, dict[str, int]],
) -> None:
    services, _ = demo
    lonely = "SELECT count(*) FROM interactions i WHERE NOT EXISTS " \
             "(SELECT 1 FROM interaction_participants p WHERE p.interaction_id = i.id)"  # fmt: skip
    assert _one(services, lonely) == 0
    mismatched = "SELECT count(*) FROM interaction_participants p JOIN interactions i " \
                 "ON i.id = p.interaction_id WHERE p.starts_at IS NOT i.starts_at"  # fmt: skip
    assert _one(services, mismatched) == 0
    # chronological: ids follow time, so "newest first" is "highest rowid first"
    out_of_order = "SELECT count(*) FROM interactions a JOIN interactions b ON b.id = a.id + 1 " \
                   "WHERE b.starts_at < a.starts_at"  # fmt: skip
    assert _one(services, out_of_order) == 0
    assert _one(services, "SELECT max(starts_at) FROM interactions") < NOW.strftime(
        "%Y-%m-%d %H:%M:%S"
    )
    kinds = {k for (k,) in _rows(services, "SELECT DISTINCT kind FROM interactions")}
    assert kinds == {"call", "meeting", "message", "note", "life_event"}
    assert _one(services, "SELECT max(n) FROM (SELECT count(*) AS n FROM interaction_participants "
                          "GROUP BY interaction_id)") >= 4  # fmt: skip


def test_last_interaction_at_is_what_the_triggers_keep(
    demo: tuple[Services, dict[str, int]],
) -> None:
    services, _ = demo
    differing = """
        SELECT count(*) FROM contacts c WHERE c.last_interaction_at IS NOT (
            SELECT max(p.starts_at) FROM interaction_participants p
            JOIN interactions i ON i.id = p.interaction_id
            WHERE p.contact_id = c.id AND i.deleted_at IS NULL)
    """
    assert _one(services, differing) == 0
    assert (
        _one(services, "SELECT count(*) FROM contacts WHERE last_interaction_at IS NOT NULL") > 50
    )


def test_foreign_keys_and_fts_settings_are_intact(demo: tuple[Services, dict[str, int]]) -> None:
    services, _ = demo
    assert _rows(services, "PRAGMA foreign_key_check") == []
    for table in ("contact_fts", "interaction_fts"):
        settings = dict(_rows(services, f"SELECT k, v FROM {table}_config"))
        assert settings.get("automerge", 4) == 4
        assert settings.get("crisismerge", 16) == 16
    # the run's connection-level changes are undone
    assert _one(services, "PRAGMA synchronous") == 2
    assert _one(services, "SELECT pcrm_fold('Йосип')") == "Иосип"


def test_names_keys_and_scripts(demo: tuple[Services, dict[str, int]]) -> None:
    services, _ = demo
    rows = _rows(services, "SELECT prefix, given, middle, family, suffix, nickname, display_name, "
                           "display_name_custom, sort_key, name_latin FROM contacts")  # fmt: skip
    cyrillic = latin = 0
    for prefix, given, middle, family, suffix, nickname, shown, custom, sort, name_latin in rows:
        name = PersonName(prefix, given, middle, family, suffix, nickname)
        assert shown == display_name_for(name, shown if custom else None)
        assert (sort, name_latin) == search_keys(name, shown)
        if _CYRILLIC.search(shown):
            cyrillic += 1
            assert name_latin
        else:
            latin += 1
    assert cyrillic > CONTACTS * 0.3
    assert latin > CONTACTS * 0.2
    # Slavic surnames come in both forms
    families = {
        f for (f,) in _rows(services, "SELECT family FROM contacts WHERE family IS NOT NULL")
    }
    assert any(f.endswith(("ова", "ева", "ська", "ska")) for f in families)
    assert any(f.endswith(("ов", "ев", "ський", "ski")) for f in families)


def test_fields_phones_dates_and_the_search_documents(
    demo: tuple[Services, dict[str, int]],
) -> None:
    services, _ = demo
    for value, normalized in _rows(services, "SELECT value, normalized FROM contact_fields "
                                             "WHERE kind = 'phone'"):  # fmt: skip
        assert normalized == to_e164(value), value
    for value, normalized in _rows(services, "SELECT value, normalized FROM contact_fields "
                                             "WHERE kind = 'email'"):  # fmt: skip
        assert normalized == value.strip().lower()
    kinds = {k for (k,) in _rows(services, "SELECT DISTINCT kind FROM contact_fields")}
    assert {"phone", "email", "messenger", "social"} <= kinds
    assert _one(services, "SELECT count(*) FROM contact_fields WHERE is_preferred") > 0
    assert (
        _one(
            services,
            "SELECT count(*) FROM important_dates WHERE kind = 'birthday' AND year IS NULL",
        )
        > 0
    )
    assert _one(services, "SELECT count(*) FROM important_dates WHERE kind = 'anniversary'") > 0
    assert _one(services, "SELECT count(*) FROM organisations WHERE parent_id IS NOT NULL") >= 0
    assert (
        _one(services, "SELECT count(*) FROM contacts WHERE cadence_days IS NOT NULL")
        > CONTACTS * 0.04
    )
    assert _one(services, "SELECT count(*) FROM contacts WHERE introduced_by_id IS NOT NULL") > 0
    assert _one(services, "SELECT count(DISTINCT type_id) FROM relationships") >= 4
    # children were written before their contact: the insert trigger gathered them all
    stale = """
        SELECT count(*) FROM contact_fields f JOIN contact_search s ON s.contact_id = f.contact_id
        WHERE instr(s.fields, f.value) = 0
    """
    assert _one(services, stale) == 0
    stale_orgs = """
        SELECT count(*) FROM affiliations a JOIN organisations o ON o.id = a.organisation_id
        JOIN contact_search s ON s.contact_id = a.contact_id WHERE instr(s.orgs, o.name) = 0
    """
    assert _one(services, stale_orgs) == 0


def test_tasks_recur_and_have_alarms(demo: tuple[Services, dict[str, int]]) -> None:
    services, _ = demo
    assert _one(services, "SELECT count(*) FROM tasks WHERE rrule = 'FREQ=MONTHLY;INTERVAL=3'") >= 0
    assert _one(services, "SELECT count(*) FROM tasks WHERE rrule IS NOT NULL") > 0
    assert _one(services, "SELECT count(*) FROM tasks WHERE next_due_at IS NULL") == 0
    for child in ("task_contacts", "alarms"):
        orphans = f"SELECT count(*) FROM tasks t WHERE NOT EXISTS (SELECT 1 FROM {child} c " \
                  "WHERE c.task_id = t.id)"  # fmt: skip
        assert _one(services, orphans) == 0
    agenda = services.tasks.agenda(days=120)
    assert any(item.task_id is not None for item in agenda)


def test_seasons_and_weekends(demo: tuple[Services, dict[str, int]]) -> None:
    services, _ = demo
    by_month = dict(_rows(services, "SELECT CAST(strftime('%m', starts_at) AS INTEGER), count(*) "
                                    "FROM interactions GROUP BY 1"))  # fmt: skip
    assert by_month[8] < by_month[10] * 0.7
    assert by_month[8] < by_month[4] * 0.8
    weekend = "SELECT strftime('%w', starts_at, '+2 hours') IN ('0', '6'), count(*) " \
              "FROM interactions WHERE kind != 'life_event' GROUP BY 1"  # fmt: skip
    weekday = dict(_rows(services, weekend))
    assert weekday[1] / 2 < weekday[0] / 5 * 0.6  # per day, weekends are quieter


def test_search_finds_cyrillic_and_latin_prefixes(demo: tuple[Services, dict[str, int]]) -> None:
    services, stats = demo
    found = services.search.quick("оле")
    assert found.contacts
    assert stats["busy_contact_id"] in services.search.contact_ids("олена коваленко", limit=500)
    # the transliteration finds Cyrillic names by Latin typing
    assert stats["busy_contact_id"] in services.search.contact_ids("olena kovalenko", limit=500)
    latin = _one(
        services, "SELECT given FROM contacts WHERE given GLOB '[A-Z]*' ORDER BY id LIMIT 1"
    )
    hits = services.search.quick(latin[:3].lower())
    assert hits.contacts
    assert services.search.interaction_ids("бюдж")
    assert services.search.interaction_ids("budg")


def test_fts_indexes_answer_for_a_sample(demo: tuple[Services, dict[str, int]]) -> None:
    services, _ = demo
    sample = _rows(services, "SELECT id, display_name FROM contacts WHERE deleted_at IS NULL "
                             "ORDER BY id LIMIT 60")  # fmt: skip
    for cid, shown in sample:
        word = re.findall(r"\w+", shown)[-1]
        expr = match_expression(word)
        ids = {
            r
            for (r,) in _rows(
                services, "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?", (expr,)
            )
        }
        assert cid in ids, (cid, shown)
    sample = _rows(
        services,
        "SELECT id, body FROM interactions WHERE body IS NOT NULL ORDER BY id DESC LIMIT 60",
    )
    for iid, body in sample:
        word = max(re.findall(r"\w+", body), key=len)
        expr = match_expression(word)
        query = "SELECT rowid FROM interaction_fts WHERE interaction_fts MATCH ?"
        ids = {r for (r,) in _rows(services, query, (expr,))}
        assert iid in ids, (iid, word)


def test_same_seed_same_names_and_more_data_appends(tmp_path: Path) -> None:
    first = _services(tmp_path / "a")
    second = _services(tmp_path / "b")
    try:
        generate(first, contacts=120, interactions=400, seed=3)
        generate(second, contacts=120, interactions=400, seed=3)
        names = "SELECT display_name FROM contacts ORDER BY id"
        assert _rows(first, names) == _rows(second, names)
        times = "SELECT starts_at, subject FROM interactions ORDER BY id"
        assert _rows(first, times) == _rows(second, times)
        stats = generate(second, contacts=50, interactions=100, seed=4)
        assert stats["busy_contact_id"] == 121
        assert _one(second, "SELECT count(*) FROM contacts") == 170
        assert _rows(second, "PRAGMA foreign_key_check") == []
        assert _rows(first, names) != _rows(second, names)
    finally:
        first.lock()
        second.lock()
