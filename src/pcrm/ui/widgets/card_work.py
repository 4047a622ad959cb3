"""Rows for a card's ties to others: affiliations with organisations, and relationships.

A relationship row reads "<label>: <contact>" — "child: Marco" — where the label is a type's name
or its reverse name, as the card shows it; :class:`Relation` turns that back into the stored
"A is <type> of B", whichever way round it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QWidget

from pcrm.domain.card import AffiliationEntry, RelationEntry
from pcrm.services.session import Services
from pcrm.ui.i18n import shared_tr as _t
from pcrm.ui.i18n import stored_text
from pcrm.ui.widgets.card_form import DateInput, Problem
from pcrm.ui.widgets.card_rows import EntryRow
from pcrm.ui.widgets.contact_picker import ContactPicker

Link = tuple[int, str, int]  # (contact, type key, other): "contact is <type name> of other"


@dataclass(frozen=True)
class Relation:
    """One relationship seen from the card: the other contact is ``label`` of this one."""

    type_key: str
    other_is_subject: bool  # stored as "other is <type name> of this contact"
    other_id: int

    def link(self, this_id: int) -> Link:
        if self.other_is_subject:
            return (self.other_id, self.type_key, this_id)
        return (this_id, self.type_key, self.other_id)


@dataclass(frozen=True)
class RelationChoice:
    label: str
    type_key: str
    other_is_subject: bool


def relation_choices(types: list[tuple[str, str, str]]) -> list[RelationChoice]:
    """Each type by its name and, when it is not symmetric, by its reverse name."""
    choices = []
    for key, name, reverse in types:
        if name == reverse:
            choices.append(RelationChoice(name, key, False))
        else:
            choices += [RelationChoice(name, key, True), RelationChoice(reverse, key, False)]
    return choices


def relation_of(entry: RelationEntry, types: list[tuple[str, str, str]]) -> Relation:
    """The card's entry (with the label it read as) as a :class:`Relation`."""
    names = {key: (name, reverse) for key, name, reverse in types}
    name, reverse = names.get(entry.type_key, (entry.label, entry.label))
    return Relation(entry.type_key, entry.label == name and name != reverse, entry.other_id)


class RelationRow(EntryRow):
    def __init__(
        self,
        choices: list[RelationChoice],
        services: Callable[[], Services | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_t("relationship"), parent)
        self.up.hide()  # a card lists relationships by label, so their order is not kept
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(_t("Relationship"))
        for choice in choices:
            self.kind.addItem(stored_text(choice.label), choice)
        self.other = ContactPicker(services, self)
        self.other.setAccessibleName(_t("Related contact"))
        self.body.addWidget(self.kind, 0, 0)
        self.body.addWidget(QLabel(_t("of this contact is"), self), 0, 1)
        self.body.addWidget(self.other, 0, 2)
        self.body.setColumnStretch(2, 1)
        self.watch(self.kind, self.other)

    def set_entry(self, entry: tuple[Relation, str]) -> None:
        relation, name = entry
        for i in range(self.kind.count()):
            choice: RelationChoice = self.kind.itemData(i)
            if (choice.type_key, choice.other_is_subject) == (
                relation.type_key,
                relation.other_is_subject,
            ):
                self.kind.setCurrentIndex(i)
        self.other.set_contact(relation.other_id, name)

    def entry(self) -> Relation | None:
        other = self.other.contact_id()
        choice: RelationChoice | None = self.kind.currentData()
        if other is None or choice is None:
            return None
        return Relation(choice.type_key, choice.other_is_subject, other)

    def problems(self) -> list[Problem]:
        if self.other.is_unresolved():
            return [Problem(self.other, _t("choose the contact from the list as you type"))]
        return []

    def first_input(self) -> QWidget:
        return self.kind


class AffiliationRow(EntryRow):
    def __init__(self, organisations: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(_t("organisation"), parent)
        self._original: AffiliationEntry | None = None
        self.organisation = QLineEdit(self)
        completer = QCompleter(organisations, self.organisation)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(completer)
        self.texts: dict[str, QLineEdit] = {}
        for name, text in (
            ("organisation", _t("Organisation")),
            ("title", _t("Title")),
            ("role", _t("Role")),
            ("department", _t("Department")),
        ):
            edit = self.organisation if name == "organisation" else QLineEdit(self)
            edit.setPlaceholderText(text)
            edit.setAccessibleName(text)
            self.texts[name] = edit
        self.start = DateInput(self, year_required=True)
        self.end = DateInput(self, year_required=True)
        self.primary = self._add_preferred(_t("main job"))
        self.body.addWidget(self.organisation, 0, 0)
        self.body.addWidget(self.texts["department"], 0, 1)
        self.body.addWidget(self.primary, 0, 2)
        self.body.addWidget(self.texts["title"], 1, 0)
        self.body.addWidget(self.texts["role"], 1, 1)
        self.body.addWidget(QLabel(_t("from"), self), 2, 0, Qt.AlignmentFlag.AlignRight)
        self.body.addWidget(self.start, 2, 1, 1, 2)
        self.body.addWidget(QLabel(_t("until"), self), 3, 0, Qt.AlignmentFlag.AlignRight)
        self.body.addWidget(self.end, 3, 1, 1, 2)
        self.watch(self.primary, self.start, self.end, *self.texts.values())

    def set_entry(self, entry: AffiliationEntry) -> None:
        self._original = entry
        for name, edit in self.texts.items():
            edit.setText(getattr(entry, name) or "")
        self.start.set_value(entry.start_date)
        self.end.set_value(entry.end_date)
        self.primary.setChecked(entry.primary)

    def entry(self) -> AffiliationEntry | None:
        texts = {name: edit.text().strip() or None for name, edit in self.texts.items()}
        organisation = texts.pop("organisation")
        if organisation is None:
            return None
        try:
            start, end = self.start.date_value(), self.end.date_value()
        except ValueError:
            return None
        fresh = AffiliationEntry(
            organisation, **texts, start_date=start, end_date=end, primary=self.primary.isChecked()
        )
        before = self._original
        if before and before.organisation.casefold() == organisation.casefold():
            return replace(fresh, organisation_id=before.organisation_id)
        return fresh

    def problems(self) -> list[Problem]:
        found = []
        filled = any(e.text().strip() for e in self.texts.values())
        if filled and not self.organisation.text().strip():
            found.append(Problem(self.organisation, _t("name the organisation")))
        dates = []
        for which in (self.start, self.end):
            try:
                dates.append(which.date_value())
            except ValueError as exc:
                found.append(Problem(which.first_input(), str(exc)))
        if len(dates) == 2 and dates[0] and dates[1] and dates[1] < dates[0]:
            found.append(Problem(self.end.first_input(), _t("it ends before it starts")))
        return found

    def first_input(self) -> QWidget:
        return self.organisation
