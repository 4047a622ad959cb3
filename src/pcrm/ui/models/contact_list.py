"""The contact list: a table model that holds only the ordered ids and fetches visible rows.

Rows come from ``ContactService.rows`` into a small least-recently-used cache, so a list of
100,000 contacts costs one ``array('q')`` of ids (eight bytes a contact, no Python object per row)
plus a few thousand cached rows.  The view reports what it shows (:meth:`prefetch_around`) and the
rows a screen or two above and below are read in a worker, so scrolling finds them cached; a row
that is not (a jump to the middle of the list) is read with its page on the spot.  Just after a
change (:meth:`invalidate`) rows are not read on the spot but in the worker: the store was just
written by another connection, so SQLite's page cache is cold, and reading one screen took 50 ms
on the GUI thread at 100,000 contacts.  Until they arrive the rows keep the text they had, and
rows never seen stay blank.

At start the list can show the first screen the app read before the store was fully open
(:meth:`show_first_page`): the first ids, then zeros for the rows not read yet.  The complete ids
replace those without a reset when they agree, so the view, its selection and its scroll position
stay as they were.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from pcrm import errors, log
from pcrm.services.contact_rows import ContactRow
from pcrm.ui.formatting import local_date
from pcrm.ui.worker import Latest

RowFetcher = Callable[[Sequence[int]], Mapping[int, ContactRow]]
AnyIndex = QModelIndex | QPersistentModelIndex

NAME, ORGANISATION, EMAIL, PHONE, LAST_CONTACT, NEXT_REMINDER = range(6)
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# Cached for an id whose row is gone (trashed meanwhile): shown empty, not fetched again.
_MISSING = None


_TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole})


class ContactListModel(QAbstractTableModel):
    PAGE = 64  # read on the spot: about one screen
    AHEAD = 160  # read in a worker beyond each edge of what is shown
    CACHE_ROWS = 2_000

    fetch_failed = Signal(object)  # a PcrmError met while fetching rows

    def __init__(self, zone: Callable[[], tzinfo], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._ids: array[int] = array("q")
        self._known: int | None = None  # showing a first page: how many of the ids are real
        self._fetch: RowFetcher | None = None
        self._cache: OrderedDict[int, ContactRow | None] = OrderedDict()
        self._epoch = 0  # rows read before a change or a new source are not cached
        # just after a change: rows are read in the worker, shown as they were until then
        self._deferred = False
        self._stale: dict[int, ContactRow | None] = {}
        self._later: set[int] = set()
        self._prefetcher = Latest(self._prefetched, self._prefetch_failed, self)
        self._headers = (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("Last contact"),
            self.tr("Next reminder"),
        )

    # -- what the window uses ---------------------------------------------------------------------

    def set_source(self, fetch: RowFetcher | None, *, keep_ids: bool = False) -> None:
        """Where rows come from; None when the store is locked.  The list is emptied too (after
        any read still running in the worker), unless ``keep_ids``: the rows shown are read
        again from ``fetch`` as they are painted."""
        self._prefetcher.wait()
        self._fetch = fetch
        if not keep_ids:
            self.set_ids([])
        self._forget()

    def show_first_page(self, ids: array[int], fetch: RowFetcher) -> None:
        """The list's first ids, then zeros up to its length, and where their rows are."""
        self.set_source(fetch)
        self.set_ids(ids)
        self._known = next((i for i, contact_id in enumerate(ids) if not contact_id), len(ids))

    def shows_first_page(self) -> bool:
        return self._known is not None

    def set_ids(self, ids: Sequence[int]) -> bool:
        """Show ``ids``; True when they complete the first page shown, which then stays where
        it is (no reset: the selection and the scroll position are kept)."""
        ids = ids if isinstance(ids, array) else array("q", ids)
        known, self._known = self._known, None
        if known is not None and len(ids) == len(self._ids) and ids[:known] == self._ids[:known]:
            self._ids = ids
            if known < len(ids):
                self.dataChanged.emit(self.index(known, 0), self.index(len(ids) - 1, NEXT_REMINDER))
            return True
        self.beginResetModel()
        self._ids = ids
        self.endResetModel()
        return False

    def ids(self) -> array[int]:
        return self._ids

    def invalidate(self) -> None:
        """Forget the cached rows (after a change or on Refresh); the ids stay.  The rows are
        read again in the worker, and shown as they were until then."""
        stale = dict(self._cache)
        self._forget()
        if self._fetch is not None:
            self._deferred, self._stale = True, stale
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, NEXT_REMINDER))

    def contact_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, contact_id: int) -> int | None:
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return None

    # -- QAbstractTableModel ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The delegate asks each cell for seven roles; the unused ones return before anything
        # else is looked at (a repaint of the list is ~1,000 calls).
        if role not in _TEXT_ROLES and role != CONTACT_ID_ROLE:
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == CONTACT_ID_ROLE:
            return self._ids[index.row()]
        row = self._row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.display_name if index.column() == NAME else None
        return self._text(row, index.column())

    def _text(self, row: ContactRow, column: int) -> str | None:
        if column == NAME:
            return row.display_name
        if column == ORGANISATION:
            return row.organisation or ""
        if column == EMAIL:
            return row.email or ""
        if column == PHONE:
            return row.phone or ""
        if column == LAST_CONTACT:
            return (
                local_date(row.last_interaction_at, self._zone()) if row.last_interaction_at else ""
            )
        if column == NEXT_REMINDER:
            return local_date(row.next_due_at, self._zone()) if row.next_due_at else ""
        return None

    # -- the page cache ---------------------------------------------------------------------------

    def prefetch_around(self, first: int, last: int) -> None:
        """The view shows rows ``first``..``last``: read the uncached rows around them."""
        if self._fetch is None or not self._ids:
            return
        start, stop = max(0, first - self.AHEAD), min(len(self._ids), last + 1 + self.AHEAD)
        wanted = [i for i in self._ids[start:stop] if i not in self._cache]
        wanted += [i for i in self._later if i not in wanted]  # this request replaces theirs
        if wanted:
            self._request(wanted)

    def is_loading(self) -> bool:
        """Rows are being read in the worker (those of a change are shown once they are in)."""
        return self._prefetcher.busy()

    def _request(self, wanted: list[int]) -> None:
        fetch, epoch = self._fetch, self._epoch
        assert fetch is not None
        self._prefetcher.request(lambda: (epoch, wanted, fetch(wanted)))

    def _fetch_later(self, position: int) -> None:
        """Just after a change: the page of ``position`` is read in the worker."""
        start = position - position % self.PAGE
        grew = False
        for i in self._ids[start : start + self.PAGE]:
            if i not in self._cache and i not in self._later:
                self._later.add(i)
                grew = True
        if grew:
            self._request(list(self._later))

    def _prefetched(self, answer: tuple[int, list[int], Mapping[int, ContactRow]]) -> None:
        epoch, wanted, fetched = answer
        if epoch != self._epoch:
            return
        for i in wanted:
            if i not in self._cache:
                self._cache[i] = fetched.get(i, _MISSING)
        self._trim()
        if self._deferred:
            self._later.difference_update(wanted)
            if not self._later:  # the screen after the change is in: back to reading on the spot
                self._deferred = False
                self._stale = {}
            if self._ids:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._ids) - 1, NEXT_REMINDER)
                )

    def _prefetch_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, errors.PcrmError):
            raise exc
        log.ui.warning("could not read contact rows ahead: %s", exc.error_id)  # read on the spot
        if self._deferred:
            self._end_deferral()
            if self._ids:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._ids) - 1, NEXT_REMINDER)
                )

    def _forget(self) -> None:
        self._epoch += 1
        self._cache.clear()
        self._end_deferral()

    def _end_deferral(self) -> None:
        self._deferred = False
        self._stale = {}
        self._later = set()

    def _trim(self) -> None:
        while len(self._cache) > self.CACHE_ROWS:
            self._cache.popitem(last=False)

    def _row(self, position: int) -> ContactRow | None:
        contact_id = self._ids[position]
        if contact_id in self._cache:
            self._cache.move_to_end(contact_id)
            return self._cache[contact_id]
        if self._fetch is None:
            return None
        if self._deferred:
            self._fetch_later(position)
            return self._stale.get(contact_id)
        start = position - position % self.PAGE
        page = self._ids[start : start + self.PAGE]
        wanted = [i for i in page if i not in self._cache]
        try:
            fetched = self._fetch(wanted)
        except errors.PcrmError as exc:
            # Remembered as missing so that every repaint does not try (and fail) again.
            log.ui.warning("could not read contact rows: %s", exc.error_id)
            fetched = {}
            self.fetch_failed.emit(exc)
        for i in wanted:
            self._cache[i] = fetched.get(i, _MISSING)
        self._trim()
        return self._cache.get(contact_id)
