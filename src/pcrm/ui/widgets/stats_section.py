"""One section of the dashboard: a title, a note, a chart or table, and its CSV export.

The section knows its table's key; "Export as CSV…" (its context menu, or the ⋯ button for the
keyboard) only asks (``export_requested``): the dashboard owns the figures and the files.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from pcrm.ui.widgets.charts import Chart


class Section(QFrame):
    """A titled part of the dashboard with its table for export; right-click (or the ⋯
    button) offers "Export as CSV…"."""

    export_requested = Signal(str)  # the table's key

    def __init__(self, key: str, title: str, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.body = body
        self.chart = body if isinstance(body, Chart) else None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title, self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.note.hide()
        self.menu_button = QToolButton(self)
        self.menu_button.setText("⋯")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setAccessibleName(self.tr("Export {section}").format(section=title))
        self.menu_button.setToolTip(self.tr("Export as CSV…"))
        self.menu_button.clicked.connect(lambda: self.export_requested.emit(self.key))
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.menu_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(body, 1)
        body.setAccessibleName(title)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Export as CSV…"), lambda: self.export_requested.emit(self.key))
        menu.exec(event.globalPos())
