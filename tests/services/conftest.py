from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_keyring import FileKeyring

from pcrm.clock import FixedClock
from pcrm.paths import StorePaths
from pcrm.services.session import Services
from pcrm.store.database import create_store


@pytest.fixture
def services(
    store_paths: StorePaths, keyring_backend: FileKeyring, clock: FixedClock
) -> Iterator[Services]:
    db = create_store(store_paths, backend=keyring_backend)
    bundle = Services(db, clock, keyring_backend)
    yield bundle
    bundle.lock()
