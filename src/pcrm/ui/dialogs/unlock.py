"""Getting at the store: the first-run dialog that creates it, and the passphrase dialog.

Both do their slow part (Argon2 key derivation, building the database, demo data) in a
:class:`~pcrm.ui.worker.Job`, so the window keeps painting.  A wrong passphrase is shown in
place for another try; every other error closes the dialog and is raised from ``ask()``, for the
caller to show the recovery dialog (or, for a bug, the crash dialog).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable

from keyring.backend import KeyringBackend

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors
from pcrm.clock import Clock
from pcrm.paths import StorePaths
from pcrm.services import session
from pcrm.services.session import Services
from pcrm.ui.dialogs.parts import (
    error_label,
    fit_height,
    heading,
    paragraph,
    path_label,
    show_error,
)
from pcrm.ui.worker import Job

MIN_PASSPHRASE = 8
DEMO_CONTACTS = 500
DEMO_INTERACTIONS = 5_000


def demo_available() -> bool:
    """The demo generator ships separately from the core services; offer it only when present."""
    return importlib.util.find_spec("pcrm.services.demo") is not None


def keyring_name(backend: KeyringBackend) -> str:
    return str(getattr(backend, "name", "") or type(backend).__name__)


class _JobDialog(QDialog):
    """A dialog that runs one job at a time, shows it as busy, and cannot be closed meanwhile."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.services: Services | None = None
        self.error: BaseException | None = None
        self._job: Job | None = None
        self._inputs: list[QWidget] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(10)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button: QPushButton = self.buttons.button(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel(self)
        self.status.hide()
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.setMinimumWidth(480)

    def showEvent(self, event: QShowEvent) -> None:
        fit_height(self)
        super().showEvent(event)

    def _finish_layout(self) -> None:
        self.layout_.addWidget(self.status)
        self.layout_.addWidget(self.progress)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.buttons)

    def busy(self) -> bool:
        return self._job is not None

    def _start(self, work: Callable[[Job], Services], status: str) -> None:
        self._set_busy(status)
        self._job = Job(work, self)
        self._job.succeeded.connect(self._succeeded)
        self._job.failed.connect(self._failed)
        self._job.progressed.connect(self._progressed)
        self._job.start()

    def _set_busy(self, status: str | None) -> None:
        for widget in [*self._inputs, self.ok_button, self.cancel_button]:
            widget.setEnabled(status is None)
        self.status.setText(status or "")
        self.status.setVisible(status is not None)
        self.progress.setRange(0, 0)  # busy until a stage reports its size
        self.progress.setVisible(status is not None)

    def _progressed(self, stage: str, done: int, total: int) -> None:
        self.status.setText(
            self.tr("{stage}: {done} of {total}").format(stage=stage, done=done, total=total)
        )
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _job_over(self) -> None:
        if self._job is not None:
            self._job.wait()
            self._job.deleteLater()
            self._job = None
        self._set_busy(None)

    def _succeeded(self, services: Services) -> None:
        self._job_over()
        self.services = services
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._job_over()
        if not self._shown_in_place(exc):
            self.error = exc
            super().reject()

    def _shown_in_place(self, exc: BaseException) -> bool:
        return False

    def reject(self) -> None:
        if not self.busy():  # the work cannot be abandoned half-way
            super().reject()

    def result_or_raise(self) -> Services | None:
        if self.error is not None:
            raise self.error
        return self.services


class FirstRunDialog(_JobDialog):
    """Create the store: the key in the OS keyring when there is one, else a passphrase."""

    def __init__(
        self,
        paths: StorePaths,
        clock: Clock,
        backend: KeyringBackend | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths, self.clock, self.backend = paths, clock, backend
        self.setWindowTitle(self.tr("Welcome to pcrm"))
        self.ok_button.setText(self.tr("Create store"))
        layout = self.layout_
        layout.addWidget(heading(self.tr("Create your pcrm store"), self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "pcrm keeps your contacts, their history and your reminders in one encrypted "
                    "database, in this folder:"
                ),
                self,
            )
        )
        layout.addWidget(path_label(paths.root, self))

        self.use_passphrase = QCheckBox(self.tr("Use a passphrase instead"), self)
        if backend is not None:
            layout.addWidget(
                paragraph(
                    self.tr(
                        "Its key will be kept in your system keyring ({name}), so you will not "
                        "need to type a passphrase."
                    ).format(name=keyring_name(backend)),
                    self,
                )
            )
            layout.addWidget(self.use_passphrase)
            self._inputs.append(self.use_passphrase)
        else:
            self.use_passphrase.setChecked(True)
            self.use_passphrase.hide()
            layout.addWidget(
                paragraph(
                    self.tr(
                        "No system keyring was found, so a passphrase protects the store. Choose "
                        "one of at least {n} characters; it cannot be recovered if you forget it."
                    ).format(n=MIN_PASSPHRASE),
                    self,
                )
            )

        self.passphrase_box = QWidget(self)
        form = QFormLayout(self.passphrase_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.passphrase = QLineEdit(self.passphrase_box)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self.passphrase_box)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        layout.addWidget(self.passphrase_box)
        self.passphrase_box.setVisible(self.use_passphrase.isChecked())
        self.use_passphrase.toggled.connect(self._passphrase_toggled)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        for field in (self.passphrase, self.repeat):
            field.textEdited.connect(lambda _text: show_error(self.error_label, ""))

        self.demo = QCheckBox(
            self.tr(
                "Fill with demo data ({contacts} made-up contacts, {interactions} "
                "interactions) to try pcrm out"
            ).format(contacts=DEMO_CONTACTS, interactions=f"{DEMO_INTERACTIONS:,}"),
            self,
        )
        self._demo_offered = demo_available()
        self.demo.setVisible(self._demo_offered)
        layout.addWidget(self.demo)
        self._inputs += [self.passphrase, self.repeat, self.demo]
        self._finish_layout()
        self.buttons.accepted.connect(self.submit)
        if self.use_passphrase.isChecked():
            self.passphrase.setFocus()

    def _progressed(self, stage: str, done: int, total: int) -> None:
        stages = {
            "plan": self.tr("Planning the demo data"),
            "contacts": self.tr("Writing contacts"),
            "interactions": self.tr("Writing the timeline"),
            "tasks": self.tr("Writing reminders"),
            "optimize": self.tr("Tidying the search index"),
        }
        super()._progressed(stages.get(stage, stage), done, total)

    def _passphrase_toggled(self, checked: bool) -> None:
        self.passphrase_box.setVisible(checked)
        show_error(self.error_label, "")
        fit_height(self)
        if checked:
            self.passphrase.setFocus()

    def submit(self) -> None:
        secret: str | None = None
        if self.use_passphrase.isChecked():
            secret = self.passphrase.text()
            if len(secret) < MIN_PASSPHRASE:
                show_error(
                    self.error_label,
                    self.tr("Use at least {n} characters.").format(n=MIN_PASSPHRASE),
                )
                self.passphrase.setFocus()
                return
            if self.repeat.text() != secret:
                show_error(
                    self.error_label, self.tr("The two passphrases differ. Type them again.")
                )
                self.repeat.clear()
                self.repeat.setFocus()
                return
        show_error(self.error_label, "")
        with_demo = self._demo_offered and self.demo.isChecked()
        paths, clock, backend = self.paths, self.clock, self.backend

        def work(job: Job) -> Services:
            services = session.initialise(
                paths,
                clock,
                lambda _confirm: secret,
                backend=backend if secret is None else None,
                use_system_keyring=False,
            )
            if with_demo:
                from pcrm.services.demo import generate

                try:
                    generate(
                        services,
                        contacts=DEMO_CONTACTS,
                        interactions=DEMO_INTERACTIONS,
                        progress=job.report,
                    )
                except BaseException:
                    services.lock()
                    raise
            return services

        self._start(work, self.tr("Creating the encrypted store…"))

    @classmethod
    def ask(
        cls,
        paths: StorePaths,
        clock: Clock,
        backend: KeyringBackend | None,
        parent: QWidget | None = None,
    ) -> Services | None:
        """The new store's services; None when the owner cancelled.  Raises what failed."""
        dialog = cls(paths, clock, backend, parent)
        dialog.exec()
        return dialog.result_or_raise()


class UnlockDialog(_JobDialog):
    """Unlock an existing store: with its passphrase, or (after Lock) from the keyring."""

    def __init__(
        self,
        paths: StorePaths,
        clock: Clock,
        backend: KeyringBackend | None,
        *,
        uses_passphrase: bool,
        wrong_passphrase: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths, self.clock, self.backend = paths, clock, backend
        self.uses_passphrase = uses_passphrase
        self.setWindowTitle(self.tr("Unlock pcrm"))
        self.ok_button.setText(self.tr("Unlock"))
        self.cancel_button.setText(self.tr("Quit"))
        self.layout_.addWidget(heading(self.tr("pcrm is locked"), self))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = error_label(self)
        if uses_passphrase:
            self.layout_.addWidget(paragraph(self.tr("Type the passphrase of the store in:"), self))
            self.layout_.addWidget(path_label(paths.root, self))
            form = QFormLayout()
            form.addRow(self.tr("Passphrase:"), self.passphrase)
            self.layout_.addLayout(form)
            self.passphrase.textEdited.connect(lambda _text: show_error(self.error_label, ""))
            self._inputs.append(self.passphrase)
            self.passphrase.setFocus()
        else:
            self.passphrase.hide()
            where = keyring_name(backend) if backend is not None else self.tr("the system keyring")
            self.layout_.addWidget(
                paragraph(
                    self.tr("Its key is in your system keyring ({name}).").format(name=where), self
                )
            )
            self.layout_.addWidget(path_label(paths.root, self))
        self.layout_.addWidget(self.error_label)
        if wrong_passphrase:
            self._show_wrong()
        self._finish_layout()
        self.buttons.accepted.connect(self.submit)

    def _show_wrong(self) -> None:
        show_error(self.error_label, self.tr("Wrong passphrase. Try again."))
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def submit(self) -> None:
        secret: str | None = self.passphrase.text() if self.uses_passphrase else None
        if self.uses_passphrase and not secret:
            show_error(self.error_label, self.tr("Type the passphrase first."))
            return
        paths, clock, backend = self.paths, self.clock, self.backend

        def work(_job: Job) -> Services:
            return session.unlock(
                paths, clock, lambda _confirm: secret, backend=backend, use_system_keyring=False
            )

        self._start(work, self.tr("Unlocking…"))

    def _shown_in_place(self, exc: BaseException) -> bool:
        if isinstance(exc, errors.WrongPassphrase):
            self._show_wrong()
            return True
        return False

    def _succeeded(self, services: Services) -> None:
        self.passphrase.clear()
        super()._succeeded(services)

    @classmethod
    def ask(
        cls,
        paths: StorePaths,
        clock: Clock,
        backend: KeyringBackend | None,
        *,
        uses_passphrase: bool,
        wrong_passphrase: bool = False,
        parent: QWidget | None = None,
    ) -> Services | None:
        """The unlocked services; None when the owner chose Quit.  Raises what failed."""
        dialog = cls(
            paths,
            clock,
            backend,
            uses_passphrase=uses_passphrase,
            wrong_passphrase=wrong_passphrase,
            parent=parent,
        )
        dialog.exec()
        return dialog.result_or_raise()
