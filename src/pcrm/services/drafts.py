"""Quick-capture drafts, saved continuously inside the encrypted store and offered back at start."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select

from pcrm.services.base import Service
from pcrm.store import models as m


class DraftService(Service):
    def save(self, payload: dict[str, Any], draft_id: int | None = None) -> int:
        """Create or overwrite a draft in one small transaction; returns its id."""
        with self.write() as s:
            row = s.get(m.Draft, draft_id) if draft_id is not None else None
            if row is None:
                row = m.Draft(kind="quick_capture", payload=payload, updated_at=self.now())
                s.add(row)
            else:
                row.payload = payload
                row.updated_at = self.now()
            s.flush()
            return row.id

    def pending(self) -> list[tuple[int, dict[str, Any]]]:
        with self.read() as s:
            rows = s.execute(
                select(m.Draft.id, m.Draft.payload).order_by(m.Draft.updated_at.desc())
            )
            return [(r[0], dict(r[1])) for r in rows]

    def discard(self, draft_id: int) -> None:
        with self.write() as s:
            s.execute(delete(m.Draft).where(m.Draft.id == draft_id))
