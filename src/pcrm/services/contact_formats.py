"""The one door from the contact import and export to the vCard and CSV readers and writers.

The codecs live in ``pcrm.domain`` (``vcard_read``, ``vcard_write``, ``csv_read``,
``csv_write``, with the signatures of the issue 5 contract) and are imported on first use:
reading a file is rare, and nothing else should pay for loading them.  A CSV file whose columns
are no layout the reader knows raises :class:`UnknownLayout`, which carries what the
column-mapping dialog needs (the headers, the first rows and the reader's guess); reading again
with the owner's mapping imports it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pcrm import errors
from pcrm.domain.card import ContactCard
from pcrm.domain.imported import ImportedContact, ImportedPhoto
from pcrm.gcpause import paused_gc
from pcrm.services.import_formats import CSV, VCARD

MAX_BYTES = 256 * 1024 * 1024  # a whole address book with photos fits many times over


class UnknownLayout(errors.BadInput):
    """A CSV file whose columns the reader does not recognise; ``guess`` is its mapping."""

    error_id = "import.csv_layout"
    template = "{where}: {reason}"

    def __init__(
        self, *, headers: list[str], samples: list[list[str]], guess: Any, **params: object
    ) -> None:
        self.headers = headers
        self.samples = samples
        self.guess = guess
        super().__init__(**params)


def _codec(name: str) -> Any:
    return importlib.import_module(f"pcrm.domain.{name}")


def read(
    kind: str,
    data: bytes,
    where: str,
    mapping: Any = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[ImportedContact]:
    """The records of a vCard or CSV file.  BadInput (naming ``where``, the line and the
    reason) for a file that cannot be read; UnknownLayout for CSV columns pcrm does not know
    unless ``mapping`` (a ``csv_read.CsvMapping``) says what they are."""
    with paused_gc():  # half the time of reading 10,000 cards went to the collector
        return _read(kind, data, where, mapping, cancelled)


def _read(
    kind: str,
    data: bytes,
    where: str,
    mapping: Any,
    cancelled: Callable[[], bool] | None,
) -> list[ImportedContact]:
    if kind == VCARD:
        # An Apple or Google export with photos runs to tens of megabytes; the reader is
        # linear, so its time budget grows with the file (about 10 MB/s here, 4x to spare).
        budget = max(20.0, len(data) / 2.5e6)
        reader = _codec("vcard_read").read_vcards
        return list(reader(data, where, cancelled, budget_seconds=budget, max_bytes=MAX_BYTES))
    if kind == CSV:
        found = _codec("csv_read").read_csv(data, where, mapping, cancelled)
        if found.layout is None and mapping is None:
            shown = ", ".join(found.headers[:6]) + (", …" if len(found.headers) > 6 else "")
            raise UnknownLayout(
                headers=list(found.headers),
                samples=[list(row) for row in found.samples],
                guess=found.mapping,
                where=where,
                reason=f"pcrm does not know these columns ({shown}); say what they hold",
            )
        return list(found.records)
    raise errors.BadInput(where=where, reason="not a vCard or CSV file")


def read_file(
    kind: str,
    path: Path,
    mapping: Any = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[ImportedContact]:
    """:func:`read` over the file at ``path``."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise errors.BadInput(
                where=str(path), reason=f"the file is larger than {MAX_BYTES // 2**20} MB"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise errors.BadInput(where=str(path), reason=exc.strerror or "it cannot be read") from None
    return read(kind, data, str(path), mapping, cancelled)


def write(
    kind: str, cards: Iterable[tuple[ContactCard, ImportedPhoto | None]], version: str = "4.0"
) -> bytes:
    """The cards as a vCard file (``version`` "4.0" or "3.0", photos included) or as a CSV file
    in Google's layout (no photos)."""
    if kind == VCARD:
        return bytes(_codec("vcard_write").write_vcards(cards, version))
    if kind == CSV:
        return bytes(_codec("csv_write").write_csv(card for card, _ in cards))
    raise ValueError(f"no writer for {kind!r}")
