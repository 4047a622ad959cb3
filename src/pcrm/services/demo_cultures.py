"""Who the demo's people are (:mod:`pcrm.services.demo`): the cultures they come from.

Per culture: its share of the address book, the languages its people write in, given names,
surnames in their male and female forms, patronymics or middle names, the phone plan (formatted
by :mod:`pcrm.services.demo_contacts`), e-mail domains, time zones, and cities with their streets
and the shape of their postcodes; then the nicknames of common given names.  Pure data, with
:func:`words` and :func:`phrases`, the two ways the lists here and in
:mod:`pcrm.services.demo_vocabulary` are written down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
class City:
    name: str
    region: str | None
    country: str
    postal: str  # digits to fill: '#' a digit
    streets: tuple[str, ...]
    street_format: str  # {street} {n} {apt}


@dataclass(frozen=True)
class Culture:
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
    cities: tuple[City, ...]
    patronymics: tuple[tuple[str, str], ...] = ()
    middles: tuple[str, ...] = ()


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def phrases(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


_UA_STREETS = words(
    "Хрещатик Шевченка Франка Грушевського Саксаганського Володимирська "
    "Лесі_Українки Січових_Стрільців Бандери Героїв_Майдану Сумська Дерибасівська"
)
_RU_STREETS = words("Садовая Пушкина Гагарина Мира Лесная Невский_проспект Тверская Чехова")
_BG_STREETS = words("Витоша Шипка Раковски Христо_Ботев Граф_Игнатиев Цар_Симеон")

CULTURES: tuple[Culture, ...] = (
    Culture(
        "uk",
        38,
        True,
        (("uk", 0.78), ("en", 0.17), ("ru", 0.05)),
        words(
            "Олександр Андрій Дмитро Сергій Іван Михайло Володимир Тарас Богдан Юрій Олег Максим "
            "Артем Василь Петро Ярослав Віктор Назар Роман Микола Євген Павло Степан Остап Денис "
            "Йосип Ігор Григорій"
        ),
        words(
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
        words("gmail.com ukr.net i.ua meta.ua gmail.com"),
        words("Europe/Kyiv"),
        (
            City("Київ", None, "Україна", "0####", _UA_STREETS, "вул. {street}, {n}{apt}"),
            City(
                "Львів",
                "Львівська обл.",
                "Україна",
                "79###",
                _UA_STREETS,
                "вул. {street}, {n}{apt}",
            ),
            City(
                "Одеса", "Одеська обл.", "Україна", "65###", _UA_STREETS, "вул. {street}, {n}{apt}"
            ),
            City(
                "Харків",
                "Харківська обл.",
                "Україна",
                "61###",
                _UA_STREETS,
                "вул. {street}, {n}{apt}",
            ),
            City(
                "Дніпро",
                "Дніпропетровська обл.",
                "Україна",
                "49###",
                _UA_STREETS,
                "вул. {street}, {n}{apt}",
            ),
            City(
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
    Culture(
        "ru",
        12,
        True,
        (("ru", 0.8), ("en", 0.1), ("uk", 0.1)),
        words(
            "Алексей Дмитрий Сергей Андрей Михаил Иван Николай Павел Артём Константин Григорий "
            "Евгений Илья Кирилл Фёдор Олег Юрий Виктор"
        ),
        words(
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
        words("gmail.com mail.ru yandex.ru gmail.com"),
        words("Europe/Moscow Europe/Riga Asia/Almaty Asia/Tbilisi"),
        (
            City("Москва", None, "Россия", "1#####", _RU_STREETS, "ул. {street}, д. {n}{apt}"),
            City(
                "Санкт-Петербург",
                None,
                "Россия",
                "19####",
                _RU_STREETS,
                "ул. {street}, д. {n}{apt}",
            ),
            City("Рига", None, "Латвия", "LV-10##", _RU_STREETS, "ул. {street}, {n}{apt}"),
            City("Алматы", None, "Казахстан", "050###", _RU_STREETS, "ул. {street}, {n}{apt}"),
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
    Culture(
        "bg",
        5,
        True,
        (("en", 0.6), ("ru", 0.4)),
        words(
            "Георги Иван Димитър Николай Петър Христо Стоян Тодор Васил Александър Стефан Йордан "
            "Красимир Пламен Веселин"
        ),
        words(
            "Мария Иванка Елена Йорданка Пенка Десислава Цветелина Гергана Радостина Милена "
            "Даниела Теодора Виктория Надежда Ралица"
        ),
        _surnames(
            "Иванов Георгиев Димитров Петров Николов Христов Стоянов Тодоров Илиев Василев "
            "Атанасов Петков Ангелов Костадинов Маринов Колев Йорданов"
        ),
        "bg",
        words("abv.bg gmail.com mail.bg"),
        words("Europe/Sofia"),
        (
            City("София", None, "България", "1###", _BG_STREETS, "ул. „{street}“ {n}{apt}"),
            City("Пловдив", None, "България", "4###", _BG_STREETS, "ул. „{street}“ {n}{apt}"),
            City("Варна", None, "България", "9###", _BG_STREETS, "ул. „{street}“ {n}{apt}"),
        ),
    ),
    Culture(
        "en",
        20,
        False,
        (("en", 0.96), ("uk", 0.04)),
        words(
            "James John Robert Michael William David Richard Thomas Daniel Matthew Christopher "
            "Andrew Joshua Oliver Harry George Jack Noah Ethan Liam Samuel Benjamin Henry Oscar"
        ),
        words(
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
        words("gmail.com outlook.com yahoo.com icloud.com proton.me gmail.com"),
        words("Europe/London America/New_York America/Toronto Europe/Dublin America/Chicago"),
        (
            City(
                "London",
                None,
                "United Kingdom",
                "SW# #XY",
                words("Baker_Street High_Street Elm_Road Victoria_Road Church_Lane"),
                "{n} {street}{apt}",
            ),
            City(
                "New York",
                "NY",
                "USA",
                "100##",
                words("Broadway Madison_Avenue West_End_Avenue Bleecker_Street"),
                "{n} {street}{apt}",
            ),
            City(
                "Toronto",
                "ON",
                "Canada",
                "M5V #A#",
                words("King_Street Queen_Street Bay_Street"),
                "{n} {street}{apt}",
            ),
            City(
                "Dublin",
                None,
                "Ireland",
                "D0# X###",
                words("Grafton_Street Dame_Street Capel_Street"),
                "{n} {street}{apt}",
            ),
        ),
        middles=words("J. A. M. Lee Marie Ann James Rose"),
    ),
    Culture(
        "de",
        10,
        False,
        (("en", 1.0),),
        words(
            "Lukas Maximilian Felix Jonas Leon Paul Finn Elias Jan Tobias Stefan Michael Thomas "
            "Andreas Jürgen Jörg Klaus Matthias Florian Sebastian"
        ),
        words(
            "Anna Lena Laura Julia Sophie Lea Hannah Katharina Sabine Ute Birgit Jana Miriam "
            "Franziska Jülide Claudia Petra Anke"
        ),
        _surnames(
            "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann "
            "Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun "
            "Krüger Hartmann Lange Werner Krause Lehmann Köhler Weiß Oldenburg"
        ),
        "de",
        words("gmx.de web.de t-online.de gmail.com posteo.de"),
        words("Europe/Berlin Europe/Vienna Europe/Zurich"),
        (
            City(
                "Berlin",
                None,
                "Deutschland",
                "10###",
                words("Hauptstraße Bahnhofstraße Schillerstraße Lindenallee Gartenweg Torstraße"),
                "{street} {n}{apt}",
            ),
            City(
                "München",
                "Bayern",
                "Deutschland",
                "80###",
                words("Leopoldstraße Maximilianstraße Sendlinger_Straße"),
                "{street} {n}{apt}",
            ),
            City(
                "Hamburg",
                None,
                "Deutschland",
                "20###",
                words("Mönckebergstraße Jungfernstieg Elbchaussee"),
                "{street} {n}{apt}",
            ),
            City(
                "Leipzig",
                "Sachsen",
                "Deutschland",
                "04###",
                words("Karl-Liebknecht-Straße Petersstraße"),
                "{street} {n}{apt}",
            ),
        ),
    ),
    Culture(
        "pl",
        10,
        False,
        (("en", 0.9), ("uk", 0.1)),
        words(
            "Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Łukasz Mateusz Grzegorz "
            "Wojciech Kamil Bartosz Szymon Olaf"
        ),
        words(
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
        words("wp.pl onet.pl o2.pl gmail.com interia.pl"),
        words("Europe/Warsaw"),
        (
            City(
                "Warszawa",
                "mazowieckie",
                "Polska",
                "0#-###",
                words("Marszałkowska Nowy_Świat Puławska Grójecka"),
                "ul. {street} {n}{apt}",
            ),
            City(
                "Kraków",
                "małopolskie",
                "Polska",
                "3#-###",
                words("Floriańska Grodzka Karmelicka"),
                "ul. {street} {n}{apt}",
            ),
            City(
                "Wrocław",
                "dolnośląskie",
                "Polska",
                "5#-###",
                words("Świdnicka Legnicka Oławska"),
                "ul. {street} {n}{apt}",
            ),
            City(
                "Gdańsk",
                "pomorskie",
                "Polska",
                "80-###",
                words("Długa Grunwaldzka Ogarna"),
                "ul. {street} {n}{apt}",
            ),
        ),
    ),
    Culture(
        "fr",
        3,
        False,
        (("en", 1.0),),
        words("Jean Pierre Louis Hugo Lucas Mathieu Nicolas Olivier Antoine"),
        words("Marie Camille Chloé Léa Manon Élodie Océane Amélie Inès"),
        _surnames(
            "Dupont Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau "
            "Lefèvre Fournier Girard"
        ),
        "fr",
        words("orange.fr free.fr gmail.com laposte.net"),
        words("Europe/Paris"),
        (
            City(
                "Paris",
                None,
                "France",
                "750##",
                words("rue_de_Rivoli rue_Oberkampf boulevard_Voltaire"),
                "{n} {street}{apt}",
            ),
            City(
                "Lyon",
                None,
                "France",
                "6900#",
                words("rue_de_la_République quai_Saint-Antoine"),
                "{n} {street}{apt}",
            ),
        ),
    ),
    Culture(
        "es",
        2,
        False,
        (("en", 1.0),),
        words("José Antonio Manuel Javier Carlos Alejandro Pablo Álvaro"),
        words("María Lucía Carmen Sofía Paula Elena Marta Olga"),
        _surnames("García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Ortega"),
        "es",
        words("gmail.com hotmail.es yahoo.es"),
        words("Europe/Madrid"),
        (
            City(
                "Madrid",
                None,
                "España",
                "280##",
                words("Calle_Mayor Gran_Vía Calle_de_Alcalá"),
                "{street} {n}{apt}",
            ),
            City(
                "Barcelona",
                "Cataluña",
                "España",
                "080##",
                words("Carrer_de_Balmes Passeig_de_Gràcia"),
                "{street} {n}{apt}",
            ),
        ),
    ),
)
CULTURE_INDEX = {c.key: i for i, c in enumerate(CULTURES)}

NICKNAMES = {
    "Олександр": "Саша", "Дмитро": "Діма", "Володимир": "Вова", "Михайло": "Міша",
    "Катерина": "Катя", "Наталія": "Наташа", "Ірина": "Іра", "Тетяна": "Таня",
    "Анастасія": "Настя", "Олена": "Льоля", "Ольга": "Оля", "Алексей": "Лёша", "Екатерина": "Катя",
    "Дмитрий": "Дима", "Елена": "Лена", "Наталья": "Наташа", "Алёна": "Алёнка",
    "William": "Bill", "Robert": "Bob", "Elizabeth": "Liz", "Christopher": "Chris",
    "Katharina": "Kathi", "Małgorzata": "Gosia", "Aleksandra": "Ola", "Matthew": "Matt",
    "Samuel": "Sam", "Benjamin": "Ben", "Jennifer": "Jen", "Krzysztof": "Krzysiek",
    "Георги": "Жоро", "Александър": "Сашо", "Йордан": "Данчо",
}  # fmt: skip
