"""File ▸ Backups…: the backups of this store, a backup now, a restore, and the automatic backups.

The list holds every backup in the backup folder and the store's own folder, newest first, with
its date, kind and size; its row counts appear once it is verified (Verify, or on the way to a
restore), which reads every page and so runs in a worker, like the backup itself.  Restore…
verifies the chosen backup, shows :class:`RestoreConfirmation` (its date and counts against the
store's), and on yes emits ``restore_requested(path)`` and closes: the main window, which owns
the session, closes the store, restores and reopens it.  The automatic-backup settings are the
preferences of the ``Backups`` section, each change saved at once as one undoable edit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors, fsutil
from pcrm.services.backups import BackupInfo, BackupKind, Checked, Taken
from pcrm.services.preferences import (
    BACKUP_AUTOMATIC,
    BACKUP_FOLDER,
    BACKUP_KEEP_DAILY,
    BACKUP_KEEP_MONTHLY,
    BACKUP_KEEP_WEEKLY,
    Preference,
    Value,
)
from pcrm.services.session import Services
from pcrm.ui.dialogs.parts import error_label, heading, paragraph, show_error
from pcrm.ui.dialogs.restore_confirm import (
    ROWS,
    RestoreConfirmation,
    RestorePlan,
    pick_backup_file,
    row_title,
)
from pcrm.ui.edits import Edits
from pcrm.ui.formatting import local_datetime
from pcrm.ui.save_dialog import forgetting_folders
from pcrm.ui.worker import Job

TAKEN, KIND, SIZE = 0, 1, 2
COUNTS = 3  # then one column per ROWS entry
PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsDialog(QDialog):
    restore_requested = Signal(object)  # the backup's Path, verified and confirmed

    def __init__(self, services: Services, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.edits = services, edits
        self.zone = services.clock.zone()
        self._job: Job | None = None
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumSize(760, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Backups"), self))
        self.summary = paragraph("", self)
        layout.addWidget(self.summary)

        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Backups, newest first"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [self.tr("Taken"), self.tr("Kind"), self.tr("Size"), *map(row_title, ROWS[:2])]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.tree.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        layout.addWidget(self.tree, 1)

        row = QHBoxLayout()
        self.backup_button = self._button(self.tr("&Back up now"), self.back_up_now, row)
        self.backup_button.setShortcut(QKeySequence("Ctrl+B"))
        self.verify_button = self._button(self.tr("&Verify"), self.verify_selected, row)
        self.restore_button = self._button(self.tr("&Restore…"), self.restore_selected, row)
        self.file_button = self._button(self.tr("Restore from &file…"), self.restore_file, row)
        row.addStretch(1)
        self.open_button = self._button(self.tr("&Open folder"), self.open_folder, row)
        layout.addLayout(row)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.error = error_label(self)
        layout.addWidget(self.error)
        layout.addWidget(self._settings_box())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def _button(self, text: str, slot: Any, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- settings ---------------------------------------------------------------------------------

    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Automatic backups"), self)
        form = QFormLayout(box)
        prefs = self.services.preferences
        self.automatic = QCheckBox(self.tr("Back up &automatically every day"), box)
        self.automatic.setChecked(bool(prefs.get(BACKUP_AUTOMATIC.key)))
        self.automatic.toggled.connect(lambda on: self._save(BACKUP_AUTOMATIC, on))
        form.addRow(self.automatic)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(self.services.backups.folder()), box)
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.folder.editingFinished.connect(self._folder_typed)
        choose = QPushButton(self.tr("C&hoose…"), box)
        choose.setAutoDefault(False)
        choose.clicked.connect(self.choose_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        label = QLabel(self.tr("Fol&der:"), box)
        label.setBuddy(self.folder)
        form.addRow(label, folder_row)
        keep_row = QHBoxLayout()
        self.keep: dict[str, QSpinBox] = {}
        for pref, text in (
            (BACKUP_KEEP_DAILY, self.tr("Keep &daily:")),
            (BACKUP_KEEP_WEEKLY, self.tr("&weekly:")),
            (BACKUP_KEEP_MONTHLY, self.tr("&monthly:")),
        ):
            spin = QSpinBox(box)
            spin.setRange(pref.minimum, pref.maximum)
            if pref.minimum_text:
                spin.setSpecialValueText(self.tr("None"))
            spin.setValue(int(prefs.get(pref.key) or 0))
            spin.setAccessibleName(text.replace("&", "").rstrip(":"))
            spin.setToolTip(pref.help)
            spin.editingFinished.connect(lambda p=pref, s=spin: self._save(p, s.value()))
            name = QLabel(text, box)
            name.setBuddy(spin)
            keep_row.addWidget(name)
            keep_row.addWidget(spin)
            self.keep[pref.key] = spin
        keep_row.addStretch(1)
        form.addRow(keep_row)
        form.addRow(
            paragraph(
                self.tr(
                    "The newest backup of each day, week and month is kept for as many as "
                    "you say; older automatic backups are deleted. Backups you make elsewhere, "
                    "and those taken before an upgrade or a restore, are never deleted."
                ),
                box,
            )
        )
        return box

    def _folder_typed(self) -> None:
        text = self.folder.text().strip()
        default = str(self.services.paths.backups)
        self._save(BACKUP_FOLDER, None if text in ("", default) else text)

    def choose_folder(self) -> None:
        chosen = self.pick_folder(self, self.services.backups.folder())
        if chosen is not None:
            self.folder.setText(str(chosen))
            self._folder_typed()

    @staticmethod
    def pick_folder(parent: QWidget, start: Path) -> Path | None:
        """Ask for a folder (tests replace this)."""
        with forgetting_folders():  # nor the platform's dialog: no recent-files list
            chosen = QFileDialog.getExistingDirectory(
                parent,
                QCoreApplication.translate("BackupsDialog", "Backup folder"),
                str(start if start.is_dir() else Path.home()),
                options=QFileDialog.Option.ShowDirsOnly | QFileDialog.Option.DontUseNativeDialog,
            )
        return Path(chosen) if chosen else None

    def _save(self, pref: Preference, value: Value) -> None:
        prefs = self.services.preferences
        if value == prefs.get(pref.key):
            return
        before = prefs.stored()
        try:
            checked = pref.check(value)
            self.edits.run(
                self.tr("Change backup settings"),
                lambda s: s.preferences.replace({**before, pref.key: checked}),
                lambda s: s.preferences.replace(before),
            )
        except errors.PcrmError as exc:
            show_error(self.error, exc.message)
            return
        show_error(self.error, "")
        self.reload()

    # -- the list ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the folders again (a few file names: quick)."""
        selected = self.selected()
        self.tree.clear()
        kinds = {
            BackupKind.AUTOMATIC: self.tr("Automatic"),
            BackupKind.PRE_UPGRADE: self.tr("Before an upgrade"),
            BackupKind.PRE_RESTORE: self.tr("Before a restore"),
            BackupKind.OTHER: self.tr("Other"),
        }
        for found in self.services.backups.available():
            item = QTreeWidgetItem(
                [
                    local_datetime(found.taken_at, self.zone),
                    kinds[found.kind],
                    QLocale().formattedDataSize(found.size),
                    "",
                    "",
                ]
            )
            item.setData(TAKEN, PATH_ROLE, found.path)
            item.setToolTip(TAKEN, str(found.path))
            item.setToolTip(KIND, str(found.path))
            for column in range(SIZE, COUNTS + 2):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.tree.addTopLevelItem(item)
            if found.path == selected:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._summarise()
        self._enable()

    def _summarise(self) -> None:
        backups = self.services.backups
        latest: BackupInfo | None = backups.latest()
        due = backups.next_due()
        folder = str(backups.folder())
        if due is None:
            text = self.tr("Automatic backups are off. Backups go to {folder}.").format(
                folder=folder
            )
        elif latest is None:
            text = self.tr(
                "No automatic backup yet; the first is taken now. They go to {folder}."
            ).format(folder=folder)
        else:
            text = self.tr(
                "The last automatic backup was taken {last}; the next is due {next}. "
                "They go to {folder}."
            ).format(
                last=local_datetime(latest.taken_at, self.zone),
                next=local_datetime(due, self.zone),
                folder=folder,
            )
        self.summary.setText(text)

    def selected(self) -> Path | None:
        item = self.tree.currentItem()
        return None if item is None else Path(item.data(TAKEN, PATH_ROLE))

    def _enable(self) -> None:
        idle = self._job is None
        chosen = self.selected() is not None
        self.backup_button.setEnabled(idle)
        self.file_button.setEnabled(idle)
        self.verify_button.setEnabled(idle and chosen)
        self.restore_button.setEnabled(idle and chosen)

    def _show_counts(self, path: Path, counts: dict[str, int]) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if Path(item.data(TAKEN, PATH_ROLE)) == path:
                for column, table in enumerate(ROWS[:2], start=COUNTS):
                    item.setText(column, QLocale().toString(counts.get(table, 0)))

    # -- work in a worker -------------------------------------------------------------------------

    def _run(self, work: Any, done: Any, message: str) -> None:
        show_error(self.error, "")
        self.status.setText(message)
        self.progress.setRange(0, 0)
        self.progress.show()
        job = Job(work, self)
        job.progressed.connect(self._progressed)
        job.succeeded.connect(done)
        job.failed.connect(self._failed)
        job.finished.connect(lambda: self._finished(job))
        self._job = job
        self._enable()
        job.start()

    def _progressed(self, _stage: str, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, errors.PcrmError):
            raise exc
        self.status.clear()
        show_error(self.error, exc.message)

    def _finished(self, job: Job) -> None:
        if job is not self._job:  # already handled by done()
            return
        self._job = None
        job.deleteLater()
        self.progress.hide()
        self._enable()

    def busy(self) -> bool:
        return self._job is not None

    def done(self, result: int) -> None:
        if self._job is not None:  # a backup or check under way finishes first
            self._job.wait()
            self._finished(self._job)
        super().done(result)

    def back_up_now(self) -> None:
        backups = self.services.backups
        self._run(
            lambda job: backups.take(lambda done, total: job.report("backup", done, total)),
            self._taken,
            self.tr("Backing up…"),
        )

    def _taken(self, taken: Taken) -> None:
        self.reload()
        self._show_counts(taken.info.path, taken.counts)
        self.status.setText(
            self.tr("Backed up and verified: {file}.").format(file=taken.info.path.name)
        )

    def verify_selected(self) -> None:
        path = self.selected()
        if path is not None:
            self._run(
                lambda _job: self.services.backups.check(path),
                self._verified,
                self.tr("Verifying {file}…").format(file=path.name),
            )

    def _verified(self, checked: Checked) -> None:
        self._show_counts(checked.path, checked.counts)
        self.status.setText(self.tr("{file} is intact.").format(file=checked.path.name))

    # -- restoring --------------------------------------------------------------------------------

    def restore_selected(self) -> None:
        path = self.selected()
        if path is not None:
            self.restore(path)

    def restore_file(self) -> None:
        path = pick_backup_file(self, self.services.backups.folder())
        if path is not None:
            self.restore(path)

    def restore(self, path: Path) -> None:
        """Verify ``path``, then ask; on yes emit ``restore_requested`` and close."""
        backups = self.services.backups

        def work(_job: Job) -> RestorePlan:
            checked = backups.check(path)
            return RestorePlan(path, checked.counts, backups.counts(), self.services.paths.backups)

        self._run(work, self._confirm, self.tr("Verifying {file}…").format(file=path.name))

    def _confirm(self, plan: RestorePlan) -> None:
        self._show_counts(plan.source, plan.backup_counts)
        self.status.setText(self.tr("{file} is intact.").format(file=plan.source.name))
        if RestoreConfirmation.ask(plan, self.zone, self):
            self.restore_requested.emit(plan.source)
            self.accept()

    def open_folder(self) -> None:
        folder = self.services.backups.folder()
        fsutil.make_private_dir(folder)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
