"""duplicates: the pairs of contacts the owner said are not the same person

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

The duplicate finder never proposes a dismissed pair again (``pcrm.services.duplicates``).  A
pair is one row, the lower contact id first, and goes with either contact when it is purged.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "duplicate_dismissals",
        sa.Column("low_id", sa.Integer(), nullable=False),
        sa.Column("high_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("low_id < high_id", name=op.f("ck_duplicate_dismissals_ordered")),
        sa.ForeignKeyConstraint(
            ["high_id"],
            ["contacts.id"],
            name=op.f("fk_duplicate_dismissals_high_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["low_id"],
            ["contacts.id"],
            name=op.f("fk_duplicate_dismissals_low_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("low_id", "high_id", name=op.f("pk_duplicate_dismissals")),
    )
    with op.batch_alter_table("duplicate_dismissals", schema=None) as batch_op:
        batch_op.create_index("ix_duplicate_dismissals_high", ["high_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("duplicate_dismissals", schema=None) as batch_op:
        batch_op.drop_index("ix_duplicate_dismissals_high")
    op.drop_table("duplicate_dismissals")
