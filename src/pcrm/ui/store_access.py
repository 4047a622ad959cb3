"""From "pcrm starts" (or "the owner pressed Lock") to an open store, or a clean exit.

The order: no store yet → the first-run dialog; a keyring store, or a passphrase given by
``PCRM_PASSPHRASE`` / ``--passphrase-file`` → opened without a dialog; otherwise the unlock
dialog.  Any typed error → the recovery dialog, whose "Try again" starts over and whose "Quit"
ends pcrm with the error's exit status.  Nothing on any of these paths creates or changes a store
except the first-run dialog, and that only when there is no store at all.

Everything up to a dialog runs in a worker: after an update of pcrm the store is backed up and
its schema upgraded first, which takes minutes at 100,000 contacts, so a window says so instead
of nothing appearing at all.  The services themselves are imported there too, the first time:
at start the window is already painted (see ``pcrm.app``) and keeps answering meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pcrm import errors, log
from pcrm.clock import Clock
from pcrm.paths import StorePaths
from pcrm.ui.worker import run_with_progress

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

    from pcrm.services.session import PassphraseSource, Services


def _no_passphrase(_confirm: bool) -> str | None:
    return None


@dataclass(frozen=True)
class _Ask:
    """Not opened without the owner: which dialog to show."""

    first_run: bool = False
    uses_passphrase: bool = False
    wrong_passphrase: bool = False


class StoreAccess:
    def __init__(
        self,
        paths: StorePaths,
        clock: Clock,
        backend: KeyringBackend | None,
        preset: PassphraseSource | None = None,
    ) -> None:
        self.paths = paths
        self.clock = clock
        self.backend = backend
        self.preset = preset
        self.exit_code = 0

    def open(self, parent: QWidget | None = None) -> Services | None:
        """At start-up: the open store, or None to exit with :attr:`exit_code`."""
        return self._until_open(parent, starting=True)

    def reopen(self, parent: QWidget | None = None) -> Services | None:
        """After Lock: always a dialog, even for a keyring store or a preset passphrase."""
        return self._until_open(parent, starting=False)

    def unlock(self, passphrase: PassphraseSource) -> Services:
        from pcrm.services import session

        return session.unlock(
            self.paths, self.clock, passphrase, backend=self.backend, use_system_keyring=False
        )

    def _until_open(self, parent: QWidget | None, *, starting: bool) -> Services | None:
        while True:
            try:
                services = self._open_once(parent, starting=starting)
            except errors.PcrmError as exc:
                from pcrm.ui.dialogs.recovery import RecoveryChoice, RecoveryDialog

                log.ui.warning("the store cannot be opened: %s", exc.error_id)
                choice = RecoveryDialog.ask(exc, self.paths, parent, backend=self.backend)
                if choice is RecoveryChoice.RETRY:
                    starting = False  # a preset that failed is not tried again: ask instead
                    continue
                self.exit_code = exc.exit_code
                return None
            self.exit_code = 0
            return services

    def _open_once(self, parent: QWidget | None, *, starting: bool) -> Services | None:
        text = QCoreApplication.translate(
            "StoreAccess",
            "Opening your contacts… After an update of pcrm the store is backed up and "
            "upgraded first, which can take a few minutes.",
        )
        found: Services | _Ask = run_with_progress(
            lambda: self._open_quietly(starting), text, parent
        )
        if not isinstance(found, _Ask):
            return found
        if found.first_run:
            from pcrm.ui.dialogs.unlock import FirstRunDialog

            return FirstRunDialog.ask(self.paths, self.clock, self.backend, parent)
        from pcrm.ui.dialogs.unlock import UnlockDialog

        return UnlockDialog.ask(
            self.paths,
            self.clock,
            self.backend,
            uses_passphrase=found.uses_passphrase,
            wrong_passphrase=found.wrong_passphrase,
            parent=parent,
        )

    def _open_quietly(self, starting: bool) -> Services | _Ask:
        """The store opened without a dialog, or which dialog to show (in the worker)."""
        from pcrm.services import session

        if not session.is_initialised(self.paths):
            if not starting:  # the whole store vanished while pcrm was locked
                raise errors.DatabaseMissing(path=self.paths.database)
            return _Ask(first_run=True)
        uses_passphrase = session.key_source(self.paths) == "passphrase"
        if starting or uses_passphrase:
            # Without a passphrase a passphrase store stops at PassphraseRequired, after every
            # check of its files: a damaged store is reported before a passphrase is asked for.
            try:
                return self.unlock(self.preset if starting and self.preset else _no_passphrase)
            except errors.PassphraseRequired:
                pass
            except errors.WrongPassphrase:
                return _Ask(uses_passphrase=uses_passphrase, wrong_passphrase=True)
        return _Ask(uses_passphrase=uses_passphrase)
