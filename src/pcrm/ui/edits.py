"""Every change the owner makes in the window, done once and undoable (Edit ▸ Undo, Ctrl+Z).

Each method calls the services, then records a command on the window's ``QUndoStack`` that knows
how to take the change back and make it again.  The change is made *before* the command is
pushed, so a refused change (``BadInput``, ``NotFound``…) raises to the caller, which shows it in
place, and nothing is recorded.  Undo and redo run later from the stack; if one of them fails
(the contact was purged meanwhile), the error is reported through ``failed`` and the stack is
cleared rather than left pointing at a state that no longer exists.

Views do not refresh themselves after an edit: they listen to ``changed`` (a ``ChangeSet``),
which is emitted after the first run and after every undo and redo (Anki's OpChanges).

A change to :attr:`Edits.BULK` contacts or more (a bulk delete, archive or group change on a big
selection) goes through ``runner`` — the window passes :func:`pcrm.ui.worker.run_with_progress`,
so the work, its undo and its redo run off the GUI thread while input is held back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from pcrm import errors, log
from pcrm.domain.card import ContactCard
from pcrm.gcpause import release_later
from pcrm.services.changes import ChangeSet
from pcrm.services.session import Services
from pcrm.services.tasks import TASK, TaskDraft
from pcrm.services.timeline import INTERACTION, InteractionDraft
from pcrm.ui.i18n import shared_tr as _tr

Step = Callable[[Services], ChangeSet]
Runner = Callable[[Callable[[], Any], str], Any]  # runs the work, returns its result
T = TypeVar("T")
# What a bulk change computes in one go: its undo text, undo, redo and what it changed.
Planned = tuple[str, Step, Step, ChangeSet]


def _direct(work: Callable[[], Any], _text: str) -> Any:
    return work()


class _Done(QUndoCommand):
    """A change already made; the stack's first ``redo`` (on push) does nothing."""

    def __init__(
        self,
        edits: Edits,
        text: str,
        undo: Step,
        redo: Step,
        size: int,
        *,
        bulky: object = None,
    ) -> None:
        super().__init__(text)
        self._edits = edits
        self._undo = undo
        self._redo = redo
        self._size = size  # how many contacts it touches: a bulk one replays in a worker
        self._bulky = bulky  # what the steps hold that is big: let go of off the GUI thread
        self._pushed = False

    def __del__(self) -> None:
        # The stack deletes a step it no longer keeps (the redo of an undone import, when a new
        # change is made): freeing an import's preview at once held the GUI thread 50-150 ms.
        if self._bulky is not None:
            with contextlib.suppress(Exception):  # at interpreter exit the module may be gone
                release_later(self._bulky)

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._edits._replay(self._redo, self.text(), self._size)

    def undo(self) -> None:
        self._edits._replay(self._undo, self.text(), self._size)


class Edits(QObject):
    changed = Signal(object)  # ChangeSet
    failed = Signal(object)  # PcrmError met while undoing or redoing

    BULK = 500  # contacts: a change to this many runs through ``runner``

    def __init__(
        self,
        services: Callable[[], Services | None],
        parent: QObject | None = None,
        runner: Runner = _direct,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.runner = runner
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(200)

    # -- plumbing ---------------------------------------------------------------------------------

    def _live(self) -> Services:
        services = self._services()
        if services is None:
            raise errors.PcrmError()  # callers disable every edit while locked
        return services

    def _record(
        self,
        text: str,
        undo: Step,
        redo: Step,
        first: ChangeSet,
        size: int = 1,
        *,
        bulky: object = None,
    ) -> ChangeSet:
        self.stack.push(_Done(self, text, undo, redo, size, bulky=bulky))
        self.changed.emit(first)
        return first

    def _call(self, work: Callable[[], T], size: int) -> T:
        if size < self.BULK:
            return work()
        result: T = self.runner(work, _tr("Changing %n contact(s)…", None, size))
        return result

    def _bulk(self, size: int, plan: Callable[[Services], Planned]) -> ChangeSet:
        """Work out and make a change to ``size`` contacts in one go (in the runner when it is
        big), then record it."""
        services = self._live()
        text, undo, redo, changes = self._call(lambda: plan(services), size)
        return self._record(text, undo, redo, changes, size)

    def _replay(self, step: Step, text: str, size: int) -> None:
        services = self._services()
        if services is None:
            return
        try:
            changes = self._call(lambda: step(services), size)
        except errors.PcrmError as exc:
            log.ui.warning("could not undo or redo %r: %s", text, exc.error_id)
            self.failed.emit(exc)
            # The stack cannot be trusted past a step that failed; ``clear`` is not allowed
            # from inside a command, so it waits for the event loop.
            QTimer.singleShot(0, self.stack.clear)
            return
        self.changed.emit(changes)

    def clear(self) -> None:
        """Forget the history (on lock: the next session starts with an empty stack)."""
        self.stack.clear()

    # -- contacts ---------------------------------------------------------------------------------

    def create_contact(self, card: ContactCard) -> int:
        changes = self._live().contacts.create(card)
        contact_id = changes.first("contact")
        self._record(
            _tr("Add contact"),
            lambda s: s.contacts.trash([contact_id]),
            lambda s: s.contacts.restore([contact_id]),
            changes,
        )
        return contact_id

    def save_card(self, contact_id: int, before: ContactCard, after: ContactCard) -> ChangeSet:
        """``before`` is the card as it was loaded into the editor (``contacts.get``)."""
        return self.run(
            _tr("Edit contact"),
            lambda s: s.contacts.update(contact_id, after),
            lambda s: s.contacts.update(contact_id, before),
        )

    def trash_contacts(self, ids: Sequence[int]) -> ChangeSet:
        wanted = list(ids)
        return self._bulk(
            len(wanted),
            lambda s: (
                _tr("Delete %n contact(s)", None, len(wanted)),
                lambda s: s.contacts.restore(wanted),
                lambda s: s.contacts.trash(wanted),
                s.contacts.trash(wanted),
            ),
        )

    def restore_contacts(self, ids: Sequence[int]) -> ChangeSet:
        wanted = list(ids)
        return self._bulk(
            len(wanted),
            lambda s: (
                _tr("Restore %n contact(s)", None, len(wanted)),
                lambda s: s.contacts.trash(wanted),
                lambda s: s.contacts.restore(wanted),
                s.contacts.restore(wanted),
            ),
        )

    def set_archived(self, ids: Sequence[int], archived: bool) -> ChangeSet:
        def text(n: int) -> str:
            if archived:
                return _tr("Archive %n contact(s)", None, n)
            return _tr("Unarchive %n contact(s)", None, n)

        return self._set_flag(ids, "archived", archived, text)

    def set_favourite(self, ids: Sequence[int], favourite: bool) -> ChangeSet:
        def text(n: int) -> str:
            if favourite:
                return _tr("Mark %n contact(s) as favourite", None, n)
            return _tr("Unmark %n favourite(s)", None, n)

        return self._set_flag(ids, "favourite", favourite, text)

    def _set_flag(
        self, ids: Sequence[int], flag: str, value: bool, text: Callable[[int], str]
    ) -> ChangeSet:
        chosen = list(ids)

        def plan(s: Services) -> Planned:
            rows = s.contacts.rows(chosen)
            # Only those whose flag changes are put back: undo must not touch the others.
            wanted = [i for i in chosen if i in rows and getattr(rows[i], flag) != value]
            return (
                text(len(wanted)),
                lambda s: getattr(s.contacts, f"set_{flag}")(wanted, not value),
                lambda s: getattr(s.contacts, f"set_{flag}")(wanted, value),
                getattr(s.contacts, f"set_{flag}")(wanted, value),
            )

        return self._bulk(len(chosen), plan)

    # -- groups -----------------------------------------------------------------------------------

    def add_to_group(self, group_id: int, ids: Iterable[int]) -> ChangeSet:
        chosen = list(ids)

        def plan(s: Services) -> Planned:
            changes = s.groups.add_members(group_id, chosen)
            fresh = sorted(changes.updated.get("contact", set()))  # only these are taken out again
            return (
                _tr("Add %n contact(s) to a group", None, len(fresh)),
                lambda s: s.groups.remove_members(group_id, fresh),
                lambda s: s.groups.add_members(group_id, fresh),
                changes,
            )

        return self._bulk(len(chosen), plan)

    def remove_from_group(self, group_id: int, ids: Iterable[int]) -> ChangeSet:
        chosen = sorted(set(ids))

        def plan(s: Services) -> Planned:
            members = set(s.contacts.ordered_ids(group_id=group_id))
            wanted = [i for i in chosen if i in members]  # undo must not add non-members
            return (
                _tr("Remove %n contact(s) from a group", None, len(wanted)),
                lambda s: s.groups.add_members(group_id, wanted),
                lambda s: s.groups.remove_members(group_id, wanted),
                s.groups.remove_members(group_id, wanted),
            )

        return self._bulk(len(chosen), plan)

    # -- the timeline -----------------------------------------------------------------------------

    def log_interaction(self, draft: InteractionDraft, follow_ups: Sequence[TaskDraft] = ()) -> int:
        """Log ``draft`` and create its ``follow_ups`` linked to it, as one undo step.  If a
        follow-up is refused, what was already made is trashed again and the error raised."""
        services = self._live()
        changes = services.timeline.log(draft)
        interaction_id = changes.first(INTERACTION)
        task_ids: list[int] = []
        try:
            for task in follow_ups:
                made = services.tasks.create(replace(task, interaction_id=interaction_id))
                task_ids.append(made.first(TASK))
        except errors.PcrmError:
            services.tasks.trash(task_ids)
            services.timeline.trash([interaction_id])
            raise
        changes.add("created", TASK, *task_ids)

        def undo(s: Services) -> ChangeSet:
            s.tasks.trash(task_ids)
            return s.timeline.trash([interaction_id]).add("deleted", TASK, *task_ids)

        def redo(s: Services) -> ChangeSet:
            s.tasks.restore(task_ids)
            return s.timeline.restore([interaction_id]).add("updated", TASK, *task_ids)

        self._record(_tr("Log an interaction"), undo, redo, changes)
        return interaction_id

    def update_interaction(self, interaction_id: int, after: InteractionDraft) -> ChangeSet:
        services = self._live()
        before = services.timeline.get(interaction_id).draft()
        return self.run(
            _tr("Edit an interaction"),
            lambda s: s.timeline.update(interaction_id, after),
            lambda s: s.timeline.update(interaction_id, before),
        )

    def trash_interactions(self, ids: Sequence[int]) -> ChangeSet:
        wanted = list(ids)
        return self.run(
            _tr("Delete %n interaction(s)", None, len(wanted)),
            lambda s: s.timeline.trash(wanted),
            lambda s: s.timeline.restore(wanted),
        )

    # -- tasks ------------------------------------------------------------------------------------

    def create_task(self, draft: TaskDraft) -> int:
        changes = self._live().tasks.create(draft)
        task_id = changes.first(TASK)
        self._record(
            _tr("Add a task"),
            lambda s: s.tasks.trash([task_id]),
            lambda s: s.tasks.restore([task_id]),
            changes,
        )
        return task_id

    def update_task(self, task_id: int, before: TaskDraft, after: TaskDraft) -> ChangeSet:
        """``before`` is the task as the dialog loaded it (``tasks.draft``)."""
        return self.run(
            _tr("Edit a task"),
            lambda s: s.tasks.update(task_id, after),
            lambda s: s.tasks.update(task_id, before),
        )

    def run(
        self, text: str, do: Step, undo: Step, size: int = 1, *, bulky: object = None
    ) -> ChangeSet:
        """Any other change with a known inverse (``do`` is also the redo); ``size`` is how
        many contacts it touches (an import's undo of thousands runs in the runner); ``bulky``
        is something big the steps hold (an import's preview), let go of off the GUI thread
        when the stack drops the step."""
        services = self._live()
        changes = self._call(lambda: do(services), size)
        return self._record(text, undo, do, changes, size, bulky=bulky)
