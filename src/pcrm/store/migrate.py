"""Alembic, run from code on the unlocked connection, with a verified backup before any upgrade.

``migrations/`` ships inside the wheel (``pcrm/migrations``); no ``alembic.ini`` is read.  A
database whose revision this pcrm does not know was written by a newer pcrm and is refused.  The
upgrade runs in one transaction (SQLite DDL is transactional once pysqlite's implicit transaction
handling is off, see ``store.engine``), so a failure leaves schema and revision untouched.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from pcrm import errors, log
from pcrm.paths import StorePaths, shipped
from pcrm.store import backup as backups
from pcrm.store.raw import HEAD_REVISION, schema_revision

if TYPE_CHECKING:
    from alembic.config import Config


def _config(script_location: Path | None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or shipped("migrations")))
    return cfg


def head_revision(script_location: Path | None = None) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config(script_location)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    raw = engine.raw_connection()
    try:
        return schema_revision(raw.driver_connection)
    finally:
        raw.close()


def check_known(revision: str, database: Path, script_location: Path | None = None) -> str:
    """Refuse (NewerSchema) a database at a revision this pcrm does not know; returns the head."""
    if script_location is None and revision == HEAD_REVISION:
        return HEAD_REVISION
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config(script_location))
    head = script.get_current_head()
    assert head is not None
    if revision not in {rev.revision for rev in script.walk_revisions()}:
        raise errors.NewerSchema(path=database, found=revision, known=head)
    return head


def needs_upgrade(engine: Engine, paths: StorePaths, script_location: Path | None = None) -> bool:
    current = current_revision(engine)
    if current is None:
        return True
    return current != check_known(current, paths.database, script_location)


def upgrade(
    engine: Engine,
    paths: StorePaths,
    key: bytes,
    script_location: Path | None = None,
) -> Path | None:
    """Bring the schema to head; returns the path of the backup taken first (None on a new DB)."""
    if not needs_upgrade(engine, paths, script_location):
        return None
    backup_path: Path | None = None
    if current_revision(engine) is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup_path = paths.backups / f"pre-upgrade-{stamp}.pcrm-backup"
        raw = engine.raw_connection()
        try:
            backups.backup(raw.driver_connection, key, backup_path)
        finally:
            raw.close()
    from alembic import command

    cfg = _config(script_location)
    try:
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()
    except Exception as exc:
        log.store.error("migration failed: %s", type(exc).__name__)
        raise errors.MigrationFailed(reason=type(exc).__name__, backup=backup_path) from exc
    return backup_path
