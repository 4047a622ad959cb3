"""The shell around the windows: early checks, the crash hook, Qt's log, the settings schema."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from PySide6.QtCore import QByteArray, QSettings, qWarning

from pcrm import app
from pcrm.ui import crash, qtlog
from pcrm.ui import settings as options
from pcrm.ui.i18n import english_plural


def test_the_environment_is_fit() -> None:
    assert app.environment_problem() is None


def test_a_missing_pyside6_gives_a_readable_message(tmp_path) -> None:
    # None in sys.modules is how Python spells "this module cannot be imported".
    code = (
        "import sys, argparse\n"
        "sys.modules['PySide6'] = None\n"
        "from pcrm.app import run\n"
        "sys.exit(run(argparse.Namespace(data_dir=None, passphrase_file=None)))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=tmp_path, timeout=60, check=False)  # fmt: skip
    assert proc.returncode == app.EXIT_ENVIRONMENT
    assert "PySide6" in proc.stderr and "Traceback" not in proc.stderr


def test_the_crash_dialog_names_only_the_type(qtbot, monkeypatch, caplog) -> None:
    shown: list[str] = []
    monkeypatch.setattr(crash.CrashDialog, "ask", lambda name, parent=None: shown.append(name))
    handler = crash.CrashHandler()
    try:
        raise KeyError("Олена Коваленко <olena@example.org>")
    except KeyError as exc:
        error = exc
    with caplog.at_level(logging.ERROR, logger="pcrm.ui"):
        handler.handle(KeyError, error, error.__traceback__)
        handler.handle(KeyError, error, error.__traceback__)  # a second one while the first shows
        qtbot.waitUntil(lambda: shown == ["KeyError"])
    qtbot.wait(50)
    assert shown == ["KeyError"]
    assert "KeyError" in caplog.text and "test_app_shell.py" in caplog.text
    assert "Олена" not in caplog.text and "olena@" not in caplog.text

    dialog = crash.CrashDialog("KeyError")
    qtbot.addWidget(dialog)
    assert "KeyError" in dialog.text()
    assert "Олена" not in dialog.text() + dialog.informativeText()


def test_the_hook_is_installed_and_removed() -> None:
    handler = crash.CrashHandler()
    previous = sys.excepthook
    handler.install()
    try:
        assert sys.excepthook == handler.handle
    finally:
        handler.uninstall()
    assert sys.excepthook is previous


def test_qt_messages_reach_python_logging(caplog) -> None:
    from PySide6.QtCore import qInstallMessageHandler

    previous = qInstallMessageHandler(None)
    qInstallMessageHandler(previous)
    try:
        qtlog.install()
        with caplog.at_level(logging.WARNING, logger="pcrm.ui"):
            qWarning("a test warning from Qt")
    finally:
        qInstallMessageHandler(previous)
    assert any(
        r.name == "pcrm.ui" and r.levelno == logging.WARNING and "a test warning" in r.getMessage()
        for r in caplog.records
    )


def test_settings_accept_only_the_schema(tmp_path) -> None:
    store = options.UiSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert store.get(options.SORT) == "name"
    store.set(options.SORT, "last_contacted")
    store.set(options.GEOMETRY, QByteArray(b"\x01\x02"))
    assert store.get(options.SORT) == "last_contacted"
    assert store.get(options.GEOMETRY) == QByteArray(b"\x01\x02")
    with pytest.raises(ValueError):
        store.set(options.SORT, "Olena")
    with pytest.raises(KeyError):
        store.set(options.Option("search/last", str, "", "a query: personal"), "x")
    store.qsettings.setValue(options.SORT.key, "something old")
    assert store.get(options.SORT) == "name"


@pytest.mark.parametrize(
    ("text", "n", "expected"),
    [("%n contact(s)", 1, "%n contact"), ("%n contact(s)", 4, "%n contacts"),
     ("%n match(es)", 0, "%n matches"), ("3 Kontakte", 3, "3 Kontakte")],
)  # fmt: skip
def test_english_plurals(text: str, n: int, expected: str) -> None:
    assert english_plural(text, n) == expected
