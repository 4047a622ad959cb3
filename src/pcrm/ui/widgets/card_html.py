"""A contact's card as HTML for :class:`~pcrm.ui.widgets.card_view.CardView`.

Everything that came from the owner's data is escaped; notes are Markdown rendered from escaped
text, so no HTML typed into a note (or imported from a vCard) reaches the view.  Links are
``tel:``, ``mailto:``, ``http(s):`` (web sites, and profiles derived from handles by
:mod:`~pcrm.ui.widgets.card_links`) and ``pcrm:contact/<id>`` for related contacts.

Markdown and the phone-number library are imported when a card is first rendered: the card
view needs this module's style and link prefixes for the window's first paint, before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, tzinfo
from html import escape
from typing import TYPE_CHECKING
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pcrm.domain.kinds import FieldKind
from pcrm.ui.formatting import days_ago, local_date, partial_date
from pcrm.ui.i18n import shared_tr as _t
from pcrm.ui.i18n import stored_text

if TYPE_CHECKING:
    from pcrm.domain.card import AddressEntry, ContactCard, FieldEntry
    from pcrm.services.insight import CardStats

CONTACT_LINK = "pcrm:contact/"
RELATED_LINK = "pcrm:related/"  # the list of everyone related to this contact
SPARKLINE = "pcrm-stats:sparkline"  # the frequency sparkline, an image the card view paints
SPARKLINE_SIZE = (120, 28)  # px
RELATIONS_SHOWN = 12  # a busy contact's thousand colleagues go to the list, not onto the card
LABEL_WIDTH = 170  # px; one width for every section, so that the values line up down the card
SERVICE_NAMES = {
    "whatsapp": "WhatsApp", "linkedin": "LinkedIn", "github": "GitHub", "gitlab": "GitLab",
    "wechat": "WeChat", "x": "X", "imessage": "iMessage",
}  # fmt: skip
EXCERPT_CHARS = 240
STYLE = """
h1 { font-size: x-large; margin: 0; }
h3 { font-size: medium; margin-top: 14px; margin-bottom: 4px; color: #3b5b8c; }
p { margin-top: 2px; margin-bottom: 2px; }
td.label { color: #6b6b6b; padding-right: 12px; }
.muted { color: #6b6b6b; }
.tag { color: #8a5a00; }
p.entry { margin-top: 6px; margin-bottom: 6px; }
"""


def _kind_labels() -> dict[str, str]:
    return {
        "call": _t("Call"),
        "meeting": _t("Meeting"),
        "message": _t("Message"),
        "note": _t("Note"),
        "life_event": _t("Life event"),
        "incoming": _t("incoming"),
        "outgoing": _t("outgoing"),
        "phone": _t("phone"),
        "video": _t("video"),
        "in_person": _t("in person"),
        "email": _t("e-mail"),
        "sms": _t("SMS"),
        "birthday": _t("Birthday"),
        "anniversary": _t("Anniversary"),
        "other": _t("Date"),
        "home": _t("home"),
        "work": _t("work"),
        "mobile": _t("mobile"),
        "cell": _t("mobile"),
        "fax": _t("fax"),
        "main": _t("main"),
        "personal": _t("personal"),
    }


def _label(value: str | None, labels: dict[str, str]) -> str:
    if not value:
        return ""
    return labels.get(value.lower(), value.replace("_", " "))


def _link(href: str, text: str) -> str:
    return f'<a href="{escape(href, quote=True)}">{escape(text)}</a>'


def _field_value(f: FieldEntry) -> str:
    if f.kind == FieldKind.PHONE:
        target = f.normalized or re.sub(r"[^\d+]", "", f.value)
        return _link("tel:" + target, f.value) if target else escape(f.value)
    if f.kind == FieldKind.EMAIL:
        return _link("mailto:" + quote(f.value, safe="@.+-_"), f.value)
    from pcrm.ui.widgets.card_links import field_address

    address = field_address(f.kind, f.service, f.value)
    return _link(address, f.value) if address else escape(f.value)


def _field_label(f: FieldEntry, labels: dict[str, str]) -> str:
    kind = {
        FieldKind.PHONE: _t("Phone"),
        FieldKind.EMAIL: _t("E-mail"),
        FieldKind.URL: _t("Web"),
    }.get(FieldKind(f.kind), "")
    if f.kind in (FieldKind.MESSENGER, FieldKind.SOCIAL):
        service = (f.service or "").lower()
        kind = SERVICE_NAMES.get(service, service.capitalize()) or _t("Messenger")
    label = _label(f.label, labels)
    text = f"{kind} ({label})" if label else kind
    return escape(text) + (" ★" if f.preferred else "")


def _address(a: AddressEntry) -> str:
    lines = [
        a.po_box,
        a.extended,
        a.street,
        " ".join(p for p in (a.postal_code, a.locality) if p),
        a.region,
        a.country,
    ]
    return "<br>".join(escape(line) for line in lines if line)


def _table(rows: Iterable[tuple[str, str]]) -> str:
    cells = "".join(
        f'<tr><td class="label" width="{LABEL_WIDTH}">{label}</td><td>{value}</td></tr>'
        for label, value in rows
    )
    return f'<table cellspacing="0" cellpadding="1">{cells}</table>' if cells else ""


def _section(title: str, body: str) -> str:
    return f"<h3>{escape(title)}</h3>{body}" if body else ""


def notes_html(text: str) -> str:
    """Markdown from escaped text: emphasis, lists and links work, raw HTML shows as typed.

    Images (``![x](path)``) show as typed too: Qt's rich text would read the file the path
    names (``/dev/zero`` blocks the GUI thread, any local image leaks into a printed page).
    """
    import markdown

    safe = text.replace("&", "&amp;").replace("<", "&lt;")
    md = markdown.Markdown()
    for pattern in ("image_link", "image_reference", "short_image_ref"):
        md.inlinePatterns.deregister(pattern)
    return str(md.convert(safe))


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


Rows = list[tuple[str, str]]  # (label HTML, value HTML) of one section's table


def render_card(
    card: ContactCard,
    *,
    now: datetime,
    zone: tzinfo,
    introducer: str | None = None,
    stats: CardStats | None = None,
) -> str:
    """The whole card (its timeline is a view of its own, under it); ``introducer`` is the
    display name of ``card.introduced_by_id``; ``stats`` adds the "Contact frequency" section
    (its sparkline is the image ``SPARKLINE``, which the view provides)."""
    labels = _kind_labels()
    today = now.astimezone(zone).date()
    fields: Rows = [(_field_label(f, labels), _field_value(f)) for f in card.fields]
    addresses: Rows = [
        (escape(_label(a.label, labels) or _t("Address")), _address(a)) for a in card.addresses
    ]
    relations: Rows = [
        (escape(stored_text(r.label)), _link(f"{CONTACT_LINK}{r.other_id}", r.other_name))
        for r in card.relations[:RELATIONS_SHOWN]
    ]
    if len(card.relations) > RELATIONS_SHOWN:
        everyone = _t("Show all %n related people in the list", None, len(card.relations))
        relations.append(("", _link(f"{RELATED_LINK}{card.id}", everyone)))
    details: Rows = [
        (escape(name), escape(_custom_value(value)))
        for name, value in card.custom.items()
        if value not in (None, "")
    ]
    parts = [
        _header(card),
        _section(_t("Contact"), _table(fields)),
        _section(_t("Addresses"), _table(addresses)),
        _section(_t("Dates"), _table(_date_rows(card, labels, today))),
        _section(_t("Work"), _table(_work_rows(card))),
        _section(_t("Relationships"), _table(relations)),
        _section(_t("Groups"), f"<p>{escape(', '.join(card.groups))}</p>" if card.groups else ""),
        _section(_t("Keeping in touch"), _table(_keeping_rows(card, now, zone, stats is None))),
        _section(_t("Contact frequency"), _frequency(stats, labels, now, zone) if stats else ""),
        _section(_t("How we met"), _table(_met_rows(card, labels, introducer))),
        _section(_t("Details"), _table(details)),
        _section(_t("Notes"), notes_html(card.notes) if card.notes else ""),
    ]
    return "".join(parts)


def _header(card: ContactCard) -> str:
    subtitle = [f"“{escape(card.nickname)}”"] if card.nickname else []
    primary = next(
        (a for a in card.affiliations if a.primary),
        card.affiliations[0] if card.affiliations else None,
    )
    if primary:
        subtitle.append(escape(", ".join(p for p in (primary.title, primary.organisation) if p)))
    if card.archived:
        subtitle.append(f'<span class="tag">{escape(_t("archived"))}</span>')
    name = f"<h1>{escape(card.display_name)}{' ★' if card.favourite else ''}</h1>"
    return name + (f'<p class="muted">{" · ".join(subtitle)}</p>' if subtitle else "")


def _date_rows(card: ContactCard, labels: dict[str, str], today: date) -> Rows:
    rows = []
    for d in card.dates:
        shown = partial_date(d.date)
        age = d.date.age_on(today)
        if age is not None and d.kind == "birthday":
            shown += " " + _t("(age %n)", None, age)
        rows.append((escape(d.label or _label(d.kind, labels)), escape(shown)))
    return rows


def _work_rows(card: ContactCard) -> Rows:
    rows = []
    for a in card.affiliations:
        role = ", ".join(p for p in (a.title, a.role) if p) or _t("Member")
        since = _t("since {date}").format(date=a.start_date.isoformat()) if a.start_date else ""
        until = _t("until {date}").format(date=a.end_date.isoformat()) if a.end_date else ""
        where = ", ".join(p for p in (a.organisation, a.department) if p)
        rows.append((escape(role), escape(" · ".join(p for p in (where, since, until) if p))))
    return rows


def _keeping_rows(card: ContactCard, now: datetime, zone: tzinfo, with_last: bool = True) -> Rows:
    rows = []
    if card.cadence_days:
        rows.append((_t("Stay in touch"), _t("every %n day(s)", None, card.cadence_days)))
    if card.last_interaction_at and with_last:
        last = card.last_interaction_at
        ago = days_ago(last.astimezone(zone).date(), now.astimezone(zone).date())
        rows.append((_t("Last contact"), f"{local_date(last, zone)} ({ago})"))
    if card.time_zone:
        there = now.astimezone(_zone_or_none(card.time_zone) or zone).strftime("%H:%M")
        rows.append(
            (_t("Time zone"), _t("{zone} (now {time})").format(zone=card.time_zone, time=there))
        )
    return [(escape(label), escape(value)) for label, value in rows]


def _channel_name(key: str, labels: dict[str, str]) -> str:
    name = SERVICE_NAMES.get(key) or labels.get(key) or key.replace("_", " ")
    return name[:1].upper() + name[1:]


def _frequency(stats: CardStats, labels: dict[str, str], now: datetime, zone: tzinfo) -> str:
    """The sparkline of the last 12 months, the last and next contact, the usual channel."""
    today = now.astimezone(zone).date()
    year = sum(b.count for b in stats.months)
    counts = ", ".join(str(b.count) for b in stats.months)
    alt = _t("Interactions per month, oldest first: {counts}").format(counts=counts)
    width, height = SPARKLINE_SIZE
    image = (
        f'<img src="{SPARKLINE}" width="{width}" height="{height}" '
        f'alt="{escape(alt, quote=True)}" style="vertical-align: middle">'
    )
    summary = (
        _t("%n in the last 12 months", None, year) + " · " + _t("%n in all", None, stats.total)
    )
    rows = [(escape(_t("Last 12 months")), f"{image}&nbsp;&nbsp;{escape(summary)}")]
    for label, when in ((_t("Last contact"), stats.last_at), (_t("Next contact"), stats.next_at)):
        if when is not None:
            ago = days_ago(when.astimezone(zone).date(), today)
            rows.append((escape(label), escape(f"{local_date(when, zone)} ({ago})")))
    if stats.usual_channel:
        channel = _channel_name(stats.usual_channel, labels)
        rows.append((escape(_t("Usual channel")), escape(channel)))
    return _table(rows)


def _met_rows(card: ContactCard, labels: dict[str, str], introducer: str | None) -> Rows:
    rows = []
    if card.met_on:
        rows.append((escape(_t("When")), escape(partial_date(card.met_on))))
    if card.met_place:
        rows.append((escape(_t("Where")), escape(card.met_place)))
    if card.met_channel:
        rows.append((escape(_t("Through")), escape(_label(card.met_channel, labels))))
    if introducer and card.introduced_by_id is not None:
        link = _link(f"{CONTACT_LINK}{card.introduced_by_id}", introducer)
        rows.append((escape(_t("Introduced by")), link))
    if card.met_notes:
        rows.append(("", escape(card.met_notes)))
    return rows


def _custom_value(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a number field stores floats: 40, not 40.0
    return str(value)


def _zone_or_none(name: str) -> tzinfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
