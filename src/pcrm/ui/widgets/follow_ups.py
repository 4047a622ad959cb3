"""Follow-ups written while logging an interaction: each becomes a task when the entry is saved.

A row is a title and a due time typed as people type times (``in 1 week``, ``friday 10:00``,
see ``domain.timeparse``), with what the time was understood as beside it.  Due times are kept
as typed, and only turned into wall times on save, so a draft reopened tomorrow still means
"a week from when it is saved".
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pcrm.clock import Clock
from pcrm.domain.kinds import TaskKind
from pcrm.domain.timeparse import When, parse_when
from pcrm.services.tasks import TaskDraft
from pcrm.ui.formatting import local_datetime

DEFAULT_DUE = "in 1 week"
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d+[.)]|\[[ xX]?\])\s*")


def task_title(line: str) -> str:
    """A line of notes as a task title: without its list bullet or check box."""
    return _BULLET.sub("", line).strip()


def parse_or_none(text: str, clock: Clock) -> When | None:
    try:
        return parse_when(text, clock)
    except ValueError:
        return None


def set_hint(label: QLabel, text: str, bad: bool) -> None:
    """The line beside a typed value: what it was understood as, or (in red) why not."""
    label.setText(text)
    label.setStyleSheet("color: #b00020;" if bad else "color: palette(placeholder-text);")
    label.setProperty("bad", bad)


def when_hint(when: When | None, clock: Clock) -> tuple[str, bool]:
    """``Mon 2026-11-30 14:00`` for a parsed time, or the problem with it."""
    if when is None:
        return (
            QCoreApplication.translate(
                "FollowUps", "not a time: try “yesterday 15:00” or “2 hours ago”"
            ),
            True,
        )
    local = when.at.astimezone(clock.zone())
    day = QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
    shown = local.strftime("%Y-%m-%d") if when.date_only else local_datetime(local, clock.zone())
    return f"{day} {shown}", False


class _Row(QWidget):
    removed = Signal(QWidget)

    def __init__(self, clock: Clock, title: str, due: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.clock = clock
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLineEdit(title, self)
        self.title.setAccessibleName(self.tr("Follow-up task"))
        self.title.setPlaceholderText(self.tr("What to do"))
        self.due = QLineEdit(due, self)
        self.due.setAccessibleName(self.tr("Follow-up due"))
        self.due.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 10)
        self.due_shown = QLabel(self)
        self.due_shown.setMinimumWidth(self.fontMetrics().horizontalAdvance("Wed 2026-11-30 14:00"))
        self.remove = QToolButton(self)
        self.remove.setText("×")
        self.remove.setAccessibleName(self.tr("Remove this follow-up"))
        self.remove.setToolTip(self.tr("Remove this follow-up"))
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        layout.addWidget(self.title, 1)
        layout.addWidget(QLabel(self.tr("due"), self))
        layout.addWidget(self.due)
        layout.addWidget(self.due_shown)
        layout.addWidget(self.remove)
        self.due.textChanged.connect(self._show_due)
        self._show_due(due)

    def _show_due(self, text: str) -> None:
        set_hint(self.due_shown, *when_hint(parse_or_none(text, self.clock), self.clock))


class FollowUps(QWidget):
    """The follow-up rows of one interaction; hidden while there are none."""

    edited = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.rows: list[_Row] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.setVisible(False)

    def add(self, title: str = "", due: str = DEFAULT_DUE) -> QLineEdit:
        """A new row; returns its title field."""
        row = _Row(self.clock, title, due, self)
        row.removed.connect(self._remove)
        row.title.textChanged.connect(lambda _t: self.edited.emit())
        row.due.textChanged.connect(lambda _t: self.edited.emit())
        self.rows.append(row)
        self._layout.addWidget(row)
        self.setVisible(True)
        self.edited.emit()
        return row.title

    def _remove(self, row: QWidget) -> None:
        self.rows = [r for r in self.rows if r is not row]
        row.hide()
        row.deleteLater()
        self.setVisible(bool(self.rows))
        self.edited.emit()

    def clear(self) -> None:
        for row in list(self.rows):
            self._remove(row)

    def state(self) -> list[dict[str, Any]]:
        return [{"title": r.title.text(), "due": r.due.text()} for r in self.rows]

    def set_state(self, rows: list[dict[str, Any]]) -> None:
        self.clear()
        for row in rows:
            self.add(str(row.get("title", "")), str(row.get("due", DEFAULT_DUE)))

    def tasks(self, participants: list[int]) -> list[TaskDraft] | None:
        """The tasks to create, linked to ``participants``; None (with the problem shown and
        focused) if a row's due time is not a time.  Rows without a title are left out."""
        found: list[TaskDraft] = []
        for row in self.rows:
            title = task_title(row.title.text())
            if not title:
                continue
            when = parse_or_none(row.due.text(), self.clock)
            if when is None:
                row.due.setFocus()
                return None
            found.append(
                TaskDraft(
                    title=title,
                    start_wall=when.wall_in(self.clock.zone()),
                    kind=TaskKind.TASK,
                    all_day=when.date_only,
                    contacts=list(participants),
                )
            )
        return found
