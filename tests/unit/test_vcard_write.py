"""Writing vCards: escaping, folding, UIDs, labels, dates and photos in 4.0 and 3.0; and the
property that what pcrm writes it reads back field for field (Hypothesis), and that ``vobject``,
the usual Python library, reads it too."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from typing import Any

import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pcrm import errors
from pcrm.domain.card import (
    AddressEntry,
    AffiliationEntry,
    ContactCard,
    DateEntry,
    ExtraProperty,
    FieldEntry,
)
from pcrm.domain.dates import PartialDate
from pcrm.domain.imported import ImportedPhoto
from pcrm.domain.kinds import SERVICES
from pcrm.domain.names import PersonName
from pcrm.domain.vcard_read import read_vcards
from pcrm.domain.vcard_write import write_vcards

JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 3


def lines_of(data: bytes) -> list[str]:
    """The unfolded content lines."""
    return data.decode().replace("\r\n ", "").split("\r\n")[:-1]


def card_of(**kwargs: Any) -> ContactCard:
    return ContactCard(
        **{"display_name": "Ann Bondar", "given": "Ann", "family": "Bondar", **kwargs}
    )


# -- the format -----------------------------------------------------------------------------------


def test_text_is_escaped_and_each_component_on_its_own() -> None:
    card = card_of(
        family="Bondar; née Koval",
        given="Ann, Maria",
        notes="tea, coffee; cake\\biscuits\nsecond line",
        addresses=[AddressEntry(street="Khreshchatyk 1; flat 2", locality="Kyiv, UA")],
        groups=["Book club, Kyiv", "Family"],
    )
    found = lines_of(write_vcards([(card, None)]))
    assert "N:Bondar\\; née Koval;Ann\\, Maria;;;" in found
    assert "NOTE:tea\\, coffee\\; cake\\\\biscuits\\nsecond line" in found
    assert "ADR:;;Khreshchatyk 1\\; flat 2;Kyiv\\, UA;;;" in found
    assert "CATEGORIES:Book club\\, Kyiv,Family" in found


def test_lines_are_folded_at_75_octets_between_characters_and_end_in_crlf() -> None:
    card = card_of(notes="Щоденник: " + "ґанок і їжак " * 40)
    data = write_vcards([(card, None)])
    physical = data.split(b"\r\n")
    assert physical[-1] == b"" and b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in physical) == 75
    for line in physical:
        line.decode()  # no line ends inside a UTF-8 sequence
    assert read_vcards(data, "x.vcf")[0].card.notes == card.notes


def test_every_card_has_a_uid_stable_from_export_to_export() -> None:
    anonymous = card_of()
    first, again = (lines_of(write_vcards([(anonymous, None)])) for _ in range(2))
    assert first == again
    assert [line for line in first if line.startswith("UID:")] != []
    own = lines_of(write_vcards([(card_of(uid="urn:uuid:1234"), None)]))
    assert "UID:urn:uuid:1234" in own


def test_labels_as_types_or_apple_labels_and_the_preferred_one() -> None:
    card = card_of(
        fields=[
            FieldEntry("phone", "+380 67 000 0000", "mobile", preferred=True),
            FieldEntry("phone", "+380 44 000 0000", "home fax"),
            FieldEntry("phone", "+380 44 111 1111", "Дача"),
            FieldEntry("email", "ann@example.org", "other"),
            FieldEntry("url", "https://example.org", "homepage"),
            FieldEntry("messenger", "@ann_b", None, service="telegram"),
            FieldEntry("social", "https://x.com/ann", "work", service="x"),
        ]
    )
    assert lines_of(write_vcards([(card, None)]))[6:] == [
        "TEL;TYPE=CELL;PREF=1:+380 67 000 0000",
        "TEL;TYPE=HOME,FAX:+380 44 000 0000",
        "item1.TEL:+380 44 111 1111",
        "item1.X-ABLabel:Дача",
        "item2.EMAIL:ann@example.org",
        "item2.X-ABLabel:_$!<Other>!$_",
        "item3.URL:https://example.org",
        "item3.X-ABLabel:_$!<HomePage>!$_",
        "IMPP;X-SERVICE-TYPE=telegram:x-apple:@ann_b",
        "SOCIALPROFILE;TYPE=WORK;SERVICE-TYPE=twitter:https://x.com/ann",
        "END:VCARD",
    ]
    three = lines_of(write_vcards([(card, None)], "3.0"))
    assert "TEL;TYPE=CELL,pref:+380 67 000 0000" in three
    assert "item2.EMAIL;TYPE=INTERNET:ann@example.org" in three
    assert "X-SOCIALPROFILE;TYPE=twitter,WORK:https://x.com/ann" in three


def test_dates_without_a_year_in_both_versions() -> None:
    card = card_of(
        dates=[
            DateEntry(PartialDate(4, 15)),
            DateEntry(PartialDate(6, 12, 2010), "anniversary"),
            DateEntry(PartialDate(2, 29), "other", "name day"),
        ]
    )
    four = lines_of(write_vcards([(card, None)]))
    dated = [line for line in four if "DATE" in line or "BDAY" in line or "ANNIV" in line]
    assert dated == ["BDAY:--0415", "ANNIVERSARY:20100612", "item1.X-ABDATE:--0229"]
    three = lines_of(write_vcards([(card, None)], "3.0"))
    assert "BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-15" in three
    assert "item1.X-ABDATE:2010-06-12" in three
    assert "item1.X-ABLabel:_$!<Anniversary>!$_" in three
    assert "item2.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-02-29" in three
    for data in (write_vcards([(card, None)]), write_vcards([(card, None)], "3.0")):
        assert read_vcards(data, "x.vcf")[0].card.dates == card.dates


def test_photos_and_kept_properties() -> None:
    card = card_of(
        extras=[
            ExtraProperty("X-ABRELATEDNAMES", "Taras", "item9"),
            ExtraProperty("X-ABLabel", "_$!<Spouse>!$_", "item9"),
            ExtraProperty("PHOTO", "https://example.org/ann.jpg"),
            ExtraProperty("X-CUSTOM", "a\\, b", None, {"X-A": ["1,2", 'say "hi"']}),
        ]
    )
    photo = ImportedPhoto(JPEG, "image/jpeg")
    four = lines_of(write_vcards([(card, photo)]))
    assert any(line.startswith("PHOTO:data:image/jpeg;base64\\,/9j/4") for line in four)
    assert four[-5:-1] == [
        "item1.X-ABRELATEDNAMES:Taras",
        "item1.X-ABLabel:_$!<Spouse>!$_",
        "PHOTO:https://example.org/ann.jpg",
        "X-CUSTOM;X-A=\"1,2\",say ^'hi^':a\\, b",
    ]
    three = lines_of(write_vcards([(card, photo)], "3.0"))
    assert any(line.startswith("PHOTO;ENCODING=b;TYPE=JPEG:/9j/4") for line in three)
    assert "PHOTO;VALUE=uri:https://example.org/ann.jpg" in three
    for data in (write_vcards([(card, photo)]), write_vcards([(card, photo)], "3.0")):
        (back,) = read_vcards(data, "x.vcf")
        assert back.photo == photo
        assert back.card.extras == [
            ExtraProperty("X-ABRELATEDNAMES", "Taras", "item1"),
            ExtraProperty("PHOTO", "https://example.org/ann.jpg", None, back.card.extras[1].params),
            ExtraProperty("X-CUSTOM", "a\\, b", None, {"X-A": ["1,2", 'say "hi"']}),
            ExtraProperty("X-ABLabel", "_$!<Spouse>!$_", "item1"),
        ]


def test_an_unknown_version_is_refused() -> None:
    with pytest.raises(errors.BadInput, match=r"4\.0 or 3\.0"):
        write_vcards([(card_of(), None)], "2.1")


def test_vobject_reads_what_we_write() -> None:
    card = card_of(
        display_name="Олена Шевченко",
        given="Олена",
        family="Шевченко",
        fields=[FieldEntry("email", "olena@example.org", "work")],
        dates=[DateEntry(PartialDate(4, 15))],
    )
    for version in ("4.0", "3.0"):
        (parsed,) = vobject.readComponents(write_vcards([(card, None)], version).decode())
        assert parsed.fn.value == "Олена Шевченко"
        assert parsed.n.value.family == "Шевченко"
        assert parsed.email.value == "olena@example.org"


# -- round trip -----------------------------------------------------------------------------------

_ALPHABET = st.one_of(
    st.characters(exclude_categories=("Cs", "Cc")), st.sampled_from(',;\\:"^\n= ґєїщЁжЯ')
)
_RAW_TEXT = st.text(_ALPHABET, min_size=1, max_size=14)
TEXT = _RAW_TEXT.map(str.strip).filter(bool)
MAYBE = st.none() | TEXT


def _label_ok(label: str) -> bool:
    """Labels a card cannot round-trip: Apple's own markup typed as a label, and the word that
    makes a date an anniversary."""
    return not label.startswith("_$!<") and label != "anniversary"


PLAIN_LABELS = ["mobile", "home", "work", "main", "fax", "home fax", "work fax", "pager", "other"]
LABELS = st.none() | st.sampled_from([*PLAIN_LABELS, "iPhone", "homepage"]) | TEXT.filter(_label_ok)
# Service names the reader folds to pcrm's keys ("Skype" → "skype"): free text avoids them.
KNOWN_SERVICES = {*SERVICES, "twitter", "google talk", "skype", "aim", "icq", "yahoo", "msn"}
KNOWN_SERVICES |= {"gtalk", "jabber", "xmpp", "qq", "sip", "irc", "gadugadu", "flickr", "myspace"}
KNOWN_SERVICES |= {"sinaweibo", "tiktok", "youtube"}
FREE_SERVICES = TEXT.filter(lambda s: s.casefold() not in KNOWN_SERVICES)
SERVICE = st.none() | st.sampled_from(SERVICES) | FREE_SERVICES


@st.composite
def fields(draw: st.DrawFn) -> FieldEntry:
    kind = draw(st.sampled_from(["phone", "email", "url", "messenger", "social"]))
    value = draw(TEXT.filter(lambda v: not v.lower().startswith("tel:")))
    if kind == "email":
        value = f"{value}@{draw(TEXT)}"
    service = draw(SERVICE) if kind in ("messenger", "social") else None
    return FieldEntry(kind, value, draw(LABELS), draw(st.booleans()), service)


@st.composite
def addresses(draw: st.DrawFn) -> AddressEntry:
    parts = draw(st.lists(MAYBE, min_size=7, max_size=7).filter(any))
    return AddressEntry(*parts, label=draw(LABELS), preferred=draw(st.booleans()))


@st.composite
def dates(draw: st.DrawFn) -> DateEntry:
    year = draw(st.none() | st.integers(1000, 9999).filter(lambda y: y != 1604))
    month = draw(st.integers(1, 12))
    leap = year is None or calendar.isleap(year)
    day = draw(st.integers(1, (29 if leap else 28) if month == 2 else 30))
    kind = draw(st.sampled_from(["birthday", "anniversary", "other"]))
    return DateEntry(PartialDate(month, day, year), kind, draw(st.none() | TEXT.filter(_label_ok)))


affiliations = st.builds(
    AffiliationEntry,
    organisation=TEXT,
    title=MAYBE,
    role=MAYBE,
    department=MAYBE,
    primary=st.booleans(),
)
extras = st.builds(
    ExtraProperty,
    name=st.from_regex(r"X-TEST-[A-Z0-9]{1,6}", fullmatch=True),
    value=_RAW_TEXT.map(lambda t: t.replace("\\", "\\\\").replace("\n", "\\n")),
    group=st.none() | st.sampled_from(["item1", "g", "item9"]),
    params=st.none()
    | st.dictionaries(
        st.sampled_from(["X-A", "X-B"]),
        st.lists(TEXT.filter(lambda t: "," not in t), min_size=1, max_size=2),
        min_size=1,
    ),
)
photos = st.none() | st.builds(
    lambda magic, body: ImportedPhoto(magic[0] + body, magic[1]),
    st.sampled_from(
        [
            (b"\xff\xd8\xff", "image/jpeg"),
            (b"\x89PNG\r\n\x1a\n", "image/png"),
            (b"GIF89a", "image/gif"),
        ]
    ),
    st.binary(max_size=300),
)


@st.composite
def cards(draw: st.DrawFn) -> ContactCard:
    parts = {k: draw(MAYBE) for k in ("prefix", "given", "middle", "family", "suffix")}
    composed = PersonName(**parts).composed()
    shown = draw(TEXT) if draw(st.booleans()) or not composed else composed
    return ContactCard(
        display_name=shown,
        display_name_custom=shown != composed,
        nickname=draw(MAYBE),
        phonetic_given=draw(MAYBE),
        phonetic_family=draw(MAYBE),
        fields=draw(st.lists(fields(), max_size=5)),
        addresses=draw(st.lists(addresses(), max_size=2)),
        dates=draw(st.lists(dates(), max_size=3)),
        affiliations=draw(st.lists(affiliations, max_size=2)),
        notes=draw(st.none() | _RAW_TEXT),
        groups=draw(st.lists(TEXT, max_size=3, unique=True)),
        time_zone=draw(st.none() | st.sampled_from(["Europe/Kyiv", "America/New_York", "UTC"])),
        extras=draw(st.lists(extras, max_size=3)),
        uid=draw(st.none() | TEXT),
        **parts,
    )


def essence(card: ContactCard) -> ContactCard:
    """The card without what the store fills in, and its extras' groups as the pattern of which
    share one (the writer numbers groups afresh)."""
    named: dict[str, str] = {}
    kept = [
        replace(x, group=named.setdefault(x.group, f"g{len(named)}") if x.group else None)
        for x in card.extras
    ]
    return replace(
        card,
        fields=[replace(f, vcard_params=None) for f in card.fields],
        addresses=[replace(a, vcard_params=None) for a in card.addresses],
        extras=kept,
    )  # fmt: skip


@pytest.mark.parametrize("version", ["4.0", "3.0"])
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batch=st.lists(st.tuples(cards(), photos), min_size=1, max_size=3))
def test_what_we_write_we_read_back(
    version: str, batch: list[tuple[ContactCard, ImportedPhoto | None]]
) -> None:
    data = write_vcards(batch, version)
    records = read_vcards(data, "round-trip.vcf")
    assert [(r.problem, r.notes) for r in records] == [(None, [])] * len(batch)
    for (card, photo), record in zip(batch, records, strict=True):
        back = record.card
        if card.uid is None:
            assert back.uid
            back = replace(back, uid=None)
        assert essence(back) == essence(card)
        assert record.photo == photo
    # and writing what was read gives the same file: kept parameters and groups come back
    assert write_vcards([(r.card, r.photo) for r in records], version) == data
    assert not re.search(rb"[^\r]\n|\r[^\n]", data)
