"""No personal data is ever written unencrypted (PRODUCT.md, "Security and safety promises").

Unique canary strings are planted in every kind of field, through the CLI as the owner would type
them and through the services for what the CLI cannot set (custom fields, relationships, a photo,
a quick-capture draft).  A second store is locked with a canary passphrase, which is then changed
to another canary.  A bulk writer and a canary writer are SIGKILLed mid-way, so the store is left
with a -wal file of committed frames no one checkpointed.  Then every file under the test's folder
(the store with pcrm.db, -wal, -shm, store.json and pcrm.lock, the backup the owner asked for,
TMPDIR, HOME and the XDG config, cache, data and state folders) is searched for every canary in
UTF-8 and UTF-16 in its original, lower, upper and folded forms (and the Latin transliterations of
the Cyrillic ones, which pcrm indexes for search).

What the commands print is checked too: the stdout of a successful command is output the owner
asked for and is not checked (except for passphrases, which are never shown); the stderr of any
command, and the stdout of a failed one, may repeat only the canaries the owner typed in that very
command, and for the failures provoked on purpose only the text the error is about.  In-process,
log records at DEBUG (SQLAlchemy's statement log included) carry no canary, and an IntegrityError
whose parameters carry one does not show it in its text, its repr or its traceback.
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import shlex
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fake_keyring import FileKeyring
from sqlalchemy import select as sql_select
from sqlalchemy.exc import IntegrityError

from pcrm.clock import Clock
from pcrm.domain.card import AddressEntry, DateEntry
from pcrm.domain.dates import PartialDate
from pcrm.domain.text import fold_for_index, transliterations
from pcrm.paths import StorePaths
from pcrm.services.session import Services, unlock
from pcrm.store import models as m
from pcrm.store.database import create_store

WRITER = Path(__file__).with_name("canary_writer.py")

CANARIES: dict[str, str] = {
    "given name": "CANARYgiven7f3a",
    "family name (Cyrillic)": "КАНАРКАродина",
    "e-mail": "canary.mail.7f3a@example.org",
    "phone as typed": "+380 67 731 9462",
    "phone E.164": "+380677319462",
    "phone digits": "677319462",
    "web site": "https://canary-site-7f3a.example.net/",
    "messenger handle": "canaryim7f3a",
    "organisation (Cyrillic)": "КАНАРКАорг7f3a",
    "job title": "CANARYtitle7f3a",
    "notes (Cyrillic)": "КАНАРКАприм7f3a",
    "birthday": "1913-07-29",
    "nickname": "CANARYnick7f3a",
    "interaction subject": "CANARYsubject7f3a",
    "interaction body (Cyrillic)": "КАНАРКАтекст7f3a",
    "interaction location": "CANARYplace7f3a",
    "reminder text": "CANARYremind7f3a",
    "group name": "CANARYgroup7f3a",
    "trashed contact": "CANARYtrashed7f3a",
    "custom field name": "CANARYcfname7f3a",
    "custom field value (Cyrillic)": "КАНАРКАзначення7f3a",
    "date label": "CANARYdatelabel7f3a",
    "street": "CANARYstreet7f3a",
    "relationship note": "CANARYrelnote7f3a",
    "relationship type": "CANARYreltype7f3a",
    "photo bytes": "CANARYphoto7f3a",
    "draft": "CANARYdraft7f3a",
    "passphrase": "CANARYpass7f3a horse staple",
    "new passphrase (Cyrillic)": "КАНАРКАпароль7f3a",
    "contact in the passphrase store": "CANARYpassstore7f3a",
    "killed writer notes": "CANARYwal7f3a",
    "bad e-mail": "CANARYnoat7f3a",
    "unknown contact": "CANARYnobody7f3a",
}
C = CANARIES
NEVER_SHOWN = {"passphrase", "new passphrase (Cyrillic)"}  # not even in requested output
PHOTO = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + C["photo bytes"].encode() + b"\x00IEND\xaeB`\x82"


def forms(value: str) -> set[str]:
    """The text forms a canary may take on its way to a file."""
    found = {value, value.lower(), value.upper(), value.casefold(), fold_for_index(value) or value}
    # pcrm indexes Latin readings of Cyrillic names; a leak of those is a leak of the name
    found |= {w for w in transliterations(value).split() if len(w) >= 8}
    return found


PATTERNS: dict[str, list[tuple[str, str, bytes]]] = {
    name: [
        (form, encoding, form.encode(encoding))
        for form in sorted(forms(value))
        for encoding in ("utf-8", "utf-16-le", "utf-16-be")
    ]
    for name, value in CANARIES.items()
}


def find_in_bytes(data: bytes) -> list[str]:
    hits = []
    for name, patterns in PATTERNS.items():
        for form, encoding, pattern in patterns:
            if pattern in data:
                hits.append(f"canary {name!r} ({form!r} as {encoding})")
                break
    return hits


def text_has(text: str, value: str) -> bool:
    folded = text.casefold()
    return any(form.casefold() in folded for form in forms(value))


def sweep(root: Path) -> tuple[list[str], list[Path]]:
    """Every canary in every file (and file name) under ``root``; returns (leaks, files seen)."""
    leaks: list[str] = []
    seen: list[Path] = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        leaks += [f"{rel} (its name): {hit}" for hit in find_in_bytes(path.name.encode())]
        if path.is_symlink() or not path.is_file():
            continue
        seen.append(rel)
        leaks += [f"{rel}: {hit}" for hit in find_in_bytes(path.read_bytes())]
    return leaks, seen


# -- running the CLI ----------------------------------------------------------------------------


@dataclass
class Run:
    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str
    succeeded: bool
    echo: str | None = None  # for a failure provoked on purpose: all its messages may repeat

    @property
    def label(self) -> str:
        return "pcrm " + shlex.join(self.args)


class Recorder:
    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.runs: list[Run] = []

    def __call__(
        self, *args: str, ok: bool = True, echo: str = "", env: dict[str, str] | None = None
    ) -> Run:
        proc = subprocess.run(
            [sys.executable, "-m", "pcrm", *args],
            env=env or self.env,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=120,
            check=False,
        )
        run = Run(
            args,
            proc.returncode,
            proc.stdout,
            proc.stderr,
            proc.returncode == 0,
            None if ok else echo,
        )
        self.runs.append(run)
        if ok:
            assert proc.returncode == 0, f"{run.label} failed ({proc.returncode}): {proc.stderr}"
        else:
            assert proc.returncode != 0, f"{run.label} should have failed: {proc.stdout}"
            assert proc.stderr.startswith("pcrm: "), f"{run.label}: {proc.stderr}"
        return run

    def killed(self, args: tuple[str, ...], stdout: str, stderr: str) -> None:
        self.runs.append(Run(args, -signal.SIGKILL, stdout, stderr, False, ""))


def output_leaks(run: Run) -> list[str]:
    """Canaries in what a command printed that the owner did not type in it (see the docstring)."""
    typed = " ".join(run.args) if run.succeeded else (run.echo or "")
    streams = [("stderr", run.stderr)] + ([] if run.succeeded else [("stdout", run.stdout)])
    leaks = []
    for name, value in CANARIES.items():
        if name in NEVER_SHOWN and text_has(run.stdout + run.stderr, value):
            leaks.append(f"{run.label}: output shows canary {name!r}")
            continue
        if text_has(typed, value):
            continue
        leaks += [
            f"{run.label}: {stream} shows canary {name!r}: {text.strip()[-300:]!r}"
            for stream, text in streams
            if text_has(text, value)
        ]
    return leaks


# -- the environment and killed processes -------------------------------------------------------


def private_env(cli_env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    """cli_env with every folder a program may write to inside tmp_path, and debug logging."""
    env = dict(cli_env)
    home = tmp_path / "home"
    folders = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_RUNTIME_DIR": tmp_path / "runtime",
        "TMPDIR": tmp_path / "tmp",
        "SQLITE_TMPDIR": tmp_path / "tmp",
    }
    for name, folder in folders.items():
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        env[name] = str(folder)
    env["PCRM_DEBUG"] = "1"
    return env


def live_members(pgid: int) -> list[int]:
    """Processes of group ``pgid`` that still run (a zombie holds no file and no lock)."""
    proc = Path("/proc")
    if not proc.is_dir():
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return []
        return [pgid]
    found = []
    for entry in proc.iterdir():
        if entry.name.isdigit():
            try:
                rest = (entry / "stat").read_text().rsplit(")", 1)[-1].split()
            except OSError:
                continue
            if len(rest) > 2 and int(rest[2]) == pgid and rest[0] not in ("Z", "X"):
                found.append(int(entry.name))
    return found


def kill_group(proc: subprocess.Popen[bytes]) -> tuple[str, str]:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    deadline = time.monotonic() + 15
    while live_members(proc.pid):
        assert time.monotonic() < deadline, "a SIGKILLed process survives"
        time.sleep(0.01)
    return out.decode(errors="replace"), err.decode(errors="replace")


def start(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        args,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def wait_for_line(proc: subprocess.Popen[bytes], line: bytes, timeout: float) -> None:
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.1)
        if ready:
            got = proc.stdout.readline()
            if got.strip() == line:
                return
            if not got:
                break
    kill_group(proc)
    pytest.fail(f"the canary writer never committed (exit {proc.returncode})")


# -- the session --------------------------------------------------------------------------------


def plant_in_process(paths: StorePaths, backend: FileKeyring) -> None:
    """What the CLI cannot set: custom fields, an address, a date label, relations, photo, draft."""
    services = unlock(paths, Clock(), lambda _confirm: None, backend=backend)
    try:
        first, second = services.contacts.resolve("#1"), services.contacts.resolve("#2")
        services.contacts.define_custom_field(C["custom field name"], "text")
        card = services.contacts.get(first)
        card.custom[C["custom field name"]] = C["custom field value (Cyrillic)"]
        card.addresses.append(AddressEntry(street=C["street"], locality="Kyiv", label="home"))
        card.dates.append(
            DateEntry(PartialDate.parse("03-14"), kind="anniversary", label=C["date label"])
        )
        services.contacts.update(first, card)
        services.relationships.add_type("canary7f3a", C["relationship type"], "reverse7f3a")
        services.relationships.relate(first, "friend", second, notes=C["relationship note"])
        services.relationships.relate(first, "canary7f3a", second)
        services.contacts.set_photo(first, PHOTO, "image/png", thumbnail=PHOTO, size=(1, 1))
        draft = services.drafts.save({"text": C["draft"], "with": [first]})
        services.drafts.save({"text": C["draft"] + " more", "with": [first, second]}, draft)
        assert services.search.quick(C["custom field value (Cyrillic)"]).contacts
    finally:
        services.lock()


def test_canaries_stay_inside_the_encrypted_database(
    cli_env: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    env = private_env(cli_env, tmp_path)
    run = Recorder(env)
    paths = StorePaths(Path(env["PCRM_DATA_DIR"]))
    backup_file = tmp_path / "backups-chosen" / "pcrm-backup.pcrm"

    # -- the owner's session through the CLI -----------------------------------------------------
    run("init")
    run(
        "contact",
        "add",
        f"Olena {C['given name']}",
        "--email",
        C["e-mail"],
        "--phone",
        f"mobile={C['phone as typed']}",
        "--url",
        C["web site"],
        "--im",
        f"telegram:@{C['messenger handle']}",
        "--org",
        C["organisation (Cyrillic)"],
        "--title",
        C["job title"],
        "--note",
        C["notes (Cyrillic)"],
        "--birthday",
        C["birthday"],
        "--group",
        C["group name"],
        "--cadence",
        "30",
    )
    run("contact", "add", f"Петро {C['family name (Cyrillic)']}", "--group", C["group name"])
    run("contact", "add", f"Taras {C['trashed contact']}")
    run(
        "log",
        "meeting",
        "--with",
        "#1",
        "--with",
        "#2",
        "--at",
        "yesterday 15:00",
        "--duration",
        "45m",
        "--subject",
        C["interaction subject"],
        "--location",
        C["interaction location"],
        "--text",
        C["interaction body (Cyrillic)"],
    )
    run(
        "remind",
        C["reminder text"],
        "--with",
        "#1",
        "--at",
        "tomorrow 10:00",
        "--every",
        "3 months",
        "--alarm",
        "15m",
    )
    run("contact", "edit", "#1", "--nickname", C["nickname"])
    assert "#1" in run("search", C["given name"]).stdout
    assert "#1" in run("search", "--ranked", C["organisation (Cyrillic)"]).stdout
    assert C["interaction subject"] in run("contact", "show", "#1").stdout
    run("contact", "show", C["e-mail"], "--json")
    run("contact", "list", "--json")
    assert C["reminder text"] in run("agenda", "--days", "400").stdout
    run("contact", "delete", "#3")
    assert "[in trash]" in run("contact", "show", "#3").stdout
    run("backup", str(backup_file))

    # -- what only the services can plant, in this process, with every logger at DEBUG -----------
    monkeypatch.setenv("TMPDIR", env["TMPDIR"])
    monkeypatch.setenv("SQLITE_TMPDIR", env["TMPDIR"])
    monkeypatch.setenv("HOME", env["HOME"])
    monkeypatch.setattr(tempfile, "tempdir", None)
    # pcrm's most verbose logging (PCRM_DEBUG=1), plus SQLAlchemy's statement log (echo=True):
    # hide_parameters must keep the values out of it.  (SQLAlchemy's DEBUG level logs result rows
    # by design; pcrm never turns it on, and neither does a root logger at DEBUG.)
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="pcrm")  # what log.configure() does under PCRM_DEBUG
    caplog.set_level(logging.INFO, logger="sqlalchemy")
    plant_in_process(paths, FileKeyring(tmp_path / "keyring.json"))
    assert any("INSERT" in r.getMessage() for r in caplog.records), "SQL was not logged"
    log_leaks = [
        f"log record {r.name}: {hit}"
        for r in caplog.records
        for hit in find_in_bytes(r.getMessage().encode())
    ]
    caplog.set_level(logging.WARNING, logger="sqlalchemy")
    caplog.set_level(logging.WARNING, logger="pcrm")

    shown = run("contact", "show", "#1", "--json").stdout
    assert C["custom field value (Cyrillic)"] in shown and C["street"] in shown
    run("check")

    # -- failures provoked on purpose: each may repeat only what it is about ---------------------
    run(
        "contact",
        "add",
        f"Ivan {C['given name']}",
        "--note",
        C["notes (Cyrillic)"],
        "--birthday",
        "1990-13-45",
        ok=False,
        echo="1990-13-45",
    )
    run(
        "contact",
        "add",
        f"Ivan {C['given name']}",
        "--note",
        C["notes (Cyrillic)"],
        "--im",
        C["messenger handle"],
        ok=False,
        echo=C["messenger handle"],
    )
    run(
        "contact",
        "add",
        f"Ivan {C['given name']}",
        "--org",
        C["organisation (Cyrillic)"],
        "--email",
        C["bad e-mail"],
        ok=False,
        echo=C["bad e-mail"],
    )
    run(
        "remind",
        C["reminder text"],
        "--with",
        "#1",
        "--at",
        "when pigs fly",
        ok=False,
        echo="when pigs fly",
    )
    run(
        "log",
        "meeting",
        "--with",
        "#1",
        "--subject",
        C["interaction subject"],
        "--text",
        C["interaction body (Cyrillic)"],
        "--duration",
        "bogus",
        ok=False,
        echo="bogus",
    )
    run(
        "log",
        "note",
        "--with",
        C["unknown contact"],
        "--text",
        C["interaction body (Cyrillic)"],
        ok=False,
        echo=C["unknown contact"],
    )
    run("contact", "show", C["unknown contact"], ok=False, echo=C["unknown contact"])
    run(
        "contact",
        "edit",
        f"Taras {C['trashed contact']}",
        "--note",
        C["notes (Cyrillic)"],
        ok=False,
        echo=f"Taras {C['trashed contact']}",
    )
    run("init", ok=False)  # a second store in the same folder
    run("backup", str(backup_file), ok=False)  # the file exists

    # -- a second store under a passphrase, which is then changed --------------------------------
    env_pass = {
        **env,
        "PCRM_DATA_DIR": str(tmp_path / "store-passphrase"),
        "PCRM_PASSPHRASE": C["passphrase"],
    }
    env_new = {**env_pass, "PCRM_PASSPHRASE": C["new passphrase (Cyrillic)"]}
    run("init", "--passphrase", env=env_pass)
    run(
        "contact",
        "add",
        C["contact in the passphrase store"],
        "--note",
        C["notes (Cyrillic)"],
        env=env_pass,
    )
    run("key", "passphrase", env={**env_pass, "PCRM_NEW_PASSPHRASE": env_new["PCRM_PASSPHRASE"]})
    run("contact", "list", ok=False, env=env_pass)  # the old passphrase is wrong now
    run("contact", "list", ok=False, env={**env_pass, "PCRM_PASSPHRASE": "wrong horse battery"})
    run(
        "contact",
        "list",
        ok=False,
        env={k: v for k, v in env_pass.items() if k != "PCRM_PASSPHRASE"},
    )
    assert C["contact in the passphrase store"] in run("contact", "list", env=env_new).stdout
    run("check", env=env_new)

    # -- writers SIGKILLed mid-way: a bulk demo, then one that commits canary notes ---------------
    demo_args = ("demo", "--contacts", "2000", "--interactions", "20000")
    demo = start([sys.executable, "-m", "pcrm", *demo_args], env)
    time.sleep(1.0)
    run.killed(demo_args, *kill_group(demo))
    writer_args = (str(WRITER), C["killed writer notes"], "1")
    writer = start([sys.executable, *writer_args], env)
    wait_for_line(writer, b"ready", timeout=60)
    time.sleep(1.0)
    out, err = kill_group(writer)
    run.runs.append(Run(writer_args, -signal.SIGKILL, out, err, False, ""))
    wal = paths.database.with_name(paths.database.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the killed writer left no WAL behind"

    # -- the sweep -------------------------------------------------------------------------------
    file_leaks, seen = sweep(tmp_path)
    for expected in (
        "store/pcrm.db",
        "store/pcrm.db-wal",
        "store/pcrm.db-shm",
        "store/store.json",
        "store/pcrm.lock",
        "store-passphrase/store.json",
        "store-passphrase/pcrm.db",
        "backups-chosen/pcrm-backup.pcrm",
        "keyring.json",
    ):
        assert Path(expected) in seen, f"the sweep did not see {expected}: {seen}"
    command_leaks = [leak for r in run.runs for leak in output_leaks(r)]
    leaks = file_leaks + command_leaks + log_leaks
    assert not leaks, "canaries outside the encrypted database:\n" + "\n".join(leaks)

    # -- and they are all inside it (so the sweep had something to find) -------------------------
    services = unlock(
        paths, Clock(), lambda _confirm: None, backend=FileKeyring(tmp_path / "keyring.json")
    )
    try:
        card = services.contacts.get(1)
        assert C["given name"] in card.display_name
        assert card.custom[C["custom field name"]] == C["custom field value (Cyrillic)"]
        assert services.contacts.photo(1) == (PHOTO, "image/png")
        assert C["draft"] in services.drafts.pending()[0][1]["text"]
        with services.db.session() as s:
            walled = s.scalars(
                sql_select(m.Interaction.id).where(
                    m.Interaction.subject.like(f"{C['killed writer notes']}%")
                )
            ).all()
        assert walled, "the killed writer's committed notes are missing"
    finally:
        services.lock()


def test_the_sweep_finds_what_it_looks_for() -> None:
    """A control for the scanner: every encoding and case form it promises is found."""
    for value in (C["given name"], C["organisation (Cyrillic)"], C["phone digits"]):
        for data in (value.encode(), value.upper().encode("utf-16-le"), value.lower().encode()):
            assert find_in_bytes(b"\x00junk" + data + b"junk\x00"), data
    assert find_in_bytes(b"kanarkarodyna")  # the Latin reading of КАНАРКАродина
    assert not find_in_bytes(os.urandom(1 << 16))


def test_the_output_rule() -> None:
    """A control for the output check: what the owner typed may come back, nothing else."""
    typed = ("contact", "show", C["unknown contact"])
    echoed = f"pcrm: No contact matches {C['unknown contact']!r}."
    assert not output_leaks(Run(typed, 2, "", echoed, False, C["unknown contact"]))
    assert output_leaks(Run(typed, 2, "", echoed, False, ""))
    assert output_leaks(
        Run(typed, 2, "", echoed + C["given name"].upper(), False, C["unknown contact"])
    )
    assert not output_leaks(Run(typed, 0, C["given name"], echoed, True))  # stdout asked for
    assert output_leaks(Run(("list",), 0, C["passphrase"], "", True))  # never shown


# -- exceptions ---------------------------------------------------------------------------------


def _exception_texts(exc: BaseException) -> str:
    return "\n".join([str(exc), repr(exc), *traceback.format_exception(exc)])


def test_integrity_errors_do_not_show_their_parameters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PCRM_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    backend = FileKeyring(tmp_path / "keyring.json")
    paths = StorePaths(tmp_path / "store")
    services = Services(create_store(paths, backend=backend), Clock(), backend)
    now = datetime.now(UTC)
    uid = "CANARYuid7f3a"
    try:
        # two contacts with the same uid, straight through the session
        with pytest.raises(IntegrityError) as raw_error, services.db.session() as s, s.begin():
            for _ in range(2):
                s.add(
                    m.Contact(
                        uid=uid,
                        display_name=C["given name"],
                        notes=C["notes (Cyrillic)"],
                        created_at=now,
                        updated_at=now,
                    )
                )
        # the same relationship type twice, through a service (custom fields are checked by
        # name before the insert now, so they no longer reach the constraint)
        services.relationships.add_type(C["custom field name"], "x", "y")
        with pytest.raises(IntegrityError) as service_error:
            services.relationships.add_type(C["custom field name"], "x", "y")
    finally:
        services.lock()

    for info, planted in (
        (raw_error, (uid, C["given name"], C["notes (Cyrillic)"])),
        (service_error, (C["custom field name"],)),
    ):
        exc: Any = info.value
        assert "UNIQUE constraint failed" in str(exc.orig)
        texts = {
            "str/repr/traceback": _exception_texts(exc),
            "driver error": _exception_texts(exc.orig),
        }
        for where, text in texts.items():
            for value in planted:
                assert not text_has(text, value), f"{where} of {type(exc).__name__} shows {value!r}"


def test_an_ambiguous_name_names_no_one_on_stderr(cli_env: dict[str, str], tmp_path: Path) -> None:
    run = Recorder(private_env(cli_env, tmp_path))
    run("init")
    run("contact", "add", f"Olena {C['given name']}")
    run("contact", "add", f"Olena {C['family name (Cyrillic)']}")
    failed = run("contact", "show", "Olena", ok=False, echo="Olena")
    assert "2 contacts match 'Olena'" in failed.stderr and "#1" in failed.stderr
    # The error line (stderr, which may end up in a script's log) names ids only; the choices
    # themselves are the answer to the owner's own question and go to stdout, like git's
    # "ambiguous argument" hints.
    assert [leak for leak in output_leaks(failed) if ": stderr shows" in leak] == []
    assert len(failed.stdout.splitlines()) == 2 and "#1" in failed.stdout
