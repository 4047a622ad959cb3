"""A :class:`~pcrm.services.briefing.Briefing` as rich text, for the screen and for the PDF.

One HTML document (Qt's rich-text subset, which ``QTextDocument`` lays out and prints): the
meeting, what the people share, then each person.  Every value from the store is escaped; notes
and the meeting's body are Markdown rendered by the card's :func:`notes_html` (escaped first, no
raw HTML, no images), task items drawn with ☐ and ☑.  Links are ``pcrm:contact/<id>`` (another
contact), ``mailto:`` and ``tel:``.  The only images are the people's photos: the resources
:func:`photo_url` names, which the dialog adds to the document, for the ids in ``photos``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from datetime import datetime, tzinfo
from html import escape
from urllib.parse import quote

from pcrm.domain.checklist import CHECKED_BOX, OPEN_BOX
from pcrm.domain.durations import format_duration
from pcrm.services.briefing import (
    AskItem,
    Briefing,
    InteractionItem,
    Meeting,
    Person,
    Relation,
    Shared,
    TaskItem,
    UpcomingDate,
)
from pcrm.ui.formatting import days_ago, local_date, local_datetime, partial_date
from pcrm.ui.i18n import shared_tr as _t
from pcrm.ui.i18n import stored_text
from pcrm.ui.models.timeline_model import channel_labels, kind_labels
from pcrm.ui.widgets.card_html import CONTACT_LINK, notes_html

_TASK_ITEM = re.compile(r"(<li>(?:<p>)?)\[([ xX])\] ")
PHOTO_SCHEME = "pcrm-photo"
PHOTO_PX = 56
RELATIONS_SHOWN = 12  # a busy contact's thousand colleagues: the first ones and a count
STYLE = """
h1 { font-size: x-large; margin: 0; }
h2 { font-size: large; margin-top: 18px; margin-bottom: 2px; }
h3 { font-size: medium; margin-top: 12px; margin-bottom: 3px; color: #3b5b8c; }
p { margin-top: 2px; margin-bottom: 2px; }
ul { margin-top: 2px; margin-bottom: 2px; }
td.label { color: #6b6b6b; padding-right: 12px; }
.muted { color: #6b6b6b; }
.overdue { color: #b00020; font-weight: bold; }
.snippet { color: #444444; }
"""


def photo_url(contact_id: int) -> str:
    return f"{PHOTO_SCHEME}:{contact_id}"


def contact_link(contact_id: int, name: str) -> str:
    return f'<a href="{CONTACT_LINK}{contact_id}">{escape(name)}</a>'


def _link(href: str, text: str) -> str:
    return f'<a href="{escape(href, quote=True)}">{escape(text)}</a>'


def markdown_html(text: str) -> str:
    """Markdown as the card renders it (:func:`notes_html`), task items with their boxes."""
    return _TASK_ITEM.sub(
        lambda m: m[1] + (OPEN_BOX if m[2] == " " else CHECKED_BOX) + " ", notes_html(text)
    )


def _section(title: str, body: str) -> str:
    return f"<h3>{escape(title)}</h3>{body}" if body else ""


def _list(items: Iterable[str]) -> str:
    rows = "".join(f"<li>{item}</li>" for item in items)
    return f"<ul>{rows}</ul>" if rows else ""


def _table(rows: Iterable[tuple[str, str]]) -> str:
    cells = "".join(
        f'<tr><td class="label">{escape(label)}</td><td>{value}</td></tr>'
        for label, value in rows
        if value
    )
    return f'<table cellspacing="0" cellpadding="1">{cells}</table>' if cells else ""


def _word(value: str | None, labels: dict[str, str]) -> str:
    if not value:
        return ""
    return labels.get(value, value.replace("_", " "))


def _when(moment: datetime, zone: tzinfo, all_day: bool = False) -> str:
    return local_date(moment, zone) if all_day else local_datetime(moment, zone)


def _ago(moment: datetime, briefing: Briefing) -> str:
    return days_ago(moment.astimezone(briefing.zone).date(), briefing.today)


# -- the whole document ---------------------------------------------------------------------------


def briefing_title(briefing: Briefing) -> str:
    """The document's title (also the PDF's): the meeting, the person, or how many people."""
    meeting = briefing.meeting
    if meeting is not None:
        what = meeting.subject or _word(meeting.kind, kind_labels())
        return _t("Briefing: {what}").format(what=what)
    if len(briefing.people) == 1:
        return _t("Briefing: {name}").format(name=briefing.people[0].name)
    return _t("Briefing: %n people", None, len(briefing.people))


def briefing_html(briefing: Briefing, *, photos: Collection[int] = ()) -> str:
    """The briefing as HTML; ``photos``: the ids whose photo resource the document holds."""
    prepared = _t("Prepared {when}").format(when=local_datetime(briefing.now, briefing.zone))
    parts = [
        f"<h1>{escape(briefing_title(briefing))}</h1>",
        f'<p class="muted">{escape(prepared)}</p>',
    ]
    if briefing.meeting is not None:
        parts.append(_meeting(briefing.meeting, briefing))
    if briefing.shared:
        parts.append(_shared(briefing.shared, briefing))
    parts.extend(_person(p, briefing, p.id in photos) for p in briefing.people)
    if briefing.left_out:
        more = _t("%n more participant(s) not shown.", None, briefing.left_out)
        parts.append(f'<p class="muted">{escape(more)}</p>')
    if not briefing.people:
        parts.append(f'<p class="muted">{escape(_t("Nobody to brief on: no participants."))}</p>')
    return "".join(parts)


def _meeting(meeting: Meeting, briefing: Briefing) -> str:
    zone = briefing.zone
    when = _when(meeting.starts_at, zone, meeting.all_day)
    if meeting.duration_seconds:
        when += f" · {format_duration(meeting.duration_seconds)}"
    state = _t("planned") if meeting.planned else _ago(meeting.starts_at, briefing)
    people = ", ".join(contact_link(p.id, p.name) for p in briefing.people)
    rows = [
        (_t("What"), escape(_word(meeting.kind, kind_labels()))),
        (_t("When"), f"{escape(when)} <span class='muted'>({escape(state)})</span>"),
        (_t("Where"), escape(meeting.location or "")),
        (_t("Channel"), escape(_word(meeting.channel, channel_labels()))),
        (_t("Subject"), escape(meeting.subject or "")),
        (_t("With"), people),
    ]
    title = _t("The meeting") if meeting.kind == "meeting" else _t("The interaction")
    body = _section(_t("Agenda and notes"), markdown_html(meeting.body) if meeting.body else "")
    return f"<h2>{escape(title)}</h2>{_table(rows)}{body}"


def _shared(shared: Shared, briefing: Briefing) -> str:
    def who(ids: tuple[int, ...]) -> str:
        return ", ".join(contact_link(i, briefing.names.get(i, "")) for i in ids)

    rows = [(_t("Groups"), "<br>".join(f"{escape(n)}: {who(ids)}" for n, ids in shared.groups))]
    rows.append(
        (
            _t("Organisations"),
            "<br>".join(f"{escape(n)}: {who(ids)}" for n, ids in shared.organisations),
        )
    )
    meetings = ""
    if shared.meetings:
        items = [_interaction(item, briefing, people=True) for item in shared.meetings]
        title = _t("Meetings together (%n)", None, shared.meetings_total)
        meetings = _section(title, _list(items))
    return f"<h2>{escape(_t('In common'))}</h2>{_table(rows)}{meetings}"


# -- a person -------------------------------------------------------------------------------------


def _person(person: Person, briefing: Briefing, photo: bool) -> str:
    parts = ["<hr>", _heading(person, photo)]
    parts.append(_table(_glance(person, briefing)))
    parts.append(
        _section(_t("Things to ask next time"), _list(_ask(a, briefing) for a in person.asks))
    )
    parts.append(
        _section(_t("Open tasks and follow-ups"), _list(_task(t, briefing) for t in person.tasks))
    )
    parts.append(_section(_t("Coming dates"), _list(_date(d, briefing) for d in person.dates)))
    parts.append(_relations(person.relations))
    parts.append(
        _section(
            _t("Last interactions"),
            _list(_interaction(i, briefing) for i in person.interactions),
        )
    )
    parts.append(
        _section(_t("Coming up"), _list(_interaction(i, briefing) for i in person.upcoming))
    )
    parts.append(_section(_t("Notes"), markdown_html(person.notes) if person.notes else ""))
    return "".join(parts)


def _heading(person: Person, photo: bool) -> str:
    name = escape(person.name)
    if person.nickname:
        name += f' <span class="muted">“{escape(person.nickname)}”</span>'
    lines = [f'<h2><a name="contact-{person.id}"></a>{name}</h2>']
    role = person.role
    if role is not None:
        work = ", ".join(p for p in (role.title, role.organisation, role.department) if p)
        lines.append(f"<p>{escape(work)}</p>")
    reach = []
    if person.email:
        reach.append(_link("mailto:" + quote(person.email, safe="@.+-_"), person.email))
    if person.phone:
        target = person.phone_e164 or "".join(c for c in person.phone if c.isdigit() or c == "+")
        reach.append(_link("tel:" + target, person.phone) if target else escape(person.phone))
    if reach:
        lines.append(f"<p>{' · '.join(reach)}</p>")
    text = "".join(lines)
    if not photo:
        return text
    image = f'<img src="{photo_url(person.id)}" width="{PHOTO_PX}" height="{PHOTO_PX}" alt="">'
    return (
        '<table cellspacing="0" cellpadding="0"><tr>'
        f'<td valign="middle" style="padding-right: 10px">{image}</td>'
        f'<td valign="middle">{text}</td></tr></table>'
    )


def _glance(person: Person, briefing: Briefing) -> list[tuple[str, str]]:
    rows = []
    last = person.last_contact
    if last is not None:
        shown = f"{local_date(last, briefing.zone)} ({_ago(last, briefing)})"
        rows.append((_t("Last contact"), escape(shown)))
    else:
        rows.append((_t("Last contact"), escape(_t("never"))))
    if person.usual_channel:
        rows.append((_t("Usual channel"), escape(_word(person.usual_channel, channel_labels()))))
    if person.cadence_days:
        rows.append((_t("Stay in touch"), escape(_t("every %n day(s)", None, person.cadence_days))))
    met = []
    if person.met_on is not None:
        met.append(escape(partial_date(person.met_on)))
    if person.met_place:
        met.append(escape(person.met_place))
    if person.met_channel:
        met.append(escape(_word(person.met_channel, channel_labels())))
    if person.introduced_by is not None:
        by = contact_link(*person.introduced_by)
        met.append(escape(_t("introduced by {name}")).replace("{name}", by))
    if person.met_notes:
        met.append(f'<span class="muted">{escape(person.met_notes)}</span>')
    rows.append((_t("How we met"), " · ".join(met)))
    if person.groups:
        rows.append((_t("Groups"), escape(", ".join(name for _, name in person.groups))))
    return rows


def _interaction(item: InteractionItem, briefing: Briefing, *, people: bool = False) -> str:
    when = _when(item.starts_at, briefing.zone, item.all_day)
    what = [_word(item.kind, kind_labels())]
    if item.channel:
        what.append(_word(item.channel, channel_labels()))
    head = f"{escape(when)} · {escape(' · '.join(what))}"
    if item.subject:
        head += f" · <b>{escape(item.subject)}</b>"
    if item.location:
        head += f" · {escape(item.location)}"
    if people and item.with_names:
        names = ", ".join(contact_link(i, n) for i, n in item.with_names)
        head += f" — {names}"
    if item.snippet:
        head += f'<br><span class="snippet">{escape(item.snippet)}</span>'
    return head


def _ask(item: AskItem, briefing: Briefing) -> str:
    if item.interaction_id is None or item.starts_at is None:
        where = _t("from the notes")
    else:
        what = item.subject or _word(item.kind, kind_labels())
        where = _t("from {what}, {date}").format(
            what=what, date=local_date(item.starts_at, briefing.zone)
        )
    return f'{escape(item.text)} <span class="muted">({escape(where)})</span>'


def _task(task: TaskItem, briefing: Briefing) -> str:
    text = escape(task.title)
    if task.due is not None:
        due = _when(task.due, briefing.zone, task.all_day)
        if task.overdue:
            overdue = _t("overdue since {date}").format(date=due)
            text = f'<span class="overdue">{escape(overdue)}</span> · {text}'
        else:
            text = f"{escape(due)} · {text}"
    notes = [_t("recurring")] if task.recurring else []
    if task.follow_up_of is not None:
        notes.append(_t("follow-up"))
    if notes:
        text += f' <span class="muted">({escape(", ".join(notes))})</span>'
    return text


def _date(item: UpcomingDate, briefing: Briefing) -> str:
    kinds = {"birthday": _t("Birthday"), "anniversary": _t("Anniversary"), "other": _t("Date")}
    what = item.label or kinds.get(item.kind, item.kind)
    when = partial_date(item.when)
    away = days_ago(item.on, briefing.today)
    text = f"{what}: {when} ({away})"
    if item.years is not None:
        if item.kind == "birthday":
            text += " · " + _t("turns %n", None, item.years)
        else:
            text += " · " + _t("%n year(s)", None, item.years)
    return escape(text)


def _relations(relations: tuple[Relation, ...]) -> str:
    family = [r for r in relations if r.family]
    others = [r for r in relations if not r.family]
    shown = others[: max(RELATIONS_SHOWN - len(family), 3)]

    def rows(found: list[Relation]) -> list[tuple[str, str]]:
        return [(stored_text(r.label), contact_link(r.other_id, r.other_name)) for r in found]

    body = _table(rows(family))
    rest = _table(rows(shown))
    if len(others) > len(shown):
        more = _t("and %n more", None, len(others) - len(shown))
        rest += f'<p class="muted">{escape(more)}</p>'
    return _section(_t("Family"), body) + _section(_t("Relationships"), rest)
