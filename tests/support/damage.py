"""Damaging an open store on purpose, to see how a reader reports it."""

from __future__ import annotations

import os

from pcrm.services.session import Services

PAGE = 4096


def damage_pages(services: Services) -> None:
    """Overwrite every page but the first with noise, under the open store.

    The write-ahead log is checkpointed and the pool emptied first, so the next query opens a
    fresh connection that reads the damaged pages rather than its own cache.
    """
    services.db.checkpoint()
    services.db.engine.dispose()
    path = services.paths.database
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.seek(PAGE)
        f.write(os.urandom(size - PAGE))
