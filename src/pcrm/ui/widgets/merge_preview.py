"""Two cards of one person side by side, a choice where they differ, and the merged card.

:class:`MergePreview` shows a :class:`~pcrm.services.duplicates.MergePlan`: the card that stays
and the card merged into it, read-only, then one row of two radio buttons per single-valued part
the two cards disagree on (the name, the birthday, the job at one organisation, a custom field,
the photo…), set to the default side, and the merged card as it will be.  Choosing a side
updates the merged card at once.  Multi-valued parts (phones, e-mails, addresses, groups,
relationships) need no choice: the merged card holds both cards' entries, without repeats.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pcrm.domain.card import AffiliationEntry
from pcrm.domain.dates import PartialDate
from pcrm.domain.merge import Choice, Met, Part, Side, photo_from
from pcrm.domain.names import PersonName
from pcrm.services.merging import MergePlan
from pcrm.services.session import Services
from pcrm.ui.formatting import partial_date
from pcrm.ui.i18n import english_plural
from pcrm.ui.widgets.card_html import render_card
from pcrm.ui.widgets.card_view import CardView

THUMBNAIL = 40  # px: the photos beside the headings and in the photo choice
CHOICES_HEIGHT = 200  # px: more choices than fit scroll


class MergePreview(QWidget):
    """``chosen_changed`` fires when the owner picks another side for a part."""

    chosen_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.plan: MergePlan | None = None
        self._groups: dict[str, QButtonGroup] = {}
        self._photos_by_id: dict[int, QPixmap | None] = {}
        self._keep_heading = QLabel(self)
        self._other_heading = QLabel(self)
        self._result_heading = QLabel(self.tr("<b>After the merge</b>"), self)
        self.keep_view = CardView(self)
        self.keep_view.setAccessibleName(self.tr("The card that stays"))
        self.other_view = CardView(self)
        self.other_view.setAccessibleName(self.tr("The card merged into it"))
        self.result_view = CardView(self)
        self.result_view.setAccessibleName(self.tr("The merged card"))
        for view in (self.keep_view, self.other_view, self.result_view):
            view.setTabChangesFocus(True)  # Tab goes on to the choices and the buttons

        self.photos = [QLabel(self) for _ in range(3)]  # stays, merged in, after the merge
        split = QSplitter(Qt.Orientation.Horizontal, self)
        for heading, photo, view in zip(
            (self._keep_heading, self._other_heading, self._result_heading),
            self.photos,
            (self.keep_view, self.other_view, self.result_view),
            strict=True,
        ):
            column = QWidget(split)
            top = QHBoxLayout()
            top.addWidget(heading, 1, Qt.AlignmentFlag.AlignBottom)
            top.addWidget(photo)
            layout = QVBoxLayout(column)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addLayout(top)
            layout.addWidget(view, 1)
            split.addWidget(column)
        split.setChildrenCollapsible(False)

        self.choices_heading = QLabel(self)
        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(4, 0, 4, 0)
        self._grid.setHorizontalSpacing(16)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        for column in (1, 2, 3):  # the radios under the two cards, nothing under the result
            self._grid.setColumnStretch(column, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(self._grid_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.choices_area = scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addWidget(self.choices_heading)
        layout.addWidget(scroll)

    # -- showing a plan ---------------------------------------------------------------------------

    def show_plan(self, plan: MergePlan) -> None:
        self.plan = plan
        self._photos_by_id.clear()
        now, zone = self.services.clock.now(), self.services.clock.zone()
        for heading, view, card, text in (
            (self._keep_heading, self.keep_view, plan.keep, self.tr("<b>Stays</b> (#{id})")),
            (self._other_heading, self.other_view, plan.other, self.tr("<b>Merged in</b> (#{id})")),
        ):
            assert card.id is not None
            heading.setText(text.format(id=card.id))
            introducer = plan.names.get(card.introduced_by_id or 0)
            view.show_card(card.id, render_card(card, now=now, zone=zone, introducer=introducer))
        self._show_photo(self.photos[0], plan.keep.id if plan.keep.has_photo else None)
        self._show_photo(self.photos[1], plan.other.id if plan.other.has_photo else None)
        self._fill_choices(plan.choices)
        self._show_result()

    def clear(self, message: str) -> None:
        """Nothing to show (no pairs, or the pair could not be read): ``message`` instead."""
        self.plan = None
        for view in (self.keep_view, self.other_view, self.result_view):
            view.show_message(message)
        self._keep_heading.clear()
        self._other_heading.clear()
        for label in self.photos:
            self._show_photo(label, None)
        self._fill_choices([])
        self.choices_heading.clear()

    def chosen(self) -> dict[str, Side]:
        """The side picked for every choice of the plan shown."""
        return {
            key: Side.KEEP if group.checkedId() == 0 else Side.OTHER
            for key, group in self._groups.items()
        }

    def choose(self, key: str, side: Side) -> None:
        """Pick ``side`` for the choice ``key`` (as a click on its radio button does)."""
        button = self._groups[key].button(0 if side is Side.KEEP else 1)
        button.setChecked(True)

    def radios(self, key: str) -> tuple[QRadioButton, QRadioButton]:
        group = self._groups[key]
        keep, other = group.button(0), group.button(1)
        assert isinstance(keep, QRadioButton) and isinstance(other, QRadioButton)
        return keep, other

    def _fill_choices(self, choices: list[Choice]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for group in self._groups.values():
            group.deleteLater()
        self._groups = {}
        if not choices:
            self.choices_heading.setText(
                self.tr("The cards do not contradict each other: nothing to choose.")
            )
            self.choices_area.setVisible(False)
            return
        self.choices_heading.setText(self.tr("<b>Where they differ</b> — choose what stays:"))
        self.choices_area.setVisible(True)
        for row, choice in enumerate(choices):
            label = QLabel(self._label(choice), self._grid_host)
            self._grid.addWidget(label, row, 0)
            label.show()  # now, not when the event loop gets there: the height counts it
            group = QButtonGroup(self)
            for column, (side, value) in enumerate(
                ((Side.KEEP, choice.keep), (Side.OTHER, choice.other))
            ):
                radio = QRadioButton(self._value(choice, value), self._grid_host)
                radio.setAccessibleName(
                    self.tr("{part}: {value}").format(part=label.text(), value=radio.text())
                )
                thumbnail = self._thumbnail(int(str(value))) if choice.part is Part.PHOTO else None
                if thumbnail is not None:
                    radio.setIcon(QIcon(thumbnail))
                    radio.setIconSize(thumbnail.size())
                radio.setChecked(side is choice.default)
                group.addButton(radio, column)
                self._grid.addWidget(radio, row, column + 1)
                radio.show()
            group.idToggled.connect(self._toggled)
            self._groups[choice.key] = group
        height = self._grid_host.sizeHint().height()
        self.choices_area.setFixedHeight(min(height, CHOICES_HEIGHT))

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._show_result()
            self.chosen_changed.emit()

    def _show_result(self) -> None:
        plan = self.plan
        if plan is None:
            return
        chosen = self.chosen()
        merged = plan.result(chosen)
        side = photo_from(chosen, keep_photo=plan.keep.has_photo, other_photo=plan.other.has_photo)
        self._show_photo(
            self.photos[2],
            None if side is None else plan.keep.id if side is Side.KEEP else plan.other.id,
        )
        introducer = plan.names.get(merged.introduced_by_id or 0)
        now, zone = self.services.clock.now(), self.services.clock.zone()
        assert merged.id is not None
        self.result_view.show_card(
            merged.id, render_card(merged, now=now, zone=zone, introducer=introducer)
        )

    def _thumbnail(self, contact_id: int) -> QPixmap | None:
        if contact_id not in self._photos_by_id:
            found = self.services.contacts.photo(contact_id, thumbnail=True)
            pixmap = QPixmap()
            loaded = found is not None and pixmap.loadFromData(found[0])
            self._photos_by_id[contact_id] = (
                pixmap.scaled(
                    THUMBNAIL,
                    THUMBNAIL,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                if loaded
                else None
            )
        return self._photos_by_id[contact_id]

    def _show_photo(self, label: QLabel, contact_id: int | None) -> None:
        pixmap = self._thumbnail(contact_id) if contact_id is not None else None
        label.setPixmap(pixmap if pixmap is not None else QPixmap())
        label.setVisible(pixmap is not None)

    # -- words ------------------------------------------------------------------------------------

    def _label(self, choice: Choice) -> str:
        labels = {
            Part.NAME: self.tr("Name"),
            Part.DISPLAY_NAME: self.tr("Display name"),
            Part.NICKNAME: self.tr("Nickname"),
            Part.PHONETIC: self.tr("Phonetic name"),
            Part.BIRTHDAY: self.tr("Birthday"),
            Part.AFFILIATION: self.tr("Job at {organisation}").format(organisation=choice.detail),
            Part.CUSTOM: choice.detail,
            Part.CADENCE: self.tr("Stay in touch"),
            Part.TIME_ZONE: self.tr("Time zone"),
            Part.MET: self.tr("How we met"),
            Part.PHOTO: self.tr("Photo"),
        }
        return labels[choice.part]

    def _value(self, choice: Choice, value: object) -> str:
        if isinstance(value, PersonName):
            return value.composed()
        if isinstance(value, PartialDate):
            return partial_date(value)
        if isinstance(value, AffiliationEntry):
            parts = (value.title, value.role, value.department)
            return ", ".join(p for p in parts if p) or self.tr("member")
        if isinstance(value, Met):
            return self._met(value)
        if choice.part is Part.CADENCE and isinstance(value, int):
            return english_plural(self.tr("every %n day(s)", "", value), value)
        if choice.part is Part.PHOTO:
            return self.tr("this card's photo (#{id})").format(id=value)
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, date):
            return value.isoformat()
        return str(value)

    def _met(self, met: Met) -> str:
        assert self.plan is not None
        parts = [partial_date(met.on)] if met.on else []
        parts += [p for p in (met.place, met.channel, met.notes) if p]
        if met.introduced_by_id is not None:
            name = self.plan.names.get(met.introduced_by_id, f"#{met.introduced_by_id}")
            parts.append(self.tr("introduced by {name}").format(name=name))
        return ", ".join(parts)
