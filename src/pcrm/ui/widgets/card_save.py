"""Saving a card as one undoable step: the card, its relationships and its photo together.

``Edits.save_card`` and ``Edits.create_contact`` record the card alone; the editor also changes
relationships (their own rows) and the photo (its own table), so it records the whole save with
``Edits.run``, and one Undo takes all of it back.  Undoing a new contact moves it to the trash
(as ``Edits.create_contact`` does) and redo restores it, so its id stays the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from pcrm.domain.card import ContactCard
from pcrm.services.changes import ChangeSet
from pcrm.services.contacts import CONTACT, StoredPhoto
from pcrm.services.session import Services
from pcrm.ui.edits import Edits
from pcrm.ui.widgets.card_work import Relation


@dataclass
class PhotoChange:
    new: StoredPhoto | None  # None: remove it
    old: StoredPhoto | None  # to put back on undo


@dataclass
class CardSave:
    after: ContactCard
    relations_before: frozenset[Relation]
    relations_after: frozenset[Relation]
    photo: PhotoChange | None = None

    def _ties(self, s: Services, contact_id: int, *, undo: bool) -> list[ChangeSet]:
        """Relationships and photo as after the save (or, with ``undo``, as before it)."""
        gone = self.relations_before - self.relations_after
        new = self.relations_after - self.relations_before
        if undo:
            gone, new = new, gone
        done = [s.relationships.unlink(*r.link(contact_id)) for r in gone]
        done += [s.relationships.relate(*r.link(contact_id)) for r in new]
        if self.photo is not None:
            photo = self.photo.old if undo else self.photo.new
            if photo is None:
                done.append(s.contacts.remove_photo(contact_id))
            else:
                done.append(
                    s.contacts.set_photo(
                        contact_id, photo.data, photo.mime_type, photo.thumbnail, photo.size
                    )
                )
        return done

    def update(self, edits: Edits, contact_id: int, before: ContactCard) -> None:
        def do(s: Services) -> ChangeSet:
            return _merged(
                s.contacts.update(contact_id, self.after), *self._ties(s, contact_id, undo=False)
            )

        def undo(s: Services) -> ChangeSet:
            return _merged(
                s.contacts.update(contact_id, before), *self._ties(s, contact_id, undo=True)
            )

        edits.run(QCoreApplication.translate("Edits", "Edit contact"), do, undo)

    def create(self, edits: Edits) -> int:
        created: list[int] = []

        def do(s: Services) -> ChangeSet:
            if created:  # redo: the contact made the first time comes back from the trash
                return s.contacts.restore(created)
            changes = s.contacts.create(self.after)
            created.append(changes.first(CONTACT))
            return _merged(changes, *self._ties(s, created[0], undo=False))

        edits.run(
            QCoreApplication.translate("Edits", "Add contact"),
            do,
            lambda s: s.contacts.trash(created),
        )
        return created[0]


def _merged(first: ChangeSet, *more: ChangeSet) -> ChangeSet:
    for changes in more:
        for how in ("created", "updated", "deleted"):
            for entity, ids in getattr(changes, how).items():
                first.add(how, entity, *ids)
    return first
