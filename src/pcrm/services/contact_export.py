"""Exporting contacts: vCard 4.0 (3.0 on request), CSV in Google's layout, and the readable bundle.

The scope is every live contact (archived ones too), a group's members, or chosen ids; the
trash is never exported.  Cards come from ``ContactService.get`` and photos from
``stored_photo``; the formats are written by the codecs behind
:mod:`pcrm.services.contact_formats`.

Files are the only plaintext pcrm writes, and only where the owner asks: each one is written
beside its destination and renamed into place (:mod:`pcrm.fsutil`), readable by the owner only
(0600), never through the temp dir, and never into the store's own folder.

The bundle (PRODUCT.md: "one folder per contact: vCard, Markdown notes and timeline") is a folder
built beside the destination under a hidden name and renamed into place when complete, so a
failed or cancelled export leaves nothing half-written.  Inside, ``index.md`` lists the
contacts; each has a folder with ``contact.vcf``, ``notes.md`` (the card's notes and how we met,
when there are any) and ``timeline.md`` (their interactions, newest first, when there are any).
The folders are numbered (``contact-00001``) by default: file and folder names carry no
personal data (issue 7), which a file manager, a backup tool's log or a synced folder's history
would otherwise keep; ``named_folders`` adds the display name for owners who want it.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from pcrm import errors
from pcrm.clock import Clock
from pcrm.domain.card import ContactCard
from pcrm.domain.imported import ImportedPhoto
from pcrm.fsutil import OWNER_ONLY, fsync_dir, write_atomic
from pcrm.services.base import Service
from pcrm.services.contact_formats import write
from pcrm.services.contacts import ContactService
from pcrm.services.import_formats import CSV, VCARD
from pcrm.services.timeline import InteractionView, TimelineService
from pcrm.store import models as m
from pcrm.store.database import Database

Progress = Callable[[str, int, int], None]
BUNDLE = "bundle"
FORMATS = (VCARD, CSV, BUNDLE)
DEFAULT_NAMES = {VCARD: "pcrm-contacts.vcf", CSV: "pcrm-contacts.csv", BUNDLE: "pcrm-contacts"}
_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')


@dataclass(frozen=True)
class ContactScope:
    """Which contacts: a group's, the chosen ids, or (neither) all; never the trash."""

    group_id: int | None = None
    contact_ids: tuple[int, ...] | None = None


@dataclass
class ContactExportReport:
    format: str
    contacts: int
    path: str


EXPORT_CHUNK = 500  # contacts read at a time: a few queries each, photos included


class ContactExportService(Service):
    def __init__(
        self, db: Database, clock: Clock, contacts: ContactService, timeline: TimelineService
    ) -> None:
        super().__init__(db, clock)
        self.contacts = contacts
        self.timeline = timeline

    def ids(self, scope: ContactScope) -> list[int]:
        """The contacts of ``scope`` in name order."""
        stmt = select(m.Contact.id).where(m.Contact.deleted_at.is_(None))
        if scope.group_id is not None:
            stmt = stmt.join(m.GroupMember, m.GroupMember.contact_id == m.Contact.id).where(
                m.GroupMember.group_id == scope.group_id
            )
        if scope.contact_ids is not None:
            stmt = stmt.where(m.Contact.id.in_(list(scope.contact_ids)))
        with self.read() as s:
            return list(s.scalars(stmt.order_by(m.Contact.sort_key, m.Contact.id)))

    def cards(
        self, ids: list[int], progress: Progress | None = None
    ) -> Iterator[tuple[ContactCard, ImportedPhoto | None]]:
        done = 0
        for start in range(0, len(ids), EXPORT_CHUNK):
            chunk = ids[start : start + EXPORT_CHUNK]
            photos = self.contacts.stored_photos(chunk)
            for card in self.contacts.get_many(chunk):
                stored = photos.get(card.id) if card.id is not None else None
                yield card, ImportedPhoto(stored.data, stored.mime_type) if stored else None
            done += len(chunk)
            if progress is not None:
                progress("contacts", done, len(ids))

    def export(
        self,
        path: Path,
        format: str,
        scope: ContactScope | None = None,
        *,
        version: str = "4.0",
        named_folders: bool = False,
        progress: Progress | None = None,
    ) -> ContactExportReport:
        """Write the contacts of ``scope`` to ``path``; BadInput for a destination pcrm will
        not write (a folder for a file, a bundle over a folder that is not empty, the store's
        own folder) or cannot (permissions, a full disk)."""
        if format not in FORMATS:
            raise errors.BadInput(where="format", reason=f"choose one of {', '.join(FORMATS)}")
        if version not in ("4.0", "3.0"):
            raise errors.BadInput(where="version", reason="vCard 4.0 or 3.0")
        target = self._target(path, format)
        ids = self.ids(scope or ContactScope())
        try:
            if format == BUNDLE:
                self._bundle(target, ids, version, named_folders, progress)
            else:
                write_atomic(target, write(format, self.cards(ids, progress), version))
        except OSError as exc:
            raise errors.BadInput(where=str(target), reason=exc.strerror or str(exc)) from None
        return ContactExportReport(format, len(ids), str(target))

    def _target(self, path: Path, format: str) -> Path:
        target = path.expanduser().resolve()
        if target.is_relative_to(self.db.paths.root.resolve()):
            raise errors.BadInput(
                where=str(target), reason="an export cannot go into the store's own folder"
            )
        if format == BUNDLE:
            if target.exists() and not (target.is_dir() and not any(target.iterdir())):
                raise errors.BadInput(
                    where=str(target), reason="this exists already; name a new or empty folder"
                )
        elif target.is_dir():
            raise errors.BadInput(where=str(target), reason="this is a folder; name a file")
        return target

    # -- the bundle -------------------------------------------------------------------------------

    def _bundle(
        self,
        target: Path,
        ids: list[int],
        version: str,
        named: bool,
        progress: Progress | None,
    ) -> None:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        building = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir(mode=0o700)
        try:
            width = max(5, len(str(len(ids))))
            index = ["# Contacts", "", "| Folder | Name |", "|---|---|"]
            for number, (card, photo) in enumerate(self.cards(ids, progress), 1):
                folder = f"contact-{number:0{width}d}"
                if named:
                    folder += " " + (_UNSAFE.sub(" ", card.display_name).strip(" .") or "")
                    folder = folder.rstrip()
                (building / folder).mkdir(mode=0o700)
                _private(building / folder / "contact.vcf", write(VCARD, [(card, photo)], version))
                notes = notes_markdown(card)
                if notes:
                    _private(building / folder / "notes.md", notes.encode())
                assert card.id is not None
                entries = self.timeline.for_contact(card.id, limit=None)
                if entries:
                    timeline = timeline_markdown(card, entries)
                    _private(building / folder / "timeline.md", timeline.encode())
                index.append(f"| [{folder}](<{folder}/>) | {_cell(card.display_name)} |")
            _private(building / "index.md", ("\n".join(index) + "\n").encode())
            fsync_dir(building)
            if target.is_dir():
                target.rmdir()  # empty (checked): rename cannot replace a folder
            os.replace(building, target)
            fsync_dir(target.parent)
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise


def _private(path: Path, data: bytes) -> None:
    """A new owner-only file, flushed to disk (inside a bundle being built: the bundle is the
    unit that appears atomically, so its files need no rename of their own)."""
    fd = os.open(
        path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), OWNER_ONLY
    )
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def notes_markdown(card: ContactCard) -> str:
    """The card's notes and "how we met" as Markdown; empty when it has neither."""
    parts: list[str] = []
    met = [
        (label, value)
        for label, value in (
            ("When", card.met_on.iso() if card.met_on else None),
            ("Where", card.met_place),
            ("Channel", card.met_channel),
            ("Notes", card.met_notes),
        )
        if value
    ]
    if card.notes and card.notes.strip():
        parts += ["## Notes", "", card.notes.strip(), ""]
    if met:
        parts += ["## How we met", ""] + [f"- **{label}:** {value}" for label, value in met] + [""]
    if not parts:
        return ""
    return "\n".join([f"# {card.display_name}", "", *parts])


def timeline_markdown(card: ContactCard, entries: list[InteractionView]) -> str:
    """The contact's interactions, newest first, each with its local time, kind, channel,
    people and text."""
    lines = [f"# Timeline: {card.display_name}", ""]
    for entry in entries:
        when = entry.local_start
        stamp = when.strftime("%Y-%m-%d") if entry.all_day else when.strftime("%Y-%m-%d %H:%M")
        kind = " · ".join(
            p.replace("_", " ") for p in (entry.kind, entry.life_event, entry.channel) if p
        )
        lines.append(f"## {stamp} — {kind}")
        lines.append("")
        if entry.subject:
            lines += [f"**{entry.subject}**", ""]
        others = [name for contact_id, name in entry.participants if contact_id != card.id]
        details = []
        if others:
            details.append("With: " + ", ".join(sorted(others)))
        if entry.location:
            details.append(f"Where: {entry.location}")
        if entry.duration_seconds:
            details.append(f"Duration: {entry.duration_seconds // 60} min")
        if entry.direction:
            details.append(f"Direction: {entry.direction}")
        lines += [f"- {d}" for d in details]
        if details:
            lines.append("")
        if entry.body and entry.body.strip():
            lines += [entry.body.strip(), ""]
    return "\n".join(lines)
