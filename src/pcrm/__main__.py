"""Entry point: ``pcrm`` with no command starts the desktop app; any command runs the CLI.

This is the composition root's front door: the CLI module never imports Qt, so the decision to
start the GUI is made here.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from pcrm import cli

    args = cli.parse(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        from pcrm.app import run

        return int(run(args))
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
