"""The owner's preferences: one declarative schema, kept in the encrypted store.

Each :class:`Preference` says its key, its type, its default, the values it allows, and a label
and a line of help in English (Picard's ``options.py``).  The settings dialog, ``pcrm config``
and the services read the same schema; the English is marked with :func:`N_` for lupdate and
translated by the UI.  Values live in the store's ``settings`` table (key → JSON), because some
of them (the home region, the time zone) say something about the owner; Qt settings hold none
but the language, which the GUI needs before the store is open.

A preference the owner never chose is not stored, so a default that comes from the system (the
home region from the locale) keeps following the system until the owner picks a value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import tzinfo
from enum import StrEnum
from pathlib import Path
from typing import TypeAlias

from sqlalchemy import delete, select

from pcrm import errors
from pcrm.clock import Clock
from pcrm.domain import phones
from pcrm.domain.kinds import InteractionKind
from pcrm.domain.zones import zone_named
from pcrm.services.base import Service
from pcrm.services.changes import ChangeSet
from pcrm.store import models as m
from pcrm.store.database import Database

PREFERENCE = "preference"  # the ChangeSet entity; a change names no ids: re-read what you show
Value: TypeAlias = bool | int | str | None
_TRUE = ("yes", "true", "on", "1")
_FALSE = ("no", "false", "off", "0")
_SYSTEM = "system"
_OFF = "off"
_DEFAULT = "default"


def N_(text: str) -> str:
    """Marks English that the GUI translates: lupdate reads ``N_("...")`` like ``tr``."""
    return text


class Kind(StrEnum):
    BOOL = "bool"
    INT = "int"  # a whole number from ``minimum`` to ``maximum``
    CHOICE = "choice"  # one of ``choices``
    TEXT = "text"  # one line, at most ``maximum`` characters
    ZONE = "zone"  # an IANA time zone, or None for the system's
    REGION = "region"  # a region phone numbers are read in ("UA")
    FILE = "file"  # a full path to a file pcrm writes, or None for none
    FOLDER = "folder"  # a full path to a folder, or None for pcrm's own


@dataclass(frozen=True)
class Preference:
    key: str
    kind: Kind
    default: Value
    section: str
    label: str
    help: str
    minimum: int = 0
    maximum: int = 0
    minimum_text: str = ""  # what the minimum means, shown in its place ("Never")
    choices: tuple[tuple[str, str], ...] = ()  # (value, English label)

    def check(self, value: object) -> Value:
        """``value`` if this preference allows it, else BadInput naming the preference."""
        if self.kind is Kind.BOOL and isinstance(value, bool):
            return value
        if self.kind is Kind.INT and isinstance(value, int) and not isinstance(value, bool):
            if not self.minimum <= value <= self.maximum:
                raise self._bad(f"give a whole number from {self.minimum} to {self.maximum}")
            return value
        if self.kind is Kind.CHOICE and isinstance(value, str) and value in dict(self.choices):
            return value
        if self.kind is Kind.TEXT and isinstance(value, str):
            text = " ".join(value.split())
            if len(text) > self.maximum:
                raise self._bad(f"use at most {self.maximum} characters")
            return text
        if self.kind is Kind.ZONE and (value is None or isinstance(value, str)):
            return zone_named(value, where=self.key).key if value else None
        if self.kind in (Kind.FILE, Kind.FOLDER) and (value is None or isinstance(value, str)):
            if value is None or not value.strip():
                return None
            path = Path(value.strip()).expanduser()
            if not path.is_absolute():
                example = "~/Calendars/pcrm.ics" if self.kind is Kind.FILE else "~/Backups/pcrm"
                raise self._bad(f"give the full path, e.g. {example}")
            return str(path)
        if self.kind is Kind.REGION and isinstance(value, str):
            code = value.strip().upper()
            if code not in phones.regions():
                raise self._bad(f"{value!r} is not a region code such as UA, PL or GB")
            return code
        raise self._bad(f"{value!r} is not {self.expected()}")

    def parse(self, text: str) -> Value:
        """The value the owner typed on the command line, checked."""
        word = text.strip().lower()
        if self.kind is Kind.BOOL:
            if word not in _TRUE + _FALSE:
                raise self._bad(f"{text!r} is not {self.expected()}")
            return word in _TRUE
        if self.kind is Kind.INT:
            try:
                number = int(word)
            except ValueError:
                raise self._bad(f"{text!r} is not a whole number") from None
            return self.check(number)
        if self.kind is Kind.ZONE and word in ("", _SYSTEM):
            return None
        if self.kind is Kind.FILE and word in ("", _OFF):
            return None
        if self.kind is Kind.FOLDER and word in ("", _DEFAULT):
            return None
        return self.check(text)

    def show(self, value: Value) -> str:
        """How the command line prints a value; :meth:`parse` reads it back."""
        if isinstance(value, bool):
            return _TRUE[0] if value else _FALSE[0]
        if value is None:
            return {Kind.FILE: _OFF, Kind.FOLDER: _DEFAULT}.get(self.kind, _SYSTEM)
        return str(value)

    def expected(self) -> str:
        """What this preference takes, in a few words (for help and error messages)."""
        if self.kind is Kind.BOOL:
            return "yes or no"
        if self.kind is Kind.INT:
            return f"a whole number from {self.minimum} to {self.maximum}"
        if self.kind is Kind.CHOICE:
            return "one of " + ", ".join(c for c, _ in self.choices)
        if self.kind is Kind.TEXT:
            return f"a line of at most {self.maximum} characters"
        if self.kind is Kind.ZONE:
            return "an IANA time zone such as Europe/Kyiv, or 'system'"
        if self.kind is Kind.FILE:
            return "a full path to a file, or 'off'"
        if self.kind is Kind.FOLDER:
            return "a full path to a folder, or 'default'"
        return "a two-letter region code such as UA"

    def _bad(self, reason: str) -> errors.BadInput:
        return errors.BadInput(where=self.key, reason=reason)


CONTACTS, DATES, CAPTURE, SECURITY = (
    N_("Contacts"),
    N_("Dates and times"),
    N_("Quick capture"),
    N_("Security"),
)
CALENDAR = N_("Calendar subscription")
BACKUPS = N_("Backups")
LANGUAGE = N_("Language")

HOME_REGION = Preference(
    "phones.home_region",
    Kind.REGION,
    phones.DEFAULT_REGION,
    CONTACTS,
    N_("Home region for phone numbers"),
    N_("Numbers typed without + are read as numbers of this region."),
)
DEFAULT_CADENCE = Preference(
    "contacts.default_cadence_days",
    Kind.INT,
    0,
    CONTACTS,
    N_("Stay in touch every (days)"),
    N_("The stay-in-touch cadence a new contact starts with; 0 for none."),
    minimum=0,
    maximum=3650,
    minimum_text=N_("None"),
)
TIME_ZONE = Preference(
    "time.zone",
    Kind.ZONE,
    None,
    DATES,
    N_("Your time zone"),
    N_("Times are shown in this zone; “system” follows the computer's zone."),
)
FEB29 = Preference(
    "dates.feb29",
    Kind.CHOICE,
    "feb28",
    DATES,
    N_("29 February in other years"),
    N_("The day a 29 February birthday or anniversary is shown on in years without one."),
    choices=(("feb28", N_("28 February")), ("mar1", N_("1 March"))),
)
REMIND_HOUR = Preference(
    "dates.remind_hour",
    Kind.INT,
    9,
    DATES,
    N_("Remind of dates at (hour)"),
    N_(
        "The hour of the day, in your zone, at which birthdays, anniversaries and stay-in-touch "
        "reminders are raised."
    ),
    minimum=0,
    maximum=23,
)
FIRST_DAY_OF_WEEK = Preference(
    "calendar.first_day_of_week",
    Kind.CHOICE,
    _SYSTEM,
    DATES,
    N_("First day of the week"),
    N_("The day calendars and week views start on."),
    choices=(
        (_SYSTEM, N_("As the system")),
        ("monday", N_("Monday")),
        ("saturday", N_("Saturday")),
        ("sunday", N_("Sunday")),
    ),
)
CAPTURE_KIND = Preference(
    "capture.default_kind",
    Kind.CHOICE,
    InteractionKind.CALL.value,
    CAPTURE,
    N_("Default kind"),
    N_("The kind a new quick capture entry starts with."),
    choices=(
        (InteractionKind.CALL.value, N_("Call")),
        (InteractionKind.MEETING.value, N_("Meeting")),
        (InteractionKind.MESSAGE.value, N_("Message")),
        (InteractionKind.NOTE.value, N_("Note")),
        (InteractionKind.LIFE_EVENT.value, N_("Life event")),
    ),
)
IDLE_MINUTES = Preference(
    "lock.idle_minutes",
    Kind.INT,
    10,
    SECURITY,
    N_("Lock after idle (minutes)"),
    N_("Close the store after this many minutes without keyboard or mouse input; 0 never locks."),
    minimum=0,
    maximum=1440,
    minimum_text=N_("Never"),
)
LOCK_WITH_SCREEN = Preference(
    "lock.with_screen",
    Kind.BOOL,
    True,
    SECURITY,
    N_("Lock when the screen locks"),
    N_(
        "Also close the store when the screen locks or the computer goes to sleep, where the "
        "desktop announces it (Linux)."
    ),
)

SUBSCRIPTION_FILE = Preference(
    "calendar.subscription_file",
    Kind.FILE,
    None,
    CALENDAR,
    N_("Calendar file to keep up to date"),
    N_(
        "pcrm rewrites this iCalendar file after every change to meetings, reminders, tasks and "
        "dates, so a calendar app can subscribe to it; empty for none. It is not encrypted."
    ),
)
SUBSCRIPTION_PRIVATE = Preference(
    "calendar.subscription_private",
    Kind.BOOL,
    False,
    CALENDAR,
    N_("Include notes and private items in the calendar file"),
    N_(
        "Without this the file holds summaries and times only: no notes, places or participants, "
        "and nothing marked private."
    ),
)
BACKUP_AUTOMATIC = Preference(
    "backups.automatic",
    Kind.BOOL,
    True,
    BACKUPS,
    N_("Back up automatically every day"),
    N_("While pcrm runs, and when it starts, an encrypted, verified backup is written once a day."),
)
BACKUP_FOLDER = Preference(
    "backups.folder",
    Kind.FOLDER,
    None,
    BACKUPS,
    N_("Backup folder"),
    N_(
        "Where the automatic backups go; empty for the store's own backups folder. Another disk "
        "keeps them safe when this one fails."
    ),
)
BACKUP_KEEP_DAILY = Preference(
    "backups.keep_daily",
    Kind.INT,
    7,
    BACKUPS,
    N_("Keep daily backups (days)"),
    N_("The newest backup of each of this many days is kept."),
    minimum=1,
    maximum=366,
)
BACKUP_KEEP_WEEKLY = Preference(
    "backups.keep_weekly",
    Kind.INT,
    4,
    BACKUPS,
    N_("Keep weekly backups (weeks)"),
    N_("Also the newest backup of each of this many weeks; 0 for none."),
    minimum=0,
    maximum=520,
    minimum_text=N_("None"),
)
BACKUP_KEEP_MONTHLY = Preference(
    "backups.keep_monthly",
    Kind.INT,
    6,
    BACKUPS,
    N_("Keep monthly backups (months)"),
    N_("Also the newest backup of each of this many months; 0 for none."),
    minimum=0,
    maximum=1200,
    minimum_text=N_("None"),
)
# The GUI reads it at start-up from Qt's settings, where it is kept when it changes: the unlock
# dialog speaks it too, before the store is open (pcrm.app).  Languages are named in themselves.
UI_LANGUAGE = Preference(
    "ui.language",
    Kind.CHOICE,
    _SYSTEM,
    LANGUAGE,
    N_("Language of the windows"),
    N_(
        "The language pcrm speaks, and writes dates and numbers in; “As the system” follows the "
        "computer's language. pcrm changes to it when it next starts."
    ),
    choices=(
        (_SYSTEM, N_("As the system")),
        ("en", "English"),
        ("uk", "Українська"),
        ("ru", "Русский"),
        ("bg", "Български"),
    ),
)

SCHEMA: tuple[Preference, ...] = (
    HOME_REGION,
    DEFAULT_CADENCE,
    TIME_ZONE,
    FEB29,
    REMIND_HOUR,
    FIRST_DAY_OF_WEEK,
    CAPTURE_KIND,
    IDLE_MINUTES,
    LOCK_WITH_SCREEN,
    SUBSCRIPTION_FILE,
    SUBSCRIPTION_PRIVATE,
    BACKUP_AUTOMATIC,
    BACKUP_FOLDER,
    BACKUP_KEEP_DAILY,
    BACKUP_KEEP_WEEKLY,
    BACKUP_KEEP_MONTHLY,
    UI_LANGUAGE,
)


def preference(key: str, schema: tuple[Preference, ...] = SCHEMA) -> Preference:
    for item in schema:
        if item.key == key:
            return item
    raise errors.NotFound(what="setting", query=key)


class PreferenceService(Service):
    """Typed, validated access to the preferences of one unlocked store.

    ``system`` gives defaults found on this machine (the locale's region) that replace the
    schema's; one that the schema refuses is ignored.  Stored values are read once and kept:
    only one process writes to a store at a time.
    """

    def __init__(
        self,
        db: Database,
        clock: Clock,
        system: Mapping[str, Value] | None = None,
        schema: tuple[Preference, ...] = SCHEMA,
    ) -> None:
        super().__init__(db, clock)
        self.schema = schema
        self._defaults = {p.key: p.default for p in schema}
        for key, value in (system or {}).items():
            try:
                self._defaults[key] = preference(key, schema).check(value)
            except (errors.BadInput, errors.NotFound):
                continue  # a locale pcrm cannot use: the schema's default stands
        self._stored: dict[str, Value] | None = None

    def default(self, key: str) -> Value:
        preference(key, self.schema)
        return self._defaults[key]

    def get(self, key: str) -> Value:
        """The value in force: the owner's, else the default."""
        stored = self.stored()
        return stored[key] if key in stored else self.default(key)

    def all(self) -> dict[str, Value]:
        """Every preference's value in force, in schema order."""
        return {p.key: self.get(p.key) for p in self.schema}

    def stored(self) -> dict[str, Value]:
        """Only the values the owner chose (a snapshot for :meth:`replace`, e.g. to undo)."""
        if self._stored is None:
            with self.read() as s:
                found: dict[str, object] = {
                    key: value for key, value in s.execute(select(m.Setting.key, m.Setting.value))
                }
            self._stored = {}
            for p in self.schema:
                if p.key in found:
                    try:
                        self._stored[p.key] = p.check(found[p.key])
                    except errors.BadInput:
                        continue  # written by another version, or damaged: the default applies
        return dict(self._stored)

    def set(self, key: str, value: Value) -> ChangeSet:
        checked = preference(key, self.schema).check(value)
        return self._write({**self.stored(), key: checked})

    def reset(self, key: str | None = None) -> ChangeSet:
        """Back to the default: one preference, or all of them."""
        if key is None:
            return self._write({})
        preference(key, self.schema)
        return self._write({k: v for k, v in self.stored().items() if k != key})

    def replace(self, values: Mapping[str, Value]) -> ChangeSet:
        """Make the owner's choices exactly ``values`` (the others back to their default), all
        checked before any is written."""
        return self._write({k: preference(k, self.schema).check(v) for k, v in values.items()})

    # -- what the rest of pcrm asks ---------------------------------------------------------------

    def home_region(self) -> str:
        return str(self.get(HOME_REGION.key))

    def time_zone(self) -> tzinfo | None:
        """The zone the owner chose, or None to follow the system."""
        name = self.get(TIME_ZONE.key)
        return zone_named(name) if isinstance(name, str) else None

    def _write(self, values: dict[str, Value]) -> ChangeSet:
        with self.write() as s:
            s.execute(delete(m.Setting).where(m.Setting.key.in_([p.key for p in self.schema])))
            s.add_all(m.Setting(key=k, value=v) for k, v in values.items())
        self._stored = dict(values)
        return ChangeSet().add("updated", PREFERENCE)
