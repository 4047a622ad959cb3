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
cached per distinct value) and written in bulk by :mod:`pcrm.services.import_rows`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import text, update
from sqlalchemy.orm import Session

from pcrm import errors
from pcrm.clock import Clock
from pcrm.domain import phones
from pcrm.domain.imported import ImportedContact
from pcrm.gcpause import paused_gc
from pcrm.services.base import Service
from pcrm.services.changes import ChangeSet
from pcrm.services.contact_match import Matcher, Merge, Prepared, load_stored, merge, prepare
from pcrm.services.contacts import CONTACT, ContactService
from pcrm.services.ical_import import CREATED, IMPORT_BATCH, SKIPPED, UPDATED
from pcrm.services.import_rows import Writer, delete_rows, json_ids
from pcrm.services.organisations import GROUP, ORGANISATION
from pcrm.store import models as m
from pcrm.store.database import Database
from pcrm.store.raw import utc_from_text

Progress = Callable[[str, int, int], None]  # stage, done, total (Job.report)
CHUNK = 2_000  # contacts written between two looks at ``cancelled``
SAME = "same as stored"


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
        with paused_gc():  # bulk work: see pcrm.gcpause
            return self._preview(records, source_name, format, cancelled, progress)

    def _preview(
        self,
        records: list[ImportedContact],
        source_name: str,
        format: str,
        cancelled: Callable[[], bool] | None,
        progress: Progress | None,
    ) -> ContactPreview:
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
        with paused_gc():  # bulk work: see pcrm.gcpause
            return self._apply(preview, cancelled, progress)

    def _apply(
        self,
        preview: ContactPreview,
        cancelled: Callable[[], bool] | None,
        progress: Progress | None,
    ) -> ChangeSet:
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
            writer = Writer(s, now, batch.id)
            names = [n for p in plan.create for n, _ in p.affiliations]
            names += [n for _, _, merged in plan.update for n, _ in merged.affiliations]
            writer.organisations(names)
            groups = [g for p in plan.create for g in p.groups]
            writer.groups(groups + [g for _, _, merged in plan.update for g in merged.groups])
            fields = [f for p in plan.create for f in p.custom]
            writer.custom_fields(
                fields + [f for _, _, merged in plan.update for f in merged.custom]
            )
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
                "custom_fields": writer.new_custom_fields,
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
            delete_rows(s, "contact_search", "contact_id", created)
            delete_rows(s, "contacts", "id", created)
            restored: list[dict[str, Any]] = []
            for key, before in report.get("before", {}).items():
                contact_id = int(key)
                for table, ids in before["rows"].items():
                    delete_rows(s, table, "id", ids)
                s.execute(
                    text(
                        "DELETE FROM custom_field_values WHERE contact_id = :contact AND field_id "
                        "IN (SELECT value FROM json_each(:keys))"
                    ),
                    {"contact": contact_id, "keys": json_ids(before.get("custom", []))},
                )
                s.execute(
                    text(
                        "DELETE FROM group_members WHERE contact_id = :contact AND group_id IN "
                        "(SELECT value FROM json_each(:keys))"
                    ),
                    {"contact": contact_id, "keys": json_ids(before["groups"])},
                )
                if before["photo"]:
                    delete_rows(s, "photos", "contact_id", [contact_id])
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
                {"keys": json_ids(groups)},
            )
            organisations = [int(i) for i in report.get("organisations", [])]
            s.execute(
                text(
                    "DELETE FROM organisations WHERE id IN (SELECT value FROM json_each(:keys)) "
                    "AND NOT EXISTS (SELECT 1 FROM affiliations WHERE organisation_id = "
                    "organisations.id)"
                ),
                {"keys": json_ids(organisations)},
            )
            s.execute(
                text(
                    "DELETE FROM custom_field_defs WHERE id IN (SELECT value FROM json_each(:keys))"
                    " AND NOT EXISTS (SELECT 1 FROM custom_field_values WHERE field_id = "
                    "custom_field_defs.id)"
                ),
                {"keys": json_ids(report.get("custom_fields", []))},
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
