"""The SQL of :mod:`pcrm.services.insight`: every statement it runs, and how a period's local days
become the UTC text its statements compare with.

Each count walks one partial index of migration 0005, which holds only what counts (calls,
meetings and messages that are not in the trash): ``ix_interactions_counted`` (per local day),
``ix_interactions_channel`` (per channel), ``ix_participants_counted`` (per contact, from each
participant's copy of its interaction's kind, channel and trash state).  A statement names its
index (``INDEXED BY``), and repeats the index's condition word for word (``counted``), which is
what lets SQLite use a partial index at all.

Local days are exact in any zone: a day is the span between the UTC instants of two local
midnights (a midnight in a spring-forward gap is the end of the gap), passed as JSON pairs and
read with ``json_each``: one range of the index per day, counted without reading a row.

Cost at 100k contacts / 1M interactions (tests/benchmarks/bench_insight.py): counts per day,
channel and contact are a few times the floor (a bare count of the period's index range).
``CHANNELS_BY_GROUP`` is not: counting each interaction once per group means sorting every
(group, interaction) pair its members make, about a million over all time (about 1 s); the
per-contact passes and "not contacted since" are one index walk or one seek per contact.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from pcrm.domain.timeparse import localize
from pcrm.store import models as m

_FIRST = datetime.min.replace(tzinfo=UTC)
_LAST = datetime.max.replace(tzinfo=UTC)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def counted(alias: str) -> str:
    """The partial indexes' condition (``m.COUNTED``) on the table called ``alias``."""
    return m.COUNTED.replace("kind", f"{alias}.kind").replace("deleted_at", f"{alias}.deleted_at")


def utc_text(instant: datetime) -> str:
    """An aware instant as a UTCDateTime column stores it, so that SQL compares text."""
    return instant.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def micros(instant: datetime) -> int:
    """Microseconds since 1970 (UTC), exactly: what CADENCE_OVERDUE computes from the text."""
    return (instant - _EPOCH) // timedelta(microseconds=1)


def day_start(day: date, zone: tzinfo) -> datetime:
    """The first instant of the local ``day`` in ``zone`` (UTC): its midnight, or the end of a
    spring-forward gap that swallows it."""
    try:
        return localize(datetime.combine(day, time()), zone).astimezone(UTC)
    except OverflowError:  # 0001-01-01 east of UTC, 9999-12-31 west of it
        return _FIRST if day.year == 1 else _LAST


def local_day(instant: datetime, zone: tzinfo) -> date:
    return instant.astimezone(zone).date()


def day_ranges(days: Sequence[date], zone: tzinfo) -> list[tuple[str, str]]:
    """The UTC text ``[start, end)`` of each local day (consecutive days share their edge)."""
    if not days:
        return []
    edges = [utc_text(day_start(d, zone)) for d in days]
    edges.append(utc_text(day_start(days[-1] + timedelta(days=1), zone)))
    return list(itertools.pairwise(edges))


def ranges_json(ranges: Sequence[tuple[str, str]]) -> str:
    return json.dumps(ranges, separators=(",", ":"))


# -- the hidden contacts ----------------------------------------------------------------------

TRASHED = "SELECT id FROM contacts WHERE deleted_at IS NOT NULL"
# left out of "losing touch" and "not contacted since"; two ranges of ix_contacts_list
TRASHED_OR_ARCHIVED = (
    f"{TRASHED} UNION ALL SELECT id FROM contacts WHERE deleted_at IS NULL AND is_archived = 1"
)

# -- interactions per local day ---------------------------------------------------------------

DATA_SPAN = f"""
SELECT (SELECT min(i.starts_at) FROM interactions AS i INDEXED BY ix_interactions_counted
        WHERE {counted("i")}),
       (SELECT max(i.starts_at) FROM interactions AS i INDEXED BY ix_interactions_counted
        WHERE {counted("i")})
"""

# (day key, count) for each range of :days; everyone
DAYS_ALL = f"""
SELECT d.key, (SELECT count(*) FROM interactions AS i INDEXED BY ix_interactions_counted
               WHERE i.starts_at >= d.value ->> 0 AND i.starts_at < d.value ->> 1
                 AND {counted("i")})
FROM json_each(:days) AS d
"""

DAYS_CHANNEL = f"""
SELECT d.key, (SELECT count(*) FROM interactions AS i INDEXED BY ix_interactions_channel
               WHERE i.channel IS :channel
                 AND i.starts_at >= d.value ->> 0 AND i.starts_at < d.value ->> 1
                 AND {counted("i")})
FROM json_each(:days) AS d
"""

DAYS_CONTACT = f"""
SELECT d.key, (SELECT count(*) FROM interaction_participants AS p
                 INDEXED BY ix_participants_counted
               WHERE p.contact_id = :contact
                 AND p.starts_at >= d.value ->> 0 AND p.starts_at < d.value ->> 1
                 AND {counted("p")} {{channel}})
FROM json_each(:days) AS d
"""

# the distinct interactions a group's members (in the trash: not) took part in, in [lo, hi)
_GROUP_INTERACTIONS = f"""
SELECT DISTINCT p.interaction_id, p.starts_at, p.channel
FROM group_members AS gm
JOIN interaction_participants AS p INDEXED BY ix_participants_counted
  ON p.contact_id = gm.contact_id
WHERE gm.group_id = :group AND gm.contact_id NOT IN ({TRASHED})
  AND p.starts_at >= :lo AND p.starts_at < :hi AND {counted("p")} {{channel}} {{contact}}
"""

# Interactions are placed in their day by sorting them with the days' starts: each one's day is
# the number of starts at or before it, less one (a start sorts first at the same instant).
DAYS_GROUP = f"""
WITH g AS ({_GROUP_INTERACTIONS}),
marks AS (
  SELECT d.value ->> 0 AS at, 1 AS edge FROM json_each(:days) AS d
  UNION ALL
  SELECT g.starts_at, 0 FROM g
),
placed AS (
  SELECT edge, sum(edge) OVER (ORDER BY at, edge DESC ROWS UNBOUNDED PRECEDING) - 1 AS day
  FROM marks
)
SELECT day, count(*) FROM placed WHERE edge = 0 GROUP BY day
"""

# -- channels in a period ---------------------------------------------------------------------

# every channel used (a skip-scan of ix_interactions_channel: one seek per channel), then
# "no channel" (the row where the recursion ends on NULL), each with its count in [lo, hi)
CHANNELS_ALL = f"""
WITH RECURSIVE used(channel) AS (
  SELECT (SELECT min(i.channel) FROM interactions AS i INDEXED BY ix_interactions_channel
          WHERE {counted("i")})
  UNION ALL
  SELECT (SELECT min(i.channel) FROM interactions AS i INDEXED BY ix_interactions_channel
          WHERE i.channel > used.channel AND {counted("i")})
  FROM used WHERE used.channel IS NOT NULL
)
SELECT used.channel,
       (SELECT count(*) FROM interactions AS i INDEXED BY ix_interactions_channel
        WHERE i.channel IS used.channel AND i.starts_at >= :lo AND i.starts_at < :hi
          AND {counted("i")})
FROM used
"""

CHANNELS_CONTACT = f"""
SELECT p.channel, count(*) FROM interaction_participants AS p INDEXED BY ix_participants_counted
WHERE p.contact_id = :contact AND p.starts_at >= :lo AND p.starts_at < :hi
  AND {counted("p")} {{channel}}
GROUP BY p.channel
"""

CHANNELS_GROUP = f"""
SELECT g.channel, count(*) FROM ({_GROUP_INTERACTIONS}) AS g GROUP BY g.channel
"""

# -- per contact ------------------------------------------------------------------------------

# (contact, in [lo, hi), in [plo, lo)) for everyone: a walk of the whole participants index,
# grouped as it goes (long periods), or the period's interactions and their participants
# (short ones, where most of the index is outside the period)
PER_CONTACT_SCAN = f"""
SELECT p.contact_id, {{cur}} AS cur, {{prev}} AS prev
FROM interaction_participants AS p INDEXED BY ix_participants_counted
WHERE {counted("p")} {{range}} {{channel}}
GROUP BY p.contact_id
"""
# what SCAN counts: [lo, hi) and [plo, lo) (the same sum twice is computed once)
SCAN_BOTH = ("sum(p.starts_at >= :lo)", "count(*) - sum(p.starts_at >= :lo)")
SCAN_CURRENT = ("count(*)", "0")  # plo = lo: no previous period asked for
SCAN_RANGE = "AND p.starts_at >= :plo AND p.starts_at < :hi"

PER_CONTACT_RANGE = f"""
SELECT p.contact_id, sum(i.starts_at >= :lo) AS cur, sum(i.starts_at < :lo) AS prev
FROM interactions AS i INDEXED BY {{index}}
JOIN interaction_participants AS p ON p.interaction_id = i.id
WHERE i.starts_at >= :plo AND i.starts_at < :hi AND {counted("i")} {{channel}}
GROUP BY p.contact_id
"""

PER_CONTACT_GROUP = f"""
SELECT gm.contact_id, sum(p.starts_at >= :lo) AS cur, sum(p.starts_at < :lo) AS prev
FROM group_members AS gm
JOIN interaction_participants AS p INDEXED BY ix_participants_counted
  ON p.contact_id = gm.contact_id
WHERE gm.group_id = :group AND p.starts_at >= :plo AND p.starts_at < :hi
  AND {counted("p")} {{channel}} {{contact}}
GROUP BY gm.contact_id
"""

PER_CONTACT_ONE = f"""
SELECT p.contact_id, sum(p.starts_at >= :lo) AS cur, sum(p.starts_at < :lo) AS prev
FROM interaction_participants AS p INDEXED BY ix_participants_counted
WHERE p.contact_id = :contact AND p.starts_at >= :plo AND p.starts_at < :hi
  AND {counted("p")} {{channel}}
GROUP BY p.contact_id
"""

# the most talked to (tag 0) and the dropped (tag 1) from one per-contact aggregate
TOP_AND_DROPPED = f"""
WITH pc AS MATERIALIZED ({{per_contact}})
SELECT * FROM (
  SELECT 0, contact_id, cur, prev FROM pc
  WHERE cur > 0 AND contact_id NOT IN ({TRASHED})
  ORDER BY cur DESC, contact_id LIMIT :top)
UNION ALL
SELECT * FROM (
  SELECT 1, contact_id, cur, prev FROM pc
  WHERE prev >= 3 AND cur * 2 < prev AND contact_id NOT IN ({TRASHED_OR_ARCHIVED})
  ORDER BY prev - cur DESC, contact_id LIMIT :dropped)
"""

NAMES = """
SELECT id, display_name, cadence_days FROM contacts WHERE id IN (SELECT value FROM json_each(:ids))
"""

# their last interaction before :before
LAST_AT = f"""
SELECT k.value, (SELECT p.starts_at FROM interaction_participants AS p
                   INDEXED BY ix_participants_counted
                 WHERE p.contact_id = k.value AND p.starts_at < :before AND {counted("p")}
                 ORDER BY p.starts_at DESC LIMIT 1)
FROM json_each(:ids) AS k
"""

COUNTS_IN = f"""
SELECT k.value,
  (SELECT count(*) FROM interaction_participants AS p INDEXED BY ix_participants_counted
   WHERE p.contact_id = k.value AND p.starts_at >= :lo AND p.starts_at < :hi AND {counted("p")}),
  (SELECT count(*) FROM interaction_participants AS p INDEXED BY ix_participants_counted
   WHERE p.contact_id = k.value AND p.starts_at >= :plo AND p.starts_at < :lo AND {counted("p")})
FROM json_each(:ids) AS k
"""

CHANNELS_BY_CONTACT = f"""
SELECT p.contact_id, p.channel, count(*)
FROM json_each(:ids) AS k
JOIN interaction_participants AS p INDEXED BY ix_participants_counted ON p.contact_id = k.value
WHERE p.starts_at >= :lo AND p.starts_at < :hi AND {counted("p")}
GROUP BY p.contact_id, p.channel
"""

GROUPS = (
    "SELECT id, name FROM groups WHERE deleted_at IS NULL AND query IS NULL"
    " ORDER BY position, pcrm_casefold(name), id"
)

# per group and channel, each interaction once however many members took part: from the
# members' participations (long periods), or from the period's interactions (short ones)
CHANNELS_BY_GROUP = f"""
SELECT gm.group_id, p.channel, count(DISTINCT p.interaction_id)
FROM groups AS g
JOIN group_members AS gm ON gm.group_id = g.id
JOIN interaction_participants AS p INDEXED BY ix_participants_counted
  ON p.contact_id = gm.contact_id
WHERE g.deleted_at IS NULL AND g.query IS NULL AND gm.contact_id NOT IN ({TRASHED})
  AND p.starts_at >= :lo AND p.starts_at < :hi AND {counted("p")}
GROUP BY gm.group_id, p.channel
"""

CHANNELS_BY_GROUP_RANGE = f"""
SELECT gm.group_id, i.channel, count(DISTINCT i.id)
FROM interactions AS i INDEXED BY ix_interactions_counted
JOIN interaction_participants AS p ON p.interaction_id = i.id
JOIN group_members AS gm ON gm.contact_id = p.contact_id
JOIN groups AS g ON g.id = gm.group_id
WHERE i.starts_at >= :lo AND i.starts_at < :hi AND {counted("i")}
  AND g.deleted_at IS NULL AND g.query IS NULL AND p.contact_id NOT IN ({TRASHED})
GROUP BY gm.group_id, i.channel
"""

# -- losing touch, not contacted since -------------------------------------------------------

# contacts with a cadence whose last interaction before :ref (or, without one, their creation)
# is more than a cadence before :ref, by how far in microseconds (exact: julianday() keeps
# milliseconds only), most cadences late first
CADENCE_OVERDUE = f"""
WITH due AS (
  SELECT c.id, c.cadence_days AS cadence, coalesce(
    (SELECT p.starts_at FROM interaction_participants AS p INDEXED BY ix_participants_counted
     WHERE p.contact_id = c.id AND p.starts_at < :ref AND {counted("p")}
     ORDER BY p.starts_at DESC LIMIT 1), c.created_at) AS basis
  FROM contacts AS c INDEXED BY ix_contacts_cadence
  WHERE c.cadence_days IS NOT NULL AND +c.deleted_at IS NULL AND +c.is_archived = 0
),
late AS (
  SELECT id, cadence, :ref_us - cadence * 86400000000
    - (unixepoch(substr(basis, 1, 19)) * 1000000 + substr(basis, 21, 6)) AS late_us
  FROM due
)
SELECT id, cadence, late_us FROM late WHERE late_us > 0
ORDER BY CAST(late_us AS REAL) / cadence DESC, id
LIMIT :limit
"""

# Each live contact's last interaction up to now (one backward seek; none without any
# interaction at all): the quiet are those without one since :lo, listed never contacted first,
# then the longest silent, with how many they are.  Ids only: a contact's row is wide; the few
# listed are named afterwards.
NOT_CONTACTED = f"""
WITH lasts AS MATERIALIZED (
  SELECT c.id, CASE WHEN c.last_interaction_at IS NOT NULL THEN
    (SELECT p.starts_at FROM interaction_participants AS p INDEXED BY ix_participants_counted
     WHERE p.contact_id = c.id AND p.starts_at <= :now AND {counted("p")}
     ORDER BY p.starts_at DESC LIMIT 1) END AS last
  FROM contacts AS c INDEXED BY ix_contacts_last_interaction
  WHERE c.deleted_at IS NULL AND c.is_archived = 0
)
SELECT id, last, count(*) OVER () FROM lasts
WHERE last IS NULL OR last < :lo
ORDER BY last, id
LIMIT :limit
"""

COUNT_BEFORE = f"""
SELECT k.value, (SELECT count(*) FROM interaction_participants AS p
                   INDEXED BY ix_participants_counted
                 WHERE p.contact_id = k.value AND p.starts_at < :lo AND {counted("p")})
FROM json_each(:ids) AS k
"""

# -- new contacts -----------------------------------------------------------------------------

NEW_PER_BUCKET = """
SELECT b.key, (SELECT count(*) FROM contacts AS c INDEXED BY ix_contacts_created
               WHERE c.created_at >= b.value ->> 0 AND c.created_at < b.value ->> 1
                 AND c.deleted_at IS NULL)
FROM json_each(:buckets) AS b
"""

NEW_BY_SOURCE = """
SELECT nullif(trim(c.met_channel), ''), count(*) FROM contacts AS c INDEXED BY ix_contacts_created
WHERE c.created_at >= :lo AND c.created_at < :hi AND c.deleted_at IS NULL
GROUP BY 1
"""

# -- a card -----------------------------------------------------------------------------------

CARD_MONTHS = f"""
SELECT b.key, (SELECT count(*) FROM interaction_participants AS p INDEXED BY ix_participants_counted
               WHERE p.contact_id = :contact
                 AND p.starts_at >= b.value ->> 0 AND p.starts_at < b.value ->> 1
                 AND {counted("p")})
FROM json_each(:buckets) AS b
"""

CARD_FIGURES = f"""
SELECT
  (SELECT count(*) FROM interaction_participants AS p INDEXED BY ix_participants_counted
   WHERE p.contact_id = :contact AND {counted("p")}),
  (SELECT p.starts_at FROM interaction_participants AS p INDEXED BY ix_participants_counted
   WHERE p.contact_id = :contact AND p.starts_at <= :now AND {counted("p")}
   ORDER BY p.starts_at DESC LIMIT 1),
  (SELECT min(p.starts_at) FROM interaction_participants AS p INDEXED BY ix_participants_counted
   WHERE p.contact_id = :contact AND p.starts_at > :now AND {counted("p")}
     AND p.kind = 'meeting'),
  (SELECT p.channel FROM interaction_participants AS p INDEXED BY ix_participants_counted
   WHERE p.contact_id = :contact AND p.starts_at >= :lo AND p.starts_at < :hi
     AND {counted("p")} AND p.channel IS NOT NULL
   GROUP BY p.channel ORDER BY count(*) DESC, p.channel LIMIT 1)
"""

CARD_TASKS = """
SELECT t.next_due_at, t.next_due_wall, t.time_zone, t.snoozed_until
FROM task_contacts AS tc JOIN tasks AS t ON t.id = tc.task_id
WHERE tc.contact_id = :contact AND t.status = 'open' AND t.deleted_at IS NULL
  AND t.next_due_at IS NOT NULL
"""
