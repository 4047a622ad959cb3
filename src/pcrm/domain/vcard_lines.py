"""vCard content lines: from a file's bytes to the cards it holds, each a list of properties.

pcrm reads vCards with its own parser instead of ``vobject``, whose content-line regex takes
exponential time on short crafted lines, whose nesting recursion overflows on a thousand BEGINs,
and which managed about a thousand cards a second.  This module does everything in linear
time, on bytes, in the order real files need:

1. every line ending is one (LF, CRLF, CR, and iOS 5's CR CR LF);
2. folded lines are joined *before* any decoding, because a fold may split a UTF-8 sequence;
   vCard 2.1 values continue past a quoted-printable soft break (a line ending in ``=``) and,
   for base64, over unindented lines up to the blank line that ends them;
3. each property's value is decoded by its own ``ENCODING`` and ``CHARSET`` (quoted-printable is
   decoded whole first, then the charset, since a soft break may split a character too);
   undecodable bytes are replaced and the property is marked ``damaged``.

Faults of the file's structure (a continuation line with nothing before it, a missing END,
nesting, BEGIN and END in different groups, no VERSION, too large, too slow) raise
:class:`pcrm.errors.BadInput` for the whole file; a line inside a card that is not a property
makes only that card unusable (``RawCard.problem``).  Messages name lines, properties and
parameters, never values.
"""

from __future__ import annotations

import binascii
import codecs
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from pcrm import errors

MAX_BYTES = 8 * 1024 * 1024
VERSIONS = ("2.1", "3.0", "4.0")
_BOM = b"\xef\xbb\xbf"
_NAME = re.compile(r"[A-Za-z0-9-]+")
_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
_CARET = {"n": "\n", "N": "\n", "^": "^", "'": '"'}
# Charsets a value may name; others (punycode, the escape codecs) are not text encodings a
# contact program writes, and some decode slowly.
_CHARSETS = re.compile(
    r"utf-(?:8|16|32)(?:-[bl]e)?|ascii|latin-1|iso8859-\d+|cp\d+|koi8-[rtu]|mac-[a-z]+|big5\w*"
    r"|gb2312|gbk|gb18030|shift_jis\w*|euc_\w+|iso2022_\w+|johab|kz1048|ptcp154|tis-620"
)
_CHARSET_NAME = re.compile(r"[A-Za-z0-9_.:-]{1,40}")
_CHECK_EVERY = 4096  # lines between looks at the clock and the cancel flag
# A file is split into lines a block at a time: one C call over a whole 30 MB file would hold
# the GIL, and with it the GUI thread, for tens of milliseconds.
_BLOCK = 1 << 18
_LOGICAL = re.compile(rb"\n(?![ \t])")  # a line break that does not fold
_NEWLINE = ord("\n")
_WHITESPACE = frozenset(b" \t")


@dataclass(slots=True)
class Prop:
    """One property: ``name`` upper case, ``params`` upper-case names to their values (2.1 bare
    parameters are filed under TYPE or ENCODING), ``value`` decoded but still escaped."""

    number: int
    group: str | None
    name: str
    params: dict[str, list[str]]
    value: str
    damaged: bool = False  # some bytes did not decode and were replaced

    def param(self, name: str) -> str | None:
        values = self.params.get(name)
        return values[0] if values else None

    def encoding(self) -> str:
        return (self.param("ENCODING") or "").upper()


@dataclass
class RawCard:
    """The properties between one BEGIN:VCARD and its END (neither included)."""

    line: int
    version: str
    props: list[Prop]
    content: list[tuple[int, bytes]]  # its unfolded lines, from which a stable UID is derived
    problem: str | None = None  # the first line that is not a property
    charset_notes: list[str] = field(default_factory=list)


class _Budget:
    def __init__(self, where: str, seconds: float, cancelled: Callable[[], bool]) -> None:
        self.where, self.seconds, self.cancelled = where, seconds, cancelled
        self.deadline = time.monotonic() + seconds

    def check(self) -> None:
        if self.cancelled():
            raise errors.ImportCancelled()
        if time.monotonic() >= self.deadline:
            raise errors.BadInput(
                where=self.where, reason=f"reading took longer than {self.seconds:g} s"
            )


def read_cards(
    data: bytes,
    where: str,
    cancelled: Callable[[], bool],
    budget_seconds: float,
    max_bytes: int = MAX_BYTES,
) -> list[RawCard]:
    """The cards of a file; BadInput for a fault of its structure."""
    if len(data) > max_bytes:
        raise errors.BadInput(
            where=where, reason=f"the file is larger than {max_bytes / (1024 * 1024):g} MB"
        )
    budget = _Budget(where, budget_seconds, cancelled)
    logical = _unfold(data.removeprefix(_BOM), where, budget)
    return _cards(logical, where, budget)


def _unfold(data: bytes, where: str, budget: _Budget) -> list[tuple[int, bytes]]:
    """(first physical line number, bytes) of each content line; blank lines left out.

    The text is split where a line break is not followed by a space or tab, so that folded
    lines (a photo's hundreds) are joined by ``bytes.replace`` rather than one by one."""
    logical: list[tuple[int, bytes]] = []
    number = 1
    soft_break = blank = False  # the last line ended in a quoted-printable "=" / was blank
    for index, piece in enumerate(_pieces(data)):
        chunk = piece
        start, number = number, number + chunk.count(b"\n") + 1
        if index % _CHECK_EVERY == 0:
            budget.check()
        if soft_break:  # quoted-printable: the next line continues the value, whatever it is
            at, line = logical[-1]
            logical[-1] = (at, line + b"\n" + chunk)
            soft_break = chunk.endswith(b"=")
            continue
        if not chunk:
            blank = True
            continue
        if chunk[0] == _NEWLINE:  # blank lines, then a continuation line
            stripped = chunk.lstrip(b"\n")
            start += len(chunk) - len(stripped)
            chunk = stripped
        if b"\n" in chunk:
            chunk = chunk.replace(b"\n ", b"").replace(b"\n\t", b"")
        if chunk[0] in _WHITESPACE:
            if not logical:
                raise errors.BadInput(
                    where=errors.where(where, line=start),
                    reason="a folded continuation line with no property before it",
                )
            at, line = logical[-1]
            logical[-1] = (at, line + chunk[1:])
        elif b":" not in chunk and logical and not blank and b"BASE64" in _head(logical[-1][1]):
            at, line = logical[-1]  # vCard 2.1 base64 data need not be indented
            logical[-1] = (at, line + chunk)
        else:
            logical.append((start, chunk))
        blank = False
        soft_break = chunk.endswith(b"=") and b"QUOTED-PRINTABLE" in _head(logical[-1][1])
    return logical


def _lf(data: bytes) -> bytes:
    return data.replace(b"\r\r\n", b"\n").replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def _pieces(data: bytes) -> Iterator[bytes]:
    """``_LOGICAL.split`` of the text with every line break made LF: the same pieces as over
    the whole text, made a block at a time.  A block ends at a LF (never inside a CR LF) that
    is not followed by a space or tab, that is, at a break between two content lines, which is
    the separator dropped from the pieces."""
    start = 0
    while True:
        cut = data.find(b"\n", start + _BLOCK)
        while cut != -1 and data[cut + 1 : cut + 2] in (b" ", b"\t"):
            cut = data.find(b"\n", cut + 1)
        if cut == -1:
            yield from _LOGICAL.split(_lf(data[start:]))
            return
        yield from _LOGICAL.split(_lf(data[start : cut + 1])[:-1])
        start = cut + 1


def _head(line: bytes) -> bytes:
    """The name and parameters of a content line, upper case."""
    colon = line.find(b":")
    return (line if colon < 0 else line[:colon]).upper()


@dataclass
class _Open:
    """A BEGIN:VCARD whose END has not come yet."""

    line: int
    group: str | None
    index: int  # of the BEGIN among the content lines
    props: list[Prop] = field(default_factory=list)
    problem: str | None = None


def _cards(logical: list[tuple[int, bytes]], where: str, budget: _Budget) -> list[RawCard]:
    cards: list[RawCard] = []
    card: _Open | None = None
    heads = Heads()
    for index, (number, raw) in enumerate(logical):
        if index % _CHECK_EVERY == 0:
            budget.check()
        prop = heads.parse(number, raw)
        if prop is None:
            if card is None:
                raise errors.BadInput(where=errors.where(where, line=number), reason=_OUTSIDE)
            card.problem = card.problem or f"line {number} is not a vCard property (NAME:VALUE)"
        elif prop.name == "BEGIN":
            if card is not None:
                raise errors.BadInput(
                    where=errors.where(where, line=number),
                    reason=f"a BEGIN inside the vCard begun at line {card.line}",
                )
            if prop.value.strip().upper() != "VCARD":
                raise errors.BadInput(where=errors.where(where, line=number), reason=_OUTSIDE)
            card = _Open(number, prop.group, index)
        elif card is None:
            raise errors.BadInput(where=errors.where(where, line=number), reason=_OUTSIDE)
        elif prop.name == "END":
            cards.append(_closed(card, prop, logical[card.index + 1 : index], where))
            card = None
        elif card.group is not None and prop.group != card.group:
            raise errors.BadInput(
                where=errors.where(where, line=number),
                reason=f"{prop.name} is not in the group of the BEGIN at line {card.line}",
            )
        else:
            card.props.append(prop)
    if card is not None:
        raise errors.BadInput(
            where=errors.where(where, line=card.line),
            reason="the file ends inside this vCard (END:VCARD is missing)",
        )
    if not cards:
        raise errors.BadInput(where=where, reason="the file holds no vCard")
    return cards


_OUTSIDE = "this is not a vCard (each card begins with BEGIN:VCARD and ends with END:VCARD)"


def _closed(card: _Open, end: Prop, content: list[tuple[int, bytes]], where: str) -> RawCard:
    at = errors.where(where, line=end.number)
    if end.value.strip().upper() != "VCARD":
        raise errors.BadInput(
            where=at, reason=f"this END does not close the vCard of line {card.line}"
        )
    if end.group != card.group:
        raise errors.BadInput(
            where=at, reason=f"END:VCARD is in another group than the BEGIN of line {card.line}"
        )
    versions = [p for p in card.props if p.name == "VERSION"]
    if not versions:
        raise errors.BadInput(
            where=errors.where(where, line=card.line), reason="the vCard has no VERSION"
        )
    version = versions[0].value.strip()
    if version not in VERSIONS:
        raise errors.BadInput(
            where=errors.where(where, line=versions[0].number),
            reason="VERSION is not 2.1, 3.0 or 4.0",
        )
    notes = [
        f"line {p.number}: {p.name} held bytes that are not {p.param('CHARSET') or 'UTF-8'}; "
        "they were replaced"
        for p in card.props
        if p.damaged
    ]
    return RawCard(card.line, version, card.props, content, card.problem, notes)


Head = tuple[str | None, str, dict[str, list[str]], str, str]  # group, name, params, decoding


class Heads:
    """Content lines parsed up to their value, remembered by their bytes: a file repeats a few
    dozen heads (``TEL;TYPE=CELL``, ``EMAIL;TYPE=INTERNET``) over thousands of cards.  The
    parameters of a remembered head are shared, so nobody may change them."""

    LIMIT = 4096

    def __init__(self) -> None:
        self.known: dict[bytes, Head | None] = {}

    def parse(self, number: int, raw: bytes) -> Prop | None:
        """``[group.]NAME[;PARAM[=VALUE]]*:VALUE``, or None when the line is not one."""
        key, colon, value = raw.partition(b":")
        if not colon:
            return None
        if b'"' in key:
            at = _colon_outside_quotes(raw)
            if at < 0:
                return None
            key, value = raw[:at], raw[at + 1 :]
        try:
            head = self.known[key]
        except KeyError:
            if len(self.known) >= self.LIMIT:
                self.known.clear()
            head = self.known[key] = _parse_head(key.decode("utf-8", "replace"))
        if head is None:
            return None
        group, name, params, encoding, codec = head
        if encoding == "QUOTED-PRINTABLE":
            value = binascii.a2b_qp(value)
        elif encoding in ("B", "BASE64"):
            return Prop(number, group, name, params, value.decode("ascii", "replace"))
        try:
            return Prop(number, group, name, params, value.decode(codec))
        except UnicodeDecodeError:
            return Prop(number, group, name, params, value.decode(codec, "replace"), True)


def _parse_head(head: str) -> Head | None:
    segments = _split_outside_quotes(head, ";") if '"' in head else head.split(";")
    group, dot, name = segments[0].rpartition(".")
    if not _NAME.fullmatch(name) or (dot and not _NAME.fullmatch(group)):
        return None
    params: dict[str, list[str]] = {}
    for segment in segments[1:]:
        key, equals, value = segment.partition("=")
        if not equals:
            if not segment:
                continue
            value = segment
            key = "ENCODING" if segment.upper() in _BARE_ENCODINGS else "TYPE"
        elif not _NAME.fullmatch(key):
            return None
        key = key.upper()
        params.setdefault(key, []).extend(_param_values(key, value))
    encoding = (params.get("ENCODING") or [""])[0].upper()
    return group or None, name.upper(), params, encoding, _codec(params.get("CHARSET"))


def _codec(charset: list[str] | None) -> str:
    """The codec a CHARSET names, when it is one a contact program writes; else UTF-8."""
    if not charset:
        return "utf-8"
    try:
        codec = codecs.lookup(charset[0]).name if _CHARSET_NAME.fullmatch(charset[0]) else ""
    except LookupError:
        return "utf-8"
    return codec if _CHARSETS.fullmatch(codec) else "utf-8"


def _colon_outside_quotes(raw: bytes) -> int:
    at = 0
    while True:
        colon, quote = raw.find(b":", at), raw.find(b'"', at)
        if quote < 0 or colon < quote:
            return colon
        close = raw.find(b'"', quote + 1)
        if close < 0:
            return -1
        at = close + 1


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    at = piece = 0
    while True:
        cut, quote = text.find(separator, at), text.find('"', at)
        if quote >= 0 and (cut < 0 or quote < cut):
            close = text.find('"', quote + 1)
            at = len(text) if close < 0 else close + 1
            continue
        if cut < 0:
            parts.append(text[piece:])
            return parts
        parts.append(text[piece:cut])
        at = piece = cut + 1


def _param_values(key: str, value: str) -> list[str]:
    if key == "TYPE":  # TYPE="work,voice" (RFC 6350's own example) is a list as well
        values = value.replace('"', "").split(",")
    elif '"' in value:
        values = [v.replace('"', "") for v in _split_outside_quotes(value, ",")]
    else:
        values = value.split(",")
    return [_caret_decoded(v) if "^" in v else v for v in values]


def _caret_decoded(value: str) -> str:
    """RFC 6868: ``^n`` a newline, ``^'`` a double quote, ``^^`` a caret."""
    out: list[str] = []
    at = 0
    while (caret := value.find("^", at)) >= 0 and caret + 1 < len(value):
        out.append(value[at:caret])
        follower = value[caret + 1]
        out.append(_CARET.get(follower, "^" + follower))
        at = caret + 2
    out.append(value[at:])
    return "".join(out)
