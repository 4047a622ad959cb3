"""File ▸ Import: contacts from a vCard or CSV file, meetings from an iCalendar file.

The kind of file decides the preview (``import_formats.detect``).  Everything slow runs off the
GUI thread in a :class:`~pcrm.ui.worker.Job` with progress, and Cancel stops it at its next
check: reading and previewing, and for contacts the import itself (a cancelled import changes
nothing).  A file that cannot be read is refused in place, with its file, line and reason.

- **Meetings**: the table lists every meeting the file holds as created, updated or skipped with
  the reason; people no contact matches are listed with a "create contact" box, and ticking one
  updates the table at once.
- **Contacts**: the table lists every record with its action, the contact it matches and the
  reason (:mod:`pcrm.ui.dialogs.contact_import`), filtered by action.  A CSV file whose columns
  pcrm does not know opens the column-mapping dialog (:meth:`ImportDialog.ask_mapping`) and is
  read again with the owner's mapping.

Import goes through ``Edits.run``, so one Ctrl+Z takes the whole import back (``undo_batch``).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors
from pcrm.services import contact_formats
from pcrm.services.changes import ChangeSet
from pcrm.services.contact_import import ContactPreview
from pcrm.services.ical_import import (
    CREATED,
    IMPORT_BATCH,
    SKIPPED,
    UPDATED,
    IcalPreview,
    Outcome,
)
from pcrm.services.import_formats import CSV, ICALENDAR, VCARD, detect, refuse
from pcrm.services.session import Services
from pcrm.ui.dialogs.contact_import import ContactPreviewPanel
from pcrm.ui.edits import Edits
from pcrm.ui.formatting import local_datetime
from pcrm.ui.i18n import english_plural
from pcrm.ui.models.list_table import ListTableModel
from pcrm.ui.save_dialog import forgetting_folders
from pcrm.ui.worker import Job

_Index = QModelIndex | QPersistentModelIndex


class OutcomeModel(ListTableModel[Outcome]):
    """The preview's rows: action, when, meeting, reason."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._headers = [self.tr("Action"), self.tr("When"), self.tr("Meeting"), self.tr("Reason")]
        self._actions = {
            CREATED: self.tr("create"),
            UPDATED: self.tr("update"),
            SKIPPED: self.tr("skip"),
        }

    def show(self, rows: list[Outcome]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return self._actions.get(row.action, row.action)
        if column == 1:
            if row.starts_at is None:
                return ""
            zone = self._services.clock.zone()
            return local_datetime(row.starts_at, zone)
        return row.what if column == 2 else row.reason


class ImportDialog(QDialog):
    """``imported`` carries the ChangeSet after an import; ``previewed`` fires when a preview
    (or its refusal) is shown."""

    imported = Signal(object)
    previewed = Signal()

    def __init__(self, edits: Edits, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.services = services
        self.preview: IcalPreview | None = None
        self.contact_preview: ContactPreview | None = None
        self.kind: str | None = None  # import_formats: what the chosen file holds
        self._path = Path()  # the contact file being read (read again with a mapping)
        self._job: Job | None = None
        self._stop = threading.Event()  # read by the worker thread: no Qt object there
        self._close_when_stopped = False
        self.setWindowTitle(self.tr("Import"))
        self.setMinimumSize(860, 560)

        self.file_label = QLabel(self.tr("No file chosen."), self)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose a file to import"))
        self.choose_button.clicked.connect(self.choose_file)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Import status"))
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)

        self.model = OutcomeModel(services, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("What the import would do"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.people = QListWidget(self)
        self.people.setAccessibleName(self.tr("People who are not contacts: create contact"))
        self.people.itemChanged.connect(self._recount)
        self.people_label = QLabel(self.tr("&Not yet contacts — tick to create:"), self)
        self.people_label.setBuddy(self.people)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.import_)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.people_label)
        side_layout.addWidget(self.people, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([600, 360])
        self.contacts = ContactPreviewPanel(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(split)
        self.pages.addWidget(self.contacts)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.notes)
        layout.addWidget(buttons)
        self.setTabOrder(self.choose_button, self.table)
        self.setTabOrder(self.table, self.people)
        self.setTabOrder(self.people, self.contacts.filter)
        self.setTabOrder(self.contacts.filter, self.contacts.table)
        self.setTabOrder(self.contacts.table, self.import_button)
        self.choose_button.setFocus()

    # -- choosing and previewing ------------------------------------------------------------------

    @classmethod
    def ask_file(cls, parent: QWidget) -> Path | None:
        """The file the owner picks; tests replace this."""
        with forgetting_folders():  # nor the platform's dialog: no recent-files list
            chosen, _ = QFileDialog.getOpenFileName(
                parent,
                QCoreApplication.translate("ImportDialog", "Import"),
                "",
                QCoreApplication.translate(
                    "ImportDialog",
                    "Contacts and calendars (*.vcf *.vcard *.csv *.ics *.ical);;"
                    "vCard files (*.vcf *.vcard);;CSV files (*.csv);;"
                    "iCalendar files (*.ics *.ical);;All files (*)",
                ),
                options=QFileDialog.Option.DontUseNativeDialog,
            )
        return Path(chosen) if chosen else None

    def choose_file(self) -> None:
        path = self.ask_file(self)
        if path is not None:
            self.load(path)

    def load(self, path: Path, mapping: Any = None) -> None:
        """Read ``path`` off the GUI thread and show what importing it would do; ``mapping``
        is the owner's column mapping for a CSV file."""
        if self._job is not None:
            return
        self.preview = self.contact_preview = None
        self.kind = None
        self.file_label.setText(str(path))
        self.model.show([])
        self.contacts.show_preview(None)
        self.people.clear()
        self.notes.clear()
        self.import_button.setEnabled(False)
        try:
            kind = detect(path)
            refuse(path, kind, {ICALENDAR, VCARD, CSV})
        except errors.PcrmError as exc:
            self._refused(exc)
            return
        self.kind = kind
        self._stop = threading.Event()
        self._busy(self.tr("Reading the file…"))
        if kind != ICALENDAR:
            self.setWindowTitle(self.tr("Import contacts"))
            self.pages.setCurrentWidget(self.contacts)
            self._read_contacts(path, kind, mapping)
            return
        self.setWindowTitle(self.tr("Import meetings"))
        self.pages.setCurrentIndex(0)
        service, stop = self.services.ical_import, self._stop

        def work(job: Job) -> IcalPreview:
            return service.preview(
                path,
                progress=lambda done, total: job.report("events", done, total),
                cancelled=stop.is_set,
            )

        self._start(Job(work, self), self._previewed)

    def _busy(self, text: str) -> None:
        self.choose_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.status.setText(text)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)

    def _start(self, job: Job, succeeded: Any, failed: Any = None) -> None:
        """Run ``job``; its results reach the given slots in the GUI thread (they must be
        this dialog's methods: a plain function would be called in the worker's thread)."""
        self._job = job
        job.progressed.connect(self._progressed)
        job.succeeded.connect(succeeded)
        job.failed.connect(failed or self._failed)
        job.start()

    def _progressed(self, stage: str, done: int, total: int) -> None:
        texts = {
            "events": self.tr("Reading events: {done} of {total}"),
            "records": self.tr("Checking records: {done} of {total}"),
            "contacts": self.tr("Importing contacts: {done} of {total}"),
        }
        self.status.setText(texts.get(stage, texts["records"]).format(done=done, total=total))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _read_contacts(self, path: Path, kind: str, mapping: Any) -> None:
        service, stop = self.services.contact_import, self._stop
        self._path = path

        def work(job: Job) -> ContactPreview:
            records = contact_formats.read_file(kind, path, mapping, stop.is_set)
            return service.preview(
                records, str(path), kind, cancelled=stop.is_set, progress=job.report
            )

        self._start(Job(work, self), self._contacts_previewed, self._contacts_failed)

    def _contacts_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, contact_formats.UnknownLayout) or self._stop.is_set():
            self._failed(exc)
            return
        self._job_over()
        chosen = self.ask_mapping(exc)
        if chosen is None:
            self._refused(exc)
        else:
            self.load(self._path, chosen)

    def ask_mapping(self, unknown: contact_formats.UnknownLayout) -> Any:
        """The owner's mapping of a CSV file's columns (None: cancelled)."""
        from pcrm.ui.dialogs.column_mapping import ColumnMappingDialog

        return ColumnMappingDialog.ask(unknown.headers, unknown.samples, unknown.guess, self)

    def _contacts_previewed(self, preview: ContactPreview) -> None:
        self._job_over()
        self.contact_preview = preview
        self.contacts.show_preview(preview)
        self.status.setText(self.contacts.summary(preview))
        self.import_button.setEnabled(preview.changes_anything)
        self.previewed.emit()

    def _job_over(self) -> None:
        if self._job is not None:
            self._job.wait()
            self._job.deleteLater()
            self._job = None
        self.progress.setVisible(False)
        self.choose_button.setEnabled(True)
        if self._close_when_stopped:
            super().reject()

    def _previewed(self, preview: IcalPreview) -> None:
        self._job_over()
        self.preview = preview
        for attendee in preview.unknown():
            text = self.tr("{person} — %n meeting(s)", "", attendee.meetings)
            item = QListWidgetItem(
                english_plural(text, attendee.meetings).format(person=attendee.label)
            )
            item.setData(Qt.ItemDataRole.UserRole, attendee.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.notes.setText("\n".join(preview.notes))
        self._recount()
        self.previewed.emit()

    def _failed(self, exc: BaseException) -> None:
        self._job_over()
        if not isinstance(exc, errors.PcrmError):
            raise exc  # a bug: to the crash dialog
        self._refused(exc)
        if self.contact_preview is not None:  # an import that failed or was cancelled
            self.import_button.setEnabled(self.contact_preview.changes_anything)

    def _refused(self, exc: errors.PcrmError) -> None:
        self.status.setText(exc.message)
        self.previewed.emit()

    # -- choosing people, importing ---------------------------------------------------------------

    def create_contacts(self) -> set[str]:
        """The keys of the people ticked "create contact"."""
        ticked = set()
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ticked.add(str(item.data(Qt.ItemDataRole.UserRole)))
        return ticked

    def _recount(self) -> None:
        if self.preview is None:
            return
        create = self.create_contacts()
        rows = self.preview.outcomes(create)
        self.model.show(rows)
        counts = self.preview.counts(create)
        parts = [
            english_plural(self.tr("%n to create", "", counts[CREATED]), counts[CREATED]),
            english_plural(self.tr("%n to update", "", counts[UPDATED]), counts[UPDATED]),
            english_plural(self.tr("%n skipped", "", counts[SKIPPED]), counts[SKIPPED]),
        ]
        new = english_plural(self.tr("%n new contact(s)", "", len(create)), len(create))
        self.status.setText(", ".join(parts) + (f"; {new}" if create else ""))
        self.import_button.setEnabled(bool(counts[CREATED] or counts[UPDATED] or create))

    def import_(self) -> None:
        if self.kind in (VCARD, CSV):
            self._import_contacts()
            return
        preview = self.preview
        if preview is None:
            return
        create = self.create_contacts()
        batch: list[int] = []

        def do(services: Services) -> ChangeSet:
            changes = services.ical_import.apply(preview, create)
            batch[:] = sorted(changes.created.get(IMPORT_BATCH, ()))
            return changes

        def undo(services: Services) -> ChangeSet:
            return services.ical_import.undo_batch(batch[0]) if batch else ChangeSet()

        text = self.tr("Import {file}").format(file=preview.path.name)
        try:
            changes = self.edits.run(text, do, undo, size=sum(preview.counts(create).values()))
        except errors.PcrmError as exc:
            self.status.setText(exc.message)
            return
        self.imported.emit(changes)
        self.accept()

    def _import_contacts(self) -> None:
        """Import in a worker (progress, Cancel), then record it as one undo step: the
        worker's result is the step's first run; redo imports the preview again."""
        preview = self.contact_preview
        if preview is None or self._job is not None:
            return
        self._stop = threading.Event()
        self._busy(self.tr("Importing…"))
        service, stop = self.services.contact_import, self._stop
        self._start(
            Job(lambda job: service.apply(preview, stop.is_set, job.report), self),
            self._contacts_imported,
        )

    def _contacts_imported(self, changes: ChangeSet) -> None:
        self._job_over()
        preview = self.contact_preview
        assert preview is not None
        if not changes:
            self.status.setText(self.tr("Nothing to import: the store already has all of it."))
            return
        done = [changes]
        batch = sorted(changes.created.get(IMPORT_BATCH, ()))

        def do(services: Services) -> ChangeSet:
            if done:  # made by the worker just now
                return done.pop()
            again = services.contact_import.apply(preview)
            batch[:] = sorted(again.created.get(IMPORT_BATCH, ()))
            return again

        def undo(services: Services) -> ChangeSet:
            return services.contact_import.undo_batch(batch[0]) if batch else ChangeSet()

        name = Path(preview.source_name).name
        try:
            # the undo and redo of thousands of contacts run in a worker too
            text = self.tr("Import {file}").format(file=name)
            self.edits.run(text, do, undo, size=len(preview.outcomes), bulky=preview)
        except errors.PcrmError as exc:
            self.status.setText(exc.message)
            return
        self.imported.emit(changes)
        self.accept()

    def reject(self) -> None:
        """Cancel: stops a preview being read or an import being made (the dialog closes when
        it has stopped; a stopped import changes nothing)."""
        if self._job is not None:
            self._stop.set()
            self._close_when_stopped = True
            self.status.setText(self.tr("Stopping…"))
            return
        super().reject()
