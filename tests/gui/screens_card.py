"""Screenshots of the card editor over demo data: a full card, and a refused save.

``render`` is called by ``make_screenshots.py`` with a store full of demo data and a fixed clock.
"""

from __future__ import annotations

from pathlib import Path

from screenshot_io import save_shown as _save

from pcrm.clock import FixedClock
from pcrm.domain.kinds import FieldKind
from pcrm.services.session import Services
from pcrm.ui.edits import Edits
from pcrm.ui.widgets.card_editor import CardEditor
from pcrm.ui.widgets.card_rows import ChannelRow

SIZE = (760, 1500)


def _richest(services: Services) -> int:
    """The demo contact with the most filled-in card."""

    def weight(contact_id: int) -> int:
        card = services.contacts.get(contact_id)
        return (
            len(card.fields) + 2 * len(card.addresses) + 2 * len(card.dates)
            + 2 * len(card.affiliations) + 2 * len(card.relations) + len(card.custom)
            + 3 * bool(card.met_on or card.introduced_by_id) + 2 * bool(card.notes)
        )  # fmt: skip

    return max(services.contacts.ordered_ids()[:200], key=weight)


def render(out_dir: Path, services: Services, clock: FixedClock) -> None:
    edits = Edits(lambda: services)
    editor = CardEditor(edits, lambda: services, clock)
    editor.resize(*SIZE)
    editor.edit(_richest(services))
    _save(editor, out_dir / "card-editor.png")

    editor.name.parts["given"].setText(editor.name.parts["given"].text() + "a")
    phone = editor.channels[FieldKind.PHONE].add_row()
    assert isinstance(phone, ChannelRow)
    phone.value.setText("12 34")
    email = editor.channels[FieldKind.EMAIL].add_row()
    assert isinstance(email, ChannelRow)
    email.value.setText("olena at example")
    editor.keeping.zone.setText("Europe/Kiev2")
    editor.save()
    editor.scroll.verticalScrollBar().setValue(0)
    _save(editor, out_dir / "card-editor-invalid.png")
    editor.close()
