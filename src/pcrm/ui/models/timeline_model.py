"""The timeline as a list model: newest first, fetched in keyset pages off the GUI thread.

Rows come from a *page fetcher* (``TimelineService.for_contact`` or ``recent`` with the filters
bound) a page at a time: a small first page, so that a card with ten thousand interactions shows
its first screen at once, then bigger pages as the view scrolls to the end (``canFetchMore`` /
``fetchMore``).  Only the fetched pages are held, never the whole timeline.

Every read runs in a :class:`~pcrm.ui.worker.Job`: most pages take a few milliseconds, but a
filter that matches little of a million interactions walks most of them before its page is full,
and the GUI thread must not wait for that.  A result that arrives after the source changed is
dropped.  :meth:`TimelineModel.wait` lets the window finish the read in flight before the store
is closed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from pcrm import errors, log
from pcrm.domain.durations import format_duration
from pcrm.domain.kinds import Channel, Direction, InteractionKind
from pcrm.services.timeline import InteractionView
from pcrm.ui.formatting import local_date, local_datetime
from pcrm.ui.i18n import shared_tr as _tr
from pcrm.ui.worker import Job

Before = tuple[datetime, int] | None  # the last row's (starts_at, id): where the next page starts
PageFetcher = Callable[[Before, int], list[InteractionView]]  # (before, limit) -> newest first
AnyIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # int
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # str, an InteractionKind value
TIME_ROLE = Qt.ItemDataRole.UserRole + 3  # str, the start in the owner's zone
TITLE_ROLE = Qt.ItemDataRole.UserRole + 4  # str: subject, else the life event, else the kind
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 5  # str, the first line of the body
PARTICIPANTS_ROLE = Qt.ItemDataRole.UserRole + 6  # list[(contact id, name)] but the shown one
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 7  # str: kind · channel · direction · duration · place

SNIPPET_CHARS = 200
TOOLTIP_CHARS = 600


def kind_labels() -> dict[str, str]:
    return {
        InteractionKind.CALL: _tr("Call"),
        InteractionKind.MEETING: _tr("Meeting"),
        InteractionKind.MESSAGE: _tr("Message"),
        InteractionKind.NOTE: _tr("Note"),
        InteractionKind.LIFE_EVENT: _tr("Life event"),
    }


def channel_labels() -> dict[str, str]:
    return {
        Channel.PHONE: _tr("Phone"),
        Channel.VIDEO: _tr("Video"),
        Channel.IN_PERSON: _tr("In person"),
        Channel.EMAIL: _tr("E-mail"),
        Channel.SMS: _tr("SMS"),
        Channel.TELEGRAM: "Telegram",
        Channel.SIGNAL: "Signal",
        Channel.WHATSAPP: "WhatsApp",
        Channel.VIBER: "Viber",
        Channel.LINKEDIN: "LinkedIn",
        Channel.FACEBOOK: "Facebook",
        Channel.INSTAGRAM: "Instagram",
        Channel.X: "X",
        Channel.MASTODON: "Mastodon",
        Channel.OTHER: _tr("Other"),
    }


def _direction_labels() -> dict[str, str]:
    return {Direction.INCOMING: _tr("↙ incoming"), Direction.OUTGOING: _tr("↗ outgoing")}


def _vocabulary(value: str, labels: dict[str, str]) -> str:
    """A known value's label; free text (an imported channel, a life event) as typed."""
    return labels.get(value, value.replace("_", " "))


def first_line(text: str | None, limit: int = SNIPPET_CHARS) -> str:
    line = next((s.strip() for s in (text or "").splitlines() if s.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class TimelineModel(QAbstractListModel):
    FIRST_PAGE = 40  # a screen and a half of rows: what a card shows first
    PAGE = 200

    loaded = Signal()  # a fetch ended (rows or not): the view may now say "nothing here"
    fetch_failed = Signal(object)  # a PcrmError met while reading

    def __init__(self, zone: Callable[[], tzinfo], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._fetch: PageFetcher | None = None
        self._owner: int | None = None
        self._rows: list[InteractionView] = []
        self._more = False
        self._job: Job | None = None  # the fetch whose result is awaited
        self._running: set[Job] = set()  # every thread still reading, stale ones included
        self._labels = kind_labels(), channel_labels(), _direction_labels()
        # A QThread destroyed while it runs aborts the process: a model dropped (its window
        # closed) during a read waits for it.  Not a method: ``self`` is being destroyed.
        running = self._running
        self.destroyed.connect(lambda: [job.wait() for job in running])

    # -- what the view uses -----------------------------------------------------------------------

    def set_source(self, fetch: PageFetcher | None, owner: int | None = None) -> None:
        """Show the timeline ``fetch`` reads (emptied now, the first page follows); ``owner`` is
        the contact whose timeline it is, left out of the participants.  None: nothing."""
        self.beginResetModel()
        self._fetch, self._owner = fetch, owner
        self._rows, self._more, self._job = [], False, None
        self.endResetModel()
        if fetch is not None:
            self._start(None, self.FIRST_PAGE, replace=True)

    def reload(self) -> None:
        """Read the rows shown again (after a change); they stay on screen until it arrives."""
        if self._fetch is not None:
            self._start(None, max(self.FIRST_PAGE, len(self._rows)), replace=True)

    def is_loading(self) -> bool:
        return self._job is not None

    def wait(self) -> None:
        """Block until every read in flight has ended (before the store is closed)."""
        for job in list(self._running):
            job.wait()

    def interaction_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, interaction_id: int) -> int | None:
        return next((r for r, v in enumerate(self._rows) if v.id == interaction_id), None)

    def participant_ids(self) -> set[int]:
        """Everyone taking part in a fetched row (names that a contact's change may alter)."""
        return {cid for v in self._rows for cid, _ in v.participants}

    # -- fetching ---------------------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._more and self._job is None

    def fetchMore(self, parent: AnyIndex) -> None:
        if self.canFetchMore(parent):
            last = self._rows[-1]
            self._start((last.starts_at, last.id), self.PAGE, replace=False)

    def _start(self, before: Before, limit: int, *, replace: bool) -> None:
        fetch = self._fetch
        assert fetch is not None
        job = Job(lambda _job: (replace, limit, fetch(before, limit)), self)
        job.succeeded.connect(self._arrived)
        job.failed.connect(self._failed)
        job.finished.connect(self._ended)
        self._job = job
        self._running.add(job)
        job.start()

    def _arrived(self, result: tuple[bool, int, list[InteractionView]]) -> None:
        if self.sender() is not self._job:
            return  # the source changed while this page was read
        self._job = None
        replace, limit, views = result
        if replace:
            self.beginResetModel()
            self._rows = views
            self.endResetModel()
        elif views:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(views) - 1)
            self._rows.extend(views)
            self.endInsertRows()
        self._more = len(views) == limit
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        if self.sender() is not self._job:
            return
        self._job = None
        self._more = False
        if not isinstance(exc, errors.PcrmError):
            raise exc
        log.ui.warning("could not read the timeline: %s", exc.error_id)
        self.fetch_failed.emit(exc)
        self.loaded.emit()

    def _ended(self) -> None:
        job = self.sender()
        assert isinstance(job, Job)
        self._running.discard(job)
        job.deleteLater()

    # -- QAbstractListModel -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view = self._rows[index.row()]
        if role == ID_ROLE:
            return view.id
        if role == KIND_ROLE:
            return view.kind
        if role == TIME_ROLE:
            zone = self._zone()
            return (
                local_date(view.starts_at, zone)
                if view.all_day
                else local_datetime(view.starts_at, zone)
            )
        if role == TITLE_ROLE:
            return self._title(view)
        if role == SNIPPET_ROLE:
            return first_line(view.body)
        if role == PARTICIPANTS_ROLE:
            return self._others(view)
        if role == DETAILS_ROLE:
            return self._details(view)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._summary(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(view)
        return None

    # -- texts ------------------------------------------------------------------------------------

    def _title(self, view: InteractionView) -> str:
        if view.subject:
            return first_line(view.subject)
        if view.life_event:
            return _vocabulary(view.life_event, {}).capitalize()
        return _vocabulary(view.kind, self._labels[0])

    def _others(self, view: InteractionView) -> list[tuple[int, str]]:
        return [(cid, name) for cid, name in view.participants if cid != self._owner]

    def _details(self, view: InteractionView) -> str:
        kinds, channels, directions = self._labels
        parts = [_vocabulary(view.kind, kinds)]
        if view.channel:
            parts.append(_vocabulary(view.channel, channels))
        if view.direction:
            parts.append(_vocabulary(view.direction, directions))
        if view.duration_seconds:
            parts.append(format_duration(view.duration_seconds))
        if view.location:
            parts.append(_tr("at {place}").format(place=view.location))
        if view.private:
            parts.append(_tr("private"))
        return " · ".join(parts)

    def _with(self, view: InteractionView) -> str:
        others = self._others(view)
        if not others:
            return ""
        return _tr("with {names}").format(names=", ".join(name for _, name in others))

    def _summary(self, index: AnyIndex) -> str:
        """One line for screen readers and type-ahead: time, title, details, people."""
        view = self._rows[index.row()]
        parts = [index.data(TIME_ROLE), self._title(view), self._details(view), self._with(view)]
        return ", ".join(p for p in parts if p)

    def _tooltip(self, view: InteractionView) -> str:
        body = " ".join((view.body or "").split())
        if len(body) > TOOLTIP_CHARS:
            body = body[: TOOLTIP_CHARS - 1].rstrip() + "…"
        lines = [self._title(view), self._details(view), self._with(view), body]
        return "\n".join(line for line in lines if line)
