<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more participant(s) not shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more relationship(s) are kept as they are: &lt;a href=&apos;pcrm:related&apos;&gt;list everyone related&lt;/a&gt; to open and change them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name (empty: from the parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(age %n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>({time} in {zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>28 February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>29 February in other years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A choice field needs its choices, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to a group</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also close the store when the screen locks or the computer goes to sleep, where the desktop announces it (Linux).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the newest backup of each of this many months; 0 for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the newest backup of each of this many weeks; 0 for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Archive %n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up automatically every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Briefing: %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Briefing: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file to keep up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changing %n contact(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the store after this many minutes without keyboard or mouse input; 0 never locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define a field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define the field “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n interaction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit an interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family, as spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name (phonetic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat, floor, building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get in touch with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given, as spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home region for phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include notes and private items in the calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep daily backups (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep monthly backups (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep weekly backups (weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name (phonetic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the name parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n contact(s) as favourite</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Markdown: *emphasis*, **bold**, - lists, [links](…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Meetings together (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messengers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name (phonetic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle, as spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this {what} up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers typed without + are read as numbers of this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tasks and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PO box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind of dates at (hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s) from a group</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show all %n related people in the list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show the notes as the card will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need fixing before the card can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in touch every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in touch every (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day a 29 February birthday or anniversary is shown on in years without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day calendars and week views start on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hour of the day, in your zone, at which birthdays, anniversaries and stay-in-touch reminders are raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind a new quick capture entry starts with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language pcrm speaks, and writes dates and numbers in; “As the system” follows the computer&apos;s language. pcrm changes to it when it next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup of each of this many days is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stay-in-touch cadence a new contact starts with; 0 for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to ask next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are shown in this zone; “system” follows the computer&apos;s zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, a phone or an e-mail first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unarchive %n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n favourite(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the automatic backups go; empty for the store&apos;s own backups folder. Another disk keeps them safe when this one fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While pcrm runs, and when it starts, an encrypted, verified backup is written once a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With: {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this the file holds summaries and times only: no notes, places or participants, and nothing marked private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose or type the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the contact from the list as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the day and the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>composed from the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Gift ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>extended address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {what}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>introduced by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label, e.g. name day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a phone number; type it with the country code, like +380 44 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a time zone; type a city and choose, like Europe/Kyiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a web address (example.org or https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an e-mail address (name@example.org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of this contact is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one, two, three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcrm rewrites this iCalendar file after every change to meetings, reminders, tasks and dates, so a calendar app can subscribe to it; empty for none. It is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remind me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo is still being read; a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year has four digits, or stays empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year is needed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this day does not exist in that month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>turns %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {what} ({years})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone} (now {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↗ outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↙ incoming</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlarmList</name>
    <message>
        <source>Add a&amp;larm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlphabetBar</name>
    <message>
        <source>Alphabet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;monthly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;weekly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups are off. Backups go to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;automatically every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up and verified: {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;daily:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backup yet; the first is taken now. They go to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last automatic backup was taken {last}; the next is due {next}. They go to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup of each day, week and month is kept for as many as you say; older automatic backups are deleted. Backups you make elsewhere, and those taken before an upgrade or a restore, are never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is intact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the briefing as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>&amp;Dates with slashes read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use these columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column with a name, an e-mail or a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of dates written with slashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does each column hold?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year (31/03/1990)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month/day/year (03/31/1990)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcrm does not know the layout of this file. Choose the field each column goes into; the preview below shows the first contacts as they will be imported. Columns kept in notes are added to each contact&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactExportDialog</name>
    <message numerus="yes">
        <source>%n of {total} contact(s) written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Everyone (not the trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, Google Contacts layout (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination: name a file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put each contact&apos;s &amp;name in its folder&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable folder: a vCard, notes and timeline per contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Without this the folders are numbered, so their names say nothing about anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 3.0 (.vcf), for older programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 4.0 (.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactOutcomeModel</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeps your {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>type a name…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPreviewPanel</name>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the records to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What importing each record would do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTable</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit pcrm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last action may not have been completed; everything saved before it is safe. Nothing personal was written to the log. To see where the error happened, start pcrm from a terminal with PCRM_DEBUG=1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcrm met an unexpected error ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcrm – unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%n day(s) ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftChooser</name>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one to finish it. Those you leave here are offered again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved quick capture drafts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing similar names: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other card, and merge this one into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this pair for another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for shared e-mails and phones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge contacts into {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never propose these two again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more pairs to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pair %n of {total}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading names: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wap sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else was changed since; use Edit ▸ Undo in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two contacts you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why these two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {reasons} — {score}% alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a middle name on one card only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an initial for the given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given and family name swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written in Cyrillic and Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your pcrm store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the encrypted store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with demo data ({contacts} made-up contacts, {interactions} interactions) to try pcrm out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key will be kept in your system keyring ({name}), so you will not need to type a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring was found, so a passphrase protects the store. Choose one of at least {n} characters; it cannot be recovered if you forget it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidying the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to pcrm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcrm keeps your contacts, their history and your reminders in one encrypted database, in this folder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>not a time: try “yesterday 15:00” or “2 hours ago”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcalExportDialog</name>
    <message numerus="yes">
        <source>%n of {total} item(s) written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {events} events, {todos} to-dos and {alarms} alarms to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;notes, places, participants and private items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this the file holds summaries and times only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a contact from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not yet contacts — tick to create:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking records: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and calendars (*.vcf *.vcard *.csv *.ics *.ical);;vCard files (*.vcf *.vcard);;CSV files (*.csv);;iCalendar files (*.ics *.ical);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing contacts: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the store already has all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who are not contacts: create contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading events: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{person} — %n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionForm</name>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private (left out of calendar exports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>45m, 1h30…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life &amp;event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened? Markdown works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new job, moved, married…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} turns the current line into a follow-up task.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;About pcrm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Briefing for the selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log an interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge the two selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;pcrm {version}&lt;/h3&gt;&lt;p&gt;A personal contact-relationship manager: contacts, their history and your reminders in one encrypted local store.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About pcrm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived contacts are kept but left out of the other lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By next &amp;reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts that match this search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) and their history for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for &amp;good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted contacts. Restore them with Ctrl+R; Shift+Del deletes for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {events} events and {todos} to-dos to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. Edit ▸ Undo takes the whole import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumping to a letter needs the list sorted by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;task or reminder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New smart group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People related to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved search: {query}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, organisations, e-mail, phones, notes, the timeline…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a contact to see their card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the people you are about to meet, then ask for the briefing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show pcrm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts changed most recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no contacts yet. Add one with Ctrl+N, or try pcrm with demo data: “pcrm demo”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no quick capture drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is no longer there; press F5 to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcrm is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} — Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <source>&lt;b&gt;After the merge&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged in&lt;/b&gt; (#{id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Stays&lt;/b&gt; (#{id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Where they differ&lt;/b&gt; — choose what stays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job at {organisation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phonetic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card merged into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card that stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cards do not contradict each other: nothing to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>introduced by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this card&apos;s photo (#{id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>+{count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationPopup</name>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>While pcrm was closed: %n reminder(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>%n reminder(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n reminder(s) while pcrm was closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleField</name>
    <message>
        <source>Name at least one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, e-mails or phones, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact is called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” matches {count} people: pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message numerus="yes">
        <source>%n follow-up task(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Logged with %n contact(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the draft you were writing at {time}: nothing was lost. Save it with {key}, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your quick capture draft was kept; pcrm offers it again when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Backups of this store are kept in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the other pcrm (a window, or a command still running) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the file or setting named above and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the database was moved, put it back in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the key was in the system keyring, unlock the keyring (or sign in to the session that holds it) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If {file} was deleted or replaced, put the original back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the newer pcrm that wrote this store, or restore a backup made by this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep using the pcrm version that wrote this store until the upgrade is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the key is back, pcrm can restore the database from a backup made with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall pcrm with its SQLCipher driver (sqlcipher3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the database from a backup with Restore from backup…: the backup is checked first, and the database it replaces is kept in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or unlock the system keyring (GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups in {folder}; if you keep one elsewhere, use that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another passphrase: check PCRM_PASSPHRASE or the --passphrase-file you gave, or start pcrm without them to type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcrm cannot open your store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcrm has not changed any file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreConfirmation</name>
    <message>
        <source>&lt;b&gt;In the backup&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything changed since the backup was taken is replaced. The store as it is now is kept as a backup in {folder}, so this can be undone by restoring that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders and tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your store with the backup of {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcrm backups (*.pcrm-backup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source> times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRULE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try “every 3 months”, “every monday” or “third sunday of june”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a custom rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every 3 months, every monday, third sunday of june…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a repeat I know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nth week day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start&apos;s month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts and interactions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ interaction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Best matches — {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the best matches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is named in this interaction any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{contacts}, {interactions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts} — Enter for best matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New smart group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved search: {query}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreAccess</name>
    <message>
        <source>Opening your contacts… After an update of pcrm the store is backed up and upgraded first, which can take a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>%n day(s) before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n hour(s) before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n minute(s) before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private (left out of calendar exports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({time} your time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ala&amp;rms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the task a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No occurrence from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a time: try “tomorrow 9:00” or “in 2 weeks”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an IANA time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow 9:00, in 2 weeks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{zone}” is not an IANA time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <source>+{count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the timeline by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the timeline by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interactions match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interactions yet — press {shortcut} to log one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log to timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to the contacts&apos; timelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays and dates this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a reminder done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed while pcrm was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last %1, %n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>never in touch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Its key is in your system keyring ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase of the store in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock pcrm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcrm is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_JobDialog</name>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
