"""Screenshots of the meeting briefing, for ``make_screenshots.py`` (hooked in by the lead).

``render`` expects a store filled by ``demo.generate`` (whose first contact is the busy one) and
a running QApplication.  It plants a meeting for tomorrow with the busy contact and the two
people of their latest three-person meeting (an agenda with open items), a note from two days
ago with things to ask, and a photo for the busy contact; then writes

* ``briefing.png``: the briefing dialog for that meeting, scrolled to the busy contact;
* ``briefing-pdf.png``: the first page of its PDF, rendered by Qt's own PDF module (QtPdf) or,
  where that is missing, ``pdftoppm``.

Everything planted is removed afterwards (the photo put back as it was), so the store is left
as it was found.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QThread
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from pcrm.clock import FixedClock
from pcrm.domain.timeparse import localize
from pcrm.services.session import Services
from pcrm.services.timeline import InteractionDraft
from pcrm.store import models as m
from pcrm.ui.dialogs.briefing_dialog import BriefingDialog

AGENDA = """Quarterly review of the pilot.

- [ ] ask how the Lviv office hiring goes
- [ ] agree on the budget for the spring campaign
- [x] send the slides beforehand
"""
NOTE = """Short call on the way to the airport.

* [ ] ask about her daughter's school in Warsaw
* [ ] the book she recommended: title?
"""


def _avatar(initials: str, colour: str) -> bytes:
    image = QImage(160, 160, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    painter = QPainter(image)
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setPixelSize(64)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, initials)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _companions(services: Services, busy: int) -> list[int]:
    """The other two people of the busy contact's latest meeting of three (or any two)."""
    for view in services.timeline.for_contact(busy, limit=2000, kinds=["meeting"]):
        others = [cid for cid, _ in view.participants if cid != busy]
        if len(others) == 2:
            return others
    ids = [i for i in services.contacts.ordered_ids() if i != busy]
    return ids[:2]


def _settle(dialog: BriefingDialog) -> None:
    for _ in range(1000):
        QApplication.processEvents()
        if not dialog.is_loading():
            break
        QThread.msleep(10)
    for _ in range(5):
        QApplication.processEvents()


def _first_page(pdf: Path, png: Path) -> None:
    """The PDF's first page at 80 dpi, as the PDF itself draws it."""
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        tool = shutil.which("pdftoppm")
        if tool is None:
            raise RuntimeError("neither QtPdf nor pdftoppm can render the PDF") from None
        args = ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile"]
        subprocess.run([tool, *args, str(pdf), str(png.with_suffix(""))], check=True)
        return
    document = QPdfDocument()
    document.load(str(pdf))
    points = document.pagePointSize(0)
    size = QSize(round(points.width() * 80 / 72), round(points.height() * 80 / 72))
    page = document.render(0, size)
    white = QImage(page.size(), QImage.Format.Format_RGB32)
    white.fill(QColor("white"))  # the rendered page is transparent where nothing is drawn
    painter = QPainter(white)
    painter.drawImage(0, 0, page)
    painter.end()
    document.close()
    if not white.save(str(png)):
        raise OSError(f"could not write {png}")


def render(out_dir: Path, services: Services, clock: FixedClock) -> None:
    """``briefing.png`` and ``briefing-pdf.png``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    zone = clock.zone()
    busy = min(services.contacts.ordered_ids())  # the demo's first contact, the busy one
    others = _companions(services, busy)
    today = clock.now().astimezone(zone).date()
    tomorrow = localize(datetime.combine(today + timedelta(days=1), time(10, 0)), zone)
    planted = [
        services.timeline.log(
            InteractionDraft(
                kind="meeting",
                participants=[busy, *others],
                starts_at=tomorrow,
                duration=timedelta(minutes=90),
                channel="in_person",
                location="Kyiv, vul. Khreshchatyk 22, room 4",
                subject="Quarterly review",
                body=AGENDA,
            )
        ).first("interaction"),
        services.timeline.log(
            InteractionDraft(
                kind="call",
                participants=[busy],
                starts_at=clock.now() - timedelta(days=2, hours=3),
                duration=timedelta(minutes=12),
                channel="phone",
                direction="outgoing",
                subject="Before the flight",
                body=NOTE,
            )
        ).first("interaction"),
    ]
    pictured = busy
    had_photo = services.contacts.stored_photo(pictured)
    name = services.contacts.get(pictured).display_name
    initials = "".join(word[0] for word in name.split()[:2])
    services.contacts.set_photo(pictured, _avatar(initials, "#3b5b8c"), "image/png")
    dialog = BriefingDialog(services, interaction_id=planted[0])
    try:
        dialog.resize(820, 900)
        dialog.show()
        _settle(dialog)
        if dialog.prepared is None:
            raise AssertionError(f"the briefing did not load: {dialog.error.text()}")
        # the busy contact's section at the top (the PDF's first page shows the meeting)
        dialog.browser.scrollToAnchor(f"contact-{busy}")
        for _ in range(5):
            QApplication.processEvents()
        if not dialog.grab().save(str(out_dir / "briefing.png")):
            raise OSError(f"could not write {out_dir / 'briefing.png'}")
        print(out_dir / "briefing.png")
        with tempfile.TemporaryDirectory(prefix="pcrm-briefing-") as scratch:
            pdf = Path(scratch) / "briefing.pdf"
            dialog.save_pdf(pdf)
            _settle(dialog)
            if not pdf.exists():
                raise AssertionError(f"the PDF was not written: {dialog.error.text()}")
            _first_page(pdf, out_dir / "briefing-pdf.png")
        print(out_dir / "briefing-pdf.png")
    finally:
        dialog.close()
        dialog.deleteLater()
        if had_photo is None:
            services.contacts.remove_photo(pictured)
        else:
            services.contacts.set_photo(
                pictured, had_photo.data, had_photo.mime_type, had_photo.thumbnail, had_photo.size
            )
        with services.timeline.write() as s:  # gone for good, not to the trash
            for interaction_id in planted:
                row = s.get(m.Interaction, interaction_id)
                if row is not None:
                    s.delete(row)
