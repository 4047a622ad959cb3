"""Named loggers per layer.  Log records never carry personal data: ids and counts only.

Logs go to stderr at WARNING by default; ``PCRM_DEBUG=1`` lowers that to DEBUG.  pcrm writes no
log file, so nothing personal can reach the disk unencrypted through logging.
"""

from __future__ import annotations

import logging
import os

store = logging.getLogger("pcrm.store")
services = logging.getLogger("pcrm.services")
cli = logging.getLogger("pcrm.cli")
ui = logging.getLogger("pcrm.ui")


def configure() -> None:
    level = logging.DEBUG if os.environ.get("PCRM_DEBUG") else logging.WARNING
    root = logging.getLogger("pcrm")
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
