"""Export contacts…: vCard 4.0 or 3.0, CSV (Google's layout) or the readable bundle.

The owner picks the format, the scope (everyone, a group, or the contacts selected in the list
when the window passes some) and the destination: a file, or for the bundle a new folder.  The
default names say nothing about anyone (issue 7); the file dialog is Qt's own, so no native
"recent files" list learns the path.  The export runs in a :class:`~pcrm.ui.worker.Job` with
its progress shown; the result or a refusal (a folder for a file, a folder that is not empty,
the store's own folder, a full disk) is shown in place and the dialog stays open.  Nothing in
the store changes, so there is nothing to undo.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pcrm.services.contact_export import (
    BUNDLE,
    DEFAULT_NAMES,
    ContactExportReport,
    ContactScope,
)
from pcrm.services.import_formats import CSV, VCARD
from pcrm.services.session import Services
from pcrm.ui.dialogs.export_base import ExportDialog
from pcrm.ui.i18n import english_plural
from pcrm.ui.save_dialog import forgetting_folders

# (format, vCard version) per entry of the format list
_CHOICES = ((VCARD, "4.0"), (VCARD, "3.0"), (CSV, "4.0"), (BUNDLE, "4.0"))


class ContactExportDialog(ExportDialog):
    """``exported`` carries the ContactExportReport; ``selected`` are the contacts selected in
    the list, offered as a scope when there are any."""

    def __init__(
        self, services: Services, selected: Sequence[int] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.selected = tuple(selected)
        self.setWindowTitle(self.tr("Export contacts"))
        self.setMinimumWidth(560)
        form = self.form

        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("Format"))
        for text in (
            self.tr("vCard 4.0 (.vcf)"),
            self.tr("vCard 3.0 (.vcf), for older programs"),
            self.tr("CSV, Google Contacts layout (.csv)"),
            self.tr("Readable folder: a vCard, notes and timeline per contact"),
        ):
            self.format.addItem(text)
        format_label = QLabel(self.tr("F&ormat"), self)
        format_label.setBuddy(self.format)
        form.addRow(format_label, self.format)

        count = len(self.selected)
        self.everyone = QRadioButton(self.tr("&Everyone (not the trash)"), self)
        self.by_group = QRadioButton(self.tr("A &group:"), self)
        self.by_selection = QRadioButton(
            english_plural(self.tr("The %n &selected contact(s)", "", count), count), self
        )
        self.by_selection.setEnabled(bool(count))
        (self.by_selection if count else self.everyone).setChecked(True)
        self.group = QComboBox(self)
        self.group.setAccessibleName(self.tr("Group"))
        for row in services.groups.list():
            if not row.query:  # a smart group has no stored members
                self.group.addItem(row.name, row.id)
        self.by_group.setEnabled(self.group.count() > 0)
        self.group.setEnabled(False)
        self.by_group.toggled.connect(self.group.setEnabled)
        self.scope_buttons = QButtonGroup(self)
        scope = QVBoxLayout()
        for button in (self.everyone, self.by_group, self.by_selection):
            self.scope_buttons.addButton(button)
        group_row = QHBoxLayout()
        group_row.addWidget(self.by_group)
        group_row.addWidget(self.group, 1)
        scope.addWidget(self.everyone)
        scope.addLayout(group_row)
        scope.addWidget(self.by_selection)
        form.addRow(self.tr("Contacts"), scope)

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self._folder = Path(folder or Path.home())
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Destination"))
        self.choose = QPushButton(self.tr("C&hoose…"), self)
        self.choose.clicked.connect(self.choose_destination)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.choose)
        self.path_label = QLabel(self.tr("&File"), self)
        self.path_label.setBuddy(self.path)
        form.addRow(self.path_label, path_row)
        self.named = QCheckBox(self.tr("Put each contact's &name in its folder's name"), self)
        self.named.setToolTip(
            self.tr(
                "Without this the folders are numbered, so their names say nothing about anyone."
            )
        )
        form.addRow("", self.named)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed(0)

        self.buttons.accepted.connect(self.start_export)
        self.inputs += [
            self.format,
            self.everyone,
            self.by_group,
            self.by_selection,
            self.path,
            self.choose,
            self.named,
        ]
        self.status.setAccessibleName(self.tr("Export status"))
        self.finish()
        self.format.setFocus()

    # -- what the owner asked for -----------------------------------------------------------------

    def choice(self) -> tuple[str, str]:
        """(format, vCard version) the list says."""
        return _CHOICES[self.format.currentIndex()]

    def _format_changed(self, _index: int) -> None:
        kind, _ = self.choice()
        bundle = kind == BUNDLE
        self.path_label.setText(self.tr("&Folder") if bundle else self.tr("&File"))
        self.named.setVisible(bundle)
        current = Path(self.path.text()) if self.path.text().strip() else None
        folder = current.parent if current is not None else self._folder
        self.path.setText(str(folder / DEFAULT_NAMES[kind]))

    def scope(self) -> ContactScope:
        if self.by_group.isChecked():
            return ContactScope(group_id=self.group.currentData())
        if self.by_selection.isChecked():
            return ContactScope(contact_ids=self.selected)
        return ContactScope()

    def choose_destination(self) -> None:
        kind, _ = self.choice()
        if kind == BUNDLE:
            with forgetting_folders():
                chosen = QFileDialog.getExistingDirectory(
                    self,
                    self.tr("Export into the folder"),
                    str(Path(self.path.text()).parent),
                    QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly,
                )
            if chosen:
                self.path.setText(str(Path(chosen) / DEFAULT_NAMES[BUNDLE]))
            return
        suffix = Path(DEFAULT_NAMES[kind]).suffix
        with forgetting_folders():
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export contacts to"),
                self.path.text(),
                self.tr("vCard files (*.vcf)") if kind == VCARD else self.tr("CSV files (*.csv)"),
                options=QFileDialog.Option.DontUseNativeDialog,
            )
        if chosen:
            self.path.setText(chosen if chosen.endswith(suffix) else f"{chosen}{suffix}")

    # -- running ----------------------------------------------------------------------------------

    def start_export(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.show_error(self.tr("Destination: name a file or folder"))
            return
        kind, version = self.choice()
        target, scope, named = Path(text).expanduser(), self.scope(), self.named.isChecked()
        service = self.services.contact_export
        self.run(
            lambda job: service.export(
                target, kind, scope, version=version, named_folders=named, progress=job.report
            ),
            self.tr("Exporting…"),
            self._progress_text_for,
            self._result_text_for,
        )

    def inputs_enabled(self, enabled: bool) -> None:
        super().inputs_enabled(enabled)
        self.by_selection.setEnabled(enabled and bool(self.selected))
        self.by_group.setEnabled(enabled and self.group.count() > 0)
        self.group.setEnabled(enabled and self.by_group.isChecked())

    def _progress_text_for(self, done: int, total: int) -> str:
        written = english_plural(self.tr("%n of {total} contact(s) written", "", done), done)
        return written.format(total=total)

    def _result_text_for(self, report: ContactExportReport) -> str:
        done = english_plural(
            self.tr("Exported %n contact(s) to {path}", "", report.contacts), report.contacts
        )
        return done.format(path=report.path)
