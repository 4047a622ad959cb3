"""Regression: PySide6 6.12.0 on Python 3.11 aborts after a model's data() returned None often.

With that release the process dies with ``Fatal Python error: none_dealloc`` once a Python
model's ``data()`` has handed ``None`` back to Qt a few thousand times (every model does, for the
roles it does not serve), because each crossing drops a reference to ``None``, which is not
immortal before Python 3.12.  pyproject.toml keeps PySide6 below 6.12 on Python 3.11 for this.
The probe runs in a subprocess so that an abort fails this test instead of killing pytest.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import sys

    from PySide6.QtCore import QAbstractTableModel, QIdentityProxyModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    ROWS, COLUMNS, TARGET = 400, 8, 20_000
    ROLES = (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
             Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole,
             Qt.ItemDataRole.CheckStateRole)


    class NoneModel(QAbstractTableModel):
        def __init__(self):
            super().__init__()
            self.nones = 0

        def rowCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else ROWS

        def columnCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else COLUMNS

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return f"row {index.row()}"
            self.nones += 1
            return None


    app = QApplication([])
    model = NoneModel()
    view = QTableView()
    view.setModel(model)
    view.resize(1000, 800)
    view.show()
    before = sys.getrefcount(None)
    for step in range(30):  # painting: Qt asks every visible cell for a dozen roles
        view.scrollTo(model.index(step * 13 % ROWS, 0))
        view.viewport().repaint()
        view.grab()
        app.processEvents()
    proxy = QIdentityProxyModel()  # a C++ model calling the Python data() directly
    proxy.setSourceModel(model)
    for row in range(ROWS):
        for column in range(COLUMNS):
            index = proxy.index(row, column)
            for role in ROLES:
                index.data(role)
    after = sys.getrefcount(None)
    print(f"nones={model.nones} refcount_before={before} refcount_after={after}")
    if model.nones < TARGET:
        sys.exit(2)  # the probe did not exercise enough None returns to mean anything
    if after < before - TARGET // 2:
        sys.exit(3)  # None leaks references: the abort is only a matter of time
    """
)


def test_many_none_returns_from_data_do_not_abort(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}
    proc = subprocess.run(
        [sys.executable, "-c", PROBE],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, f"exit {proc.returncode}\n{proc.stdout}\n{proc.stderr[-3000:]}"
    nones = int(proc.stdout.split("nones=")[1].split()[0])
    assert nones >= 20_000
