"""Screenshots of the duplicate review and of merging two chosen contacts (hooked into
make_screenshots.py by the lead).

Duplicates are planted in the demo data the way imports make them: the busy contact again, in
Latin letters, from a work address book (the same e-mail in capitals, a work phone, a birthday
with its year, a title at the same company); and someone written family name first in Latin
letters, with nothing else in common.  Nothing is merged, and the planted cards are purged
afterwards, so the store is left as it was found.
"""

from __future__ import annotations

from pathlib import Path

from screenshot_io import save as _save

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QThread
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from pcrm.clock import FixedClock
from pcrm.domain.card import AffiliationEntry, ContactCard, DateEntry, FieldEntry
from pcrm.domain.dates import PartialDate
from pcrm.domain.kinds import FieldKind
from pcrm.domain.merge import Side
from pcrm.domain.text import transliterations
from pcrm.services.session import Services
from pcrm.ui.dialogs.duplicates_dialog import DuplicatesDialog
from pcrm.ui.edits import Edits


def _latin(text: str | None) -> str | None:
    """The name as a Latin-script address book spells it (the everyday reading)."""
    if not text:
        return text
    words = []
    for word in text.split():
        readings = transliterations(word).split(" ")
        words.append(readings[min(1, len(readings) - 1)].capitalize() or word)
    return " ".join(words)


def _plant(services: Services, busy: int) -> tuple[int, int, int]:
    """The busy contact's Latin twin, and another contact's swapped Latin twin."""
    card = services.contacts.get(busy)
    email = card.preferred(FieldKind.EMAIL)
    assert email is not None
    job = card.affiliations[0] if card.affiliations else None
    twin = ContactCard(
        given=_latin(card.given),
        middle="Petrivna",
        family=_latin(card.family),
        fields=[
            FieldEntry("email", email.value.upper(), label="work", preferred=True),
            FieldEntry("phone", "+380 44 390 1122", label="work"),
            FieldEntry("social", "olena-kovalenko", service="linkedin"),
        ],
        dates=[DateEntry(PartialDate(4, 15, 1987))],
        affiliations=[
            AffiliationEntry(job.organisation if job else "Kyiv Digital", title="Head of Product")
        ],
        notes="Imported from the work address book.",
        time_zone="Europe/Kyiv",
    )
    twin_id = services.contacts.create(twin).first("contact")
    other = next(
        c
        for c in (services.contacts.get(i) for i in services.contacts.ordered_ids())
        if c.id not in (busy, twin_id) and c.given and c.family and transliterations(c.family)
    )
    born = next((d.date for d in other.dates if d.kind == "birthday"), PartialDate(9, 23))
    swapped = ContactCard(
        given=_latin(other.family),
        family=_latin(other.given),
        fields=[
            FieldEntry("messenger", "@" + (_latin(other.given) or "").lower(), service="telegram")
        ],
        dates=[DateEntry(PartialDate(born.month, born.day, 1984))],
        notes="Met at the Lviv IT Arena; wants the slides.",
        cadence_days=60,
        time_zone="Europe/Warsaw",
    )
    swapped_id = services.contacts.create(swapped).first("contact")
    assert other.id is not None
    return twin_id, other.id, swapped_id


def _avatar(initials: str, colour: str) -> bytes:
    """A small photo: initials on a coloured square, as PNG."""
    image = QImage(96, 96, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    painter = QPainter(image)
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setPixelSize(40)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, initials)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _settle(dialog: DuplicatesDialog) -> None:
    for _ in range(600):
        QApplication.processEvents()
        if dialog.current() is not None or not dialog.progress.isVisible():
            break
        QThread.msleep(10)
    for _ in range(5):
        QApplication.processEvents()


def render(out_dir: Path, services: Services, clock: FixedClock) -> None:
    """``duplicate-review.png`` and ``merge-preview.png``."""
    del clock  # the services' own clock renders the cards
    out_dir.mkdir(parents=True, exist_ok=True)
    busy = min(services.contacts.ordered_ids())  # the demo's first contact, the busy one
    twin, other, swapped = _plant(services, busy)
    edits = Edits(lambda: services)
    try:
        review = DuplicatesDialog(services, edits)
        review.resize(1280, 800)
        review.show()
        _settle(review)
        wanted = next((i for i, c in enumerate(review.queue) if twin in (c.first, c.second)), None)
        if wanted is None:
            raise AssertionError("the planted twin was not proposed")
        review.index = wanted
        review._show_pair()
        _save(review, out_dir / "duplicate-review.png")
        review.close()

        had_photo = services.contacts.stored_photo(other)
        for contact_id, colour in ((other, "#3b5b8c"), (swapped, "#8a5a00")):
            name = services.contacts.get(contact_id).display_name
            initials = "".join(word[0] for word in name.split()[:2])
            services.contacts.set_photo(contact_id, _avatar(initials, colour), "image/png")
        direct = DuplicatesDialog(services, edits, pair=(other, swapped))
        direct.resize(1280, 800)
        direct.show()
        direct.preview.choose("name", Side.KEEP)
        direct.preview.choose("photo", Side.OTHER)
        _save(direct, out_dir / "merge-preview.png")
        direct.close()
        if had_photo is None:
            services.contacts.remove_photo(other)
        else:
            services.contacts.set_photo(
                other, had_photo.data, had_photo.mime_type, had_photo.thumbnail, had_photo.size
            )
    finally:
        services.contacts.purge([twin, swapped])
