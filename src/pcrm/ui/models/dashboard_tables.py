"""The dashboard's figures as tables: what each section lists, exports as CSV and prints.

One :class:`Table` per section, built from the statistics service's
:class:`~pcrm.services.insight.Dashboard`, so the rows on screen, in the CSV file and in the
PDF report are the same.  Cells keep their types (dates, instants, counts); :func:`cell_text`
writes them for people (the locale), :func:`table_csv` for spreadsheets (ISO dates, plain
numbers, formula-like text neutralised by :func:`pcrm.domain.csv_write.safe_cell`).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import QLocale

from pcrm.domain.csv_write import safe_cell
from pcrm.services.insight import Bucket, ChannelMix, Dashboard, Fading
from pcrm.ui.i18n import shared_tr as _t
from pcrm.ui.widgets.charts import Point, short_date

Cell = str | int | date | datetime | None

INTERACTIONS, SEASONALITY, TOP, CHANNELS, BY_CONTACT, BY_GROUP = (
    "interactions", "seasonality", "most-talked-to", "channels", "channels-by-contact",
    "channels-by-group",
)  # fmt: skip
FADING, NOT_CONTACTED, NEW, NEW_BY_SOURCE = (
    "losing-touch", "not-contacted", "new-contacts", "new-contacts-by-source",
)  # fmt: skip


@dataclass(frozen=True)
class Table:
    key: str  # names its CSV file: pcrm-<key>-<first day>_<last day>.csv
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    contact_ids: tuple[int | None, ...] = ()  # per row: whose card a row opens
    note: str = ""  # a line under the title (a total, what the scope does not narrow)
    csv_only: tuple[int, ...] = ()  # columns the CSV has but the screen and report leave out
    printed: Table | None = None  # what the report shows instead, when it differs

    def shown_columns(self) -> list[int]:
        return [i for i in range(len(self.headers)) if i not in self.csv_only]


def channel_name(key: str | None) -> str:
    names = {
        "in_person": _t("In person"), "phone": _t("Phone"), "video": _t("Video"),
        "email": _t("E-mail"), "sms": _t("SMS"), "telegram": "Telegram", "signal": "Signal",
        "whatsapp": "WhatsApp", "viber": "Viber", "linkedin": "LinkedIn",
        "facebook": "Facebook", "instagram": "Instagram", "x": "X", "mastodon": "Mastodon",
        "other": _t("Other"),
    }  # fmt: skip
    if not key:
        return _t("No channel")
    return names.get(key, key.replace("_", " "))


def source_name(key: str | None) -> str:
    """How we met (a card's ``met_channel``), in words."""
    names = {
        "in_person": _t("In person"), "event": _t("An event"), "work": _t("Work"),
        "friends": _t("Friends"), "school": _t("School"), "linkedin": "LinkedIn",
        "facebook": "Facebook", "instagram": "Instagram",
    }  # fmt: skip
    if not key:
        return _t("Not recorded")
    return names.get(key, key.replace("_", " "))


def span(days: int) -> str:
    """A number of days as people say it: days, then weeks, then months."""
    if days < 14:
        return _t("%n day(s)", None, days)
    if days < 60:
        return _t("%n week(s)", None, round(days / 7))
    if days < 730:
        return _t("%n month(s)", None, round(days / 30.44))
    return _t("%n year(s)", None, round(days / 365.25))


def fading_reason(row: Fading) -> str:
    if row.reason == "cadence" and row.overdue_days is not None and row.cadence_days:
        return _t("{span} past the {cadence}-day cadence").format(
            span=span(row.overdue_days), cadence=row.cadence_days
        )
    return _t("{before} → %n interaction(s)", None, row.current_count).format(
        before=row.previous_count
    )


def points(buckets: tuple[Bucket, ...], end: date) -> list[Point]:
    """The buckets with their ends: the next one's start, the period's end for the last."""
    ends = [b.start for b in buckets[1:]] + [end]
    return [Point(b.start, e, b.count) for b, e in zip(buckets, ends, strict=True)]


def _mix_table(
    key: str, title: str, first: str, mixes: tuple[ChannelMix, ...], ids: tuple[int, ...] = ()
) -> Table:
    """A channel mix: a column per channel for the CSV; for print, one line of text per row
    ("In person 12 · Phone 8"), as a dozen narrow columns do not fit on a page."""
    channels: list[str | None] = []
    for mix in mixes:
        for found in mix.channels:
            if found.channel not in channels:
                channels.append(found.channel)
    headers = (first, _t("Total"), *(channel_name(c) for c in channels))
    rows: list[tuple[Cell, ...]] = []
    for mix in mixes:
        counts = {c.channel: c.count for c in mix.channels}
        values = [counts.get(c, 0) for c in channels]
        rows.append((mix.name, sum(values), *values))
    printed = Table(
        key, title, (first, _t("Total"), _t("Channels")),
        tuple(
            (m.name, sum(c.count for c in m.channels),
             " · ".join(f"{channel_name(c.channel)} {c.count}" for c in m.channels))
            for m in mixes
        ),
    )  # fmt: skip
    return Table(key, title, headers, tuple(rows), ids, printed=printed)


def series_points(d: Dashboard) -> tuple[list[Point], list[Point], list[Point]]:
    """The interactions, the previous period's and the new contacts per bucket."""
    return (
        points(d.series, d.period.end),
        points(d.previous_series, d.period.start),
        points(d.new_contacts, d.period.end),
    )


def build_tables(d: Dashboard) -> dict[str, Table]:
    """Every section's table."""
    series, previous, new = series_points(d)
    never = _t("never")
    tables: dict[str, Table] = {}
    rows: list[tuple[Cell, ...]] = []
    for i, point in enumerate(series):
        before = previous[i] if i < len(previous) else None
        rows.append((
            point.start, point.end - timedelta(days=1), point.count,
            before.start if before else None, before.end - timedelta(days=1) if before else None,
            before.count if before else None,
        ))  # fmt: skip
    tables[INTERACTIONS] = Table(
        INTERACTIONS, _t("Interactions over time"),
        (_t("From"), _t("To"), _t("Interactions"), _t("Previous from"), _t("Previous to"),
         _t("Previous interactions")),
        tuple(rows),
    )  # fmt: skip
    locale = QLocale()
    weekdays = tuple(
        locale.standaloneDayName(n, QLocale.FormatType.LongFormat) for n in range(1, 8)
    )
    tables[SEASONALITY] = Table(
        SEASONALITY, _t("Seasonality"), (_t("Month"), *weekdays),
        tuple(
            (locale.standaloneMonthName(m + 1, QLocale.FormatType.LongFormat), *counts)
            for m, counts in enumerate(d.heat_map.counts)
        ),
    )  # fmt: skip
    tables[TOP] = Table(
        TOP, _t("Most talked to"), (_t("Contact"), _t("Interactions"), _t("Last interaction")),
        tuple((c.display_name, c.count, c.last_at) for c in d.top_contacts),
        tuple(c.contact_id for c in d.top_contacts),
    )  # fmt: skip
    total = sum(c.count for c in d.channels) or 1
    tables[CHANNELS] = Table(
        CHANNELS, _t("Channels"), (_t("Channel"), _t("Interactions"), _t("Share (%)")),
        tuple((channel_name(c.channel), c.count, round(100 * c.count / total)) for c in d.channels),
    )  # fmt: skip
    tables[BY_CONTACT] = _mix_table(
        BY_CONTACT, _t("Channels per contact"), _t("Contact"), d.channels_by_contact,
        tuple(m.key for m in d.channels_by_contact),
    )  # fmt: skip
    tables[BY_GROUP] = _mix_table(
        BY_GROUP, _t("Channels per group"), _t("Group"), d.channels_by_group
    )
    tables[FADING] = Table(
        FADING, _t("Losing touch"),
        (_t("Contact"), _t("Why"), _t("Last interaction"), _t("Previous period"),
         _t("This period"), _t("Cadence (days)"), _t("Days overdue")),
        tuple(
            (f.display_name, fading_reason(f), f.last_at or never, f.previous_count,
             f.current_count, f.cadence_days, f.overdue_days)
            for f in d.fading
        ),
        tuple(f.contact_id for f in d.fading),
        csv_only=(3, 4, 5, 6),  # the reason says what matters of them
    )  # fmt: skip
    since = d.period.start
    tables[NOT_CONTACTED] = Table(
        NOT_CONTACTED, _t("Not contacted since"), (_t("Contact"), _t("Last interaction")),
        tuple((c.display_name, c.last_at or never) for c in d.not_contacted_since),
        tuple(c.contact_id for c in d.not_contacted_since),
        note=_t("%n contact(s) not contacted since {day}", None, d.not_contacted_total).format(
            day=short_date(since)
        )
        + (_t(" (the first %n shown)", None, len(d.not_contacted_since))
           if d.not_contacted_total > len(d.not_contacted_since) else ""),
    )  # fmt: skip
    tables[NEW] = Table(
        NEW, _t("New contacts"), (_t("From"), _t("To"), _t("New contacts")),
        tuple((p.start, p.end - timedelta(days=1), p.count) for p in new),
    )  # fmt: skip
    tables[NEW_BY_SOURCE] = Table(
        NEW_BY_SOURCE, _t("New contacts by how we met"), (_t("How we met"), _t("Contacts")),
        tuple((source_name(source), count) for source, count in d.new_by_source),
    )  # fmt: skip
    return tables


def cell_text(value: Cell, zone: tzinfo) -> str:
    """A cell for people: numbers and dates in the locale, instants as local days."""
    locale = QLocale()
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, datetime):
        value = value.astimezone(zone).date()
    if isinstance(value, date):
        return short_date(value)
    return value


def csv_cell(value: Cell, zone: tzinfo) -> str:
    """A cell for spreadsheets: ISO dates (instants as local date and time), plain numbers."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone(zone).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return safe_cell(value)


def table_csv(table: Table, zone: tzinfo) -> bytes:
    """The table as CSV: UTF-8, CRLF, a header row; formula-like cells behind a ``'``."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in table.headers])
    for row in table.rows:
        writer.writerow([csv_cell(value, zone) for value in row])
    return out.getvalue().encode("utf-8")


def file_name(key: str, first: date, last: date, suffix: str = "csv") -> str:
    """``pcrm-interactions-2026-01-01_2026-12-31.csv``: the section and the days, no one's name."""
    return f"pcrm-{key}-{first.isoformat()}_{last.isoformat()}.{suffix}"
