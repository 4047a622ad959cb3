"""Reading Markdown the owner wrote: open task items ("things to ask next time") and snippets.

An open item is a list line with an unchecked box: ``- [ ] ask about the move`` (``*`` and ``+``
bullets and numbered lists too, indented or not).  A checked box (``[x]``) is done and left out.
"""

from __future__ import annotations

import re

_OPEN_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[ \][ \t]+(\S.*?)[ \t]*$", re.M)
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.M)
SNIPPET_CHARS = 160


def open_items(text: str | None) -> list[str]:
    """The unchecked task items of ``text``, in order, each once."""
    if not text:
        return []
    return list(dict.fromkeys(m[1] for m in _OPEN_ITEM.finditer(text)))


def snippet(text: str | None, limit: int = SNIPPET_CHARS) -> str | None:
    """The start of a Markdown body on one line (headings' marks dropped), cut at a word with
    "…" when longer than ``limit``; None when there is no text."""
    if not text:
        return None
    flat = " ".join(_HEADING.sub("", text).split())
    if not flat:
        return None
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"
