<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source> (the first %n shown)</source>
        <translation>
            <numerusform> (показан первый %n)</numerusform>
            <numerusform> (показаны первые %n)</numerusform>
            <numerusform> (показаны первые %n)</numerusform>
        </translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) not contacted since {day}</source>
        <translation>
            <numerusform>%n контакт без связи с {day}</numerusform>
            <numerusform>%n контакта без связи с {day}</numerusform>
            <numerusform>%n контактов без связи с {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>за %n день</numerusform>
            <numerusform>за %n дня</numerusform>
            <numerusform>за %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n к выполнению</numerusform>
            <numerusform>%n к выполнению</numerusform>
            <numerusform>%n к выполнению</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>за %n час</numerusform>
            <numerusform>за %n часа</numerusform>
            <numerusform>за %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>всего %n</numerusform>
            <numerusform>всего %n</numerusform>
            <numerusform>всего %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the last 12 months</source>
        <translation>
            <numerusform>%n за последние 12 месяцев</numerusform>
            <numerusform>%n за последние 12 месяцев</numerusform>
            <numerusform>%n за последние 12 месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) with {name}</source>
        <translation>
            <numerusform>%n встреча с {name}</numerusform>
            <numerusform>%n встречи с {name}</numerusform>
            <numerusform>%n встреч с {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>за %n минуту</numerusform>
            <numerusform>за %n минуты</numerusform>
            <numerusform>за %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more participant(s) not shown.</source>
        <translation>
            <numerusform>Не показан ещё %n участник.</numerusform>
            <numerusform>Не показаны ещё %n участника.</numerusform>
            <numerusform>Не показано ещё %n участников.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more relationship(s) are kept as they are: &lt;a href=&apos;pcrm:related&apos;&gt;list everyone related&lt;/a&gt; to open and change them.</source>
        <translation>
            <numerusform>Ещё %n связь остаётся как есть: &lt;a href=&apos;pcrm:related&apos;&gt;покажите всех связанных&lt;/a&gt;, чтобы открыть и изменить их.</numerusform>
            <numerusform>Ещё %n связи остаются как есть: &lt;a href=&apos;pcrm:related&apos;&gt;покажите всех связанных&lt;/a&gt;, чтобы открыть и изменить их.</numerusform>
            <numerusform>Ещё %n связей остаются как есть: &lt;a href=&apos;pcrm:related&apos;&gt;покажите всех связанных&lt;/a&gt;, чтобы открыть и изменить их.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n напоминание</numerusform>
            <numerusform>%n напоминания</numerusform>
            <numerusform>%n напоминаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) while pcrm was closed</source>
        <translation>
            <numerusform>%n напоминание, пока pcrm был закрыт</numerusform>
            <numerusform>%n напоминания, пока pcrm был закрыт</numerusform>
            <numerusform>%n напоминаний, пока pcrm был закрыт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n неделя</numerusform>
            <numerusform>%n недели</numerusform>
            <numerusform>%n недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choices</source>
        <translation>&amp;Варианты</translation>
    </message>
    <message>
        <source>&amp;Display name (empty: from the parts)</source>
        <translation>&amp;Отображаемое имя (пусто — из частей)</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Nickname</source>
        <translation>П&amp;розвище</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Тип</translation>
    </message>
    <message numerus="yes">
        <source>(age %n)</source>
        <translation>
            <numerusform>(%n год)</numerusform>
            <numerusform>(%n года)</numerusform>
            <numerusform>(%n лет)</numerusform>
        </translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(в архиве)</translation>
    </message>
    <message>
        <source>({time} in {zone})</source>
        <translation>({time} в {zone})</translation>
    </message>
    <message>
        <source>1 March</source>
        <translation>1 марта</translation>
    </message>
    <message>
        <source>28 February</source>
        <translation>28 февраля</translation>
    </message>
    <message>
        <source>29 February in other years</source>
        <translation>29 февраля в другие годы</translation>
    </message>
    <message>
        <source>A choice field needs its choices, separated by commas.</source>
        <translation>Полю с выбором нужны варианты через запятую.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to a group</source>
        <translation>
            <numerusform>Добавление %n контакта в группу</numerusform>
            <numerusform>Добавление %n контактов в группу</numerusform>
            <numerusform>Добавление %n контактов в группу</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Добавить задачу</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Добавить адрес</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Добавление контакта</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>Добавить дату</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Добавить e-mail</translation>
    </message>
    <message>
        <source>Add messenger</source>
        <translation>Добавить мессенджер</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Добавить организацию</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Добавить телефон</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Добавить профиль</translation>
    </message>
    <message>
        <source>Add relationship</source>
        <translation>Добавить связь</translation>
    </message>
    <message>
        <source>Add web site</source>
        <translation>Добавить сайт</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Agenda and notes</source>
        <translation>Повестка и заметки</translation>
    </message>
    <message>
        <source>Also close the store when the screen locks or the computer goes to sleep, where the desktop announces it (Linux).</source>
        <translation>Также закрывать хранилище, когда экран блокируется или компьютер засыпает, если рабочий стол сообщает об этом (Linux).</translation>
    </message>
    <message>
        <source>Also the newest backup of each of this many months; 0 for none.</source>
        <translation>Также самую новую копию за каждый из стольких месяцев; 0 — ни одной.</translation>
    </message>
    <message>
        <source>Also the newest backup of each of this many weeks; 0 for none.</source>
        <translation>Также самую новую копию за каждую из стольких недель; 0 — ни одной.</translation>
    </message>
    <message>
        <source>An event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Годовщина</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n contact(s)</source>
        <translation>
            <numerusform>Архивирование %n контакта</numerusform>
            <numerusform>Архивирование %n контактов</numerusform>
            <numerusform>Архивирование %n контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Back up automatically every day</source>
        <translation>Ежедневно автоматически создавать резервную копию</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message numerus="yes">
        <source>Briefing: %n people</source>
        <translation>
            <numerusform>Сводка: %n человек</numerusform>
            <numerusform>Сводка: %n человека</numerusform>
            <numerusform>Сводка: %n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>Briefing: {name}</source>
        <translation>Сводка: {name}</translation>
    </message>
    <message>
        <source>Briefing: {what}</source>
        <translation>Сводка: {what}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cadence (days)</source>
        <translation>Частота (дней)</translation>
    </message>
    <message>
        <source>Calendar file to keep up to date</source>
        <translation>Файл календаря для обновления</translation>
    </message>
    <message>
        <source>Calendar subscription</source>
        <translation>Подписка на календарь</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>Changing %n contact(s)…</source>
        <translation>
            <numerusform>Изменение %n контакта…</numerusform>
            <numerusform>Изменение %n контактов…</numerusform>
            <numerusform>Изменение %n контактов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Channels per contact</source>
        <translation>Каналы по контактам</translation>
    </message>
    <message>
        <source>Channels per group</source>
        <translation>Каналы по группам</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <source>Choose &amp;photo…</source>
        <translation>Выбрать &amp;фото…</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Выберите фото</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Close the store after this many minutes without keyboard or mouse input; 0 never locks.</source>
        <translation>Закрывать хранилище после стольких минут без ввода с клавиатуры или мыши; 0 — никогда.</translation>
    </message>
    <message>
        <source>Coming dates</source>
        <translation>Ближайшие даты</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Contact frequency</source>
        <translation>Частота контактов</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>Не удалось сохранить {path}: {reason}</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Своё поле</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Панель</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation>Даты и время</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Дней просрочено</translation>
    </message>
    <message>
        <source>Default kind</source>
        <translation>Вид по умолчанию</translation>
    </message>
    <message>
        <source>Define a field</source>
        <translation>Определить поле</translation>
    </message>
    <message>
        <source>Define a field…</source>
        <translation>Определить поле…</translation>
    </message>
    <message>
        <source>Define the field “{name}”</source>
        <translation>Определить поле «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Удаление %n контакта</numerusform>
            <numerusform>Удаление %n контактов</numerusform>
            <numerusform>Удаление %n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n interaction(s)</source>
        <translation>
            <numerusform>Удаление %n взаимодействия</numerusform>
            <numerusform>Удаление %n взаимодействий</numerusform>
            <numerusform>Удаление %n взаимодействий</numerusform>
        </translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Edit a task</source>
        <translation>Изменить задачу</translation>
    </message>
    <message>
        <source>Edit an interaction</source>
        <translation>Изменить взаимодействие</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Изменение контакта</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>Export every table into the folder</source>
        <translation>Экспортировать все таблицы в папку</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Family, as spoken</source>
        <translation>Фамилия (звучание)</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Избранный</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Первый день недели</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>First name (phonetic)</source>
        <translation>Имя (фонетически)</translation>
    </message>
    <message>
        <source>Flat, floor, building</source>
        <translation>Квартира, этаж, корпус</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Друзья</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Get in touch with {name}</source>
        <translation>Связаться с {name}</translation>
    </message>
    <message>
        <source>Given, as spoken</source>
        <translation>Имя (звучание)</translation>
    </message>
    <message>
        <source>Google labels</source>
        <translation>Ярлыки Google</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Home region for phone numbers</source>
        <translation>Домашний регион для телефонных номеров</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Как мы познакомились</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Изображения ({patterns})</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Include notes and private items in the calendar file</source>
        <translation>Включать в файл календаря заметки и личные записи</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <source>Interactions over time</source>
        <translation>Взаимодействия во времени</translation>
    </message>
    <message>
        <source>Interactions per month, oldest first: {counts}</source>
        <translation>Взаимодействия по месяцам, начиная со старых: {counts}</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Знакомства</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Познакомил(а)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Keep daily backups (days)</source>
        <translation>Хранить ежедневные копии (дней)</translation>
    </message>
    <message>
        <source>Keep in notes</source>
        <translation>Сохранить в заметках</translation>
    </message>
    <message>
        <source>Keep monthly backups (months)</source>
        <translation>Хранить ежемесячные копии (месяцев)</translation>
    </message>
    <message>
        <source>Keep weekly backups (weeks)</source>
        <translation>Хранить еженедельные копии (недель)</translation>
    </message>
    <message>
        <source>Keeping in touch</source>
        <translation>Поддержание связи</translation>
    </message>
    <message>
        <source>Kind of date</source>
        <translation>Вид даты</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Language of the windows</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation>Последнее взаимодействие</translation>
    </message>
    <message>
        <source>Last interactions</source>
        <translation>Последние взаимодействия</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Last name (phonetic)</source>
        <translation>Фамилия (фонетически)</translation>
    </message>
    <message>
        <source>Leave empty to use the name parts</source>
        <translation>Оставьте пустым, чтобы собрать из частей имени</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Событие в жизни</translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>Блокировать после простоя (минут)</translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation>Блокировать вместе с экраном</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Записать взаимодействие</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Связь слабеет</translation>
    </message>
    <message>
        <source>Made by pcrm on {day}</source>
        <translation>Создано pcrm {day}</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n contact(s) as favourite</source>
        <translation>
            <numerusform>Отметка %n контакта как избранного</numerusform>
            <numerusform>Отметка %n контактов как избранных</numerusform>
            <numerusform>Отметка %n контактов как избранных</numerusform>
        </translation>
    </message>
    <message>
        <source>Markdown: *emphasis*, **bold**, - lists, [links](…)</source>
        <translation>Markdown: *курсив*, **жирный**, - списки, [ссылки](…)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message numerus="yes">
        <source>Meetings together (%n)</source>
        <translation>
            <numerusform>Общие встречи (%n)</numerusform>
            <numerusform>Общие встречи (%n)</numerusform>
            <numerusform>Общие встречи (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Messengers</source>
        <translation>Мессенджеры</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Middle name (phonetic)</source>
        <translation>Отчество (фонетически)</translation>
    </message>
    <message>
        <source>Middle, as spoken</source>
        <translation>Отчество (звучание)</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Понедельник</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Most talked to</source>
        <translation>Чаще всего на связи</translation>
    </message>
    <message>
        <source>Move this {what} up</source>
        <translation>Переместить выше: {what}</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Префикс имени</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Суффикс имени</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Новые контакты</translation>
    </message>
    <message>
        <source>New contacts by how we met</source>
        <translation>Новые контакты по тому, как познакомились</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Следующий контакт</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Прозвище</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Без канала</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Not contacted since</source>
        <translation>Без связи с</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Notes preview</source>
        <translation>Предпросмотр заметок</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>За этот период ничего нет.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Numbers typed without + are read as numbers of this region.</source>
        <translation>Номера без + считаются номерами этого региона.</translation>
    </message>
    <message>
        <source>Open tasks and follow-ups</source>
        <translation>Открытые задачи и дальнейшие шаги</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Other relationships</source>
        <translation>Другие связи</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>Абонентский ящик</translation>
    </message>
    <message>
        <source>Period: {first} – {last}</source>
        <translation>Период: {first} – {last}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Photo link</source>
        <translation>Ссылка на фото</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Префикс</translation>
    </message>
    <message>
        <source>Prepared {when}</source>
        <translation>Подготовлено {when}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Previous from</source>
        <translation>Предыдущий с</translation>
    </message>
    <message>
        <source>Previous interactions</source>
        <translation>Предыдущие взаимодействия</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Previous to</source>
        <translation>Предыдущий по</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Быстрая запись</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Related contact</source>
        <translation>Связанный контакт</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Remind of dates at (hour)</source>
        <translation>Напоминать о датах в (час)</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s) from a group</source>
        <translation>
            <numerusform>Удаление %n контакта из группы</numerusform>
            <numerusform>Удаление %n контактов из группы</numerusform>
            <numerusform>Удаление %n контактов из группы</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Убрать фото</translation>
    </message>
    <message>
        <source>Remove this {what}</source>
        <translation>Убрать: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>Восстановление %n контакта</numerusform>
            <numerusform>Восстановление %n контактов</numerusform>
            <numerusform>Восстановление %n контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Суббота</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>Сохранить отчёт PDF</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in {folder}</source>
        <translation>
            <numerusform>Сохранён %n файл в {folder}</numerusform>
            <numerusform>Сохранено %n файла в {folder}</numerusform>
            <numerusform>Сохранено %n файлов в {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Scope: {scope}</source>
        <translation>Охват: {scope}</translation>
    </message>
    <message>
        <source>Seasonality</source>
        <translation>Сезонность</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Доля (%)</translation>
    </message>
    <message>
        <source>Shared meetings</source>
        <translation>Общие встречи</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n related people in the list</source>
        <translation>
            <numerusform>Показать в списке %n связанного человека</numerusform>
            <numerusform>Показать в списке всех %n связанных людей</numerusform>
            <numerusform>Показать в списке всех %n связанных людей</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the notes as the card will</source>
        <translation>Показать заметки так, как их покажет карточка</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Social profiles</source>
        <translation>Профили в соцсетях</translation>
    </message>
    <message>
        <source>Some fields need fixing before the card can be saved.</source>
        <translation>Некоторые поля нужно исправить, прежде чем сохранить карточку.</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>Поддерживать связь</translation>
    </message>
    <message>
        <source>Stay in touch every</source>
        <translation>Связь каждые</translation>
    </message>
    <message>
        <source>Stay in touch every (days)</source>
        <translation>Выходить на связь каждые (дней)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Улица и дом</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Суффикс</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Воскресенье</translation>
    </message>
    <message>
        <source>System ({zone})</source>
        <translation>Системный ({zone})</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>The day a 29 February birthday or anniversary is shown on in years without one.</source>
        <translation>День, в который день рождения или годовщина 29 февраля показывается в годы без этой даты.</translation>
    </message>
    <message>
        <source>The day calendars and week views start on.</source>
        <translation>День, с которого начинаются календари и недельные представления.</translation>
    </message>
    <message>
        <source>The hour of the day, in your zone, at which birthdays, anniversaries and stay-in-touch reminders are raised.</source>
        <translation>Час дня, в вашем поясе, когда появляются напоминания о днях рождения, годовщинах и поддержании связи.</translation>
    </message>
    <message>
        <source>The interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <source>The kind a new quick capture entry starts with.</source>
        <translation>Вид, с которого начинается новая быстрая запись.</translation>
    </message>
    <message>
        <source>The language pcrm speaks, and writes dates and numbers in; “As the system” follows the computer&apos;s language. pcrm changes to it when it next starts.</source>
        <translation>Язык pcrm, а также дат и чисел; «Как в системе» — язык компьютера. pcrm перейдёт на него при следующем запуске.</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>The newest backup of each of this many days is kept.</source>
        <translation>Хранится самая новая копия за каждый из стольких дней.</translation>
    </message>
    <message>
        <source>The stay-in-touch cadence a new contact starts with; 0 for none.</source>
        <translation>Как часто выходить на связь с новым контактом; 0 — без напоминаний.</translation>
    </message>
    <message>
        <source>The store is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <source>Their time zone</source>
        <translation>Их часовой пояс</translation>
    </message>
    <message>
        <source>Things to ask next time</source>
        <translation>О чём спросить в следующий раз</translation>
    </message>
    <message>
        <source>This card has changes that are not saved.</source>
        <translation>В карточке есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Через</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Times are shown in this zone; “system” follows the computer&apos;s zone.</source>
        <translation>Время показывается в этом поясе; «system» — пояс компьютера.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Type a name, a phone or an e-mail first.</source>
        <translation>Сначала введите имя, телефон или e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>Unarchive %n contact(s)</source>
        <translation>
            <numerusform>Разархивирование %n контакта</numerusform>
            <numerusform>Разархивирование %n контактов</numerusform>
            <numerusform>Разархивирование %n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n favourite(s)</source>
        <translation>
            <numerusform>Снятие отметки «избранный» с %n контакта</numerusform>
            <numerusform>Снятие отметки «избранный» с %n контактов</numerusform>
            <numerusform>Снятие отметки «избранный» с %n контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Без имени</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Usual channel</source>
        <translation>Обычный канал</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Веб</translation>
    </message>
    <message>
        <source>Web sites</source>
        <translation>Сайты</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Where the automatic backups go; empty for the store&apos;s own backups folder. Another disk keeps them safe when this one fails.</source>
        <translation>Куда записывать автоматические копии; пусто — в собственную папку копий хранилища. Другой диск сохранит их, если этот откажет.</translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation>Где: {place}</translation>
    </message>
    <message>
        <source>While pcrm runs, and when it starts, an encrypted, verified backup is written once a day.</source>
        <translation>Пока pcrm работает и при запуске, раз в день записывается зашифрованная проверенная копия.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>With</source>
        <translation>С кем</translation>
    </message>
    <message>
        <source>With: {people}</source>
        <translation>С кем: {people}</translation>
    </message>
    <message>
        <source>Without this the file holds summaries and times only: no notes, places or participants, and nothing marked private.</source>
        <translation>Без этого файл содержит только названия и время: без заметок, мест, участников и без личных записей.</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Year (optional)</source>
        <translation>Год (необязательно)</translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation>Ваш часовой пояс</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>address type</source>
        <translation>тип адреса</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>событие</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>годовщина</translation>
    </message>
    <message>
        <source>at {place}</source>
        <translation>в {place}</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>день рождения</translation>
    </message>
    <message>
        <source>blog</source>
        <translation>блог</translation>
    </message>
    <message>
        <source>child</source>
        <translation>ребёнок</translation>
    </message>
    <message>
        <source>choose or type the service</source>
        <translation>выберите или введите сервис</translation>
    </message>
    <message>
        <source>choose the contact from the list as you type</source>
        <translation>выбирайте контакт из списка при вводе</translation>
    </message>
    <message>
        <source>choose the day and the month</source>
        <translation>выберите день и месяц</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>коллега</translation>
    </message>
    <message>
        <source>composed from the name</source>
        <translation>составлено из имени</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>e.g. Gift ideas</source>
        <translation>напр. Идеи подарков</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>каждый %n день</numerusform>
            <numerusform>каждые %n дня</numerusform>
            <numerusform>каждые %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>extended address</source>
        <translation>дополнительный адрес</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>дальнейший шаг</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>друг</translation>
    </message>
    <message>
        <source>friends</source>
        <translation>друзья</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>from the notes</source>
        <translation>из заметок</translation>
    </message>
    <message>
        <source>from {what}, {date}</source>
        <translation>из {what}, {date}</translation>
    </message>
    <message>
        <source>home</source>
        <translation>домашний</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>in person</source>
        <translation>лично</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>входящий</translation>
    </message>
    <message>
        <source>introduced</source>
        <translation>познакомил(а)</translation>
    </message>
    <message>
        <source>introduced by</source>
        <translation>знакомство через</translation>
    </message>
    <message>
        <source>introduced by {name}</source>
        <translation>познакомил(а) {name}</translation>
    </message>
    <message>
        <source>introduced {name}</source>
        <translation>представил(а) {name}</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>label</source>
        <translation>метка</translation>
    </message>
    <message>
        <source>label, e.g. name day</source>
        <translation>метка, напр. именины</translation>
    </message>
    <message>
        <source>main</source>
        <translation>основной</translation>
    </message>
    <message>
        <source>main job</source>
        <translation>основная работа</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>подопечный</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>наставник</translation>
    </message>
    <message>
        <source>messenger</source>
        <translation>мессенджер</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>name the organisation</source>
        <translation>укажите организацию</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>без фото</translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation>без напоминания</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <source>not a phone number; type it with the country code, like +380 44 123 4567</source>
        <translation>не номер телефона; введите его с кодом страны, например +380 44 123 4567</translation>
    </message>
    <message>
        <source>not a time zone; type a city and choose, like Europe/Kyiv</source>
        <translation>не часовой пояс; введите город и выберите, например Europe/Kyiv</translation>
    </message>
    <message>
        <source>not a web address (example.org or https://…)</source>
        <translation>не веб-адрес (example.org или https://…)</translation>
    </message>
    <message>
        <source>not an e-mail address (name@example.org)</source>
        <translation>не адрес e-mail (name@example.org)</translation>
    </message>
    <message>
        <source>of this contact is</source>
        <translation>этого контакта —</translation>
    </message>
    <message>
        <source>one, two, three</source>
        <translation>один, два, три</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>исходящий</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>просрочено с {date}</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>родитель</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>партнёр</translation>
    </message>
    <message>
        <source>pcrm dashboard</source>
        <translation>Панель pcrm</translation>
    </message>
    <message>
        <source>pcrm rewrites this iCalendar file after every change to meetings, reminders, tasks and dates, so a calendar app can subscribe to it; empty for none. It is not encrypted.</source>
        <translation>pcrm перезаписывает этот файл iCalendar после каждого изменения встреч, напоминаний, задач и дат, чтобы календарь мог на него подписаться; пусто — без файла. Файл не зашифрован.</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>личный</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>индекс</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>основной</translation>
    </message>
    <message>
        <source>private</source>
        <translation>личное</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>профиль</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>повторяющееся</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>связь</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>родственник</translation>
    </message>
    <message>
        <source>remind me</source>
        <translation>напомнить</translation>
    </message>
    <message>
        <source>report</source>
        <translation>подчинённый</translation>
    </message>
    <message>
        <source>school</source>
        <translation>школа</translation>
    </message>
    <message>
        <source>service</source>
        <translation>сервис</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>брат/сестра</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>с {date}</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>супруг(а)</translation>
    </message>
    <message>
        <source>street</source>
        <translation>улица</translation>
    </message>
    <message>
        <source>the photo is still being read; a moment</source>
        <translation>фото ещё читается; подождите</translation>
    </message>
    <message>
        <source>the year has four digits, or stays empty</source>
        <translation>год состоит из четырёх цифр или остаётся пустым</translation>
    </message>
    <message>
        <source>the year is needed here</source>
        <translation>здесь нужен год</translation>
    </message>
    <message>
        <source>this day does not exist in that month</source>
        <translation>такого дня в этом месяце нет</translation>
    </message>
    <message numerus="yes">
        <source>turns %n</source>
        <translation>
            <numerusform>исполняется %n</numerusform>
            <numerusform>исполняется %n</numerusform>
            <numerusform>исполняется %n</numerusform>
        </translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>несохранённые изменения</translation>
    </message>
    <message>
        <source>until</source>
        <translation>по</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>до {date}</translation>
    </message>
    <message>
        <source>video</source>
        <translation>видео</translation>
    </message>
    <message>
        <source>web site</source>
        <translation>сайт</translation>
    </message>
    <message>
        <source>whole address</source>
        <translation>полный адрес</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>с {names}</translation>
    </message>
    <message>
        <source>work</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>year?</source>
        <translation>год?</translation>
    </message>
    <message numerus="yes">
        <source>{before} → %n interaction(s)</source>
        <translation>
            <numerusform>{before} → %n взаимодействие</numerusform>
            <numerusform>{before} → %n взаимодействия</numerusform>
            <numerusform>{before} → %n взаимодействий</numerusform>
        </translation>
    </message>
    <message>
        <source>{detail} (former)</source>
        <translation>{detail} (бывшее)</translation>
    </message>
    <message>
        <source>{name}&apos;s birthday</source>
        <translation>День рождения: {name}</translation>
    </message>
    <message>
        <source>{name}: {what}</source>
        <translation>{name}: {what}</translation>
    </message>
    <message>
        <source>{name}: {what} ({years})</source>
        <translation>{name}: {what} ({years})</translation>
    </message>
    <message>
        <source>{relation} of {name}</source>
        <translation>{name}: {relation}</translation>
    </message>
    <message>
        <source>{span} past the {cadence}-day cadence</source>
        <translation>{span} сверх частоты {cadence} дн.</translation>
    </message>
    <message>
        <source>{zone} (now {time})</source>
        <translation>{zone} (сейчас {time})</translation>
    </message>
    <message>
        <source>… and {count} more rows in the CSV export.</source>
        <translation>… и ещё строк в экспорте CSV: {count}.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>↗ outgoing</source>
        <translation>↗ исходящий</translation>
    </message>
    <message>
        <source>↙ incoming</source>
        <translation>↙ входящий</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
</context>
<context>
    <name>AlarmList</name>
    <message>
        <source>Add a&amp;larm</source>
        <translation>Добавить &amp;сигнал</translation>
    </message>
    <message>
        <source>Alarm amount</source>
        <translation>Сколько до сигнала</translation>
    </message>
    <message>
        <source>Alarm unit</source>
        <translation>Единица времени сигнала</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Сигналы</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>days before</source>
        <translation>дней до</translation>
    </message>
    <message>
        <source>hours before</source>
        <translation>часов до</translation>
    </message>
    <message>
        <source>minutes before</source>
        <translation>минут до</translation>
    </message>
</context>
<context>
    <name>AlphabetBar</name>
    <message>
        <source>Alphabet</source>
        <translation>Алфавит</translation>
    </message>
    <message>
        <source>Jump to a letter</source>
        <translation>Перейти к букве</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>&amp;monthly:</source>
        <translation>еже&amp;месячно:</translation>
    </message>
    <message>
        <source>&amp;weekly:</source>
        <translation>еже&amp;недельно:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматическая</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматические копии</translation>
    </message>
    <message>
        <source>Automatic backups are off. Backups go to {folder}.</source>
        <translation>Автоматические копии выключены. Копии записываются в {folder}.</translation>
    </message>
    <message>
        <source>Back up &amp;automatically every day</source>
        <translation>&amp;Автоматически создавать копию ежедневно</translation>
    </message>
    <message>
        <source>Backed up and verified: {file}.</source>
        <translation>Копия создана и проверена: {file}.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создание копии…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Резервные копии, сначала новые</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <source>Change backup settings</source>
        <translation>Изменение настроек копий</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>Пап&amp;ка:</translation>
    </message>
    <message>
        <source>Keep &amp;daily:</source>
        <translation>Хранить е&amp;жедневные:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>No automatic backup yet; the first is taken now. They go to {folder}.</source>
        <translation>Автоматических копий ещё нет; первая создаётся сейчас. Копии записываются в {folder}.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation>Восстановить из &amp;файла…</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>The last automatic backup was taken {last}; the next is due {next}. They go to {folder}.</source>
        <translation>Последняя автоматическая копия: {last}; следующая: {next}. Копии записываются в {folder}.</translation>
    </message>
    <message>
        <source>The newest backup of each day, week and month is kept for as many as you say; older automatic backups are deleted. Backups you make elsewhere, and those taken before an upgrade or a restore, are never deleted.</source>
        <translation>Самая новая копия каждого дня, недели и месяца хранится столько, сколько вы укажете; более старые автоматические копии удаляются. Копии, сделанные в другом месте, а также перед обновлением или восстановлением, не удаляются никогда.</translation>
    </message>
    <message>
        <source>Verifying {file}…</source>
        <translation>Проверка {file}…</translation>
    </message>
    <message>
        <source>{file} is intact.</source>
        <translation>{file} не повреждён.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n взаимодействие</numerusform>
            <numerusform>%n взаимодействия</numerusform>
            <numerusform>%n взаимодействий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Briefing</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Could not write: {reason}</source>
        <translation>Не удалось записать: {reason}</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the briefing…</source>
        <translation>Подготовка сводки…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Печать (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the briefing</source>
        <translation>Печать сводки</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить как &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+Shift+S)</source>
        <translation>Сохранить как PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Save the briefing as PDF</source>
        <translation>Сохранить сводку как PDF</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Сохранение PDF…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Отправлено на принтер.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Повестка</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Месяц</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>Н&amp;азад</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>Н&amp;еделя</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>Новая &amp;задача…</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>Copy E-mail Address</source>
        <translation>Копировать адрес e-mail</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>Копировать адрес ссылки</translation>
    </message>
    <message>
        <source>Copy Phone Number</source>
        <translation>Копировать номер телефона</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Nothing in this period</source>
        <translation>За этот период ничего нет</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>&amp;Dates with slashes read as</source>
        <translation>&amp;Даты с косой чертой читать как</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <source>&amp;Use these columns</source>
        <translation>&amp;Использовать эти столбцы</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Также</translation>
    </message>
    <message>
        <source>Choose a column with a name, an e-mail or a phone.</source>
        <translation>Выберите столбец с именем, e-mail или телефоном.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Столбцы файла</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>Импортировать столбец %1 как</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Order of dates written with slashes</source>
        <translation>Порядок в датах с косой чертой</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Preview of the first contacts</source>
        <translation>Предпросмотр первых контактов</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>What does each column hold?</source>
        <translation>Что содержит каждый столбец?</translation>
    </message>
    <message>
        <source>day/month/year (31/03/1990)</source>
        <translation>день/месяц/год (31/03/1990)</translation>
    </message>
    <message>
        <source>month/day/year (03/31/1990)</source>
        <translation>месяц/день/год (03/31/1990)</translation>
    </message>
    <message>
        <source>notes: %1</source>
        <translation>заметки: %1</translation>
    </message>
    <message>
        <source>pcrm does not know the layout of this file. Choose the field each column goes into; the preview below shows the first contacts as they will be imported. Columns kept in notes are added to each contact&apos;s notes.</source>
        <translation>pcrm не знает структуру этого файла. Выберите поле для каждого столбца; ниже видны первые контакты такими, какими они будут импортированы. Столбцы, сохраняемые в заметках, добавляются к заметкам каждого контакта.</translation>
    </message>
</context>
<context>
    <name>ContactExportDialog</name>
    <message numerus="yes">
        <source>%n of {total} contact(s) written</source>
        <translation>
            <numerusform>Записано %n из {total} контактов</numerusform>
            <numerusform>Записано %n из {total} контактов</numerusform>
            <numerusform>Записано %n из {total} контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Everyone (not the trash)</source>
        <translation>Вс&amp;е (кроме корзины)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Папка</translation>
    </message>
    <message>
        <source>A &amp;group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV, Google Contacts layout (.csv)</source>
        <translation>CSV в формате Google Контактов (.csv)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Destination: name a file or folder</source>
        <translation>Куда: укажите файл или папку</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Экспорт контактов</translation>
    </message>
    <message>
        <source>Export contacts to</source>
        <translation>Экспортировать контакты в</translation>
    </message>
    <message>
        <source>Export into the folder</source>
        <translation>Экспортировать в папку</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Состояние экспорта</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {path}</source>
        <translation>
            <numerusform>Экспортирован %n контакт в {path}</numerusform>
            <numerusform>Экспортировано %n контакта в {path}</numerusform>
            <numerusform>Экспортировано %n контактов в {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>Ф&amp;ормат</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Put each contact&apos;s &amp;name in its folder&apos;s name</source>
        <translation>Добавлять &amp;имя контакта в название его папки</translation>
    </message>
    <message>
        <source>Readable folder: a vCard, notes and timeline per contact</source>
        <translation>Папка для чтения: vCard, заметки и хронология для каждого контакта</translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected contact(s)</source>
        <translation>
            <numerusform>&amp;Выбранный %n контакт</numerusform>
            <numerusform>&amp;Выбранные %n контакта</numerusform>
            <numerusform>&amp;Выбранные %n контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>Without this the folders are numbered, so their names say nothing about anyone.</source>
        <translation>Без этого папки пронумерованы, и их названия ничего ни о ком не говорят.</translation>
    </message>
    <message>
        <source>vCard 3.0 (.vcf), for older programs</source>
        <translation>vCard 3.0 (.vcf), для старых программ</translation>
    </message>
    <message>
        <source>vCard 4.0 (.vcf)</source>
        <translation>vCard 4.0 (.vcf)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Файлы vCard (*.vcf)</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Next reminder</source>
        <translation>Следующее напоминание</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
</context>
<context>
    <name>ContactOutcomeModel</name>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>adds {what}</source>
        <translation>добавляет {what}</translation>
    </message>
    <message>
        <source>create</source>
        <translation>создать</translation>
    </message>
    <message>
        <source>keeps your {what}</source>
        <translation>сохраняет ваше: {what}</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>пропустить</translation>
    </message>
    <message>
        <source>update</source>
        <translation>обновить</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>type a name…</source>
        <translation>введите имя…</translation>
    </message>
</context>
<context>
    <name>ContactPreviewPanel</name>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n пропущен</numerusform>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n создать</numerusform>
            <numerusform>%n создать</numerusform>
            <numerusform>%n создать</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n обновить</numerusform>
            <numerusform>%n обновить</numerusform>
            <numerusform>%n обновить</numerusform>
        </translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>По&amp;казать:</translation>
    </message>
    <message>
        <source>Show the records to</source>
        <translation>Показать записи, которые</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущенные</translation>
    </message>
    <message>
        <source>To create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>What importing each record would do</source>
        <translation>Что сделает импорт каждой записи</translation>
    </message>
</context>
<context>
    <name>ContactTable</name>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Keep working</source>
        <translation>Продолжить работу</translation>
    </message>
    <message>
        <source>Quit pcrm</source>
        <translation>Выйти из pcrm</translation>
    </message>
    <message>
        <source>The last action may not have been completed; everything saved before it is safe. Nothing personal was written to the log. To see where the error happened, start pcrm from a terminal with PCRM_DEBUG=1.</source>
        <translation>Последнее действие могло не завершиться; всё сохранённое раньше в безопасности. В журнал не записано ничего личного. Чтобы увидеть, где произошла ошибка, запустите pcrm из терминала с PCRM_DEBUG=1.</translation>
    </message>
    <message>
        <source>pcrm met an unexpected error ({name}).</source>
        <translation>pcrm столкнулся с неожиданной ошибкой ({name}).</translation>
    </message>
    <message>
        <source>pcrm – unexpected error</source>
        <translation>pcrm – неожиданная ошибка</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln взаимодействие</numerusform>
            <numerusform>%Ln взаимодействия</numerusform>
            <numerusform>%Ln взаимодействий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n новый контакт</numerusform>
            <numerusform>%n новых контакта</numerusform>
            <numerusform>%n новых контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Compare with the previous period</source>
        <translation>&amp;Сравнить с предыдущим периодом</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Охват:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Channel: {name}</source>
        <translation>Канал: {name}</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Channels per contact</source>
        <translation>Каналы по контактам</translation>
    </message>
    <message>
        <source>Channels per group</source>
        <translation>Каналы по группам</translation>
    </message>
    <message>
        <source>Choose a contact to see their figures.</source>
        <translation>Выберите контакт, чтобы увидеть его показатели.</translation>
    </message>
    <message>
        <source>Compute again (F5)</source>
        <translation>Вычислить заново (F5)</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Вычисление</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Contact: {name}</source>
        <translation>Контакт: {name}</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Панель</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Everyone: the scope does not narrow this part.</source>
        <translation>Все: охват не сужает эту часть.</translation>
    </message>
    <message>
        <source>Export &amp;all tables…</source>
        <translation>Экспортировать &amp;все таблицы…</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation>Группа: {name}</translation>
    </message>
    <message>
        <source>Interactions over time</source>
        <translation>Взаимодействия во времени</translation>
    </message>
    <message>
        <source>Last interaction: {day}</source>
        <translation>Последнее взаимодействие: {day}</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Связь слабеет</translation>
    </message>
    <message>
        <source>Most talked to</source>
        <translation>Чаще всего на связи</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Новые контакты</translation>
    </message>
    <message>
        <source>New contacts by how we met</source>
        <translation>Новые контакты по тому, как познакомились</translation>
    </message>
    <message>
        <source>No new contacts in this period</source>
        <translation>За этот период новых контактов нет</translation>
    </message>
    <message>
        <source>Not contacted since</source>
        <translation>Без связи с</translation>
    </message>
    <message>
        <source>One CSV file per section (Ctrl+Shift+E)</source>
        <translation>Отдельный файл CSV для каждого раздела (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>One channel</source>
        <translation>Один канал</translation>
    </message>
    <message>
        <source>One contact</source>
        <translation>Один контакт</translation>
    </message>
    <message>
        <source>One group</source>
        <translation>Одна группа</translation>
    </message>
    <message>
        <source>PDF &amp;report…</source>
        <translation>&amp;Отчёт PDF…</translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF report (Ctrl+P)</source>
        <translation>Сохранить панель как отчёт PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Seasonality</source>
        <translation>Сезонность</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новые</translation>
    </message>
    <message>
        <source>previous period: {before} ({change})</source>
        <translation>предыдущий период: {before} ({change})</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year} г.</translation>
    </message>
</context>
<context>
    <name>DraftChooser</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <source>Open one to finish it. Those you leave here are offered again later.</source>
        <translation>Откройте черновик, чтобы закончить его. Оставленные здесь будут предложены позже.</translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation>Несохранённые черновики</translation>
    </message>
    <message>
        <source>You have unsaved quick capture drafts</source>
        <translation>У вас есть несохранённые черновики быстрой записи</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Не дубликаты</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Пропустить</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Comparing similar names: {done} of {total}</source>
        <translation>Сравнение похожих имён: {done} из {total}</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <source>Keep the other card, and merge this one into it</source>
        <translation>Оставить другую карточку и объединить эту с ней</translation>
    </message>
    <message>
        <source>Leave this pair for another time</source>
        <translation>Оставить эту пару на другой раз</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Поиск дубликатов…</translation>
    </message>
    <message>
        <source>Looking for shared e-mails and phones…</source>
        <translation>Поиск общих e-mail и телефонов…</translation>
    </message>
    <message>
        <source>Mark as not duplicates</source>
        <translation>Отметить как не дубликаты</translation>
    </message>
    <message>
        <source>Merge (Ctrl+Return)</source>
        <translation>Объединить (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Объединение контактов</translation>
    </message>
    <message>
        <source>Merge contacts into {name}</source>
        <translation>Объединение контактов в {name}</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>&amp;Далее ▶</translation>
    </message>
    <message>
        <source>Never propose these two again</source>
        <translation>Больше не предлагать этих двоих</translation>
    </message>
    <message>
        <source>No more pairs to review.</source>
        <translation>Пар для просмотра больше нет.</translation>
    </message>
    <message numerus="yes">
        <source>Pair %n of {total}</source>
        <translation>
            <numerusform>Пара %n из {total}</numerusform>
            <numerusform>Пара %n из {total}</numerusform>
            <numerusform>Пара %n из {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading names: {done} of {total}</source>
        <translation>Чтение имён: {done} из {total}</translation>
    </message>
    <message>
        <source>S&amp;wap sides</source>
        <translation>По&amp;менять местами</translation>
    </message>
    <message>
        <source>Something else was changed since; use Edit ▸ Undo in the window.</source>
        <translation>С тех пор изменилось что-то ещё; используйте Правка ▸ Отменить в главном окне.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>Two contacts you chose.</source>
        <translation>Два контакта, которые вы выбрали.</translation>
    </message>
    <message>
        <source>Which pair</source>
        <translation>Какая пара</translation>
    </message>
    <message>
        <source>Why these two</source>
        <translation>Почему именно эти двое</translation>
    </message>
    <message>
        <source>Why: {reasons} — {score}% alike</source>
        <translation>Почему: {reasons} — сходство {score}%</translation>
    </message>
    <message>
        <source>a middle name on one card only</source>
        <translation>отчество только в одной карточке</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>похожее имя</translation>
    </message>
    <message>
        <source>an initial for the given name</source>
        <translation>инициал вместо имени</translation>
    </message>
    <message>
        <source>given and family name swapped</source>
        <translation>имя и фамилия переставлены</translation>
    </message>
    <message>
        <source>the same e-mail</source>
        <translation>тот же e-mail</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>то же имя</translation>
    </message>
    <message>
        <source>the same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <source>written in Cyrillic and Latin letters</source>
        <translation>написано кириллицей и латиницей</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Назад</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Add contact</source>
        <translation>Добавление контакта</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Изменение контакта</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create store</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>Create your pcrm store</source>
        <translation>Создайте своё хранилище pcrm</translation>
    </message>
    <message>
        <source>Creating the encrypted store…</source>
        <translation>Создание зашифрованного хранилища…</translation>
    </message>
    <message>
        <source>Fill with demo data ({contacts} made-up contacts, {interactions} interactions) to try pcrm out</source>
        <translation>Заполнить демонстрационными данными ({contacts} вымышленных контактов, {interactions} взаимодействий), чтобы попробовать pcrm</translation>
    </message>
    <message>
        <source>Its key will be kept in your system keyring ({name}), so you will not need to type a passphrase.</source>
        <translation>Его ключ будет храниться в системной связке ключей ({name}), поэтому вводить парольную фразу не придётся.</translation>
    </message>
    <message>
        <source>No system keyring was found, so a passphrase protects the store. Choose one of at least {n} characters; it cannot be recovered if you forget it.</source>
        <translation>Системная связка ключей не найдена, поэтому хранилище защищает парольная фраза. Выберите фразу не короче {n} символов; если вы её забудете, восстановить её будет невозможно.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Planning the demo data</source>
        <translation>Планирование демонстрационных данных</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Повторите её:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Парольные фразы не совпадают. Введите их ещё раз.</translation>
    </message>
    <message>
        <source>Tidying the search index</source>
        <translation>Упорядочивание поискового индекса</translation>
    </message>
    <message>
        <source>Use a passphrase instead</source>
        <translation>Использовать вместо этого парольную фразу</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>Используйте не меньше {n} символов.</translation>
    </message>
    <message>
        <source>Welcome to pcrm</source>
        <translation>Добро пожаловать в pcrm</translation>
    </message>
    <message>
        <source>Writing contacts</source>
        <translation>Запись контактов</translation>
    </message>
    <message>
        <source>Writing reminders</source>
        <translation>Запись напоминаний</translation>
    </message>
    <message>
        <source>Writing the timeline</source>
        <translation>Запись хронологии</translation>
    </message>
    <message>
        <source>pcrm keeps your contacts, their history and your reminders in one encrypted database, in this folder:</source>
        <translation>pcrm хранит ваши контакты, их историю и ваши напоминания в одной зашифрованной базе данных в этой папке:</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>not a time: try “yesterday 15:00” or “2 hours ago”</source>
        <translation>не время: попробуйте «yesterday 15:00» или «2 hours ago»</translation>
    </message>
</context>
<context>
    <name>GraphLegend</name>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
</context>
<context>
    <name>GraphQuestions</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>Найден %n</numerusform>
            <numerusform>Найдено %n</numerusform>
            <numerusform>Найдено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Only these in the graph</source>
        <translation>&amp;Только эти на графе</translation>
    </message>
    <message numerus="yes">
        <source>(%n not in the graph: “Only these” shows them)</source>
        <translation>
            <numerusform>(%n нет на графе: «Только эти» покажет их)</numerusform>
            <numerusform>(%n нет на графе: «Только эти» покажет их)</numerusform>
            <numerusform>(%n нет на графе: «Только эти» покажет их)</numerusform>
        </translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Найти людей</translation>
    </message>
    <message>
        <source>In city…</source>
        <translation>В городе…</translation>
    </message>
    <message>
        <source>Introduced by…</source>
        <translation>Познакомил(а)…</translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation>Никого не найдено.</translation>
    </message>
    <message>
        <source>People at organisation…</source>
        <translation>Люди в организации…</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Найденные люди</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>a town, in any script</source>
        <translation>город, любым письмом</translation>
    </message>
    <message>
        <source>an organisation&apos;s name</source>
        <translation>название организации</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Relationship graph</source>
        <translation>Граф связей</translation>
    </message>
</context>
<context>
    <name>GraphWindow</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n связь</numerusform>
            <numerusform>%n связи</numerusform>
            <numerusform>%n связей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Группа</translation>
    </message>
    <message>
        <source>&amp;Introductions</source>
        <translation>&amp;Знакомства</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <source>&amp;Relationships</source>
        <translation>С&amp;вязи</translation>
    </message>
    <message>
        <source>Any organisation</source>
        <translation>Любая организация</translation>
    </message>
    <message>
        <source>Contacts, at &amp;most</source>
        <translation>Контактов, &amp;не больше</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Не удалось сохранить: {reason}</translation>
    </message>
    <message>
        <source>Drawing the graph…</source>
        <translation>Построение графа…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;picture…</source>
        <translation>Экспорт &amp;изображения…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Fit the graph in the window</source>
        <translation>Вписать граф в окно</translation>
    </message>
    <message>
        <source>Include &amp;archived contacts</source>
        <translation>Включить &amp;архивные контакты</translation>
    </message>
    <message>
        <source>Include contacts &amp;without connections</source>
        <translation>Включить контакты &amp;без связей</translation>
    </message>
    <message>
        <source>Meetings &amp;together, at least</source>
        <translation>Общих &amp;встреч, не меньше</translation>
    </message>
    <message>
        <source>Nobody matches these filters, or no one of them is connected.</source>
        <translation>Под эти фильтры никто не подходит или никто из них не связан.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation>Граф связей</translation>
    </message>
    <message>
        <source>Relationship types</source>
        <translation>Виды связей</translation>
    </message>
    <message>
        <source>Save the graph as</source>
        <translation>Сохранить граф как</translation>
    </message>
    <message>
        <source>Save the nodes and edges as CSV into</source>
        <translation>Сохранить узлы и рёбра как CSV в</translation>
    </message>
    <message>
        <source>Saved {files} in {folder}.</source>
        <translation>Сохранено: {files} в {folder}.</translation>
    </message>
    <message>
        <source>Shared &amp;meetings</source>
        <translation>Общие &amp;встречи</translation>
    </message>
    <message>
        <source>Shared meetings are counted among the best connected contacts only.</source>
        <translation>Общие встречи считаются только среди самых связанных контактов.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} contacts: the best connected. Narrow the filters to see the others.</source>
        <translation>Показано {shown} из {total} контактов: самые связанные. Сузьте фильтры, чтобы увидеть остальных.</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Виды</translation>
    </message>
    <message>
        <source>What the graph shows</source>
        <translation>Что показывает граф</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Вычисление</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>{contacts}, {connections}.</source>
        <translation>{contacts}, {connections}.</translation>
    </message>
</context>
<context>
    <name>HeatMapChart</name>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n взаимодействие</numerusform>
            <numerusform>%n взаимодействия</numerusform>
            <numerusform>%n взаимодействий</numerusform>
        </translation>
    </message>
    <message>
        <source>Busiest: {cell}</source>
        <translation>Пик: {cell}</translation>
    </message>
    <message>
        <source>Interactions per cell:</source>
        <translation>Взаимодействий в ячейке:</translation>
    </message>
    <message>
        <source>{weekday}s in {month}: {count}</source>
        <translation>{weekday}, {month}: {count}</translation>
    </message>
</context>
<context>
    <name>IcalExportDialog</name>
    <message numerus="yes">
        <source>%n of {total} item(s) written</source>
        <translation>
            <numerusform>Записано %n из {total} записей</numerusform>
            <numerusform>Записано %n из {total} записей</numerusform>
            <numerusform>Записано %n из {total} записей</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Всё</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>A &amp;group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <source>Export calendar to</source>
        <translation>Экспортировать календарь в</translation>
    </message>
    <message>
        <source>Exported {events} events, {todos} to-dos and {alarms} alarms to {path}</source>
        <translation>Экспортировано в {path}: событий — {events}, задач — {todos}, сигналов — {alarms}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Include &amp;notes, places, participants and private items</source>
        <translation>Включить &amp;заметки, места, участников и личные записи</translation>
    </message>
    <message>
        <source>One &amp;contact:</source>
        <translation>Один &amp;контакт:</translation>
    </message>
    <message>
        <source>Only items &amp;from</source>
        <translation>Только записи &amp;с</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Without this the file holds summaries and times only.</source>
        <translation>Без этого файл содержит только названия и время.</translation>
    </message>
    <message>
        <source>choose a contact from the list</source>
        <translation>выберите контакт из списка</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>name a file</source>
        <translation>укажите файл</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n новый контакт</numerusform>
            <numerusform>%n новых контакта</numerusform>
            <numerusform>%n новых контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n пропущен</numerusform>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n создать</numerusform>
            <numerusform>%n создать</numerusform>
            <numerusform>%n создать</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n обновить</numerusform>
            <numerusform>%n обновить</numerusform>
            <numerusform>%n обновить</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>&amp;Not yet contacts — tick to create:</source>
        <translation>&amp;Ещё не контакты — отметьте, чтобы создать:</translation>
    </message>
    <message>
        <source>Checking records: {done} of {total}</source>
        <translation>Проверка записей: {done} из {total}</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Выберите файл для импорта</translation>
    </message>
    <message>
        <source>Contacts and calendars (*.vcf *.vcard *.csv *.ics *.ical);;vCard files (*.vcf *.vcard);;CSV files (*.csv);;iCalendar files (*.ics *.ical);;All files (*)</source>
        <translation>Контакты и календари (*.vcf *.vcard *.csv *.ics *.ical);;Файлы vCard (*.vcf *.vcard);;Файлы CSV (*.csv);;Файлы iCalendar (*.ics *.ical);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Импорт встреч</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Состояние импорта</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Импорт {file}</translation>
    </message>
    <message>
        <source>Importing contacts: {done} of {total}</source>
        <translation>Импорт контактов: {done} из {total}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Файл не выбран.</translation>
    </message>
    <message>
        <source>Nothing to import: the store already has all of it.</source>
        <translation>Нечего импортировать: в хранилище всё это уже есть.</translation>
    </message>
    <message>
        <source>People who are not contacts: create contact</source>
        <translation>Люди, которых нет среди контактов: создать контакт</translation>
    </message>
    <message>
        <source>Reading events: {done} of {total}</source>
        <translation>Чтение событий: {done} из {total}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Что сделает импорт</translation>
    </message>
    <message numerus="yes">
        <source>{person} — %n meeting(s)</source>
        <translation>
            <numerusform>{person} — %n встреча</numerusform>
            <numerusform>{person} — %n встречи</numerusform>
            <numerusform>{person} — %n встреч</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Изменить взаимодействие</translation>
    </message>
</context>
<context>
    <name>InteractionForm</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>&amp;Private (left out of calendar exports)</source>
        <translation>&amp;Личное (не попадает в экспорт календаря)</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>В&amp;ремя:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;С кем:</translation>
    </message>
    <message>
        <source>45m, 1h30…</source>
        <translation>45m, 1h30…</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ка&amp;нал:</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Дл&amp;ительность:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Н&amp;аправление:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Follow-ups:</source>
        <translation>Дальнейшие шаги:</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Life &amp;event:</source>
        <translation>Со&amp;бытие в жизни:</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Событие в жизни</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>What happened? Markdown works.</source>
        <translation>Что произошло? Можно использовать Markdown.</translation>
    </message>
    <message>
        <source>new job, moved, married…</source>
        <translation>новая работа, переезд, свадьба…</translation>
    </message>
    <message>
        <source>not a duration</source>
        <translation>не длительность</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>when you save</source>
        <translation>при сохранении</translation>
    </message>
    <message>
        <source>{key} turns the current line into a follow-up task.</source>
        <translation>{key} превращает текущую строку в задачу-продолжение.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;About pcrm</source>
        <translation>&amp;О программе pcrm</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архивировать</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <source>&amp;Briefing for the selected…</source>
        <translation>&amp;Сводка по выбранным…</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Панель</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Edit contact</source>
        <translation>&amp;Изменить контакт</translation>
    </message>
    <message>
        <source>&amp;Export calendar…</source>
        <translation>&amp;Экспорт календаря…</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>Из&amp;бранный</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation>&amp;Аналитика</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>За&amp;блокировать</translation>
    </message>
    <message>
        <source>&amp;Log an interaction…</source>
        <translation>&amp;Записать взаимодействие…</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected…</source>
        <translation>Объ&amp;единить два выбранных…</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;Новый контакт</translation>
    </message>
    <message>
        <source>&amp;Org chart</source>
        <translation>&amp;Оргструктура</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Restore from the trash</source>
        <translation>Восстановить из &amp;корзины</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Sort contacts</source>
        <translation>Сор&amp;тировать контакты</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&lt;h3&gt;pcrm {version}&lt;/h3&gt;&lt;p&gt;A personal contact-relationship manager: contacts, their history and your reminders in one encrypted local store.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;pcrm {version}&lt;/h3&gt;&lt;p&gt;Личный менеджер отношений: контакты, их история и ваши напоминания в одном зашифрованном локальном хранилище.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About pcrm</source>
        <translation>О программе pcrm</translation>
    </message>
    <message>
        <source>Add to &amp;group</source>
        <translation>Добавить в &amp;группу</translation>
    </message>
    <message>
        <source>Archived contacts are kept but left out of the other lists.</source>
        <translation>Архивированные контакты хранятся, но не показываются в других списках.</translation>
    </message>
    <message>
        <source>Backed up to {name}.</source>
        <translation>Резервная копия сохранена: {name}.</translation>
    </message>
    <message>
        <source>By &amp;last contact</source>
        <translation>По &amp;последнему контакту</translation>
    </message>
    <message>
        <source>By &amp;name</source>
        <translation>По &amp;имени</translation>
    </message>
    <message>
        <source>By next &amp;reminder</source>
        <translation>По следующему &amp;напоминанию</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>К&amp;алендарь</translation>
    </message>
    <message>
        <source>Choose an organisation in the sidebar, or a contact who works at one.</source>
        <translation>Выберите организацию на боковой панели или контакт, который в ней работает.</translation>
    </message>
    <message>
        <source>Contacts that match this search:</source>
        <translation>Контакты, подходящие под этот поиск:</translation>
    </message>
    <message>
        <source>Create a group</source>
        <translation>Создание группы</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) and their history for good? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить %n контакт и его историю навсегда? Это нельзя отменить.</numerusform>
            <numerusform>Удалить %n контакта и их историю навсегда? Это нельзя отменить.</numerusform>
            <numerusform>Удалить %n контактов и их историю навсегда? Это нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for &amp;good…</source>
        <translation>Удалить без&amp;возвратно…</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Удалить безвозвратно</translation>
    </message>
    <message>
        <source>Deleted contacts. Restore them with Ctrl+R; Shift+Del deletes for good.</source>
        <translation>Удалённые контакты. Восстановить — Ctrl+R; Shift+Del удаляет безвозвратно.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Export &amp;contacts…</source>
        <translation>Экспорт &amp;контактов…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {path}.</source>
        <translation>
            <numerusform>Экспортирован %n контакт в {path}.</numerusform>
            <numerusform>Экспортировано %n контакта в {path}.</numerusform>
            <numerusform>Экспортировано %n контактов в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {events} events and {todos} to-dos to {path}.</source>
        <translation>Экспортировано в {path}: событий — {events}, задач — {todos}.</translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation>Найти &amp;дубликаты…</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>К сп&amp;иску</translation>
    </message>
    <message>
        <source>Imported. Edit ▸ Undo takes the whole import back.</source>
        <translation>Импортировано. Правка ▸ Отменить отменяет весь импорт.</translation>
    </message>
    <message>
        <source>Jumping to a letter needs the list sorted by name.</source>
        <translation>Чтобы переходить к букве, список должен быть отсортирован по имени.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>Название группы:</translation>
    </message>
    <message>
        <source>New &amp;task or reminder…</source>
        <translation>Новая за&amp;дача или напоминание…</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Новая группа…</translation>
    </message>
    <message>
        <source>New smart group</source>
        <translation>Новая умная группа</translation>
    </message>
    <message>
        <source>Nobody here.</source>
        <translation>Здесь никого нет.</translation>
    </message>
    <message>
        <source>People related to {name}</source>
        <translation>Связанные с {name}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Relationship &amp;graph</source>
        <translation>&amp;Граф связей</translation>
    </message>
    <message>
        <source>Remove from this group</source>
        <translation>Убрать из этой группы</translation>
    </message>
    <message>
        <source>Restore &amp;drafts…</source>
        <translation>Восстановить &amp;черновики…</translation>
    </message>
    <message>
        <source>Restored from {name}.</source>
        <translation>Восстановлено из {name}.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <source>Saved search: {query}</source>
        <translation>Сохранённый поиск: {query}</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search names, organisations, e-mail, phones, notes, the timeline…  (Ctrl+F)</source>
        <translation>Поиск по именам, организациям, e-mail, телефонам, заметкам, хронологии…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Select a contact to see their card.</source>
        <translation>Выберите контакт, чтобы увидеть его карточку.</translation>
    </message>
    <message>
        <source>Select the people you are about to meet, then ask for the briefing.</source>
        <translation>Выберите людей, с которыми собираетесь встретиться, а затем откройте сводку.</translation>
    </message>
    <message>
        <source>Show pcrm</source>
        <translation>Показать pcrm</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <source>The contacts changed most recently.</source>
        <translation>Недавно изменённые контакты.</translation>
    </message>
    <message>
        <source>There are no contacts yet. Add one with Ctrl+N, or try pcrm with demo data: “pcrm demo”.</source>
        <translation>Контактов пока нет. Добавьте контакт через Ctrl+N или попробуйте pcrm с демонстрационными данными: «pcrm demo».</translation>
    </message>
    <message>
        <source>There are no quick capture drafts.</source>
        <translation>Черновиков быстрой записи нет.</translation>
    </message>
    <message>
        <source>This contact is no longer there; press F5 to refresh.</source>
        <translation>Этого контакта уже нет; нажмите F5 для обновления.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Раз&amp;архивировать</translation>
    </message>
    <message>
        <source>Unlock pcrm, then import the file again.</source>
        <translation>Разблокируйте pcrm и снова импортируйте файл.</translation>
    </message>
    <message>
        <source>pcrm is locked.</source>
        <translation>pcrm заблокирован.</translation>
    </message>
    <message>
        <source>{what} — Ctrl+Z undoes it.</source>
        <translation>{what} — Ctrl+Z отменяет.</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <source>&lt;b&gt;After the merge&lt;/b&gt;</source>
        <translation>&lt;b&gt;После объединения&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged in&lt;/b&gt; (#{id})</source>
        <translation>&lt;b&gt;Присоединяется&lt;/b&gt; (#{id})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stays&lt;/b&gt; (#{id})</source>
        <translation>&lt;b&gt;Остаётся&lt;/b&gt; (#{id})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where they differ&lt;/b&gt; — choose what stays:</source>
        <translation>&lt;b&gt;Где они различаются&lt;/b&gt; — выберите, что останется:</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Как мы познакомились</translation>
    </message>
    <message>
        <source>Job at {organisation}</source>
        <translation>Работа в {organisation}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Прозвище</translation>
    </message>
    <message>
        <source>Phonetic name</source>
        <translation>Фонетическое имя</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>Поддерживать связь</translation>
    </message>
    <message>
        <source>The card merged into it</source>
        <translation>Присоединяемая карточка</translation>
    </message>
    <message>
        <source>The card that stays</source>
        <translation>Остающаяся карточка</translation>
    </message>
    <message>
        <source>The cards do not contradict each other: nothing to choose.</source>
        <translation>Карточки не противоречат друг другу: выбирать нечего.</translation>
    </message>
    <message>
        <source>The merged card</source>
        <translation>Объединённая карточка</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>каждый %n день</numerusform>
            <numerusform>каждые %n дня</numerusform>
            <numerusform>каждые %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>introduced by {name}</source>
        <translation>познакомил(а) {name}</translation>
    </message>
    <message>
        <source>member</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>this card&apos;s photo (#{id})</source>
        <translation>фото этой карточки (#{id})</translation>
    </message>
    <message>
        <source>{part}: {value}</source>
        <translation>{part}: {value}</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>+{count} more</source>
        <translation>ещё +{count}</translation>
    </message>
    <message>
        <source>Calendar month</source>
        <translation>Календарный месяц</translation>
    </message>
</context>
<context>
    <name>NotificationPopup</name>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n напоминание</numerusform>
            <numerusform>%n напоминания</numerusform>
            <numerusform>%n напоминаний</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Show &amp;today</source>
        <translation>Показать &amp;сегодня</translation>
    </message>
    <message numerus="yes">
        <source>While pcrm was closed: %n reminder(s)</source>
        <translation>
            <numerusform>Пока pcrm был закрыт: %n напоминание</numerusform>
            <numerusform>Пока pcrm был закрыт: %n напоминания</numerusform>
            <numerusform>Пока pcrm был закрыт: %n напоминаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgChartView</name>
    <message numerus="yes">
        <source>Not placed: no manager relationship with another member (%n)</source>
        <translation>
            <numerusform>Не размещены: нет связи «руководитель» с другим участником (%n)</numerusform>
            <numerusform>Не размещены: нет связи «руководитель» с другим участником (%n)</numerusform>
            <numerusform>Не размещены: нет связи «руководитель» с другим участником (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Org chart</source>
        <translation>Оргструктура</translation>
    </message>
    <message>
        <source>Their manager relationships go round in a loop.</source>
        <translation>Их связи «руководитель» образуют цикл.</translation>
    </message>
</context>
<context>
    <name>OrgChartWindow</name>
    <message numerus="yes">
        <source>%n current member(s)</source>
        <translation>
            <numerusform>%n текущий участник</numerusform>
            <numerusform>%n текущих участника</numerusform>
            <numerusform>%n текущих участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a manager relationship, listed below the chart</source>
        <translation>
            <numerusform>%n без связи «руководитель», в списке под схемой</numerusform>
            <numerusform>%n без связи «руководитель», в списке под схемой</numerusform>
            <numerusform>%n без связи «руководитель», в списке под схемой</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sub-organisations</source>
        <translation>&amp;Подразделения</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Не удалось сохранить: {reason}</translation>
    </message>
    <message>
        <source>Export &amp;picture…</source>
        <translation>Экспорт &amp;изображения…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Экспорт P&amp;DF…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Fit the chart in the window</source>
        <translation>Вписать схему в окно</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Org chart</source>
        <translation>Оргструктура</translation>
    </message>
    <message>
        <source>Org chart: {name}</source>
        <translation>Оргструктура: {name}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Part of {name} ▲</source>
        <translation>Часть {name} ▲</translation>
    </message>
    <message>
        <source>Save the org chart as</source>
        <translation>Сохранить оргструктуру как</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Сохранено: {file}.</translation>
    </message>
    <message>
        <source>Some managers go round in a loop: those boxes are orange.</source>
        <translation>Некоторые руководители образуют цикл: их блоки оранжевые.</translation>
    </message>
    <message>
        <source>Sub-organisations</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>no manager relationships between them yet (add “manager” relationships on their cards to build the chart)</source>
        <translation>между ними ещё нет связей «руководитель» (добавьте связи «руководитель» в их карточках, чтобы построить схему)</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n member(s))</source>
        <translation>
            <numerusform>{name} (%n участник)</numerusform>
            <numerusform>{name} (%n участника)</numerusform>
            <numerusform>{name} (%n участников)</numerusform>
        </translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Назад</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>create</source>
        <translation>создать</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>пропустить</translation>
    </message>
    <message>
        <source>update</source>
        <translation>обновить</translation>
    </message>
</context>
<context>
    <name>PeopleField</name>
    <message>
        <source>Name at least one person.</source>
        <translation>Укажите хотя бы одного человека.</translation>
    </message>
    <message>
        <source>Names, e-mails or phones, separated by commas</source>
        <translation>Имена, e-mail или телефоны через запятую</translation>
    </message>
    <message>
        <source>No contact is called “{name}”.</source>
        <translation>Нет контакта с именем «{name}».</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>“{name}” matches {count} people: pick one from the list.</source>
        <translation>«{name}» подходит нескольким людям ({count}): выберите одного из списка.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Всё время</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Свой диапазон…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Детализация</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Последние 365 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message numerus="yes">
        <source>%n follow-up task(s) added.</source>
        <translation>
            <numerusform>Добавлена %n задача-продолжение.</numerusform>
            <numerusform>Добавлено %n задачи-продолжения.</numerusform>
            <numerusform>Добавлено %n задач-продолжений.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Удалить черновик</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>Logged with %n contact(s).</source>
        <translation>
            <numerusform>Записано с %n контактом.</numerusform>
            <numerusform>Записано с %n контактами.</numerusform>
            <numerusform>Записано с %n контактами.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Быстрая запись</translation>
    </message>
    <message>
        <source>Restored the draft you were writing at {time}: nothing was lost. Save it with {key}, or discard it.</source>
        <translation>Восстановлен черновик, который вы писали в {time}: ничего не потеряно. Сохраните его через {key} или удалите.</translation>
    </message>
    <message>
        <source>Save ({key})</source>
        <translation>Сохранить ({key})</translation>
    </message>
    <message>
        <source>The draft could not be saved: {reason}</source>
        <translation>Не удалось сохранить черновик: {reason}</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Черновик удалён.</translation>
    </message>
    <message>
        <source>Your quick capture draft was kept; pcrm offers it again when it starts.</source>
        <translation>Черновик быстрой записи сохранён; pcrm предложит его снова при запуске.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Backups of this store are kept in {folder}.</source>
        <translation>Резервные копии этого хранилища хранятся в {folder}.</translation>
    </message>
    <message>
        <source>Close the other pcrm (a window, or a command still running) and try again.</source>
        <translation>Закройте другой pcrm (окно или ещё работающую команду) и попробуйте снова.</translation>
    </message>
    <message>
        <source>Correct the file or setting named above and try again.</source>
        <translation>Исправьте указанный выше файл или параметр и попробуйте снова.</translation>
    </message>
    <message>
        <source>If the database was moved, put it back in {folder}.</source>
        <translation>Если базу данных переместили, верните её в {folder}.</translation>
    </message>
    <message>
        <source>If the key was in the system keyring, unlock the keyring (or sign in to the session that holds it) and try again.</source>
        <translation>Если ключ был в системной связке ключей, разблокируйте её (или войдите в сеанс, где она есть) и попробуйте снова.</translation>
    </message>
    <message>
        <source>If {file} was deleted or replaced, put the original back.</source>
        <translation>Если {file} удалён или заменён, верните оригинал.</translation>
    </message>
    <message>
        <source>Install the newer pcrm that wrote this store, or restore a backup made by this version.</source>
        <translation>Установите более новую версию pcrm, записавшую это хранилище, или восстановите копию, сделанную этой версией.</translation>
    </message>
    <message>
        <source>Keep using the pcrm version that wrote this store until the upgrade is fixed.</source>
        <translation>Пользуйтесь версией pcrm, записавшей это хранилище, пока обновление не исправят.</translation>
    </message>
    <message>
        <source>Once the key is back, pcrm can restore the database from a backup made with it.</source>
        <translation>Когда ключ вернётся, pcrm сможет восстановить базу данных из копии, сделанной с ним.</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Открыть папку копий</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Reinstall pcrm with its SQLCipher driver (sqlcipher3).</source>
        <translation>Переустановите pcrm с драйвером SQLCipher (sqlcipher3).</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из копии</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Восстановить из копии…</translation>
    </message>
    <message>
        <source>Restore the database from a backup with Restore from backup…: the backup is checked first, and the database it replaces is kept in {folder}.</source>
        <translation>Восстановите базу данных из копии кнопкой «Восстановить из копии…»: копия сначала проверяется, а заменённая база данных сохраняется в {folder}.</translation>
    </message>
    <message>
        <source>Start or unlock the system keyring (GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager) and try again.</source>
        <translation>Запустите или разблокируйте системную связку ключей (GNOME Keyring, KWallet, macOS Keychain или Windows Credential Manager) и попробуйте снова.</translation>
    </message>
    <message>
        <source>The store&apos;s passphrase:</source>
        <translation>Парольная фраза хранилища:</translation>
    </message>
    <message>
        <source>There are no backups in {folder}; if you keep one elsewhere, use that.</source>
        <translation>В {folder} нет резервных копий; если вы храните копию в другом месте, используйте её.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать снова</translation>
    </message>
    <message>
        <source>Try another passphrase: check PCRM_PASSPHRASE or the --passphrase-file you gave, or start pcrm without them to type it.</source>
        <translation>Попробуйте другую парольную фразу: проверьте PCRM_PASSPHRASE или указанный --passphrase-file либо запустите pcrm без них, чтобы ввести её.</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Что можно сделать:</translation>
    </message>
    <message>
        <source>pcrm cannot open your store</source>
        <translation>pcrm не может открыть ваше хранилище</translation>
    </message>
    <message>
        <source>pcrm has not changed any file.</source>
        <translation>pcrm не изменил ни одного файла.</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmation</name>
    <message>
        <source>&lt;b&gt;In the backup&lt;/b&gt;</source>
        <translation>&lt;b&gt;В копии&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сейчас&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Everything changed since the backup was taken is replaced. The store as it is now is kept as a backup in {folder}, so this can be undone by restoring that one.</source>
        <translation>Всё, что изменилось после создания копии, будет заменено. Текущее состояние хранилища сохранится как резервная копия в {folder}, так что это можно отменить, восстановив её.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Reminders and tasks</source>
        <translation>Напоминания и задачи</translation>
    </message>
    <message>
        <source>Replace with the backup</source>
        <translation>Заменить копией</translation>
    </message>
    <message>
        <source>Replace your store with the backup of {when}?</source>
        <translation>Заменить хранилище копией от {when}?</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из копии</translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation>Записи хронологии</translation>
    </message>
    <message>
        <source>pcrm backups (*.pcrm-backup);;All files (*)</source>
        <translation>Резервные копии pcrm (*.pcrm-backup);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source> times</source>
        <translation> повт.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>День месяца</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Не повторяется</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Заканчивается:</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Частота</translation>
    </message>
    <message>
        <source>In words:</source>
        <translation>Словами:</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>В:</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Количество раз</translation>
    </message>
    <message>
        <source>On</source>
        <translation>В</translation>
    </message>
    <message>
        <source>On days:</source>
        <translation>По дням:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <source>RRULE</source>
        <translation>RRULE</translation>
    </message>
    <message>
        <source>RRULE:</source>
        <translation>RRULE:</translation>
    </message>
    <message>
        <source>Repeat, in words</source>
        <translation>Повторение словами</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Повторяется:</translation>
    </message>
    <message>
        <source>Try “every 3 months”, “every monday” or “third sunday of june”.</source>
        <translation>Попробуйте «every 3 months», «every monday» или «third sunday of june».</translation>
    </message>
    <message>
        <source>Week day</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Какой</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Ежегодно</translation>
    </message>
    <message>
        <source>a custom rule</source>
        <translation>своё правило</translation>
    </message>
    <message>
        <source>after</source>
        <translation>после</translation>
    </message>
    <message>
        <source>day of the month</source>
        <translation>день месяца</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>every </source>
        <translation>каждые </translation>
    </message>
    <message>
        <source>every 3 months, every monday, third sunday of june…</source>
        <translation>every 3 months, every monday, third sunday of june…</translation>
    </message>
    <message>
        <source>first</source>
        <translation>1-й</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>4-й</translation>
    </message>
    <message>
        <source>last</source>
        <translation>последний</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>мес.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>not a repeat I know</source>
        <translation>неизвестный вид повторения</translation>
    </message>
    <message>
        <source>on</source>
        <translation>в день</translation>
    </message>
    <message>
        <source>second</source>
        <translation>2-й</translation>
    </message>
    <message>
        <source>the nth week day</source>
        <translation>n-й день недели</translation>
    </message>
    <message>
        <source>the start&apos;s day</source>
        <translation>день начала</translation>
    </message>
    <message>
        <source>the start&apos;s month</source>
        <translation>месяц начала</translation>
    </message>
    <message>
        <source>third</source>
        <translation>3-й</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>нед.</translation>
    </message>
    <message>
        <source>year(s)</source>
        <translation>г.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search contacts and interactions…</source>
        <translation>Поиск контактов и взаимодействий…</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n взаимодействие</numerusform>
            <numerusform>%n взаимодействия</numerusform>
            <numerusform>%n взаимодействий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ contact(s)</source>
        <translation>
            <numerusform>%n+ контакт</numerusform>
            <numerusform>%n+ контакта</numerusform>
            <numerusform>%n+ контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ interaction(s)</source>
        <translation>
            <numerusform>%n+ взаимодействие</numerusform>
            <numerusform>%n+ взаимодействия</numerusform>
            <numerusform>%n+ взаимодействий</numerusform>
        </translation>
    </message>
    <message>
        <source>Best matches — {counts}</source>
        <translation>Лучшие совпадения — {counts}</translation>
    </message>
    <message>
        <source>Finding the best matches…</source>
        <translation>Поиск лучших совпадений…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Совпадений нет</translation>
    </message>
    <message>
        <source>Nobody is named in this interaction any more.</source>
        <translation>В этом взаимодействии больше никто не указан.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Состояние поиска</translation>
    </message>
    <message>
        <source>{contacts}, {interactions}</source>
        <translation>{contacts}, {interactions}</translation>
    </message>
    <message>
        <source>{counts} — Enter for best matches</source>
        <translation>{counts} — Enter для лучших совпадений</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Export as CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export {section}</source>
        <translation>Экспорт: {section}</translation>
    </message>
</context>
<context>
    <name>SeriesChart</name>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n взаимодействие</numerusform>
            <numerusform>%n взаимодействия</numerusform>
            <numerusform>%n взаимодействий</numerusform>
        </translation>
    </message>
    <message>
        <source>; previous period: {total}</source>
        <translation>; предыдущий период: {total}</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>{period} ({when}): {count}</source>
        <translation>{period} ({when}): {count}</translation>
    </message>
    <message>
        <source>{total} in {buckets} periods; most, {most}, in {when}</source>
        <translation>{total} за {buckets} периодов; больше всего, {most}, — {when}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Change settings</source>
        <translation>Изменение настроек</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>All contacts</source>
        <translation>Все контакты</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Избранные</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Новая группа…</translation>
    </message>
    <message>
        <source>New smart group…</source>
        <translation>Новая умная группа…</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Recently changed</source>
        <translation>Недавно изменённые</translation>
    </message>
    <message>
        <source>Saved search: {query}</source>
        <translation>Сохранённый поиск: {query}</translation>
    </message>
    <message>
        <source>Smart groups</source>
        <translation>Умные группы</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
</context>
<context>
    <name>StoreAccess</name>
    <message>
        <source>Opening your contacts… After an update of pcrm the store is backed up and upgraded first, which can take a few minutes.</source>
        <translation>Открытие контактов… После обновления pcrm хранилище сначала копируется и обновляется, это может занять несколько минут.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>Лю&amp;ди:</translation>
    </message>
    <message>
        <source>&amp;Private (left out of calendar exports)</source>
        <translation>&amp;Личное (не попадает в экспорт календаря)</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>По&amp;вторять:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>({time} your time)</source>
        <translation>({time} по вашему времени)</translation>
    </message>
    <message>
        <source>Ala&amp;rms:</source>
        <translation>Си&amp;гналы:</translation>
    </message>
    <message>
        <source>All &amp;day</source>
        <translation>Весь д&amp;ень</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Изменить задачу</translation>
    </message>
    <message>
        <source>Give the task a title.</source>
        <translation>Дайте задаче название.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>My local time</source>
        <translation>Моё местное время</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Следующее:</translation>
    </message>
    <message>
        <source>No occurrence from now on.</source>
        <translation>Дальше повторений нет.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>This task has changes that are not saved. Discard them?</source>
        <translation>В задаче есть несохранённые изменения. Отменить их?</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Часовой &amp;пояс:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>When, in words</source>
        <translation>Когда, словами</translation>
    </message>
    <message>
        <source>at the time</source>
        <translation>в момент события</translation>
    </message>
    <message>
        <source>not a time: try “tomorrow 9:00” or “in 2 weeks”</source>
        <translation>не время: попробуйте «tomorrow 9:00» или «in 2 weeks»</translation>
    </message>
    <message>
        <source>not an IANA time zone</source>
        <translation>не часовой пояс IANA</translation>
    </message>
    <message>
        <source>tomorrow 9:00, in 2 weeks…</source>
        <translation>tomorrow 9:00, in 2 weeks…</translation>
    </message>
    <message>
        <source>“{text}” is not a time.</source>
        <translation>«{text}» — не время.</translation>
    </message>
    <message>
        <source>“{zone}” is not an IANA time zone.</source>
        <translation>«{zone}» — не часовой пояс IANA.</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <source>+{count} more</source>
        <translation>ещё +{count}</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>Дни календаря</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Briefing…</source>
        <translation>&amp;Сводка…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Filter the timeline by channel</source>
        <translation>Фильтровать хронологию по каналу</translation>
    </message>
    <message>
        <source>Filter the timeline by kind</source>
        <translation>Фильтровать хронологию по виду</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>No contact selected.</source>
        <translation>Контакт не выбран.</translation>
    </message>
    <message>
        <source>No interactions match these filters.</source>
        <translation>Ни одно взаимодействие не подходит под эти фильтры.</translation>
    </message>
    <message>
        <source>No interactions yet — press {shortcut} to log one.</source>
        <translation>Взаимодействий пока нет — нажмите {shortcut}, чтобы записать.</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Открыть {name}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <source>&amp;Log to timeline</source>
        <translation>&amp;Записать в хронологию</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Отложить</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 минут</translation>
    </message>
    <message>
        <source>Add a note to the contacts&apos; timelines</source>
        <translation>Добавить заметку в хронологию контактов</translation>
    </message>
    <message>
        <source>Birthdays and dates this week</source>
        <translation>Дни рождения и даты на этой неделе</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Откло&amp;нить</translation>
    </message>
    <message>
        <source>Dismiss a reminder</source>
        <translation>Отклонить напоминание</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Только что</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>Позже сегодня</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Связь слабеет</translation>
    </message>
    <message>
        <source>Mark a reminder done</source>
        <translation>Отметить напоминание выполненным</translation>
    </message>
    <message>
        <source>Missed while pcrm was closed</source>
        <translation>Пропущено, пока pcrm был закрыт</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>На сегодня ничего.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Reminders for today</source>
        <translation>Напоминания на сегодня</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Snooze a reminder</source>
        <translation>Отложить напоминание</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Tomorrow 09:00</source>
        <translation>Завтра в 09:00</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message numerus="yes">
        <source>last %1, %n day(s) overdue</source>
        <translation>
            <numerusform>последний раз %1, просрочено на %n день</numerusform>
            <numerusform>последний раз %1, просрочено на %n дня</numerusform>
            <numerusform>последний раз %1, просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>never in touch</source>
        <translation>ещё не было связи</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Its key is in your system keyring ({name}).</source>
        <translation>Его ключ в системной связке ключей ({name}).</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Сначала введите парольную фразу.</translation>
    </message>
    <message>
        <source>Type the passphrase of the store in:</source>
        <translation>Введите парольную фразу хранилища в:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Unlock pcrm</source>
        <translation>Разблокировка pcrm</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Неверная парольная фраза. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>pcrm is locked</source>
        <translation>pcrm заблокирован</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>системная связка ключей</translation>
    </message>
</context>
<context>
    <name>_JobDialog</name>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} из {total}</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Follow-up due</source>
        <translation>Срок задачи-продолжения</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Задача-продолжение</translation>
    </message>
    <message>
        <source>Remove this follow-up</source>
        <translation>Убрать эту задачу-продолжение</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>due</source>
        <translation>срок</translation>
    </message>
</context>
</TS>
