"""The tray icon's badge: how many things are due today, on the icon and in its tooltip.

The count comes from :meth:`~pcrm.services.organizer.OrganizerService.due_count`, read off the
GUI thread, whenever the due list may have changed: the store unlocked, an edit to a task, a
contact's dates or an outcome (done, snoozed, dismissed), a reminder raised, and the owner's
midnight (one single-shot timer, like the notifier's, never more than an hour ahead).  Locked,
the icon is the plain one.  The tooltip says only "pcrm" and the number: nothing personal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from pcrm import errors, log
from pcrm.clock import Clock
from pcrm.services.changes import ChangeSet
from pcrm.services.session import Services
from pcrm.ui.i18n import shared_tr as _tr
from pcrm.ui.icons import app_icon, badged_icon
from pcrm.ui.worker import Latest

LONGEST_MS = 60 * 60 * 1000  # a sleep or a clock change delays the midnight update at most this
CHANGED = frozenset({"task", "contact", "notification", "preference"})


def tooltip(count: int) -> str:
    if count <= 0:
        return "pcrm"
    due = _tr("%n due", None, count)
    return f"pcrm — {due}"


class TrayBadge(QObject):
    changed = Signal(int)  # the count shown now

    def __init__(
        self,
        tray: QSystemTrayIcon | None,
        services: Callable[[], Services | None],
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tray = tray
        self._services = services
        self._clock = clock
        self._base = app_icon()
        self.count = 0
        self._reads = Latest(self._show, self._failed, self)
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._midnight.timeout.connect(self.refresh)
        self._paint(0)

    def refresh(self) -> None:
        """Read the count again (off the GUI thread); nothing while locked."""
        services = self._services()
        if services is None:
            return
        self._reads.request(services.organizer.due_count)

    def edited(self, changes: ChangeSet) -> None:
        if CHANGED & (set(changes.created) | set(changes.updated) | set(changes.deleted)):
            self.refresh()

    def clear(self) -> None:
        """The store is being locked: no read left running, the plain icon."""
        self._midnight.stop()
        self._reads.wait()
        self._paint(0)

    def _show(self, count: int) -> None:
        if self._services() is None:  # locked while reading
            return
        self._paint(count)
        self._arm(self._clock.now())

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, errors.PcrmError):
            raise exc
        log.ui.warning("could not count what is due: %s", exc.error_id)

    def _arm(self, now: datetime) -> None:
        local = now.astimezone(self._clock.zone())
        midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=1, microsecond=0)
        ms = (midnight - local).total_seconds() * 1000
        self._midnight.start(int(min(max(ms, 0), LONGEST_MS)))

    def _paint(self, count: int) -> None:
        changed = count != self.count
        self.count = count
        if self._tray is not None:
            self._tray.setIcon(badged_icon(self._base, count) if count else QIcon(self._base))
            self._tray.setToolTip(tooltip(count))
        if changed:
            self.changed.emit(count)
