<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaseloadModel</name>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="115"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="145"/>
        <source>Wrote {path}: %n entries for {child}, {since} to {until}, for {who}.</source>
        <translation>
            <numerusform>Wrote {path}: %n entry for {child}, {since} to {until}, for {who}.</numerusform>
            <numerusform>Wrote {path}: %n entries for {child}, {since} to {until}, for {who}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="172"/>
        <source>{file}: imported %n entries for {child}, {since} to {until}, from {carer} ({fp}).</source>
        <translation>
            <numerusform>{file}: imported %n entry for {child}, {since} to {until}, from {carer} ({fp}).</numerusform>
            <numerusform>{file}: imported %n entries for {child}, {since} to {until}, from {carer} ({fp}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/lifestory_commands.py" line="44"/>
        <source>Added the page “{title}” with %n photos.</source>
        <translation>
            <numerusform>Added the page “{title}” with %n photo.</numerusform>
            <numerusform>Added the page “{title}” with %n photos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/report_commands.py" line="50"/>
        <source>{child}, {since} to {until}: %n entries from {carer}</source>
        <translation>
            <numerusform>{child}, {since} to {until}: %n entry from {carer}</numerusform>
            <numerusform>{child}, {since} to {until}: %n entries from {carer}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/vault_commands.py" line="62"/>
        <source>Demo vault created in {folder} with %n entries.</source>
        <translation>
            <numerusform>Demo vault created in {folder} with %n entry.</numerusform>
            <numerusform>Demo vault created in {folder} with %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/plan_commands.py" line="210"/>
        <source>Next review due {day} (every %n weeks)</source>
        <translation>
            <numerusform>Next review due {day} (every %n week)</numerusform>
            <numerusform>Next review due {day} (every %n weeks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/supervision_commands.py" line="100"/>
        <source>{path}: supervision of {held} from {who} for {child} ({since} to {until}), %n agreed actions.</source>
        <translation>
            <numerusform>{path}: supervision of {held} from {who} for {child} ({since} to {until}), %n agreed action.</numerusform>
            <numerusform>{path}: supervision of {held} from {who} for {child} ({since} to {until}), %n agreed actions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryPrint</name>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/journal/entry_print.py" line="102"/>
        <source>{day}: %n entries</source>
        <translation>
            <numerusform>{day}: %n entry</numerusform>
            <numerusform>{day}: %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="236"/>
        <source>%n entries in this period.</source>
        <translation>
            <numerusform>%n entry in this period.</numerusform>
            <numerusform>%n entries in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="267"/>
        <source>Saved {path}: %n entries, signed by you and encrypted for {who}. Send this file to them.</source>
        <translation>
            <numerusform>Saved {path}: %n entry, signed by you and encrypted for {who}. Send this file to them.</numerusform>
            <numerusform>Saved {path}: %n entries, signed by you and encrypted for {who}. Send this file to them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalEvidence</name>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/journal/goal_evidence.py" line="54"/>
        <source>E&amp;vidence for %n goal(s)…</source>
        <translation>
            <numerusform>E&amp;vidence for %n goal…</numerusform>
            <numerusform>E&amp;vidence for %n goal(s)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="241"/>
        <source>&lt;b&gt;{child}&lt;/b&gt;&lt;br&gt;{since} to {until}&lt;br&gt;%n entries from {carer}&lt;br&gt;Carer&apos;s key: {fp}</source>
        <translation>
            <numerusform>&lt;b&gt;{child}&lt;/b&gt;&lt;br&gt;{since} to {until}&lt;br&gt;%n entry from {carer}&lt;br&gt;Carer&apos;s key: {fp}</numerusform>
            <numerusform>&lt;b&gt;{child}&lt;/b&gt;&lt;br&gt;{since} to {until}&lt;br&gt;%n entries from {carer}&lt;br&gt;Carer&apos;s key: {fp}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="332"/>
        <source>Checking and importing %n files…</source>
        <translation>
            <numerusform>Checking and importing %n file…</numerusform>
            <numerusform>Checking and importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="349"/>
        <source>{child}, {since} to {until}: %n entries from {carer}, signature checked.</source>
        <translation>
            <numerusform>{child}, {since} to {until}: %n entry from {carer}, signature checked.</numerusform>
            <numerusform>{child}, {since} to {until}: %n entries from {carer}, signature checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="366"/>
        <source>{ok} of %n files imported.</source>
        <translation>
            <numerusform>{ok} of %n file imported.</numerusform>
            <numerusform>{ok} of %n files imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="310"/>
        <location filename="../src/carerdesk/gui/journal/month_view.py" line="84"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="312"/>
        <source>Showing {shown} of %n entries</source>
        <translation>
            <numerusform>Showing {shown} of %n entry</numerusform>
            <numerusform>Showing {shown} of %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="313"/>
        <source>%n children</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="315"/>
        <source>%n unsaved drafts: Journal → Resume a draft (Ctrl+D)</source>
        <translation>
            <numerusform>%n unsaved draft: Journal → Resume a draft (Ctrl+D)</numerusform>
            <numerusform>%n unsaved drafts: Journal → Resume a draft (Ctrl+D)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <location filename="../src/carerdesk/text/messages.py" line="125"/>
        <location filename="../src/carerdesk/text/profile_messages.py" line="73"/>
        <source>The {field} is too long: it has {length} characters, and at most %n fit. Nothing was saved.</source>
        <translation>
            <numerusform>The {field} is too long: it has {length} characters, and at most %n fits. Nothing was saved.</numerusform>
            <numerusform>The {field} is too long: it has {length} characters, and at most %n fit. Nothing was saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanReminder</name>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/journal/plan_reminder.py" line="36"/>
        <source>%n goal reviews</source>
        <translation>
            <numerusform>%n goal review</numerusform>
            <numerusform>%n goal reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="69"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/reports/inbox_search.py" line="118"/>
        <source>%n entries found. Press Enter on one to read it.</source>
        <translation>
            <numerusform>%n entry found. Press Enter on it to read it.</numerusform>
            <numerusform>%n entries found. Press Enter on one to read it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionBackDialog</name>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="116"/>
        <source>Supervision of {held} from {who}: %n actions</source>
        <translation>
            <numerusform>Supervision of {held} from {who}: %n action</numerusform>
            <numerusform>Supervision of {held} from {who}: %n actions</numerusform>
        </translation>
    </message>
</context>
</TS>
