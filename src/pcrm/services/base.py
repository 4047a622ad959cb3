"""What every service shares: the unlocked database, the clock, and one transaction helper."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from pcrm import errors
from pcrm.clock import Clock
from pcrm.store.database import Database
from pcrm.store.engine import WRITE_OPTION, translate_runtime_error
from pcrm.store.raw import DatabaseError


class Service:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def now(self) -> datetime:
        return self.clock.now()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._errors(), self.db.session() as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed on a clean exit, rolled back on any error."""
        if self.db.readonly:
            raise errors.StoreBusy(path=self.db.paths.root, pid="(opened read-only)")
        with self._errors(), self.db.session() as session, session.begin():
            session.connection(execution_options={WRITE_OPTION: True})  # BEGIN IMMEDIATE
            yield session

    @contextlib.contextmanager
    def driver(self) -> Iterator[Any]:
        """A DB-API connection straight from the pool, for plain SQL that reads a lot of rows:
        a session's BEGIN/ROLLBACK and statement compilation can cost as much as the query."""
        with self._errors(), contextlib.closing(self.db.raw()) as raw:
            yield raw.driver_connection

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except (DBAPIError, DatabaseError) as exc:  # the ORM's wrapper, or a raw connection's
            typed = translate_runtime_error(exc, self.db.paths.database)
            if typed is None:
                raise
            raise typed from None
