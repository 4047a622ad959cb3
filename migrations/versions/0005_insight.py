"""insight: what the statistics count, copied onto each participant, and narrow partial indexes

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

The statistics of issue 6 (``pcrm.services.insight``) count calls, meetings and messages that are
not in the trash.  Counting them per contact means reading each participant's interaction: over
a million interactions that join alone costs more than a second (a random read of the wide
``interactions`` table, or of any index of it, per participant).  So each participant row carries
a copy of its interaction's ``kind``, ``channel`` and ``deleted_at`` (as it already carries
``starts_at``), kept by triggers: filled after a participant is inserted, and rewritten when the
interaction's kind, channel or trash state changes.  Writers need not know.

Three partial indexes hold only what counts, so that a count is a walk of a narrow index:

- ``ix_interactions_counted`` (starts_at): everyone's interactions per local day;
- ``ix_interactions_channel`` (channel, starts_at): per channel, and one channel per day;
- ``ix_participants_counted`` (contact_id, starts_at, channel, interaction_id): per contact;

and ``ix_contacts_created`` (created_at, met_channel) the new contacts of a period;
``ix_contacts_cadence`` gains the columns "losing touch" reads (it stays partial, and stays
what the organizer's stay-in-touch queries use).

``participants_au`` refreshed the contact's last interaction after *any* update of a participant
row; it now fires only when the row's interaction, contact or time changes, so that the copies
above can be written without recomputing every contact's last interaction.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

COUNTED = "kind IN ('call', 'meeting', 'message') AND deleted_at IS NULL"

_LAST = (
    "(SELECT max(p.starts_at) FROM interaction_participants AS p"
    " JOIN interactions AS i ON i.id = p.interaction_id"
    " WHERE p.contact_id = {c} AND i.deleted_at IS NULL)"
)


def _refresh_last(c: str) -> str:
    return f"UPDATE contacts SET last_interaction_at = {_LAST.format(c=c)} WHERE id = {c};"


def _participants_au(columns: str) -> str:
    return (
        f"CREATE TRIGGER participants_au AFTER UPDATE {columns}ON interaction_participants BEGIN "
        f"{_refresh_last('OLD.contact_id')} {_refresh_last('NEW.contact_id')} END"
    )


COPY_TRIGGERS = [
    "CREATE TRIGGER participants_copy_ai AFTER INSERT ON interaction_participants BEGIN"
    " UPDATE interaction_participants SET (kind, channel, deleted_at) ="
    " (SELECT kind, channel, deleted_at FROM interactions WHERE id = NEW.interaction_id)"
    " WHERE interaction_id = NEW.interaction_id AND contact_id = NEW.contact_id; END",
    "CREATE TRIGGER interactions_copy_au AFTER UPDATE OF kind, channel, deleted_at"
    " ON interactions BEGIN"
    " UPDATE interaction_participants SET kind = NEW.kind, channel = NEW.channel,"
    " deleted_at = NEW.deleted_at WHERE interaction_id = NEW.id; END",
]


def upgrade() -> None:
    # Before the copies are written: the old trigger would recompute a contact's last
    # interaction for every row updated (hours over a million rows).
    op.execute("DROP TRIGGER participants_au")
    op.execute(_participants_au("OF interaction_id, contact_id, starts_at "))
    # plain ALTER TABLE ADD COLUMN: a batch (copy and rename) would drop the table's triggers
    op.add_column("interaction_participants", sa.Column("kind", sa.String(16), nullable=True))
    op.add_column("interaction_participants", sa.Column("channel", sa.String(32), nullable=True))
    op.add_column("interaction_participants", sa.Column("deleted_at", sa.DateTime(), nullable=True))
    op.execute(
        "UPDATE interaction_participants SET kind = i.kind, channel = i.channel,"
        " deleted_at = i.deleted_at FROM interactions AS i"
        " WHERE i.id = interaction_participants.interaction_id"
    )
    for ddl in COPY_TRIGGERS:
        op.execute(ddl)
    where = sa.text(COUNTED)
    op.create_index("ix_interactions_counted", "interactions", ["starts_at"], sqlite_where=where)
    op.create_index(
        "ix_interactions_channel", "interactions", ["channel", "starts_at"], sqlite_where=where
    )
    op.create_index(
        "ix_participants_counted",
        "interaction_participants",
        ["contact_id", "starts_at", "channel", "interaction_id"],
        sqlite_where=where,
    )
    op.drop_index("ix_contacts_cadence", table_name="contacts")
    op.create_index(
        "ix_contacts_cadence",
        "contacts",
        ["cadence_days", "deleted_at", "is_archived", "created_at"],
        sqlite_where=sa.text("cadence_days IS NOT NULL"),
    )
    op.create_index(
        "ix_contacts_created",
        "contacts",
        ["created_at", "met_channel"],
        sqlite_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_contacts_created", table_name="contacts")
    op.drop_index("ix_contacts_cadence", table_name="contacts")
    op.create_index(
        "ix_contacts_cadence",
        "contacts",
        ["cadence_days"],
        sqlite_where=sa.text("cadence_days IS NOT NULL"),
    )
    op.drop_index("ix_participants_counted", table_name="interaction_participants")
    op.drop_index("ix_interactions_channel", table_name="interactions")
    op.drop_index("ix_interactions_counted", table_name="interactions")
    op.execute("DROP TRIGGER interactions_copy_au")
    op.execute("DROP TRIGGER participants_copy_ai")
    for column in ("deleted_at", "channel", "kind"):
        op.execute(f"ALTER TABLE interaction_participants DROP COLUMN {column}")
    op.execute("DROP TRIGGER participants_au")
    op.execute(_participants_au(""))
