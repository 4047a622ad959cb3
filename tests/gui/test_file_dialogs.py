"""Every file dialog pcrm opens leaves no folder behind in the settings all Qt programs share
(``QtProject.conf``'s FileDialog history), and none is the platform's (whose recent-files list,
``recently-used.xbel``, would learn the names)."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from pcrm.ui.dialogs.backups_dialog import BackupsDialog
from pcrm.ui.dialogs.import_dialog import ImportDialog
from pcrm.ui.dialogs.restore_confirm import pick_backup_file
from pcrm.ui.widgets.card_photo import PhotoBox

UI = Path(__file__).parents[2] / "src" / "pcrm" / "ui"


def _visit_soon(into: Path) -> QTimer:
    """Goes to ``into`` in the file dialog once it shows, then closes it (checking every 50 ms);
    the visit alone is what Qt would record."""
    timer = QTimer(interval=50)

    def accept() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                timer.stop()
                widget.setDirectory(str(into))
                widget.reject()

    timer.timeout.connect(accept)
    timer.start()
    return timer


def test_the_open_dialogs_leave_no_folder_in_the_shared_qt_settings(qtbot, tmp_path: Path) -> None:
    secret = tmp_path / "Clients of Olena"
    secret.mkdir()
    shared = QSettings(QSettings.Scope.UserScope, "QtProject")
    shared.setValue("FileDialog/history", ["file:///earlier"])
    shared.remove("FileDialog/lastVisited")
    shared.sync()
    parent = QWidget()
    qtbot.addWidget(parent)
    for ask in (
        lambda: BackupsDialog.pick_folder(parent, secret),
        lambda: pick_backup_file(parent, secret),
        lambda: ImportDialog.ask_file(parent),
        lambda: PhotoBox.ask_file(parent),
    ):
        timer = _visit_soon(secret)
        ask()
        timer.stop()
        after = QSettings(QSettings.Scope.UserScope, "QtProject")
        assert after.value("FileDialog/history") == ["file:///earlier"]
        assert not after.contains("FileDialog/lastVisited"), after.fileName()
        assert "Clients" not in Path(after.fileName()).read_text(encoding="utf-8")


def test_every_file_dialog_is_qts_own_and_forgets_its_folders() -> None:
    """A static QFileDialog call anywhere in the UI must ask for Qt's dialog and sit inside
    ``forgetting_folders`` (or be ``ask_save_path``, which does both)."""
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        guarded: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.With) and any(
                isinstance(item.context_expr, ast.Call)
                and getattr(item.context_expr.func, "id", "") == "forgetting_folders"
                for item in node.items
            ):
                guarded |= {id(n) for n in ast.walk(node)}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and getattr(node.func.value, "id", "") == "QFileDialog"
                and node.func.attr.startswith("get")
            ):
                where = f"{path.relative_to(UI)}:{node.lineno}"
                if id(node) not in guarded:
                    offenders.append(f"{where} outside forgetting_folders()")
                if "DontUseNativeDialog" not in ast.unparse(node):
                    offenders.append(f"{where} may use the platform's dialog")
    assert offenders == []
