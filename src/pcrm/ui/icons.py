"""The application icon: every PNG size of the hicolor tree in one QIcon (sharp at any scale,
16 px in a tray to 512 px on a 4K dock), and the tray's variant with the due count painted on.

The PNGs are rendered from ``resources/icons/pcrm.svg`` by ``packaging/render_icons.py``.  The
badge is painted here, for each size, rather than scaled from one picture, so that its number
stays readable at 16 px.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon

from pcrm.paths import shipped

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap

APP_ID = "io.github.pcrm.pcrm"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
TRAY_SIZES = (16, 22, 24, 32, 44, 48, 64)  # what trays ask for, at 1x and 2x
BADGE = "#d93025"
MOST = 99  # more than this is shown as "99+" ("9+" in the smallest sizes, where "99+" is cut)
SMALL = 24


def app_icon() -> QIcon:
    """The application's icon with all its sizes (the SVG alone when the PNGs are missing)."""
    icons = shipped("resources") / "icons"
    icon = QIcon()
    for size in SIZES:
        png = icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if png.is_file():
            icon.addFile(str(png))
    if icon.isNull():
        icon.addFile(str(icons / "pcrm.svg"))
    return icon


def badge_text(count: int, size: int = 64) -> str:
    most = 9 if size <= SMALL else MOST
    return f"{most}+" if count > most else str(count)


def badged_pixmap(base: QIcon, size: int, count: int) -> QPixmap:
    """``base`` at ``size`` pixels with ``count`` in a red disc in its top-right corner (the
    plain icon when ``count`` is 0)."""
    # painting classes named here, not at the top: app_icon() is on the way to the first paint
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QPainter

    pixmap = base.pixmap(size, size)
    if pixmap.size().width() != size:
        pixmap = pixmap.scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    pixmap.setDevicePixelRatio(1.0)
    if count <= 0:
        return pixmap
    text = badge_text(count, size)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    # the number must stay legible in a 16 px tray, and leave the icon visible in a large one
    height = max(9.0, size * (0.62 if size <= SMALL else 0.5))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(7, round(height * 0.78)))
    painter.setFont(font)
    width = max(height, painter.fontMetrics().horizontalAdvance(text) + height * 0.4)
    width = min(width, float(size))
    disc = QRectF(size - width, 0, width, height)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(disc, height / 2, height / 2)  # a thin white ring around the disc
    ring = max(0.75, size / 32)
    painter.setBrush(QColor(BADGE))
    inner = disc.adjusted(ring, ring, -ring, -ring)
    painter.drawRoundedRect(inner, inner.height() / 2, inner.height() / 2)
    painter.setPen(QColor("white"))
    painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def badged_icon(base: QIcon, count: int) -> QIcon:
    """``base`` with the count painted at each tray size (``base`` itself when it is 0)."""
    if count <= 0:
        return base
    icon = QIcon()
    for size in TRAY_SIZES:
        icon.addPixmap(badged_pixmap(base, size, count))
    return icon
