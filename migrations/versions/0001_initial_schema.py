"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23

Every table of PRODUCT.md (see pcrm.store.models), the full-text search tables and the
triggers that keep them and the denormalised columns in step, and the built-in relationship types.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contact_search",
        sa.Column("contact_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("names", sa.Text(), nullable=True),
        sa.Column("orgs", sa.Text(), nullable=True),
        sa.Column("fields", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("contact_id", name=op.f("pk_contact_search")),
    )
    op.create_table(
        "custom_field_defs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("field_type", sa.String(length=8), nullable=False),
        sa.Column("choices", sa.JSON(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_field_defs")),
        sa.UniqueConstraint("name", name=op.f("uq_custom_field_defs_name")),
    )
    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drafts")),
    )
    op.create_table(
        "groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=True),
        sa.Column("query", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_groups")),
        sa.UniqueConstraint("uid", name=op.f("uq_groups_uid")),
    )
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("source_format", sa.String(length=16), nullable=False),
        sa.Column("source_name", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
        sa.UniqueConstraint("uid", name=op.f("uq_import_batches_uid")),
    )
    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("department", sa.Text(), nullable=True),
        sa.Column("website", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["organisations.id"],
            name=op.f("fk_organisations_parent_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
        sa.UniqueConstraint("uid", name=op.f("uq_organisations_uid")),
    )
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisations_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_organisations_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "relationship_types",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("reverse_name", sa.Text(), nullable=False),
        sa.Column("is_builtin", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relationship_types")),
        sa.UniqueConstraint("key", name=op.f("uq_relationship_types_key")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("prefix", sa.Text(), nullable=True),
        sa.Column("given", sa.Text(), nullable=True),
        sa.Column("middle", sa.Text(), nullable=True),
        sa.Column("family", sa.Text(), nullable=True),
        sa.Column("suffix", sa.Text(), nullable=True),
        sa.Column("nickname", sa.Text(), nullable=True),
        sa.Column("phonetic_given", sa.Text(), nullable=True),
        sa.Column("phonetic_middle", sa.Text(), nullable=True),
        sa.Column("phonetic_family", sa.Text(), nullable=True),
        sa.Column("display_name", sa.Text(), nullable=False),
        sa.Column("display_name_custom", sa.Boolean(), nullable=False),
        sa.Column("sort_key", sa.Text(), nullable=False),
        sa.Column("name_latin", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("cadence_days", sa.Integer(), nullable=True),
        sa.Column("time_zone", sa.String(length=64), nullable=True),
        sa.Column("is_favourite", sa.Boolean(), nullable=False),
        sa.Column("is_archived", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("met_on", sa.String(length=10), nullable=True),
        sa.Column("met_place", sa.Text(), nullable=True),
        sa.Column("met_channel", sa.Text(), nullable=True),
        sa.Column("met_notes", sa.Text(), nullable=True),
        sa.Column("introduced_by_id", sa.Integer(), nullable=True),
        sa.Column("last_interaction_at", sa.DateTime(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "cadence_days IS NULL OR cadence_days > 0", name=op.f("ck_contacts_cadence_positive")
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_contacts_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["introduced_by_id"],
            ["contacts.id"],
            name=op.f("fk_contacts_introduced_by_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
        sa.UniqueConstraint("uid", name=op.f("uq_contacts_uid")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contacts_import_batch_id"), ["import_batch_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contacts_introduced_by_id"), ["introduced_by_id"], unique=False
        )
        batch_op.create_index(
            "ix_contacts_last_interaction",
            ["deleted_at", "is_archived", "last_interaction_at", "sort_key"],
            unique=False,
        )
        batch_op.create_index(
            "ix_contacts_list", ["deleted_at", "is_archived", "sort_key"], unique=False
        )

    op.create_table(
        "interactions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("life_event", sa.String(length=32), nullable=True),
        sa.Column("channel", sa.String(length=32), nullable=True),
        sa.Column("direction", sa.String(length=8), nullable=True),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("all_day", sa.Boolean(), nullable=False),
        sa.Column("duration_seconds", sa.Integer(), nullable=True),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("is_private", sa.Boolean(), nullable=False),
        sa.Column("source_uid", sa.Text(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "duration_seconds IS NULL OR duration_seconds >= 0",
            name=op.f("ck_interactions_duration"),
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_interactions_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interactions")),
        sa.UniqueConstraint("uid", name=op.f("uq_interactions_uid")),
    )
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interactions_import_batch_id"), ["import_batch_id"], unique=False
        )
        batch_op.create_index("ix_interactions_source_uid", ["source_uid"], unique=False)
        batch_op.create_index("ix_interactions_starts", ["starts_at"], unique=False)

    op.create_table(
        "affiliations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("department", sa.Text(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_affiliations_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_affiliations_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_affiliations")),
    )
    with op.batch_alter_table("affiliations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_affiliations_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            "ix_affiliations_org", ["organisation_id", "contact_id"], unique=False
        )

    op.create_table(
        "contact_fields",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("service", sa.String(length=32), nullable=True),
        sa.Column("label", sa.Text(), nullable=True),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("normalized", sa.Text(), nullable=True),
        sa.Column("is_preferred", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("vcard_params", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_fields_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_fields")),
    )
    with op.batch_alter_table("contact_fields", schema=None) as batch_op:
        batch_op.create_index("ix_contact_fields_contact", ["contact_id", "position"], unique=False)
        batch_op.create_index("ix_contact_fields_match", ["kind", "normalized"], unique=False)

    op.create_table(
        "custom_field_values",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("field_id", sa.Integer(), nullable=False),
        sa.Column("value_text", sa.Text(), nullable=True),
        sa.Column("value_number", sa.Float(), nullable=True),
        sa.Column("value_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_custom_field_values_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["field_id"],
            ["custom_field_defs.id"],
            name=op.f("fk_custom_field_values_field_id_custom_field_defs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("contact_id", "field_id", name=op.f("pk_custom_field_values")),
    )
    op.create_table(
        "group_members",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_group_members_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
            name=op.f("fk_group_members_group_id_groups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", "contact_id", name=op.f("pk_group_members")),
    )
    with op.batch_alter_table("group_members", schema=None) as batch_op:
        batch_op.create_index("ix_group_members_contact", ["contact_id"], unique=False)

    op.create_table(
        "important_dates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("label", sa.Text(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("remind", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("day BETWEEN 1 AND 31", name=op.f("ck_important_dates_day_range")),
        sa.CheckConstraint("month BETWEEN 1 AND 12", name=op.f("ck_important_dates_month_range")),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_important_dates_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_important_dates")),
        sa.UniqueConstraint("uid", name=op.f("uq_important_dates_uid")),
    )
    with op.batch_alter_table("important_dates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_important_dates_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index("ix_important_dates_day", ["month", "day"], unique=False)

    op.create_table(
        "interaction_participants",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_interaction_participants_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_interaction_participants_interaction_id_interactions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "interaction_id", "contact_id", name=op.f("pk_interaction_participants")
        ),
    )
    with op.batch_alter_table("interaction_participants", schema=None) as batch_op:
        batch_op.create_index(
            "ix_participants_timeline", ["contact_id", "starts_at", "interaction_id"], unique=False
        )

    op.create_table(
        "notification_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=80), nullable=False),
        sa.Column("occurrence_at", sa.DateTime(), nullable=False),
        sa.Column("minutes_before", sa.Integer(), nullable=False),
        sa.Column("raised_at", sa.DateTime(), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=True),
        sa.Column("outcome_at", sa.DateTime(), nullable=True),
        sa.Column("snoozed_until", sa.DateTime(), nullable=True),
        sa.Column("logged_interaction_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["logged_interaction_id"],
            ["interactions.id"],
            name=op.f("fk_notification_log_logged_interaction_id_interactions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification_log")),
        sa.UniqueConstraint(
            "source", "occurrence_at", "minutes_before", name="uq_notification_once"
        ),
    )
    op.create_table(
        "photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("mime_type", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=True),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_photos_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photos")),
        sa.UniqueConstraint("contact_id", name=op.f("uq_photos_contact_id")),
    )
    op.create_table(
        "postal_addresses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=True),
        sa.Column("is_preferred", sa.Boolean(), nullable=False),
        sa.Column("po_box", sa.Text(), nullable=True),
        sa.Column("extended", sa.Text(), nullable=True),
        sa.Column("street", sa.Text(), nullable=True),
        sa.Column("locality", sa.Text(), nullable=True),
        sa.Column("region", sa.Text(), nullable=True),
        sa.Column("postal_code", sa.Text(), nullable=True),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("vcard_params", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_postal_addresses_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_postal_addresses")),
    )
    with op.batch_alter_table("postal_addresses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_postal_addresses_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_postal_addresses_locality"), ["locality"], unique=False
        )

    op.create_table(
        "relationships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("type_id", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("contact_id <> other_id", name=op.f("ck_relationships_not_self")),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_relationships_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["other_id"],
            ["contacts.id"],
            name=op.f("fk_relationships_other_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["type_id"],
            ["relationship_types.id"],
            name=op.f("fk_relationships_type_id_relationship_types"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relationships")),
        sa.UniqueConstraint("contact_id", "other_id", "type_id", name="uq_relationships_pair"),
    )
    with op.batch_alter_table("relationships", schema=None) as batch_op:
        batch_op.create_index("ix_relationships_other", ["other_id"], unique=False)

    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("starts_local", sa.String(length=19), nullable=True),
        sa.Column("time_zone", sa.String(length=64), nullable=True),
        sa.Column("all_day", sa.Boolean(), nullable=False),
        sa.Column("rrule", sa.Text(), nullable=True),
        sa.Column("exdates", sa.JSON(), nullable=True),
        sa.Column("next_due_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("snoozed_until", sa.DateTime(), nullable=True),
        sa.Column("priority", sa.Integer(), nullable=True),
        sa.Column("is_private", sa.Boolean(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_tasks_interaction_id_interactions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tasks")),
        sa.UniqueConstraint("uid", name=op.f("uq_tasks_uid")),
    )
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.create_index("ix_tasks_due", ["status", "next_due_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_tasks_interaction_id"), ["interaction_id"], unique=False
        )

    op.create_table(
        "vcard_extras",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("group", sa.Text(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("params", sa.JSON(), nullable=True),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_vcard_extras_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vcard_extras")),
    )
    with op.batch_alter_table("vcard_extras", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_vcard_extras_contact_id"), ["contact_id"], unique=False
        )

    op.create_table(
        "alarms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("minutes_before", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(task_id IS NULL) <> (interaction_id IS NULL)", name=op.f("ck_alarms_one_owner")
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_alarms_interaction_id_interactions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["tasks.id"], name=op.f("fk_alarms_task_id_tasks"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alarms")),
    )
    with op.batch_alter_table("alarms", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_alarms_interaction_id"), ["interaction_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_alarms_task_id"), ["task_id"], unique=False)

    op.create_table(
        "task_contacts",
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_task_contacts_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["tasks.id"],
            name=op.f("fk_task_contacts_task_id_tasks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("task_id", "contact_id", name=op.f("pk_task_contacts")),
    )
    with op.batch_alter_table("task_contacts", schema=None) as batch_op:
        batch_op.create_index("ix_task_contacts_contact", ["contact_id"], unique=False)

    for statement in SEARCH_DDL:
        op.execute(statement)
    seed_relationship_types()


def downgrade() -> None:
    for name in SEARCH_DROP:
        op.execute(name)
    with op.batch_alter_table("task_contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_task_contacts_contact")

    op.drop_table("task_contacts")
    with op.batch_alter_table("alarms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alarms_task_id"))
        batch_op.drop_index(batch_op.f("ix_alarms_interaction_id"))

    op.drop_table("alarms")
    with op.batch_alter_table("vcard_extras", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vcard_extras_contact_id"))

    op.drop_table("vcard_extras")
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tasks_interaction_id"))
        batch_op.drop_index("ix_tasks_due")

    op.drop_table("tasks")
    with op.batch_alter_table("relationships", schema=None) as batch_op:
        batch_op.drop_index("ix_relationships_other")

    op.drop_table("relationships")
    with op.batch_alter_table("postal_addresses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_postal_addresses_locality"))
        batch_op.drop_index(batch_op.f("ix_postal_addresses_contact_id"))

    op.drop_table("postal_addresses")
    op.drop_table("photos")
    op.drop_table("notification_log")
    with op.batch_alter_table("interaction_participants", schema=None) as batch_op:
        batch_op.drop_index("ix_participants_timeline")

    op.drop_table("interaction_participants")
    with op.batch_alter_table("important_dates", schema=None) as batch_op:
        batch_op.drop_index("ix_important_dates_day")
        batch_op.drop_index(batch_op.f("ix_important_dates_contact_id"))

    op.drop_table("important_dates")
    with op.batch_alter_table("group_members", schema=None) as batch_op:
        batch_op.drop_index("ix_group_members_contact")

    op.drop_table("group_members")
    op.drop_table("custom_field_values")
    with op.batch_alter_table("contact_fields", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_fields_match")
        batch_op.drop_index("ix_contact_fields_contact")

    op.drop_table("contact_fields")
    with op.batch_alter_table("affiliations", schema=None) as batch_op:
        batch_op.drop_index("ix_affiliations_org")
        batch_op.drop_index(batch_op.f("ix_affiliations_contact_id"))

    op.drop_table("affiliations")
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.drop_index("ix_interactions_starts")
        batch_op.drop_index("ix_interactions_source_uid")
        batch_op.drop_index(batch_op.f("ix_interactions_import_batch_id"))

    op.drop_table("interactions")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_contacts_list")
        batch_op.drop_index("ix_contacts_last_interaction")
        batch_op.drop_index(batch_op.f("ix_contacts_introduced_by_id"))
        batch_op.drop_index(batch_op.f("ix_contacts_import_batch_id"))

    op.drop_table("contacts")
    op.drop_table("settings")
    op.drop_table("relationship_types")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisations_parent_id"))
        batch_op.drop_index(batch_op.f("ix_organisations_name"))

    op.drop_table("organisations")
    op.drop_table("import_batches")
    op.drop_table("groups")
    op.drop_table("drafts")
    op.drop_table("custom_field_defs")
    op.drop_table("contact_search")


# -- full-text search and the triggers that keep denormalised data in step ---------------------------

_FTS_TOKENIZER = "unicode61 remove_diacritics 2"

_NAMES = (
    "trim(concat_ws(' ', {r}.display_name, {r}.prefix, {r}.given, {r}.middle, {r}.family, "
    "{r}.suffix, {r}.nickname, {r}.phonetic_given, {r}.phonetic_middle, {r}.phonetic_family, "
    "{r}.name_latin))"
)
_FIELDS = (
    "(SELECT group_concat(t, ' ') FROM ("
    " SELECT concat_ws(' ', value, nullif(normalized, value), label) AS t FROM contact_fields WHERE contact_id = {c}"
    " UNION ALL SELECT concat_ws(' ', street, locality, region, postal_code, country, extended,"
    " po_box, label) FROM postal_addresses WHERE contact_id = {c}"
    " UNION ALL SELECT value_text FROM custom_field_values"
    " WHERE contact_id = {c} AND value_text IS NOT NULL))"
)
_ORGS = (
    "(SELECT group_concat(concat_ws(' ', o.name, o.department, a.title, a.role, a.department), ' ')"
    " FROM affiliations AS a JOIN organisations AS o ON o.id = a.organisation_id"
    " WHERE a.contact_id = {c})"
)
_LAST = (
    "(SELECT max(p.starts_at) FROM interaction_participants AS p"
    " JOIN interactions AS i ON i.id = p.interaction_id"
    " WHERE p.contact_id = {c} AND i.deleted_at IS NULL)"
)


def _refresh_fields(c: str) -> str:
    return f"UPDATE contact_search SET fields = {_FIELDS.format(c=c)} WHERE contact_id = {c};"


def _refresh_orgs(c: str) -> str:
    return f"UPDATE contact_search SET orgs = {_ORGS.format(c=c)} WHERE contact_id = {c};"


def _refresh_last(c: str) -> str:
    return f"UPDATE contacts SET last_interaction_at = {_LAST.format(c=c)} WHERE id = {c};"


def _child_triggers(table: str, refresh: object) -> list[str]:
    assert callable(refresh)
    return [
        f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN {refresh('NEW.contact_id')} END",
        f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN {refresh('OLD.contact_id')} END",
        f"CREATE TRIGGER {table}_au AFTER UPDATE ON {table} BEGIN "
        f"{refresh('OLD.contact_id')} {refresh('NEW.contact_id')} END",
    ]


_NAME_COLUMNS = (
    "display_name, prefix, given, middle, family, suffix, nickname, phonetic_given, "
    "phonetic_middle, phonetic_family, name_latin, notes"
)

SEARCH_DDL = [
    f"CREATE VIRTUAL TABLE contact_fts USING fts5(names, orgs, fields, notes, "
    f"content='contact_search', content_rowid='contact_id', tokenize='{_FTS_TOKENIZER}')",
    f"CREATE VIRTUAL TABLE interaction_fts USING fts5(subject, body, location, "
    f"content='interactions', content_rowid='id', tokenize='{_FTS_TOKENIZER}')",
    # contact_search -> contact_fts (external content, folded for Cyrillic by pcrm_fold)
    "CREATE TRIGGER contact_search_ai AFTER INSERT ON contact_search BEGIN "
    " INSERT INTO contact_fts(rowid, names, orgs, fields, notes) VALUES (NEW.contact_id,"
    " pcrm_fold(NEW.names), pcrm_fold(NEW.orgs), pcrm_fold(NEW.fields), pcrm_fold(NEW.notes)); END",
    "CREATE TRIGGER contact_search_ad AFTER DELETE ON contact_search BEGIN "
    " INSERT INTO contact_fts(contact_fts, rowid, names, orgs, fields, notes) VALUES ('delete',"
    " OLD.contact_id, pcrm_fold(OLD.names), pcrm_fold(OLD.orgs), pcrm_fold(OLD.fields),"
    " pcrm_fold(OLD.notes)); END",
    "CREATE TRIGGER contact_search_au AFTER UPDATE ON contact_search BEGIN "
    " INSERT INTO contact_fts(contact_fts, rowid, names, orgs, fields, notes) VALUES ('delete',"
    " OLD.contact_id, pcrm_fold(OLD.names), pcrm_fold(OLD.orgs), pcrm_fold(OLD.fields),"
    " pcrm_fold(OLD.notes));"
    " INSERT INTO contact_fts(rowid, names, orgs, fields, notes) VALUES (NEW.contact_id,"
    " pcrm_fold(NEW.names), pcrm_fold(NEW.orgs), pcrm_fold(NEW.fields), pcrm_fold(NEW.notes)); END",
    # contacts -> contact_search.  The insert trigger also gathers children already written, so
    # bulk writers may insert children first under PRAGMA defer_foreign_keys.
    "CREATE TRIGGER contacts_search_ai AFTER INSERT ON contacts BEGIN "
    " INSERT INTO contact_search(contact_id, names, orgs, fields, notes) VALUES (NEW.id, "
    f"{_NAMES.format(r='NEW')}, {_ORGS.format(c='NEW.id')}, {_FIELDS.format(c='NEW.id')},"
    " NEW.notes); END",
    f"CREATE TRIGGER contacts_search_au AFTER UPDATE OF {_NAME_COLUMNS} ON contacts BEGIN "
    f" UPDATE contact_search SET names = {_NAMES.format(r='NEW')}, notes = NEW.notes"
    " WHERE contact_id = NEW.id; END",
    "CREATE TRIGGER contacts_search_ad AFTER DELETE ON contacts BEGIN "
    " DELETE FROM contact_search WHERE contact_id = OLD.id; END",
    *_child_triggers("contact_fields", _refresh_fields),
    *_child_triggers("postal_addresses", _refresh_fields),
    *_child_triggers("custom_field_values", _refresh_fields),
    *_child_triggers("affiliations", _refresh_orgs),
    "CREATE TRIGGER organisations_search_au AFTER UPDATE OF name, department ON organisations "
    "BEGIN UPDATE contact_search SET orgs = " + _ORGS.format(c="contact_search.contact_id") + " "
    " WHERE contact_id IN (SELECT contact_id FROM affiliations WHERE organisation_id = NEW.id); END",
    # interactions -> interaction_fts
    "CREATE TRIGGER interactions_fts_ai AFTER INSERT ON interactions BEGIN "
    " INSERT INTO interaction_fts(rowid, subject, body, location) VALUES (NEW.id,"
    " pcrm_fold(NEW.subject), pcrm_fold(NEW.body), pcrm_fold(NEW.location)); END",
    "CREATE TRIGGER interactions_fts_ad AFTER DELETE ON interactions BEGIN "
    " INSERT INTO interaction_fts(interaction_fts, rowid, subject, body, location) VALUES"
    " ('delete', OLD.id, pcrm_fold(OLD.subject), pcrm_fold(OLD.body), pcrm_fold(OLD.location)); END",
    "CREATE TRIGGER interactions_fts_au AFTER UPDATE OF subject, body, location ON interactions "
    "BEGIN INSERT INTO interaction_fts(interaction_fts, rowid, subject, body, location) VALUES"
    " ('delete', OLD.id, pcrm_fold(OLD.subject), pcrm_fold(OLD.body), pcrm_fold(OLD.location));"
    " INSERT INTO interaction_fts(rowid, subject, body, location) VALUES (NEW.id,"
    " pcrm_fold(NEW.subject), pcrm_fold(NEW.body), pcrm_fold(NEW.location)); END",
    # the timeline index and the stay-in-touch clock
    "CREATE TRIGGER interactions_time_au AFTER UPDATE OF starts_at ON interactions BEGIN "
    " UPDATE interaction_participants SET starts_at = NEW.starts_at"
    " WHERE interaction_id = NEW.id; END",
    "CREATE TRIGGER interactions_trash_au AFTER UPDATE OF deleted_at ON interactions BEGIN "
    " UPDATE contacts SET last_interaction_at = " + _LAST.format(c="contacts.id") + " "
    " WHERE id IN (SELECT contact_id FROM interaction_participants"
    " WHERE interaction_id = NEW.id); END",
    "CREATE TRIGGER participants_ai AFTER INSERT ON interaction_participants BEGIN "
    " UPDATE contacts SET last_interaction_at = NEW.starts_at WHERE id = NEW.contact_id"
    " AND (last_interaction_at IS NULL OR last_interaction_at < NEW.starts_at)"
    " AND (SELECT deleted_at FROM interactions WHERE id = NEW.interaction_id) IS NULL; END",
    f"CREATE TRIGGER participants_ad AFTER DELETE ON interaction_participants BEGIN "
    f"{_refresh_last('OLD.contact_id')} END",
    f"CREATE TRIGGER participants_au AFTER UPDATE ON interaction_participants BEGIN "
    f"{_refresh_last('OLD.contact_id')} {_refresh_last('NEW.contact_id')} END",
]

SEARCH_DROP = [
    "DROP TABLE IF EXISTS contact_fts",
    "DROP TABLE IF EXISTS interaction_fts",
]

BUILTIN_RELATIONSHIP_TYPES = [
    ("spouse", "spouse", "spouse"),
    ("partner", "partner", "partner"),
    ("parent", "parent", "child"),
    ("sibling", "sibling", "sibling"),
    ("relative", "relative", "relative"),
    ("friend", "friend", "friend"),
    ("colleague", "colleague", "colleague"),
    ("manager", "manager", "report"),
    ("mentor", "mentor", "mentee"),
    ("introduced", "introduced", "introduced by"),
]


def seed_relationship_types() -> None:
    table = sa.table(
        "relationship_types",
        sa.column("key", sa.String),
        sa.column("name", sa.Text),
        sa.column("reverse_name", sa.Text),
        sa.column("is_builtin", sa.Boolean),
    )
    op.bulk_insert(
        table,
        [
            {"key": key, "name": name, "reverse_name": reverse, "is_builtin": True}
            for key, name, reverse in BUILTIN_RELATIONSHIP_TYPES
        ],
    )
