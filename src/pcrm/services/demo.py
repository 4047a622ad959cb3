"""A realistic synthetic data set for demos and benchmarks (``pcrm demo``).

People from Latin-script (English, German, Polish, French, Spanish) and Cyrillic (Ukrainian,
Russian, Bulgarian) cultures, with the male and female forms of Slavic surnames, phones in the
forms people type, e-mails, messengers, addresses, birthdays (some without a year), organisations
with parents, groups, relationships, how-we-met, custom fields, open reminders with RRULEs and a
timeline of calls, meetings, messages, notes and life events over several years, busier in
spring and autumn and quieter in August, over New Year and at weekends.  The first contact,
"Олена Коваленко", takes part in 10,000 interactions: the benchmarks' busy card.

Speed: a hundred thousand contacts and a million interactions in under a minute on two cores.
Everything is computed in Python first (names, keys and E.164 numbers cached per distinct value)
and written with bulk statements, never the ORM per row:

* rows go into TEMP staging tables by ``executemany`` and from there into the real tables with
  one ``INSERT … SELECT`` per batch of 10,000.  The search triggers stay in charge of
  ``contact_search``, ``contact_fts`` and ``interaction_fts``; fed one row per statement
  (``executemany`` straight into the table) the FTS5 trigger path cost 2.9 s per 100,000 rows,
  fed by one ``INSERT … SELECT`` 0.66 s;
* a contact's children (fields, addresses, custom values, affiliations) are written before the
  contact under ``PRAGMA defer_foreign_keys``, so the contact's insert trigger builds its search
  document once (see the trigger comment in the initial migration);
* the timeline is planned before the contacts are written, so each contact's
  ``last_interaction_at`` is written with the contact and the participants' insert trigger finds
  nothing to change; interactions are written in chronological order (ids follow time),
  participants with their interaction's ``starts_at``;
* datetimes are written in the text form :class:`pcrm.store.types.UTCDateTime` stores
  (``YYYY-MM-DD HH:MM:SS.ffffff``, naive UTC), formatted once per day and second of the day;
* for the run only, on its own connection: ``pcrm_fold`` is a per-character replacement equal
  to :func:`pcrm.domain.text.fold_for_index` (checked on every string the generator can write)
  that skips ASCII text outright; None binds through an adapter instead of the driver's failing
  adapter search; FTS5 merges segments once at the end instead of as it goes; the page cache is
  larger and ``synchronous`` is NORMAL (WAL: no loss of integrity).  All are put back.

This module runs the steps (:func:`generate`, the only public name).  The rest is split by what
it owns: :mod:`pcrm.services.demo_load` the run's shared state and the bulk writes,
:mod:`pcrm.services.demo_contacts` the people and their cards, :mod:`pcrm.services.demo_timeline`
the interactions and tasks, :mod:`pcrm.services.demo_cultures` and
:mod:`pcrm.services.demo_vocabulary` the names, places and words they are made of.

Same seed and same clock, same data.
"""

from __future__ import annotations

import gc

from pcrm.services.demo_contacts import ContactsPart
from pcrm.services.demo_load import BULK_CACHE_KIB, FTS_TABLES, Progress
from pcrm.services.demo_timeline import TimelinePart
from pcrm.services.session import Services
from pcrm.store import models as m


class _Builder(ContactsPart, TimelinePart):
    """One run: the parts' steps in their order, on one connection set up for the bulk load.

    The steps draw from the seeded ``self.rng`` in the order ``_run`` calls them: another order
    is other data for the same seed.
    """

    def run(self) -> dict[str, int]:
        gc_was_enabled = gc.isenabled()
        gc.disable()  # millions of tuples: the cyclic collector would walk them again and again
        try:
            with self.services.db.engine.connect() as conn:
                self.conn = conn
                self.dbapi = conn.connection.driver_connection
                self.build_text_pools()
                cache_size = int(self.sql("PRAGMA cache_size").fetchone()[0])
                self.sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
                # WAL with synchronous=NORMAL loses no integrity, only the durability of the
                # last commits on power loss: fine while loading, FULL again afterwards
                synchronous = self.sql("PRAGMA synchronous").fetchone()[0]
                self.sql("PRAGMA synchronous = NORMAL")
                try:
                    return self._run()
                finally:
                    self.sql(f"PRAGMA cache_size = {cache_size}")
                    self.sql(f"PRAGMA synchronous = {int(synchronous)}")
                    for stage in sorted(self._staged):
                        self.sql(f"DROP TABLE IF EXISTS temp.{stage}")
        finally:
            if gc_was_enabled:
                gc.enable()

    def _run(self) -> dict[str, int]:
        assert self.conn is not None
        conn = self.conn
        with conn.begin():
            models = (m.Contact, m.Organisation, m.Group, m.ImportantDate, m.Interaction, m.Task)
            self.bases = {model.__tablename__: self.max_id(model) for model in models}
        self.progress("plan", 0, 2)
        self.plan_people()
        self.progress("plan", 1, 2)
        self.plan_timeline()
        self.progress("plan", 2, 2)
        with self.bulk_transaction():
            self.write_organisations()
            self.write_groups_and_fields()
            self.write_contacts()
        self.write_timeline()
        with conn.begin():
            self.write_tasks()
        self.progress("optimize", 0, 1)
        # One merge of each index's segments: prefix queries at a million interactions went from
        # 2.2 to 1.6 ms (median; p95 9.4 to 7.5).  PRAGMA optimize (ANALYZE) changed nothing
        # measurable and may change other plans, so it is not run.
        with conn.begin():
            for table in FTS_TABLES:
                self.sql(f"INSERT INTO {table}({table}) VALUES('optimize')")
        self.sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.progress("optimize", 1, 1)
        result = dict(sorted(self.counts.items()))
        result["busy_contact_id"] = self.contact_ids[0]
        return result


def generate(
    services: Services,
    *,
    contacts: int,
    interactions: int,
    seed: int = 1,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Fill the store of ``services`` with a synthetic data set.

    Returns the rows written per table and ``busy_contact_id``: the first contact, who takes
    part in 10,000 interactions (half of them when there are fewer than 20,000).  ``progress``
    is called as ``progress(stage, done, total)``.  The store may already hold data; ids continue
    after the highest ones.
    """
    if contacts < 1:
        raise ValueError("the demo needs at least one contact")
    if interactions < 0:
        raise ValueError("the number of interactions cannot be negative")
    return _Builder(services, contacts, interactions, seed, progress).run()


__all__ = ["generate"]
