"""PDF from a ``QTextDocument``: Qt's own printing (``QPdfWriter``), no web engine anywhere.

The reports of the dashboard and the meeting briefing are rich text documents (HTML with the
charts added as image resources).  :func:`document_pdf` lays one out on A4 pages with page
numbers and returns the bytes; :func:`save_pdf` writes them where the owner chose, atomically and
readable by the owner only (:mod:`pcrm.fsutil`), without passing through the temp dir.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from pcrm.fsutil import write_atomic

MARGIN_MM = 15.0
RESOLUTION_DPI = 300


def document_pdf(document: QTextDocument, title: str) -> bytes:
    """The document as a PDF on A4 pages with 15 mm margins; ``title`` goes into its metadata."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("pcrm")
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    # print_ lays out a copy of the document on the writer's pages and numbers them; the PDF is
    # complete once its painter has ended, which print_ does before returning.
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())


def save_pdf(document: QTextDocument, path: Path, title: str) -> None:
    """Write the document's PDF to ``path`` (replaced atomically, mode 0600)."""
    write_atomic(path, document_pdf(document, title))
