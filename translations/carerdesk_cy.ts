<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name></name>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="24"/>
        <source>&amp;Edit child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="25"/>
        <source>Correct the selected child&apos;s name, date of birth or placement dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="27"/>
        <source>Chan&amp;ge passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="28"/>
        <source>Choose a new passphrase; your recovery key stays the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="30"/>
        <source>Change the rec&amp;overy key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="31"/>
        <source>A new recovery key, and your journal re-encrypted under a new key; the old recovery key stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="34"/>
        <source>Prin&amp;t this entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="35"/>
        <source>Print the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="37"/>
        <source>Save this entry as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="39"/>
        <source>Save the selected entry as a PDF file (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="41"/>
        <source>Print this da&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="42"/>
        <source>Print every entry of the selected entry&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="44"/>
        <source>Sa&amp;ve this day as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="45"/>
        <source>Save every entry of the selected entry&apos;s day as a PDF file (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="47"/>
        <source>CarerDesk &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="48"/>
        <source>How CarerDesk works, without going online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="50"/>
        <source>&amp;About CarerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="51"/>
        <source>Version, licence, and a promise: CarerDesk never uses the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="151"/>
        <source>&amp;Show this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="152"/>
        <source>&amp;New entry for this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="154"/>
        <source>&amp;Print this day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="155"/>
        <source>Save this day as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/help_dialog.py" line="68"/>
        <location filename="../src/carerdesk/gui/help_dialog.py" line="84"/>
        <source>About CarerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/help_dialog.py" line="69"/>
        <source>CarerDesk {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/help_dialog.py" line="71"/>
        <source>An offline, encrypted journal for foster carers, shaped by the Secure Base model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/help_dialog.py" line="73"/>
        <source>CarerDesk never connects to the network. Your journal is encrypted on this computer and leaves it only when you export it on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/help_dialog.py" line="75"/>
        <source>Free software under the GNU General Public Licence, version 3 or later. The bundled Noto Sans fonts are under the SIL Open Font Licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/help_dialog.py" line="77"/>
        <source>The Welsh translation is new: corrections from Welsh speakers are very welcome.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../src/carerdesk/gui/app.py" line="321"/>
        <source>Your agency&apos;s settings file has a mistake, so CarerDesk cannot start. Please tell your agency: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <location filename="../src/carerdesk/gui/common.py" line="50"/>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common.py" line="50"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common.py" line="51"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common.py" line="51"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common.py" line="52"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common.py" line="52"/>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common.py" line="53"/>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common.py" line="53"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common.py" line="54"/>
        <source>&amp;Help</source>
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
    <name>ChildDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/child_dialog.py" line="22"/>
        <source>Add a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/child_dialog.py" line="22"/>
        <source>Edit a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/child_dialog.py" line="27"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/child_dialog.py" line="31"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/child_dialog.py" line="31"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildFields</name>
    <message>
        <location filename="../src/carerdesk/gui/child_fields.py" line="22"/>
        <source>Child&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/child_fields.py" line="24"/>
        <source>I know the date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/child_fields.py" line="30"/>
        <source>Came to live with us (&amp;placement began)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/child_fields.py" line="32"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/child_fields.py" line="33"/>
        <source>Placement began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/child_fields.py" line="35"/>
        <source>The placement has &amp;ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/child_fields.py" line="38"/>
        <source>Placement ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/child_fields.py" line="49"/>
        <source>Child&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/child_fields.py" line="57"/>
        <source>&amp;Placement began:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="89"/>
        <source>The first child in your care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="90"/>
        <source>You can add brothers and sisters, and other children, later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="94"/>
        <source>Child&apos;s na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="95"/>
        <source>I &amp;know the date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="98"/>
        <source>Child problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="106"/>
        <source>A child&apos;s name cannot be only spaces. Please type the name the child goes by.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/carerdesk/cli/__init__.py" line="98"/>
        <source>Stopped. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/__init__.py" line="102"/>
        <source>Something went wrong inside CarerDesk. Nothing more was changed. Details (without any record text) are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/context.py" line="33"/>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="97"/>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="29"/>
        <source>Added {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="41"/>
        <source>No children yet. Add one with &quot;carerdesk child add --name NAME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="63"/>
        <source>Saved the entry for {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="71"/>
        <source>Saved version {n}; the earlier version is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="83"/>
        <source>first written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="84"/>
        <source>Version {n}, saved {at}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="101"/>
        <source>No entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="130"/>
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
        <location filename="../src/carerdesk/cli/parser.py" line="18"/>
        <location filename="../src/carerdesk/cli/parser.py" line="40"/>
        <source>the vault folder (default: CARERDESK_DATA_DIR, else your user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="22"/>
        <source>read the passphrase (and any new one) from successive lines of standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="29"/>
        <source>print JSON for scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="35"/>
        <source>CarerDesk: an offline, encrypted journal for foster carers. With no command, the app opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="43"/>
        <source>read passphrases from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="50"/>
        <source>agency presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="52"/>
        <source>check an agency preset file; names the field and line of any mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="57"/>
        <source>find entries by their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="58"/>
        <source>the words to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="60"/>
        <location filename="../src/carerdesk/cli/parser.py" line="243"/>
        <source>only this child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="63"/>
        <source>create a new vault filled with realistic, synthetic records for trying the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="65"/>
        <source>years of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="66"/>
        <source>how many children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="67"/>
        <source>random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="68"/>
        <source>check that this installation works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="69"/>
        <source>open the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="75"/>
        <source>create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="77"/>
        <source>carer (default) or supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="78"/>
        <source>the household&apos;s name, shown in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="80"/>
        <source>your name as others see it on your public key (a social worker&apos;s own name; for carers, the carers&apos; names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="84"/>
        <source>write an encrypted, verified backup; prints its path last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="87"/>
        <source>the backup folder (default: the one chosen in the app, else one beside the vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="90"/>
        <source>put a backup in place; the current vault is moved aside, never overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="94"/>
        <source>open the backup with the recovery key instead of the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="97"/>
        <source>the backup is of a different vault, and it is meant to replace this one (which is kept aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="101"/>
        <source>what the vault holds, and an integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="104"/>
        <source>change the passphrase (current, new, confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="107"/>
        <source>also re-encrypt the journal under a new database key and make a new recovery key (shown once); old key files and the old recovery key stop working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="112"/>
        <source>set a new passphrase with the recovery key (recovery key, new, confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="117"/>
        <source>the children in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="120"/>
        <source>add a child; prints the new id last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="121"/>
        <source>the child&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="122"/>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="124"/>
        <source>the date the placement began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="126"/>
        <source>list the children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="138"/>
        <source>{option} must follow a --photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="152"/>
        <source>life-story pages for a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="155"/>
        <source>add a page; prints the page id last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="156"/>
        <location filename="../src/carerdesk/cli/parser.py" line="180"/>
        <location filename="../src/carerdesk/cli/parser.py" line="185"/>
        <source>whose book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="157"/>
        <source>the page&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="158"/>
        <source>the story, told to the child (&quot;You ...&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="160"/>
        <source>a date or a period, e.g. &quot;Summer 2024&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="161"/>
        <source>where it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="162"/>
        <source>the child&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="163"/>
        <source>who was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="165"/>
        <source>how the page looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="167"/>
        <source>a photo (repeat for up to 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="168"/>
        <source>the caption of the photo before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="171"/>
        <source>the caption, read from FILE (- for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="173"/>
        <source>who agreed to the use of the photo before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="175"/>
        <source>who agreed, read from FILE (- for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="177"/>
        <source>include this page in supervision reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="179"/>
        <source>write the book (or one page) as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="181"/>
        <source>the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="182"/>
        <source>only this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="184"/>
        <source>list a child&apos;s pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="190"/>
        <source>journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="193"/>
        <source>write an entry; prints the new id last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="197"/>
        <source>the whole entry as JSON from FILE (- for standard input, after the passphrase line) instead of the options below; its fields are in the README</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="201"/>
        <source>the child it is about (repeat for siblings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="204"/>
        <source>the day it happened (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="205"/>
        <source>the day in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="207"/>
        <source>what happened, for a Secure Base dimension: availability, sensitivity, acceptance, cooperation, family_membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="211"/>
        <source>a 0-10 rating for a dimension; family_membership_birth rates the birth family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="214"/>
        <source>daily_life, health, education, family_time, achievement, incident, missing_from_care, allegation, medication, other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="218"/>
        <source>mark it as a significant event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="219"/>
        <source>who was told about the significant event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="222"/>
        <source>when they were told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="223"/>
        <source>what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="224"/>
        <source>the child&apos;s own words, kept as theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="225"/>
        <source>your own reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="226"/>
        <source>the child&apos;s mood: very_upset, upset, okay, happy, very_happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="230"/>
        <source>change an entry; the earlier version is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="233"/>
        <source>the new text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="234"/>
        <source>why it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="237"/>
        <source>every version of an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="242"/>
        <source>list entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="244"/>
        <source>from this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="245"/>
        <source>to this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/prompts.py" line="17"/>
        <source>The passphrase given is not UTF-8 text (is the terminal or the file in another encoding?). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/prompts.py" line="44"/>
        <source>Standard input ended before every passphrase was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/prompts.py" line="53"/>
        <source>There is no terminal to type the passphrase in. Use --passphrase-stdin to give it on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/prompts.py" line="59"/>
        <source>No passphrase was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/prompts.py" line="68"/>
        <source>There is no terminal to type the recovery key in. Use --passphrase-stdin to give it on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/prompts.py" line="74"/>
        <source>No recovery key was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="22"/>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="23"/>
        <source>Type it again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="31"/>
        <source>Creating the vault; this takes a few seconds...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="39"/>
        <source>Vault created in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="40"/>
        <source>Write the recovery key below on paper and keep it somewhere safe, away from this computer. It is shown only this once; with it you can open the vault if you forget your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="51"/>
        <source>Choose 1 to 50 years and 1 to 8 children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="56"/>
        <source>Writing demo entries: {pct}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/vault_commands.py" line="61"/>
        <source>Demo vault created in {folder} with %n entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="75"/>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="76"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="77"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="78"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="79"/>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="80"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="81"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="82"/>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="83"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="83"/>
        <source>DAMAGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="89"/>
        <source>The vault failed its integrity check. Restore it from a backup; do not keep writing to this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="104"/>
        <source>Re-encrypting the journal under a new key...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="109"/>
        <source>Passphrase changed. The recovery key still works as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="111"/>
        <source>Done: the journal has a new key. Your old recovery key, and copies of vault.json from before (in old backups, say), no longer open it. Write the new recovery key below on paper and keep it somewhere safe; it is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/backup_commands.py" line="18"/>
        <source>Backup written and checked. It opens with your passphrase or your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/backup_commands.py" line="27"/>
        <source>There is no backup file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/backup_commands.py" line="30"/>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="122"/>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/backup_commands.py" line="34"/>
        <source>Passphrase of the backup: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/backup_commands.py" line="37"/>
        <source>Restored the backup into {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/backup_commands.py" line="39"/>
        <source>Your previous vault was kept, unchanged, in {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="129"/>
        <source>A new passphrase is set. Keep your recovery key safe: it still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/lifestory_commands.py" line="44"/>
        <source>Added the page “{title}” with %n photos.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/lifestory_commands.py" line="73"/>
        <source>That page is in another child&apos;s book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/lifestory_commands.py" line="80"/>
        <location filename="../src/carerdesk/cli/report_commands.py" line="50"/>
        <source>Wrote {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="16"/>
        <source>The preset is valid: {agency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="18"/>
        <source> (default recipient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="19"/>
        <source>Social worker: {name}{mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="21"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="21"/>
        <source>the carer may change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/selftest_command.py" line="102"/>
        <source>make a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/selftest_command.py" line="103"/>
        <source>unlock, search, integrity, recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/selftest_command.py" line="104"/>
        <source>start Qt and show the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/selftest_command.py" line="105"/>
        <source>draw PDFs (recovery sheet, life-story book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/selftest_command.py" line="106"/>
        <source>a report goes out, comes back, and a changed one is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/selftest_command.py" line="108"/>
        <source>translations present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="29"/>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="52"/>
        <source>Fingerprint: {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="30"/>
        <source>Name: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="32"/>
        <source>Read the fingerprint aloud to the other person; it must match what their CarerDesk shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="42"/>
        <source>Wrote {path}. Fingerprint: {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="53"/>
        <source>Is this the fingerprint the social worker read to you? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="59"/>
        <source>Check the fingerprint with the social worker (by phone or in person), then run this again with --yes, or answer y on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="74"/>
        <source>Not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="78"/>
        <source>Trusted {name} ({fp}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="94"/>
        <source>No recipients yet. Add one with: carerdesk recipients add FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="102"/>
        <source>Removed {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="111"/>
        <source>Name who the report is for with --recipient (a key file or a name from &quot;carerdesk recipients list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="127"/>
        <source>Say whose report this is with --child (there are {n} children in this vault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="141"/>
        <source>Wrote {path}: %n entries for {child}, {since} to {until}, for {who}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="169"/>
        <source>{file}: imported %n entries for {child}, {since} to {until}, from {carer} ({fp}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="148"/>
        <source>Wrote {path} (the summary, not encrypted: keep it safe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="167"/>
        <source>{file}: already imported ({child}, {since} to {until}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="10"/>
        <source>this vault&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="13"/>
        <source>print the fingerprint, to read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="15"/>
        <source>write the public key file to give to others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="19"/>
        <source>who reports can go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="23"/>
        <source>trust a social worker&apos;s public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="25"/>
        <source>the name to show (default: from the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="27"/>
        <source>send reports here unless told otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="29"/>
        <source>do not ask to confirm the fingerprint (only when you have checked it another way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="32"/>
        <source>the trusted recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="34"/>
        <source>stop trusting a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="38"/>
        <source>a signed, encrypted supervision report for a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="41"/>
        <source>a key file or a known recipient (repeatable; default: the default recipient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="46"/>
        <source>the report package to send (.cdreport)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="48"/>
        <source>also write the summary PDF (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="50"/>
        <source>whose period (needed when there are several children)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="52"/>
        <source>the period in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="53"/>
        <source>what you want to bring to supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="55"/>
        <source>how you are, and the support you would like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="59"/>
        <source>verify, decrypt and store report packages (a supervisor&apos;s vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="66"/>
        <source>imported reports (a supervisor&apos;s vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="70"/>
        <source>one line per imported package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="72"/>
        <source>one report: its period and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="74"/>
        <source>write its summary PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="77"/>
        <source>mark a report as reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="80"/>
        <source>mark it as not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="82"/>
        <source>add a supervision note to a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="84"/>
        <source>the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/report_commands.py" line="24"/>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/report_commands.py" line="24"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/report_commands.py" line="28"/>
        <source>No reports imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/report_commands.py" line="43"/>
        <source>{child}, {since} to {until}: %n entries from {carer}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/report_commands.py" line="46"/>
        <source>Carer&apos;s key: {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/report_commands.py" line="57"/>
        <source>Marked as reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/report_commands.py" line="58"/>
        <source>Marked as not reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/report_commands.py" line="65"/>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/entry_json.py" line="28"/>
        <source>The entry&apos;s JSON is not right: {detail}. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/entry_json.py" line="35"/>
        <source>&quot;{key}&quot; must be text or a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/entry_json.py" line="42"/>
        <source>&quot;{key}&quot; must be an object of names and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/entry_json.py" line="51"/>
        <source>it is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/entry_json.py" line="53"/>
        <source>it must be one object, {...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/entry_json.py" line="61"/>
        <source>Give the entry either as --json or as options, not both (found --{option}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/entry_json.py" line="69"/>
        <source>&quot;{key}&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/entry_json.py" line="81"/>
        <source>&quot;significant&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/entry_json.py" line="84"/>
        <source>there is no field &quot;{key}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/text_files.py" line="43"/>
        <source>only one option can read standard input (-); give the others as files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/text_files.py" line="57"/>
        <source>(--{name}-file keeps the words off the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/text_files.py" line="67"/>
        <source>read it from FILE; - reads standard input (after any passphrase lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/text_files.py" line="103"/>
        <source>Type the words, then press Ctrl-D (on Windows Ctrl-Z and Enter) on a line of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/text_files.py" line="107"/>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/text_files.py" line="121"/>
        <source>There is more in {where} than any field takes ({n} characters at most). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/text_files.py" line="127"/>
        <source>The words in {where} are not UTF-8 text. Save them as UTF-8 and try again. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmKeyPage</name>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="204"/>
        <source>Check your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="209"/>
        <source>A group of the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="211"/>
        <source>Recovery key check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="222"/>
        <source>Type two groups of your recovery key from your paper, to check it was written down right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="226"/>
        <source>Group {n}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="227"/>
        <source>Group {n} of the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="244"/>
        <source>That does not match the key. Go back one page to see it again, and check your paper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../src/carerdesk/reports/summary_pdf.py" line="140"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/reports/summary_pdf.py" line="141"/>
        <source>on %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../src/carerdesk/gui/crash.py" line="25"/>
        <source>CarerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/crash.py" line="26"/>
        <source>Something went wrong inside CarerDesk. What you were writing is kept as a draft in your vault. If it happens again, the details (without any of your records) are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../src/carerdesk/gui/date_edit.py" line="32"/>
        <source>Type the date and time as year-month-day hours:minutes, for example 2016-05-20 14:30, or choose the day from the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/date_edit.py" line="35"/>
        <source>Type the date as year-month-day, for example 2016-05-20, or choose it from the calendar</source>
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
    <name>DimensionTab</name>
    <message>
        <location filename="../src/carerdesk/gui/dimension_tab.py" line="34"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; helps the child to {benefit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/dimension_tab.py" line="54"/>
        <source>{title} rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/dimension_tab.py" line="55"/>
        <source>Foster family rating (0-10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/dimension_tab.py" line="56"/>
        <source>Rating (0-10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/dimension_tab.py" line="60"/>
        <source>Birth family rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/dimension_tab.py" line="61"/>
        <source>Birth family rating (0-10):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../src/carerdesk/gui/entry_editor.py" line="57"/>
        <source>Amend entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_editor.py" line="57"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_editor.py" line="81"/>
        <source>&amp;Reason for the change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_editor.py" line="94"/>
        <source>Save problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_editor.py" line="96"/>
        <source>Draft status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_editor.py" line="106"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_editor.py" line="107"/>
        <source>R&amp;edo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_editor.py" line="108"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_editor.py" line="110"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_editor.py" line="111"/>
        <source>Save the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_editor.py" line="109"/>
        <source>Close the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_editor.py" line="100"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_editor.py" line="83"/>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_editor.py" line="84"/>
        <source>Why are you changing this entry? The earlier version is kept, with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_editor.py" line="150"/>
        <source>&amp;Keep draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_editor.py" line="151"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_editor.py" line="153"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_editor.py" line="190"/>
        <source>Draft kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_editor.py" line="145"/>
        <source>Keep this draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_editor.py" line="146"/>
        <source>This entry is not saved yet. Keep it as a draft to finish later?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="55"/>
        <source>Date of the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="61"/>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="63"/>
        <source>The child&apos;s mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="65"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="70"/>
        <source>Secure Base dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="74"/>
        <source>The child&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="75"/>
        <source>Exactly as they said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="76"/>
        <source>My reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="86"/>
        <source>Si&amp;gnificant event (the regulations&apos; list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="89"/>
        <source>Significant event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="91"/>
        <source>Kind of significant event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="95"/>
        <source>Who was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="100"/>
        <source>When they were told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="101"/>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="103"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="104"/>
        <source>Who was told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="105"/>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="106"/>
        <source>What happens next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="111"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="117"/>
        <source>About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="118"/>
        <source>&amp;Mood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="126"/>
        <source>&lt;b&gt;The day&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="128"/>
        <source>&lt;b&gt;The Secure Base dimensions&lt;/b&gt; (fill what fits; each part is optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="131"/>
        <source>&lt;b&gt;In the child&apos;s own words&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="133"/>
        <source>&lt;b&gt;My reflection&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_form.py" line="136"/>
        <source>&lt;b&gt;Categories&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryPrint</name>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/entry_print.py" line="52"/>
        <source>{day}: %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_print.py" line="94"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_print.py" line="103"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_print.py" line="105"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_print.py" line="121"/>
        <source>Choose an entry in the timeline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_print.py" line="143"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_print.py" line="155"/>
        <source>Saved as {path}. Anyone who can open that file can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/entry_print.py" line="158"/>
        <source>The PDF could not be written to {path}. Is the folder there, and may you write in it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="69"/>
        <source>Supervision report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="72"/>
        <source>Choose the period, then “Preview” to see the summary exactly as your social worker will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="86"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="92"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="93"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="97"/>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="100"/>
        <source>The period in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="101"/>
        <source>A settled month; first sleepover at a friend&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="103"/>
        <source>To bring to supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="104"/>
        <source>Questions you want to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="105"/>
        <source>Your wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="106"/>
        <source>How you are, and any support you would like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="107"/>
        <source>Also save the summary as a P&amp;DF (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="110"/>
        <source>Se&amp;nd to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="112"/>
        <source>In a s&amp;entence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/export_dialog.py" line="219"/>
        <source>%n entries in this period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/export_dialog.py" line="251"/>
        <source>Saved {path}: %n entries, signed by you and encrypted for {who}. Send this file to them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="109"/>
        <source>&amp;Child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="109"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="110"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="113"/>
        <source>&amp;Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="114"/>
        <source>&amp;Wellbeing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="122"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="139"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="141"/>
        <source>&amp;Add recipient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="143"/>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="213"/>
        <source>Add a child first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="225"/>
        <source>Tick who the report is for, or add your social worker&apos;s key with “Add recipient…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="230"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="231"/>
        <source>CarerDesk reports (*.cdreport)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/export_dialog.py" line="255"/>
        <source>The PDF {path} is not encrypted: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../src/carerdesk/gui/filter_bar.py" line="58"/>
        <source>Search your journal (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/filter_bar.py" line="61"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/filter_bar.py" line="62"/>
        <source>Filter by dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/filter_bar.py" line="62"/>
        <source>All dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/filter_bar.py" line="65"/>
        <source>Filter by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/filter_bar.py" line="65"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/filter_bar.py" line="68"/>
        <source>Si&amp;gnificant only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/filter_bar.py" line="72"/>
        <source>Sho&amp;w all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/filter_bar.py" line="73"/>
        <source>Show all entries: clear every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/filter_bar.py" line="85"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/filter_bar.py" line="87"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/filter_bar.py" line="124"/>
        <source>the words “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/filter_bar.py" line="129"/>
        <source>significant events only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/filter_bar.py" line="132"/>
        <source>the day {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/filter_bar.py" line="135"/>
        <source>from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/filter_bar.py" line="137"/>
        <source>until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/filter_bar.py" line="69"/>
        <source>Only significant events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/filter_bar.py" line="70"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/filter_bar.py" line="71"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/help_dialog.py" line="36"/>
        <source>CarerDesk help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/help_dialog.py" line="38"/>
        <source>Help text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/help_dialog.py" line="45"/>
        <source>About the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/help_dialog.py" line="60"/>
        <source>CarerDesk does not open links: it never uses the network. The link was: {link}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/history.py" line="15"/>
        <source>Entry history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/history.py" line="19"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/history.py" line="23"/>
        <source>first written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/history.py" line="24"/>
        <source>Version {n}, {when}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/history.py" line="27"/>
        <source>The version&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="43"/>
        <source>Your household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="44"/>
        <source>How your household appears on reports you choose to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="46"/>
        <source>Household name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="47"/>
        <source>Carers&apos; names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="48"/>
        <source>for example: The Brown family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="51"/>
        <source>Household problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="53"/>
        <source>&amp;Household name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="63"/>
        <source>A household name cannot be only spaces. Please type the name, for example: The Brown family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="66"/>
        <source>The carers&apos; names cannot be only spaces. Type the names, or leave the box empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="54"/>
        <source>&amp;Carers&apos; names:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="54"/>
        <source>CarerDesk: supervision inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="57"/>
        <source>Carer, child and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="57"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="58"/>
        <source>Reports by carer and child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="80"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="83"/>
        <source>Your supervision notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="86"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="87"/>
        <source>Your note for this supervision (kept only in your vault; notes are added, never changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="90"/>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="92"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="79"/>
        <source>Re&amp;viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="93"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="110"/>
        <source>&amp;Import reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="112"/>
        <source>Verify and add reports carers sent you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="113"/>
        <source>My &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="115"/>
        <source>Your fingerprint and public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="116"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="117"/>
        <source>Lock CarerDesk now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="119"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="120"/>
        <source>Lock and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="121"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="122"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="144"/>
        <source>{since} to {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="147"/>
        <source>Imported {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="156"/>
        <source>No reports yet.

Give carers your public key (My key…) and read them your fingerprint. When a carer sends you a .cdreport file, choose Import reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/inbox_window.py" line="182"/>
        <source>&lt;b&gt;{child}&lt;/b&gt;&lt;br&gt;{since} to {until}&lt;br&gt;%n entries from {carer}&lt;br&gt;Carer&apos;s key: {fp}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/inbox_window.py" line="237"/>
        <source>Checking and importing %n files…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/inbox_window.py" line="254"/>
        <source>{child}, {since} to {until}: %n entries from {carer}, signature checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/inbox_window.py" line="268"/>
        <source>{ok} of %n files imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="232"/>
        <source>Import reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="233"/>
        <source>CarerDesk reports (*.cdreport);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="252"/>
        <source>{child}, {since} to {until}: already in your inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/inbox_window.py" line="272"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="54"/>
        <source>Keys and recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="63"/>
        <source>Your fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="64"/>
        <source>&amp;Save my public key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="66"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="70"/>
        <source>Your fingerprint. Read it aloud when someone adds your key, so they know it is really yours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="75"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="88"/>
        <source>Reports can go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="91"/>
        <source>&amp;Add from a key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="93"/>
        <source>Make &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="95"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="106"/>
        <source>Your name on your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="107"/>
        <source>Save &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="109"/>
        <source>Your name on your key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="122"/>
        <source>Saved. Key files you save from now on carry this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="130"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="132"/>
        <source>set by your agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="142"/>
        <source>Save my public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="144"/>
        <source>CarerDesk keys (*.key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="155"/>
        <source>Saved {path}. It holds no secrets: give it to your social worker or carers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="162"/>
        <source>A social worker&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="163"/>
        <source>CarerDesk keys (*.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="171"/>
        <source>Not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="177"/>
        <source>Key not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="181"/>
        <source>Added {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="194"/>
        <source>Remove a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="195"/>
        <source>Stop sending reports to {name}? You can add their key again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifeStory</name>
    <message>
        <location filename="../src/carerdesk/domain/lifestory.py" line="28"/>
        <source>Big photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/lifestory.py" line="29"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/lifestory.py" line="30"/>
        <source>Story first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/lifestory.py" line="31"/>
        <source>Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/lifestory_pdf.py" line="68"/>
        <source>You said: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/lifestory_pdf.py" line="76"/>
        <source>Who was there: {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/lifestory_pdf.py" line="141"/>
        <source>{name}&apos;s life story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/lifestory_pdf.py" line="164"/>
        <source>What is in this book</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifeStoryWindow</name>
    <message>
        <location filename="../src/carerdesk/gui/lifestory_window.py" line="37"/>
        <source>{name}&apos;s life story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory_window.py" line="40"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory_window.py" line="51"/>
        <source>Pr&amp;int the book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory_window.py" line="60"/>
        <location filename="../src/carerdesk/gui/lifestory_window.py" line="62"/>
        <source>Page preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory_window.py" line="42"/>
        <source>Life story problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory_window.py" line="44"/>
        <source>&amp;New page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory_window.py" line="45"/>
        <source>&amp;Change this page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory_window.py" line="46"/>
        <source>&amp;Remove this page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory_window.py" line="47"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory_window.py" line="48"/>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory_window.py" line="49"/>
        <source>Export this &amp;page (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory_window.py" line="50"/>
        <source>Export the &amp;book (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory_window.py" line="85"/>
        <source>No pages yet. Choose “New page” to start {name}&apos;s book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory_window.py" line="112"/>
        <source>Remove this page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory_window.py" line="113"/>
        <source>Remove “{title}” and its photos from {name}&apos;s book? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory_window.py" line="130"/>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory_window.py" line="147"/>
        <source>{name}&apos;s life story.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="53"/>
        <source>CarerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="57"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="66"/>
        <source>Journal timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="70"/>
        <source>No entries to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="73"/>
        <source>The selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="78"/>
        <source>A notice from CarerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="118"/>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="119"/>
        <source>Write a new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="120"/>
        <source>&amp;Amend entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="122"/>
        <source>Change the selected entry; the earlier version is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="124"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="126"/>
        <source>Every version of the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="127"/>
        <source>Add a &amp;child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="129"/>
        <source>Add a child to the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="130"/>
        <source>Resume a &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="132"/>
        <source>Open the newest entry you have not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="133"/>
        <source>Life &amp;story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="135"/>
        <source>Life-story pages for the selected child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="136"/>
        <source>Supervision &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="139"/>
        <source>A summary of a period for your social worker, signed and encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="141"/>
        <source>&amp;Keys and recipients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="143"/>
        <source>Your fingerprint, and who reports can go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="144"/>
        <source>F&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/main_window.py" line="228"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/main_window.py" line="230"/>
        <source>Showing {shown} of %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/main_window.py" line="231"/>
        <source>%n children</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/main_window.py" line="233"/>
        <source>%n unsaved drafts: Journal → Resume a draft (Ctrl+D)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="246"/>
        <source>No entries yet. Write the first with Journal → New entry (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="248"/>
        <source>No entries match: {filters}. Show all (Alt+W) clears the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="251"/>
        <source>No entries to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="145"/>
        <source>Search your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="146"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="148"/>
        <source>Lock CarerDesk now; your draft is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="151"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="154"/>
        <source>Auto-lock time and backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="155"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="157"/>
        <source>Write an encrypted backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="158"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="159"/>
        <source>Lock and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="163"/>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="171"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_window.py" line="203"/>
        <source>All children</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/carerdesk/messages.py" line="18"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="19"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="20"/>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="21"/>
        <source>placement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="23"/>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="24"/>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="25"/>
        <source>entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="26"/>
        <source>reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="27"/>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="28"/>
        <source>household name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="29"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="30"/>
        <source>story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="61"/>
        <source>CarerDesk cannot write to {path}: the folder is read-only or you do not have permission. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="59"/>
        <source>The disk holding {path} is full. Nothing was lost; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="22"/>
        <source>placement end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="31"/>
        <source>time they were told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="32"/>
        <source>who was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="33"/>
        <source>next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="34"/>
        <source>child&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="35"/>
        <source>reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="36"/>
        <source>dimension note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="37"/>
        <source>carers&apos; names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="38"/>
        <source>agency name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="39"/>
        <source>date or period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="40"/>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="41"/>
        <source>people who were there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="42"/>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="43"/>
        <source>note of who agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="44"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="45"/>
        <source>headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="46"/>
        <source>questions for supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="47"/>
        <source>wellbeing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="48"/>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="63"/>
        <source>The folder {path} is not there (if it is on a USB stick, is the stick plugged in?). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="66"/>
        <source>CarerDesk could not write to {path}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="73"/>
        <source>That recovery key is the wrong length: it has 13 groups of 5 letters and digits. Please check it and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="75"/>
        <source>Group {group} of the recovery key does not look right. Please check that group and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="82"/>
        <source>The passphrase must have at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="85"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/messages.py" line="87"/>
        <source>The {field} is too long: it has {length} characters, and at most %n fit. Nothing was saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="91"/>
        <source>The {field} {value} is too long ago: CarerDesk takes dates from {year} on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="95"/>
        <source>The {field} {value} is too far in the future: CarerDesk takes dates up to {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="99"/>
        <source>&quot;{value}&quot; is not a date and time that exists. Please write it as YYYY-MM-DDTHH:MM, for example 2026-03-14T16:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="103"/>
        <source>The {field} {value} is in the future. Please give a date that has already come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="106"/>
        <source>&quot;{value}&quot; is not a date that exists. Please write it as YYYY-MM-DD, for example 2026-03-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="109"/>
        <source>The start date is after the end date. Please swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="111"/>
        <source>The placement cannot end before it began. Please check the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="114"/>
        <source>The {field} cannot be before the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="116"/>
        <source>Choose which child (or children) this entry is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="118"/>
        <source>The {field} is empty. Please write something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="120"/>
        <source>&quot;{value}&quot; is not a Secure Base dimension. Use one of: availability, sensitivity, acceptance, cooperation, family_membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="124"/>
        <source>&quot;{value}&quot; is not a category. Use one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="127"/>
        <source>{value} is not a photo CarerDesk can read (JPEG, PNG, GIF, BMP, WebP or TIFF). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="130"/>
        <source>{value} is too large a picture (over 50 megapixels). Make it smaller first. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="133"/>
        <source>CarerDesk cannot read {value}: it is missing or you do not have permission. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="136"/>
        <source>A page holds at most 4 photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="138"/>
        <source>&quot;{value}&quot; is not a mood. Use one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="141"/>
        <source>A rating is a whole number from 0 to 10; &quot;{value}&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="143"/>
        <source>The {field} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="149"/>
        <source>Your newest backup is {backup}; restore it with: carerdesk restore &quot;{backup}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="151"/>
        <source>Restore it from a backup with: carerdesk restore FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="155"/>
        <source>The journal database {path} is empty: everything in it is gone, so CarerDesk will not open it as a new journal. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="158"/>
        <source>{path} is a folder, not the journal database, so the vault cannot be opened. Nothing was changed. Move it away, then restore the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="161"/>
        <source>{path} is not this vault&apos;s journal (it has no vault identity), so CarerDesk will not open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="164"/>
        <source>The journal database {path} is an older copy than its key file: an older carerdesk.db was put in place, and entries written since may be missing from it. CarerDesk will not open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="179"/>
        <source>The key file {path} is an older copy than the journal database (it was put back from a backup or another copy), so CarerDesk will not open the vault with it. Nothing was changed. Put back the newest vault.json, or restore the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="184"/>
        <source>The key file {path} has been changed, or does not belong to this journal database, so the vault cannot be opened. Nothing was changed. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="188"/>
        <source>There is no CarerDesk vault in {folder}. Create one with &quot;carerdesk init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="191"/>
        <source>A vault already exists in {folder}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="193"/>
        <source>That passphrase is not right. Nothing was changed. If you have forgotten it, use your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="196"/>
        <source>That recovery key does not open this vault. Is it the key for another vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="198"/>
        <source>The key file {path} is missing, so the vault cannot be opened. Restore it from a backup; nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="201"/>
        <source>The key file {path} is damaged ({detail}), so the vault cannot be opened. Restore it from a backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="204"/>
        <source>This vault was made by a newer CarerDesk (format {version}). Please update CarerDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="207"/>
        <source>The journal database {path} is missing. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="210"/>
        <source>The journal database {path} is damaged and cannot be read. Nothing was changed. Your newest backup is {backup}; restore it with: carerdesk restore &quot;{backup}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="214"/>
        <source>The journal database {path} is damaged and cannot be read. Nothing was changed. Restore it from a backup with: carerdesk restore FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="218"/>
        <source>{path} is not an encrypted CarerDesk journal. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="223"/>
        <source>This vault is already open in another CarerDesk window or command. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="226"/>
        <source>{path} is not a CarerDesk backup, or it is damaged or cut short. Nothing was changed. Try an older backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="229"/>
        <source>{path} is a backup of a different vault (one made on {created}), not of this one. Nothing was changed. If you mean to replace this vault with it, restore again with --other-vault; this vault will be kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="234"/>
        <source>The vault is locked. Unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="235"/>
        <source>The encryption library is missing, so CarerDesk will not open the vault. Please reinstall CarerDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="238"/>
        <source>This vault was saved by a newer CarerDesk. Please update CarerDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="240"/>
        <source>There is no child called &quot;{id}&quot; (or with that id). &quot;carerdesk child list&quot; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="334"/>
        <source>Social worker {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="335"/>
        <source>Carer {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="243"/>
        <source>There is no life-story page with the id &quot;{id}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="220"/>
        <source>The journal database {path} does not belong with this key file: one of them is from another vault, or from before a change of keys. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="245"/>
        <source>There is no entry with the id &quot;{id}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="247"/>
        <source>More than one record starts with &quot;{id}&quot;. Please give more of the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="254"/>
        <source>{path} is not a CarerDesk report. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="256"/>
        <source>{path} was made by a newer CarerDesk. Please update CarerDesk to import it. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="259"/>
        <source>{path} has been changed or damaged since the carer made it, so it cannot be trusted. Nothing was imported. Ask the carer to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="262"/>
        <source>{path} is cut short (was the download or copy finished?). Nothing was imported. Ask the carer to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="265"/>
        <source>{path} was made for someone else, not for the owner of this vault. Nothing was imported. Ask the carer to export it to your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="268"/>
        <source>WARNING: {path} claims to come from {name}, but it is signed with a different key from the one their earlier reports used. It may not be from them. Nothing was imported. Check with the carer, by phone, before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="273"/>
        <source>{path} is far larger than any CarerDesk report. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="275"/>
        <source>Reports are imported into a supervising social worker&apos;s vault (carerdesk init --role supervisor). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="281"/>
        <source>{path} is not a CarerDesk public key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="282"/>
        <source>The key in {path} is damaged or mistyped. Ask for the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="284"/>
        <source>The key in {path} does not match the fingerprint written in it: the file was changed. Do not trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="287"/>
        <source>That is this vault&apos;s own key. Add the social worker&apos;s key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="294"/>
        <source>There is no recipient &quot;{id}&quot;. Give a key file, or a name from &quot;carerdesk recipients list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="297"/>
        <source>There is no imported report &quot;{id}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="314"/>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="317"/>
        <source>That is a foster carer&apos;s key{path}, not a supervising social worker&apos;s. Reports can only be sent to social workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="321"/>
        <source>the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/messages.py" line="325"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../src/carerdesk/gui/month_view.py" line="26"/>
        <source>Month view: days with entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/month_view.py" line="32"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/month_view.py" line="33"/>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/month_view.py" line="34"/>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/month_view.py" line="35"/>
        <source>Choose the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/month_view.py" line="36"/>
        <source>Choose the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/month_view.py" line="37"/>
        <source>Days of the month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NarrativeEdit</name>
    <message>
        <location filename="../src/carerdesk/gui/narrative.py" line="24"/>
        <source>The day in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/narrative.py" line="25"/>
        <source>What happened today? Say what went well, too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/narrative.py" line="29"/>
        <source>Language suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/narrative.py" line="31"/>
        <source>Mark the selected words as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/narrative.py" line="32"/>
        <source>&amp;Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/narrative.py" line="32"/>
        <source>My &amp;opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/narrative.py" line="33"/>
        <source>What someone else sa&amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/narrative.py" line="38"/>
        <source>Mark as {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/narrative.py" line="43"/>
        <source>&amp;No mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/narrative.py" line="44"/>
        <source>Remove the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/narrative.py" line="58"/>
        <source>&quot;{found}&quot;: you might say &quot;{instead}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="43"/>
        <source>New life-story page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="43"/>
        <source>Change the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="50"/>
        <source>Tell it to the child: “You ...”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="54"/>
        <source>&amp;Include this page in supervision reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="57"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="57"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="58"/>
        <source>Who agreed to its use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="60"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="60"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="61"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="61"/>
        <source>In your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="62"/>
        <source>Who was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="62"/>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="63"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="63"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="65"/>
        <source>Add a &amp;photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="66"/>
        <source>&amp;Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="69"/>
        <source>Page problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="77"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="78"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="79"/>
        <source>Wh&amp;ere:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="80"/>
        <source>St&amp;ory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="81"/>
        <source>In their own wor&amp;ds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="82"/>
        <source>Who was t&amp;here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="83"/>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="111"/>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="117"/>
        <source>Choose photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/page_dialog.py" line="118"/>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../src/carerdesk/domain/passphrase.py" line="30"/>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/passphrase.py" line="31"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/passphrase.py" line="32"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/passphrase.py" line="33"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/passphrase.py" line="34"/>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/passphrase.py" line="63"/>
        <source>This is a very common password; anyone would guess it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/passphrase.py" line="66"/>
        <source>Use at least {minimum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/passphrase.py" line="68"/>
        <source>Three or four unrelated words make a passphrase that is strong and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/passphrase.py" line="72"/>
        <source>Avoid repeating the same characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/passphrase_dialog.py" line="26"/>
        <source>Change your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/passphrase_dialog.py" line="28"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/passphrase_dialog.py" line="29"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/passphrase_dialog.py" line="30"/>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/passphrase_dialog.py" line="34"/>
        <source>Your recovery key stays the same. Choose a new passphrase of at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/passphrase_dialog.py" line="37"/>
        <source>Passphrase problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/passphrase_dialog.py" line="42"/>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/passphrase_dialog.py" line="45"/>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/passphrase_dialog.py" line="46"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/passphrase_dialog.py" line="48"/>
        <source>New passphrase &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="56"/>
        <source>Choose your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="57"/>
        <source>It opens your journal. Nobody else, not even your agency, can open it without this passphrase or your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="62"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="63"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="67"/>
        <source>Passphrase problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="71"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="73"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../src/carerdesk/gui/pdf_preview.py" line="20"/>
        <source>Preview of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/pdf_preview.py" line="42"/>
        <source>Drawing the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/pdf_preview.py" line="46"/>
        <source>The preview could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/pdf_preview.py" line="56"/>
        <source>Page {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/preferences.py" line="28"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/preferences.py" line="31"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/preferences.py" line="33"/>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/preferences.py" line="35"/>
        <location filename="../src/carerdesk/gui/preferences.py" line="70"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/preferences.py" line="36"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/preferences.py" line="49"/>
        <source>&amp;Lock CarerDesk after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/preferences.py" line="50"/>
        <source>&amp;Back up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/preferences.py" line="37"/>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/preferences.py" line="61"/>
        <source>Set by {agency}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <location filename="../src/carerdesk/preset.py" line="31"/>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/preset.py" line="32"/>
        <source>is a folder, not a preset file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/preset.py" line="33"/>
        <source>is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/preset.py" line="34"/>
        <source>cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/preset.py" line="35"/>
        <source>must be &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/preset.py" line="36"/>
        <source>must be {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/preset.py" line="37"/>
        <source>is not a preset field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/preset.py" line="38"/>
        <source>the agency&apos;s name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/preset.py" line="39"/>
        <source>no file at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/preset.py" line="40"/>
        <source>must be [[social_workers]] tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/preset.py" line="41"/>
        <source>is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/preset.py" line="42"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/preset.py" line="43"/>
        <source>must be a [policies] table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/preset.py" line="44"/>
        <source>is not a policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/preset.py" line="45"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/preset.py" line="46"/>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/preset.py" line="47"/>
        <source>must be from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/preset.py" line="48"/>
        <source>must be a [locked] table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/preset.py" line="49"/>
        <source>is not a CarerDesk public key: copy the line that starts “cdk1.” from the social worker&apos;s key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/preset.py" line="52"/>
        <source>only one social worker can be the default recipient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/recover.py" line="21"/>
        <source>Forgotten passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/recover.py" line="22"/>
        <source>Type the recovery key from your recovery sheet, then choose a new passphrase. Nothing in your journal is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/recover.py" line="27"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/recover.py" line="30"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/recover.py" line="31"/>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/recover.py" line="34"/>
        <source>Recovery problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/recover.py" line="39"/>
        <source>&amp;Set new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/recover.py" line="42"/>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/recover.py" line="43"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/recover.py" line="44"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="119"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="120"/>
        <source>If you forget your passphrase, this key is the only way back into your journal. Write it down or print it now: it is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="126"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="127"/>
        <source>&amp;Save recovery sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="128"/>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="191"/>
        <source>Save recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="129"/>
        <source>&amp;Print recovery sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="130"/>
        <source>Print recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="133"/>
        <source>Setting up stopped last time before your recovery key was checked, and a key is never shown twice. So here is a new one: write this one down. The key shown last time no longer opens your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="137"/>
        <source>Recovery key problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="142"/>
        <source>Keep the sheet somewhere safe and private, away from the computer. Anyone with the key and your computer could read your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="188"/>
        <source>Sent to the printer. Keep the paper somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="38"/>
        <location filename="../src/carerdesk/reports/recovery_sheet.py" line="56"/>
        <location filename="../src/carerdesk/reports/recovery_sheet.py" line="61"/>
        <source>CarerDesk recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="40"/>
        <location filename="../src/carerdesk/reports/recovery_sheet.py" line="75"/>
        <source>If you ever forget your passphrase, open CarerDesk, choose &quot;Forgotten passphrase&quot; and type this key. You can then choose a new passphrase; nothing in your journal is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_keys.py" line="44"/>
        <location filename="../src/carerdesk/reports/recovery_sheet.py" line="78"/>
        <source>Anyone who has this sheet and your computer could read your records. Keep it somewhere safe and private, away from the computer: with your important papers, or in a locked drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/recovery_sheet.py" line="65"/>
        <source>Made on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/recovery_sheet.py" line="69"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/recovery_sheet.py" line="81"/>
        <source>The key uses the digits 0-9 and the letters A-Z without I, L, O and U, so nothing can be mistaken for 1 or 0. Capital or small letters, spaces and dashes do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/rekey_dialog.py" line="42"/>
        <source>Change the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/rekey_dialog.py" line="54"/>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/rekey_dialog.py" line="55"/>
        <source>Your &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/rekey_dialog.py" line="57"/>
        <source>Recovery key problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/rekey_dialog.py" line="62"/>
        <source>&amp;Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/rekey_dialog.py" line="66"/>
        <source>CarerDesk will make a new recovery key and re-encrypt your journal under a new key. After that, your old recovery key and copies of the key file from before no longer open this journal. Your passphrase stays the same. Backups made before now still open with the key of their day: keep them as safe as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/rekey_dialog.py" line="84"/>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/rekey_dialog.py" line="86"/>
        <source>I have &amp;written the new recovery key down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/rekey_dialog.py" line="89"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/rekey_dialog.py" line="93"/>
        <source>Your new recovery key is below. Write it on paper now and keep it somewhere safe, away from the computer: it is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="148"/>
        <source>Finish setting up CarerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="149"/>
        <source>Set up CarerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="169"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="169"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="170"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="171"/>
        <source>Cance&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="179"/>
        <source>Setting up was not finished last time. Your journal and your passphrase are kept; these are the steps left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="232"/>
        <source>Could not save the sheet: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="235"/>
        <source>Saved to {path}. Print it, then keep the paper safe and delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="262"/>
        <source>Finish setting up later?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="263"/>
        <source>Your journal is made and locked with your passphrase, but setting up is not finished. Next time you open CarerDesk and type your passphrase, it carries on from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="268"/>
        <source>Your recovery key has not been checked yet, so next time CarerDesk will make a new one for you to write down, and this one will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="270"/>
        <source>&amp;Finish later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="272"/>
        <source>&amp;Keep setting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="274"/>
        <source>Finish later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard.py" line="275"/>
        <source>Keep setting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_roles.py" line="43"/>
        <source>Name problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../src/carerdesk/gui/strength.py" line="20"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/strength.py" line="40"/>
        <source>Choose a passphrase only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/strength.py" line="41"/>
        <source>Three or four unrelated words make a passphrase that is strong and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/strength.py" line="50"/>
        <source>Strength: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/strength.py" line="53"/>
        <source>Good choice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../src/carerdesk/reports/charts.py" line="59"/>
        <source>Dimensions recorded, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/charts.py" line="103"/>
        <source>Nothing rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/charts.py" line="113"/>
        <source>Ratings (0-10), weekly average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/charts.py" line="119"/>
        <source>The child&apos;s mood (1 very upset, 5 very happy), weekly average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/charts.py" line="121"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <location filename="../src/carerdesk/supervision.py" line="74"/>
        <source>Reports are exported from a carer&apos;s vault. This vault belongs to a supervising social worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/supervision.py" line="76"/>
        <source>Gathering the entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/supervision.py" line="79"/>
        <source>{child} has no entries from {since} to {until}, so there is nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/supervision.py" line="82"/>
        <source>Drawing the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/supervision.py" line="86"/>
        <source>Signing and encrypting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/supervision.py" line="88"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <location filename="../src/carerdesk/gui/wizard_roles.py" line="110"/>
        <location filename="../src/carerdesk/gui/wizard_roles.py" line="114"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_roles.py" line="111"/>
        <source>Carers see this name when they add your key, so they know the reports they send are for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_roles.py" line="115"/>
        <source>for example: Sam Okafor, Fostering Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_roles.py" line="118"/>
        <source>Name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_roles.py" line="120"/>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_roles.py" line="132"/>
        <source>Your name cannot be only spaces. Please type the name carers know you by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_roles.py" line="122"/>
        <source>Next, CarerDesk opens your inbox. Give each carer your public key (Reports → My key) and read its fingerprint to them, so their reports can only be opened by you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/unlock.py" line="33"/>
        <source>Unlock CarerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/unlock.py" line="35"/>
        <source>&lt;h2&gt;Welcome back&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/unlock.py" line="36"/>
        <source>Your journal is locked. Type your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/unlock.py" line="40"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/unlock.py" line="41"/>
        <source>Unlock problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/unlock.py" line="43"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/unlock.py" line="45"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/unlock.py" line="46"/>
        <source>&amp;Forgotten passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/unlock.py" line="47"/>
        <source>Forgotten passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/unlock.py" line="49"/>
        <source>&amp;Restore the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/unlock.py" line="50"/>
        <source>Restore the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/unlock.py" line="55"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../src/carerdesk/gui/wizard_roles.py" line="61"/>
        <source>Welcome to CarerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_roles.py" line="66"/>
        <source>CarerDesk keeps your daily records about the children in your care, on this computer only, locked with a passphrase. Nothing leaves this computer unless you choose to send it.

Setting up takes about two minutes: a passphrase, your recovery key, then your household and the first child (a social worker gives just their name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_roles.py" line="71"/>
        <source>I am a &amp;foster carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_roles.py" line="73"/>
        <source>I am a &amp;supervising social worker: I read the reports carers send me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_roles.py" line="88"/>
        <source>&lt;b&gt;Set up for {agency}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/wizard_roles.py" line="92"/>
        <source>Your supervising social workers: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Writing</name>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="32"/>
        <source>Very upset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="33"/>
        <source>Upset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="34"/>
        <source>Okay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="35"/>
        <source>Happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="36"/>
        <source>Very happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="49"/>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="50"/>
        <source>My opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="51"/>
        <source>What someone else said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="65"/>
        <source>Playfulness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="66"/>
        <source>Was there a light moment, and how did it land?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="67"/>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="68"/>
        <source>What feeling underneath did you accept, without judging it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="69"/>
        <source>Curiosity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="70"/>
        <source>What do you wonder about what was going on for them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="71"/>
        <source>Empathy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="72"/>
        <source>How did you show you understood how hard it was?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="85"/>
        <source>family time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="86"/>
        <source>having a hard time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="87"/>
        <source>became very upset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="88"/>
        <source>needing connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="89"/>
        <source>trying to get a need met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="90"/>
        <source>was missing from home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="91"/>
        <source>the move ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="92"/>
        <source>a sleepover with another carer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../src/carerdesk/gui/entry_editor.py" line="32"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <location filename="../src/carerdesk/gui/common.py" line="34"/>
        <source>Something went wrong inside CarerDesk. Nothing more was changed. Details (without any record text) are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../src/carerdesk/gui/dimension_tab.py" line="20"/>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/filter_bar.py" line="36"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common.py" line="90"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="43"/>
        <source>Check the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="44"/>
        <source>{name}

Fingerprint:
{fp}

Is this the fingerprint {name} read to you (by phone or in person)? Only trust it if every digit matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/keys_dialog.py" line="46"/>
        <source>This key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../src/carerdesk/gui/app.py" line="252"/>
        <source>Your agency&apos;s settings file has a mistake, so CarerDesk keeps the settings it had. Please tell your agency: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../src/carerdesk/gui/app.py" line="140"/>
        <source>Backup written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/app.py" line="148"/>
        <source>No backup today: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="64"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="76"/>
        <source>What to do with this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="149"/>
        <source>What to do with this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="177"/>
        <location filename="../src/carerdesk/gui/main_actions.py" line="67"/>
        <source>Choose a child on the left first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="184"/>
        <source>{name} is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="193"/>
        <source>Your passphrase is changed. Use the new one from now on; your recovery key is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/housekeeping.py" line="203"/>
        <source>Your journal has a new key and a new recovery key; the old recovery key no longer opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_actions.py" line="106"/>
        <source>Writing a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_actions.py" line="109"/>
        <source>Backup written and checked: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/main_actions.py" line="112"/>
        <source>The backup failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
