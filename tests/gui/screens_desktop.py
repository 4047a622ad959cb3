"""Screenshot of the tray icon's due badge (hooked into make_screenshots.py by the lead).

``tray-badge.png``: the icon as a tray shows it, at the sizes trays ask for, with no badge, with
the demo store's own count (read the way the running app reads it, off the GUI thread) and with
a few fixed counts up to one that needs "99+"; each row at its real size and magnified, as on a
light and on a dark panel, with the tooltip the count gives.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter

from pcrm.clock import FixedClock
from pcrm.services.session import Services
from pcrm.ui.icons import app_icon, badged_pixmap
from pcrm.ui.tray_badge import TrayBadge, tooltip

SIZES = (16, 22, 32, 64)  # what trays and panels ask for
FIXED = (0, 1, 3, 12, 150)
CELL = 190
LEFT = 150
LIGHT, DARK = QColor("#f2f2f2"), QColor("#2b2b2b")


def _count(services: Services, clock: FixedClock) -> int:
    """The demo store's count, through the badge itself (its read runs in a worker)."""
    badge = TrayBadge(None, lambda: services, clock)
    badge.refresh()
    timer = QElapsedTimer()
    timer.start()
    while badge._reads.busy() and timer.elapsed() < 10_000:
        QCoreApplication.processEvents()
    return badge.count


def _real_size(painter: QPainter, base: QIcon, count: int, x: int, y: int, height: int) -> None:
    for size in SIZES:
        painter.drawPixmap(x, y + (height - size) // 2, badged_pixmap(base, size, count))
        x += size + 8


def _magnified(painter: QPainter, base: QIcon, count: int, x: int, y: int, height: int) -> None:
    for size, factor in ((16, 5), (22, 4)):
        big = badged_pixmap(base, size, count).scaled(
            size * factor,
            size * factor,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
        painter.drawPixmap(x, y + (height - big.height()) // 2, big)
        x += big.width() + 10


def render(out_dir: Path, services: Services, clock: FixedClock) -> None:
    """``tray-badge.png``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    demo = _count(services, clock)
    counts = sorted({*FIXED, demo})
    base = app_icon()
    rows = [
        ("Light panel", LIGHT, 80, _real_size),
        ("Dark panel", DARK, 80, _real_size),
        ("16 px ×5, 22 px ×4", LIGHT, 104, _magnified),
    ]
    head = 70
    image = QImage(
        LEFT + CELL * len(counts), head + sum(r[2] for r in rows) + 70, QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    font = QFont()
    font.setPixelSize(15)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#202020"))
    painter.drawText(12, 24, "The tray icon with the due count, at 16, 22, 32 and 64 px")
    font.setPixelSize(12)
    font.setBold(False)
    painter.setFont(font)
    for column, count in enumerate(counts):
        label = tooltip(count) + ("  (demo store)" if count == demo else "")
        painter.drawText(QRect(LEFT + column * CELL, 40, CELL, 24), Qt.AlignmentFlag.AlignLeft,
                         label)  # fmt: skip
    y = head
    for title, panel, height, draw in rows:
        painter.fillRect(QRect(0, y, image.width(), height), panel)
        painter.setPen(QColor("#202020") if panel == LIGHT else QColor("#e0e0e0"))
        painter.drawText(QRect(12, y, LEFT - 20, height), Qt.AlignmentFlag.AlignVCenter, title)
        for column, count in enumerate(counts):
            draw(painter, base, count, LEFT + column * CELL, y, height)
        y += height
    painter.setPen(QColor("#505050"))
    painter.drawText(
        QRect(12, y + 8, image.width() - 24, 60),
        Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
        "The count: open tasks overdue or due by the end of today, and today's important dates "
        f"not done or dismissed ({demo} in the demo store on {clock.now():%d %B %Y}). Locked, "
        "the icon is the plain one; the tooltip never names anyone. Over 9 the smallest sizes "
        'show "9+", over 99 the others "99+".',
    )
    painter.end()
    path = out_dir / "tray-badge.png"
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)
