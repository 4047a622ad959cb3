"""One demo run's shared state and the bulk-insert machinery it writes with.

:class:`Load` is the base of the generator's parts (:mod:`pcrm.services.demo`): it holds what
they share (the seeded random generator, the plan of the people and of the timeline, the ids
written so far, caches per distinct value) and writes rows through TEMP staging tables and one
``INSERT … SELECT`` per batch (:meth:`Load.bulk`), plain ``executemany`` (:meth:`Load.direct`)
or a Core insert (:meth:`Load.core`), inside transactions with deferred foreign keys and FTS5
merging put off (:meth:`Load.bulk_transaction`).  Also the text form of datetimes
(:class:`TimeText`), uid prefixes, weighted tables and :class:`Person`, the plan of one contact.
"""

from __future__ import annotations

import contextlib
import random
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import Connection, func, insert, select

from pcrm.services.session import Services

Progress = Callable[[str, int, int], None]
Row = tuple[Any, ...]

YEARS = 6  # the timeline reaches this far back from clock.now()
BUSY_INTERACTIONS = 10_000
BUSY_GIVEN, BUSY_FAMILY = "Олена", "Коваленко"
BATCH = 10_000
INTERACTIONS_PER_TRANSACTION = 250_000
BULK_CACHE_KIB = 256 * 1024
FTS_TABLES = ("contact_fts", "interaction_fts")
_TABLES = (
    "organisations", "groups", "custom_field_defs", "contacts", "contact_fields",
    "postal_addresses", "custom_field_values", "affiliations", "important_dates", "group_members",
    "relationships", "interactions", "interaction_participants", "tasks", "task_contacts", "alarms",
)  # fmt: skip
# FTS5 merges index segments as it goes; while loading, merging later (one 'optimize' at the end)
# is cheaper.  (setting, while loading, FTS5's default): each bulk transaction sets the first and
# puts the default back before it commits, so a crash cannot leave the index unmerged for good.
_FTS_BULK_SETTINGS = (("automerge", 0, 4), ("crisismerge", 200, 16))

# -- helpers --------------------------------------------------------------------------------------


def uid_prefix(rng: random.Random) -> str:
    """A UUID-shaped prefix; with a 12-hex-digit counter (the row id) it makes a unique uid."""
    return (
        f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}-"
        f"{0x8000 | rng.getrandbits(14):04x}-"
    )


class TimeText:
    """Epoch seconds to the text form UTCDateTime stores, formatted once per day and second."""

    EPOCH = date(1970, 1, 1)

    def __init__(self) -> None:
        self._days: dict[int, str] = {}
        self._seconds = [
            f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.000000" for s in range(86_400)
        ]

    def text(self, ts: int) -> str:
        day, second = divmod(ts, 86_400)
        prefix = self._days.get(day)
        if prefix is None:
            prefix = (self.EPOCH + timedelta(days=day)).isoformat() + " "
            self._days[day] = prefix
        return prefix + self._seconds[second]

    @classmethod
    def epoch(cls, moment: datetime) -> int:
        return int(moment.timestamp())


def weighted(values: Sequence[Any], weights: Sequence[float], size: int = 1000) -> list[Any]:
    """``values`` repeated in proportion to ``weights``: a weighted pick is one index."""
    total = float(sum(weights))
    out: list[Any] = []
    for value, weight in zip(values, weights, strict=True):
        out += [value] * round(size * weight / total)
    return out or list(values)


# -- the plan of one contact ----------------------------------------------------------------------


@dataclass
class Person:
    """A contact as planned before anything is written: names, culture and family."""

    culture: int
    female: bool
    given: str
    family: str | None
    family_stem: int  # index into the culture's surnames (-1: none)
    middle: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    nickname: str | None = None
    display_custom: str | None = None
    relative: int = -1  # index of an earlier person of the same family


# -- the run's state and the bulk writes ---------------------------------------------------------


class Load:
    """What the parts of one run share, and how they write rows.

    The seeded ``rng`` is drawn from by the parts in the order :mod:`pcrm.services.demo` calls
    them; the other random generators are seeded from ``seed`` per step.
    """

    def __init__(
        self,
        services: Services,
        contacts: int,
        interactions: int,
        seed: int,
        progress: Progress | None,
    ) -> None:
        self.services = services
        self.n_contacts = contacts
        self.n_interactions = interactions
        self.seed = seed
        self.rng = random.Random(seed)
        self._progress = progress
        self.counts: dict[str, int] = dict.fromkeys(_TABLES, 0)
        self.clock = TimeText()
        self.now = services.clock.now().astimezone(UTC)
        zone = services.clock.zone()
        self.zone: tzinfo = zone
        self.zone_name = str(getattr(zone, "key", None) or zone)
        self.names: dict[tuple[Any, ...], tuple[str, str, str]] = {}
        self.ascii: dict[tuple[str, bool], str] = {}
        self.phone_formats: dict[str, bool] = {}  # format -> its E.164 equals to_e164's
        self.sentences: dict[str, list[str]] = {}
        self.subjects: dict[str, dict[int, list[str]]] = {}
        self.people: list[Person] = []
        self.contact_ids: list[int] = []
        self.org_ids: list[int] = []
        self.org_names: list[str] = []
        self.org_domains: list[str] = []
        self.org_culture: list[int] = []
        self.org_members: dict[int, list[int]] = {}
        self.group_ids: list[int] = []
        self.custom_fields: list[tuple[int, str, tuple[str, ...]]] = []
        self.relationship_types: dict[str, int] = {}
        self.bases: dict[str, int] = {}
        self.last: list[int] = []
        self.timeline_ts = array("q")
        self.timeline_kind = bytearray()
        self.timeline_offsets = array("i")
        self.timeline_parts = array("i")
        self.lang_tables: list[list[str]] = []
        self.call_channels: list[str] = []
        self.message_channels: list[str] = []
        self.call_durations: list[int] = []
        self.conn: Connection | None = None
        self.dbapi: Any = None
        self._staged: set[str] = set()

    # -- plumbing ---------------------------------------------------------------------------------

    def progress(self, stage: str, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(stage, done, total)

    def sql(self, statement: str) -> Any:
        return self.dbapi.execute(statement)

    def count(self, table: str, n: int) -> None:
        self.counts[table] = self.counts.get(table, 0) + n

    def bulk(
        self,
        table: str,
        columns: Sequence[str],
        rows: list[Row],
        computed: Sequence[tuple[str, str]] = (),
        *,
        stage_only: Sequence[str] = (),
        then: Sequence[str] = (),
    ) -> None:
        """Write ``rows`` through a TEMP staging table and one ``INSERT … SELECT``.

        ``computed`` adds (column, SQL expression over the staged columns) pairs, for what
        SQLite fills in cheaper than Python binds (uids, copies of a column, constants);
        ``stage_only`` columns are staged but not written to ``table``; ``then`` are more
        statements over the staged rows (``{stage}``) before they are cleared.
        """
        if not rows:
            return
        stage = f"pcrm_demo_{table}"
        if stage not in self._staged:
            self.sql(f"DROP TABLE IF EXISTS temp.{stage}")
            quoted = ", ".join(f'"{c}"' for c in columns)
            self.sql(f"CREATE TEMP TABLE {stage} ({quoted})")
            self._staged.add(stage)
        marks = ", ".join("?" * len(columns))
        self.dbapi.executemany(f"INSERT INTO temp.{stage} VALUES ({marks})", rows)  # noqa: S608
        written = [f'"{c}"' for c in columns if c not in stage_only]
        targets = ", ".join(written + [f'"{c}"' for c, _ in computed])
        sources = ", ".join(written + [expr for _, expr in computed])
        # table and column names are this module's constants, never input
        self.sql(
            f"INSERT INTO main.{table} ({targets}) SELECT {sources}"  # noqa: S608
            f" FROM temp.{stage} ORDER BY rowid"
        )
        for statement in then:
            self.sql(statement.format(stage=f"temp.{stage}"))
        self.sql(f"DELETE FROM temp.{stage}")  # noqa: S608
        self.count(table, len(rows))

    def direct(self, table: str, columns: Sequence[str], rows: list[Row]) -> None:
        """Plain ``executemany``, for tables without search triggers."""
        if not rows:
            return
        cols = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" * len(columns))
        insert_sql = f"INSERT INTO main.{table} ({cols}) VALUES ({marks})"  # noqa: S608
        self.dbapi.executemany(insert_sql, rows)
        self.count(table, len(rows))

    def core(self, model: Any, rows: list[dict[str, Any]]) -> None:
        """A small table through the ORM's types (JSON, UTCDateTime): a Core bulk insert."""
        assert self.conn is not None
        if rows:
            self.conn.execute(insert(model), rows)
            self.count(model.__tablename__, len(rows))

    @contextlib.contextmanager
    def bulk_transaction(self) -> Iterator[None]:
        """One transaction of the load: deferred foreign keys (children may come before their
        contact) and FTS5 merging put off, its defaults back before the commit."""
        assert self.conn is not None
        with self.conn.begin():
            self.sql("PRAGMA defer_foreign_keys = ON")
            self.fts_settings(loading=True)
            yield
            self.fts_settings(loading=False)

    def fts_settings(self, *, loading: bool) -> None:
        for table in FTS_TABLES:
            for name, bulk, default in _FTS_BULK_SETTINGS:
                value = bulk if loading else default
                self.sql(f"INSERT INTO {table}({table}, rank) VALUES('{name}', {value})")

    def max_id(self, model: Any) -> int:
        assert self.conn is not None
        return int(self.conn.scalar(select(func.coalesce(func.max(model.id), 0))) or 0)
