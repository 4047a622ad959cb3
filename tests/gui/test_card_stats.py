"""A card's "Contact frequency": the sparkline of the last 12 months, the last and next contact
and the usual channel, read with the card in the window's worker."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from pcrm.services.insight import Bucket, CardStats
from pcrm.services.session import Services
from pcrm.services.tasks import TaskDraft
from pcrm.ui.main_window import MainWindow
from pcrm.ui.store_access import StoreAccess
from pcrm.ui.widgets.card_html import SPARKLINE, render_card
from pcrm.ui.widgets.card_view import CardView

pytestmark = pytest.mark.gui

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
KYIV = ZoneInfo("Europe/Kyiv")


def test_the_section_in_html(services: Services, people: dict[str, int]) -> None:
    card = services.contacts.get(people["olena"])
    months = tuple(
        Bucket(NOW.date().replace(day=1) - timedelta(days=31 * n), n % 3) for n in range(12)
    )
    stats = CardStats(
        months=months[::-1],
        total=40,
        last_at=datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
        next_at=datetime(2026, 12, 1, 8, 0, tzinfo=UTC),
        usual_channel="in_person",
    )
    html = render_card(card, now=NOW, zone=KYIV, stats=stats)
    assert "Contact frequency" in html
    assert f'src="{SPARKLINE}"' in html
    assert "12 in the last 12 months · 40 in all" in html
    assert "2026-11-20 (3 days ago)" in html
    assert "2026-12-01 (in 8 days)" in html
    assert "In person" in html
    # the last contact is said once, in the new section, not again under "Keeping in touch"
    assert html.count("Last contact") == 1
    assert "Contact frequency" not in render_card(card, now=NOW, zone=KYIV)


def test_the_view_paints_the_sparkline(qtbot) -> None:
    view = CardView()
    qtbot.addWidget(view)
    view.show_card(1, f'<img src="{SPARKLINE}" width="120" height="28">', [0, 2, 5] * 4)
    image = view.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(SPARKLINE))
    assert isinstance(image, QImage) and not image.isNull()
    view.show_message("Nothing selected")
    image = view.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(SPARKLINE))
    assert not isinstance(image, QImage) or image.isNull()


def test_the_window_shows_the_card_with_its_statistics(
    qtbot, services: Services, people: dict[str, int], clock, ui_settings, keyring_backend
) -> None:
    services.tasks.create(
        TaskDraft(
            title="Send the draft",
            start_wall=datetime(2026, 11, 28, 10, 0),
            time_zone="Europe/Kyiv",
            kind="task",
            contacts=[people["olena"]],
        )
    )
    access = StoreAccess(services.paths, clock, keyring_backend)
    window = MainWindow(services, clock, ui_settings, access.reopen)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    window.show_contact(people["olena"])
    qtbot.waitUntil(lambda: "Contact frequency" in window.card.toPlainText(), timeout=10_000)
    text = window.card.toPlainText()
    assert "2 in the last 12 months" in text
    assert "Last contact\t2026-11-20" in text or "2026-11-20 (3 days ago)" in text
    assert "Next contact" in text and "(in 5 days)" in text
    assert "Usual channel" in text
    image = window.card.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(SPARKLINE))
    assert isinstance(image, QImage) and not image.isNull()
    window.close()
