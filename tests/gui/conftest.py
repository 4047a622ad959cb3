"""Fixtures for the GUI tests: a real store with a few people, settings kept in tmp_path.

QSettings is pointed at tmp_path for every test (default format and path), and the window gets
its own INI file, so no test writes to the real home.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fake_keyring import FileKeyring

from PySide6.QtCore import QSettings

from pcrm.clock import FixedClock
from pcrm.domain.card import (
    AddressEntry,
    AffiliationEntry,
    ContactCard,
    DateEntry,
    FieldEntry,
)
from pcrm.domain.dates import PartialDate
from pcrm.paths import StorePaths
from pcrm.services.session import Services
from pcrm.services.timeline import InteractionDraft
from pcrm.store.database import create_store
from pcrm.ui.settings import UiSettings


@pytest.fixture(autouse=True)
def _private_settings_and_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    # Qt's own QSettings(scope, organisation) (QFileDialog's "QtProject") use the native format,
    # whose files are INI files under ~/.config here: both go to tmp_path.
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
            QSettings.setPath(kind, scope, str(tmp_path / "qsettings"))
    # Makes tests/support's FileKeyring the system keyring that pcrm finds in these tests
    # (tests that need "no keyring" pass backend/use_system_keyring explicitly).
    monkeypatch.setenv("PCRM_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "pcrm-ui.ini"


@pytest.fixture
def ui_settings(settings_file: Path) -> UiSettings:
    return UiSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))


@pytest.fixture
def services(
    store_paths: StorePaths, keyring_backend: FileKeyring, clock: FixedClock
) -> Iterator[Services]:
    db = create_store(store_paths, backend=keyring_backend)
    bundle = Services(db, clock, keyring_backend)
    yield bundle
    bundle.lock()


def email(value: str) -> FieldEntry:
    return FieldEntry(kind="email", value=value, preferred=True)


def phone(value: str, label: str | None = None) -> FieldEntry:
    return FieldEntry(kind="phone", value=value, label=label)


def add_people(services: Services) -> dict[str, int]:
    """Four contacts, Cyrillic and Latin, with an organisation, dates and interactions."""
    cards = {
        "olena": ContactCard(
            given="Олена",
            family="Коваленко",
            nickname="Lena",
            fields=[email("olena@example.org"), phone("+380 44 123 4567", "work")],
            addresses=[AddressEntry(street="вул. Хрещатик, 1", locality="Київ", country="Україна")],
            affiliations=[AffiliationEntry(organisation="Kyiv Digital", title="CTO", primary=True)],
            dates=[DateEntry(PartialDate(month=4, day=15))],
            notes="Met at **DevFest**.\n\n<script>alert('x')</script>",
            cadence_days=30,
        ),
        "marco": ContactCard(
            given="Marco",
            family="Rossi",
            fields=[email("marco@rossi.example")],
            affiliations=[AffiliationEntry(organisation="Rossi & Figli", primary=True)],
            dates=[DateEntry(PartialDate(month=7, day=2, year=1985))],
        ),
        "jane": ContactCard(given="Jane", family="Doe"),
        "ivan": ContactCard(
            given="Іван", family="Петренко", fields=[phone("+359 2 987 6543", "mobile")]
        ),
    }
    ids = {key: services.contacts.create(card).first("contact") for key, card in cards.items()}
    when = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    services.timeline.log(
        InteractionDraft(
            kind="call",
            participants=[ids["olena"]],
            starts_at=when,
            duration=timedelta(minutes=25),
            channel="phone",
            direction="outgoing",
            subject="Budget for 2027",
            body="Agreed to send the draft by Friday.",
        )
    )
    services.timeline.log(
        InteractionDraft(
            kind="meeting",
            participants=[ids["marco"], ids["olena"]],
            starts_at=when - timedelta(days=30),
            location="Lviv",
            subject="Kick-off",
        )
    )
    return ids


@pytest.fixture
def people(services: Services) -> dict[str, int]:
    return add_people(services)


@pytest.fixture
def window(qtbot, services: Services, people, clock, ui_settings: UiSettings, keyring_backend):
    """The main window over the ``services`` store with ``people``, shown and settled."""
    from window_wait import settle

    from pcrm.ui.main_window import MainWindow
    from pcrm.ui.store_access import StoreAccess

    access = StoreAccess(services.paths, clock, keyring_backend)
    win = MainWindow(services, clock, ui_settings, access.reopen)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot, win)
    yield win
    if win.services is not None:
        win.close()
