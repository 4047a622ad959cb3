"""The card pane: one contact's card and newest interactions, rendered read-only.

Links to phones and e-mail addresses open in the system's handlers (QDesktopServices); a link to
a related contact asks the window to show that contact instead, and "show all related people"
asks it to list them.

Whatever is copied from the card (a selection, a phone number or e-mail address from a link's
context menu, a link's address) goes through :mod:`pcrm.ui.clipboard`: marked secret for
clipboard histories and cleared after a while.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QMenu, QTextBrowser, QWidget

from pcrm.ui import clipboard
from pcrm.ui.widgets.card_html import CONTACT_LINK, RELATED_LINK, SPARKLINE, SPARKLINE_SIZE, STYLE

EXTERNAL_SCHEMES = frozenset({"tel", "mailto", "http", "https"})


class CardView(QTextBrowser):
    contact_requested = Signal(int)
    related_requested = Signal(int)  # list everyone related to this contact

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # every link goes through _follow
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(STYLE)
        self.document().setDocumentMargin(12)
        self.anchorClicked.connect(self._follow)
        self.contact_id: int | None = None
        self._images: dict[str, QImage] = {}

    def show_card(self, contact_id: int, html: str, months: Sequence[int] | None = None) -> None:
        """``months``: the counts of the frequency sparkline (the card's ``SPARKLINE`` image),
        painted here in the view's colours and at its pixel ratio."""
        self.contact_id = contact_id
        self._images = {}
        if months is not None:
            from pcrm.ui.widgets.charts import ChartColours, sparkline_image

            colours = ChartColours.of(self.palette())
            self._images[SPARKLINE] = sparkline_image(
                months, QSize(*SPARKLINE_SIZE), colours.accent, colours.grid,
                max(self.devicePixelRatioF(), 1.0),
            )  # fmt: skip
        self.setHtml(html)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        key = name.toString() if isinstance(name, QUrl) else name
        if kind == QTextDocument.ResourceType.ImageResource and key in self._images:
            return self._images[key]
        return super().loadResource(kind, name)

    def show_message(self, text: str) -> None:
        """An empty state (nothing selected, the store locked, no matches): no contact shown."""
        self.contact_id = None
        self._images = {}
        self.setHtml(f'<p class="muted" align="center"><br><br>{escape(text)}</p>')

    def createMimeDataFromSelection(self) -> QMimeData:
        """A copied (or X11-selected) part of the card: marked, and cleared when its time is up."""
        mime = clipboard.mark_secret(super().createMimeDataFromSelection())
        clipboard.guard().watch(mime.text())
        return mime

    def link_menu(self, anchor: str, pos: QPoint | None = None) -> QMenu:
        """The context menu over a link at ``pos``: copy its number, address or location."""
        menu = self.createStandardContextMenu(QPoint(-1, -1) if pos is None else pos)
        standard = menu.findChild(QAction, "link-copy")
        if standard is not None:  # Qt's own copies the raw link, unmarked
            menu.removeAction(standard)
        first = menu.actions()[0] if menu.actions() else None
        url = QUrl(anchor)
        scheme = url.scheme().lower()
        decoded = QUrl.ComponentFormattingOption.FullyDecoded
        if scheme == "tel":
            value, text = url.path(decoded), self.tr("Copy Phone Number")
        elif scheme == "mailto":
            value, text = url.path(decoded), self.tr("Copy E-mail Address")
        elif scheme in EXTERNAL_SCHEMES:
            value, text = url.toString(), self.tr("Copy Link Address")
        else:
            return menu  # a related contact: nothing worth copying
        copy = QAction(text, menu)
        copy.setObjectName("copy-value")
        copy.triggered.connect(lambda: clipboard.copy_secret(value))
        menu.insertAction(first, copy)
        if first is not None:
            menu.insertSeparator(first)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        anchor = self.anchorAt(event.pos())
        if anchor:
            menu = self.link_menu(anchor, event.pos())
        else:
            menu = self.createStandardContextMenu(event.pos())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def _follow(self, url: QUrl) -> None:
        target = url.toString()
        for prefix, signal in (
            (CONTACT_LINK, self.contact_requested),
            (RELATED_LINK, self.related_requested),
        ):
            if target.startswith(prefix):
                suffix = target[len(prefix) :]
                if suffix.isdigit():
                    signal.emit(int(suffix))
                return
        if url.scheme().lower() in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)
