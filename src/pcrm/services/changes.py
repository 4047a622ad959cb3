"""What a mutation changed, so views refresh exactly what they show (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ChangeSet:
    created: dict[str, set[int]] = field(default_factory=dict)
    updated: dict[str, set[int]] = field(default_factory=dict)
    deleted: dict[str, set[int]] = field(default_factory=dict)

    def add(self, how: str, entity: str, *ids: int) -> ChangeSet:
        getattr(self, how).setdefault(entity, set()).update(ids)
        return self

    def first(self, entity: str) -> int:
        """The id of the one thing created (or else updated) — for 'add' style calls."""
        for part in (self.created, self.updated):
            if part.get(entity):
                return min(part[entity])
        raise KeyError(entity)

    def __bool__(self) -> bool:
        return any((self.created, self.updated, self.deleted))
