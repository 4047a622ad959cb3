"""Composing a display name from the structured name, and the keys that sort and find it."""

from __future__ import annotations

from dataclasses import dataclass

from pcrm.domain.text import sort_key, transliterations


@dataclass(frozen=True)
class PersonName:
    prefix: str | None = None
    given: str | None = None
    middle: str | None = None
    family: str | None = None
    suffix: str | None = None
    nickname: str | None = None

    def composed(self) -> str:
        """ "Dr Olena M. Shevchenko Jr", falling back to the nickname."""
        parts = [
            p.strip()
            for p in (self.prefix, self.given, self.middle, self.family, self.suffix)
            if p and p.strip()
        ]
        if parts:
            return " ".join(parts)
        return (self.nickname or "").strip()

    def sort_basis(self, display_name: str) -> str:
        """Family name first when there is one ("shevchenko olena"), else the display name."""
        if self.family and self.family.strip():
            return f"{self.family} {self.given or ''}".strip()
        return display_name


def display_name_for(name: PersonName, explicit: str | None, fallback: str | None = None) -> str:
    if explicit and explicit.strip():
        return explicit.strip()
    composed = name.composed()
    if composed:
        return composed
    return (fallback or "").strip() or "Unnamed"


def search_keys(name: PersonName, display_name: str) -> tuple[str, str]:
    """(sort_key, name_latin) for a contact."""
    latin = transliterations(" ".join(p for p in (display_name, name.nickname) if p))
    return sort_key(name.sort_basis(display_name)), latin
