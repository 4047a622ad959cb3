"""The CSV layouts pcrm knows, as data: which header names mean which field of a contact.

A layout maps header names (compared case-insensitively, spaces collapsed) to *targets*, and
numbered header templates (``"E-mail {n} - Value"``) to numbered targets.  Adding a language of
an exporter is adding a table here; :mod:`pcrm.domain.csv_read` holds no header names.

A target is a string, so that a :class:`~pcrm.domain.csv_read.CsvMapping` stays a plain value:

- ``ignore`` — the column is not read; ``note`` — a non-empty cell is kept in the contact's
  notes as ``Header: value`` (what a known layout does with columns pcrm has no field for);
- a field of the card: ``display_name given middle family prefix suffix nickname
  phonetic_given phonetic_middle phonetic_family notes birthday anniversary`` and the parts of a
  Thunderbird birthday ``birthday.year birthday.month birthday.day``;
- ``labels`` — Google's ``Labels`` / ``Group Membership`` (`` ::: ``-separated, ``* `` marks,
  system groups dropped, ``starred`` makes a favourite); ``groups`` — Outlook's ``;``-separated
  categories; ``photo`` — a link to a photo, which is not downloaded;
- an entry: ``kind[/label][#slot][.part]`` with kind ``email phone url messenger address
  relation event custom organisation``.  ``/label`` fixes the label (``phone/mobile``); columns
  with the same ``#slot`` make one entry (Google's ``E-mail 1 - Label`` and ``E-mail 1 - Value``
  are ``email#1.label`` and ``email#1.value``).  Parts: ``value`` (the default), ``label``,
  ``addrtype`` (Outlook's SMTP / EX), ``service``, ``name title department`` (organisation),
  ``formatted street locality region postal_code country po_box extended`` (address).
  Without a slot, the address and organisation columns of one label make one entry (Outlook's
  ``Home Street``, ``Home City``, …); every other column is an entry of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

IGNORE = "ignore"
NOTE = "note"
SLASH_MDY, SLASH_DMY = "mdy", "dmy"

ADDRESS_PARTS = (
    "street", "locality", "region", "postal_code", "country", "po_box", "extended", "formatted",
)  # fmt: skip


@dataclass(frozen=True)
class Layout:
    name: str  # stable key: "google", "outlook-de", …
    title: str  # the exporter, as the owner knows it
    columns: Mapping[str, str]  # header name -> target
    numbered: Mapping[str, str] = field(default_factory=dict)  # "E-mail {n} - Value" -> target
    slash_dates: str = SLASH_MDY  # how "03/10/1990" reads in this layout's files


def _addresses(label_words: Mapping[str, str | None], parts: Mapping[str, str]) -> dict[str, str]:
    """Address columns named "<label word> <part word>" (Outlook: "Home Street 2")."""
    table: dict[str, str] = {}
    for word, label in label_words.items():
        for pattern, part in parts.items():
            header = pattern.format(word)
            table[header] = f"address/{label}.{part}" if label else f"address.{part}"
    return table


# -- Google Contacts ------------------------------------------------------------------------------

_GOOGLE_ADDRESS_PARTS = {
    "Formatted": "formatted", "Street": "street", "City": "locality", "PO Box": "po_box",
    "Region": "region", "Postal Code": "postal_code", "Country": "country",
    "Extended Address": "extended",
}  # fmt: skip


def _google_numbered(label_word: str) -> dict[str, str]:
    """The numbered columns of both Google layouts; ``label_word`` is "Label" (current) or
    "Type" (legacy)."""
    table = {
        f"E-mail {{n}} - {label_word}": "email#{n}.label",
        "E-mail {n} - Value": "email#{n}.value",
        f"Phone {{n}} - {label_word}": "phone#{n}.label",
        "Phone {n} - Value": "phone#{n}.value",
        f"Address {{n}} - {label_word}": "address#{n}.label",
        f"Relation {{n}} - {label_word}": "relation#{n}.label",
        "Relation {n} - Value": "relation#{n}.value",
        f"Website {{n}} - {label_word}": "url#{n}.label",
        "Website {n} - Value": "url#{n}.value",
        f"Event {{n}} - {label_word}": "event#{n}.label",
        "Event {n} - Value": "event#{n}.value",
        f"IM {{n}} - {label_word}": "messenger#{n}.label",
        "IM {n} - Service": "messenger#{n}.service",
        "IM {n} - Value": "messenger#{n}.value",
        f"Custom Field {{n}} - {label_word}": "custom#{n}.label",
        "Custom Field {n} - Value": "custom#{n}.value",
    }
    for words, part in _GOOGLE_ADDRESS_PARTS.items():
        table[f"Address {{n}} - {words}"] = f"address#{{n}}.{part}"
    return table


GOOGLE = Layout(
    name="google",
    title="Google Contacts",
    columns={
        "First Name": "given",
        "Middle Name": "middle",
        "Last Name": "family",
        "Phonetic First Name": "phonetic_given",
        "Phonetic Middle Name": "phonetic_middle",
        "Phonetic Last Name": "phonetic_family",
        "Name Prefix": "prefix",
        "Name Suffix": "suffix",
        "Nickname": "nickname",
        "File As": "display_name",
        "Organization Name": "organisation",
        "Organization Title": "title",
        "Organization Department": "department",
        "Birthday": "birthday",
        "Notes": "notes",
        "Photo": "photo",
        "Labels": "labels",
    },
    numbered=_google_numbered("Label"),
    slash_dates=SLASH_MDY,
)

GOOGLE_LEGACY = Layout(
    name="google-legacy",
    title="Google Contacts (Google CSV)",
    columns={
        "Name": "display_name",
        "Given Name": "given",
        "Additional Name": "middle",
        "Family Name": "family",
        "Yomi Name": NOTE,
        "Given Name Yomi": "phonetic_given",
        "Additional Name Yomi": "phonetic_middle",
        "Family Name Yomi": "phonetic_family",
        "Name Prefix": "prefix",
        "Name Suffix": "suffix",
        "Initials": IGNORE,
        "Nickname": "nickname",
        "Short Name": NOTE,
        "Maiden Name": NOTE,
        "Birthday": "birthday",
        "Gender": NOTE,
        "Location": NOTE,
        "Billing Information": NOTE,
        "Directory Server": IGNORE,
        "Mileage": NOTE,
        "Occupation": NOTE,
        "Hobby": NOTE,
        "Sensitivity": IGNORE,
        "Priority": IGNORE,
        "Subject": NOTE,
        "Notes": "notes",
        "Language": NOTE,
        "Photo": "photo",
        "Group Membership": "labels",
    },
    numbered={
        **_google_numbered("Type"),
        "Organization {n} - Type": IGNORE,
        "Organization {n} - Name": "organisation#{n}.name",
        "Organization {n} - Title": "organisation#{n}.title",
        "Organization {n} - Department": "organisation#{n}.department",
    },
    slash_dates=SLASH_MDY,
)

# -- Outlook --------------------------------------------------------------------------------------

_OUTLOOK_ADDRESS = _addresses(
    {"Business": "work", "Home": "home", "Other": None},
    {
        "{} Street": "street", "{} Street 2": "street", "{} Street 3": "street",
        "{} City": "locality", "{} State": "region", "{} Postal Code": "postal_code",
        "{} Country/Region": "country", "{} Address PO Box": "po_box",
    },
)  # fmt: skip

_OUTLOOK_PHONES = {
    "Assistant's Phone": "phone/assistant", "Business Fax": "phone/fax",
    "Business Phone": "phone/work", "Business Phone 2": "phone/work", "Callback": "phone/callback",
    "Car Phone": "phone/car", "Company Main Phone": "phone/main", "Home Fax": "phone/fax",
    "Home Phone": "phone/home", "Home Phone 2": "phone/home", "ISDN": "phone/isdn",
    "Mobile Phone": "phone/mobile", "Other Fax": "phone/fax", "Other Phone": "phone",
    "Pager": "phone/pager", "Primary Phone": "phone/main", "Radio Phone": "phone/radio",
    "TTY/TDD Phone": "phone/tty", "Telex": "phone/telex",
}  # fmt: skip

# What Outlook desktop and Outlook.com name alike.
_OUTLOOK_COMMON = {
    "Title": "prefix", "First Name": "given", "Middle Name": "middle", "Last Name": "family",
    "Suffix": "suffix", "Nickname": "nickname", "Company": "organisation",
    "Department": "department", "Job Title": "title", "Birthday": "birthday",
    "Anniversary": "anniversary", "Notes": "notes", "Web Page": "url", "Spouse": "relation/spouse",
    "Manager's Name": "relation/manager", "Assistant's Name": "relation/assistant",
    "Office Location": NOTE, "Hobby": NOTE, "Location": NOTE,
    **_OUTLOOK_ADDRESS, **_OUTLOOK_PHONES,
}  # fmt: skip

OUTLOOK = Layout(
    name="outlook",
    title="Outlook",
    columns={
        **_OUTLOOK_COMMON,
        "Account": NOTE,
        "Billing Information": NOTE,
        "Categories": "groups",
        "Children": NOTE,
        "Directory Server": IGNORE,
        "E-mail Address": "email#1.value",
        "E-mail Type": "email#1.addrtype",
        "E-mail Display Name": IGNORE,
        "E-mail 2 Address": "email#2.value",
        "E-mail 2 Type": "email#2.addrtype",
        "E-mail 2 Display Name": IGNORE,
        "E-mail 3 Address": "email#3.value",
        "E-mail 3 Type": "email#3.addrtype",
        "E-mail 3 Display Name": IGNORE,
        "Gender": NOTE,
        "Government ID Number": NOTE,
        "Initials": IGNORE,
        "Internet Free Busy": IGNORE,
        "Keywords": NOTE,
        "Language": NOTE,
        "Mileage": NOTE,
        "Organizational ID Number": NOTE,
        "Priority": IGNORE,
        "Private": IGNORE,
        "Profession": NOTE,
        "Referred By": "relation/referred by",
        "Sensitivity": IGNORE,
        "User 1": NOTE,
        "User 2": NOTE,
        "User 3": NOTE,
        "User 4": NOTE,
    },
    slash_dates=SLASH_MDY,
)

OUTLOOK_COM = Layout(
    name="outlook-com",
    title="Outlook.com",
    columns={
        **_OUTLOOK_COMMON,
        "Given Yomi": "phonetic_given",
        "Surname Yomi": "phonetic_family",
        "Company Yomi": IGNORE,
        "E-mail Address": "email",
        "E-mail 2 Address": "email",
        "E-mail 3 Address": "email",
        "IMAddress": "messenger",
        "Personal Web Page": "url/home",
        "Schools": NOTE,
    },
    slash_dates=SLASH_MDY,
)

_OUTLOOK_DE_ADDRESS = {
    **_addresses(
        {"geschäftlich": "work", "privat": "home"},
        {
            "Straße {}": "street", "Straße {} 2": "street", "Straße {} 3": "street",
            "Ort {}": "locality", "Postleitzahl {}": "postal_code",
            "Land/Region {}": "country", "Postfach {}": "po_box",
        },
    ),
    "Region geschäftlich": "address/work.region", "Bundesland/Kanton privat": "address/home.region",
    "Weitere Straße": "address.street", "Weitere Straße 2": "address.street",
    "Weitere Straße 3": "address.street", "Weiterer Ort": "address.locality",
    "Weiteres/r Bundesland/Kanton": "address.region", "Weitere Postleitzahl": "address.postal_code",
    "Weiteres/e Land/Region": "address.country", "Weiteres Postfach": "address.po_box",
}  # fmt: skip

OUTLOOK_DE = Layout(
    name="outlook-de",
    title="Outlook (Deutsch)",
    columns={
        "Anrede": "prefix",
        "Vorname": "given",
        "Weitere Vornamen": "middle",
        "Nachname": "family",
        "Suffix": "suffix",
        "Firma": "organisation",
        "Abteilung": "department",
        "Position": "title",
        **_OUTLOOK_DE_ADDRESS,
        "Telefon Assistent": "phone/assistant",
        "Fax geschäftlich": "phone/fax",
        "Telefon geschäftlich": "phone/work",
        "Telefon geschäftlich 2": "phone/work",
        "Rückmeldung": "phone/callback",
        "Autotelefon": "phone/car",
        "Telefon Firma": "phone/main",
        "Fax privat": "phone/fax",
        "Telefon privat": "phone/home",
        "Telefon privat 2": "phone/home",
        "ISDN": "phone/isdn",
        "Mobiltelefon": "phone/mobile",
        "Mobiltelefon 2": "phone/mobile",
        "Weiteres Fax": "phone/fax",
        "Weiteres Telefon": "phone",
        "Pager": "phone/pager",
        "Haupttelefon": "phone/main",
        "Telefon für Hörbehinderte": "phone/tty",
        "Telex": "phone/telex",
        "Abrechnungsinformation": NOTE,
        "Benutzer 1": NOTE,
        "Benutzer 2": NOTE,
        "Benutzer 3": NOTE,
        "Benutzer 4": NOTE,
        "Beruf": NOTE,
        "Büro": NOTE,
        "E-Mail-Adresse": "email#1.value",
        "E-Mail-Typ": "email#1.addrtype",
        "E-Mail: Angezeigter Name": IGNORE,
        "E-Mail 2: Adresse": "email#2.value",
        "E-Mail 2: Typ": "email#2.addrtype",
        "E-Mail 2: Angezeigter Name": IGNORE,
        "E-Mail 3: Adresse": "email#3.value",
        "E-Mail 3: Typ": "email#3.addrtype",
        "E-Mail 3: Angezeigter Name": IGNORE,
        "Empfohlen von": "relation/referred by",
        "Geburtstag": "birthday",
        "Geschlecht": NOTE,
        "Hobby": NOTE,
        "Initialen": IGNORE,
        "Internet-Frei/Gebucht": IGNORE,
        "Jahrestag": "anniversary",
        "Kategorien": "groups",
        "Kinder": NOTE,
        "Konto": NOTE,
        "Name Assistent": "relation/assistant",
        "Name des/der Vorgesetzten": "relation/manager",
        "Notizen": "notes",
        "Organisationsnr.": NOTE,
        "Ort": NOTE,
        "Partner": "relation/partner",
        "Priorität": IGNORE,
        "Privat": IGNORE,
        "Regierungsnr.": NOTE,
        "Reisekilometer": NOTE,
        "Sprache": NOTE,
        "Stichwörter": NOTE,
        "Vertraulichkeit": IGNORE,
        "Verzeichnisserver": IGNORE,
        "Webseite": "url",
    },
    slash_dates=SLASH_DMY,
)

LIVEMAIL_DE = Layout(
    name="livemail-de",
    title="Windows Live Mail (Deutsch)",
    columns={
        "Name": "display_name",
        "Vorname": "given",
        "Nachname": "family",
        "Spitzname": "nickname",
        "E-Mail-Adresse": "email",
        **_addresses(
            {"privat": "home", "geschäftlich": "work"},
            {
                "Straße ({})": "street",
                "Ort ({})": "locality",
                "Postleitzahl ({})": "postal_code",
                "Bundesland ({})": "region",
                "Land/Region ({})": "country",
            },
        ),
        "Telefon (privat)": "phone/home",
        "Fax (privat)": "phone/fax",
        "Mobiltelefon": "phone/mobile",
        "Persönliche Webseite": "url/home",
        "Telefon (geschäftlich)": "phone/work",
        "Fax (geschäftlich)": "phone/fax",
        "Pager": "phone/pager",
        "Webseite (geschäftlich)": "url/work",
        "Firma": "organisation",
        "Position": "title",
        "Abteilung": "department",
        "Büro": NOTE,
        "Notizen": "notes",
    },
    slash_dates=SLASH_DMY,
)

THUNDERBIRD = Layout(
    name="thunderbird",
    title="Thunderbird",
    columns={
        "First Name": "given",
        "Last Name": "family",
        "Display Name": "display_name",
        "Nickname": "nickname",
        "Primary Email": "email",
        "Secondary Email": "email",
        "Work Phone": "phone/work",
        "Home Phone": "phone/home",
        "Fax Number": "phone/fax",
        "Pager Number": "phone/pager",
        "Mobile Number": "phone/mobile",
        **_addresses(
            {"Home": "home", "Work": "work"},
            {
                "{} Address": "street",
                "{} Address 2": "street",
                "{} City": "locality",
                "{} State": "region",
                "{} ZipCode": "postal_code",
                "{} Country": "country",
            },
        ),
        "Job Title": "title",
        "Department": "department",
        "Organization": "organisation",
        "Web Page 1": "url/work",
        "Web Page 2": "url/home",
        "Birth Year": "birthday.year",
        "Birth Month": "birthday.month",
        "Birth Day": "birthday.day",
        "Custom 1": NOTE,
        "Custom 2": NOTE,
        "Custom 3": NOTE,
        "Custom 4": NOTE,
        "Notes": "notes",
        "Screen Name": "messenger",
    },
    slash_dates=SLASH_MDY,
)

LAYOUTS = (GOOGLE, GOOGLE_LEGACY, OUTLOOK, OUTLOOK_COM, OUTLOOK_DE, LIVEMAIL_DE, THUNDERBIRD)

# -- words for a layout pcrm does not know --------------------------------------------------------

# A header that holds one of these (after folding case, punctuation and numbering away) is guessed
# to mean the target; the match of most words wins ("work phone" over "phone").  Ukrainian, Russian,
# German and English, as the owners of pcrm write them.
GUESS_WORDS: Mapping[str, str] = MappingProxyType({
    # names
    "full name": "display_name", "display name": "display_name",
    "піб": "display_name", "фио": "display_name", "повне імя": "display_name",
    "полное имя": "display_name", "anzeigename": "display_name",
    "first name": "given", "given name": "given", "firstname": "given", "forename": "given",
    "vorname": "given", "імя": "given", "имя": "given",
    "last name": "family", "family name": "family", "surname": "family",
    "lastname": "family", "nachname": "family", "прізвище": "family", "фамилия": "family",
    "middle name": "middle", "по батькові": "middle", "отчество": "middle",
    "weitere vornamen": "middle",
    "nickname": "nickname", "spitzname": "nickname", "псевдонім": "nickname",
    "прізвисько": "nickname", "прозвище": "nickname", "нікнейм": "nickname", "ник": "nickname",
    "prefix": "prefix", "anrede": "prefix", "звертання": "prefix", "обращение": "prefix",
    "suffix": "suffix",
    # work
    "company": "organisation", "organisation": "organisation", "organization": "organisation",
    "firma": "organisation", "unternehmen": "organisation", "компанія": "organisation",
    "компания": "organisation", "організація": "organisation", "организация": "organisation",
    "місце роботи": "organisation", "место работы": "organisation",
    "job title": "title", "position": "title", "посада": "title", "должность": "title",
    "department": "department", "abteilung": "department", "відділ": "department",
    "отдел": "department",
    # e-mail, phones, web
    "email": "email", "mail": "email", "email address": "email", "emailadresse": "email",
    "електронна пошта": "email", "ел пошта": "email", "електронна адреса": "email",
    "электронная почта": "email", "эл почта": "email", "почта": "email", "пошта": "email",
    "work email": "email/work", "home email": "email/home",
    "phone": "phone", "telephone": "phone", "tel": "phone", "telefon": "phone",
    "телефон": "phone", "номер телефону": "phone", "номер телефона": "phone",
    "mobile": "phone/mobile", "mobile phone": "phone/mobile", "cell": "phone/mobile",
    "cell phone": "phone/mobile", "handy": "phone/mobile", "mobiltelefon": "phone/mobile",
    "мобільний": "phone/mobile", "мобільний телефон": "phone/mobile",
    "мобильный": "phone/mobile", "мобильный телефон": "phone/mobile",
    "work phone": "phone/work", "business phone": "phone/work", "office phone": "phone/work",
    "telefon geschäftlich": "phone/work", "робочий телефон": "phone/work",
    "робочий": "phone/work", "рабочий телефон": "phone/work", "рабочий": "phone/work",
    "home phone": "phone/home", "telefon privat": "phone/home", "домашній телефон": "phone/home",
    "домашний телефон": "phone/home",
    "fax": "phone/fax", "факс": "phone/fax",
    "website": "url", "web page": "url", "webpage": "url", "homepage": "url", "url": "url",
    "webseite": "url", "сайт": "url", "вебсайт": "url",
    "telegram": "messenger", "skype": "messenger", "messenger": "messenger",
    "месенджер": "messenger", "мессенджер": "messenger",
    # dates
    "birthday": "birthday", "birth date": "birthday", "date of birth": "birthday",
    "dob": "birthday", "geburtstag": "birthday", "geburtsdatum": "birthday",
    "день народження": "birthday", "дата народження": "birthday", "др": "birthday",
    "день рождения": "birthday", "дата рождения": "birthday",
    "anniversary": "anniversary", "jahrestag": "anniversary", "річниця": "anniversary",
    "годовщина": "anniversary",
    # postal address
    "address": "address.street", "street": "address.street", "straße": "address.street",
    "strasse": "address.street", "adresse": "address.street", "адреса": "address.street",
    "адрес": "address.street", "вулиця": "address.street", "улица": "address.street",
    "city": "address.locality", "town": "address.locality", "ort": "address.locality",
    "stadt": "address.locality", "місто": "address.locality", "город": "address.locality",
    "населений пункт": "address.locality",
    "region": "address.region", "state": "address.region", "province": "address.region",
    "bundesland": "address.region", "область": "address.region",
    "postcode": "address.postal_code", "postal code": "address.postal_code",
    "zip": "address.postal_code", "zip code": "address.postal_code",
    "postleitzahl": "address.postal_code", "plz": "address.postal_code",
    "індекс": "address.postal_code", "поштовий індекс": "address.postal_code",
    "индекс": "address.postal_code", "почтовый индекс": "address.postal_code",
    "country": "address.country", "land": "address.country", "країна": "address.country",
    "страна": "address.country",
    # the rest
    "notes": "notes", "note": "notes", "comment": "notes", "comments": "notes",
    "notizen": "notes", "notiz": "notes", "примітки": "notes", "примітка": "notes",
    "нотатки": "notes", "коментар": "notes", "заметки": "notes", "примечание": "notes",
    "комментарий": "notes",
    "groups": "groups", "group": "groups", "categories": "groups", "category": "groups",
    "kategorien": "groups", "gruppe": "groups", "групи": "groups", "група": "groups",
    "группы": "groups", "группа": "groups", "категорії": "groups", "категории": "groups",
    "мітки": "groups", "теги": "groups", "tags": "groups", "labels": "labels",
    # weak words, last: on a tie the earlier entry wins ("company name" is a company)
    "name": "display_name", "імя та прізвище": "display_name", "контакт": "display_name",
    "номер": "phone",
})  # fmt: skip

# Website labels that name a social network: such a website is read as a social profile.
SOCIAL_SERVICES = frozenset(
    {"linkedin", "facebook", "instagram", "x", "mastodon", "github", "gitlab", "bluesky"}
)
