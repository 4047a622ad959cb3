"""Importing contacts read from vCard or CSV files: a preview first, then one undoable batch.

The readers (``domain.vcard_read``, ``domain.csv_read``, reached through
:mod:`pcrm.services.contact_formats`) turn a file into :class:`ImportedContact` records;
:meth:`ContactImportService.preview` says what importing them would do, record by record
(created, updated or skipped, with the reason and what an update adds), and changes nothing.
The rules for matching records to stored contacts and for merging them are
:mod:`pcrm.services.contact_match`'s.

:meth:`~ContactImportService.apply` does it in one transaction under one ``ImportBatch``: a
failure or a cancel (checked between chunks) rolls everything back.  Matching runs again inside
that transaction, so a preview taken a while ago (or an undone import done again) still lands
right.  The batch's report keeps what :meth:`~ContactImportService.undo_batch` needs: the
created contacts, organisations and groups, and for each updated contact the rows the import
added and the columns it changed with their values before.

Speed: the ORM costs about 300 µs per contact just to build its objects, so rows are computed
once by the preview (the column functions of :mod:`pcrm.services.contacts`, phone numbers
cached per distinct value) and written with Core bulk inserts, ids allocated up front, a
contact's children before the contact under ``defer_foreign_keys``, so the contact's insert
trigger builds its search document once (as the demo loader does).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, insert, select, text, update
from sqlalchemy.orm import Session

from pcrm import errors
from pcrm.clock import Clock
from pcrm.domain import phones
from pcrm.domain.imported import ImportedContact, ImportedPhoto
from pcrm.services.base import Service
from pcrm.services.changes import ChangeSet
from pcrm.services.contact_match import Matcher, Merge, Prepared, load_stored, merge, prepare
from pcrm.services.contacts import CONTACT, ContactService
from pcrm.services.ical_import import CREATED, IMPORT_BATCH, SKIPPED, UPDATED
from pcrm.services.organisations import GROUP, ORGANISATION
from pcrm.store import models as m
from pcrm.store.database import Database
from pcrm.store.types import utc_from_text

Progress = Callable[[str, int, int], None]  # stage, done, total (Job.report)
CHUNK = 2_000  # contacts written between two looks at ``cancelled``
SAME = "same as stored"


def _table(model: type[m.Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


_CHILDREN = {
    "contact_fields": _table(m.ContactField),
    "postal_addresses": _table(m.PostalAddress),
    "important_dates": _table(m.ImportantDate),
    "affiliations": _table(m.Affiliation),
    "vcard_extras": _table(m.VCardExtra),
}


@dataclass(frozen=True)
class ContactOutcome:
    """One record of the file and what importing it does."""

    line: int
    action: str  # CREATED, UPDATED or SKIPPED
    name: str  # the record's name
    reason: str  # how it matched, or why it is skipped
    contact_id: int | None = None  # the stored contact it updates (or duplicates)
    contact_name: str | None = None
    changes: tuple[str, ...] = ()  # what an update adds
    kept: tuple[str, ...] = ()  # what the file says differently; pcrm's value stays
    notes: tuple[str, ...] = ()  # what the reader changed or dropped


@dataclass
class ContactPreview:
    source_name: str
    format: str  # import_formats.VCARD or CSV
    outcomes: list[ContactOutcome]
    prepared: list[Prepared] = field(repr=False, default_factory=list)
    refused: dict[int, str] = field(repr=False, default_factory=dict)  # index -> reason
    records: list[ImportedContact] = field(repr=False, default_factory=list)

    def counts(self) -> Counter[str]:
        found = Counter({CREATED: 0, UPDATED: 0, SKIPPED: 0})
        found.update(o.action for o in self.outcomes)
        return found

    def rows(self, action: str | None = None) -> list[ContactOutcome]:
        return [o for o in self.outcomes if action is None or o.action == action]

    @property
    def changes_anything(self) -> bool:
        counts = self.counts()
        return bool(counts[CREATED] or counts[UPDATED])


@dataclass
class _Plan:
    outcomes: list[ContactOutcome]
    create: list[Prepared]
    update: list[tuple[Prepared, int, Merge]]


class ContactImportService(Service):
    def __init__(self, db: Database, clock: Clock, contacts: ContactService) -> None:
        super().__init__(db, clock)
        self.contacts = contacts

    # -- the preview ------------------------------------------------------------------------------

    def preview(
        self,
        records: list[ImportedContact],
        source_name: str,
        format: str,
        *,
        cancelled: Callable[[], bool] | None = None,
        progress: Progress | None = None,
    ) -> ContactPreview:
        """What importing ``records`` would do; changes nothing.  ImportCancelled when
        ``cancelled`` says so."""
        stop = cancelled or (lambda: False)
        region = self.contacts.home_region()
        cache: dict[str, str | None] = {}

        def to_e164(value: str, home: str) -> str | None:
            if value not in cache:
                cache[value] = phones.to_e164(value, home)
            return cache[value]

        prepared: list[Prepared] = []
        refused: dict[int, str] = {}
        for index, record in enumerate(records):
            if index % CHUNK == 0:
                if stop():
                    raise errors.ImportCancelled()
                if progress is not None:
                    progress("records", index, len(records))
            found = prepare(record, index, region, to_e164)
            if isinstance(found, str):
                refused[index] = found
            else:
                prepared.append(found)
        preview = ContactPreview(source_name, format, [], prepared, refused, records)
        with self.read() as s:
            preview.outcomes = self._plan(s, preview).outcomes
        return preview

    def _plan(self, s: Session, preview: ContactPreview) -> _Plan:
        matcher = Matcher(s, preview.prepared)
        outcomes: dict[int, ContactOutcome] = {}
        create: list[Prepared] = []
        matched: list[tuple[Prepared, int, str]] = []
        seen_uid: dict[str, int] = {}
        claimed: dict[int, int] = {}  # stored contact -> the line that matched it
        new_values: dict[tuple[str, str], int] = {}

        def skip(p: Prepared, reason: str, contact_id: int | None = None) -> None:
            name = matcher.shown.get(contact_id) if contact_id else None
            outcomes[p.index] = ContactOutcome(p.line, SKIPPED, p.name, reason, contact_id, name)

        for p in preview.prepared:
            if p.uid and p.uid in seen_uid:
                skip(p, f"the same UID as the record on line {seen_uid[p.uid]}")
                continue
            if p.uid:
                seen_uid[p.uid] = p.line
            match = matcher.match(p)
            if match.refusal:
                skip(p, match.refusal)
            elif match.contact_id is not None:
                if match.contact_id in claimed:
                    line = claimed[match.contact_id]
                    skip(
                        p,
                        f"a duplicate of line {line}, which matches the same contact",
                        match.contact_id,
                    )
                    continue
                claimed[match.contact_id] = p.line
                matched.append((p, match.contact_id, match.how))
            else:
                values = [(k, v) for k in ("email", "phone") for v in p.values(k)]
                twin = next((new_values[v] for v in values if v in new_values), None)
                if twin is not None:
                    skip(p, f"a duplicate of line {twin}: the same e-mail or phone")
                    continue
                new_values.update(dict.fromkeys(values, p.line))
                create.append(p)
                outcomes[p.index] = ContactOutcome(p.line, CREATED, p.name, match.how)
        stored = load_stored(s, [contact_id for _, contact_id, _ in matched])
        update: list[tuple[Prepared, int, Merge]] = []
        for p, contact_id, how in matched:
            merged = merge(stored[contact_id], p)
            name = matcher.shown[contact_id]
            if merged.changes:
                update.append((p, contact_id, merged))
                outcome = ContactOutcome(
                    p.line, UPDATED, p.name, how, contact_id, name,
                    tuple(merged.changes), tuple(merged.kept),
                )  # fmt: skip
            else:
                reason = f"{how}; nothing new (your values kept)" if merged.kept else SAME
                outcome = ContactOutcome(
                    p.line, SKIPPED, p.name, reason, contact_id, name, (), tuple(merged.kept)
                )
            outcomes[p.index] = outcome
        for index, reason in preview.refused.items():
            record = preview.records[index]
            shown = record.card.display_name or record.card.given or record.card.family or ""
            outcomes[index] = ContactOutcome(record.line, SKIPPED, shown, reason)
        ordered = []
        for index in sorted(outcomes):
            notes = tuple(preview.records[index].notes) if preview.records else ()
            outcome = outcomes[index]
            ordered.append(replace(outcome, notes=notes) if notes else outcome)
        return _Plan(ordered, create, update)

    # -- writing ----------------------------------------------------------------------------------

    def apply(
        self,
        preview: ContactPreview,
        cancelled: Callable[[], bool] | None = None,
        progress: Progress | None = None,
    ) -> ChangeSet:
        """Import what ``preview`` found in one transaction and one batch; an import that
        changes nothing leaves no batch (and returns an empty ChangeSet)."""
        stop = cancelled or (lambda: False)
        now = self.now()
        with self.write() as s:
            s.execute(text("PRAGMA defer_foreign_keys = ON"))
            plan = self._plan(s, preview)
            if not (plan.create or plan.update):
                return ChangeSet()
            batch = m.ImportBatch(
                source_format=preview.format,
                source_name=preview.source_name,
                created_at=now,
                report={},
            )
            s.add(batch)
            s.flush()
            writer = _Writer(s, now, batch.id)
            names = [n for p in plan.create for n, _ in p.affiliations]
            names += [n for _, _, merged in plan.update for n, _ in merged.affiliations]
            writer.organisations(names)
            groups = [g for p in plan.create for g in p.groups]
            writer.groups(groups + [g for _, _, merged in plan.update for g in merged.groups])
            total = len(plan.create) + len(plan.update)
            done = 0
            for start in range(0, len(plan.create), CHUNK):
                if stop():
                    raise errors.ImportCancelled()
                for p in plan.create[start : start + CHUNK]:
                    writer.create(p)
                writer.flush()
                done = min(start + CHUNK, len(plan.create))
                if progress is not None:
                    progress("contacts", done, total)
            for start in range(0, len(plan.update), CHUNK):
                if stop():
                    raise errors.ImportCancelled()
                for _p, contact_id, merged in plan.update[start : start + CHUNK]:
                    writer.update(contact_id, merged)
                writer.flush()
                if progress is not None:
                    progress("contacts", done + min(start + CHUNK, len(plan.update)), total)
            if stop():
                raise errors.ImportCancelled()
            writer.close()
            counts = Counter(o.action for o in plan.outcomes)
            batch.report = {
                "created": len(writer.created),
                "updated": len(writer.before),
                "skipped": counts[SKIPPED],
                "contacts": writer.created,
                "groups": writer.new_groups,
                "organisations": writer.new_organisations,
                "before": writer.before,
            }
            return (
                ChangeSet()
                .add("created", IMPORT_BATCH, batch.id)
                .add("created", CONTACT, *writer.created)
                .add("updated", CONTACT, *(int(i) for i in writer.before))
                .add("created", GROUP, *writer.new_groups)
                .add("updated", GROUP, *writer.joined_groups)
                .add("created", ORGANISATION, *writer.new_organisations)
            )

    def undo_batch(self, batch_id: int) -> ChangeSet:
        """Take an import back in one transaction: the contacts it created go (with all that
        hangs on them), the ones it updated lose what it added and get their changed columns
        back, and the groups and organisations it created go if nothing else uses them."""
        now = self.now()
        with self.write() as s:
            batch = s.get(m.ImportBatch, batch_id)
            if batch is None:
                raise errors.NotFound(what="import", query=f"#{batch_id}")
            if batch.undone_at is not None:
                raise errors.BadInput(where=f"import #{batch_id}", reason="it was undone already")
            report = batch.report
            created = [int(i) for i in report.get("contacts", [])]
            # Their search documents first: deleting a contact deletes its children, each of
            # which would otherwise rewrite the document in the full-text index on its way out.
            _delete(s, "contact_search", "contact_id", created)
            _delete(s, "contacts", "id", created)
            restored: list[dict[str, Any]] = []
            for key, before in report.get("before", {}).items():
                contact_id = int(key)
                for table, ids in before["rows"].items():
                    _delete(s, table, "id", ids)
                s.execute(
                    text(
                        "DELETE FROM group_members WHERE contact_id = :contact AND group_id IN "
                        "(SELECT value FROM json_each(:keys))"
                    ),
                    {"contact": contact_id, "keys": _json(before["groups"])},
                )
                if before["photo"]:
                    _delete(s, "photos", "contact_id", [contact_id])
                updated_at = utc_from_text(before["updated_at"])
                restored.append({"id": contact_id, **before["columns"], "updated_at": updated_at})
            if restored:
                s.execute(update(m.Contact), restored)
            groups = [int(i) for i in report.get("groups", [])]
            s.execute(
                text(
                    "DELETE FROM groups WHERE id IN (SELECT value FROM json_each(:keys)) AND NOT "
                    "EXISTS (SELECT 1 FROM group_members WHERE group_id = groups.id)"
                ),
                {"keys": _json(groups)},
            )
            organisations = [int(i) for i in report.get("organisations", [])]
            s.execute(
                text(
                    "DELETE FROM organisations WHERE id IN (SELECT value FROM json_each(:keys)) "
                    "AND NOT EXISTS (SELECT 1 FROM affiliations WHERE organisation_id = "
                    "organisations.id)"
                ),
                {"keys": _json(organisations)},
            )
            batch.undone_at = now
        return (
            ChangeSet()
            .add("deleted", CONTACT, *created)
            .add("updated", CONTACT, *(r["id"] for r in restored))
            .add("deleted", GROUP, *groups)
            .add("deleted", ORGANISATION, *organisations)
            .add("deleted", IMPORT_BATCH, batch_id)
        )


def _json(ids: Iterable[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def _delete(s: Session, table: str, column: str, ids: list[int]) -> None:
    if ids:  # table and column are this module's constants
        s.execute(
            text(f"DELETE FROM {table} WHERE {column} IN (SELECT value FROM json_each(:keys))"),  # noqa: S608
            {"keys": _json(ids)},
        )


class _Writer:
    """Rows for one import, with their ids allocated up front, written in bulk."""

    def __init__(self, s: Session, now: datetime, batch_id: int) -> None:
        self.s = s
        self.now = now
        self.batch_id = batch_id
        tables = ("contacts", *_CHILDREN, "organisations", "groups")
        self.next = {t: self._max_id(t) + 1 for t in tables}
        self.rows: dict[str, list[dict[str, Any]]] = {t: [] for t in _CHILDREN}
        self.contacts: list[dict[str, Any]] = []
        self.members: list[dict[str, Any]] = []
        self.photos: list[dict[str, Any]] = []
        self.updates: list[dict[str, Any]] = []
        self.organisation_ids: dict[str, int] = {}
        self.group_ids: dict[str, int] = {}
        self.created: list[int] = []
        self.before: dict[str, dict[str, Any]] = {}
        self.new_groups: list[int] = []
        self.new_organisations: list[int] = []
        self.joined_groups: set[int] = set()
        self.staged: list[str] = []

    def _max_id(self, table: str) -> int:
        return int(self.s.scalar(text(f"SELECT coalesce(max(id), 0) FROM {table}")) or 0)  # noqa: S608

    def _id(self, table: str) -> int:
        value = self.next[table]
        self.next[table] += 1
        return value

    def organisations(self, names: Iterable[str]) -> None:
        """Find the live organisations named (case-insensitive, the oldest first, as
        ``ContactService.organisation_id`` does) and create the missing ones."""
        wanted = {n.casefold(): n for n in names}
        if not wanted:
            return
        o = m.Organisation
        rows = self.s.execute(
            select(func.pcrm_casefold(o.name), o.id)
            .where(o.deleted_at.is_(None), func.pcrm_casefold(o.name).in_(list(wanted)))
            .order_by(o.id.desc())
        )
        self.organisation_ids = {str(key): int(found) for key, found in rows}
        new: list[dict[str, Any]] = []
        for key, name in wanted.items():
            if key not in self.organisation_ids:
                self.organisation_ids[key] = self._id("organisations")
                new.append(
                    {
                        "id": self.organisation_ids[key],
                        "uid": m.new_uid(),
                        "name": name,
                        "created_at": self.now,
                        "updated_at": self.now,
                    }
                )
        if new:
            self.s.connection().execute(insert(_table(m.Organisation)), new)
            self.new_organisations = [row["id"] for row in new]

    def groups(self, names: Iterable[str]) -> None:
        """The live (not smart) groups named, and new ones for the missing names."""
        wanted = {n.casefold(): n for n in names}
        if not wanted:
            return
        g = m.Group
        rows = self.s.execute(
            select(func.pcrm_casefold(g.name), g.id)
            .where(
                g.deleted_at.is_(None),
                g.query.is_(None),
                func.pcrm_casefold(g.name).in_(list(wanted)),
            )
            .order_by(g.id.desc())
        )
        self.group_ids = {str(key): int(found) for key, found in rows}
        position = int(self.s.scalar(select(func.count()).select_from(g)) or 0)
        new: list[dict[str, Any]] = []
        for key, name in wanted.items():
            if key not in self.group_ids:
                self.group_ids[key] = self._id("groups")
                new.append(
                    {
                        "id": self.group_ids[key],
                        "uid": m.new_uid(),
                        "name": name,
                        "position": position + len(new),
                        "created_at": self.now,
                        "updated_at": self.now,
                    }
                )
        if new:
            self.s.connection().execute(insert(_table(m.Group)), new)
            self.new_groups = [row["id"] for row in new]

    def _children(
        self,
        contact_id: int,
        rows: dict[str, list[dict[str, Any]]],
        affiliations: list[tuple[str, dict[str, Any]]],
        groups: list[str],
        photo: ImportedPhoto | None,
    ) -> dict[str, list[int]]:
        added: dict[str, list[int]] = {}
        for table, found in rows.items():
            for row in found:
                row_id = self._id(table)
                extra = {"uid": m.new_uid()} if table == "important_dates" else {}
                self.rows[table].append({**row, **extra, "id": row_id, "contact_id": contact_id})
                added.setdefault(table, []).append(row_id)
        for name, row in affiliations:
            row_id = self._id("affiliations")
            organisation_id = self.organisation_ids[name.casefold()]
            self.rows["affiliations"].append(
                {**row, "organisation_id": organisation_id, "id": row_id, "contact_id": contact_id}
            )
            added.setdefault("affiliations", []).append(row_id)
        for name in groups:
            group_id = self.group_ids[name.casefold()]
            self.members.append({"group_id": group_id, "contact_id": contact_id})
            self.joined_groups.add(group_id)
        if photo is not None:
            import hashlib

            self.photos.append(
                {
                    "contact_id": contact_id,
                    "mime_type": photo.mime_type,
                    "data": photo.data,
                    "sha256": hashlib.sha256(photo.data).hexdigest(),
                }
            )
        return added

    def create(self, p: Prepared) -> None:
        contact_id = self._id("contacts")
        self.contacts.append(
            {
                **p.columns,
                "id": contact_id,
                "uid": p.uid or m.new_uid(),
                "is_favourite": False,
                "is_archived": False,
                "import_batch_id": self.batch_id,
                "created_at": self.now,
                "updated_at": self.now,
            }
        )
        rows = {
            "contact_fields": p.fields,
            "postal_addresses": p.addresses,
            "important_dates": p.dates,
            "vcard_extras": p.extras,
        }
        self._children(contact_id, rows, p.affiliations, p.groups, p.photo)
        self.created.append(contact_id)

    def update(self, contact_id: int, merged: Merge) -> None:
        added = self._children(
            contact_id, merged.rows, merged.affiliations, merged.groups, merged.photo
        )
        self.before[str(contact_id)] = {
            "columns": merged.before,
            "updated_at": merged.updated_at,
            "rows": added,
            "groups": [self.group_ids[g.casefold()] for g in merged.groups],
            "photo": merged.photo is not None,
        }
        self.updates.append({"id": contact_id, **merged.columns, "updated_at": self.now})

    def flush(self) -> None:
        """Children first: the contacts' insert trigger then builds each search document once."""
        for table, rows in self.rows.items():
            self._insert(_CHILDREN[table], rows)
        self._insert(_table(m.Contact), self.contacts)
        for row in self.members:
            row["added_at"] = self.now
        self._insert(_table(m.GroupMember), self.members)
        self._insert(_table(m.Photo), self.photos)
        if self.updates:
            self.s.execute(update(m.Contact), self.updates)
            self.updates.clear()

    def _insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """Write ``rows`` (and empty the list) through a TEMP staging table and one
        ``INSERT … SELECT``: fed one row per statement, the search triggers cost about twice as
        much.  Values go through the columns' own bind processors (JSON, booleans, UTC times),
        so they are stored exactly as the ORM stores them, without its per-row cost."""
        if not rows:
            return
        conn = self.s.connection()
        columns = list(rows[0])
        processors = [
            (i, process)
            for i, name in enumerate(columns)
            if (process := table.c[name].type.bind_processor(conn.dialect)) is not None
        ]
        # Most values of a processed column repeat (None, False, the import's time): each
        # distinct immutable one is processed once.
        seen: list[dict[Any, Any]] = [{} for _ in processors]
        values = []
        for row in rows:
            value = [row[name] for name in columns]
            for (i, process), done in zip(processors, seen, strict=True):
                raw_value = value[i]
                if isinstance(raw_value, dict | list):
                    value[i] = process(raw_value)
                elif raw_value in done:
                    value[i] = done[raw_value]
                else:
                    value[i] = done[raw_value] = process(raw_value)
            values.append(value)
        rows.clear()
        raw = conn.connection.driver_connection
        assert raw is not None
        stage = f"temp.pcrm_import_{table.name}"
        names = ", ".join(f'"{name}"' for name in columns)
        marks = ", ".join("?" * len(columns))
        # table and column names come from the ORM's metadata, never from input
        statements = (
            f"CREATE TEMP TABLE {stage[5:]} AS SELECT {names} FROM main.{table.name} WHERE 0",  # noqa: S608
            f"INSERT INTO {stage} ({names}) VALUES ({marks})",  # noqa: S608
            f"INSERT INTO main.{table.name} ({names}) SELECT {names} FROM {stage} ORDER BY rowid",  # noqa: S608
            f"DELETE FROM {stage}",  # noqa: S608
        )
        if stage not in self.staged:
            raw.execute(statements[0])
            self.staged.append(stage)
        raw.executemany(statements[1], values)
        raw.execute(statements[2])
        raw.execute(statements[3])

    def close(self) -> None:
        """Drop the staging tables (inside the transaction: a rollback drops them too)."""
        raw = self.s.connection().connection.driver_connection
        assert raw is not None
        for stage in self.staged:
            raw.execute(f"DROP TABLE {stage}")
