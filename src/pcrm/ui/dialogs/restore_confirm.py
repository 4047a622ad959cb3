"""The question before a restore: which backup, what it holds, what it replaces.

Shown by the backups dialog and the recovery screen once the backup passed verification.  It
names the backup's date and file and sets its row counts beside the current store's (or says
that the current store cannot be opened), and says where the current store will be kept.
Cancel is the default button: replacing the store is never one keystroke away.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pcrm.services.backups import describe
from pcrm.ui.dialogs.parts import fit_height, heading, paragraph, path_label
from pcrm.ui.save_dialog import forgetting_folders

# The counted tables in the order and words the owner reads them.
ROWS = ("contacts", "interactions", "tasks", "organisations")


def row_title(table: str) -> str:
    titles = {
        "contacts": QCoreApplication.translate("RestoreConfirmation", "Contacts"),
        "interactions": QCoreApplication.translate("RestoreConfirmation", "Timeline entries"),
        "tasks": QCoreApplication.translate("RestoreConfirmation", "Reminders and tasks"),
        "organisations": QCoreApplication.translate("RestoreConfirmation", "Organisations"),
    }
    return titles[table]


def when_text(path: Path, zone: tzinfo) -> str:
    """The backup's date and time in the owner's zone, in the locale's long format."""
    found = describe(path)
    if found is None:
        return path.name
    moment = found.taken_at.astimezone(zone)
    locale = QLocale()
    day = locale.toString(moment.date(), QLocale.FormatType.LongFormat)
    return f"{day} {locale.toString(moment.time(), QLocale.FormatType.ShortFormat)}"


@dataclass(frozen=True)
class RestorePlan:
    """A verified backup and what it would replace."""

    source: Path
    backup_counts: dict[str, int]
    current: dict[str, int] | str  # the current store's counts, or why it cannot be opened
    safety_folder: Path  # where the current store is kept


class RestoreConfirmation(QDialog):
    def __init__(self, plan: RestorePlan, zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        source, backup_counts, current = plan.source, plan.backup_counts, plan.current
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumWidth(520)
        when = when_text(source, zone)
        layout = QVBoxLayout(self)
        title = heading(
            self.tr("Replace your store with the backup of {when}?").format(when=when), self
        )
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(path_label(source, self))
        self.table = QGridLayout()
        self.table.setHorizontalSpacing(24)
        for column, text in ((1, self.tr("<b>In the backup</b>")), (2, self.tr("<b>Now</b>"))):
            header = QLabel(text, self)
            header.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.table.addWidget(header, 0, column)
        for row, table in enumerate(ROWS, start=1):
            self.table.addWidget(QLabel(row_title(table), self), row, 0)
            self.table.addWidget(self._number(backup_counts.get(table, 0)), row, 1)
            if isinstance(current, dict):
                self.table.addWidget(self._number(current.get(table, 0)), row, 2)
        layout.addLayout(self.table)
        if isinstance(current, str):
            self.table.addWidget(paragraph(current, self), 1, 2, len(ROWS), 1)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Everything changed since the backup was taken is replaced. The store as it "
                    "is now is kept as a backup in {folder}, so this can be undone by restoring "
                    "that one."
                ).format(folder=plan.safety_folder),
                self,
            )
        )
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("Replace with the backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _number(self, value: int) -> QLabel:
        label = QLabel(QLocale().toString(value), self)
        label.setAlignment(Qt.AlignmentFlag.AlignRight)
        return label

    def showEvent(self, event: QShowEvent) -> None:
        fit_height(self)
        super().showEvent(event)

    @classmethod
    def ask(cls, plan: RestorePlan, zone: tzinfo, parent: QWidget | None = None) -> bool:
        """True when the owner chose to replace the store (tests replace this)."""
        dialog = cls(plan, zone, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted


def pick_backup_file(parent: QWidget, start: Path) -> Path | None:
    """Ask for a backup file to restore (tests replace this)."""
    with forgetting_folders():  # nor the platform's dialog: no recent-files list
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("RestoreConfirmation", "Restore from backup"),
            str(start if start.is_dir() else Path.home()),
            QCoreApplication.translate(
                "RestoreConfirmation", "pcrm backups (*.pcrm-backup);;All files (*)"
            ),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
    return Path(chosen) if chosen else None
