"""The card editor: every part of one contact's card, edited in the card pane.

``edit(id)`` or ``new()`` fills it; Save (Ctrl+S) checks every field in place — a red frame and
a message beside each bad one, the first focused — and records the card, its relationships and
its photo as one undoable step (:mod:`card_save`); Cancel (Escape) asks before dropping
unsaved changes.  Either ends with ``closed``, after which the window shows the card again.

The editor is dirty when what it would save differs from what it showed after loading, so
typing a change and taking it back leaves nothing to save.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pcrm import errors
from pcrm.clock import Clock
from pcrm.domain.card import ContactCard, ExtraProperty
from pcrm.domain.kinds import FieldKind
from pcrm.services.session import Services
from pcrm.ui.dialogs.parts import error_label, show_error
from pcrm.ui.edits import Edits
from pcrm.ui.i18n import shared_tr as _t
from pcrm.ui.widgets.card_custom import CustomSection
from pcrm.ui.widgets.card_form import STYLE, ErrorLine, Problem
from pcrm.ui.widgets.card_html import RELATIONS_SHOWN
from pcrm.ui.widgets.card_photo import PhotoBox
from pcrm.ui.widgets.card_rows import AddressRow, ChannelRow, DateRow, EntryRow, RowList
from pcrm.ui.widgets.card_save import CardSave, PhotoChange
from pcrm.ui.widgets.card_sections import KeepingSection, MetSection, NameSection, NotesSection
from pcrm.ui.widgets.card_work import (
    AffiliationRow,
    Relation,
    RelationChoice,
    RelationRow,
    relation_choices,
    relation_of,
)

Answer = QMessageBox.StandardButton
CHANNEL_KINDS = (
    FieldKind.PHONE,
    FieldKind.EMAIL,
    FieldKind.URL,
    FieldKind.MESSENGER,
    FieldKind.SOCIAL,
)


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setStyleSheet("color: #3b5b8c; margin-top: 10px;")
    return label


def focus_chain(layout: QLayout) -> Iterator[QWidget]:
    """The focusable widgets under ``layout`` in layout order (rows added later included)."""
    for i in range(layout.count()):
        item = layout.itemAt(i)
        widget, inner = item.widget(), item.layout()
        if widget is not None and widget.layout() is not None:
            yield from focus_chain(widget.layout())
        elif widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            yield widget
        elif inner is not None:
            yield from focus_chain(inner)


class CardEditor(QWidget):
    saved = Signal(int)
    closed = Signal()
    dirty_changed = Signal(bool)
    related_requested = Signal(int)  # list everyone related to the contact being edited

    def __init__(
        self,
        edits: Edits,
        services: Callable[[], Services | None],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.edits = edits
        self._services = services
        self.clock = clock
        self.contact_id: int | None = None
        self._before: ContactCard | None = None  # as stored: what undo puts back
        self._kept: list[ExtraProperty] = []  # vCard properties without a field of their own
        self._relations_before: frozenset[Relation] = frozenset()
        self._shown: tuple[Any, ...] | None = None  # as first shown: the dirty baseline
        self._dirty = False
        self._loading = False
        self._types: list[tuple[str, str, str]] = []
        self._choices: list[RelationChoice] = []
        self._organisations = QStringListModel(self)
        self.setStyleSheet(STYLE)
        self._build()
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        cancel = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel)
        for shortcut in (save, cancel):
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.setContentsMargins(12, 8, 12, 4)
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.unsaved = QLabel(_t("unsaved changes"), self)
        self.unsaved.setStyleSheet("color: #8a5a00; font-style: italic;")
        self.unsaved.hide()
        self.save_button = QPushButton(_t("Save"), self)
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString())
        self.cancel_button = QPushButton(_t("Cancel"), self)
        self.cancel_button.setToolTip(_t("Esc"))
        header.addWidget(self.title, 1)
        header.addWidget(self.unsaved)
        header.addWidget(self.save_button)
        header.addWidget(self.cancel_button)
        outer.addLayout(header)
        self.banner = error_label(self)
        self.banner.setContentsMargins(12, 0, 12, 0)
        outer.addWidget(self.banner)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.content = QWidget(self.scroll)
        body = QVBoxLayout(self.content)
        body.setContentsMargins(12, 0, 12, 12)
        body.setSpacing(4)
        top = QHBoxLayout()
        self.name = NameSection(self.content)
        self.photo = PhotoBox(self.content)
        top.addWidget(self.name, 1)
        top.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(top)

        whats = {
            FieldKind.PHONE: (_t("Phones"), _t("phone"), _t("Add phone")),
            FieldKind.EMAIL: (_t("E-mails"), _t("e-mail"), _t("Add e-mail")),
            FieldKind.URL: (_t("Web sites"), _t("web site"), _t("Add web site")),
            FieldKind.MESSENGER: (_t("Messengers"), _t("messenger"), _t("Add messenger")),
            FieldKind.SOCIAL: (_t("Social profiles"), _t("profile"), _t("Add profile")),
        }
        self.channels: dict[FieldKind, RowList] = {}
        for kind in CHANNEL_KINDS:
            title, what, add = whats[kind]
            self.channels[kind] = self._list(
                body, title, add, lambda p, k=kind, w=what: ChannelRow(k, w, p)
            )
        self.addresses = self._list(body, _t("Addresses"), _t("Add address"), AddressRow)
        self.dates = self._list(body, _t("Dates"), _t("Add date"), DateRow)
        self.affiliations = self._list(
            body,
            _t("Work"),
            _t("Add organisation"),
            lambda p: AffiliationRow(self._organisations, p),
        )
        self.relations = self._list(
            body,
            _t("Relationships"),
            _t("Add relationship"),
            lambda p: RelationRow(self._choices, self._services, p),
            shown=RELATIONS_SHOWN,
            as_entry=lambda entry: entry[0],
        )
        # A busy contact's thousand colleagues get no rows here (seconds to build); they stay
        # as they are, and the link lists them, as the card does.
        self.more_relations = QLabel(self.content)
        self.more_relations.setWordWrap(True)
        self.more_relations.linkActivated.connect(self._related_link)
        body.addWidget(self.more_relations)
        self.met = MetSection(self._services, self.content)
        self.keeping = KeepingSection(self.content)
        self.custom = CustomSection(self.edits, self.content)
        self.notes = NotesSection(self.content)
        for title, section in (
            (_t("How we met"), self.met),
            (_t("Keeping in touch"), self.keeping),
            (_t("Details"), self.custom),
            (_t("Notes"), self.notes),
        ):
            body.addWidget(_heading(title, self.content))
            body.addWidget(section)
            section.edited.connect(self._edited)
        body.addStretch(1)
        self.scroll.setWidget(self.content)
        outer.addWidget(self.scroll, 1)

        self.name.edited.connect(self._edited)
        self.photo.edited.connect(self._edited)
        self.met.introducer.failed.connect(self._show_error)
        self.custom.defined.connect(self._field_defined)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)

    def _list(
        self,
        body: QVBoxLayout,
        title: str,
        add: str,
        make: Callable[[QWidget], EntryRow],
        **options: Any,
    ) -> RowList:
        rows = RowList(make, add, self.content, **options)
        body.addWidget(_heading(title, self.content))
        body.addWidget(rows)
        rows.edited.connect(self._edited)
        rows.rows_changed.connect(self._retab)
        return rows

    def _retab(self) -> None:
        if self._loading:
            return
        chain = [*focus_chain(self.content.layout()), self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- loading ----------------------------------------------------------------------------------

    def _live(self) -> Services:
        services = self._services()
        if services is None:
            raise errors.PcrmError()  # the window closes the editor when it locks
        return services

    def edit(self, contact_id: int) -> None:
        """Load a stored card (raises NotFound when it is gone)."""
        services = self._live()
        card = services.contacts.get(contact_id)
        thumbnail = None
        if card.has_photo:
            found = services.contacts.photo(contact_id, thumbnail=True)
            thumbnail = found[0] if found else None
        introducer = None
        if card.introduced_by_id is not None:
            row = services.contacts.rows([card.introduced_by_id]).get(card.introduced_by_id)
            introducer = row.display_name if row else None
        self._load(services, contact_id, card, thumbnail, introducer)

    def new(self) -> None:
        """Start an empty card; Save creates the contact."""
        self._load(self._live(), None, ContactCard(), None, None)

    def _load(
        self,
        services: Services,
        contact_id: int | None,
        card: ContactCard,
        thumbnail: bytes | None,
        introducer: str | None,
    ) -> None:
        self._loading = True
        self.contact_id = contact_id
        self._before = card if contact_id is not None else None
        # what an imported vCard carried that the editor has no field for goes back on save
        self._kept = list(card.extras)
        self._types = services.relationships.types()
        self._choices[:] = relation_choices(self._types)
        self._organisations.setStringList([o.name for o in services.organisations.list()])
        self.name.load(card)
        self.photo.load(thumbnail)
        for kind, rows in self.channels.items():
            rows.set_entries([f for f in card.fields if f.kind == kind])
        self.addresses.set_entries(card.addresses)
        self.dates.set_entries(card.dates)
        self.affiliations.set_entries(card.affiliations)
        relations = [(relation_of(r, self._types), r.other_name) for r in card.relations]
        self._relations_before = frozenset(r for r, _ in relations)
        self.relations.set_entries(relations)
        kept = self.relations.kept_count()
        self.more_relations.setVisible(kept > 0)
        self.more_relations.setText(
            _t(
                "%n more relationship(s) are kept as they are: "
                "<a href='pcrm:related'>list everyone related</a> to open and change them.",
                None,
                kept,
            )
        )
        self.custom.set_definitions(services.contacts.custom_fields())
        self.custom.load(card)
        self.met.load(card, introducer)
        self.keeping.load(card)
        self.notes.load(card)
        for line in (self.met.errors, self.keeping.errors, self.custom.errors):
            line.report([])
        show_error(self.banner, "")
        self._loading = False
        self._shown = self._snapshot()
        self._set_dirty(False)
        self._retab()
        self.scroll.verticalScrollBar().setValue(0)
        self.name.parts["given"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _related_link(self, _link: str) -> None:
        if self.contact_id is not None:
            self.related_requested.emit(self.contact_id)

    def _field_defined(self, name: str) -> None:
        """A field was defined from the editor: show it, keeping what was typed elsewhere."""
        card, _relations = self._collect()
        self.custom.set_definitions(self._live().contacts.custom_fields())
        self.custom.load(card)
        self._retab()
        widget = self.custom.widget_for(name)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- state ------------------------------------------------------------------------------------

    def _collect(self) -> tuple[ContactCard, frozenset[Relation]]:
        card = ContactCard()
        self.name.apply(card)
        card.fields = [f for kind in CHANNEL_KINDS for f in self.channels[kind].entries()]
        card.addresses = self.addresses.entries()
        card.dates = self.dates.entries()
        card.affiliations = self.affiliations.entries()
        card.extras = list(self._kept)
        for section in (self.custom, self.met, self.keeping, self.notes):
            section.apply(card)
        return card, frozenset(self.relations.entries())

    def _snapshot(self) -> tuple[Any, ...]:
        card, relations = self._collect()
        return card, relations, self.photo.changed

    def _edited(self) -> None:
        if self._loading:
            return
        self._set_dirty(self._snapshot() != self._shown)

    def _set_dirty(self, dirty: bool) -> None:
        self.unsaved.setVisible(dirty)
        self._show_title()
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _show_title(self) -> None:
        name = self.name.title()
        if self.contact_id is None:
            self.title.setText(name or _t("New contact"))
        else:
            self.title.setText(name or _t("Unnamed"))

    def is_dirty(self) -> bool:
        return self._dirty

    # -- saving -----------------------------------------------------------------------------------

    def _check(self) -> list[Problem]:
        """Every problem, each shown in place (all are checked, not only the first)."""
        checks: list[Callable[[], list[Problem]]] = [self.photo.check]
        checks += [rows.check for rows in self.channels.values()]
        checks += [self.addresses.check, self.dates.check, self.affiliations.check]
        checks += [self.relations.check, self.met.check, self.keeping.check, self.custom.check]
        return [problem for check in checks for problem in check()]

    def _focus(self, widget: QWidget) -> None:
        self.scroll.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        """Check, then save as one undoable step and close; False (and shown why) if refused."""
        if self._services() is None:
            show_error(self.banner, _t("The store is locked."))
            return False
        problems = self._check()
        if problems:
            show_error(self.banner, _t("Some fields need fixing before the card can be saved."))
            self._focus(problems[0].widget)
            return False
        if not self._dirty and self.contact_id is not None:
            return self._close()
        if not self._dirty:
            show_error(self.banner, _t("Type a name, a phone or an e-mail first."))
            self._focus(self.name.parts["given"])
            return False
        try:
            contact_id = self._store()
        except errors.BadInput as exc:
            self._show_refusal(exc)
            return False
        except errors.PcrmError as exc:
            self._show_error(exc)
            return False
        self.contact_id = contact_id
        self._set_dirty(False)
        self.saved.emit(contact_id)
        return self._close()

    def _store(self) -> int:
        card, relations = self._collect()
        photo = None
        if self.photo.changed:
            old = self._live().contacts.stored_photo(self.contact_id) if self.contact_id else None
            photo = PhotoChange(self.photo.pending, old)
        plan = CardSave(card, self._relations_before, relations, photo)
        if self.contact_id is None or self._before is None:
            return plan.create(self.edits)
        plan.update(self.edits, self.contact_id, self._before)
        return self.contact_id

    def _show_error(self, exc: errors.PcrmError) -> None:
        show_error(self.banner, exc.message)

    def _show_refusal(self, exc: errors.BadInput) -> None:
        """The service refused: show it by the field it names, or above the card."""
        where = str(exc.params.get("where", ""))
        target: tuple[ErrorLine, QWidget] | None = None
        first = {
            "e-mail": self.channels[FieldKind.EMAIL].rows(),
            "organisation": self.affiliations.rows(),
            "relationship": self.relations.rows(),
        }.get(where)
        if first:
            target = (first[0].errors, first[0].first_input())
        elif where in ("time zone", "stay in touch"):
            widget = self.keeping.zone if where == "time zone" else self.keeping.cadence
            target = (self.keeping.errors, widget)
        elif where == "how we met":
            target = (self.met.errors, self.met.introducer)
        elif where.startswith("custom field"):
            named = next((n for n in self.custom.inputs if repr(n) in where), None)
            widget = self.custom.widget_for(named) if named else None
            target = (self.custom.errors, widget or self.custom.define_button)
        if target is None:
            self._show_error(exc)
            return
        line, widget = target
        line.report([Problem(widget, exc.message)])
        self._focus(widget)

    # -- closing ----------------------------------------------------------------------------------

    @staticmethod
    def ask_unsaved(parent: QWidget) -> Answer:
        """Save, Discard or Cancel for a dirty card (tests replace this)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _t("Unsaved changes"),
            _t("This card has changes that are not saved."),
            Answer.Save | Answer.Discard | Answer.Cancel,
            parent,
        )
        box.setDefaultButton(Answer.Save)
        return Answer(box.exec())

    def cancel(self) -> bool:
        """Close without saving; a dirty card asks first.  False when it stays open."""
        if self._dirty:
            answer = self.ask_unsaved(self)
            if answer == Answer.Save:
                return self.save()
            if answer != Answer.Discard:
                return False
        self._set_dirty(False)
        return self._close()

    def _close(self) -> bool:
        self.closed.emit()
        return True
