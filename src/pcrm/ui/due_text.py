"""How a reminder (``pcrm.services.due.Due``) is written in the GUI: its headline and its time.

The core's titles are English; dates and stay-in-touch reminders are written here again through
``tr`` from their kind and contacts.  A task's title is the owner's own text.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale

from pcrm.domain.dates import PartialDate
from pcrm.services.due import Due
from pcrm.ui.i18n import shared_tr as _tr


def headline(item: Due) -> str:
    name = ", ".join(n for _, n in item.contacts)
    if item.kind == "touch":
        return _tr("Get in touch with {name}").format(name=name)
    if item.kind in ("birthday", "anniversary") and item.detail:
        year = PartialDate.parse(item.detail).year
        what = _tr("birthday") if item.kind == "birthday" else _tr("anniversary")
        if year is None:
            return _tr("{name}: {what}").format(name=name, what=what)
        return _tr("{name}: {what} ({years})").format(
            name=name, what=what, years=item.about_at.year - year
        )
    return item.title


def when(item: Due) -> str:
    """``Tue 24 Nov 09:00``, all-day items without a time, and a task in another zone in both:
    ``Wed 25 Nov 02:00 (09:00 Europe/Kyiv)``."""
    at = item.about_at
    text = QLocale().toString(QDate(at.year, at.month, at.day), "ddd dd MMM")
    if not item.all_day:
        text += at.strftime(" %H:%M")
    if item.zoned_at is not None:
        text += f" ({item.zoned_at:%H:%M} {item.zoned_at.tzinfo})"
    return text


def people(item: Due) -> str:
    return ", ".join(name for _, name in item.contacts)
