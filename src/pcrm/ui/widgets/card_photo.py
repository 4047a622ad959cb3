"""The contact's photo in the editor: choose an image file, or remove the photo.

The file is read, decoded and scaled in a :class:`~pcrm.ui.worker.Job` (a big camera JPEG takes
longer than a frame), then kept in memory until the card is saved; it goes into the encrypted
store only, with its thumbnail, never into a temporary file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMimeDatabase,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pcrm import errors
from pcrm.services.contacts import StoredPhoto
from pcrm.ui.i18n import shared_tr as _t
from pcrm.ui.save_dialog import forgetting_folders
from pcrm.ui.widgets.card_form import ErrorLine, Problem
from pcrm.ui.worker import Job

MAX_SIDE = 1024  # px: larger photos are scaled down before they are stored
THUMBNAIL_SIDE = 96
IMAGE_FILTER = "*.png *.jpg *.jpeg *.gif *.bmp *.webp"


def _encode(image: QImage, fmt: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, 90)
    buffer.close()
    return bytes(data.data())


def prepare_photo(path: Path) -> StoredPhoto:
    """The photo to store from an image file (BadInput when it is not one); any thread."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise errors.BadInput(where=str(path), reason=exc.strerror or "cannot be read") from None
    image = QImage.fromData(data)
    if image.isNull():
        raise errors.BadInput(where=str(path), reason="not an image pcrm can read")
    mime = QMimeDatabase().mimeTypeForData(data).name()
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(
            MAX_SIDE,
            MAX_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        fmt, mime = ("PNG", "image/png") if image.hasAlphaChannel() else ("JPEG", "image/jpeg")
        data = _encode(image, fmt)
    thumbnail = image.scaled(
        THUMBNAIL_SIDE,
        THUMBNAIL_SIDE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return StoredPhoto(data, mime, _encode(thumbnail, "PNG"), (image.width(), image.height()))


class PhotoBox(QWidget):
    """Shows the photo; ``change`` is what a save must do: None, a new photo, or removal."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changed = False  # a save sets ``pending`` (None: remove the photo)
        self.pending: StoredPhoto | None = None
        self._has_photo = False
        self._job: Job | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.picture = QLabel(self)
        self.picture.setFixedSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("border: 1px solid #c8c8c8; color: #6b6b6b;")
        self.picture.setAccessibleName(_t("Photo"))
        buttons = QVBoxLayout()
        self.choose_button = QPushButton(_t("Choose &photo…"), self)
        self.remove_button = QPushButton(_t("Remove photo"), self)
        for button in (self.choose_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.errors = ErrorLine(self)
        buttons.addWidget(self.errors.label)
        buttons.addStretch(1)
        layout.addWidget(self.picture)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)

    @staticmethod
    def ask_file(parent: QWidget) -> Path | None:
        """The image file the owner chose (tests replace this)."""
        with forgetting_folders():  # nor the platform's dialog: no recent-files list
            name, _ = QFileDialog.getOpenFileName(
                parent,
                _t("Choose a photo"),
                "",
                _t("Images ({patterns})").format(patterns=IMAGE_FILTER),
                options=QFileDialog.Option.DontUseNativeDialog,
            )
        return Path(name) if name else None

    def load(self, thumbnail: bytes | None) -> None:
        self.changed, self.pending = False, None
        self.errors.report([])
        self._show(thumbnail)

    def _show(self, thumbnail: bytes | None) -> None:
        self._has_photo = thumbnail is not None
        pixmap = QPixmap()
        if thumbnail is not None and pixmap.loadFromData(thumbnail):
            self.picture.setPixmap(
                pixmap.scaled(
                    THUMBNAIL_SIDE,
                    THUMBNAIL_SIDE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.picture.setPixmap(QPixmap())
            self.picture.setText(_t("no photo"))
        self.remove_button.setEnabled(self._has_photo)

    def choose(self) -> None:
        path = self.ask_file(self)
        if path is not None:
            self.use_file(path)

    def use_file(self, path: Path) -> None:
        """Read ``path`` in a worker; the photo shows (and is pending) when it is done."""
        self.choose_button.setEnabled(False)
        self._job = Job(lambda _job: prepare_photo(path), self)
        self._job.succeeded.connect(self._prepared)
        self._job.failed.connect(self._failed)
        self._job.start()

    def busy(self) -> bool:
        return self._job is not None

    def _job_over(self) -> None:
        if self._job is not None:
            self._job.wait()
            self._job.deleteLater()
            self._job = None
        self.choose_button.setEnabled(True)

    def _prepared(self, photo: StoredPhoto) -> None:
        self._job_over()
        self.changed, self.pending = True, photo
        self.errors.report([])
        self._show(photo.thumbnail)
        self.edited.emit()

    def _failed(self, exc: BaseException) -> None:
        self._job_over()
        if not isinstance(exc, errors.BadInput):
            raise exc
        self.errors.report([Problem(self.choose_button, exc.message)])

    def remove(self) -> None:
        self.changed, self.pending = True, None
        self._show(None)
        self.edited.emit()
        self.choose_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def check(self) -> list[Problem]:
        if not self.busy():
            return []
        return self.errors.report(
            [Problem(self.choose_button, _t("the photo is still being read; a moment"))]
        )
