"""The demo's timeline and organizer (:mod:`pcrm.services.demo`): interactions and open tasks.

:class:`TimelinePart` builds the pools of sentences and subjects the interactions are written
with, plans when each interaction happens, its kind and its participants (busier in spring and
autumn, quieter in August, over New Year and at weekends; the busy contact in 10,000 of them),
writes the interactions in chronological order with their participants, and then the open tasks
and reminders with their RRULEs, contacts and alarms.
"""

from __future__ import annotations

import math
import random
from array import array
from datetime import UTC, datetime, timedelta

from pcrm.domain.recurrence import occurrences, validate_rrule
from pcrm.services.demo_cultures import CULTURES
from pcrm.services.demo_load import (
    BATCH,
    BUSY_INTERACTIONS,
    INTERACTIONS_PER_TRANSACTION,
    YEARS,
    Load,
    Row,
    TimeText,
    uid_prefix,
    weighted,
)
from pcrm.services.demo_vocabulary import (
    ALARMS,
    CALL_CHANNEL_W,
    CALL_CHANNELS,
    HOURS,
    KIND_WEIGHTS,
    KINDS,
    LIFE_EVENTS,
    LOCATIONS,
    MEETING_MINUTES,
    MESSAGE_CHANNEL_W,
    MESSAGE_CHANNELS,
    RRULES,
    SEASON,
    SENTENCES,
    SLOTS,
    SUBJECTS,
    TASKS,
    TITLES_EN,
    WEEKDAY,
    fill,
)
from pcrm.store import models as m

_KIND = {name: code for code, name in enumerate(KINDS)}
_MESSAGE, _CALL, _MEETING, _NOTE, _LIFE = (_KIND[k] for k in KINDS)


class TimelinePart(Load):
    """Builds the text pools, plans the timeline, writes the interactions and the tasks."""

    # -- text -------------------------------------------------------------------------------------

    def build_text_pools(self) -> None:
        rng = random.Random(self.seed * 31 + 7)
        for lang, templates in SENTENCES.items():
            size = 2500 if lang != "ru" else 1200
            self.sentences[lang] = [
                fill(rng, rng.choice(templates), SLOTS[lang]) for _ in range(size)
            ]
        for lang, by_kind in SUBJECTS.items():
            self.subjects[lang] = {
                _KIND[kind]: [
                    fill(rng, rng.choice(templates), SLOTS[lang], who="{who}") for _ in range(150)
                ]
                for kind, templates in by_kind.items()
            }

    # -- the timeline plan ------------------------------------------------------------------------

    def plan_timeline(self) -> None:
        """When each interaction happens, its kind and its participants; not yet its text.

        Planned before any contact is written so that each contact's ``last_interaction_at``
        goes in with it.  Interactions come out in chronological order.
        """
        rng = random.Random(self.seed * 104_729 + 3)
        rand = rng.random
        total = self.n_interactions
        n = self.n_contacts
        busy_total = (
            (BUSY_INTERACTIONS if total >= 2 * BUSY_INTERACTIONS else total // 2) if n > 1 else 0
        )
        local_today = self.now.astimezone(self.zone).date()
        first = local_today - timedelta(days=365 * YEARS + YEARS // 4)
        days = [first + timedelta(days=d) for d in range((local_today - first).days)]
        weights = []
        for index, day in enumerate(days):
            w = SEASON[day.month - 1] * WEEKDAY[day.weekday()] * (0.6 + 0.8 * index / len(days))
            if (day.month == 12 and day.day >= 24) or (day.month == 1 and day.day <= 8):
                w *= 0.35
            weights.append(w)
        per_day = [0] * len(days)
        for d in rng.choices(range(len(days)), weights=weights, k=total):
            per_day[d] += 1
        kind_table = weighted(range(len(KINDS)), KIND_WEIGHTS)
        hours = {_KIND[k]: weighted(range(24), w, 960) for k, w in HOURS.items()}

        # how often each contact turns up: a long tail, a third of the address book dormant
        cum_activity: list[float] = [0.0]
        acc = 0.0
        for _ in range(n - 1):
            acc += math.exp(rng.gauss(0, 1.2)) * (0.04 if rand() < 0.35 else 1.0)
            cum_activity.append(acc)
        busy = bytearray(total)
        for i in rng.sample(range(total), busy_total):
            busy[i] = 1

        ts = array("q", bytes(8 * total))
        kind_of = bytearray(total)
        offsets = array("i", bytes(4 * (total + 1)))
        parts = array("i")
        last = [-1] * n
        # participants other than the busy contact (index 0 has weight 0: never drawn)
        pool_size = 100_000
        pool: list[int] = []
        pool_at = pool_size
        population = range(n)
        i = 0
        for d, count in enumerate(per_day):
            if not count:
                continue
            day = days[d]
            noon = datetime(day.year, day.month, day.day, 12, tzinfo=self.zone)
            offset = noon.utcoffset() or timedelta(0)
            midnight = (day - TimeText.EPOCH).days * 86_400 - int(offset.total_seconds())
            planned = []
            for _ in range(count):
                kind = kind_table[int(rand() * len(kind_table))]
                if kind == _LIFE:
                    second = 0
                else:
                    table = hours[kind]
                    second = table[int(rand() * len(table))] * 3600
                    second += int(rand() * 4) * 900 if kind == _MEETING else int(rand() * 3600)
                planned.append(second * 8 + kind)
            planned.sort()
            for code in planned:
                second, kind = divmod(code, 8)
                moment = midnight + second
                ts[i] = moment
                kind_of[i] = kind
                roll = rand()
                if kind == _MEETING:
                    size = (1 if roll < 0.4 else 2 if roll < 0.65 else 3 if roll < 0.8 else
                            4 if roll < 0.9 else 5 + int(rand() * 4))  # fmt: skip
                elif kind in (_LIFE, _NOTE):
                    size = 1
                else:
                    size = 1 if roll < 0.86 else 2 if roll < 0.96 else 3
                if n == 1:
                    chosen = [0]
                elif size == 1 and not busy[i]:  # the common case, kept short
                    if pool_at == pool_size:
                        pool, pool_at = (
                            rng.choices(population, cum_weights=cum_activity, k=pool_size),
                            0,
                        )
                    c = pool[pool_at]
                    pool_at += 1
                    parts.append(c)
                    last[c] = moment
                    i += 1
                    offsets[i] = len(parts)
                    continue
                else:
                    chosen = [0] if busy[i] else []
                    size = min(size, n)
                    attempts = 0
                    while len(chosen) < size and attempts < 20:
                        attempts += 1
                        if pool_at == pool_size:
                            pool, pool_at = (
                                rng.choices(population, cum_weights=cum_activity, k=pool_size),
                                0,
                            )
                        c = pool[pool_at]
                        pool_at += 1
                        if c not in chosen:
                            chosen.append(c)
                for c in chosen:
                    parts.append(c)
                    last[c] = moment
                i += 1
                offsets[i] = len(parts)
        self.timeline_ts, self.timeline_kind = ts, kind_of
        self.timeline_offsets, self.timeline_parts = offsets, parts
        self.last = last

    # -- the timeline -----------------------------------------------------------------------------

    def interaction_rows(
        self, start: int, stop: int, rng: random.Random
    ) -> tuple[list[Row], list[Row]]:
        rand = rng.random
        ts, kinds = self.timeline_ts, self.timeline_kind
        offsets, parts = self.timeline_offsets, self.timeline_parts
        ids, people = self.contact_ids, self.people
        base = self.bases["interactions"]
        text = self.clock.text
        sentences = self.sentences
        subjects = self.subjects
        lang_tables = self.lang_tables
        call_channels, message_channels = self.call_channels, self.message_channels
        durations = self.call_durations
        life_events = tuple(LIFE_EVENTS)
        rows: list[Row] = []
        others: list[Row] = []  # the second and later participants
        for i in range(start, stop):
            iid = base + i + 1
            starts = text(ts[i])
            kind = kinds[i]
            first = offsets[i]
            who = people[parts[first]]
            langs = lang_tables[who.culture]
            lang = langs[int(rand() * len(langs))]
            pool = sentences[lang]
            size = len(pool)
            channel = direction = location = subject = body = life_event = None
            duration = None
            if kind == _LIFE:
                life_event = life_events[int(rand() * len(life_events))]
                subject = LIFE_EVENTS[life_event][lang].format(
                    org=self.org_names[int(rand() * len(self.org_names))]
                    if self.org_names
                    else "—",
                    city=SLOTS["en"]["city"][int(rand() * 12)],
                    title=TITLES_EN[int(rand() * 20)],
                )
                body = pool[int(rand() * size)] if rand() < 0.5 else None
                rows.append((iid, "life_event", life_event, None, None, starts, 1, None, None,
                             subject, body, 0, ids[parts[first]]))  # fmt: skip
                continue
            if kind == _CALL:
                channel = call_channels[int(rand() * len(call_channels))]
                direction = "incoming" if rand() < 0.45 else "outgoing"
                duration = durations[int(rand() * len(durations))]
            elif kind == _MESSAGE:
                channel = message_channels[int(rand() * len(message_channels))]
                direction = "incoming" if rand() < 0.5 else "outgoing"
            elif kind == _MEETING:
                channel = "in_person" if rand() < 0.75 else "video"
                duration = MEETING_MINUTES[int(rand() * len(MEETING_MINUTES))] * 60
                if rand() < 0.6:
                    location = LOCATIONS[int(rand() * len(LOCATIONS))]
            roll = rand()
            chat = kind == _MESSAGE and channel != "email"
            if not chat or roll < 0.15:
                titles = subjects[lang][kind]
                subject = titles[int(rand() * len(titles))]
                if "{" in subject:
                    subject = subject.replace("{who}", who.given)
            roll = rand()
            if chat:
                body = (
                    pool[int(rand() * size)]
                    if roll < 0.85
                    else (pool[int(rand() * size)] + " " + pool[int(rand() * size)])
                )
            elif roll < 0.06:
                body = None
            elif roll < 0.5:
                body = pool[int(rand() * size)]
            elif roll < 0.85:
                body = pool[int(rand() * size)] + " " + pool[int(rand() * size)]
            else:
                body = (pool[int(rand() * size)] + " " + pool[int(rand() * size)] + "\n\n"
                        + pool[int(rand() * size)])  # fmt: skip
            rows.append((iid, KINDS[kind], None, channel, direction, starts, 0, duration, location,
                         subject, body, int(rand() < 0.02), ids[parts[first]]))  # fmt: skip
            role = "attendee" if kind == _MEETING else None
            for k in range(first + 1, offsets[i + 1]):
                others.append((iid, ids[parts[k]], starts, role))
        return rows, others

    def write_timeline(self) -> None:
        assert self.conn is not None
        rng = random.Random(self.seed * 7919 + 1)
        self.lang_tables = [weighted([lang for lang, _ in c.texts], [w for _, w in c.texts], 100)
                            for c in CULTURES]  # fmt: skip
        self.call_channels = weighted(CALL_CHANNELS, CALL_CHANNEL_W, 100)
        self.message_channels = weighted(MESSAGE_CHANNELS, MESSAGE_CHANNEL_W, 100)
        self.call_durations = sorted(
            int(min(7200, 20 + math.exp(rng.gauss(5.5, 1.0)))) for _ in range(1000)
        )
        prefix = uid_prefix(self.rng)
        zone = self.zone_name.replace("'", "''")
        total = self.n_interactions
        interaction_cols = ("id", "kind", "life_event", "channel", "direction", "starts_at",
                            "all_day", "duration_seconds", "location", "subject", "body",
                            "is_private", "participant")  # fmt: skip
        # every interaction's first participant is staged with it (one row, one bind less)
        first_participant = (
            "INSERT INTO main.interaction_participants"
            " (interaction_id, contact_id, starts_at, role)"
            " SELECT id, participant, starts_at, CASE kind WHEN 'meeting' THEN 'organizer' END"
            " FROM {stage} ORDER BY rowid"
        )
        computed = (
            ("uid", f"printf('%s%012x', '{prefix}', id)"), ("time_zone", f"'{zone}'"),
            ("created_at", "starts_at"), ("updated_at", "starts_at"),
        )  # fmt: skip
        participant_cols = ("interaction_id", "contact_id", "starts_at", "role")
        for tx_start in range(0, total, INTERACTIONS_PER_TRANSACTION):
            tx_stop = min(total, tx_start + INTERACTIONS_PER_TRANSACTION)
            with self.bulk_transaction():
                for start in range(tx_start, tx_stop, BATCH):
                    stop = min(tx_stop, start + BATCH)
                    rows, others = self.interaction_rows(start, stop, rng)
                    self.bulk("interactions", interaction_cols, rows, computed,
                              stage_only=("participant",), then=(first_participant,))  # fmt: skip
                    self.count("interaction_participants", len(rows))
                    self.bulk("interaction_participants", participant_cols, others)
                    self.progress("interactions", stop, total)
        self.progress("interactions", total, total)

    # -- tasks ------------------------------------------------------------------------------------

    def write_tasks(self) -> None:
        rng = self.rng
        count = max(3, min(600, self.n_contacts // 150))
        base = self.bases["tasks"]
        prefix = uid_prefix(rng)
        now = self.now
        local_now = now.astimezone(self.zone).replace(tzinfo=None)
        tasks, links, alarms = [], [], []
        for k in range(count):
            tid = base + k + 1
            i = 0 if k < 3 else rng.randrange(self.n_contacts)
            p = self.people[i]
            lang = CULTURES[p.culture].texts[0][0]
            lang = lang if lang in TASKS else "en"
            title = fill(rng, rng.choice(TASKS[lang]), SLOTS[lang], who=p.given)
            rule = rng.choice(RRULES)
            wall = (local_now + timedelta(days=rng.randrange(-40, 90))).replace(
                hour=rng.choice((9, 10, 12, 15, 18)),
                minute=rng.choice((0, 0, 30)),
                second=0,
                microsecond=0,
            )
            all_day = rng.random() < 0.2
            if all_day:
                wall = wall.replace(hour=0, minute=0)
            zone_name = self.zone_name if rng.random() < 0.5 else None
            if rule is not None:
                rule = validate_rrule(rule, wall)
                after = now - timedelta(days=7)  # a recurring one shows its next occurrence
            else:
                after = datetime.min.replace(tzinfo=UTC)
            found = occurrences(rule, wall, self.zone, after)
            tasks.append({
                "id": tid, "uid": f"{prefix}{tid:012x}", "kind": rng.choice(("task", "reminder")),
                "title": title, "notes": None, "starts_local": wall.strftime("%Y-%m-%dT%H:%M:%S"),
                "time_zone": zone_name, "all_day": all_day, "rrule": rule, "exdates": None,
                "next_due_at": found[0].astimezone(UTC) if found else None, "status": "open",
                "completed_at": None, "snoozed_until": None,
                "priority": rng.choice((None, None, 1, 2, 3)), "is_private": False,
                "interaction_id": None, "deleted_at": None, "created_at": now, "updated_at": now,
            })  # fmt: skip
            chosen = {self.contact_ids[i]}
            if rng.random() < 0.2:
                chosen.add(self.contact_ids[rng.randrange(self.n_contacts)])
            links += [{"task_id": tid, "contact_id": c} for c in sorted(chosen)]
            alarms += [
                {"task_id": tid, "interaction_id": None, "minutes_before": x}
                for x in sorted(set(rng.sample(ALARMS, 1 + rng.randrange(2))))
            ]
        self.core(m.Task, tasks)
        self.core(m.TaskContact, links)
        self.core(m.Alarm, alarms)
        self.progress("tasks", count, count)
