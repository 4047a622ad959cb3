"""Render the application icon's PNG sizes from its one source, ``resources/icons/pcrm.svg``.

Writes the freedesktop ``hicolor`` tree under ``resources/icons/hicolor/``: ``<n>x<n>/apps/`` for
every size in :data:`SIZES`, and ``scalable/apps/`` (the SVG itself), each file named after the
application id, so that a package can copy the tree to ``/usr/share/icons/hicolor`` as it is.
The app loads the same PNGs for its window and tray icons (:mod:`pcrm.ui.icons`).  Run it after
changing the SVG and commit what it writes::

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.github.pcrm.pcrm"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(source: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main(icons: Path = ICONS) -> list[Path]:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 -- fonts
    source = icons / "pcrm.svg"
    written = []
    for size in SIZES:
        target = icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(source, size).save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    scalable = icons / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, scalable)
    written.append(scalable)
    return written


if __name__ == "__main__":
    for path in main():
        print(path.relative_to(ICONS.parent.parent))  # noqa: T201 -- a script's output
