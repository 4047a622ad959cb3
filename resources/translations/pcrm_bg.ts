<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source> (the first %n shown)</source>
        <translation>
            <numerusform> (показан е първият %n)</numerusform>
            <numerusform> (показани са първите %n)</numerusform>
        </translation>
    </message>
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
        <source>%n contact(s) not contacted since {day}</source>
        <translation>
            <numerusform>%n контакт без връзка от {day}</numerusform>
            <numerusform>%n контакта без връзка от {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ден</numerusform>
            <numerusform>%n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>преди %n ден</numerusform>
            <numerusform>преди %n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n ден преди</numerusform>
            <numerusform>%n дни преди</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n за изпълнение</numerusform>
            <numerusform>%n за изпълнение</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n час преди</numerusform>
            <numerusform>%n часа преди</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>общо %n</numerusform>
            <numerusform>общо %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the last 12 months</source>
        <translation>
            <numerusform>%n за последните 12 месеца</numerusform>
            <numerusform>%n за последните 12 месеца</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) with {name}</source>
        <translation>
            <numerusform>%n среща с {name}</numerusform>
            <numerusform>%n срещи с {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n минута преди</numerusform>
            <numerusform>%n минути преди</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месец</numerusform>
            <numerusform>%n месеца</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more participant(s) not shown.</source>
        <translation>
            <numerusform>Не е показан още %n участник.</numerusform>
            <numerusform>Не са показани още %n участници.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more relationship(s) are kept as they are: &lt;a href=&apos;pcrm:related&apos;&gt;list everyone related&lt;/a&gt; to open and change them.</source>
        <translation>
            <numerusform>Още %n връзка остава както е: &lt;a href=&apos;pcrm:related&apos;&gt;покажете всички свързани&lt;/a&gt;, за да ги отворите и промените.</numerusform>
            <numerusform>Още %n връзки остават както са: &lt;a href=&apos;pcrm:related&apos;&gt;покажете всички свързани&lt;/a&gt;, за да ги отворите и промените.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n напомняне</numerusform>
            <numerusform>%n напомняния</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) while pcrm was closed</source>
        <translation>
            <numerusform>%n напомняне, докато pcrm беше затворен</numerusform>
            <numerusform>%n напомняния, докато pcrm беше затворен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n седмица</numerusform>
            <numerusform>%n седмици</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n година</numerusform>
            <numerusform>%n години</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choices</source>
        <translation>&amp;Варианти</translation>
    </message>
    <message>
        <source>&amp;Display name (empty: from the parts)</source>
        <translation>&amp;Показвано име (празно — от частите)</translation>
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
        <translation>
            <numerusform>(на %n година)</numerusform>
            <numerusform>(на %n години)</numerusform>
        </translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(архивиран)</translation>
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
        <translation>
            <numerusform>Добавяне на %n контакт в група</numerusform>
            <numerusform>Добавяне на %n контакта в група</numerusform>
        </translation>
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
        <source>An event</source>
        <translation>Събитие</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Годишнина</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n contact(s)</source>
        <translation>
            <numerusform>Архивиране на %n контакт</numerusform>
            <numerusform>Архивиране на %n контакта</numerusform>
        </translation>
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
        <translation>
            <numerusform>Справка: %n човек</numerusform>
            <numerusform>Справка: %n души</numerusform>
        </translation>
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
        <source>CSV files (*.csv)</source>
        <translation>Файлове CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cadence (days)</source>
        <translation>Честота (дни)</translation>
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
        <translation>
            <numerusform>Промяна на %n контакт…</numerusform>
            <numerusform>Промяна на %n контакта…</numerusform>
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
        <translation>Канали по контакти</translation>
    </message>
    <message>
        <source>Channels per group</source>
        <translation>Канали по групи</translation>
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
        <source>Contact frequency</source>
        <translation>Честота на контактите</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>{path} не можа да се запише: {reason}</translation>
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
        <source>Dashboard</source>
        <translation>Табло</translation>
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
        <source>Days overdue</source>
        <translation>Дни просрочие</translation>
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
        <translation>
            <numerusform>Изтриване на %n контакт</numerusform>
            <numerusform>Изтриване на %n контакта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n interaction(s)</source>
        <translation>
            <numerusform>Изтриване на %n взаимодействие</numerusform>
            <numerusform>Изтриване на %n взаимодействия</numerusform>
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
        <source>Export as CSV</source>
        <translation>Експорт в CSV</translation>
    </message>
    <message>
        <source>Export every table into the folder</source>
        <translation>Експортирай всички таблици в папката</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семейство</translation>
    </message>
    <message>
        <source>Family, as spoken</source>
        <translation>Фамилия (звучене)</translation>
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
        <source>Friends</source>
        <translation>Приятели</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
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
        <translation>Име (звучене)</translation>
    </message>
    <message>
        <source>Google labels</source>
        <translation>Етикети в Google</translation>
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
        <source>Interactions over time</source>
        <translation>Взаимодействия във времето</translation>
    </message>
    <message>
        <source>Interactions per month, oldest first: {counts}</source>
        <translation>Взаимодействия по месеци, от най-старите: {counts}</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Запознанства</translation>
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
        <source>Last 12 months</source>
        <translation>Последните 12 месеца</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последен контакт</translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation>Последно взаимодействие</translation>
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
    <message>
        <source>Losing touch</source>
        <translation>Връзката отслабва</translation>
    </message>
    <message>
        <source>Made by pcrm on {day}</source>
        <translation>Създадено от pcrm на {day}</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n contact(s) as favourite</source>
        <translation>
            <numerusform>Отбелязване на %n контакт като любим</numerusform>
            <numerusform>Отбелязване на %n контакта като любими</numerusform>
        </translation>
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
        <translation>
            <numerusform>Общи срещи (%n)</numerusform>
            <numerusform>Общи срещи (%n)</numerusform>
        </translation>
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
        <translation>Презиме (звучене)</translation>
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
        <source>Most talked to</source>
        <translation>Най-често на връзка</translation>
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
        <source>Name</source>
        <translation>Име</translation>
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
        <source>New contacts</source>
        <translation>Нови контакти</translation>
    </message>
    <message>
        <source>New contacts by how we met</source>
        <translation>Нови контакти по начина на запознаване</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Следващ контакт</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Прякор</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Без канал</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Няма</translation>
    </message>
    <message>
        <source>Not contacted since</source>
        <translation>Без връзка от</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не е записано</translation>
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
        <source>Nothing in this period.</source>
        <translation>Няма нищо за този период.</translation>
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
        <source>Other relationships</source>
        <translation>Други връзки</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлове PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>Пощенска кутия</translation>
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
        <source>Previous from</source>
        <translation>Предишен от</translation>
    </message>
    <message>
        <source>Previous interactions</source>
        <translation>Предишни взаимодействия</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предишен период</translation>
    </message>
    <message>
        <source>Previous to</source>
        <translation>Предишен до</translation>
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
        <translation>
            <numerusform>Премахване на %n контакт от група</numerusform>
            <numerusform>Премахване на %n контакта от група</numerusform>
        </translation>
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
        <translation>
            <numerusform>Възстановяване на %n контакт</numerusform>
            <numerusform>Възстановяване на %n контакта</numerusform>
        </translation>
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
        <source>Save the PDF report</source>
        <translation>Запиши отчета в PDF</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in {folder}</source>
        <translation>
            <numerusform>Записан е %n файл в {folder}</numerusform>
            <numerusform>Записани са %n файла в {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Записване…</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Училище</translation>
    </message>
    <message>
        <source>Scope: {scope}</source>
        <translation>Обхват: {scope}</translation>
    </message>
    <message>
        <source>Seasonality</source>
        <translation>Сезонност</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Сигурност</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Дял (%)</translation>
    </message>
    <message>
        <source>Shared meetings</source>
        <translation>Общи срещи</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n related people in the list</source>
        <translation>
            <numerusform>Покажи в списъка %n свързан човек</numerusform>
            <numerusform>Покажи в списъка всички %n свързани души</numerusform>
        </translation>
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
        <translation>Връзка на всеки</translation>
    </message>
    <message>
        <source>Stay in touch every (days)</source>
        <translation>Поддържай връзка на всеки (дни)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Стъпка</translation>
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
        <source>The language pcrm speaks, and writes dates and numbers in; “As the system” follows the computer&apos;s language. pcrm changes to it when it next starts.</source>
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
        <source>This period</source>
        <translation>Този период</translation>
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
        <source>Times are shown in this zone; “system” follows the computer&apos;s zone.</source>
        <translation>Часовете се показват в тази зона; „system“ следва зоната на компютъра.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Общо</translation>
    </message>
    <message>
        <source>Type a name, a phone or an e-mail first.</source>
        <translation>Първо въведете име, телефон или имейл.</translation>
    </message>
    <message numerus="yes">
        <source>Unarchive %n contact(s)</source>
        <translation>
            <numerusform>Разархивиране на %n контакт</numerusform>
            <numerusform>Разархивиране на %n контакта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n favourite(s)</source>
        <translation>
            <numerusform>Премахване на %n любим</numerusform>
            <numerusform>Премахване на %n любими</numerusform>
        </translation>
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
        <source>Where the automatic backups go; empty for the store&apos;s own backups folder. Another disk keeps them safe when this one fails.</source>
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
        <source>Why</source>
        <translation>Защо</translation>
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
        <translation>
            <numerusform>и още %n</numerusform>
            <numerusform>и още %n</numerusform>
        </translation>
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
        <source>child</source>
        <translation>дете</translation>
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
        <source>colleague</source>
        <translation>колега</translation>
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
        <translation>
            <numerusform>на всеки %n ден</numerusform>
            <numerusform>на всеки %n дни</numerusform>
        </translation>
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
        <source>friend</source>
        <translation>приятел</translation>
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
        <translation>
            <numerusform>след %n ден</numerusform>
            <numerusform>след %n дни</numerusform>
        </translation>
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
        <source>introduced</source>
        <translation>запозна</translation>
    </message>
    <message>
        <source>introduced by</source>
        <translation>запознат(а) чрез</translation>
    </message>
    <message>
        <source>introduced by {name}</source>
        <translation>запознат от {name}</translation>
    </message>
    <message>
        <source>introduced {name}</source>
        <translation>представи {name}</translation>
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
        <source>manager</source>
        <translation>ръководител</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>подопечен</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>ментор</translation>
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
        <source>parent</source>
        <translation>родител</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>партньор</translation>
    </message>
    <message>
        <source>pcrm dashboard</source>
        <translation>Табло на pcrm</translation>
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
        <translation>основен</translation>
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
        <source>relative</source>
        <translation>роднина</translation>
    </message>
    <message>
        <source>remind me</source>
        <translation>напомни ми</translation>
    </message>
    <message>
        <source>report</source>
        <translation>подчинен</translation>
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
        <source>sibling</source>
        <translation>брат/сестра</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>от {date}</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>съпруг(а)</translation>
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
        <translation>
            <numerusform>навършва %n</numerusform>
            <numerusform>навършва %n</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>{before} → %n interaction(s)</source>
        <translation>
            <numerusform>{before} → %n взаимодействие</numerusform>
            <numerusform>{before} → %n взаимодействия</numerusform>
        </translation>
    </message>
    <message>
        <source>{detail} (former)</source>
        <translation>{detail} (предишно)</translation>
    </message>
    <message>
        <source>{name}&apos;s birthday</source>
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
        <source>{relation} of {name}</source>
        <translation>{relation} на {name}</translation>
    </message>
    <message>
        <source>{span} past the {cadence}-day cadence</source>
        <translation>{span} над честотата от {cadence} дни</translation>
    </message>
    <message>
        <source>{zone} (now {time})</source>
        <translation>{zone} (сега {time})</translation>
    </message>
    <message>
        <source>… and {count} more rows in the CSV export.</source>
        <translation>… и още {count} реда в експорта в CSV.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…и още %n</numerusform>
            <numerusform>…и още %n</numerusform>
        </translation>
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
        <translation>Пап&amp;ка:</translation>
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
    <name>BarChart</name>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n взаимодействие</numerusform>
            <numerusform>%n взаимодействия</numerusform>
        </translation>
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
    <name>CardView</name>
    <message>
        <source>Copy E-mail Address</source>
        <translation>Копирай имейл адреса</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>Копирай адреса на връзката</translation>
    </message>
    <message>
        <source>Copy Phone Number</source>
        <translation>Копирай телефонния номер</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Nothing in this period</source>
        <translation>Няма нищо за този период</translation>
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
        <source>pcrm does not know the layout of this file. Choose the field each column goes into; the preview below shows the first contacts as they will be imported. Columns kept in notes are added to each contact&apos;s notes.</source>
        <translation>pcrm не познава структурата на този файл. Изберете полето за всяка колона; отдолу се виждат първите контакти така, както ще бъдат импортирани. Колоните, запазени в бележките, се добавят към бележките на всеки контакт.</translation>
    </message>
</context>
<context>
    <name>ContactExportDialog</name>
    <message numerus="yes">
        <source>%n of {total} contact(s) written</source>
        <translation>
            <numerusform>Записан %n от {total} контакта</numerusform>
            <numerusform>Записани %n от {total} контакта</numerusform>
        </translation>
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
        <translation>
            <numerusform>Експортиран е %n контакт в {path}</numerusform>
            <numerusform>Експортирани са %n контакта в {path}</numerusform>
        </translation>
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
        <source>Put each contact&apos;s &amp;name in its folder&apos;s name</source>
        <translation>Добавяй и&amp;мето на контакта в името на папката му</translation>
    </message>
    <message>
        <source>Readable folder: a vCard, notes and timeline per contact</source>
        <translation>Четима папка: vCard, бележки и хронология за всеки контакт</translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected contact(s)</source>
        <translation>
            <numerusform>&amp;Избраният %n контакт</numerusform>
            <numerusform>&amp;Избраните %n контакта</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n пропуснат</numerusform>
            <numerusform>%n пропуснати</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n за създаване</numerusform>
            <numerusform>%n за създаване</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n за обновяване</numerusform>
            <numerusform>%n за обновяване</numerusform>
        </translation>
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
    <name>DashboardWindow</name>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln взаимодействие</numerusform>
            <numerusform>%Ln взаимодействия</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n нов контакт</numerusform>
            <numerusform>%n нови контакта</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Compare with the previous period</source>
        <translation>&amp;Сравни с предишния период</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обнови</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>О&amp;бхват:</translation>
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
        <translation>Канали по контакти</translation>
    </message>
    <message>
        <source>Channels per group</source>
        <translation>Канали по групи</translation>
    </message>
    <message>
        <source>Choose a contact to see their figures.</source>
        <translation>Изберете контакт, за да видите показателите му.</translation>
    </message>
    <message>
        <source>Compute again (F5)</source>
        <translation>Изчисли отново (F5)</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Изчисляване</translation>
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
        <translation>Табло</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Всички</translation>
    </message>
    <message>
        <source>Everyone: the scope does not narrow this part.</source>
        <translation>Всички: обхватът не стеснява тази част.</translation>
    </message>
    <message>
        <source>Export &amp;all tables…</source>
        <translation>Експортирай &amp;всички таблици…</translation>
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
        <translation>Взаимодействия във времето</translation>
    </message>
    <message>
        <source>Last interaction: {day}</source>
        <translation>Последно взаимодействие: {day}</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Връзката отслабва</translation>
    </message>
    <message>
        <source>Most talked to</source>
        <translation>Най-често на връзка</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Нови контакти</translation>
    </message>
    <message>
        <source>New contacts by how we met</source>
        <translation>Нови контакти по начина на запознаване</translation>
    </message>
    <message>
        <source>No new contacts in this period</source>
        <translation>Няма нови контакти за този период</translation>
    </message>
    <message>
        <source>Not contacted since</source>
        <translation>Без връзка от</translation>
    </message>
    <message>
        <source>One CSV file per section (Ctrl+Shift+E)</source>
        <translation>Отделен файл CSV за всеки раздел (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>One channel</source>
        <translation>Един канал</translation>
    </message>
    <message>
        <source>One contact</source>
        <translation>Един контакт</translation>
    </message>
    <message>
        <source>One group</source>
        <translation>Една група</translation>
    </message>
    <message>
        <source>PDF &amp;report…</source>
        <translation>&amp;Отчет в PDF…</translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF report (Ctrl+P)</source>
        <translation>Запиши таблото като отчет в PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Обхват</translation>
    </message>
    <message>
        <source>Seasonality</source>
        <translation>Сезонност</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Общо</translation>
    </message>
    <message>
        <source>new</source>
        <translation>нови</translation>
    </message>
    <message>
        <source>previous period: {before} ({change})</source>
        <translation>предишен период: {before} ({change})</translation>
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
        <translation>&amp;Обедини</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Не са дубликати</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>П&amp;ропусни</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отмени</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Comparing similar names: {done} of {total}</source>
        <translation>Сравняване на сходни имена: {done} от {total}</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Търсене на дубликати</translation>
    </message>
    <message>
        <source>Keep the other card, and merge this one into it</source>
        <translation>Запази другата карта и слей тази в нея</translation>
    </message>
    <message>
        <source>Leave this pair for another time</source>
        <translation>Остави тази двойка за друг път</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Търсене на дубликати…</translation>
    </message>
    <message>
        <source>Looking for shared e-mails and phones…</source>
        <translation>Търсене на общи имейли и телефони…</translation>
    </message>
    <message>
        <source>Mark as not duplicates</source>
        <translation>Отбележи, че не са дубликати</translation>
    </message>
    <message>
        <source>Merge (Ctrl+Return)</source>
        <translation>Обедини (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Обединяване на контакти</translation>
    </message>
    <message>
        <source>Merge contacts into {name}</source>
        <translation>Обединяване на контакти в {name}</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>&amp;Напред ▶</translation>
    </message>
    <message>
        <source>Never propose these two again</source>
        <translation>Не предлагай повече тези двамата</translation>
    </message>
    <message>
        <source>No more pairs to review.</source>
        <translation>Няма повече двойки за преглед.</translation>
    </message>
    <message numerus="yes">
        <source>Pair %n of {total}</source>
        <translation>
            <numerusform>Двойка %n от {total}</numerusform>
            <numerusform>Двойка %n от {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading names: {done} of {total}</source>
        <translation>Четене на имена: {done} от {total}</translation>
    </message>
    <message>
        <source>S&amp;wap sides</source>
        <translation>Ра&amp;змени местата</translation>
    </message>
    <message>
        <source>Something else was changed since; use Edit ▸ Undo in the window.</source>
        <translation>Оттогава е променено и друго; използвайте Редактиране ▸ Отмени в главния прозорец.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Спиране…</translation>
    </message>
    <message>
        <source>Two contacts you chose.</source>
        <translation>Два контакта, които сте избрали.</translation>
    </message>
    <message>
        <source>Which pair</source>
        <translation>Коя двойка</translation>
    </message>
    <message>
        <source>Why these two</source>
        <translation>Защо тези двамата</translation>
    </message>
    <message>
        <source>Why: {reasons} — {score}% alike</source>
        <translation>Защо: {reasons} — {score}% сходство</translation>
    </message>
    <message>
        <source>a middle name on one card only</source>
        <translation>презиме само в едната карта</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>сходно име</translation>
    </message>
    <message>
        <source>an initial for the given name</source>
        <translation>инициал вместо собствено име</translation>
    </message>
    <message>
        <source>given and family name swapped</source>
        <translation>разменени име и фамилия</translation>
    </message>
    <message>
        <source>the same e-mail</source>
        <translation>същият имейл</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>същото име</translation>
    </message>
    <message>
        <source>the same phone</source>
        <translation>същият телефон</translation>
    </message>
    <message>
        <source>written in Cyrillic and Latin letters</source>
        <translation>написано на кирилица и на латиница</translation>
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
        <translation>&amp;Експортирай</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create store</source>
        <translation>Създай хранилище</translation>
    </message>
    <message>
        <source>Create your pcrm store</source>
        <translation>Създайте своето хранилище на pcrm</translation>
    </message>
    <message>
        <source>Creating the encrypted store…</source>
        <translation>Създаване на шифрованото хранилище…</translation>
    </message>
    <message>
        <source>Fill with demo data ({contacts} made-up contacts, {interactions} interactions) to try pcrm out</source>
        <translation>Попълни с демонстрационни данни ({contacts} измислени контакта, {interactions} взаимодействия), за да пробвате pcrm</translation>
    </message>
    <message>
        <source>Its key will be kept in your system keyring ({name}), so you will not need to type a passphrase.</source>
        <translation>Ключът му ще се пази в системния ключодържател ({name}), така че няма да въвеждате парола.</translation>
    </message>
    <message>
        <source>No system keyring was found, so a passphrase protects the store. Choose one of at least {n} characters; it cannot be recovered if you forget it.</source>
        <translation>Не е намерен системен ключодържател, затова хранилището се пази с парола. Изберете парола от поне {n} знака; ако я забравите, тя не може да се възстанови.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парола:</translation>
    </message>
    <message>
        <source>Planning the demo data</source>
        <translation>Планиране на демонстрационните данни</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Повторете я:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Двете пароли се различават. Въведете ги отново.</translation>
    </message>
    <message>
        <source>Tidying the search index</source>
        <translation>Подреждане на индекса за търсене</translation>
    </message>
    <message>
        <source>Use a passphrase instead</source>
        <translation>Използвай парола вместо това</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>Използвайте поне {n} знака.</translation>
    </message>
    <message>
        <source>Welcome to pcrm</source>
        <translation>Добре дошли в pcrm</translation>
    </message>
    <message>
        <source>Writing contacts</source>
        <translation>Записване на контактите</translation>
    </message>
    <message>
        <source>Writing reminders</source>
        <translation>Записване на напомнянията</translation>
    </message>
    <message>
        <source>Writing the timeline</source>
        <translation>Записване на хронологията</translation>
    </message>
    <message>
        <source>pcrm keeps your contacts, their history and your reminders in one encrypted database, in this folder:</source>
        <translation>pcrm пази вашите контакти, тяхната история и вашите напомняния в една шифрована база данни в тази папка:</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>not a time: try “yesterday 15:00” or “2 hours ago”</source>
        <translation>не е час: опитайте „yesterday 15:00“ или „2 hours ago“</translation>
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
            <numerusform>Намерен %n</numerusform>
            <numerusform>Намерени %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Търсене</translation>
    </message>
    <message>
        <source>&amp;Only these in the graph</source>
        <translation>&amp;Само тези в графа</translation>
    </message>
    <message numerus="yes">
        <source>(%n not in the graph: “Only these” shows them)</source>
        <translation>
            <numerusform>(%n не е в графа: „Само тези“ ги показва)</numerusform>
            <numerusform>(%n не са в графа: „Само тези“ ги показва)</numerusform>
        </translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Намери хора</translation>
    </message>
    <message>
        <source>In city…</source>
        <translation>В град…</translation>
    </message>
    <message>
        <source>Introduced by…</source>
        <translation>Запознати от…</translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation>Няма намерени.</translation>
    </message>
    <message>
        <source>People at organisation…</source>
        <translation>Хора в организация…</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Намерени хора</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Въпрос</translation>
    </message>
    <message>
        <source>a town, in any script</source>
        <translation>град, на която и да е азбука</translation>
    </message>
    <message>
        <source>an organisation&apos;s name</source>
        <translation>име на организация</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Relationship graph</source>
        <translation>Граф на връзките</translation>
    </message>
</context>
<context>
    <name>GraphWindow</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n връзка</numerusform>
            <numerusform>%n връзки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Група</translation>
    </message>
    <message>
        <source>&amp;Introductions</source>
        <translation>&amp;Запознанства</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <source>&amp;Relationships</source>
        <translation>&amp;Връзки</translation>
    </message>
    <message>
        <source>Any organisation</source>
        <translation>Всяка организация</translation>
    </message>
    <message>
        <source>Contacts, at &amp;most</source>
        <translation>Контакти, &amp;най-много</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Неуспешно записване: {reason}</translation>
    </message>
    <message>
        <source>Drawing the graph…</source>
        <translation>Изчертаване на графа…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Всички</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Експорт в &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;picture…</source>
        <translation>Експорт на &amp;изображение…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Побери</translation>
    </message>
    <message>
        <source>Fit the graph in the window</source>
        <translation>Побери графа в прозореца</translation>
    </message>
    <message>
        <source>Include &amp;archived contacts</source>
        <translation>Включи &amp;архивираните контакти</translation>
    </message>
    <message>
        <source>Include contacts &amp;without connections</source>
        <translation>Включи контакти &amp;без връзки</translation>
    </message>
    <message>
        <source>Meetings &amp;together, at least</source>
        <translation>Общи &amp;срещи, поне</translation>
    </message>
    <message>
        <source>Nobody matches these filters, or no one of them is connected.</source>
        <translation>Никой не отговаря на тези филтри или никой от тях не е свързан.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation>Граф на връзките</translation>
    </message>
    <message>
        <source>Relationship types</source>
        <translation>Видове връзки</translation>
    </message>
    <message>
        <source>Save the graph as</source>
        <translation>Запиши графа като</translation>
    </message>
    <message>
        <source>Save the nodes and edges as CSV into</source>
        <translation>Запиши възлите и ребрата като CSV в</translation>
    </message>
    <message>
        <source>Saved {files} in {folder}.</source>
        <translation>Записано: {files} в {folder}.</translation>
    </message>
    <message>
        <source>Shared &amp;meetings</source>
        <translation>Общи &amp;срещи</translation>
    </message>
    <message>
        <source>Shared meetings are counted among the best connected contacts only.</source>
        <translation>Общите срещи се броят само сред най-свързаните контакти.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Покажи</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} contacts: the best connected. Narrow the filters to see the others.</source>
        <translation>Показани са {shown} от {total} контакта: най-свързаните. Стеснете филтрите, за да видите другите.</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Видове</translation>
    </message>
    <message>
        <source>What the graph shows</source>
        <translation>Какво показва графът</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Изчисляване</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличи</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Намали</translation>
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
        </translation>
    </message>
    <message>
        <source>Busiest: {cell}</source>
        <translation>Най-натоварено: {cell}</translation>
    </message>
    <message>
        <source>Interactions per cell:</source>
        <translation>Взаимодействия в клетка:</translation>
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
            <numerusform>Записан %n от {total} записа</numerusform>
            <numerusform>Записани %n от {total} записа</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Всичко</translation>
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
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Експорт на календара</translation>
    </message>
    <message>
        <source>Export calendar to</source>
        <translation>Експортирай календара в</translation>
    </message>
    <message>
        <source>Exported {events} events, {todos} to-dos and {alarms} alarms to {path}</source>
        <translation>Експортирано в {path}: събития — {events}, задачи — {todos}, аларми — {alarms}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Експортиране…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Include &amp;notes, places, participants and private items</source>
        <translation>Включи бе&amp;лежки, места, участници и лични записи</translation>
    </message>
    <message>
        <source>One &amp;contact:</source>
        <translation>Един &amp;контакт:</translation>
    </message>
    <message>
        <source>Only items &amp;from</source>
        <translation>Само записи &amp;от</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Without this the file holds summaries and times only.</source>
        <translation>Без това файлът съдържа само заглавия и часове.</translation>
    </message>
    <message>
        <source>choose a contact from the list</source>
        <translation>изберете контакт от списъка</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлове iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>name a file</source>
        <translation>посочете файл</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n нов контакт</numerusform>
            <numerusform>%n нови контакта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n пропуснат</numerusform>
            <numerusform>%n пропуснати</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n за създаване</numerusform>
            <numerusform>%n за създаване</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n за обновяване</numerusform>
            <numerusform>%n за обновяване</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Избери файл…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортирай</translation>
    </message>
    <message>
        <source>&amp;Not yet contacts — tick to create:</source>
        <translation>&amp;Още не са контакти — отметнете, за да ги създадете:</translation>
    </message>
    <message>
        <source>Checking records: {done} of {total}</source>
        <translation>Проверка на записите: {done} от {total}</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Изберете файл за импорт</translation>
    </message>
    <message>
        <source>Contacts and calendars (*.vcf *.vcard *.csv *.ics *.ical);;vCard files (*.vcf *.vcard);;CSV files (*.csv);;iCalendar files (*.ics *.ical);;All files (*)</source>
        <translation>Контакти и календари (*.vcf *.vcard *.csv *.ics *.ical);;Файлове vCard (*.vcf *.vcard);;Файлове CSV (*.csv);;Файлове iCalendar (*.ics *.ical);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Импорт на контакти</translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Импорт на срещи</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Състояние на импорта</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Импорт на {file}</translation>
    </message>
    <message>
        <source>Importing contacts: {done} of {total}</source>
        <translation>Импорт на контакти: {done} от {total}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортиране…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Не е избран файл.</translation>
    </message>
    <message>
        <source>Nothing to import: the store already has all of it.</source>
        <translation>Няма какво да се импортира: хранилището вече съдържа всичко.</translation>
    </message>
    <message>
        <source>People who are not contacts: create contact</source>
        <translation>Хора, които не са контакти: създай контакт</translation>
    </message>
    <message>
        <source>Reading events: {done} of {total}</source>
        <translation>Четене на събития: {done} от {total}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Четене на файла…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Спиране…</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Какво ще направи импортът</translation>
    </message>
    <message numerus="yes">
        <source>{person} — %n meeting(s)</source>
        <translation>
            <numerusform>{person} — %n среща</numerusform>
            <numerusform>{person} — %n срещи</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Изтрий</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Редактирай взаимодействие</translation>
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
        <translation>&amp;Място:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Бележки:</translation>
    </message>
    <message>
        <source>&amp;Private (left out of calendar exports)</source>
        <translation>&amp;Лично (не влиза в експорта на календара)</translation>
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
        <translation>&amp;С кого:</translation>
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
        <translation>Обаждане</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>П&amp;родължителност:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Посо&amp;ка:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Посока</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Продължителност</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Follow-ups:</source>
        <translation>Следващи стъпки:</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящо</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Life &amp;event:</source>
        <translation>&amp;Житейско събитие:</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Житейско събитие</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Място</translation>
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
        <translation>Изходящо</translation>
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
        <translation>Видео</translation>
    </message>
    <message>
        <source>What happened? Markdown works.</source>
        <translation>Какво се случи? Може да се ползва Markdown.</translation>
    </message>
    <message>
        <source>new job, moved, married…</source>
        <translation>нова работа, преместване, сватба…</translation>
    </message>
    <message>
        <source>not a duration</source>
        <translation>не е продължителност</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сега</translation>
    </message>
    <message>
        <source>when you save</source>
        <translation>при записване</translation>
    </message>
    <message>
        <source>{key} turns the current line into a follow-up task.</source>
        <translation>{key} превръща текущия ред в задача за следваща стъпка.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;About pcrm</source>
        <translation>&amp;Относно pcrm</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архивирай</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервни копия…</translation>
    </message>
    <message>
        <source>&amp;Briefing for the selected…</source>
        <translation>&amp;Справка за избраните…</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Контакти</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Табло</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Изтрий</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редактиране</translation>
    </message>
    <message>
        <source>&amp;Edit contact</source>
        <translation>&amp;Редактирай контакта</translation>
    </message>
    <message>
        <source>&amp;Export calendar…</source>
        <translation>&amp;Експорт на календара…</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>&amp;Любим</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Търсене</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помощ</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation>&amp;Анализи</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Зак&amp;лючи</translation>
    </message>
    <message>
        <source>&amp;Log an interaction…</source>
        <translation>&amp;Отбележи взаимодействие…</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected…</source>
        <translation>Обе&amp;дини двата избрани…</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;Нов контакт</translation>
    </message>
    <message>
        <source>&amp;Org chart</source>
        <translation>&amp;Организационна схема</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Из&amp;ход</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повтори</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обнови</translation>
    </message>
    <message>
        <source>&amp;Restore from the trash</source>
        <translation>&amp;Възстанови от кошчето</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Sort contacts</source>
        <translation>&amp;Подреди контактите</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отмени</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Изглед</translation>
    </message>
    <message>
        <source>&lt;h3&gt;pcrm {version}&lt;/h3&gt;&lt;p&gt;A personal contact-relationship manager: contacts, their history and your reminders in one encrypted local store.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;pcrm {version}&lt;/h3&gt;&lt;p&gt;Личен мениджър на отношенията: контакти, тяхната история и вашите напомняния в едно шифровано локално хранилище.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About pcrm</source>
        <translation>Относно pcrm</translation>
    </message>
    <message>
        <source>Add to &amp;group</source>
        <translation>Добави в &amp;група</translation>
    </message>
    <message>
        <source>Archived contacts are kept but left out of the other lists.</source>
        <translation>Архивираните контакти се пазят, но не се показват в другите списъци.</translation>
    </message>
    <message>
        <source>Backed up to {name}.</source>
        <translation>Резервното копие е записано: {name}.</translation>
    </message>
    <message>
        <source>By &amp;last contact</source>
        <translation>По &amp;последен контакт</translation>
    </message>
    <message>
        <source>By &amp;name</source>
        <translation>По &amp;име</translation>
    </message>
    <message>
        <source>By next &amp;reminder</source>
        <translation>По следващо &amp;напомняне</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>К&amp;алендар</translation>
    </message>
    <message>
        <source>Choose an organisation in the sidebar, or a contact who works at one.</source>
        <translation>Изберете организация в страничния панел или контакт, който работи в такава.</translation>
    </message>
    <message>
        <source>Contacts that match this search:</source>
        <translation>Контакти, които отговарят на това търсене:</translation>
    </message>
    <message>
        <source>Create a group</source>
        <translation>Създаване на група</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) and their history for good? This cannot be undone.</source>
        <translation>
            <numerusform>Да се изтрие ли завинаги %n контакт и историята му? Това не може да се отмени.</numerusform>
            <numerusform>Да се изтрият ли завинаги %n контакта и историята им? Това не може да се отмени.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for &amp;good…</source>
        <translation>Изтрий &amp;завинаги…</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Изтрий завинаги</translation>
    </message>
    <message>
        <source>Deleted contacts. Restore them with Ctrl+R; Shift+Del deletes for good.</source>
        <translation>Изтрити контакти. Възстановяване — Ctrl+R; Shift+Del изтрива завинаги.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Редактирай</translation>
    </message>
    <message>
        <source>Export &amp;contacts…</source>
        <translation>Експорт на &amp;контакти…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {path}.</source>
        <translation>
            <numerusform>Експортиран е %n контакт в {path}.</numerusform>
            <numerusform>Експортирани са %n контакта в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {events} events and {todos} to-dos to {path}.</source>
        <translation>Експортирано в {path}: събития — {events}, задачи — {todos}.</translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation>Намери д&amp;убликати…</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Към &amp;списъка</translation>
    </message>
    <message>
        <source>Imported. Edit ▸ Undo takes the whole import back.</source>
        <translation>Импортирано. Редактиране ▸ Отмени връща целия импорт.</translation>
    </message>
    <message>
        <source>Jumping to a letter needs the list sorted by name.</source>
        <translation>За скок към буква списъкът трябва да е подреден по име.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заключено</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>Име на групата:</translation>
    </message>
    <message>
        <source>New &amp;task or reminder…</source>
        <translation>Нова &amp;задача или напомняне…</translation>
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
        <translation>Нова умна група</translation>
    </message>
    <message>
        <source>Nobody here.</source>
        <translation>Тук няма никого.</translation>
    </message>
    <message>
        <source>People related to {name}</source>
        <translation>Свързани с {name}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Изход</translation>
    </message>
    <message>
        <source>Relationship &amp;graph</source>
        <translation>&amp;Граф на връзките</translation>
    </message>
    <message>
        <source>Remove from this group</source>
        <translation>Премахни от тази група</translation>
    </message>
    <message>
        <source>Restore &amp;drafts…</source>
        <translation>Възстанови &amp;чернови…</translation>
    </message>
    <message>
        <source>Restored from {name}.</source>
        <translation>Възстановено от {name}.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Възстановяване…</translation>
    </message>
    <message>
        <source>Saved search: {query}</source>
        <translation>Запазено търсене: {query}</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Търсене</translation>
    </message>
    <message>
        <source>Search names, organisations, e-mail, phones, notes, the timeline…  (Ctrl+F)</source>
        <translation>Търсене в имена, организации, имейли, телефони, бележки, хронологията…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Select a contact to see their card.</source>
        <translation>Изберете контакт, за да видите картата му.</translation>
    </message>
    <message>
        <source>Select the people you are about to meet, then ask for the briefing.</source>
        <translation>Изберете хората, с които ще се срещнете, и поискайте справката.</translation>
    </message>
    <message>
        <source>Show pcrm</source>
        <translation>Покажи pcrm</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Днес</translation>
    </message>
    <message>
        <source>The contacts changed most recently.</source>
        <translation>Най-скоро променените контакти.</translation>
    </message>
    <message>
        <source>There are no contacts yet. Add one with Ctrl+N, or try pcrm with demo data: “pcrm demo”.</source>
        <translation>Още няма контакти. Добавете с Ctrl+N или пробвайте pcrm с демонстрационни данни: „pcrm demo“.</translation>
    </message>
    <message>
        <source>There are no quick capture drafts.</source>
        <translation>Няма чернови на бърз запис.</translation>
    </message>
    <message>
        <source>This contact is no longer there; press F5 to refresh.</source>
        <translation>Този контакт вече го няма; натиснете F5, за да обновите.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Раз&amp;архивирай</translation>
    </message>
    <message>
        <source>Unlock pcrm, then import the file again.</source>
        <translation>Отключете pcrm и импортирайте файла отново.</translation>
    </message>
    <message>
        <source>pcrm is locked.</source>
        <translation>pcrm е заключен.</translation>
    </message>
    <message>
        <source>{what} — Ctrl+Z undoes it.</source>
        <translation>{what} — Ctrl+Z го отменя.</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <source>&lt;b&gt;After the merge&lt;/b&gt;</source>
        <translation>&lt;b&gt;След обединяването&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged in&lt;/b&gt; (#{id})</source>
        <translation>&lt;b&gt;Слива се&lt;/b&gt; (#{id})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stays&lt;/b&gt; (#{id})</source>
        <translation>&lt;b&gt;Остава&lt;/b&gt; (#{id})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where they differ&lt;/b&gt; — choose what stays:</source>
        <translation>&lt;b&gt;Къде се различават&lt;/b&gt; — изберете какво остава:</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Рожден ден</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Показвано име</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Как се запознахме</translation>
    </message>
    <message>
        <source>Job at {organisation}</source>
        <translation>Работа в {organisation}</translation>
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
        <translation>Фонетично име</translation>
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
        <translation>Картата, която се слива</translation>
    </message>
    <message>
        <source>The card that stays</source>
        <translation>Картата, която остава</translation>
    </message>
    <message>
        <source>The cards do not contradict each other: nothing to choose.</source>
        <translation>Картите не си противоречат: няма какво да се избира.</translation>
    </message>
    <message>
        <source>The merged card</source>
        <translation>Обединената карта</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часова зона</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>на всеки %n ден</numerusform>
            <numerusform>на всеки %n дни</numerusform>
        </translation>
    </message>
    <message>
        <source>introduced by {name}</source>
        <translation>запознат от {name}</translation>
    </message>
    <message>
        <source>member</source>
        <translation>член</translation>
    </message>
    <message>
        <source>this card&apos;s photo (#{id})</source>
        <translation>снимката на тази карта (#{id})</translation>
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
        <translation>още +{count}</translation>
    </message>
    <message>
        <source>Calendar month</source>
        <translation>Календарен месец</translation>
    </message>
</context>
<context>
    <name>NotificationPopup</name>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n напомняне</numerusform>
            <numerusform>%n напомняния</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напомняния</translation>
    </message>
    <message>
        <source>Show &amp;today</source>
        <translation>Покажи &amp;днес</translation>
    </message>
    <message numerus="yes">
        <source>While pcrm was closed: %n reminder(s)</source>
        <translation>
            <numerusform>Докато pcrm беше затворен: %n напомняне</numerusform>
            <numerusform>Докато pcrm беше затворен: %n напомняния</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и още %n</numerusform>
            <numerusform>и още %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgChartView</name>
    <message numerus="yes">
        <source>Not placed: no manager relationship with another member (%n)</source>
        <translation>
            <numerusform>Неразположени: без връзка „ръководител“ с друг член (%n)</numerusform>
            <numerusform>Неразположени: без връзка „ръководител“ с друг член (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Org chart</source>
        <translation>Организационна схема</translation>
    </message>
    <message>
        <source>Their manager relationships go round in a loop.</source>
        <translation>Връзките им „ръководител“ образуват кръг.</translation>
    </message>
</context>
<context>
    <name>OrgChartWindow</name>
    <message numerus="yes">
        <source>%n current member(s)</source>
        <translation>
            <numerusform>%n настоящ член</numerusform>
            <numerusform>%n настоящи членове</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a manager relationship, listed below the chart</source>
        <translation>
            <numerusform>%n без връзка „ръководител“, в списъка под схемата</numerusform>
            <numerusform>%n без връзка „ръководител“, в списъка под схемата</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sub-organisations</source>
        <translation>&amp;Подразделения</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Неуспешно записване: {reason}</translation>
    </message>
    <message>
        <source>Export &amp;picture…</source>
        <translation>Експорт на &amp;изображение…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Експорт в P&amp;DF…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Побери</translation>
    </message>
    <message>
        <source>Fit the chart in the window</source>
        <translation>Побери схемата в прозореца</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Няма</translation>
    </message>
    <message>
        <source>Org chart</source>
        <translation>Организационна схема</translation>
    </message>
    <message>
        <source>Org chart: {name}</source>
        <translation>Организационна схема: {name}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлове PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Part of {name} ▲</source>
        <translation>Част от {name} ▲</translation>
    </message>
    <message>
        <source>Save the org chart as</source>
        <translation>Запиши организационната схема като</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Записано: {file}.</translation>
    </message>
    <message>
        <source>Some managers go round in a loop: those boxes are orange.</source>
        <translation>Някои ръководители образуват кръг: техните карета са оранжеви.</translation>
    </message>
    <message>
        <source>Sub-organisations</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличи</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Намали</translation>
    </message>
    <message>
        <source>no manager relationships between them yet (add “manager” relationships on their cards to build the chart)</source>
        <translation>между тях още няма връзки „ръководител“ (добавете връзки „ръководител“ в картите им, за да се построи схемата)</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n member(s))</source>
        <translation>
            <numerusform>{name} (%n член)</numerusform>
            <numerusform>{name} (%n членове)</numerusform>
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
        <translation>Посочете поне един човек.</translation>
    </message>
    <message>
        <source>Names, e-mails or phones, separated by commas</source>
        <translation>Имена, имейли или телефони, разделени със запетаи</translation>
    </message>
    <message>
        <source>No contact is called “{name}”.</source>
        <translation>Няма контакт с име „{name}“.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кой</translation>
    </message>
    <message>
        <source>“{name}” matches {count} people: pick one from the list.</source>
        <translation>„{name}“ отговаря на няколко души ({count}): изберете един от списъка.</translation>
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
        <translation>За цялото време</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>По дни</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месеци</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>По седмици</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Собствен период…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Детайлност</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последните 30 дни</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Последните 365 дни</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последните 90 дни</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Този месец</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Тази година</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message numerus="yes">
        <source>%n follow-up task(s) added.</source>
        <translation>
            <numerusform>Добавена е %n задача за следваща стъпка.</numerusform>
            <numerusform>Добавени са %n задачи за следващи стъпки.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Отхвърли черновата</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message numerus="yes">
        <source>Logged with %n contact(s).</source>
        <translation>
            <numerusform>Отбелязано с %n контакт.</numerusform>
            <numerusform>Отбелязано с %n контакта.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Бърз запис</translation>
    </message>
    <message>
        <source>Restored the draft you were writing at {time}: nothing was lost. Save it with {key}, or discard it.</source>
        <translation>Възстановена е черновата, която пишехте в {time}: нищо не е загубено. Запишете я с {key} или я отхвърлете.</translation>
    </message>
    <message>
        <source>Save ({key})</source>
        <translation>Запиши ({key})</translation>
    </message>
    <message>
        <source>The draft could not be saved: {reason}</source>
        <translation>Черновата не можа да се запише: {reason}</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Черновата е отхвърлена.</translation>
    </message>
    <message>
        <source>Your quick capture draft was kept; pcrm offers it again when it starts.</source>
        <translation>Черновата на бързия запис е запазена; pcrm ще я предложи отново при стартиране.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Backups of this store are kept in {folder}.</source>
        <translation>Резервните копия на това хранилище се пазят в {folder}.</translation>
    </message>
    <message>
        <source>Close the other pcrm (a window, or a command still running) and try again.</source>
        <translation>Затворете другия pcrm (прозорец или команда, която още работи) и опитайте отново.</translation>
    </message>
    <message>
        <source>Correct the file or setting named above and try again.</source>
        <translation>Поправете посочения по-горе файл или настройка и опитайте отново.</translation>
    </message>
    <message>
        <source>If the database was moved, put it back in {folder}.</source>
        <translation>Ако базата данни е преместена, върнете я в {folder}.</translation>
    </message>
    <message>
        <source>If the key was in the system keyring, unlock the keyring (or sign in to the session that holds it) and try again.</source>
        <translation>Ако ключът е бил в системния ключодържател, отключете го (или влезте в сесията, в която е) и опитайте отново.</translation>
    </message>
    <message>
        <source>If {file} was deleted or replaced, put the original back.</source>
        <translation>Ако {file} е изтрит или заменен, върнете оригинала.</translation>
    </message>
    <message>
        <source>Install the newer pcrm that wrote this store, or restore a backup made by this version.</source>
        <translation>Инсталирайте по-новата версия на pcrm, записала това хранилище, или възстановете копие, направено от тази версия.</translation>
    </message>
    <message>
        <source>Keep using the pcrm version that wrote this store until the upgrade is fixed.</source>
        <translation>Ползвайте версията на pcrm, записала това хранилище, докато обновяването не бъде поправено.</translation>
    </message>
    <message>
        <source>Once the key is back, pcrm can restore the database from a backup made with it.</source>
        <translation>Когато ключът се върне, pcrm може да възстанови базата данни от копие, направено с него.</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Отвори папката с копия</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Изход</translation>
    </message>
    <message>
        <source>Reinstall pcrm with its SQLCipher driver (sqlcipher3).</source>
        <translation>Преинсталирайте pcrm с драйвера SQLCipher (sqlcipher3).</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Възстановяване от копие</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Възстанови от копие…</translation>
    </message>
    <message>
        <source>Restore the database from a backup with Restore from backup…: the backup is checked first, and the database it replaces is kept in {folder}.</source>
        <translation>Възстановете базата данни от копие с „Възстанови от копие…“: копието първо се проверява, а заменената база данни се пази в {folder}.</translation>
    </message>
    <message>
        <source>Start or unlock the system keyring (GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager) and try again.</source>
        <translation>Стартирайте или отключете системния ключодържател (GNOME Keyring, KWallet, macOS Keychain или Windows Credential Manager) и опитайте отново.</translation>
    </message>
    <message>
        <source>The store&apos;s passphrase:</source>
        <translation>Парола на хранилището:</translation>
    </message>
    <message>
        <source>There are no backups in {folder}; if you keep one elsewhere, use that.</source>
        <translation>В {folder} няма резервни копия; ако пазите копие другаде, използвайте него.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Опитай отново</translation>
    </message>
    <message>
        <source>Try another passphrase: check PCRM_PASSPHRASE or the --passphrase-file you gave, or start pcrm without them to type it.</source>
        <translation>Опитайте друга парола: проверете PCRM_PASSPHRASE или дадения --passphrase-file или стартирайте pcrm без тях, за да я въведете.</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Какво можете да направите:</translation>
    </message>
    <message>
        <source>pcrm cannot open your store</source>
        <translation>pcrm не може да отвори хранилището ви</translation>
    </message>
    <message>
        <source>pcrm has not changed any file.</source>
        <translation>pcrm не е променил нито един файл.</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmation</name>
    <message>
        <source>&lt;b&gt;In the backup&lt;/b&gt;</source>
        <translation>&lt;b&gt;В копието&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сега&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Everything changed since the backup was taken is replaced. The store as it is now is kept as a backup in {folder}, so this can be undone by restoring that one.</source>
        <translation>Всичко, променено след създаването на копието, ще бъде заменено. Сегашното хранилище се пази като резервно копие в {folder}, така че това може да се отмени, като се възстанови то.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Reminders and tasks</source>
        <translation>Напомняния и задачи</translation>
    </message>
    <message>
        <source>Replace with the backup</source>
        <translation>Замени с копието</translation>
    </message>
    <message>
        <source>Replace your store with the backup of {when}?</source>
        <translation>Да се замени ли хранилището с копието от {when}?</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Възстановяване от копие</translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation>Записи в хронологията</translation>
    </message>
    <message>
        <source>pcrm backups (*.pcrm-backup);;All files (*)</source>
        <translation>Резервни копия на pcrm (*.pcrm-backup);;Всички файлове (*)</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source> times</source>
        <translation> пъти</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Всеки ден</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Ден от месеца</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Не се повтаря</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Край</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Край:</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Честота</translation>
    </message>
    <message>
        <source>In words:</source>
        <translation>С думи:</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>През:</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последен ден</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Всеки месец</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Брой пъти</translation>
    </message>
    <message>
        <source>On</source>
        <translation>В</translation>
    </message>
    <message>
        <source>On days:</source>
        <translation>В дните:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Кога:</translation>
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
        <translation>Повторение с думи</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Повтаря се:</translation>
    </message>
    <message>
        <source>Try “every 3 months”, “every monday” or “third sunday of june”.</source>
        <translation>Опитайте „every 3 months“, „every monday“ или „third sunday of june“.</translation>
    </message>
    <message>
        <source>Week day</source>
        <translation>Ден от седмицата</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Всяка седмица</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Кой</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Всяка година</translation>
    </message>
    <message>
        <source>a custom rule</source>
        <translation>собствено правило</translation>
    </message>
    <message>
        <source>after</source>
        <translation>след</translation>
    </message>
    <message>
        <source>day of the month</source>
        <translation>ден от месеца</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>дни</translation>
    </message>
    <message>
        <source>every </source>
        <translation>на всеки </translation>
    </message>
    <message>
        <source>every 3 months, every monday, third sunday of june…</source>
        <translation>every 3 months, every monday, third sunday of june…</translation>
    </message>
    <message>
        <source>first</source>
        <translation>1-ви</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>4-ти</translation>
    </message>
    <message>
        <source>last</source>
        <translation>последен</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>мес.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никога</translation>
    </message>
    <message>
        <source>not a repeat I know</source>
        <translation>непознат вид повторение</translation>
    </message>
    <message>
        <source>on</source>
        <translation>на</translation>
    </message>
    <message>
        <source>second</source>
        <translation>2-ри</translation>
    </message>
    <message>
        <source>the nth week day</source>
        <translation>n-ти ден от седмицата</translation>
    </message>
    <message>
        <source>the start&apos;s day</source>
        <translation>деня на началото</translation>
    </message>
    <message>
        <source>the start&apos;s month</source>
        <translation>месеца на началото</translation>
    </message>
    <message>
        <source>third</source>
        <translation>3-ти</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>седм.</translation>
    </message>
    <message>
        <source>year(s)</source>
        <translation>год.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search</source>
        <translation>Търсене</translation>
    </message>
    <message>
        <source>Search contacts and interactions…</source>
        <translation>Търсене на контакти и взаимодействия…</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n взаимодействие</numerusform>
            <numerusform>%n взаимодействия</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ contact(s)</source>
        <translation>
            <numerusform>%n+ контакт</numerusform>
            <numerusform>%n+ контакта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ interaction(s)</source>
        <translation>
            <numerusform>%n+ взаимодействие</numerusform>
            <numerusform>%n+ взаимодействия</numerusform>
        </translation>
    </message>
    <message>
        <source>Best matches — {counts}</source>
        <translation>Най-добри съвпадения — {counts}</translation>
    </message>
    <message>
        <source>Finding the best matches…</source>
        <translation>Търсене на най-добрите съвпадения…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Няма съвпадения</translation>
    </message>
    <message>
        <source>Nobody is named in this interaction any more.</source>
        <translation>В това взаимодействие вече не е посочен никой.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Резултати от търсенето</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Състояние на търсенето</translation>
    </message>
    <message>
        <source>{contacts}, {interactions}</source>
        <translation>{contacts}, {interactions}</translation>
    </message>
    <message>
        <source>{counts} — Enter for best matches</source>
        <translation>{counts} — Enter за най-добрите съвпадения</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Export as CSV…</source>
        <translation>Експорт в CSV…</translation>
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
            <numerusform>%n взаимодействие</numerusform>
            <numerusform>%n взаимодействия</numerusform>
        </translation>
    </message>
    <message>
        <source>; previous period: {total}</source>
        <translation>; предишен период: {total}</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предишен период</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Този период</translation>
    </message>
    <message>
        <source>{period} ({when}): {count}</source>
        <translation>{period} ({when}): {count}</translation>
    </message>
    <message>
        <source>{total} in {buckets} periods; most, {most}, in {when}</source>
        <translation>{total} за {buckets} периода; най-много, {most}, — {when}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Change settings</source>
        <translation>Промяна на настройките</translation>
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
        <translation>Всички контакти</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Архивирани</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Любими</translation>
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
        <translation>Нова умна група…</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Recently changed</source>
        <translation>Наскоро променени</translation>
    </message>
    <message>
        <source>Saved search: {query}</source>
        <translation>Запазено търсене: {query}</translation>
    </message>
    <message>
        <source>Smart groups</source>
        <translation>Умни групи</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Източници</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Кошче</translation>
    </message>
</context>
<context>
    <name>StoreAccess</name>
    <message>
        <source>Opening your contacts… After an update of pcrm the store is backed up and upgraded first, which can take a few minutes.</source>
        <translation>Отваряне на контактите… След обновяване на pcrm хранилището първо се копира и обновява, което може да отнеме няколко минути.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Бележки:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Хора:</translation>
    </message>
    <message>
        <source>&amp;Private (left out of calendar exports)</source>
        <translation>&amp;Лично (не влиза в експорта на календара)</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Повтаряне:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заглавие:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Кога:</translation>
    </message>
    <message>
        <source>({time} your time)</source>
        <translation>({time} ваше време)</translation>
    </message>
    <message>
        <source>Ala&amp;rms:</source>
        <translation>Ала&amp;рми:</translation>
    </message>
    <message>
        <source>All &amp;day</source>
        <translation>Цял &amp;ден</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Да се отхвърлят ли промените?</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Редактирай задача</translation>
    </message>
    <message>
        <source>Give the task a title.</source>
        <translation>Дайте заглавие на задачата.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>My local time</source>
        <translation>Моето местно време</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Нова задача</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Следващо:</translation>
    </message>
    <message>
        <source>No occurrence from now on.</source>
        <translation>Занапред няма повторения.</translation>
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
        <translation>Задачата има незаписани промени. Да се отхвърлят ли?</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Часова з&amp;она:</translation>
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
        <translation>Кога, с думи</translation>
    </message>
    <message>
        <source>at the time</source>
        <translation>в момента на събитието</translation>
    </message>
    <message>
        <source>not a time: try “tomorrow 9:00” or “in 2 weeks”</source>
        <translation>не е час: опитайте „tomorrow 9:00“ или „in 2 weeks“</translation>
    </message>
    <message>
        <source>not an IANA time zone</source>
        <translation>не е часова зона на IANA</translation>
    </message>
    <message>
        <source>tomorrow 9:00, in 2 weeks…</source>
        <translation>tomorrow 9:00, in 2 weeks…</translation>
    </message>
    <message>
        <source>“{text}” is not a time.</source>
        <translation>„{text}“ не е час.</translation>
    </message>
    <message>
        <source>“{zone}” is not an IANA time zone.</source>
        <translation>„{zone}“ не е часова зона на IANA.</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <source>+{count} more</source>
        <translation>още +{count}</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>Дни от календара</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Briefing…</source>
        <translation>&amp;Справка…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Изтрий</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редактирай…</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Всички канали</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Всички видове</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Filter the timeline by channel</source>
        <translation>Филтрирай хронологията по канал</translation>
    </message>
    <message>
        <source>Filter the timeline by kind</source>
        <translation>Филтрирай хронологията по вид</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>No contact selected.</source>
        <translation>Не е избран контакт.</translation>
    </message>
    <message>
        <source>No interactions match these filters.</source>
        <translation>Никое взаимодействие не отговаря на тези филтри.</translation>
    </message>
    <message>
        <source>No interactions yet — press {shortcut} to log one.</source>
        <translation>Още няма взаимодействия — натиснете {shortcut}, за да отбележите.</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Отвори {name}</translation>
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
        <translation>&amp;Изпълнено</translation>
    </message>
    <message>
        <source>&amp;Log to timeline</source>
        <translation>Отбележи в &amp;хронологията</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Отложи</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 минути</translation>
    </message>
    <message>
        <source>Add a note to the contacts&apos; timelines</source>
        <translation>Добави бележка към хронологията на контактите</translation>
    </message>
    <message>
        <source>Birthdays and dates this week</source>
        <translation>Рождени дни и дати тази седмица</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Отх&amp;върли</translation>
    </message>
    <message>
        <source>Dismiss a reminder</source>
        <translation>Отхвърли напомняне</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Току-що</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>По-късно днес</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Връзката отслабва</translation>
    </message>
    <message>
        <source>Mark a reminder done</source>
        <translation>Отбележи напомнянето като изпълнено</translation>
    </message>
    <message>
        <source>Missed while pcrm was closed</source>
        <translation>Пропуснато, докато pcrm беше затворен</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>За днес няма нищо.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Reminders for today</source>
        <translation>Напомняния за днес</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Отложи</translation>
    </message>
    <message>
        <source>Snooze a reminder</source>
        <translation>Отложи напомняне</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message>
        <source>Tomorrow 09:00</source>
        <translation>Утре в 09:00</translation>
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
        <translation>Кой</translation>
    </message>
    <message numerus="yes">
        <source>last %1, %n day(s) overdue</source>
        <translation>
            <numerusform>последно %1, просрочено с %n ден</numerusform>
            <numerusform>последно %1, просрочено с %n дни</numerusform>
        </translation>
    </message>
    <message>
        <source>never in touch</source>
        <translation>още няма връзка</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и още %n</numerusform>
            <numerusform>… и още %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Its key is in your system keyring ({name}).</source>
        <translation>Ключът му е в системния ключодържател ({name}).</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парола:</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Изход</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Първо въведете паролата.</translation>
    </message>
    <message>
        <source>Type the passphrase of the store in:</source>
        <translation>Въведете паролата на хранилището в:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Отключи</translation>
    </message>
    <message>
        <source>Unlock pcrm</source>
        <translation>Отключване на pcrm</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Отключване…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Грешна парола. Опитайте отново.</translation>
    </message>
    <message>
        <source>pcrm is locked</source>
        <translation>pcrm е заключен</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>системния ключодържател</translation>
    </message>
</context>
<context>
    <name>_JobDialog</name>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} от {total}</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Follow-up due</source>
        <translation>Срок за следващата стъпка</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Задача за следваща стъпка</translation>
    </message>
    <message>
        <source>Remove this follow-up</source>
        <translation>Премахни тази следваща стъпка</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Какво да се направи</translation>
    </message>
    <message>
        <source>due</source>
        <translation>срок</translation>
    </message>
</context>
</TS>
