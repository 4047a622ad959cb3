"""organizer: the wall time of a task's open occurrence, and the stay-in-touch index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

``tasks.next_due_wall`` identifies the open occurrence independently of the owner's zone (a
floating 09:00 raised in Kyiv is not raised again in New York); existing rows get the wall time
of ``next_due_at`` in their own zone, or for floating ones in this computer's zone (the zone
they were placed in is not recorded; it is most likely this one).  ``ix_contacts_cadence`` lets
the stay-in-touch queries read only the contacts that have a cadence.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from alembic import op

from pcrm.clock import local_zone

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("tasks", sa.Column("next_due_wall", sa.DateTime(), nullable=True))
    rows = op.get_bind().execute(
        sa.text("SELECT id, next_due_at, time_zone FROM tasks WHERE next_due_at IS NOT NULL")
    )
    _fill_walls(list(rows))
    op.create_index(
        "ix_contacts_cadence",
        "contacts",
        ["cadence_days"],
        unique=False,
        sqlite_where=sa.text("cadence_days IS NOT NULL"),
    )


def _fill_walls(rows: list[sa.Row[tuple[int, str, str | None]]]) -> None:
    for task_id, due, zone in rows:
        place: tzinfo
        try:
            place = ZoneInfo(zone) if zone else local_zone()
        except (ZoneInfoNotFoundError, ValueError):
            place = UTC
        instant = datetime.fromisoformat(due).replace(tzinfo=UTC)
        wall = instant.astimezone(place).replace(tzinfo=None)
        op.execute(
            sa.text("UPDATE tasks SET next_due_wall = :wall WHERE id = :id").bindparams(
                wall=wall.isoformat(sep=" ", timespec="microseconds"), id=task_id
            )
        )


def downgrade() -> None:
    op.drop_index("ix_contacts_cadence", table_name="contacts")
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_column("next_due_wall")
