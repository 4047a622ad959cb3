"""SIGKILL the CLI in the middle of writing, again and again, and prove nothing committed is lost.

PRODUCT.md promises that "a crash, a kill or a power cut at any moment loses at most the keystrokes
of the last second; the database is never left unreadable".  This script checks the promise for
kills of real ``python -m pcrm`` processes:

1. it creates a keyring store (the file-backed test keyring of tests/support) with two contacts;
2. K times, it starts a shell loop in its own process group that runs ``pcrm log note --with "#1"
   --with "#2" --text "stress ..."`` back to back, with a ``contact add`` or a ``remind`` mixed
   in, sleeps a random moment (early: interpreter start-up, the open and the schema check; mid and
   late: the writes and their commits) and SIGKILLs the whole group;
3. once every process of the group is gone, it opens the store in-process and checks that every
   row whose confirmation line reached stdout ("Logged note #ID UID ...", "Added #ID NAME",
   "Reminder #ID ..." are printed only after the commit) is there, from this kill and all earlier
   ones; that ``PRAGMA integrity_check`` is ok and ``PRAGMA cipher_integrity_check`` reports no
   page; that both full-text indexes agree with their content; and that the trigger-kept
   ``contacts.last_interaction_at`` and ``interaction_participants.starts_at`` are consistent.

``make stress`` runs 200 kills (``--kills 200``); tests/stress/test_kill_writes.py runs a short
version in ``make test``.  Exit status 1 on any loss or integrity failure.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SUPPORT = HERE.parent / "support"
if str(SUPPORT) not in sys.path:
    sys.path.insert(0, str(SUPPORT))

from fake_keyring import FileKeyring  # noqa: E402

from pcrm.clock import Clock  # noqa: E402
from pcrm.domain.card import ContactCard  # noqa: E402
from pcrm.paths import StorePaths  # noqa: E402
from pcrm.services.session import Services  # noqa: E402
from pcrm.store.database import create_store, open_database  # noqa: E402

WORD = "stress"  # in every interaction body the loop writes, and in every contact it adds
LOGGED = re.compile(
    r"^Logged note #(\d+) ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}) at "
)
ADDED = re.compile(r"^Added #(\d+) (Stress \d+ \d+)$")
REMINDED = re.compile(r"^Reminder #(\d+) at ")

# One pcrm command after another until the group is killed.  $OFFSET shifts the mix so that the
# first (often the only) command of a kill is sometimes a contact add or a reminder.
LOOP = r"""
n=0
while :; do
  n=$((n + 1))
  case $(( (n + OFFSET) % 6 )) in
    2) "$PY" -m pcrm contact add "Stress $ITER $n" ;;
    5) "$PY" -m pcrm remind "stress $ITER $n" --with "#1" --at "tomorrow 09:00" ;;
    *) "$PY" -m pcrm log note --with "#1" --with "#2" --text "stress $ITER $n" ;;
  esac
done
"""


@dataclass
class Committed:
    """What the killed processes reported as committed, over all kills so far."""

    interactions: dict[str, int] = field(default_factory=dict)  # uid -> kill number
    contacts: dict[int, str] = field(default_factory=dict)  # id -> display name
    tasks: dict[int, int] = field(default_factory=dict)  # id -> kill number

    def total(self) -> int:
        return len(self.interactions) + len(self.contacts) + len(self.tasks)


@dataclass
class Summary:
    kills: int = 0
    moments: dict[str, int] = field(default_factory=lambda: {"early": 0, "mid": 0, "late": 0})
    committed: Committed = field(default_factory=Committed)
    verified: int = 0  # row checks that passed, summed over every verification
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    command_seconds: float = 0.0

    def lines(self) -> list[str]:
        c = self.committed
        return [
            f"kills: {self.kills} (early {self.moments['early']}, mid {self.moments['mid']}, "
            f"late {self.moments['late']}); one command takes {self.command_seconds:.2f} s",
            f"committed rows reported by killed processes: {c.total()} "
            f"({len(c.interactions)} interactions, {len(c.contacts)} contacts, "
            f"{len(c.tasks)} tasks)",
            f"row checks passed (every committed row re-checked after every later kill): "
            f"{self.verified}",
            f"failures: {len(self.failures)}",
            *(f"  FAIL {f}" for f in self.failures[:50]),
            f"time: {self.seconds:.1f} s",
        ]


def child_env(root: Path) -> dict[str, str]:
    """The environment of tests/conftest.py's ``cli_env``, for a store in ``root``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PCRM_")}
    env.update(
        PCRM_DATA_DIR=str(root / "store"),
        PCRM_TEST_KEYRING_FILE=str(root / "keyring.json"),
        PYTHON_KEYRING_BACKEND="fake_keyring.FileKeyring",
        PYTHONPATH=os.pathsep.join([str(SUPPORT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep),
        TMPDIR=str(root / "tmp"),
        PY=sys.executable,
    )
    (root / "tmp").mkdir(parents=True, exist_ok=True)
    return env


def live_members(pgid: int) -> list[int]:
    """Processes of group ``pgid`` that still run (zombies hold no file and no lock)."""
    proc = Path("/proc")
    if not proc.is_dir():  # not Linux: ask the kernel about the group as a whole
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return []
        return [pgid]
    found = []
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        rest = stat.rsplit(")", 1)[-1].split()
        if len(rest) > 2 and int(rest[2]) == pgid and rest[0] not in ("Z", "X"):
            found.append(int(entry.name))
    return found


def kill_group(proc: subprocess.Popen[Any], timeout: float = 15.0) -> None:
    """SIGKILL the process group of ``proc`` and return only once every member is gone."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=timeout)
    deadline = time.monotonic() + timeout
    while members := live_members(proc.pid):
        if time.monotonic() > deadline:
            raise RuntimeError(f"processes {members} of group {proc.pid} survive SIGKILL")
        time.sleep(0.005)


def setup_store(root: Path) -> tuple[StorePaths, FileKeyring]:
    paths = StorePaths(root / "store")
    backend = FileKeyring(root / "keyring.json")
    db = create_store(paths, backend=backend)
    services = Services(db, Clock(), backend)
    try:
        for name in ("Olena Kovalenko", "Petro Shevchenko"):
            services.contacts.create(
                ContactCard(display_name=name, given=name.split()[0], family=name.split()[1])
            )
    finally:
        services.lock()
    return paths, backend


def parse_output(text: str, kill: int, committed: Committed) -> None:
    for line in text.splitlines():
        if m := LOGGED.match(line):
            committed.interactions[m[2]] = kill
        elif m := ADDED.match(line):
            committed.contacts[int(m[1])] = m[2]
        elif m := REMINDED.match(line):
            committed.tasks[int(m[1])] = kill


def _one(conn: Any, sql: str, *params: Any) -> Any:
    return conn.execute(sql, params).fetchone()[0]


def verify(
    paths: StorePaths, backend: FileKeyring, committed: Committed, kill: int
) -> tuple[int, list[str]]:
    """Open the store as the next pcrm would and check it; returns (rows checked, failures)."""
    failures: list[str] = []
    where = f"after kill {kill}"
    try:
        db = open_database(paths, backend=backend)
    except Exception as exc:  # any error opening is a failure of the promise
        return 0, [f"{where}: the store does not open: {type(exc).__name__}: {exc}"]
    checked = 0
    try:
        with contextlib.closing(db.raw()) as raw:
            conn = raw.driver_connection
            result = conn.execute("PRAGMA integrity_check").fetchall()
            if result != [("ok",)]:
                failures.append(f"{where}: integrity_check: {result[:5]}")
            bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            if bad:
                failures.append(f"{where}: cipher_integrity_check: {len(bad)} rows: {bad[:3]}")

            uids = {r[0] for r in conn.execute("SELECT uid FROM interactions")}
            for uid, when in committed.interactions.items():
                if uid in uids:
                    checked += 1
                else:
                    failures.append(
                        f"{where}: interaction {uid} (committed in kill {when}) is lost"
                    )
            names = dict(conn.execute("SELECT id, display_name FROM contacts").fetchall())
            for cid, name in committed.contacts.items():
                if names.get(cid) == name:
                    checked += 1
                else:
                    failures.append(
                        f"{where}: contact #{cid} {name!r} is lost ({names.get(cid)!r})"
                    )
            titles = dict(conn.execute("SELECT id, title FROM tasks").fetchall())
            for tid, when in committed.tasks.items():
                if str(titles.get(tid, "")).startswith(WORD):
                    checked += 1
                else:
                    failures.append(f"{where}: task #{tid} (committed in kill {when}) is lost")

            # The full-text indexes agree with their content tables.
            indexed = _one(
                conn, "SELECT count(*) FROM interaction_fts WHERE interaction_fts MATCH ?", WORD
            )
            stored = _one(conn, "SELECT count(*) FROM interactions WHERE body LIKE ?", f"%{WORD}%")
            if indexed != stored:
                failures.append(
                    f"{where}: interaction_fts finds {indexed} '{WORD}', interactions hold {stored}"
                )
            indexed = _one(conn, "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH ?", WORD)
            stored = _one(
                conn, "SELECT count(*) FROM contacts WHERE display_name LIKE ?", f"%{WORD}%"
            )
            if indexed != stored:
                failures.append(
                    f"{where}: contact_fts finds {indexed} '{WORD}', contacts hold {stored}"
                )
            for table in ("interaction_fts", "contact_fts"):
                try:
                    conn.execute(
                        f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)"
                    )
                except Exception as exc:
                    failures.append(f"{where}: {table} integrity-check: {exc}")

            # The triggers kept the stay-in-touch clock and the timeline index in step.
            stale = conn.execute(
                "SELECT c.id, c.last_interaction_at, (SELECT max(p.starts_at)"
                " FROM interaction_participants AS p JOIN interactions AS i"
                " ON i.id = p.interaction_id WHERE p.contact_id = c.id AND i.deleted_at IS NULL)"
                " AS latest FROM contacts AS c WHERE c.last_interaction_at IS NOT latest"
            ).fetchall()
            if stale:
                failures.append(f"{where}: last_interaction_at out of step: {stale[:5]}")
            moved = _one(
                conn,
                "SELECT count(*) FROM interaction_participants AS p JOIN interactions"
                " AS i ON i.id = p.interaction_id WHERE p.starts_at <> i.starts_at",
            )
            if moved:
                failures.append(f"{where}: {moved} participants' starts_at differ")
            lonely = _one(
                conn,
                "SELECT count(*) FROM interactions WHERE id NOT IN"
                " (SELECT interaction_id FROM interaction_participants)",
            )
            if lonely:
                failures.append(f"{where}: {lonely} interactions have no participant")
    except Exception as exc:  # a query that fails on the reopened store is a failure too
        failures.append(f"{where}: checking failed: {type(exc).__name__}: {exc}")
    finally:
        db.close()
    return checked, failures


def timed_command(env: dict[str, str]) -> tuple[float, str]:
    """How long one ``log note`` takes here (calibrates the kill moments on slow machines)."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "pcrm", "log", "note", "--with", "#1", "--text", f"{WORD} warm-up"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return time.monotonic() - started, done.stdout


def pick_moment(rng: random.Random, index: int, span: float) -> tuple[str, float]:
    """Every third kill early (start-up, open, schema check); the rest anywhere up to ``span``."""
    if index % 3 == 0:
        return "early", rng.uniform(0.0, span * 0.3)
    if index % 3 == 1:
        return "mid", rng.uniform(span * 0.3, span * 0.7)
    return "late", rng.uniform(span * 0.7, span)


def run(
    kills: int,
    seed: int,
    data: Path,
    *,
    report: Callable[[str], None] = lambda _line: None,
    max_sleep: float = 1.5,
) -> Summary:
    started = time.monotonic()
    summary = Summary()
    rng = random.Random(seed)
    data.mkdir(parents=True, exist_ok=True)
    env = child_env(data)
    paths, backend = setup_store(data)
    summary.command_seconds, warm_up = timed_command(env)
    parse_output(warm_up, 0, summary.committed)
    # The window holds a command or two; a slower machine gets a proportionally longer one.
    span = max(max_sleep, 1.7 * summary.command_seconds)
    out_dir = data / "out"
    out_dir.mkdir(exist_ok=True)

    for kill in range(1, kills + 1):
        moment, delay = pick_moment(rng, kill, span)
        summary.moments[moment] += 1
        stdout_path, stderr_path = out_dir / f"{kill}.out", out_dir / f"{kill}.err"
        with open(stdout_path, "wb") as out, open(stderr_path, "wb") as err:
            proc = subprocess.Popen(
                ["sh", "-c", LOOP],
                env={**env, "ITER": str(kill), "OFFSET": str(rng.randrange(6))},
                stdout=out,
                stderr=err,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
            try:
                time.sleep(delay)
            finally:
                kill_group(proc)
        summary.kills += 1
        parse_output(stdout_path.read_text(errors="replace"), kill, summary.committed)
        errors = stderr_path.read_text(errors="replace").strip()
        if errors:
            summary.failures.append(f"kill {kill}: a command failed: {errors[-500:]}")
        checked, failures = verify(paths, backend, summary.committed, kill)
        summary.verified += checked
        summary.failures.extend(failures)
        if kill % 10 == 0 or failures or kill == kills:
            report(
                f"kill {kill}/{kills}: {moment} at {delay:.2f} s; "
                f"{summary.committed.total()} committed rows, {len(summary.failures)} failures"
            )
    summary.seconds = time.monotonic() - started
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None, help="default: random (printed)")
    parser.add_argument(
        "--data",
        type=Path,
        default=None,
        help="an empty folder to work in, kept (default: a temp folder, kept on failure)",
    )
    parser.add_argument("--max-sleep", type=float, default=1.5)
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    data = args.data or Path(tempfile.mkdtemp(prefix="pcrm-stress-"))
    if data.exists() and any(data.iterdir()):
        parser.error(f"{data} is not empty")
    # keyring's backend discovery constructs FileKeyring() without arguments: give it its file.
    os.environ["PCRM_TEST_KEYRING_FILE"] = str(data / "keyring.json")
    print(f"kill_writes: {args.kills} kills, seed {seed}, data in {data}", flush=True)
    summary = run(
        args.kills,
        seed,
        data,
        report=lambda line: print(line, flush=True),
        max_sleep=args.max_sleep,
    )
    for line in summary.lines():
        print(line)
    if summary.committed.total() == 0:
        print("no kill let a command commit: nothing was verified")
        return 1
    if summary.failures:
        print(f"the store and the output of every kill are kept in {data}")
        return 1
    if args.data is None:
        shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
