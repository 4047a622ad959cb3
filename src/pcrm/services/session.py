"""Unlocking, creating and locking a store, and the bundle of services over an unlocked one.

This is where the key source is chosen: the OS keyring when a trustworthy one exists, else a
passphrase (from the caller: a prompt, ``--passphrase-file`` or ``PCRM_PASSPHRASE``).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pcrm import errors
from pcrm.clock import Clock
from pcrm.domain import phones
from pcrm.paths import StorePaths
from pcrm.services import backups
from pcrm.services.briefing import BriefingService
from pcrm.services.calendar import CalendarService
from pcrm.services.contact_export import ContactExportService
from pcrm.services.contact_import import ContactImportService
from pcrm.services.contact_lists import ContactListService
from pcrm.services.contacts import ContactService
from pcrm.services.drafts import DraftService
from pcrm.services.duplicates import DuplicateService
from pcrm.services.graph import GraphService
from pcrm.services.ical_export import IcalExportService
from pcrm.services.ical_import import IcalImportService
from pcrm.services.insight import InsightService
from pcrm.services.merging import MergeService
from pcrm.services.organisations import GroupService, OrganisationService, RelationshipService
from pcrm.services.organizer import OrganizerService
from pcrm.services.preferences import HOME_REGION, PreferenceService
from pcrm.services.search import SearchService
from pcrm.services.tasks import TaskService
from pcrm.services.timeline import TimelineService
from pcrm.store import backup as store_backup
from pcrm.store import database, keys

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

PassphraseSource = Callable[[bool], str | None]  # (confirm) -> passphrase or None


@dataclass
class Services:
    db: database.Database
    clock: Clock
    backend: KeyringBackend | None
    system_region: str | None = None  # the locale's, for the home region's default

    def __post_init__(self) -> None:
        system = {HOME_REGION.key: self.system_region} if self.system_region else {}
        self.preferences = PreferenceService(self.db, self.clock, system)
        self.contacts = ContactService(self.db, self.clock, self.preferences.home_region)
        self.lists = ContactListService(self.db, self.clock)
        self.timeline = TimelineService(self.db, self.clock)
        self.tasks = TaskService(self.db, self.clock)
        self.search = SearchService(self.db, self.clock)
        self.organisations = OrganisationService(self.db, self.clock)
        self.groups = GroupService(self.db, self.clock)
        self.relationships = RelationshipService(self.db, self.clock)
        self.drafts = DraftService(self.db, self.clock)
        self.duplicates = DuplicateService(self.db, self.clock)
        self.insight = InsightService(self.db, self.clock)
        self.graph = GraphService(self.db, self.clock)
        self.merging = MergeService(self.db, self.clock, self.contacts)
        self.organizer = OrganizerService(
            self.db, self.clock, self.preferences, self.tasks, self.timeline
        )
        self.calendar = CalendarService(
            self.db, self.clock, self.tasks, self.timeline, self.preferences
        )
        self.ical_import = IcalImportService(self.db, self.clock, self.contacts)
        self.ical_export = IcalExportService(self.db, self.clock, self.preferences)
        self.backups = backups.BackupService(self.db, self.clock, self.preferences)
        self.briefing = BriefingService(self.db, self.clock, self.preferences)
        self.contact_import = ContactImportService(self.db, self.clock, self.contacts)
        self.contact_export = ContactExportService(
            self.db, self.clock, self.contacts, self.timeline
        )

    @property
    def paths(self) -> StorePaths:
        return self.db.paths

    def lock(self) -> None:
        """Close the database; the key leaves memory with this object."""
        self.db.close()

    def backup(self, dest: Path) -> dict[str, int]:
        """A verified, encrypted copy at ``dest``, which may not be inside the store's folder
        (it would replace the database or the key's metadata)."""
        target = dest.expanduser().resolve()
        if target.is_relative_to(self.paths.root.resolve()):
            raise errors.BadInput(
                where=str(target), reason="a backup cannot go into the store's own folder"
            )
        if target.is_dir():
            raise errors.BadInput(where=str(target), reason="this is a folder; name a file")
        with contextlib.closing(self.db.raw()) as raw:
            return store_backup.backup(raw.driver_connection, self.db.key, dest)

    def check(self) -> dict[str, int]:
        """A full integrity check of every page; raises DatabaseCorrupt."""
        if not self.db.readonly:
            self.db.checkpoint()
        return store_backup.verify(self.db.paths.database, self.db.key)

    def change_passphrase(self, old: str | None, new: str) -> None:
        database.change_passphrase(self.db, old, new, self.backend)

    def rotate_key(self, passphrase: str | None = None) -> backups.Taken | None:
        """Re-encrypt the store under a new key.  Backups taken before cannot be opened with
        it, so when automatic backups are on a fresh one is taken at once and returned (its
        BackupFailed is raised after the rotation, which stands)."""
        database.rotate_key(self.db, self.backend, passphrase)
        self.__post_init__()
        return self.backups.take() if self.backups.automatic() else None

    def restore(self, source: Path, progress: backups.Progress | None = None) -> backups.Restored:
        """Replace the store with the backup ``source``: verified first (a refused one changes
        nothing), the current store kept as a pre-restore backup, the database closed and
        reopened with the same key, and migrated when the backup is older.  Whatever happens,
        the store is open again afterwards (also when the caller had closed it), or the reopen's
        error is raised.
        """
        if self.db.readonly:
            raise errors.StoreBusy(path=self.paths.root, pid="(opened read-only)")
        try:
            self.backups.check(source)
        except errors.PcrmError:
            if self.db.closed:
                self._reopen()
            raise
        self.db.close()
        try:
            return backups.restore(self.paths, self.db.key, source, self.clock, progress)
        finally:
            self._reopen()

    def _reopen(self) -> None:
        """Open the store again with the key of the closed one (after a restore)."""
        self.db = database.open_database(self.paths, key=self.db.key, backend=self.backend)
        self.__post_init__()


def is_initialised(paths: StorePaths) -> bool:
    """Whether this folder holds a store (or what is left of one): first run is the opposite."""
    return database.is_initialised(paths)


def system_keyring() -> KeyringBackend | None:
    """The OS keyring pcrm would use, or None where there is no trustworthy one."""
    return keys.trusted_keyring()


def key_source(paths: StorePaths) -> keys.KeySource | None:
    meta = keys.read_meta(paths)
    return meta.key_source if meta else None


def unlock(
    paths: StorePaths,
    clock: Clock,
    passphrase: PassphraseSource,
    *,
    backend: KeyringBackend | None = None,
    use_system_keyring: bool = True,
    readonly: bool = False,
    system_region: str | None = None,
) -> Services:
    """Open an existing store; asks ``passphrase`` only when the store uses one.

    ``system_region`` is the home region's default (the GUI passes Qt's locale); without it the
    POSIX locale of the environment is read.
    """
    source = key_source(paths)
    if backend is None and use_system_keyring and source != "passphrase":
        backend = keys.trusted_keyring()
    secret = passphrase(False) if source == "passphrase" else None
    try:
        db = database.open_database(paths, passphrase=secret, backend=backend, readonly=readonly)
    except errors.SchemaOutdated:
        # A newer pcrm reading an older store: upgrade it once as the writer (verified backup
        # first), then open it as asked.
        database.open_database(paths, passphrase=secret, backend=backend).close()
        db = database.open_database(paths, passphrase=secret, backend=backend, readonly=readonly)
    return Services(db, clock, backend, system_region or phones.system_region(os.environ))


def initialise(
    paths: StorePaths,
    clock: Clock,
    passphrase: PassphraseSource,
    *,
    backend: KeyringBackend | None = None,
    use_system_keyring: bool = True,
    force_passphrase: bool = False,
    system_region: str | None = None,
) -> Services:
    """Create a new store: the keyring when there is a trustworthy one, else a passphrase."""
    if backend is None and use_system_keyring and not force_passphrase:
        backend = keys.trusted_keyring()
    secret: str | None = None
    if backend is None or force_passphrase:
        secret = passphrase(True)
        if not secret:
            raise errors.PassphraseRequired()
        backend = None if force_passphrase else backend
    db = database.create_store(paths, passphrase=secret, backend=backend)
    return Services(db, clock, backend, system_region or phones.system_region(os.environ))
