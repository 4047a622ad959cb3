"""The contact list's first screen, read straight from the store before the rest of pcrm loads.

The desktop app paints its window with real rows before it imports SQLAlchemy, the services and
the heavier widgets: importing SQLAlchemy's ORM alone takes longer than Qt needs to paint a
window.  :func:`peek` reads what that first screen shows (how many contacts the list holds, the
ids and rows at its top, the owner's time zone) through one read-only driver connection, with
the same SQL as the services (:mod:`~pcrm.services.list_sources`,
:mod:`~pcrm.services.contact_rows`).  Nothing is cached anywhere: every start reads the encrypted
store itself, and the rows live only in this object until the store is fully open.

It reads only when opening the store fully would show exactly this: a keyring store whose key
is there and passes its check, at the current schema, not held by another pcrm, with no
interrupted key rotation or first run to finish.  Anything else gives None and the app opens
the store the usual way, which shows the dialog or the recovery screen the case needs.  A
passphrase store always goes that way: Argon2 takes longer than the whole first paint, and the
key would have to be derived a second time.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import tzinfo
from typing import TYPE_CHECKING, Any

from pcrm import errors, log
from pcrm.domain.zones import zone_named
from pcrm.paths import StorePaths
from pcrm.services import list_sources
from pcrm.services.contact_rows import ContactRow, read_rows
from pcrm.store import keys
from pcrm.store.lock import WriterLock
from pcrm.store.raw import (
    HEAD_REVISION,
    DatabaseError,
    check_driver,
    check_file,
    open_raw,
    schema_revision,
    wal_has_frames,
)

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

FIRST_ROWS = 64  # more rows than a screen shows at once (and the list model's page)
TIME_ZONE_KEY = "time.zone"  # the key of preferences.TIME_ZONE (a test keeps the two equal)


@dataclass(frozen=True)
class FirstPage:
    """What the list shows at start: everyone, in the order the owner last chose."""

    order: str
    ids: array[int]  # the first rows' ids, then zeros for the rows not read yet
    rows: dict[int, ContactRow]
    zone: tzinfo | None  # the zone the owner chose; None follows the system

    def time_zone(self) -> tzinfo | None:
        """The owner's zone, for :class:`pcrm.clock.OwnerClock` until the preferences are read."""
        return self.zone

    def fetch(self, ids: Sequence[int]) -> dict[int, ContactRow]:
        """The rows read so far among ``ids`` (a list model's row fetcher)."""
        return {i: self.rows[i] for i in ids if i in self.rows}


def peek(
    paths: StorePaths,
    backend: KeyringBackend | None,
    order: str = list_sources.NAME,
    rows: int = FIRST_ROWS,
) -> FirstPage | None:
    """The first ``rows`` rows of everyone in ``order``; None when the store needs more than a
    read to open (see the module's docstring)."""
    try:
        return _read(paths, backend, order, rows)
    except (errors.PcrmError, DatabaseError, OSError) as exc:
        log.services.info("the first screen is read with the store: %s", type(exc).__name__)
        return None


def _read(
    paths: StorePaths, backend: KeyringBackend | None, order: str, rows: int
) -> FirstPage | None:
    if backend is None or paths.creating.exists() or not paths.database.exists():
        return None
    meta = keys.read_meta(paths)
    if meta is None or meta.key_source != "keyring" or meta.pending_check is not None:
        return None
    key = keys.KeyringStore(backend, meta.store_id).get()
    if key is None or keys.key_check(key) != meta.key_check:
        return None
    check_driver()
    check_file(paths)
    lock = WriterLock(paths.lock)  # another pcrm writing: its message comes with the full open
    lock.acquire()
    lock.release()
    # Immutable: no lock taken and no -wal or -shm file made, so a damaged file is left exactly
    # as it was for the full open to report.  After a crash the log holds changes: read it too.
    conn = open_raw(paths.database, key, mode="ro", immutable=not wal_has_frames(paths))
    try:
        if schema_revision(conn) != HEAD_REVISION:
            return None  # an upgrade (with its backup and progress window) comes first
        total = list_sources.count(conn)
        first = list_sources.ordered_ids(conn, order=order, limit=rows)
        page = read_rows(conn, first)
        zone = _zone(conn)
    finally:
        conn.close()
    ids = first + array("q", bytes(8 * (total - len(first))))
    return FirstPage(order, ids, page, zone)


def _zone(conn: Any) -> tzinfo | None:
    """The time zone preference as the preference service reads it: a zone that is no (longer
    a) zone counts as not chosen."""
    found = conn.execute("SELECT value FROM settings WHERE key = ?", (TIME_ZONE_KEY,)).fetchone()
    try:
        name = json.loads(found[0]) if found is not None and found[0] is not None else None
        return zone_named(name) if isinstance(name, str) and name else None
    except (ValueError, errors.BadInput):
        return None
