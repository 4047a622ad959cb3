"""No core dumps: checked in fresh processes, since the limits cannot be raised again once set.

Each child runs one entry point (the function itself, the command line's ``run``, the desktop
app's ``run`` up to its environment check) and then reports its own limits and dumpable flag.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

REPORT = """
import json, resource, sys
from pcrm.hardening import dumpable
print(json.dumps({'core': resource.getrlimit(resource.RLIMIT_CORE), 'prctl': dumpable(),
                  'result': result}))
"""

ENTRIES = {
    "function": "from pcrm.hardening import no_core_dumps\nresult = no_core_dumps()\n",
    "cli": (
        "from pcrm import cli\nresult = cli.run(cli.parse(['--data-dir', sys.argv[1], 'check']))\n"
    ),
    "app": "from pcrm import app\nimport argparse\nresult = app.run(argparse.Namespace(\n"
    "    data_dir=sys.argv[1], passphrase_file=None, json=False, files=[]))\n",
}


def _child(entry: str, tmp_path: Path) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PCRM_", "QT_"))}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)  # the app stops at its display check, after hardening
    env["PYTHONPATH"] = str(REPO / "src")
    env["PCRM_TEST_KEYRING_FILE"] = str(tmp_path / "keyring.json")
    proc = subprocess.run(
        [sys.executable, "-c", "import sys\n" + ENTRIES[entry] + REPORT, str(tmp_path / "store")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


@pytest.mark.skipif(sys.platform == "win32", reason="no rlimits or prctl on Windows")
@pytest.mark.parametrize("entry", sorted(ENTRIES))
def test_each_entry_point_forbids_core_dumps(entry: str, tmp_path: Path) -> None:
    report = _child(entry, tmp_path)
    assert report["core"] == [0, 0]
    if sys.platform.startswith("linux"):
        assert report["prctl"] == 0  # /proc/self/status has no such line; prctl reads it
    if entry == "function":
        expected = ["rlimit", "dumpable"] if sys.platform.startswith("linux") else ["rlimit"]
        assert report["result"] == expected
    elif entry == "app":
        assert report["result"] == 69  # no display: stopped at the check, hardened already


def test_a_plain_interpreter_is_dumpable(tmp_path: Path) -> None:
    """The check above means something: without the call, the flag is 1."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the dumpable flag is Linux's")
    proc = subprocess.run(
        [sys.executable, "-c", "from pcrm.hardening import dumpable; print(dumpable())"],
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert proc.stdout.strip() == "1"
