"""Screenshots of the dashboard, its heat map, its PDF report and a card's statistics (hooked
into make_screenshots.py by the lead).

``render`` expects the demo store (200 contacts, 2,000 interactions over several years; the
first contact is the busy one) and a running QApplication.  It writes:

* ``dashboard.png``: everyone, the last 365 days by month, compared with the year before;
* ``dashboard-heatmap.png``: the seasonality heat map, large;
* ``dashboard-report.png``: the first page of the PDF report (rendered by QtPdf);
* ``card-stats.png``: the busy contact's card with its frequency sparkline.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from screenshot_io import save as _save

from PySide6.QtCore import QSize, QThread
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from pcrm.clock import FixedClock
from pcrm.services.session import Services
from pcrm.ui.dialogs.dashboard import DashboardWindow
from pcrm.ui.dialogs.dashboard_report import write_report
from pcrm.ui.widgets.card_html import render_card
from pcrm.ui.widgets.card_view import CardView
from pcrm.ui.widgets.charts import HeatMapChart
from pcrm.ui.widgets.period_picker import LAST_365


def settle(window: DashboardWindow) -> None:
    """Until the figures asked for have arrived (they are computed in a worker)."""
    for _ in range(1000):
        QApplication.processEvents()
        if not window.is_computing() and window.result is not None:
            break
        QThread.msleep(10)
    for _ in range(5):
        QApplication.processEvents()


def pdf_page_image(pdf: Path, width: int = 1240) -> QImage:
    """The PDF's first page as an image ``width`` pixels wide, on white."""
    document = QPdfDocument()
    document.load(str(pdf))
    size = document.pagePointSize(0)
    height = round(width * size.height() / size.width())
    page = document.render(0, QSize(width, height))
    image = QImage(page.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, page)
    painter.end()
    document.close()
    return image


def render(out_dir: Path, services: Services, clock: FixedClock) -> None:
    del clock  # the services' own clock is the demo's
    out_dir.mkdir(parents=True, exist_ok=True)
    window = DashboardWindow(services)
    window.resize(1440, 1000)
    window.period.set_preset(LAST_365)
    window.compare.setChecked(True)
    window.show()
    settle(window)
    try:
        _save(window, out_dir / "dashboard.png")

        heat = HeatMapChart(window.heat_map.accessibleName())
        heat.set_counts(window.heat_map.counts)
        heat.resize(1000, 420)
        heat.show()
        _save(heat, out_dir / "dashboard-heatmap.png")
        heat.close()

        html, images = window.report_parts()
        with tempfile.TemporaryDirectory() as scratch:
            pdf = write_report(Path(scratch) / "report.pdf", html, images, "pcrm dashboard")
            if not pdf_page_image(pdf).save(str(out_dir / "dashboard-report.png")):
                raise OSError("could not write dashboard-report.png")
            print(out_dir / "dashboard-report.png")
    finally:
        window.close()

    busy = min(services.contacts.ordered_ids())  # the demo's first contact
    now, zone = services.clock.now(), services.clock.zone()
    stats = services.insight.card_stats(
        busy, now.astimezone(zone).date(), str(getattr(zone, "key", zone))
    )
    card = CardView()
    card.resize(720, 700)
    card.show_card(
        busy,
        render_card(services.contacts.get(busy), now=now, zone=zone, stats=stats),
        [month.count for month in stats.months],
    )
    card.show()
    _save(card, out_dir / "card-stats.png")
    card.close()
