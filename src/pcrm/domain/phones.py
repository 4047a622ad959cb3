"""Phone numbers: the typed form is kept for display, an E.164 form is derived for matching."""

from __future__ import annotations

DEFAULT_REGION = "UA"


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


def normalise_email(typed: str) -> str:
    return typed.strip().lower()
