"""The PDF writer of reports and briefings: a real PDF, several pages, written owner-only."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtGui import QTextDocument

from pcrm.ui.pdf import document_pdf, save_pdf


def _document(paragraphs: int) -> QTextDocument:
    document = QTextDocument()
    body = "".join(
        f"<p>Paragraph {i}: Ірина Коваленко, meeting notes.</p>" for i in range(paragraphs)
    )
    document.setHtml(f"<h1>Report</h1>{body}")
    return document


def test_a_document_becomes_a_pdf_with_its_pages(qapp: object) -> None:
    data = document_pdf(_document(400), "Report")
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert (
        data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type/Page") > 1
    )


def test_saved_pdf_is_readable_by_the_owner_only_and_replaced_atomically(
    qapp: object, tmp_path: Path
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    save_pdf(_document(3), target, "Report")
    assert target.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
