"""pcrm's languages: which one is in force, its translations (pcrm's and Qt's own) and locale.

English is the source language; Ukrainian, Russian and Bulgarian come from
``resources/translations/pcrm_*.ts``, built into ``.qm`` files by ``make`` (see
``resources/translations/update.py``).  The language follows the system unless the owner chose
one (the preference ``ui.language``); it is applied at start-up, with the locale that dates,
times and numbers are written in (``QLocale.setDefault``).

Widgets translate with ``self.tr("...")`` (the class is the context).  Code outside a QObject
translates with :func:`shared_tr`, imported as ``_t`` or ``_tr``: lupdate reads those two names
like ``tr`` and files their texts under pcrm's shared context, as it does the English that the
core marks with ``N_`` (the preference schema).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from pcrm import log
from pcrm.paths import shipped

SYSTEM = "system"
# The languages pcrm speaks, each named in itself (as language menus show them).
LANGUAGES = {"en": "English", "uk": "Українська", "ru": "Русский", "bg": "Български"}
# lupdate's context for texts translated outside a class (tr() calls with no "self." before).
SHARED_CONTEXT = ""

_ENGLISH_PLURAL = re.compile(r"(?<=\w)\((e?s)\)")


def english_plural(text: str, n: int) -> str:
    """``"%n contact(s)"`` as English reads it, when no translation gave the plural forms.

    Qt picks plural forms from a translation file; without one (English, the source language)
    ``tr("%n contact(s)", "", n)`` keeps the "(s)".  A translated text has no such marker.
    """
    return _ENGLISH_PLURAL.sub(lambda m: "" if n == 1 else m[1], text)


def shared_tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the language in force (the shared context); ``%n`` replaced by ``n``."""
    translated = QCoreApplication.translate(SHARED_CONTEXT, text, disambiguation, n)
    return english_plural(translated, n) if n >= 0 else translated


def N_(text: str) -> str:
    """Marks English for lupdate (read like ``tr``, in the shared context); returns it as is."""
    return text


# What the store keeps in English because pcrm wrote it there (migrations 0001: the built-in
# relationship types' names); the GUI shows it through stored_text.
STORED_ENGLISH = (
    N_("spouse"),
    N_("partner"),
    N_("parent"),
    N_("child"),
    N_("sibling"),
    N_("relative"),
    N_("friend"),
    N_("colleague"),
    N_("manager"),
    N_("report"),
    N_("mentor"),
    N_("mentee"),
    N_("introduced"),
    N_("introduced by"),
)


def stored_text(text: str) -> str:
    """A name from the store in the language in force when pcrm wrote it (a built-in
    relationship type); the owner's own names are shown as they are."""
    return shared_tr(text) if text in STORED_ENGLISH else text


def chosen_locale(language: str | None) -> QLocale:
    """The locale for a language code ("uk"); the system's for "system" or an unknown code.

    When the system already speaks the chosen language its locale is kept, so an English
    choice on an en_GB system keeps British dates.
    """
    system = QLocale.system()
    if language not in LANGUAGES:
        return system
    wanted = QLocale(language)
    return system if system.language() == wanted.language() else wanted


def install_translators(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Install pcrm's and Qt's translations for ``language`` (None: the system's) and make its
    locale the default; returns the translators installed (English needs none)."""
    locale = chosen_locale(language)
    QLocale.setDefault(locale)
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return []
    sources = [("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        sources.append(("pcrm", str(shipped("resources") / "translations")))
    except FileNotFoundError:
        log.ui.warning("pcrm's translations folder is missing; the interface stays in English")
    installed = []
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
        elif name == "pcrm":
            log.ui.warning("no built translation for %s (make builds them)", locale.name())
    return installed


def remove_translators(app: QApplication, translators: list[QTranslator]) -> None:
    """Back to English (the screenshots in every language use this)."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
