"""The error taxonomy of pcrm.

The core raises only these typed errors for conditions the owner can meet; each carries a stable
``error_id`` and parameters, and renders itself as one human sentence.  The UI translates the
sentence by id; the CLI prints it as the one-line reason.  Messages never contain personal data
(no names, no field values): only file paths the owner chose and counts.
"""

from __future__ import annotations

from pathlib import Path


class PcrmError(Exception):
    """Base of every error the owner can be shown."""

    error_id = "error"
    template = "Something went wrong."
    exit_code = 1

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


# -- the store ------------------------------------------------------------------------------------


class StoreError(PcrmError):
    error_id = "store"


class StoreNotInitialised(StoreError):
    error_id = "store.not_initialised"
    template = "No pcrm store in {path}. Create one with 'pcrm init'."
    exit_code = 3


class StoreAlreadyExists(StoreError):
    error_id = "store.exists"
    template = "A pcrm store already exists in {path}; nothing was changed."


class DatabaseMissing(StoreError):
    """The key and the store's metadata are there, the database file is not: data was lost."""

    error_id = "store.database_missing"
    template = (
        "The database file {path} is missing, but this folder held a pcrm store. "
        "Restore it from a backup; pcrm will not create an empty one in its place."
    )


class KeyMissing(StoreError):
    """A database without its key (no metadata file, or the keyring has no entry)."""

    error_id = "store.key_missing"
    template = (
        "The database {path} exists but its key is missing ({reason}). "
        "Nothing was changed; restore the key or a backup."
    )


class EmptyDatabaseFile(StoreError):
    error_id = "store.empty_file"
    template = (
        "The database file {path} is empty (0 bytes). "
        "Nothing was changed; restore it from a backup."
    )


class WrongKey(StoreError):
    error_id = "store.wrong_key"
    template = "The key from the keyring does not open {path}. Nothing was changed."


class WrongPassphrase(StoreError):
    error_id = "store.wrong_passphrase"
    template = "Wrong passphrase for {path}."
    exit_code = 4


class PassphraseRequired(StoreError):
    error_id = "store.passphrase_required"
    template = (
        "This store is locked with a passphrase: give it with --passphrase-file FILE, "
        "PCRM_PASSPHRASE, or at the prompt."
    )
    exit_code = 4


class DatabaseCorrupt(StoreError):
    error_id = "store.corrupt"
    template = "The database {path} is damaged ({reason}). Nothing was changed; restore a backup."


class DatabaseTruncated(DatabaseCorrupt):
    error_id = "store.truncated"
    template = (
        "The database {path} is truncated ({size} bytes where {expected} were expected). "
        "Nothing was changed; restore a backup."
    )


class NewerSchema(StoreError):
    error_id = "store.newer_schema"
    template = (
        "The database {path} was written by a newer pcrm (schema {found}); "
        "this version knows up to {known}. Update pcrm."
    )


class SchemaOutdated(StoreError):
    """A read-only open of a store that needs an upgrade (which only a writer may do)."""

    error_id = "store.schema_outdated"
    template = "The database {path} needs an upgrade, which a read-only open cannot do."


class MigrationFailed(StoreError):
    error_id = "store.migration_failed"
    template = (
        "Upgrading the database failed ({reason}); it was left as it was. "
        "A verified backup is at {backup}."
    )


class StoreBusy(StoreError):
    error_id = "store.busy"
    template = (
        "The store in {path} is open for writing in another pcrm (pid {pid}). "
        "Close it first, or make the change there."
    )
    exit_code = 5


class NoEncryption(StoreError):
    error_id = "store.no_encryption"
    template = "The SQLite driver has no encryption ({reason}); pcrm refuses to run on it."


class KeyringUnavailable(StoreError):
    error_id = "store.keyring_unavailable"
    template = "No trustworthy keyring is available ({reason}). Use a passphrase instead."


class BackupFailed(StoreError):
    error_id = "store.backup_failed"
    template = "The backup {path} could not be verified ({reason}); it was removed."


class DiskFull(StoreError):
    error_id = "store.disk_full"
    template = "The disk is full; the last change was not saved."


# -- input and use cases --------------------------------------------------------------------------


class BadInput(PcrmError):
    """Input from the owner or a file that cannot be used; ``where`` names it."""

    error_id = "input"
    template = "{where}: {reason}"
    exit_code = 2


class NotFound(PcrmError):
    error_id = "not_found"
    template = "No {what} matches {query!r}."
    exit_code = 2


class Ambiguous(PcrmError):
    """Several matches.  The message names ids only; ``candidates`` (id, name) are for the
    caller to show where the owner asked for them (the CLI prints them on stdout)."""

    error_id = "ambiguous"
    template = "{count} {what}s match {query!r}: {choices}. Be more specific or use the id."
    exit_code = 2

    def __init__(
        self, *, candidates: list[tuple[int, str]] | None = None, **params: object
    ) -> None:
        self.candidates = candidates or []
        super().__init__(**params)


class NotExact(Ambiguous):
    """Only a full-text match, which a destructive command does not act on."""

    error_id = "not_exact"
    template = (
        "{query!r} is not the name, e-mail or phone of a {what}; "
        "it only matches {choices} by other text. Use the id."
    )


class ImportCancelled(PcrmError):
    error_id = "import.cancelled"
    template = "The import was cancelled; nothing was changed."


class SearchInterrupted(PcrmError):
    error_id = "search.interrupted"
    template = "The search was cancelled."


class Cancelled(SearchInterrupted):
    """Work the owner stopped (statistics of issue 6); a SearchInterrupted for code that
    already drops those."""

    error_id = "cancelled"
    template = "Cancelled."


def where(path: Path | str, record: str | None = None, line: int | None = None) -> str:
    """Format the place of bad input: the file, then the record and line when known."""
    parts = [str(path)]
    if line is not None:
        parts.append(f"line {line}")
    if record is not None:
        parts.append(record)
    return ", ".join(parts)
