"""The GUI's settings schema: window geometry and other non-personal state, and nothing else.

Names, search queries, the store's path or anything else the owner typed never go to QSettings
(PRODUCT.md: no personal data in Qt settings).  Each option has a type, a default, its allowed
values when they are few, and a line of documentation (Picard's ``options.py``).  ``VERSION`` is
written with the settings so that a later version can upgrade an older file step by step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

VERSION = 1
_VERSION_KEY = "settings/version"


@dataclass(frozen=True)
class Option:
    key: str
    kind: type
    default: Any
    doc: str
    choices: tuple[str, ...] = ()


GEOMETRY = Option("main_window/geometry", QByteArray, None, "the main window's size and position")
WINDOW_STATE = Option("main_window/state", QByteArray, None, "the main window's docks and bars")
SPLITTER = Option("main_window/splitter", QByteArray, None, "the split between list and card")
SIDEBAR_SPLITTER = Option(
    "main_window/sidebar_splitter", QByteArray, None, "the split between sidebar and the rest"
)
CARD_SPLITTER = Option(
    "main_window/card_splitter", QByteArray, None, "the split between a card and its timeline"
)
LIST_HEADER = Option("contact_list/header", QByteArray, None, "column widths and their order")
SORT = Option(
    "contact_list/sort",
    str,
    "name",
    "the contact list's order",
    choices=("name", "last_contacted", "next_reminder"),
)
LANGUAGE = Option(
    "ui/language",
    str,
    "system",
    "the language chosen in the settings (kept in the store), for the next start",
    choices=("system", "en", "uk", "ru", "bg"),
)

OPTIONS = (
    GEOMETRY,
    WINDOW_STATE,
    SPLITTER,
    SIDEBAR_SPLITTER,
    CARD_SPLITTER,
    LIST_HEADER,
    SORT,
    LANGUAGE,
)


class UiSettings:
    """Typed access to the options above over one QSettings file."""

    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings
        if self.qsettings.value(_VERSION_KEY) is None:
            self.qsettings.setValue(_VERSION_KEY, VERSION)

    def get(self, option: Option) -> Any:
        self._check(option)
        value = self.qsettings.value(option.key)
        if value is None or not isinstance(value, option.kind):
            return option.default
        if option.choices and value not in option.choices:
            return option.default
        return value

    def set(self, option: Option, value: Any) -> None:
        self._check(option)
        if not isinstance(value, option.kind) or (option.choices and value not in option.choices):
            raise ValueError(f"{option.key}: {value!r} is not a valid value")
        self.qsettings.setValue(option.key, value)

    def sync(self) -> None:
        self.qsettings.sync()

    @staticmethod
    def _check(option: Option) -> None:
        if option not in OPTIONS:
            raise KeyError(option.key)
