"""Where a web site, messenger handle or social profile on a card links to.

The owner types what they see: ``example.com``, ``https://…``, ``@olena`` on Telegram,
``@ada@mastodon.social``, a phone number on WhatsApp.  The card keeps the typed form and links
it to a web address derived here; the editor uses :func:`web_address` to refuse what is not one.
Only ``http(s)`` addresses come out, so nothing typed can become a ``javascript:`` link.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from pcrm.domain import phones
from pcrm.domain.kinds import FieldKind

_HOST = re.compile(r"^(?:[\w-]+\.)+[^\W\d_]{2,}(?::\d{1,5})?$|^localhost(?::\d{1,5})?$")
_HANDLE = re.compile(r"^@?([\w.-]+)$")
_FEDIVERSE = re.compile(r"^@?([\w.-]+)@((?:[\w-]+\.)+[^\W\d_]{2,})$")
PROFILE_URLS = {
    "telegram": "https://t.me/{handle}",
    "linkedin": "https://www.linkedin.com/in/{handle}",
    "facebook": "https://www.facebook.com/{handle}",
    "instagram": "https://www.instagram.com/{handle}",
    "x": "https://x.com/{handle}",
    "github": "https://github.com/{handle}",
    "gitlab": "https://gitlab.com/{handle}",
    "bluesky": "https://bsky.app/profile/{handle}",
}
PHONE_URLS = {"whatsapp": "https://wa.me/{digits}", "signal": "https://signal.me/#p/+{digits}"}


def web_address(text: str) -> str | None:
    """``text`` as an ``http(s)`` URL (``https://`` added when there is no scheme), else None."""
    value = text.strip()
    if not value or any(ch.isspace() for ch in value):
        return None
    url = value if "://" in value else "https://" + value
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not _HOST.match(parts.netloc):
        return None
    return url


def profile_address(service: str | None, value: str) -> str | None:
    """The web page of a messenger handle or social profile, when one can be derived."""
    text = value.strip()
    if "/" in text or text.lower().startswith("http"):
        return web_address(text)
    key = (service or "").strip().lower()
    if key == "mastodon" and (match := _FEDIVERSE.match(text)):
        return f"https://{match[2]}/@{quote(match[1])}"
    if key in PHONE_URLS and (e164 := phones.to_e164(text)):
        return PHONE_URLS[key].format(digits=e164.lstrip("+"))
    if key in PROFILE_URLS and (match := _HANDLE.match(text)):
        return PROFILE_URLS[key].format(handle=quote(match[1]))
    return None


def field_address(kind: str, service: str | None, value: str) -> str | None:
    """The link of a web site, messenger or social entry (phones and e-mails have their own)."""
    if kind == FieldKind.URL:
        return web_address(value)
    if kind in (FieldKind.MESSENGER, FieldKind.SOCIAL):
        return profile_address(service, value)
    return None
