"""Asking where to save a file without leaving the folder behind in anyone's settings.

Qt's own file dialog (not the platform's, whose "recent files" list would learn the name)
records the folders it visited in the ``QtProject`` settings every Qt program shares
(``FileDialog/history`` and ``lastVisited``) when it is destroyed.  :func:`forgetting_folders`
puts those two entries back as they were after any use of the dialog (Qt's static
``getOpenFileName`` and friends included), and :func:`ask_save_path` runs a save dialog inside
it, so that where the owner opened or saved a file is written nowhere.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_REMEMBERED = ("FileDialog/history", "FileDialog/lastVisited")


def _qt_file_dialog_settings() -> QSettings:
    """The settings Qt's file dialog writes (qfiledialog.cpp: user scope, "QtProject")."""
    return QSettings(QSettings.Scope.UserScope, "QtProject")


@contextlib.contextmanager
def forgetting_folders() -> Iterator[None]:
    """Leave Qt's file dialog history as it was before the block (a dialog used in it must be
    destroyed before the block ends, as Qt's static functions do)."""
    before = _qt_file_dialog_settings()
    kept = {key: before.value(key) for key in _REMEMBERED if before.contains(key)}
    del before
    try:
        yield
    finally:
        after = _qt_file_dialog_settings()
        for key in _REMEMBERED:
            if key in kept:
                after.setValue(key, kept[key])
            else:
                after.remove(key)
        after.sync()


def ask_save_path(
    parent: QWidget | None, caption: str, suggested: Path, filters: str
) -> Path | None:
    """The file the owner chose (with ``suggested``'s suffix added when it has none), or None.

    ``suggested`` is shown first; its folder must exist for the dialog to open in it.
    """
    with forgetting_folders():
        dialog = QFileDialog(parent, caption, str(suggested), filters)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix(suggested.suffix.lstrip("."))
        dialog.selectFile(suggested.name)
        try:
            accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
            chosen = dialog.selectedFiles()
        finally:
            shiboken6.delete(dialog)  # the destructor writes the settings: now, not at some GC
    if not accepted or not chosen:
        return None
    path = Path(chosen[0])
    return path if path.suffix else path.with_suffix(suggested.suffix)
