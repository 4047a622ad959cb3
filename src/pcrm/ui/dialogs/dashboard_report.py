"""The dashboard as a PDF report and as CSV files.

The report is rich text (:class:`QTextDocument`): a title, the period and scope, then each
section's chart (an image resource, painted in print colours) and its table.  The HTML and
the images are made in the GUI thread from what the dashboard shows (a few milliseconds); the
document is laid out and written in a worker (:func:`write_report`), so a long report never
holds up the window.  Everything from the owner's data is escaped.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from html import escape
from pathlib import Path

from PySide6.QtCore import QSizeF, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument, QTextFormat

from pcrm.fsutil import write_atomic
from pcrm.ui.models.dashboard_tables import Table, cell_text, table_csv
from pcrm.ui.pdf import save_pdf

# The report is laid out on pages of its own (px at 96 dpi): A4 less ui.pdf's 15 mm margins, so
# that print_ keeps this pagination (scaled to the printer) instead of adding 2 cm margins.
PAGE_WIDTH = 680.0
PAGE_HEIGHT = PAGE_WIDTH * 267 / 180
IMAGE_WIDTH = round(PAGE_WIDTH)
OBJECT = "\ufffc"  # what stands for an image in a block's text
KEEP_WITH_TITLE = 90.0
SWITCH_INTERVAL_S = 0.0005  # px of a section that must follow its title onto the same page
IMAGE_SCHEME = "pcrm-report"
STYLE = """
body { font-size: 9pt; color: #1a1a1a; }
h1 { font-size: 18pt; margin-bottom: 2px; }
h2 { font-size: 12pt; margin-top: 18px; margin-bottom: 4px; color: #2f4f7f; }
p.meta { color: #555555; margin: 0; }
p.note { color: #555555; margin-top: 0; margin-bottom: 4px; }
th { background-color: #e8edf4; text-align: left; font-weight: bold; }
td.number { text-align: right; }
"""


@dataclass(frozen=True)
class ReportSection:
    table: Table
    image: str | None = None  # the resource name of its chart
    height: int = 0  # the chart's height at IMAGE_WIDTH
    rows_shown: int = 25  # a long table is cut here (the CSV has every row)


def image_url(name: str) -> str:
    return f"{IMAGE_SCHEME}:{name}"


def _table_html(table: Table, zone: tzinfo, limit: int, more_text: str) -> str:
    if not table.rows:
        return ""
    columns = table.shown_columns()
    numeric = {
        i: all(isinstance(row[i], int) or row[i] is None for row in table.rows) for i in columns
    }
    head = "".join(f"<th>{escape(table.headers[i])}</th>" for i in columns)
    body = []
    for row in table.rows[:limit]:
        cells = "".join(
            f'<td class="number">{escape(cell_text(row[i], zone))}</td>'
            if numeric[i]
            else f"<td>{escape(cell_text(row[i], zone))}</td>"
            for i in columns
        )
        body.append(f"<tr>{cells}</tr>")
    more = ""
    if len(table.rows) > limit:
        more = f'<p class="note">{escape(more_text.format(count=len(table.rows) - limit))}</p>'
    return (
        '<table border="1" cellspacing="0" cellpadding="3" width="100%" '
        'style="border-collapse: collapse; border-color: #c8ced6;">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>{more}"
    )


def report_html(
    title: str,
    meta: Sequence[str],
    sections: Sequence[ReportSection],
    zone: tzinfo,
    *,
    empty_text: str,
    more_text: str,
) -> str:
    """The report's HTML; ``meta`` are the lines under the title (period, scope, date)."""
    parts = [f"<h1>{escape(title)}</h1>"]
    parts += [f'<p class="meta">{escape(line)}</p>' for line in meta]
    for section in sections:
        table = section.table
        parts.append(f"<h2>{escape(table.title)}</h2>")
        if table.note:
            parts.append(f'<p class="note">{escape(table.note)}</p>')
        if section.image and table.rows:
            parts.append(
                f'<p><img src="{image_url(section.image)}" width="{IMAGE_WIDTH}" '
                f'height="{section.height}"></p>'
            )
        table_part = _table_html(table.printed or table, zone, section.rows_shown, more_text)
        parts.append(table_part or f'<p class="note">{escape(empty_text)}</p>')
    return f"<html><body>{''.join(parts)}</body></html>"


def report_document(html: str, images: Mapping[str, QImage]) -> QTextDocument:
    """The report as a document, its charts added as resources (any thread: no widgets)."""
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    document.setDocumentMargin(0)
    for name, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(image_url(name)), image)
    document.setHtml(html)
    document.setPageSize(QSizeF(PAGE_WIDTH, PAGE_HEIGHT))
    _keep_titles_with_sections(document)
    return document


def _page(y: float) -> int:
    return int(y // PAGE_HEIGHT)


def _keep_titles_with_sections(document: QTextDocument) -> None:
    """A section's title starts a new page when its chart (or the start of its table) would
    not fit under it on this one."""
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() != 2:
            block = block.next()
            continue
        layout.documentSize()  # lays out the whole document (it is done lazily)
        top = layout.blockBoundingRect(block).top()
        follower = block.next()
        while follower.isValid():
            rect = layout.blockBoundingRect(follower)
            if OBJECT in follower.text():  # an image: it moves whole to the next page
                bottom = rect.bottom() - 1
                break
            if rect.bottom() - top >= KEEP_WITH_TITLE:
                bottom = rect.bottom() - 1
                break
            follower = follower.next()
        else:
            bottom = top
        if _page(top) != _page(bottom) and top % PAGE_HEIGHT > 1:
            cursor = QTextCursor(block)
            form = block.blockFormat()
            form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(form)
        block = block.next()


@contextlib.contextmanager
def _quick_switches() -> Iterator[None]:
    """Threads take turns with the GIL every 0.5 ms instead of 5 meanwhile.  The layout runs
    thousands of short Qt calls in this worker; at Python's default interval each of the GUI
    thread's own Python calls (a paint, a model's data) waits up to 5 ms for its turn, and a
    repaint of the window adds up to 100 ms or more."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, SWITCH_INTERVAL_S))
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def write_report(path: Path, html: str, images: Mapping[str, QImage], title: str) -> Path:
    """Lay the report out on A4 pages and save it as a PDF (0600, atomically); for a worker."""
    with _quick_switches():
        document = report_document(html, images)
        save_pdf(document, path, title)
        del document  # destroyed in the thread that made it
    return path


def write_tables(targets: Mapping[Path, Table], zone: tzinfo) -> list[Path]:
    """Each table as a CSV file (0600, atomically); for a worker."""
    for path, table in targets.items():
        write_atomic(path, table_csv(table, zone))
    return list(targets)
