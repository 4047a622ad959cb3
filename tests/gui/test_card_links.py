"""Web sites, messenger handles and social profiles link to web pages; nothing else does."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pcrm.domain.card import ContactCard, FieldEntry
from pcrm.ui.widgets.card_html import render_card
from pcrm.ui.widgets.card_links import field_address, web_address


@pytest.mark.parametrize(
    ("typed", "address"),
    [
        ("example.org", "https://example.org"),
        ("http://example.org/a?b=1", "http://example.org/a?b=1"),
        ("https://київ.укр", "https://київ.укр"),
        ("javascript:alert(1)", None),
        ("javascript://example.org/%0Aalert(1)", None),
        ("file:///etc/passwd", None),
        ("not an address", None),
        ("nodot", None),
    ],
)
def test_web_address(typed: str, address: str | None) -> None:
    assert web_address(typed) == address


@pytest.mark.parametrize(
    ("kind", "service", "value", "address"),
    [
        ("messenger", "telegram", "@olena_k", "https://t.me/olena_k"),
        ("messenger", "whatsapp", "+380 44 123 4567", "https://wa.me/380441234567"),
        ("messenger", "viber", "+380 44 123 4567", None),
        ("social", "mastodon", "@ada@mastodon.social", "https://mastodon.social/@ada"),
        ("social", "github", "github.com/ada", "https://github.com/ada"),
        ("social", "x", "@ada", "https://x.com/ada"),
        (
            "social",
            "LinkedIn",
            "https://www.linkedin.com/in/ada",
            "https://www.linkedin.com/in/ada",
        ),
        ("social", "myspace", "@ada", None),
        ("url", None, "ada.dev", "https://ada.dev"),
    ],
)
def test_field_address(kind: str, service: str | None, value: str, address: str | None) -> None:
    assert field_address(kind, service, value) == address


def test_the_card_links_sites_and_profiles() -> None:
    card = ContactCard(
        id=1,
        display_name="Ada",
        fields=[
            FieldEntry(kind="url", value="ada.dev", label="blog"),
            FieldEntry(kind="social", value="@ada", service="instagram"),
            FieldEntry(kind="messenger", value="@ada", service="telegram"),
        ],
    )
    html = render_card(card, now=datetime(2026, 11, 23, tzinfo=UTC), zone=UTC)
    assert '<a href="https://ada.dev">ada.dev</a>' in html
    assert '<a href="https://www.instagram.com/ada">@ada</a>' in html
    assert '<a href="https://t.me/ada">@ada</a>' in html
