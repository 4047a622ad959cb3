"""Loading translations: Qt's own (standard buttons, dialogs) and pcrm's, for the system locale."""

from __future__ import annotations

import re

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from pcrm import log
from pcrm.paths import shipped

_ENGLISH_PLURAL = re.compile(r"(?<=\w)\((e?s)\)")


def english_plural(text: str, n: int) -> str:
    """``"%n contact(s)"`` as English reads it, when no translation gave the plural forms.

    Qt picks plural forms from a translation file; without one (English, the source language)
    ``tr("%n contact(s)", "", n)`` keeps the "(s)".  A translated text has no such marker.
    """
    return _ENGLISH_PLURAL.sub(lambda m: "" if n == 1 else m[1], text)


def install_translators(app: QApplication) -> None:
    """Install the translations found for the system locale; English needs none."""
    locale = QLocale.system()
    sources = [("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        sources.append(("pcrm", str(shipped("resources") / "translations")))
    except FileNotFoundError:
        log.ui.warning("pcrm's translations folder is missing; the interface stays in English")
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
