"""Quick capture: the small window to write down what just happened, from anywhere in the app.

What is typed is saved as a draft inside the encrypted store (``services.drafts``) at most
``DRAFT_DELAY_MS`` after the first keystroke that changed it, so a crash or a kill loses at most
that much typing (a save takes about a millisecond, so it runs on the UI thread).  Saving the
entry (Ctrl+Enter) logs it and creates its follow-up tasks as one undo step, then discards the
draft.  Escape closes the window; a draft with something typed in it is kept, offered again by
``offer_drafts`` (at the next start, or from a menu), and the owner is told so.

A draft keeps what the time field meant when it was last saved, and when the window was
opened: reopened the next day, "2 hours ago" or an empty "now" would otherwise move.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors
from pcrm.clock import Clock
from pcrm.services.session import Services
from pcrm.ui.dialogs.draft_chooser import DraftChooser
from pcrm.ui.dialogs.parts import error_label, show_error
from pcrm.ui.edits import Edits
from pcrm.ui.formatting import local_datetime
from pcrm.ui.i18n import english_plural
from pcrm.ui.widgets.interaction_form import InteractionForm

DRAFT_DELAY_MS = 500
SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


class QuickCapture(QDialog):
    """Non-modal.  ``saved`` gives the new interaction's id; ``message`` a sentence for the
    main window's status bar (the window may be closed by then)."""

    saved = Signal(int)
    message = Signal(str)

    def __init__(
        self, edits: Edits, services: Services, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.edits = edits
        self.services = services
        self.clock = clock
        self.draft_id: int | None = None
        self._initial: dict[str, Any] = {}
        self._opened_at = clock.now()
        self._loading = False
        self.chooser: DraftChooser | None = None
        self.setWindowTitle(self.tr("Quick capture"))
        self.setModal(False)
        self.setMinimumWidth(720)

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet(
            "background: #e8f1fb; color: #0b3d6e; border: 1px solid #b6d0ee;"
            "border-radius: 4px; padding: 6px;"
        )
        self.banner.hide()
        self.form = InteractionForm(services, clock, follow_ups=True, parent=self)
        self.problem = error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self._button(
            self.tr("Save ({key})").format(key=self._native(SAVE_KEYS[1])),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.discard_button = self._button(
            self.tr("&Discard draft"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.close_button = self._button(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        for key in SAVE_KEYS:
            QShortcut(QKeySequence(key), self, activated=self.save)
        self._timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.save_draft)
        self.form.edited.connect(self._edited)

    def _button(self, text: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = self.buttons.addButton(text, role)
        # Enter in a field must not save: only Ctrl+Enter (and the button) does.
        button.setAutoDefault(False)
        button.setDefault(False)
        return button

    @staticmethod
    def _native(key: str) -> str:
        return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)

    # -- opening ----------------------------------------------------------------------------------

    def open_for(self, contact_ids: Sequence[int] = ()) -> None:
        """Show the window for a new entry with ``contact_ids`` as "who" (the contact on
        screen), focus in "who".  If it is already open, it is only brought to the front:
        what is typed there is never replaced."""
        if not self.isVisible():
            rows = self.services.contacts.rows(list(contact_ids))
            people = [(cid, rows[cid].display_name) for cid in contact_ids if cid in rows]
            self._load(None, lambda: self.form.people.set_contacts(people))
            self.banner.hide()
        self._present(self.form.people.line)

    def offer_drafts(self) -> bool:
        """Offer the drafts left by an earlier session (or closed with Escape): one reopens
        here; several are listed to choose from.  False when there are none."""
        pending = [(i, p) for i, p in self.services.drafts.pending() if i != self.draft_id]
        if not pending:
            return False
        if len(pending) == 1:
            self.restore(*pending[0])
            return True
        chooser = DraftChooser(pending, self.clock, self.services, self.parentWidget())
        chooser.chosen.connect(self.restore)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.open()
        self.chooser = chooser
        return True

    def restore(self, draft_id: int, payload: dict[str, Any]) -> None:
        """Reopen a saved draft as it was, with a line saying so.  A draft open here already
        is saved first (it stays pending)."""
        if self.isVisible() and self.draft_id != draft_id:
            self._keep_or_drop()
        state = dict(payload.get("form") or {})
        opened = _instant(payload.get("opened_at"))
        fixed = _instant(payload.get("when_at")) or (opened if not state.get("when") else None)
        if fixed is not None:
            state["when"] = local_datetime(fixed, self.clock.zone())
        self._load(draft_id, lambda: self.form.set_state(state))
        self._opened_at = opened or self.clock.now()
        saved = _instant(payload.get("saved_at"))
        self.banner.setText(
            self.tr(
                "Restored the draft you were writing at {time}: nothing was lost. Save it with "
                "{key}, or discard it."
            ).format(
                time=local_datetime(saved, self.clock.zone()) if saved else "?",
                key=self._native(SAVE_KEYS[1]),
            )
        )
        self.banner.show()
        self._present(self.form.text)
        self.form.text.moveCursor(QTextCursor.MoveOperation.End)

    def _load(self, draft_id: int | None, fill: Callable[[], None]) -> None:
        """Empty the form, then ``fill`` it, without counting that as typing."""
        self._timer.stop()
        self._loading = True
        try:
            self.form.set_state({})
            fill()
        finally:
            self._loading = False
        self.draft_id = draft_id
        self._initial = {} if draft_id is not None else self.form.state()
        self._opened_at = self.clock.now()
        show_error(self.problem, "")
        self.discard_button.setVisible(draft_id is not None)

    def _present(self, focus: QWidget) -> None:
        if self.isVisible():
            self.raise_()  # a window shown anew is on top already
        else:
            self.show()
        self.activateWindow()
        focus.setFocus()

    # -- the draft --------------------------------------------------------------------------------

    def typed(self) -> bool:
        """Whether anything differs from how the window opened (a restored draft always
        does: it opens from nothing)."""
        return self.form.state() != self._initial

    def _edited(self) -> None:
        if self._loading:
            return
        self.discard_button.setVisible(True)
        if not self._timer.isActive():  # not restarted by every keystroke: at most a delay lost
            self._timer.start()

    def save_draft(self) -> None:
        """Write what is typed to the store now (also called on a timer while typing)."""
        self._timer.stop()
        if not self.typed():
            return
        when = self.form.when_at()
        payload = {
            "form": self.form.state(),
            "opened_at": self._opened_at.isoformat(),
            "when_at": when.isoformat() if when is not None else None,
            "saved_at": self.clock.now().isoformat(),
        }
        try:
            self.draft_id = self.services.drafts.save(payload, self.draft_id)
        except errors.PcrmError as exc:
            show_error(
                self.problem,
                self.tr("The draft could not be saved: {reason}").format(reason=exc.message),
            )
        else:
            show_error(self.problem, "")

    def _drop_draft(self) -> None:
        self._timer.stop()
        if self.draft_id is not None:
            self.services.drafts.discard(self.draft_id)
        self.draft_id = None

    def _keep_or_drop(self) -> bool:
        """Keep the draft if anything was typed, else remove it; True when kept."""
        if self.typed():
            self.save_draft()
            return self.draft_id is not None
        self._drop_draft()
        return False

    # -- saving and closing -----------------------------------------------------------------------

    def save(self) -> None:
        """Log the entry and its follow-ups (one undo step), discard the draft and close.
        Problems are shown in place and the draft is kept."""
        draft = self.form.collect()
        tasks = self.form.tasks(draft.participants) if draft is not None else None
        if draft is None or tasks is None:
            self.save_draft()
            return
        try:
            interaction_id = self.edits.log_interaction(draft, tasks)
        except errors.PcrmError as exc:
            self.form.show_error(exc)
            self.save_draft()
            return
        self._drop_draft()
        people = len(draft.participants)
        text = english_plural(self.tr("Logged with %n contact(s).", "", people), people)
        if tasks:
            text += " " + english_plural(
                self.tr("%n follow-up task(s) added.", "", len(tasks)), len(tasks)
            )
        self.message.emit(text)
        self.saved.emit(interaction_id)
        self._close_clean()

    def discard(self) -> None:
        """Throw the draft away (it can't be undone: it was never saved) and close."""
        self._drop_draft()
        self.message.emit(self.tr("The draft was discarded."))
        self._close_clean()

    def reject(self) -> None:
        """Escape, Close, or the window's close button."""
        if self.isVisible() and self._keep_or_drop():
            self.message.emit(
                self.tr("Your quick capture draft was kept; pcrm offers it again when it starts.")
            )
        self._close_clean()

    def _close_clean(self) -> None:
        self._load(None, lambda: None)
        self.banner.hide()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reject()
        event.accept()


def _instant(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
