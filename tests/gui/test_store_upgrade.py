"""Opening a store that an older pcrm wrote: the upgrade runs in a worker behind a busy window, a
backup of the old schema is taken first, and the window opens on the upgraded store."""

from __future__ import annotations

import pytest
from alembic import command
from fake_keyring import FileKeyring

from PySide6.QtWidgets import QApplication, QProgressDialog

from pcrm.clock import FixedClock
from pcrm.domain.card import ContactCard
from pcrm.paths import StorePaths
from pcrm.services.session import Services
from pcrm.store import migrate
from pcrm.ui import worker
from pcrm.ui.store_access import StoreAccess

pytestmark = pytest.mark.gui


def test_an_older_store_is_upgraded_behind_a_busy_window(
    qtbot, monkeypatch, services: Services, store_paths: StorePaths, clock: FixedClock,
    keyring_backend: FileKeyring,
) -> None:  # fmt: skip
    services.contacts.create(ContactCard(given="Олена", family="Коваленко"))
    cfg = migrate._config(None)
    with services.db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")  # as the previous pcrm left it
        conn.commit()
    services.lock()

    shown: list[str] = []
    monkeypatch.setattr(worker, "SHOW_PROGRESS_AFTER_MS", 0)
    monkeypatch.setattr(QProgressDialog, "show", lambda dialog: shown.append(dialog.labelText()))
    opened = StoreAccess(store_paths, clock, keyring_backend).open()
    assert opened is not None
    try:
        assert migrate.current_revision(opened.db.engine) == migrate.HEAD_REVISION
        assert opened.search.contact_ids("оле") and opened.search.contact_ids("kov")
        assert [p.name.startswith("pre-upgrade-") for p in store_paths.backups.iterdir()] == [True]
        QApplication.processEvents()
        assert shown and "upgraded first" in shown[0]
    finally:
        opened.lock()
