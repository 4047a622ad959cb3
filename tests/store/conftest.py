"""Fixtures for the store tests: real SQLCipher stores on disk and byte-exact snapshots of them."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pcrm.paths import StorePaths
from pcrm.store.database import Database
from pcrm.store.models import Contact, Interaction

PASSPHRASE = "correct horse battery staple 🐎"
WHEN = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)

Snapshot = dict[str, str]


def snapshot(paths: StorePaths) -> Snapshot:
    """Every file in the store folder with the sha256 of its bytes (the lock file by name only)."""
    if not paths.root.exists():
        return {}
    result: Snapshot = {}
    for item in sorted(paths.root.iterdir()):
        if item.is_dir():
            result[item.name + "/"] = "dir"
        elif item.name == paths.lock.name:
            result[item.name] = "lock"  # its content is the pid of the last writer
        else:
            result[item.name] = hashlib.sha256(item.read_bytes()).hexdigest()
    return result


def add_contacts(db: Database, count: int, *, notes_size: int = 0, prefix: str = "Person") -> None:
    """Insert ``count`` contacts (and one interaction each) through the ORM, in one transaction."""
    filler = ("lorem ipsum dolor sit amet " * (notes_size // 27 + 1))[:notes_size]
    with db.session() as session, session.begin():
        for i in range(count):
            session.add(
                Contact(
                    display_name=f"{prefix} {i}",
                    given=prefix,
                    family=str(i),
                    notes=f"{filler} {i}" if notes_size else None,
                    created_at=WHEN,
                    updated_at=WHEN,
                )
            )
            session.add(
                Interaction(
                    kind="note",
                    starts_at=WHEN,
                    time_zone="Europe/Kyiv",
                    subject=f"met {prefix} {i}",
                    body=filler or None,
                    created_at=WHEN,
                    updated_at=WHEN,
                )
            )


def contact_names(db: Database) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(Contact.display_name).order_by(Contact.id)))


def contact_count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Contact)) or 0)


@pytest.fixture(scope="session")
def snap() -> Callable[[StorePaths], Snapshot]:
    return snapshot


@pytest.fixture(scope="session")
def insert_contacts() -> Callable[..., None]:
    return add_contacts


@pytest.fixture(scope="session")
def names_of() -> Callable[[Database], list[str]]:
    return contact_names


@pytest.fixture(scope="session")
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return Path(__file__).resolve().parents[2]
