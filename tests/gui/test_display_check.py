"""Without a display Qt aborts the process; pcrm says why in one sentence before that."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pcrm.app import display_problem


def test_no_display_is_reported_not_aborted() -> None:
    assert "no display" in (display_problem({}, "linux") or "")
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({}, "darwin") is None


def test_the_app_exits_with_a_reason_when_there_is_no_display(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["PCRM_DATA_DIR"] = str(tmp_path / "store")
    proc = subprocess.run(
        [sys.executable, "-m", "pcrm"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 69
    assert proc.stderr.startswith("pcrm: no display was found")
    assert not (tmp_path / "store").exists()
