"""Copying a contact's phone, e-mail or other value: marked secret for clipboard histories and
cleared again after :data:`CLEAR_AFTER_MS`.

Clipboard managers keep a history of everything copied, in plain files; the password managers'
conventions ask them not to:

- KDE's Klipper, CopyQ, fcitx5 and the wlroots / GNOME history tools skip contents offering
  ``x-kde-passwordManagerHint`` with the value ``secret``;
- on macOS, Maccy, Alfred, Raycast, Pastebot and the others of nspasteboard.org skip a pasteboard
  that carries the type ``org.nspasteboard.ConcealedType``.  Qt writes a MIME type it does not
  know as ``com.trolltech.anymime.…``, which nobody looks for, so on macOS a converter
  (``QUtiMimeConverter``, where PySide offers it) writes
  ``application/x-nspasteboard-concealed-type`` as that UTI; both names are offered as MIME
  types too, for the Linux tools that look for them;
- on Windows, the clipboard history and cloud clipboard skip
  ``ExcludeClipboardContentFromMonitorProcessing`` and honour ``CanIncludeInClipboardHistory`` /
  ``CanUploadToCloudClipboard`` set to 0.

:class:`ClipboardGuard` clears the clipboard :data:`CLEAR_AFTER_MS` after a copy, and when the app
quits, but only while it still holds what pcrm put there (the same text, still marked): whatever
the owner copied since, in pcrm or elsewhere, is left alone.  The comparison reads the clipboard
once, when the time is up.  Copies of a selection in the card (:meth:`ClipboardGuard.watch`) get
the same marks and the same clearing; X11's primary selection is cleared the same way.
"""

from __future__ import annotations

import sys
import time

from PySide6 import QtGui
from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView

CLEAR_AFTER_MS = 30_000
KDE_HINT = "x-kde-passwordManagerHint"
MAC_CONCEALED = "application/x-nspasteboard-concealed-type"
MAC_CONCEALED_UTI = "org.nspasteboard.ConcealedType"
_WINDOWS = 'application/x-qt-windows-mime;value="{}"'
_DWORD_0 = b"\x00\x00\x00\x00"
WINDOWS_HINTS = {
    _WINDOWS.format("ExcludeClipboardContentFromMonitorProcessing"): b"\x01\x00\x00\x00",
    _WINDOWS.format("CanIncludeInClipboardHistory"): _DWORD_0,
    _WINDOWS.format("CanUploadToCloudClipboard"): _DWORD_0,
}
_GUARD_NAME = "pcrm-clipboard-guard"


def hints(platform: str = sys.platform) -> dict[str, bytes]:
    """The formats that mark clipboard contents secret, with their values."""
    found = {KDE_HINT: b"secret", MAC_CONCEALED: b"secret", MAC_CONCEALED_UTI: b"secret"}
    if platform == "win32":
        found.update(WINDOWS_HINTS)
    return found


def mark_secret(mime: QMimeData) -> QMimeData:
    """``mime`` with the marks added (its text is left as it is)."""
    for name, value in hints().items():
        mime.setData(name, QByteArray(value))
    return mime


def secret_mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    return mark_secret(mime)


def is_marked(mime: QMimeData | None) -> bool:
    return mime is not None and mime.hasFormat(KDE_HINT)


class ClipboardGuard(QObject):
    """Puts marked text on the clipboard and takes it off again when its time is up."""

    cleared = Signal()  # the clipboard (or selection) held our text and was emptied

    def __init__(self, timeout_ms: int = CLEAR_AFTER_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        self._watched: dict[str, float] = {}  # text -> monotonic deadline
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expire)
        self._converter = _mac_converter()  # kept alive: Qt holds only a pointer

    def copy(self, text: str) -> None:
        """``text`` on the clipboard, marked, until the time is up."""
        if not text:
            return
        clipboard = QGuiApplication.clipboard()
        clipboard.setMimeData(secret_mime(text), QClipboard.Mode.Clipboard)
        self.watch(text)

    def watch(self, text: str) -> None:
        """Clear ``text`` from the clipboard when the time is up, if it is still there."""
        if not text:
            return
        self._watched[text] = time.monotonic() + self.timeout_ms / 1000
        self._arm()

    def pending(self) -> int:
        return len(self._watched)

    def clear_now(self) -> None:
        """Clear every watched text still on the clipboard (the app is quitting)."""
        self._clear(set(self._watched))
        self._watched.clear()
        self._timer.stop()

    def _arm(self) -> None:
        if not self._watched:
            self._timer.stop()
            return
        wait = min(self._watched.values()) - time.monotonic()
        self._timer.start(max(0, int(wait * 1000) + 1))

    def _expire(self) -> None:
        now = time.monotonic()
        due = {text for text, deadline in self._watched.items() if deadline <= now}
        for text in due:
            del self._watched[text]
        self._clear(due)
        self._arm()

    def _clear(self, texts: set[str]) -> None:
        if not texts:
            return
        clipboard = QGuiApplication.clipboard()
        modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        emptied = False
        for mode in modes:
            mime = clipboard.mimeData(mode)
            if is_marked(mime) and mime is not None and mime.text() in texts:
                clipboard.clear(mode)
                emptied = True
        if emptied:
            self.cleared.emit()


def guard() -> ClipboardGuard:
    """The application's guard (made on first use, a child of the application, which clears
    what it still watches when it quits)."""
    app = QCoreApplication.instance()
    assert app is not None, "the clipboard needs a QApplication"
    found = app.findChild(ClipboardGuard, _GUARD_NAME)
    if isinstance(found, ClipboardGuard):
        return found
    made = ClipboardGuard(parent=app)
    made.setObjectName(_GUARD_NAME)
    app.aboutToQuit.connect(made.clear_now)
    return made


def copy_secret(text: str) -> None:
    guard().copy(text)


def copy_current(view: QAbstractItemView, event: QKeyEvent) -> bool:
    """Ctrl+C in a list: the current cell's text, marked and guarded (True: handled)."""
    if not event.matches(QKeySequence.StandardKey.Copy):
        return False
    index = view.currentIndex()
    text = index.data() if index.isValid() else None
    if isinstance(text, str) and text:
        copy_secret(text)
    return True


def _mac_converter() -> object | None:
    """On macOS, a converter that writes the concealed type under its own name (see above)."""
    base = getattr(QtGui, "QUtiMimeConverter", None)
    if sys.platform != "darwin" or base is None:
        return None

    class Concealed(base):  # type: ignore[misc,valid-type]
        def utiForMime(self, mime: str) -> str:
            return MAC_CONCEALED_UTI if mime == MAC_CONCEALED else ""

        def mimeForUti(self, uti: str) -> str:
            return MAC_CONCEALED if uti == MAC_CONCEALED_UTI else ""

        def convertFromMime(self, _mime: str, data: object, _uti: str) -> list[QByteArray]:
            return [data if isinstance(data, QByteArray) else QByteArray(b"secret")]

        def convertToMime(self, _mime: str, data: list[QByteArray], _uti: str) -> QByteArray:
            return data[0] if data else QByteArray()

    return Concealed()
