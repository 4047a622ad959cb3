"""Migration 0002 remakes the FTS5 tables with prefix indexes: a store made before it finds the
same contacts and interactions after the upgrade, Cyrillic folding and transliteration included."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command

from pcrm.domain.card import ContactCard
from pcrm.services.session import Services
from pcrm.services.timeline import InteractionDraft
from pcrm.store import migrate


def _alembic(services: Services, action: str, revision: str) -> None:
    cfg = migrate._config(None)
    with services.db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, action)(cfg, revision)
        conn.commit()


def _fts_sql(services: Services) -> list[str]:
    with services.db.engine.connect() as conn:
        return [
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name IN ('contact_fts', 'interaction_fts')"
            )
        ]


QUERIES = ("оле", "olena", "ко", "київ", "ross", "budget", "бюдж", "ma")


def _found(services: Services) -> dict[str, tuple[list[int], list[int]]]:
    return {query: services.search.ids(query) for query in QUERIES}


def test_search_finds_the_same_before_and_after_the_prefix_index_upgrade(
    services: Services,
) -> None:
    olena = services.contacts.create(
        ContactCard(given="Олена", family="Коваленко", notes="Київ, budget owner")
    ).first("contact")
    marco = services.contacts.create(ContactCard(given="Marco", family="Rossi")).first("contact")
    meeting = services.timeline.log(
        InteractionDraft(
            kind="meeting",
            starts_at=datetime(2026, 11, 2, 9, tzinfo=UTC),
            subject="Бюджет на 2027",
            body="Marco and Олена went over the budget in Київ",
            participants=[olena],
        )
    ).first("interaction")
    assert all("prefix='2 3'" in sql for sql in _fts_sql(services))
    at_head = _found(services)
    assert at_head == {
        "оле": ([olena], [meeting]),
        "olena": ([olena], []),  # names are transliterated, interaction text is not
        "ко": ([olena], []),
        "київ": ([olena], [meeting]),
        "ross": ([marco], []),
        "budget": ([olena], [meeting]),
        "бюдж": ([], [meeting]),
        "ma": ([marco], [meeting]),
    }

    _alembic(services, "downgrade", "0001")
    assert not any("prefix" in sql for sql in _fts_sql(services))
    assert _found(services) == at_head

    _alembic(services, "upgrade", "head")
    assert all("prefix='2 3'" in sql for sql in _fts_sql(services))
    assert _found(services) == at_head
