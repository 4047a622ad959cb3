"""A real Radicale (CalDAV and CardDAV) server for round-trip tests: on 127.0.0.1, an ephemeral
port, a store in a temporary folder, no authentication (any user name is accepted)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from radicale import Application, config


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        return


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """The server's base URL while the block runs."""
    configuration = config.load()
    configuration.update(
        {
            "storage": {"filesystem_folder": str(folder)},
            "auth": {"type": "none"},
            "rights": {"type": "owner_only"},
        },
        "pcrm tests",
        privileged=True,
    )
    server: WSGIServer = make_server(
        "127.0.0.1", 0, Application(configuration), handler_class=_Quiet
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
