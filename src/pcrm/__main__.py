"""Entry point: ``pcrm`` with no command starts the desktop app; any command runs the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from pcrm import cli

    return cli.main(args)


if __name__ == "__main__":
    sys.exit(main())
