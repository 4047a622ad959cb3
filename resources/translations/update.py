"""Refresh pcrm's translation sources from the code, or build them (``make translations``).

    python resources/translations/update.py            # the .ts files: new texts, gone ones out
    python resources/translations/update.py --release  # the .qm files beside them (make does it)

pyside6-lupdate reads every module under src/pcrm (the GUI's ``self.tr`` and
``QCoreApplication.translate``, and the shared-context aliases below: the GUI's ``_t``/``_tr``
wrappers and the core's ``N_`` markers).  Texts gone from the code are dropped, not kept as
obsolete; no source locations are written and messages are sorted, so a refresh changes only
the lines of texts that changed.  New texts arrive as ``type="unfinished"``: translate them in
Qt Linguist (``pyside6-linguist``) or an editor; tests/unit/test_translations_complete.py fails
until every one is finished.  Uses the PySide6 tools of the running Python.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = ROOT / "src" / "pcrm"
LANGUAGES = ("uk", "ru", "bg")
# Names lupdate reads like tr() (pcrm's shared context, see pcrm.ui.i18n): the GUI's wrappers
# of i18n.shared_tr, and N_, which marks English in the core for the GUI to translate.
SHARED_ALIASES = ("_t", "_tr", "N_")
_ALIAS_OPTION = ",".join(
    [f"tr+={name}" for name in SHARED_ALIASES if name != "N_"] + ["QT_TR_NOOP+=N_"]
)


def ts_file(language: str, folder: Path = HERE) -> Path:
    return folder / f"pcrm_{language}.ts"


def tool(name: str) -> str:
    """A PySide6 tool: beside this Python (a venv), else on the PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this Python")
    return found


def lupdate_command(ts_files: list[Path], sources: Path = SOURCES) -> list[str]:
    return [
        tool("pyside6-lupdate"),
        "-silent",
        "-extensions",
        "py",
        "-no-obsolete",
        "-locations",
        "none",
        "-sort-messages",
        "-source-language",
        "en",
        "-tr-function-alias",
        _ALIAS_OPTION,
        str(sources),
        "-ts",
        *map(str, ts_files),
    ]


def update(folder: Path = HERE) -> list[Path]:
    """Bring the .ts files in ``folder`` up to date with the code (created when missing)."""
    files = [ts_file(lang, folder) for lang in LANGUAGES]
    subprocess.run(lupdate_command(files), check=True)
    return files


def release(folder: Path = HERE) -> list[Path]:
    """Build each .ts in ``folder`` into the .qm beside it."""
    built = []
    for source in sorted(folder.glob("pcrm_*.ts")):
        target = source.with_suffix(".qm")
        command = [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)]
        subprocess.run(command, check=True)
        built.append(target)
    return built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="build the .qm files")
    args = parser.parse_args()
    for path in release() if args.release else update():
        print(path.relative_to(ROOT))  # noqa: T201


if __name__ == "__main__":
    main()
