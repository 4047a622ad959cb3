<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source> (the first %n shown)</source>
        <translation>
            <numerusform> (показано перший %n)</numerusform>
            <numerusform> (показано перші %n)</numerusform>
            <numerusform> (показано перші %n)</numerusform>
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
            <numerusform>%n контакт без зв&apos;язку з {day}</numerusform>
            <numerusform>%n контакти без зв&apos;язку з {day}</numerusform>
            <numerusform>%n контактів без зв&apos;язку з {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день тому</numerusform>
            <numerusform>%n дні тому</numerusform>
            <numerusform>%n днів тому</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>за %n день</numerusform>
            <numerusform>за %n дні</numerusform>
            <numerusform>за %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n до виконання</numerusform>
            <numerusform>%n до виконання</numerusform>
            <numerusform>%n до виконання</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>за %n годину</numerusform>
            <numerusform>за %n години</numerusform>
            <numerusform>за %n годин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>усього %n</numerusform>
            <numerusform>усього %n</numerusform>
            <numerusform>усього %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the last 12 months</source>
        <translation>
            <numerusform>%n за останні 12 місяців</numerusform>
            <numerusform>%n за останні 12 місяців</numerusform>
            <numerusform>%n за останні 12 місяців</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) with {name}</source>
        <translation>
            <numerusform>%n зустріч з {name}</numerusform>
            <numerusform>%n зустрічі з {name}</numerusform>
            <numerusform>%n зустрічей з {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>за %n хвилину</numerusform>
            <numerusform>за %n хвилини</numerusform>
            <numerusform>за %n хвилин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n місяць</numerusform>
            <numerusform>%n місяці</numerusform>
            <numerusform>%n місяців</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more participant(s) not shown.</source>
        <translation>
            <numerusform>Не показано ще %n учасника.</numerusform>
            <numerusform>Не показано ще %n учасників.</numerusform>
            <numerusform>Не показано ще %n учасників.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more relationship(s) are kept as they are: &lt;a href=&apos;pcrm:related&apos;&gt;list everyone related&lt;/a&gt; to open and change them.</source>
        <translation>
            <numerusform>Ще %n зв&apos;язок залишається як є: &lt;a href=&apos;pcrm:related&apos;&gt;покажіть усіх пов&apos;язаних&lt;/a&gt;, щоб відкрити й змінити їх.</numerusform>
            <numerusform>Ще %n зв&apos;язки залишаються як є: &lt;a href=&apos;pcrm:related&apos;&gt;покажіть усіх пов&apos;язаних&lt;/a&gt;, щоб відкрити й змінити їх.</numerusform>
            <numerusform>Ще %n зв&apos;язків залишаються як є: &lt;a href=&apos;pcrm:related&apos;&gt;покажіть усіх пов&apos;язаних&lt;/a&gt;, щоб відкрити й змінити їх.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n нагадування</numerusform>
            <numerusform>%n нагадування</numerusform>
            <numerusform>%n нагадувань</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) while pcrm was closed</source>
        <translation>
            <numerusform>%n нагадування, поки pcrm був закритий</numerusform>
            <numerusform>%n нагадування, поки pcrm був закритий</numerusform>
            <numerusform>%n нагадувань, поки pcrm був закритий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n тиждень</numerusform>
            <numerusform>%n тижні</numerusform>
            <numerusform>%n тижнів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n рік</numerusform>
            <numerusform>%n роки</numerusform>
            <numerusform>%n років</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choices</source>
        <translation>&amp;Варіанти</translation>
    </message>
    <message>
        <source>&amp;Display name (empty: from the parts)</source>
        <translation>&amp;Показане ім&apos;я (порожнє — зі складників)</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Прізвище</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Ім&apos;я</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Nickname</source>
        <translation>П&amp;різвисько</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Тип</translation>
    </message>
    <message numerus="yes">
        <source>(age %n)</source>
        <translation>
            <numerusform>(%n рік)</numerusform>
            <numerusform>(%n роки)</numerusform>
            <numerusform>(%n років)</numerusform>
        </translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(в архіві)</translation>
    </message>
    <message>
        <source>({time} in {zone})</source>
        <translation>({time} у {zone})</translation>
    </message>
    <message>
        <source>1 March</source>
        <translation>1 березня</translation>
    </message>
    <message>
        <source>28 February</source>
        <translation>28 лютого</translation>
    </message>
    <message>
        <source>29 February in other years</source>
        <translation>29 лютого в інші роки</translation>
    </message>
    <message>
        <source>A choice field needs its choices, separated by commas.</source>
        <translation>Полю з вибором потрібні варіанти, розділені комами.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to a group</source>
        <translation>
            <numerusform>Додавання %n контакту до групи</numerusform>
            <numerusform>Додавання %n контактів до групи</numerusform>
            <numerusform>Додавання %n контактів до групи</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Додати завдання</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Додати адресу</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Додавання контакту</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>Додати дату</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Додати e-mail</translation>
    </message>
    <message>
        <source>Add messenger</source>
        <translation>Додати месенджер</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Додати організацію</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Додати телефон</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Додати профіль</translation>
    </message>
    <message>
        <source>Add relationship</source>
        <translation>Додати зв&apos;язок</translation>
    </message>
    <message>
        <source>Add web site</source>
        <translation>Додати вебсайт</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреси</translation>
    </message>
    <message>
        <source>Agenda and notes</source>
        <translation>Порядок денний і нотатки</translation>
    </message>
    <message>
        <source>Also close the store when the screen locks or the computer goes to sleep, where the desktop announces it (Linux).</source>
        <translation>Також закривати сховище, коли екран блокується або комп&apos;ютер засинає, якщо стільниця про це повідомляє (Linux).</translation>
    </message>
    <message>
        <source>Also the newest backup of each of this many months; 0 for none.</source>
        <translation>Також найновішу копію за кожен із стількох місяців; 0 — жодної.</translation>
    </message>
    <message>
        <source>Also the newest backup of each of this many weeks; 0 for none.</source>
        <translation>Також найновішу копію за кожен із стількох тижнів; 0 — жодної.</translation>
    </message>
    <message>
        <source>An event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Річниця</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n contact(s)</source>
        <translation>
            <numerusform>Архівування %n контакту</numerusform>
            <numerusform>Архівування %n контактів</numerusform>
            <numerusform>Архівування %n контактів</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архіві</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Back up automatically every day</source>
        <translation>Щодня автоматично створювати резервну копію</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Тека резервних копій</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message numerus="yes">
        <source>Briefing: %n people</source>
        <translation>
            <numerusform>Зведення: %n особа</numerusform>
            <numerusform>Зведення: %n особи</numerusform>
            <numerusform>Зведення: %n осіб</numerusform>
        </translation>
    </message>
    <message>
        <source>Briefing: {name}</source>
        <translation>Зведення: {name}</translation>
    </message>
    <message>
        <source>Briefing: {what}</source>
        <translation>Зведення: {what}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cadence (days)</source>
        <translation>Частота (днів)</translation>
    </message>
    <message>
        <source>Calendar file to keep up to date</source>
        <translation>Файл календаря, який оновлювати</translation>
    </message>
    <message>
        <source>Calendar subscription</source>
        <translation>Підписка на календар</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message numerus="yes">
        <source>Changing %n contact(s)…</source>
        <translation>
            <numerusform>Зміна %n контакту…</numerusform>
            <numerusform>Зміна %n контактів…</numerusform>
            <numerusform>Зміна %n контактів…</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Канали</translation>
    </message>
    <message>
        <source>Channels per contact</source>
        <translation>Канали за контактами</translation>
    </message>
    <message>
        <source>Channels per group</source>
        <translation>Канали за групами</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Вибір</translation>
    </message>
    <message>
        <source>Choose &amp;photo…</source>
        <translation>Вибрати &amp;фото…</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Виберіть фото</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Close the store after this many minutes without keyboard or mouse input; 0 never locks.</source>
        <translation>Закривати сховище після стількох хвилин без дій клавіатурою чи мишею; 0 — ніколи.</translation>
    </message>
    <message>
        <source>Coming dates</source>
        <translation>Найближчі дати</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Contact frequency</source>
        <translation>Частота контактів</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>Не вдалося зберегти {path}: {reason}</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Власне поле</translation>
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
        <translation>Дати</translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation>Дати й час</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Днів прострочено</translation>
    </message>
    <message>
        <source>Default kind</source>
        <translation>Типовий вид</translation>
    </message>
    <message>
        <source>Define a field</source>
        <translation>Визначити поле</translation>
    </message>
    <message>
        <source>Define a field…</source>
        <translation>Визначити поле…</translation>
    </message>
    <message>
        <source>Define the field “{name}”</source>
        <translation>Визначити поле «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Видалення %n контакту</numerusform>
            <numerusform>Видалення %n контактів</numerusform>
            <numerusform>Видалення %n контактів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n interaction(s)</source>
        <translation>
            <numerusform>Видалення %n взаємодії</numerusform>
            <numerusform>Видалення %n взаємодій</numerusform>
            <numerusform>Видалення %n взаємодій</numerusform>
        </translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Відділ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
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
        <translation>Редагувати завдання</translation>
    </message>
    <message>
        <source>Edit an interaction</source>
        <translation>Редагувати взаємодію</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Редагування контакту</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Експорт у CSV</translation>
    </message>
    <message>
        <source>Export every table into the folder</source>
        <translation>Експортувати всі таблиці до теки</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Родина</translation>
    </message>
    <message>
        <source>Family, as spoken</source>
        <translation>Прізвище (вимова)</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Обраний</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Перший день тижня</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>First name (phonetic)</source>
        <translation>Ім&apos;я (фонетично)</translation>
    </message>
    <message>
        <source>Flat, floor, building</source>
        <translation>Квартира, поверх, корпус</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Друзі</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Повне ім&apos;я</translation>
    </message>
    <message>
        <source>Get in touch with {name}</source>
        <translation>Зв&apos;язатися з {name}</translation>
    </message>
    <message>
        <source>Given, as spoken</source>
        <translation>Ім&apos;я (вимова)</translation>
    </message>
    <message>
        <source>Google labels</source>
        <translation>Мітки Google</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Групи</translation>
    </message>
    <message>
        <source>Home region for phone numbers</source>
        <translation>Домашній регіон для телефонних номерів</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Як ми познайомилися</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ігнорувати</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Зображення ({patterns})</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Особисто</translation>
    </message>
    <message>
        <source>Include notes and private items in the calendar file</source>
        <translation>Додавати до файлу календаря нотатки й приватні записи</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Взаємодії</translation>
    </message>
    <message>
        <source>Interactions over time</source>
        <translation>Взаємодії з часом</translation>
    </message>
    <message>
        <source>Interactions per month, oldest first: {counts}</source>
        <translation>Взаємодії за місяцями, від найстаріших: {counts}</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Знайомства</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Познайомив(-ла)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Keep daily backups (days)</source>
        <translation>Зберігати щоденні копії (днів)</translation>
    </message>
    <message>
        <source>Keep in notes</source>
        <translation>Зберегти в нотатках</translation>
    </message>
    <message>
        <source>Keep monthly backups (months)</source>
        <translation>Зберігати щомісячні копії (місяців)</translation>
    </message>
    <message>
        <source>Keep weekly backups (weeks)</source>
        <translation>Зберігати щотижневі копії (тижнів)</translation>
    </message>
    <message>
        <source>Keeping in touch</source>
        <translation>Підтримання зв&apos;язку</translation>
    </message>
    <message>
        <source>Kind of date</source>
        <translation>Вид дати</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Language of the windows</source>
        <translation>Мова інтерфейсу</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Останні 12 місяців</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Останній контакт</translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation>Остання взаємодія</translation>
    </message>
    <message>
        <source>Last interactions</source>
        <translation>Останні взаємодії</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Last name (phonetic)</source>
        <translation>Прізвище (фонетично)</translation>
    </message>
    <message>
        <source>Leave empty to use the name parts</source>
        <translation>Залиште порожнім, щоб скласти зі складників імені</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Життєва подія</translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>Блокувати після простою (хвилин)</translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation>Блокувати разом з екраном</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Записати взаємодію</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Зв&apos;язок слабшає</translation>
    </message>
    <message>
        <source>Made by pcrm on {day}</source>
        <translation>Створено pcrm {day}</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n contact(s) as favourite</source>
        <translation>
            <numerusform>Позначення %n контакту як обраного</numerusform>
            <numerusform>Позначення %n контактів як обраних</numerusform>
            <numerusform>Позначення %n контактів як обраних</numerusform>
        </translation>
    </message>
    <message>
        <source>Markdown: *emphasis*, **bold**, - lists, [links](…)</source>
        <translation>Markdown: *курсив*, **жирний**, - списки, [посилання](…)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message numerus="yes">
        <source>Meetings together (%n)</source>
        <translation>
            <numerusform>Спільні зустрічі (%n)</numerusform>
            <numerusform>Спільні зустрічі (%n)</numerusform>
            <numerusform>Спільні зустрічі (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Месенджер</translation>
    </message>
    <message>
        <source>Messengers</source>
        <translation>Месенджери</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Middle name (phonetic)</source>
        <translation>По батькові (фонетично)</translation>
    </message>
    <message>
        <source>Middle, as spoken</source>
        <translation>По батькові (вимова)</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Понеділок</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Most talked to</source>
        <translation>Найчастіше на зв&apos;язку</translation>
    </message>
    <message>
        <source>Move this {what} up</source>
        <translation>Перемістити вище: {what}</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вище</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Префікс імені</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Суфікс імені</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ніколи</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Новий контакт</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Нові контакти</translation>
    </message>
    <message>
        <source>New contacts by how we met</source>
        <translation>Нові контакти за тим, як познайомилися</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Наступний контакт</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Прізвисько</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Без каналу</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>Not contacted since</source>
        <translation>Без зв&apos;язку з</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Notes preview</source>
        <translation>Попередній перегляд нотаток</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>За цей період нічого немає.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Numbers typed without + are read as numbers of this region.</source>
        <translation>Номери без + вважаються номерами цього регіону.</translation>
    </message>
    <message>
        <source>Open tasks and follow-ups</source>
        <translation>Відкриті завдання й подальші кроки</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Організації</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Other relationships</source>
        <translation>Інші зв&apos;язки</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>Абонентська скринька</translation>
    </message>
    <message>
        <source>Period: {first} – {last}</source>
        <translation>Період: {first} – {last}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Photo link</source>
        <translation>Посилання на фото</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Префікс</translation>
    </message>
    <message>
        <source>Prepared {when}</source>
        <translation>Підготовлено {when}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Перегляд</translation>
    </message>
    <message>
        <source>Previous from</source>
        <translation>Попередній з</translation>
    </message>
    <message>
        <source>Previous interactions</source>
        <translation>Попередні взаємодії</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Попередній період</translation>
    </message>
    <message>
        <source>Previous to</source>
        <translation>Попередній по</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Швидкий запис</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Related contact</source>
        <translation>Пов&apos;язаний контакт</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Зв&apos;язок</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Зв&apos;язок</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Зв&apos;язки</translation>
    </message>
    <message>
        <source>Remind of dates at (hour)</source>
        <translation>Нагадувати про дати о (година)</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s) from a group</source>
        <translation>
            <numerusform>Вилучення %n контакту з групи</numerusform>
            <numerusform>Вилучення %n контактів з групи</numerusform>
            <numerusform>Вилучення %n контактів з групи</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Вилучити фото</translation>
    </message>
    <message>
        <source>Remove this {what}</source>
        <translation>Вилучити: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>Відновлення %n контакту</numerusform>
            <numerusform>Відновлення %n контактів</numerusform>
            <numerusform>Відновлення %n контактів</numerusform>
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
        <translation>Субота</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>Зберегти звіт PDF</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in {folder}</source>
        <translation>
            <numerusform>Збережено %n файл у {folder}</numerusform>
            <numerusform>Збережено %n файли у {folder}</numerusform>
            <numerusform>Збережено %n файлів у {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Збережено {path}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Scope: {scope}</source>
        <translation>Охоплення: {scope}</translation>
    </message>
    <message>
        <source>Seasonality</source>
        <translation>Сезонність</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безпека</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервіс</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Частка (%)</translation>
    </message>
    <message>
        <source>Shared meetings</source>
        <translation>Спільні зустрічі</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n related people in the list</source>
        <translation>
            <numerusform>Показати у списку %n пов&apos;язану особу</numerusform>
            <numerusform>Показати у списку всіх %n пов&apos;язаних осіб</numerusform>
            <numerusform>Показати у списку всіх %n пов&apos;язаних осіб</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the notes as the card will</source>
        <translation>Показати нотатки так, як їх покаже картка</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Відкладено</translation>
    </message>
    <message>
        <source>Social profiles</source>
        <translation>Профілі в соцмережах</translation>
    </message>
    <message>
        <source>Some fields need fixing before the card can be saved.</source>
        <translation>Деякі поля треба виправити, перш ніж зберегти картку.</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>Підтримувати зв&apos;язок</translation>
    </message>
    <message>
        <source>Stay in touch every</source>
        <translation>Зв&apos;язок кожні</translation>
    </message>
    <message>
        <source>Stay in touch every (days)</source>
        <translation>Виходити на зв&apos;язок кожні (днів)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Крок</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Вулиця й номер</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Суфікс</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Неділя</translation>
    </message>
    <message>
        <source>System ({zone})</source>
        <translation>Системний ({zone})</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>The day a 29 February birthday or anniversary is shown on in years without one.</source>
        <translation>День, у який день народження чи річницю 29 лютого показано в роки без цієї дати.</translation>
    </message>
    <message>
        <source>The day calendars and week views start on.</source>
        <translation>День, з якого починаються календарі та тижневі подання.</translation>
    </message>
    <message>
        <source>The hour of the day, in your zone, at which birthdays, anniversaries and stay-in-touch reminders are raised.</source>
        <translation>Година дня, у вашому поясі, коли з&apos;являються нагадування про дні народження, річниці й підтримання зв&apos;язку.</translation>
    </message>
    <message>
        <source>The interaction</source>
        <translation>Взаємодія</translation>
    </message>
    <message>
        <source>The kind a new quick capture entry starts with.</source>
        <translation>Вид, з яким починається новий швидкий запис.</translation>
    </message>
    <message>
        <source>The language pcrm speaks, and writes dates and numbers in; “As the system” follows the computer&apos;s language. pcrm changes to it when it next starts.</source>
        <translation>Мова pcrm, а також дат і чисел; «Як у системі» — мова комп&apos;ютера. pcrm перейде на неї під час наступного запуску.</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>The newest backup of each of this many days is kept.</source>
        <translation>Зберігається найновіша копія за кожен із стількох днів.</translation>
    </message>
    <message>
        <source>The stay-in-touch cadence a new contact starts with; 0 for none.</source>
        <translation>Як часто виходити на зв&apos;язок з новим контактом; 0 — без нагадувань.</translation>
    </message>
    <message>
        <source>The store is locked.</source>
        <translation>Сховище заблоковано.</translation>
    </message>
    <message>
        <source>Their time zone</source>
        <translation>Їхній часовий пояс</translation>
    </message>
    <message>
        <source>Things to ask next time</source>
        <translation>Про що запитати наступного разу</translation>
    </message>
    <message>
        <source>This card has changes that are not saved.</source>
        <translation>Картка має незбережені зміни.</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Цей період</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Через</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message>
        <source>Times are shown in this zone; “system” follows the computer&apos;s zone.</source>
        <translation>Час показано в цьому поясі; «system» — пояс комп&apos;ютера.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Усього</translation>
    </message>
    <message>
        <source>Type a name, a phone or an e-mail first.</source>
        <translation>Спершу введіть ім&apos;я, телефон або e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>Unarchive %n contact(s)</source>
        <translation>
            <numerusform>Розархівування %n контакту</numerusform>
            <numerusform>Розархівування %n контактів</numerusform>
            <numerusform>Розархівування %n контактів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n favourite(s)</source>
        <translation>
            <numerusform>Зняття позначки «обраний» з %n контакту</numerusform>
            <numerusform>Зняття позначки «обраний» з %n контактів</numerusform>
            <numerusform>Зняття позначки «обраний» з %n контактів</numerusform>
        </translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Без імені</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>Usual channel</source>
        <translation>Звичний канал</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Відео</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Веб</translation>
    </message>
    <message>
        <source>Web sites</source>
        <translation>Вебсайти</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>Where the automatic backups go; empty for the store&apos;s own backups folder. Another disk keeps them safe when this one fails.</source>
        <translation>Куди записувати автоматичні копії; порожньо — у власну теку копій сховища. Інший диск збереже їх, якщо цей зламається.</translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation>Де: {place}</translation>
    </message>
    <message>
        <source>While pcrm runs, and when it starts, an encrypted, verified backup is written once a day.</source>
        <translation>Поки pcrm працює і під час запуску, раз на день записується зашифрована перевірена копія.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <source>With</source>
        <translation>З ким</translation>
    </message>
    <message>
        <source>With: {people}</source>
        <translation>З ким: {people}</translation>
    </message>
    <message>
        <source>Without this the file holds summaries and times only: no notes, places or participants, and nothing marked private.</source>
        <translation>Без цього файл містить лише назви й час: без нотаток, місць, учасників і без приватних записів.</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Робота</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>Year (optional)</source>
        <translation>Рік (необов&apos;язково)</translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation>Ваш часовий пояс</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адреса</translation>
    </message>
    <message>
        <source>address type</source>
        <translation>тип адреси</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>подія</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>річниця</translation>
    </message>
    <message>
        <source>at {place}</source>
        <translation>у {place}</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>день народження</translation>
    </message>
    <message>
        <source>blog</source>
        <translation>блог</translation>
    </message>
    <message>
        <source>child</source>
        <translation>дитина</translation>
    </message>
    <message>
        <source>choose or type the service</source>
        <translation>виберіть або введіть сервіс</translation>
    </message>
    <message>
        <source>choose the contact from the list as you type</source>
        <translation>вибирайте контакт зі списку під час введення</translation>
    </message>
    <message>
        <source>choose the day and the month</source>
        <translation>виберіть день і місяць</translation>
    </message>
    <message>
        <source>city</source>
        <translation>місто</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>колега</translation>
    </message>
    <message>
        <source>composed from the name</source>
        <translation>складено з імені</translation>
    </message>
    <message>
        <source>country</source>
        <translation>країна</translation>
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
        <translation>напр. Ідеї подарунків</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>кожен %n день</numerusform>
            <numerusform>кожні %n дні</numerusform>
            <numerusform>кожні %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>extended address</source>
        <translation>додаткова адреса</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>подальший крок</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>друг</translation>
    </message>
    <message>
        <source>friends</source>
        <translation>друзі</translation>
    </message>
    <message>
        <source>from</source>
        <translation>з</translation>
    </message>
    <message>
        <source>from the notes</source>
        <translation>з нотаток</translation>
    </message>
    <message>
        <source>from {what}, {date}</source>
        <translation>з {what}, {date}</translation>
    </message>
    <message>
        <source>home</source>
        <translation>домашній</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дні</numerusform>
            <numerusform>через %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>in person</source>
        <translation>особисто</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>вхідний</translation>
    </message>
    <message>
        <source>introduced</source>
        <translation>познайомив(-ла)</translation>
    </message>
    <message>
        <source>introduced by</source>
        <translation>знайомство через</translation>
    </message>
    <message>
        <source>introduced by {name}</source>
        <translation>познайомив(-ла) {name}</translation>
    </message>
    <message>
        <source>introduced {name}</source>
        <translation>представив(-ла) {name}</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>закінчується раніше, ніж починається</translation>
    </message>
    <message>
        <source>label</source>
        <translation>мітка</translation>
    </message>
    <message>
        <source>label, e.g. name day</source>
        <translation>мітка, напр. іменини</translation>
    </message>
    <message>
        <source>main</source>
        <translation>основний</translation>
    </message>
    <message>
        <source>main job</source>
        <translation>основна робота</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>керівник</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>підопічний</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>наставник</translation>
    </message>
    <message>
        <source>messenger</source>
        <translation>месенджер</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобільний</translation>
    </message>
    <message>
        <source>month</source>
        <translation>місяць</translation>
    </message>
    <message>
        <source>name the organisation</source>
        <translation>назвіть організацію</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>без фото</translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation>без нагадування</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <source>not a phone number; type it with the country code, like +380 44 123 4567</source>
        <translation>не номер телефону; введіть його з кодом країни, як-от +380 44 123 4567</translation>
    </message>
    <message>
        <source>not a time zone; type a city and choose, like Europe/Kyiv</source>
        <translation>не часовий пояс; введіть місто й виберіть, як-от Europe/Kyiv</translation>
    </message>
    <message>
        <source>not a web address (example.org or https://…)</source>
        <translation>не вебадреса (example.org або https://…)</translation>
    </message>
    <message>
        <source>not an e-mail address (name@example.org)</source>
        <translation>не адреса e-mail (name@example.org)</translation>
    </message>
    <message>
        <source>of this contact is</source>
        <translation>цього контакту —</translation>
    </message>
    <message>
        <source>one, two, three</source>
        <translation>один, два, три</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>організація</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>вихідний</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>прострочено з {date}</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>батько/мати</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>партнер</translation>
    </message>
    <message>
        <source>pcrm dashboard</source>
        <translation>Панель pcrm</translation>
    </message>
    <message>
        <source>pcrm rewrites this iCalendar file after every change to meetings, reminders, tasks and dates, so a calendar app can subscribe to it; empty for none. It is not encrypted.</source>
        <translation>pcrm переписує цей файл iCalendar після кожної зміни зустрічей, нагадувань, завдань і дат, тож календар може на нього підписатися; порожньо — без файлу. Файл не зашифровано.</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>особистий</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>заплановано</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>індекс</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>основний</translation>
    </message>
    <message>
        <source>private</source>
        <translation>приватне</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>профіль</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>повторюване</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регіон</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>зв&apos;язок</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>родич</translation>
    </message>
    <message>
        <source>remind me</source>
        <translation>нагадати</translation>
    </message>
    <message>
        <source>report</source>
        <translation>підлеглий</translation>
    </message>
    <message>
        <source>school</source>
        <translation>школа</translation>
    </message>
    <message>
        <source>service</source>
        <translation>сервіс</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>брат/сестра</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>з {date}</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>чоловік/дружина</translation>
    </message>
    <message>
        <source>street</source>
        <translation>вулиця</translation>
    </message>
    <message>
        <source>the photo is still being read; a moment</source>
        <translation>фото ще читається; зачекайте</translation>
    </message>
    <message>
        <source>the year has four digits, or stays empty</source>
        <translation>рік має чотири цифри або лишається порожнім</translation>
    </message>
    <message>
        <source>the year is needed here</source>
        <translation>тут потрібен рік</translation>
    </message>
    <message>
        <source>this day does not exist in that month</source>
        <translation>такого дня в цьому місяці немає</translation>
    </message>
    <message numerus="yes">
        <source>turns %n</source>
        <translation>
            <numerusform>виповнюється %n</numerusform>
            <numerusform>виповнюється %n</numerusform>
            <numerusform>виповнюється %n</numerusform>
        </translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>незбережені зміни</translation>
    </message>
    <message>
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>до {date}</translation>
    </message>
    <message>
        <source>video</source>
        <translation>відео</translation>
    </message>
    <message>
        <source>web site</source>
        <translation>вебсайт</translation>
    </message>
    <message>
        <source>whole address</source>
        <translation>повна адреса</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>з {names}</translation>
    </message>
    <message>
        <source>work</source>
        <translation>робочий</translation>
    </message>
    <message>
        <source>year</source>
        <translation>рік</translation>
    </message>
    <message>
        <source>year?</source>
        <translation>рік?</translation>
    </message>
    <message numerus="yes">
        <source>{before} → %n interaction(s)</source>
        <translation>
            <numerusform>{before} → %n взаємодія</numerusform>
            <numerusform>{before} → %n взаємодії</numerusform>
            <numerusform>{before} → %n взаємодій</numerusform>
        </translation>
    </message>
    <message>
        <source>{detail} (former)</source>
        <translation>{detail} (колишнє)</translation>
    </message>
    <message>
        <source>{name}&apos;s birthday</source>
        <translation>День народження: {name}</translation>
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
        <translation>{span} понад частоту {cadence} дн.</translation>
    </message>
    <message>
        <source>{zone} (now {time})</source>
        <translation>{zone} (зараз {time})</translation>
    </message>
    <message>
        <source>… and {count} more rows in the CSV export.</source>
        <translation>… і ще рядків в експорті CSV: {count}.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…і ще %n</numerusform>
            <numerusform>…і ще %n</numerusform>
            <numerusform>…і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>↗ outgoing</source>
        <translation>↗ вихідний</translation>
    </message>
    <message>
        <source>↙ incoming</source>
        <translation>↙ вхідний</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>all day</source>
        <translation>увесь день</translation>
    </message>
</context>
<context>
    <name>AlarmList</name>
    <message>
        <source>Add a&amp;larm</source>
        <translation>Додати &amp;сигнал</translation>
    </message>
    <message>
        <source>Alarm amount</source>
        <translation>Скільки до сигналу</translation>
    </message>
    <message>
        <source>Alarm unit</source>
        <translation>Одиниця часу сигналу</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Сигнали</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>days before</source>
        <translation>днів до</translation>
    </message>
    <message>
        <source>hours before</source>
        <translation>годин до</translation>
    </message>
    <message>
        <source>minutes before</source>
        <translation>хвилин до</translation>
    </message>
</context>
<context>
    <name>AlphabetBar</name>
    <message>
        <source>Alphabet</source>
        <translation>Абетка</translation>
    </message>
    <message>
        <source>Jump to a letter</source>
        <translation>Перейти до літери</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Створити копію зараз</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Відкрити теку</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>В&amp;ідновити…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Перевірити</translation>
    </message>
    <message>
        <source>&amp;monthly:</source>
        <translation>що&amp;місяця:</translation>
    </message>
    <message>
        <source>&amp;weekly:</source>
        <translation>щот&amp;ижня:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматична</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматичні копії</translation>
    </message>
    <message>
        <source>Automatic backups are off. Backups go to {folder}.</source>
        <translation>Автоматичні копії вимкнено. Копії записуються до {folder}.</translation>
    </message>
    <message>
        <source>Back up &amp;automatically every day</source>
        <translation>&amp;Автоматично створювати копію щодня</translation>
    </message>
    <message>
        <source>Backed up and verified: {file}.</source>
        <translation>Копію створено й перевірено: {file}.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Створення копії…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Тека резервних копій</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Резервні копії, найновіші спершу</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед відновленням</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Перед оновленням</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ви&amp;брати…</translation>
    </message>
    <message>
        <source>Change backup settings</source>
        <translation>Зміна налаштувань копій</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>&amp;Тека:</translation>
    </message>
    <message>
        <source>Keep &amp;daily:</source>
        <translation>Зберігати що&amp;денні:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>No automatic backup yet; the first is taken now. They go to {folder}.</source>
        <translation>Автоматичних копій ще немає; першу створюємо зараз. Копії записуються до {folder}.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Поступ</translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation>Відновити з &amp;файлу…</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>The last automatic backup was taken {last}; the next is due {next}. They go to {folder}.</source>
        <translation>Остання автоматична копія: {last}; наступна: {next}. Копії записуються до {folder}.</translation>
    </message>
    <message>
        <source>The newest backup of each day, week and month is kept for as many as you say; older automatic backups are deleted. Backups you make elsewhere, and those taken before an upgrade or a restore, are never deleted.</source>
        <translation>Найновіша копія кожного дня, тижня й місяця зберігається стільки, скільки ви вкажете; старіші автоматичні копії видаляються. Копії, зроблені деінде, а також перед оновленням чи відновленням, не видаляються ніколи.</translation>
    </message>
    <message>
        <source>Verifying {file}…</source>
        <translation>Перевірка {file}…</translation>
    </message>
    <message>
        <source>{file} is intact.</source>
        <translation>{file} неушкоджено.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n взаємодія</numerusform>
            <numerusform>%n взаємодії</numerusform>
            <numerusform>%n взаємодій</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Briefing</source>
        <translation>Зведення</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрити (Esc)</translation>
    </message>
    <message>
        <source>Could not write: {reason}</source>
        <translation>Не вдалося записати: {reason}</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Друкувати…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the briefing…</source>
        <translation>Підготовка зведення…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Друкувати (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the briefing</source>
        <translation>Друк зведення</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Зберегти як &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+Shift+S)</source>
        <translation>Зберегти як PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Save the briefing as PDF</source>
        <translation>Зберегти зведення як PDF</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Збережено {path}</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Збереження PDF…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Надіслано на принтер.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Порядок денний</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Місяць</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далі</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сьогодні</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Тиждень</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Порядок денний</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>Нове &amp;завдання…</translation>
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
        <translation>Копіювати адресу e-mail</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>Копіювати адресу посилання</translation>
    </message>
    <message>
        <source>Copy Phone Number</source>
        <translation>Копіювати номер телефону</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Nothing in this period</source>
        <translation>За цей період нічого немає</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>&amp;Dates with slashes read as</source>
        <translation>&amp;Дати з косими рисками читати як</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Перегляд</translation>
    </message>
    <message>
        <source>&amp;Use these columns</source>
        <translation>&amp;Використати ці стовпці</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Також</translation>
    </message>
    <message>
        <source>Choose a column with a name, an e-mail or a phone.</source>
        <translation>Виберіть стовпець з ім&apos;ям, e-mail чи телефоном.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Стовпець %1</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Стовпці файлу</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Приклад</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Імпортувати як</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>Імпортувати стовпець %1 як</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Відповідність стовпців</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Order of dates written with slashes</source>
        <translation>Порядок у датах з косими рисками</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Preview of the first contacts</source>
        <translation>Попередній перегляд перших контактів</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>What does each column hold?</source>
        <translation>Що містить кожен стовпець?</translation>
    </message>
    <message>
        <source>day/month/year (31/03/1990)</source>
        <translation>день/місяць/рік (31/03/1990)</translation>
    </message>
    <message>
        <source>month/day/year (03/31/1990)</source>
        <translation>місяць/день/рік (03/31/1990)</translation>
    </message>
    <message>
        <source>notes: %1</source>
        <translation>нотатки: %1</translation>
    </message>
    <message>
        <source>pcrm does not know the layout of this file. Choose the field each column goes into; the preview below shows the first contacts as they will be imported. Columns kept in notes are added to each contact&apos;s notes.</source>
        <translation>pcrm не знає структури цього файлу. Виберіть поле для кожного стовпця; нижче видно перші контакти такими, якими їх буде імпортовано. Стовпці, збережені в нотатках, додаються до нотаток кожного контакту.</translation>
    </message>
</context>
<context>
    <name>ContactExportDialog</name>
    <message numerus="yes">
        <source>%n of {total} contact(s) written</source>
        <translation>
            <numerusform>Записано %n з {total} контактів</numerusform>
            <numerusform>Записано %n з {total} контактів</numerusform>
            <numerusform>Записано %n з {total} контактів</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Everyone (not the trash)</source>
        <translation>&amp;Усі (крім смітника)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Тека</translation>
    </message>
    <message>
        <source>A &amp;group:</source>
        <translation>&amp;Група:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ви&amp;брати…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV, Google Contacts layout (.csv)</source>
        <translation>CSV у форматі Google Контактів (.csv)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Куди</translation>
    </message>
    <message>
        <source>Destination: name a file or folder</source>
        <translation>Куди: вкажіть файл або теку</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Експорт контактів</translation>
    </message>
    <message>
        <source>Export contacts to</source>
        <translation>Експортувати контакти до</translation>
    </message>
    <message>
        <source>Export into the folder</source>
        <translation>Експортувати до теки</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Стан експорту</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {path}</source>
        <translation>
            <numerusform>Експортовано %n контакт до {path}</numerusform>
            <numerusform>Експортовано %n контакти до {path}</numerusform>
            <numerusform>Експортовано %n контактів до {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Експорт…</translation>
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
        <translation>Група</translation>
    </message>
    <message>
        <source>Put each contact&apos;s &amp;name in its folder&apos;s name</source>
        <translation>Додавати &amp;ім&apos;я контакту до назви його теки</translation>
    </message>
    <message>
        <source>Readable folder: a vCard, notes and timeline per contact</source>
        <translation>Тека для читання: vCard, нотатки й хронологія для кожного контакту</translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected contact(s)</source>
        <translation>
            <numerusform>&amp;Вибраний %n контакт</numerusform>
            <numerusform>&amp;Вибрані %n контакти</numerusform>
            <numerusform>&amp;Вибрані %n контактів</numerusform>
        </translation>
    </message>
    <message>
        <source>Without this the folders are numbered, so their names say nothing about anyone.</source>
        <translation>Без цього теки пронумеровано, тож їхні назви нічого ні про кого не кажуть.</translation>
    </message>
    <message>
        <source>vCard 3.0 (.vcf), for older programs</source>
        <translation>vCard 3.0 (.vcf), для старіших програм</translation>
    </message>
    <message>
        <source>vCard 4.0 (.vcf)</source>
        <translation>vCard 4.0 (.vcf)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Файли vCard (*.vcf)</translation>
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
        <translation>Останній контакт</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Next reminder</source>
        <translation>Наступне нагадування</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
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
        <translation>Дія</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Збіги</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>adds {what}</source>
        <translation>додає {what}</translation>
    </message>
    <message>
        <source>create</source>
        <translation>створити</translation>
    </message>
    <message>
        <source>keeps your {what}</source>
        <translation>зберігає ваш(е) {what}</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>пропустити</translation>
    </message>
    <message>
        <source>update</source>
        <translation>оновити</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>type a name…</source>
        <translation>введіть ім&apos;я…</translation>
    </message>
</context>
<context>
    <name>ContactPreviewPanel</name>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n створити</numerusform>
            <numerusform>%n створити</numerusform>
            <numerusform>%n створити</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n оновити</numerusform>
            <numerusform>%n оновити</numerusform>
            <numerusform>%n оновити</numerusform>
        </translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Усі записи</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>По&amp;казати:</translation>
    </message>
    <message>
        <source>Show the records to</source>
        <translation>Показати записи, які</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущені</translation>
    </message>
    <message>
        <source>To create</source>
        <translation>Створити</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>What importing each record would do</source>
        <translation>Що зробить імпорт кожного запису</translation>
    </message>
</context>
<context>
    <name>ContactTable</name>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Keep working</source>
        <translation>Продовжити роботу</translation>
    </message>
    <message>
        <source>Quit pcrm</source>
        <translation>Вийти з pcrm</translation>
    </message>
    <message>
        <source>The last action may not have been completed; everything saved before it is safe. Nothing personal was written to the log. To see where the error happened, start pcrm from a terminal with PCRM_DEBUG=1.</source>
        <translation>Остання дія могла не завершитися; усе збережене раніше — в безпеці. До журналу не записано нічого особистого. Щоб побачити, де сталася помилка, запустіть pcrm з термінала з PCRM_DEBUG=1.</translation>
    </message>
    <message>
        <source>pcrm met an unexpected error ({name}).</source>
        <translation>pcrm натрапив на неочікувану помилку ({name}).</translation>
    </message>
    <message>
        <source>pcrm – unexpected error</source>
        <translation>pcrm – неочікувана помилка</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln взаємодія</numerusform>
            <numerusform>%Ln взаємодії</numerusform>
            <numerusform>%Ln взаємодій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакти</numerusform>
            <numerusform>%n контактів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n новий контакт</numerusform>
            <numerusform>%n нові контакти</numerusform>
            <numerusform>%n нових контактів</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Compare with the previous period</source>
        <translation>&amp;Порівняти з попереднім періодом</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Охоплення:</translation>
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
        <translation>Канали</translation>
    </message>
    <message>
        <source>Channels per contact</source>
        <translation>Канали за контактами</translation>
    </message>
    <message>
        <source>Channels per group</source>
        <translation>Канали за групами</translation>
    </message>
    <message>
        <source>Choose a contact to see their figures.</source>
        <translation>Виберіть контакт, щоб побачити його показники.</translation>
    </message>
    <message>
        <source>Compute again (F5)</source>
        <translation>Обчислити знову (F5)</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Обчислення</translation>
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
        <translation>Усі</translation>
    </message>
    <message>
        <source>Everyone: the scope does not narrow this part.</source>
        <translation>Усі: охоплення не звужує цю частину.</translation>
    </message>
    <message>
        <source>Export &amp;all tables…</source>
        <translation>Експортувати &amp;всі таблиці…</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation>Група: {name}</translation>
    </message>
    <message>
        <source>Interactions over time</source>
        <translation>Взаємодії з часом</translation>
    </message>
    <message>
        <source>Last interaction: {day}</source>
        <translation>Остання взаємодія: {day}</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Зв&apos;язок слабшає</translation>
    </message>
    <message>
        <source>Most talked to</source>
        <translation>Найчастіше на зв&apos;язку</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Нові контакти</translation>
    </message>
    <message>
        <source>New contacts by how we met</source>
        <translation>Нові контакти за тим, як познайомилися</translation>
    </message>
    <message>
        <source>No new contacts in this period</source>
        <translation>За цей період нових контактів немає</translation>
    </message>
    <message>
        <source>Not contacted since</source>
        <translation>Без зв&apos;язку з</translation>
    </message>
    <message>
        <source>One CSV file per section (Ctrl+Shift+E)</source>
        <translation>Окремий файл CSV для кожного розділу (Ctrl+Shift+E)</translation>
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
        <translation>Одна група</translation>
    </message>
    <message>
        <source>PDF &amp;report…</source>
        <translation>&amp;Звіт PDF…</translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF report (Ctrl+P)</source>
        <translation>Зберегти панель як звіт PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Охоплення</translation>
    </message>
    <message>
        <source>Seasonality</source>
        <translation>Сезонність</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Підсумки</translation>
    </message>
    <message>
        <source>new</source>
        <translation>нові</translation>
    </message>
    <message>
        <source>previous period: {before} ({change})</source>
        <translation>попередній період: {before} ({change})</translation>
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
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>DraftChooser</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Відкинути</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Пізніше</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Чернетки</translation>
    </message>
    <message>
        <source>Open one to finish it. Those you leave here are offered again later.</source>
        <translation>Відкрийте чернетку, щоб завершити її. Ті, що залишаться тут, буде запропоновано пізніше.</translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation>Незбережені чернетки</translation>
    </message>
    <message>
        <source>You have unsaved quick capture drafts</source>
        <translation>У вас є незбережені чернетки швидкого запису</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Об&apos;єднати</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Не дублікати</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Пропустити</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Comparing similar names: {done} of {total}</source>
        <translation>Порівняння схожих імен: {done} з {total}</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Пошук дублікатів</translation>
    </message>
    <message>
        <source>Keep the other card, and merge this one into it</source>
        <translation>Залишити іншу картку й об&apos;єднати цю з нею</translation>
    </message>
    <message>
        <source>Leave this pair for another time</source>
        <translation>Залишити цю пару на інший раз</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Пошук дублікатів…</translation>
    </message>
    <message>
        <source>Looking for shared e-mails and phones…</source>
        <translation>Пошук спільних e-mail і телефонів…</translation>
    </message>
    <message>
        <source>Mark as not duplicates</source>
        <translation>Позначити як не дублікати</translation>
    </message>
    <message>
        <source>Merge (Ctrl+Return)</source>
        <translation>Об&apos;єднати (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Об&apos;єднання контактів</translation>
    </message>
    <message>
        <source>Merge contacts into {name}</source>
        <translation>Об&apos;єднання контактів у {name}</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>&amp;Далі ▶</translation>
    </message>
    <message>
        <source>Never propose these two again</source>
        <translation>Більше не пропонувати цих двох</translation>
    </message>
    <message>
        <source>No more pairs to review.</source>
        <translation>Пар для перегляду більше немає.</translation>
    </message>
    <message numerus="yes">
        <source>Pair %n of {total}</source>
        <translation>
            <numerusform>Пара %n з {total}</numerusform>
            <numerusform>Пара %n з {total}</numerusform>
            <numerusform>Пара %n з {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading names: {done} of {total}</source>
        <translation>Читання імен: {done} з {total}</translation>
    </message>
    <message>
        <source>S&amp;wap sides</source>
        <translation>По&amp;міняти місцями</translation>
    </message>
    <message>
        <source>Something else was changed since; use Edit ▸ Undo in the window.</source>
        <translation>Відтоді змінено ще щось; скористайтеся Зміни ▸ Скасувати в головному вікні.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Зупинення…</translation>
    </message>
    <message>
        <source>Two contacts you chose.</source>
        <translation>Два контакти, які ви вибрали.</translation>
    </message>
    <message>
        <source>Which pair</source>
        <translation>Яка пара</translation>
    </message>
    <message>
        <source>Why these two</source>
        <translation>Чому саме ці двоє</translation>
    </message>
    <message>
        <source>Why: {reasons} — {score}% alike</source>
        <translation>Чому: {reasons} — схожість {score}%</translation>
    </message>
    <message>
        <source>a middle name on one card only</source>
        <translation>по батькові лише в одній картці</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>схоже ім&apos;я</translation>
    </message>
    <message>
        <source>an initial for the given name</source>
        <translation>ініціал замість імені</translation>
    </message>
    <message>
        <source>given and family name swapped</source>
        <translation>ім&apos;я та прізвище переставлено</translation>
    </message>
    <message>
        <source>the same e-mail</source>
        <translation>той самий e-mail</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>те саме ім&apos;я</translation>
    </message>
    <message>
        <source>the same phone</source>
        <translation>той самий телефон</translation>
    </message>
    <message>
        <source>written in Cyrillic and Latin letters</source>
        <translation>написано кирилицею та латиницею</translation>
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
        <translation>Додавання контакту</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Редагування контакту</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Експортувати</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create store</source>
        <translation>Створити сховище</translation>
    </message>
    <message>
        <source>Create your pcrm store</source>
        <translation>Створіть своє сховище pcrm</translation>
    </message>
    <message>
        <source>Creating the encrypted store…</source>
        <translation>Створення зашифрованого сховища…</translation>
    </message>
    <message>
        <source>Fill with demo data ({contacts} made-up contacts, {interactions} interactions) to try pcrm out</source>
        <translation>Заповнити демонстраційними даними ({contacts} вигаданих контактів, {interactions} взаємодій), щоб спробувати pcrm</translation>
    </message>
    <message>
        <source>Its key will be kept in your system keyring ({name}), so you will not need to type a passphrase.</source>
        <translation>Його ключ зберігатиметься в системній в&apos;язці ключів ({name}), тож парольну фразу вводити не доведеться.</translation>
    </message>
    <message>
        <source>No system keyring was found, so a passphrase protects the store. Choose one of at least {n} characters; it cannot be recovered if you forget it.</source>
        <translation>Системної в&apos;язки ключів не знайдено, тож сховище захищає парольна фраза. Виберіть фразу щонайменше з {n} символів; якщо ви її забудете, відновити її неможливо.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольна фраза:</translation>
    </message>
    <message>
        <source>Planning the demo data</source>
        <translation>Планування демонстраційних даних</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Повторіть її:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Парольні фрази не збігаються. Введіть їх ще раз.</translation>
    </message>
    <message>
        <source>Tidying the search index</source>
        <translation>Упорядкування пошукового індексу</translation>
    </message>
    <message>
        <source>Use a passphrase instead</source>
        <translation>Використати натомість парольну фразу</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>Використайте щонайменше {n} символів.</translation>
    </message>
    <message>
        <source>Welcome to pcrm</source>
        <translation>Ласкаво просимо до pcrm</translation>
    </message>
    <message>
        <source>Writing contacts</source>
        <translation>Запис контактів</translation>
    </message>
    <message>
        <source>Writing reminders</source>
        <translation>Запис нагадувань</translation>
    </message>
    <message>
        <source>Writing the timeline</source>
        <translation>Запис хронології</translation>
    </message>
    <message>
        <source>pcrm keeps your contacts, their history and your reminders in one encrypted database, in this folder:</source>
        <translation>pcrm зберігає ваші контакти, їхню історію та ваші нагадування в одній зашифрованій базі даних у цій теці:</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>not a time: try “yesterday 15:00” or “2 hours ago”</source>
        <translation>не час: спробуйте «yesterday 15:00» або «2 hours ago»</translation>
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
            <numerusform>Знайдено %n</numerusform>
            <numerusform>Знайдено %n</numerusform>
            <numerusform>Знайдено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Пошук</translation>
    </message>
    <message>
        <source>&amp;Only these in the graph</source>
        <translation>&amp;Лише ці на графі</translation>
    </message>
    <message numerus="yes">
        <source>(%n not in the graph: “Only these” shows them)</source>
        <translation>
            <numerusform>(%n немає на графі: «Лише ці» покаже їх)</numerusform>
            <numerusform>(%n немає на графі: «Лише ці» покаже їх)</numerusform>
            <numerusform>(%n немає на графі: «Лише ці» покаже їх)</numerusform>
        </translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Знайти людей</translation>
    </message>
    <message>
        <source>In city…</source>
        <translation>У місті…</translation>
    </message>
    <message>
        <source>Introduced by…</source>
        <translation>Познайомив(-ла)…</translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation>Нікого не знайдено.</translation>
    </message>
    <message>
        <source>People at organisation…</source>
        <translation>Люди в організації…</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Знайдені люди</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Запитання</translation>
    </message>
    <message>
        <source>a town, in any script</source>
        <translation>місто, будь-яким письмом</translation>
    </message>
    <message>
        <source>an organisation&apos;s name</source>
        <translation>назва організації</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Relationship graph</source>
        <translation>Граф зв&apos;язків</translation>
    </message>
</context>
<context>
    <name>GraphWindow</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n зв&apos;язок</numerusform>
            <numerusform>%n зв&apos;язки</numerusform>
            <numerusform>%n зв&apos;язків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакти</numerusform>
            <numerusform>%n контактів</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Група</translation>
    </message>
    <message>
        <source>&amp;Introductions</source>
        <translation>&amp;Знайомства</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Організація</translation>
    </message>
    <message>
        <source>&amp;Relationships</source>
        <translation>З&amp;в&apos;язки</translation>
    </message>
    <message>
        <source>Any organisation</source>
        <translation>Будь-яка організація</translation>
    </message>
    <message>
        <source>Contacts, at &amp;most</source>
        <translation>Контактів, &amp;не більше</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Не вдалося зберегти: {reason}</translation>
    </message>
    <message>
        <source>Drawing the graph…</source>
        <translation>Побудова графа…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Експорт &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;picture…</source>
        <translation>Експорт &amp;зображення…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Умістити</translation>
    </message>
    <message>
        <source>Fit the graph in the window</source>
        <translation>Умістити граф у вікно</translation>
    </message>
    <message>
        <source>Include &amp;archived contacts</source>
        <translation>Додати &amp;архівовані контакти</translation>
    </message>
    <message>
        <source>Include contacts &amp;without connections</source>
        <translation>Додати контакти &amp;без зв&apos;язків</translation>
    </message>
    <message>
        <source>Meetings &amp;together, at least</source>
        <translation>Спільних &amp;зустрічей, не менше</translation>
    </message>
    <message>
        <source>Nobody matches these filters, or no one of them is connected.</source>
        <translation>Нікого за цими фільтрами немає або ніхто з них не пов&apos;язаний.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation>Граф зв&apos;язків</translation>
    </message>
    <message>
        <source>Relationship types</source>
        <translation>Види зв&apos;язків</translation>
    </message>
    <message>
        <source>Save the graph as</source>
        <translation>Зберегти граф як</translation>
    </message>
    <message>
        <source>Save the nodes and edges as CSV into</source>
        <translation>Зберегти вузли й ребра як CSV до</translation>
    </message>
    <message>
        <source>Saved {files} in {folder}.</source>
        <translation>Збережено {files} у {folder}.</translation>
    </message>
    <message>
        <source>Shared &amp;meetings</source>
        <translation>Спільні &amp;зустрічі</translation>
    </message>
    <message>
        <source>Shared meetings are counted among the best connected contacts only.</source>
        <translation>Спільні зустрічі враховуються лише серед найбільш пов&apos;язаних контактів.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} contacts: the best connected. Narrow the filters to see the others.</source>
        <translation>Показано {shown} з {total} контактів: найбільш пов&apos;язані. Звузьте фільтри, щоб побачити інших.</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Види</translation>
    </message>
    <message>
        <source>What the graph shows</source>
        <translation>Що показує граф</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Обчислення</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
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
            <numerusform>%n взаємодія</numerusform>
            <numerusform>%n взаємодії</numerusform>
            <numerusform>%n взаємодій</numerusform>
        </translation>
    </message>
    <message>
        <source>Busiest: {cell}</source>
        <translation>Найактивніше: {cell}</translation>
    </message>
    <message>
        <source>Interactions per cell:</source>
        <translation>Взаємодій у клітинці:</translation>
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
            <numerusform>Записано %n з {total} записів</numerusform>
            <numerusform>Записано %n з {total} записів</numerusform>
            <numerusform>Записано %n з {total} записів</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Усе</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>A &amp;group:</source>
        <translation>&amp;Група:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ви&amp;брати…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Експорт календаря</translation>
    </message>
    <message>
        <source>Export calendar to</source>
        <translation>Експортувати календар до</translation>
    </message>
    <message>
        <source>Exported {events} events, {todos} to-dos and {alarms} alarms to {path}</source>
        <translation>Експортовано до {path}: подій — {events}, завдань — {todos}, сигналів — {alarms}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Include &amp;notes, places, participants and private items</source>
        <translation>Додати &amp;нотатки, місця, учасників і приватні записи</translation>
    </message>
    <message>
        <source>One &amp;contact:</source>
        <translation>Один &amp;контакт:</translation>
    </message>
    <message>
        <source>Only items &amp;from</source>
        <translation>Лише записи &amp;з</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Without this the file holds summaries and times only.</source>
        <translation>Без цього файл містить лише назви й час.</translation>
    </message>
    <message>
        <source>choose a contact from the list</source>
        <translation>виберіть контакт зі списку</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файли iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>name a file</source>
        <translation>вкажіть файл</translation>
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
            <numerusform>%n новий контакт</numerusform>
            <numerusform>%n нові контакти</numerusform>
            <numerusform>%n нових контактів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n створити</numerusform>
            <numerusform>%n створити</numerusform>
            <numerusform>%n створити</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n оновити</numerusform>
            <numerusform>%n оновити</numerusform>
            <numerusform>%n оновити</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Вибрати файл…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>&amp;Not yet contacts — tick to create:</source>
        <translation>&amp;Ще не контакти — позначте, щоб створити:</translation>
    </message>
    <message>
        <source>Checking records: {done} of {total}</source>
        <translation>Перевірка записів: {done} з {total}</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Виберіть файл для імпорту</translation>
    </message>
    <message>
        <source>Contacts and calendars (*.vcf *.vcard *.csv *.ics *.ical);;vCard files (*.vcf *.vcard);;CSV files (*.csv);;iCalendar files (*.ics *.ical);;All files (*)</source>
        <translation>Контакти й календарі (*.vcf *.vcard *.csv *.ics *.ical);;Файли vCard (*.vcf *.vcard);;Файли CSV (*.csv);;Файли iCalendar (*.ics *.ical);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Імпорт контактів</translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Імпорт зустрічей</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Стан імпорту</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Імпорт {file}</translation>
    </message>
    <message>
        <source>Importing contacts: {done} of {total}</source>
        <translation>Імпорт контактів: {done} з {total}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Файл не вибрано.</translation>
    </message>
    <message>
        <source>Nothing to import: the store already has all of it.</source>
        <translation>Нічого імпортувати: у сховищі вже все це є.</translation>
    </message>
    <message>
        <source>People who are not contacts: create contact</source>
        <translation>Люди, яких немає серед контактів: створити контакт</translation>
    </message>
    <message>
        <source>Reading events: {done} of {total}</source>
        <translation>Читання подій: {done} з {total}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Читання файлу…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Зупинення…</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Що зробить імпорт</translation>
    </message>
    <message numerus="yes">
        <source>{person} — %n meeting(s)</source>
        <translation>
            <numerusform>{person} — %n зустріч</numerusform>
            <numerusform>{person} — %n зустрічі</numerusform>
            <numerusform>{person} — %n зустрічей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Редагувати взаємодію</translation>
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
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>&amp;Private (left out of calendar exports)</source>
        <translation>&amp;Приватне (не потрапляє до експорту календаря)</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Час:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;З ким:</translation>
    </message>
    <message>
        <source>45m, 1h30…</source>
        <translation>45m, 1h30…</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Кана&amp;л:</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Тр&amp;ивалість:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Напр&amp;ям:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрям</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Follow-ups:</source>
        <translation>Подальші кроки:</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Особисто</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Вхідний</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Life &amp;event:</source>
        <translation>&amp;Життєва подія:</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Життєва подія</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Вихідний</translation>
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
        <translation>Час</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Відео</translation>
    </message>
    <message>
        <source>What happened? Markdown works.</source>
        <translation>Що сталося? Можна використовувати Markdown.</translation>
    </message>
    <message>
        <source>new job, moved, married…</source>
        <translation>нова робота, переїзд, весілля…</translation>
    </message>
    <message>
        <source>not a duration</source>
        <translation>не тривалість</translation>
    </message>
    <message>
        <source>now</source>
        <translation>зараз</translation>
    </message>
    <message>
        <source>when you save</source>
        <translation>під час збереження</translation>
    </message>
    <message>
        <source>{key} turns the current line into a follow-up task.</source>
        <translation>{key} перетворює поточний рядок на завдання-продовження.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакти</numerusform>
            <numerusform>%n контактів</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;About pcrm</source>
        <translation>&amp;Про pcrm</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архівувати</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервні копії…</translation>
    </message>
    <message>
        <source>&amp;Briefing for the selected…</source>
        <translation>&amp;Зведення для вибраних…</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Контакти</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Панель</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Зміни</translation>
    </message>
    <message>
        <source>&amp;Edit contact</source>
        <translation>&amp;Редагувати контакт</translation>
    </message>
    <message>
        <source>&amp;Export calendar…</source>
        <translation>&amp;Експорт календаря…</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>&amp;Обраний</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Пошук</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Імпорт…</translation>
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation>&amp;Аналітика</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>За&amp;блокувати</translation>
    </message>
    <message>
        <source>&amp;Log an interaction…</source>
        <translation>&amp;Записати взаємодію…</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected…</source>
        <translation>Об&apos;&amp;єднати два вибрані…</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;Новий контакт</translation>
    </message>
    <message>
        <source>&amp;Org chart</source>
        <translation>&amp;Оргструктура</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>&amp;Restore from the trash</source>
        <translation>Відновити зі с&amp;мітника</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;Sort contacts</source>
        <translation>Сор&amp;тувати контакти</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронологія</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Перегляд</translation>
    </message>
    <message>
        <source>&lt;h3&gt;pcrm {version}&lt;/h3&gt;&lt;p&gt;A personal contact-relationship manager: contacts, their history and your reminders in one encrypted local store.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;pcrm {version}&lt;/h3&gt;&lt;p&gt;Особистий менеджер стосунків: контакти, їхня історія та ваші нагадування в одному зашифрованому локальному сховищі.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About pcrm</source>
        <translation>Про pcrm</translation>
    </message>
    <message>
        <source>Add to &amp;group</source>
        <translation>Додати до &amp;групи</translation>
    </message>
    <message>
        <source>Archived contacts are kept but left out of the other lists.</source>
        <translation>Архівовані контакти зберігаються, але не показуються в інших списках.</translation>
    </message>
    <message>
        <source>Backed up to {name}.</source>
        <translation>Резервну копію збережено: {name}.</translation>
    </message>
    <message>
        <source>By &amp;last contact</source>
        <translation>За &amp;останнім контактом</translation>
    </message>
    <message>
        <source>By &amp;name</source>
        <translation>За &amp;ім&apos;ям</translation>
    </message>
    <message>
        <source>By next &amp;reminder</source>
        <translation>За наступним &amp;нагадуванням</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>К&amp;алендар</translation>
    </message>
    <message>
        <source>Choose an organisation in the sidebar, or a contact who works at one.</source>
        <translation>Виберіть організацію на бічній панелі або контакт, який у ній працює.</translation>
    </message>
    <message>
        <source>Contacts that match this search:</source>
        <translation>Контакти, що відповідають цьому пошуку:</translation>
    </message>
    <message>
        <source>Create a group</source>
        <translation>Створення групи</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) and their history for good? This cannot be undone.</source>
        <translation>
            <numerusform>Видалити %n контакт та його історію назавжди? Це неможливо скасувати.</numerusform>
            <numerusform>Видалити %n контакти та їхню історію назавжди? Це неможливо скасувати.</numerusform>
            <numerusform>Видалити %n контактів та їхню історію назавжди? Це неможливо скасувати.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for &amp;good…</source>
        <translation>Видалити на&amp;завжди…</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Видалити назавжди</translation>
    </message>
    <message>
        <source>Deleted contacts. Restore them with Ctrl+R; Shift+Del deletes for good.</source>
        <translation>Видалені контакти. Відновити — Ctrl+R; Shift+Del видаляє назавжди.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Редагувати</translation>
    </message>
    <message>
        <source>Export &amp;contacts…</source>
        <translation>Експорт &amp;контактів…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {path}.</source>
        <translation>
            <numerusform>Експортовано %n контакт до {path}.</numerusform>
            <numerusform>Експортовано %n контакти до {path}.</numerusform>
            <numerusform>Експортовано %n контактів до {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {events} events and {todos} to-dos to {path}.</source>
        <translation>Експортовано до {path}: подій — {events}, завдань — {todos}.</translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation>Знайти &amp;дублікати…</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>До сп&amp;иску</translation>
    </message>
    <message>
        <source>Imported. Edit ▸ Undo takes the whole import back.</source>
        <translation>Імпортовано. Зміни ▸ Скасувати скасовує весь імпорт.</translation>
    </message>
    <message>
        <source>Jumping to a letter needs the list sorted by name.</source>
        <translation>Щоб переходити до літери, список має бути відсортовано за ім&apos;ям.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>Назва групи:</translation>
    </message>
    <message>
        <source>New &amp;task or reminder…</source>
        <translation>Нове за&amp;вдання чи нагадування…</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Нова група</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Нова група…</translation>
    </message>
    <message>
        <source>New smart group</source>
        <translation>Нова розумна група</translation>
    </message>
    <message>
        <source>Nobody here.</source>
        <translation>Тут нікого немає.</translation>
    </message>
    <message>
        <source>People related to {name}</source>
        <translation>Пов&apos;язані з {name}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Relationship &amp;graph</source>
        <translation>&amp;Граф зв&apos;язків</translation>
    </message>
    <message>
        <source>Remove from this group</source>
        <translation>Вилучити з цієї групи</translation>
    </message>
    <message>
        <source>Restore &amp;drafts…</source>
        <translation>Відновити &amp;чернетки…</translation>
    </message>
    <message>
        <source>Restored from {name}.</source>
        <translation>Відновлено з {name}.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Відновлення…</translation>
    </message>
    <message>
        <source>Saved search: {query}</source>
        <translation>Збережений пошук: {query}</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Search names, organisations, e-mail, phones, notes, the timeline…  (Ctrl+F)</source>
        <translation>Пошук в іменах, організаціях, e-mail, телефонах, нотатках, хронології…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Select a contact to see their card.</source>
        <translation>Виберіть контакт, щоб побачити його картку.</translation>
    </message>
    <message>
        <source>Select the people you are about to meet, then ask for the briefing.</source>
        <translation>Виберіть людей, з якими збираєтеся зустрітися, а тоді відкрийте зведення.</translation>
    </message>
    <message>
        <source>Show pcrm</source>
        <translation>Показати pcrm</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Сьогодні</translation>
    </message>
    <message>
        <source>The contacts changed most recently.</source>
        <translation>Контакти, змінені найнедавніше.</translation>
    </message>
    <message>
        <source>There are no contacts yet. Add one with Ctrl+N, or try pcrm with demo data: “pcrm demo”.</source>
        <translation>Контактів ще немає. Додайте контакт через Ctrl+N або спробуйте pcrm з демонстраційними даними: «pcrm demo».</translation>
    </message>
    <message>
        <source>There are no quick capture drafts.</source>
        <translation>Чернеток швидкого запису немає.</translation>
    </message>
    <message>
        <source>This contact is no longer there; press F5 to refresh.</source>
        <translation>Цього контакту вже немає; натисніть F5, щоб оновити.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Роз&amp;архівувати</translation>
    </message>
    <message>
        <source>Unlock pcrm, then import the file again.</source>
        <translation>Розблокуйте pcrm і знову імпортуйте файл.</translation>
    </message>
    <message>
        <source>pcrm is locked.</source>
        <translation>pcrm заблоковано.</translation>
    </message>
    <message>
        <source>{what} — Ctrl+Z undoes it.</source>
        <translation>{what} — Ctrl+Z скасовує.</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <source>&lt;b&gt;After the merge&lt;/b&gt;</source>
        <translation>&lt;b&gt;Після об&apos;єднання&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged in&lt;/b&gt; (#{id})</source>
        <translation>&lt;b&gt;Приєднується&lt;/b&gt; (#{id})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stays&lt;/b&gt; (#{id})</source>
        <translation>&lt;b&gt;Залишається&lt;/b&gt; (#{id})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where they differ&lt;/b&gt; — choose what stays:</source>
        <translation>&lt;b&gt;Де вони відрізняються&lt;/b&gt; — виберіть, що залишиться:</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Показане ім&apos;я</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Як ми познайомилися</translation>
    </message>
    <message>
        <source>Job at {organisation}</source>
        <translation>Робота в {organisation}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Прізвисько</translation>
    </message>
    <message>
        <source>Phonetic name</source>
        <translation>Фонетичне ім&apos;я</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>Підтримувати зв&apos;язок</translation>
    </message>
    <message>
        <source>The card merged into it</source>
        <translation>Картка, що приєднується</translation>
    </message>
    <message>
        <source>The card that stays</source>
        <translation>Картка, що залишається</translation>
    </message>
    <message>
        <source>The cards do not contradict each other: nothing to choose.</source>
        <translation>Картки не суперечать одна одній: вибирати нічого.</translation>
    </message>
    <message>
        <source>The merged card</source>
        <translation>Об&apos;єднана картка</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>кожен %n день</numerusform>
            <numerusform>кожні %n дні</numerusform>
            <numerusform>кожні %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>introduced by {name}</source>
        <translation>познайомив(-ла) {name}</translation>
    </message>
    <message>
        <source>member</source>
        <translation>учасник</translation>
    </message>
    <message>
        <source>this card&apos;s photo (#{id})</source>
        <translation>фото цієї картки (#{id})</translation>
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
        <translation>ще +{count}</translation>
    </message>
    <message>
        <source>Calendar month</source>
        <translation>Календарний місяць</translation>
    </message>
</context>
<context>
    <name>NotificationPopup</name>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n нагадування</numerusform>
            <numerusform>%n нагадування</numerusform>
            <numerusform>%n нагадувань</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Show &amp;today</source>
        <translation>Показати &amp;сьогодні</translation>
    </message>
    <message numerus="yes">
        <source>While pcrm was closed: %n reminder(s)</source>
        <translation>
            <numerusform>Поки pcrm був закритий: %n нагадування</numerusform>
            <numerusform>Поки pcrm був закритий: %n нагадування</numerusform>
            <numerusform>Поки pcrm був закритий: %n нагадувань</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgChartView</name>
    <message numerus="yes">
        <source>Not placed: no manager relationship with another member (%n)</source>
        <translation>
            <numerusform>Не розміщено: немає зв&apos;язку «керівник» з іншим учасником (%n)</numerusform>
            <numerusform>Не розміщено: немає зв&apos;язку «керівник» з іншим учасником (%n)</numerusform>
            <numerusform>Не розміщено: немає зв&apos;язку «керівник» з іншим учасником (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Org chart</source>
        <translation>Оргструктура</translation>
    </message>
    <message>
        <source>Their manager relationships go round in a loop.</source>
        <translation>Їхні зв&apos;язки «керівник» утворюють коло.</translation>
    </message>
</context>
<context>
    <name>OrgChartWindow</name>
    <message numerus="yes">
        <source>%n current member(s)</source>
        <translation>
            <numerusform>%n теперішній учасник</numerusform>
            <numerusform>%n теперішні учасники</numerusform>
            <numerusform>%n теперішніх учасників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a manager relationship, listed below the chart</source>
        <translation>
            <numerusform>%n без зв&apos;язку «керівник», у списку під схемою</numerusform>
            <numerusform>%n без зв&apos;язку «керівник», у списку під схемою</numerusform>
            <numerusform>%n без зв&apos;язку «керівник», у списку під схемою</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sub-organisations</source>
        <translation>&amp;Підрозділи</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Не вдалося зберегти: {reason}</translation>
    </message>
    <message>
        <source>Export &amp;picture…</source>
        <translation>Експорт &amp;зображення…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Експорт P&amp;DF…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Умістити</translation>
    </message>
    <message>
        <source>Fit the chart in the window</source>
        <translation>Умістити схему у вікно</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
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
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>Part of {name} ▲</source>
        <translation>Частина {name} ▲</translation>
    </message>
    <message>
        <source>Save the org chart as</source>
        <translation>Зберегти оргструктуру як</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Збережено {file}.</translation>
    </message>
    <message>
        <source>Some managers go round in a loop: those boxes are orange.</source>
        <translation>Деякі керівники утворюють коло: їхні блоки помаранчеві.</translation>
    </message>
    <message>
        <source>Sub-organisations</source>
        <translation>Підрозділи</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>no manager relationships between them yet (add “manager” relationships on their cards to build the chart)</source>
        <translation>між ними ще немає зв&apos;язків «керівник» (додайте зв&apos;язки «керівник» у їхніх картках, щоб побудувати схему)</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n member(s))</source>
        <translation>
            <numerusform>{name} (%n учасник)</numerusform>
            <numerusform>{name} (%n учасники)</numerusform>
            <numerusform>{name} (%n учасників)</numerusform>
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
        <translation>Дія</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>create</source>
        <translation>створити</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>пропустити</translation>
    </message>
    <message>
        <source>update</source>
        <translation>оновити</translation>
    </message>
</context>
<context>
    <name>PeopleField</name>
    <message>
        <source>Name at least one person.</source>
        <translation>Назвіть хоча б одну людину.</translation>
    </message>
    <message>
        <source>Names, e-mails or phones, separated by commas</source>
        <translation>Імена, e-mail або телефони через кому</translation>
    </message>
    <message>
        <source>No contact is called “{name}”.</source>
        <translation>Немає контакту з іменем «{name}».</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>“{name}” matches {count} people: pick one from the list.</source>
        <translation>«{name}» відповідає кільком людям ({count}): виберіть одну зі списку.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Увесь час</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>За днями</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>За місяцями</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>За тижнями</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Власний діапазон…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Деталізація</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Останні 365 днів</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Останні 90 днів</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Цей місяць</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Цей рік</translation>
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
            <numerusform>Додано %n завдання-продовження.</numerusform>
            <numerusform>Додано %n завдання-продовження.</numerusform>
            <numerusform>Додано %n завдань-продовжень.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Відкинути чернетку</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message numerus="yes">
        <source>Logged with %n contact(s).</source>
        <translation>
            <numerusform>Записано з %n контактом.</numerusform>
            <numerusform>Записано з %n контактами.</numerusform>
            <numerusform>Записано з %n контактами.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Швидкий запис</translation>
    </message>
    <message>
        <source>Restored the draft you were writing at {time}: nothing was lost. Save it with {key}, or discard it.</source>
        <translation>Відновлено чернетку, яку ви писали о {time}: нічого не втрачено. Збережіть її через {key} або відкиньте.</translation>
    </message>
    <message>
        <source>Save ({key})</source>
        <translation>Зберегти ({key})</translation>
    </message>
    <message>
        <source>The draft could not be saved: {reason}</source>
        <translation>Не вдалося зберегти чернетку: {reason}</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Чернетку відкинуто.</translation>
    </message>
    <message>
        <source>Your quick capture draft was kept; pcrm offers it again when it starts.</source>
        <translation>Чернетку швидкого запису збережено; pcrm запропонує її знову під час запуску.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Backups of this store are kept in {folder}.</source>
        <translation>Резервні копії цього сховища зберігаються в {folder}.</translation>
    </message>
    <message>
        <source>Close the other pcrm (a window, or a command still running) and try again.</source>
        <translation>Закрийте інший pcrm (вікно або команду, що ще виконується) і спробуйте знову.</translation>
    </message>
    <message>
        <source>Correct the file or setting named above and try again.</source>
        <translation>Виправте названий вище файл чи параметр і спробуйте знову.</translation>
    </message>
    <message>
        <source>If the database was moved, put it back in {folder}.</source>
        <translation>Якщо базу даних переміщено, поверніть її до {folder}.</translation>
    </message>
    <message>
        <source>If the key was in the system keyring, unlock the keyring (or sign in to the session that holds it) and try again.</source>
        <translation>Якщо ключ був у системній в&apos;язці ключів, розблокуйте її (або увійдіть у сеанс, де вона є) і спробуйте знову.</translation>
    </message>
    <message>
        <source>If {file} was deleted or replaced, put the original back.</source>
        <translation>Якщо {file} видалено чи замінено, поверніть оригінал.</translation>
    </message>
    <message>
        <source>Install the newer pcrm that wrote this store, or restore a backup made by this version.</source>
        <translation>Установіть новішу версію pcrm, яка записала це сховище, або відновіть копію, створену цією версією.</translation>
    </message>
    <message>
        <source>Keep using the pcrm version that wrote this store until the upgrade is fixed.</source>
        <translation>Користуйтеся версією pcrm, що записала це сховище, доки оновлення не виправлять.</translation>
    </message>
    <message>
        <source>Once the key is back, pcrm can restore the database from a backup made with it.</source>
        <translation>Коли ключ повернеться, pcrm зможе відновити базу даних з копії, створеної з ним.</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Відкрити теку копій</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Reinstall pcrm with its SQLCipher driver (sqlcipher3).</source>
        <translation>Перевстановіть pcrm з драйвером SQLCipher (sqlcipher3).</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Відновлення з копії</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Відновити з копії…</translation>
    </message>
    <message>
        <source>Restore the database from a backup with Restore from backup…: the backup is checked first, and the database it replaces is kept in {folder}.</source>
        <translation>Відновіть базу даних з копії кнопкою «Відновити з копії…»: копію буде спершу перевірено, а замінену базу даних збережено в {folder}.</translation>
    </message>
    <message>
        <source>Start or unlock the system keyring (GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager) and try again.</source>
        <translation>Запустіть або розблокуйте системну в&apos;язку ключів (GNOME Keyring, KWallet, macOS Keychain чи Windows Credential Manager) і спробуйте знову.</translation>
    </message>
    <message>
        <source>The store&apos;s passphrase:</source>
        <translation>Парольна фраза сховища:</translation>
    </message>
    <message>
        <source>There are no backups in {folder}; if you keep one elsewhere, use that.</source>
        <translation>У {folder} немає резервних копій; якщо ви зберігаєте копію деінде, скористайтеся нею.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати знову</translation>
    </message>
    <message>
        <source>Try another passphrase: check PCRM_PASSPHRASE or the --passphrase-file you gave, or start pcrm without them to type it.</source>
        <translation>Спробуйте іншу парольну фразу: перевірте PCRM_PASSPHRASE або вказаний --passphrase-file чи запустіть pcrm без них, щоб ввести її.</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Що можна зробити:</translation>
    </message>
    <message>
        <source>pcrm cannot open your store</source>
        <translation>pcrm не може відкрити ваше сховище</translation>
    </message>
    <message>
        <source>pcrm has not changed any file.</source>
        <translation>pcrm не змінив жодного файлу.</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmation</name>
    <message>
        <source>&lt;b&gt;In the backup&lt;/b&gt;</source>
        <translation>&lt;b&gt;У копії&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Зараз&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Everything changed since the backup was taken is replaced. The store as it is now is kept as a backup in {folder}, so this can be undone by restoring that one.</source>
        <translation>Усе, що змінилося після створення копії, буде замінено. Поточний стан сховища збережеться як резервна копія в {folder}, тож це можна скасувати, відновивши її.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Організації</translation>
    </message>
    <message>
        <source>Reminders and tasks</source>
        <translation>Нагадування й завдання</translation>
    </message>
    <message>
        <source>Replace with the backup</source>
        <translation>Замінити копією</translation>
    </message>
    <message>
        <source>Replace your store with the backup of {when}?</source>
        <translation>Замінити сховище копією від {when}?</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Відновлення з копії</translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation>Записи хронології</translation>
    </message>
    <message>
        <source>pcrm backups (*.pcrm-backup);;All files (*)</source>
        <translation>Резервні копії pcrm (*.pcrm-backup);;Усі файли (*)</translation>
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
        <translation>Щодня</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>День місяця</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Не повторюється</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Закінчення</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Закінчується:</translation>
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
        <translation>У:</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Інтервал</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Останній день</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Щомісяця</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Кількість разів</translation>
    </message>
    <message>
        <source>On</source>
        <translation>У</translation>
    </message>
    <message>
        <source>On days:</source>
        <translation>У дні:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Коли:</translation>
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
        <translation>Повторення словами</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Повторюється:</translation>
    </message>
    <message>
        <source>Try “every 3 months”, “every monday” or “third sunday of june”.</source>
        <translation>Спробуйте «every 3 months», «every monday» або «third sunday of june».</translation>
    </message>
    <message>
        <source>Week day</source>
        <translation>День тижня</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Щотижня</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Який</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Щороку</translation>
    </message>
    <message>
        <source>a custom rule</source>
        <translation>власне правило</translation>
    </message>
    <message>
        <source>after</source>
        <translation>після</translation>
    </message>
    <message>
        <source>day of the month</source>
        <translation>день місяця</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>every </source>
        <translation>кожні </translation>
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
        <translation>останній</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>міс.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>not a repeat I know</source>
        <translation>невідомий вид повторення</translation>
    </message>
    <message>
        <source>on</source>
        <translation>у день</translation>
    </message>
    <message>
        <source>second</source>
        <translation>2-й</translation>
    </message>
    <message>
        <source>the nth week day</source>
        <translation>n-й день тижня</translation>
    </message>
    <message>
        <source>the start&apos;s day</source>
        <translation>день початку</translation>
    </message>
    <message>
        <source>the start&apos;s month</source>
        <translation>місяць початку</translation>
    </message>
    <message>
        <source>third</source>
        <translation>3-й</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>тиж.</translation>
    </message>
    <message>
        <source>year(s)</source>
        <translation>р.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Search contacts and interactions…</source>
        <translation>Пошук контактів і взаємодій…</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакти</numerusform>
            <numerusform>%n контактів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n взаємодія</numerusform>
            <numerusform>%n взаємодії</numerusform>
            <numerusform>%n взаємодій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ contact(s)</source>
        <translation>
            <numerusform>%n+ контакт</numerusform>
            <numerusform>%n+ контакти</numerusform>
            <numerusform>%n+ контактів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ interaction(s)</source>
        <translation>
            <numerusform>%n+ взаємодія</numerusform>
            <numerusform>%n+ взаємодії</numerusform>
            <numerusform>%n+ взаємодій</numerusform>
        </translation>
    </message>
    <message>
        <source>Best matches — {counts}</source>
        <translation>Найкращі збіги — {counts}</translation>
    </message>
    <message>
        <source>Finding the best matches…</source>
        <translation>Пошук найкращих збігів…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Збігів немає</translation>
    </message>
    <message>
        <source>Nobody is named in this interaction any more.</source>
        <translation>У цій взаємодії більше нікого не вказано.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Стан пошуку</translation>
    </message>
    <message>
        <source>{contacts}, {interactions}</source>
        <translation>{contacts}, {interactions}</translation>
    </message>
    <message>
        <source>{counts} — Enter for best matches</source>
        <translation>{counts} — Enter для найкращих збігів</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Export as CSV…</source>
        <translation>Експорт у CSV…</translation>
    </message>
    <message>
        <source>Export {section}</source>
        <translation>Експорт: {section}</translation>
    </message>
</context>
<context>
    <name>SeriesChart</name>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n взаємодія</numerusform>
            <numerusform>%n взаємодії</numerusform>
            <numerusform>%n взаємодій</numerusform>
        </translation>
    </message>
    <message>
        <source>; previous period: {total}</source>
        <translation>; попередній період: {total}</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Попередній період</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Цей період</translation>
    </message>
    <message>
        <source>{period} ({when}): {count}</source>
        <translation>{period} ({when}): {count}</translation>
    </message>
    <message>
        <source>{total} in {buckets} periods; most, {most}, in {when}</source>
        <translation>{total} за {buckets} періодів; найбільше, {most}, — {when}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Change settings</source>
        <translation>Зміна налаштувань</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>All contacts</source>
        <translation>Усі контакти</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архіві</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Обрані</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Групи</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Нова група…</translation>
    </message>
    <message>
        <source>New smart group…</source>
        <translation>Нова розумна група…</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Організації</translation>
    </message>
    <message>
        <source>Recently changed</source>
        <translation>Нещодавно змінені</translation>
    </message>
    <message>
        <source>Saved search: {query}</source>
        <translation>Збережений пошук: {query}</translation>
    </message>
    <message>
        <source>Smart groups</source>
        <translation>Розумні групи</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Смітник</translation>
    </message>
</context>
<context>
    <name>StoreAccess</name>
    <message>
        <source>Opening your contacts… After an update of pcrm the store is backed up and upgraded first, which can take a few minutes.</source>
        <translation>Відкриття контактів… Після оновлення pcrm сховище спершу копіюється й оновлюється, що може тривати кілька хвилин.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Люди:</translation>
    </message>
    <message>
        <source>&amp;Private (left out of calendar exports)</source>
        <translation>&amp;Приватне (не потрапляє до експорту календаря)</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Повто&amp;рювати:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>На&amp;зва:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Коли:</translation>
    </message>
    <message>
        <source>({time} your time)</source>
        <translation>({time} за вашим часом)</translation>
    </message>
    <message>
        <source>Ala&amp;rms:</source>
        <translation>Си&amp;гнали:</translation>
    </message>
    <message>
        <source>All &amp;day</source>
        <translation>Увесь &amp;день</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Відкинути зміни?</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Редагувати завдання</translation>
    </message>
    <message>
        <source>Give the task a title.</source>
        <translation>Дайте завданню назву.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>My local time</source>
        <translation>Мій місцевий час</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Нове завдання</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Наступне:</translation>
    </message>
    <message>
        <source>No occurrence from now on.</source>
        <translation>Надалі повторень немає.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>This task has changes that are not saved. Discard them?</source>
        <translation>Завдання має незбережені зміни. Відкинути їх?</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Часовий по&amp;яс:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>When, in words</source>
        <translation>Коли, словами</translation>
    </message>
    <message>
        <source>at the time</source>
        <translation>у момент події</translation>
    </message>
    <message>
        <source>not a time: try “tomorrow 9:00” or “in 2 weeks”</source>
        <translation>не час: спробуйте «tomorrow 9:00» або «in 2 weeks»</translation>
    </message>
    <message>
        <source>not an IANA time zone</source>
        <translation>не часовий пояс IANA</translation>
    </message>
    <message>
        <source>tomorrow 9:00, in 2 weeks…</source>
        <translation>tomorrow 9:00, in 2 weeks…</translation>
    </message>
    <message>
        <source>“{text}” is not a time.</source>
        <translation>«{text}» — не час.</translation>
    </message>
    <message>
        <source>“{zone}” is not an IANA time zone.</source>
        <translation>«{zone}» — не часовий пояс IANA.</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <source>+{count} more</source>
        <translation>ще +{count}</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>Дні календаря</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Briefing…</source>
        <translation>&amp;Зведення…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Усі канали</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Усі види</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Filter the timeline by channel</source>
        <translation>Фільтрувати хронологію за каналом</translation>
    </message>
    <message>
        <source>Filter the timeline by kind</source>
        <translation>Фільтрувати хронологію за видом</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>No contact selected.</source>
        <translation>Контакт не вибрано.</translation>
    </message>
    <message>
        <source>No interactions match these filters.</source>
        <translation>Жодна взаємодія не відповідає цим фільтрам.</translation>
    </message>
    <message>
        <source>No interactions yet — press {shortcut} to log one.</source>
        <translation>Взаємодій ще немає — натисніть {shortcut}, щоб записати.</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Відкрити {name}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Виконано</translation>
    </message>
    <message>
        <source>&amp;Log to timeline</source>
        <translation>&amp;Записати в хронологію</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>Від&amp;класти</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 година</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 хвилин</translation>
    </message>
    <message>
        <source>Add a note to the contacts&apos; timelines</source>
        <translation>Додати нотатку до хронології контактів</translation>
    </message>
    <message>
        <source>Birthdays and dates this week</source>
        <translation>Дні народження й дати цього тижня</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Від&amp;хилити</translation>
    </message>
    <message>
        <source>Dismiss a reminder</source>
        <translation>Відхилити нагадування</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Щойно</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>Пізніше сьогодні</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Зв&apos;язок слабшає</translation>
    </message>
    <message>
        <source>Mark a reminder done</source>
        <translation>Позначити нагадування виконаним</translation>
    </message>
    <message>
        <source>Missed while pcrm was closed</source>
        <translation>Пропущено, поки pcrm був закритий</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>На сьогодні нічого.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Reminders for today</source>
        <translation>Нагадування на сьогодні</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Відкласти</translation>
    </message>
    <message>
        <source>Snooze a reminder</source>
        <translation>Відкласти нагадування</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Tomorrow 09:00</source>
        <translation>Завтра о 09:00</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message numerus="yes">
        <source>last %1, %n day(s) overdue</source>
        <translation>
            <numerusform>востаннє %1, прострочено на %n день</numerusform>
            <numerusform>востаннє %1, прострочено на %n дні</numerusform>
            <numerusform>востаннє %1, прострочено на %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>never in touch</source>
        <translation>ще не було зв&apos;язку</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Its key is in your system keyring ({name}).</source>
        <translation>Його ключ у системній в&apos;язці ключів ({name}).</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольна фраза:</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Спершу введіть парольну фразу.</translation>
    </message>
    <message>
        <source>Type the passphrase of the store in:</source>
        <translation>Введіть парольну фразу сховища в:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Розблокувати</translation>
    </message>
    <message>
        <source>Unlock pcrm</source>
        <translation>Розблокування pcrm</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Розблокування…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Неправильна парольна фраза. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>pcrm is locked</source>
        <translation>pcrm заблоковано</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>системна в&apos;язка ключів</translation>
    </message>
</context>
<context>
    <name>_JobDialog</name>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} з {total}</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Follow-up due</source>
        <translation>Термін завдання-продовження</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Завдання-продовження</translation>
    </message>
    <message>
        <source>Remove this follow-up</source>
        <translation>Вилучити це завдання-продовження</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Що зробити</translation>
    </message>
    <message>
        <source>due</source>
        <translation>термін</translation>
    </message>
</context>
</TS>
