"""Alembic environment for pcrm: runs on the connection pcrm already unlocked (no alembic.ini).

``pcrm.store.migrate`` passes the open connection in ``config.attributes["connection"]``; the
whole upgrade runs in that connection's one transaction, so a failure leaves schema and revision
as they were.
"""

from __future__ import annotations

from alembic import context

from pcrm.store.models import Base
from pcrm.store.search import alembic_include_name

config = context.config

# The FTS5 virtual tables and their shadow tables are created by raw DDL in the migrations and
# are not part of the ORM metadata; tests/store/test_migrations.py compares with the same filter.
include_name = alembic_include_name


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("pcrm migrations run only from pcrm.store.migrate (no offline mode)")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        transactional_ddl=True,
        include_name=include_name,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
