"""The desktop app's composition root: checks, QApplication, the store, the main window.

Everything is built here and passed down explicitly: the clock, the keyring backend, the
settings and the services; no module holds a session.  The checks run before any widget module
is imported, so a missing or too old dependency gives a readable message, not a traceback.

Core dumps are forbidden first of all (:mod:`pcrm.hardening`).  One app runs per store: a launch
that finds one running for the same store hands it its files and exits, before the store is
touched (:mod:`pcrm.ui.single_instance`).
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from pcrm.services.changes import ChangeSet
    from pcrm.ui.autolock import AutoLock
    from pcrm.ui.main_window import MainWindow
    from pcrm.ui.settings import UiSettings
    from pcrm.ui.store_access import StoreAccess

MIN_PYTHON = (3, 11)
EXIT_ENVIRONMENT = 69  # EX_UNAVAILABLE: pcrm cannot run here as installed

# What Qt 6's xcb platform plugin links against beyond libxcb itself (the sonames it loads),
# with the Debian package of each.  Without one, Qt aborts and blames xcb-cursor whatever is
# missing.  Loading them here costs nothing extra: Qt loads them next.
XCB_LIBRARIES = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
)


def _loads(soname: str) -> bool:
    import ctypes

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def environment_problem() -> str | None:
    """Why the desktop app cannot start here, in one sentence; None when it can."""
    if sys.version_info < MIN_PYTHON:
        found = ".".join(map(str, sys.version_info[:3]))
        return (
            f"pcrm needs Python {'.'.join(map(str, MIN_PYTHON))} or newer; this is Python {found}."
        )
    if importlib.util.find_spec("PySide6") is None:
        return (
            "pcrm's desktop app needs PySide6, which is not installed. Install it with "
            "'pip install PySide6' (the command line works without it)."
        )
    try:
        from PySide6 import QtWidgets  # noqa: F401 -- the Qt libraries themselves load here
    except ImportError as exc:
        return (
            f"PySide6 is installed but its Qt libraries cannot be loaded ({exc.name or exc.msg})."
        )
    return display_problem(os.environ, sys.platform)


def display_problem(env: Mapping[str, str], platform: str) -> str | None:
    """Qt aborts the process when it finds no usable display; say why in one sentence first."""
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the desktop "
            "app cannot open a window; every command works without one (pcrm --help)."
        )
    if not env.get("WAYLAND_DISPLAY"):
        missing = [deb for soname, deb in XCB_LIBRARIES if not _loads(soname)]
        if missing:
            return (
                "Qt's X11 support needs libraries this system lacks: install them "
                f"(Debian and Ubuntu: 'apt install {' '.join(missing)}')."
            )
    return None


def run(args: argparse.Namespace) -> int:
    """Start the desktop app; returns the exit status.

    When the store can be read without asking anything (a keyring store at the current schema,
    see :mod:`pcrm.services.first_page`), the window is painted with the first screen of the
    list before SQLAlchemy, the services and the heavier widgets are imported; the store is
    then opened as usual and the window completed.  Otherwise the store is opened first, with
    whatever dialog it needs, and the whole window shown after.

    The cyclic garbage collector waits until then: start-up makes objects that all live on,
    and collecting them over and over took several per cent of the way to the first paint.
    """
    from pcrm.hardening import no_core_dumps
    from pcrm.options import with_defaults

    no_core_dumps()  # first: nothing of the store may reach a core file
    args = with_defaults(args)
    gc.disable()
    try:
        return _run(args)
    finally:
        gc.enable()


def _run(args: argparse.Namespace) -> int:
    problem = environment_problem()
    if problem is not None:
        print(f"pcrm: {problem}", file=sys.stderr)  # noqa: T201 -- no window can show it
        return EXIT_ENVIRONMENT

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from pcrm.clock import OwnerClock
    from pcrm.options import PASSPHRASE_ENV, passphrase_source
    from pcrm.paths import resolve_data_dir
    from pcrm.services.first_page import peek
    from pcrm.store.keys import trusted_keyring
    from pcrm.ui import qtlog, single_instance
    from pcrm.ui.crash import EXIT_INTERNAL, CrashDialog, CrashHandler, log_crash
    from pcrm.ui.i18n import install_translators
    from pcrm.ui.icons import APP_ID, app_icon
    from pcrm.ui.settings import LANGUAGE, SORT, UiSettings

    qtlog.install()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("pcrm")
    app.setApplicationName("pcrm")
    app.setDesktopFileName(APP_ID)  # Wayland's app id: the desktop file's icon and name
    app.setWindowIcon(app_icon())
    settings = UiSettings(QSettings())
    install_translators(app, settings.get(LANGUAGE))
    crash = CrashHandler()
    crash.install()
    instance: single_instance.InstanceServer | None = None
    try:
        given = args.passphrase_file or os.environ.get(PASSPHRASE_ENV)
        preset = passphrase_source(args) if given else None
        paths = resolve_data_dir(args.data_dir)
        claimed = single_instance.claim(single_instance.server_name(paths.root), args.files)
        if claimed == single_instance.HANDED:  # the running app has the store: it came forward
            return 0
        if claimed == single_instance.UNANSWERED:
            message = "pcrm: pcrm is running for this store but does not answer"
            print(message, file=sys.stderr)  # noqa: T201 -- no window of ours to show it
            return EXIT_ENVIRONMENT
        assert isinstance(claimed, single_instance.InstanceServer)
        instance = claimed
        backend = trusted_keyring()
        page = peek(paths, backend, settings.get(SORT))

        from pcrm.ui.main_window import MainWindow
        from pcrm.ui.store_access import StoreAccess

        clock = OwnerClock()
        access = StoreAccess(paths, clock, backend, preset)
        window = MainWindow(None, clock, settings, access.reopen)
        if page is not None:
            window.show_first_page(page)
            window.first_painted.connect(_collector_on)
            window.first_painted.connect(lambda: _complete(window, access, app, settings))
        else:
            _collector_on()
            services = access.open()
            if services is None:
                return access.exit_code
            window.complete(services, autolock=_autolock(app))
            _keep_language(window, settings)
        window.show()
        instance.attach(lambda handover: window.open_files(handover.files))
        if args.files:
            window.open_files([Path(f) for f in args.files])
        status = app.exec()
        if window.isVisible():  # left by QApplication.exit(): save the geometry, close the store
            window.close()
        return status or access.exit_code
    except Exception as exc:  # noqa: BLE001 -- the crash dialog is the last resort, then exit
        log_crash(type(exc), exc.__traceback__)
        CrashDialog.ask(type(exc).__name__)
        return EXIT_INTERNAL
    finally:
        if instance is not None:
            instance.close()  # before the store closes: a launch now starts afresh
            instance.deleteLater()
        crash.uninstall()


def _collector_on() -> None:
    """What start-up made lives as long as the app: frozen, the collector never walks it."""
    from pcrm.gcpause import freeze_survivors

    freeze_survivors()
    gc.enable()


def _autolock(app: QApplication) -> AutoLock:
    from pcrm.ui.autolock import AutoLock  # QtDBus: after the first paint when starting fast

    return AutoLock(app)


def _complete(
    window: MainWindow, access: StoreAccess, app: QApplication, settings: UiSettings
) -> None:
    """After the first paint: open the store (its dialogs over the window) and complete the
    window; the owner's choice to quit, on a dialog or by closing the window, ends here."""
    services = access.open(window)
    if services is None:
        window.close()
    elif not window.isVisible():  # closed while the store was opening
        services.lock()
    else:
        window.complete(services, autolock=_autolock(app))
        _keep_language(window, settings)
        from pcrm.gcpause import freeze_survivors

        freeze_survivors()  # the services and the rest of the window, as at start-up


def _keep_language(window: MainWindow, settings: UiSettings) -> None:
    """The language chosen in the store (the settings dialog, undo, ``pcrm config``), kept in
    Qt's settings, where the next start reads it before the store is open."""
    from pcrm.services.preferences import PREFERENCE, UI_LANGUAGE
    from pcrm.ui.settings import LANGUAGE

    def keep(changes: ChangeSet | None = None) -> None:
        if changes is not None and PREFERENCE not in changes.updated:
            return
        if window.services is not None:
            settings.set(LANGUAGE, str(window.services.preferences.get(UI_LANGUAGE.key)))
            settings.sync()

    keep()
    window.edits.changed.connect(keep)
