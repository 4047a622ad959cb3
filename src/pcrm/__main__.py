"""Entry point: ``pcrm`` with no command starts the desktop app; any command runs the CLI.

This is the composition root's front door: the CLI module never imports Qt, so the decision to
start the GUI is made here, from the common options alone (:mod:`pcrm.options`).
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from pcrm.options import desktop_args

    given = sys.argv[1:] if argv is None else argv
    args = desktop_args(given)
    if args is not None:  # no command: the desktop app, without the command line's imports
        from pcrm.app import run

        return int(run(args))
    from pcrm import cli

    return cli.run(cli.parse(given))


if __name__ == "__main__":
    sys.exit(main())
