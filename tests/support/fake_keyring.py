"""A keyring backend for tests on machines without a Secret Service (CI has none by default).

It keeps secrets in a JSON file named by ``PCRM_TEST_KEYRING_FILE`` so that CLI subprocesses
share it with the test.  It is plaintext and exists only under tests/; pcrm itself refuses
``keyrings.alt``, the real-world equivalent.  Select it with
``PYTHON_KEYRING_BACKEND=fake_keyring.FileKeyring`` and tests/support on PYTHONPATH.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        named = os.environ.get("PCRM_TEST_KEYRING_FILE")
        if path is None and not named:
            # keyring's discovery builds every imported backend class and skips those that
            # raise TypeError: merely importing this module must not make it a candidate.
            raise TypeError("FileKeyring needs a path or PCRM_TEST_KEYRING_FILE")
        self.path = path or Path(str(named))

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self.path.read_text()))
        except FileNotFoundError:
            return {}

    def _save(self, data: dict[str, str]) -> None:
        self.path.write_text(json.dumps(data))

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\0{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\0{username}", None) is None:
            raise PasswordDeleteError("not found")
        self._save(data)
