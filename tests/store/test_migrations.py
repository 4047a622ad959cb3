"""The schema: the ORM models and the migrations agree, a failed upgrade changes nothing, a newer
database is refused untouched, and the migrations ship inside the wheel."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from fake_keyring import FileKeyring
from sqlalchemy import text

from pcrm import errors
from pcrm.paths import StorePaths, shipped
from pcrm.store import backup, migrate
from pcrm.store.database import Database, create_store, open_database
from pcrm.store.models import Base
from pcrm.store.search import alembic_include_name, is_fts_table, is_search_table

Snap = Callable[[StorePaths], dict[str, str]]


def schema_rows(db: Database) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        )
        return [tuple(r) for r in rows]


def version(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version")]


@pytest.fixture
def store(store_paths: StorePaths, keyring_backend: FileKeyring) -> Iterator[Database]:
    db = create_store(store_paths, backend=keyring_backend)
    yield db
    db.close()


def test_env_uses_the_shared_filter() -> None:
    env = (shipped("migrations") / "env.py").read_text()
    assert "include_name = alembic_include_name" in env
    assert "include_name=include_name" in env


def test_models_and_migrations_agree(store: Database) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "target_metadata": Base.metadata,
                "include_name": alembic_include_name,
                "compare_type": True,
                "render_as_batch": True,
            },
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_only_the_fts_tables_are_left_out_of_the_comparison(store: Database) -> None:
    names = {r[1] for r in schema_rows(store) if r[0] == "table"}
    fts = {n for n in names if is_fts_table(n)}
    assert {"contact_fts", "contact_fts_data", "interaction_fts", "interaction_fts_idx"} <= fts
    assert {n for n in names if is_search_table(n)} == fts | {"contact_search"}
    assert not fts & set(Base.metadata.tables)
    assert all(alembic_include_name(t, "table", None) for t in Base.metadata.tables)
    # everything else the migrations created is an ORM table (or alembic's)
    assert names - fts == set(Base.metadata.tables) | {"alembic_version"}


def test_store_is_at_head(store: Database) -> None:
    assert version(store) == [migrate.head_revision()]
    assert migrate.needs_upgrade(store.engine, store.paths) is False


FAILING_REVISION = textwrap.dedent(
    '''
    """fails halfway

    Revision ID: 9999
    Revises: HEAD
    """

    import sqlalchemy as sa
    from alembic import op

    revision = "9999"
    down_revision = "HEAD"
    branch_labels = None
    depends_on = None


    def upgrade() -> None:
        op.create_table("doomed", sa.Column("id", sa.Integer(), primary_key=True))
        op.add_column("contacts", sa.Column("doomed_column", sa.Text(), nullable=True))
        op.execute("INSERT INTO doomed (id) VALUES (1)")
        raise RuntimeError("this migration fails halfway")


    def downgrade() -> None:
        pass
    '''
).replace("HEAD", migrate.HEAD_REVISION)  # one step after the shipped head


def test_a_migration_that_fails_halfway_changes_nothing(
    store: Database, tmp_path: Path, insert_contacts: Callable[..., None]
) -> None:
    insert_contacts(store, 5)
    scripts = tmp_path / "migrations"
    shutil.copytree(shipped("migrations"), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_fails_halfway.py").write_text(FAILING_REVISION)
    assert migrate.head_revision(scripts) == "9999"

    schema_before = schema_rows(store)
    assert version(store) == [migrate.HEAD_REVISION]
    with pytest.raises(errors.MigrationFailed) as info:
        migrate.upgrade(store.engine, store.paths, store.key, script_location=scripts)
    message = info.value.message
    assert "\n" not in message and "RuntimeError" in message

    assert schema_rows(store) == schema_before
    assert version(store) == [migrate.HEAD_REVISION]
    with store.engine.connect() as conn:
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(contacts)")]
        assert "doomed_column" not in columns
        assert conn.execute(text("SELECT count(*) FROM contacts")).scalar_one() == 5

    taken = info.value.params["backup"]
    assert isinstance(taken, Path) and taken.parent == store.paths.backups
    assert sorted(store.paths.backups.iterdir()) == [taken]  # no partial file left beside it
    assert taken.stat().st_mode & 0o777 == 0o600
    assert backup.verify(taken, store.key)["contacts"] == 5

    # The store is as usable as before: the shipped migrations find nothing to do.
    store.close()
    db = open_database(store.paths, backend=FileKeyring(store.paths.root.parent / "keyring.json"))
    assert version(db) == [migrate.HEAD_REVISION] and db.upgrade_backup is None
    db.close()


def test_a_newer_schema_is_refused_untouched(
    store: Database, store_paths: StorePaths, keyring_backend: FileKeyring, snap: Snap
) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff_newer'")
    store.close()
    before = snap(store_paths)
    for readonly in (False, True):
        with pytest.raises(errors.NewerSchema) as info:
            open_database(store_paths, backend=keyring_backend, readonly=readonly)
        assert info.value.params["found"] == "ffff_newer"
        assert info.value.params["known"] == migrate.head_revision()
        assert "\n" not in info.value.message
        after = snap(store_paths)
        if readonly:
            # A read-only SQLite connection cannot remove the WAL files it opened; they are empty
            # and the next writer removes them.  The database and store.json are untouched.
            wal = store_paths.database.with_name(store_paths.database.name + "-wal")
            assert set(after) - set(before) <= {wal.name, wal.name[:-4] + "-shm"}
            assert not wal.exists() or wal.stat().st_size == 0
            after = {name: after[name] for name in before}
        assert after == before
    assert not store_paths.backups.exists()


def test_a_successful_upgrade_is_preceded_by_a_verified_backup(
    store: Database, tmp_path: Path, insert_contacts: Callable[..., None]
) -> None:
    insert_contacts(store, 4)
    scripts = tmp_path / "migrations"
    shutil.copytree(shipped("migrations"), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    revision = FAILING_REVISION.replace(
        '    raise RuntimeError("this migration fails halfway")\n', ""
    )
    assert "raise" not in revision
    (scripts / "versions" / "9999_works.py").write_text(revision)

    taken = migrate.upgrade(store.engine, store.paths, store.key, script_location=scripts)
    assert version(store) == ["9999"]
    assert taken is not None and taken.parent == store.paths.backups
    assert backup.verify(taken, store.key)["contacts"] == 4
    with store.engine.connect() as conn:
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(contacts)")]
    assert "doomed_column" in columns
    # the backup is the schema from before
    from pcrm.store.engine import raw_connection

    with raw_connection(taken, store.key, mode="ro") as conn:
        found = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    assert found == [(migrate.HEAD_REVISION,)]


WHEEL_CHECK = textwrap.dedent(
    """
    import sys, tempfile
    from pathlib import Path
    import pcrm
    from pcrm.paths import StorePaths, shipped
    from pcrm.store import migrate
    from pcrm.store.database import create_store

    site = Path(sys.argv[1]).resolve()
    assert Path(pcrm.__file__).resolve().is_relative_to(site), pcrm.__file__
    assert shipped("migrations").resolve().is_relative_to(site), shipped("migrations")
    root = Path(tempfile.mkdtemp(dir=sys.argv[2])) / "store"
    db = create_store(StorePaths(root), passphrase="wheel test")
    with db.engine.connect() as conn:
        found = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
    db.close()
    head = migrate.head_revision()
    assert found == head, (found, head)
    print("ok", found)
    """
)


@pytest.mark.slow
def test_migrations_work_from_an_installed_wheel(tmp_path: Path, repo_root: Path) -> None:
    dist = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(repo_root)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (wheel,) = dist.glob("pcrm-*.whl")

    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert "pcrm/migrations/env.py" in names
    assert "pcrm/migrations/versions/0001_initial_schema.py" in names
    assert "pcrm/migrations/script.py.mako" in names
    shipped_resources = [
        p.relative_to(repo_root).as_posix()
        for p in (repo_root / "resources").rglob("*")
        if p.is_file()
    ]
    for resource in shipped_resources:
        assert f"pcrm/{resource}" in names, resource

    site = tmp_path / "site"
    installed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-compile",
            "--target",
            str(site),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr[-3000:]
    assert (site / "pcrm" / "migrations" / "versions" / "0001_initial_schema.py").is_file()

    work = tmp_path / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PCRM_", "PYTHON"))}
    env["PYTHONPATH"] = str(site)
    checked = subprocess.run(
        [sys.executable, "-c", WHEEL_CHECK, str(site), str(work)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr[-3000:]
    assert checked.stdout.strip() == f"ok {migrate.head_revision()}"


def test_the_fast_path_head_constant_matches_the_migrations() -> None:
    """Opening a store at head skips alembic; that shortcut must name the real head."""
    from pcrm.store.migrate import HEAD_REVISION, head_revision

    assert head_revision() == HEAD_REVISION


def test_a_read_only_open_of_an_outdated_store_upgrades_it_first(tmp_path: Path) -> None:
    """Reading commands (list, search) after an update of pcrm: the writer migrates once."""
    from fake_keyring import FileKeyring

    from pcrm import errors as pcrm_errors
    from pcrm.clock import Clock
    from pcrm.paths import StorePaths
    from pcrm.services.session import unlock
    from pcrm.store import keys
    from pcrm.store.database import open_database
    from pcrm.store.engine import create_database
    from pcrm.store.migrate import HEAD_REVISION, current_revision

    paths = StorePaths(tmp_path / "store")
    paths.root.mkdir()
    backend = FileKeyring(tmp_path / "keyring.json")
    key = keys.new_key()
    meta = keys.fresh_meta("keyring", key)
    keys.KeyringStore(backend, meta.store_id).set(key)
    create_database(paths.database, key)  # a store with no schema yet: older than any revision
    keys.write_meta(paths, meta)

    with pytest.raises(pcrm_errors.SchemaOutdated):
        open_database(paths, backend=backend, readonly=True)
    services = unlock(paths, Clock(), lambda confirm: None, backend=backend, readonly=True)
    try:
        assert services.db.readonly
        assert current_revision(services.db.engine) == HEAD_REVISION
        assert services.contacts.count() == 0
    finally:
        services.lock()
