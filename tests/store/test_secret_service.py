"""The store's key in a real Secret Service: gnome-keyring-daemon on a private D-Bus session.

The test runs a script under ``dbus-run-session`` with a fresh gnome-keyring (its files in the
test's temporary HOME), unlocked with a throwaway password.  Without dbus-run-session or
gnome-keyring-daemon it is skipped, unless PCRM_REQUIRE_SECRET_SERVICE=1 makes that a failure
(CI installs the Debian packages listed in .ci/debian-packages.txt).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.secret_service

SCRIPT = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime
    from pathlib import Path

    import keyring
    import secretstorage
    from keyring.backends import SecretService

    from pcrm.paths import StorePaths
    from pcrm.store import keys
    from pcrm.store.database import create_store, open_database, rotate_key
    from pcrm.store.models import Contact

    backend = keys.trusted_keyring()
    assert isinstance(backend, SecretService.Keyring), f"trusted_keyring() gave {backend!r}"

    paths = StorePaths(Path(sys.argv[1]))
    db = create_store(paths, backend=backend)
    store_id, key = db.meta.store_id, db.key
    now = datetime.now(UTC)
    with db.session() as session, session.begin():
        session.add(Contact(display_name="Kept In The Keyring", created_at=now, updated_at=now))
    db.close()
    user = f"store:{store_id}"

    def stored_secrets(username):
        connection = secretstorage.dbus_init()
        try:
            collection = secretstorage.get_default_collection(connection)
            items = collection.search_items({"service": "pcrm", "username": username})
            return [item.get_secret().decode() for item in items]
        finally:
            connection.close()

    # The key is in the Secret Service itself, readable by any client of it.
    assert stored_secrets(user) == [key.hex()]
    assert keyring.get_password("pcrm", user) == key.hex()

    # A fresh backend object (as a new start would make) opens the store.
    db = open_database(paths, backend=SecretService.Keyring())
    assert db.key == key
    with db.session() as session:
        assert [c.display_name for c in session.query(Contact)] == ["Kept In The Keyring"]

    # Rotation goes through the real keyring: new key stored, pending entry removed.
    rotate_key(db, backend, None)
    new_key = db.key
    db.close()
    assert new_key != key
    assert stored_secrets(user) == [new_key.hex()]
    assert stored_secrets(user + ":pending") == []
    db = open_database(paths, backend=SecretService.Keyring())
    assert db.key == new_key
    db.close()
    print("secret service ok")
    """
)


def test_key_in_a_real_secret_service(tmp_path: Path) -> None:
    tools = ("dbus-run-session", "gnome-keyring-daemon")
    missing = [tool for tool in tools if not shutil.which(tool)]
    if missing:
        reason = f"{', '.join(missing)} not installed (see .ci/debian-packages.txt)"
        if os.environ.get("PCRM_REQUIRE_SECRET_SERVICE") == "1":
            pytest.fail(f"PCRM_REQUIRE_SECRET_SERVICE=1 but {reason}")
        pytest.skip(reason)

    home = tmp_path / "home"
    runtime = tmp_path / "run"
    for folder in (home, runtime):
        folder.mkdir(mode=0o700)
    script = tmp_path / "secret_service_check.py"
    script.write_text(SCRIPT)
    private = ("DBUS_", "PYTHON_KEYRING", "KEYRING_", "GNOME_KEYRING", "XDG_", "PCRM_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(private)}
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
    )
    inner = (
        "printf throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
        f" && exec {shlex.quote(sys.executable)} {shlex.quote(str(script))}"
        f" {shlex.quote(str(tmp_path / 'store'))}"
    )
    proc = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", inner],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
    assert proc.stdout.strip().endswith("secret service ok")
    # The keyring's files went to the test's HOME, not the user's.
    assert any((home / ".local" / "share" / "keyrings").iterdir())
