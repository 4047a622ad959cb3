"""The command line: everything that does not need a window (PRODUCT.md, "The command line").

Every command prints a one-line reason to stderr and exits non-zero on any error; ``--json``
gives machine-readable output for list, show, agenda and search.  Messages name files and ids,
never personal data, and no traceback reaches the owner (``PCRM_DEBUG=1`` shows one).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields, is_dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from pcrm import __version__, errors, log
from pcrm.clock import Clock
from pcrm.domain.card import AffiliationEntry, ContactCard, DateEntry, FieldEntry
from pcrm.domain.dates import PartialDate
from pcrm.domain.kinds import FieldKind, InteractionKind
from pcrm.domain.zones import zone_named
from pcrm.hardening import no_core_dumps
from pcrm.options import common_parser, desktop_args, passphrase_source, with_defaults
from pcrm.paths import resolve_data_dir
from pcrm.services import import_formats

# contact_export.DEFAULT_NAMES, repeated so that building the parser imports no service
DEFAULT_EXPORT_NAMES = {
    "vcard": "pcrm-contacts.vcf",
    "csv": "pcrm-contacts.csv",
    "bundle": "pcrm-contacts",
}
EXIT_INTERNAL = 70


class Output:
    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def emit(self, data: Any, human: Callable[[], None]) -> None:
        if self.as_json:
            print(json.dumps(_plain(data), ensure_ascii=False, indent=2))
        else:
            human()


def _plain(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return value.iso()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_plain(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


# -- unlocking ------------------------------------------------------------------------------------


def open_services(args: argparse.Namespace, *, readonly: bool = False) -> Any:
    from pcrm.clock import OwnerClock
    from pcrm.services.session import unlock

    clock = OwnerClock()
    services = unlock(
        resolve_data_dir(args.data_dir), clock, passphrase_source(args), readonly=readonly
    )
    clock.follow(services.preferences)  # times in the zone the owner chose, if any
    return services


# -- commands -------------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, out: Output) -> int:
    from pcrm.services.session import initialise

    paths = resolve_data_dir(args.data_dir)
    services = initialise(paths, Clock(), passphrase_source(args), force_passphrase=args.passphrase)
    try:
        source = services.db.meta.key_source
        out.emit(
            {"path": str(paths.root), "key_source": source},
            lambda: print(
                f"Created an encrypted store in {paths.root} "
                f"(key in the {'OS keyring' if source == 'keyring' else 'passphrase'})."
            ),
        )
    finally:
        services.lock()
    return 0


# "work=olena@example.org": a short label before "=", not a URL's query string
_LABELLED = re.compile(r"^([^\W\d][\w \-]{0,23})=(.+)$")


def _card_from_args(args: argparse.Namespace, card: ContactCard) -> ContactCard:
    name = getattr(args, "name", None)
    if name is not None:
        name = " ".join(name.split())
        if not name:
            raise errors.BadInput(where="name", reason="the name is empty")
        parts = name.split()
        if args.given is None and args.family is None:
            card.given = " ".join(parts[:-1]) if len(parts) > 1 else parts[0]
            card.family = parts[-1] if len(parts) > 1 else None
        elif args.given is None and name.endswith(args.family) and name != args.family:
            card.given = name[: -len(args.family)].strip()  # "Olena Kovalenko-Smith" --family …
        card.display_name = name
        card.display_name_custom = False
    for attr in ("given", "family", "middle", "prefix", "suffix", "nickname", "time_zone", "notes"):
        value = getattr(args, attr, None)
        if value is not None:
            setattr(card, attr, value)
    if card.display_name and card.given is None and card.family is None:
        card.display_name_custom = True
    for kind, values in (
        (FieldKind.EMAIL, args.email),
        (FieldKind.PHONE, args.phone),
        (FieldKind.URL, args.url),
    ):
        for raw in values or []:
            labelled = _LABELLED.match(raw)
            label, value = (labelled[1], labelled[2]) if labelled else (None, raw)
            card.fields.append(
                FieldEntry(
                    kind=kind.value,
                    value=value,
                    label=label or None,
                    preferred=not any(f.kind == kind for f in card.fields),
                )
            )
    for raw in args.im or []:
        service, _, handle = raw.partition(":")
        if not handle:
            raise errors.BadInput(
                where="--im", reason=f"{raw!r}: write SERVICE:HANDLE, e.g. telegram:@olena"
            )
        kind = (
            FieldKind.SOCIAL
            if service.lower() in {"linkedin", "facebook", "instagram", "x", "mastodon", "github"}
            else FieldKind.MESSENGER
        )
        card.fields.append(FieldEntry(kind=kind.value, value=handle, service=service.lower()))
    if args.org:
        for other in card.affiliations:
            other.primary = False
        card.affiliations.append(
            AffiliationEntry(organisation=args.org, title=args.title, primary=True)
        )
    elif args.title is not None:
        if len(card.affiliations) != 1:
            raise errors.BadInput(
                where="--title", reason="say which organisation with --org (or add one first)"
            )
        card.affiliations[0].title = args.title
    if args.birthday:
        try:
            born = PartialDate.parse(args.birthday)
        except ValueError as exc:
            raise errors.BadInput(where="--birthday", reason=str(exc)) from None
        old = next((d for d in card.dates if d.kind == "birthday"), None)
        card.dates = [d for d in card.dates if d.kind != "birthday"]
        card.dates.insert(0, DateEntry(date=born, kind="birthday", uid=old.uid if old else None))
    if args.cadence is not None:
        card.cadence_days = args.cadence or None
    if args.favourite is not None:
        card.favourite = args.favourite
    return card


def cmd_contact_add(args: argparse.Namespace, out: Output) -> int:
    with _session(args) as services:
        cadence = services.preferences.get("contacts.default_cadence_days")
        card = _card_from_args(args, ContactCard(cadence_days=cadence or None))
        changes = services.contacts.create(card)
        contact_id = changes.first("contact")
        for group in args.group or []:
            services.groups.add_members(_group_id(services, group), [contact_id])
        shown = services.contacts.get(contact_id)
        out.emit(
            {"id": contact_id, "uid": shown.uid, "display_name": shown.display_name},
            lambda: print(f"Added #{contact_id} {shown.display_name}"),
        )
    return 0


def _group_id(services: Any, name: str) -> int:
    try:
        return int(services.groups.resolve(name))
    except errors.NotFound:
        return int(services.groups.create(name).first("group"))


def cmd_contact_list(args: argparse.Namespace, out: Output) -> int:
    with _session(args, readonly=True) as services:
        group_id = services.groups.resolve(args.group) if args.group else None
        ids = services.contacts.ordered_ids(
            args.sort,
            archived=args.archived,
            trashed=args.trash,
            favourites=args.favourites,
            group_id=group_id,
        )
        page = ids[args.offset : args.offset + args.limit] if args.limit else ids[args.offset :]
        rows = services.contacts.rows(page)
        ordered = [rows[i] for i in page if i in rows]

        def human() -> None:
            for r in ordered:
                extra = " · ".join(x for x in (r.organisation, r.email, r.phone) if x)
                star = "★ " if r.favourite else ""
                print(f"#{r.id:<6} {star}{r.display_name}" + (f"  ({extra})" if extra else ""))
            if len(ids) > len(page):
                print(f"… {len(ids)} in all; use --limit/--offset")

        out.emit({"total": len(ids), "contacts": ordered}, human)
    return 0


def cmd_contact_show(args: argparse.Namespace, out: Output) -> int:
    with _session(args, readonly=True) as services:
        card = services.contacts.get(services.contacts.resolve(args.ref, include_trashed=True))
        recent = services.timeline.for_contact(card.id, limit=args.interactions)

        def human() -> None:
            print(f"#{card.id} {card.display_name}" + ("  [in trash]" if card.deleted else ""))
            for f in card.fields:
                mark = "*" if f.preferred else " "
                what = f.service or f.kind
                print(f" {mark} {what:<10} {f.value}" + (f"  ({f.label})" if f.label else ""))
            for a in card.addresses:
                print(f"   address    {a.one_line()}" + (f"  ({a.label})" if a.label else ""))
            for d in card.dates:
                print(f"   {d.kind:<10} {d.date.iso()}" + (f"  ({d.label})" if d.label else ""))
            for a in card.affiliations:
                print(f"   works at   {a.organisation}" + (f", {a.title}" if a.title else ""))
            for r in card.relations:
                print(f"   {r.label:<10} #{r.other_id} {r.other_name}")
            if card.groups:
                print(f"   groups     {', '.join(card.groups)}")
            if card.cadence_days:
                print(f"   stay in touch every {card.cadence_days} days")
            if card.last_interaction_at:
                print(f"   last contact {card.last_interaction_at.astimezone():%Y-%m-%d %H:%M}")
            if card.notes:
                print("\n" + card.notes)
            if recent:
                print("\nTimeline:")
                for v in recent:
                    summary = v.subject or (v.body or "")[:60]
                    print(f"  {v.local_start:%Y-%m-%d %H:%M}  {v.kind:<8} {summary}")

        out.emit({"contact": card, "timeline": recent}, human)
    return 0


def cmd_contact_edit(args: argparse.Namespace, out: Output) -> int:
    with _session(args) as services:
        contact_id = services.contacts.resolve(args.ref, strict=True)
        card = services.contacts.get(contact_id)
        if args.clear_email:
            card.fields = [f for f in card.fields if f.kind != FieldKind.EMAIL]
        if args.clear_phone:
            card.fields = [f for f in card.fields if f.kind != FieldKind.PHONE]
        if args.org:
            card.affiliations = [
                a for a in card.affiliations if a.organisation.lower() != args.org.lower()
            ]
        card = _card_from_args(args, card)
        if args.archive is not None:
            card.archived = args.archive
        services.contacts.update(contact_id, card)
        for group in args.group or []:
            services.groups.add_members(_group_id(services, group), [contact_id])
        out.emit({"id": contact_id}, lambda: print(f"Updated #{contact_id} {card.display_name}"))
    return 0


def cmd_contact_delete(args: argparse.Namespace, out: Output) -> int:
    with _session(args) as services:
        contact_id = services.contacts.resolve(args.ref, include_trashed=args.purge, strict=True)
        if args.purge:
            services.contacts.purge([contact_id])
            message = f"Deleted #{contact_id} for good"
        else:
            services.contacts.trash([contact_id])
            message = (
                f"Moved #{contact_id} to the trash "
                f"('pcrm contact restore {contact_id}' brings it back)"
            )
        out.emit({"id": contact_id, "purged": args.purge}, lambda: print(message))
    return 0


def cmd_contact_restore(args: argparse.Namespace, out: Output) -> int:
    with _session(args) as services:
        contact_id = services.contacts.resolve(args.ref, include_trashed=True, strict=True)
        services.contacts.restore([contact_id])
        out.emit({"id": contact_id}, lambda: print(f"Restored #{contact_id}"))
    return 0


def cmd_log(args: argparse.Namespace, out: Output) -> int:
    from pcrm.services.timeline import InteractionDraft

    with _session(args) as services:
        ids = [services.contacts.resolve(name) for name in args.with_]
        clock = services.clock
        starts = _when(args.at, clock, "--at").at if args.at else None
        duration = _duration(args.duration)
        text = args.text if args.text != "-" else sys.stdin.read()
        draft = InteractionDraft(
            kind=args.kind,
            participants=ids,
            starts_at=starts,
            duration=duration,
            channel=args.channel,
            direction=args.direction,
            location=args.location,
            subject=args.subject,
            body=text,
            life_event=getattr(args, "event", None),
        )
        changes = services.timeline.log(draft)
        view = services.timeline.get(changes.first("interaction"))
        out.emit(
            {"id": view.id, "uid": view.uid},
            lambda: print(
                f"Logged {view.kind} #{view.id} {view.uid} at "
                f"{view.local_start:%Y-%m-%d %H:%M} with "
                f"{', '.join(n for _, n in view.participants)}"
            ),
        )
    return 0


def _duration(text: str | None) -> timedelta | None:
    from pcrm.domain.durations import parse_duration

    if text is None:
        return None
    try:
        return parse_duration(text)
    except ValueError as exc:
        raise errors.BadInput(where="--duration", reason=str(exc)) from None


def _when(text: str, clock: Clock, option: str) -> Any:
    from pcrm.domain.timeparse import parse_when  # dateutil: not on the desktop app's way

    try:
        return parse_when(text, clock)
    except ValueError as exc:
        raise errors.BadInput(where=option, reason=str(exc)) from None


def cmd_remind(args: argparse.Namespace, out: Output) -> int:
    from pcrm.domain.recurrence import rule_from_words
    from pcrm.services.tasks import TaskDraft

    with _session(args) as services:
        ids = [services.contacts.resolve(name) for name in args.with_ or []]
        when = _when(args.at, services.clock, "--at")
        zone = args.tz
        target = zone_named(zone, "--tz") if zone else services.clock.zone()
        wall = when.wall_in(target)
        rule = None
        try:
            if args.every:
                rule = rule_from_words(args.every, wall.date())
            elif args.rrule:
                rule = args.rrule
        except ValueError as exc:
            raise errors.BadInput(where="--every", reason=str(exc)) from None
        before = [_duration(text) for text in args.alarm or []]
        alarms = [int(delta.total_seconds() // 60) for delta in before if delta is not None]
        try:
            changes = services.tasks.create(
                TaskDraft(
                    title=args.text,
                    start_wall=wall,
                    time_zone=zone,
                    kind=args.kind,
                    rrule=rule,
                    all_day=when.date_only,
                    contacts=ids,
                    alarms_minutes=alarms,
                )
            )
        except ValueError as exc:
            raise errors.BadInput(where="--rrule", reason=str(exc)) from None
        task_id = changes.first("task")
        out.emit(
            {"id": task_id, "rrule": rule, "starts": wall.isoformat(), "time_zone": zone},
            lambda: print(
                f"Reminder #{task_id} at {wall:%Y-%m-%d %H:%M}"
                + (f" ({zone})" if zone else "")
                + (f", {rule}" if rule else "")
            ),
        )
    return 0


def cmd_due(args: argparse.Namespace, out: Output) -> int:
    with _session(args, readonly=True) as services:
        items = services.organizer.pending()

        def human() -> None:
            if not items:
                print("Nothing is due.")
            for item in items:
                flag = "missed " if item.missed else ""
                print(f"{item.local_at:%Y-%m-%d %H:%M}  {flag}{item.kind:<10} {item.title}")

        out.emit(items, human)
    return 0


def cmd_agenda(args: argparse.Namespace, out: Output) -> int:
    with _session(args, readonly=True) as services:
        items = services.tasks.agenda(days=args.days, feb29=services.preferences.get("dates.feb29"))

        def human() -> None:
            if not items:
                print(f"Nothing due in the next {args.days} days.")
            for item in items:
                when = f"{item.at:%Y-%m-%d}" + ("      " if item.all_day else f" {item.at:%H:%M}")
                flag = "overdue " if item.overdue else ""
                print(
                    f"{when}  {flag}{item.kind:<10} {item.title}"
                    + (f"  ({item.detail})" if item.detail else "")
                )

        out.emit(items, human)
    return 0


def cmd_search(args: argparse.Namespace, out: Output) -> int:
    with _session(args, readonly=True) as services:
        query = " ".join(args.query)
        results = (
            services.search.ranked(query, limit=args.limit)
            if args.ranked
            else services.search.quick(query, limit=args.limit)
        )

        def human() -> None:
            for c in results.contacts:
                print(
                    f"contact     #{c.id:<6} {c.display_name}"
                    + (f"  — {c.snippet}" if c.snippet else "")
                )
            for i in results.interactions:
                print(f"{i.kind:<11} #{i.id:<6} {i.starts_at.astimezone():%Y-%m-%d}  {i.snippet}")
            if not results.contacts and not results.interactions:
                print("No matches.")

        out.emit(results, human)
    return 0


def cmd_duplicates(args: argparse.Namespace, out: Output) -> int:
    with _session(args, readonly=True) as services:
        found = services.duplicates.candidates()
        shown = found[: args.limit] if args.limit else found
        names = services.contacts.rows([i for c in shown for i in (c.first, c.second)])

        def name(contact_id: int) -> str:
            row = names.get(contact_id)
            return row.display_name if row is not None else "?"

        pairs = [
            {
                "first": {"id": c.first, "name": name(c.first)},
                "second": {"id": c.second, "name": name(c.second)},
                "score": round(c.score, 2),
                "reasons": [str(r) for r in c.reasons],
            }
            for c in shown
        ]

        def human() -> None:
            for pair in pairs:
                first, second = pair["first"], pair["second"]
                print(
                    f"#{first['id']:<6} {first['name']}  ~  #{second['id']:<6} {second['name']}"
                    f"   {pair['score']:.2f} ({', '.join(pair['reasons'])})"
                )
            if not found:
                print("No likely duplicates.")
            elif len(found) > len(shown):
                print(f"… {len(found) - len(shown)} more (--limit 0 shows them all)")
            else:
                print("'pcrm merge KEEP OTHER' merges a pair; the other goes to the trash.")

        out.emit({"pairs": pairs, "total": len(found)}, human)
    return 0


def cmd_merge(args: argparse.Namespace, out: Output) -> int:
    with _session(args) as services:
        keep = services.contacts.resolve(args.keep, strict=True)
        other = services.contacts.resolve(args.other, strict=True)
        plan = services.merging.plan(keep, other)
        if plan.choices and not args.yes:
            detail = ", ".join(c.key for c in plan.choices)
            raise errors.BadInput(
                where="merge",
                reason=f"the cards differ in {detail}; give --yes to take the values the app "
                "suggests (it prefers the fuller one), or merge in the app to choose",
            )
        services.merging.merge(keep, other, {})
        message = (
            f"Merged #{other} into #{keep}; #{other} is in the trash as it was "
            f"('pcrm contact restore {other}' brings it back)"
        )
        out.emit({"kept": keep, "merged": other}, lambda: print(message))
    return 0


def cmd_demo(args: argparse.Namespace, out: Output) -> int:
    from pcrm.services.demo import generate

    def progress(stage: str, done: int, total: int) -> None:
        if not out.as_json and sys.stderr.isatty():
            print(f"\r{stage}: {done}/{total}   ", end="", file=sys.stderr, flush=True)

    with _session(args) as services:
        stats = generate(
            services,
            contacts=args.contacts,
            interactions=args.interactions,
            seed=args.seed,
            progress=progress,
        )
        if sys.stderr.isatty() and not out.as_json:
            print(file=sys.stderr)
        out.emit(
            stats, lambda: print("Demo data: " + ", ".join(f"{k} {v}" for k, v in stats.items()))
        )
    return 0


def cmd_check(args: argparse.Namespace, out: Output) -> int:
    with _session(args, readonly=True) as services:
        counts = services.check()
        out.emit(
            counts,
            lambda: print("The store is intact: " + _counts_text(counts)),
        )
    return 0


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{v} {k}" for k, v in counts.items())


def cmd_backup(args: argparse.Namespace, out: Output) -> int:
    with _session(args, readonly=True) as services:
        if args.list:
            return _list_backups(services, args, out)
        if args.file is None:
            taken = services.backups.take()
            path, counts = taken.info.path, taken.counts
            removed = len(taken.removed)
            out.emit(
                {"file": str(path), "counts": counts, "removed": [str(p) for p in taken.removed]},
                lambda: print(
                    f"Backed up to {path} (verified: {_counts_text(counts)})"
                    + (f"; rotation removed {removed} older backup(s)" if removed else "")
                ),
            )
            return 0
        dest = Path(args.file).expanduser().resolve()
        if dest.exists() and not args.force:
            raise errors.BadInput(
                where=str(dest), reason="the file exists; use --force to replace it"
            )
        counts = services.backup(dest)
        out.emit(
            {"file": str(dest), "counts": counts},
            lambda: print(f"Backed up to {dest} (verified: {_counts_text(counts)})"),
        )
    return 0


def _list_backups(services: Any, args: argparse.Namespace, out: Output) -> int:
    zone = services.clock.zone()
    rows: list[dict[str, Any]] = []
    for found in services.backups.available():
        row: dict[str, Any] = {
            "file": str(found.path),
            "taken_at": found.taken_at,
            "size": found.size,
            "kind": found.kind.value,
        }
        if args.verify:
            try:
                row["counts"] = services.backups.check(found.path).counts
            except errors.PcrmError as exc:
                row["problem"] = exc.message
        rows.append(row)

    def human() -> None:
        print(f"Backups in {services.backups.folder()}" + ("" if rows else ": none yet"))
        for row in rows:
            when = row["taken_at"].astimezone(zone)
            size = f"{row['size'] / 1_048_576:.1f} MB"
            print(f"{when:%Y-%m-%d %H:%M}  {size:>9}  {row['kind']:<11}  {row['file']}")
            if "counts" in row:
                print(f"{'':>18}verified: {_counts_text(row['counts'])}")
            if "problem" in row:
                print(f"{'':>18}FAILED: {row['problem']}")

    out.emit({"folder": str(services.backups.folder()), "backups": rows}, human)
    return 1 if any("problem" in row for row in rows) else 0


# The store cannot be opened, but its key can be had: a backup can replace the database.
_RESTORABLE = (
    errors.DatabaseMissing,
    errors.EmptyDatabaseFile,
    errors.DatabaseCorrupt,
    errors.NewerSchema,
    errors.MigrationFailed,
    errors.WrongKey,
)


def cmd_restore(args: argparse.Namespace, out: Output) -> int:
    source = Path(args.file).expanduser().resolve()
    try:
        services = open_services(args)
    except _RESTORABLE as exc:
        return _restore_unopened(args, out, source, exc)
    with _session(args, services=services):
        checked = services.backups.check(source)
        current = _counts_text(services.backups.counts())
        if not _confirm_restore(args, source, checked.counts, current, services.clock):
            return 1
        restored = services.restore(source)
        _restored(out, restored)
    return 0


def _restore_unopened(
    args: argparse.Namespace, out: Output, source: Path, problem: errors.PcrmError
) -> int:
    """Restore a store that cannot be opened, with its key from the keyring or passphrase."""
    from pcrm.services import backups
    from pcrm.services.session import key_source, system_keyring
    from pcrm.store.database import open_database

    paths = resolve_data_dir(args.data_dir)
    by_passphrase = key_source(paths) == "passphrase"
    backend = None if by_passphrase else system_keyring()
    secret = passphrase_source(args)(False) if by_passphrase else None
    checked = backups.check_backup(source, backups.store_keys(paths, secret, backend))
    clock = Clock()
    current = f"cannot be opened ({problem.message})"
    if not _confirm_restore(args, source, checked.counts, current, clock):
        return 1
    restored = backups.restore(paths, checked.key, source, clock)
    open_database(paths, key=checked.key, backend=backend).close()  # migrates an older backup
    _restored(out, restored)
    return 0


def _confirm_restore(
    args: argparse.Namespace, source: Path, counts: dict[str, int], current: str, clock: Clock
) -> bool:
    """Say what would be replaced by what; True when the owner agrees (or gave --yes)."""
    from pcrm.services.backups import describe

    found = describe(source)
    when = f" of {found.taken_at.astimezone(clock.zone()):%Y-%m-%d %H:%M}" if found else ""
    print(f"The backup{when} ({source}) is intact: {_counts_text(counts)}.", file=sys.stderr)
    print(f"The current store: {current}.", file=sys.stderr)
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise errors.BadInput(where="restore", reason="give --yes to replace the store")
    answer = input("Replace the current store with this backup? It is kept as a backup. [y/N] ")
    if answer.strip().lower() in ("y", "yes"):
        return True
    print("Nothing was changed.", file=sys.stderr)
    return False


def _restored(out: Output, restored: Any) -> None:
    safety = restored.safety
    out.emit(
        {
            "restored": str(restored.source),
            "counts": restored.counts,
            "kept": safety and str(safety),
        },
        lambda: print(
            f"Restored from {restored.source} ({_counts_text(restored.counts)})."
            + (f" The store as it was is kept in {safety}." if safety else "")
        ),
    )


def cmd_key(args: argparse.Namespace, out: Output) -> int:
    with _session(args) as services:
        if args.action == "rotate":
            secret = (
                passphrase_source(args)(False)
                if services.db.meta.key_source == "passphrase"
                else None
            )
            taken = services.rotate_key(secret)
            fresh = taken.info.path if taken else None
            after = (
                f"a fresh one is in {fresh}."
                if fresh
                else "take a fresh one now with 'pcrm backup'."
            )
            out.emit(
                {"rotated": True, "backup": fresh and str(fresh)},
                lambda: print(
                    "The database is now encrypted under a new key. Backups taken before "
                    f"cannot be restored with it; {after}"
                ),
            )
        else:
            old = (
                passphrase_source(args)(False)
                if services.db.meta.key_source == "passphrase"
                else None
            )
            new = os.environ.get("PCRM_NEW_PASSPHRASE") or (
                getpass.getpass("New passphrase: ") if sys.stdin.isatty() else None
            )
            if not new or len(new) < 8:
                raise errors.BadInput(
                    where="new passphrase",
                    reason="give at least 8 characters (prompt or PCRM_NEW_PASSPHRASE)",
                )
            services.change_passphrase(old, new)
            out.emit({"changed": True}, lambda: print("The passphrase was changed."))
    return 0


def cmd_config_list(args: argparse.Namespace, out: Output) -> int:
    from pcrm.services.preferences import SCHEMA

    with _session(args, readonly=True) as services:
        values = services.preferences.all()
        stored = services.preferences.stored()

        def human() -> None:
            width = max(len(p.key) for p in SCHEMA)
            for p in SCHEMA:
                mark = "" if p.key in stored else "  (default)"
                print(f"{p.key:<{width}}  {p.show(values[p.key])}{mark}")
                print(f"{'':<{width}}  {p.help} Takes {p.expected()}.")

        out.emit(values, human)
    return 0


def cmd_config_get(args: argparse.Namespace, out: Output) -> int:
    from pcrm.services.preferences import preference

    with _session(args, readonly=True) as services:
        option = preference(args.key)
        value = services.preferences.get(option.key)
        out.emit({option.key: value}, lambda: print(option.show(value)))
    return 0


def cmd_config_set(args: argparse.Namespace, out: Output) -> int:
    from pcrm.services.preferences import preference

    with _session(args) as services:
        option = preference(args.key)
        services.preferences.set(option.key, option.parse(args.value))
        value = services.preferences.get(option.key)
        out.emit({option.key: value}, lambda: print(f"{option.key} = {option.show(value)}"))
    return 0


def cmd_import(args: argparse.Namespace, out: Output) -> int:
    path = Path(args.file).expanduser()
    kind = import_formats.detect(path)
    import_formats.refuse(path, kind, set(_IMPORTERS))
    return _IMPORTERS[kind](path, args, out)


def _import_ics(path: Path, args: argparse.Namespace, out: Output) -> int:
    with _session(args, readonly=args.dry_run) as services:
        preview = services.ical_import.preview(path)
        create = {a.key for a in preview.unknown()} if args.create_unknown else set()
        outcomes = preview.outcomes(create)
        counts = preview.counts(create)
        batch = None
        if not args.dry_run:
            changes = services.ical_import.apply(preview, create)
            batch = min(changes.created.get("import_batch", {0})) or None

        def human() -> None:
            zone = services.clock.zone()
            for o in outcomes:
                when = f"{o.starts_at.astimezone(zone):%Y-%m-%d %H:%M}" if o.starts_at else " " * 16
                print(f"{o.action:<8} {when}  {o.what}  ({o.reason})")
            for a in preview.unknown():
                made = "created as a contact" if a.key in create else "not a contact"
                print(f"person   {a.label}: {made} ({a.meetings} meetings)")
            for note in preview.notes:
                print(f"note     {note}")
            print(_import_summary(args.dry_run, counts, batch))

        out.emit(
            {
                "file": str(path),
                "dry_run": args.dry_run,
                "import_batch": batch,
                "outcomes": outcomes,
                "unknown": preview.unknown(),
                "notes": preview.notes,
            },
            human,
        )
    return 0


def _import_summary(dry_run: bool, counts: Mapping[str, int], batch: int | None) -> str:
    done = "Would import" if dry_run else "Imported"
    return (
        f"{done}: {counts['created']} created, {counts['updated']} updated, "
        f"{counts['skipped']} skipped" + (f" (import #{batch})" if batch else "")
    )


def _import_contacts(path: Path, args: argparse.Namespace, out: Output) -> int:
    from pcrm.services import contact_formats

    kind = import_formats.detect(path)
    with _session(args, readonly=args.dry_run) as services:
        records = contact_formats.read_file(kind, path)
        preview = services.contact_import.preview(records, str(path), kind)
        batch = None
        if not args.dry_run:
            changes = services.contact_import.apply(preview)
            batch = min(changes.created.get("import_batch", {0})) or None
        counts = preview.counts()

        def human() -> None:
            for o in preview.outcomes:
                matched = f" → #{o.contact_id} {o.contact_name}" if o.contact_id else ""
                adds = f"; adds {', '.join(o.changes)}" if o.changes else ""
                print(f"{o.action:<8} line {o.line:<6} {o.name}{matched}  ({o.reason}{adds})")
                for note in o.notes:
                    print(f"{'':<8} {'':<11} note: {note}")
            print(_import_summary(args.dry_run, counts, batch))

        out.emit(
            {
                "file": str(path),
                "dry_run": args.dry_run,
                "import_batch": batch,
                "counts": dict(counts),
                "outcomes": preview.outcomes,
            },
            human,
        )
    return 0


def _day(text: str | None, clock: Clock, option: str) -> date | None:
    if text is None:
        return None
    when = _when(text, clock, option)
    return date.fromisoformat(f"{when.wall_in(clock.zone()):%Y-%m-%d}")


def cmd_export_ics(args: argparse.Namespace, out: Output) -> int:
    from pcrm.services.ical_export import ExportScope

    with _session(args, readonly=True) as services:
        clock = services.clock
        scope = ExportScope(
            group_id=services.groups.resolve(args.group) if args.group else None,
            contact_id=services.contacts.resolve(args.contact) if args.contact else None,
            start=_day(args.from_, clock, "--from"),
            end=_day(args.to, clock, "--to"),
            private=args.private,
        )
        report = services.ical_export.export(Path(args.output), scope)
        out.emit(
            report,
            lambda: print(
                f"Exported {report.events} events, {report.todos} to-dos and "
                f"{report.alarms} alarms to {report.path}"
            ),
        )
    return 0


def cmd_export_contacts(args: argparse.Namespace, out: Output) -> int:
    from pcrm.services.contact_export import DEFAULT_NAMES, ContactScope

    with _session(args, readonly=True) as services:
        scope = ContactScope(group_id=services.groups.resolve(args.group) if args.group else None)
        report = services.contact_export.export(
            Path(args.output or DEFAULT_NAMES[args.format]),
            args.format,
            scope,
            version=getattr(args, "vcard_version", "4.0"),
            named_folders=getattr(args, "named_folders", False),
        )
        out.emit(report, lambda: print(f"Exported {report.contacts} contacts to {report.path}"))
    return 0


_IMPORTERS: dict[str, Callable[[Path, argparse.Namespace, Output], int]] = {
    import_formats.ICALENDAR: _import_ics,
    import_formats.VCARD: _import_contacts,
    import_formats.CSV: _import_contacts,
}


class _session:
    """Open the store for one command and close it whatever happens.

    After a command that may have changed something, the calendar subscription file (when the
    owner keeps one) is written again, once; a failure there is reported but does not undo or
    fail the change, which is already saved.
    """

    def __init__(
        self, args: argparse.Namespace, *, readonly: bool = False, services: Any = None
    ) -> None:
        self.args = args
        self.readonly = readonly
        self.services = services  # already open, or None: opened on entering

    def __enter__(self) -> Any:
        if self.services is None:
            self.services = open_services(self.args, readonly=self.readonly)
        return self.services

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        try:
            if not self.readonly and kind is None:
                self.services.ical_export.refresh_subscription()
        except errors.PcrmError as error:
            print(f"pcrm: the calendar file was not updated: {error.message}", file=sys.stderr)
        finally:
            self.services.lock()


# -- parsing --------------------------------------------------------------------------------------


def _contact_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--given")
    p.add_argument("--family")
    p.add_argument("--middle")
    p.add_argument("--prefix")
    p.add_argument("--suffix")
    p.add_argument("--nickname")
    p.add_argument("--email", action="append", metavar="[LABEL=]ADDRESS")
    p.add_argument("--phone", action="append", metavar="[LABEL=]NUMBER")
    p.add_argument("--url", action="append")
    p.add_argument("--im", action="append", metavar="SERVICE:HANDLE")
    p.add_argument("--org")
    p.add_argument("--title")
    p.add_argument("--birthday", metavar="YYYY-MM-DD|MM-DD")
    p.add_argument("--note", dest="notes")
    p.add_argument(
        "--cadence", type=int, metavar="DAYS", help="stay in touch every DAYS days (0: never)"
    )
    p.add_argument("--tz", dest="time_zone", metavar="ZONE")
    p.add_argument("--favourite", action=argparse.BooleanOptionalAction, default=None)


def _count(text: str) -> int:
    """A whole number of zero or more, for argparse."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    return value


def build_parser() -> argparse.ArgumentParser:
    common = common_parser()
    parser = argparse.ArgumentParser(
        prog="pcrm",
        parents=[common],
        description="A personal CRM: contacts, timeline and reminders in an encrypted local store.",
    )
    parser.add_argument("--version", action="version", version=f"pcrm {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(
        name: str, handler: Callable[..., int], help_: str, parent: Any = sub
    ) -> argparse.ArgumentParser:
        p = parent.add_parser(name, parents=[common], help=help_, description=help_)
        p.set_defaults(handler=handler)
        return p  # type: ignore[no-any-return]

    p = command("init", cmd_init, "create a new encrypted store")
    p.add_argument(
        "--passphrase", action="store_true", help="use a passphrase even when a keyring exists"
    )

    contact = sub.add_parser("contact", help="add, list, show, edit or delete contacts")
    csub = contact.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = command("add", cmd_contact_add, "add a contact", csub)
    p.add_argument("name", help='the full name, e.g. "Olena Kovalenko"')
    _contact_options(p)
    p.add_argument("--group", action="append")
    p = command("list", cmd_contact_list, "list contacts", csub)
    p.add_argument("--sort", choices=["name", "last_contacted", "recent"], default="name")
    p.add_argument("--limit", type=_count, default=100, help="0: all")
    p.add_argument("--offset", type=_count, default=0)
    p.add_argument("--archived", action="store_true")
    p.add_argument("--trash", action="store_true")
    p.add_argument("--favourites", action="store_true")
    p.add_argument("--group")
    p = command("show", cmd_contact_show, "show a contact's card and recent timeline", csub)
    p.add_argument("ref", help="#ID, uid, e-mail, phone or name")
    p.add_argument("--interactions", type=_count, default=10)
    p = command("edit", cmd_contact_edit, "change a contact", csub)
    p.add_argument("ref")
    p.add_argument("--name")
    _contact_options(p)
    p.add_argument("--clear-email", action="store_true")
    p.add_argument("--clear-phone", action="store_true")
    p.add_argument("--archive", action=argparse.BooleanOptionalAction, default=None)
    p.add_argument("--group", action="append", help="add to this group (created if new)")
    p = command("delete", cmd_contact_delete, "move a contact to the trash", csub)
    p.add_argument("ref")
    p.add_argument("--purge", action="store_true", help="delete for good instead")
    p = command("restore", cmd_contact_restore, "bring a contact back from the trash", csub)
    p.add_argument("ref")

    log_ = sub.add_parser("log", help="log a call, meeting, message, note or life event")
    lsub = log_.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind in InteractionKind:
        name = kind.value.replace("_", "-")
        p = command(name, cmd_log, f"log a {kind.value.replace('_', ' ')}", lsub)
        p.set_defaults(kind=kind.value)
        p.add_argument("--with", dest="with_", action="append", required=True, metavar="NAME")
        p.add_argument("--at", metavar="TIME", help="default: now")
        p.add_argument("--duration", metavar="30m")
        p.add_argument("--channel")
        p.add_argument("--direction", choices=["incoming", "outgoing"])
        p.add_argument("--location")
        p.add_argument("--subject")
        p.add_argument("--text", required=True, help="the notes (Markdown); - reads stdin")
        if kind is InteractionKind.LIFE_EVENT:
            p.add_argument("--event", help="new_job, moved, married, …")

    p = command("remind", cmd_remind, "set a reminder")
    p.add_argument("text")
    p.add_argument("--with", dest="with_", action="append", metavar="NAME")
    p.add_argument("--at", required=True, metavar="TIME")
    rec = p.add_mutually_exclusive_group()
    rec.add_argument("--every", metavar='"3 months"')
    rec.add_argument("--rrule", metavar="RRULE")
    p.add_argument(
        "--tz", metavar="ZONE", help="pin to this zone (default: floating, your zone of the moment)"
    )
    p.add_argument("--alarm", action="append", metavar="15m", help="alarm this long before")
    p.add_argument("--task", dest="kind", action="store_const", const="task", default="reminder")

    p = command("agenda", cmd_agenda, "what is due")
    p.add_argument("--days", type=_count, default=7)
    command("due", cmd_due, "the reminders due now and not yet raised (marks nothing)")

    p = command("search", cmd_search, "search contacts and the timeline")
    p.add_argument("query", nargs="+")
    p.add_argument("--ranked", action="store_true", help="best matches first (slower)")
    p.add_argument("--limit", type=_count, default=20)

    p = command("duplicates", cmd_duplicates, "list the contacts that may be one person")
    p.add_argument("--limit", type=_count, default=50, help="0: all")
    p = command("merge", cmd_merge, "merge OTHER into KEEP (OTHER goes to the trash)")
    p.add_argument("keep", help="#ID, uid, e-mail, phone or name of the contact to keep")
    p.add_argument("other", help="the contact merged into it")
    p.add_argument(
        "--yes", action="store_true", help="where the cards differ, take the suggested values"
    )

    p = command("demo", cmd_demo, "fill the store with a realistic synthetic data set")
    p.add_argument("--contacts", type=_count, default=1000)
    p.add_argument("--interactions", type=_count, default=10000)
    p.add_argument("--seed", type=int, default=1)

    config = sub.add_parser("config", help="show or change your preferences")
    osub = config.add_subparsers(dest="action", metavar="ACTION", required=True)
    command("list", cmd_config_list, "every preference, its value and what it takes", osub)
    p = command("get", cmd_config_get, "the value of one preference", osub)
    p.add_argument("key", help="e.g. phones.home_region ('pcrm config list' shows them all)")
    p = command("set", cmd_config_set, "change one preference", osub)
    p.add_argument("key")
    p.add_argument("value", help="e.g. PL, 15, yes, Europe/Kyiv, system")

    p = command(
        "import",
        cmd_import,
        "import contacts from a vCard or CSV file, or meetings from an iCalendar file",
    )
    p.add_argument("file", help="a .vcf, .csv or .ics file")
    p.add_argument("--dry-run", action="store_true", help="show what would happen, change nothing")
    p.add_argument(
        "--create-unknown", action="store_true", help="add people no contact matches as contacts"
    )

    export = sub.add_parser("export", help="write your data to a file for other programs")
    xsub = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    p = command("ics", cmd_export_ics, "meetings, reminders, tasks and dates as iCalendar", xsub)
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="e.g. pcrm-calendar.ics")
    p.add_argument("--group", help="only the items of this group's contacts")
    p.add_argument("--contact", metavar="NAME", help="only the items of this contact")
    p.add_argument("--from", dest="from_", metavar="DAY", help="items from this day on")
    p.add_argument("--to", metavar="DAY", help="items up to this day (included)")
    p.add_argument(
        "--no-private",
        dest="private",
        action="store_false",
        help="summaries only: no notes, places or participants, nothing marked private",
    )

    for name, what in (
        ("vcard", "contacts as vCard (4.0, or 3.0 with --version 3.0)"),
        ("csv", "contacts as CSV in Google Contacts' layout"),
        ("bundle", "a readable folder: per contact its vCard, notes and timeline in Markdown"),
    ):
        p = command(name, cmd_export_contacts, what, xsub)
        p.add_argument(
            "-o",
            "--output",
            metavar="PATH",
            help="default: pcrm-contacts with the format's extension, in this folder",
        )
        p.add_argument("--group", help="only this group's contacts")
        if name != "csv":
            p.add_argument("--version", dest="vcard_version", choices=["4.0", "3.0"], default="4.0")
        if name == "bundle":
            p.add_argument(
                "--named-folders",
                action="store_true",
                help="put each contact's name in its folder's name (default: numbers only)",
            )

    command("check", cmd_check, "verify every page of the store")
    p = command(
        "backup",
        cmd_backup,
        "write a verified, encrypted backup (to FILE, or into the backup folder, rotated)",
    )
    p.add_argument("file", nargs="?", help="default: a dated file in the backup folder")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument("--list", action="store_true", help="list the backups, newest first")
    p.add_argument("--verify", action="store_true", help="with --list: verify each one")
    p = command("restore", cmd_restore, "replace the store with a verified backup")
    p.add_argument("file", help="a .pcrm-backup file")
    p.add_argument("--yes", action="store_true", help="replace without asking")
    p = command("key", cmd_key, "rotate the database key or change the passphrase")
    p.add_argument("action", choices=["rotate", "passphrase"])
    return parser


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """The parsed command line; ``command`` is None when the desktop app should start."""
    return desktop_args(argv) or with_defaults(build_parser().parse_args(list(argv)))


def main(argv: Sequence[str]) -> int:
    return run(parse(argv))


def run(args: argparse.Namespace) -> int:
    """Run one command; typed errors become a one-line reason and an exit status."""
    no_core_dumps()  # before the store is opened: its key must never reach a core file
    log.configure()
    out = Output(args.json)
    try:
        return int(args.handler(args, out))
    except errors.Ambiguous as exc:
        for contact_id, name in exc.candidates:  # the owner's own answer, on stdout
            print(f"#{contact_id:<6} {name}")
        print(f"pcrm: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except errors.PcrmError as exc:
        print(f"pcrm: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("pcrm: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if os.environ.get("PCRM_DEBUG"):
            raise
        # The text of an unexpected error may quote personal data: show only its type.
        print(
            f"pcrm: internal error ({type(exc).__name__}); run with PCRM_DEBUG=1 for details",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
