"""Reading contacts from a CSV file: Google, Outlook, Thunderbird, or a layout the owner maps.

The bytes are decoded as one whole (UTF-8 with or without BOM, UTF-16 with a BOM, else the
Windows code page the letters point to: 1251 when they make Cyrillic words, 1252 otherwise), so
a file never comes out half in one encoding and half in another.  The delimiter (``,`` ``;`` or
tab, or Excel's ``sep=`` line) is taken from the header line.  Python's C ``csv`` reader splits
the rows (strict: a quote that is never closed, or closed in the middle of a cell, refuses the
file naming the line where that quote opened, instead of swallowing the rest of the file); it is
linear, and everything after it is one pass over the rows.

The header row names the layout (:mod:`pcrm.domain.csv_layouts`); a layout pcrm does not know
comes back with ``layout=None`` and a best guess (:func:`guess_columns`) for the owner to correct
in the column-mapping dialog, whose :class:`CsvMapping` goes back into :func:`read_csv`.
Rows become :class:`~pcrm.domain.imported.ImportedContact` records (:mod:`pcrm.domain.csv_rows`);
a row that names no one, or has more cells than the header, is a record with ``problem`` set.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from pcrm import errors
from pcrm.domain import csv_layouts as layouts
from pcrm.domain.csv_rows import RowReader, parse_target, row_uid, slash_order
from pcrm.domain.imported import ImportedContact

MAX_BYTES = 8 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 2_000
BUDGET_SECONDS = 20.0
SAMPLE_ROWS = 5
_TICK = 512  # rows between looks at the clock and at "cancel"

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Letters of Windows-1251 (А-я, Ёё, Ґґ, Єє, Іі, Її): in Cyrillic text they come in runs (whole
# words); the accented letters of Windows-1252 mostly stand alone between ASCII letters.
_CP1251_LETTERS = re.compile(rb"[\xa5\xa8\xaa\xaf\xb2-\xb4\xb8\xba\xbf\xc0-\xff]+")
_DELIMITERS = (",", ";", "\t")
_QUOTED = re.compile(r'"[^"]*(?:""[^"]*)*"')
_NEWLINE = re.compile(r"\r\n|\r|\n")
_DATE_KINDS = ("birthday", "anniversary", "event")
_EMAIL_LIKE = re.compile(r"^[^@\s]+@[^@\s]+$")
_PHONE_LIKE = re.compile(r"^\+?[\d\s().\-/]{7,}$")


@dataclass(frozen=True)
class CsvMapping:
    """Which field each column goes into: ``columns[i]`` is a target (a string, see
    :mod:`pcrm.domain.csv_layouts`) for column ``i``; ``slash_dates`` says how ``03/04/1990``
    reads: ``"mdy"`` (US) or ``"dmy"``.  A plain value: the column-mapping dialog returns one
    and the import passes it back to :func:`read_csv`."""

    columns: tuple[str, ...]
    slash_dates: str = layouts.SLASH_MDY


@dataclass
class CsvRead:
    records: list[ImportedContact]
    layout: str | None  # the recognised layout's name ("google", "outlook-de", …), else None
    headers: list[str]
    mapping: CsvMapping  # the one used: the layout's, the guess, or the owner's
    samples: list[list[str]] = field(default_factory=list)  # first rows, for the mapping dialog
    encoding: str = "utf-8"
    delimiter: str = ","


@dataclass
class _Table:
    headers: list[str]
    rows: list[list[str]]
    lines: list[int]  # where each row starts, 1-based
    delimiter: str


@dataclass
class _Clock:
    where: str
    deadline: float
    cancelled: Callable[[], bool]

    def tick(self) -> None:
        if self.cancelled():
            raise errors.ImportCancelled()
        if time.monotonic() > self.deadline:
            raise errors.BadInput(where=self.where, reason="reading this file takes too long")


def read_csv(
    data: bytes,
    where: str,
    mapping: CsvMapping | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CsvRead:
    """The contacts in ``data`` (the bytes of the file named ``where``).  BadInput when the file
    cannot be read at all; ImportCancelled when ``cancelled`` said so."""
    clock = _Clock(where, time.monotonic() + BUDGET_SECONDS, cancelled or (lambda: False))
    if len(data) > MAX_BYTES:
        raise errors.BadInput(
            where=where, reason=f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB"
        )
    text, encoding = decode(data, where)
    table = _split(text, where, clock)
    layout: str | None = None
    if mapping is None:
        recognised = recognise(table.headers)
        if recognised is not None:
            layout, columns, slash = recognised[0].name, recognised[1], recognised[0].slash_dates
        else:
            columns, slash = guess_columns(table.headers, table.rows), layouts.SLASH_MDY
        found = slash_order(_date_values(table.rows, columns))
        mapping = CsvMapping(tuple(columns), found or slash)
    _check(mapping, table.headers, where)
    records = _records(table, mapping, clock)
    return CsvRead(
        records=records,
        layout=layout,
        headers=table.headers,
        mapping=mapping,
        samples=table.rows[:SAMPLE_ROWS],
        encoding=encoding,
        delimiter=table.delimiter,
    )


def preview(
    headers: Sequence[str], rows: Sequence[Sequence[str]], mapping: CsvMapping
) -> list[ImportedContact]:
    """What ``rows`` (the first rows of a file, below its header) become under ``mapping``:
    the column-mapping dialog's live preview."""
    reader = RowReader(_names(headers), mapping.columns, mapping.slash_dates)
    return [reader.read(row, line) for line, row in enumerate(rows, start=2)]


# -- bytes to text --------------------------------------------------------------------------------


def decode(data: bytes, where: str) -> tuple[str, str]:
    """(text, encoding) for the whole file; BadInput names the line of the first byte that
    fits no encoding pcrm reads, or of a NUL (which no contact list holds)."""
    codec = next((c for bom, c in _BOMS if data.startswith(bom)), None)
    if codec is None:
        try:
            return _text(data.decode("utf-8"), where), "utf-8"
        except UnicodeDecodeError as exc:
            if not data[: exc.start].isascii():  # UTF-8 letters before the fault: damaged
                raise _undecodable(data, exc.start, "utf-8", where) from None
        codec = _code_page(data)
    try:
        return _text(data.decode(codec), where), codec
    except UnicodeDecodeError as exc:
        raise _undecodable(data, exc.start, codec, where) from None


def _code_page(data: bytes) -> str:
    runs = _CP1251_LETTERS.findall(data)
    letters = sum(len(run) for run in runs)
    in_words = sum(len(run) for run in runs if len(run) >= 2)
    return "cp1251" if letters >= 4 and in_words >= 0.6 * letters else "cp1252"


def _undecodable(data: bytes, offset: int, codec: str, where: str) -> errors.BadInput:
    line = data[:offset].decode(codec, "replace").count("\n") + 1
    reason = (
        "the text is not valid UTF-8"
        if codec == "utf-8"
        else "the text is neither UTF-8 nor a Windows code page"
    )
    return errors.BadInput(where=errors.where(where, line=line), reason=reason)


def _text(text: str, where: str) -> str:
    nul = text.find("\x00")
    if nul >= 0:
        line = len(_NEWLINE.findall(text, 0, nul)) + 1
        raise errors.BadInput(
            where=errors.where(where, line=line),
            reason="the file holds NUL characters: it is not a text file pcrm can read",
        )
    return text


# -- text to rows ---------------------------------------------------------------------------------


def _split(text: str, where: str, clock: _Clock) -> _Table:
    source = io.StringIO(text, newline="")
    first = source.readline()
    skipped = 0
    hint = first.strip()
    if len(hint) == 5 and hint.casefold().startswith("sep="):  # Excel's "sep=;" line
        delimiter, skipped = hint[4], 1
        first = source.readline()
    else:
        delimiter = sniff_delimiter(first)
    if not first.strip():
        raise errors.BadInput(where=where, reason="the file is empty: there is no header row")
    source.seek(0)
    for _ in range(skipped):
        source.readline()
    reader = csv.reader(source, delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    lines: list[int] = []
    read_to = skipped  # the last line the reader has consumed
    try:
        headers = [h.strip().lstrip("\ufeff").strip() for h in next(reader)]
        if len(headers) > MAX_COLUMNS:
            raise errors.BadInput(
                where=where, reason=f"the header has more than {MAX_COLUMNS} columns"
            )
        read_to = reader.line_num + skipped
        for row in reader:
            lines.append(read_to + 1)
            read_to = reader.line_num + skipped
            rows.append(row)
            if len(rows) % _TICK == 0:
                clock.tick()
                if len(rows) > MAX_ROWS:
                    raise errors.BadInput(where=where, reason=f"more than {MAX_ROWS:,} rows")
    except csv.Error as exc:
        raise _broken(text, read_to + 1, delimiter, str(exc), where) from None
    while rows and not rows[-1]:  # the blank lines after the last row
        rows.pop()
        lines.pop()
    return _Table(headers, rows, lines, delimiter)


def sniff_delimiter(header_line: str) -> str:
    """``,`` ``;`` or tab: the one the header line holds most of, outside quotes."""
    bare = _QUOTED.sub("", header_line)
    counts = [(bare.count(d), -i) for i, d in enumerate(_DELIMITERS)]
    best = max(counts)
    return _DELIMITERS[-best[1]] if best[0] else ","


def _broken(text: str, start_line: int, delimiter: str, message: str, where: str) -> Exception:
    """The BadInput for a row the csv reader refused: where its bad quote opened, else why."""
    opened = _open_quote_line(text, start_line, delimiter)
    if opened is not None:
        reason = (
            "a quote opens a cell here and is never closed"
            if "end of data" in message or "field limit" in message
            else "a quoted cell that opens here is closed in the middle "
            "(a quote inside a cell must be doubled)"
        )
        return errors.BadInput(where=errors.where(where, line=opened), reason=reason)
    if "field limit" in message:
        limit = csv.field_size_limit()
        reason = f"a cell is longer than {limit:,} characters"
    else:
        reason = "this row cannot be read as CSV"
    return errors.BadInput(where=errors.where(where, line=start_line), reason=reason)


def _open_quote_line(text: str, start_line: int, delimiter: str) -> int | None:
    """The line of the first quote, from ``start_line`` to the end of that row, that is never
    closed or is closed in the middle of its cell; None when the row's quotes are all fine."""
    lines = io.StringIO(text, newline="").readlines()
    pos = offset = sum(len(line) for line in lines[: start_line - 1])
    size = len(text)
    while pos < size:
        if text[pos] == '"':
            quoted = _QUOTED.match(text, pos)
            if quoted is None or (
                quoted.end() < size and text[quoted.end()] not in (delimiter, "\r", "\n")
            ):
                return start_line + len(_NEWLINE.findall(text, offset, pos))
            pos = quoted.end()
        else:
            while pos < size and text[pos] not in (delimiter, "\r", "\n"):
                pos += 1
        if pos < size and text[pos] in "\r\n":
            return None  # the end of the row
        pos += 1
    return None


# -- layouts --------------------------------------------------------------------------------------


def _fold(header: str) -> str:
    return " ".join(header.casefold().split())


@dataclass(frozen=True)
class _Compiled:
    layout: layouts.Layout
    exact: dict[str, str]
    numbered: tuple[tuple[re.Pattern[str], str], ...]

    def target(self, header: str) -> str | None:
        folded = _fold(header)
        found = self.exact.get(folded)
        if found is not None:
            return found
        for pattern, target in self.numbered:
            match = pattern.fullmatch(folded)
            if match:
                return target.replace("{n}", match[1])
        return None


def _compile(layout: layouts.Layout) -> _Compiled:
    numbered = tuple(
        (re.compile(re.escape(_fold(template)).replace(r"\{n\}", r"(\d+)")), target)
        for template, target in layout.numbered.items()
    )
    return _Compiled(layout, {_fold(h): t for h, t in layout.columns.items()}, numbered)


_COMPILED = tuple(_compile(layout) for layout in layouts.LAYOUTS)


def recognise(headers: Sequence[str]) -> tuple[layouts.Layout, list[str]] | None:
    """The known layout whose header names these are (at least three, and 60 % of the named
    columns), with a target per column: what the layout does not name is kept in the notes."""
    named = sum(1 for h in headers if h.strip())
    best: tuple[int, _Compiled, list[str | None]] | None = None
    for compiled in _COMPILED:
        targets = [compiled.target(h) for h in headers]
        known = sum(t is not None for t in targets)
        if known >= 3 and known >= 0.6 * named and (best is None or known > best[0]):
            best = (known, compiled, targets)
    if best is None:
        return None
    _known, compiled, targets = best
    columns = [
        t if t is not None else (layouts.NOTE if h.strip() else layouts.IGNORE)
        for h, t in zip(headers, targets, strict=True)
    ]
    return compiled.layout, columns


def _words(text: str) -> tuple[str, ...]:
    """A header as words: case, apostrophes, hyphens, punctuation and numbers folded away."""
    folded = re.sub(r"['’ʼ`-]", "", text.casefold())
    return tuple(re.sub(r"[\W\d_]+", " ", folded).split())


_GUESS: dict[tuple[str, ...], tuple[int, str]] = {}
for _order, (_phrase, _target) in enumerate(layouts.GUESS_WORDS.items()):
    _GUESS.setdefault(_words(_phrase), (_order, _target))
_LONGEST = max(len(words) for words in _GUESS)  # so a header of many words stays linear


def guess_columns(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """A target per column of an unknown layout: by the header's words (English, German,
    Ukrainian, Russian), else by what the first cells look like (e-mails, phone numbers),
    else kept in the notes."""
    columns = []
    for index, header in enumerate(headers):
        target = _guess_header(header)
        if target is None:
            target = _guess_values([row[index] for row in rows[:50] if index < len(row)])
        columns.append(target or layouts.NOTE)
    return columns


def _guess_header(header: str) -> str | None:
    words = _words(header)
    best: tuple[int, int, str] | None = None  # (-words, table order, target)
    for size in range(min(len(words), _LONGEST), 0, -1):
        for start in range(len(words) - size + 1):
            found = _GUESS.get(words[start : start + size])
            if found is not None and (best is None or (-size, found[0]) < best[:2]):
                best = (-size, found[0], found[1])
        if best is not None:
            return best[2]
    return None


def _guess_values(values: Sequence[str]) -> str | None:
    filled = [v.strip() for v in values if v.strip()]
    if not filled:
        return None
    for pattern, target in ((_EMAIL_LIKE, "email"), (_PHONE_LIKE, "phone")):
        if sum(bool(pattern.match(v)) for v in filled) >= 0.8 * len(filled):
            return target
    return None


def _date_values(rows: Sequence[Sequence[str]], columns: Sequence[str]) -> list[str]:
    dated = [i for i, c in enumerate(columns) if c.split("#")[0].split(".")[0] in _DATE_KINDS]
    return [row[i] for row in rows for i in dated if i < len(row) and row[i]]


# -- rows to records ------------------------------------------------------------------------------


def _check(mapping: CsvMapping, headers: Sequence[str], where: str) -> None:
    if len(mapping.columns) != len(headers):
        raise errors.BadInput(
            where=where,
            reason=f"the mapping has {len(mapping.columns)} columns, the file {len(headers)}",
        )
    if mapping.slash_dates not in (layouts.SLASH_MDY, layouts.SLASH_DMY):
        raise errors.BadInput(where=where, reason=f"{mapping.slash_dates!r} is not a date order")
    for text in mapping.columns:
        try:
            parse_target(text)
        except ValueError as exc:
            raise errors.BadInput(where=where, reason=str(exc)) from None


def _names(headers: Sequence[str]) -> list[str]:
    return [h or f"Column {i}" for i, h in enumerate(headers, start=1)]


def _records(table: _Table, mapping: CsvMapping, clock: _Clock) -> list[ImportedContact]:
    reader = RowReader(_names(table.headers), mapping.columns, mapping.slash_dates)
    width = len(table.headers)
    records: list[ImportedContact] = []
    uids: dict[str, int] = {}
    for done, (row, line) in enumerate(zip(table.rows, table.lines, strict=True), start=1):
        if done % _TICK == 0:
            clock.tick()
        record = reader.read(row, line)
        if len(row) > width and any(cell.strip() for cell in row[width:]):
            record.problem = f"the row has {len(row)} cells, the header {width}"
        uid = row_uid(record.card, row)
        uids[uid] = uids.get(uid, 0) + 1
        record.card.uid = uid if uids[uid] == 1 else f"{uid}-{uids[uid]}"
        records.append(record)
    return records
