"""Hostile CSV input: whatever the bytes, reading ends in records or in our BadInput, within a
second (random bytes, CSV-shaped noise in odd encodings, mutated corpus files, blown-up cells,
unterminated quotes, NULs).

The second is CPU time of this process (``time.process_time``): the test machines are shared
by several sessions on two cores, where wall time measures the neighbours as much as pcrm.
"""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pcrm import errors
from pcrm.domain.csv_read import CsvRead, read_csv

DATA = Path(__file__).parents[1] / "data" / "csv"
LIMIT_BYTES = 64 * 1024
SEEDS = [p.read_bytes() for p in sorted(DATA.glob("*.csv"))]

_TOKENS = [
    ",", ";", "\t", '"', '""', "\n", "\r", "\r\n", "a", "Ж", "é", "\x00", " ::: ", "* ", "=",
    "'", "0/0/00", "0.0.00", "@", "x@y.z", "+380 67", "15.04.", "--04-15", "sep=;\n",
    "First Name", "E-mail 1 - Value", "Labels", "Vorname", "Прізвище", "\ufeff", "\u2028",
    "* starred", "EX", "/o=Org", "1604-01-01",
]  # fmt: skip
_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1251", "cp1252", "latin-1"]

_noise = st.builds(
    lambda tokens, encoding: "".join(tokens).encode(encoding, "ignore"),
    st.lists(st.sampled_from(_TOKENS), max_size=200),
    st.sampled_from(_ENCODINGS),
)


@st.composite
def _mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, max(0, len(data) - 1)))
        how = draw(st.sampled_from(["flip", "delete", "insert", "repeat", "truncate"]))
        if how == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif how == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif how == "insert":
            data[at:at] = draw(st.sampled_from([b'"', b"\x00", b"\r", b",", b";", b"\xff"]))
        elif how == "repeat":
            data[at:at] = data[at : at + 32] * draw(st.integers(2, 200))
        else:
            del data[at:]
    return bytes(data[:LIMIT_BYTES])


# repeated 1 to 4096 times, the powers of two equally likely: most stay small, some reach 64 KB
_blown_up = st.builds(
    lambda seed, power: (seed * 2**power)[:LIMIT_BYTES],
    st.one_of(_noise, st.binary(min_size=1, max_size=64)).filter(bool),
    st.integers(0, 12),
)
_hostile = st.one_of(st.binary(max_size=2048), _noise, _mutated(), _blown_up)


def test_the_hostile_strategies_cover_the_classic_traps() -> None:
    """The named cases, each once, besides the generated ones."""
    header = b"First Name,Last Name,E-mail Address\r\n"
    for data in (
        header + b'Ann,"Lee,a@b.c\r\n' + b"x,y,z\r\n" * 5000,  # unterminated quote
        header + b'"' * 60_000,
        header + b"a," * 30_000,  # one row of very many cells
        header + b"\r\n" * 30_000,
        b"," * 65_000,  # a header of very many columns
        header + b"x" * 65_000,
        b"\xff\xfe" + "First Name\r\nЖ\r\n".encode("utf-16-le") + b"\x00\xd8",  # broken UTF-16
    ):
        _read_in_time(data)


@settings(
    max_examples=1000,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(_hostile)
def test_hostile_input_ends_in_records_or_bad_input_within_a_second(data: bytes) -> None:
    _read_in_time(data)


def _read_in_time(data: bytes) -> None:
    assert len(data) <= LIMIT_BYTES
    started = time.process_time()
    try:
        read = read_csv(data, "hostile.csv")
    except errors.BadInput as refused:
        assert refused.message.startswith("hostile.csv")
    else:
        assert isinstance(read, CsvRead)
        assert all(r.line >= 2 and r.card.uid for r in read.records)
    assert time.process_time() - started <= 1.0
