"""Reading vCards: the encodings, foldings and dialects real programs write, what each property
becomes, the faults that refuse a card or a file, and messages that name no personal value."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pcrm import errors
from pcrm.domain.card import ExtraProperty
from pcrm.domain.dates import PartialDate
from pcrm.domain.imported import ImportedContact
from pcrm.domain.vcard_lines import MAX_BYTES
from pcrm.domain.vcard_read import read_vcards

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(40))


def vcf(*lines: str | bytes, version: str = "4.0", end: bytes = b"\r\n") -> bytes:
    body = [b"BEGIN:VCARD", f"VERSION:{version}".encode()]
    body += [x.encode() if isinstance(x, str) else x for x in lines]
    return end.join([*body, b"END:VCARD"]) + end


def one(*lines: str | bytes, version: str = "4.0") -> ImportedContact:
    (record,) = read_vcards(vcf(*lines, version=version), "test.vcf")
    return record


# -- bytes, encodings and folding -----------------------------------------------------------------


def test_a_fold_inside_a_utf8_sequence_is_joined_before_decoding() -> None:
    name = "Олександра Шевченко".encode()
    cut = name.index("к".encode()) + 1  # between the two bytes of к
    record = one(b"FN:" + name[:cut] + b"\r\n " + name[cut:], "N:Шевченко;Олександра;;;")
    assert record.card.display_name == "Олександра Шевченко"
    assert record.notes == []


def test_quoted_printable_is_decoded_whole_then_by_its_charset() -> None:
    """A soft break may split a UTF-8 sequence (Android); =0D=0A is a newline."""
    qp = "=D0=9E=D0=BB=D0=B5=\r\n=D0=BD=D0=B0=0D=0A=D0=BA=D0=B0=D0=B2=D0=B0, =D1=87=D0=B0=D0=B9"
    record = one(
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9E=D0=BB=D0=B5=D0=BD=D0=B0",
        f"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp}",
        version="2.1",
    )
    assert record.card.display_name == "Олена"
    assert record.card.notes == "Олена\nкава, чай"


def test_a_charset_reads_raw_8bit_values() -> None:
    record = one(
        b"FN;CHARSET=KOI8-R:" + "Пётр".encode("koi8-r"),
        b"NOTE;CHARSET=WINDOWS-1251:" + "Примечание, с запятой".encode("cp1251"),
        version="2.1",
    )
    assert record.card.display_name == "Пётр"
    assert record.card.notes == "Примечание, с запятой"


def test_bytes_that_do_not_decode_are_replaced_with_a_note() -> None:
    record = one(b"FN:Ann\xff", b"NOTE;CHARSET=no-such-charset:caf\xc3\xa9")
    assert record.card.display_name == "Ann\ufffd"
    assert record.card.notes == "café"  # an unknown charset is read as UTF-8
    assert record.notes == ["line 3: FN held bytes that are not UTF-8; they were replaced"]


def test_a_bom_blank_lines_and_lower_case_names_are_fine() -> None:
    data = b"\xef\xbb\xbf\r\n" + vcf("fn:Ann", "", "tel;type=cell:1", version="3.0")
    data = data.replace(b"VERSION:3.0", b"version:3.0\r\nn:;Ann;;;")
    (record,) = read_vcards(data, "x.vcf")
    assert record.card.display_name == "Ann"
    assert [(f.value, f.label) for f in record.card.fields] == [("1", "mobile")]


# -- dialects: 2.1 bare parameters, base64, photos ------------------------------------------------


def test_21_bare_parameters_are_types_and_encodings() -> None:
    record = one(
        "N:Bondar;Taras;;;",
        "TEL;HOME;VOICE:+380 44 000 0000",
        "TEL;CELL;PREF:+380 67 000 0000",
        "EMAIL;PREF;INTERNET:taras@example.org",
        "NOTE;QUOTED-PRINTABLE:one=0D=0Atwo",
        version="2.1",
    )
    phones = [(f.value, f.label, f.preferred) for f in record.card.fields if f.kind == "phone"]
    assert phones == [("+380 44 000 0000", "home", False), ("+380 67 000 0000", "mobile", True)]
    assert record.card.preferred("email").value == "taras@example.org"  # type: ignore[union-attr]
    assert record.card.notes == "one\ntwo"
    assert record.card.display_name == "Taras Bondar"  # no FN: composed from N


@pytest.mark.parametrize(
    "lines",
    [
        # vCard 2.1: base64 on lines of their own (indented or not), ended by a blank line
        ("PHOTO;PNG;ENCODING=BASE64:", "{a}", "{b}", ""),
        ("PHOTO;ENCODING=BASE64;TYPE=PNG:{a}", " {b}", ""),
        # vCard 3.0: ENCODING=b, folded
        ("PHOTO;ENCODING=b;TYPE=PNG:{a}", " {b}"),
        # vCard 4.0: a data: URI (khard escapes its comma)
        ("PHOTO:data:image/png;base64,{a}", " {b}"),
        ("PHOTO:data:image/png;base64\\,{a}{b}",),
    ],
)
def test_photos_in_every_style(lines: tuple[str, ...]) -> None:
    encoded = base64.b64encode(PNG).decode()
    a, b = encoded[:30], encoded[30:]
    record = one("FN:Ann", *(line.format(a=a, b=b) for line in lines), "NOTE:after")
    assert record.photo is not None
    assert (record.photo.data, record.photo.mime_type) == (PNG, "image/png")
    assert record.card.notes == "after"


def test_a_linked_photo_is_kept_and_a_broken_one_dropped_with_a_note() -> None:
    linked = one("FN:Ann", "PHOTO;VALUE=uri:https://example.org/a.jpg")
    assert linked.photo is None
    assert linked.card.extras == [
        ExtraProperty("PHOTO", "https://example.org/a.jpg", None, {"VALUE": ["uri"]})
    ]
    broken = one("FN:Ann", "PHOTO;ENCODING=b:abc", version="3.0")
    assert broken.photo is None
    assert broken.notes == ["line 4: PHOTO is not valid base64; it was left out"]


# -- dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "version", "expected"),
    [
        ("BDAY:--0415", "4.0", PartialDate(4, 15)),
        ("BDAY:--04-15", "4.0", PartialDate(4, 15)),
        ("BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-15", "3.0", PartialDate(4, 15)),
        ("BDAY:16040415", "3.0", PartialDate(4, 15)),  # Thunderbird CardBook
        ("BDAY;VALUE=date:1985-04-15", "3.0", PartialDate(4, 15, 1985)),
        ("BDAY:19850415T000000Z", "4.0", PartialDate(4, 15, 1985)),
        ("BDAY:--0229", "4.0", PartialDate(2, 29)),
    ],
)
def test_birthdays_with_and_without_a_year(line: str, version: str, expected: PartialDate) -> None:
    record = one("FN:Ann", "N:;Ann;;;", line, version=version)
    assert [(d.date, d.kind) for d in record.card.dates] == [(expected, "birthday")]


def test_a_date_pcrm_cannot_keep_is_an_extra() -> None:
    record = one("FN:Ann", "BDAY;VALUE=text:circa 1800", "BDAY:1985-13-45", "ANNIVERSARY:--10")
    assert record.card.dates == []
    assert [x.name for x in record.card.extras] == ["BDAY", "BDAY", "ANNIVERSARY"]
    assert record.notes == [
        "line 5: BDAY is not a day and month pcrm can keep; it is kept as it was written",
        "line 6: ANNIVERSARY is not a day and month pcrm can keep; it is kept as it was written",
    ]


def test_anniversaries_and_other_dates() -> None:
    record = one(
        "FN:Ann",
        "ANNIVERSARY:20100612",
        "X-ANNIVERSARY:2011-07-01",
        "item1.X-ABDATE:2012-08-02",
        "item1.X-ABLabel:_$!<Anniversary>!$_",
        "item2.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-09-03",
        "item2.X-ABLabel:name day",
    )
    dates = [(d.date.iso(), d.kind, d.label) for d in record.card.dates]
    assert dates == [
        ("2010-06-12", "anniversary", None),
        ("2011-07-01", "anniversary", None),
        ("2012-08-02", "anniversary", None),
        ("--09-03", "other", "name day"),
    ]


# -- labels, preference, services -----------------------------------------------------------------


def test_apple_labels_become_plain_labels_and_custom_ones_stay() -> None:
    record = one(
        "FN:Ann",
        "item1.TEL:1",
        "item1.X-ABLabel:_$!<Mobile>!$_",
        "item2.TEL;type=pref:2",
        "item2.X-ABLabel:Дача",
        "item3.EMAIL;type=INTERNET:a@example.org",
        "item3.X-ABLabel:_$!<Other>!$_",
        "item4.URL:https://example.org",
        "item4.X-ABLabel:_$!<HomePage>!$_",
        "TEL;TYPE=HOME,FAX:3",
        "TEL;TYPE=cell;PREF=1:4",
        "TEL;VALUE=uri;TYPE=work:tel:+380-44-000-0000",
        version="3.0",
    )
    fields = [(f.value, f.label, f.preferred) for f in record.card.fields]
    assert fields == [
        ("1", "mobile", False),
        ("2", "Дача", True),
        ("a@example.org", "other", False),
        ("https://example.org", "homepage", False),
        ("3", "home fax", False),
        ("4", "mobile", True),
        ("+380-44-000-0000", "work", False),
    ]
    assert record.card.fields[1].vcard_params == {"group": "item2"}
    assert record.card.extras == []


def test_messengers_and_social_profiles_carry_their_service() -> None:
    record = one(
        "FN:Ann",
        "IMPP;X-SERVICE-TYPE=Skype;type=pref:skype:ann.b",
        "IMPP:xmpp:ann@jabber.example.org",
        "IMPP;X-SERVICE-TYPE=Telegram:x-apple:@ann_b",
        "X-AIM;TYPE=HOME:ann@aol.example",
        "X-SOCIALPROFILE;type=twitter:https://twitter.com/ann",
        "SOCIALPROFILE;SERVICE-TYPE=Mastodon:https://mastodon.social/@ann",
        "X-SOCIALPROFILE;type=linkedin;type=work:x-apple:ann-b",
    )
    found = [(f.kind, f.value, f.service, f.label, f.preferred) for f in record.card.fields]
    assert found == [
        ("messenger", "ann.b", "skype", None, True),
        ("messenger", "ann@jabber.example.org", "xmpp", None, False),
        ("messenger", "@ann_b", "telegram", None, False),
        ("messenger", "ann@aol.example", "aim", "home", False),
        ("social", "https://twitter.com/ann", "x", None, False),
        ("social", "https://mastodon.social/@ann", "mastodon", None, False),
        ("social", "ann-b", "linkedin", "work", False),
    ]


def test_organisations_pair_with_their_titles_by_group_then_by_order() -> None:
    record = one(
        "FN:Ann",
        "item1.ORG:Acme;Research\\; Development;Lab 3",
        "item2.ORG;PREF=1:Globex",
        "item2.TITLE:Advisor",
        "item1.TITLE:Chemist",
        "ROLE:Lead",
        "TITLE:Spare title",
    )
    found = [
        (a.organisation, a.department, a.title, a.role, a.primary) for a in record.card.affiliations
    ]
    assert found == [
        ("Acme", "Research; Development, Lab 3", "Chemist", "Lead", False),
        ("Globex", None, "Advisor", None, True),
    ]
    assert [(x.name, x.value) for x in record.card.extras] == [("TITLE", "Spare title")]


# -- texts, names, what has no field --------------------------------------------------------------


def test_note_keeps_its_commas_and_several_notes_are_joined() -> None:
    record = one("FN:Ann", "NOTE:tea\\, coffee\\; and cake\\nthen\\\\now", "NOTE:second, note")
    assert record.card.notes == "tea, coffee; and cake\nthen\\now\n\nsecond, note"


def test_structured_names_lists_nickname_categories_and_phonetics() -> None:
    record = one(
        "FN:Dr Ann Maria B. Jr",
        "N:Bondar\\, née Koval;Ann,Maria;;Dr;Jr",
        "NICKNAME:Annie,Nan",
        "CATEGORIES:Family,Book club\\, Kyiv,Family",
        "X-PHONETIC-FIRST-NAME:An",
        "X-PHONETIC-LAST-NAME:Bon-dar",
        version="3.0",
    )
    card = record.card
    assert (card.family, card.given, card.prefix, card.suffix) == (
        "Bondar, née Koval",
        "Ann Maria",
        "Dr",
        "Jr",
    )
    assert (card.nickname, card.phonetic_given, card.phonetic_family) == (
        "Annie, Nan",
        "An",
        "Bon-dar",
    )
    assert card.groups == ["Family", "Book club, Kyiv"]
    assert card.display_name_custom  # FN differs from the name N composes


def test_a_card_without_name_shows_its_organisation_or_nothing() -> None:
    company = one("ORG:Acme", "TEL:1")
    assert (company.card.display_name, company.card.display_name_custom) == ("Acme", True)
    mail_only = one("EMAIL:ann@example.org", version="2.1")
    assert mail_only.card.display_name == ""  # the store names it by its e-mail
    assert mail_only.problem is None


def test_zone_uid_and_the_rest_are_kept() -> None:
    record = one(
        "FN:Ann",
        "TZ:Europe/Kyiv",
        "TZ:+02:00",
        "UID:urn:uuid:1234",
        "PRODID:-//Someone//EN",
        "REV:20240101T000000Z",
        "item7.X-ABRELATEDNAMES:Taras",
        "item7.X-ABLabel:_$!<Spouse>!$_",
        "X-CUSTOM;X-A=1,2;TYPE=a:raw\\, value",
        "EMAIL:not an address",
    )
    assert (record.card.time_zone, record.card.uid) == ("Europe/Kyiv", "urn:uuid:1234")
    assert record.card.extras == [
        ExtraProperty("TZ", "+02:00"),
        ExtraProperty("X-ABRELATEDNAMES", "Taras", "item7"),
        ExtraProperty("X-CUSTOM", "raw\\, value", None, {"X-A": ["1", "2"], "TYPE": ["a"]}),
        ExtraProperty("EMAIL", "not an address"),
        ExtraProperty("X-ABLabel", "_$!<Spouse>!$_", "item7"),
    ]
    assert record.notes == ["line 12: EMAIL has no @; it is kept as it was written"]


def test_the_uid_of_a_card_without_one_follows_its_content() -> None:
    first = one("FN:Ann", "TEL:1").card.uid
    assert first == one("FN:Ann", "TEL:1").card.uid
    assert first != one("FN:Ann", "TEL:2").card.uid


# -- what is refused ------------------------------------------------------------------------------


def test_an_unusable_card_is_skipped_with_its_reason_and_the_others_kept() -> None:
    data = vcf("FN:Ann", "N:;Ann;;;", version="3.0") + vcf("FN:Bob", version="3.0")
    data += vcf("FN:Cy", "this line has no colon")
    good, only_fn, broken = read_vcards(data, "x.vcf")
    assert good.problem is None
    assert (only_fn.line, only_fn.problem) == (
        6,
        "a vCard 3.0 needs N (the structured name), and this one has only FN",
    )
    assert (broken.line, broken.problem) == (10, "line 13 is not a vCard property (NAME:VALUE)")


def test_an_empty_card_is_not_a_contact() -> None:
    with pytest.raises(errors.BadInput, match="holds no name, phone, e-mail, address or note"):
        read_vcards(vcf("X-FOO:bar"), "x.vcf")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "the file holds no vCard"),
        (b"\r\n\r\n", "the file holds no vCard"),
        (b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "this is not a vCard"),
        (vcf("FN:Ann") + b"trailing words\r\n", "this is not a vCard"),
        (vcf("FN:Ann").replace(b"END:VCARD", b"END:VCALENDAR"), "does not close the vCard"),
        (vcf("FN:Ann", version="5.0"), "VERSION is not 2.1, 3.0 or 4.0"),
        (b"END:VCARD\r\n", "this is not a vCard"),
        (b"BEGIN:VCARD\r\n" * 1000, "a BEGIN inside the vCard begun at line 1"),
    ],
)
def test_a_broken_file_is_refused_whole(data: bytes, reason: str) -> None:
    with pytest.raises(errors.BadInput, match=reason):
        read_vcards(data, "x.vcf")


def test_too_large_too_slow_and_cancelled() -> None:
    with pytest.raises(errors.BadInput, match="larger than 8 MB"):
        read_vcards(b" " * (MAX_BYTES + 1), "x.vcf")
    with pytest.raises(errors.BadInput, match="reading took longer than 0 s"):
        read_vcards(vcf("FN:Ann"), "x.vcf", budget_seconds=0)
    with pytest.raises(errors.ImportCancelled):
        read_vcards(vcf("FN:Ann"), "x.vcf", cancelled=lambda: True)


def test_messages_name_lines_and_properties_never_values() -> None:
    secret = "Sekretna Osoba"
    data = vcf(
        f"FN:{secret}",
        f"EMAIL:{secret}",
        f"BDAY:{secret}",
        f"PHOTO;ENCODING=b:{secret}",
        f"X-ABC;X-P={secret}:{secret}",
        b"NOTE:\xff" + secret.encode(),
        version="3.0",
    )
    data += vcf(f"FN:{secret}", f"EMAIL;KIND={secret}:{secret}", version="3.0")
    records = read_vcards(data, "x.vcf")
    said = [n for r in records for n in r.notes] + [r.problem for r in records if r.problem]
    assert len(said) == 6
    assert not [s for s in said if "sekretna" in s.casefold()]
    with pytest.raises(errors.BadInput) as refused:
        read_vcards(vcf(f"FN:{secret}", version="3.0") + f"{secret}\r\n".encode(), "x.vcf")
    assert "sekretna" not in refused.value.message.casefold()


@settings(max_examples=3000, deadline=None)
@given(
    st.lists(
        st.sampled_from([b"\n", b"\r", b"\r\n", b"\r\r\n", b" ", b"\t", b"A", b"B:", b"="]),
        max_size=40,
    ),
    st.integers(min_value=1, max_value=8),
)
def test_lines_are_split_a_block_at_a_time_as_over_the_whole_file(
    parts: list[bytes], block: int
) -> None:
    """The GUI thread is not held for a whole file's split: the blocks give the same pieces."""
    from pcrm.domain import vcard_lines

    data = b"".join(parts)
    saved = vcard_lines._BLOCK
    vcard_lines._BLOCK = block
    try:
        assert list(vcard_lines._pieces(data)) == vcard_lines._LOGICAL.split(vcard_lines._lf(data))
    finally:
        vcard_lines._BLOCK = saved
