"""Every user-visible string can be translated, and lupdate extracts it in the context it runs in.

A static check of ``src/pcrm/ui`` and ``app.py`` with :mod:`ast`:

- no English literal goes straight to a Qt text setter or constructor (``setText("Save")``,
  ``QLabel("Name")``, ``addMenu("&File")``, a message box's title or text ...): it goes through
  ``tr`` (the allowlist below names the few strings that are not words to translate);
- every translation call is one lupdate reads in the context it runs in.  pyside6-lupdate is a
  tokenizer, not Python: ``self.tr("x")`` is read in the enclosing class's context,
  ``QCoreApplication.translate("Ctx", "x")`` in ``Ctx``, the aliases in
  ``resources/translations/update.py`` (``_t("x")``, ``N_("x")`` ...) in pcrm's shared context;
  ``parent.tr("x")`` would be read in a context called "parent" and ``tr = self.tr; tr("x")`` in
  none, so neither would ever be translated.  A text that is not a literal is not extracted at
  all, and a ``%n`` text must pass its count as the third argument for lupdate to see a plural.

Whether every extracted text is translated is tests/unit/test_translations_complete.py.
"""

from __future__ import annotations

import ast
import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "pcrm"


def _aliases() -> tuple[str, ...]:
    spec = importlib.util.spec_from_file_location(
        "translations_update", ROOT / "resources" / "translations" / "update.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return tuple(module.SHARED_ALIASES)


SHARED_ALIASES = _aliases()  # _t("x"), _tr("x"), N_("x"): lupdate reads them like tr()

# Not words to translate: the app's name, and texts that are symbols or formats only (those with
# no letter at all are never flagged).
ALLOWED_LITERALS = {
    "pcrm",  # the application's name
    "pcrm[*]",  # the window title: the name and Qt's "unsaved changes" mark
    "Europe/Kyiv",  # the example of a time zone name, which is typed in English
    "FREQ=MONTHLY;INTERVAL=3",  # the example of an iCalendar rule, typed as it is
}

# Where a translation call takes a text that is not a literal, on purpose: the text is marked
# for lupdate where it is written (N_ in the preference schema).  file: function names.
ALLOWED_VARIABLE_TEXTS = {
    "ui/dialogs/settings_dialog.py": {"__init__", "_make", "_section", "_help"},
}

# name -> which positional arguments are texts (None: all of them)
TEXT_CALLS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setTitle": (0,),
    "setLabelText": (0,),
    "setSpecialValueText": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setWindowIconText": (0,),
    "setItemText": (1,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "showMessage": (0, 1),
    "addMenu": None,
    "addAction": None,
    "addTab": None,
    "insertTab": None,
    "addRow": (0,),
    "addItem": (0,),
    "addItems": (0,),
    "addButton": (0,),
    "QLabel": None,
    "QPushButton": None,
    "QToolButton": None,
    "QCheckBox": None,
    "QRadioButton": None,
    "QGroupBox": None,
    "QCommandLinkButton": None,
    "QAction": None,
    "QMenu": None,
    "QMessageBox": None,
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getInt": (1, 2),
    "getItem": (1, 2),
    "getSaveFileName": (1, 3),
    "getOpenFileName": (1, 3),
    "getOpenFileNames": (1, 3),
    "getExistingDirectory": (1,),
}
TR_CALLS = {"tr", "translate", *SHARED_ALIASES}
_LETTER = re.compile(r"[^\W\d_]")


def ui_modules() -> list[Path]:
    return sorted([*(SRC / "ui").rglob("*.py"), SRC / "app.py"])


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def _english(node: ast.expr) -> str | None:
    """The English words in ``node`` when it is a literal (or a literal being formatted)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
        return text if _LETTER.search(text) and text not in ALLOWED_LITERALS else None
    if isinstance(node, ast.JoinedStr):  # f"Saved {n}": the constant parts
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        joined = "".join(str(p) for p in parts)
        return joined if _LETTER.search(joined) else None
    if isinstance(node, ast.BinOp):  # "Saved " + n, "Saved %d" % n
        return _english(node.left) or _english(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return next((t for t in map(_english, node.elts) if t), None)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    ):
        return _english(node.func.value)
    return None


class _Walker(ast.NodeVisitor):
    def __init__(self, path: Path) -> None:
        self.where = str(path.relative_to(SRC))
        self.functions: list[str] = []
        self.problems: list[str] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if node.name in SHARED_ALIASES and self.where != "ui/i18n.py":
            self._say(node, f"def {node.name}: import i18n.shared_tr as {node.name} instead")
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def visit_Assign(self, node: ast.Assign) -> None:
        value = node.value
        if isinstance(value, ast.Attribute) and (
            value.attr == "tr" or ast.unparse(value).endswith("QCoreApplication.translate")
        ):
            self._say(node, f"{ast.unparse(value)} under another name: lupdate does not follow it")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        if name in TEXT_CALLS:
            self._literal_texts(node, name)
        if name in TR_CALLS:
            self._extractable(node, name)
        self.generic_visit(node)

    def _say(self, node: ast.AST, problem: str) -> None:
        self.problems.append(f"{self.where}:{getattr(node, 'lineno', 0)}: {problem}")

    def _literal_texts(self, node: ast.Call, name: str) -> None:
        wanted = TEXT_CALLS[name]
        args = list(node.args) + [k.value for k in node.keywords if k.arg in ("text", "title")]
        for i, arg in enumerate(args):
            if wanted is not None and i < len(node.args) and i not in wanted:
                continue
            text = _english(arg)
            if text:
                self._say(node, f"{name}() is given {text!r} without tr()")

    def _extractable(self, node: ast.Call, name: str) -> None:
        func = node.func
        inside = self.functions[-1] if self.functions else ""
        if self.where == "ui/i18n.py":
            return  # shared_tr passes its caller's text on
        if name == "tr":
            if not isinstance(func, ast.Attribute):
                self._say(node, "a bare tr(): lupdate reads it in no context; use self.tr()")
                return
            if not (isinstance(func.value, ast.Name) and func.value.id == "self"):
                receiver = ast.unparse(func.value)
                self._say(node, f"{receiver}.tr(): lupdate reads it in the context {receiver!r}")
                return
        if name == "translate":
            if not (
                isinstance(func, ast.Attribute)
                and ast.unparse(func.value).endswith("QCoreApplication")
            ):
                return  # str.translate and the like
            context = node.args[0] if node.args else None
            if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
                self._say(node, "translate() with a context that is not a literal")
                return
            if len(node.args) > 3:  # lupdate takes a name there for an encoding: no plural
                self._say(node, "translate() with a count: use self.tr or i18n.shared_tr")
                return
        args = node.args[1:] if name == "translate" else node.args
        if not args:
            return
        text = args[0]
        if isinstance(text, ast.JoinedStr):
            self._say(node, "an f-string given to tr(): lupdate extracts it with the braces")
        elif not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            if inside not in ALLOWED_VARIABLE_TEXTS.get(self.where, ()):
                self._say(node, f"{ast.unparse(node)[:60]}: a text lupdate cannot see")
        elif "%n" in text.value and len(args) < 3:
            self._say(node, f"{text.value!r}: pass the count third (text, None, n) for lupdate")


def problems_in(path: Path) -> Iterator[str]:
    walker = _Walker(path)
    walker.visit(ast.parse(path.read_text(encoding="utf-8")))
    yield from walker.problems


@pytest.mark.parametrize("path", ui_modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_user_visible_text_is_translatable(path: Path) -> None:
    found = list(problems_in(path))
    assert not found, "\n".join(found)


def test_the_check_sees_what_it_should(tmp_path: Path) -> None:
    ui = tmp_path / "ui"
    ui.mkdir()
    sample = ui / "sample.py"
    sample.write_text(
        "class W:\n"
        "    def build(self, parent):\n"
        "        self.setWindowTitle('Contacts')\n"
        "        QLabel(f'Saved {n} cards', self)\n"
        "        self.button.setText(self.tr('Save'))\n"
        "        self.setToolTip('…')\n"
        "        parent.tr('Backup folder')\n"
        "        tr = self.tr\n"
        "        tr('&New contact')\n"
        "        self.tr(text)\n"
        "        self.tr('%n contact(s)', n)\n"
        "        QMessageBox.warning(self, self.tr('Import'), 'Nothing was imported.')\n"
        "        t = QCoreApplication.translate\n",
        encoding="utf-8",
    )
    walker = _Walker.__new__(_Walker)
    walker.where, walker.functions, walker.problems = "ui/sample.py", [], []
    walker.visit(ast.parse(sample.read_text(encoding="utf-8")))
    lines = sorted(int(p.split(":")[1]) for p in walker.problems)
    assert lines == [3, 4, 7, 8, 9, 10, 11, 12, 13]
