"""Shared fixtures: a real SQLCipher store on disk, a keyring, a fixed clock, the CLI.

GUI tests (tests/gui) are marked ``gui`` automatically, so ``pytest -m "not gui"`` is the fast loop.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

SUPPORT = Path(__file__).parent / "support"
sys.path.insert(0, str(SUPPORT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from clirunner import Cli  # noqa: E402
from fake_keyring import FileKeyring  # noqa: E402

from pcrm.clock import FixedClock  # noqa: E402
from pcrm.paths import StorePaths  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def store_paths(tmp_path: Path) -> StorePaths:
    return StorePaths(tmp_path / "store")


@pytest.fixture
def keyring_backend(tmp_path: Path) -> FileKeyring:
    return FileKeyring(tmp_path / "keyring.json")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 23, 12, 0, tzinfo=UTC), "Europe/Kyiv")


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """Environment for ``python -m pcrm`` subprocesses: the test keyring and a private data dir."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PCRM_")}
    env.update(
        PCRM_DATA_DIR=str(tmp_path / "store"),
        PCRM_TEST_KEYRING_FILE=str(tmp_path / "keyring.json"),
        PYTHON_KEYRING_BACKEND="fake_keyring.FileKeyring",
        PYTHONPATH=os.pathsep.join([str(SUPPORT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep),
        TMPDIR=str(tmp_path / "tmp"),
    )
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return env


@pytest.fixture
def cli(cli_env: dict[str, str]) -> Iterator[Cli]:
    yield Cli(cli_env)
