"""Folding text for search and sorting, Latin and Cyrillic alike.

SQLite's FTS5 ``unicode61`` tokenizer folds case for every script but strips diacritics only from
Latin letters, so "Йосип" would not match "иосип".  :func:`fold_for_index` maps the Cyrillic
letters that carry a diacritic onto their base letters (й→и, ё→е, ї→і, ў→у, ѓ→г, ќ→к) before
FTS5 sees the text; it is registered as the SQL function ``pcrm_fold`` that the search triggers
call, and the query side folds the same way.  It is a ``str.translate`` so that indexing a
million interactions stays cheap.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_CYRILLIC_DIACRITICS = {
    "й": "и", "Й": "И", "ё": "е", "Ё": "Е", "ї": "і", "Ї": "І",
    "ў": "у", "Ў": "У", "ѓ": "г", "Ѓ": "Г", "ќ": "к", "Ќ": "К",
    "ѐ": "е", "Ѐ": "Е", "ѝ": "и", "Ѝ": "И",
}  # fmt: skip

# A small, well-known transliteration (ISO 9 / passport style, simplified) so that typing Latin
# finds Cyrillic names: "olena" finds "Олена".  Names only; bodies are not transliterated.
_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "ё": "e", "ъ": "",
    "ы": "y", "э": "e", "ў": "u", "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz",
    "ѓ": "g", "ќ": "k", "ѕ": "dz", "'": "", "’": "", "ʼ": "",
}  # fmt: skip
# Russian and Bulgarian read г and и differently from Ukrainian; index both readings.
_TRANSLIT_ALT = {**_TRANSLIT, "г": "g", "и": "i", "х": "h", "щ": "sht", "ъ": "a"}
_TRANSLIT_TABLE = str.maketrans(_TRANSLIT)
_TRANSLIT_ALT_TABLE = str.maketrans(_TRANSLIT_ALT)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def fold_for_index(text: str | None) -> str | None:
    """What the FTS triggers feed to FTS5; None stays None."""
    if text is None or text.isascii():
        return text
    # str.replace over the few letters beats str.translate with a dict ~10x on Cyrillic text,
    # and the search triggers call this on every indexed column of every write.
    for letter, base in _CYRILLIC_DIACRITICS.items():
        if letter in text:
            text = text.replace(letter, base)
    return text


def fold(text: str) -> str:
    """Case- and diacritic-free form for comparing and sorting, in Python."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


# At the start of a word the official Ukrainian romanisation writes Ye, Yi, Y, Yu, Ya
# (Yevhen, Yulia, Yaroslav), and so do most passports for Russian names; inside a word it writes
# ie, i, i, iu, ia.  Word-initial readings are indexed as well, so both spellings find the name.
_WORD_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya", "е": "e", "ё": "yo"}
_RUSSIAN_PASSPORT = {
    **_TRANSLIT_ALT,
    "ю": "yu",
    "я": "ya",
    "й": "y",
    "е": "e",
    "ё": "yo",
    "х": "kh",
}
_RUSSIAN_TABLE = str.maketrans(_RUSSIAN_PASSPORT)
_WORD = re.compile(r"\w+")


def _initial_forms(lower: str, table: dict[int, str]) -> str:
    def word(match: re.Match[str]) -> str:
        text = match[0]
        head = _WORD_INITIAL.get(text[0])
        return (head + text[1:].translate(table)) if head else text.translate(table)

    return _WORD.sub(word, lower)


def transliterations(text: str) -> str:
    """Latin readings of a Cyrillic name, each once: "Юлія Ігнатенко" →
    "iuliia ihnatenko yuliia iulija ignatenko yulija …" (Ukrainian, Russian/Bulgarian and the
    word-initial forms of each)."""
    return " ".join(latin_readings(text))


def latin_readings(text: str) -> list[str]:
    """The Latin readings of :func:`transliterations` one by one, each a reading of the whole
    text ("Кривий Ріг" → ["kryvyi rih", …]); empty when the text has no Cyrillic letter."""
    if not _CYRILLIC.search(text):
        return []
    lower = text.casefold()
    ukrainian = _initial_forms(lower, _TRANSLIT_TABLE)
    russian = _initial_forms(lower, _RUSSIAN_TABLE)
    readings = [
        lower.translate(_TRANSLIT_TABLE),
        ukrainian,
        ukrainian.replace("iia", "ia"),  # the everyday Yulia, Maria, Anastasia
        lower.translate(_TRANSLIT_ALT_TABLE),
        lower.translate(_RUSSIAN_TABLE),
        russian,
        russian.replace("iya", "ia"),
    ]
    return list(dict.fromkeys(readings))


def sort_key(text: str) -> str:
    """The key the contact list sorts by: folded, with leading punctuation ignored."""
    return fold(text).lstrip(" \"'«(").strip()


# Search as you type folds every word of up to forty documents per keystroke; the same names,
# places and common words come back again and again.
_fold_word = functools.lru_cache(maxsize=1 << 16)(fold)


def query_words(query: str) -> list[str]:
    """The folded words of a search box, as matched by prefix."""
    return [w for w in re.findall(r"\w+", fold(query)) if w]


def snippet(text: str, words: list[str], width: int = 80) -> tuple[str, list[tuple[int, int]]]:
    """A window of ``text`` around the first word starting with one of ``words``, and the spans
    (start, end) in the returned string of every such word, for highlighting."""
    flat = " ".join(text.split())
    prefixes = tuple(words)
    hits = [m.span() for m in _WORD.finditer(flat) if _fold_word(m[0]).startswith(prefixes)]
    if not hits:
        cut = flat[:width]
        return (cut + "…" if len(flat) > width else cut), []
    start = 0 if len(flat) <= width else max(0, hits[0][0] - width // 4)
    if start:  # begin at a word
        start = flat.rfind(" ", 0, start) + 1
    end = min(len(flat), start + width)
    prefix = "…" if start else ""
    suffix = "…" if end < len(flat) else ""
    offset = len(prefix) - start
    spans = [(a + offset, b + offset) for a, b in hits if a >= start and b <= end]
    return prefix + flat[start:end] + suffix, spans
