"""The first screen read straight from the store (no SQLAlchemy) against the ORM, and the cases
where it must not be read at all, so that the fast start never shows what the full open would
not."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fake_keyring import FileKeyring
from sqlalchemy import select, text

from pcrm.domain.card import AffiliationEntry, ContactCard, FieldEntry
from pcrm.paths import StorePaths
from pcrm.services import first_page, list_sources
from pcrm.services.contact_rows import ContactRow
from pcrm.services.demo import generate
from pcrm.services.list_sources import Source
from pcrm.services.preferences import TIME_ZONE
from pcrm.services.session import Services
from pcrm.services.tasks import TaskDraft
from pcrm.store import keys
from pcrm.store import models as m
from pcrm.store.database import create_store
from pcrm.store.lock import WriterLock


def orm_rows(services: Services) -> dict[int, ContactRow]:
    """Every contact's list row as the rules say, computed with the ORM object by object."""
    rows = {}
    with services.db.session() as s:
        for c in s.scalars(select(m.Contact)):

            def preferred(kind: str, c: m.Contact = c) -> str | None:
                found = [f for f in c.fields if f.kind == kind]
                found.sort(key=lambda f: (not f.is_preferred, f.position))
                return found[0].value if found else None

            affiliations = sorted(c.affiliations, key=lambda a: (not a.is_primary, a.position))
            due = s.scalars(
                select(m.Task.next_due_at)
                .join(m.TaskContact, m.TaskContact.task_id == m.Task.id)
                .where(m.TaskContact.contact_id == c.id, m.Task.status == "open")
                .where(m.Task.deleted_at.is_(None), m.Task.next_due_at.is_not(None))
            ).all()
            rows[c.id] = ContactRow(
                c.id,
                c.display_name,
                preferred("email"),
                preferred("phone"),
                affiliations[0].organisation.name if affiliations else None,
                c.last_interaction_at,
                c.is_favourite,
                c.is_archived,
                min(due, default=None),
            )
    return rows


@pytest.fixture
def demo(services: Services) -> Services:
    """Demo data, plus the cases the rules decide (see the first test)."""
    generate(services, contacts=300, interactions=1500)
    for card in (
        ContactCard(given="Ada", family="Preferred", fields=[email("a@x"), email("b@x", True)]),
        ContactCard(given="Bo", family="Phones", fields=[phone("+380 44 1"), phone("+380 44 2")]),
        ContactCard(
            given="Cy",
            family="Primary",
            affiliations=[AffiliationEntry(organisation="First Org"),
                          AffiliationEntry(organisation="Main Org", primary=True)],
        ),
    ):  # fmt: skip
        services.contacts.create(card)
    cy = services.contacts.resolve("Cy Primary")
    for day, done, trashed in ((3, False, False), (1, True, False), (2, False, True)):
        made = services.tasks.create(
            TaskDraft(f"call {day}", datetime(2026, 12, day, 10), "Europe/Kyiv", contacts=[cy])
        )
        if done:
            services.tasks.complete(made.first("task"))
        if trashed:
            services.tasks.trash([made.first("task")])
    services.contacts.set_archived([services.contacts.resolve("Bo Phones")], True)
    return services


def email(value: str, preferred: bool = False) -> FieldEntry:
    return FieldEntry(kind="email", value=value, preferred=preferred)


def phone(value: str) -> FieldEntry:
    return FieldEntry(kind="phone", value=value)


def test_the_rows_follow_the_rules_as_the_orm_reads_them(demo: Services) -> None:
    expected = orm_rows(demo)
    assert demo.contacts.rows(list(expected)) == expected
    ada, bo, cy = (demo.contacts.resolve(n) for n in ("Ada Preferred", "Bo Phones", "Cy Primary"))
    assert expected[ada].email == "b@x"  # the preferred one, though not the first
    assert expected[bo].phone == "+380 44 1" and expected[bo].archived
    assert expected[cy].organisation == "Main Org"  # the primary one, though not the first
    kyiv = ZoneInfo("Europe/Kyiv")
    assert expected[cy].next_due_at == datetime(2026, 12, 3, 10, tzinfo=kyiv)  # the open task


@pytest.mark.parametrize("order", list_sources.ORDER_KEYS)
def test_the_first_page_is_the_head_of_the_full_list(
    demo: Services, keyring_backend: FileKeyring, order: str
) -> None:
    everyone = demo.lists.ids(Source(), order)
    rows = demo.contacts.rows(everyone[:40])
    demo.lock()  # an open store is held by its writer: the app reads before it opens one
    page = first_page.peek(demo.paths, keyring_backend, order, rows=40)
    assert page is not None
    assert len(page.ids) == len(everyone)
    assert list(page.ids[:40]) == list(everyone[:40]) and not any(page.ids[40:])
    assert page.rows == rows
    assert page.fetch(everyone[:3]) == {i: rows[i] for i in everyone[:3]}
    assert page.zone is None


def test_the_ids_by_name_are_the_orm_order(demo: Services, keyring_backend: FileKeyring) -> None:
    with demo.db.session() as s:
        c = m.Contact
        live = select(c.id).where(c.deleted_at.is_(None), c.is_archived.is_(False))
        expected = list(s.scalars(live.order_by(c.sort_key, c.id)))
    demo.lock()
    page = first_page.peek(demo.paths, keyring_backend, rows=len(expected))
    assert page is not None and list(page.ids) == expected


def test_the_owner_zone_comes_with_the_page(services: Services, keyring_backend) -> None:
    assert TIME_ZONE.key == first_page.TIME_ZONE_KEY
    services.preferences.set(TIME_ZONE.key, "America/Toronto")
    services.lock()
    page = first_page.peek(services.paths, keyring_backend)
    assert page is not None and page.time_zone() == ZoneInfo("America/Toronto")
    assert page.ids.tolist() == []


def test_a_passphrase_store_is_not_read(store_paths: StorePaths, keyring_backend) -> None:
    create_store(store_paths, passphrase="correct horse battery").close()
    assert first_page.peek(store_paths, keyring_backend) is None


def test_no_store_or_no_keyring_is_not_read(services: Services, tmp_path: Path) -> None:
    services.lock()
    assert first_page.peek(StorePaths(tmp_path / "none"), services.backend) is None
    assert first_page.peek(services.paths, None) is None
    assert first_page.peek(services.paths, services.backend) is not None


def test_an_outdated_schema_is_left_to_the_upgrade(services: Services, keyring_backend) -> None:
    with services.db.session() as s, s.begin():
        s.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    services.lock()
    assert first_page.peek(services.paths, keyring_backend) is None


def test_a_store_held_by_another_pcrm_is_not_read(
    store_paths: StorePaths, keyring_backend: FileKeyring
) -> None:
    create_store(store_paths, backend=keyring_backend).close()
    held = WriterLock(store_paths.lock)
    held.acquire()
    try:
        assert first_page.peek(store_paths, keyring_backend) is None
    finally:
        held.release()
    assert first_page.peek(store_paths, keyring_backend) is not None


def test_a_missing_key_or_a_rotation_to_finish_is_not_read(
    store_paths: StorePaths, keyring_backend: FileKeyring, tmp_path: Path
) -> None:
    create_store(store_paths, backend=keyring_backend).close()
    assert first_page.peek(store_paths, FileKeyring(tmp_path / "other.json")) is None
    meta = keys.read_meta(store_paths)
    assert meta is not None
    meta.pending_check = "0" * 32
    keys.write_meta(store_paths, meta)
    assert first_page.peek(store_paths, keyring_backend) is None


def test_a_damaged_file_is_left_exactly_as_it_was(
    store_paths: StorePaths, keyring_backend: FileKeyring
) -> None:
    create_store(store_paths, backend=keyring_backend).close()
    data = store_paths.database.read_bytes()
    store_paths.database.write_bytes(data[: len(data) // 2 // 4096 * 4096])  # cut at a page
    before = sorted(p.name for p in store_paths.root.iterdir())
    assert first_page.peek(store_paths, keyring_backend) is None
    assert sorted(p.name for p in store_paths.root.iterdir()) == before
