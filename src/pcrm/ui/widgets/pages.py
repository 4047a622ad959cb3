"""What the organizer's pages share: after a change, a hidden page reads again only when shown.

Every edit tells every view what changed; a page off screen (Today, the calendar) that read
and laid out its thousand items on each change would block the GUI thread for nothing, so it
notes that it is out of date and reads when it is shown again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class ReloadWhenShown(QObject):
    def __init__(self, page: QWidget, reload: Callable[[], None]) -> None:
        super().__init__(page)
        self._page = page
        self._reload = reload
        self._stale = False
        page.installEventFilter(self)

    def request(self) -> None:
        """Read again now if the page is on screen, else when it is shown."""
        if self._page.isVisible():
            self._stale = False
            self._reload()
        else:
            self._stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show and self._stale:
            self._stale = False
            self._reload()
        return False
