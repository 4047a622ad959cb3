"""The sidebar: where the contact list takes its contacts from.

Everyone, favourites, recently changed, the global timeline, each group (with its colour), each
smart group (a saved search), each organisation, the archive and the trash.  Counting members
takes a few hundred milliseconds at 100,000 contacts, so the entries and their counts are read in
a worker (:class:`pcrm.ui.worker.Job`) and filled in when they arrive; the fixed entries are
there at once, so the window never waits for the sidebar.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from pcrm import errors, log
from pcrm.services import list_sources as lists
from pcrm.services.list_sources import Source
from pcrm.ui.worker import Latest

if TYPE_CHECKING:  # the window's first paint comes before these are imported
    from pcrm.services.organisations import GroupRow, OrganisationRow
    from pcrm.services.session import Services

SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1
# Not contact sources: pages of their own (what is due today, the calendar, the global timeline).
TODAY, CALENDAR, TIMELINE = "today", "calendar", "timeline"
PAGES = (TODAY, CALENDAR, TIMELINE)


@dataclass
class SidebarData:
    counts: dict[str, int]
    groups: list[GroupRow]
    organisations: list[OrganisationRow]


def read_sidebar(services: Services) -> SidebarData:
    return SidebarData(
        services.lists.counts(), services.groups.list(), services.organisations.list()
    )


def _swatch(colour: str | None) -> QIcon:
    pixmap = QPixmap(QSize(12, 12))
    pixmap.fill(QColor(colour) if colour and QColor.isValidColorName(colour) else QColor("#9e9e9e"))
    return QIcon(pixmap)


class Sidebar(QTreeWidget):
    source_selected = Signal(object)  # Source
    page_selected = Signal(str)  # one of PAGES
    new_group_requested = Signal()
    new_smart_group_requested = Signal()
    failed = Signal(object)  # PcrmError

    def __init__(self, services: Callable[[], Services | None], parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._reader = Latest(self._loaded, self._not_loaded, self)
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setIndentation(14)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Sources"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self._fixed: dict[str, QTreeWidgetItem] = {}
        for key, text in (
            (lists.ALL, self.tr("All contacts")),
            (lists.FAVOURITES, self.tr("Favourites")),
            (lists.RECENT, self.tr("Recently changed")),
            (TODAY, self.tr("Today")),
            (CALENDAR, self.tr("Calendar")),
            (TIMELINE, self.tr("Timeline")),
        ):
            self._fixed[key] = self._item(None, text, key)
        self.groups = self._item(None, self.tr("Groups"), None)
        self.smart = self._item(None, self.tr("Smart groups"), None)
        self.organisations = self._item(None, self.tr("Organisations"), None)
        for key, text in ((lists.ARCHIVED, self.tr("Archived")), (lists.TRASH, self.tr("Trash"))):
            self._fixed[key] = self._item(None, text, key)
        for heading in (self.groups, self.smart, self.organisations):
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
        self.groups.setExpanded(True)
        self.smart.setExpanded(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        self.currentItemChanged.connect(self._current_changed)
        self.setCurrentItem(self._fixed[lists.ALL])

    def _item(self, parent: QTreeWidgetItem | None, text: str, data: object) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, ""])
        item.setData(0, SOURCE_ROLE, data)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setForeground(1, self.palette().placeholderText())
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    # -- what the window uses ---------------------------------------------------------------------

    def select(self, key: str) -> None:
        """Choose one of the fixed entries (``lists.ALL``, ``lists.TRASH``, ``TODAY``…)."""
        self.setCurrentItem(self._fixed[key])

    def reload(self) -> None:
        """Read groups, organisations and counts again, in a worker."""
        services = self._services()
        if services is not None:
            self._reader.request(lambda: read_sidebar(services))

    def clear_sources(self) -> None:
        """On lock: forget every name and count shown (waits for a read still running)."""
        self._reader.wait()
        for heading in (self.groups, self.smart, self.organisations):
            heading.takeChildren()
        for item in self._fixed.values():
            item.setText(1, "")
        self.setCurrentItem(self._fixed[lists.ALL])

    def is_loading(self) -> bool:
        return self._reader.busy()

    # -- loading ----------------------------------------------------------------------------------

    def _not_loaded(self, exc: BaseException) -> None:
        if not isinstance(exc, errors.PcrmError):
            raise exc
        log.ui.warning("could not read the sidebar: %s", exc.error_id)
        self.failed.emit(exc)

    def _loaded(self, data: SidebarData) -> None:
        if self._services() is None:  # locked meanwhile
            return
        item = self.currentItem()
        current = item.data(0, SOURCE_ROLE) if item is not None else lists.ALL
        self.blockSignals(True)
        found = False
        try:
            for key, item in self._fixed.items():
                count = data.counts.get(key)
                item.setText(1, f"{count:,}" if count is not None else "")
            for heading in (self.groups, self.smart, self.organisations):
                heading.takeChildren()
            for group in data.groups:
                if group.query:
                    source = Source(lists.SMART, group.id, group.query)
                    item = self._item(self.smart, group.name, source)
                    item.setToolTip(0, self.tr("Saved search: {query}").format(query=group.query))
                else:
                    item = self._item(self.groups, group.name, Source(lists.GROUP, group.id))
                    item.setText(1, f"{group.members:,}")
                item.setIcon(0, _swatch(group.colour))
            for org in data.organisations:
                item = self._item(self.organisations, org.name, Source(lists.ORGANISATION, org.id))
                item.setText(1, f"{org.members:,}")
                if org.department:
                    item.setToolTip(0, f"{org.name} — {org.department}")
            found = self._restore(current)
        finally:
            self.blockSignals(False)
        if not found:  # the chosen group or organisation is gone: show everyone
            self.setCurrentItem(self._fixed[lists.ALL])
            self.source_selected.emit(Source(lists.ALL))

    def _restore(self, wanted: object) -> bool:
        """Keep the chosen entry chosen across a reload (groups are new items then)."""
        for item in self._all_items():
            data = item.data(0, SOURCE_ROLE)
            if data == wanted or (
                isinstance(data, Source)
                and isinstance(wanted, Source)
                and (data.kind, data.id) == (wanted.kind, wanted.id)
            ):
                self.setCurrentItem(item)
                return True
        return False

    def _all_items(self) -> list[QTreeWidgetItem]:
        found = list(self._fixed.values())
        for heading in (self.groups, self.smart, self.organisations):
            found += [heading.child(i) for i in range(heading.childCount())]
        return found

    # -- choosing ---------------------------------------------------------------------------------

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        data = item.data(0, SOURCE_ROLE)
        if data in PAGES:
            self.page_selected.emit(data)
        elif isinstance(data, Source):
            self.source_selected.emit(data)
        elif isinstance(data, str):
            self.source_selected.emit(Source(data))

    def group_ids(self) -> list[tuple[int, str]]:
        """The plain groups (not smart ones), for "Add to group"."""
        return [
            (self.groups.child(i).data(0, SOURCE_ROLE).id, self.groups.child(i).text(0))
            for i in range(self.groups.childCount())
        ]

    def _menu(self, pos: object) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("New group…"), self.new_group_requested.emit)
        menu.addAction(self.tr("New smart group…"), self.new_smart_group_requested.emit)
        menu.exec(self.viewport().mapToGlobal(pos))  # type: ignore[arg-type]
