"""Writing a widget's picture for the screenshots (shared by the screens_* modules)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget


def save(widget: QWidget, path: Path) -> None:
    """Let pending layout and paint events run, then grab ``widget`` into the PNG ``path``."""
    for _ in range(5):
        QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def save_shown(widget: QWidget, path: Path) -> None:
    """:func:`save` of a top-level widget, shown first."""
    widget.show()
    save(widget, path)
