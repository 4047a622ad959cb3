"""CSV import: every file of the corpus with what it holds, encodings, delimiters, broken files,
row problems, stable UIDs, and the guess for layouts pcrm does not know."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pcrm import errors
from pcrm.domain import csv_layouts as layouts
from pcrm.domain.csv_read import MAX_BYTES, CsvMapping, CsvRead, preview, read_csv
from pcrm.domain.csv_rows import parse_date
from pcrm.domain.dates import PartialDate
from pcrm.domain.imported import ImportedContact
from pcrm.domain.kinds import FieldKind

DATA = Path(__file__).parents[1] / "data" / "csv"
CORPUS = Path(__file__).parents[3] / "shared" / "corpus" / "csv"


@dataclass
class Row:
    """What one record of a file must come out as."""

    line: int
    name: str
    emails: list[tuple[str, str | None, bool]] = field(default_factory=list)
    phones: list[tuple[str, str | None]] = field(default_factory=list)
    dates: list[tuple[str, str]] = field(default_factory=list)  # (kind, ISO)
    groups: list[str] = field(default_factory=list)
    favourite: bool = False
    organisation: str | None = None
    notes: str | None = None
    city: str | None = None  # of the first address
    remarks: int = 0  # record notes: what the reader left out or moved, and why


@dataclass
class File:
    layout: str | None
    encoding: str
    rows: list[Row]
    delimiter: str = ","


EXPECTED = {
    "outlook_importer__livemail_de.csv": File("livemail-de", "utf-8", delimiter=";", rows=[
        Row(2, "Robin Example", [("robin@example.de", None, False)],
            [("+49 160 00000000000", "home")], organisation="Coding Robin"),
    ]),
    # '0.0.00' dates, 'Keine Angabe' gender, 'Normal'/'Aus' flags and the "\n" notes are empty
    "outlook_importer__outlook_2007_de.csv": File("outlook-de", "utf-8", rows=[
        Row(2, "Robin Example", [("robin@example.de", None, False)],
            [("+49 1600000", "work")], organisation="Coding Robin", city="Berlin"),
    ]),
    "synthetic__google_contacts_2024_format.csv": File("google", "utf-8", rows=[
        Row(2, "Grace Brewster Hopper",
            [("grace@navy.example", "work", True), ("grace@home.example", "home", False),
             ("g.hopper@home.example", "home", False)],
            [("+1 555 0199", "mobile")], [("birthday", "1906-12-09")], ["Navy"], favourite=True,
            organisation="US Navy", notes="Line one\nLine two, with comma", city="Arlington",
            remarks=0),
        Row(7, "Иван Сидоров", [], [("+7 916 123-45-67", "mobile"), ("+7 495 000-00-00", "work")]),
        Row(8, "", [("only-an-email@example.org", None, False)]),
    ]),
    "synthetic__google_csv_legacy_format.csv": File("google-legacy", "utf-8", rows=[
        Row(2, "Alan Turing", [("alan@example.co.uk", "home", True)],
            [("+44 20 7946 0000", "home"), ("07700 900000", "mobile"), ("07700 900001", "mobile")],
            [("birthday", "1912-06-23")], ["Bletchley"], favourite=True,
            organisation="Bletchley Park"),
        Row(3, "Анна Ёлкина", [("anna@example.ru", None, True)], city="Москва"),
    ]),
    "synthetic__outlook_com_people_format.csv": File("outlook-com", "utf-8-sig", rows=[
        Row(2, "Svein Heimdal", [("svein@example.no", None, False)], [("901 06 000", "mobile")],
            [("birthday", "1980-02-29")], city="Kristiansand S"),
        Row(3, "Larsen", [], [("+47 466 88 000", "mobile")]),
    ]),
    # the second e-mail is an Exchange X.500 address: left out, and the record says so
    "synthetic__outlook_desktop_en_format.csv": File("outlook", "utf-8", rows=[
        Row(2, "Michael Angstadt Jr.", [("mike@example.com", None, False)],
            [("(111) 555-4444", "mobile")], [("birthday", "1922-03-10")], ["Friends", "Work"],
            organisation="TheCompany", notes='Quote "test" here\nsecond line', city="New York",
            remarks=1),
        Row(5, "José Müller-Łukasz", [("jose@example.es", None, False)]),
    ]),
    "synthetic__outlook_desktop_en_format_cp1252.csv": File("outlook", "cp1252", rows=[
        Row(2, "José Müller", [("jose@example.es", None, False)], organisation="Café Zürich"),
    ]),
    "thunderbird__basic_csv_addressbook.csv": File("thunderbird", "utf-8", rows=[
        Row(2, "John Doe", [("john@doe.invalid", None, False)]),
        Row(3, "Jane Doe", [("jane@doe.invalid", None, False)]),
    ]),
    # pcrm's own sample of a layout no exporter writes (see the mapping tests below)
    "synthetic__ukrainian_own_layout.csv": File(None, "utf-8", delimiter=";", rows=[
        Row(2, "Олена Миколаївна Шевченко", [("olena.shevchenko@example.ua", None, False)],
            [("+380 67 123 45 67", "mobile"), ("+380 44 200 10 10", "work")],
            [("birthday", "1985-04-15")], organisation="ТОВ «Світанок»",
            notes="Любить каву без цукру\nЗвідки знаю: конференція у Львові", city="Київ"),
        Row(3, "Андрій Коваль", [("andrii.koval@example.com", None, False)],
            [("+380 50 765 43 21", "mobile")], [("birthday", "--09-03")],
            notes="Переїхав у 2022; новий номер", city="Львів"),
        Row(4, "Ірина Петрівна Мельник", [], [("+380 32 297 00 11", "work")],
            [("birthday", "1979-02-28")], organisation="Університет", notes="Звідки знаю: колеги",
            city="Харків"),
        Row(5, "", notes="Порожній рядок без імені"),  # a problem: no name, e-mail or phone
        Row(6, "Тарас Бондаренко", [("taras@example.ua", None, False)],
            [("+380 93 000 11 22", "mobile")], notes="Звідки знаю: сусід", city="Одеса"),
    ]),
}  # fmt: skip


def _corpus_files() -> list[Path]:
    copies = sorted(DATA.glob("*.csv"))
    shared = sorted(CORPUS.glob("*.csv")) if CORPUS.is_dir() else []
    return copies + shared


def _seen(record: ImportedContact) -> Row:
    card = record.card
    return Row(
        line=record.line,
        name=card.display_name,
        emails=[(f.value, f.label, f.preferred) for f in card.fields if f.kind == FieldKind.EMAIL],
        phones=[(f.value, f.label) for f in card.fields if f.kind == FieldKind.PHONE],
        dates=[(d.kind, d.date.iso()) for d in card.dates],
        groups=card.groups,
        favourite=card.favourite,
        organisation=card.affiliations[0].organisation if card.affiliations else None,
        notes=card.notes,
        city=card.addresses[0].locality if card.addresses else None,
        remarks=len(record.notes),
    )


@pytest.mark.parametrize("path", _corpus_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_corpus_file_imports_with_what_it_holds(path: Path) -> None:
    expected = EXPECTED[path.name]
    read = read_csv(path.read_bytes(), path.name)
    assert (read.layout, read.encoding, read.delimiter) == (
        expected.layout,
        expected.encoding,
        expected.delimiter,
    )
    assert [_seen(r) for r in read.records] == expected.rows
    problems = [r.line for r in read.records if r.problem]
    assert problems == [r.line for r in expected.rows if not (r.name or r.emails or r.phones)]
    assert len({r.card.uid for r in read.records}) == len(read.records)


def test_the_shared_corpus_is_copied_where_its_licence_allows() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not here")
    copied = {p.name: p.read_bytes() for p in DATA.glob("*.csv")}
    for path in CORPUS.glob("*.csv"):  # WTFPL, MPL-2.0 and synthetic: all may be vendored
        assert copied[path.name] == path.read_bytes()
    assert "WTFPL" in (DATA / "NOTICE").read_text() and "MPL-2.0" in (DATA / "NOTICE").read_text()


def test_google_details_relation_custom_field_website_and_primary_marks() -> None:
    read = read_csv((DATA / "synthetic__google_contacts_2024_format.csv").read_bytes(), "g.csv")
    grace, ivan, _only_email = (r.card for r in read.records)
    assert [(x.name, x.value, x.params) for x in grace.extras] == [
        ("RELATED", "Vincent", {"VALUE": ["text"], "TYPE": ["Spouse"]})
    ]
    assert [(f.value, f.label) for f in grace.fields if f.kind == FieldKind.URL] == [
        ("https://example.com/grace", "Profile")
    ]
    address = grace.addresses[0]
    assert (address.street, address.extended, address.label) == ("1 Main St", "Suite 4", "work")
    assert (grace.nickname, grace.affiliations[0].title) == ("Amazing Grace", "Rear Admiral")
    assert ivan.custom == {"Met at": "Конференция 2023"}


# -- decoding -------------------------------------------------------------------------------------

HEADER = "First Name,Last Name,E-mail Address\r\n"


def test_utf8_with_and_without_bom_and_utf16() -> None:
    body = HEADER + "Олена,Шевченко,o@example.ua\r\n"
    for data, encoding in (
        (body.encode(), "utf-8"),
        (b"\xef\xbb\xbf" + body.encode(), "utf-8-sig"),
        (body.encode("utf-16"), "utf-16"),
    ):
        read = read_csv(data, "f.csv")
        assert read.encoding == encoding and read.records[0].card.display_name == "Олена Шевченко"


def test_windows_code_pages_are_decided_for_the_whole_file() -> None:
    cyrillic = (HEADER + "Олена,Шевченко,o@example.ua\r\nЇжак,Київський,y@example.ua\r\n").encode(
        "cp1251"
    )
    read = read_csv(cyrillic, "f.csv")
    assert read.encoding == "cp1251"
    assert [r.card.display_name for r in read.records] == ["Олена Шевченко", "Їжак Київський"]
    western = (HEADER + "José,Müller,j@example.es\r\nFrançois,Façade,f@example.fr\r\n").encode(
        "cp1252"
    )
    read = read_csv(western, "f.csv")
    assert read.encoding == "cp1252"
    assert [r.card.display_name for r in read.records] == ["José Müller", "François Façade"]


@pytest.mark.parametrize(
    ("data", "line", "reason"),
    [
        (HEADER.encode() + "Олена,Ш\r\n".encode() + b"\xff\xfe,x,y\r\n", 3, "not valid UTF-8"),
        (HEADER.encode() + b"a,b,c\r\nx,\x81\x8d\x8f\x90\x9d,z\r\n", 3, "Windows code page"),
        (HEADER.encode() + b"a,b,c\r\nx,y\x00,z\r\n", 3, "NUL"),
    ],
    ids=["damaged-utf8", "no-code-page", "nul"],
)
def test_undecodable_files_are_refused_with_the_line(data: bytes, line: int, reason: str) -> None:
    with pytest.raises(errors.BadInput) as refused:
        read_csv(data, "f.csv")
    assert f"f.csv, line {line}" in refused.value.message and reason in refused.value.message


# -- structure ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("First Name;Last Name;E-mail Address\nA;B;a@b.c\n", ";"),
        ("First Name\tLast Name\tE-mail Address\nA\tB\ta@b.c\n", "\t"),
        ("sep=;\nFirst Name;Last Name;E-mail Address\nA;B;a@b.c\n", ";"),
        ('"First Name","Last, Name","E-mail Address"\rA,B,a@b.c\r', ","),
    ],
    ids=["semicolon", "tab", "excel-sep-line", "cr-only"],
)
def test_the_delimiter_comes_from_the_header_line(text: str, delimiter: str) -> None:
    read = read_csv(text.encode(), "f.csv")
    assert read.delimiter == delimiter
    card = read.records[0].card
    assert (card.given, card.fields[0].value) == ("A", "a@b.c")
    assert read.records[0].line == (3 if text.startswith("sep=") else 2)


def test_an_unterminated_quote_names_the_line_where_it_opened() -> None:
    rows = "".join(f"P{n},Q{n},p{n}@example.org\r\n" for n in range(20))
    text = HEADER + "Ann,Lee,ann@example.org\r\n" + 'Bob,"Brown,bob@example.org\r\n' + rows
    with pytest.raises(errors.BadInput) as refused:
        read_csv(text.encode(), "f.csv")
    assert refused.value.message == "f.csv, line 3: a quote opens a cell here and is never closed"


def test_a_quote_closed_in_the_middle_of_a_cell_names_where_it_opened() -> None:
    text = HEADER + 'Ann,"Lee\r\nand more",a@b.c\r\nBob,"Bro\r\nwn" x,b@b.c\r\n'
    with pytest.raises(errors.BadInput) as refused:
        read_csv(text.encode(), "f.csv")
    assert "f.csv, line 4: a quoted cell that opens here is closed in the middle" in (
        refused.value.message
    )


def test_multi_line_cells_keep_line_numbers_right() -> None:
    text = HEADER + 'Ann,"Lee\r\nSmith",a@b.c\r\nBob,Brown,b@b.c\r\n'
    assert [r.line for r in read_csv(text.encode(), "f.csv").records] == [2, 4]


def test_a_huge_cell_is_refused_and_so_is_a_huge_file() -> None:
    with pytest.raises(errors.BadInput, match="a cell is longer than"):
        read_csv((HEADER + "A," + "x" * 200_000 + ",a@b.c\r\n").encode(), "f.csv")
    with pytest.raises(errors.BadInput, match="larger than 8 MB"):
        read_csv(b"x" * (MAX_BYTES + 1), "f.csv")
    with pytest.raises(errors.BadInput, match="no header row"):
        read_csv(b"", "f.csv")


def test_rows_that_cannot_be_imported_are_records_with_a_problem() -> None:
    text = (
        HEADER + ",,\r\n\r\nAnn,Lee,a@b.c,extra\r\nBob,Brown,b@b.c,\r\n,,\r\nNo,One,x\r\n\r\n\r\n"
    )
    read = read_csv(text.encode(), "f.csv")
    assert [(r.line, r.problem) for r in read.records] == [
        (2, "the row is empty"),
        (3, "the row is empty"),
        (4, "the row has 4 cells, the header 3"),
        (5, None),  # a trailing empty cell is a trailing delimiter, not data
        (6, "the row is empty"),
        (7, None),
    ]
    no_at = read.records[-1]
    assert no_at.card.notes == "E-mail Address: x" and "no @" in no_at.notes[0]


def test_uids_are_stable_and_unique_within_a_file() -> None:
    text = HEADER + "Ann,Lee,a@b.c\r\nBob,Brown,b@b.c\r\nAnn,Lee,a@b.c\r\n"
    first = [r.card.uid for r in read_csv(text.encode(), "f.csv").records]
    again = [r.card.uid for r in read_csv(text.encode(), "other.csv").records]
    assert first == again and len(set(first)) == 3 and first[2] == f"{first[0]}-2"
    reordered = HEADER + "Bob,Brown,b@b.c\r\nAnn,Lee,a@b.c\r\n"
    assert [r.card.uid for r in read_csv(reordered.encode(), "f.csv").records] == [
        first[1],
        first[0],
    ]


def test_cancel_stops_the_reading() -> None:
    text = HEADER + "Ann,Lee,a@b.c\r\n" * 2000
    with pytest.raises(errors.ImportCancelled):
        read_csv(text.encode(), "f.csv", cancelled=lambda: True)


# -- values ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slash", "expected"),
    [
        ("1990-04-15", "mdy", PartialDate(4, 15, 1990)),
        ("--04-15", "mdy", PartialDate(4, 15)),
        (" --04-15", "mdy", PartialDate(4, 15)),
        ("19900415", "mdy", PartialDate(4, 15, 1990)),
        ("4/15/1990", "mdy", PartialDate(4, 15, 1990)),
        ("15/4/1990", "dmy", PartialDate(4, 15, 1990)),
        ("15.04.1990", "mdy", PartialDate(4, 15, 1990)),
        ("15-04-1990", "mdy", PartialDate(4, 15, 1990)),
        ("1990/04/15", "dmy", PartialDate(4, 15, 1990)),
        ("15.04.", "mdy", PartialDate(4, 15)),
        ("4/15", "mdy", PartialDate(4, 15)),
        ("29.02.", "mdy", PartialDate(2, 29)),
        ("1604-04-15", "mdy", PartialDate(4, 15)),
        ("3/10/22", "mdy", None),  # two-digit year: pcrm does not guess the century
        ("31.02.1990", "mdy", None),
        ("soon", "mdy", None),
    ],
)
def test_dates_in_the_locales_formats(text: str, slash: str, expected: PartialDate | None) -> None:
    assert parse_date(text, slash) == expected


def test_slash_dates_follow_the_file_when_it_tells() -> None:
    text = "First Name,Birthday\r\nAnn,25/12/1980\r\nBob,03/04/1990\r\n"
    read = read_csv(text.encode(), "f.csv")
    assert read.mapping.slash_dates == layouts.SLASH_DMY
    assert [r.card.dates[0].date for r in read.records] == [
        PartialDate(12, 25, 1980),
        PartialDate(4, 3, 1990),
    ]


def test_an_unreadable_date_is_kept_in_the_notes() -> None:
    text = "First Name,Birthday\r\nAnn,next spring\r\n"
    record = read_csv(text.encode(), "f.csv").records[0]
    assert record.card.dates == [] and record.card.notes == "Birthday: next spring"
    assert record.notes == ["Birthday is not a date pcrm can read; kept in the notes"]


def test_google_labels_system_groups_and_formula_marks() -> None:
    header = "First Name,Labels,Phone 1 - Label,Phone 1 - Value,Notes\r\n"
    row = (
        "Ann,* myContacts ::: * starred ::: System Group: Friends ::: Друзі,* Mobile,+1 2,'=1+2\r\n"
    )
    card = read_csv((header + row).encode(), "f.csv").records[0].card
    assert (card.groups, card.favourite) == (["Friends", "Друзі"], True)
    assert [(f.label, f.preferred) for f in card.fields] == [("mobile", True)]
    assert card.notes == "=1+2"


def test_thunderbird_birthday_parts() -> None:
    header = "First Name,Birth Year,Birth Month,Birth Day,Primary Email\r\n"
    text = header + "A,,4,15,a@b.c\r\nB,1990,13,1,b@b.c\r\n"
    first, second = read_csv(text.encode(), "f.csv").records
    assert first.card.dates[0].date == PartialDate(4, 15)
    assert second.card.dates == [] and "not a date" in second.notes[0]


# -- layouts pcrm does not know -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Ім'я", "given"), ("Імʼя", "given"), ("Имя", "given"), ("Vorname", "given"),
        ("Прізвище", "family"), ("Фамилия", "family"), ("Surname", "family"),
        ("ПІБ", "display_name"), ("Full name", "display_name"), ("Name", "display_name"),
        ("E-mail", "email"), ("Електронна пошта", "email"), ("E-Mail-Adresse", "email"),
        ("Мобільний телефон", "phone/mobile"), ("Handy", "phone/mobile"),
        ("Телефон", "phone"), ("Work phone 2", "phone/work"), ("Домашний телефон", "phone/home"),
        ("Company name", "organisation"), ("Компанія", "organisation"),
        ("Дата рождения", "birthday"), ("Geburtstag", "birthday"), ("Date of birth", "birthday"),
        ("Місто", "address.locality"), ("PLZ", "address.postal_code"),
        ("Нотатки", "notes"), ("Категории", "groups"), ("Something else", layouts.NOTE),
    ],
)  # fmt: skip
def test_headers_of_unknown_layouts_are_guessed(header: str, target: str) -> None:
    read = read_csv(f"{header},Foo,Bar\r\nx,,\r\n".encode(), "f.csv")
    assert read.layout is None and read.mapping.columns[0] == target


def test_columns_without_a_known_header_are_guessed_by_their_cells() -> None:
    text = "A,B,C\r\nann@example.org,+380 67 123 45 67,hello\r\nbob@example.org,067 000 11 22,\r\n"
    assert read_csv(text.encode(), "f.csv").mapping.columns == ("email", "phone", layouts.NOTE)


def test_the_owners_mapping_is_applied() -> None:
    data = (DATA / "synthetic__ukrainian_own_layout.csv").read_bytes()
    guessed = read_csv(data, "uk.csv")
    columns = list(guessed.mapping.columns)
    columns[guessed.headers.index("Місто")] = "address/home.locality"
    columns[guessed.headers.index("Звідки знаю")] = layouts.IGNORE
    chosen = CsvMapping(tuple(columns), layouts.SLASH_DMY)
    read = read_csv(data, "uk.csv", mapping=chosen)
    assert read.mapping == chosen and read.layout is None
    olena = read.records[0].card
    assert olena.addresses[0].label == "home" and olena.notes == "Любить каву без цукру"
    assert preview(read.headers, read.samples, chosen)[0].card == olena.__class__(
        **{**olena.__dict__, "uid": None}
    )


@pytest.mark.parametrize(
    ("columns", "reason"),
    [(("given",), "the mapping has 1 columns, the file 3"), (("given", "x", "y"), "'x' is not")],
)
def test_a_mapping_that_does_not_fit_is_refused(columns: tuple[str, ...], reason: str) -> None:
    with pytest.raises(errors.BadInput, match=reason):
        read_csv(HEADER.encode() + b"a,b,c\r\n", "f.csv", mapping=CsvMapping(columns))


def test_a_read_is_a_plain_value() -> None:
    read = read_csv(HEADER.encode() + b"a,b,c@d.e\r\n", "f.csv")
    assert isinstance(read, CsvRead) and read.samples == [["a", "b", "c@d.e"]]
    assert CsvMapping(("given",), "dmy") == CsvMapping(("given",), "dmy")
