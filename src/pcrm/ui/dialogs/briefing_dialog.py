"""The meeting briefing on screen, as a PDF and on paper.

:class:`BriefingDialog` shows a :class:`~pcrm.services.briefing.Briefing` (one contact, a set of
contacts, or a meeting's participants) in a read-only browser.  The briefing, the photos and the
HTML are read and made off the GUI thread (:class:`~pcrm.ui.worker.Job`); a refusal (the meeting
or a contact gone) is shown in place.  Links to contacts ask the window to show them
(``contact_requested``); e-mail addresses and phone numbers open in the system's handlers.
"Save as PDF…" writes the document through :func:`pcrm.ui.pdf.save_pdf` (atomically, owner-only)
under a name that says nothing about anyone; "Print…" goes through Qt's print dialog.

The document loads no resource it was not given: only the photos the worker read, never a file
named in a note.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QImage, QKeySequence, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors, log
from pcrm.services.briefing import Briefing
from pcrm.services.session import Services
from pcrm.ui.briefing_html import PHOTO_PX, STYLE, briefing_html, briefing_title, photo_url
from pcrm.ui.dialogs.parts import error_label, show_error
from pcrm.ui.pdf import save_pdf
from pcrm.ui.save_dialog import ask_save_path
from pcrm.ui.widgets.card_html import CONTACT_LINK
from pcrm.ui.worker import Job

EXTERNAL_SCHEMES = frozenset({"tel", "mailto", "http", "https"})
PDF_NAME = "pcrm-briefing-{date}.pdf"  # no name, no subject: the file name says nothing


@dataclass(frozen=True)
class Prepared:
    """What the worker hands the GUI thread: the briefing, its HTML, the photos it names."""

    briefing: Briefing
    html: str
    title: str
    photos: dict[int, QImage]


def prepare(
    services: Services, contact_ids: Sequence[int] | None, interaction_id: int | None
) -> Prepared:
    """Read the briefing and its photos and render it (any thread: QImage, no QPixmap)."""
    if interaction_id is not None:
        briefing = services.briefing.for_interaction(interaction_id)
    else:
        briefing = services.briefing.for_contacts(list(contact_ids or ()))
    photos = {}
    for person in briefing.people:
        if not person.has_photo:
            continue
        stored = services.contacts.photo(person.id, thumbnail=True)
        image = QImage.fromData(stored[0]) if stored else QImage()
        if not image.isNull():
            side = PHOTO_PX * 2  # sharp on a high-density screen and in the PDF
            photos[person.id] = image.scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
    html = briefing_html(briefing, photos=photos.keys())
    return Prepared(briefing, html, briefing_title(briefing), photos)


def fill(document: QTextDocument, prepared: Prepared) -> None:
    """Put the briefing into ``document``: the photos as image resources, then the HTML."""
    for contact_id, image in prepared.photos.items():
        document.addResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl(photo_url(contact_id)), image
        )
    document.setHtml(prepared.html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, prepared.title)


def write_pdf(prepared: Prepared, target: Path) -> Path:
    """The briefing's PDF at ``target``, laid out in the calling thread (a worker: Qt draws a
    document's images there as QImages) on a document of its own."""
    document = BriefingDocument()
    try:
        document.setDefaultStyleSheet(STYLE)
        fill(document, prepared)
        save_pdf(document, target, prepared.title)
    finally:
        shiboken6.delete(document)  # here, in the thread that made it
    return target


def print_on(prepared: Prepared, printer: QPrinter) -> None:
    """The briefing on ``printer``, as :func:`write_pdf` lays it out."""
    document = BriefingDocument()
    try:
        document.setDefaultStyleSheet(STYLE)
        fill(document, prepared)
        document.print_(printer)
    finally:
        shiboken6.delete(document)


class BriefingDocument(QTextDocument):
    """Rich text that loads no resource: what it shows was added to it (the photos).

    For an image nobody added, Qt would read the file the ``<img>`` names (QTextBrowser's
    ``loadResource``, then the image handler's own ``QImage.load``); an empty placeholder
    answers first, so neither runs.  The HTML names no other image anyway (briefing_html).
    """

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        del name
        if kind == QTextDocument.ResourceType.ImageResource.value:
            placeholder = QImage(1, 1, QImage.Format.Format_ARGB32)
            placeholder.fill(Qt.GlobalColor.transparent)
            return placeholder
        return None


class BriefingBrowser(QTextBrowser):
    """Read-only rich text that follows only its own links and loads only given resources."""

    contact_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(BriefingDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(STYLE)
        self.document().setDocumentMargin(14)
        self.anchorClicked.connect(self.follow)

    def follow(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith(CONTACT_LINK):
            suffix = target[len(CONTACT_LINK) :]
            if suffix.isdigit():
                self.contact_requested.emit(int(suffix))
            return
        if url.scheme().lower() in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)


class BriefingDialog(QDialog):
    """``loaded`` fires once the briefing (or the reason there is none) is shown; ``saved``
    carries the path of each PDF written, ``printed`` follows each document printed."""

    contact_requested = Signal(int)
    loaded = Signal()
    saved = Signal(object)
    printed = Signal()

    def __init__(
        self,
        services: Services,
        *,
        contact_ids: Sequence[int] | None = None,
        interaction_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if (contact_ids is None) == (interaction_id is None):
            raise ValueError("a briefing is for contact_ids or for an interaction_id")
        self.services = services
        self.contact_ids = list(contact_ids) if contact_ids is not None else None
        self.interaction_id = interaction_id
        self.prepared: Prepared | None = None
        self._job: Job | None = None
        self._printer: QPrinter | None = None
        self._done: Callable[[Any], None] = self._show

        self.setWindowTitle(self.tr("Briefing"))
        self.resize(760, 820)
        self.browser = BriefingBrowser(self)
        self.browser.setAccessibleName(self.tr("Briefing"))
        self.browser.contact_requested.connect(self.contact_requested)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.error = error_label(self)
        self.pdf_button = self._button(self.tr("Save as &PDF…"), self.save_pdf, "Ctrl+Shift+S")
        self.pdf_button.setToolTip(self.tr("Save as PDF (Ctrl+Shift+S)"))
        self.print_button = self._button(
            self.tr("P&rint…"), self.print_document, QKeySequence.StandardKey.Print
        )
        self.print_button.setToolTip(self.tr("Print (Ctrl+P)"))
        self.close_button = self._button(self.tr("Close"), self.reject)  # Esc: QDialog's own
        self.close_button.setToolTip(self.tr("Close (Esc)"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.browser.setFocus()
        self._set_ready(False)
        self.load()

    def _button(
        self, text: str, slot: object, shortcut: str | QKeySequence.StandardKey | None = None
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        if shortcut is not None:
            button.setShortcut(QKeySequence(shortcut))
        return button

    # -- loading ----------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the briefing again, off the GUI thread."""
        services, ids, interaction = self.services, self.contact_ids, self.interaction_id
        self._run(
            lambda: prepare(services, ids, interaction),
            self._show,
            self.tr("Preparing the briefing…"),
        )

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None], status: str) -> None:
        """``work`` in a Job, the buttons off meanwhile; ``done`` gets its result."""
        if self._job is not None:
            return
        self._set_ready(False)
        show_error(self.error, "")
        self.status.setText(status)
        self._done = done
        self._job = Job(lambda _job: work(), self)
        self._job.succeeded.connect(self._succeeded)
        self._job.failed.connect(self._failed)
        self._job.start()

    def _succeeded(self, result: object) -> None:
        self._job_over()
        self._done(result)

    def _job_over(self) -> None:
        if self._job is not None:
            self._job.wait()
            self._job.deleteLater()
            self._job = None

    def _show(self, prepared: Prepared) -> None:
        self.prepared = prepared
        self.browser.document().clear()
        fill(self.browser.document(), prepared)
        self.setWindowTitle(prepared.title)
        self.status.clear()
        self._set_ready(True)
        self.loaded.emit()

    def _set_ready(self, ready: bool) -> None:
        briefing = self.prepared.briefing if self.prepared is not None else None
        ready = ready and briefing is not None and bool(briefing.people or briefing.meeting)
        self.pdf_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def _failed(self, exc: BaseException) -> None:
        self._job_over()
        self.status.clear()
        self._set_ready(True)
        if isinstance(exc, errors.PcrmError):
            show_error(self.error, exc.message)
        elif isinstance(exc, OSError):  # the printer or the file system said no
            show_error(self.error, self.tr("Could not write: {reason}").format(
                reason=exc.strerror or exc))  # fmt: skip
        else:
            raise exc  # a bug: the crash dialog
        if self.prepared is None:
            self.loaded.emit()

    def is_loading(self) -> bool:
        """Whether a read, a PDF or a print is running."""
        return self._job is not None

    # -- PDF and paper ----------------------------------------------------------------------------

    def default_pdf_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        today = self.services.clock.local_now().date().isoformat()
        return Path(folder or Path.home()) / PDF_NAME.format(date=today)

    @staticmethod
    def ask_pdf_path(parent: QWidget, suggested: Path) -> Path | None:
        """Where to save (tests replace this)."""
        return ask_save_path(
            parent,
            QCoreApplication.translate("BriefingDialog", "Save the briefing as PDF"),
            suggested,
            QCoreApplication.translate("BriefingDialog", "PDF (*.pdf)"),
        )

    def save_pdf(self, path: Path | None = None) -> bool:
        """Write the PDF to ``path``, or where the owner chooses, off the GUI thread; ``saved``
        follows.  False when there is nothing to save or the owner cancelled."""
        prepared = self.prepared
        if prepared is None or self._job is not None:
            return False
        target = path or self.ask_pdf_path(self, self.default_pdf_path())
        if target is None:
            return False
        self._run(lambda: write_pdf(prepared, target), self._saved, self.tr("Saving the PDF…"))
        return True

    def _saved(self, target: Path) -> None:
        self._set_ready(True)
        self.status.setText(self.tr("Saved {path}").format(path=target))
        log.ui.info("briefing saved as PDF")
        self.saved.emit(target)

    @staticmethod
    def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
        """Let the owner choose the printer and its settings (tests replace this)."""
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("BriefingDialog", "Print the briefing"))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Print on ``printer``, or on the one the owner chooses, off the GUI thread; ``printed``
        follows.  False when there is nothing to print or the owner cancelled."""
        prepared = self.prepared
        if prepared is None or self._job is not None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(prepared.title)
            if not self.ask_printer(self, printer):
                return False
        chosen = printer
        self._printer = chosen  # kept alive until the job is over
        self._run(lambda: print_on(prepared, chosen), self._printed, self.tr("Printing…"))
        return True

    def _printed(self, _result: object) -> None:
        self._printer = None
        self._set_ready(True)
        self.status.setText(self.tr("Sent to the printer."))
        self.printed.emit()

    # -- closing ----------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing waits for a read in flight (the window may be about to close the store)."""
        self._job_over()
        self.browser.clear()
        self.prepared = None
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._job_over()
        super().closeEvent(event)


def open_briefing(
    parent: QWidget | None,
    services: Services,
    *,
    contact_ids: Sequence[int] | None = None,
    interaction_id: int | None = None,
) -> BriefingDialog:
    """Show a briefing window (not modal; deleted when closed) and return it, for the caller to
    connect ``contact_requested`` and to close it before the store is locked."""
    dialog = BriefingDialog(
        services, contact_ids=contact_ids, interaction_id=interaction_id, parent=parent
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
