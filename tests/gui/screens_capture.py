"""Screenshots of quick capture and the edit dialog over the demo data (for make_screenshots.py).

``render`` needs a QApplication and a store filled by ``pcrm.services.demo.generate``; it leaves
no draft behind.
"""

from __future__ import annotations

from pathlib import Path

from screenshot_io import save_shown as _save

from pcrm.clock import FixedClock
from pcrm.services.session import Services
from pcrm.ui.dialogs.draft_chooser import DraftChooser
from pcrm.ui.dialogs.interaction_dialog import InteractionDialog
from pcrm.ui.dialogs.quick_capture import QuickCapture
from pcrm.ui.edits import Edits

NOTES = (
    "Went through the **2027 budget** line by line.\n"
    "- Marketing stays flat; hiring moves to Q2\n"
    "- send the revised sheet to everyone by Friday\n"
    "- book the room for the December review"
)


def _people(services: Services, count: int) -> list[tuple[int, str]]:
    ids = services.contacts.ordered_ids(order="last_contacted")[:count]
    rows = services.contacts.rows(ids)
    return [(i, rows[i].display_name) for i in ids]


def _fill(capture: QuickCapture, services: Services) -> None:
    people = _people(services, 3)
    form = capture.form
    form.people.set_contacts(people[:2])
    form.people.line.setText(form.people.text() + people[2][1])
    form.people.check()
    form.channel.setCurrentIndex(form.channel.findData("in_person"))
    form.when.setText("today 11:00")
    form.duration.setText("1h30")
    form.location.setText("Office, meeting room 3")
    form.subject.setText("Budget 2027")
    form.text.setPlainText(NOTES)
    form.follow_ups.add("send the revised sheet to everyone", "friday 17:00")
    form.follow_ups.add("book the room for the December review")


def render(out_dir: Path, services: Services, clock: FixedClock) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    edits = Edits(lambda: services)

    capture = QuickCapture(edits, services, clock)
    capture.open_for([])
    _fill(capture, services)
    capture.resize(780, capture.sizeHint().height())
    _save(capture, out_dir / "quick-capture.png")

    capture.form.people.line.setText(capture.form.people.text() + ", Nobody Atall")
    capture.form.when.setText("the day after the party")
    capture.save()
    _save(capture, out_dir / "quick-capture-problems.png")
    capture.form.people.line.setText(", ".join(n for _, n in _people(services, 3)))
    capture.form.when.setText("today 11:00")

    capture.save_draft()
    capture.hide()  # as if pcrm had been killed here
    restored = QuickCapture(edits, services, clock)
    restored.offer_drafts()
    restored.resize(780, restored.sizeHint().height())
    _save(restored, out_dir / "quick-capture-draft-restored.png")

    restored.close()  # keeps the draft
    capture.close()
    second = {"form": {"who": _people(services, 4)[3][1], "text": "Asked about the new flat"}}
    services.drafts.save({**second, "saved_at": clock.now().isoformat()})
    chooser = DraftChooser(services.drafts.pending(), clock, services)
    _save(chooser, out_dir / "quick-capture-drafts.png")
    chooser.close()
    for draft_id, _ in services.drafts.pending():
        services.drafts.discard(draft_id)

    entry = next(
        v for v in services.timeline.recent(limit=200) if len(v.participants) >= 2 and v.body
    )
    dialog = InteractionDialog(edits, services, clock, entry.id)
    dialog.resize(780, dialog.sizeHint().height())
    _save(dialog, out_dir / "interaction-dialog.png")
    dialog.close()
