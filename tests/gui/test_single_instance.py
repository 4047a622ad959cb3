"""One app per store: the socket's name, a running instance and launches talking to it, a stale
socket after a crash, and the real app started twice (offscreen, in child processes).

The running side is served here, by this process's event loop.  A launch waits for its answer
(before it has any window) in calls that keep Python's GIL, so it cannot share a process with
the side that answers: each launch is a small child process calling ``hand_over`` or ``claim``,
and the raw-socket checks use Python's own sockets in a thread.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pcrm.paths import StorePaths
from pcrm.store.database import create_store
from pcrm.ui import single_instance
from pcrm.ui.main_window import MainWindow
from pcrm.ui.single_instance import (
    HANDED,
    Handover,
    InstanceServer,
    claim,
    decode,
    encode,
    hand_over,
    runtime_dir,
    server_name,
)

UNIX = sys.platform not in ("win32", "darwin")
PASSPHRASE = "correct horse battery staple"
REPO = Path(__file__).resolve().parents[2]


def short_private_dir() -> Path:
    """Like /run/user/<uid>: short, as a socket's path must be (pytest's tmp_path is long)."""
    return Path(tempfile.mkdtemp(prefix="pcrm-t-", dir="/tmp" if UNIX else None))


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = short_private_dir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def name(runtime: Path, tmp_path: Path) -> str:
    return server_name(tmp_path / "store")


LAUNCH = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from pcrm.ui.single_instance import Handover, claim, hand_over
app = QCoreApplication([])
name, how, files, token = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), sys.argv[4] or None
if how == "claim":
    found = claim(name, files)
    print(found if isinstance(found, str) else "server")
else:
    print(hand_over(name, Handover([Path(f) for f in files], token)))
"""


def launch(qtbot, name: str, files=(), token: str = "", how: str = "hand_over") -> str:
    """A second launch, in a child process, while this one serves its events."""
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    child = subprocess.Popen(
        [sys.executable, "-c", LAUNCH, name, how, json.dumps([str(f) for f in files]), token],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=20_000)
    out, err = child.communicate()
    assert child.returncode == 0, err
    return out.strip()


def in_thread(qtbot, work: Callable[[], object]) -> object:
    """Python socket work (which lets go of the GIL) in a thread while this one serves."""
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(work()))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10_000)
    thread.join()
    return result[0]


def raw_client(name: str, send: bytes) -> bytes:
    """Connect with a plain Unix socket, send ``send`` and read until the server hangs up."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(5)
        client.connect(name)
        if send:
            client.sendall(send)
        received = b""
        while chunk := client.recv(4096):
            received += chunk
        return received


def test_the_name_hides_the_user_and_the_store(runtime: Path, tmp_path: Path) -> None:
    store = tmp_path / "Olena Koval" / "store"
    found = server_name(store)
    assert "Olena" not in found and "store" not in Path(found).name
    assert re.fullmatch(r"pcrm-[0-9a-f]{24}(\.sock)?", Path(found).name)  # a hash, nothing else
    assert found != server_name(tmp_path / "other")
    assert found == server_name(store)
    if UNIX:
        assert Path(found).parent == runtime
        assert Path(found).name.startswith("pcrm-") and found.endswith(".sock")


@pytest.mark.skipif(not UNIX, reason="the runtime folder is Linux's and the BSDs'")
def test_without_a_private_runtime_dir_a_private_temp_folder_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))  # others may enter: not used
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    folder = runtime_dir()
    assert folder == tmp_path / f"pcrm-{os.getuid()}"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700

    folder.chmod(0o755)  # someone widened it: refused, and the plain name is used
    assert runtime_dir() is None
    assert "/" not in server_name(tmp_path / "store")


def test_a_message_is_one_json_line_both_ways() -> None:
    handover = Handover([Path("/a/b.vcf")], "token-1")
    line = encode(handover)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert decode(line.rstrip()) == handover
    assert decode(b"not json") is None
    assert decode(b'{"v": 2, "files": []}') is None
    assert decode(b'{"v": 1, "files": [3]}') is None


def test_a_second_launch_hands_its_files_to_the_first(qtbot, name: str) -> None:
    first = InstanceServer(name)
    assert first.listen()
    got: list[Handover] = []
    first.attach(got.append)
    handover = Handover([Path("/tmp/people.vcf"), Path("/tmp/meetings.ics")], "wayland-token")
    with qtbot.waitSignal(first.received, timeout=20_000):
        answer = launch(qtbot, name, handover.files, "wayland-token")
    assert answer == "True"
    assert got == [handover]
    assert os.environ.pop(single_instance.TOKEN_ENV) == "wayland-token"  # for Qt's Wayland plugin
    first.close()


def test_a_launch_without_files_only_raises(qtbot, name: str) -> None:
    first = InstanceServer(name)
    assert first.listen()
    got: list[Handover] = []
    first.attach(got.append)
    assert launch(qtbot, name) == "True"
    qtbot.waitUntil(lambda: bool(got))
    assert got == [Handover([], None)]
    first.close()


def test_requests_before_the_window_are_kept_until_attached(qtbot, name: str) -> None:
    first = InstanceServer(name)
    assert first.listen()
    assert launch(qtbot, name, ["/x.vcf"]) == "True"
    got: list[Handover] = []
    first.attach(got.append)
    assert got == [Handover([Path("/x.vcf")])]
    first.close()


def test_nobody_listening_means_no_handover(qtbot, name: str) -> None:
    assert hand_over(name, Handover()) is False


def test_a_running_instance_keeps_its_name(qtbot, name: str) -> None:
    first = InstanceServer(name)
    assert first.listen()
    second = InstanceServer(name)
    assert not second.listen()
    assert first.is_listening()
    first.close()


@pytest.mark.skipif(not UNIX, reason="a socket file is left behind only on Unix")
def test_a_stale_socket_after_a_crash_is_taken_over(qtbot, name: str) -> None:
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(name)  # what a killed instance leaves: the file, nobody listening
    dead.close()
    assert Path(name).exists()
    assert hand_over(name, Handover()) is False  # refused: not a live instance

    server = claim(name)
    assert isinstance(server, InstanceServer) and server.is_listening()
    assert server.full_name() == name
    got: list[Handover] = []
    server.attach(got.append)
    assert launch(qtbot, name, ["/tmp/a.vcf"], how="claim") == HANDED
    assert got == [Handover([Path("/tmp/a.vcf")])]
    server.close()
    assert not Path(name).exists()  # closed: no socket left


@pytest.mark.skipif(not UNIX, reason="file permissions")
def test_the_socket_is_the_users_alone(qtbot, name: str) -> None:
    server = InstanceServer(name)
    assert server.listen()
    mode = stat.S_IMODE(os.stat(name).st_mode)
    assert not mode & 0o077, oct(mode)
    server.close()


@pytest.mark.skipif(not UNIX, reason="a plain Unix socket speaks to the server")
def test_garbage_is_dropped_and_the_server_goes_on(qtbot, name: str) -> None:
    server = InstanceServer(name)
    assert server.listen()
    got: list[Handover] = []
    server.attach(got.append)
    assert in_thread(qtbot, lambda: raw_client(name, b"GET / HTTP/1.0\n")) == b""
    big = b'{"v": 1, "files": ["' + b"x" * (single_instance.MAX_MESSAGE + 10)
    assert in_thread(qtbot, lambda: raw_client(name, big)) == b""
    assert got == []
    assert in_thread(qtbot, lambda: raw_client(name, encode(Handover()))) == b"ok\n"
    assert got == [Handover()]
    server.close()


@pytest.mark.skipif(not UNIX, reason="a plain Unix socket speaks to the server")
def test_a_silent_connection_is_dropped(qtbot, name: str, monkeypatch) -> None:
    monkeypatch.setattr(single_instance, "IDLE_MS", 100)
    server = InstanceServer(name)
    assert server.listen()
    started = time.monotonic()
    assert in_thread(qtbot, lambda: raw_client(name, b"")) == b""
    assert time.monotonic() - started < 3
    server.close()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen
def test_the_window_opens_handed_files_in_the_import_dialog(
    qtbot, services, clock, ui_settings, tmp_path: Path, monkeypatch
) -> None:
    from pcrm.ui.dialogs.import_dialog import ImportDialog

    loaded: list[Path] = []
    monkeypatch.setattr(ImportDialog, "load", lambda self, path, mapping=None: loaded.append(path))
    window = MainWindow(services, clock, ui_settings, lambda _parent: None)
    qtbot.addWidget(window)
    window.open_files([tmp_path / "a.vcf", tmp_path / "b.ics"])
    assert window.isVisible()
    assert loaded == [tmp_path / "a.vcf"]
    dialog = window.import_dialog
    assert dialog is not None
    dialog.reject()  # the next file follows when the dialog closes
    qtbot.waitUntil(lambda: loaded == [tmp_path / "a.vcf", tmp_path / "b.ics"])
    window.import_dialog.reject()
    window.open_files([])  # a launch with no files: only forward
    assert len(loaded) == 2


DRIVER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pcrm import __main__
from pcrm.ui.dialogs.import_dialog import ImportDialog

def load(self, path, mapping=None):  # what the running app does with a handed file
    print("LOAD", path.name, flush=True)
    QTimer.singleShot(100, QApplication.quit)

ImportDialog.load = load
sys.exit(__main__.main(sys.argv[1:]))
"""


@pytest.mark.slow
@pytest.mark.skipif(not UNIX, reason="the runtime folder and the fake keyring's environment")
def test_the_real_app_started_twice(cli_env: dict[str, str], tmp_path: Path, runtime: Path) -> None:
    """The app starts over a store; a second launch with a vCard file exits at once, and the
    first opens the file in its import dialog.  The second has no passphrase: had it tried to
    open the store, it would wait at the unlock dialog and time out here."""
    store = StorePaths(tmp_path / "store")
    create_store(store, passphrase=PASSPHRASE).close()
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    run = runtime
    env = dict(cli_env, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(run))
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), env["PYTHONPATH"]])
    env["HOME"] = str(tmp_path / "home")  # Qt's settings, not the real ones
    env.pop("PCRM_DATA_DIR")
    sock = Path(server_name(store.root, runtime=run))

    started = time.monotonic()
    first = subprocess.Popen(
        [sys.executable, "-c", DRIVER, "--data-dir", str(store.root),
         "--passphrase-file", str(secret)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 15
        while not sock.exists() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert sock.exists(), first.stderr.read() if first.poll() is not None else "no socket"
        vcf = tmp_path / "contacts.vcf"
        vcf.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEND:VCARD\r\n", encoding="utf-8")
        second = subprocess.run(
            [sys.executable, "-m", "pcrm", "--data-dir", str(store.root), vcf.name],
            env=env, cwd=tmp_path, capture_output=True, text=True, timeout=20, check=False,
        )  # fmt: skip
        assert second.returncode == 0, second.stderr
        out, err = first.communicate(timeout=20)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert first.returncode == 0, err
    assert "LOAD contacts.vcf" in out.splitlines()
    assert not sock.exists()  # the first cleaned up after itself
    assert time.monotonic() - started < 30
