"""The search box and its results panel: contacts and interaction text as you type, Enter for
the best matches.

Typing runs the quick search (an index look-up of a few milliseconds, see
``services.search``) in the GUI thread once the keys stop for ``DEBOUNCE_MS``.  Enter with no
result highlighted runs the ranked search in a :class:`~pcrm.ui.worker.Job` with a
:class:`~pcrm.store.search.CancelToken`; the next keystroke cancels it, and whatever a cancelled
job still delivers (its results or ``SearchInterrupted``) is dropped, so an old query never
replaces a newer one.  Focus stays in the box: the arrows move through the results, Enter opens
the highlighted one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from pcrm import errors
from pcrm.clock import Clock
from pcrm.services.search import MIN_CHARS, CancelToken, SearchResults
from pcrm.services.session import Services
from pcrm.ui.clipboard import copy_current
from pcrm.ui.i18n import english_plural
from pcrm.ui.widgets.search_delegate import SearchHitDelegate
from pcrm.ui.widgets.search_model import Row, RowKind, SearchResultsModel
from pcrm.ui.worker import Job

DEBOUNCE_MS = 70
QUICK_LIMIT = 20  # per section, as you type
RANKED_LIMIT = 50  # per section, on Enter


class SearchBox(QLineEdit):
    """One line for the query.  Its keys drive the results panel; focus never leaves it."""

    query_changed = Signal(str)  # the stripped text, once typing pauses (at once when emptied)
    moved = Signal(int)  # Down / Up: the highlight moves by this many hits
    paged = Signal(int)  # PageDown / PageUp: by this many screens of hits
    submitted = Signal()  # Enter
    dismissed = Signal()  # Escape in an empty box: hand the focus back to the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Search contacts and interactions…"))
        self.setClearButtonEnabled(True)
        self.setAccessibleName(self.tr("Search"))
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._text_changed)
        self.returnPressed.connect(self.submitted)

    def query(self) -> str:
        return self.text().strip()

    def pending(self) -> bool:
        """Typed, but not yet told through ``query_changed``."""
        return self._timer.isActive()

    def flush(self) -> None:
        """Tell the query now rather than after the pause."""
        self._timer.stop()
        self.query_changed.emit(self.query())

    def _text_changed(self) -> None:
        if len(self.query()) < MIN_CHARS:
            self.flush()  # nothing to search: clear the results without waiting
        else:
            self._timer.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}
        pages = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}
        if key in steps:
            self.moved.emit(steps[Qt.Key(key)])
        elif key in pages:
            self.paged.emit(pages[Qt.Key(key)])
        elif key == Qt.Key.Key_Escape:
            if self.text():
                self.clear()
            else:
                self.dismissed.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class SearchPanel(QWidget):
    """The results of what is typed in :attr:`box`, which the window places where it likes.

    ``services`` gives the open store, or None while locked.  The panel makes no change to the
    data; call :meth:`refresh` when the data changed and :meth:`clear` before locking.
    """

    contact_activated = Signal(int)
    interaction_activated = Signal(int, int)  # interaction id, its first participant's id
    active_changed = Signal(bool)  # a query long enough to search is in the box, or no more

    def __init__(
        self,
        services: Callable[[], Services | None],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._active = False
        self._ranked_shown = False  # the list shows best matches, not the quick results
        self._job: Job | None = None  # the ranked search whose results are wanted
        self._token: CancelToken | None = None
        self._running: set[Job] = set()  # also the cancelled ones, until their thread ends

        self.box = SearchBox(self)
        self.box.query_changed.connect(self._search)
        self.box.textChanged.connect(self._cancel_ranked)
        self.box.moved.connect(self.move_highlight)
        self.box.paged.connect(self._page)
        self.box.submitted.connect(self._submitted)

        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Search status"))
        self.status.setWordWrap(True)
        self.model = SearchResultsModel(clock.zone, self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(SearchHitDelegate(self.view))
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A click opens a hit, and Enter does (see eventFilter); the view's ``activated`` is not
        # used, as it comes on top of ``clicked`` for a double click or a single-click style.
        self.view.clicked.connect(self._activate)
        self.view.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)

    # -- what the window uses ---------------------------------------------------------------------

    def is_active(self) -> bool:
        return self._active

    def is_busy(self) -> bool:
        """A ranked search is still running (perhaps cancelled, finishing its step)."""
        return bool(self._running)

    def focus_box(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def refresh(self) -> None:
        """Search again for what the box holds (the data changed)."""
        if self._ranked_shown:
            self.run_ranked()
        else:
            self._search(self.box.query())

    def clear(self) -> None:
        """Forget the query and its results (lock): stops a ranked search and waits for it."""
        self._cancel_ranked()
        for job in list(self._running):
            job.wait()  # a cancelled query stops at its next progress check
        self.box.clear()
        self._search("")

    # -- searching --------------------------------------------------------------------------------

    def _search(self, query: str) -> None:
        """The quick search, as you type."""
        services = self._services()
        self._ranked_shown = False
        self._set_active(services is not None and len(query) >= MIN_CHARS)
        if not self._active or services is None:
            self._show(None, "")
            return
        try:
            results = services.search.quick(query, limit=QUICK_LIMIT)
        except errors.PcrmError as exc:
            self._show(None, exc.message)
            return
        self._show(results, self._summary(results))

    def run_ranked(self) -> None:
        """Best matches for the box's query, off the GUI thread."""
        services = self._services()
        query = self.box.query()
        if services is None or len(query) < MIN_CHARS:
            return
        self._cancel_ranked()
        if self.box.pending():
            self.box.flush()  # the quick results of this very query meanwhile
        search = services.search
        token = CancelToken()
        job = Job(lambda _job: search.ranked(query, token, limit=RANKED_LIMIT), self)
        job.succeeded.connect(self._ranked_succeeded)
        job.failed.connect(self._ranked_failed)
        job.finished.connect(self._job_finished)
        self._job, self._token = job, token
        self._running.add(job)
        self.status.setText(self.tr("Finding the best matches…"))
        job.start()

    def _cancel_ranked(self) -> None:
        if self._token is not None:
            self._token.cancel()
        self._job = self._token = None

    def _ranked_succeeded(self, results: SearchResults) -> None:
        if self.sender() is not self._job:
            return  # an older query's
        self._ranked_shown = True
        self._show(results, self._summary(results))

    def _ranked_failed(self, exc: BaseException) -> None:
        if self.sender() is not self._job or isinstance(exc, errors.SearchInterrupted):
            return
        if not isinstance(exc, errors.PcrmError):
            raise exc
        self.status.setText(exc.message)

    def _job_finished(self) -> None:
        job = self.sender()
        if isinstance(job, Job) and job in self._running:
            job.wait()  # ``finished`` comes from the thread just before it ends
            self._running.discard(job)
            if job is self._job:
                self._job = self._token = None
            job.deleteLater()

    # -- showing ----------------------------------------------------------------------------------

    def _set_active(self, active: bool) -> None:
        if active != self._active:
            self._active = active
            self.active_changed.emit(active)

    def _show(self, results: SearchResults | None, summary: str) -> None:
        self.model.set_results(results)
        self.status.setText(summary)
        self.view.scrollToTop()

    def _counts(self, results: SearchResults) -> str:
        """ "3 contacts, 20+ interactions": a full section may have more than it shows."""
        limit = RANKED_LIMIT if self._ranked_shown else QUICK_LIMIT
        c, i = len(results.contacts), len(results.interactions)
        contacts = (
            self.tr("%n+ contact(s)", "", c) if c >= limit else self.tr("%n contact(s)", "", c)
        )
        interactions = (
            self.tr("%n+ interaction(s)", "", i)
            if i >= limit
            else self.tr("%n interaction(s)", "", i)
        )
        return self.tr("{contacts}, {interactions}").format(
            contacts=english_plural(contacts, c), interactions=english_plural(interactions, i)
        )

    def _summary(self, results: SearchResults) -> str:
        """The line above the results: how many, and whether they are the best ones."""
        if not (results.contacts or results.interactions):
            return self.tr("No matches")
        if self._ranked_shown:
            return self.tr("Best matches — {counts}").format(counts=self._counts(results))
        return self.tr("{counts} — Enter for best matches").format(counts=self._counts(results))

    # -- keys and activation ----------------------------------------------------------------------

    def move_highlight(self, step: int) -> None:
        """Move the highlight ``step`` hits down (up when negative); above the first, none."""
        hits = self.model.hit_rows()
        if not hits:
            return
        current = self.view.currentIndex().row() if self.highlighted() is not None else None
        if current is None and step < 0:
            return
        target = (hits.index(current) if current is not None else -1) + step
        if target < 0:
            self.view.clearSelection()
            self.view.setCurrentIndex(QModelIndex())
            self.view.scrollToTop()
            return
        index = self.model.index(hits[min(target, len(hits) - 1)])
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _page(self, pages: int) -> None:
        hits = self.model.hit_rows()
        if hits:
            row_height = max(self.view.sizeHintForRow(hits[0]), 1)
            self.move_highlight(pages * max(1, self.view.viewport().height() // row_height - 1))

    def highlighted(self) -> Row | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            return None
        return self.model.row_at(index.row())

    def _submitted(self) -> None:
        if self.highlighted() is not None and not self.box.pending():
            self._activate(self.view.currentIndex())
        else:  # nothing highlighted, or the highlight belongs to the previous query
            self.run_ranked()

    def _activate(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None or row.kind is RowKind.SECTION:
            return
        if row.kind is RowKind.CONTACT:
            self.contact_activated.emit(row.hit_id)
            return
        services = self._services()
        if services is None:
            return
        try:
            participants = services.timeline.get(row.hit_id).participants
        except errors.PcrmError as exc:
            self.status.setText(exc.message)
            return
        if not participants:
            self.status.setText(self.tr("Nobody is named in this interaction any more."))
            return
        self.interaction_activated.emit(row.hit_id, participants[0][0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the list, too, the arrows skip the section headings, Enter opens the highlighted
        hit, Escape goes back to the box and Ctrl+C copies the hit guarded (ui.clipboard)."""
        if (
            watched is self.view
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.move_highlight(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activate(self.view.currentIndex())
                return True
            if key == Qt.Key.Key_Escape:
                self.box.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if copy_current(self.view, event):  # marked secret and cleared later
                return True
        return super().eventFilter(watched, event)
