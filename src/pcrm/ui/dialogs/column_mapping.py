"""Match the columns: what each column of a CSV file in an unknown layout holds.

One row per column of the file: its header, two example cells, and a combo box of the fields a
column can go into ("Ignore" and "Keep in notes" included), preset to the reader's guess.  Below,
the first contacts of the file as they would be imported, updated as the owner changes a combo;
OK is enabled once a column gives a name, an e-mail or a phone.  :meth:`mapping` is the
:class:`~pcrm.domain.csv_read.CsvMapping` to pass back to ``read_csv``.  Nothing is stored here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcrm.domain import csv_layouts as layouts
from pcrm.domain.csv_read import CsvMapping, preview
from pcrm.domain.csv_rows import is_identity, parse_target
from pcrm.domain.imported import ImportedContact
from pcrm.domain.kinds import FieldKind
from pcrm.ui.dialogs.parts import heading, paragraph
from pcrm.ui.formatting import partial_date
from pcrm.ui.i18n import shared_tr as _t

SAMPLES_SHOWN = 2
PREVIEW_ROWS = 5
_CELL_CHARS = 40

# The fields offered for a column, in groups (None: a separator in the combo box).
OFFERED: tuple[str | None, ...] = (
    layouts.IGNORE, layouts.NOTE, None,
    "display_name", "given", "middle", "family", "prefix", "suffix", "nickname", None,
    "email", "email/home", "email/work", "phone", "phone/mobile", "phone/home", "phone/work",
    "phone/fax", "url", "messenger", None,
    "organisation", "title", "department", None,
    "birthday", "anniversary", "notes", "groups", None,
    *(f"address{label}.{part}" for label in ("", "/home", "/work")
      for part in ("street", "locality", "region", "postal_code", "country")),
)  # fmt: skip


def _words() -> dict[str, str]:
    """The names of fields, kinds, labels and parts a target is described with."""
    return {
        layouts.IGNORE: _t("Ignore"), layouts.NOTE: _t("Keep in notes"),
        "display_name": _t("Full name"), "given": _t("First name"), "middle": _t("Middle name"),
        "family": _t("Last name"), "prefix": _t("Name prefix"), "suffix": _t("Name suffix"),
        "nickname": _t("Nickname"), "phonetic_given": _t("First name (phonetic)"),
        "phonetic_middle": _t("Middle name (phonetic)"),
        "phonetic_family": _t("Last name (phonetic)"), "notes": _t("Notes"),
        "birthday": _t("Birthday"), "anniversary": _t("Anniversary"), "groups": _t("Groups"),
        "labels": _t("Google labels"), "photo": _t("Photo link"),
        "email": _t("E-mail"), "phone": _t("Phone"), "url": _t("Website"),
        "messenger": _t("Messenger"), "relation": _t("Relation"), "event": _t("Date"),
        "custom": _t("Custom field"), "organisation": _t("Organisation"), "address": _t("Address"),
        # labels
        "home": _t("home"), "work": _t("work"), "mobile": _t("mobile"), "fax": _t("fax"),
        "main": _t("main"),
        # parts
        "value": "", "label": _t("label"), "addrtype": _t("address type"),
        "service": _t("service"), "name": "", "title": _t("Job title"),
        "department": _t("Department"), "street": _t("street"), "locality": _t("city"),
        "region": _t("region"), "postal_code": _t("postcode"), "country": _t("country"),
        "po_box": _t("PO box"), "extended": _t("extended address"),
        "formatted": _t("whole address"), "year": _t("year"), "month": _t("month"),
        "day": _t("day"),
    }  # fmt: skip


def describe(target: str, words: dict[str, str] | None = None) -> str:
    """``"phone/mobile"`` → "Phone (mobile)", ``"email#2.label"`` → "E-mail 2: label"."""
    words = words or _words()
    if target in words:
        return words[target]
    parsed = parse_target(target)
    if parsed is None:
        return words[layouts.IGNORE]
    if parsed.kind == "organisation" and parsed.part in ("title", "department"):
        return words[parsed.part]
    text = words.get(parsed.kind, parsed.kind)
    if parsed.label:
        text = (
            _t("%1 (%2)").replace("%1", text).replace("%2", words.get(parsed.label, parsed.label))
        )
    if parsed.slot is not None:
        text = f"{text} {parsed.slot}"
    part = words.get(parsed.part, parsed.part)
    return _t("%1: %2").replace("%1", text).replace("%2", part) if part else text


def _short(text: str) -> str:
    flat = " ↵ ".join(line.strip() for line in text.strip().splitlines())
    return flat if len(flat) <= _CELL_CHARS else flat[: _CELL_CHARS - 1] + "…"


class ColumnMappingDialog(QDialog):
    """Choose the field of each column; :meth:`mapping` is the result."""

    def __init__(
        self,
        headers: list[str],
        sample_rows: list[list[str]],
        guess: CsvMapping,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.samples = [list(row) for row in sample_rows[:PREVIEW_ROWS]]
        self.setWindowTitle(self.tr("Match the columns"))
        self.setMinimumSize(860, 640)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("What does each column hold?"), self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "pcrm does not know the layout of this file. Choose the field each column "
                    "goes into; the preview below shows the first contacts as they will be "
                    "imported. Columns kept in notes are added to each contact's notes."
                ),
                self,
            )
        )
        self.combos: list[QComboBox] = []
        layout.addWidget(self._columns(guess), 3)

        self.dates = QComboBox(self)
        self.dates.addItem(self.tr("month/day/year (03/31/1990)"), layouts.SLASH_MDY)
        self.dates.addItem(self.tr("day/month/year (31/03/1990)"), layouts.SLASH_DMY)
        self.dates.setCurrentIndex(self.dates.findData(guess.slash_dates))
        self.dates.setAccessibleName(self.tr("Order of dates written with slashes"))
        self.dates.currentIndexChanged.connect(self.refresh)
        dates_row = QHBoxLayout()
        dates_label = QLabel(self.tr("&Dates with slashes read as"), self)
        dates_label.setBuddy(self.dates)
        dates_row.addWidget(dates_label)
        dates_row.addWidget(self.dates)
        dates_row.addStretch(1)
        layout.addLayout(dates_row)

        preview_label = QLabel(self.tr("&Preview"), self)
        layout.addWidget(preview_label)
        self.preview = QTableWidget(0, 5, self)
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("E-mail"), self.tr("Phone"), self.tr("Also"),
             self.tr("Remarks")]
        )  # fmt: skip
        self.preview.setAccessibleName(self.tr("Preview of the first contacts"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setTabKeyNavigation(False)
        self.preview.setWordWrap(False)
        self.preview.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        preview_label.setBuddy(self.preview)
        layout.addWidget(self.preview, 2)

        self.hint = QLabel(self.tr("Choose a column with a name, an e-mail or a phone."), self)
        self.hint.setStyleSheet("color: #b00020;")
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Use these columns"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.refresh()
        if self.combos:
            self.combos[0].setFocus()

    @classmethod
    def ask(
        cls,
        headers: list[str],
        sample_rows: list[list[str]],
        guess: CsvMapping,
        parent: QWidget | None = None,
    ) -> CsvMapping | None:
        """The mapping the owner chose, or None when they cancelled (tests replace this)."""
        dialog = cls(headers, sample_rows, guess, parent)
        return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _columns(self, guess: CsvMapping) -> QScrollArea:
        words = _words()
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        bold = QFont(self.font())
        bold.setBold(True)
        titles = [self.tr("Column"), self.tr("Example"), self.tr("Example"), self.tr("Import as")]
        for column, title in enumerate(titles):
            label = QLabel(title, grid_host)
            label.setFont(bold)
            grid.addWidget(label, 0, column)
        for index, header in enumerate(self.headers):
            name = header or self.tr("Column %1").replace("%1", str(index + 1))
            grid.addWidget(QLabel(name, grid_host), index + 1, 0)
            for n in range(SAMPLES_SHOWN):
                sample = self.samples[n] if n < len(self.samples) else []
                cell = sample[index] if index < len(sample) else ""
                example = QLabel(_short(cell), grid_host)
                example.setTextFormat(Qt.TextFormat.PlainText)
                example.setToolTip(cell)
                example.setStyleSheet("color: palette(placeholder-text);")
                grid.addWidget(example, index + 1, 1 + n)
            combo = self._combo(guess.columns[index], words, grid_host)
            combo.setAccessibleName(self.tr("Import column %1 as").replace("%1", name))
            grid.addWidget(combo, index + 1, 1 + SAMPLES_SHOWN)
            self.combos.append(combo)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.headers) + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(grid_host)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Columns of the file"))
        return scroll

    def _combo(self, chosen: str, words: dict[str, str], parent: QWidget) -> QComboBox:
        combo = QComboBox(parent)
        for target in OFFERED:
            if target is None:
                combo.insertSeparator(combo.count())
            else:
                combo.addItem(describe(target, words), target)
        if combo.findData(chosen) < 0:  # a known layout's own target, e.g. "email#1.label"
            combo.addItem(describe(chosen, words), chosen)
        combo.setCurrentIndex(combo.findData(chosen))
        combo.currentIndexChanged.connect(self.refresh)
        return combo

    # -- the result -------------------------------------------------------------------------------

    def mapping(self) -> CsvMapping:
        return CsvMapping(
            columns=tuple(str(combo.currentData()) for combo in self.combos),
            slash_dates=str(self.dates.currentData()),
        )

    def refresh(self) -> None:
        mapping = self.mapping()
        usable = any(is_identity(target) for target in mapping.columns)
        self.ok.setEnabled(usable)
        self.hint.setVisible(not usable)
        self._show(preview(self.headers, self.samples, mapping))

    def _show(self, records: Sequence[ImportedContact]) -> None:
        self.preview.setRowCount(len(records))
        for row, record in enumerate(records):
            card = record.card
            emails = [f.value for f in card.fields if f.kind == FieldKind.EMAIL]
            phones = [f.value for f in card.fields if f.kind == FieldKind.PHONE]
            also = [a.organisation for a in card.affiliations]
            also += [
                f"{describe(d.kind) if d.kind != 'other' else d.label or ''} {partial_date(d.date)}"
                for d in card.dates
            ]
            also += [a.one_line() for a in card.addresses] + card.groups
            if card.notes:
                also.append(self.tr("notes: %1").replace("%1", card.notes))
            remarks = [record.problem] if record.problem else record.notes
            cells = [card.display_name, ", ".join(emails), ", ".join(phones), " · ".join(also),
                     "; ".join(remarks)]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(" ↵ ".join(text.splitlines()))
                item.setToolTip(text)
                self.preview.setItem(row, column, item)
