"""What the demo's people do and write (:mod:`pcrm.services.demo`), in English, Ukrainian, Russian.

Organisation names and their parts, departments, job titles and roles, the groups and custom
fields of the address book, the templates of notes, subjects and sentences with the words that
fill their slots, life events, meeting places and how people met, task titles, their RRULEs and
alarms, and the weights that shape the timeline: kinds, channels, call and meeting lengths, hours
of the day, months and weekdays.  Pure data, with :func:`fill`, which fills a template's slots.
"""

from __future__ import annotations

import random
from string import Formatter

from pcrm.domain.kinds import CustomFieldType
from pcrm.services.demo_cultures import phrases, words

# -- organisations, groups, custom fields ---------------------------------------------------------

ORG_EN_A = words(
    "Blue Northern Bright Silver Green Red Atlas Summit Harbor Granite Maple Cedar "
    "Nimbus Vector Quantum Polar Crescent Orbit"
)
ORG_EN_B = words(
    "Systems Analytics Robotics Logistics Media Foods Energy Capital Labs Studio Health "
    "Networks Consulting Software Partners Dynamics Works"
)
ORG_EN_C = ("Inc.", "Ltd", "LLC", "", "", "Group")
ORG_UA = words(
    "Сонячна_Енергія Київ-Логістик Карпатські_Системи Дніпро_Софт Галицька_Кава "
    "Украгроінвест Північний_Вітер Чорноморські_Перевезення Софтсерв_Плюс Смарт_Медіа "
    "Львівська_Пекарня Зелений_Гай Будмонтаж Технополіс Ясна_Аналітика Полтавські_Сири"
)
ORG_UA_FORM = ("ТОВ", "ПрАТ", "ТОВ", "ФОП", "ГО", "БФ")
ORG_RU = words("Северный_Ветер Рога_и_Копыта Белые_Ночи Волга_Трейд Сибирские_Системы Невский_Софт")
ORG_DE = words("Nordwind Schwarzwald Alpen Elbe Rhein Spree Bergmann Sonnenschein Eichenholz")
ORG_DE_B = words("Logistik Software Maschinenbau Medien Energie Consulting Bau Versicherung")
ORG_PL = words("Wisła Bałtyk Tatry Mazowsze Orzeł Jantar Warta Odra")
ORG_PL_B = words("Software Energia Logistyka Media Budownictwo Finanse")
ORG_BG = words("Балкан_Софт Витоша_Консулт Черноморец Родопа_Трейд Пирин_Енерджи")
UNIVERSITIES = phrases(
    "Київський політехнічний інститут|Львівська політехніка"
    "|Києво-Могилянська академія|Харківський національний університет"
    "|Uniwersytet Jagielloński|Technische Universität München"
    "|University of Manchester|Софийски университет"
    "|Московский физико-технический институт|University College Dublin"
)
ORG_SUFFIX = ("Polska", "Deutschland", "Україна", "Labs", "Foundation", "R&D", "UK", "Kyiv office")
DEPARTMENTS = ("Engineering", "Sales", "Marketing", "HR", "Finance", "Legal", "Research",
                "Відділ продажів", "Бухгалтерія", "IT-відділ", "Отдел кадров")  # fmt: skip
TITLES_EN = phrases(
                 "Software Engineer|Senior Software Engineer|Product Manager|CTO|CEO|Designer"
                 "|Data Scientist|Account Manager|Sales Director|Accountant|Lawyer|Recruiter"
                 "|Marketing Lead|Project Manager|Team Lead|Professor|Researcher|QA Engineer"
                 "|Founder|Office Manager"
             )  # fmt: skip
TITLES_UK = ("Головний бухгалтер", "Менеджер з продажу", "Розробник", "Керівник проєктів",
              "Дизайнерка", "Юрист", "Директор", "Аналітикиня", "HR-менеджерка", "Викладач",
              "Тестувальник", "Маркетолог")  # fmt: skip
TITLES_RU = ("Главный бухгалтер", "Менеджер по продажам", "Разработчик", "Руководитель проектов",
              "Дизайнер", "Юрист", "Директор", "Аналитик")  # fmt: skip
TITLES_DE = ("Projektleiterin", "Softwareentwickler", "Geschäftsführer", "Vertriebsleiter",
              "Buchhalterin", "Ingenieur")  # fmt: skip
ROLES = ("board member", "advisor", "investor", "volunteer", "член правління", "радник")

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

# -- text: notes, subjects, sentences, life events, places, tasks ---------------------------------

SLOTS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "topic": phrases(
            "budget|contract|new project|proposal|quarterly report|move|holiday plans"
            "|renovation|job interview|conference|release|deadline|presentation|wedding"
            "|birthday party|kids' school|hiking trip|apartment lease|taxes|insurance"
            "|marketing campaign|investment round|hiring plan|product roadmap"
            "|database migration|design review|book club|marathon training|office party"
            "|partnership|invoice|onboarding"
        ),
        "name": words(
            "Olena Oleksandr Dmytro Taras Iryna Oksana Olga Anna Emma Oliver Olivia Jack "
            "Sophie Lukas Katarzyna Piotr Sarah Michael Stefan Marta Yaroslav Kateryna "
            "Sofia Maria Daniel Hannah Ostap Bohdan"
        ),
        "place": phrases(
            "the café on Podil|Blue Bottle|the office|the new place near the station"
            "|Lviv Coffee Manufacture|the bakery on Khreshchatyk|their place"
            "|the Italian place|the coworking space|Alexanderplatz"
        ),
        "day": phrases(
            "on Monday|on Tuesday|on Wednesday|on Thursday|on Friday|next week|tomorrow"
            "|after the holidays|at the end of the month"
        ),
        "doc": phrases("draft|slides|contract|invoice|CV|photos|estimate|spec|report|offer letter"),
        "city": phrases(
            "Kyiv|Lviv|Odesa|Berlin|Warsaw|Kraków|London|Lisbon|Vienna|Toronto|Sofia|Barcelona"
        ),
        "month": phrases(
            "January|February|March|April|May|June|July|August|September|October|November|December"
        ),
        "hobby": phrases(
            "climbing|football|chess|photography|yoga|gardening|fishing|running|board games"
            "|cycling|sailing|jazz"
        ),
    },
    "uk": {
        "topic": phrases(
            "бюджет|договір|новий проєкт|пропозиція|квартальний звіт|переїзд|відпустка"
            "|ремонт|співбесіда|конференція|реліз|дедлайн|презентація|весілля"
            "|день народження|навчання дітей|подорож у Карпати|оренда квартири|податки"
            "|страхування|маркетингова кампанія|інвестиції|наймання|партнерство|рахунок"
        ),
        "topic_gen": phrases(
            "бюджету|договору|нового проєкту|пропозиції|квартального звіту|переїзду"
            "|відпустки|ремонту|співбесіди|конференції|релізу|презентації|весілля"
            "|оренди квартири|податків|страхування|інвестицій|партнерства|рахунку"
        ),
        "topic_acc": phrases(
            "бюджет|договір|новий проєкт|пропозицію|квартальний звіт|переїзд|відпустку"
            "|ремонт|співбесіду|конференцію|реліз|презентацію|весілля|оренду квартири"
            "|податки|страхування|інвестиції|партнерство|рахунок"
        ),
        "name": words(
            "Олена Олександр Дмитро Тарас Ірина Оксана Ольга Анна Марія Іван Андрій "
            "Катерина Софія Ярослав Богдан Остап Юлія Наталія Михайло Йосип Олеся"
        ),
        "place": phrases(
            "кав'ярні на Подолі|ресторані біля офісу|коворкінгу|парку Шевченка|«Світі кави»"
            "|офісі|піцерії на Лівому березі|книгарні «Є»"
        ),
        "day": phrases(
            "у понеділок|у вівторок|у середу|у четвер|у п'ятницю|наступного тижня|завтра"
            "|після свят|в кінці місяця"
        ),
        "doc_acc": phrases(
            "чернетку|презентацію|договір|рахунок|резюме|фото|кошторис|технічне завдання|звіт"
        ),
        "city_to": phrases(
            "до Києва|до Львова|до Одеси|до Берліна|до Варшави|до Відня|до Лісабона|до Торонто"
        ),
        "city_gen": phrases("Києва|Львова|Одеси|Берліна|Варшави|Відня|Харкова|Ужгорода"),
        "city_loc": ("у Києві", "у Львові", "в Одесі", "у Харкові", "у Дніпрі", "у Вінниці"),
        "month_loc": phrases(
            "у січні|у лютому|у березні|у квітні|у травні|у червні|у липні|у серпні"
            "|у вересні|у жовтні|у листопаді|у грудні"
        ),
        "month_gen": phrases(
            "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
        ),
        "weekday_gen": ("понеділка", "вівторка", "середи", "четверга", "п'ятниці"),
        "hobby_acc": phrases(
            "футбол|гірський туризм|велосипед|шахи|фотографію|йогу|садівництво|риболовлю"
            "|біг|настільні ігри|джаз"
        ),
    },
    "ru": {
        "topic": phrases(
            "бюджет|договор|новый проект|предложение|квартальный отчёт|переезд|отпуск"
            "|ремонт|собеседование|конференция|релиз|презентация|свадьба|день рождения"
            "|поездка в Грузию|аренда квартиры|налоги|страховка|инвестиции|партнёрство"
        ),
        "topic_gen": phrases(
            "бюджета|договора|нового проекта|предложения|квартального отчёта|переезда"
            "|отпуска|ремонта|собеседования|конференции|релиза|презентации|аренды квартиры"
            "|налогов"
        ),
        "topic_acc": phrases(
            "бюджет|договор|новый проект|предложение|квартальный отчёт|переезд|отпуск"
            "|ремонт|собеседование|конференцию|релиз|презентацию|свадьбу|аренду квартиры"
            "|налоги"
        ),
        "name": words(
            "Елена Алексей Дмитрий Ольга Анна Мария Сергей Андрей Наталья Ирина Артём "
            "Фёдор Алёна Ксения Олег Юлия"
        ),
        "place": phrases(
            "кафе у офиса|коворкинге|ресторане на набережной|парке|офисе|кофейне на углу"
        ),
        "day": phrases(
            "в понедельник|во вторник|в среду|в четверг|в пятницу|на следующей неделе"
            "|завтра|после праздников"
        ),
        "doc_acc": phrases("черновик|презентацию|договор|счёт|резюме|фото|смету|техзадание|отчёт"),
        "city_to": phrases(
            "в Ригу|в Тбилиси|в Алматы|в Берлин|в Варшаву|в Лиссабон|в Белград|в Ереван"
        ),
        "city_gen": ("Риги", "Тбилиси", "Алматы", "Берлина", "Варшавы", "Еревана"),
        "month_loc": phrases(
            "в январе|в феврале|в марте|в апреле|в мае|в июне|в июле|в августе|в сентябре"
            "|в октябре|в ноябре|в декабре"
        ),
        "month_gen": phrases(
            "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
        ),
        "weekday_gen": ("понедельника", "вторника", "среды", "четверга", "пятницы"),
        "hobby_acc": phrases(
            "футбол|походы|велосипед|шахматы|фотографию|йогу|рыбалку|бег|настольные игры"
        ),
    },
}

SENTENCES = {
    "en": phrases(
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
    "uk": phrases(
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
    "ru": phrases(
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

SUBJECTS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "call": phrases(
            "Call with {who}|Quick call about the {topic}|Catch-up call"
            "|Phone call re {topic}|Missed call from {who}|{who}: {topic}"
        ),
        "meeting": phrases(
            "Coffee with {who}|Lunch with {who}|{Topic} review|Meeting: {topic}"
            "|Workshop on the {topic}|Dinner at {place}|1:1 with {who}"
        ),
        "message": phrases(
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
        "meeting": phrases(
            "Кава, {who}|Обід — {who}|Зустріч: {topic}|Нарада щодо {topic_gen}"
            "|Вечеря в {place}|Зустріч {who}"
        ),
        "message": phrases(
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

LIFE_EVENTS = {
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

LOCATIONS = phrases(
                 "Кав'ярня «Світ кави», Київ|Lviv Coffee Manufacture|Office, 3rd floor|Zoom"
                 "|Google Meet|Microsoft Teams|Starbucks, Alexanderplatz|Коворкінг «Часопис»"
                 "|Пузата хата на Басейній|their place|у нас вдома|Café Central, Wien"
                 "|Restauracja Pod Aniołami|UNIT.City|Кафе «Пушкин»|WeWork Kings Place"
             )  # fmt: skip
MET_PLACES = ("Lviv IT Arena", "Web Summit, Lisbon", "КПІ, Київ", "Book club", "Climbing gym",
               "Friends' wedding", "Kyiv Half Marathon", "Konferencja 4Developers, Warszawa",
               "Coworking", "Школа", "University", "Дитячий садок", "Neighbourhood")  # fmt: skip
MET_CHANNELS = ("conference", "university", "work", "friends", "online", "school", "neighbours",
                 "sports", "через друзів", "на роботі")  # fmt: skip
NOTES = {
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
TASKS = {
    "en": ("Call {who}", "Send the {doc} to {who}", "Check in with {who}",
           "Birthday card for {who}", "Follow up on the {topic}", "Book lunch with {who}",
           "Renew {topic} contract"),
    "uk": ("Подзвонити: {who}", "Надіслати {doc_acc} — {who}", "Привітати: {who}",
           "Нагадати про {topic_acc}", "Зустріч: {who}"),
    "ru": ("Позвонить: {who}", "Отправить {doc_acc} — {who}", "Напомнить про {topic_acc}"),
}  # fmt: skip
RRULES = (None, None, "FREQ=MONTHLY;INTERVAL=3", "FREQ=WEEKLY;BYDAY=MO", "FREQ=YEARLY",
           "FREQ=MONTHLY", "FREQ=WEEKLY;INTERVAL=2", "FREQ=MONTHLY;BYDAY=1FR",
           "FREQ=DAILY;INTERVAL=7")  # fmt: skip
ALARMS = (0, 10, 15, 60, 1440)

# -- the shape of the timeline --------------------------------------------------------------------

KINDS = ("message", "call", "meeting", "note", "life_event")
KIND_WEIGHTS = (0.40, 0.27, 0.17, 0.152, 0.008)
MESSAGE_CHANNELS = ("email", "telegram", "sms", "whatsapp", "signal", "viber", "linkedin",
                     "facebook", "instagram")  # fmt: skip
MESSAGE_CHANNEL_W = (0.30, 0.25, 0.08, 0.12, 0.08, 0.08, 0.04, 0.03, 0.02)
CALL_CHANNELS = ("phone", "video", "telegram", "whatsapp", "signal", "viber")
CALL_CHANNEL_W = (0.5, 0.2, 0.12, 0.1, 0.04, 0.04)
MEETING_MINUTES = (30, 45, 60, 60, 90, 120)
# local hour weights per kind (0-23)
HOURS = {
    "message": (0, 0, 0, 0, 0, 0, 0, 1, 3, 6, 7, 7, 6, 6, 7, 7, 6, 6, 5, 5, 5, 4, 3, 1),
    "call": (0, 0, 0, 0, 0, 0, 0, 0, 2, 5, 8, 8, 6, 5, 7, 8, 7, 6, 4, 3, 2, 1, 0, 0),
    "meeting": (0, 0, 0, 0, 0, 0, 0, 0, 2, 6, 8, 7, 7, 5, 7, 7, 6, 4, 3, 3, 2, 0, 0, 0),
    "note": (0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 6, 6, 4, 2),
}
SEASON = (0.78, 0.95, 1.15, 1.18, 1.05, 0.95, 0.85, 0.55, 1.2, 1.27, 1.2, 0.88)  # Jan..Dec
WEEKDAY = (1.0, 1.05, 1.05, 1.0, 0.95, 0.42, 0.3)  # Mon..Sun

# -- filling a template ---------------------------------------------------------------------------

_FORMATTER = Formatter()


def _slots(template: str) -> list[str]:
    return [name for _, name, _, _ in _FORMATTER.parse(template) if name]


def fill(rng: random.Random, template: str, slots: dict[str, tuple[str, ...]], **fixed: str) -> str:
    """``template`` with each ``{slot}`` from ``fixed`` or picked from ``slots[slot]``
    (``{Slot}``: picked from ``slots[slot]`` and capitalised)."""
    values: dict[str, str] = {}
    for name in _slots(template):
        if name in fixed:
            values[name] = fixed[name]
        elif name[:1].isupper() and name.lower() in slots:
            values[name] = rng.choice(slots[name.lower()]).capitalize()
        else:
            values[name] = rng.choice(slots[name])
    return template.format(**values)
