"""Edit or delete one timeline entry, with the same form as quick capture.

Both changes go through ``Edits`` (one undo step each).  A change the services refuse is shown
in place and the dialog stays open with what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from pcrm import errors
from pcrm.clock import Clock
from pcrm.services.session import Services
from pcrm.ui.edits import Edits
from pcrm.ui.widgets.interaction_form import InteractionForm

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S")


class InteractionDialog(QDialog):
    """``saved`` / ``deleted`` give the interaction's id after the change is made."""

    saved = Signal(int)
    deleted = Signal(int)

    def __init__(
        self,
        edits: Edits,
        services: Services,
        clock: Clock,
        interaction_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.edits = edits
        self.interaction_id = interaction_id
        view = services.timeline.get(interaction_id)  # NotFound goes to the caller
        self.setWindowTitle(self.tr("Edit interaction"))
        self.setMinimumWidth(720)
        self.form = InteractionForm(services, clock, parent=self)
        self.form.load(view)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.delete_button = buttons.addButton(
            self.tr("&Delete"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        for button in buttons.buttons():
            button.setAutoDefault(False)  # Enter in a field does not save; Ctrl+Enter does
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        buttons.rejected.connect(self.reject)
        for key in SAVE_KEYS:
            QShortcut(QKeySequence(key), self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(buttons)
        self.form.text.setFocus()

    def save(self) -> None:
        draft = self.form.collect()
        if draft is None:
            return
        try:
            self.edits.update_interaction(self.interaction_id, draft)
        except errors.PcrmError as exc:
            self.form.show_error(exc)
            return
        self.saved.emit(self.interaction_id)
        self.accept()

    def delete(self) -> None:
        """To the trash, undoable with Ctrl+Z."""
        try:
            self.edits.trash_interactions([self.interaction_id])
        except errors.PcrmError as exc:
            self.form.show_error(exc)
            return
        self.deleted.emit(self.interaction_id)
        self.accept()
