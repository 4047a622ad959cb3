"""Running ``python -m pcrm`` as a subprocess, as the owner or a script would."""

from __future__ import annotations

import subprocess
import sys


class Cli:
    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def __call__(
        self, *args: str, ok: bool = True, input: str | None = None, timeout: float = 60
    ) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [sys.executable, "-m", "pcrm", *args],
            env=self.env,
            capture_output=True,
            text=True,
            input=input,
            timeout=timeout,
            check=False,
        )
        if ok and proc.returncode != 0:
            raise AssertionError(f"pcrm {' '.join(args)} failed ({proc.returncode}): {proc.stderr}")
        return proc
