"""Export calendar…: meetings, reminders, tasks and dates to an iCalendar file.

The owner picks the scope (everything, a group, one contact), optionally a date range, whether
notes and private items go in, and the file (a non-native file dialog; the default name says
nothing about anyone).  The export runs in a :class:`~pcrm.ui.worker.Job` with its progress
shown; a refusal (a folder, the store's own folder, a full disk) is shown in place and the
dialog stays open.  Nothing in the store changes, so there is nothing to undo.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors
from pcrm.services.ical_export import ExportReport, ExportScope
from pcrm.services.session import Services
from pcrm.ui.dialogs.export_base import ExportDialog
from pcrm.ui.i18n import english_plural
from pcrm.ui.save_dialog import forgetting_folders
from pcrm.ui.widgets.contact_picker import ContactPicker

DEFAULT_NAME = "pcrm-calendar.ics"


class IcalExportDialog(ExportDialog):
    """``exported`` carries the ExportReport."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Export calendar"))
        self.setMinimumWidth(540)
        form = self.form

        self.everything = QRadioButton(self.tr("&Everything"), self)
        self.by_group = QRadioButton(self.tr("A &group:"), self)
        self.by_contact = QRadioButton(self.tr("One &contact:"), self)
        self.everything.setChecked(True)
        self.scope_buttons = QButtonGroup(self)
        self.group = QComboBox(self)
        self.group.setAccessibleName(self.tr("Group"))
        for row in services.groups.list():
            if not row.query:  # a smart group has no stored members to export by
                self.group.addItem(row.name, row.id)
        self.by_group.setEnabled(self.group.count() > 0)
        self.contact = ContactPicker(lambda: self.services, self)
        self.contact.setAccessibleName(self.tr("Contact"))
        scope = QVBoxLayout()
        for button, editor in (
            (self.everything, None),
            (self.by_group, self.group),
            (self.by_contact, self.contact),
        ):
            self.scope_buttons.addButton(button)
            row = QHBoxLayout()
            row.addWidget(button)
            if editor is not None:
                row.addWidget(editor, 1)
                editor.setEnabled(False)
                button.toggled.connect(editor.setEnabled)
            scope.addLayout(row)
        form.addRow(self.tr("Export"), scope)

        self.ranged = QCheckBox(self.tr("Only items &from"), self)
        today = QDate.currentDate()
        self.start = self._date_edit(today.addMonths(-1), self.tr("From"))
        self.end = self._date_edit(today.addYears(1), self.tr("To"))
        dates = QHBoxLayout()
        dates.addWidget(self.ranged)
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.end)
        dates.addStretch(1)
        form.addRow(self.tr("Dates"), dates)
        self.ranged.toggled.connect(self.start.setEnabled)
        self.ranged.toggled.connect(self.end.setEnabled)

        self.private = QCheckBox(self.tr("Include &notes, places, participants and private items"))
        self.private.setToolTip(self.tr("Without this the file holds summaries and times only."))
        form.addRow("", self.private)

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.path = QLineEdit(str(Path(folder or Path.home()) / DEFAULT_NAME), self)
        self.path.setAccessibleName(self.tr("File"))
        self.choose = QPushButton(self.tr("C&hoose…"), self)
        self.choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose)
        file_label = QLabel(self.tr("&File"), self)
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)

        self.buttons.accepted.connect(self.start_export)
        self.inputs += [
            self.everything,
            self.by_group,
            self.by_contact,
            self.ranged,
            self.private,
            self.path,
            self.choose,
        ]
        self.setTabOrder(self.everything, self.by_group)
        self.finish()

    def _date_edit(self, value: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        edit.setEnabled(False)
        return edit

    # -- what the owner asked for -----------------------------------------------------------------

    def scope(self) -> ExportScope:
        """The scope the controls say; BadInput when a choice is incomplete."""
        group_id = contact_id = None
        if self.by_group.isChecked():
            group_id = self.group.currentData()
        elif self.by_contact.isChecked():
            contact_id = self.contact.contact_id()
            if contact_id is None:
                raise errors.BadInput(
                    where=self.tr("Contact"), reason=self.tr("choose a contact from the list")
                )
        start = end = None
        if self.ranged.isChecked():
            start, end = self.start.date().toPython(), self.end.date().toPython()
        return ExportScope(
            group_id=group_id,
            contact_id=contact_id,
            start=start,  # type: ignore[arg-type]
            end=end,  # type: ignore[arg-type]
            private=self.private.isChecked(),
        )

    def choose_file(self) -> None:
        with forgetting_folders():  # nor the platform's dialog: no recent-files list
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export calendar to"),
                self.path.text(),
                self.tr("iCalendar files (*.ics)"),
                options=QFileDialog.Option.DontUseNativeDialog,
            )
        if chosen:
            self.path.setText(chosen if chosen.endswith(".ics") else f"{chosen}.ics")

    # -- running ----------------------------------------------------------------------------------

    def start_export(self) -> None:
        try:
            scope = self.scope()
            text = self.path.text().strip()
            if not text:
                raise errors.BadInput(where=self.tr("File"), reason=self.tr("name a file"))
        except errors.PcrmError as exc:
            self.show_error(exc.message)
            return
        target = Path(text).expanduser()
        services = self.services
        self.run(
            lambda j: services.ical_export.export(target, scope, progress=j.report),
            self.tr("Exporting…"),
            self._written,
            self._exported,
        )

    def inputs_enabled(self, enabled: bool) -> None:
        super().inputs_enabled(enabled)
        self.group.setEnabled(enabled and self.by_group.isChecked())
        self.contact.setEnabled(enabled and self.by_contact.isChecked())
        self.start.setEnabled(enabled and self.ranged.isChecked())
        self.end.setEnabled(enabled and self.ranged.isChecked())
        self.by_group.setEnabled(enabled and self.group.count() > 0)

    def _written(self, done: int, total: int) -> str:
        written = english_plural(self.tr("%n of {total} item(s) written", "", done), done)
        return written.format(total=total)

    def _exported(self, report: ExportReport) -> str:
        return self.tr(
            "Exported {events} events, {todos} to-dos and {alarms} alarms to {path}"
        ).format(events=report.events, todos=report.todos, alarms=report.alarms, path=report.path)
