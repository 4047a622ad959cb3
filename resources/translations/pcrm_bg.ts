<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG" sourcelanguage="en">
<context>
    <name />
    <message>
        <source> days</source>
        <translation> дни</translation>
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
        <source>%n day(s) ago</source>
        <translation><numerusform>преди %n ден</numerusform><numerusform>преди %n дни</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more participant(s) not shown.</source>
        <translation><numerusform>Не е показан още %n участник.</numerusform><numerusform>Не са показани още %n участници.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more relationship(s) are kept as they are: &lt;a href='pcrm:related'&gt;list everyone related&lt;/a&gt; to open and change them.</source>
        <translation><numerusform>Още %n връзка остава както е: &lt;a href='pcrm:related'&gt;покажете всички свързани&lt;/a&gt;, за да ги отворите и промените.</numerusform><numerusform>Още %n връзки остават както са: &lt;a href='pcrm:related'&gt;покажете всички свързани&lt;/a&gt;, за да ги отворите и промените.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) while pcrm was closed</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n година</numerusform><numerusform>%n години</numerusform></translation>
    </message>
    <message>
        <source>&amp;Choices</source>
        <translation>&amp;Варианти</translation>
    </message>
    <message>
        <source>&amp;Display name (empty: from the parts)</source>
        <translation>&amp;Показвано име (празно: от частите)</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Собствено име</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Име</translation>
    </message>
    <message>
        <source>&amp;Nickname</source>
        <translation>П&amp;рякор</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Тип</translation>
    </message>
    <message numerus="yes">
        <source>(age %n)</source>
        <translation><numerusform>(на %n година)</numerusform><numerusform>(на %n години)</numerusform></translation>
    </message>
    <message>
        <source>({time} in {zone})</source>
        <translation>({time} в {zone})</translation>
    </message>
    <message>
        <source>1 March</source>
        <translation>1 март</translation>
    </message>
    <message>
        <source>28 February</source>
        <translation>28 февруари</translation>
    </message>
    <message>
        <source>29 February in other years</source>
        <translation>29 февруари в другите години</translation>
    </message>
    <message>
        <source>A choice field needs its choices, separated by commas.</source>
        <translation>Полето с избор има нужда от варианти, разделени със запетаи.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to a group</source>
        <translation><numerusform>Добавяне на %n контакт в група</numerusform><numerusform>Добавяне на %n контакта в група</numerusform></translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Добави задача</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Добави адрес</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Добавяне на контакт</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>Добави дата</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Добави имейл</translation>
    </message>
    <message>
        <source>Add messenger</source>
        <translation>Добави месинджър</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Добави организация</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Добави телефон</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Добави профил</translation>
    </message>
    <message>
        <source>Add relationship</source>
        <translation>Добави връзка</translation>
    </message>
    <message>
        <source>Add web site</source>
        <translation>Добави уебсайт</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреси</translation>
    </message>
    <message>
        <source>Agenda and notes</source>
        <translation>Дневен ред и бележки</translation>
    </message>
    <message>
        <source>Also close the store when the screen locks or the computer goes to sleep, where the desktop announces it (Linux).</source>
        <translation>Затваряй хранилището и когато екранът се заключи или компютърът заспи, ако работният плот съобщава за това (Linux).</translation>
    </message>
    <message>
        <source>Also the newest backup of each of this many months; 0 for none.</source>
        <translation>Също най-новото копие за всеки от толкова месеца; 0 — нито едно.</translation>
    </message>
    <message>
        <source>Also the newest backup of each of this many weeks; 0 for none.</source>
        <translation>Също най-новото копие за всяка от толкова седмици; 0 — нито едно.</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Годишнина</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n contact(s)</source>
        <translation><numerusform>Архивиране на %n контакт</numerusform><numerusform>Архивиране на %n контакта</numerusform></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Архивиран</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Като в системата</translation>
    </message>
    <message>
        <source>Back up automatically every day</source>
        <translation>Автоматично резервно копие всеки ден</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка за резервни копия</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервни копия</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Рожден ден</translation>
    </message>
    <message numerus="yes">
        <source>Briefing: %n people</source>
        <translation><numerusform>Справка: %n човек</numerusform><numerusform>Справка: %n души</numerusform></translation>
    </message>
    <message>
        <source>Briefing: {name}</source>
        <translation>Справка: {name}</translation>
    </message>
    <message>
        <source>Briefing: {what}</source>
        <translation>Справка: {what}</translation>
    </message>
    <message>
        <source>Calendar file to keep up to date</source>
        <translation>Файл на календара за обновяване</translation>
    </message>
    <message>
        <source>Calendar subscription</source>
        <translation>Абонамент за календар</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Обаждане</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message numerus="yes">
        <source>Changing %n contact(s)…</source>
        <translation><numerusform>Промяна на %n контакт…</numerusform><numerusform>Промяна на %n контакта…</numerusform></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Избор</translation>
    </message>
    <message>
        <source>Choose &amp;photo…</source>
        <translation>Избери &amp;снимка…</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Изберете снимка</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <source>Close the store after this many minutes without keyboard or mouse input; 0 never locks.</source>
        <translation>Затваряй хранилището след толкова минути без клавиатура или мишка; 0 — никога.</translation>
    </message>
    <message>
        <source>Coming dates</source>
        <translation>Предстоящи дати</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Предстоящо</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Собствено поле</translation>
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
        <translation>Дати и часове</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ден</translation>
    </message>
    <message>
        <source>Default kind</source>
        <translation>Вид по подразбиране</translation>
    </message>
    <message>
        <source>Define a field</source>
        <translation>Определи поле</translation>
    </message>
    <message>
        <source>Define a field…</source>
        <translation>Определи поле…</translation>
    </message>
    <message>
        <source>Define the field “{name}”</source>
        <translation>Определи полето „{name}“</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation><numerusform>Изтриване на %n контакт</numerusform><numerusform>Изтриване на %n контакта</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n interaction(s)</source>
        <translation><numerusform>Изтриване на %n взаимодействие</numerusform><numerusform>Изтриване на %n взаимодействия</numerusform></translation>
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
        <translation>Отхвърлено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Изпълнено</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Имейли</translation>
    </message>
    <message>
        <source>Edit a task</source>
        <translation>Редактирай задача</translation>
    </message>
    <message>
        <source>Edit an interaction</source>
        <translation>Редактирай взаимодействие</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Редактиране на контакт</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семейство</translation>
    </message>
    <message>
        <source>Family, as spoken</source>
        <translation>Фамилия, както се произнася</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Любим</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Първи ден от седмицата</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Собствено име</translation>
    </message>
    <message>
        <source>First name (phonetic)</source>
        <translation>Собствено име (фонетично)</translation>
    </message>
    <message>
        <source>Flat, floor, building</source>
        <translation>Апартамент, етаж, блок</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Пълно име</translation>
    </message>
    <message>
        <source>Get in touch with {name}</source>
        <translation>Свържи се с {name}</translation>
    </message>
    <message>
        <source>Given, as spoken</source>
        <translation>Име, както се произнася</translation>
    </message>
    <message>
        <source>Google labels</source>
        <translation>Етикети в Google</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Групи</translation>
    </message>
    <message>
        <source>Home region for phone numbers</source>
        <translation>Домашен регион за телефонните номера</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Как се запознахме</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропусни</translation>
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
        <translation>Включвай бележките и личните записи във файла на календара</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Запознат от</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Длъжност</translation>
    </message>
    <message>
        <source>Keep daily backups (days)</source>
        <translation>Пази дневните копия (дни)</translation>
    </message>
    <message>
        <source>Keep in notes</source>
        <translation>Запази в бележките</translation>
    </message>
    <message>
        <source>Keep monthly backups (months)</source>
        <translation>Пази месечните копия (месеци)</translation>
    </message>
    <message>
        <source>Keep weekly backups (weeks)</source>
        <translation>Пази седмичните копия (седмици)</translation>
    </message>
    <message>
        <source>Keeping in touch</source>
        <translation>Поддържане на връзка</translation>
    </message>
    <message>
        <source>Kind of date</source>
        <translation>Вид дата</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Етикет</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>Language of the windows</source>
        <translation>Език на интерфейса</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последен контакт</translation>
    </message>
    <message>
        <source>Last interactions</source>
        <translation>Последни взаимодействия</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Last name (phonetic)</source>
        <translation>Фамилия (фонетично)</translation>
    </message>
    <message>
        <source>Leave empty to use the name parts</source>
        <translation>Оставете празно, за да се състави от частите на името</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Житейско събитие</translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>Заключвай след бездействие (минути)</translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation>Заключвай заедно с екрана</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Отбележи взаимодействие</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n contact(s) as favourite</source>
        <translation><numerusform>Отбелязване на %n контакт като любим</numerusform><numerusform>Отбелязване на %n контакта като любими</numerusform></translation>
    </message>
    <message>
        <source>Markdown: *emphasis*, **bold**, - lists, [links](…)</source>
        <translation>Markdown: *курсив*, **удебелен**, - списъци, [връзки](…)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Среща</translation>
    </message>
    <message numerus="yes">
        <source>Meetings together (%n)</source>
        <translation><numerusform>Общи срещи (%n)</numerusform><numerusform>Общи срещи (%n)</numerusform></translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Съобщение</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Месинджър</translation>
    </message>
    <message>
        <source>Messengers</source>
        <translation>Месинджъри</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Презиме</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Презиме</translation>
    </message>
    <message>
        <source>Middle name (phonetic)</source>
        <translation>Презиме (фонетично)</translation>
    </message>
    <message>
        <source>Middle, as spoken</source>
        <translation>Презиме, както се произнася</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Понеделник</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <source>Move this {what} up</source>
        <translation>Премести нагоре: {what}</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Нагоре</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Обръщение</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Суфикс към името</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никога</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Нов контакт</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Прякор</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Няма</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <source>Notes preview</source>
        <translation>Преглед на бележките</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Numbers typed without + are read as numbers of this region.</source>
        <translation>Номерата без + се четат като номера от този регион.</translation>
    </message>
    <message>
        <source>Open tasks and follow-ups</source>
        <translation>Отворени задачи и следващи стъпки</translation>
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
        <translation>Друго</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>Пощенска кутия</translation>
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
        <translation>Снимка</translation>
    </message>
    <message>
        <source>Photo link</source>
        <translation>Връзка към снимка</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Пощенски код</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Обръщение</translation>
    </message>
    <message>
        <source>Prepared {when}</source>
        <translation>Изготвено {when}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Бърз запис</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Област</translation>
    </message>
    <message>
        <source>Related contact</source>
        <translation>Свързан контакт</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Връзка</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Връзка</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Връзки</translation>
    </message>
    <message>
        <source>Remind of dates at (hour)</source>
        <translation>Напомняй за датите в (час)</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напомняне</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Премахни</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s) from a group</source>
        <translation><numerusform>Премахване на %n контакт от група</numerusform><numerusform>Премахване на %n контакта от група</numerusform></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Премахни снимката</translation>
    </message>
    <message>
        <source>Remove this {what}</source>
        <translation>Премахни: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n contact(s)</source>
        <translation><numerusform>Възстановяване на %n контакт</numerusform><numerusform>Възстановяване на %n контакта</numerusform></translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Събота</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Запиши</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Сигурност</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n related people in the list</source>
        <translation><numerusform>Покажи в списъка %n свързан човек</numerusform><numerusform>Покажи в списъка всички %n свързани души</numerusform></translation>
    </message>
    <message>
        <source>Show the notes as the card will</source>
        <translation>Покажи бележките така, както ще ги покаже картата</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Social profiles</source>
        <translation>Профили в социални мрежи</translation>
    </message>
    <message>
        <source>Some fields need fixing before the card can be saved.</source>
        <translation>Някои полета трябва да се поправят, преди картата да се запише.</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>Поддържай връзка</translation>
    </message>
    <message>
        <source>Stay in touch every</source>
        <translation>Поддържай връзка на всеки</translation>
    </message>
    <message>
        <source>Stay in touch every (days)</source>
        <translation>Поддържай връзка на всеки (дни)</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Улица и номер</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Суфикс</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>System ({zone})</source>
        <translation>Системен ({zone})</translation>
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
        <translation>Денят, в който рожден ден или годишнина на 29 февруари се показва в години без тази дата.</translation>
    </message>
    <message>
        <source>The day calendars and week views start on.</source>
        <translation>Денят, от който започват календарите и седмичните изгледи.</translation>
    </message>
    <message>
        <source>The hour of the day, in your zone, at which birthdays, anniversaries and stay-in-touch reminders are raised.</source>
        <translation>Часът от деня, във вашата зона, в който се появяват напомнянията за рождени дни, годишнини и поддържане на връзка.</translation>
    </message>
    <message>
        <source>The interaction</source>
        <translation>Взаимодействието</translation>
    </message>
    <message>
        <source>The kind a new quick capture entry starts with.</source>
        <translation>Видът, с който започва нов бърз запис.</translation>
    </message>
    <message>
        <source>The language pcrm speaks, and writes dates and numbers in; “As the system” follows the computer's language. pcrm changes to it when it next starts.</source>
        <translation>Езикът на pcrm, както и на датите и числата; „Като в системата“ следва езика на компютъра. pcrm ще премине към него при следващото стартиране.</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>Срещата</translation>
    </message>
    <message>
        <source>The newest backup of each of this many days is kept.</source>
        <translation>Пази се най-новото копие за всеки от толкова дни.</translation>
    </message>
    <message>
        <source>The stay-in-touch cadence a new contact starts with; 0 for none.</source>
        <translation>Колко често да се поддържа връзка с нов контакт; 0 — без напомняния.</translation>
    </message>
    <message>
        <source>The store is locked.</source>
        <translation>Хранилището е заключено.</translation>
    </message>
    <message>
        <source>Their time zone</source>
        <translation>Тяхната часова зона</translation>
    </message>
    <message>
        <source>Things to ask next time</source>
        <translation>Какво да питам следващия път</translation>
    </message>
    <message>
        <source>This card has changes that are not saved.</source>
        <translation>Картата има незаписани промени.</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Чрез</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часова зона</translation>
    </message>
    <message>
        <source>Times are shown in this zone; “system” follows the computer's zone.</source>
        <translation>Часовете се показват в тази зона; „system“ следва зоната на компютъра.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Type a name, a phone or an e-mail first.</source>
        <translation>Първо въведете име, телефон или имейл.</translation>
    </message>
    <message numerus="yes">
        <source>Unarchive %n contact(s)</source>
        <translation><numerusform>Разархивиране на %n контакт</numerusform><numerusform>Разархивиране на %n контакта</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n favourite(s)</source>
        <translation><numerusform>Премахване на %n любим</numerusform><numerusform>Премахване на %n любими</numerusform></translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Без име</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незаписани промени</translation>
    </message>
    <message>
        <source>Usual channel</source>
        <translation>Обичаен канал</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Уеб</translation>
    </message>
    <message>
        <source>Web sites</source>
        <translation>Уебсайтове</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Уебсайт</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Къде</translation>
    </message>
    <message>
        <source>Where the automatic backups go; empty for the store's own backups folder. Another disk keeps them safe when this one fails.</source>
        <translation>Къде отиват автоматичните копия; празно — в папката за копия на хранилището. Друг диск ги запазва, ако този се повреди.</translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation>Къде: {place}</translation>
    </message>
    <message>
        <source>While pcrm runs, and when it starts, an encrypted, verified backup is written once a day.</source>
        <translation>Докато pcrm работи и при стартиране, веднъж на ден се записва шифровано и проверено копие.</translation>
    </message>
    <message>
        <source>With</source>
        <translation>С кого</translation>
    </message>
    <message>
        <source>With: {people}</source>
        <translation>С кого: {people}</translation>
    </message>
    <message>
        <source>Without this the file holds summaries and times only: no notes, places or participants, and nothing marked private.</source>
        <translation>Без това файлът съдържа само заглавия и часове: без бележки, места, участници и без лични записи.</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Година</translation>
    </message>
    <message>
        <source>Year (optional)</source>
        <translation>Година (по желание)</translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation>Вашата часова зона</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>address type</source>
        <translation>вид адрес</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>събитие</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>и още %n</numerusform><numerusform>и още %n</numerusform></translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>годишнина</translation>
    </message>
    <message>
        <source>at {place}</source>
        <translation>в {place}</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>рожден ден</translation>
    </message>
    <message>
        <source>blog</source>
        <translation>блог</translation>
    </message>
    <message>
        <source>choose or type the service</source>
        <translation>изберете или въведете услуга</translation>
    </message>
    <message>
        <source>choose the contact from the list as you type</source>
        <translation>изберете контакта от списъка, докато пишете</translation>
    </message>
    <message>
        <source>choose the day and the month</source>
        <translation>изберете ден и месец</translation>
    </message>
    <message>
        <source>city</source>
        <translation>град</translation>
    </message>
    <message>
        <source>composed from the name</source>
        <translation>съставено от името</translation>
    </message>
    <message>
        <source>country</source>
        <translation>държава</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>day</source>
        <translation>ден</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>имейл</translation>
    </message>
    <message>
        <source>e.g. Gift ideas</source>
        <translation>напр. Идеи за подаръци</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation><numerusform>на всеки %n ден</numerusform><numerusform>на всеки %n дни</numerusform></translation>
    </message>
    <message>
        <source>extended address</source>
        <translation>допълнителен адрес</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>следваща стъпка</translation>
    </message>
    <message>
        <source>friends</source>
        <translation>приятели</translation>
    </message>
    <message>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <source>from the notes</source>
        <translation>от бележките</translation>
    </message>
    <message>
        <source>from {what}, {date}</source>
        <translation>от {what}, {date}</translation>
    </message>
    <message>
        <source>home</source>
        <translation>домашен</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation><numerusform>след %n ден</numerusform><numerusform>след %n дни</numerusform></translation>
    </message>
    <message>
        <source>in person</source>
        <translation>лично</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>входящ</translation>
    </message>
    <message>
        <source>introduced by {name}</source>
        <translation>запознат от {name}</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>свършва, преди да започне</translation>
    </message>
    <message>
        <source>label</source>
        <translation>етикет</translation>
    </message>
    <message>
        <source>label, e.g. name day</source>
        <translation>етикет, напр. имен ден</translation>
    </message>
    <message>
        <source>main</source>
        <translation>основен</translation>
    </message>
    <message>
        <source>main job</source>
        <translation>основна работа</translation>
    </message>
    <message>
        <source>messenger</source>
        <translation>месинджър</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобилен</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месец</translation>
    </message>
    <message>
        <source>name the organisation</source>
        <translation>посочете организацията</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никога</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>без снимка</translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation>без напомняне</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>не е число</translation>
    </message>
    <message>
        <source>not a phone number; type it with the country code, like +380 44 123 4567</source>
        <translation>не е телефонен номер; въведете го с кода на държавата, напр. +380 44 123 4567</translation>
    </message>
    <message>
        <source>not a time zone; type a city and choose, like Europe/Kyiv</source>
        <translation>не е часова зона; въведете град и изберете, напр. Europe/Kyiv</translation>
    </message>
    <message>
        <source>not a web address (example.org or https://…)</source>
        <translation>не е уеб адрес (example.org или https://…)</translation>
    </message>
    <message>
        <source>not an e-mail address (name@example.org)</source>
        <translation>не е имейл адрес (name@example.org)</translation>
    </message>
    <message>
        <source>of this contact is</source>
        <translation>на този контакт е</translation>
    </message>
    <message>
        <source>one, two, three</source>
        <translation>едно, две, три</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>изходящ</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>просрочено от {date}</translation>
    </message>
    <message>
        <source>pcrm rewrites this iCalendar file after every change to meetings, reminders, tasks and dates, so a calendar app can subscribe to it; empty for none. It is not encrypted.</source>
        <translation>pcrm презаписва този файл iCalendar след всяка промяна на срещи, напомняния, задачи и дати, за да може календар да се абонира за него; празно — без файл. Файлът не е шифрован.</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>личен</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>планирано</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>пощенски код</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>предпочитан</translation>
    </message>
    <message>
        <source>private</source>
        <translation>лично</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>профил</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>повтарящо се</translation>
    </message>
    <message>
        <source>region</source>
        <translation>област</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>връзка</translation>
    </message>
    <message>
        <source>remind me</source>
        <translation>напомни ми</translation>
    </message>
    <message>
        <source>school</source>
        <translation>училище</translation>
    </message>
    <message>
        <source>service</source>
        <translation>услуга</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>от {date}</translation>
    </message>
    <message>
        <source>street</source>
        <translation>улица</translation>
    </message>
    <message>
        <source>the photo is still being read; a moment</source>
        <translation>снимката още се чете; момент</translation>
    </message>
    <message>
        <source>the year has four digits, or stays empty</source>
        <translation>годината е от четири цифри или остава празна</translation>
    </message>
    <message>
        <source>the year is needed here</source>
        <translation>тук е нужна година</translation>
    </message>
    <message>
        <source>this day does not exist in that month</source>
        <translation>този ден не съществува в този месец</translation>
    </message>
    <message numerus="yes">
        <source>turns %n</source>
        <translation><numerusform>навършва %n</numerusform><numerusform>навършва %n</numerusform></translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>незаписани промени</translation>
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
        <translation>видео</translation>
    </message>
    <message>
        <source>web site</source>
        <translation>уебсайт</translation>
    </message>
    <message>
        <source>whole address</source>
        <translation>пълен адрес</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>с {names}</translation>
    </message>
    <message>
        <source>work</source>
        <translation>служебен</translation>
    </message>
    <message>
        <source>year</source>
        <translation>година</translation>
    </message>
    <message>
        <source>year?</source>
        <translation>година?</translation>
    </message>
    <message>
        <source>{name}'s birthday</source>
        <translation>Рожден ден на {name}</translation>
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
        <source>{zone} (now {time})</source>
        <translation>{zone} (сега {time})</translation>
    </message>
    <message>
        <source>↗ outgoing</source>
        <translation>↗ изходящ</translation>
    </message>
    <message>
        <source>↙ incoming</source>
        <translation>↙ входящ</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>all day</source>
        <translation>цял ден</translation>
    </message>
</context>
<context>
    <name>AlarmList</name>
    <message>
        <source>Add a&amp;larm</source>
        <translation>Добави &amp;аларма</translation>
    </message>
    <message>
        <source>Alarm amount</source>
        <translation>Колко преди алармата</translation>
    </message>
    <message>
        <source>Alarm unit</source>
        <translation>Единица за алармата</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Аларми</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Премахни</translation>
    </message>
    <message>
        <source>days before</source>
        <translation>дни преди</translation>
    </message>
    <message>
        <source>hours before</source>
        <translation>часа преди</translation>
    </message>
    <message>
        <source>minutes before</source>
        <translation>минути преди</translation>
    </message>
</context>
<context>
    <name>AlphabetBar</name>
    <message>
        <source>Alphabet</source>
        <translation>Азбука</translation>
    </message>
    <message>
        <source>Jump to a letter</source>
        <translation>Към буква</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Направи копие сега</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Отвори папката</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Възстанови…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Провери</translation>
    </message>
    <message>
        <source>&amp;monthly:</source>
        <translation>&amp;месечни:</translation>
    </message>
    <message>
        <source>&amp;weekly:</source>
        <translation>&amp;седмични:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматични копия</translation>
    </message>
    <message>
        <source>Automatic backups are off. Backups go to {folder}.</source>
        <translation>Автоматичните копия са изключени. Копията отиват в {folder}.</translation>
    </message>
    <message>
        <source>Back up &amp;automatically every day</source>
        <translation>&amp;Автоматично копие всеки ден</translation>
    </message>
    <message>
        <source>Backed up and verified: {file}.</source>
        <translation>Копието е направено и проверено: {file}.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Копиране…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка за резервни копия</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервни копия</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Резервни копия, първо най-новите</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Преди възстановяване</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Преди обновяване</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Из&amp;бери…</translation>
    </message>
    <message>
        <source>Change backup settings</source>
        <translation>Промяна на настройките за копия</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Keep &amp;daily:</source>
        <translation>Пази &amp;дневни:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>No automatic backup yet; the first is taken now. They go to {folder}.</source>
        <translation>Още няма автоматично копие; първото се прави сега. Копията отиват в {folder}.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Няма</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Друго</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Напредък</translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation>Възстанови от &amp;файл…</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Направено</translation>
    </message>
    <message>
        <source>The last automatic backup was taken {last}; the next is due {next}. They go to {folder}.</source>
        <translation>Последното автоматично копие е от {last}; следващото е {next}. Копията отиват в {folder}.</translation>
    </message>
    <message>
        <source>The newest backup of each day, week and month is kept for as many as you say; older automatic backups are deleted. Backups you make elsewhere, and those taken before an upgrade or a restore, are never deleted.</source>
        <translation>Най-новото копие за всеки ден, седмица и месец се пази толкова, колкото посочите; по-старите автоматични копия се изтриват. Копията, направени другаде, и тези преди обновяване или възстановяване, никога не се изтриват.</translation>
    </message>
    <message>
        <source>Verifying {file}…</source>
        <translation>Проверка на {file}…</translation>
    </message>
    <message>
        <source>{file} is intact.</source>
        <translation>{file} е непокътнат.</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Briefing</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Затвори (Esc)</translation>
    </message>
    <message>
        <source>Could not write: {reason}</source>
        <translation>Неуспешен запис: {reason}</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Печат…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the briefing…</source>
        <translation>Изготвяне на справката…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Печат (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the briefing</source>
        <translation>Печат на справката</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печат…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Запиши като &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+Shift+S)</source>
        <translation>Запиши като PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Save the briefing as PDF</source>
        <translation>Запиши справката като PDF</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Записване на PDF…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Изпратено към принтера.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Дневен ред</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>Д&amp;ен</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Месец</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Напред</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>Н&amp;азад</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Днес</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Седмица</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Дневен ред</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>Нова &amp;задача…</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>&amp;Dates with slashes read as</source>
        <translation>&amp;Датите с наклонени черти се четат като</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Преглед</translation>
    </message>
    <message>
        <source>&amp;Use these columns</source>
        <translation>&amp;Използвай тези колони</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Също</translation>
    </message>
    <message>
        <source>Choose a column with a name, an e-mail or a phone.</source>
        <translation>Изберете колона с име, имейл или телефон.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Колона</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Колона %1</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Колони на файла</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Импортирай като</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>Импортирай колона %1 като</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Съпоставяне на колоните</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Order of dates written with slashes</source>
        <translation>Ред в датите с наклонени черти</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Preview of the first contacts</source>
        <translation>Преглед на първите контакти</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Забележки</translation>
    </message>
    <message>
        <source>What does each column hold?</source>
        <translation>Какво съдържа всяка колона?</translation>
    </message>
    <message>
        <source>day/month/year (31/03/1990)</source>
        <translation>ден/месец/година (31/03/1990)</translation>
    </message>
    <message>
        <source>month/day/year (03/31/1990)</source>
        <translation>месец/ден/година (03/31/1990)</translation>
    </message>
    <message>
        <source>notes: %1</source>
        <translation>бележки: %1</translation>
    </message>
    <message>
        <source>pcrm does not know the layout of this file. Choose the field each column goes into; the preview below shows the first contacts as they will be imported. Columns kept in notes are added to each contact's notes.</source>
        <translation>pcrm не познава структурата на този файл. Изберете полето за всяка колона; отдолу се виждат първите контакти така, както ще бъдат импортирани. Колоните, запазени в бележките, се добавят към бележките на всеки контакт.</translation>
    </message>
</context>
<context>
    <name>ContactExportDialog</name>
    <message numerus="yes">
        <source>%n of {total} contact(s) written</source>
        <translation><numerusform>Записан %n от {total} контакта</numerusform><numerusform>Записани %n от {total} контакта</numerusform></translation>
    </message>
    <message>
        <source>&amp;Everyone (not the trash)</source>
        <translation>&amp;Всички (без кошчето)</translation>
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
        <translation>&amp;Група:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Из&amp;бери…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлове CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV, Google Contacts layout (.csv)</source>
        <translation>CSV във формата на Google Contacts (.csv)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Местоназначение</translation>
    </message>
    <message>
        <source>Destination: name a file or folder</source>
        <translation>Местоназначение: посочете файл или папка</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Експорт на контакти</translation>
    </message>
    <message>
        <source>Export contacts to</source>
        <translation>Експортирай контактите в</translation>
    </message>
    <message>
        <source>Export into the folder</source>
        <translation>Експортирай в папката</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Състояние на експорта</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {path}</source>
        <translation><numerusform>Експортиран е %n контакт в {path}</numerusform><numerusform>Експортирани са %n контакта в {path}</numerusform></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Експортиране…</translation>
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
        <source>Put each contact's &amp;name in its folder's name</source>
        <translation>Добавяй &amp;името на контакта в името на папката му</translation>
    </message>
    <message>
        <source>Readable folder: a vCard, notes and timeline per contact</source>
        <translation>Четима папка: vCard, бележки и хронология за всеки контакт</translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected contact(s)</source>
        <translation><numerusform>&amp;Избраният %n контакт</numerusform><numerusform>&amp;Избраните %n контакта</numerusform></translation>
    </message>
    <message>
        <source>Without this the folders are numbered, so their names say nothing about anyone.</source>
        <translation>Без това папките са номерирани и имената им не казват нищо за никого.</translation>
    </message>
    <message>
        <source>vCard 3.0 (.vcf), for older programs</source>
        <translation>vCard 3.0 (.vcf), за по-стари програми</translation>
    </message>
    <message>
        <source>vCard 4.0 (.vcf)</source>
        <translation>vCard 4.0 (.vcf)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Файлове vCard (*.vcf)</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последен контакт</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Next reminder</source>
        <translation>Следващо напомняне</translation>
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
        <translation>Ред</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Съвпадения</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>adds {what}</source>
        <translation>добавя {what}</translation>
    </message>
    <message>
        <source>create</source>
        <translation>създай</translation>
    </message>
    <message>
        <source>keeps your {what}</source>
        <translation>запазва вашето: {what}</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>пропусни</translation>
    </message>
    <message>
        <source>update</source>
        <translation>обнови</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>type a name…</source>
        <translation>въведете име…</translation>
    </message>
</context>
<context>
    <name>ContactPreviewPanel</name>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation><numerusform>%n пропуснат</numerusform><numerusform>%n пропуснати</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation><numerusform>%n за създаване</numerusform><numerusform>%n за създаване</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation><numerusform>%n за обновяване</numerusform><numerusform>%n за обновяване</numerusform></translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Всички записи</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>По&amp;кажи:</translation>
    </message>
    <message>
        <source>Show the records to</source>
        <translation>Покажи записите за</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропуснати</translation>
    </message>
    <message>
        <source>To create</source>
        <translation>За създаване</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>За обновяване</translation>
    </message>
    <message>
        <source>What importing each record would do</source>
        <translation>Какво ще направи импортът на всеки запис</translation>
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
        <translation>Продължи работа</translation>
    </message>
    <message>
        <source>Quit pcrm</source>
        <translation>Изход от pcrm</translation>
    </message>
    <message>
        <source>The last action may not have been completed; everything saved before it is safe. Nothing personal was written to the log. To see where the error happened, start pcrm from a terminal with PCRM_DEBUG=1.</source>
        <translation>Последното действие може да не е завършило; всичко записано преди него е наред. В дневника не е записано нищо лично. За да видите къде е грешката, стартирайте pcrm от терминал с PCRM_DEBUG=1.</translation>
    </message>
    <message>
        <source>pcrm met an unexpected error ({name}).</source>
        <translation>pcrm срещна неочаквана грешка ({name}).</translation>
    </message>
    <message>
        <source>pcrm – unexpected error</source>
        <translation>pcrm – неочаквана грешка</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>today</source>
        <translation>днес</translation>
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
        <translation>&amp;Отхвърли</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;По-късно</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Отвори</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Чернови</translation>
    </message>
    <message>
        <source>Open one to finish it. Those you leave here are offered again later.</source>
        <translation>Отворете чернова, за да я довършите. Оставените тук ще бъдат предложени отново по-късно.</translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation>Незаписани чернови</translation>
    </message>
    <message>
        <source>You have unsaved quick capture drafts</source>
        <translation>Имате незаписани чернови на бърз запис</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Comparing similar names: {done} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the other card, and merge this one into it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave this pair for another time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for shared e-mails and phones…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as not duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge (Ctrl+Return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge contacts into {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never propose these two again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No more pairs to review.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Pair %n of {total}</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Reading names: {done} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;wap sides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something else was changed since; use Edit ▸ Undo in the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two contacts you chose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which pair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why these two</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why: {reasons} — {score}% alike</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a middle name on one card only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a similar name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an initial for the given name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>given and family name swapped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the same e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the same name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the same phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>written in Cyrillic and Latin letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Add contact</source>
        <translation>Добавяне на контакт</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Редактиране на контакт</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create your pcrm store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the encrypted store…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill with demo data ({contacts} made-up contacts, {interactions} interactions) to try pcrm out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its key will be kept in your system keyring ({name}), so you will not need to type a passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system keyring was found, so a passphrase protects the store. Choose one of at least {n} characters; it cannot be recovered if you forget it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planning the demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tidying the search index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a passphrase instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to pcrm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pcrm keeps your contacts, their history and your reminders in one encrypted database, in this folder:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>not a time: try “yesterday 15:00” or “2 hours ago”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IcalExportDialog</name>
    <message numerus="yes">
        <source>%n of {total} item(s) written</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation type="unfinished" />
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
        <translation>Из&amp;бери…</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export calendar to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported {events} events, {todos} to-dos and {alarms} alarms to {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Експортиране…</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Include &amp;notes, places, participants and private items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One &amp;contact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only items &amp;from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without this the file holds summaries and times only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choose a contact from the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation><numerusform>%n пропуснат</numerusform><numerusform>%n пропуснати</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation><numerusform>%n за създаване</numerusform><numerusform>%n за създаване</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation><numerusform>%n за обновяване</numerusform><numerusform>%n за обновяване</numerusform></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Not yet contacts — tick to create:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking records: {done} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts and calendars (*.vcf *.vcard *.csv *.ics *.ical);;vCard files (*.vcf *.vcard);;CSV files (*.csv);;iCalendar files (*.ics *.ical);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing contacts: {done} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to import: the store already has all of it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People who are not contacts: create contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading events: {done} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the import would do</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{person} — %n meeting(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit interaction</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InteractionForm</name>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Private (left out of calendar exports)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>45m, 1h30…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call</source>
        <translation>Обаждане</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Follow-ups:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Life &amp;event:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Life event</source>
        <translation>Житейско събитие</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation>Среща</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Съобщение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Друго</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>What happened? Markdown works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new job, moved, married…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>when you save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} turns the current line into a follow-up task.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>&amp;About pcrm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Briefing for the selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export calendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Log an interaction…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Merge the two selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore from the trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sort contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;pcrm {version}&lt;/h3&gt;&lt;p&gt;A personal contact-relationship manager: contacts, their history and your reminders in one encrypted local store.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About pcrm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to &amp;group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived contacts are kept but left out of the other lists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backed up to {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By &amp;last contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By &amp;name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By next &amp;reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts that match this search:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a group</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) and their history for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Delete for &amp;good…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted contacts. Restore them with Ctrl+R; Shift+Del deletes for good.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;contacts…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Exported {events} events and {todos} to-dos to {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported. Edit ▸ Undo takes the whole import back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jumping to a letter needs the list sorted by name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the group:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;task or reminder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New group…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New smart group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People related to {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove from this group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore &amp;drafts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored from {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved search: {query}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search names, organisations, e-mail, phones, notes, the timeline…  (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a contact to see their card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the people you are about to meet, then ask for the briefing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show pcrm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contacts changed most recently.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no contacts yet. Add one with Ctrl+N, or try pcrm with demo data: “pcrm demo”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no quick capture drafts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This contact is no longer there; press F5 to refresh.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pcrm is locked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what} — Ctrl+Z undoes it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <source>&lt;b&gt;After the merge&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Merged in&lt;/b&gt; (#{id})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Stays&lt;/b&gt; (#{id})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Where they differ&lt;/b&gt; — choose what stays:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birthday</source>
        <translation>Рожден ден</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How we met</source>
        <translation>Как се запознахме</translation>
    </message>
    <message>
        <source>Job at {organisation}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Прякор</translation>
    </message>
    <message>
        <source>Phonetic name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photo</source>
        <translation>Снимка</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>Поддържай връзка</translation>
    </message>
    <message>
        <source>The card merged into it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card that stays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cards do not contradict each other: nothing to choose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The merged card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часова зона</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation><numerusform>на всеки %n ден</numerusform><numerusform>на всеки %n дни</numerusform></translation>
    </message>
    <message>
        <source>introduced by {name}</source>
        <translation>запознат от {name}</translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this card's photo (#{id})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{part}: {value}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>+{count} more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar month</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotificationPopup</name>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>While pcrm was closed: %n reminder(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>и още %n</numerusform><numerusform>и още %n</numerusform></translation>
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
        <translation>Среща</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>create</source>
        <translation>създай</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>пропусни</translation>
    </message>
    <message>
        <source>update</source>
        <translation>обнови</translation>
    </message>
</context>
<context>
    <name>PeopleField</name>
    <message>
        <source>Name at least one person.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names, e-mails or phones, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contact is called “{name}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{name}” matches {count} people: pick one from the list.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message numerus="yes">
        <source>%n follow-up task(s) added.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message numerus="yes">
        <source>Logged with %n contact(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Бърз запис</translation>
    </message>
    <message>
        <source>Restored the draft you were writing at {time}: nothing was lost. Save it with {key}, or discard it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save ({key})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft could not be saved: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your quick capture draft was kept; pcrm offers it again when it starts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Backups of this store are kept in {folder}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the other pcrm (a window, or a command still running) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct the file or setting named above and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If the database was moved, put it back in {folder}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If the key was in the system keyring, unlock the keyring (or sign in to the session that holds it) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If {file} was deleted or replaced, put the original back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Install the newer pcrm that wrote this store, or restore a backup made by this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep using the pcrm version that wrote this store until the upgrade is fixed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Once the key is back, pcrm can restore the database from a backup made with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reinstall pcrm with its SQLCipher driver (sqlcipher3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore the database from a backup with Restore from backup…: the backup is checked first, and the database it replaces is kept in {folder}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start or unlock the system keyring (GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store's passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no backups in {folder}; if you keep one elsewhere, use that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try another passphrase: check PCRM_PASSPHRASE or the --passphrase-file you gave, or start pcrm without them to type it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you can do:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pcrm cannot open your store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pcrm has not changed any file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreConfirmation</name>
    <message>
        <source>&lt;b&gt;In the backup&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Everything changed since the backup was taken is replaced. The store as it is now is kept as a backup in {folder}, so this can be undone by restoring that one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Reminders and tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace with the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace your store with the backup of {when}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pcrm backups (*.pcrm-backup);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source> times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day of the month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In words:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On days:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RRULE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RRULE:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat, in words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeats:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try “every 3 months”, “every monday” or “third sunday of june”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a custom rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>day of the month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>day(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every 3 months, every monday, third sunday of june…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>month(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation>никога</translation>
    </message>
    <message>
        <source>not a repeat I know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the nth week day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the start's day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the start's month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>week(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>year(s)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search contacts and interactions…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ contact(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ interaction(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Best matches — {counts}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding the best matches…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody is named in this interaction any more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{contacts}, {interactions}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{counts} — Enter for best matches</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Change settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>All contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation>Архивиран</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Groups</source>
        <translation>Групи</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New smart group…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Recently changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved search: {query}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smart groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StoreAccess</name>
    <message>
        <source>Opening your contacts… After an update of pcrm the store is backed up and upgraded first, which can take a few minutes.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;People:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Private (left out of calendar exports)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>({time} your time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ala&amp;rms:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All &amp;day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the task a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>My local time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No occurrence from now on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напомняне</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>This task has changes that are not saved. Discard them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часова зона</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>When, in words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at the time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a time: try “tomorrow 9:00” or “in 2 weeks”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an IANA time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tomorrow 9:00, in 2 weeks…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{text}” is not a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{zone}” is not an IANA time zone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <source>+{count} more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar days</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Briefing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the timeline by channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the timeline by kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contact selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No interactions match these filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No interactions yet — press {shortcut} to log one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Log to timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a note to the contacts' timelines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birthdays and dates this week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss a reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Just now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Later today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Losing touch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark a reminder done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missed while pcrm was closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Reminders for today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snooze a reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tomorrow 09:00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>last %1, %n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>never in touch</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Its key is in your system keyring ({name}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the passphrase of the store in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock pcrm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pcrm is locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the system keyring</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_JobDialog</name>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>