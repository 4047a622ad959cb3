"""How one calendar item looks in every calendar view: its colour, its line of text, its
tooltip, and the days and weeks the views lay out (first day of the week per locale or the
owner's preference).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QFont

from pcrm.services.calendar import DISMISSED, DONE, MEETING, SNOOZED, CalendarItem
from pcrm.ui.i18n import shared_tr as _tr

COLOURS = {
    MEETING: "#2f6fc9",
    "task": "#2e8b57",
    "reminder": "#d2691e",
    "birthday": "#c2418f",
    "anniversary": "#8a56c2",
    "other": "#6b7280",
}
_FIRST_DAYS = {"monday": 1, "saturday": 6, "sunday": 7}


def colour(item: CalendarItem) -> QColor:
    found = QColor(COLOURS.get(item.kind, COLOURS["other"]))
    if item.state in (DONE, DISMISSED):
        found.setAlpha(110)
    return found


def item_font(base: QFont, item: CalendarItem) -> QFont:
    font = QFont(base)
    font.setStrikeOut(item.state in (DONE, DISMISSED))
    font.setItalic(item.state == SNOOZED)
    return font


def clock_time(item: CalendarItem) -> str:
    """``09:00`` in the locale's short time format; empty for an all-day item."""
    if item.all_day:
        return ""
    return QLocale().toString(item.start.time(), QLocale.FormatType.ShortFormat)


def text(item: CalendarItem) -> str:
    """The item's line: a task's title, a meeting's subject, "Olena's birthday (41)"."""
    if item.kind == "birthday":
        shown = _tr("{name}'s birthday").format(name=item.title)
    elif item.kind in ("anniversary", "other"):
        what = item.label or (_tr("anniversary") if item.kind == "anniversary" else _tr("date"))
        shown = _tr("{name}: {what}").format(name=item.title, what=what)
    else:
        shown = item.title
    if item.age is not None:
        shown += f" ({item.age})"
    if item.wall_there is not None and item.zone_name:
        there = QLocale().toString(item.wall_there.time(), QLocale.FormatType.ShortFormat)
        shown += " " + _tr("({time} in {zone})").format(time=there, zone=zone_city(item.zone_name))
    return shown


def zone_city(name: str) -> str:
    """``America/New_York`` → ``New York``."""
    return name.rsplit("/", 1)[-1].replace("_", " ")


def kind_label(kind: str) -> str:
    return {
        MEETING: _tr("Meeting"),
        "task": _tr("Task"),
        "reminder": _tr("Reminder"),
        "birthday": _tr("Birthday"),
        "anniversary": _tr("Anniversary"),
    }.get(kind, _tr("Date"))


def tooltip(item: CalendarItem) -> str:
    lines = [f"{kind_label(item.kind)}: {text(item)}"]
    if not item.all_day:
        end = ""
        if item.end > item.start:
            end = " – " + QLocale().toString(item.end.time(), QLocale.FormatType.ShortFormat)
        lines.append(clock_time(item) + end)
    if item.kind == MEETING and item.label:
        lines.append(_tr("Where: {place}").format(place=item.label))
    people = [name for _, name in item.contacts]
    if people and item.kind in (MEETING, "task", "reminder"):
        lines.append(_tr("With: {people}").format(people=", ".join(people)))
    state = {
        DONE: _tr("Done"),
        DISMISSED: _tr("Dismissed"),
        SNOOZED: _tr("Snoozed"),
    }.get(item.state)
    if item.overdue:
        state = _tr("Overdue")
    if state:
        lines.append(state)
    return "\n".join(lines)


def first_weekday(setting: object) -> int:
    """1 (Monday) … 7 (Sunday): the owner's preference, else the locale's."""
    if isinstance(setting, str) and setting in _FIRST_DAYS:
        return _FIRST_DAYS[setting]
    return QLocale().firstDayOfWeek().value


def week_start(day: date, first: int) -> date:
    return day - timedelta(days=(day.isoweekday() - first) % 7)
