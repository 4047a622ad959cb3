"""Hostile vCard input: whatever the bytes, reading ends in our typed error or a list of records,
within a second, for inputs of up to 64 KB.

Over a thousand generated inputs (Hypothesis): corpus files mutated (bytes inserted, deleted,
flipped, repeated, cut), structures repeated to the size limit (a thousand BEGINs, nesting,
folds, parameters, quotes, quoted-printable and base64 gone wrong, NULs), the lines on which
``vobject``'s content-line regex takes exponential time, and short random lines.  What is read
is written back and read again, which must not fail either.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pcrm import errors
from pcrm.domain.imported import ImportedContact
from pcrm.domain.vcard_read import read_vcards
from pcrm.domain.vcard_write import write_vcards

LIMIT = 64 * 1024
SECONDS = 1.0
DATA = Path(__file__).parents[1] / "data" / "vcard"
SEEDS = [p.read_bytes() for p in sorted(DATA.glob("*.vcf"))]
TOKENS = [
    b"\r", b"\n", b"\r\n", b"\r\r\n", b"\r\n ", b"\r\n\t", b"=", b"=\r\n", b":", b";", b",",
    b'"', b"\\", b"^", b".", b" ", b"\x00", b"\xff", b"\xc3", b"\xef\xbb\xbf",
    b"BEGIN:VCARD\r\n", b"END:VCARD\r\n", b"VERSION:2.1\r\n", b"VERSION:3.0\r\n",
    b";ENCODING=QUOTED-PRINTABLE", b";ENCODING=b", b";CHARSET=utf-16", b";CHARSET=punycode",
    b"data:image/png;base64,", b"item1.", b"X-ABLabel:", b"BDAY:--", b"PHOTO;BASE64:",
    b";TYPE=", b"TEL:", b"N:;;;;;;;;", b"ADR:", b"\\n", b"\\,",
]  # fmt: skip
CARD = b"BEGIN:VCARD\r\nVERSION:%s\r\nFN:x\r\n%s\r\nEND:VCARD\r\n"
# (text around, the unit repeated): the places where a repetition hurts a naive parser
REPEATS = [
    (b"%s", b"BEGIN:VCARD\r\n"),
    (b"%s", b"BEGIN:VCARD\r\nVERSION:3.0\r\n"),
    (b"%s", b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:x\r\nEND:VCARD\r\n"),
    (b"%s", b"\r"),
    (b"%s", b"\x00"),
    (b"%s", b" \r\n"),
    (CARD % (b"4.0", b"NOTE:%s"), b"\r\n x"),
    (CARD % (b"4.0", b"NOTE:%s"), b"\\"),
    (CARD % (b"4.0", b"CATEGORIES:%s"), b","),
    (CARD % (b"4.0", b"N:%s"), b";"),
    (CARD % (b"4.0", b"TEL%s:1"), b";TYPE=a"),
    (CARD % (b"4.0", b"TEL%s:1"), b';X="'),
    (CARD % (b"4.0", b"TEL%s:1"), b";"),
    (CARD % (b"3.0", b'X;a=%s"'), b","),  # vobject: exponential
    (CARD % (b"3.0", b'X%s"'), b";a=b"),  # vobject: exponential
    (CARD % (b"3.0", b"%sX:1"), b"item1."),
    (CARD % (b"2.1", b"NOTE;ENCODING=QUOTED-PRINTABLE:%s"), b"=\r\n"),
    (CARD % (b"2.1", b"NOTE;ENCODING=QUOTED-PRINTABLE:%s"), b"=Z"),
    (CARD % (b"2.1", b"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:%s"), b"=C3"),
    (CARD % (b"2.1", b"PHOTO;ENCODING=BASE64:%s"), b"!@#$"),
    (CARD % (b"2.1", b"PHOTO;ENCODING=BASE64:\r\n%s"), b"QUFB\r\n"),
    (CARD % (b"4.0", b"PHOTO:data:%s"), b";base64"),
    (CARD % (b"3.0", b"item1.TEL:1\r\n%s"), b"item1.X-ABLabel:x\r\n"),
    (CARD % (b"4.0", b"%s"), b"BDAY:--0229\r\n"),
]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data)))
        match draw(st.sampled_from(["insert", "delete", "flip", "repeat", "cut"])):
            case "insert":
                data[at:at] = draw(st.sampled_from(TOKENS)) * draw(st.integers(1, 64))
            case "delete":
                del data[at : at + draw(st.integers(1, 64))]
            case "flip" if data:
                data[min(at, len(data) - 1)] ^= draw(st.integers(1, 255))
            case "repeat":
                data[at:at] = data[at : at + draw(st.integers(1, 2000))] * draw(st.integers(1, 8))
            case _:
                del data[at:]
    return bytes(data[:LIMIT])


@st.composite
def repeated(draw: st.DrawFn) -> bytes:
    around, unit = draw(st.sampled_from(REPEATS))
    room = (LIMIT - len(around)) // len(unit)
    count = draw(st.sampled_from([room, room // 2]) | st.integers(1, room))
    return around % (unit * count)


random_lines = st.binary(max_size=300).map(lambda b: CARD % (b"3.0", b)) | st.text(
    alphabet=st.sampled_from(';:=,"\\^. \t\r\naAxX-1BEGINVCARD'), max_size=300
).map(str.encode)
hostile = st.one_of(mutated(), repeated(), random_lines)


def survive(data: bytes) -> list[ImportedContact] | None:
    """What reading gives, within the time limit; None for our typed refusal."""
    started = time.perf_counter()
    try:
        records = read_vcards(data, "hostile.vcf")
    except errors.BadInput:
        records = None
    elapsed = time.perf_counter() - started
    assert elapsed <= SECONDS, f"{len(data)} bytes took {elapsed:.2f} s"
    return records


@settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=hostile)
def test_hostile_input_ends_in_bad_input_or_records(data: bytes) -> None:
    assert len(data) <= LIMIT
    records = survive(data)
    if records is None:
        return
    assert all(isinstance(r, ImportedContact) for r in records)
    for version in ("4.0", "3.0"):
        again = survive(write_vcards([(r.card, r.photo) for r in records], version))
        assert again is None or len(again) == len(records)


@pytest.mark.parametrize(("around", "unit"), REPEATS)
def test_each_repetition_at_full_size(around: bytes, unit: bytes) -> None:
    survive(around % (unit * ((LIMIT - len(around)) // len(unit))))
