<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>App</name>
    <message>
        <location filename="../src/carerdesk/gui/app.py" line="12"/>
        <source>Coming soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="36"/>
        <source>Daily life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="37"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="38"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="39"/>
        <source>Family time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="40"/>
        <source>Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="41"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="42"/>
        <source>Missing from care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="43"/>
        <location filename="../src/carerdesk/domain/categories.py" line="70"/>
        <source>Allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="44"/>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="45"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="65"/>
        <source>Serious illness or accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="68"/>
        <source>Went missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="69"/>
        <source>Police called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="71"/>
        <source>Child-protection concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="74"/>
        <source>Exploitation concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="75"/>
        <source>Serious mental-health concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="78"/>
        <source>Notifiable disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="79"/>
        <source>A death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="80"/>
        <source>Other significant event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/carerdesk/cli/__init__.py" line="62"/>
        <source>Stopped. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/__init__.py" line="66"/>
        <source>Something went wrong inside CarerDesk. Nothing more was changed. Details (without any record text) are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/context.py" line="28"/>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="25"/>
        <source>Added {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="37"/>
        <source>No children yet. Add one with &quot;carerdesk child add --name NAME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="48"/>
        <source>Saved the entry for {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="56"/>
        <source>Saved version {n}; the earlier version is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="68"/>
        <source>first written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="69"/>
        <source>Version {n}, saved {at}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="86"/>
        <source>No entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="111"/>
        <source>Nothing found for &quot;{query}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/output.py" line="30"/>
        <source>(birth family {n}/10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/output.py" line="34"/>
        <source>In their words: &quot;{voice}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/output.py" line="36"/>
        <source>Reflection: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/output.py" line="38"/>
        <source>Significant event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="16"/>
        <location filename="../src/carerdesk/cli/parser.py" line="38"/>
        <source>the vault folder (default: CARERDESK_DATA_DIR, else your user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="20"/>
        <source>read the passphrase (and any new one) from successive lines of standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="27"/>
        <source>print JSON for scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="33"/>
        <source>CarerDesk: an offline, encrypted journal for foster carers. With no command, the app opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="41"/>
        <source>read passphrases from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="47"/>
        <source>find entries by their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="49"/>
        <location filename="../src/carerdesk/cli/parser.py" line="131"/>
        <source>only this child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="51"/>
        <source>open the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="57"/>
        <source>create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="59"/>
        <source>carer (default) or supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="61"/>
        <source>the household&apos;s name, shown in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="63"/>
        <source>what the vault holds, and an integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="66"/>
        <source>change the passphrase (current, new, confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="68"/>
        <source>set a new passphrase with the recovery key (recovery key, new, confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="73"/>
        <source>the children in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="76"/>
        <source>add a child; prints the new id last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="77"/>
        <source>the child&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="78"/>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="80"/>
        <source>the date the placement began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="82"/>
        <source>list the children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="86"/>
        <source>journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="89"/>
        <source>write an entry; prints the new id last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="91"/>
        <source>the child it is about (repeat for siblings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="93"/>
        <source>the day it happened (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="94"/>
        <source>the day in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="96"/>
        <source>what happened, for a Secure Base dimension: availability, sensitivity, acceptance, cooperation, family_membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="100"/>
        <source>a 0-10 rating for a dimension; family_membership_birth rates the birth family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="103"/>
        <source>daily_life, health, education, family_time, achievement, incident, missing_from_care, allegation, medication, other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="107"/>
        <source>mark it as a significant event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="109"/>
        <source>who was told about the significant event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="111"/>
        <source>when they were told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="112"/>
        <source>what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="113"/>
        <source>the child&apos;s own words, kept as theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="114"/>
        <source>your own reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="115"/>
        <source>the child&apos;s mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="118"/>
        <source>change an entry; the earlier version is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="121"/>
        <source>the new text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="122"/>
        <source>why it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="125"/>
        <source>every version of an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="130"/>
        <source>list entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="132"/>
        <source>from this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="133"/>
        <source>to this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/prompts.py" line="23"/>
        <source>Standard input ended before every passphrase was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/prompts.py" line="32"/>
        <source>There is no terminal to type the passphrase in. Use --passphrase-stdin to give it on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/prompts.py" line="38"/>
        <source>No passphrase was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/prompts.py" line="45"/>
        <source>There is no terminal to type the recovery key in. Use --passphrase-stdin to give it on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/prompts.py" line="51"/>
        <source>No recovery key was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="17"/>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="18"/>
        <source>Type it again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="24"/>
        <source>Creating the vault; this takes a few seconds...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="28"/>
        <source>Vault created in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="29"/>
        <source>Write the recovery key below on paper and keep it somewhere safe, away from this computer. It is shown only this once; with it you can open the vault if you forget your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="43"/>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="44"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="45"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="46"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="47"/>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="48"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="49"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="50"/>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="51"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="51"/>
        <source>DAMAGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="57"/>
        <source>The vault failed its integrity check. Restore it from a backup; do not keep writing to this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="66"/>
        <source>Passphrase changed. The recovery key still works as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="73"/>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="80"/>
        <source>A new passphrase is set. Keep your recovery key safe: it still works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dimension</name>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="48"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="49"/>
        <source>trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="50"/>
        <source>What does this child expect of adults? How can I show I will not let them down?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="54"/>
        <source>When were you there for the child today, in body and mind, together or apart? What signals did you notice, and how did you go at their pace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="61"/>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="62"/>
        <source>manage feelings and behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="63"/>
        <source>What might this child be thinking and feeling right now? What am I feeling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="67"/>
        <source>Which feelings did you name or reflect back today? How did you help the child make sense of them and calm down?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="74"/>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="75"/>
        <source>build self-esteem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="76"/>
        <source>This child is valued for who they are, difficulties and all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="79"/>
        <source>How did you show the child they are good and loved, even after a hard moment? What went well for them today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="86"/>
        <source>Co-operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="87"/>
        <source>feel effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="88"/>
        <source>This child&apos;s wishes and goals are real and matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="89"/>
        <source>Where did you offer choices, negotiate or work together? When did the child ask for help or feel capable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="96"/>
        <source>Family membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="97"/>
        <source>belong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="98"/>
        <source>This child is part of my family and also connected to their birth family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="102"/>
        <source>How did the child feel part of your family today? How was their birth family kept in mind, at family time or in between?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="111"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="112"/>
        <source>What I think it meant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="113"/>
        <source>What I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="114"/>
        <source>How I felt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/carerdesk/messages.py" line="14"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="15"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="16"/>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="17"/>
        <source>placement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="18"/>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="19"/>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="20"/>
        <source>entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="21"/>
        <source>reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="22"/>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="33"/>
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="34"/>
        <source>CarerDesk cannot write to {path}: the folder is read-only or you do not have permission. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="36"/>
        <source>The folder {path} is no longer there (was a USB stick removed?). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="39"/>
        <source>CarerDesk could not write to {path}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="46"/>
        <source>That recovery key is the wrong length: it has 13 groups of 5 letters and digits. Please check it and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="48"/>
        <source>Group {group} of the recovery key does not look right. Please check that group and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="55"/>
        <source>The passphrase must have at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="58"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="60"/>
        <source>The {field} {value} is in the future. Please give a date that has already come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="63"/>
        <source>&quot;{value}&quot; is not a date that exists. Please write it as YYYY-MM-DD, for example 2026-03-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="66"/>
        <source>The {field} cannot be before the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="68"/>
        <source>The {field} is empty. Please write something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="70"/>
        <source>&quot;{value}&quot; is not a Secure Base dimension. Use one of: availability, sensitivity, acceptance, cooperation, family_membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="74"/>
        <source>&quot;{value}&quot; is not a category. Use one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="77"/>
        <source>A rating is a whole number from 0 to 10; &quot;{value}&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="79"/>
        <source>The {field} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="83"/>
        <source>There is no CarerDesk vault in {folder}. Create one with &quot;carerdesk init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="86"/>
        <source>A vault already exists in {folder}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="88"/>
        <source>That passphrase is not right. Nothing was changed. If you have forgotten it, use your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="91"/>
        <source>That recovery key does not open this vault. Is it the key for another vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="93"/>
        <source>The key file {path} is missing, so the vault cannot be opened. Restore it from a backup; nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="96"/>
        <source>The key file {path} is damaged ({detail}), so the vault cannot be opened. Restore it from a backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="99"/>
        <source>This vault was made by a newer CarerDesk (format {version}). Please update CarerDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="102"/>
        <source>The journal database {path} is missing. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="105"/>
        <source>The journal database {path} is damaged and cannot be read. Nothing was changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="108"/>
        <source>{path} is not an encrypted CarerDesk journal. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="110"/>
        <source>The journal database {path} belongs to another vault, not to this key file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="112"/>
        <source>This vault is already open in another CarerDesk window or command. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="115"/>
        <source>The vault is locked. Unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="116"/>
        <source>The encryption library is missing, so CarerDesk will not open the vault. Please reinstall CarerDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="119"/>
        <source>This vault was saved by a newer CarerDesk. Please update CarerDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="121"/>
        <source>There is no child with the id &quot;{id}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="123"/>
        <source>There is no entry with the id &quot;{id}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="125"/>
        <source>More than one record starts with &quot;{id}&quot;. Please give more of the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="144"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
