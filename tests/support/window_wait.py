"""Waiting for the main window's reads off the GUI thread (ids, sidebar) in the GUI tests."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication


def settle(qtbot: Any, win: Any) -> None:
    """Wait for the reads the window runs off the UI thread (ids, sidebar)."""
    qtbot.waitUntil(lambda: not win.is_loading(), timeout=10_000)
    QApplication.processEvents()
