"""Writing an import's rows in bulk, and taking them out again (the import service's undo).

Rows come from :mod:`pcrm.services.contact_match` as plain dicts without ids; :class:`Writer`
allocates the ids up front (the import holds the write transaction, so nothing else takes
them), finds or creates the organisations and groups named, and writes through TEMP staging
tables with one ``INSERT … SELECT`` per table and chunk, a contact's children before the contact
under ``defer_foreign_keys`` so the contact's insert trigger builds its search document once (as
the demo loader does).  Values go through the columns' own bind processors, so they are stored
exactly as the ORM stores them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, func, insert, select, text, update
from sqlalchemy.orm import Session

from pcrm.domain.imported import ImportedPhoto
from pcrm.domain.kinds import CustomFieldType
from pcrm.services.contact_match import Merge, Prepared
from pcrm.store import models as m


def _table(model: type[m.Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


_CHILDREN = {
    "contact_fields": _table(m.ContactField),
    "postal_addresses": _table(m.PostalAddress),
    "important_dates": _table(m.ImportantDate),
    "affiliations": _table(m.Affiliation),
    "vcard_extras": _table(m.VCardExtra),
}


def json_ids(ids: Iterable[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def delete_rows(s: Session, table: str, column: str, ids: list[int]) -> None:
    if ids:  # table and column are this module's constants
        s.execute(
            text(f"DELETE FROM {table} WHERE {column} IN (SELECT value FROM json_each(:keys))"),  # noqa: S608
            {"keys": json_ids(ids)},
        )


class Writer:
    """Rows for one import, with their ids allocated up front, written in bulk."""

    def __init__(self, s: Session, now: datetime, batch_id: int) -> None:
        self.s = s
        self.now = now
        self.batch_id = batch_id
        tables = ("contacts", *_CHILDREN, "organisations", "groups", "custom_field_defs")
        self.next = {t: self._max_id(t) + 1 for t in tables}
        self.rows: dict[str, list[dict[str, Any]]] = {t: [] for t in _CHILDREN}
        self.contacts: list[dict[str, Any]] = []
        self.members: list[dict[str, Any]] = []
        self.photos: list[dict[str, Any]] = []
        self.updates: list[dict[str, Any]] = []
        self.organisation_ids: dict[str, int] = {}
        self.group_ids: dict[str, int] = {}
        self.created: list[int] = []
        self.before: dict[str, dict[str, Any]] = {}
        self.new_groups: list[int] = []
        self.new_organisations: list[int] = []
        self.joined_groups: set[int] = set()
        self.staged: list[str] = []
        self.custom_defs: dict[str, tuple[int, CustomFieldType, list[str] | None]] = {}
        self.new_custom_fields: list[int] = []
        self.custom_rows: list[dict[str, Any]] = []

    def _max_id(self, table: str) -> int:
        return int(self.s.scalar(text(f"SELECT coalesce(max(id), 0) FROM {table}")) or 0)  # noqa: S608

    def _id(self, table: str) -> int:
        value = self.next[table]
        self.next[table] += 1
        return value

    def organisations(self, names: Iterable[str]) -> None:
        """Find the live organisations named (case-insensitive, the oldest first, as
        ``ContactService.organisation_id`` does) and create the missing ones."""
        wanted = {n.casefold(): n for n in names}
        if not wanted:
            return
        o = m.Organisation
        rows = self.s.execute(
            select(func.pcrm_casefold(o.name), o.id)
            .where(o.deleted_at.is_(None), func.pcrm_casefold(o.name).in_(list(wanted)))
            .order_by(o.id.desc())
        )
        self.organisation_ids = {str(key): int(found) for key, found in rows}
        new: list[dict[str, Any]] = []
        for key, name in wanted.items():
            if key not in self.organisation_ids:
                self.organisation_ids[key] = self._id("organisations")
                new.append(
                    {
                        "id": self.organisation_ids[key],
                        "uid": m.new_uid(),
                        "name": name,
                        "created_at": self.now,
                        "updated_at": self.now,
                    }
                )
        if new:
            self.s.connection().execute(insert(_table(m.Organisation)), new)
            self.new_organisations = [row["id"] for row in new]

    def groups(self, names: Iterable[str]) -> None:
        """The live (not smart) groups named, and new ones for the missing names."""
        wanted = {n.casefold(): n for n in names}
        if not wanted:
            return
        g = m.Group
        rows = self.s.execute(
            select(func.pcrm_casefold(g.name), g.id)
            .where(
                g.deleted_at.is_(None),
                g.query.is_(None),
                func.pcrm_casefold(g.name).in_(list(wanted)),
            )
            .order_by(g.id.desc())
        )
        self.group_ids = {str(key): int(found) for key, found in rows}
        position = int(self.s.scalar(select(func.count()).select_from(g)) or 0)
        new: list[dict[str, Any]] = []
        for key, name in wanted.items():
            if key not in self.group_ids:
                self.group_ids[key] = self._id("groups")
                new.append(
                    {
                        "id": self.group_ids[key],
                        "uid": m.new_uid(),
                        "name": name,
                        "position": position + len(new),
                        "created_at": self.now,
                        "updated_at": self.now,
                    }
                )
        if new:
            self.s.connection().execute(insert(_table(m.Group)), new)
            self.new_groups = [row["id"] for row in new]

    def custom_fields(self, names: Iterable[str]) -> None:
        """The custom fields named; the missing ones are defined, as text fields."""
        wanted = set(names)
        if not wanted:
            return
        d = m.CustomFieldDef
        rows = self.s.execute(
            select(d.name, d.id, d.field_type, d.choices).where(d.name.in_(sorted(wanted)))
        )
        self.custom_defs = {
            name: (int(found), CustomFieldType(kind), choices)
            for name, found, kind, choices in rows
        }
        position = int(self.s.scalar(select(func.count()).select_from(d)) or 0)
        new: list[dict[str, Any]] = []
        for name in sorted(wanted - set(self.custom_defs)):
            found = self._id("custom_field_defs")
            self.custom_defs[name] = (found, CustomFieldType.TEXT, None)
            new.append(
                {
                    "id": found,
                    "name": name,
                    "field_type": CustomFieldType.TEXT.value,
                    "choices": None,
                    "position": position + len(new),
                }
            )
        if new:
            self.s.connection().execute(insert(_table(m.CustomFieldDef)), new)
            self.new_custom_fields = [row["id"] for row in new]

    def _custom(self, contact_id: int, custom: dict[str, str], have: set[int]) -> list[str]:
        """Rows for the values of fields the contact has none of (``have``); the values an
        existing field of another type cannot hold come back as "name: value" lines."""
        left: list[str] = []
        for name, value in custom.items():
            field_id, kind, choices = self.custom_defs[name]
            if field_id in have:
                continue
            row: dict[str, Any] = {
                "contact_id": contact_id,
                "field_id": field_id,
                "value_text": None,
                "value_number": None,
                "value_date": None,
            }
            try:
                if kind is CustomFieldType.NUMBER:
                    row["value_number"] = float(value.replace(",", "."))
                elif kind is CustomFieldType.DATE:
                    row["value_date"] = date.fromisoformat(value)
                elif kind is CustomFieldType.CHOICE and value not in (choices or []):
                    raise ValueError(value)
                else:
                    row["value_text"] = value
            except ValueError:
                left.append(f"{name}: {value}")
                continue
            self.custom_rows.append(row)
        return left

    def _children(
        self,
        contact_id: int,
        rows: dict[str, list[dict[str, Any]]],
        affiliations: list[tuple[str, dict[str, Any]]],
        groups: list[str],
        photo: ImportedPhoto | None,
    ) -> dict[str, list[int]]:
        added: dict[str, list[int]] = {}
        for table, found in rows.items():
            for row in found:
                row_id = self._id(table)
                extra = {"uid": m.new_uid()} if table == "important_dates" else {}
                self.rows[table].append({**row, **extra, "id": row_id, "contact_id": contact_id})
                added.setdefault(table, []).append(row_id)
        for name, row in affiliations:
            row_id = self._id("affiliations")
            organisation_id = self.organisation_ids[name.casefold()]
            self.rows["affiliations"].append(
                {**row, "organisation_id": organisation_id, "id": row_id, "contact_id": contact_id}
            )
            added.setdefault("affiliations", []).append(row_id)
        for name in groups:
            group_id = self.group_ids[name.casefold()]
            self.members.append({"group_id": group_id, "contact_id": contact_id})
            self.joined_groups.add(group_id)
        if photo is not None:
            self.photos.append(
                {
                    "contact_id": contact_id,
                    "mime_type": photo.mime_type,
                    "data": photo.data,
                    "sha256": hashlib.sha256(photo.data).hexdigest(),
                }
            )
        return added

    def create(self, p: Prepared) -> None:
        contact_id = self._id("contacts")
        columns = dict(p.columns)
        left = self._custom(contact_id, p.custom, set())
        if left:  # kept where the owner will see them, not dropped
            columns["notes"] = "\n".join(filter(None, [columns.get("notes"), *left]))
        self.contacts.append(
            {
                **columns,
                "id": contact_id,
                "uid": p.uid or m.new_uid(),
                "is_favourite": p.favourite,
                "is_archived": False,
                "import_batch_id": self.batch_id,
                "created_at": self.now,
                "updated_at": self.now,
            }
        )
        rows = {
            "contact_fields": p.fields,
            "postal_addresses": p.addresses,
            "important_dates": p.dates,
            "vcard_extras": p.extras,
        }
        self._children(contact_id, rows, p.affiliations, p.groups, p.photo)
        self.created.append(contact_id)

    def update(self, contact_id: int, merged: Merge) -> None:
        added = self._children(
            contact_id, merged.rows, merged.affiliations, merged.groups, merged.photo
        )
        count = len(self.custom_rows)
        # only fields the contact has no value for; one whose type cannot hold it is not added
        self._custom(contact_id, merged.custom, set())
        self.before[str(contact_id)] = {
            "custom": [row["field_id"] for row in self.custom_rows[count:]],
            "columns": merged.before,
            "updated_at": merged.updated_at,
            "rows": added,
            "groups": [self.group_ids[g.casefold()] for g in merged.groups],
            "photo": merged.photo is not None,
        }
        self.updates.append({"id": contact_id, **merged.columns, "updated_at": self.now})

    def flush(self) -> None:
        """Children first: the contacts' insert trigger then builds each search document once."""
        for table, rows in self.rows.items():
            self._insert(_CHILDREN[table], rows)
        self._insert(_table(m.CustomFieldValue), self.custom_rows)
        self._insert(_table(m.Contact), self.contacts)
        for row in self.members:
            row["added_at"] = self.now
        self._insert(_table(m.GroupMember), self.members)
        self._insert(_table(m.Photo), self.photos)
        if self.updates:
            self.s.execute(update(m.Contact), self.updates)
            self.updates.clear()

    def _insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """Write ``rows`` (and empty the list) through a TEMP staging table and one
        ``INSERT … SELECT``: fed one row per statement, the search triggers cost about twice as
        much.  Values go through the columns' own bind processors (JSON, booleans, UTC times),
        so they are stored exactly as the ORM stores them, without its per-row cost."""
        if not rows:
            return
        conn = self.s.connection()
        columns = list(rows[0])
        processors = [
            (i, process)
            for i, name in enumerate(columns)
            if (process := table.c[name].type.bind_processor(conn.dialect)) is not None
        ]
        # Most values of a processed column repeat (None, False, the import's time): each
        # distinct immutable one is processed once.
        seen: list[dict[Any, Any]] = [{} for _ in processors]
        values = []
        for row in rows:
            value = [row[name] for name in columns]
            for (i, process), done in zip(processors, seen, strict=True):
                raw_value = value[i]
                if isinstance(raw_value, dict | list):
                    value[i] = process(raw_value)
                elif raw_value in done:
                    value[i] = done[raw_value]
                else:
                    value[i] = done[raw_value] = process(raw_value)
            values.append(value)
        rows.clear()
        raw = conn.connection.driver_connection
        assert raw is not None
        stage = f"temp.pcrm_import_{table.name}"
        names = ", ".join(f'"{name}"' for name in columns)
        marks = ", ".join("?" * len(columns))
        # table and column names come from the ORM's metadata, never from input
        statements = (
            f"CREATE TEMP TABLE {stage[5:]} AS SELECT {names} FROM main.{table.name} WHERE 0",  # noqa: S608
            f"INSERT INTO {stage} ({names}) VALUES ({marks})",  # noqa: S608
            f"INSERT INTO main.{table.name} ({names}) SELECT {names} FROM {stage} ORDER BY rowid",  # noqa: S608
            f"DELETE FROM {stage}",  # noqa: S608
        )
        if stage not in self.staged:
            raw.execute(statements[0])
            self.staged.append(stage)
        raw.executemany(statements[1], values)
        raw.execute(statements[2])
        raw.execute(statements[3])

    def close(self) -> None:
        """Drop the staging tables (inside the transaction: a rollback drops them too)."""
        raw = self.s.connection().connection.driver_connection
        assert raw is not None
        for stage in self.staged:
            raw.execute(f"DROP TABLE {stage}")
