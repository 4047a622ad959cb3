"""Importing meetings from an iCalendar file into the timeline: a preview, then one batch.

:meth:`IcalImportService.preview` reads the file (:mod:`pcrm.domain.ical_read`) and matches every
ATTENDEE and ORGANIZER to a contact, by e-mail and then by name; the ones it cannot match are
offered as new contacts.  :meth:`IcalPreview.outcomes` says, for the owner's choice of whom to
create, which meetings would be created, updated or skipped and why.  :meth:`apply` does it in
one transaction under one ``ImportBatch`` (a refused import changes nothing), and
:meth:`undo_batch` takes the whole batch back.

An imported meeting keeps its event's UID (``UID|RECURRENCE-ID`` for an occurrence of a series)
in ``interactions.source_uid``, so importing the file again updates what changed instead of
duplicating it.  A meeting without anyone among the owner's contacts is skipped: the timeline is
about people, and the interaction editor needs at least one participant.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pcrm import errors
from pcrm.clock import Clock
from pcrm.domain import ical_lines, ical_read
from pcrm.domain.card import ContactCard, FieldEntry
from pcrm.domain.ical_read import Meeting, Skipped
from pcrm.domain.kinds import FieldKind, InteractionKind
from pcrm.services.base import Service
from pcrm.services.changes import ChangeSet
from pcrm.services.contacts import CONTACT, ContactService
from pcrm.services.timeline import INTERACTION
from pcrm.store import models as m
from pcrm.store.database import Database

IMPORT_BATCH = "import_batch"
CREATED, UPDATED, SKIPPED = "created", "updated", "skipped"
_MEETING = InteractionKind.MEETING.value


@dataclass(frozen=True)
class Attendee:
    """Someone the file names, and the contact they are (``contact_id`` None: unknown)."""

    key: str  # the normalised e-mail, or ``name:`` and the case-folded name
    name: str | None
    email: str | None
    contact_id: int | None
    contact_name: str | None
    meetings: int

    @property
    def label(self) -> str:
        if self.name and self.email:
            return f"{self.name} <{self.email}>"
        return self.name or self.email or self.key


@dataclass(frozen=True)
class Proposal:
    """One meeting of the file and what is stored under its UID already."""

    meeting: Meeting
    existing_id: int | None = None
    trashed: bool = False
    stored: dict[str, Any] | None = None  # the stored meeting's state (see ``_state``)

    @property
    def label(self) -> str:
        return self.meeting.subject or "(no title)"


@dataclass(frozen=True)
class Outcome:
    action: str  # CREATED, UPDATED or SKIPPED
    what: str
    reason: str
    starts_at: datetime | None = None


@dataclass
class IcalPreview:
    path: Path
    proposals: list[Proposal]
    attendees: dict[str, Attendee]
    skipped: list[Skipped]
    notes: list[str]

    def unknown(self) -> list[Attendee]:
        """The people no contact matches, most frequent first: the ones to offer creating."""
        found = [a for a in self.attendees.values() if a.contact_id is None]
        return sorted(found, key=lambda a: (-a.meetings, a.label.casefold()))

    def outcomes(self, create: Collection[str] = ()) -> list[Outcome]:
        """What :meth:`IcalImportService.apply` would do with ``create`` (attendee keys)."""
        rows = [Outcome(SKIPPED, s.what, s.reason) for s in self.skipped]
        for proposal in self.proposals:
            action, reason = self._decide(proposal, create)
            rows.append(Outcome(action, proposal.label, reason, proposal.meeting.starts_at))
        return rows

    def counts(self, create: Collection[str] = ()) -> Counter[str]:
        return Counter(o.action for o in self.outcomes(create))

    def _decide(self, proposal: Proposal, create: Collection[str]) -> tuple[str, str]:
        ids: list[int | str] = []
        for person in proposal.meeting.people:
            attendee = self.attendees[person.key]
            if attendee.contact_id is not None:
                ids.append(attendee.contact_id)
            elif person.key in create:
                ids.append(person.key)
        if not ids:
            return SKIPPED, "nobody in it is among your contacts"
        if proposal.trashed:
            return SKIPPED, "imported before, and since moved to the trash"
        if proposal.stored is None:
            return CREATED, "new"
        if proposal.stored == _state(proposal.meeting, ids):
            return SKIPPED, "imported before, unchanged"
        return UPDATED, "changed since it was imported"


def _state(meeting: Meeting, participants: Iterable[int | str]) -> dict[str, Any]:
    """What an import sets on an interaction, as JSON: to compare, and to put back on undo."""
    return {
        "starts_at": meeting.starts_at.isoformat(),
        "time_zone": meeting.time_zone,
        "all_day": meeting.all_day,
        "duration_seconds": int(meeting.duration.total_seconds()) if meeting.duration else None,
        "subject": meeting.subject,
        "body": meeting.body,
        "location": meeting.location,
        "participants": sorted(dict.fromkeys(participants), key=str),
    }


def _stored_state(row: m.Interaction) -> dict[str, Any]:
    return {
        "starts_at": row.starts_at.isoformat(),
        "time_zone": row.time_zone,
        "all_day": row.all_day,
        "duration_seconds": row.duration_seconds,
        "subject": row.subject,
        "body": row.body,
        "location": row.location,
        "participants": sorted(p.contact_id for p in row.participants),
    }


def _put(row: m.Interaction, state: dict[str, Any], now: datetime) -> None:
    row.kind = _MEETING
    row.starts_at = datetime.fromisoformat(state["starts_at"])
    row.time_zone, row.all_day = state["time_zone"], state["all_day"]
    row.duration_seconds = state["duration_seconds"]
    row.subject, row.body, row.location = state["subject"], state["body"], state["location"]
    row.updated_at = now
    wanted = list(state["participants"])
    kept = [p for p in row.participants if p.contact_id in wanted]
    have = {p.contact_id for p in kept}
    row.participants = kept + [
        m.InteractionParticipant(contact_id=c, starts_at=row.starts_at, role=None)
        for c in wanted
        if c not in have
    ]


class IcalImportService(Service):
    def __init__(self, db: Database, clock: Clock, contacts: ContactService) -> None:
        super().__init__(db, clock)
        self.contacts = contacts

    def preview(
        self,
        path: Path,
        *,
        progress: Callable[[int, int], None] = lambda done, total: None,
        cancelled: Callable[[], bool] = lambda: False,
        budget_seconds: float = 20.0,
    ) -> IcalPreview:
        """Read ``path`` and say what importing it would do; changes nothing.

        Raises BadInput naming the file (and line) when it cannot be read or holds no meeting,
        ImportCancelled when ``cancelled`` said so."""
        read = ical_read.read(
            _file_bytes(path),
            str(path),
            now=self.now(),
            owner_zone=self.clock.zone(),
            budget_seconds=budget_seconds,
            cancelled=cancelled,
            progress=progress,
        )
        if not read.meetings:
            reasons = sorted({s.reason for s in read.skipped}) or ["it holds no events"]
            raise errors.BadInput(
                where=str(path), reason="nothing to import: " + "; ".join(reasons)
            )
        with self.read() as s:
            attendees = self._attendees(s, read.meetings)
            stored = self._stored(s, [meeting.source_uid for meeting in read.meetings])
            proposals = []
            for meeting in read.meetings:
                row = stored.get(meeting.source_uid)
                proposals.append(
                    Proposal(meeting)
                    if row is None
                    else Proposal(meeting, row.id, row.deleted_at is not None, _stored_state(row))
                )
        return IcalPreview(path, proposals, attendees, read.skipped, read.notes)

    def _attendees(self, s: Session, meetings: list[Meeting]) -> dict[str, Attendee]:
        counts = Counter(p.key for meeting in meetings for p in meeting.people)
        people = {p.key: p for meeting in meetings for p in meeting.people}
        found: dict[str, Attendee] = {}
        for key, person in people.items():
            contact = self._match(s, person.email, person.name)
            name = s.get(m.Contact, contact).display_name if contact else None  # type: ignore[union-attr]
            found[key] = Attendee(key, person.name, person.email, contact, name, counts[key])
        return found

    @staticmethod
    def _match(s: Session, email: str | None, name: str | None) -> int | None:
        """The contact with this e-mail, else the one contact with exactly this name."""
        live = m.Contact.deleted_at.is_(None)
        if email:
            found = s.scalar(
                select(m.ContactField.contact_id)
                .join(m.Contact)
                .where(
                    live,
                    m.ContactField.kind == FieldKind.EMAIL.value,
                    m.ContactField.normalized == email,
                )
                .order_by(m.ContactField.contact_id)
                .limit(1)
            )
            if found is not None:
                return int(found)
        if name:
            named = list(
                s.scalars(
                    select(m.Contact.id)
                    .where(live, func.pcrm_casefold(m.Contact.display_name) == name.casefold())
                    .limit(2)
                )
            )
            if len(named) == 1:
                return int(named[0])
        return None

    @staticmethod
    def _stored(s: Session, source_uids: list[str]) -> dict[str, m.Interaction]:
        found: dict[str, m.Interaction] = {}
        for start in range(0, len(source_uids), 500):
            chunk = source_uids[start : start + 500]
            for row in s.scalars(select(m.Interaction).where(m.Interaction.source_uid.in_(chunk))):
                found.setdefault(str(row.source_uid), row)
        return found

    # -- writing ----------------------------------------------------------------------------------

    def apply(self, preview: IcalPreview, create_contacts: Collection[str] = ()) -> ChangeSet:
        """Import what ``preview`` found, creating the contacts named in ``create_contacts``
        (attendee keys), in one transaction and one import batch.  People and stored meetings
        are looked up again, so a preview taken a while ago still lands right.  An import that
        would change nothing leaves no batch (and the ChangeSet is empty)."""
        now = self.now()
        changes = ChangeSet()
        with self.write() as s:
            batch = m.ImportBatch(
                source_format="ics", source_name=str(preview.path), created_at=now, report={}
            )
            s.add(batch)
            s.flush()
            ids, new_contacts = self._people(s, preview, create_contacts, batch.id)
            stored = self._stored(s, [p.meeting.source_uid for p in preview.proposals])
            created: list[int] = []
            before: dict[str, dict[str, Any]] = {}
            skipped = len(preview.skipped)
            for proposal in preview.proposals:
                meeting = proposal.meeting
                wanted = [ids[p.key] for p in meeting.people if p.key in ids]
                row = stored.get(meeting.source_uid)
                state = _state(meeting, wanted)
                if not wanted or (row is not None and row.deleted_at is not None):
                    skipped += 1
                    continue
                if row is None:
                    row = m.Interaction(
                        created_at=now, source_uid=meeting.source_uid, import_batch_id=batch.id
                    )
                    _put(row, state, now)
                    s.add(row)
                    s.flush()
                    stored[meeting.source_uid] = row
                    created.append(row.id)
                elif _stored_state(row) == state:
                    skipped += 1
                else:
                    before.setdefault(str(row.id), _stored_state(row))
                    _put(row, state, now)
                changes.add("updated", CONTACT, *wanted)
            if not (created or before or new_contacts):
                s.delete(batch)
                return ChangeSet()
            batch.report = {
                "created": len(created),
                "updated": len(before),
                "skipped": skipped,
                "interactions": created,
                "contacts": new_contacts,
                "before": before,
            }
            changes.add("created", IMPORT_BATCH, batch.id)
            changes.add("created", INTERACTION, *created)
            changes.add("updated", INTERACTION, *(int(i) for i in before))
            changes.add("created", CONTACT, *new_contacts)
        return changes

    def _people(
        self, s: Session, preview: IcalPreview, create: Collection[str], batch_id: int
    ) -> tuple[dict[str, int], list[int]]:
        ids: dict[str, int] = {}
        new: list[int] = []
        for attendee in preview.attendees.values():
            contact = self._match(s, attendee.email, attendee.name)
            if contact is None and attendee.key in create:
                contact = self.contacts.insert(s, _card(attendee), batch_id)
                new.append(contact)
            if contact is not None:
                ids[attendee.key] = contact
        return ids, new

    def undo_batch(self, batch_id: int) -> ChangeSet:
        """Take an import back: its meetings and contacts go, the meetings it changed return
        to what they were.  One transaction."""
        now = self.now()
        with self.write() as s:
            batch = s.get(m.ImportBatch, batch_id)
            if batch is None:
                raise errors.NotFound(what="import", query=f"#{batch_id}")
            if batch.undone_at is not None:
                raise errors.BadInput(where=f"import #{batch_id}", reason="it was undone already")
            report = batch.report
            created = [int(i) for i in report.get("interactions", [])]
            for row in s.scalars(select(m.Interaction).where(m.Interaction.id.in_(created))):
                s.delete(row)
            restored = []
            for key, state in report.get("before", {}).items():
                changed = s.get(m.Interaction, int(key))
                if changed is not None:
                    _put(changed, state, now)
                    restored.append(changed.id)
            contacts = [int(i) for i in report.get("contacts", [])]
            for contact in s.scalars(select(m.Contact).where(m.Contact.id.in_(contacts))):
                s.delete(contact)
            batch.undone_at = now
        return (
            ChangeSet()
            .add("deleted", INTERACTION, *created)
            .add("updated", INTERACTION, *restored)
            .add("deleted", CONTACT, *contacts)
            .add("deleted", IMPORT_BATCH, batch_id)
        )


def _card(attendee: Attendee) -> ContactCard:
    fields = (
        [FieldEntry(kind=FieldKind.EMAIL.value, value=attendee.email)] if attendee.email else []
    )
    return ContactCard(display_name=attendee.name or attendee.email or "", fields=fields)


def _file_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > ical_lines.MAX_BYTES:
            raise errors.BadInput(
                where=str(path),
                reason=f"the file is larger than {ical_lines.MAX_BYTES // (1024 * 1024)} MB",
            )
        return path.read_bytes()
    except OSError as exc:
        raise errors.BadInput(where=str(path), reason=exc.strerror or "it cannot be read") from None
