"""Every vCard of the corpus: the valid ones import with the names, phones, e-mails, dates and
labels they hold (the table below, written from the files themselves); every invalid one is
refused with the file, the line and the reason.

The files of ``tests/data/vcard`` (BSD, Apache and our own) always run; the GPL-licensed ones
are read from ``../shared/corpus`` and skipped when it is absent (a fresh clone).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from pcrm import errors
from pcrm.domain.imported import ImportedContact
from pcrm.domain.vcard_read import read_vcards

DATA = Path(__file__).parents[1] / "data" / "vcard"
CORPUS = Path(__file__).parents[3] / "shared" / "corpus" / "vcard"
FOLDERS = (DATA, DATA / "invalid", CORPUS, CORPUS / "synthetic", CORPUS / "invalid")


def path_of(name: str) -> Path:
    """A file of tests/data/vcard, else of the shared corpus (skipped when it is absent)."""
    for folder in FOLDERS:
        if (folder / name).is_file():
            return folder / name
    pytest.skip(f"{name} needs ../shared/corpus")


def read(name: str) -> list[ImportedContact]:
    return read_vcards(path_of(name).read_bytes(), name)


@dataclass(frozen=True)
class Expect:
    """What a file holds: display names (one per record), phones and e-mails as (value, label),
    dates as (ISO, kind[, label]), the labels of other fields and addresses as (kind, label),
    messenger services in order, groups, the photo's type, a piece of the note, properties kept
    as extras, and pieces of the reader's notes."""

    names: tuple[str, ...]
    phones: tuple[tuple[str, str | None], ...] = ()
    emails: tuple[tuple[str, str | None], ...] = ()
    dates: tuple[tuple[str, ...], ...] = ()
    labels: tuple[tuple[str, str | None], ...] = ()
    services: tuple[str | None, ...] = ()
    groups: tuple[str, ...] = ()
    photo: str | None = None
    zone: str | None = None
    note: str | None = None
    kept: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


VALID = {
    "ezvcard__John_Doe_ANDROID.vcf": Expect(
        names=("", "", "Ñ Ñ Ñ Ñ Ñ", "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ", "Ñ Ñ Ñ Ñ", "ÑÑÑÑ"),
        phones=(
            ("123456789", "mobile"),
            ("123456", "mobile"),
            ("234567", "home"),
            ("3456789", "mobile"),
            ("45678901", "home"),
            ("123456", "mobile"),
            ("123456", "work"),
            ("123456", "work fax"),
            ("55556666", "mobile"),
        ),
        emails=(
            ("john.doe@company.com", None),
            ("jane.doe@company.com", None),
            ("bob@company.com", "work"),
            ("henry@company.com", None),
        ),
        groups=("My Contacts",) * 5,
        kept=("EMAIL",),
        notes=("EMAIL has no @", "PHOTO is not valid base64", "ORG held bytes that are not UTF-8"),
    ),
    "ezvcard__John_Doe_BLACK_BERRY.vcf": Expect(
        names=("John Doe",),
        phones=(("+96123456789", "mobile"),),
        photo="image/jpeg",
    ),
    "ezvcard__John_Doe_EVOLUTION.vcf": Expect(
        names=("Mr. John Richter, James Doe Sr.",),
        phones=(("905-666-1234", "mobile"), ("905-555-1234", "work")),
        emails=(("john.doe@ibm.com", "work"),),
        dates=(("1980-03-22", "birthday"), ("1980-03-22", "anniversary")),
        labels=(("address", "home"), ("messenger", "home")),
        services=("aim",),
        groups=("VIP",),
        note="WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE",
        kept=("X-EVOLUTION-SPOUSE",),
    ),
    "ezvcard__John_Doe_GMAIL.vcf": Expect(
        names=("Mr. John Richter, James Doe Sr.",),
        phones=(("905-555-1234", "mobile"), ("905-666-1234", "home")),
        emails=(("john.doe@ibm.com", "home"),),
        dates=(("1980-03-22", "birthday"), ("1975-03-01", "anniversary")),
        labels=(("address", "home"), ("url", "work")),
        note="SERVICES; LOSS OF USE, DATA, OR PROFITS; OR",
        kept=("X-ABRELATEDNAMES", "X-ABLabel"),
    ),
    "ezvcard__John_Doe_IPHONE.vcf": Expect(
        names=("Mr. John Richter James Doe Sr.",),
        phones=(
            ("905-555-1234", "mobile"),
            ("905-666-1234", "home"),
            ("905-777-1234", "work"),
            ("905-888-1234", "home fax"),
            ("905-999-1234", "work fax"),
            ("905-111-1234", "pager"),
            ("905-222-1234", "assistant"),
        ),
        emails=(("john.doe@ibm.com", None),),
        dates=(("2012-06-06", "birthday"),),
        labels=(("address", "home"), ("address", "work"), ("url", "homepage")),
        photo="image/jpeg",
        kept=("X-ABADR",),
    ),
    "ezvcard__John_Doe_LOTUS_NOTES.vcf": Expect(
        names=("Mr. Doe John I Johny",),
        phones=(("+1 (212) 204-34456", "mobile"), ("00-1-212-555-7777", "work fax")),
        emails=(("john.doe@ibm.com", "work"), ("billy_bob@gmail.com", "work")),
        dates=(("1980-05-21", "birthday"),),
        labels=(("address", "home"), ("url", "homepage")),
        photo="image/jpeg",
        kept=("X-ABUID", "LABEL", "GEO", "TZ"),
    ),
    "ezvcard__John_Doe_MAC_ADDRESS_BOOK.vcf": Expect(
        names=("Mr. John Richter,James Doe Sr.",),
        phones=(
            ("905-777-1234", "work"),
            ("905-666-1234", "home"),
            ("905-555-1234", "mobile"),
            ("905-888-1234", "home fax"),
            ("905-999-1234", "work fax"),
            ("905-111-1234", "pager"),
            ("905-222-1234", "AssistantPhone"),
        ),
        emails=(("john.doe@ibm.com", "work"),),
        dates=(("2012-06-06", "birthday"),),
        labels=(("address", "home"), ("address", "work"), ("url", "homepage")),
        photo="image/jpeg",
        kept=("X-ABRELATEDNAMES", "X-ABLabel", "X-ABADR"),
    ),
    "ezvcard__John_Doe_MS_OUTLOOK.vcf": Expect(
        names=("Mr. John Richter James Doe Sr.",),
        phones=(("(905) 555-1234", "work"), ("(905) 666-1234", "home")),
        emails=(("john.doe@ibm.cm", None),),
        dates=(("1980-03-22", "birthday"), ("2011-01-13", "anniversary")),
        labels=(("address", "home"), ("address", "work"), ("url", "work")),
        photo="image/jpeg",
        services=(None,),
        kept=("LABEL", "X-MS-OL-DESIGN", "X-MS-MANAGER"),
    ),
    "ezvcard__fullcontact.vcf": Expect(
        names=("Prefix FirstName MiddleName LastName Suffix",),
        phones=(
            ("555-555-1111", "home"),
            ("555-555-1112", "work"),
            ("555-555-1113", "mobile"),
            ("555-555-1114", "mobile"),
            ("555-555-1115", None),
            ("555-555-1116", "home fax"),
            ("555-555-1117", "work fax"),
            ("555-555-1118", None),
            ("555-555-1119", None),
        ),
        emails=(
            ("home@example.com", "home"),
            ("work@example.com", "work"),
            ("school@example.com", "school"),
            ("other@example.com", "other"),
            ("custom@example.com", "customtype"),
        ),
        dates=(("2016-08-01", "birthday"),),
        labels=(
            ("address", "customtype"),
            ("address", "home"),
            ("address", "other"),
            ("address", "work"),
        ),
        services=("gtalk", "skype", "yahoo", "aim", "jabber", "Other", "CustomTYPE"),
        groups=("Tag",),
        kept=("PHOTO", "GENDER", "X-FC-TAGS"),
    ),
    "ezvcard__gmail-list.vcf": Expect(
        names=("Arnold Smith", "Chris Beatle", "Doug White"),
        emails=(
            ("asmithk@gmail.com", None),
            ("chrisy55d@yahoo.com", None),
            ("dwhite@gmail.com", None),
        ),
    ),
    "ezvcard__gmail-single.vcf": Expect(
        names=("Greg Dartmouth",),
        phones=(("555 555 1111", "mobile"), ("555 555 2222", "GRAND_CENTRAL")),
        emails=(("gdartmouth@hotmail.com", None),),
        dates=(("1960-09-10", "birthday"), ("1970-06-02", "anniversary")),
        labels=(("address", "CustomAdrType"), ("address", "home"), ("url", "PROFILE")),
        services=("icq",),
        kept=("X-ABRELATEDNAMES",),
    ),
    "ezvcard__gmail-single2.vcf": Expect(
        names=("VCard Test",),
        phones=(
            ("5555551111", None),
            ("5555551112", "home"),
            ("5555551113", "work"),
            ("5555551114", None),
            ("5555551115", "mobile"),
            ("5555551116", "main"),
            ("5555551117", "home fax"),
            ("5555551118", "work fax"),
            ("5555551119", "GRAND_CENTRAL"),
            ("5555551120", "pager"),
            ("5555551121", "CustomePhoneCategory"),
        ),
        emails=(
            ("email@example.com", None),
            ("homeemail@example.com", "home"),
            ("workemail@example.com", "work"),
            ("otheremail@example.com", None),
            ("customcategory@example.com", "CustomEmailCategory"),
        ),
        dates=(
            ("1912-06-23", "birthday"),
            ("1930-03-20", "anniversary"),
            ("1776-07-04", "other"),
            ("2000-09-12", "other", "CustomDateCategory"),
        ),
        labels=(
            ("address", "CustomAddressCategory"),
            ("address", "home"),
            ("address", "work"),
            ("url", "BLOG"),
            ("url", "CustomWebsiteCategory"),
            ("url", "PROFILE"),
            ("url", "homepage"),
            ("url", "work"),
        ),
        services=("gtalk", "aim", "yahoo", "skype", "qq", "msn", "icq", "jabber"),
    ),
    "ezvcard__issue114.vcf": Expect(
        names=("Dummy, Dummy",),
        phones=(("+49 1234 56789", "mobile"), ("+49 9876 54321", "work")),
        emails=(("dummy.dummy@dummy.com", "home"),),
        labels=(("address", "work"),),
    ),
    "ezvcard__outlook-2003.vcf": Expect(
        names=("John Doe III",),
        phones=(
            ("BusinessPhone", "work"),
            ("HomePhone", "home"),
            ("MobilePhone", "mobile"),
            ("BusinessFaxPhone", "work fax"),
        ),
        emails=(("jdoe@hotmail.com", None),),
        dates=(("1980-03-21", "birthday"),),
        labels=(("address", "work"), ("url", "work")),
        note="This is the note field!!\nSecond line\n\nThird line is empty\n",
        kept=("LABEL", "KEY", "FBURL"),
    ),
    "ezvcard__outlook-2007.vcf": Expect(
        names=("Mr. Michael Angstadt Jr.",),
        phones=(
            ("(111) 555-1111", "work"),
            ("(111) 555-2222", "home"),
            ("(111) 555-4444", "mobile"),
            ("(111) 555-3333", "work fax"),
        ),
        emails=(("mike.angstadt@gmail.com", None),),
        dates=(("1922-03-10", "birthday"), ("2012-08-01", "anniversary")),
        labels=(("address", "work"), ("url", "home"), ("url", "work")),
        photo="image/jpeg",
        services=(None,),
        kept=("KEY", "X-MS-TEL"),
    ),
    "ezvcard__rfc2426-example.vcf": Expect(
        names=("Frank Dawson", "Tim Howes"),
        phones=(
            ("+1-919-676-9515", "work"),
            ("+1-919-676-9564", "work fax"),
            ("+1-415-937-3419", "work"),
            ("+1-415-528-4164", "work fax"),
        ),
        emails=(
            ("Frank_Dawson@Lotus.com", None),
            ("fdawson@earthlink.net", None),
            ("howes@netscape.com", None),
        ),
        labels=(("address", "work"),),
    ),
    "ezvcard__rfc6350-example.vcf": Expect(
        names=("Simon Perreault",),
        phones=(("+1-418-656-9254;ext=102", "work"), ("+1-418-262-6501", "mobile")),
        emails=(("simon.perreault@viagenie.ca", "work"),),
        dates=(("--02-03", "birthday"), ("2009-08-08", "anniversary")),
        labels=(("address", "work"), ("url", "home")),
    ),
    "ezvcard__thunderbird-MoreFunctionsForAddressBook.vcf": Expect(
        names=("John Doe",),
        phones=(
            ("555-555-1111", "work"),
            ("555-555-2222", "home"),
            ("555-555-5555", "mobile"),
            ("555-555-3333", "fax"),
            ("555-555-4444", "pager"),
        ),
        emails=(
            ("doe.john@hotmail.com", None),
            ("additional-email@company.com", None),
            ("additional-email1@company.com", None),
            ("additional-email2@company.com", None),
            ("additional-email3@company.com", None),
        ),
        dates=(("1970-09-21", "birthday"), ("1990-04-30", "anniversary")),
        labels=(("address", "home"), ("address", "work"), ("url", "home"), ("url", "work")),
        photo="image/jpeg",
        groups=("category1, category2, category3",),
        kept=("X-SPOUSE",),
    ),
    "khard__altid.vcf": Expect(
        names=("altid",),
        kept=("N",),
    ),
    "khard__korean-c.vcf": Expect(
        names=("최유림",),
    ),
    "khard__labels.vcf": Expect(
        names=("labeled guy",),
        notes=("the label of ORG is not kept",),
    ),
    "khard__org.vcf": Expect(
        names=("ACME Inc.",),
        kept=("KIND",),
    ),
    "khard__photov3.vcf": Expect(
        names=("with photo v3",),
        photo="image/png",
    ),
    "khard__photov4.vcf": Expect(
        names=("with photo v4",),
        photo="image/png",
    ),
    "khard__post.vcf": Expect(
        names=("With post address",),
        labels=(("address", "home"),),
    ),
    "khard__tel-value-uri.vcf": Expect(
        names=("bug 195",),
        phones=(("67545678", "mobile"),),
    ),
    "khard__text-bday.vcf": Expect(
        names=("text birthday",),
        kept=("BDAY",),
    ),
    "l0b0__line_ending_mac.vcf": Expect(
        names=("John Doe",),
    ),
    "l0b0__line_ending_mixed.vcf": Expect(
        names=("John Doe",),
    ),
    "l0b0__line_ending_unix.vcf": Expect(
        names=("John Doe",),
    ),
    "l0b0__maximal.vcf": Expect(
        names=("John Doe",),
        phones=(("+1234567890", "work"), ("+0123456789", "work fax")),
        emails=(("jdoe+work-related@example.org", "work"),),
        groups=("Worker drones", "Finance, marketing and bull****ing"),
        kept=("PHOTO", "LOGO", "LABEL", "GEO"),
    ),
    "l0b0__minimal.vcf": Expect(
        names=("John Doe",),
    ),
    "l0b0__rfc_2426_a.vcf": Expect(
        names=("Frank Dawson",),
        phones=(("+1-919-676-9515", "work"), ("+1-919-676-9564", "work fax")),
        emails=(("Frank_Dawson@Lotus.com", None), ("fdawson@earthlink.net", None)),
        labels=(("address", "work"),),
    ),
    "l0b0__rfc_2426_b.vcf": Expect(
        names=("Tim Howes",),
        phones=(("+1-415-937-3419", "work"), ("+1-415-528-4164", "work fax")),
        emails=(("howes@netscape.com", None),),
        labels=(("address", "work"),),
    ),
    "l0b0__scrambled_case.vcf": Expect(
        names=("John Doe",),
    ),
    "radicale__contact2-with-bday.vcf": Expect(
        names=("Test-FN",),
        dates=(("1970-01-01", "birthday"),),
    ),
    "radicale__contact3-with-bday.vcf": Expect(
        names=("Test-FN-C3",),
        dates=(("1990-01-01", "birthday"),),
    ),
    "radicale__contact4-with-bday-no-year.vcf": Expect(
        names=("Test bday without year Thunderbird CardBook",),
        dates=(("--01-01", "birthday"),),
    ),
    "radicale__contact_multiple.vcf": Expect(
        names=("Contact1", "Contact2"),
    ),
    "radicale__contact_photo_with_data_uri.vcf": Expect(
        names=("Contact",),
        photo="image/png",
    ),
    "radicale__vcard-quoted-printable1.vcf": Expect(
        names=("黄世勇",),
        labels=(("address", "home"),),
    ),
    "vobject__photo-test.vcf": Expect(
        names=("should be ok to share",),
        phones=(("+49123456789", "home"),),
        photo="image/jpeg",
    ),
    "vobject__radicale-1587.vcf": Expect(
        names=("Given Family",),
        kept=("GEO",),
    ),
    "vobject__vcard40_full.vcf": Expect(
        names=("Dr. John Q. Public, III",),
        phones=(("+1-555-555-5555", None), ("+1-555-123-4567", "mobile")),
        emails=(("john.public@example.com", "work"), ("johnny@personal.example.org", "home")),
        dates=(("1985-04-15", "birthday"), ("2010-06-12", "anniversary")),
        labels=(("address", "home"), ("address", "work")),
        services=("xmpp", "sip"),
        groups=("BUSINESS", "NETWORKING"),
        zone="America/New_York",
        note="This is a note about John.\nHe likes vCards.",
        kept=("FN", "KIND", "RELATED", "PHOTO"),
    ),
    "vobject__vcard40_group.vcf": Expect(
        names=("The Doe Family",),
        kept=("KIND", "MEMBER"),
    ),
    "vobject__vcard40_multilang.vcf": Expect(
        names=("Yamada Taro",),
        kept=("FN", "N"),
    ),
    "synthetic__21_cp1251_cyrillic.vcf": Expect(
        names=("Пётр Петров",),
        phones=(("+7 495 123-45-67", "home"),),
        labels=(("address", "home"),),
    ),
    "synthetic__30_utf8_cyrillic_fold_splits_utf8.vcf": Expect(
        names=("Ольга Смирнова",),
        emails=(("olga@example.org", "other"),),
        dates=(("--04-15", "birthday"),),
        note="Заметка о встрече в кафе, обсуждали",
    ),
    "synthetic__40_cyrillic_bday_noyear.vcf": Expect(
        names=("Дмитрий Кузнецов",),
        phones=(("+7-916-000-00-01", "mobile"),),
        emails=(("dmitry@example.org", "home"),),
        dates=(("--04-15", "birthday"), ("2010-06-12", "anniversary")),
        kept=("FN",),
    ),
    "synthetic__android_21_qp_utf8_cyrillic.vcf": Expect(
        names=("Иван Петрович Сидоров", "Анна Ёлкина"),
        phones=(
            ("+79161234567", "mobile"),
            ("+74950000000", "work"),
            ("8 (916) 765-43-21", "mobile"),
        ),
        dates=(("1985-07-15", "birthday"),),
        note="Строка 1\nСтрока 2",
    ),
}

# Each invalid file: the line the refusal names, and a piece of its reason.
INVALID = {
    "khard__unparsable.vcf": (1, "END:VCARD is missing"),
    "l0b0__continuation_at_start.vcf": (1, "a folded continuation line with no property"),
    "l0b0__invalid_param_name.vcf": (1, "PHOTO on line 5 has a parameter vCard 3.0 does not"),
    "l0b0__mismatch_group.vcf": (3, "N is not in the group of the BEGIN at line 1"),
    "l0b0__missing_end.vcf": (1, "END:VCARD is missing"),
    "l0b0__missing_fn.vcf": (1, "a vCard 3.0 needs FN"),
    "l0b0__missing_n.vcf": (1, "a vCard 3.0 needs N"),
    "l0b0__missing_photo_param.vcf": (1, "PHOTO on line 5 is neither inline"),
    "l0b0__missing_version.vcf": (1, "the vCard has no VERSION"),
    "radicale__broken-vcard.vcf": (1, "a vCard 3.0 needs FN"),
    "synthetic__missing_end.vcf": (1, "END:VCARD is missing"),
    "synthetic__continuation_at_start.vcf": (1, "a folded continuation line with no property"),
    "synthetic__unknown_param_30.vcf": (1, "EMAIL on line 5 has a parameter vCard 3.0 does not"),
    "synthetic__group_mismatch.vcf": (4, "FN is not in the group of the BEGIN at line 1"),
    "synthetic__begin_end_groups.vcf": (4, "END:VCARD is in another group than the BEGIN"),
    "synthetic__missing_fn_30.vcf": (1, "a vCard 3.0 needs FN"),
    "synthetic__only_fn_30.vcf": (1, "a vCard 3.0 needs N"),
    "synthetic__photo_link_30.vcf": (1, "PHOTO on line 5 is neither inline"),
    "synthetic__missing_version.vcf": (1, "the vCard has no VERSION"),
    "synthetic__nested.vcf": (5, "a BEGIN inside the vCard begun at line 1"),
    "synthetic__text_outside.vcf": (1, "this is not a vCard"),
}


def _listed(folder: Path) -> set[str]:
    return {p.name for p in folder.glob("*.vcf")} if folder.is_dir() else set()


def test_the_tables_name_every_file() -> None:
    valid = _listed(DATA) | _listed(CORPUS) | _listed(CORPUS / "synthetic")
    invalid = _listed(DATA / "invalid") | _listed(CORPUS / "invalid")
    if CORPUS.is_dir():
        assert valid == set(VALID)
        assert invalid == set(INVALID)
    else:  # a fresh clone: only the copies in tests/data, each with its expectations
        assert valid <= set(VALID) and invalid <= set(INVALID)


@pytest.mark.parametrize("name", sorted(VALID))
def test_a_valid_file_imports_what_it_holds(name: str) -> None:
    expect = VALID[name]
    records = read(name)
    assert [r.problem for r in records] == [None] * len(records)
    cards = [r.card for r in records]
    fields = [f for c in cards for f in c.fields]
    assert tuple(c.display_name for c in cards) == expect.names
    assert tuple((f.value, f.label) for f in fields if f.kind == "phone") == expect.phones
    assert tuple((f.value, f.label) for f in fields if f.kind == "email") == expect.emails
    dates = tuple(
        (d.date.iso(), d.kind, *((d.label,) if d.label else ())) for c in cards for d in c.dates
    )
    assert dates == expect.dates
    others = {(f.kind, f.label) for f in fields if f.kind not in ("phone", "email") and f.label}
    others |= {("address", a.label) for c in cards for a in c.addresses if a.label}
    assert tuple(sorted(others)) == expect.labels
    assert tuple(f.service for f in fields if f.kind == "messenger") == expect.services
    assert tuple(g for c in cards for g in c.groups) == expect.groups
    photos = [r.photo.mime_type for r in records if r.photo]
    assert photos == ([expect.photo] if expect.photo else [])
    assert [c.time_zone for c in cards if c.time_zone] == ([expect.zone] if expect.zone else [])
    if expect.note:
        assert any(expect.note in (c.notes or "") for c in cards)
    kept = {x.name.upper() for c in cards for x in c.extras}
    assert {k.upper() for k in expect.kept} <= kept
    said = " ".join(n for r in records for n in r.notes)
    assert all(piece in said for piece in expect.notes)
    if not expect.notes:
        assert said == ""
    assert all(c.uid for c in cards)


@pytest.mark.parametrize("name", sorted(INVALID))
def test_an_invalid_file_is_refused_with_its_line_and_reason(name: str) -> None:
    line, reason = INVALID[name]
    with pytest.raises(errors.BadInput) as refused:
        read(name)
    assert refused.value.message.startswith(f"{name}, line {line}: ")
    assert reason in refused.value.message


def test_a_file_read_twice_gives_the_same_uids() -> None:
    """Cards without UID get one derived from their content: a re-import updates them."""
    first = [r.card.uid for r in read("ezvcard__John_Doe_ANDROID.vcf")]
    again = [r.card.uid for r in read("ezvcard__John_Doe_ANDROID.vcf")]
    assert first == again
    assert len(set(first)) == len(first)


def test_line_endings_do_not_change_what_is_read() -> None:
    """LF, CR, CR LF, mixed (l0b0) and iOS's CR CR LF give the same card and the same UID."""
    base = path_of("l0b0__line_ending_unix.vcf").read_bytes()
    variants = [
        base,
        base.replace(b"\n", b"\r\n"),
        base.replace(b"\n", b"\r"),
        base.replace(b"\n", b"\r\r\n"),
    ]
    variants += [path_of(f"l0b0__line_ending_{k}.vcf").read_bytes() for k in ("mac", "mixed")]
    read_back = [read_vcards(v, "x.vcf")[0].card for v in variants]
    assert {(c.display_name, c.family, c.given, c.prefix, c.uid) for c in read_back} == {
        ("John Doe", "Doe", "John", "Mr", read_back[0].uid)
    }
