"""Where pcrm keeps its files and finds its shipped resources.

The store lives in one folder (``--data-dir``, ``PCRM_DATA_DIR`` or the platform's user data dir).
Migrations and resources sit at the top of the source tree and inside the wheel as
``pcrm/migrations`` and ``pcrm/resources``; :func:`shipped` finds them in either place and in a
frozen (PyInstaller) app.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "pcrm"
DATA_DIR_ENV = "PCRM_DATA_DIR"


@dataclass(frozen=True)
class StorePaths:
    """The files of one store.  Only ``database`` holds personal data (encrypted)."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "pcrm.db"

    @property
    def creating(self) -> Path:
        """Where ``init`` builds a new database before it is complete."""
        return self.root / "pcrm.db.creating"

    @property
    def meta(self) -> Path:
        """Non-secret facts about the store: id, key source, wrapped key, key check."""
        return self.root / "store.json"

    @property
    def lock(self) -> Path:
        return self.root / "pcrm.lock"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    def sidecars(self) -> list[Path]:
        return [
            self.database.with_name(self.database.name + s) for s in ("-wal", "-shm", "-journal")
        ]


def default_data_dir() -> Path:
    import platformdirs  # only when no folder is given

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> StorePaths:
    chosen = explicit or os.environ.get(DATA_DIR_ENV) or default_data_dir()
    return StorePaths(Path(chosen).expanduser().resolve())


def shipped(name: str) -> Path:
    """The folder ``migrations`` or ``resources``, from a wheel, a frozen app or the checkout."""
    here = Path(__file__).resolve().parent
    candidates = [here / name, here.parent.parent / name]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "pcrm" / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"pcrm is installed without its {name} folder (looked in {candidates})")
