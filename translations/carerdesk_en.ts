<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="141"/>
        <source>Wrote {path}: %n entries for {child}, {since} to {until}, for {who}.</source>
        <translation>
            <numerusform>Wrote {path}: %n entry for {child}, {since} to {until}, for {who}.</numerusform>
            <numerusform>Wrote {path}: %n entries for {child}, {since} to {until}, for {who}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="169"/>
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
        <location filename="../src/carerdesk/cli/report_commands.py" line="43"/>
        <source>{child}, {since} to {until}: %n entries from {carer}</source>
        <translation>
            <numerusform>{child}, {since} to {until}: %n entry from {carer}</numerusform>
            <numerusform>{child}, {since} to {until}: %n entries from {carer}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/vault_commands.py" line="61"/>
        <source>Demo vault created in {folder} with %n entries.</source>
        <translation>
            <numerusform>Demo vault created in {folder} with %n entry.</numerusform>
            <numerusform>Demo vault created in {folder} with %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../src/carerdesk/reports/summary_pdf.py" line="140"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/reports/summary_pdf.py" line="141"/>
        <source>on %n days</source>
        <translation>
            <numerusform>on %n day</numerusform>
            <numerusform>on %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryPrint</name>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/entry_print.py" line="52"/>
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
        <location filename="../src/carerdesk/gui/export_dialog.py" line="219"/>
        <source>%n entries in this period.</source>
        <translation>
            <numerusform>%n entry in this period.</numerusform>
            <numerusform>%n entries in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/export_dialog.py" line="251"/>
        <source>Saved {path}: %n entries, signed by you and encrypted for {who}. Send this file to them.</source>
        <translation>
            <numerusform>Saved {path}: %n entry, signed by you and encrypted for {who}. Send this file to them.</numerusform>
            <numerusform>Saved {path}: %n entries, signed by you and encrypted for {who}. Send this file to them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/inbox_window.py" line="182"/>
        <source>&lt;b&gt;{child}&lt;/b&gt;&lt;br&gt;{since} to {until}&lt;br&gt;%n entries from {carer}&lt;br&gt;Carer&apos;s key: {fp}</source>
        <translation>
            <numerusform>&lt;b&gt;{child}&lt;/b&gt;&lt;br&gt;{since} to {until}&lt;br&gt;%n entry from {carer}&lt;br&gt;Carer&apos;s key: {fp}</numerusform>
            <numerusform>&lt;b&gt;{child}&lt;/b&gt;&lt;br&gt;{since} to {until}&lt;br&gt;%n entries from {carer}&lt;br&gt;Carer&apos;s key: {fp}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/inbox_window.py" line="237"/>
        <source>Checking and importing %n files…</source>
        <translation>
            <numerusform>Checking and importing %n file…</numerusform>
            <numerusform>Checking and importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/inbox_window.py" line="254"/>
        <source>{child}, {since} to {until}: %n entries from {carer}, signature checked.</source>
        <translation>
            <numerusform>{child}, {since} to {until}: %n entry from {carer}, signature checked.</numerusform>
            <numerusform>{child}, {since} to {until}: %n entries from {carer}, signature checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/inbox_window.py" line="268"/>
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
        <location filename="../src/carerdesk/gui/main_window.py" line="228"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/main_window.py" line="230"/>
        <source>Showing {shown} of %n entries</source>
        <translation>
            <numerusform>Showing {shown} of %n entry</numerusform>
            <numerusform>Showing {shown} of %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/main_window.py" line="231"/>
        <source>%n children</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/main_window.py" line="233"/>
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
        <location filename="../src/carerdesk/messages.py" line="87"/>
        <source>The {field} is too long: it has {length} characters, and at most %n fit. Nothing was saved.</source>
        <translation>
            <numerusform>The {field} is too long: it has {length} characters, and at most %n fits. Nothing was saved.</numerusform>
            <numerusform>The {field} is too long: it has {length} characters, and at most %n fit. Nothing was saved.</numerusform>
        </translation>
    </message>
</context>
</TS>
