"""Small pieces the dialogs share: a heading, an in-place error line, a path shown as text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


def fit_height(window: QWidget) -> None:
    """Give ``window`` the height its layout needs at its width.

    A word-wrapped label's size hint assumes a narrower window than the dialog's minimum width,
    so the default size leaves blank bands between the paragraphs.
    """
    width = max(window.width(), window.minimumWidth())
    window.resize(width, window.heightForWidth(width))


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def path_label(path: Path, parent: QWidget | None = None) -> QLabel:
    """A folder or file shown so that it can be selected and copied, never clipped silently."""
    label = QLabel(str(path), parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    label.setIndent(12)
    return label


def error_label(parent: QWidget | None = None) -> QLabel:
    """A line for a problem with what was typed, hidden until there is one."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #b00020;")
    label.setObjectName("error")
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
