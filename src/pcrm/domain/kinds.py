"""The closed vocabularies of pcrm, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class FieldKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    URL = "url"
    MESSENGER = "messenger"
    SOCIAL = "social"


class InteractionKind(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    MESSAGE = "message"
    NOTE = "note"
    LIFE_EVENT = "life_event"


class Direction(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"


class Channel(StrEnum):
    PHONE = "phone"
    VIDEO = "video"
    IN_PERSON = "in_person"
    EMAIL = "email"
    SMS = "sms"
    TELEGRAM = "telegram"
    SIGNAL = "signal"
    WHATSAPP = "whatsapp"
    VIBER = "viber"
    LINKEDIN = "linkedin"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    X = "x"
    MASTODON = "mastodon"
    OTHER = "other"


class DateKind(StrEnum):
    BIRTHDAY = "birthday"
    ANNIVERSARY = "anniversary"
    OTHER = "other"


class TaskKind(StrEnum):
    TASK = "task"
    REMINDER = "reminder"


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DISMISSED = "dismissed"
    CANCELLED = "cancelled"


class CustomFieldType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    CHOICE = "choice"


# Messenger and social services a card knows by name; free text is allowed too.
SERVICES = (
    "telegram", "signal", "whatsapp", "viber", "skype", "matrix", "threema", "wechat",
    "linkedin", "facebook", "instagram", "x", "mastodon", "github", "gitlab", "bluesky",
)  # fmt: skip
