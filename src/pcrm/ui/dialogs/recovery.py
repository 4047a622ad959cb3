"""When the store cannot be opened: what happened, what the owner can do, and nothing touched.

Shown for every typed error met while opening (a missing or damaged file, a missing key, a
store written by a newer pcrm, another pcrm holding it, no keyring…).  It never offers to create
a fresh store in place of a lost one; Quit leaves everything as it was.

When the database is missing or damaged but its key can still be had (the keyring, or the
passphrase asked here), "Restore from backup…" verifies a chosen backup with that key, asks
(:class:`RestoreConfirmation`), and replaces the database, keeping the damaged one beside the
backups (``pcrm.services.backups.restore``); the dialog then closes with "try again", which opens
the restored store (and migrates it when the backup is older).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors
from pcrm.clock import Clock, local_zone
from pcrm.paths import StorePaths
from pcrm.services import backups
from pcrm.services.session import key_source
from pcrm.ui.dialogs.parts import error_label, fit_height, heading, paragraph, show_error
from pcrm.ui.dialogs.restore_confirm import RestoreConfirmation, RestorePlan, pick_backup_file
from pcrm.ui.worker import Job

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# Errors that can go away without touching the store: worth a "Try again".
_TRANSIENT = (
    errors.StoreBusy,
    errors.KeyringUnavailable,
    errors.WrongPassphrase,
    errors.PassphraseRequired,
    errors.KeyMissing,
    errors.WrongKey,
    errors.BadInput,
)
# The database is missing or damaged, or of another version, but its key can be had.
RESTORABLE = (
    errors.DatabaseMissing,
    errors.EmptyDatabaseFile,
    errors.DatabaseCorrupt,
    errors.NewerSchema,
    errors.MigrationFailed,
)


class RecoveryChoice(enum.Enum):
    RETRY = "retry"
    QUIT = "quit"


class RecoveryDialog(QDialog):
    def __init__(
        self,
        error: errors.PcrmError,
        paths: StorePaths,
        parent: QWidget | None = None,
        backend: KeyringBackend | None = None,
    ) -> None:
        super().__init__(parent)
        self.error = error
        self.paths = paths
        self.backend = backend
        self._job: Job | None = None
        self.choice = RecoveryChoice.QUIT
        self.setWindowTitle(self.tr("pcrm cannot open your store"))
        self.setMinimumWidth(560)

        icon = QLabel(self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(10)
        text.addWidget(heading(self.tr("pcrm cannot open your store"), self))
        self.message = paragraph(error.message, self)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.addWidget(self.message)
        text.addWidget(paragraph(self.tr("What you can do:"), self))
        self.advice = QLabel(self._advice_html(), self)
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.addWidget(self.advice)
        text.addWidget(paragraph(self.tr("pcrm has not changed any file."), self))
        self.status = error_label(self)
        text.addWidget(self.status)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(icon)
        row.addLayout(text, 1)

        buttons = QDialogButtonBox(self)
        self.quit_button = buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.retry_button: QPushButton | None = None
        if isinstance(error, _TRANSIENT):
            self.retry_button = buttons.addButton(
                self.tr("Try again"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.retry_button.setDefault(True)
        self.backups_button: QPushButton | None = None
        if paths.backups.is_dir():
            self.backups_button = buttons.addButton(
                self.tr("Open the backups folder"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.backups_button.clicked.connect(self.open_backups)
        self.restore_button: QPushButton | None = None
        if isinstance(error, RESTORABLE):
            self.restore_button = buttons.addButton(
                self.tr("Restore from backup…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.restore_button.clicked.connect(self.restore_from_backup)
        buttons.accepted.connect(self._retry)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        fit_height(self)
        super().showEvent(event)

    def _advice(self) -> list[str]:
        e, paths = self.error, self.paths
        where = (
            self.tr("Backups of this store are kept in {folder}.")
            if paths.backups.is_dir()
            else self.tr("There are no backups in {folder}; if you keep one elsewhere, use that.")
        )
        restore = [
            self.tr(
                "Restore the database from a backup with Restore from backup…: the backup is "
                "checked first, and the database it replaces is kept in {folder}."
            ).format(folder=paths.backups)
            if isinstance(e, RESTORABLE)
            else self.tr(
                "Once the key is back, pcrm can restore the database from a backup made with it."
            ),
            where.format(folder=paths.backups),
        ]
        if isinstance(
            e, errors.DatabaseMissing | errors.EmptyDatabaseFile | errors.DatabaseCorrupt
        ):
            return [
                *restore,
                self.tr("If the database was moved, put it back in {folder}.").format(
                    folder=paths.root
                ),
            ]
        if isinstance(e, errors.KeyMissing | errors.WrongKey):
            return [
                self.tr(
                    "If the key was in the system keyring, unlock the keyring (or sign in "
                    "to the session that holds it) and try again."
                ),
                self.tr("If {file} was deleted or replaced, put the original back.").format(
                    file=paths.meta
                ),
                *restore,
            ]
        if isinstance(e, errors.WrongPassphrase | errors.PassphraseRequired):
            return [
                self.tr(
                    "Try another passphrase: check PCRM_PASSPHRASE or the --passphrase-file "
                    "you gave, or start pcrm without them to type it."
                )
            ]
        if isinstance(e, errors.StoreBusy):
            return [
                self.tr(
                    "Close the other pcrm (a window, or a command still running) and try again."
                )
            ]
        if isinstance(e, errors.NewerSchema):
            return [
                self.tr(
                    "Install the newer pcrm that wrote this store, or restore a backup "
                    "made by this version."
                ),
                where.format(folder=paths.backups),
            ]
        if isinstance(e, errors.KeyringUnavailable):
            return [
                self.tr(
                    "Start or unlock the system keyring (GNOME Keyring, KWallet, the macOS "
                    "Keychain or the Windows Credential Manager) and try again."
                )
            ]
        if isinstance(e, errors.MigrationFailed):
            return [
                self.tr(
                    "Keep using the pcrm version that wrote this store until the upgrade is fixed."
                ),
                where.format(folder=paths.backups),
            ]
        if isinstance(e, errors.NoEncryption):
            return [self.tr("Reinstall pcrm with its SQLCipher driver (sqlcipher3).")]
        if isinstance(e, errors.BadInput):
            return [self.tr("Correct the file or setting named above and try again.")]
        return restore

    def _advice_html(self) -> str:
        return (
            '<ul style="margin-top: 0px; margin-bottom: 0px; -qt-list-indent: 1;">'
            + "".join(
                f'<li style="margin-bottom: 4px;">{escape(line)}</li>' for line in self._advice()
            )
            + "</ul>"
        )

    def open_backups(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.backups)))

    def _retry(self) -> None:
        self.choice = RecoveryChoice.RETRY
        self.accept()

    # -- restoring ------------------------------------------------------------------------------

    def restore_from_backup(self) -> None:
        """Choose a backup, verify it with the store's key, ask, replace the database."""
        source = pick_backup_file(self, self.paths.backups)
        if source is None:
            return
        secret: str | None = None
        if key_source(self.paths) == "passphrase":
            secret = self.ask_passphrase(self)
            if secret is None:
                return
        paths, backend, problem = self.paths, self.backend, self.error.message

        def check(_job: Job) -> tuple[RestorePlan, bytes]:
            checked = backups.check_backup(source, backups.store_keys(paths, secret, backend))
            return RestorePlan(source, checked.counts, problem, paths.backups), checked.key

        self._run(check, self._confirm)

    @staticmethod
    def ask_passphrase(parent: QWidget) -> str | None:
        """The store's passphrase, to read its key (tests replace this)."""
        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("RecoveryDialog", "Restore from backup"),
            QCoreApplication.translate("RecoveryDialog", "The store's passphrase:"),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    def _confirm(self, found: tuple[RestorePlan, bytes]) -> None:
        plan, key = found
        if not RestoreConfirmation.ask(plan, local_zone(), self):
            return
        paths = self.paths
        self._run(lambda _job: backups.restore(paths, key, plan.source, Clock()), self._restored)

    def _restored(self, _restored: backups.Restored) -> None:
        self.choice = RecoveryChoice.RETRY  # opening the restored store also migrates it
        self.accept()

    def _run(self, work: Callable[[Job], Any], done: Callable[[Any], None]) -> None:
        show_error(self.status, "")
        job = Job(work, self)
        job.succeeded.connect(done)
        job.failed.connect(self._failed)
        job.finished.connect(lambda: self._finished(job))
        self._job = job
        self.setEnabled(False)
        job.start()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, errors.PcrmError):
            raise exc
        show_error(self.status, exc.message)

    def _finished(self, job: Job) -> None:
        if job is not self._job:  # already handled by done()
            return
        self._job = None
        job.deleteLater()
        self.setEnabled(True)

    def done(self, result: int) -> None:
        if self._job is not None:
            self._job.wait()
            self._finished(self._job)
        super().done(result)

    def busy(self) -> bool:
        return self._job is not None

    @classmethod
    def ask(
        cls,
        error: errors.PcrmError,
        paths: StorePaths,
        parent: QWidget | None = None,
        backend: KeyringBackend | None = None,
    ) -> RecoveryChoice:
        dialog = cls(error, paths, parent, backend)
        dialog.exec()
        return dialog.choice
