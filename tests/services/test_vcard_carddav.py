"""Our exported vCards on a real CardDAV server: Radicale on 127.0.0.1 (which refuses a card
without UID) takes each card of a 4.0 and of a 3.0 export into an address book, and what it
gives back reads equal to what we wrote."""

from __future__ import annotations

import base64
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from radicale_server import serve

from pcrm.domain.card import (
    AddressEntry,
    AffiliationEntry,
    ContactCard,
    DateEntry,
    ExtraProperty,
    FieldEntry,
)
from pcrm.domain.dates import PartialDate
from pcrm.domain.imported import ImportedContact, ImportedPhoto
from pcrm.domain.vcard_read import read_vcards
from pcrm.domain.vcard_write import write_vcards

AUTH = "Basic " + base64.b64encode(b"owner:unused").decode()
ADDRESS_BOOK = """<?xml version="1.0" encoding="utf-8"?>
<D:mkcol xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
  <D:set><D:prop>
    <D:resourcetype><D:collection/><C:addressbook/></D:resourcetype>
    <D:displayname>pcrm</D:displayname>
  </D:prop></D:set>
</D:mkcol>"""
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8

CARDS: list[tuple[ContactCard, ImportedPhoto | None]] = [
    (
        ContactCard(
            display_name="Олена Шевченко-Коваль",
            given="Олена",
            family="Шевченко-Коваль",
            nickname="Оля, Lena",
            fields=[
                FieldEntry("phone", "+380 67 123 45 67", "mobile", preferred=True),
                FieldEntry("phone", "+380 44 000 00 00", "Дача"),
                FieldEntry("email", "olena@example.org", "work"),
                FieldEntry("messenger", "@olena_sh", None, service="telegram"),
                FieldEntry("social", "https://www.linkedin.com/in/olena", service="linkedin"),
            ],
            addresses=[
                AddressEntry(street="вул. Хрещатик, 1; кв. 2", locality="Київ", label="home")
            ],
            dates=[
                DateEntry(PartialDate(4, 15)),
                DateEntry(PartialDate(6, 12, 2010), "anniversary"),
                DateEntry(PartialDate(2, 29), "other", "іменини"),
            ],
            affiliations=[AffiliationEntry("ТОВ «Ромашка»", title="Інженерка", primary=True)],
            notes="Познайомились на конференції, говорили про книжки; зателефонувати навесні.\n"
            "Tea, not coffee \\ never before 10.",
            groups=["Друзі", "Book club, Kyiv"],
            time_zone="Europe/Kyiv",
            extras=[
                ExtraProperty("X-ABRELATEDNAMES", "Тарас", "item7"),
                ExtraProperty("X-ABLabel", "_$!<Spouse>!$_", "item7"),
            ],
            uid="urn:uuid:7d9f3a52-1c2b-4f0e-9a55-000000000001",
        ),
        ImportedPhoto(PNG, "image/png"),
    ),
    (
        ContactCard(
            display_name="John Smith",
            given="John",
            family="Smith",
            fields=[FieldEntry("email", "john@example.com", None)],
        ),  # no UID of its own: the export gives it one, or Radicale would refuse it
        None,
    ),
]


@pytest.fixture
def address_book(tmp_path: Path) -> Iterator[str]:
    with serve(tmp_path / "radicale") as url:
        book = f"{url}owner/contacts/"
        assert send("MKCOL", book, ADDRESS_BOOK.encode(), "application/xml") == 201
        yield book


def send(method: str, url: str, body: bytes | None = None, kind: str = "") -> int:
    request = urllib.request.Request(url, body, method=method)
    request.add_header("Authorization", AUTH)
    if kind:
        request.add_header("Content-Type", kind)
    with urllib.request.urlopen(request) as response:
        return int(response.status)


def fetch(url: str) -> bytes:
    request = urllib.request.Request(url)
    request.add_header("Authorization", AUTH)
    with urllib.request.urlopen(request) as response:
        data: bytes = response.read()
        return data


def essence(record: ImportedContact) -> tuple[object, ...]:
    """What must survive the server.  Radicale writes a card's properties back sorted by name
    (vobject's serialiser), so fields keep their order within their kind only, and the dates
    and kept properties are compared as sets."""
    card = record.card
    fields = [(f.kind, f.value, f.label, f.preferred, f.service) for f in card.fields]
    return (
        card.display_name,
        (card.prefix, card.given, card.middle, card.family, card.suffix, card.nickname),
        sorted(fields, key=lambda f: f[0]),
        [(a.one_line(), a.label, a.preferred) for a in card.addresses],
        sorted((d.date, d.kind, d.label or "") for d in card.dates),
        card.affiliations,
        card.notes,
        card.groups,
        card.time_zone,
        card.uid,
        sorted((x.name, x.value, repr(x.params)) for x in card.extras),
        record.photo,
    )


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_radicale_keeps_our_cards(address_book: str, version: str) -> None:
    sent = {}
    for number, (card, photo) in enumerate(CARDS):
        data = write_vcards([(card, photo)], version)
        (ours,) = read_vcards(data, "sent.vcf")
        href = f"{address_book}card-{number}.vcf"
        assert send("PUT", href, data, "text/vcard; charset=utf-8") == 201
        sent[href] = ours
    for href, ours in sent.items():
        (back,) = read_vcards(fetch(href), "from-radicale.vcf")
        assert back.problem is None
        assert essence(back) == essence(ours)
    olena = sent[f"{address_book}card-0.vcf"]
    assert olena.photo == CARDS[0][1]
    assert [(f.value, f.label, f.preferred) for f in olena.card.fields if f.kind == "phone"] == [
        ("+380 67 123 45 67", "mobile", True),
        ("+380 44 000 00 00", "Дача", False),
    ]
