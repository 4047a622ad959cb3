"""What a contact file reader hands to the import service: one record per card or CSV row.

The vCard and CSV readers (``domain.vcard_read``, ``domain.csv_read``) turn bytes into a list of
:class:`ImportedContact`; ``services.contact_import`` matches them against the store, previews
and applies them as one undoable batch.  Readers never touch the store, so a refused file leaves
it unchanged by construction.

A reader raises :class:`pcrm.errors.BadInput` (``where`` = ``errors.where(file, record, line)``)
for a file it cannot read at all (broken structure, too large, too slow); a single record it
cannot use comes back with ``problem`` set, and the preview lists it as skipped with that reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pcrm.domain.card import ContactCard


@dataclass(frozen=True)
class ImportedPhoto:
    data: bytes
    mime_type: str  # image/jpeg, image/png, ...


@dataclass
class ImportedContact:
    """One record of a file.

    ``card.uid`` is the file's UID, or one derived from the record's content (stable: importing
    the same file twice gives the same uid, so a re-import updates); ``card.groups`` are the
    groups the file puts the contact in (vCard CATEGORIES, Google labels); ``card.extras`` the
    vCard properties pcrm has no field for.
    """

    card: ContactCard
    line: int  # where the record starts in the file, 1-based
    photo: ImportedPhoto | None = None
    problem: str | None = None  # set: the record cannot be imported, and this says why
    notes: list[str] = field(default_factory=list)  # what the reader changed or dropped, if any
