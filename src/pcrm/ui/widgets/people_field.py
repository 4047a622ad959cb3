"""The "who" of an interaction: several contacts typed as a comma list, with completion.

Each comma-separated name is resolved the way the command line resolves ``--with`` (a name, an
e-mail, a phone, ``#12``), unless it was picked from the completion list or prefilled, in which
case the contact's id is already known (two people may share a name).  The line under the field
says what each name was understood as, or which names match no one or several, as the owner
types.  Completion asks the quick search index (one indexed query per keystroke, see
``services.search``), never the whole contact list.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from pcrm import errors
from pcrm.services.search import MIN_CHARS
from pcrm.services.session import Services
from pcrm.ui.dialogs.parts import error_label, show_error

COMPLETIONS = 8
RESOLVE_DELAY_MS = 250
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


def split_names(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class PeopleField(QWidget):
    """A line edit for names plus the line that says whom they name."""

    edited = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._picked: dict[str, int] = {}  # casefolded name -> id, for names known by id
        self._resolved: dict[str, int | errors.PcrmError] = {}  # cache of typed names
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("Names, e-mails or phones, separated by commas"))
        self.line.setAccessibleName(self.tr("Who"))
        self.setFocusProxy(self.line)
        self.understood = QLabel(self)
        self.understood.setTextFormat(Qt.TextFormat.PlainText)
        self.understood.setWordWrap(True)
        self.understood.setStyleSheet("color: palette(placeholder-text);")
        self.error = error_label(self)
        layout.addWidget(self.line)
        layout.addWidget(self.understood)
        layout.addWidget(self.error)

        self._choices = QStandardItemModel(self)
        self.completer = QCompleter(self._choices, self)
        self.completer.setWidget(self.line)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated[QModelIndex].connect(self._complete)  # type: ignore[index]
        self._timer = QTimer(self, singleShot=True, interval=RESOLVE_DELAY_MS)
        self._timer.timeout.connect(self.check)
        self.line.textEdited.connect(self._typed)
        self.line.textChanged.connect(lambda _text: self.edited.emit())

    # -- what the owner typed ---------------------------------------------------------------------

    def text(self) -> str:
        return self.line.text()

    def picked(self) -> dict[str, int]:
        """Names whose contact is known by id (for a draft to keep them)."""
        return dict(self._picked)

    def set_people(self, text: str, picked: dict[str, int] | None = None) -> None:
        self._picked = {name.casefold(): cid for name, cid in (picked or {}).items()}
        self.line.setText(text)
        self.check()

    def set_contacts(self, contacts: Iterable[tuple[int, str]]) -> None:
        """Prefill with contacts known by id, leaving the cursor after them for more."""
        people = list(contacts)
        self.set_people(
            "".join(f"{name}, " for _, name in people), {name: cid for cid, name in people}
        )

    # -- resolving --------------------------------------------------------------------------------

    def contact_ids(self) -> list[int]:
        """The contacts named, in order, once each; raises the first problem (BadInput,
        NotFound or Ambiguous) after showing every problem under the field."""
        self._timer.stop()
        ids, problem = self._resolve()
        if problem is not None:
            raise problem
        if not ids:
            show_error(self.error, self.tr("Name at least one person."))
            raise errors.BadInput(where="who", reason="name at least one person")
        return ids

    def check(self) -> None:
        """Resolve what is typed now and say so under the field."""
        self._timer.stop()
        self._resolve()

    def _resolve(self) -> tuple[list[int], errors.PcrmError | None]:
        ids: list[int] = []
        names: list[str] = []
        problems: list[errors.PcrmError] = []
        for name in split_names(self.line.text()):
            found = self._lookup(name)
            if isinstance(found, errors.PcrmError):
                problems.append(found)
            elif found not in ids:
                ids.append(found)
                names.append(name)
        if ids:
            rows = self.services.contacts.rows(ids)
            shown = zip(ids, names, strict=True)
            names = [rows[i].display_name if i in rows else n for i, n in shown]
        # Said only when it tells something: an e-mail, a phone or part of a name was typed.
        said = bool(names) and names != split_names(self.line.text())
        self.understood.setText("→ " + ", ".join(names) if said else "")
        self.understood.setVisible(said)
        show_error(self.error, "\n".join(self._problem_text(p) for p in problems))
        return ids, problems[0] if problems else None

    def _lookup(self, name: str) -> int | errors.PcrmError:
        key = name.casefold()
        if key in self._picked:
            return self._picked[key]
        if key not in self._resolved:
            try:
                self._resolved[key] = self.services.contacts.resolve(name)
            except (errors.NotFound, errors.Ambiguous, errors.BadInput) as exc:
                self._resolved[key] = exc
        return self._resolved[key]

    def _problem_text(self, problem: errors.PcrmError) -> str:
        query = str(problem.params.get("query", ""))
        if isinstance(problem, errors.Ambiguous):
            return self.tr("“{name}” matches {count} people: pick one from the list.").format(
                name=query, count=problem.params.get("count")
            )
        if isinstance(problem, errors.NotFound):
            return self.tr("No contact is called “{name}”.").format(name=query)
        return problem.message

    def forget_lookups(self) -> None:
        """Contacts changed (added, renamed): resolve typed names afresh."""
        self._resolved.clear()

    # -- completion -------------------------------------------------------------------------------

    def _segment(self) -> tuple[int, int]:
        """Where the name under the cursor starts and ends in the text."""
        text, cursor = self.line.text(), self.line.cursorPosition()
        start = text.rfind(",", 0, cursor) + 1
        end = text.find(",", cursor)
        return start, len(text) if end < 0 else end

    def _typed(self, _text: str) -> None:
        self._timer.start()
        start, end = self._segment()
        typed = self.line.text()[start:end].strip()
        if len(typed) < MIN_CHARS:
            self.completer.popup().hide()
            return
        ids = self.services.search.contact_ids(typed, limit=COMPLETIONS)
        rows = self.services.contacts.rows(ids)
        self._choices.clear()
        for cid in ids:
            if cid not in rows:
                continue
            row = rows[cid]
            extra = row.organisation or row.email or row.phone
            item = QStandardItem(f"{row.display_name} — {extra}" if extra else row.display_name)
            item.setData(cid, ID_ROLE)
            item.setData(row.display_name, NAME_ROLE)
            self._choices.appendRow(item)
        if self._choices.rowCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _complete(self, index: QModelIndex) -> None:
        name = str(index.data(NAME_ROLE))
        self._picked[name.casefold()] = int(index.data(ID_ROLE))
        start, end = self._segment()
        text = self.line.text()
        before = text[:start].rstrip()
        head = f"{before} " if before else ""
        after = text[end:].lstrip(",").strip()
        self.line.setText(f"{head}{name}, {after}".rstrip() + (" " if not after else ""))
        self.line.setCursorPosition(len(head) + len(name) + 2)
        self.check()
