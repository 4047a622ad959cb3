"""The card's HTML: escaped data, Markdown notes, year-less dates, links.

The card's timeline is a view of its own (tests/gui/test_timeline_view.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from pcrm.domain.card import ContactCard, DateEntry, FieldEntry, RelationEntry
from pcrm.domain.dates import PartialDate
from pcrm.services.session import Services
from pcrm.ui.widgets.card_html import notes_html, render_card

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
KYIV = ZoneInfo("Europe/Kyiv")


def render(card: ContactCard) -> str:
    return render_card(card, now=NOW, zone=KYIV)


def test_a_stored_card_renders_everything(services: Services, people) -> None:
    card = services.contacts.get(people["olena"])
    html = render(card)
    assert "<h1>Олена Коваленко</h1>" in html
    assert "“Lena”" in html and "CTO, Kyiv Digital" in html
    assert '<a href="mailto:olena@example.org">olena@example.org</a>' in html
    assert 'href="tel:+380441234567"' in html and "+380 44 123 4567" in html
    assert "Phone (work)" in html
    assert "вул. Хрещатик, 1<br>Київ<br>Україна" in html
    assert "15 April" in html and "15 April 1" not in html  # no year, none invented
    assert "every 30 days" in html
    assert "2026-11-20 (3 days ago)" in html
    assert "<strong>DevFest</strong>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "Budget for 2027" not in html  # the timeline is not part of the card's HTML


def test_a_birthday_with_a_year_shows_the_age(services: Services, people) -> None:
    html = render(services.contacts.get(people["marco"]))
    assert "2 July 1985 (age 41)" in html


def test_data_is_escaped_everywhere() -> None:
    evil = "<img src=x onerror=alert(1)>"
    card = ContactCard(
        id=1,
        display_name=evil,
        fields=[
            FieldEntry(kind="email", value='a"b@example.org'),
            FieldEntry(kind="url", value="javascript:alert(1)"),
        ],
        relations=[RelationEntry(2, evil, "friend", "friend")],
        groups=[evil],
        custom={evil: evil},
        dates=[DateEntry(PartialDate(month=2, day=29), label=evil)],
    )
    html = render(card)
    assert "<img" not in html
    assert 'href="javascript' not in html
    assert "a%22b@example.org" in html
    assert "29 February" in html


def test_notes_markdown_keeps_html_as_text() -> None:
    assert notes_html("*hi* <b>x</b> & y") == "<p><em>hi</em> &lt;b&gt;x&lt;/b&gt; &amp; y</p>"
    assert "<blockquote>" in notes_html("> quoted")
