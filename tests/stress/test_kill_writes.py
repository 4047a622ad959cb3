"""A short run of tests/stress/kill_writes.py (``make stress`` runs 200 kills).

SIGKILLed ``pcrm log note`` / ``contact add`` / ``remind`` processes, killed at start-up, while
opening and while writing, lose nothing whose confirmation they printed, and leave a store that
opens with intact pages, full-text indexes in step with their tables and trigger-kept columns
consistent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from kill_writes import run

KILLS = 15
SEED = 20261123


def test_sigkilled_writers_lose_nothing_committed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # keyring's backend discovery constructs FileKeyring() without arguments: give it its file.
    monkeypatch.setenv("PCRM_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    summary = run(KILLS, SEED, tmp_path)
    report = "\n".join(summary.lines())
    assert summary.kills == KILLS, report
    assert summary.moments["early"] >= 4 and summary.moments["late"] >= 4, report
    assert summary.failures == [], report
    # The warm-up command commits for sure; the late kills let more through on any machine.
    assert summary.committed.total() >= 2, report
    assert summary.verified >= summary.committed.total(), report
