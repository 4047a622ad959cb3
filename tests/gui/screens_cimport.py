"""Screenshots of the contact import preview and the contact export dialog (hooked into
make_screenshots.py by the lead).

The preview reads a vCard file made here from the demo store: two demo contacts exported as they
are (same as stored), two with a new phone (updated), three new people (created) and one
duplicate inside the file (skipped).  Nothing is imported, so the other screens keep the demo
data as it was.  Needs the vCard reader and writer (``pcrm.domain.vcard_read``/``vcard_write``).
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from pcrm.clock import FixedClock
from pcrm.domain.card import ContactCard, FieldEntry
from pcrm.services import contact_formats
from pcrm.services.import_formats import VCARD
from pcrm.services.session import Services
from pcrm.ui.dialogs.contact_export_dialog import ContactExportDialog
from pcrm.ui.dialogs.import_dialog import ImportDialog
from pcrm.ui.edits import Edits

NEW_PEOPLE = (
    ContactCard(
        given="Ярослава", family="Мельник", fields=[FieldEntry("email", "yaroslava@example.org")]
    ),
    ContactCard(given="Tomasz", family="Wójcik", fields=[FieldEntry("phone", "+48 601 234 567")]),
    ContactCard(given="Claire", family="Martin", groups=["Book club"]),
)


def _file(services: Services, folder: Path) -> Path:
    ids = services.contacts.ordered_ids()[1:5]  # not the busy first contact
    cards = [services.contacts.get(i) for i in ids]
    for k, card in enumerate(cards[2:]):
        card.fields.append(FieldEntry("phone", f"+380 67 555 01{k:02d}", label="work"))
    twin = replace(NEW_PEOPLE[0], given="Яра")  # the same e-mail as a record above it
    path = folder / "phone-contacts.vcf"
    records = [*cards, *NEW_PEOPLE, twin]
    path.write_bytes(contact_formats.write(VCARD, [(card, None) for card in records]))
    return path


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def render(out_dir: Path, services: Services, clock: FixedClock) -> None:
    """``contact-import.png`` and ``contact-export.png``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out_dir) as folder:
        dialog = ImportDialog(Edits(lambda: services), services)
        dialog.resize(1000, 560)
        dialog.show()
        loop = QEventLoop()
        dialog.previewed.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        dialog.load(_file(services, Path(folder)))
        loop.exec()
        dialog.file_label.setText("~/Downloads/phone-contacts.vcf")
        _settle()
        _save(dialog.grab(), out_dir / "contact-import.png")
        dialog.reject()

    selected = services.contacts.ordered_ids()[:3]
    export = ContactExportDialog(services, selected)
    export.path.setText("~/Documents/pcrm-contacts.vcf")
    export.show()
    _settle()
    _save(export.grab(), out_dir / "contact-export.png")
    export.reject()


def _save(image: object, path: Path) -> None:
    if not image.save(str(path)):  # type: ignore[attr-defined]
        raise OSError(f"could not write {path}")
    print(path)
