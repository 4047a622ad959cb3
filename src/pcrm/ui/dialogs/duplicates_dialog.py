"""Find duplicate contacts and review them pair by pair: merge, "not duplicates", or skip.

When first shown, the dialog looks for candidates off the GUI thread
(:class:`~pcrm.ui.worker.Job`, with progress; closing it stops the search) and then shows the
likeliest pair: why it was proposed, both cards, a choice where they differ and the merged card
(:class:`~pcrm.ui.widgets.merge_preview.MergePreview`).  Merge (Ctrl+Return) and "Not
duplicates" go through :class:`~pcrm.ui.edits.Edits`, so the window's Ctrl+Z takes them back
later; inside the dialog, Undo takes back its own last step (a merge, a dismissal or a skip)
and shows that pair again.  Given a ``pair``, the dialog shows just those two contacts ("Merge
with…" on two selected contacts) and closes after the merge.  A refused step is shown in place.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors
from pcrm.domain.similarity import Reason
from pcrm.services.duplicates import Candidate
from pcrm.services.session import Services
from pcrm.ui.dialogs.parts import error_label, show_error
from pcrm.ui.edits import Edits
from pcrm.ui.widgets.merge_preview import MergePreview
from pcrm.ui.worker import Job


@dataclass(frozen=True)
class _Step:
    """One step the dialog can take back: the queue before it, and where the undo stack stood
    after it (None: nothing was recorded, a skip)."""

    queue: list[Candidate]
    index: int
    stack_index: int | None


class DuplicatesDialog(QDialog):
    """``searched`` fires when the candidates (or the refusal) are shown; ``merged`` carries
    each merge's ChangeSet, ``dismissed`` each "not duplicates"."""

    searched = Signal()
    merged = Signal(object)
    dismissed = Signal(object)

    def __init__(
        self,
        services: Services,
        edits: Edits,
        parent: QWidget | None = None,
        pair: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.edits = edits
        self.queue: list[Candidate] = [Candidate(*pair, 0.0, ())] if pair else []
        self.index = 0
        self.swapped = False  # keep the second card of the pair instead of the first
        self._single = pair is not None
        self._searched = self._single
        self._history: list[_Step] = []
        self._job: Job | None = None
        self._stop = threading.Event()  # read by the worker thread: no Qt object there
        self._close_when_stopped = False

        self.setWindowTitle(self.tr("Merge contacts") if pair else self.tr("Find duplicates"))
        self.setMinimumSize(1100, 700)
        self.counter = QLabel(self)
        self.counter.setAccessibleName(self.tr("Which pair"))
        self.why = QLabel(self)
        self.why.setWordWrap(True)
        self.why.setAccessibleName(self.tr("Why these two"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.problem = error_label(self)
        self.preview = MergePreview(services, self)

        self.previous_button = self._button(self.tr("◀ &Previous"), self.previous, "Alt+Left")
        self.next_button = self._button(self.tr("Ne&xt ▶"), self.next, "Alt+Right")
        self.swap_button = self._button(self.tr("S&wap sides"), self.swap)
        self.swap_button.setToolTip(self.tr("Keep the other card, and merge this one into it"))
        self.undo_button = self._button(self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.skip_button = self._button(self.tr("&Skip"), self.skip)
        self.skip_button.setToolTip(self.tr("Leave this pair for another time"))
        self.dismiss_button = self._button(self.tr("&Not duplicates"), self.dismiss)
        self.dismiss_button.setToolTip(self.tr("Never propose these two again"))
        self.merge_button = self._button(self.tr("&Merge"), self.merge, "Ctrl+Return")
        self.merge_button.setToolTip(self.tr("Merge (Ctrl+Return)"))
        self.close_button = self._button(self.tr("Close"), self.reject)
        self.merge_button.setDefault(True)

        top = QHBoxLayout()
        top.addWidget(self.counter)
        top.addWidget(self.why, 1)
        nav = QHBoxLayout()
        for button in (self.previous_button, self.next_button, self.swap_button, self.undo_button):
            nav.addWidget(button)
        nav.addStretch(1)
        for button in (self.skip_button, self.dismiss_button, self.merge_button, self.close_button):
            nav.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problem)
        layout.addLayout(nav)
        self.setTabOrder(self.preview, self.merge_button)
        self.setTabOrder(self.merge_button, self.dismiss_button)
        self.setTabOrder(self.dismiss_button, self.skip_button)
        self.setTabOrder(self.skip_button, self.previous_button)
        self.setTabOrder(self.previous_button, self.next_button)
        self.setTabOrder(self.next_button, self.swap_button)
        self.setTabOrder(self.swap_button, self.undo_button)
        self.setTabOrder(self.undo_button, self.close_button)
        if self._single:
            for widget in (self.previous_button, self.next_button, self.skip_button, self.counter):
                widget.setVisible(False)
        self._show_pair()

    def _button(
        self, text: str, slot: object, shortcut: str | QKeySequence.StandardKey | None = None
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        if shortcut is not None:
            button.setShortcut(QKeySequence(shortcut))
        return button

    # -- finding ----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._searched:
            self.find()

    def find(self) -> None:
        """Look for candidates again, off the GUI thread."""
        if self._job is not None:
            return
        self._searched = True
        self._stop = threading.Event()
        self.queue, self.index, self._history = [], 0, []
        self.preview.clear(self.tr("Looking for duplicates…"))
        self.status.setText(self.tr("Looking for duplicates…"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._set_enabled(False)
        service, stop = self.services.duplicates, self._stop

        def work(job: Job) -> list[Candidate]:
            return service.candidates(progress=job.report, cancelled=stop.is_set)

        self._job = Job(work, self)
        self._job.progressed.connect(self._progressed)
        self._job.succeeded.connect(self._found)
        self._job.failed.connect(self._failed)
        self._job.start()

    def _progressed(self, stage: str, done: int, total: int) -> None:
        texts = {
            "shared": self.tr("Looking for shared e-mails and phones…"),
            "names": self.tr("Reading names: {done} of {total}"),
            "compare": self.tr("Comparing similar names: {done} of {total}"),
        }
        locale = QLocale()
        self.status.setText(
            texts.get(stage, stage).format(done=locale.toString(done), total=locale.toString(total))
        )
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _job_over(self) -> bool:
        """Forget the job; True when the dialog is closing."""
        if self._job is not None:
            self._job.wait()
            self._job.deleteLater()
            self._job = None
        self.progress.setVisible(False)
        if self._close_when_stopped:
            super().reject()
            return True
        return False

    def _found(self, found: list[Candidate]) -> None:
        if self._job_over():
            return
        self.queue = found
        self.status.clear()
        self._show_pair()
        self.searched.emit()

    def _failed(self, exc: BaseException) -> None:
        if self._job_over():
            return
        if not isinstance(exc, errors.PcrmError):
            raise exc  # a bug: to the crash dialog
        self.status.setText(exc.message)
        self.preview.clear(exc.message)
        self.searched.emit()

    # -- the pair shown ---------------------------------------------------------------------------

    def current(self) -> Candidate | None:
        return self.queue[self.index] if 0 <= self.index < len(self.queue) else None

    def keep_and_other(self) -> tuple[int, int] | None:
        pair = self.current()
        if pair is None:
            return None
        return (pair.second, pair.first) if self.swapped else (pair.first, pair.second)

    def _show_pair(self) -> None:
        show_error(self.problem, "")
        self.undo_button.setEnabled(bool(self._history))
        ids = self.keep_and_other()
        pair = self.current()
        if ids is None or pair is None:
            self.counter.clear()
            self.why.clear()
            if self._searched and self._job is None:
                self.preview.clear(self.tr("No more pairs to review."))
            self._set_enabled(False)
            return
        self._set_enabled(True)
        if not self._single:
            text = self.tr("Pair %n of {total}", "", self.index + 1)
            self.counter.setText(text.format(total=QLocale().toString(len(self.queue))))
        self.why.setText(self._why(pair))
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.queue) - 1)
        try:
            plan = self.services.merging.plan(*ids)
        except errors.PcrmError as exc:
            self.preview.clear(exc.message)
            for button in (self.merge_button, self.swap_button, self.dismiss_button):
                button.setEnabled(False)
            return
        self.preview.show_plan(plan)
        self.merge_button.setFocus()

    def _why(self, pair: Candidate) -> str:
        if not pair.reasons:
            return self.tr("Two contacts you chose.")
        words = {
            Reason.EMAIL: self.tr("the same e-mail"),
            Reason.PHONE: self.tr("the same phone"),
            Reason.NAME: self.tr("the same name"),
            Reason.SIMILAR_NAME: self.tr("a similar name"),
            Reason.OTHER_SCRIPT: self.tr("written in Cyrillic and Latin letters"),
            Reason.SWAPPED: self.tr("given and family name swapped"),
            Reason.INITIAL: self.tr("an initial for the given name"),
            Reason.MIDDLE_MISSING: self.tr("a middle name on one card only"),
        }
        reasons = ", ".join(words[r] for r in pair.reasons)
        return self.tr("Why: {reasons} — {score}% alike").format(
            reasons=reasons, score=round(pair.score * 100)
        )

    def _set_enabled(self, enabled: bool) -> None:
        for button in (
            self.merge_button,
            self.dismiss_button,
            self.skip_button,
            self.swap_button,
            self.previous_button,
            self.next_button,
        ):
            button.setEnabled(enabled)

    # -- moving around ----------------------------------------------------------------------------

    def next(self) -> None:
        if self.index < len(self.queue) - 1:
            self.index += 1
            self.swapped = False
            self._show_pair()

    def previous(self) -> None:
        if self.index > 0:
            self.index -= 1
            self.swapped = False
            self._show_pair()

    def swap(self) -> None:
        if self.current() is not None:
            self.swapped = not self.swapped
            self._show_pair()

    # -- deciding ---------------------------------------------------------------------------------

    def merge(self) -> None:
        ids = self.keep_and_other()
        if ids is None or self.preview.plan is None:
            return
        keep, other = ids
        chosen = {key: side.value for key, side in self.preview.chosen().items()}
        name = self.preview.plan.keep.display_name
        try:
            snapshot = self.services.merging.snapshot(keep, other)
            changes = self.edits.run(
                self.tr("Merge contacts into {name}").format(name=name),
                lambda s: s.merging.merge(keep, other, chosen),
                lambda s: s.merging.restore(snapshot),
                size=self.edits.BULK,  # a busy card moves 10,000 interactions: in the runner
            )
        except errors.PcrmError as exc:
            show_error(self.problem, exc.message)
            return
        self.merged.emit(changes)
        if self._single:
            self.accept()
            return
        self._decided(recorded=True, merged=(keep, other))

    def dismiss(self) -> None:
        pair = self.current()
        if pair is None:
            return
        a, b = pair.first, pair.second
        try:
            changes = self.edits.run(
                self.tr("Mark as not duplicates"),
                lambda s: s.duplicates.dismiss(a, b),
                lambda s: s.duplicates.undismiss(a, b),
            )
        except errors.PcrmError as exc:
            show_error(self.problem, exc.message)
            return
        self.dismissed.emit(changes)
        if self._single:
            self.accept()
            return
        self._decided(recorded=True)

    def skip(self) -> None:
        """Leave this pair for another time: off the list until the next search."""
        if self.current() is not None:
            self._decided(recorded=False)

    def _decided(self, *, recorded: bool, merged: tuple[int, int] | None = None) -> None:
        stack_index = self.edits.stack.index() if recorded else None
        self._history.append(_Step(list(self.queue), self.index, stack_index))
        del self.queue[self.index]
        if merged is not None:
            self.queue = _repointed(self.queue, *merged)
        self.index = min(self.index, len(self.queue) - 1) if self.queue else 0
        self.swapped = False
        self._show_pair()

    def undo(self) -> None:
        """Take back this dialog's last merge, dismissal or skip, and show that pair again."""
        if not self._history:
            return
        step = self._history[-1]
        if step.stack_index is not None:
            if self.edits.stack.index() != step.stack_index:
                show_error(
                    self.problem,
                    self.tr("Something else was changed since; use Edit ▸ Undo in the window."),
                )
                return
            failures: list[object] = []
            self.edits.failed.connect(failures.append)
            try:
                self.edits.stack.undo()
            finally:
                self.edits.failed.disconnect(failures.append)
            if failures:
                error = failures[0]
                show_error(self.problem, getattr(error, "message", str(error)))
                return
        self._history.pop()
        self.queue, self.index, self.swapped = step.queue, step.index, False
        self._show_pair()

    # -- closing ----------------------------------------------------------------------------------

    def reject(self) -> None:
        """Close (Escape); a search still running is stopped first."""
        if self._job is not None:
            self._stop.set()
            self._close_when_stopped = True
            self.status.setText(self.tr("Stopping…"))
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job is not None:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


def _repointed(queue: list[Candidate], keep: int, gone: int) -> list[Candidate]:
    """The queue after ``gone`` was merged into ``keep``: its other pairs are now ``keep``'s
    (three cards of one person: the third is proposed with the merged one), once each."""
    seen: set[tuple[int, int]] = set()
    result = []
    for pair in queue:
        first = keep if pair.first == gone else pair.first
        second = keep if pair.second == gone else pair.second
        if first == second:
            continue
        low, high = sorted((first, second))
        if (low, high) in seen:
            continue
        seen.add((low, high))
        result.append(replace(pair, first=low, second=high))
    return result
