"""One running app per store: a second launch hands its files to the first and exits.

The first instance listens on a local socket (:class:`InstanceServer`, a ``QLocalServer``) whose
name is made from the user and the store's folder — a hash, so neither the user name nor the
path shows (:func:`server_name`).  On Linux and the BSDs the socket lives in the user's runtime
folder (``$XDG_RUNTIME_DIR``, or a 0700 ``pcrm-<uid>`` folder in the temp dir when it is unset),
made with ``UserAccessOption``; on macOS (a per-user temp dir) and Windows (a named pipe) the name
alone is given, with the same option.  Another store, or another user, gets another name.

A launch first tries to :func:`hand_over`: it connects, sends one JSON line
``{"v": 1, "files": [...], "token": "..."}`` and waits for ``ok``; the running app raises its
window and opens the import dialog for each file (``MainWindow.open_files``).  The token is
the launcher's Wayland activation token, without which a compositor may refuse to raise a
window of another process.  The launch that finds nobody listens in turn (:func:`claim`).

A crash leaves the socket file behind: a refused connection proves it stale, so it is removed
before listening (an accepted one means a live instance, whose name is left alone).  The server
never blocks the GUI thread: it reads as bytes arrive, at most :data:`MAX_MESSAGE` bytes, and
drops a connection that says nothing for :data:`IDLE_MS`.  The launching side waits (with
timeouts), which is fine there: it runs before the second launch has any window.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from pcrm import log

VERSION = 1
MAX_MESSAGE = 64 * 1024
IDLE_MS = 5_000
CONNECT_MS = 1_000
ANSWER_MS = 5_000
SOCKET_PATH_MAX = 100  # sun_path holds 104 (BSD) or 108 (Linux) bytes with its NUL
TOKEN_ENV = "XDG_ACTIVATION_TOKEN"  # noqa: S105 -- the name of a variable
HANDED, UNANSWERED = "handed", "unanswered"  # what claim() says when another app runs


@dataclass(frozen=True)
class Handover:
    """What a second launch asks of the running app."""

    files: list[Path] = field(default_factory=list)
    token: str | None = None


def _user() -> str:
    getuid = getattr(os, "getuid", None)
    if getuid is not None:
        return str(getuid())
    import getpass  # Windows

    return getpass.getuser()


def server_name(store_root: Path, runtime: Path | None = None) -> str:
    """The socket's name (or path) for this user and store; no personal data in it."""
    digest = hashlib.sha256(f"{_user()}\0{store_root}".encode()).hexdigest()[:24]
    name = f"pcrm-{digest}"
    if sys.platform == "darwin" or sys.platform == "win32":
        return name
    folder = runtime or runtime_dir()
    if folder is None:
        return name  # Qt puts it in the temp dir; UserAccessOption still guards it
    path = str(folder / f"{name}.sock")
    return path if len(path.encode()) <= SOCKET_PATH_MAX else name


def runtime_dir() -> Path | None:
    """The user's own runtime folder: ``$XDG_RUNTIME_DIR`` when it is private, else a private
    ``pcrm-<uid>`` folder in the temp dir; None when neither can be had safely."""
    given = os.environ.get("XDG_RUNTIME_DIR")
    if given and _private(Path(given)):
        return Path(given)
    import tempfile  # only without a runtime dir: not on the way to the first paint

    fallback = Path(tempfile.gettempdir()) / f"pcrm-{_user()}"
    try:
        fallback.mkdir(mode=0o700, exist_ok=True)
    except OSError:
        return None
    return fallback if _private(fallback) else None


def _private(folder: Path) -> bool:
    """A real folder (not a link) of this user that nobody else may enter."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    getuid = getattr(os, "getuid", None)
    return (
        stat.S_ISDIR(info.st_mode)
        and (getuid is None or info.st_uid == getuid())
        and not info.st_mode & 0o077
    )


def encode(handover: Handover) -> bytes:
    message = {"v": VERSION, "files": [str(p) for p in handover.files], "token": handover.token}
    return json.dumps(message).encode() + b"\n"


def decode(line: bytes) -> Handover | None:
    """The handover in one line, None when it is not one pcrm wrote."""
    try:
        message = json.loads(line)
    except ValueError:
        return None
    if not isinstance(message, dict) or message.get("v") != VERSION:
        return None
    files, token = message.get("files"), message.get("token")
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        return None
    return Handover([Path(f) for f in files], token if isinstance(token, str) and token else None)


def hand_over(name: str, handover: Handover, timeout_ms: int = ANSWER_MS) -> bool | None:
    """Give ``handover`` to the app listening on ``name``: True when it answered, False when
    nobody listens there, None when something listens but did not answer in time."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(encode(handover))
    socket.waitForBytesWritten(timeout_ms)
    answer = b""
    while b"\n" not in answer and socket.waitForReadyRead(timeout_ms):
        answer += socket.readAll().data()
    socket.disconnectFromServer()
    return True if answer.startswith(b"ok\n") else None


class InstanceServer(QObject):
    """The running app's end: hands each launch's request to the receiver :meth:`attach` gave
    (requests that come before are kept until then)."""

    received = Signal(object)  # Handover

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._kept: list[Handover] | None = []  # None once attached

    def listen(self) -> bool:
        """Listen on the name, taking it over from a stopped instance; False when another
        instance listens there (or the name cannot be had).

        Qt would replace a live server's socket file too (with ``UserAccessOption`` it binds in
        a private folder and renames the socket into place), so a connection is tried first:
        one that is accepted means a live instance; a refused one, a file a crash left."""
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_MS):
            probe.abort()
            return False
        if probe.error() == QLocalSocket.LocalSocketError.ConnectionRefusedError:
            log.ui.info("single instance: removing the socket a stopped instance left")
        QLocalServer.removeServer(self.name)
        if not self._server.listen(self.name):
            log.ui.warning("single instance: cannot listen (%s)", self._server.serverError().name)
            return False
        return True

    def is_listening(self) -> bool:
        return self._server.isListening()

    def full_name(self) -> str:
        return self._server.fullServerName()

    def attach(self, receiver: Callable[[Handover], object]) -> None:
        """Give every request, those kept so far first, to ``receiver``."""
        kept, self._kept = self._kept or [], None
        self.received.connect(receiver)
        for handover in kept:
            self._deliver(handover)

    def close(self) -> None:
        """Stop listening (the socket file goes) and hang up on any launch still talking."""
        self._server.close()
        for connection in self.findChildren(_Connection):
            connection._drop()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is not None:
                _Connection(socket, self._deliver, self)

    def _deliver(self, handover: Handover) -> None:
        if self._kept is not None:
            self._kept.append(handover)
            return
        if handover.token:  # Qt's Wayland plugin reads it when the window asks to be activated
            os.environ[TOKEN_ENV] = handover.token
        self.received.emit(handover)


class _Connection(QObject):
    """One launch talking to the server: its line is read as it arrives, then answered."""

    def __init__(
        self, socket: QLocalSocket, deliver: Callable[[Handover], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        socket.setParent(self)  # the two go together
        self._socket = socket
        self._deliver = deliver
        self._buffer = b""
        self._over = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._drop)
        self._idle.start(IDLE_MS)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self._drop)
        self._read()

    def _read(self) -> None:
        if self._over:
            return
        self._buffer += self._socket.readAll().data()
        if len(self._buffer) > MAX_MESSAGE:
            log.ui.warning("single instance: a message over %d bytes was dropped", MAX_MESSAGE)
            self._drop()
            return
        if b"\n" not in self._buffer:
            return
        handover = decode(self._buffer.split(b"\n", 1)[0])
        if handover is None:
            log.ui.warning("single instance: a message that is not pcrm's was dropped")
            self._drop()
            return
        self._socket.write(b"ok\n")
        self._socket.flush()
        self._drop(gently=True)
        self._deliver(handover)

    def _drop(self, gently: bool = False) -> None:
        """Done with this launch (answered, or not worth an answer): hang up, once."""
        if self._over:
            return
        self._over = True
        self._idle.stop()
        self._socket.readyRead.disconnect(self._read)
        self._socket.disconnected.disconnect(self._drop)
        if gently:
            self._socket.disconnectFromServer()  # after the answer is written
        else:
            self._socket.abort()
        self.deleteLater()


def claim(
    name: str, files: Sequence[str | Path] = (), parent: QObject | None = None
) -> InstanceServer | str:
    """At start-up: this launch's server when it is the first (listening, or not when the name
    cannot be had: then the app runs on its own); :data:`HANDED` when a running app took
    ``files``, :data:`UNANSWERED` when one is there but did not answer."""
    handover = Handover([Path(f) for f in files], os.environ.get(TOKEN_ENV) or None)
    for _attempt in range(2):  # two launches at once: the one that loses the name hands over
        handed = hand_over(name, handover)
        if handed is not False:
            return HANDED if handed else UNANSWERED
        server = InstanceServer(name, parent)
        if server.listen():
            return server
        server.deleteLater()
    log.ui.warning("single instance: neither listening nor handing over; running on its own")
    return InstanceServer(name, parent)
