"""The options every command takes, and the desktop app too, and the passphrase they can give.

Kept apart from :mod:`pcrm.cli`, whose commands import much of pcrm: ``pcrm`` with no command
(the desktop app) reads its options here and starts without importing the command line at all,
which keeps the commands' imports off the way to the window's first paint.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pcrm import errors

PASSPHRASE_ENV = "PCRM_PASSPHRASE"  # noqa: S105 -- the name of a variable, not a secret
_DEFAULTS = (("data_dir", None), ("passphrase_file", None), ("json", False), ("files", ()))
# What the desktop app opens in its import dialog when given a file (``pcrm contacts.vcf``, the
# .desktop file's ``Exec=pcrm %F``); a word without one of these endings is a command.
IMPORTABLE = (".vcf", ".vcard", ".ics", ".ical", ".csv")


def common_parser() -> argparse.ArgumentParser:
    """The parser of the common options (a parent of every command's parser)."""
    # no abbreviations: "init --passphrase" must not read as a truncated --passphrase-file
    common = argparse.ArgumentParser(prog="pcrm", add_help=False, allow_abbrev=False)
    common.add_argument(
        "--data-dir", default=argparse.SUPPRESS, help="the store's folder (or PCRM_DATA_DIR)"
    )
    common.add_argument("--passphrase-file", default=argparse.SUPPRESS, metavar="FILE")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    return common


def with_defaults(args: argparse.Namespace) -> argparse.Namespace:
    """``args`` with every common option set (the parsers leave out those not given)."""
    for name, default in _DEFAULTS:
        if not hasattr(args, name):
            setattr(args, name, default)
    return args


def desktop_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when ``argv`` holds nothing else but files to import (start the desktop app:
    ``command`` is None, ``files`` the absolute paths, as a running app has another working
    folder); None when it names a command, or asks for help or the version."""
    args, rest = common_parser().parse_known_args(list(argv))
    files = [_local_path(word) for word in rest]
    if not all(files):
        return None
    args.command = None
    args.files = [os.path.abspath(f) for f in files if f]
    return with_defaults(args)


def _local_path(word: str) -> str | None:
    """``word`` as a file to import (a path, or a ``file:`` URL), None when it is not one."""
    if word.startswith("file://"):
        from urllib.parse import unquote, urlsplit

        parts = urlsplit(word)
        word = unquote(parts.path) if parts.netloc in ("", "localhost") else ""
    if not word or word.startswith("-") or not word.lower().endswith(IMPORTABLE):
        return None
    return word


def passphrase_source(args: argparse.Namespace) -> Callable[[bool], str | None]:
    """The passphrase from ``--passphrase-file``, ``PCRM_PASSPHRASE`` or the terminal."""

    def ask(confirm: bool) -> str | None:
        if args.passphrase_file:
            try:
                text = Path(args.passphrase_file).read_text(encoding="utf-8")
            except OSError as exc:
                raise errors.BadInput(
                    where=args.passphrase_file, reason=exc.strerror or "unreadable"
                ) from None
            secret = text.splitlines()[0] if text else ""
            if not secret:
                raise errors.BadInput(where=args.passphrase_file, reason="the file is empty")
            return secret
        if os.environ.get(PASSPHRASE_ENV):
            return os.environ[PASSPHRASE_ENV]
        if not sys.stdin.isatty():
            raise errors.PassphraseRequired()
        import getpass

        first = getpass.getpass("Passphrase: ")
        if confirm:
            if len(first) < 8:
                raise errors.BadInput(where="passphrase", reason="use at least 8 characters")
            if getpass.getpass("Repeat it: ") != first:
                raise errors.BadInput(where="passphrase", reason="the two entries differ")
        return first

    return ask
