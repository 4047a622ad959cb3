"""The shape of the code: a Qt-free core under a thin GUI (STYLE.md).

``lint-imports`` (run by ``make lint``) checks the contracts in pyproject.toml on the import
graph; this test checks the same boundary from the source, so it also holds inside pytest.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "pcrm"
QT = ("PySide6", "shiboken6")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def core_modules() -> list[Path]:
    return [
        p
        for p in SRC.rglob("*.py")
        if "ui" not in p.relative_to(SRC).parts and p.name not in ("app.py", "__main__.py")
    ]


@pytest.mark.parametrize("path", core_modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_the_core_imports_no_qt_and_no_ui(path: Path) -> None:
    bad = {
        m
        for m in imported_modules(path)
        if m.split(".")[0] in QT or m.startswith("pcrm.ui") or m == "pcrm.app"
    }
    assert not bad, f"{path.relative_to(SRC)} imports {sorted(bad)}"


def test_importing_the_core_loads_no_qt() -> None:
    code = (
        "import sys, pcrm.cli, pcrm.services.session, pcrm.services.search, pcrm.store.database\n"
        "print([m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
