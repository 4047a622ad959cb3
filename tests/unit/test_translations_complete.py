"""Every text the code asks to translate has a finished translation in Ukrainian, Russian and
Bulgarian, with its plural forms, placeholders and keyboard accelerator.

lupdate (resources/translations/update.py, the same options) refreshes copies of the committed
.ts files from the code in a temporary folder: a text added or changed since comes back as
``unfinished`` there, and one gone from the code is dropped, so the copies are compared with the
committed files as well as checked.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
PLURAL_FORMS = {"uk": 3, "ru": 3, "bg": 2}
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n|%L?\d")
_ACCELERATOR = re.compile(r"&(?!&)(\w)")


def _update_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_update", FOLDER / "update.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


UPDATE = _update_module()


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # "" when finished; unfinished, vanished, obsolete
    forms: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def where(self) -> str:
        return f"{self.context or '(shared)'}: {self.source!r}"


def messages(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            translation = m.find("translation")
            assert translation is not None
            numerus = m.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            found.append(
                Message(
                    name,
                    m.findtext("source") or "",
                    m.findtext("comment") or "",
                    numerus,
                    translation.get("type", ""),
                    forms,
                )
            )
    return found


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Copies of the committed .ts files, brought up to date with the code by lupdate."""
    folder = tmp_path_factory.mktemp("ts")
    files = []
    for language in UPDATE.LANGUAGES:
        files.append(shutil.copy(UPDATE.ts_file(language), folder))
    subprocess.run(UPDATE.lupdate_command([Path(f) for f in files]), check=True)
    return folder


@pytest.mark.parametrize("language", UPDATE.LANGUAGES)
def test_every_text_in_the_code_is_translated(refreshed: Path, language: str) -> None:
    problems = []
    found = messages(UPDATE.ts_file(language, refreshed))
    assert len(found) > 500, "lupdate found too few texts: is it reading the code?"
    for m in found:
        if m.kind:
            problems.append(f"{m.where()} is {m.kind}")
            continue
        if m.numerus and len(m.forms) != PLURAL_FORMS[language]:
            problems.append(f"{m.where()} has {len(m.forms)} plural forms")
        wanted_placeholders = sorted(_PLACEHOLDER.findall(m.source))
        wanted_accelerators = len(_ACCELERATOR.findall(m.source))
        for form in m.forms:
            if not form.strip() and m.source.strip():
                problems.append(f"{m.where()} has an empty translation")
            elif sorted(_PLACEHOLDER.findall(form)) != wanted_placeholders:
                problems.append(f"{m.where()}: the placeholders of {form!r} differ")
            elif len(_ACCELERATOR.findall(form)) != wanted_accelerators:
                problems.append(f"{m.where()}: {form!r} has not one '&' as the English has")
    assert not problems, f"{language}: " + "\n".join(problems)


@pytest.mark.parametrize("language", UPDATE.LANGUAGES)
def test_the_committed_sources_are_up_to_date(refreshed: Path, language: str) -> None:
    """No text the code no longer has, and none it has that the file lacks: run update.py."""
    committed = {m.key for m in messages(UPDATE.ts_file(language))}
    current = {m.key for m in messages(UPDATE.ts_file(language, refreshed))}
    assert sorted(current - committed) == [], "new texts: run resources/translations/update.py"
    assert sorted(committed - current) == [], "gone texts: run resources/translations/update.py"


def test_the_three_languages_translate_the_same_texts() -> None:
    keys = [{m.key for m in messages(UPDATE.ts_file(lang))} for lang in UPDATE.LANGUAGES]
    assert keys[0] == keys[1] == keys[2]


def test_the_built_files_load(tmp_path: Path) -> None:
    for language in UPDATE.LANGUAGES:
        shutil.copy(UPDATE.ts_file(language), tmp_path)
    built = UPDATE.release(tmp_path)
    assert sorted(p.name for p in built) == ["pcrm_bg.qm", "pcrm_ru.qm", "pcrm_uk.qm"]
    assert all(p.stat().st_size > 10_000 for p in built)
