"""A realistic synthetic data set for demos and benchmarks (``pcrm demo``).

People from Latin-script (English, German, Polish, French, Spanish) and Cyrillic (Ukrainian,
Russian, Bulgarian) cultures, with the male and female forms of Slavic surnames, phones in the
forms people type, e-mails, messengers, addresses, birthdays (some without a year), organisations
with parents, groups, relationships, how-we-met, custom fields, open reminders with RRULEs and a
timeline of calls, meetings, messages, notes and life events over several years, busier in
spring and autumn and quieter in August, over New Year and at weekends.  The first contact,
"Олена Коваленко", takes part in 10,000 interactions: the benchmarks' busy card.

Speed: a hundred thousand contacts and a million interactions in under a minute on two cores.
Everything is computed in Python first (names, keys and E.164 numbers cached per distinct value)
and written with bulk statements, never the ORM per row:

* rows go into TEMP staging tables by ``executemany`` and from there into the real tables with
  one ``INSERT … SELECT`` per batch of 10,000.  The search triggers stay in charge of
  ``contact_search``, ``contact_fts`` and ``interaction_fts``; fed one row per statement
  (``executemany`` straight into the table) the FTS5 trigger path cost 2.9 s per 100,000 rows,
  fed by one ``INSERT … SELECT`` 0.66 s;
* a contact's children (fields, addresses, custom values, affiliations) are written before the
  contact under ``PRAGMA defer_foreign_keys``, so the contact's insert trigger builds its search
  document once (see the trigger comment in the initial migration);
* the timeline is planned before the contacts are written, so each contact's
  ``last_interaction_at`` is written with the contact and the participants' insert trigger finds
  nothing to change; interactions are written in chronological order (ids follow time),
  participants with their interaction's ``starts_at``;
* datetimes are written in the text form :class:`pcrm.store.types.UTCDateTime` stores
  (``YYYY-MM-DD HH:MM:SS.ffffff``, naive UTC), formatted once per day and second of the day;
* for the run only, on its own connection: ``pcrm_fold`` is a per-character replacement equal
  to :func:`pcrm.domain.text.fold_for_index` (checked on every string the generator can write)
  that skips ASCII text outright; None binds through an adapter instead of the driver's failing
  adapter search; FTS5 merges segments once at the end instead of as it goes; the page cache is
  larger and ``synchronous`` is NORMAL (WAL: no loss of integrity).  All are put back.

Same seed and same clock, same data.
"""

from __future__ import annotations

import calendar
import contextlib
import gc
import math
import random
import re
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from string import Formatter
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, func, insert, select

from pcrm.domain import phones
from pcrm.domain.kinds import CustomFieldType
from pcrm.domain.names import PersonName, display_name_for, search_keys
from pcrm.domain.recurrence import occurrences, validate_rrule
from pcrm.domain.text import fold, fold_for_index, transliterations
from pcrm.services.session import Services
from pcrm.store import models as m

Progress = Callable[[str, int, int], None]
Row = tuple[Any, ...]

YEARS = 6  # the timeline reaches this far back from clock.now()
BUSY_INTERACTIONS = 10_000
BUSY_GIVEN, BUSY_FAMILY = "Олена", "Коваленко"
BATCH = 10_000
INTERACTIONS_PER_TRANSACTION = 250_000
_BULK_CACHE_KIB = 256 * 1024
_FTS_TABLES = ("contact_fts", "interaction_fts")
_TABLES = (
    "organisations", "groups", "custom_field_defs", "contacts", "contact_fields",
    "postal_addresses", "custom_field_values", "affiliations", "important_dates", "group_members",
    "relationships", "interactions", "interaction_participants", "tasks", "task_contacts", "alarms",
)  # fmt: skip
# FTS5 merges index segments as it goes; while loading, merging later (one 'optimize' at the end)
# is cheaper.  (setting, while loading, FTS5's default): each bulk transaction sets the first and
# puts the default back before it commits, so a crash cannot leave the index unmerged for good.
_FTS_BULK_SETTINGS = (("automerge", 0, 4), ("crisismerge", 200, 16))

# -- names ----------------------------------------------------------------------------------------


def _feminine(male: str) -> str:
    """The female form of a Slavic surname; other surnames are the same for both."""
    for end, fem in (
        ("ський", "ська"), ("цький", "цька"), ("зький", "зька"), ("ский", "ская"),
        ("цкий", "цкая"), ("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"),
    ):  # fmt: skip
        if male.endswith(end):
            return male[: -len(end)] + fem
    if re.search(r"(ов|ев|ёв|ин|ын)$", male):
        return male + "а"
    return male


def _surnames(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((s, _feminine(s)) for s in text.split())


@dataclass(frozen=True)
class _City:
    name: str
    region: str | None
    country: str
    postal: str  # digits to fill: '#' a digit
    streets: tuple[str, ...]
    street_format: str  # {street} {n} {apt}


@dataclass(frozen=True)
class _Culture:
    key: str
    weight: float
    cyrillic: bool
    texts: tuple[tuple[str, float], ...]  # (language, weight) of what is written with them
    given_m: tuple[str, ...]
    given_f: tuple[str, ...]
    family: tuple[tuple[str, str], ...]  # (male, female)
    phone: str
    mail: tuple[str, ...]
    zones: tuple[str, ...]
    cities: tuple[_City, ...]
    patronymics: tuple[tuple[str, str], ...] = ()
    middles: tuple[str, ...] = ()


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _p(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


_UA_STREETS = _w(
    "Хрещатик Шевченка Франка Грушевського Саксаганського Володимирська "
    "Лесі_Українки Січових_Стрільців Бандери Героїв_Майдану Сумська Дерибасівська"
)
_RU_STREETS = _w("Садовая Пушкина Гагарина Мира Лесная Невский_проспект Тверская Чехова")
_BG_STREETS = _w("Витоша Шипка Раковски Христо_Ботев Граф_Игнатиев Цар_Симеон")

CULTURES: tuple[_Culture, ...] = (
    _Culture(
        "uk",
        38,
        True,
        (("uk", 0.78), ("en", 0.17), ("ru", 0.05)),
        _w(
            "Олександр Андрій Дмитро Сергій Іван Михайло Володимир Тарас Богдан Юрій Олег Максим "
            "Артем Василь Петро Ярослав Віктор Назар Роман Микола Євген Павло Степан Остап Денис "
            "Йосип Ігор Григорій"
        ),
        _w(
            "Олена Ольга Наталія Ірина Тетяна Оксана Юлія Марія Анна Катерина Світлана Людмила "
            "Галина Вікторія Христина Софія Дарина Соломія Ярина Анастасія Лариса Надія Зоряна "
            "Леся Мирослава Олеся Єва Ївга"
        ),
        _surnames(
            "Коваленко Шевченко Бондаренко Ткаченко Кравченко Олійник Мельник Шевчук "
            "Поліщук Бойко Ткачук Савченко Руденко Мороз Марченко Лисенко Петренко "
            "Гончаренко Клименко Павленко Кузьменко Іваненко Романюк Литвиненко Ковальчук "
            "Ковальський Левицький Грушевський Яворський Возняк Гнатюк Семенюк Захарченко "
            "Дорошенко Федорук Головко Білик Ігнатенко Олексієнко Олешко Коваль Ковалишин "
            "Соловйов Зайченко Прокопович Яремчук Костенко Юрченко"
        ),
        "ua",
        _w("gmail.com ukr.net i.ua meta.ua gmail.com"),
        _w("Europe/Kyiv"),
        (
            _City("Київ", None, "Україна", "0####", _UA_STREETS, "вул. {street}, {n}{apt}"),
            _City(
                "Львів",
                "Львівська обл.",
                "Україна",
                "79###",
                _UA_STREETS,
                "вул. {street}, {n}{apt}",
            ),
            _City(
                "Одеса", "Одеська обл.", "Україна", "65###", _UA_STREETS, "вул. {street}, {n}{apt}"
            ),
            _City(
                "Харків",
                "Харківська обл.",
                "Україна",
                "61###",
                _UA_STREETS,
                "вул. {street}, {n}{apt}",
            ),
            _City(
                "Дніпро",
                "Дніпропетровська обл.",
                "Україна",
                "49###",
                _UA_STREETS,
                "вул. {street}, {n}{apt}",
            ),
            _City(
                "Івано-Франківськ",
                "Івано-Франківська обл.",
                "Україна",
                "76###",
                _UA_STREETS,
                "вул. {street}, {n}{apt}",
            ),
        ),
        patronymics=(
            ("Олександрович", "Олександрівна"),
            ("Іванович", "Іванівна"),
            ("Петрович", "Петрівна"),
            ("Миколайович", "Миколаївна"),
            ("Сергійович", "Сергіївна"),
            ("Васильович", "Василівна"),
            ("Андрійович", "Андріївна"),
            ("Володимирович", "Володимирівна"),
            ("Михайлович", "Михайлівна"),
            ("Юрійович", "Юріївна"),
        ),
    ),
    _Culture(
        "ru",
        12,
        True,
        (("ru", 0.8), ("en", 0.1), ("uk", 0.1)),
        _w(
            "Алексей Дмитрий Сергей Андрей Михаил Иван Николай Павел Артём Константин Григорий "
            "Евгений Илья Кирилл Фёдор Олег Юрий Виктор"
        ),
        _w(
            "Елена Ольга Наталья Татьяна Анна Мария Екатерина Светлана Ирина Юлия Ксения Дарья "
            "Алёна Полина Вера Олеся Людмила Евгения"
        ),
        _surnames(
            "Иванов Смирнов Кузнецов Попов Соколов Лебедев Козлов Новиков Морозов Волков "
            "Соловьёв Васильев Зайцев Павлов Семёнов Голубев Виноградов Богданов Фёдоров "
            "Михайлов Тарасов Белов Комаров Орлов Киселёв Макаров Андреев Ковалёв Ильин "
            "Гусев Никитин Олейников Козловский Вишневский"
        ),
        "ru",
        _w("gmail.com mail.ru yandex.ru gmail.com"),
        _w("Europe/Moscow Europe/Riga Asia/Almaty Asia/Tbilisi"),
        (
            _City("Москва", None, "Россия", "1#####", _RU_STREETS, "ул. {street}, д. {n}{apt}"),
            _City(
                "Санкт-Петербург",
                None,
                "Россия",
                "19####",
                _RU_STREETS,
                "ул. {street}, д. {n}{apt}",
            ),
            _City("Рига", None, "Латвия", "LV-10##", _RU_STREETS, "ул. {street}, {n}{apt}"),
            _City("Алматы", None, "Казахстан", "050###", _RU_STREETS, "ул. {street}, {n}{apt}"),
        ),
        patronymics=(
            ("Александрович", "Александровна"),
            ("Иванович", "Ивановна"),
            ("Петрович", "Петровна"),
            ("Николаевич", "Николаевна"),
            ("Сергеевич", "Сергеевна"),
            ("Владимирович", "Владимировна"),
            ("Михайлович", "Михайловна"),
        ),
    ),
    _Culture(
        "bg",
        5,
        True,
        (("en", 0.6), ("ru", 0.4)),
        _w(
            "Георги Иван Димитър Николай Петър Христо Стоян Тодор Васил Александър Стефан Йордан "
            "Красимир Пламен Веселин"
        ),
        _w(
            "Мария Иванка Елена Йорданка Пенка Десислава Цветелина Гергана Радостина Милена "
            "Даниела Теодора Виктория Надежда Ралица"
        ),
        _surnames(
            "Иванов Георгиев Димитров Петров Николов Христов Стоянов Тодоров Илиев Василев "
            "Атанасов Петков Ангелов Костадинов Маринов Колев Йорданов"
        ),
        "bg",
        _w("abv.bg gmail.com mail.bg"),
        _w("Europe/Sofia"),
        (
            _City("София", None, "България", "1###", _BG_STREETS, "ул. „{street}“ {n}{apt}"),
            _City("Пловдив", None, "България", "4###", _BG_STREETS, "ул. „{street}“ {n}{apt}"),
            _City("Варна", None, "България", "9###", _BG_STREETS, "ул. „{street}“ {n}{apt}"),
        ),
    ),
    _Culture(
        "en",
        20,
        False,
        (("en", 0.96), ("uk", 0.04)),
        _w(
            "James John Robert Michael William David Richard Thomas Daniel Matthew Christopher "
            "Andrew Joshua Oliver Harry George Jack Noah Ethan Liam Samuel Benjamin Henry Oscar"
        ),
        _w(
            "Mary Jennifer Linda Elizabeth Sarah Jessica Emily Emma Olivia Sophie Charlotte Amelia "
            "Grace Hannah Chloe Lucy Rachel Laura Megan Victoria Olive Abigail Isla Ruby"
        ),
        _surnames(
            "Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Thomas "
            "Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young "
            "Allen King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts "
            "Carter Phillips Evans Turner Parker Collins Edwards O'Brien McAllister Oldman "
            "Olsen Coleman Kovach"
        ),
        "en",
        _w("gmail.com outlook.com yahoo.com icloud.com proton.me gmail.com"),
        _w("Europe/London America/New_York America/Toronto Europe/Dublin America/Chicago"),
        (
            _City(
                "London",
                None,
                "United Kingdom",
                "SW# #XY",
                _w("Baker_Street High_Street Elm_Road Victoria_Road Church_Lane"),
                "{n} {street}{apt}",
            ),
            _City(
                "New York",
                "NY",
                "USA",
                "100##",
                _w("Broadway Madison_Avenue West_End_Avenue Bleecker_Street"),
                "{n} {street}{apt}",
            ),
            _City(
                "Toronto",
                "ON",
                "Canada",
                "M5V #A#",
                _w("King_Street Queen_Street Bay_Street"),
                "{n} {street}{apt}",
            ),
            _City(
                "Dublin",
                None,
                "Ireland",
                "D0# X###",
                _w("Grafton_Street Dame_Street Capel_Street"),
                "{n} {street}{apt}",
            ),
        ),
        middles=_w("J. A. M. Lee Marie Ann James Rose"),
    ),
    _Culture(
        "de",
        10,
        False,
        (("en", 1.0),),
        _w(
            "Lukas Maximilian Felix Jonas Leon Paul Finn Elias Jan Tobias Stefan Michael Thomas "
            "Andreas Jürgen Jörg Klaus Matthias Florian Sebastian"
        ),
        _w(
            "Anna Lena Laura Julia Sophie Lea Hannah Katharina Sabine Ute Birgit Jana Miriam "
            "Franziska Jülide Claudia Petra Anke"
        ),
        _surnames(
            "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann "
            "Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun "
            "Krüger Hartmann Lange Werner Krause Lehmann Köhler Weiß Oldenburg"
        ),
        "de",
        _w("gmx.de web.de t-online.de gmail.com posteo.de"),
        _w("Europe/Berlin Europe/Vienna Europe/Zurich"),
        (
            _City(
                "Berlin",
                None,
                "Deutschland",
                "10###",
                _w("Hauptstraße Bahnhofstraße Schillerstraße Lindenallee Gartenweg Torstraße"),
                "{street} {n}{apt}",
            ),
            _City(
                "München",
                "Bayern",
                "Deutschland",
                "80###",
                _w("Leopoldstraße Maximilianstraße Sendlinger_Straße"),
                "{street} {n}{apt}",
            ),
            _City(
                "Hamburg",
                None,
                "Deutschland",
                "20###",
                _w("Mönckebergstraße Jungfernstieg Elbchaussee"),
                "{street} {n}{apt}",
            ),
            _City(
                "Leipzig",
                "Sachsen",
                "Deutschland",
                "04###",
                _w("Karl-Liebknecht-Straße Petersstraße"),
                "{street} {n}{apt}",
            ),
        ),
    ),
    _Culture(
        "pl",
        10,
        False,
        (("en", 0.9), ("uk", 0.1)),
        _w(
            "Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Łukasz Mateusz Grzegorz "
            "Wojciech Kamil Bartosz Szymon Olaf"
        ),
        _w(
            "Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Aleksandra Zofia "
            "Monika Natalia Karolina Olga Weronika"
        ),
        _surnames(
            "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński "
            "Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk "
            "Piotrowski Grabowski Pawłowski Michalski Zając Król Wieczorek Jabłoński Wróbel "
            "Nowicki Majewski Olszewski Stępień Orłowski"
        ),
        "pl",
        _w("wp.pl onet.pl o2.pl gmail.com interia.pl"),
        _w("Europe/Warsaw"),
        (
            _City(
                "Warszawa",
                "mazowieckie",
                "Polska",
                "0#-###",
                _w("Marszałkowska Nowy_Świat Puławska Grójecka"),
                "ul. {street} {n}{apt}",
            ),
            _City(
                "Kraków",
                "małopolskie",
                "Polska",
                "3#-###",
                _w("Floriańska Grodzka Karmelicka"),
                "ul. {street} {n}{apt}",
            ),
            _City(
                "Wrocław",
                "dolnośląskie",
                "Polska",
                "5#-###",
                _w("Świdnicka Legnicka Oławska"),
                "ul. {street} {n}{apt}",
            ),
            _City(
                "Gdańsk",
                "pomorskie",
                "Polska",
                "80-###",
                _w("Długa Grunwaldzka Ogarna"),
                "ul. {street} {n}{apt}",
            ),
        ),
    ),
    _Culture(
        "fr",
        3,
        False,
        (("en", 1.0),),
        _w("Jean Pierre Louis Hugo Lucas Mathieu Nicolas Olivier Antoine"),
        _w("Marie Camille Chloé Léa Manon Élodie Océane Amélie Inès"),
        _surnames(
            "Dupont Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau "
            "Lefèvre Fournier Girard"
        ),
        "fr",
        _w("orange.fr free.fr gmail.com laposte.net"),
        _w("Europe/Paris"),
        (
            _City(
                "Paris",
                None,
                "France",
                "750##",
                _w("rue_de_Rivoli rue_Oberkampf boulevard_Voltaire"),
                "{n} {street}{apt}",
            ),
            _City(
                "Lyon",
                None,
                "France",
                "6900#",
                _w("rue_de_la_République quai_Saint-Antoine"),
                "{n} {street}{apt}",
            ),
        ),
    ),
    _Culture(
        "es",
        2,
        False,
        (("en", 1.0),),
        _w("José Antonio Manuel Javier Carlos Alejandro Pablo Álvaro"),
        _w("María Lucía Carmen Sofía Paula Elena Marta Olga"),
        _surnames("García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Ortega"),
        "es",
        _w("gmail.com hotmail.es yahoo.es"),
        _w("Europe/Madrid"),
        (
            _City(
                "Madrid",
                None,
                "España",
                "280##",
                _w("Calle_Mayor Gran_Vía Calle_de_Alcalá"),
                "{street} {n}{apt}",
            ),
            _City(
                "Barcelona",
                "Cataluña",
                "España",
                "080##",
                _w("Carrer_de_Balmes Passeig_de_Gràcia"),
                "{street} {n}{apt}",
            ),
        ),
    ),
)
_CULTURE_INDEX = {c.key: i for i, c in enumerate(CULTURES)}

_NICKNAMES = {
    "Олександр": "Саша", "Дмитро": "Діма", "Володимир": "Вова", "Михайло": "Міша",
    "Катерина": "Катя", "Наталія": "Наташа", "Ірина": "Іра", "Тетяна": "Таня",
    "Анастасія": "Настя", "Олена": "Льоля", "Ольга": "Оля", "Алексей": "Лёша", "Екатерина": "Катя",
    "Дмитрий": "Дима", "Елена": "Лена", "Наталья": "Наташа", "Алёна": "Алёнка",
    "William": "Bill", "Robert": "Bob", "Elizabeth": "Liz", "Christopher": "Chris",
    "Katharina": "Kathi", "Małgorzata": "Gosia", "Aleksandra": "Ola", "Matthew": "Matt",
    "Samuel": "Sam", "Benjamin": "Ben", "Jennifer": "Jen", "Krzysztof": "Krzysiek",
    "Георги": "Жоро", "Александър": "Сашо", "Йордан": "Данчо",
}  # fmt: skip

# -- organisations, groups, custom fields ---------------------------------------------------------

_ORG_EN_A = _w(
    "Blue Northern Bright Silver Green Red Atlas Summit Harbor Granite Maple Cedar "
    "Nimbus Vector Quantum Polar Crescent Orbit"
)
_ORG_EN_B = _w(
    "Systems Analytics Robotics Logistics Media Foods Energy Capital Labs Studio Health "
    "Networks Consulting Software Partners Dynamics Works"
)
_ORG_EN_C = ("Inc.", "Ltd", "LLC", "", "", "Group")
_ORG_UA = _w(
    "Сонячна_Енергія Київ-Логістик Карпатські_Системи Дніпро_Софт Галицька_Кава "
    "Украгроінвест Північний_Вітер Чорноморські_Перевезення Софтсерв_Плюс Смарт_Медіа "
    "Львівська_Пекарня Зелений_Гай Будмонтаж Технополіс Ясна_Аналітика Полтавські_Сири"
)
_ORG_UA_FORM = ("ТОВ", "ПрАТ", "ТОВ", "ФОП", "ГО", "БФ")
_ORG_RU = _w("Северный_Ветер Рога_и_Копыта Белые_Ночи Волга_Трейд Сибирские_Системы Невский_Софт")
_ORG_DE = _w("Nordwind Schwarzwald Alpen Elbe Rhein Spree Bergmann Sonnenschein Eichenholz")
_ORG_DE_B = _w("Logistik Software Maschinenbau Medien Energie Consulting Bau Versicherung")
_ORG_PL = _w("Wisła Bałtyk Tatry Mazowsze Orzeł Jantar Warta Odra")
_ORG_PL_B = _w("Software Energia Logistyka Media Budownictwo Finanse")
_ORG_BG = _w("Балкан_Софт Витоша_Консулт Черноморец Родопа_Трейд Пирин_Енерджи")
_UNIVERSITIES = _p(
    "Київський політехнічний інститут|Львівська політехніка"
    "|Києво-Могилянська академія|Харківський національний університет"
    "|Uniwersytet Jagielloński|Technische Universität München"
    "|University of Manchester|Софийски университет"
    "|Московский физико-технический институт|University College Dublin"
)
_ORG_SUFFIX = ("Polska", "Deutschland", "Україна", "Labs", "Foundation", "R&D", "UK", "Kyiv office")
_DEPARTMENTS = ("Engineering", "Sales", "Marketing", "HR", "Finance", "Legal", "Research",
                "Відділ продажів", "Бухгалтерія", "IT-відділ", "Отдел кадров")  # fmt: skip
_TITLES_EN = _p(
                 "Software Engineer|Senior Software Engineer|Product Manager|CTO|CEO|Designer"
                 "|Data Scientist|Account Manager|Sales Director|Accountant|Lawyer|Recruiter"
                 "|Marketing Lead|Project Manager|Team Lead|Professor|Researcher|QA Engineer"
                 "|Founder|Office Manager"
             )  # fmt: skip
_TITLES_UK = ("Головний бухгалтер", "Менеджер з продажу", "Розробник", "Керівник проєктів",
              "Дизайнерка", "Юрист", "Директор", "Аналітикиня", "HR-менеджерка", "Викладач",
              "Тестувальник", "Маркетолог")  # fmt: skip
_TITLES_RU = ("Главный бухгалтер", "Менеджер по продажам", "Разработчик", "Руководитель проектов",
              "Дизайнер", "Юрист", "Директор", "Аналитик")  # fmt: skip
_TITLES_DE = ("Projektleiterin", "Softwareentwickler", "Geschäftsführer", "Vertriebsleiter",
              "Buchhalterin", "Ingenieur")  # fmt: skip
_ROLES = ("board member", "advisor", "investor", "volunteer", "член правління", "радник")

GROUPS = (
    ("Family", "#e53935"), ("Friends", "#43a047"), ("Work", "#1e88e5"), ("Clients", "#fb8c00"),
    ("Родина", "#8e24aa"), ("Друзі", "#00897b"), ("Book club", "#6d4c41"),
    ("Climbing", "#3949ab"), ("Alumni KPI", "#546e7a"), ("Neighbours", "#c0ca33"),
    ("Conference 2024", "#d81b60"), ("Volunteers", "#fdd835"), ("Київ", "#5e35b1"),
    ("Berlin", "#00acc1"), ("Investors", "#f4511e"), ("Кіноклуб", "#7cb342"),
)  # fmt: skip

CUSTOM_FIELDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Dietary needs", CustomFieldType.CHOICE.value,
     ("none", "vegetarian", "vegan", "halal", "kosher", "gluten-free")),
    ("T-shirt size", CustomFieldType.CHOICE.value, ("XS", "S", "M", "L", "XL", "XXL")),
    ("Favourite coffee", CustomFieldType.TEXT.value,
     ("flat white", "espresso", "капучино", "лате на вівсяному", "americano", "раф")),
    ("Kids", CustomFieldType.TEXT.value,
     ("Emma, 7", "Тарас і Марічка", "Lukas (12)", "Соня, 4 роки", "twins, 3", "Настя, 15")),
    ("Shoe size", CustomFieldType.NUMBER.value, ()),
    ("Passport expiry", CustomFieldType.DATE.value, ()),
    ("Улюблена книга", CustomFieldType.TEXT.value,
     ("Тіні забутих предків", "Intermezzo", "Солодка Даруся", "Dune", "The Hobbit",
      "Мастер и Маргарита")),
)  # fmt: skip

# -- timeline text --------------------------------------------------------------------------------

_SLOTS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "topic": _p(
            "budget|contract|new project|proposal|quarterly report|move|holiday plans"
            "|renovation|job interview|conference|release|deadline|presentation|wedding"
            "|birthday party|kids' school|hiking trip|apartment lease|taxes|insurance"
            "|marketing campaign|investment round|hiring plan|product roadmap"
            "|database migration|design review|book club|marathon training|office party"
            "|partnership|invoice|onboarding"
        ),
        "name": _w(
            "Olena Oleksandr Dmytro Taras Iryna Oksana Olga Anna Emma Oliver Olivia Jack "
            "Sophie Lukas Katarzyna Piotr Sarah Michael Stefan Marta Yaroslav Kateryna "
            "Sofia Maria Daniel Hannah Ostap Bohdan"
        ),
        "place": _p(
            "the café on Podil|Blue Bottle|the office|the new place near the station"
            "|Lviv Coffee Manufacture|the bakery on Khreshchatyk|their place"
            "|the Italian place|the coworking space|Alexanderplatz"
        ),
        "day": _p(
            "on Monday|on Tuesday|on Wednesday|on Thursday|on Friday|next week|tomorrow"
            "|after the holidays|at the end of the month"
        ),
        "doc": _p("draft|slides|contract|invoice|CV|photos|estimate|spec|report|offer letter"),
        "city": _p(
            "Kyiv|Lviv|Odesa|Berlin|Warsaw|Kraków|London|Lisbon|Vienna|Toronto|Sofia|Barcelona"
        ),
        "month": _p(
            "January|February|March|April|May|June|July|August|September|October|November|December"
        ),
        "hobby": _p(
            "climbing|football|chess|photography|yoga|gardening|fishing|running|board games"
            "|cycling|sailing|jazz"
        ),
    },
    "uk": {
        "topic": _p(
            "бюджет|договір|новий проєкт|пропозиція|квартальний звіт|переїзд|відпустка"
            "|ремонт|співбесіда|конференція|реліз|дедлайн|презентація|весілля"
            "|день народження|навчання дітей|подорож у Карпати|оренда квартири|податки"
            "|страхування|маркетингова кампанія|інвестиції|наймання|партнерство|рахунок"
        ),
        "topic_gen": _p(
            "бюджету|договору|нового проєкту|пропозиції|квартального звіту|переїзду"
            "|відпустки|ремонту|співбесіди|конференції|релізу|презентації|весілля"
            "|оренди квартири|податків|страхування|інвестицій|партнерства|рахунку"
        ),
        "topic_acc": _p(
            "бюджет|договір|новий проєкт|пропозицію|квартальний звіт|переїзд|відпустку"
            "|ремонт|співбесіду|конференцію|реліз|презентацію|весілля|оренду квартири"
            "|податки|страхування|інвестиції|партнерство|рахунок"
        ),
        "name": _w(
            "Олена Олександр Дмитро Тарас Ірина Оксана Ольга Анна Марія Іван Андрій "
            "Катерина Софія Ярослав Богдан Остап Юлія Наталія Михайло Йосип Олеся"
        ),
        "place": _p(
            "кав'ярні на Подолі|ресторані біля офісу|коворкінгу|парку Шевченка|«Світі кави»"
            "|офісі|піцерії на Лівому березі|книгарні «Є»"
        ),
        "day": _p(
            "у понеділок|у вівторок|у середу|у четвер|у п'ятницю|наступного тижня|завтра"
            "|після свят|в кінці місяця"
        ),
        "doc_acc": _p(
            "чернетку|презентацію|договір|рахунок|резюме|фото|кошторис|технічне завдання|звіт"
        ),
        "city_to": _p(
            "до Києва|до Львова|до Одеси|до Берліна|до Варшави|до Відня|до Лісабона|до Торонто"
        ),
        "city_gen": _p("Києва|Львова|Одеси|Берліна|Варшави|Відня|Харкова|Ужгорода"),
        "city_loc": ("у Києві", "у Львові", "в Одесі", "у Харкові", "у Дніпрі", "у Вінниці"),
        "month_loc": _p(
            "у січні|у лютому|у березні|у квітні|у травні|у червні|у липні|у серпні"
            "|у вересні|у жовтні|у листопаді|у грудні"
        ),
        "month_gen": _p(
            "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
        ),
        "weekday_gen": ("понеділка", "вівторка", "середи", "четверга", "п'ятниці"),
        "hobby_acc": _p(
            "футбол|гірський туризм|велосипед|шахи|фотографію|йогу|садівництво|риболовлю"
            "|біг|настільні ігри|джаз"
        ),
    },
    "ru": {
        "topic": _p(
            "бюджет|договор|новый проект|предложение|квартальный отчёт|переезд|отпуск"
            "|ремонт|собеседование|конференция|релиз|презентация|свадьба|день рождения"
            "|поездка в Грузию|аренда квартиры|налоги|страховка|инвестиции|партнёрство"
        ),
        "topic_gen": _p(
            "бюджета|договора|нового проекта|предложения|квартального отчёта|переезда"
            "|отпуска|ремонта|собеседования|конференции|релиза|презентации|аренды квартиры"
            "|налогов"
        ),
        "topic_acc": _p(
            "бюджет|договор|новый проект|предложение|квартальный отчёт|переезд|отпуск"
            "|ремонт|собеседование|конференцию|релиз|презентацию|свадьбу|аренду квартиры"
            "|налоги"
        ),
        "name": _w(
            "Елена Алексей Дмитрий Ольга Анна Мария Сергей Андрей Наталья Ирина Артём "
            "Фёдор Алёна Ксения Олег Юлия"
        ),
        "place": _p("кафе у офиса|коворкинге|ресторане на набережной|парке|офисе|кофейне на углу"),
        "day": _p(
            "в понедельник|во вторник|в среду|в четверг|в пятницу|на следующей неделе"
            "|завтра|после праздников"
        ),
        "doc_acc": _p("черновик|презентацию|договор|счёт|резюме|фото|смету|техзадание|отчёт"),
        "city_to": _p("в Ригу|в Тбилиси|в Алматы|в Берлин|в Варшаву|в Лиссабон|в Белград|в Ереван"),
        "city_gen": ("Риги", "Тбилиси", "Алматы", "Берлина", "Варшавы", "Еревана"),
        "month_loc": _p(
            "в январе|в феврале|в марте|в апреле|в мае|в июне|в июле|в августе|в сентябре"
            "|в октябре|в ноябре|в декабре"
        ),
        "month_gen": _p(
            "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
        ),
        "weekday_gen": ("понедельника", "вторника", "среды", "четверга", "пятницы"),
        "hobby_acc": _p(
            "футбол|походы|велосипед|шахматы|фотографию|йогу|рыбалку|бег|настольные игры"
        ),
    },
}

_SENTENCES = {
    "en": _p(
        "Talked about the {topic} and agreed on next steps."
        "|{name} asked for an update on the {topic}.|Agreed to meet again {day}."
        "|Sent over the {doc} for the {topic}."
        "|{name} says the kids are doing well at school."
        "|Quick catch-up over coffee at {place}."
        "|Need to follow up on the {topic} {day}."
        "|Shared feedback on the {topic}, mostly positive."
        "|They are thinking about moving to {city} in {month}."
        "|Recommended a podcast about {hobby}."
        "|Went through the numbers for the {topic} line by line."
        "|Still waiting for the signed {doc}."
        "|Mentioned an opening on {name}'s team, could be a good fit."
        "|Planning a trip to {city} together in {month}."
        "|Long chat about {hobby} and family."
        "|Promised to introduce {name} to someone who knows the {topic} well."
        "|{name} is back from {city} and full of ideas."
        "|Reminder: send the {doc} before {day}.|Congratulated them on the new role."
        "|Discussed the {topic}; decision postponed until {month}."
        "|Lunch at {place} was great, worth a second visit."
        "|Asked about the {topic}, needs approval from {name}."
        "|Shared photos from the {hobby} weekend."
        "|Everything is on track for the {topic}."
        "|Called about the {topic}, {name} will send details {day}."
        "|Birthday coming up in {month}, think of a gift ({hobby}?)."
    ),
    "uk": _p(
        "Обговорили {topic_acc} і домовилися про наступні кроки."
        "|{name} просить новин щодо {topic_gen}.|Домовилися зустрітися знову {day}."
        "|Надіслав {doc_acc} щодо {topic_gen}.|{name} каже, що діти добре вчаться."
        "|Випили кави в {place}, коротко поговорили."
        "|Треба повернутися до {topic_gen} {day}."
        "|Поділилися відгуками про {topic_acc}, загалом позитивно."
        "|Думають переїхати {city_to} {month_loc}.|Порадила подкаст про {hobby_acc}."
        "|Пройшлися по цифрах {topic_gen} рядок за рядком."
        "|Досі чекаємо на {doc_acc} з підписом."
        "|Згадали про вакансію в команді, можливо, підійде."
        "|Плануємо разом поїздку {city_to} {month_loc}."
        "|Довго говорили про {hobby_acc} і родину."
        "|Обіцяв познайомити з експертом щодо {topic_gen}."
        "|{name} повернулася з {city_gen} з купою ідей."
        "|Нагадування: надіслати {doc_acc} до {weekday_gen}.|Привітали з новою посадою."
        "|Обговорили {topic_acc}; рішення відклали до {month_gen}."
        "|Обід у {place} був чудовий, варто повернутися."
        "|Порадили стоматолога {city_loc}.|Щодо «{topic}» усе йде за планом."
        "|Зідзвонилися щодо {topic_gen}, {name} надішле деталі {day}."
        "|День народження {month_loc}, подумати про подарунок."
        "|Тема: {topic}. Чекаємо відповіді від {city_gen}."
    ),
    "ru": _p(
        "Обсудили {topic_acc} и договорились о следующих шагах."
        "|{name} просит новостей по теме «{topic}»."
        "|Договорились встретиться снова {day}.|Отправил {doc_acc} по теме «{topic}»."
        "|{name} говорит, что у детей всё хорошо в школе."
        "|Выпили кофе в {place}, коротко поговорили."
        "|Нужно вернуться к вопросу «{topic}» {day}."
        "|Думают переехать {city_to} {month_loc}.|Посоветовала подкаст про {hobby_acc}."
        "|Прошлись по цифрам {topic_gen} построчно."
        "|Планируем вместе поездку {city_to} {month_loc}."
        "|Долго говорили про {hobby_acc} и семью."
        "|{name} вернулась из {city_gen} с кучей идей."
        "|Напоминание: отправить {doc_acc} до {weekday_gen}."
        "|Поздравили с новой должностью."
        "|Обсудили {topic_acc}; решение отложили до {month_gen}."
        "|По теме «{topic}» всё идёт по плану."
        "|Созвонились по поводу {topic_gen}, {name} пришлёт детали {day}."
    ),
}

_SUBJECTS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "call": _p(
            "Call with {who}|Quick call about the {topic}|Catch-up call"
            "|Phone call re {topic}|Missed call from {who}|{who}: {topic}"
        ),
        "meeting": _p(
            "Coffee with {who}|Lunch with {who}|{Topic} review|Meeting: {topic}"
            "|Workshop on the {topic}|Dinner at {place}|1:1 with {who}"
        ),
        "message": _p(
            "Re: {topic}|Fwd: {doc}|{Topic}: next steps|Happy birthday!"
            "|Question about the {topic}|Photos from {city}|Thanks!"
        ),
        "note": ("Note: {topic}", "Ideas for the {topic}", "Gift ideas", "About {who}"),
    },
    "uk": {
        "call": (
            "Дзвінок: {who}",
            "Коротко про {topic_acc}",
            "Дзвінок щодо {topic_gen}",
            "{who}: {topic}",
            "Пропущений від {who}",
        ),
        "meeting": _p(
            "Кава, {who}|Обід — {who}|Зустріч: {topic}|Нарада щодо {topic_gen}"
            "|Вечеря в {place}|Зустріч {who}"
        ),
        "message": _p(
            "Re: {topic}|Фото з {city_gen}|З днем народження!|Питання щодо {topic_gen}"
            "|Дякую!|{Topic}: що далі"
        ),
        "note": ("Нотатка: {topic}", "Ідеї щодо {topic_gen}", "Ідеї подарунків", "Про {who}"),
    },
    "ru": {
        "call": (
            "Звонок: {who}",
            "Коротко про {topic_acc}",
            "Звонок по поводу {topic_gen}",
            "{who}: {topic}",
        ),
        "meeting": ("Кофе, {who}", "Обед — {who}", "Встреча: {topic}", "Созвон по теме «{topic}»"),
        "message": (
            "Re: {topic}",
            "Фото из {city_gen}",
            "С днём рождения!",
            "Спасибо!",
            "Вопрос по теме «{topic}»",
        ),
        "note": ("Заметка: {topic}", "Идеи подарков", "Про {who}"),
    },
}

_LIFE_EVENTS = {
    "new_job": {"en": "New job at {org}", "uk": "Нова робота: {org}", "ru": "Новая работа: {org}"},
    "moved": {"en": "Moved to {city}", "uk": "Переїзд: {city}", "ru": "Переезд: {city}"},
    "married": {"en": "Got married", "uk": "Весілля", "ru": "Свадьба"},
    "child": {"en": "Baby born", "uk": "Народилася дитина", "ru": "Родился ребёнок"},
    "graduated": {"en": "Graduated", "uk": "Закінчення навчання", "ru": "Окончание учёбы"},
    "promotion": {
        "en": "Promoted to {title}", "uk": "Підвищення: {title}", "ru": "Повышение: {title}",
    },
    "retired": {"en": "Retired", "uk": "Вихід на пенсію", "ru": "Вышел на пенсию"},
}  # fmt: skip

_LOCATIONS = _p(
                 "Кав'ярня «Світ кави», Київ|Lviv Coffee Manufacture|Office, 3rd floor|Zoom"
                 "|Google Meet|Microsoft Teams|Starbucks, Alexanderplatz|Коворкінг «Часопис»"
                 "|Пузата хата на Басейній|their place|у нас вдома|Café Central, Wien"
                 "|Restauracja Pod Aniołami|UNIT.City|Кафе «Пушкин»|WeWork Kings Place"
             )  # fmt: skip
_MET_PLACES = ("Lviv IT Arena", "Web Summit, Lisbon", "КПІ, Київ", "Book club", "Climbing gym",
               "Friends' wedding", "Kyiv Half Marathon", "Konferencja 4Developers, Warszawa",
               "Coworking", "Школа", "University", "Дитячий садок", "Neighbourhood")  # fmt: skip
_MET_CHANNELS = ("conference", "university", "work", "friends", "online", "school", "neighbours",
                 "sports", "через друзів", "на роботі")  # fmt: skip
_NOTES = {
    "en": ("Prefers e-mail over calls.", "Allergic to nuts.", "Great contact for {topic}.",
           "Has two kids; loves {hobby}.", "Met through {name}.",
           "Ask about the {topic} next time.", "Speaks German and Polish.",
           "**Important:** send a card in {month}."),
    "uk": ("Краще писати, ніж дзвонити.", "Алергія на горіхи.", "Добре знається на темі «{topic}».",
           "Двоє дітей, любить {hobby_acc}.", "Познайомив {name}.", "Спитати про {topic_acc}.",
           "**Важливо:** привітати {month_loc}."),
    "ru": ("Лучше писать, чем звонить.", "Любит {hobby_acc}.", "Спросить про {topic_acc}.",
           "Познакомил {name}."),
}  # fmt: skip
_TASKS = {
    "en": ("Call {who}", "Send the {doc} to {who}", "Check in with {who}",
           "Birthday card for {who}", "Follow up on the {topic}", "Book lunch with {who}",
           "Renew {topic} contract"),
    "uk": ("Подзвонити: {who}", "Надіслати {doc_acc} — {who}", "Привітати: {who}",
           "Нагадати про {topic_acc}", "Зустріч: {who}"),
    "ru": ("Позвонить: {who}", "Отправить {doc_acc} — {who}", "Напомнить про {topic_acc}"),
}  # fmt: skip
_RRULES = (None, None, "FREQ=MONTHLY;INTERVAL=3", "FREQ=WEEKLY;BYDAY=MO", "FREQ=YEARLY",
           "FREQ=MONTHLY", "FREQ=WEEKLY;INTERVAL=2", "FREQ=MONTHLY;BYDAY=1FR",
           "FREQ=DAILY;INTERVAL=7")  # fmt: skip
_ALARMS = (0, 10, 15, 60, 1440)

KINDS = ("message", "call", "meeting", "note", "life_event")
_KIND_WEIGHTS = (0.40, 0.27, 0.17, 0.152, 0.008)
_MESSAGE_CHANNELS = ("email", "telegram", "sms", "whatsapp", "signal", "viber", "linkedin",
                     "facebook", "instagram")  # fmt: skip
_MESSAGE_CHANNEL_W = (0.30, 0.25, 0.08, 0.12, 0.08, 0.08, 0.04, 0.03, 0.02)
_CALL_CHANNELS = ("phone", "video", "telegram", "whatsapp", "signal", "viber")
_CALL_CHANNEL_W = (0.5, 0.2, 0.12, 0.1, 0.04, 0.04)
_MEETING_MINUTES = (30, 45, 60, 60, 90, 120)
# local hour weights per kind (0-23)
_HOURS = {
    "message": (0, 0, 0, 0, 0, 0, 0, 1, 3, 6, 7, 7, 6, 6, 7, 7, 6, 6, 5, 5, 5, 4, 3, 1),
    "call": (0, 0, 0, 0, 0, 0, 0, 0, 2, 5, 8, 8, 6, 5, 7, 8, 7, 6, 4, 3, 2, 1, 0, 0),
    "meeting": (0, 0, 0, 0, 0, 0, 0, 0, 2, 6, 8, 7, 7, 5, 7, 7, 6, 4, 3, 3, 2, 0, 0, 0),
    "note": (0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 6, 6, 4, 2),
}
_SEASON = (0.78, 0.95, 1.15, 1.18, 1.05, 0.95, 0.85, 0.55, 1.2, 1.27, 1.2, 0.88)  # Jan..Dec
_WEEKDAY = (1.0, 1.05, 1.05, 1.0, 0.95, 0.42, 0.3)  # Mon..Sun


# -- helpers --------------------------------------------------------------------------------------

_FORMATTER = Formatter()
_LATIN_EXTRA = str.maketrans({"ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "đ": "d", "'": ""})


def _slots(template: str) -> list[str]:
    return [name for _, name, _, _ in _FORMATTER.parse(template) if name]


def _fill(
    rng: random.Random, template: str, slots: dict[str, tuple[str, ...]], **fixed: str
) -> str:
    values: dict[str, str] = {}
    for name in _slots(template):
        if name in fixed:
            values[name] = fixed[name]
        elif name[:1].isupper() and name.lower() in slots:
            values[name] = rng.choice(slots[name.lower()]).capitalize()
        else:
            values[name] = rng.choice(slots[name])
    return template.format(**values)


def _uid_prefix(rng: random.Random) -> str:
    """A UUID-shaped prefix; with a 12-hex-digit counter (the row id) it makes a unique uid."""
    return (
        f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}-"
        f"{0x8000 | rng.getrandbits(14):04x}-"
    )


@contextlib.contextmanager
def _none_adapter() -> Iterator[None]:
    """Bind None without the driver's adapter search.

    The driver looks for an adapter for every parameter that is not int, float, str or bytes;
    for None that search fails through two attribute lookups, about 2-5 µs a parameter (most of
    the staging time).  An adapter registered for NoneType returns None, which binds as NULL
    as before.  Installed only for the run, and only if nobody installed one already.
    """
    key = (type(None), sqlcipher.PrepareProtocol)  # the driver pcrm.store.engine uses
    adapters = sqlcipher.adapters
    if key in adapters:
        yield
        return
    adapters[key] = _none
    try:
        yield
    finally:
        if adapters.get(key) is _none:
            del adapters[key]


def _none(value: None) -> None:
    return value


class _Clock:
    """Epoch seconds to the text form UTCDateTime stores, formatted once per day and second."""

    _EPOCH = date(1970, 1, 1)

    def __init__(self) -> None:
        self._days: dict[int, str] = {}
        self._seconds = [
            f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.000000" for s in range(86_400)
        ]

    def text(self, ts: int) -> str:
        day, second = divmod(ts, 86_400)
        prefix = self._days.get(day)
        if prefix is None:
            prefix = (self._EPOCH + timedelta(days=day)).isoformat() + " "
            self._days[day] = prefix
        return prefix + self._seconds[second]

    @classmethod
    def epoch(cls, moment: datetime) -> int:
        return int(moment.timestamp())


def fast_fold(samples: Sequence[str]) -> Callable[[str | None], str | None]:
    """A function equal to :func:`fold_for_index` on ``samples`` but cheaper, or that function.

    ``fold_for_index`` maps single Cyrillic letters onto others with ``str.translate`` and a
    dict, about 9 µs for a Cyrillic sentence; a handful of ``str.replace`` calls after a
    ``str.isascii`` check does the same in under 1 µs.  The mapping is read from
    ``fold_for_index`` itself and the result is checked on every sample, so a change there can
    only make this fall back to it.
    """
    mapping: dict[str, str] = {}
    for code in range(0x0400, 0x0500):
        char = chr(code)
        base = fold_for_index(char)
        if base is None or len(base) != 1:
            return fold_for_index
        if base != char:
            mapping[char] = base
    if any(v in mapping for v in mapping.values()):
        return fold_for_index
    pairs = tuple(mapping.items())
    ascii_text = "".join(chr(c) for c in range(128))
    if fold_for_index(ascii_text) != ascii_text:
        return fold_for_index

    def folded(text: str | None) -> str | None:
        if text is None or text.isascii():
            return text
        for char, base in pairs:
            if char in text:
                text = text.replace(char, base)
        return text

    if any(folded(s) != fold_for_index(s) for s in samples):
        return fold_for_index
    return folded


# -- phones ---------------------------------------------------------------------------------------

_UA_OPERATORS = ("50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99")


def _phone(rand: Callable[[], float], plan: str) -> tuple[str, str, str]:
    """(typed form, the E.164 it should normalise to, the name of the format)."""

    def r(low: int, high: int | None = None) -> int:
        if high is None:
            return int(rand() * low)
        return low + int(rand() * (high - low))

    if plan == "ua":
        op, a, b, c = _UA_OPERATORS[r(len(_UA_OPERATORS))], r(100, 1000), r(100), r(100)
        form = r(5)
        typed = (
            f"+380 {op} {a} {b:02d} {c:02d}", f"0{op} {a} {b:02d} {c:02d}",
            f"+38 (0{op}) {a}-{b:02d}-{c:02d}", f"0{op}{a}{b:02d}{c:02d}",
            f"+380{op}{a}{b:02d}{c:02d}",
        )[form]  # fmt: skip
        return typed, f"+380{op}{a}{b:02d}{c:02d}", f"ua{form}"
    if plan == "ru":
        ru_code, a, b, c = r(900, 1000), r(100, 1000), r(100), r(100)
        form = r(3)
        typed = (f"+7 {ru_code} {a}-{b:02d}-{c:02d}", f"+7 ({ru_code}) {a}-{b:02d}-{c:02d}",
                 f"+7{ru_code}{a}{b:02d}{c:02d}")[form]  # fmt: skip
        return typed, f"+7{ru_code}{a}{b:02d}{c:02d}", f"ru{form}"
    if plan == "bg":
        op, a, b = "789"[r(3)], r(100, 1000), r(1000, 10000)
        return f"+359 8{op} {a} {b}", f"+3598{op}{a}{b}", "bg"
    if plan == "de":
        if rand() < 0.7:
            op, a = ("151", "152", "160", "170", "176")[r(5)], r(10**7, 10**8)
            return f"+49 {op} {a}", f"+49{op}{a}", "de-mobile"
        a = r(10**7, 10**8)
        return f"+49 30 {a}", f"+4930{a}", "de-berlin"
    if plan == "pl":
        a, b, c = r(500, 900), r(100, 1000), r(100, 1000)
        if rand() < 0.5:
            return f"+48 {a} {b} {c}", f"+48{a}{b}{c}", "pl0"
        return f"+48 {a}-{b}-{c}", f"+48{a}{b}{c}", "pl1"
    if plan == "en":
        roll = rand()
        if roll < 0.5:
            area, a, b = ("212", "415", "617", "312", "646", "347")[r(6)], r(200, 1000), r(10000)
            return f"+1 ({area}) {a}-{b:04d}", f"+1{area}{a}{b:04d}", "us"
        if roll < 0.8:
            a, b = r(100, 1000), r(100000, 1000000)
            return f"+44 7{a} {b}", f"+447{a}{b}", "uk-mobile"
        a, b = r(1000, 10000), r(1000, 10000)
        return f"+44 20 {a} {b}", f"+4420{a}{b}", "uk-london"
    if plan == "fr":
        a, b, c, d = r(100), r(100), r(100), r(100)
        return f"+33 6 {a:02d} {b:02d} {c:02d} {d:02d}", f"+336{a:02d}{b:02d}{c:02d}{d:02d}", "fr"
    a, b, c = r(10, 100), r(100, 1000), r(100, 1000)
    return f"+34 6{a} {b} {c}", f"+346{a}{b}{c}", "es"


def _table(values: Sequence[Any], weights: Sequence[float], size: int = 1000) -> list[Any]:
    """``values`` repeated in proportion to ``weights``: a weighted pick is one index."""
    total = float(sum(weights))
    out: list[Any] = []
    for value, weight in zip(values, weights, strict=True):
        out += [value] * round(size * weight / total)
    return out or list(values)


# -- the plan of one contact ----------------------------------------------------------------------


@dataclass
class _Person:
    culture: int
    female: bool
    given: str
    family: str | None
    family_stem: int  # index into the culture's surnames (-1: none)
    middle: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    nickname: str | None = None
    display_custom: str | None = None
    relative: int = -1  # index of an earlier person of the same family


_KIND = {name: code for code, name in enumerate(KINDS)}
_MESSAGE, _CALL, _MEETING, _NOTE, _LIFE = (_KIND[k] for k in KINDS)


class _Builder:
    def __init__(
        self,
        services: Services,
        contacts: int,
        interactions: int,
        seed: int,
        progress: Progress | None,
    ) -> None:
        self.services = services
        self.n_contacts = contacts
        self.n_interactions = interactions
        self.seed = seed
        self.rng = random.Random(seed)
        self._progress = progress
        self.counts: dict[str, int] = dict.fromkeys(_TABLES, 0)
        self.clock = _Clock()
        self.now = services.clock.now().astimezone(UTC)
        zone = services.clock.zone()
        self.zone: tzinfo = zone
        self.zone_name = str(getattr(zone, "key", None) or zone)
        self.names: dict[tuple[Any, ...], tuple[str, str, str]] = {}
        self.ascii: dict[tuple[str, bool], str] = {}
        self.phone_formats: dict[str, bool] = {}  # format -> its E.164 equals to_e164's
        self.sentences: dict[str, list[str]] = {}
        self.subjects: dict[str, dict[int, list[str]]] = {}
        self.people: list[_Person] = []
        self.contact_ids: list[int] = []
        self.org_ids: list[int] = []
        self.org_names: list[str] = []
        self.org_domains: list[str] = []
        self.org_culture: list[int] = []
        self.org_members: dict[int, list[int]] = {}
        self.group_ids: list[int] = []
        self.custom_fields: list[tuple[int, str, tuple[str, ...]]] = []
        self.relationship_types: dict[str, int] = {}
        self.bases: dict[str, int] = {}
        self.last: list[int] = []
        self.timeline_ts = array("q")
        self.timeline_kind = bytearray()
        self.timeline_offsets = array("i")
        self.timeline_parts = array("i")
        self.lang_tables: list[list[str]] = []
        self.call_channels: list[str] = []
        self.message_channels: list[str] = []
        self.call_durations: list[int] = []
        self.conn: Connection | None = None
        self.dbapi: Any = None
        self._staged: set[str] = set()

    # -- plumbing ---------------------------------------------------------------------------------

    def progress(self, stage: str, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(stage, done, total)

    def sql(self, statement: str) -> Any:
        return self.dbapi.execute(statement)

    def count(self, table: str, n: int) -> None:
        self.counts[table] = self.counts.get(table, 0) + n

    def bulk(
        self,
        table: str,
        columns: Sequence[str],
        rows: list[Row],
        computed: Sequence[tuple[str, str]] = (),
        *,
        stage_only: Sequence[str] = (),
        then: Sequence[str] = (),
    ) -> None:
        """Write ``rows`` through a TEMP staging table and one ``INSERT … SELECT``.

        ``computed`` adds (column, SQL expression over the staged columns) pairs, for what
        SQLite fills in cheaper than Python binds (uids, copies of a column, constants);
        ``stage_only`` columns are staged but not written to ``table``; ``then`` are more
        statements over the staged rows (``{stage}``) before they are cleared.
        """
        if not rows:
            return
        stage = f"pcrm_demo_{table}"
        if stage not in self._staged:
            self.sql(f"DROP TABLE IF EXISTS temp.{stage}")
            quoted = ", ".join(f'"{c}"' for c in columns)
            self.sql(f"CREATE TEMP TABLE {stage} ({quoted})")
            self._staged.add(stage)
        marks = ", ".join("?" * len(columns))
        self.dbapi.executemany(f"INSERT INTO temp.{stage} VALUES ({marks})", rows)  # noqa: S608
        written = [f'"{c}"' for c in columns if c not in stage_only]
        targets = ", ".join(written + [f'"{c}"' for c, _ in computed])
        sources = ", ".join(written + [expr for _, expr in computed])
        # table and column names are this module's constants, never input
        self.sql(
            f"INSERT INTO main.{table} ({targets}) SELECT {sources}"  # noqa: S608
            f" FROM temp.{stage} ORDER BY rowid"
        )
        for statement in then:
            self.sql(statement.format(stage=f"temp.{stage}"))
        self.sql(f"DELETE FROM temp.{stage}")  # noqa: S608
        self.count(table, len(rows))

    def direct(self, table: str, columns: Sequence[str], rows: list[Row]) -> None:
        """Plain ``executemany``, for tables without search triggers."""
        if not rows:
            return
        cols = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" * len(columns))
        insert_sql = f"INSERT INTO main.{table} ({cols}) VALUES ({marks})"  # noqa: S608
        self.dbapi.executemany(insert_sql, rows)
        self.count(table, len(rows))

    def core(self, model: Any, rows: list[dict[str, Any]]) -> None:
        """A small table through the ORM's types (JSON, UTCDateTime): a Core bulk insert."""
        assert self.conn is not None
        if rows:
            self.conn.execute(insert(model), rows)
            self.count(model.__tablename__, len(rows))

    @contextlib.contextmanager
    def bulk_transaction(self) -> Iterator[None]:
        """One transaction of the load: deferred foreign keys (children may come before their
        contact) and FTS5 merging put off, its defaults back before the commit."""
        assert self.conn is not None
        with self.conn.begin():
            self.sql("PRAGMA defer_foreign_keys = ON")
            self.fts_settings(loading=True)
            yield
            self.fts_settings(loading=False)

    def fts_settings(self, *, loading: bool) -> None:
        for table in _FTS_TABLES:
            for name, bulk, default in _FTS_BULK_SETTINGS:
                value = bulk if loading else default
                self.sql(f"INSERT INTO {table}({table}, rank) VALUES('{name}', {value})")

    def max_id(self, model: Any) -> int:
        assert self.conn is not None
        return int(self.conn.scalar(select(func.coalesce(func.max(model.id), 0))) or 0)

    # -- names and keys ---------------------------------------------------------------------------

    def keys(self, p: _Person, email: str | None) -> tuple[str, str, str]:
        """(display_name, sort_key, name_latin) exactly as ContactService computes them."""
        key = (p.prefix, p.given, p.middle, p.family, p.suffix, p.nickname, p.display_custom)
        found = self.names.get(key)
        if found is None:
            name = PersonName(p.prefix, p.given, p.middle, p.family, p.suffix, p.nickname)
            shown = display_name_for(name, p.display_custom, fallback=email)
            sort, latin = search_keys(name, shown)
            found = (shown, sort, latin)
            self.names[key] = found
        return found

    def ascii_name(self, text: str, cyrillic: bool, russian: bool = False) -> str:
        """A name as it goes into an e-mail address or a handle: "Олена" → "olena"."""
        key = (text, russian)
        found = self.ascii.get(key)
        if found is None:
            if cyrillic:
                readings = transliterations(text).split() or [text]
                found = readings[-1] if russian else readings[0]
            else:
                found = fold(text).translate(_LATIN_EXTRA)
            found = re.sub(r"[^a-z0-9]", "", found.lower())
            self.ascii[key] = found
        return found

    def normalized_phone(self, typed: str, e164: str, form: str) -> str | None:
        """What ``phones.to_e164(typed)`` returns: asked once per format, then trusted."""
        ok = self.phone_formats.get(form)
        if ok is None:
            ok = phones.to_e164(typed) == e164
            self.phone_formats[form] = ok
        return e164 if ok else phones.to_e164(typed)

    # -- the run ----------------------------------------------------------------------------------

    def run(self) -> dict[str, int]:
        gc_was_enabled = gc.isenabled()
        gc.disable()  # millions of tuples: the cyclic collector would walk them again and again
        try:
            with self.services.db.engine.connect() as conn:
                self.conn = conn
                self.dbapi = conn.connection.driver_connection
                self.build_text_pools()
                self.dbapi.create_function(
                    "pcrm_fold", 1, fast_fold(self.samples()), deterministic=True
                )
                cache_size = int(self.sql("PRAGMA cache_size").fetchone()[0])
                self.sql(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}")
                # WAL with synchronous=NORMAL loses no integrity, only the durability of the
                # last commits on power loss: fine while loading, FULL again afterwards
                synchronous = self.sql("PRAGMA synchronous").fetchone()[0]
                self.sql("PRAGMA synchronous = NORMAL")
                try:
                    with _none_adapter():
                        return self._run()
                finally:
                    self.sql(f"PRAGMA cache_size = {cache_size}")
                    self.sql(f"PRAGMA synchronous = {int(synchronous)}")
                    self.dbapi.create_function("pcrm_fold", 1, fold_for_index, deterministic=True)
                    for stage in sorted(self._staged):
                        self.sql(f"DROP TABLE IF EXISTS temp.{stage}")
        finally:
            if gc_was_enabled:
                gc.enable()

    def samples(self) -> list[str]:
        """Every string the generator may write, to check the fast fold against the real one."""
        out = [s for pool in self.sentences.values() for s in pool]
        out += [s for by_kind in self.subjects.values() for pool in by_kind.values() for s in pool]
        for c in CULTURES:
            out += [*c.given_m, *c.given_f, *(x for pair in c.family for x in pair)]
            out += [x for pair in c.patronymics for x in pair] + list(c.middles)
            for city in c.cities:
                out += [city.name, city.country, city.region or "", *city.streets]
        out += (
            list(_NICKNAMES.values()) + list(_LOCATIONS) + list(_MET_PLACES) + list(_MET_CHANNELS)
        )
        out += list(_TITLES_UK) + list(_TITLES_RU) + list(_TITLES_DE) + list(_DEPARTMENTS)
        out += (
            list(_ORG_UA) + list(_ORG_RU) + list(_ORG_BG) + list(_UNIVERSITIES) + list(_ORG_SUFFIX)
        )
        for lang in _NOTES.values():
            out += list(lang)
        for events in _LIFE_EVENTS.values():
            out += list(events.values())
        for _name, _kind, choices in CUSTOM_FIELDS:
            out += list(choices)
        return out

    def _run(self) -> dict[str, int]:
        assert self.conn is not None
        conn = self.conn
        with conn.begin():
            models = (m.Contact, m.Organisation, m.Group, m.ImportantDate, m.Interaction, m.Task)
            self.bases = {model.__tablename__: self.max_id(model) for model in models}
        self.progress("plan", 0, 2)
        self.plan_people()
        self.progress("plan", 1, 2)
        self.plan_timeline()
        self.progress("plan", 2, 2)
        with self.bulk_transaction():
            self.write_organisations()
            self.write_groups_and_fields()
            self.write_contacts()
        self.write_timeline()
        with conn.begin():
            self.write_tasks()
        self.progress("optimize", 0, 1)
        # One merge of each index's segments: prefix queries at a million interactions went from
        # 2.2 to 1.6 ms (median; p95 9.4 to 7.5).  PRAGMA optimize (ANALYZE) changed nothing
        # measurable and may change other plans, so it is not run.
        with conn.begin():
            for table in _FTS_TABLES:
                self.sql(f"INSERT INTO {table}({table}) VALUES('optimize')")
        self.sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.progress("optimize", 1, 1)
        result = dict(sorted(self.counts.items()))
        result["busy_contact_id"] = self.contact_ids[0]
        return result

    # -- text -------------------------------------------------------------------------------------

    def build_text_pools(self) -> None:
        rng = random.Random(self.seed * 31 + 7)
        for lang, templates in _SENTENCES.items():
            size = 2500 if lang != "ru" else 1200
            self.sentences[lang] = [
                _fill(rng, rng.choice(templates), _SLOTS[lang]) for _ in range(size)
            ]
        for lang, by_kind in _SUBJECTS.items():
            self.subjects[lang] = {
                _KIND[kind]: [
                    _fill(rng, rng.choice(templates), _SLOTS[lang], who="{who}") for _ in range(150)
                ]
                for kind, templates in by_kind.items()
            }

    # -- people -----------------------------------------------------------------------------------

    def plan_people(self) -> None:
        rng = self.rng
        rand = rng.random

        def pick(seq: Sequence[Any]) -> Any:
            return seq[int(rand() * len(seq))]

        n = self.n_contacts
        base = self.bases["contacts"]
        self.contact_ids = list(range(base + 1, base + n + 1))
        cultures = _table(range(len(CULTURES)), [c.weight for c in CULTURES])
        people = self.people
        busy_culture = _CULTURE_INDEX["uk"]
        busy_stem = next(
            j for j, pair in enumerate(CULTURES[busy_culture].family) if pair[0] == BUSY_FAMILY
        )
        people.append(_Person(busy_culture, True, BUSY_GIVEN, BUSY_FAMILY, busy_stem))
        for i in range(1, n):
            ci = pick(cultures)
            c = CULTURES[ci]
            female = rand() < 0.5
            stem = int(rand() * len(c.family))
            relative = -1
            if i > 2 and rand() < 0.15:
                # a relative of someone planned recently: same culture, same family name
                j = i - 1 - int(rand() * min(i - 2, 50))
                if people[j].family_stem >= 0:
                    relative = j
                    ci, stem = people[j].culture, people[j].family_stem
                    c = CULTURES[ci]
            p = _Person(ci, female, pick(c.given_f if female else c.given_m),
                        c.family[stem][1 if female else 0], stem, relative=relative)  # fmt: skip
            roll = rand()
            if c.patronymics and roll < 0.12:
                p.middle = pick(c.patronymics)[1 if female else 0]
            elif c.middles and roll < 0.1:
                p.middle = pick(c.middles)
            if not c.cyrillic and rand() < 0.02:
                p.prefix = pick(("Dr", "Prof.", "Dr."))
            if c.key == "en" and not female and rand() < 0.01:
                p.suffix = pick(("Jr.", "III", "Sr."))
            if rand() < 0.06 and p.given in _NICKNAMES:
                p.nickname = _NICKNAMES[p.given]
            roll = rand()
            if roll < 0.004:
                label = pick(("сусідка", "з йоги", "neighbour", "from the gym", "бухгалтер"))
                p.display_custom = f"{p.given} ({label})"
            elif roll < 0.008:
                p.family, p.family_stem = None, -1  # a given name only
            people.append(p)

    # -- the timeline plan ------------------------------------------------------------------------

    def plan_timeline(self) -> None:
        """When each interaction happens, its kind and its participants; not yet its text.

        Planned before any contact is written so that each contact's ``last_interaction_at``
        goes in with it.  Interactions come out in chronological order.
        """
        rng = random.Random(self.seed * 104_729 + 3)
        rand = rng.random
        total = self.n_interactions
        n = self.n_contacts
        busy_total = (
            (BUSY_INTERACTIONS if total >= 2 * BUSY_INTERACTIONS else total // 2) if n > 1 else 0
        )
        local_today = self.now.astimezone(self.zone).date()
        first = local_today - timedelta(days=365 * YEARS + YEARS // 4)
        days = [first + timedelta(days=d) for d in range((local_today - first).days)]
        weights = []
        for index, day in enumerate(days):
            w = _SEASON[day.month - 1] * _WEEKDAY[day.weekday()] * (0.6 + 0.8 * index / len(days))
            if (day.month == 12 and day.day >= 24) or (day.month == 1 and day.day <= 8):
                w *= 0.35
            weights.append(w)
        per_day = [0] * len(days)
        for d in rng.choices(range(len(days)), weights=weights, k=total):
            per_day[d] += 1
        kind_table = _table(range(len(KINDS)), _KIND_WEIGHTS)
        hours = {_KIND[k]: _table(range(24), w, 960) for k, w in _HOURS.items()}

        # how often each contact turns up: a long tail, a third of the address book dormant
        cum_activity: list[float] = [0.0]
        acc = 0.0
        for _ in range(n - 1):
            acc += math.exp(rng.gauss(0, 1.2)) * (0.04 if rand() < 0.35 else 1.0)
            cum_activity.append(acc)
        busy = bytearray(total)
        for i in rng.sample(range(total), busy_total):
            busy[i] = 1

        ts = array("q", bytes(8 * total))
        kind_of = bytearray(total)
        offsets = array("i", bytes(4 * (total + 1)))
        parts = array("i")
        last = [-1] * n
        # participants other than the busy contact (index 0 has weight 0: never drawn)
        pool_size = 100_000
        pool: list[int] = []
        pool_at = pool_size
        population = range(n)
        i = 0
        for d, count in enumerate(per_day):
            if not count:
                continue
            day = days[d]
            noon = datetime(day.year, day.month, day.day, 12, tzinfo=self.zone)
            offset = noon.utcoffset() or timedelta(0)
            midnight = (day - _Clock._EPOCH).days * 86_400 - int(offset.total_seconds())
            planned = []
            for _ in range(count):
                kind = kind_table[int(rand() * len(kind_table))]
                if kind == _LIFE:
                    second = 0
                else:
                    table = hours[kind]
                    second = table[int(rand() * len(table))] * 3600
                    second += int(rand() * 4) * 900 if kind == _MEETING else int(rand() * 3600)
                planned.append(second * 8 + kind)
            planned.sort()
            for code in planned:
                second, kind = divmod(code, 8)
                moment = midnight + second
                ts[i] = moment
                kind_of[i] = kind
                roll = rand()
                if kind == _MEETING:
                    size = (1 if roll < 0.4 else 2 if roll < 0.65 else 3 if roll < 0.8 else
                            4 if roll < 0.9 else 5 + int(rand() * 4))  # fmt: skip
                elif kind in (_LIFE, _NOTE):
                    size = 1
                else:
                    size = 1 if roll < 0.86 else 2 if roll < 0.96 else 3
                if n == 1:
                    chosen = [0]
                elif size == 1 and not busy[i]:  # the common case, kept short
                    if pool_at == pool_size:
                        pool, pool_at = (
                            rng.choices(population, cum_weights=cum_activity, k=pool_size),
                            0,
                        )
                    c = pool[pool_at]
                    pool_at += 1
                    parts.append(c)
                    last[c] = moment
                    i += 1
                    offsets[i] = len(parts)
                    continue
                else:
                    chosen = [0] if busy[i] else []
                    size = min(size, n)
                    attempts = 0
                    while len(chosen) < size and attempts < 20:
                        attempts += 1
                        if pool_at == pool_size:
                            pool, pool_at = (
                                rng.choices(population, cum_weights=cum_activity, k=pool_size),
                                0,
                            )
                        c = pool[pool_at]
                        pool_at += 1
                        if c not in chosen:
                            chosen.append(c)
                for c in chosen:
                    parts.append(c)
                    last[c] = moment
                i += 1
                offsets[i] = len(parts)
        self.timeline_ts, self.timeline_kind = ts, kind_of
        self.timeline_offsets, self.timeline_parts = offsets, parts
        self.last = last

    # -- organisations, groups, custom fields ------------------------------------------------------

    def write_organisations(self) -> None:
        rng = self.rng
        count = max(5, min(350, self.n_contacts // 250 + 5))
        base = self.bases["organisations"]
        prefix = _uid_prefix(rng)
        rows = []
        span = timedelta(days=365 * YEARS)
        culture_table = _table(range(len(CULTURES)), [c.weight for c in CULTURES])
        for k in range(count):
            oid = base + k + 1
            parent = None
            culture = rng.choice(culture_table)
            ck = CULTURES[culture].key
            if k >= 20 and rng.random() < 0.12:
                p = rng.randrange(k)
                parent = base + p + 1
                name = f"{self.org_names[p]} {rng.choice(_ORG_SUFFIX)}"
                domain = self.org_domains[p]
                culture = self.org_culture[p]
            elif rng.random() < 0.06:
                name = rng.choice(_UNIVERSITIES)
                cyrillic = bool(re.search("[а-яіїє]", name.lower()))
                domain = self.ascii_name(name.split()[0], cyrillic) + ".edu"
            elif ck == "uk":
                word = rng.choice(_ORG_UA).replace("_", " ")
                name = f"{rng.choice(_ORG_UA_FORM)} «{word}»"
                domain = self.ascii_name(word.split()[0], True) + rng.choice(
                    (".ua", ".com.ua", ".com")
                )
            elif ck == "ru":
                word = rng.choice(_ORG_RU).replace("_", " ")
                name = f"ООО «{word}»"
                domain = self.ascii_name(word.split()[0], True, True) + ".com"
            elif ck == "bg":
                word = rng.choice(_ORG_BG).replace("_", " ")
                name = f"{word} ООД"
                domain = self.ascii_name(word.split()[0], True, True) + ".bg"
            elif ck == "de":
                first = rng.choice(_ORG_DE)
                name = (
                    f"{first} {rng.choice(_ORG_DE_B)} {rng.choice(('GmbH', 'AG', 'GmbH & Co. KG'))}"
                )
                domain = self.ascii_name(first, False) + ".de"
            elif ck == "pl":
                first = rng.choice(_ORG_PL)
                name = f"{first} {rng.choice(_ORG_PL_B)} {rng.choice(('sp. z o.o.', 'S.A.'))}"
                domain = self.ascii_name(first, False) + ".pl"
            else:
                a, b = rng.choice(_ORG_EN_A), rng.choice(_ORG_EN_B)
                name = f"{a} {b} {rng.choice(_ORG_EN_C)}".strip()
                domain = f"{a.lower()}{b.lower()}.com"
            created = self.now - span * rng.random()
            rows.append({
                "id": oid, "uid": f"{prefix}{oid:012x}", "name": name,
                "department": rng.choice(_DEPARTMENTS) if rng.random() < 0.05 else None,
                "website": f"https://{domain}" if rng.random() < 0.8 else None,
                "notes": "Key account." if rng.random() < 0.03 else None,
                "parent_id": parent, "deleted_at": None, "created_at": created,
                "updated_at": created,
            })  # fmt: skip
            self.org_ids.append(oid)
            self.org_names.append(name)
            self.org_domains.append(domain)
            self.org_culture.append(culture)
        self.core(m.Organisation, rows)

    def write_groups_and_fields(self) -> None:
        assert self.conn is not None
        rng = self.rng
        base = self.bases["groups"]
        prefix = _uid_prefix(rng)
        count = len(GROUPS) if self.n_contacts >= 200 else max(3, self.n_contacts // 20)
        created = self.now - timedelta(days=365 * YEARS)
        rows = [
            {"id": base + k + 1, "uid": f"{prefix}{base + k + 1:012x}", "name": name,
             "colour": colour, "query": None, "position": k, "deleted_at": None,
             "created_at": created, "updated_at": created}
            for k, (name, colour) in enumerate(GROUPS[:count])
        ]  # fmt: skip
        self.core(m.Group, rows)
        self.group_ids = [base + k + 1 for k in range(len(rows))]

        d = m.CustomFieldDef
        existing = {name: kind for name, kind in self.conn.execute(select(d.name, d.field_type))}
        position = len(existing)
        new = []
        for name, kind, choices in CUSTOM_FIELDS:
            if name not in existing:
                choice = kind == CustomFieldType.CHOICE.value
                new.append({"name": name, "field_type": kind,
                            "choices": list(choices) if choice else None,
                            "position": position})  # fmt: skip
                position += 1
        self.core(d, new)
        by_name = {name: int(fid) for name, fid in self.conn.execute(select(d.name, d.id))}
        self.custom_fields = [
            (by_name[name], kind, choices)
            for name, kind, choices in CUSTOM_FIELDS
            if existing.get(name, kind) == kind
        ]
        rt = m.RelationshipType
        self.relationship_types = {
            key: int(i) for key, i in self.conn.execute(select(rt.key, rt.id))
        }

    # -- contacts ---------------------------------------------------------------------------------

    def write_contacts(self) -> None:
        rng = self.rng
        rand = rng.random

        def pick(seq: Sequence[Any]) -> Any:
            return seq[int(rand() * len(seq))]

        def below(high: int, low: int = 0) -> int:
            return low + int(rand() * (high - low))

        n = self.n_contacts
        ids = self.contact_ids
        people = self.people
        text = self.clock.text
        now_ts = _Clock.epoch(self.now)
        span = 365 * YEARS * 86_400
        prefix = _uid_prefix(rng)
        date_prefix = _uid_prefix(rng)
        base_date = self.bases["important_dates"]
        date_count = 0
        contact_cols = _p(
                           "id|prefix|given|middle|family|suffix|nickname|display_name|display_name_custom"
                           "|sort_key|name_latin|notes|cadence_days|time_zone|is_favourite|is_archived"
                           "|deleted_at|met_on|met_place|met_channel|met_notes|introduced_by_id"
                           "|last_interaction_at|created_at|updated_at"
                       )  # fmt: skip
        contact_computed = (("uid", f"printf('%s%012x', '{prefix}', id)"),)
        field_cols = ("contact_id", "kind", "service", "label", "value", "normalized",
                      "is_preferred", "position")  # fmt: skip
        address_cols = ("contact_id", "label", "is_preferred", "street", "locality", "region",
                        "postal_code", "country", "position")  # fmt: skip
        affiliation_cols = ("contact_id", "organisation_id", "title", "role", "department",
                            "start_date", "end_date", "is_primary", "position")  # fmt: skip
        custom_cols = ("contact_id", "field_id", "value_text", "value_number", "value_date")
        date_cols = ("id", "uid", "contact_id", "kind", "label", "year", "month", "day", "remind",
                     "position")  # fmt: skip
        contacts: list[Row] = []
        fields: list[Row] = []
        addresses: list[Row] = []
        affiliations: list[Row] = []
        customs: list[Row] = []
        dates: list[Row] = []
        members: list[Row] = []
        relations: dict[tuple[int, int, int], Row] = {}
        rt = self.relationship_types
        married: set[int] = set()
        org_count = len(self.org_ids)
        org_ids, org_domains, org_members = self.org_ids, self.org_domains, self.org_members
        org_by_culture: dict[int, list[int]] = {}
        for k, culture in enumerate(self.org_culture):
            org_by_culture.setdefault(culture, []).append(k)
        group_ids = self.group_ids
        custom_fields = self.custom_fields
        today = self.now.date().toordinal()
        titles_by = {"uk": _TITLES_UK, "ru": _TITLES_RU, "bg": _TITLES_RU, "de": _TITLES_DE}

        def relate(a: int, b: int, key: str, when: str) -> None:
            if a != b and key in rt:
                relations.setdefault((a, b, rt[key]), (a, b, rt[key], None, when))

        def flush() -> None:
            # children first: the contacts' insert trigger then builds each search document once
            self.bulk("contact_fields", field_cols, fields)
            self.bulk("postal_addresses", address_cols, addresses)
            self.bulk("custom_field_values", custom_cols, customs)
            self.bulk("affiliations", affiliation_cols, affiliations)
            self.bulk("contacts", contact_cols, contacts, contact_computed)
            self.direct("important_dates", date_cols, dates)
            self.direct("group_members", ("group_id", "contact_id", "added_at"), members)
            for rows in (fields, addresses, customs, affiliations, contacts, dates, members):
                rows.clear()

        for i, p in enumerate(people):
            cid = ids[i]
            c = CULTURES[p.culture]
            russian = c.key in ("ru", "bg")
            busy = i == 0
            created_ts = now_ts - span + int(rand() * (span - 86_400))
            created_ts += 6 * 3600 + int(rand() * 14 * 3600) - created_ts % 86_400  # daytime
            created = text(created_ts)
            # phones, e-mails, messengers, profiles
            position = 0
            g_ascii = self.ascii_name(p.given, c.cyrillic, russian)
            f_ascii = self.ascii_name(p.family, c.cyrillic, russian) if p.family else ""
            roll = rand()
            phone_count = (
                1 if busy else 0 if roll < 0.1 else 1 if roll < 0.75 else 2 if roll < 0.95 else 3
            )
            first_phone = None
            for k in range(phone_count):
                typed, e164, form = _phone(rand, c.phone if k == 0 or rand() < 0.8 else "ua")
                first_phone = first_phone or typed
                label = "mobile" if k == 0 else pick(("work", "home", "mobile"))
                normalized = self.normalized_phone(typed, e164, form)
                preferred = int(k == 0 and phone_count > 1 and rand() < 0.7)
                fields.append((cid, "phone", None, label, typed, normalized, preferred, position))
                position += 1
            roll = rand()
            email_count = 1 if busy else 0 if roll < 0.2 else 1 if roll < 0.8 else 2
            first_email = None
            for k in range(email_count):
                roll = rand()
                local = (
                    f"{g_ascii}.{f_ascii}" if roll < 0.4 and f_ascii else
                    f"{g_ascii}{f_ascii}" if roll < 0.55 else
                    f"{g_ascii[:1]}{f_ascii or g_ascii}" if roll < 0.7 else
                    f"{g_ascii}_{f_ascii}{below(100)}" if roll < 0.85 else
                    f"{g_ascii}{below(2006, 1970)}"
                )  # fmt: skip
                work = k == 1 and org_count > 0
                address = f"{local}@{pick(org_domains) if work else pick(c.mail)}"
                if rand() < 0.05:
                    address = address.capitalize()
                first_email = first_email or address
                label = "work" if work else pick(("home", None))
                preferred = int(k == 0 and email_count > 1)
                fields.append((cid, "email", None, label, address, address.lower(), preferred,
                               position))  # fmt: skip
                position += 1
            if busy or rand() < (0.45 if c.cyrillic else 0.1):
                value = f"@{g_ascii}_{f_ascii}" if f_ascii else f"@{g_ascii}{below(99, 10)}"
                fields.append((cid, "messenger", "telegram", pick((None, "personal")), value,
                               value.casefold(), int(rand() < 0.3), position))  # fmt: skip
                position += 1
            if first_phone and rand() < 0.25:
                fields.append((cid, "messenger", pick(("whatsapp", "signal", "viber")), None,
                               first_phone, first_phone.casefold(), 0, position))  # fmt: skip
                position += 1
            roll = rand()
            if roll < 0.35:
                service, value = (
                    ("linkedin", f"https://www.linkedin.com/in/{g_ascii}-{f_ascii}-{below(16**6):06x}")
                    if roll < 0.2 else
                    ("instagram", f"@{g_ascii}.{f_ascii}") if roll < 0.27 else
                    ("github", f"github.com/{g_ascii[:1]}{f_ascii or g_ascii}") if roll < 0.3 else
                    ("x", f"@{g_ascii}{f_ascii[:3]}") if roll < 0.33 else
                    ("mastodon", f"@{g_ascii}@mastodon.social")
                )  # fmt: skip
                fields.append((cid, "social", service, None, value, value.casefold(), 0, position))
                position += 1
            if rand() < 0.03:
                value = f"https://{g_ascii}{f_ascii}.dev"
                fields.append((cid, "url", None, "blog", value, value.casefold(), 0, position))
                position += 1
            # addresses
            if busy or rand() < 0.3:
                for k in range(1 if rand() < 0.85 else 2):
                    city = pick(c.cities)
                    apt = ("" if rand() < 0.5 else f", кв. {below(200, 1)}" if c.cyrillic
                           else f", {below(40, 1)}")  # fmt: skip
                    street = city.street_format.format(
                        street=pick(city.streets).replace("_", " "), n=below(150, 1), apt=apt
                    )
                    postal = "".join(str(below(10)) if ch == "#" else ch for ch in city.postal)
                    addresses.append((cid, "home" if k == 0 else "work", int(k == 0), street,
                                      city.name, city.region, postal, city.country, k))  # fmt: skip
            # work
            if org_count and (busy or rand() < 0.55):
                same = org_by_culture.get(p.culture) if rand() < 0.7 else None
                k_org = pick(same) if same else below(org_count)
                titles = titles_by.get(c.key, _TITLES_EN)
                title = pick(titles) if rand() < 0.85 else pick(_TITLES_EN)
                start = date.fromordinal(733_042 + below(5400))  # from 2008
                role = pick(_ROLES) if rand() < 0.03 else None
                department = pick(_DEPARTMENTS) if rand() < 0.2 else None
                since = start.isoformat() if rand() < 0.6 else None
                affiliations.append((cid, org_ids[k_org], title, role, department, since, None,
                                     1, 0))  # fmt: skip
                org_members.setdefault(k_org, []).append(cid)
                if rand() < 0.25:
                    old = below(org_count)
                    if old != k_org:
                        ended = start - timedelta(days=below(2000, 30))
                        began = ended - timedelta(days=below(3000, 200))
                        affiliations.append((cid, org_ids[old], pick(titles), None, None,
                                             began.isoformat(), ended.isoformat(), 0,
                                             1))  # fmt: skip
            # custom fields
            if custom_fields and rand() < 0.22:
                taken = set()
                for _ in range(1 + below(2)):
                    fid, kind, options = pick(custom_fields)
                    if fid in taken:
                        continue
                    taken.add(fid)
                    if kind == CustomFieldType.NUMBER.value:
                        customs.append((cid, fid, None, float(below(47, 35)), None))
                    elif kind == CustomFieldType.DATE.value:
                        expiry = date.fromordinal(today + below(3000, -200))
                        customs.append((cid, fid, None, None, expiry.isoformat()))
                    else:
                        customs.append((cid, fid, pick(options), None, None))
            # birthdays and other dates
            position = 0
            if busy or rand() < 0.65:
                year = None if rand() < 0.2 else below(2007, 1950)
                month = below(13, 1)
                day = below(calendar.monthrange(year or 2000, month)[1] + 1, 1)
                date_count += 1
                did = base_date + date_count
                dates.append((did, f"{date_prefix}{did:012x}", cid, "birthday", None, year, month,
                              day, int(rand() < 0.85), position))  # fmt: skip
                position += 1
            if rand() < 0.02:
                date_count += 1
                did = base_date + date_count
                label = pick(("Name day", "Іменини", "Work anniversary", "День ангела"))
                dates.append((did, f"{date_prefix}{did:012x}", cid, "other", label, None,
                              below(13, 1), below(29, 1), 1, position))  # fmt: skip
                position += 1
            # family: planned with a relative of the same surname
            if p.relative >= 0 and p.family is not None:
                j = p.relative
                other, oid = people[j], ids[j]
                if other.family_stem == p.family_stem:
                    if (
                        other.female != p.female
                        and cid not in married
                        and oid not in married
                        and rand() < 0.5
                    ):
                        married.update((cid, oid))
                        relate(cid, oid, "spouse", created)
                        year, month, day = below(2024, 1975), below(13, 1), below(29, 1)
                        for who in (cid, oid):
                            date_count += 1
                            did = base_date + date_count
                            dates.append((did, f"{date_prefix}{did:012x}", who, "anniversary",
                                          pick((None, "Wedding", "Весілля")), year, month, day, 1,
                                          5))  # fmt: skip
                    elif rand() < 0.5:
                        relate(oid, cid, "sibling", created)
                    else:
                        relate(oid, cid, "parent", created)
            roll = rand()
            if i > 1 and roll < 0.1:
                other_i = below(i, 1) if rand() < 0.9 else 0
                key = ("friend" if roll < 0.07 else "mentor" if roll < 0.08 else
                       "relative" if roll < 0.09 else "partner")  # fmt: skip
                relate(ids[other_i], cid, key, created)
            # how we met
            met_on = met_place = met_channel = met_notes = None
            introduced = None
            if rand() < 0.3:
                met = date.fromordinal(730_120 + below(9000))  # from 2000
                met_on = met.isoformat() if rand() < 0.8 else f"--{met.month:02d}-{met.day:02d}"
                met_place = pick(_MET_PLACES) if rand() < 0.8 else None
                met_channel = pick(_MET_CHANNELS) if rand() < 0.7 else None
                met_notes = "Sat next to each other." if rand() < 0.1 else None
                if i > 1 and rand() < 0.33:
                    introduced = ids[below(i)]
                    if rand() < 0.5:
                        relate(introduced, cid, "introduced", created)
            # the card
            display, sort, latin = self.keys(p, first_email)
            notes = None
            if rand() < 0.12:
                lang = c.texts[0][0] if c.texts[0][0] in _NOTES else "en"
                notes = _fill(rng, pick(_NOTES[lang]), _SLOTS[lang])
            cadence = (
                pick((7, 14, 30, 30, 60, 90, 90, 180, 365)) if (busy or rand() < 0.1) else None
            )
            last = self.last[i]
            contacts.append((
                cid, p.prefix, p.given, p.middle, p.family, p.suffix, p.nickname, display,
                int(p.display_custom is not None), sort, latin, notes, cadence,
                pick(c.zones) if rand() < 0.25 else None,
                int(busy or rand() < 0.02), int(not busy and rand() < 0.03),
                text(now_ts - below(86_400 * 30)) if not busy and rand() < 0.003 else None,
                met_on, met_place, met_channel, met_notes, introduced,
                text(last) if last >= 0 else None, created, text(max(created_ts, last)),
            ))  # fmt: skip
            # groups
            if group_ids and (busy or rand() < 0.45):
                for gid in rng.sample(group_ids, min(len(group_ids), 1 + below(3))):
                    members.append((gid, cid, created))
            if len(contacts) >= BATCH:
                flush()
                self.progress("contacts", i + 1, n)
        flush()
        # colleagues and managers inside organisations
        now_text = text(now_ts)
        for _k, staff in sorted(org_members.items()):
            if len(staff) > 1:
                for _ in range(max(1, len(staff) // 8)):
                    a, b = rng.sample(staff, 2)
                    relate(a, b, "manager" if rand() < 0.3 else "colleague", now_text)
        self.direct("relationships", ("contact_id", "other_id", "type_id", "notes", "created_at"),
                    list(relations.values()))  # fmt: skip
        self.progress("contacts", n, n)

    # -- the timeline -----------------------------------------------------------------------------

    def interaction_rows(
        self, start: int, stop: int, rng: random.Random
    ) -> tuple[list[Row], list[Row]]:
        rand = rng.random
        ts, kinds = self.timeline_ts, self.timeline_kind
        offsets, parts = self.timeline_offsets, self.timeline_parts
        ids, people = self.contact_ids, self.people
        base = self.bases["interactions"]
        text = self.clock.text
        sentences = self.sentences
        subjects = self.subjects
        lang_tables = self.lang_tables
        call_channels, message_channels = self.call_channels, self.message_channels
        durations = self.call_durations
        life_events = tuple(_LIFE_EVENTS)
        rows: list[Row] = []
        others: list[Row] = []  # the second and later participants
        for i in range(start, stop):
            iid = base + i + 1
            starts = text(ts[i])
            kind = kinds[i]
            first = offsets[i]
            who = people[parts[first]]
            langs = lang_tables[who.culture]
            lang = langs[int(rand() * len(langs))]
            pool = sentences[lang]
            size = len(pool)
            channel = direction = location = subject = body = life_event = None
            duration = None
            if kind == _LIFE:
                life_event = life_events[int(rand() * len(life_events))]
                subject = _LIFE_EVENTS[life_event][lang].format(
                    org=self.org_names[int(rand() * len(self.org_names))]
                    if self.org_names
                    else "—",
                    city=_SLOTS["en"]["city"][int(rand() * 12)],
                    title=_TITLES_EN[int(rand() * 20)],
                )
                body = pool[int(rand() * size)] if rand() < 0.5 else None
                rows.append((iid, "life_event", life_event, None, None, starts, 1, None, None,
                             subject, body, 0, ids[parts[first]]))  # fmt: skip
                continue
            if kind == _CALL:
                channel = call_channels[int(rand() * len(call_channels))]
                direction = "incoming" if rand() < 0.45 else "outgoing"
                duration = durations[int(rand() * len(durations))]
            elif kind == _MESSAGE:
                channel = message_channels[int(rand() * len(message_channels))]
                direction = "incoming" if rand() < 0.5 else "outgoing"
            elif kind == _MEETING:
                channel = "in_person" if rand() < 0.75 else "video"
                duration = _MEETING_MINUTES[int(rand() * len(_MEETING_MINUTES))] * 60
                if rand() < 0.6:
                    location = _LOCATIONS[int(rand() * len(_LOCATIONS))]
            roll = rand()
            chat = kind == _MESSAGE and channel != "email"
            if not chat or roll < 0.15:
                titles = subjects[lang][kind]
                subject = titles[int(rand() * len(titles))]
                if "{" in subject:
                    subject = subject.replace("{who}", who.given)
            roll = rand()
            if chat:
                body = (
                    pool[int(rand() * size)]
                    if roll < 0.85
                    else (pool[int(rand() * size)] + " " + pool[int(rand() * size)])
                )
            elif roll < 0.06:
                body = None
            elif roll < 0.5:
                body = pool[int(rand() * size)]
            elif roll < 0.85:
                body = pool[int(rand() * size)] + " " + pool[int(rand() * size)]
            else:
                body = (pool[int(rand() * size)] + " " + pool[int(rand() * size)] + "\n\n"
                        + pool[int(rand() * size)])  # fmt: skip
            rows.append((iid, KINDS[kind], None, channel, direction, starts, 0, duration, location,
                         subject, body, int(rand() < 0.02), ids[parts[first]]))  # fmt: skip
            role = "attendee" if kind == _MEETING else None
            for k in range(first + 1, offsets[i + 1]):
                others.append((iid, ids[parts[k]], starts, role))
        return rows, others

    def write_timeline(self) -> None:
        assert self.conn is not None
        rng = random.Random(self.seed * 7919 + 1)
        self.lang_tables = [_table([lang for lang, _ in c.texts], [w for _, w in c.texts], 100)
                            for c in CULTURES]  # fmt: skip
        self.call_channels = _table(_CALL_CHANNELS, _CALL_CHANNEL_W, 100)
        self.message_channels = _table(_MESSAGE_CHANNELS, _MESSAGE_CHANNEL_W, 100)
        self.call_durations = sorted(
            int(min(7200, 20 + math.exp(rng.gauss(5.5, 1.0)))) for _ in range(1000)
        )
        prefix = _uid_prefix(self.rng)
        zone = self.zone_name.replace("'", "''")
        total = self.n_interactions
        interaction_cols = ("id", "kind", "life_event", "channel", "direction", "starts_at",
                            "all_day", "duration_seconds", "location", "subject", "body",
                            "is_private", "participant")  # fmt: skip
        # every interaction's first participant is staged with it (one row, one bind less)
        first_participant = (
            "INSERT INTO main.interaction_participants"
            " (interaction_id, contact_id, starts_at, role)"
            " SELECT id, participant, starts_at, CASE kind WHEN 'meeting' THEN 'organizer' END"
            " FROM {stage} ORDER BY rowid"
        )
        computed = (
            ("uid", f"printf('%s%012x', '{prefix}', id)"), ("time_zone", f"'{zone}'"),
            ("created_at", "starts_at"), ("updated_at", "starts_at"),
        )  # fmt: skip
        participant_cols = ("interaction_id", "contact_id", "starts_at", "role")
        for tx_start in range(0, total, INTERACTIONS_PER_TRANSACTION):
            tx_stop = min(total, tx_start + INTERACTIONS_PER_TRANSACTION)
            with self.bulk_transaction():
                for start in range(tx_start, tx_stop, BATCH):
                    stop = min(tx_stop, start + BATCH)
                    rows, others = self.interaction_rows(start, stop, rng)
                    self.bulk("interactions", interaction_cols, rows, computed,
                              stage_only=("participant",), then=(first_participant,))  # fmt: skip
                    self.count("interaction_participants", len(rows))
                    self.bulk("interaction_participants", participant_cols, others)
                    self.progress("interactions", stop, total)
        self.progress("interactions", total, total)

    # -- tasks ------------------------------------------------------------------------------------

    def write_tasks(self) -> None:
        rng = self.rng
        count = max(3, min(600, self.n_contacts // 150))
        base = self.bases["tasks"]
        prefix = _uid_prefix(rng)
        now = self.now
        local_now = now.astimezone(self.zone).replace(tzinfo=None)
        tasks, links, alarms = [], [], []
        for k in range(count):
            tid = base + k + 1
            i = 0 if k < 3 else rng.randrange(self.n_contacts)
            p = self.people[i]
            lang = CULTURES[p.culture].texts[0][0]
            lang = lang if lang in _TASKS else "en"
            title = _fill(rng, rng.choice(_TASKS[lang]), _SLOTS[lang], who=p.given)
            rule = rng.choice(_RRULES)
            wall = (local_now + timedelta(days=rng.randrange(-40, 90))).replace(
                hour=rng.choice((9, 10, 12, 15, 18)),
                minute=rng.choice((0, 0, 30)),
                second=0,
                microsecond=0,
            )
            all_day = rng.random() < 0.2
            if all_day:
                wall = wall.replace(hour=0, minute=0)
            zone_name = self.zone_name if rng.random() < 0.5 else None
            if rule is not None:
                rule = validate_rrule(rule, wall)
                after = now - timedelta(days=7)  # a recurring one shows its next occurrence
            else:
                after = datetime.min.replace(tzinfo=UTC)
            found = occurrences(rule, wall, self.zone, after)
            tasks.append({
                "id": tid, "uid": f"{prefix}{tid:012x}", "kind": rng.choice(("task", "reminder")),
                "title": title, "notes": None, "starts_local": wall.strftime("%Y-%m-%dT%H:%M:%S"),
                "time_zone": zone_name, "all_day": all_day, "rrule": rule, "exdates": None,
                "next_due_at": found[0].astimezone(UTC) if found else None, "status": "open",
                "completed_at": None, "snoozed_until": None,
                "priority": rng.choice((None, None, 1, 2, 3)), "is_private": False,
                "interaction_id": None, "deleted_at": None, "created_at": now, "updated_at": now,
            })  # fmt: skip
            chosen = {self.contact_ids[i]}
            if rng.random() < 0.2:
                chosen.add(self.contact_ids[rng.randrange(self.n_contacts)])
            links += [{"task_id": tid, "contact_id": c} for c in sorted(chosen)]
            alarms += [
                {"task_id": tid, "interaction_id": None, "minutes_before": x}
                for x in sorted(set(rng.sample(_ALARMS, 1 + rng.randrange(2))))
            ]
        self.core(m.Task, tasks)
        self.core(m.TaskContact, links)
        self.core(m.Alarm, alarms)
        self.progress("tasks", count, count)


def generate(
    services: Services,
    *,
    contacts: int,
    interactions: int,
    seed: int = 1,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Fill the store of ``services`` with a synthetic data set.

    Returns the rows written per table and ``busy_contact_id``: the first contact, who takes
    part in 10,000 interactions (half of them when there are fewer than 20,000).  ``progress``
    is called as ``progress(stage, done, total)``.  The store may already hold data; ids continue
    after the highest ones.
    """
    if contacts < 1:
        raise ValueError("the demo needs at least one contact")
    if interactions < 0:
        raise ValueError("the number of interactions cannot be negative")
    return _Builder(services, contacts, interactions, seed, progress).run()


__all__ = ["generate"]
