"""Reading Markdown the owner wrote: open task items ("things to ask next time") and snippets.

An open item is a list line with an unchecked box: ``- [ ] ask about the move`` (``*`` and ``+``
bullets and numbered lists too, indented or not).  A checked box (``[x]``) is done and left out.
"""

from __future__ import annotations

import re

_OPEN_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[ \][ \t]+(\S.*?)[ \t]*$", re.M)
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.M)
_BULLET = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+", re.M)
_BOX = re.compile(r"(?<![^\s])\[([ xX])\](?=\s)")
OPEN_BOX, CHECKED_BOX = "☐", "☑"
SNIPPET_CHARS = 160


def open_items(text: str | None) -> list[str]:
    """The unchecked task items of ``text``, in order, each once."""
    if not text:
        return []
    return list(dict.fromkeys(m[1] for m in _OPEN_ITEM.finditer(text)))


def snippet(text: str | None, limit: int = SNIPPET_CHARS) -> str | None:
    """The start of a Markdown body on one line (the marks of headings and list items dropped,
    task boxes drawn as ☐ and ☑), cut at a word with "…" when longer than ``limit``; None when
    there is no text."""
    if not text:
        return None
    plain = _BULLET.sub("", _HEADING.sub("", text))
    plain = _BOX.sub(lambda m: OPEN_BOX if m[1] == " " else CHECKED_BOX, plain)
    flat = " ".join(plain.split())
    if not flat:
        return None
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"
