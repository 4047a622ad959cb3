"""How the GUI writes dates and times: in the owner's zone, year-less dates without a year."""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from pcrm.ui.i18n import shared_tr as _tr

if TYPE_CHECKING:
    from pcrm.domain.dates import PartialDate


def local_date(when: datetime, zone: tzinfo) -> str:
    return when.astimezone(zone).strftime("%Y-%m-%d")


def local_datetime(when: datetime, zone: tzinfo) -> str:
    return when.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def partial_date(value: PartialDate) -> str:
    """``15 April 1990``, or ``15 April`` when the year is unknown."""
    # the form that follows a day number: "15 квітня", not the calendar heading "квітень"
    month = QLocale().monthName(value.month, QLocale.FormatType.LongFormat)
    if value.year is None:
        return QCoreApplication.translate("Dates", "{day} {month}").format(
            day=value.day, month=month
        )
    return QCoreApplication.translate("Dates", "{day} {month} {year}").format(
        day=value.day, month=month, year=value.year
    )


def days_ago(then: date, today: date) -> str:
    days = (today - then).days
    if days == 0:
        return QCoreApplication.translate("Dates", "today")
    if days < 0:
        return _tr("in %n day(s)", None, -days)
    return _tr("%n day(s) ago", None, days)
