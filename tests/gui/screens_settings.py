"""Screenshots of the settings dialog (hooked into make_screenshots.py by the lead).

Nothing is saved to the demo store: the values are put into the editors only, so the other
screens keep their defaults.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from pcrm.clock import FixedClock
from pcrm.services.session import Services
from pcrm.ui.dialogs.settings_dialog import SettingsDialog
from pcrm.ui.edits import Edits


def _grab(dialog: SettingsDialog, path: Path) -> None:
    for _ in range(5):
        QApplication.processEvents()
    if not dialog.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def render(out_dir: Path, services: Services, clock: FixedClock) -> None:
    """``settings.png``, and ``settings-refused.png`` with a zone refused in place."""
    out_dir.mkdir(parents=True, exist_ok=True)
    edits = Edits(lambda: services)
    dialog = SettingsDialog(services, edits)
    editors = dialog.editors
    editors["contacts.default_cadence_days"].widget.setValue(90)
    editors["lock.idle_minutes"].widget.setValue(15)
    editors["time.zone"].widget.setEditText(getattr(clock.zone(), "key", "UTC"))
    dialog.show()
    _grab(dialog, out_dir / "settings.png")
    editors["time.zone"].widget.setEditText("Europe/Kiev City")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # refused: stays open
    _grab(dialog, out_dir / "settings-refused.png")
    dialog.reject()
    assert not services.preferences.stored(), "the screenshots saved a preference"
