"""The in-app notification: a small card in the window's corner listing what was just raised
(or, as a digest, what was missed), with a way to the today panel.  The desktop's own
notification (tray) is the notifier's; this one shows even where there is no tray.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pcrm.services.due import Due
from pcrm.ui.due_text import headline, people, when
from pcrm.ui.i18n import english_plural

SHOWN = 8  # items listed; the rest are counted
HIDE_MS = 20_000


class NotificationPopup(QFrame):
    show_today = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Reminders"))
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel(self)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self.tr("Show &today"), self)
        self.open_button.clicked.connect(self._open)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.hide)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.hide)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(HIDE_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_items(self, items: list[Due], missed: bool = False) -> None:
        """List ``items`` (a digest when ``missed``) and show the card for a while."""
        if not items:
            return
        n = len(items)
        if missed:
            text = self.tr("While pcrm was closed: %n reminder(s)", "", n)
        else:
            text = self.tr("%n reminder(s)", "", n)
        self.title.setText(english_plural(text, n))
        lines = []
        for item in items[:SHOWN]:
            who = people(item)
            extra = f" · {who}" if who and item.kind != "touch" else ""
            lines.append(f"{when(item)}  {headline(item)}{extra}")
        if n > SHOWN:
            more = n - SHOWN
            lines.append(english_plural(self.tr("and %n more", "", more), more))
        self.body.setText("\n".join(lines))
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()
        self._timer.start()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            margin = 16
            self.move(
                parent.width() - self.width() - margin, parent.height() - self.height() - margin
            )

    def _open(self) -> None:
        self.hide()
        self.show_today.emit()
