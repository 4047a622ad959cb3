"""When the store cannot be opened: what happened, what the owner can do, and nothing touched.

Shown for every typed error met while opening (a missing or damaged file, a missing key, a
store written by a newer pcrm, another pcrm holding it, no keyring…).  It never offers to create
a fresh store in place of a lost one and changes no file; Quit leaves everything as it was.
"""

from __future__ import annotations

import enum
from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors
from pcrm.paths import StorePaths
from pcrm.ui.dialogs.parts import fit_height, heading, paragraph

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


class RecoveryChoice(enum.Enum):
    RETRY = "retry"
    QUIT = "quit"


class RecoveryDialog(QDialog):
    def __init__(
        self, error: errors.PcrmError, paths: StorePaths, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.error = error
        self.paths = paths
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
        backups = (
            self.tr("Backups of this store are kept in {folder}.")
            if paths.backups.is_dir()
            else self.tr("There are no backups in {folder}; if you keep one elsewhere, use that.")
        )
        restore = [
            self.tr(
                "Restore the database from a backup: quit pcrm, then copy the newest backup "
                "to {database}."
            ).format(database=paths.database),
            backups.format(folder=paths.backups),
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
                backups.format(folder=paths.backups),
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
                backups.format(folder=paths.backups),
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

    @classmethod
    def ask(
        cls, error: errors.PcrmError, paths: StorePaths, parent: QWidget | None = None
    ) -> RecoveryChoice:
        dialog = cls(error, paths, parent)
        dialog.exec()
        return dialog.choice
