"""Phone numbers: the typed form is kept for display, an E.164 form is derived for matching.

A number typed without ``+`` is read in the owner's home region (a preference); ``DEFAULT_REGION``
is the last resort when neither the owner nor the system locale names one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

DEFAULT_REGION = "UA"
# "uk_UA.UTF-8", "en-GB", "sr_RS@latin": a language, then the territory that names the region.
_LOCALE = re.compile(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})(?:[.@]|$)")


def to_e164(typed: str, region: str | None = DEFAULT_REGION) -> str | None:
    """E.164 for a number that parses as possible, else None (the typed form is still kept)."""
    text = typed.strip()
    if not text:
        return None
    import phonenumbers  # loaded on first use: its metadata is large

    try:
        number = phonenumbers.parse(text, None if text.startswith("+") else region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


@cache
def regions() -> dict[str, int]:
    """Every region phone numbers can be read in ("UA"), with its calling code (380)."""
    import phonenumbers

    return {
        code: int(phonenumbers.country_code_for_region(code))
        for code in sorted(phonenumbers.SUPPORTED_REGIONS)
    }


def region_from_locale(tag: str) -> str | None:
    """The region a locale name gives ("uk_UA.UTF-8" → "UA"); None for "C", "POSIX", "en"."""
    found = _LOCALE.match(tag.strip())
    if found is None:
        return None
    code = found[1].upper()
    return code if code in regions() else None


def system_region(environ: Mapping[str, str]) -> str | None:
    """The region of the POSIX locale in ``environ``, read as the C library reads it: the first
    of LC_ALL, LC_TELEPHONE and LANG that is set decides."""
    for name in ("LC_ALL", "LC_TELEPHONE", "LANG"):
        if environ.get(name):
            return region_from_locale(environ[name])
    return None


def normalise_email(typed: str) -> str:
    return typed.strip().lower()
