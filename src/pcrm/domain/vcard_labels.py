"""The words vCards use for labels, messengers and social profiles, and pcrm's words for them.

One table serves both directions, so what :mod:`vcard_write` writes :mod:`vcard_read` reads back
as the same label: ``TYPE=CELL`` is "mobile", ``TYPE=HOME,FAX`` "home fax"; a label no TYPE can
say is written as Apple's ``itemN.X-ABLabel``, whose built-in forms (``_$!<Mobile>!$_``) map onto
the same plain labels.  Labels are pcrm's keys ("mobile", "home", "work"…) or the owner's text.
"""

from __future__ import annotations

from collections.abc import Iterable

from pcrm.domain.kinds import SERVICES, FieldKind

# Apple's built-in labels (the text between _$!< and >!$_) and pcrm's plain label for each.
_APPLE = {
    "Mobile": "mobile",
    "iPhone": "iPhone",
    "Home": "home",
    "Work": "work",
    "Main": "main",
    "HomeFAX": "home fax",
    "WorkFAX": "work fax",
    "OtherFAX": "other fax",
    "Pager": "pager",
    "Other": "other",
    "HomePage": "homepage",
    "School": "school",
    "AssistantPhone": "assistant",
    "Anniversary": "anniversary",
}
_APPLE_BACK = {plain: inner for inner, plain in _APPLE.items()}
ANNIVERSARY = "anniversary"

# TYPE values that say nothing a label shows (the kind of line, the preference, the transport).
_SILENT = frozenset({"PREF", "VOICE", "INTERNET", "X400", "POSTAL", "PARCEL", "DOM", "INTL", "MSG"})
# The labels a TYPE says, in the order a list of TYPEs is read (TYPE=WORK,CELL is "mobile").
_BY_TYPE = (
    ("CELL", "mobile"),
    ("MOBILE", "mobile"),
    ("IPHONE", "iPhone"),
    ("PAGER", "pager"),
    ("MAIN", "main"),
    ("HOME", "home"),
    ("WORK", "work"),
    ("OTHER", "other"),
)
_PHONE_TYPES = {
    "mobile": ["CELL"],
    "iPhone": ["IPHONE"],
    "pager": ["PAGER"],
    "main": ["MAIN"],
    "home": ["HOME"],
    "work": ["WORK"],
    "fax": ["FAX"],
    "home fax": ["HOME", "FAX"],
    "work fax": ["WORK", "FAX"],
}
_PLACE_TYPES = {"home": ["HOME"], "work": ["WORK"]}

# Messenger URI schemes and the service each names (None: the scheme names no service).
_SCHEMES: dict[str, str | None] = {
    "skype": "skype",
    "xmpp": "xmpp",
    "aim": "aim",
    "ymsgr": "yahoo",
    "msnim": "msn",
    "icq": "icq",
    "sip": "sip",
    "irc": "irc",
    "gg": "gadugadu",
    "qq": "qq",
    "x-apple": None,
    "im": None,
}
_SCHEME_FOR = {
    "skype": "skype",
    "xmpp": "xmpp",
    "jabber": "xmpp",
    "gtalk": "xmpp",
    "aim": "aim",
    "yahoo": "ymsgr",
    "msn": "msnim",
    "icq": "icq",
    "sip": "sip",
    "irc": "irc",
}
_KNOWN_SERVICES = frozenset(
    (*SERVICES, "aim", "icq", "yahoo", "msn", "gtalk", "jabber", "xmpp", "qq", "sip", "irc",
     "gadugadu", "twitter", "flickr", "myspace", "sinaweibo", "tiktok", "youtube")
)  # fmt: skip
_ALIASES = {"twitter": "x", "google talk": "gtalk"}
_VCARD_NAMES = {"x": "twitter"}
# Properties older programs write one per messenger (Gmail, Evolution, Thunderbird, Outlook).
LEGACY_MESSENGERS = {
    "X-AIM": "aim",
    "X-ICQ": "icq",
    "X-JABBER": "jabber",
    "X-MSN": "msn",
    "X-YAHOO": "yahoo",
    "X-SKYPE": "skype",
    "X-SKYPE-USERNAME": "skype",
    "X-GTALK": "gtalk",
    "X-GOOGLE-TALK": "gtalk",
    "X-QQ": "qq",
    "X-GADUGADU": "gadugadu",
    "X-TELEGRAM": "telegram",
    "X-MS-IMADDRESS": None,
}


def from_apple(text: str) -> str:
    """``_$!<Mobile>!$_`` → "mobile"; any other text is the label as written."""
    if text.startswith("_$!<") and text.endswith(">!$_"):
        inner = text[4:-4]
        return _APPLE.get(inner, inner)
    return text


def to_apple(label: str) -> str:
    inner = _APPLE_BACK.get(label)
    return f"_$!<{inner}>!$_" if inner else label


def label_from_types(kind: str, types: Iterable[str]) -> str | None:
    """The label a list of TYPE values says, or None when they say none."""
    tokens = [t.upper() for t in types if t and t.upper() not in _SILENT]
    if not tokens:
        return None
    present = set(tokens)
    if kind == FieldKind.PHONE and "FAX" in present:
        return "home fax" if "HOME" in present else "work fax" if "WORK" in present else "fax"
    for token, label in _BY_TYPE:
        if token in present:
            return label
    return tokens[0].lower()


def types_for(kind: str, label: str) -> list[str] | None:
    """The TYPE values that say ``label`` for this kind (``kind`` "address" for ADR), or None
    when only an X-ABLabel can."""
    table = _PHONE_TYPES if kind == FieldKind.PHONE else _PLACE_TYPES
    return table.get(label)


def service_key(name: str) -> str | None:
    """pcrm's key for a service a vCard names ("Skype" → "skype", "Twitter" → "x"); a service
    pcrm does not know keeps the owner's spelling."""
    clean = name.strip()
    if not clean:
        return None
    folded = _ALIASES.get(clean.lower(), clean.lower())
    return folded if folded in _KNOWN_SERVICES else clean


def vcard_service(service: str) -> str:
    """The name a vCard gives pcrm's service key ("x" → "twitter", as Apple writes it)."""
    return _VCARD_NAMES.get(service, service)


def split_messenger(uri: str) -> tuple[str, str | None]:
    """``skype:anna`` → ("anna", "skype"); a value without a known scheme is the handle."""
    scheme, colon, rest = uri.partition(":")
    if colon and scheme.lower() in _SCHEMES:
        return rest, _SCHEMES[scheme.lower()]
    return uri, None


def messenger_uri(service: str | None, handle: str) -> str:
    """The IMPP value for a handle: the service's own scheme, else Apple's ``x-apple:``."""
    return f"{_SCHEME_FOR.get(service or '', 'x-apple')}:{handle}"
