"""The list of unsaved quick-capture drafts, when more than one is waiting: open one, or
discard those that are not wanted.  The rest stay in the store and are offered again."""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcrm.clock import Clock
from pcrm.services.session import Services
from pcrm.ui.dialogs.parts import heading, paragraph
from pcrm.ui.formatting import local_datetime

SUMMARY_CHARS = 80


def summary(payload: dict[str, Any], clock: Clock) -> str:
    """``2026-11-23 14:05 · Olena, Marco · the first line of the notes``."""
    form = payload.get("form") or {}
    parts = []
    with contextlib.suppress(KeyError, TypeError, ValueError):
        parts.append(local_datetime(datetime.fromisoformat(payload["saved_at"]), clock.zone()))
    who = str(form.get("who") or "").strip().strip(",")
    first = next((ln.strip() for ln in str(form.get("text") or "").splitlines() if ln.strip()), "")
    parts += [p for p in (who, first or str(form.get("subject") or "")) if p]
    line = " · ".join(parts)
    return line if len(line) <= SUMMARY_CHARS else line[: SUMMARY_CHARS - 1] + "…"


class DraftChooser(QDialog):
    chosen = Signal(int, dict)  # draft id, payload

    def __init__(
        self,
        pending: list[tuple[int, dict[str, Any]]],
        clock: Clock,
        services: Services,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Unsaved drafts"))
        self.setMinimumWidth(560)
        self.resize(560, 280)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("You have unsaved quick capture drafts"), self))
        layout.addWidget(
            paragraph(
                self.tr("Open one to finish it. Those you leave here are offered again later."),
                self,
            )
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Drafts"))
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        for draft_id, payload in pending:
            item = QListWidgetItem(summary(payload, clock), self.list)
            item.setData(Qt.ItemDataRole.UserRole, (draft_id, payload))
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.open_current())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard_button = buttons.addButton(
            self.tr("&Discard"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        later = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(self.open_current)
        self.discard_button.clicked.connect(self.discard_current)
        later.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.list.setFocus()

    def _current(self) -> tuple[int, dict[str, Any]] | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None  # type: ignore[no-any-return]

    def open_current(self) -> None:
        current = self._current()
        if current is None:
            return
        self.accept()
        self.chosen.emit(*current)

    def discard_current(self) -> None:
        current = self._current()
        if current is None:
            return
        self.services.drafts.discard(current[0])
        self.list.takeItem(self.list.currentRow())
        if self.list.count() == 0:
            self.reject()
