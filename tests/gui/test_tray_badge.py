"""The tray's due count: the painted badge, the tooltip, and the count following the store.

The offscreen platform has no system tray, so the window makes no tray icon there; these tests
give the badge a QSystemTrayIcon that is never shown, which still keeps its icon and tooltip.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from pcrm.clock import FixedClock
from pcrm.services.session import Services
from pcrm.services.tasks import TaskDraft
from pcrm.ui.edits import Edits
from pcrm.ui.icons import TRAY_SIZES, app_icon, badge_text, badged_icon, badged_pixmap
from pcrm.ui.notifier import Notifier
from pcrm.ui.tray_badge import TrayBadge, tooltip

KYIV = ZoneInfo("Europe/Kyiv")


def reddish(color: QColor) -> bool:
    return color.red() > 180 and color.green() < 100 and color.blue() < 100


def red_share(image, size: int) -> float:
    """The share of red pixels in the top-right quarter."""
    half = size // 2
    cells = [(x, y) for x in range(half, size) for y in range(half)]
    return sum(reddish(image.pixelColor(x, y)) for x, y in cells) / len(cells)


@pytest.mark.parametrize("size", [16, 22, 32, 64])
def test_the_badge_is_painted_in_the_top_right_corner(qapp, size: int) -> None:
    base = app_icon()
    plain = badged_pixmap(base, size, 0).toImage()
    badged = badged_pixmap(base, size, 3).toImage()
    assert badged.width() == size and badged.height() == size
    assert red_share(badged, size) > 0.25
    assert red_share(plain, size) == 0
    bottom_left = (size // 4, size - size // 4)
    assert badged.pixelColor(*bottom_left) == plain.pixelColor(*bottom_left)  # the icon shows


def test_large_counts_are_shortened(qapp) -> None:
    assert badge_text(7) == "7"
    assert badge_text(42) == "42"
    assert badge_text(150) == "99+"
    assert badge_text(42, size=16) == "9+"  # "42" would not fit a 16 px tray
    assert badge_text(9, size=16) == "9"


def test_the_badged_icon_has_every_tray_size(qapp) -> None:
    icon = badged_icon(app_icon(), 5)
    assert {s.width() for s in icon.availableSizes()} == set(TRAY_SIZES)
    assert badged_icon(app_icon(), 0).availableSizes() == app_icon().availableSizes()


def test_the_tooltip_says_the_number_only(qapp) -> None:
    assert tooltip(0) == "pcrm"
    assert tooltip(1) == "pcrm — 1 due"
    assert tooltip(3) == "pcrm — 3 due"


def test_the_app_icon_has_every_size(qapp) -> None:
    sizes = {s.width() for s in app_icon().availableSizes()}
    assert sizes == {16, 22, 24, 32, 48, 64, 128, 256, 512}


def test_the_badge_follows_the_store(qtbot, services: Services, clock: FixedClock) -> None:
    services.tasks.create(TaskDraft("overdue", datetime(2026, 11, 20, 10, 0)))
    tray = QSystemTrayIcon(QIcon())
    edits = Edits(lambda: services)
    notifier = Notifier(lambda: services, clock, edits=edits, tray=tray)
    badge = notifier.badge
    assert tray.toolTip() == "pcrm" and not tray.icon().isNull()

    with qtbot.waitSignal(badge.changed, timeout=5_000) as shown:
        notifier.start()  # unlocked: the count is read
    assert shown.args == [1]
    assert tray.toolTip() == "pcrm — 1 due"
    assert {s.width() for s in tray.icon().availableSizes()} == set(TRAY_SIZES)

    with qtbot.waitSignal(badge.changed, timeout=5_000) as shown:
        edits.create_task(TaskDraft("tonight", datetime(2026, 11, 23, 20, 0)))
    assert shown.args == [2]
    assert tray.toolTip() == "pcrm — 2 due"
    assert "tonight" not in tray.toolTip() and "overdue" not in tray.toolTip()

    clock.instant = datetime(2026, 11, 25, 9, 0, tzinfo=KYIV).astimezone(UTC)
    badge.refresh()  # two days on, still the same two tasks (overdue now)
    qtbot.waitUntil(lambda: not badge._reads.busy(), timeout=5_000)
    assert badge.count == 2

    with qtbot.waitSignal(badge.changed, timeout=5_000) as shown:
        notifier.stop()  # locked: the plain icon
    assert shown.args == [0]
    assert tray.toolTip() == "pcrm"
    badge.refresh()
    assert badge.count == 0


def test_midnight_is_the_next_update(qtbot, services: Services, clock: FixedClock) -> None:
    badge = TrayBadge(None, lambda: services, clock)
    clock.instant = datetime(2026, 11, 23, 23, 30, tzinfo=KYIV).astimezone(UTC)
    badge.refresh()
    qtbot.waitUntil(badge._midnight.isActive, timeout=5_000)  # armed when the count came
    remaining = badge._midnight.remainingTime()
    assert 30 * 60_000 - 5_000 < remaining <= 30 * 60_000 + 3_000  # a second past midnight
