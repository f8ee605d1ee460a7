<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/common/help_dialog.py" line="69"/>
        <location filename="../src/carerdesk/gui/common/help_dialog.py" line="86"/>
        <source>About CarerDesk</source>
        <translation>Ynghylch CarerDesk</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/help_dialog.py" line="70"/>
        <source>CarerDesk {version}</source>
        <translation>CarerDesk {version}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/help_dialog.py" line="72"/>
        <source>An offline, encrypted journal for foster carers, shaped by the Secure Base model.</source>
        <translation>Dyddiadur all-lein, wedi&apos;i amgryptio, i ofalwyr maeth, wedi&apos;i lunio ar sail y model Sylfaen Ddiogel.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/help_dialog.py" line="74"/>
        <source>CarerDesk never connects to the network. Your journal is encrypted on this computer and leaves it only when you export it on purpose.</source>
        <translation>Nid yw CarerDesk byth yn cysylltu â&apos;r rhwydwaith. Mae eich dyddiadur wedi&apos;i amgryptio ar y cyfrifiadur hwn ac yn ei adael dim ond pan fyddwch chi&apos;n ei allforio yn fwriadol.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/help_dialog.py" line="76"/>
        <source>Free software under the GNU General Public Licence, version 3 or later. The bundled Noto Sans fonts are under the SIL Open Font Licence.</source>
        <translation>Meddalwedd rydd dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu ddiweddarach. Mae&apos;r ffontiau Noto Sans sydd wedi&apos;u cynnwys dan Drwydded Ffont Agored SIL.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/help_dialog.py" line="78"/>
        <source>The Welsh translation is new: corrections from Welsh speakers are very welcome.</source>
        <translation>Mae&apos;r cyfieithiad Cymraeg yn newydd: mae croeso mawr i gywiriadau gan siaradwyr Cymraeg.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/help_dialog.py" line="98"/>
        <source>No agency preset is in force.</source>
        <translation>Nid oes rhagosodiad asiantaeth mewn grym.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/help_dialog.py" line="99"/>
        <source>Set up by {agency} (the agency&apos;s preset, {where}).</source>
        <translation>Wedi&apos;i osod gan {agency} (rhagosodiad yr asiantaeth, {where}).</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/help_dialog.py" line="102"/>
        <source>The agency&apos;s settings file has a mistake, so CarerDesk keeps the settings it had. Please tell your agency: {problem}</source>
        <translation>Mae camgymeriad yn ffeil gosodiadau&apos;r asiantaeth, felly mae CarerDesk yn cadw&apos;r gosodiadau oedd ganddo. Rhowch wybod i&apos;ch asiantaeth: {problem}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../src/carerdesk/gui/app.py" line="354"/>
        <source>Your agency&apos;s settings file has a mistake, so CarerDesk cannot start. Please tell your agency: {problem}</source>
        <translation>Mae camgymeriad yn ffeil gosodiadau eich asiantaeth, felly ni all CarerDesk gychwyn. Rhowch wybod i&apos;ch asiantaeth: {problem}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/display.py" line="21"/>
        <source>CarerDesk cannot open its window: this session has no display (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one: carerdesk --help</source>
        <translation>Ni all CarerDesk agor ei ffenestr: nid oes sgrin yn y sesiwn hon (nid yw DISPLAY na WAYLAND_DISPLAY wedi eu gosod). Mae&apos;r gorchmynion yn gweithio hebddi: carerdesk --help</translation>
    </message>
</context>
<context>
    <name>AreaBox</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_form.py" line="97"/>
        <source>Rating of {area}</source>
        <translation>Sgôr {area}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_form.py" line="103"/>
        <source>Whose view the rating of {area} is</source>
        <translation>Barn pwy yw sgôr {area}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_form.py" line="105"/>
        <source>Whose view?</source>
        <translation>Barn pwy?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_form.py" line="106"/>
        <source>The carer&apos;s view</source>
        <translation>Barn y gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_form.py" line="107"/>
        <source>The social worker&apos;s view</source>
        <translation>Barn y gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_form.py" line="108"/>
        <source>Agreed together</source>
        <translation>Wedi cytuno gyda&apos;n gilydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_form.py" line="111"/>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_form.py" line="113"/>
        <source>Strengths</source>
        <translation>Cryfderau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_form.py" line="114"/>
        <source>Difficulties</source>
        <translation>Anawsterau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_form.py" line="115"/>
        <source>Evidence for this child</source>
        <translation>Tystiolaeth ar gyfer y plentyn hwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_form.py" line="123"/>
        <source>Add a journal entry as evidence for {area}</source>
        <translation>Ychwanegu cofnod dyddiadur fel tystiolaeth ar gyfer {area}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_form.py" line="128"/>
        <source>Add an entry as evidence…</source>
        <translation>Ychwanegu cofnod fel tystiolaeth…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_form.py" line="134"/>
        <source>Entries given as evidence for {area}</source>
        <translation>Cofnodion a roddwyd fel tystiolaeth ar gyfer {area}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_form.py" line="136"/>
        <source>From the journal</source>
        <translation>O&apos;r dyddiadur</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_form.py" line="148"/>
        <source>No entries yet.</source>
        <translation>Dim cofnodion eto.</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <location filename="../src/carerdesk/gui/common/widgets.py" line="193"/>
        <source>&amp;OK</source>
        <translation>&amp;Iawn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/widgets.py" line="193"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Diddymu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/widgets.py" line="194"/>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/widgets.py" line="194"/>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/widgets.py" line="195"/>
        <source>&amp;Discard</source>
        <translation>&amp;Taflu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/widgets.py" line="196"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/widgets.py" line="197"/>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/widgets.py" line="197"/>
        <source>&amp;Apply</source>
        <translation>&amp;Gweithredu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/widgets.py" line="198"/>
        <source>&amp;Help</source>
        <translation>C&amp;ymorth</translation>
    </message>
</context>
<context>
    <name>CareNeedsTab</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="53"/>
        <source>The latest care-needs profile</source>
        <translation>Y proffil anghenion gofal diweddaraf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="56"/>
        <source>The rows of the new care-needs profile</source>
        <translation>Rhesi&apos;r proffil anghenion gofal newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="57"/>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="91"/>
        <source>Area of care need</source>
        <translation>Maes angen gofal</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="58"/>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="95"/>
        <source>What is needed from the carer</source>
        <translation>Beth sydd ei angen gan y gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="59"/>
        <source>Links to</source>
        <translation>Yn cysylltu â</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="69"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="89"/>
        <source>Date of the new care-needs profile</source>
        <translation>Dyddiad y proffil anghenion gofal newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="97"/>
        <source>The domain of the child&apos;s profile it links to</source>
        <translation>Parth proffil y plentyn y mae&apos;n cysylltu ag ef</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="98"/>
        <source>No link</source>
        <translation>Dim cysylltiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="101"/>
        <source>Add or &amp;replace the row</source>
        <translation>Ychwanegu neu &amp;amnewid y rhes</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="102"/>
        <source>Re&amp;move the chosen row</source>
        <translation>Tynnu&apos;r rhes a &amp;ddewiswyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="103"/>
        <source>New profile from the &amp;last</source>
        <translation>Proffil newydd o&apos;r &amp;un diwethaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="104"/>
        <source>&amp;Save as a new profile</source>
        <translation>&amp;Cadw fel proffil newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="112"/>
        <source>Dat&amp;e</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="113"/>
        <source>&amp;Area of care need</source>
        <translation>&amp;Maes angen gofal</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="114"/>
        <source>&amp;What is needed from the carer</source>
        <translation>&amp;Beth sydd ei angen gan y gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="115"/>
        <source>Links &amp;to</source>
        <translation>Yn cysyll&amp;tu â</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="130"/>
        <source>The new profile&apos;s rows:</source>
        <translation>Rhesi&apos;r proffil newydd:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="143"/>
        <source>No care-needs profile yet: add its rows below.</source>
        <translation>Dim proffil anghenion gofal eto: ychwanegwch ei resi isod.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="145"/>
        <source>The latest is of {day}. &quot;New profile from the last&quot; starts from it.</source>
        <translation>Mae&apos;r diweddaraf o {day}. Mae &quot;Proffil newydd o&apos;r un diwethaf&quot; yn dechrau ohono.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="193"/>
        <source>There is no profile yet to start from.</source>
        <translation>Nid oes proffil eto i ddechrau ohono.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="198"/>
        <source>Started from the profile of {day}.</source>
        <translation>Wedi dechrau o broffil {day}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/care_needs_tab.py" line="215"/>
        <source>Saved. The one before is kept.</source>
        <translation>Wedi&apos;i gadw. Mae&apos;r un blaenorol yn cael ei gadw.</translation>
    </message>
</context>
<context>
    <name>CarerSpace</name>
    <message>
        <location filename="../src/carerdesk/domain/carer_space.py" line="52"/>
        <source>Struggling</source>
        <translation>Cael trafferth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/carer_space.py" line="53"/>
        <source>Low</source>
        <translation>Isel</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/carer_space.py" line="54"/>
        <source>Getting by</source>
        <translation>Dod i ben</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/carer_space.py" line="55"/>
        <source>Good</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/carer_space.py" line="56"/>
        <source>Very good</source>
        <translation>Da iawn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/journal/carer_space.py" line="121"/>
        <source>My wellbeing check-in on {date}: {how}.</source>
        <translation>Fy ngwiriad llesiant ar {date}: {how}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/journal/carer_space.py" line="123"/>
        <source>Sleep</source>
        <translation>Cwsg</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/journal/carer_space.py" line="124"/>
        <source>Support I would like</source>
        <translation>Cymorth yr hoffwn ei gael</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/journal/carer_space.py" line="125"/>
        <source>What helped</source>
        <translation>Beth helpodd</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="54"/>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="54"/>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="54"/>
        <source>Last report</source>
        <translation>Adroddiad diwethaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="55"/>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="55"/>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="55"/>
        <source>Not reviewed</source>
        <translation>Heb ei adolygu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="56"/>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="56"/>
        <source>Open safeguarding</source>
        <translation>Diogelu agored</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="56"/>
        <source>Goals due</source>
        <translation>Nodau&apos;n ddyledus</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="97"/>
        <source>The next report was due on {due}</source>
        <translation>Roedd yr adroddiad nesaf yn ddyledus ar {due}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="107"/>
        <source>{since} to {until}</source>
        <translation>{since} i {until}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="115"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="115"/>
        <source>no</source>
        <translation>na</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="167"/>
        <source>Find a carer or child</source>
        <translation>Canfod gofalwr neu blentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="168"/>
        <source>Words of a carer&apos;s or a child&apos;s name</source>
        <translation>Geiriau o enw gofalwr neu blentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="171"/>
        <source>&amp;Find carer or child:</source>
        <translation>&amp;Canfod gofalwr neu blentyn:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="174"/>
        <source>Caseload: carers and children</source>
        <translation>Llwyth achosion: gofalwyr a phlant</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="187"/>
        <source>Reading the reports</source>
        <translation>Yn darllen yr adroddiadau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="193"/>
        <source>Overdue: no report for longer than the agreed interval after the end of the last one. Open safeguarding: significant events without both the supervising social worker and the fostering service told. Press Enter on a row to read its reports.</source>
        <translation>Yn hwyr: dim adroddiad ers mwy na&apos;r cyfnod y cytunwyd arno ar ôl diwedd yr un diwethaf. Diogelu agored: digwyddiadau arwyddocaol heb i&apos;r gweithiwr cymdeithasol goruchwylio a&apos;r gwasanaeth maethu ill dau gael gwybod. Pwyswch Enter ar res i ddarllen ei hadroddiadau.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="213"/>
        <source>Reading reports: {done} of {total}</source>
        <translation>Yn darllen adroddiadau: {done} o {total}</translation>
    </message>
</context>
<context>
    <name>CaseloadReader</name>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_reading.py" line="78"/>
        <source>The search failed.</source>
        <translation>Methodd y chwilio.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="36"/>
        <source>Daily life</source>
        <translation>Bywyd bob dydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="37"/>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="38"/>
        <source>Education</source>
        <translation>Addysg</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="39"/>
        <source>Family time</source>
        <translation>Amser teulu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="40"/>
        <source>Achievement</source>
        <translation>Llwyddiant</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="41"/>
        <source>Incident</source>
        <translation>Digwyddiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="42"/>
        <source>Missing from home</source>
        <translation>Ar goll o&apos;r cartref</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="43"/>
        <location filename="../src/carerdesk/domain/categories.py" line="70"/>
        <source>Allegation</source>
        <translation>Honiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="44"/>
        <source>Medication</source>
        <translation>Meddyginiaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="45"/>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="65"/>
        <source>Serious illness or accident</source>
        <translation>Salwch neu ddamwain ddifrifol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="68"/>
        <source>Went missing</source>
        <translation>Aeth ar goll</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="69"/>
        <source>Police called</source>
        <translation>Galw&apos;r heddlu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="71"/>
        <source>Child-protection concern</source>
        <translation>Pryder amddiffyn plant</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="74"/>
        <source>Exploitation concern</source>
        <translation>Pryder am gamfanteisio</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="75"/>
        <source>Serious mental-health concern</source>
        <translation>Pryder difrifol am iechyd meddwl</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="78"/>
        <source>Notifiable disease</source>
        <translation>Clefyd hysbysadwy</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="79"/>
        <source>A death</source>
        <translation>Marwolaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/categories.py" line="80"/>
        <source>Other significant event</source>
        <translation>Digwyddiad arwyddocaol arall</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_forms.py" line="91"/>
        <source>Date of the check-in</source>
        <translation>Dyddiad y gwiriad llesiant</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_forms.py" line="104"/>
        <source>Sleep</source>
        <translation>Cwsg</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_forms.py" line="105"/>
        <source>How you have been sleeping</source>
        <translation>Sut rydych chi wedi bod yn cysgu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_forms.py" line="106"/>
        <source>Support you would like</source>
        <translation>Cymorth yr hoffech ei gael</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_forms.py" line="107"/>
        <source>Someone to talk to, a break, training…</source>
        <translation>Rhywun i siarad ag ef, seibiant, hyfforddiant…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_forms.py" line="108"/>
        <source>What helped</source>
        <translation>Beth helpodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_forms.py" line="108"/>
        <source>A walk, a friend, time off…</source>
        <translation>Mynd am dro, ffrind, amser i ffwrdd…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_forms.py" line="113"/>
        <source>D&amp;ay:</source>
        <translation>Diw&amp;rnod:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_forms.py" line="114"/>
        <source>How I am (1 to 5):</source>
        <translation>Sut ydw i (1 i 5):</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_forms.py" line="116"/>
        <source>S&amp;leep:</source>
        <translation>C&amp;wsg:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_forms.py" line="117"/>
        <source>Su&amp;pport I would like:</source>
        <translation>C&amp;ymorth yr hoffwn ei gael:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_forms.py" line="118"/>
        <source>What &amp;helped:</source>
        <translation>Beth &amp;helpodd:</translation>
    </message>
</context>
<context>
    <name>CheckInsPanel</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="221"/>
        <source>Your check-ins, newest first</source>
        <translation>Eich gwiriadau llesiant, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="222"/>
        <source>No check-ins yet. A short one every week or two shows how you are over time.</source>
        <translation>Dim gwiriadau llesiant eto. Mae un byr bob wythnos neu bythefnos yn dangos sut rydych chi dros amser.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="224"/>
        <source>N&amp;ew check-in</source>
        <translation>Gwiriad &amp;newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="225"/>
        <source>Sa&amp;ve check-in</source>
        <translation>C&amp;adw&apos;r gwiriad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="227"/>
        <source>Show the trend</source>
        <translation>Dangos y duedd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="228"/>
        <source>Week by week</source>
        <translation>Wythnos wrth wythnos</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="229"/>
        <source>Month by month</source>
        <translation>Mis wrth fis</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="230"/>
        <source>&amp;Trend:</source>
        <translation>&amp;Tuedd:</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_dialog.py" line="26"/>
        <source>Add a child</source>
        <translation>Ychwanegu plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_dialog.py" line="26"/>
        <source>Edit a child</source>
        <translation>Golygu plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_dialog.py" line="34"/>
        <source>Why it changed</source>
        <translation>Pam y newidiodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_dialog.py" line="35"/>
        <source>For example: the name she chose</source>
        <translation>Er enghraifft: yr enw a ddewisodd hi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_dialog.py" line="36"/>
        <source>Kept with the new version; the earlier version is kept too.</source>
        <translation>Yn cael ei gadw gyda&apos;r fersiwn newydd; mae&apos;r fersiwn gynharach yn cael ei chadw hefyd.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_dialog.py" line="38"/>
        <source>&amp;Why it changed:</source>
        <translation>&amp;Pam y newidiodd:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_dialog.py" line="39"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_dialog.py" line="45"/>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_dialog.py" line="45"/>
        <source>&amp;Add</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_dialog.py" line="49"/>
        <source>&amp;History…</source>
        <translation>&amp;Hanes…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_dialog.py" line="51"/>
        <source>Every earlier version of the name and dates, with when and why they changed</source>
        <translation>Pob fersiwn gynharach o&apos;r enw a&apos;r dyddiadau, gyda phryd a pham y newidion nhw</translation>
    </message>
</context>
<context>
    <name>ChildFields</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_fields.py" line="23"/>
        <source>Child&apos;s name</source>
        <translation>Enw&apos;r plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_fields.py" line="25"/>
        <source>I know the date of &amp;birth</source>
        <translation>Rwy&apos;n gwybod y dyddiad &amp;geni</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_fields.py" line="35"/>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_fields.py" line="33"/>
        <source>I know when they &amp;came to live with us</source>
        <translation>Rwy&apos;n gwybod pryd y daeth i &amp;fyw gyda ni</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_fields.py" line="36"/>
        <source>Came to live with us</source>
        <translation>Daeth i fyw gyda ni</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_fields.py" line="38"/>
        <source>The placement has &amp;ended</source>
        <translation>Mae&apos;r lleoliad wedi dod i b&amp;en</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_fields.py" line="41"/>
        <source>Placement ended</source>
        <translation>Daeth y lleoliad i ben</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_fields.py" line="56"/>
        <source>Child&apos;s &amp;name:</source>
        <translation>E&amp;nw&apos;r plentyn:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_fields.py" line="65"/>
        <source>&amp;Came to live with us:</source>
        <translation>&amp;Daeth i fyw gyda ni:</translation>
    </message>
</context>
<context>
    <name>ChildHistoryDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_history.py" line="32"/>
        <source>The child&apos;s name and dates: every version</source>
        <translation>Enw a dyddiadau&apos;r plentyn: pob fersiwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_history.py" line="36"/>
        <source>Versions</source>
        <translation>Fersiynau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_history.py" line="42"/>
        <source>as first recorded</source>
        <translation>fel y&apos;i cofnodwyd gyntaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_history.py" line="43"/>
        <source>no reason given</source>
        <translation>dim rheswm wedi&apos;i roi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_history.py" line="44"/>
        <source>Version {n}, {when}</source>
        <translation>Fersiwn {n}, {when}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_history.py" line="47"/>
        <source>The version&apos;s name and dates</source>
        <translation>Enw a dyddiadau&apos;r fersiwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_history.py" line="65"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_history.py" line="66"/>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_history.py" line="67"/>
        <source>Came to live with us</source>
        <translation>Daeth i fyw gyda ni</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_history.py" line="68"/>
        <source>Placement ended</source>
        <translation>Daeth y lleoliad i ben</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_history.py" line="74"/>
        <source>(was {before})</source>
        <translation>(cyn hyn: {before})</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/child_history.py" line="78"/>
        <source>Why: {reason}</source>
        <translation>Pam: {reason}</translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="98"/>
        <source>The first child in your care</source>
        <translation>Y plentyn cyntaf yn eich gofal</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="99"/>
        <source>You can add brothers and sisters, and other children, later.</source>
        <translation>Gallwch ychwanegu brodyr a chwiorydd, a phlant eraill, yn nes ymlaen.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="105"/>
        <source>Child&apos;s na&amp;me:</source>
        <translation>Enw&apos;r ple&amp;ntyn:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="106"/>
        <source>I &amp;know the date of birth</source>
        <translation>Rwy&apos;n &amp;gwybod y dyddiad geni</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="109"/>
        <source>Child problem</source>
        <translation>Problem gyda&apos;r plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="117"/>
        <source>A child&apos;s name cannot be only spaces. Please type the name the child goes by.</source>
        <translation>Ni all enw plentyn fod yn fylchau yn unig. Teipiwch yr enw y mae&apos;r plentyn yn ei ddefnyddio.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/from_child.py" line="20"/>
        <source>How I feel</source>
        <translation>Sut rydw i&apos;n teimlo</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/from_child.py" line="21"/>
        <source>How I feel: {words}</source>
        <translation>Sut rydw i&apos;n teimlo: {words}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/from_child.py" line="24"/>
        <location filename="../src/carerdesk/gui/childpage/sections.py" line="142"/>
        <source>What I want my social worker or my review to know</source>
        <translation>Beth rydw i eisiau i fy ngweithiwr cymdeithasol neu fy adolygiad ei wybod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/from_child.py" line="36"/>
        <source>not finished: the page closed before Save</source>
        <translation>heb ei orffen: caeodd y dudalen cyn Cadw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/from_child.py" line="46"/>
        <source>In {name}&apos;s own words, from their page. It is theirs: nobody can change or remove it.</source>
        <translation>Yng ngeiriau {name} ei hun, o&apos;u tudalen. Eu geiriau nhw ydyn nhw: ni all neb eu newid na&apos;u tynnu.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/from_child.py" line="51"/>
        <source>What {name} said on their page</source>
        <translation>Beth ddywedodd {name} ar eu tudalen</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/from_child.py" line="62"/>
        <source>Nothing yet. {name} can write on their own page: Child → My page.</source>
        <translation>Dim byd eto. Gall {name} ysgrifennu ar eu tudalen eu hunain: Plentyn → Fy nhudalen.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/leave.py" line="27"/>
        <source>Your carer&apos;s passphrase</source>
        <translation>Cyfrinymadrodd dy ofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/leave.py" line="28"/>
        <source>For your carer, to leave: the &amp;passphrase</source>
        <translation>Ar gyfer dy ofalwr, i adael: y &amp;cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/leave.py" line="31"/>
        <source>&amp;Leave</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/leave.py" line="32"/>
        <source>S&amp;tay on my page</source>
        <translation>A&amp;ros ar fy nhudalen</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/leave.py" line="34"/>
        <location filename="../src/carerdesk/gui/childpage/sections.py" line="54"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/leave.py" line="74"/>
        <source>That is not the passphrase, so the page stays open.</source>
        <translation>Nid dyna&apos;r cyfrinymadrodd, felly mae&apos;r dudalen yn aros ar agor.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/leave.py" line="77"/>
        <source>The passphrase could not be checked, so the page stays open.</source>
        <translation>Nid oedd modd gwirio&apos;r cyfrinymadrodd, felly mae&apos;r dudalen yn aros ar agor.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/sections.py" line="48"/>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/sections.py" line="52"/>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/sections.py" line="82"/>
        <source>Saved. Thank you for telling us.</source>
        <translation>Wedi&apos;i gadw. Diolch am ddweud wrthon ni.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/sections.py" line="112"/>
        <source>How I feel today</source>
        <translation>Sut rydw i&apos;n teimlo heddiw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/sections.py" line="113"/>
        <source>Do you want to say more? You don&apos;t have to.</source>
        <translation>Wyt ti eisiau dweud mwy? Does dim rhaid i ti.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/sections.py" line="129"/>
        <source>Saved: today you feel “{words}”. Thank you for telling us.</source>
        <translation>Wedi&apos;i gadw: heddiw rwyt ti&apos;n teimlo “{words}”. Diolch am ddweud wrthon ni.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/sections.py" line="143"/>
        <source>Write it here, in your own words. It goes to your social worker with your carer&apos;s next report.</source>
        <translation>Ysgrifenna fe yma, yn dy eiriau dy hun. Mae&apos;n mynd at dy weithiwr cymdeithasol gydag adroddiad nesaf dy ofalwr.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/sections.py" line="159"/>
        <source>Add something to my record, or ask for something to be changed</source>
        <translation>Ychwanegu rhywbeth at fy nghofnod, neu ofyn i rywbeth gael ei newid</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/sections.py" line="161"/>
        <source>Write it here. It is kept in your record as yours: nobody can change it or take it out.</source>
        <translation>Ysgrifenna fe yma. Mae&apos;n cael ei gadw yn dy gofnod fel dy eiriau di: ni all neb ei newid na&apos;i dynnu allan.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/sections.py" line="152"/>
        <source>&amp;Add something to my record</source>
        <translation>&amp;Ychwanegu rhywbeth at fy nghofnod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/sections.py" line="153"/>
        <source>As&amp;k for something to be changed</source>
        <translation>Go&amp;fyn i rywbeth gael ei newid</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/story.py" line="25"/>
        <source>My life-story pages</source>
        <translation>Tudalennau stori fy mywyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/story.py" line="31"/>
        <source>A photo on this page</source>
        <translation>Llun ar y dudalen hon</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/story.py" line="33"/>
        <source>The life-story page</source>
        <translation>Y dudalen stori bywyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/story.py" line="42"/>
        <source>My life story</source>
        <translation>Stori fy mywyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/story.py" line="50"/>
        <source>There are no pages in your life story yet.</source>
        <translation>Does dim tudalennau yn stori dy fywyd eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/story.py" line="65"/>
        <source>What I said:</source>
        <translation>Beth ddywedais i:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/my_page.py" line="149"/>
        <source>Choose a child on the left first.</source>
        <translation>Dewiswch blentyn ar y chwith yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/my_page.py" line="172"/>
        <location filename="../src/carerdesk/gui/childpage/my_page.py" line="186"/>
        <source>M&amp;y page…</source>
        <translation>F&amp;y nhudalen…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/my_page.py" line="174"/>
        <source>The child&apos;s own page, full screen: how they feel, what they want their social worker to know, their record and their life story</source>
        <translation>Tudalen y plentyn ei hun, sgrin lawn: sut mae&apos;n teimlo, beth mae eisiau i&apos;w weithiwr cymdeithasol ei wybod, ei gofnod a stori ei fywyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/my_page.py" line="184"/>
        <source>M&amp;y page for {name}…</source>
        <translation>F&amp;y nhudalen i {name}…</translation>
    </message>
</context>
<context>
    <name>ChildVoice</name>
    <message>
        <location filename="../src/carerdesk/domain/child_voice.py" line="47"/>
        <source>Really sad</source>
        <translation>Trist iawn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/child_voice.py" line="48"/>
        <source>A bit sad</source>
        <translation>Ychydig yn drist</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/child_voice.py" line="49"/>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/child_voice.py" line="50"/>
        <source>Happy</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/child_voice.py" line="51"/>
        <source>Really happy</source>
        <translation>Hapus iawn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/child_voice.py" line="67"/>
        <source>Added to my record</source>
        <translation>Wedi&apos;i ychwanegu at fy nghofnod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/child_voice.py" line="68"/>
        <source>Asked for something to be changed</source>
        <translation>Wedi gofyn i rywbeth gael ei newid</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/faces.py" line="60"/>
        <source>Choose a face</source>
        <translation>Dewisa wyneb</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/carerdesk/cli/__init__.py" line="154"/>
        <source>Stopped. Nothing was saved.</source>
        <translation>Wedi stopio. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/__init__.py" line="158"/>
        <source>Something went wrong inside CarerDesk. Nothing more was changed. Details (without any record text) are in {log}.</source>
        <translation>Aeth rhywbeth o&apos;i le y tu mewn i CarerDesk. Ni newidiwyd dim arall. Mae&apos;r manylion (heb destun unrhyw gofnod) yn {log}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/context.py" line="35"/>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="100"/>
        <source>Passphrase: </source>
        <translation>Cyfrinymadrodd: </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_commands.py" line="38"/>
        <source>--set takes FIELD=TEXT, for example --set faith=Quaker. Nothing was changed.</source>
        <translation>Mae --set yn cymryd MAES=TESTUN, er enghraifft --set faith=Quaker. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_commands.py" line="53"/>
        <source>Nothing to change: give --name, --born, --placed, --ended or --set FIELD=TEXT.</source>
        <translation>Dim i&apos;w newid: rhowch --name, --born, --placed, --ended neu --set MAES=TESTUN.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_commands.py" line="65"/>
        <location filename="../src/carerdesk/cli/family_time_commands.py" line="93"/>
        <location filename="../src/carerdesk/cli/me_commands.py" line="112"/>
        <source>Nothing was different, so nothing was saved.</source>
        <translation>Nid oedd dim yn wahanol, felly ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_commands.py" line="67"/>
        <source>Saved version {n} of {name}&apos;s profile; the earlier version is kept.</source>
        <translation>Wedi cadw fersiwn {n} o broffil {name}; cedwir y fersiwn gynharach.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_commands.py" line="78"/>
        <source>Born {born} · came to live with us {placed} · placement ended {ended}</source>
        <translation>Ganwyd {born} · daeth i fyw gyda ni {placed} · daeth y lleoliad i ben {ended}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_commands.py" line="87"/>
        <source>(called &quot;{name}&quot;)</source>
        <translation>(yn cael ei alw&apos;n &quot;{name}&quot;)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_commands.py" line="90"/>
        <source>lives with the child</source>
        <translation>yn byw gyda&apos;r plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_commands.py" line="91"/>
        <source>lives apart</source>
        <translation>yn byw ar wahân</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_commands.py" line="108"/>
        <source>No profile yet: carerdesk child edit CHILD --set FIELD=TEXT</source>
        <translation>Dim proffil eto: carerdesk child edit PLENTYN --set MAES=TESTUN</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_commands.py" line="112"/>
        <source>People:</source>
        <translation>Pobl:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_commands.py" line="112"/>
        <location filename="../src/carerdesk/cli/child_commands.py" line="203"/>
        <source>No people yet: carerdesk people add --child CHILD --name NAME --role ROLE</source>
        <translation>Dim pobl eto: carerdesk people add --child PLENTYN --name ENW --role RÔL</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_commands.py" line="134"/>
        <source>as first recorded</source>
        <translation>fel y&apos;i cofnodwyd gyntaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_commands.py" line="150"/>
        <source>No versions yet: the profile has not been edited.</source>
        <translation>Dim fersiynau eto: nid yw&apos;r proffil wedi&apos;i olygu.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_commands.py" line="179"/>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="30"/>
        <source>Added {name}.</source>
        <translation>Wedi ychwanegu {name}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="42"/>
        <source>No children yet. Add one with &quot;carerdesk child add --name NAME&quot;.</source>
        <translation>Dim plant eto. Ychwanegwch un gyda &quot;carerdesk child add --name ENW&quot;.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="69"/>
        <source>Saved the entry for {date}.</source>
        <translation>Wedi cadw&apos;r cofnod ar gyfer {date}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="83"/>
        <source>bring to supervision</source>
        <translation>dod i&apos;r oruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="89"/>
        <source>Starred the entry for {date}: it goes to supervision first.</source>
        <translation>Rhoddwyd seren ar y cofnod ar gyfer {date}: bydd yn mynd i&apos;r oruchwyliaeth yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="90"/>
        <source>Took the star off the entry for {date}.</source>
        <translation>Tynnwyd y seren oddi ar y cofnod ar gyfer {date}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_commands.py" line="190"/>
        <location filename="../src/carerdesk/cli/family_time_commands.py" line="95"/>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="77"/>
        <location filename="../src/carerdesk/cli/me_commands.py" line="114"/>
        <source>Saved version {n}; the earlier version is kept.</source>
        <translation>Wedi cadw fersiwn {n}; cedwir y fersiwn gynharach.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="123"/>
        <source>first written</source>
        <translation>ysgrifennwyd gyntaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_commands.py" line="135"/>
        <location filename="../src/carerdesk/cli/child_commands.py" line="153"/>
        <location filename="../src/carerdesk/cli/family_time_commands.py" line="156"/>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="124"/>
        <source>Version {n}, saved {at}: {reason}</source>
        <translation>Fersiwn {n}, cadwyd {at}: {reason}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="142"/>
        <source>No entries.</source>
        <translation>Dim cofnodion.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/journal_commands.py" line="171"/>
        <source>Nothing found for &quot;{query}&quot;.</source>
        <translation>Dim wedi&apos;i ganfod ar gyfer &quot;{query}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/output.py" line="31"/>
        <source>(birth family {n}/10)</source>
        <translation>(teulu biolegol {n}/10)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/output.py" line="35"/>
        <source>In their words: &quot;{voice}&quot;</source>
        <translation>Yn eu geiriau eu hunain: &quot;{voice}&quot;</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/output.py" line="37"/>
        <source>Reflection: {text}</source>
        <translation>Myfyrdod: {text}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="46"/>
        <source>a significant event: death, serious-illness-or-accident, police-called, sexual-exploitation, child-protection-enquiry, allegation-against-carer, infectious-disease, dbs-referral, missing-from-home, serious-offence, or a kind your agency adds</source>
        <translation>digwyddiad arwyddocaol: death, serious-illness-or-accident, police-called, sexual-exploitation, child-protection-enquiry, allegation-against-carer, infectious-disease, dbs-referral, missing-from-home, serious-offence, neu fath y mae eich asiantaeth yn ei ychwanegu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="53"/>
        <source>when the event happened</source>
        <translation>pryd y digwyddodd y digwyddiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="56"/>
        <source>someone told about the event, with their role (supervising-social-worker, fostering-service, child-social-worker, police, out-of-hours, other), when, and optionally how after a fourth comma; repeat for each person. Without --event-kind: who was told, in words</source>
        <translation>rhywun a gafodd wybod am y digwyddiad, gyda&apos;i rôl (supervising-social-worker, fostering-service, child-social-worker, police, out-of-hours, other), pryd, ac, os mynnwch, sut ar ôl pedwerydd coma; ailadroddwch ar gyfer pob person. Heb --event-kind: pwy a hysbyswyd, mewn geiriau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="63"/>
        <source>who was told, in words, from FILE (the old one-line form)</source>
        <translation>pwy a hysbyswyd, mewn geiriau, o FFEIL (yr hen ffurf un llinell)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="65"/>
        <source>where it happened</source>
        <translation>ble y digwyddodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="66"/>
        <source>who was present</source>
        <translation>pwy oedd yno</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="67"/>
        <source>what happened</source>
        <translation>beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="68"/>
        <source>the child&apos;s exact words</source>
        <translation>union eiriau&apos;r plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="69"/>
        <source>what you did and said</source>
        <translation>beth wnaethoch chi a&apos;i ddweud</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="70"/>
        <source>the follow-up actions</source>
        <translation>y camau dilynol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="72"/>
        <source>missing from home: when last seen</source>
        <translation>ar goll o&apos;r cartref: pryd y&apos;i gwelwyd ddiwethaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="73"/>
        <source>missing from home: when reported</source>
        <translation>ar goll o&apos;r cartref: pryd yr adroddwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="74"/>
        <source>missing from home: when back</source>
        <translation>ar goll o&apos;r cartref: pryd y daeth yn ôl</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="77"/>
        <source>missing from home: who it was reported to</source>
        <translation>ar goll o&apos;r cartref: i bwy yr adroddwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="79"/>
        <source>missing from home: the police reference</source>
        <translation>ar goll o&apos;r cartref: cyfeirnod yr heddlu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="81"/>
        <source>missing from home: the conversation when they came back</source>
        <translation>ar goll o&apos;r cartref: y sgwrs pan ddaeth yn ôl</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="93"/>
        <source>--told is given once without --event-kind; to record several people told, give --event-kind and --happened-at.</source>
        <translation>Rhoddir --told unwaith heb --event-kind; i gofnodi sawl person a hysbyswyd, rhowch --event-kind a --happened-at.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="125"/>
        <source>{option} is part of a significant event: give --event-kind too.</source>
        <translation>Mae {option} yn rhan o ddigwyddiad arwyddocaol: rhowch --event-kind hefyd.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="130"/>
        <source>With --event-kind, say when each person was told inside --told, not with --told-at.</source>
        <translation>Gyda --event-kind, dywedwch pryd y hysbyswyd pob person y tu mewn i --told, nid gyda --told-at.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="139"/>
        <source>{option} is for a child missing from home (--event-kind missing-from-home).</source>
        <translation>Mae {option} ar gyfer plentyn sydd ar goll o&apos;r cartref (--event-kind missing-from-home).</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="154"/>
        <location filename="../src/carerdesk/cli/event_args.py" line="179"/>
        <source>Warning: {words}</source>
        <translation>Rhybudd: {words}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="172"/>
        <source>Significant event</source>
        <translation>Digwyddiad arwyddocaol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="173"/>
        <source>Significant event: {kind}, {at}</source>
        <translation>Digwyddiad arwyddocaol: {kind}, {at}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/event_args.py" line="177"/>
        <source>Told {name} ({role}) {at}{how}</source>
        <translation>Hysbyswyd {name} ({role}) {at}{how}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="28"/>
        <location filename="../src/carerdesk/cli/parser.py" line="50"/>
        <source>the vault folder (default: CARERDESK_DATA_DIR, else your user data folder)</source>
        <translation>ffolder y gladdgell (diofyn: CARERDESK_DATA_DIR, neu fel arall eich ffolder data defnyddiwr)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="32"/>
        <source>read the passphrase (and any new one) from successive lines of standard input</source>
        <translation>darllen y cyfrinymadrodd (ac unrhyw un newydd) o linellau olynol y mewnbwn safonol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="39"/>
        <source>print JSON for scripts</source>
        <translation>argraffu JSON ar gyfer sgriptiau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="45"/>
        <source>CarerDesk: an offline, encrypted journal for foster carers. With no command, the app opens.</source>
        <translation>CarerDesk: dyddiadur all-lein, wedi&apos;i amgryptio, i ofalwyr maeth. Heb orchymyn, mae&apos;r ap yn agor.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="53"/>
        <source>the language: en (English) or cy (Cymraeg); default: your choice in Preferences, else the system&apos;s</source>
        <translation>yr iaith: en (English) neu cy (Cymraeg); diofyn: eich dewis yn Dewisiadau, neu fel arall iaith y system</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="57"/>
        <source>read passphrases from standard input</source>
        <translation>darllen cyfrinymadroddion o&apos;r mewnbwn safonol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="69"/>
        <source>agency presets</source>
        <translation>rhagosodiadau asiantaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="71"/>
        <source>check an agency preset file; names the field and line of any mistake</source>
        <translation>gwirio ffeil rhagosodiad asiantaeth; mae&apos;n enwi maes a llinell unrhyw gamgymeriad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="76"/>
        <source>find entries by their words</source>
        <translation>canfod cofnodion yn ôl eu geiriau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="77"/>
        <source>the words to find</source>
        <translation>y geiriau i&apos;w canfod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="79"/>
        <location filename="../src/carerdesk/cli/parser.py" line="290"/>
        <source>only this child</source>
        <translation>y plentyn hwn yn unig</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="82"/>
        <source>create a new vault filled with realistic, synthetic records for trying the app</source>
        <translation>creu claddgell newydd yn llawn cofnodion realistig, synthetig er mwyn rhoi cynnig ar yr ap</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="84"/>
        <source>years of entries</source>
        <translation>blynyddoedd o gofnodion</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="85"/>
        <source>how many children</source>
        <translation>faint o blant</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="86"/>
        <source>random seed</source>
        <translation>hedyn ar hap</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="87"/>
        <source>check that this installation works</source>
        <translation>gwirio bod y gosodiad hwn yn gweithio</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="88"/>
        <source>open the app</source>
        <translation>agor yr ap</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="94"/>
        <source>create a new vault</source>
        <translation>creu claddgell newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="96"/>
        <source>carer (default) or supervisor</source>
        <translation>carer (diofyn) neu supervisor</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="97"/>
        <source>the household&apos;s name, shown in reports</source>
        <translation>enw&apos;r aelwyd, a ddangosir mewn adroddiadau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="99"/>
        <source>your name as others see it on your public key (a social worker&apos;s own name; for carers, the carers&apos; names)</source>
        <translation>eich enw fel y mae eraill yn ei weld ar eich allwedd gyhoeddus (enw&apos;r gweithiwr cymdeithasol ei hun; i ofalwyr, enwau&apos;r gofalwyr)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="103"/>
        <source>write an encrypted, verified backup; prints its path last</source>
        <translation>ysgrifennu copi wrth gefn wedi&apos;i amgryptio a&apos;i wirio; mae&apos;n argraffu ei lwybr yn olaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="106"/>
        <source>the backup folder (default: the one chosen in the app, else one beside the vault)</source>
        <translation>y ffolder copïau wrth gefn (diofyn: yr un a ddewiswyd yn yr ap, neu fel arall un wrth ymyl y gladdgell)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="109"/>
        <source>put a backup in place; the current vault is moved aside, never overwritten</source>
        <translation>rhoi copi wrth gefn yn ei le; symudir y gladdgell bresennol o&apos;r neilltu, ni chaiff byth ei throsysgrifo</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="113"/>
        <source>open the backup with the recovery key instead of the passphrase</source>
        <translation>agor y copi wrth gefn gyda&apos;r allwedd adfer yn lle&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="116"/>
        <source>the backup is of a different vault, and it is meant to replace this one (which is kept aside)</source>
        <translation>mae&apos;r copi wrth gefn o gladdgell wahanol, a&apos;i fwriad yw disodli hon (a gedwir o&apos;r neilltu)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="120"/>
        <source>what the vault holds, and an integrity check</source>
        <translation>beth sydd yn y gladdgell, a gwiriad cywirdeb</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="123"/>
        <source>change the passphrase (current, new, confirmation)</source>
        <translation>newid y cyfrinymadrodd (presennol, newydd, cadarnhad)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="126"/>
        <source>also re-encrypt the journal under a new database key and make a new recovery key (shown once); old key files and the old recovery key stop working</source>
        <translation>hefyd amgryptio&apos;r dyddiadur eto dan allwedd cronfa ddata newydd a gwneud allwedd adfer newydd (a ddangosir unwaith); bydd hen ffeiliau allwedd a&apos;r hen allwedd adfer yn peidio â gweithio</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="131"/>
        <source>set a new passphrase with the recovery key (recovery key, new, confirmation)</source>
        <translation>gosod cyfrinymadrodd newydd gyda&apos;r allwedd adfer (allwedd adfer, newydd, cadarnhad)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="136"/>
        <source>the children in the household</source>
        <translation>y plant yn yr aelwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="139"/>
        <source>add a child; prints the new id last</source>
        <translation>ychwanegu plentyn; mae&apos;n argraffu&apos;r id newydd yn olaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="20"/>
        <source>{option} takes FIELD=FILE</source>
        <translation>Mae {option} yn cymryd MAES=FFEIL</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="32"/>
        <source>a child&apos;s profile, the people around them and the placement dates</source>
        <translation>proffil plentyn, y bobl o&apos;i gwmpas a dyddiadau&apos;r lleoliad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="34"/>
        <location filename="../src/carerdesk/cli/child_parser.py" line="39"/>
        <location filename="../src/carerdesk/cli/child_parser.py" line="55"/>
        <location filename="../src/carerdesk/cli/child_voice_parser.py" line="16"/>
        <location filename="../src/carerdesk/cli/handover_parser.py" line="17"/>
        <location filename="../src/carerdesk/cli/removal_parser.py" line="13"/>
        <location filename="../src/carerdesk/cli/removal_parser.py" line="21"/>
        <source>id or name</source>
        <translation>id neu enw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="37"/>
        <source>change a child&apos;s name, dates or profile; the earlier version is kept</source>
        <translation>newid enw, dyddiadau neu broffil plentyn; cedwir y fersiwn gynharach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="40"/>
        <location filename="../src/carerdesk/cli/parser.py" line="140"/>
        <source>the child&apos;s name</source>
        <translation>enw&apos;r plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="41"/>
        <location filename="../src/carerdesk/cli/parser.py" line="141"/>
        <source>date of birth</source>
        <translation>dyddiad geni</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="42"/>
        <location filename="../src/carerdesk/cli/parser.py" line="143"/>
        <source>the date the placement began</source>
        <translation>y dyddiad y dechreuodd y lleoliad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="43"/>
        <source>the date the placement ended</source>
        <translation>y dyddiad y daeth y lleoliad i ben</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="45"/>
        <source>a part of the profile (empty TEXT clears it): {fields}</source>
        <translation>rhan o&apos;r proffil (mae TESTUN gwag yn ei glirio): {fields}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="48"/>
        <source>a part of the profile read from FILE (- for standard input), off the command line</source>
        <translation>rhan o&apos;r proffil wedi&apos;i darllen o FFEIL (- ar gyfer y mewnbwn safonol), nid o&apos;r llinell orchymyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="50"/>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="63"/>
        <source>why it changed (kept with the version)</source>
        <translation>pam y newidiodd (cedwir gyda&apos;r fersiwn)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="52"/>
        <source>every kept version of a child&apos;s name and dates (--profile: of the whole profile)</source>
        <translation>pob fersiwn a gadwyd o enw a dyddiadau plentyn (--profile: o&apos;r proffil cyfan)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="57"/>
        <source>the versions of the profile, each with its parts, instead</source>
        <translation>fersiynau&apos;r proffil yn lle hynny, pob un gyda&apos;i rannau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="63"/>
        <source>their name (another fostered child: initials only)</source>
        <translation>eu henw (plentyn maeth arall: blaenlythrennau yn unig)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="67"/>
        <source>how the child relates to them</source>
        <translation>sut mae&apos;r plentyn yn perthyn iddynt</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="68"/>
        <source>the child&apos;s own name for them (&quot;Nanna&quot;)</source>
        <translation>enw&apos;r plentyn ei hun amdanynt (&quot;Nanna&quot;)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="71"/>
        <source>a brother or sister: living with the child or apart</source>
        <translation>brawd neu chwaer: yn byw gyda&apos;r plentyn neu ar wahân</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="73"/>
        <source>anything else</source>
        <translation>unrhyw beth arall</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="77"/>
        <location filename="../src/carerdesk/cli/child_parser.py" line="89"/>
        <source>the people around a child</source>
        <translation>y bobl o gwmpas plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="80"/>
        <source>add someone; prints the new id last</source>
        <translation>ychwanegu rhywun; mae&apos;n argraffu&apos;r id newydd yn olaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="81"/>
        <location filename="../src/carerdesk/cli/child_parser.py" line="91"/>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="45"/>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="69"/>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="28"/>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="50"/>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="77"/>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="94"/>
        <source>whose</source>
        <translation>pwy biau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_parser.py" line="84"/>
        <source>change what is recorded about someone; the earlier version is kept</source>
        <translation>newid yr hyn a gofnodwyd am rywun; cedwir y fersiwn gynharach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="145"/>
        <source>list the children</source>
        <translation>rhestru&apos;r plant</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="161"/>
        <source>{option} must follow a --photo</source>
        <translation>Rhaid i {option} ddilyn --photo</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="175"/>
        <source>life-story pages for a child</source>
        <translation>tudalennau stori bywyd plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="178"/>
        <source>add a page; prints the page id last</source>
        <translation>ychwanegu tudalen; mae&apos;n argraffu id y dudalen yn olaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="180"/>
        <location filename="../src/carerdesk/cli/parser.py" line="205"/>
        <location filename="../src/carerdesk/cli/parser.py" line="211"/>
        <source>whose book</source>
        <translation>llyfr pwy</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="181"/>
        <source>the page&apos;s title</source>
        <translation>teitl y dudalen</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="182"/>
        <source>the story, told to the child (&quot;You ...&quot;)</source>
        <translation>y stori, wedi&apos;i hadrodd i&apos;r plentyn (&quot;Rwyt ti ...&quot;)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="184"/>
        <source>a date or a period, e.g. &quot;Summer 2024&quot;</source>
        <translation>dyddiad neu gyfnod, e.e. &quot;Haf 2024&quot;</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="18"/>
        <location filename="../src/carerdesk/cli/parser.py" line="185"/>
        <source>where it was</source>
        <translation>ble roedd e</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="19"/>
        <source>who supervised it, if anyone did</source>
        <translation>pwy a&apos;i goruchwyliodd, os oedd unrhyw un</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="20"/>
        <source>who cancelled it (cancelled only)</source>
        <translation>pwy a&apos;i canslodd (wedi&apos;i ganslo yn unig)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="21"/>
        <source>why it was cancelled (cancelled only)</source>
        <translation>pam y cafodd ei ganslo (wedi&apos;i ganslo yn unig)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="22"/>
        <source>how the child seemed to you before</source>
        <translation>sut roedd y plentyn yn ymddangos i chi cyn hynny</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="23"/>
        <source>how the child seemed during it</source>
        <translation>sut roedd y plentyn yn ymddangos yn ystod yr amser</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="24"/>
        <source>how the child seemed after it</source>
        <translation>sut roedd y plentyn yn ymddangos wedyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="25"/>
        <source>what the child said, word for word</source>
        <translation>beth ddywedodd y plentyn, air am air</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="26"/>
        <source>what you noticed</source>
        <translation>beth sylwoch chi arno</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="37"/>
        <source>family time: planned, happened or cancelled</source>
        <translation>amser teulu: wedi&apos;i gynllunio, wedi digwydd neu wedi&apos;i ganslo</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="43"/>
        <source>record a family time; prints the new id last</source>
        <translation>cofnodi amser teulu; mae&apos;n argraffu&apos;r id newydd yn olaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="47"/>
        <source>the day of the family time</source>
        <translation>diwrnod yr amser teulu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="49"/>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="60"/>
        <source>planned, happened or cancelled</source>
        <translation>planned, happened neu cancelled</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="50"/>
        <source>someone from &quot;carerdesk people list&quot; who was there, by id or the start of it (repeat for each)</source>
        <translation>rhywun o &quot;carerdesk people list&quot; a oedd yno, yn ôl id neu ei ddechrau (ailadroddwch ar gyfer pob un)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="55"/>
        <source>change a family time; the earlier version is kept</source>
        <translation>newid amser teulu; cedwir y fersiwn gynharach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="58"/>
        <location filename="../src/carerdesk/cli/me_parser.py" line="49"/>
        <source>the day</source>
        <translation>y diwrnod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="61"/>
        <source>who was there (repeat for each; replaces the list)</source>
        <translation>pwy oedd yno (ailadroddwch ar gyfer pob un; mae&apos;n disodli&apos;r rhestr)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="66"/>
        <source>a child&apos;s family time, oldest first</source>
        <translation>amser teulu plentyn, yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="71"/>
        <source>only the family time with this person</source>
        <translation>dim ond yr amser teulu gyda&apos;r person hwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_parser.py" line="75"/>
        <source>every kept version of a family time</source>
        <translation>pob fersiwn a gadwyd o amser teulu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="186"/>
        <source>the child&apos;s own words</source>
        <translation>geiriau&apos;r plentyn ei hun</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="116"/>
        <location filename="../src/carerdesk/cli/parser.py" line="187"/>
        <source>who was there</source>
        <translation>pwy oedd yno</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="189"/>
        <source>how the page looks</source>
        <translation>sut mae&apos;r dudalen yn edrych</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="191"/>
        <source>a photo (repeat for up to 4)</source>
        <translation>llun (ailadroddwch ar gyfer hyd at 4)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="192"/>
        <source>the caption of the photo before</source>
        <translation>capsiwn y llun blaenorol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="195"/>
        <source>the caption, read from FILE (- for standard input)</source>
        <translation>y capsiwn, wedi&apos;i ddarllen o FFEIL (- ar gyfer y mewnbwn safonol)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="197"/>
        <source>who agreed to the use of the photo before</source>
        <translation>pwy a gytunodd i ddefnyddio&apos;r llun blaenorol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="199"/>
        <source>who agreed, read from FILE (- for standard input)</source>
        <translation>pwy a gytunodd, wedi&apos;i ddarllen o FFEIL (- ar gyfer y mewnbwn safonol)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="201"/>
        <source>include this page in supervision reports</source>
        <translation>cynnwys y dudalen hon mewn adroddiadau goruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="203"/>
        <source>write the book (or one page) as a PDF</source>
        <translation>ysgrifennu&apos;r llyfr (neu un dudalen) fel PDF</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="206"/>
        <source>the PDF</source>
        <translation>y PDF</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="207"/>
        <source>only this page</source>
        <translation>y dudalen hon yn unig</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="209"/>
        <source>list a child&apos;s pages</source>
        <translation>rhestru tudalennau plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="216"/>
        <source>journal entries</source>
        <translation>cofnodion dyddiadur</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="219"/>
        <source>write an entry; prints the new id last</source>
        <translation>ysgrifennu cofnod; mae&apos;n argraffu&apos;r id newydd yn olaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="223"/>
        <source>the whole entry as JSON from FILE (- for standard input, after the passphrase line) instead of the options below; its fields are in the README</source>
        <translation>y cofnod cyfan fel JSON o FFEIL (- ar gyfer y mewnbwn safonol, ar ôl llinell y cyfrinymadrodd) yn lle&apos;r opsiynau isod; mae ei feysydd yn y README</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="227"/>
        <source>the child it is about (repeat for siblings)</source>
        <translation>y plentyn y mae&apos;n ymwneud ag ef (ailadroddwch ar gyfer brodyr a chwiorydd)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="230"/>
        <source>the day it happened (default: today)</source>
        <translation>y diwrnod y digwyddodd (diofyn: heddiw)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="231"/>
        <source>the day in your words</source>
        <translation>y diwrnod yn eich geiriau chi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="233"/>
        <source>what happened, for a Secure Base dimension: availability, sensitivity, acceptance, cooperation, family_membership</source>
        <translation>beth ddigwyddodd, ar gyfer dimensiwn Sylfaen Ddiogel: availability, sensitivity, acceptance, cooperation, family_membership</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="237"/>
        <source>a 0-10 rating for a dimension; family_membership_birth rates the birth family</source>
        <translation>sgôr 0-10 ar gyfer dimensiwn; mae family_membership_birth yn sgorio&apos;r teulu biolegol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="240"/>
        <source>daily_life, health, education, family_time, achievement, incident, missing_from_care, allegation, medication, other</source>
        <translation>daily_life, health, education, family_time, achievement, incident, missing_from_care, allegation, medication, other</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="244"/>
        <source>mark it as a significant event</source>
        <translation>ei farcio fel digwyddiad arwyddocaol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="246"/>
        <source>star it: bring it to supervision (the summary shows it first under its dimensions)</source>
        <translation>rhoi seren arno: dod ag ef i&apos;r oruchwyliaeth (mae&apos;r crynodeb yn ei ddangos yn gyntaf o dan ei ddimensiynau)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="249"/>
        <source>when they were told</source>
        <translation>pryd y cawsant wybod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="250"/>
        <source>what happens next</source>
        <translation>beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="252"/>
        <source>the child&apos;s own words, kept as theirs</source>
        <translation>geiriau&apos;r plentyn ei hun, wedi&apos;u cadw fel eu geiriau nhw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="253"/>
        <source>your own reflection</source>
        <translation>eich myfyrdod eich hun</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="254"/>
        <source>the child&apos;s mood: very_upset, upset, okay, happy, very_happy</source>
        <translation>hwyliau&apos;r plentyn: very_upset, upset, okay, happy, very_happy</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="257"/>
        <source>an entry about several children: only these parts go into CHILD&apos;s report (text, voice, reflection, event or a dimension); repeat per child</source>
        <translation>cofnod am sawl plentyn: dim ond y rhannau hyn sy&apos;n mynd i adroddiad PLENTYN (text, voice, reflection, event neu ddimensiwn); ailadroddwch ar gyfer pob plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="262"/>
        <source>change an entry; the earlier version is kept</source>
        <translation>newid cofnod; cedwir y fersiwn gynharach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="265"/>
        <source>the new text</source>
        <translation>y testun newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="266"/>
        <source>why it changed</source>
        <translation>pam y newidiodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="269"/>
        <source>one entry, its significant event included</source>
        <translation>un cofnod, gan gynnwys ei ddigwyddiad arwyddocaol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="275"/>
        <source>every version of an entry</source>
        <translation>pob fersiwn o gofnod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="280"/>
        <source>star an entry to bring to supervision (not a change to its words)</source>
        <translation>rhoi seren ar gofnod i ddod ag ef i&apos;r oruchwyliaeth (nid yw&apos;n newid ei eiriau)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="284"/>
        <source>take the supervision star off an entry</source>
        <translation>tynnu seren yr oruchwyliaeth oddi ar gofnod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="289"/>
        <source>list entries, newest first</source>
        <translation>rhestru cofnodion, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="291"/>
        <source>from this day</source>
        <translation>o&apos;r diwrnod hwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="292"/>
        <source>to this day</source>
        <translation>i&apos;r diwrnod hwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/parser.py" line="294"/>
        <source>only entries starred for supervision</source>
        <translation>dim ond cofnodion â seren ar gyfer yr oruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/prompts.py" line="17"/>
        <source>The passphrase given is not UTF-8 text (is the terminal or the file in another encoding?). Nothing was changed.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd a roddwyd yn destun UTF-8 (a yw&apos;r derfynell neu&apos;r ffeil mewn amgodiad arall?). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/prompts.py" line="44"/>
        <source>Standard input ended before every passphrase was given.</source>
        <translation>Daeth y mewnbwn safonol i ben cyn i bob cyfrinymadrodd gael ei roi.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/prompts.py" line="53"/>
        <source>There is no terminal to type the passphrase in. Use --passphrase-stdin to give it on standard input.</source>
        <translation>Nid oes terfynell i deipio&apos;r cyfrinymadrodd ynddi. Defnyddiwch --passphrase-stdin i&apos;w roi ar y mewnbwn safonol.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/prompts.py" line="59"/>
        <source>No passphrase was typed.</source>
        <translation>Ni theipiwyd cyfrinymadrodd.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/prompts.py" line="68"/>
        <source>There is no terminal to type the recovery key in. Use --passphrase-stdin to give it on standard input.</source>
        <translation>Nid oes terfynell i deipio&apos;r allwedd adfer ynddi. Defnyddiwch --passphrase-stdin i&apos;w rhoi ar y mewnbwn safonol.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/prompts.py" line="74"/>
        <source>No recovery key was typed.</source>
        <translation>Ni theipiwyd allwedd adfer.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="23"/>
        <source>New passphrase: </source>
        <translation>Cyfrinymadrodd newydd: </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="24"/>
        <source>Type it again: </source>
        <translation>Teipiwch ef eto: </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="32"/>
        <source>Creating the vault; this takes a few seconds...</source>
        <translation>Yn creu&apos;r gladdgell; mae hyn yn cymryd ychydig eiliadau...</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="40"/>
        <source>Vault created in {folder}.</source>
        <translation>Crëwyd y gladdgell yn {folder}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="41"/>
        <source>Write the recovery key below on paper and keep it somewhere safe, away from this computer. It is shown only this once; with it you can open the vault if you forget your passphrase.</source>
        <translation>Ysgrifennwch yr allwedd adfer isod ar bapur a&apos;i chadw rywle diogel, i ffwrdd o&apos;r cyfrifiadur hwn. Fe&apos;i dangosir y tro hwn yn unig; gyda hi gallwch agor y gladdgell os byddwch yn anghofio eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="52"/>
        <source>Choose 1 to 50 years and 1 to 8 children.</source>
        <translation>Dewiswch 1 i 50 mlynedd ac 1 i 8 o blant.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="57"/>
        <source>Writing demo entries: {pct}%</source>
        <translation>Yn ysgrifennu cofnodion enghreifftiol: {pct}%</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/vault_commands.py" line="62"/>
        <source>Demo vault created in {folder} with %n entries.</source>
        <translation>
            <numerusform>Crëwyd claddgell enghreifftiol yn {folder} gyda %n cofnod.</numerusform>
            <numerusform>Crëwyd claddgell enghreifftiol yn {folder} gyda %n cofnod.</numerusform>
            <numerusform>Crëwyd claddgell enghreifftiol yn {folder} gyda %n cofnod.</numerusform>
            <numerusform>Crëwyd claddgell enghreifftiol yn {folder} gyda %n cofnod.</numerusform>
            <numerusform>Crëwyd claddgell enghreifftiol yn {folder} gyda %n cofnod.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="77"/>
        <source>Vault</source>
        <translation>Claddgell</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="78"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="79"/>
        <source>Household</source>
        <translation>Aelwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="80"/>
        <source>Created</source>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="81"/>
        <source>Schema version</source>
        <translation>Fersiwn y sgema</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="82"/>
        <source>Children</source>
        <translation>Plant</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="83"/>
        <source>Entries</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="84"/>
        <source>Integrity</source>
        <translation>Cywirdeb</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="85"/>
        <source>ok</source>
        <translation>iawn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="85"/>
        <source>DAMAGED</source>
        <translation>WEDI&apos;I DDIFRODI</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="92"/>
        <source>The vault failed its integrity check. Restore it from a backup; do not keep writing to this copy.</source>
        <translation>Methodd y gladdgell ei gwiriad cywirdeb. Adferwch hi o gopi wrth gefn; peidiwch â dal ati i ysgrifennu i&apos;r copi hwn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="107"/>
        <source>Re-encrypting the journal under a new key...</source>
        <translation>Yn amgryptio&apos;r dyddiadur eto dan allwedd newydd...</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="112"/>
        <source>Passphrase changed. The recovery key still works as before.</source>
        <translation>Newidiwyd y cyfrinymadrodd. Mae&apos;r allwedd adfer yn dal i weithio fel o&apos;r blaen.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="114"/>
        <source>Done: the journal has a new key. Your old recovery key, and copies of vault.json from before (in old backups, say), no longer open it. Write the new recovery key below on paper and keep it somewhere safe; it is shown only this once.</source>
        <translation>Wedi&apos;i wneud: mae gan y dyddiadur allwedd newydd. Nid yw eich hen allwedd adfer, na chopïau o vault.json o&apos;r blaen (mewn hen gopïau wrth gefn, er enghraifft), yn ei agor bellach. Ysgrifennwch yr allwedd adfer newydd isod ar bapur a&apos;i chadw rywle diogel; fe&apos;i dangosir y tro hwn yn unig.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/backup_commands.py" line="18"/>
        <source>Backup written and checked. It opens with your passphrase or your recovery key.</source>
        <translation>Mae&apos;r copi wrth gefn wedi&apos;i ysgrifennu a&apos;i wirio. Mae&apos;n agor gyda&apos;ch cyfrinymadrodd neu&apos;ch allwedd adfer.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/backup_commands.py" line="27"/>
        <source>There is no backup file at {path}.</source>
        <translation>Nid oes ffeil copi wrth gefn yn {path}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/backup_commands.py" line="30"/>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="125"/>
        <source>Recovery key: </source>
        <translation>Allwedd adfer: </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/backup_commands.py" line="34"/>
        <source>Passphrase of the backup: </source>
        <translation>Cyfrinymadrodd y copi wrth gefn: </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/backup_commands.py" line="37"/>
        <source>Restored the backup into {folder}.</source>
        <translation>Adferwyd y copi wrth gefn i {folder}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/backup_commands.py" line="39"/>
        <source>Your previous vault was kept, unchanged, in {aside}.</source>
        <translation>Cadwyd eich claddgell flaenorol, heb ei newid, yn {aside}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/vault_commands.py" line="132"/>
        <source>A new passphrase is set. Keep your recovery key safe: it still works.</source>
        <translation>Mae cyfrinymadrodd newydd wedi&apos;i osod. Cadwch eich allwedd adfer yn ddiogel: mae&apos;n dal i weithio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/lifestory_commands.py" line="44"/>
        <source>Added the page “{title}” with %n photos.</source>
        <translation>
            <numerusform>Wedi ychwanegu&apos;r dudalen “{title}” gyda %n llun.</numerusform>
            <numerusform>Wedi ychwanegu&apos;r dudalen “{title}” gyda %n llun.</numerusform>
            <numerusform>Wedi ychwanegu&apos;r dudalen “{title}” gyda %n llun.</numerusform>
            <numerusform>Wedi ychwanegu&apos;r dudalen “{title}” gyda %n llun.</numerusform>
            <numerusform>Wedi ychwanegu&apos;r dudalen “{title}” gyda %n llun.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/lifestory_commands.py" line="73"/>
        <source>That page is in another child&apos;s book.</source>
        <translation>Mae&apos;r dudalen honno yn llyfr plentyn arall.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/handover_commands.py" line="27"/>
        <source>{path}: {name}&apos;s whole record ({entries} entries, {pages} life-story pages, {photos} photos), signed and encrypted for {who} ({fp}). The record stays here until their receipt is imported.</source>
        <translation>{path}: cofnod cyfan {name} ({entries} cofnod, {pages} tudalen stori bywyd, {photos} llun), wedi&apos;i lofnodi a&apos;i amgryptio ar gyfer {who} ({fp}). Mae&apos;r cofnod yn aros yma nes i&apos;w derbynneb gael ei mewnforio.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/handover_commands.py" line="48"/>
        <source>{path}: {child}&apos;s closed record from {carer}, {entries} entries{again}; receipt written to {receipt}.</source>
        <translation>{path}: cofnod caeedig {child} gan {carer}, {entries} cofnod{again}; ysgrifennwyd y dderbynneb i {receipt}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/handover_commands.py" line="52"/>
        <source> (imported before)</source>
        <translation> (wedi&apos;i fewnforio o&apos;r blaen)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/handover_commands.py" line="68"/>
        <source>That receipt was imported before: the record was removed then.</source>
        <translation>Mewnforiwyd y dderbynneb honno o&apos;r blaen: tynnwyd y cofnod bryd hynny.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/handover_commands.py" line="70"/>
        <source>Receipt {id} accepted: the record of {initial} is removed from this journal; {n} older backups replaced by {backup}.</source>
        <translation>Derbyniwyd derbynneb {id}: mae cofnod {initial} wedi&apos;i dynnu o&apos;r dyddiadur hwn; rhoddwyd {backup} yn lle {n} copi wrth gefn hŷn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/handover_commands.py" line="95"/>
        <location filename="../src/carerdesk/cli/lifestory_commands.py" line="80"/>
        <location filename="../src/carerdesk/cli/report_commands.py" line="62"/>
        <source>Wrote {path}.</source>
        <translation>Ysgrifennwyd {path}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="22"/>
        <source>The preset is valid: {agency}.</source>
        <translation>Mae&apos;r rhagosodiad yn ddilys: {agency}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="24"/>
        <source> (default recipient)</source>
        <translation> (derbynnydd diofyn)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="25"/>
        <source>Social worker: {name}{mark}</source>
        <translation>Gweithiwr cymdeithasol: {name}{mark}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="38"/>
        <source>Locked (the carer cannot change these):</source>
        <translation>Wedi&apos;u cloi (ni all y gofalwr newid y rhain):</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="42"/>
        <source>Defaults (the carer may change these):</source>
        <translation>Diofyn (caiff y gofalwr newid y rhain):</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="48"/>
        <source>CarerDesk&apos;s default</source>
        <translation>Diofyn CarerDesk</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="53"/>
        <source>No agency preset is in force on this computer.</source>
        <translation>Nid oes rhagosodiad asiantaeth mewn grym ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="54"/>
        <source>In force on this computer: {agency}, {where}.</source>
        <translation>Mewn grym ar y cyfrifiadur hwn: {agency}, {where}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="61"/>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="63"/>
        <source>Agency preset</source>
        <translation>Rhagosodiad yr asiantaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="61"/>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="64"/>
        <source>Preset from</source>
        <translation>Rhagosodiad o</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="66"/>
        <source>Preset problem</source>
        <translation>Problem gyda&apos;r rhagosodiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="80"/>
        <source>Your agency&apos;s settings file has a mistake, so CarerDesk keeps the settings it had. Please call your agency and tell them: {problem}</source>
        <translation>Mae camgymeriad yn ffeil gosodiadau eich asiantaeth, felly mae CarerDesk yn cadw&apos;r gosodiadau oedd ganddo. Ffoniwch eich asiantaeth a dywedwch wrthynt: {problem}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="97"/>
        <source>Your agency added {name} ({fp}): you can send reports to them.</source>
        <translation>Mae eich asiantaeth wedi ychwanegu {name} ({fp}): gallwch anfon adroddiadau atynt.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="99"/>
        <source>{name} ({fp}) is no longer with the agency: reports no longer go to them.</source>
        <translation>Nid yw {name} ({fp}) gyda&apos;r asiantaeth bellach: nid yw adroddiadau&apos;n mynd atynt mwyach.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/selftest_command.py" line="99"/>
        <source>make a vault</source>
        <translation>gwneud claddgell</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/selftest_command.py" line="100"/>
        <source>unlock, search, integrity, recovery key</source>
        <translation>datgloi, chwilio, cywirdeb, allwedd adfer</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/selftest_command.py" line="101"/>
        <source>start Qt and show the journal</source>
        <translation>cychwyn Qt a dangos y dyddiadur</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/selftest_command.py" line="102"/>
        <source>draw PDFs (recovery sheet, life-story book)</source>
        <translation>llunio PDFs (taflen adfer, llyfr stori bywyd)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/selftest_command.py" line="103"/>
        <source>a report goes out, comes back, and a changed one is refused</source>
        <translation>mae adroddiad yn mynd allan, yn dod yn ôl, ac mae un a newidiwyd yn cael ei wrthod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/selftest_command.py" line="105"/>
        <source>translations present</source>
        <translation>mae&apos;r cyfieithiadau yno</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="29"/>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="53"/>
        <location filename="../src/carerdesk/cli/preset_commands.py" line="27"/>
        <source>Fingerprint: {fp}</source>
        <translation>Ôl bys: {fp}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="30"/>
        <source>Name: {name} ({role})</source>
        <translation>Enw: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="32"/>
        <source>Read the fingerprint aloud to the other person; it must match what their CarerDesk shows.</source>
        <translation>Darllenwch yr ôl bys yn uchel i&apos;r person arall; rhaid iddo gyfateb i&apos;r hyn y mae eu CarerDesk nhw yn ei ddangos.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="42"/>
        <source>Wrote {path}. Fingerprint: {fp}</source>
        <translation>Ysgrifennwyd {path}. Ôl bys: {fp}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="54"/>
        <source>Is this the fingerprint the social worker read to you? [y/N] </source>
        <translation>Ai dyma&apos;r ôl bys a ddarllenodd y gweithiwr cymdeithasol i chi? [y/N] </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="60"/>
        <source>Check the fingerprint with the social worker (by phone or in person), then run this again with --yes, or answer y on standard input.</source>
        <translation>Gwiriwch yr ôl bys gyda&apos;r gweithiwr cymdeithasol (ar y ffôn neu wyneb yn wyneb), yna rhedwch hwn eto gyda --yes, neu atebwch y ar y mewnbwn safonol.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="75"/>
        <source>Not added.</source>
        <translation>Heb ei ychwanegu.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="79"/>
        <source>Trusted {name} ({fp}).</source>
        <translation>Yn ymddiried yn {name} ({fp}).</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="92"/>
        <source>no longer with the agency</source>
        <translation>nid yw gyda&apos;r asiantaeth bellach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="98"/>
        <source>No recipients yet. Add one with: carerdesk recipients add FILE</source>
        <translation>Dim derbynwyr eto. Ychwanegwch un gyda: carerdesk recipients add FFEIL</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="106"/>
        <source>Removed {name}.</source>
        <translation>Wedi tynnu {name}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="115"/>
        <source>Name who the report is for with --recipient (a key file or a name from &quot;carerdesk recipients list&quot;).</source>
        <translation>Enwch ar gyfer pwy mae&apos;r adroddiad gyda --recipient (ffeil allwedd neu enw o &quot;carerdesk recipients list&quot;).</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="131"/>
        <source>Say whose report this is with --child (there are {n} children in this vault).</source>
        <translation>Dywedwch adroddiad pwy yw hwn gyda --child (mae {n} o blant yn y gladdgell hon).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="145"/>
        <source>Wrote {path}: %n entries for {child}, {since} to {until}, for {who}.</source>
        <translation>
            <numerusform>Ysgrifennwyd {path}: %n cofnod ar gyfer {child}, {since} i {until}, ar gyfer {who}.</numerusform>
            <numerusform>Ysgrifennwyd {path}: %n cofnod ar gyfer {child}, {since} i {until}, ar gyfer {who}.</numerusform>
            <numerusform>Ysgrifennwyd {path}: %n cofnod ar gyfer {child}, {since} i {until}, ar gyfer {who}.</numerusform>
            <numerusform>Ysgrifennwyd {path}: %n cofnod ar gyfer {child}, {since} i {until}, ar gyfer {who}.</numerusform>
            <numerusform>Ysgrifennwyd {path}: %n cofnod ar gyfer {child}, {since} i {until}, ar gyfer {who}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="172"/>
        <source>{file}: imported %n entries for {child}, {since} to {until}, from {carer} ({fp}).</source>
        <translation>
            <numerusform>{file}: mewnforiwyd %n cofnod ar gyfer {child}, {since} i {until}, gan {carer} ({fp}).</numerusform>
            <numerusform>{file}: mewnforiwyd %n cofnod ar gyfer {child}, {since} i {until}, gan {carer} ({fp}).</numerusform>
            <numerusform>{file}: mewnforiwyd %n cofnod ar gyfer {child}, {since} i {until}, gan {carer} ({fp}).</numerusform>
            <numerusform>{file}: mewnforiwyd %n cofnod ar gyfer {child}, {since} i {until}, gan {carer} ({fp}).</numerusform>
            <numerusform>{file}: mewnforiwyd %n cofnod ar gyfer {child}, {since} i {until}, gan {carer} ({fp}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="151"/>
        <source>Wrote {path} (the summary, not encrypted: keep it safe).</source>
        <translation>Ysgrifennwyd {path} (y crynodeb, heb ei amgryptio: cadwch ef yn ddiogel).</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_commands.py" line="170"/>
        <source>{file}: already imported ({child}, {since} to {until}).</source>
        <translation>{file}: wedi&apos;i fewnforio eisoes ({child}, {since} i {until}).</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="10"/>
        <source>this vault&apos;s public key</source>
        <translation>allwedd gyhoeddus y gladdgell hon</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="13"/>
        <source>print the fingerprint, to read aloud</source>
        <translation>argraffu&apos;r ôl bys, i&apos;w ddarllen yn uchel</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="15"/>
        <source>keep the agency&apos;s vouch for this vault&apos;s key (a carer, at onboarding)</source>
        <translation>cadw gwarant yr asiantaeth ar gyfer allwedd y gladdgell hon (gofalwr, wrth ymuno)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="19"/>
        <source>sign a carer&apos;s public key file with this vault&apos;s key, as the agency</source>
        <translation>llofnodi ffeil allwedd gyhoeddus gofalwr gydag allwedd y gladdgell hon, fel yr asiantaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="24"/>
        <source>write the public key file to give to others</source>
        <translation>ysgrifennu&apos;r ffeil allwedd gyhoeddus i&apos;w rhoi i eraill</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="28"/>
        <source>who reports can go to</source>
        <translation>at bwy y gall adroddiadau fynd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="32"/>
        <source>trust a social worker&apos;s public key file</source>
        <translation>ymddiried yn ffeil allwedd gyhoeddus gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="34"/>
        <source>the name to show (default: from the file)</source>
        <translation>yr enw i&apos;w ddangos (diofyn: o&apos;r ffeil)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="36"/>
        <source>send reports here unless told otherwise</source>
        <translation>anfon adroddiadau yma oni ddywedir yn wahanol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="38"/>
        <source>do not ask to confirm the fingerprint (only when you have checked it another way)</source>
        <translation>peidio â gofyn am gadarnhau&apos;r ôl bys (dim ond pan fyddwch wedi&apos;i wirio mewn ffordd arall)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="41"/>
        <source>the trusted recipients</source>
        <translation>y derbynwyr yr ymddiriedir ynddynt</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="43"/>
        <source>stop trusting a recipient</source>
        <translation>peidio ag ymddiried mewn derbynnydd mwyach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="47"/>
        <source>a signed, encrypted supervision report for a period</source>
        <translation>adroddiad goruchwyliaeth wedi&apos;i lofnodi a&apos;i amgryptio ar gyfer cyfnod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="50"/>
        <source>a key file or a known recipient (repeatable; default: the default recipient)</source>
        <translation>ffeil allwedd neu dderbynnydd hysbys (gellir ailadrodd; diofyn: y derbynnydd diofyn)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="55"/>
        <source>the report package to send (.cdreport)</source>
        <translation>y pecyn adroddiad i&apos;w anfon (.cdreport)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="57"/>
        <source>also write the summary PDF (not encrypted)</source>
        <translation>hefyd ysgrifennu&apos;r PDF crynodeb (heb ei amgryptio)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="59"/>
        <source>whose period (needed when there are several children)</source>
        <translation>cyfnod pwy (angenrheidiol pan fo sawl plentyn)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="61"/>
        <source>the period in a sentence</source>
        <translation>y cyfnod mewn brawddeg</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="62"/>
        <source>what you want to bring to supervision</source>
        <translation>beth rydych chi eisiau dod ag ef i&apos;r oruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="64"/>
        <source>how you are, and the support you would like</source>
        <translation>sut ydych chi, a&apos;r cymorth yr hoffech ei gael</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="68"/>
        <source>verify, decrypt and store report packages (a supervisor&apos;s vault)</source>
        <translation>gwirio, dadgryptio a storio pecynnau adroddiad (claddgell goruchwyliwr)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="76"/>
        <source>imported reports (a supervisor&apos;s vault)</source>
        <translation>adroddiadau a fewnforiwyd (claddgell goruchwyliwr)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="80"/>
        <source>one line per imported package</source>
        <translation>un llinell i bob pecyn a fewnforiwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="82"/>
        <source>one report: its period and notes</source>
        <translation>un adroddiad: ei gyfnod a&apos;i nodiadau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="84"/>
        <source>write its summary PDF</source>
        <translation>ysgrifennu ei PDF crynodeb</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="87"/>
        <source>mark a report as reviewed</source>
        <translation>marcio adroddiad fel un a adolygwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="90"/>
        <source>mark it as not reviewed</source>
        <translation>ei farcio fel un heb ei adolygu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="92"/>
        <source>trust a carer&apos;s key after reading its fingerprint aloud with them</source>
        <translation>ymddiried yn allwedd gofalwr ar ôl darllen ei hôl bys yn uchel gyda nhw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="95"/>
        <source>the start of the carer&apos;s fingerprint, or a report id</source>
        <translation>dechrau ôl bys y gofalwr, neu id adroddiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="98"/>
        <source>do not ask (only when you have checked the fingerprint another way)</source>
        <translation>peidio â gofyn (dim ond pan fyddwch wedi gwirio&apos;r ôl bys mewn ffordd arall)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="101"/>
        <source>add a supervision note to a report</source>
        <translation>ychwanegu nodyn goruchwyliaeth at adroddiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="103"/>
        <source>the note</source>
        <translation>y nodyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="107"/>
        <source>the supervision record, sent back to the carer</source>
        <translation>y cofnod goruchwyliaeth, a anfonir yn ôl at y gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="111"/>
        <source>write (or amend) the supervision record for an imported report</source>
        <translation>ysgrifennu (neu ddiwygio) y cofnod goruchwyliaeth ar gyfer adroddiad a fewnforiwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="115"/>
        <source>the day supervision was held (default: today)</source>
        <translation>y diwrnod y cynhaliwyd y goruchwyliaeth (diofyn: heddiw)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="117"/>
        <source>what was discussed</source>
        <translation>beth a drafodwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="119"/>
        <source>an agreed action, its owner and due date (YYYY-MM-DD); repeatable</source>
        <translation>cam gweithredu y cytunwyd arno, pwy sy&apos;n gyfrifol a&apos;r dyddiad erbyn (BBBB-MM-DD); gellir ailadrodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="121"/>
        <source>your reflections for the carer</source>
        <translation>eich myfyrdodau ar gyfer y gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="123"/>
        <source>the record as a package for the carer, with the acknowledgement</source>
        <translation>y cofnod fel pecyn ar gyfer y gofalwr, gyda&apos;r gydnabyddiaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="127"/>
        <source>the package to write (.cdsupervision)</source>
        <translation>y pecyn i&apos;w ysgrifennu (.cdsupervision)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="129"/>
        <source>a supervision record your social worker sent back (a carer&apos;s vault)</source>
        <translation>cofnod goruchwyliaeth a anfonodd eich gweithiwr cymdeithasol yn ôl (claddgell gofalwr)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="133"/>
        <source>supervision records and their agreed actions</source>
        <translation>cofnodion goruchwyliaeth a&apos;r camau y cytunwyd arnynt</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="136"/>
        <source>mark an agreed action done (a carer&apos;s vault)</source>
        <translation>marcio bod cam y cytunwyd arno wedi&apos;i wneud (claddgell gofalwr)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="140"/>
        <source>the action&apos;s number in the list</source>
        <translation>rhif y cam yn y rhestr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/exchange_parser.py" line="142"/>
        <source>mark it as not done</source>
        <translation>ei farcio fel heb ei wneud</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/report_commands.py" line="25"/>
        <source>reviewed</source>
        <translation>adolygwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/report_commands.py" line="25"/>
        <source>new</source>
        <translation>newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/report_commands.py" line="27"/>
        <source>NOT YET CONFIRMED: carerdesk reports confirm {fp}</source>
        <translation>HEB EI GADARNHAU ETO: carerdesk reports confirm {fp}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/report_commands.py" line="32"/>
        <source>No reports imported yet.</source>
        <translation>Dim adroddiadau wedi&apos;u mewnforio eto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/report_commands.py" line="50"/>
        <source>{child}, {since} to {until}: %n entries from {carer}</source>
        <translation>
            <numerusform>{child}, {since} i {until}: %n cofnod gan {carer}</numerusform>
            <numerusform>{child}, {since} i {until}: %n cofnod gan {carer}</numerusform>
            <numerusform>{child}, {since} i {until}: %n cofnod gan {carer}</numerusform>
            <numerusform>{child}, {since} i {until}: %n cofnod gan {carer}</numerusform>
            <numerusform>{child}, {since} i {until}: %n cofnod gan {carer}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/report_commands.py" line="53"/>
        <source>Carer&apos;s key: {fp}</source>
        <translation>Allwedd y gofalwr: {fp}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/report_commands.py" line="54"/>
        <source>(not yet confirmed)</source>
        <translation>(heb ei chadarnhau eto)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/report_commands.py" line="55"/>
        <source>Headline</source>
        <translation>Pennawd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/report_commands.py" line="56"/>
        <source>Questions</source>
        <translation>Cwestiynau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/report_commands.py" line="57"/>
        <source>The carer&apos;s wellbeing</source>
        <translation>Llesiant y gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/report_commands.py" line="69"/>
        <source>Marked as reviewed.</source>
        <translation>Wedi&apos;i farcio fel un a adolygwyd.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/report_commands.py" line="70"/>
        <source>Marked as not reviewed.</source>
        <translation>Wedi&apos;i farcio fel un heb ei adolygu.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/report_commands.py" line="77"/>
        <source>Note added.</source>
        <translation>Ychwanegwyd nodyn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/entry_json.py" line="29"/>
        <source>The entry&apos;s JSON is not right: {detail}. Nothing was saved.</source>
        <translation>Nid yw JSON y cofnod yn iawn: {detail}. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/entry_json.py" line="36"/>
        <source>&quot;{key}&quot; must be text or a list of texts</source>
        <translation>rhaid i &quot;{key}&quot; fod yn destun neu&apos;n rhestr o destunau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/entry_json.py" line="44"/>
        <source>&quot;{key}&quot; must be an object of names and values</source>
        <translation>rhaid i &quot;{key}&quot; fod yn wrthrych o enwau a gwerthoedd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/entry_json.py" line="53"/>
        <source>it is not valid JSON</source>
        <translation>nid yw&apos;n JSON dilys</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/entry_json.py" line="55"/>
        <source>it must be one object, {...}</source>
        <translation>rhaid iddo fod yn un gwrthrych, {...}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/entry_json.py" line="63"/>
        <source>Give the entry either as --json or as options, not both (found --{option}).</source>
        <translation>Rhowch y cofnod naill ai fel --json neu fel opsiynau, nid y ddau (canfuwyd --{option}).</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/entry_json.py" line="71"/>
        <source>&quot;{key}&quot; must be text</source>
        <translation>rhaid i &quot;{key}&quot; fod yn destun</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/entry_json.py" line="83"/>
        <source>&quot;only_for&quot; must be an object of names and lists of parts</source>
        <translation>Rhaid i &quot;only_for&quot; fod yn wrthrych o enwau a rhestrau o rannau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/entry_json.py" line="89"/>
        <source>&quot;{key}&quot; must be true or false</source>
        <translation>rhaid i &quot;{key}&quot; fod yn true neu false</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/entry_json.py" line="93"/>
        <source>there is no field &quot;{key}&quot;</source>
        <translation>nid oes maes &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/text_files.py" line="44"/>
        <source>only one option can read standard input (-); give the others as files</source>
        <translation>dim ond un opsiwn all ddarllen y mewnbwn safonol (-); rhowch y lleill fel ffeiliau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/text_files.py" line="58"/>
        <source>(--{name}-file keeps the words off the command line)</source>
        <translation>(mae --{name}-file yn cadw&apos;r geiriau oddi ar y llinell orchymyn)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/text_files.py" line="68"/>
        <source>read it from FILE; - reads standard input (after any passphrase lines)</source>
        <translation>ei ddarllen o FFEIL; mae - yn darllen y mewnbwn safonol (ar ôl unrhyw linellau cyfrinymadrodd)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/text_files.py" line="104"/>
        <source>Type the words, then press Ctrl-D (on Windows Ctrl-Z and Enter) on a line of its own.</source>
        <translation>Teipiwch y geiriau, yna pwyswch Ctrl-D (ar Windows Ctrl-Z ac Enter) ar linell ar ei phen ei hun.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/text_files.py" line="108"/>
        <source>standard input</source>
        <translation>mewnbwn safonol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/text_files.py" line="122"/>
        <source>There is more in {where} than any field takes ({n} characters at most). Nothing was saved.</source>
        <translation>Mae mwy yn {where} nag y mae unrhyw faes yn ei gymryd ({n} nod ar y mwyaf). Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/text_files.py" line="128"/>
        <source>The words in {where} are not UTF-8 text. Save them as UTF-8 and try again. Nothing was saved.</source>
        <translation>Nid yw&apos;r geiriau yn {where} yn destun UTF-8. Cadwch nhw fel UTF-8 a rhowch gynnig arall arni. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_commands.py" line="28"/>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_commands.py" line="29"/>
        <source>Supervised by</source>
        <translation>Goruchwyliwyd gan</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_commands.py" line="30"/>
        <source>Cancelled by</source>
        <translation>Canslwyd gan</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_commands.py" line="31"/>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_commands.py" line="32"/>
        <source>How they seemed before</source>
        <translation>Sut roedden nhw&apos;n ymddangos cyn hynny</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_commands.py" line="33"/>
        <source>During</source>
        <translation>Yn ystod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_commands.py" line="34"/>
        <source>After</source>
        <translation>Wedyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_commands.py" line="35"/>
        <source>In their words</source>
        <translation>Yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_commands.py" line="36"/>
        <source>What I noticed</source>
        <translation>Beth sylwais i arno</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_commands.py" line="59"/>
        <source>Nothing to change: give --date, --status, --with or one of the words (--where, --during, ...).</source>
        <translation>Dim i&apos;w newid: rhowch --date, --status, --with neu un o&apos;r geiriau (--where, --during, ...).</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_commands.py" line="75"/>
        <source>Saved the family time on {date} ({status}).</source>
        <translation>Wedi cadw&apos;r amser teulu ar {date} ({status}).</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_commands.py" line="110"/>
        <source>with {people}</source>
        <translation>gyda {people}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/family_time_commands.py" line="139"/>
        <source>No family time yet: carerdesk family-time add --child CHILD --date D --status planned|happened|cancelled</source>
        <translation>Dim amser teulu eto: carerdesk family-time add --child PLENTYN --date D --status planned|happened|cancelled</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_commands.py" line="51"/>
        <source>Saved your reflection of {date}. It stays in your vault.</source>
        <translation>Wedi cadw eich myfyrdod o {date}. Mae&apos;n aros yn eich claddgell.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_commands.py" line="63"/>
        <source>Saved your check-in of {date}: {how}. It stays in your vault unless you share it in a report.</source>
        <translation>Wedi cadw eich gwiriad llesiant o {date}: {how}. Mae&apos;n aros yn eich claddgell oni bai eich bod yn ei rannu mewn adroddiad.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_commands.py" line="81"/>
        <source>Nothing to change: give --date, --text, or for a check-in --how, --sleep, --support or --helped.</source>
        <translation>Dim i&apos;w newid: rhowch --date, --text, neu ar gyfer gwiriad llesiant --how, --sleep, --support neu --helped.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_commands.py" line="96"/>
        <source>That is a reflection: --how, --sleep, --support and --helped are for a check-in. Nothing was saved.</source>
        <translation>Myfyrdod yw hwnnw: mae --how, --sleep, --support a --helped ar gyfer gwiriad llesiant. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_commands.py" line="99"/>
        <source>That is a check-in: --text is for a reflection. Nothing was saved.</source>
        <translation>Gwiriad llesiant yw hwnnw: mae --text ar gyfer myfyrdod. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_commands.py" line="131"/>
        <source>{date}  Reflection: {words}</source>
        <translation>{date}  Myfyrdod: {words}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_commands.py" line="133"/>
        <source>{date}  Check-in: {how}</source>
        <translation>{date}  Gwiriad llesiant: {how}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_commands.py" line="140"/>
        <source>sleep</source>
        <translation>cwsg</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_commands.py" line="141"/>
        <source>support wanted</source>
        <translation>cymorth a ddymunir</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_commands.py" line="142"/>
        <location filename="../src/carerdesk/cli/me_parser.py" line="23"/>
        <source>what helped</source>
        <translation>beth helpodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_commands.py" line="151"/>
        <source>&quot;{kind}&quot; is not a kind of note: use reflection or checkin.</source>
        <translation>Nid yw &quot;{kind}&quot; yn fath o nodyn: defnyddiwch reflection neu checkin.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_commands.py" line="163"/>
        <source>Nothing yet: carerdesk me reflect --text-file - , or carerdesk me checkin --how 1-5</source>
        <translation>Dim eto: carerdesk me reflect --text-file - , neu carerdesk me checkin --how 1-5</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_commands.py" line="178"/>
        <source>Version {n}, saved {at}</source>
        <translation>Fersiwn {n}, cadwyd {at}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_commands.py" line="193"/>
        <source>&quot;{by}&quot; is not a period: use week or month.</source>
        <translation>Nid yw &quot;{by}&quot; yn gyfnod: defnyddiwch week neu month.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_commands.py" line="207"/>
        <source>{start}  no check-in</source>
        <translation>{start}  dim gwiriad llesiant</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_commands.py" line="210"/>
        <source>{start}  {bar}  {average:.1f}  (check-ins: {n})</source>
        <translation>{start}  {bar}  {average:.1f}  (gwiriadau: {n})</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_parser.py" line="13"/>
        <source>how you are: 1 (struggling) to 5 (very good), or the word</source>
        <translation>sut ydych chi: 1 (cael trafferth) i 5 (da iawn), neu&apos;r gair</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_parser.py" line="21"/>
        <source>how you have been sleeping</source>
        <translation>sut rydych chi wedi bod yn cysgu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_parser.py" line="22"/>
        <source>the support you would like</source>
        <translation>y cymorth yr hoffech ei gael</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_parser.py" line="28"/>
        <source>your own space: private reflections and wellbeing check-ins (never in a report unless you share one)</source>
        <translation>eich lle eich hun: myfyrdodau preifat a gwiriadau llesiant (byth mewn adroddiad oni bai eich bod yn rhannu un)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_parser.py" line="33"/>
        <source>write a private reflection; prints the new id last</source>
        <translation>ysgrifennu myfyrdod preifat; mae&apos;n argraffu&apos;r id newydd yn olaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_parser.py" line="35"/>
        <source>the day it is about (default: today)</source>
        <translation>y diwrnod y mae&apos;n ymwneud ag ef (diofyn: heddiw)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_parser.py" line="36"/>
        <source>your reflection</source>
        <translation>eich myfyrdod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_parser.py" line="39"/>
        <source>a short wellbeing check-in; prints the new id last</source>
        <translation>gwiriad llesiant byr; mae&apos;n argraffu&apos;r id newydd yn olaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_parser.py" line="43"/>
        <source>the day of the check-in (default: today)</source>
        <translation>diwrnod y gwiriad llesiant (diofyn: heddiw)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_parser.py" line="46"/>
        <source>change a reflection or a check-in; the earlier version is kept</source>
        <translation>newid myfyrdod neu wiriad llesiant; cedwir y fersiwn gynharach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_parser.py" line="50"/>
        <source>the reflection&apos;s new words (a reflection only)</source>
        <translation>geiriau newydd y myfyrdod (myfyrdod yn unig)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_parser.py" line="52"/>
        <source>(a check-in only)</source>
        <translation>(gwiriad llesiant yn unig)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_parser.py" line="57"/>
        <source>your reflections and check-ins, oldest first</source>
        <translation>eich myfyrdodau a&apos;ch gwiriadau llesiant, yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_parser.py" line="60"/>
        <source>only reflections, or only check-ins</source>
        <translation>myfyrdodau yn unig, neu wiriadau llesiant yn unig</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_parser.py" line="64"/>
        <source>every kept version of one of them</source>
        <translation>pob fersiwn a gadwyd o un ohonynt</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_parser.py" line="69"/>
        <source>how you have been, week by week or month by month</source>
        <translation>sut rydych chi wedi bod, wythnos wrth wythnos neu fis wrth fis</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/me_parser.py" line="72"/>
        <source>weeks (default) or months</source>
        <translation>weeks (diofyn) neu months</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_commands.py" line="52"/>
        <source>Goal set.</source>
        <translation>Nod wedi&apos;i osod.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_commands.py" line="76"/>
        <source>REVIEW DUE</source>
        <translation>ADOLYGIAD YN DDYLEDUS</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_commands.py" line="79"/>
        <source>review {day}</source>
        <translation>adolygu {day}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_commands.py" line="90"/>
        <source>No goals yet: carerdesk goal add --child CHILD --area AREA --what TEXT</source>
        <translation>Dim nodau eto: carerdesk goal add --child PLENTYN --area MAES --what TESTUN</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_commands.py" line="109"/>
        <source>How we will know</source>
        <translation>Sut y byddwn yn gwybod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_commands.py" line="110"/>
        <source>Who helps</source>
        <translation>Pwy sy&apos;n helpu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_commands.py" line="111"/>
        <source>By</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_commands.py" line="112"/>
        <source>If this does not work</source>
        <translation>Os nad yw hyn yn gweithio</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_commands.py" line="113"/>
        <source>Set by</source>
        <translation>Gosodwyd gan</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_commands.py" line="120"/>
        <source>Evidence {day}: {words}</source>
        <translation>Tystiolaeth {day}: {words}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_commands.py" line="138"/>
        <source>Review kept.</source>
        <translation>Cadwyd yr adolygiad.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_commands.py" line="149"/>
        <source>That entry is already evidence for this goal.</source>
        <translation>Mae&apos;r cofnod hwnnw eisoes yn dystiolaeth ar gyfer y nod hwn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_commands.py" line="151"/>
        <source>Evidence added (version {n}; the earlier version is kept).</source>
        <translation>Ychwanegwyd tystiolaeth (fersiwn {n}; cedwir y fersiwn gynharach).</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_commands.py" line="179"/>
        <source>The date of birth is not known, so give the age band: --band {bands}. Nothing was saved.</source>
        <translation>Nid yw&apos;r dyddiad geni yn hysbys, felly rhowch y band oedran: --band {bands}. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_commands.py" line="183"/>
        <source>Secure Base review kept.</source>
        <translation>Cadwyd yr adolygiad Sylfaen Ddiogel.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_commands.py" line="201"/>
        <source>No Secure Base reviews yet: carerdesk review add --child CHILD --availability N ...</source>
        <translation>Dim adolygiadau Sylfaen Ddiogel eto: carerdesk review add --child PLENTYN --availability N ...</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/plan_commands.py" line="210"/>
        <source>Next review due {day} (every %n weeks)</source>
        <translation>
            <numerusform>Yr adolygiad nesaf yn ddyledus {day} (bob %n wythnos)</numerusform>
            <numerusform>Yr adolygiad nesaf yn ddyledus {day} (bob %n wythnos)</numerusform>
            <numerusform>Yr adolygiad nesaf yn ddyledus {day} (bob %n wythnos)</numerusform>
            <numerusform>Yr adolygiad nesaf yn ddyledus {day} (bob %n wythnos)</numerusform>
            <numerusform>Yr adolygiad nesaf yn ddyledus {day} (bob %n wythnos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="24"/>
        <source>SMART goals in a child&apos;s plan</source>
        <translation>Nodau SMART yng nghynllun plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="27"/>
        <source>set a goal; prints the new id last</source>
        <translation>gosod nod; mae&apos;n argraffu&apos;r id newydd yn olaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="30"/>
        <source>a Secure Base dimension or a developmental need: {areas}</source>
        <translation>dimensiwn Sylfaen Ddiogel neu angen datblygiadol: {areas}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="32"/>
        <source>what we are working towards</source>
        <translation>beth rydyn ni&apos;n gweithio tuag ato</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="33"/>
        <source>how we will know it is done</source>
        <translation>sut y byddwn yn gwybod ei fod wedi&apos;i wneud</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="34"/>
        <source>who helps, and how</source>
        <translation>pwy sy&apos;n helpu, a sut</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="35"/>
        <source>the date to reach it by</source>
        <translation>y dyddiad i&apos;w gyrraedd erbyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="36"/>
        <source>the date to review it</source>
        <translation>y dyddiad i&apos;w adolygu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="37"/>
        <source>what we do if this does not work</source>
        <translation>beth wnawn ni os nad yw hyn yn gweithio</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="39"/>
        <source>who set it: {choices} (default: both)</source>
        <translation>pwy a&apos;i gosododd: {choices} (diofyn: both)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="42"/>
        <source>the day it was set (default: today)</source>
        <translation>y diwrnod y&apos;i gosodwyd (diofyn: heddiw)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="44"/>
        <source>an entry that is evidence for it, by id or the start of it (repeat for more)</source>
        <translation>cofnod sy&apos;n dystiolaeth ar ei gyfer, yn ôl id neu ei ddechrau (ailadroddwch am fwy)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="47"/>
        <source>a child&apos;s goals, where each stands, and which reviews are due</source>
        <translation>nodau plentyn, sut mae pob un yn sefyll, a pha adolygiadau sy&apos;n ddyledus</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="53"/>
        <source>one goal with its evidence and reviews</source>
        <translation>un nod gyda&apos;i dystiolaeth a&apos;i adolygiadau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="54"/>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="58"/>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="66"/>
        <source>id or the start of it</source>
        <translation>id neu ei ddechrau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="57"/>
        <source>review a goal; prints the new id last</source>
        <translation>adolygu nod; mae&apos;n argraffu&apos;r id newydd yn olaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="61"/>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="78"/>
        <source>default: today</source>
        <translation>diofyn: heddiw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="62"/>
        <source>how it is going, in your words</source>
        <translation>sut mae&apos;n mynd, yn eich geiriau chi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="64"/>
        <source>tag an entry as evidence for a goal (a new version; the earlier kept)</source>
        <translation>tagio cofnod fel tystiolaeth ar gyfer nod (fersiwn newydd; cedwir yr un gynharach)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="68"/>
        <source>the entry, by id or the start of it</source>
        <translation>y cofnod, yn ôl id neu ei ddechrau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="72"/>
        <source>the periodic Secure Base review</source>
        <translation>yr adolygiad Sylfaen Ddiogel cyfnodol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="75"/>
        <source>rate how the child is doing on each dimension, 0-10; prints the new id last</source>
        <translation>sgorio sut mae&apos;r plentyn yn dod ymlaen ar bob dimensiwn, 0-10; mae&apos;n argraffu&apos;r id newydd yn olaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="80"/>
        <source>the age band ({bands}); default: from the date of birth (emotional age counts: choose another if it fits better)</source>
        <translation>y band oedran ({bands}); diofyn: o&apos;r dyddiad geni (mae oedran emosiynol yn cyfrif: dewiswch un arall os yw&apos;n gweddu&apos;n well)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="87"/>
        <source>0-10 for {what}</source>
        <translation>0-10 ar gyfer {what}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="88"/>
        <source>what lies behind the rating</source>
        <translation>beth sydd y tu ôl i&apos;r sgôr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="89"/>
        <source>anything else about this review</source>
        <translation>unrhyw beth arall am yr adolygiad hwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/plan_parser.py" line="91"/>
        <source>a child&apos;s Secure Base reviews, oldest first, and when the next is due</source>
        <translation>adolygiadau Sylfaen Ddiogel plentyn, yr hynaf yn gyntaf, a phryd mae&apos;r nesaf yn ddyledus</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_commands.py" line="48"/>
        <source>There is no earlier {kind} to start from: leave out --from-last.</source>
        <translation>Nid oes {kind} cynharach i ddechrau ohono: gadewch --from-last allan.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_commands.py" line="54"/>
        <source>Saved {kind}, dated {day}.</source>
        <translation>Wedi cadw {kind}, dyddiedig {day}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_commands.py" line="72"/>
        <source>(before {before}: {how})</source>
        <translation>(cyn {before}: {how})</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_commands.py" line="77"/>
        <source>Strengths</source>
        <translation>Cryfderau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_commands.py" line="78"/>
        <source>Difficulties</source>
        <translation>Anawsterau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_commands.py" line="79"/>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_commands.py" line="83"/>
        <source>Entries: {ids}</source>
        <translation>Cofnodion: {ids}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_commands.py" line="89"/>
        <source>up {n}</source>
        <translation>i fyny {n}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_commands.py" line="89"/>
        <source>down {n}</source>
        <translation>i lawr {n}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_commands.py" line="90"/>
        <source>the same</source>
        <translation>yr un fath</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_commands.py" line="91"/>
        <source>not rated both times</source>
        <translation>heb ei sgorio&apos;r ddau dro</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_commands.py" line="107"/>
        <source>Made with the social worker {name}.</source>
        <translation>Gwnaed gyda&apos;r gweithiwr cymdeithasol {name}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_commands.py" line="110"/>
        <source>Compared with the one of {day}.</source>
        <translation>O&apos;i gymharu â&apos;r un o {day}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_commands.py" line="146"/>
        <source>{kind}: none yet. Add one with: carerdesk profile add --child CHILD --kind {key} ...</source>
        <translation>{kind}: dim un eto. Ychwanegwch un gyda: carerdesk profile add --child PLENTYN --kind {key} ...</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_commands.py" line="151"/>
        <source>There is no earlier one to compare with.</source>
        <translation>Nid oes un cynharach i&apos;w gymharu ag ef.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_commands.py" line="165"/>
        <source>No profiles yet: carerdesk profile add --child CHILD ...</source>
        <translation>Dim proffiliau eto: carerdesk profile add --child PLENTYN ...</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_commands.py" line="167"/>
        <source>version {n}</source>
        <translation>fersiwn {n}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="23"/>
        <source>{option} must follow a --need</source>
        <translation>Rhaid i {option} ddilyn --need</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="32"/>
        <source>needs (the child&apos;s profile of health, development and well-being; the default), care-needs, or capacity (the carers&apos;)</source>
        <translation>needs (proffil y plentyn o iechyd, datblygiad a llesiant; y diofyn), care-needs, neu capacity (gallu&apos;r gofalwyr)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="39"/>
        <source>whose (id or name)</source>
        <translation>pwy biau (id neu enw)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="43"/>
        <source>AREA is a domain ({needs}) or, for capacity, an area ({capacity})</source>
        <translation>Mae MAES yn barth ({needs}) neu, ar gyfer capacity, yn faes ({capacity})</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="47"/>
        <source>a rating from -3 to +3. {areas}</source>
        <translation>sgôr o -3 i +3. {areas}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="50"/>
        <source>strengths, in words (empty TEXT clears them)</source>
        <translation>cryfderau, mewn geiriau (mae TESTUN gwag yn eu clirio)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="52"/>
        <source>difficulties, in words (empty TEXT clears them)</source>
        <translation>anawsterau, mewn geiriau (mae TESTUN gwag yn eu clirio)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="54"/>
        <source>the specific evidence for this child, in words</source>
        <translation>y dystiolaeth benodol ar gyfer y plentyn hwn, mewn geiriau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="56"/>
        <source>a journal entry about this child as evidence (its id or the start of it; repeat for more)</source>
        <translation>cofnod dyddiadur am y plentyn hwn fel tystiolaeth (ei id neu ei ddechrau; ailadroddwch am fwy)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="59"/>
        <source>capacity only: whose view the rating is: carer, social-worker or agreed</source>
        <translation>capacity yn unig: barn pwy yw&apos;r sgôr: carer, social-worker neu agreed</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="62"/>
        <source>capacity only: the social worker it was made with (kept from the last with --from-last)</source>
        <translation>capacity yn unig: y gweithiwr cymdeithasol y&apos;i gwnaed gydag ef (cedwir o&apos;r un diwethaf gyda --from-last)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="68"/>
        <source>care-needs only: an area of care need (repeat for more rows; with --from-last, the row of the same area is replaced)</source>
        <translation>care-needs yn unig: maes angen gofal (ailadroddwch am fwy o resi; gyda --from-last, disodlir rhes yr un maes)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="72"/>
        <source>what is needed from the carer, for the --need before</source>
        <translation>beth sydd ei angen gan y gofalwr, ar gyfer y --need blaenorol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="75"/>
        <source>the domain of the child&apos;s profile the --need before links to</source>
        <translation>parth proffil y plentyn y mae&apos;r --need blaenorol yn cysylltu ag ef</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="80"/>
        <source>the dated profiles: the child&apos;s needs on -3..+3, the care needs, the carers&apos; capacity</source>
        <translation>y proffiliau dyddiedig: anghenion y plentyn ar -3..+3, yr anghenion gofal, gallu&apos;r gofalwyr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="86"/>
        <source>add a dated profile; prints the new id last</source>
        <translation>ychwanegu proffil dyddiedig; mae&apos;n argraffu&apos;r id newydd yn olaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="91"/>
        <source>the day of the profile (default: today)</source>
        <translation>diwrnod y proffil (diofyn: heddiw)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="93"/>
        <source>start from the child&apos;s last profile of this kind: everything given changes it</source>
        <translation>dechrau o broffil diwethaf y plentyn o&apos;r math hwn: mae popeth a roddir yn ei newid</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="98"/>
        <source>the latest profile of a kind</source>
        <translation>y proffil diweddaraf o fath</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="102"/>
        <source>also the one before, and the change</source>
        <translation>hefyd yr un blaenorol, a&apos;r newid</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="105"/>
        <source>every dated profile of a child</source>
        <translation>pob proffil dyddiedig plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_parser.py" line="108"/>
        <source>only this kind: needs, care-needs, capacity</source>
        <translation>y math hwn yn unig: needs, care-needs, capacity</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_values.py" line="36"/>
        <source>&quot;{value}&quot; is not a kind of profile. Use one of: needs, care-needs, capacity.</source>
        <translation>Nid yw &quot;{value}&quot; yn fath o broffil. Defnyddiwch un o: needs, care-needs, capacity.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_values.py" line="46"/>
        <source>--{option} takes AREA=VALUE, for example --rate health=+1. Nothing was saved.</source>
        <translation>Mae --{option} yn cymryd MAES=GWERTH, er enghraifft --rate health=+1. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/profile_values.py" line="63"/>
        <source>--{option} is not for a {kind} profile. Nothing was saved.</source>
        <translation>Nid yw --{option} ar gyfer proffil {kind}. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/supervision_commands.py" line="43"/>
        <source>{name}: fingerprint {fp}</source>
        <translation>{name}: ôl bys {fp}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/supervision_commands.py" line="45"/>
        <source>Is this the fingerprint the carer read to you? [y/N] </source>
        <translation>Ai dyma&apos;r ôl bys a ddarllenodd y gofalwr i chi? [y/N] </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/supervision_commands.py" line="47"/>
        <source>Read the fingerprint aloud with the carer (by phone or in person), then run this again with --yes, or answer y on standard input.</source>
        <translation>Darllenwch yr ôl bys yn uchel gyda&apos;r gofalwr (ar y ffôn neu wyneb yn wyneb), yna rhedwch hwn eto gyda --yes, neu atebwch y ar y mewnbwn safonol.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/supervision_commands.py" line="50"/>
        <source>Not confirmed: their reports stay apart.</source>
        <translation>Heb ei gadarnhau: mae eu hadroddiadau&apos;n aros ar wahân.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/supervision_commands.py" line="53"/>
        <source>Confirmed {name} ({fp}).</source>
        <translation>Wedi cadarnhau {name} ({fp}).</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/supervision_commands.py" line="69"/>
        <source>Supervision record {id} (version {version}) for {child}, {since} to {until}. Send it with: carerdesk supervision send {id} --to FILE</source>
        <translation>Cofnod goruchwyliaeth {id} (fersiwn {version}) ar gyfer {child}, {since} i {until}. Anfonwch ef gyda: carerdesk supervision send {id} --to FFEIL</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/supervision_commands.py" line="82"/>
        <source>Wrote {path}: the supervision record for {carer}, with the acknowledgement that their report was received and reviewed.</source>
        <translation>Ysgrifennwyd {path}: y cofnod goruchwyliaeth ar gyfer {carer}, gyda&apos;r gydnabyddiaeth bod eu hadroddiad wedi&apos;i dderbyn a&apos;i adolygu.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/supervision_commands.py" line="98"/>
        <source>{path}: already imported.</source>
        <translation>{path}: wedi&apos;i fewnforio eisoes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/cli/supervision_commands.py" line="100"/>
        <source>{path}: supervision of {held} from {who} for {child} ({since} to {until}), %n agreed actions.</source>
        <translation>
            <numerusform>{path}: goruchwyliaeth {held} gan {who} ar gyfer {child} ({since} i {until}), %n cam y cytunwyd arnynt.</numerusform>
            <numerusform>{path}: goruchwyliaeth {held} gan {who} ar gyfer {child} ({since} i {until}), %n cam y cytunwyd arnynt.</numerusform>
            <numerusform>{path}: goruchwyliaeth {held} gan {who} ar gyfer {child} ({since} i {until}), %n cam y cytunwyd arnynt.</numerusform>
            <numerusform>{path}: goruchwyliaeth {held} gan {who} ar gyfer {child} ({since} i {until}), %n cam y cytunwyd arnynt.</numerusform>
            <numerusform>{path}: goruchwyliaeth {held} gan {who} ar gyfer {child} ({since} i {until}), %n cam y cytunwyd arnynt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/supervision_commands.py" line="121"/>
        <source>due {day}</source>
        <translation>erbyn {day}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/supervision_commands.py" line="123"/>
        <source>No supervision records yet. When your social worker sends one, import it with: carerdesk supervision import FILE</source>
        <translation>Dim cofnodion goruchwyliaeth eto. Pan fydd eich gweithiwr cymdeithasol yn anfon un, mewnforiwch ef gyda: carerdesk supervision import FFEIL</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/supervision_commands.py" line="136"/>
        <source>sent</source>
        <translation>anfonwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/supervision_commands.py" line="136"/>
        <source>not sent</source>
        <translation>heb ei anfon</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/supervision_commands.py" line="140"/>
        <source>No supervision records yet: carerdesk supervision write REPORT</source>
        <translation>Dim cofnodion goruchwyliaeth eto: carerdesk supervision write ADRODDIAD</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/supervision_commands.py" line="147"/>
        <source>Marked as not done.</source>
        <translation>Wedi&apos;i farcio fel heb ei wneud.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/supervision_commands.py" line="148"/>
        <source>Marked as done.</source>
        <translation>Wedi&apos;i farcio fel wedi&apos;i wneud.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/supervision_commands.py" line="157"/>
        <source>Kept the agency&apos;s vouch: your reports now carry it.</source>
        <translation>Cadwyd gwarant yr asiantaeth: mae eich adroddiadau bellach yn ei chario.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/supervision_commands.py" line="166"/>
        <source>Wrote {path}: your vouch for {fp}. Give it to the carer.</source>
        <translation>Ysgrifennwyd {path}: eich gwarant ar gyfer {fp}. Rhowch hi i&apos;r gofalwr.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_commands.py" line="21"/>
        <source>{name}&apos;s placement ended on {day}; saved as version {n} of the profile, the earlier version kept.</source>
        <translation>Daeth lleoliad {name} i ben ar {day}; cadwyd fel fersiwn {n} o&apos;r proffil, a chedwir y fersiwn gynharach.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_commands.py" line="30"/>
        <source>Removing {name}&apos;s record deletes it for good from this journal and its backups:</source>
        <translation>Mae tynnu cofnod {name} yn ei ddileu am byth o&apos;r dyddiadur hwn a&apos;i gopïau wrth gefn:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_commands.py" line="33"/>
        <source>entries about them alone</source>
        <translation>cofnodion amdanynt hwy yn unig</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_commands.py" line="34"/>
        <source>life-story pages</source>
        <translation>tudalennau stori bywyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_commands.py" line="35"/>
        <source>photos</source>
        <translation>lluniau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_commands.py" line="36"/>
        <source>people around them</source>
        <translation>pobl o&apos;u cwmpas</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_commands.py" line="37"/>
        <source>records (family time, goals, reviews, profiles)</source>
        <translation>cofnodion (amser teulu, nodau, adolygiadau, proffiliau)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_commands.py" line="38"/>
        <source>unsaved drafts that mention them</source>
        <translation>drafftiau heb eu cadw sy&apos;n sôn amdanynt</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_commands.py" line="40"/>
        <source>their profile, with every earlier version</source>
        <translation>eu proffil, gyda phob fersiwn gynharach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_commands.py" line="42"/>
        <source>Entries also about another child stay for that child, without {name}: {count}</source>
        <translation>Mae cofnodion sydd hefyd am blentyn arall yn aros ar gyfer y plentyn hwnnw, heb {name}: {count}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_commands.py" line="45"/>
        <source>Backups of this journal replaced by one fresh backup without them: {count}</source>
        <translation>Copïau wrth gefn o&apos;r dyddiadur hwn a ddisodlir gan un copi wrth gefn newydd hebddynt: {count}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_commands.py" line="52"/>
        <source>Remove {name}&apos;s record for good? [y/N] </source>
        <translation>Tynnu cofnod {name} am byth? [y/N] </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_commands.py" line="58"/>
        <source>Nothing was removed: answer y on standard input, or run this again with --yes.</source>
        <translation>Ni thynnwyd dim: atebwch y ar y mewnbwn safonol, neu rhedwch hwn eto gyda --yes.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_commands.py" line="71"/>
        <source>Nothing was removed.</source>
        <translation>Ni thynnwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_commands.py" line="75"/>
        <source>Saved the life-story book to {path}.</source>
        <translation>Wedi cadw&apos;r llyfr stori bywyd i {path}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_commands.py" line="83"/>
        <source>Removed the record of {initial}: a fresh backup without them is {path}; older backups and copies deleted: {count}.</source>
        <translation>Wedi tynnu cofnod {initial}: y copi wrth gefn newydd hebddynt yw {path}; copïau wrth gefn a chopïau hŷn a ddilëwyd: {count}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_parser.py" line="11"/>
        <source>end a child&apos;s placement; the profile keeps the earlier version</source>
        <translation>dod â lleoliad plentyn i ben; mae&apos;r proffil yn cadw&apos;r fersiwn gynharach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_parser.py" line="15"/>
        <source>the day the placement ended</source>
        <translation>y diwrnod y daeth y lleoliad i ben</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_parser.py" line="16"/>
        <source>where the child went, if you know</source>
        <translation>i ble&apos;r aeth y plentyn, os ydych yn gwybod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_parser.py" line="18"/>
        <source>remove a child&apos;s whole record from this journal and its backups, for good (asks first)</source>
        <translation>tynnu cofnod cyfan plentyn o&apos;r dyddiadur hwn a&apos;i gopïau wrth gefn, am byth (mae&apos;n gofyn yn gyntaf)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_parser.py" line="23"/>
        <source>do not ask (for scripts)</source>
        <translation>peidio â gofyn (ar gyfer sgriptiau)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/removal_parser.py" line="25"/>
        <source>first save the child&apos;s life-story book as a PDF, to go with them</source>
        <translation>cadw llyfr stori bywyd y plentyn fel PDF yn gyntaf, i fynd gydag ef</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_voice_commands.py" line="39"/>
        <source>How I feel</source>
        <translation>Sut rydw i&apos;n teimlo</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_voice_commands.py" line="42"/>
        <source>For my social worker or my review</source>
        <translation>I fy ngweithiwr cymdeithasol neu fy adolygiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_voice_commands.py" line="46"/>
        <source>(not finished: the page closed before Save)</source>
        <translation>(heb ei orffen: caeodd y dudalen cyn Cadw)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_voice_commands.py" line="59"/>
        <source>Nothing from {name}&apos;s own page yet.</source>
        <translation>Dim byd o dudalen {name} ei hun eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_voice_parser.py" line="9"/>
        <source>what a child said on their own page (read-only)</source>
        <translation>beth ddywedodd plentyn ar ei dudalen ei hun (darllen yn unig)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/child_voice_parser.py" line="13"/>
        <source>everything the child said on their page, oldest first</source>
        <translation>popeth a ddywedodd y plentyn ar ei dudalen, yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/handover_parser.py" line="9"/>
        <source>hand a child&apos;s whole record over at the end of a placement</source>
        <translation>trosglwyddo cofnod cyfan plentyn ar ddiwedd lleoliad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/handover_parser.py" line="13"/>
        <source>seal the child&apos;s whole record, every version kept, for the agency or a social worker</source>
        <translation>selio cofnod cyfan y plentyn, gyda phob fersiwn, ar gyfer yr asiantaeth neu weithiwr cymdeithasol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/handover_parser.py" line="19"/>
        <source>a public key file, a social worker&apos;s name, or &quot;agency&quot; for the agency&apos;s records key</source>
        <translation>ffeil allwedd gyhoeddus, enw gweithiwr cymdeithasol, neu &quot;agency&quot; ar gyfer allwedd cofnodion yr asiantaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/handover_parser.py" line="24"/>
        <source>in a social worker&apos;s vault: keep a handover as the child&apos;s closed record and write the receipt</source>
        <translation>yng nghladdgell gweithiwr cymdeithasol: cadw trosglwyddiad fel cofnod caeedig y plentyn ac ysgrifennu&apos;r dderbynneb</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/handover_parser.py" line="29"/>
        <source>where to write the signed receipt for the carer</source>
        <translation>ble i ysgrifennu&apos;r dderbynneb wedi&apos;i llofnodi ar gyfer y gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/handover_parser.py" line="32"/>
        <source>also write the closed record&apos;s PDF</source>
        <translation>hefyd ysgrifennu PDF y cofnod caeedig</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/handover_parser.py" line="35"/>
        <source>in the carer&apos;s vault: import the receipt, which removes the working copy of the record</source>
        <translation>yng nghladdgell y gofalwr: mewnforio&apos;r dderbynneb, sy&apos;n tynnu copi gweithio&apos;r cofnod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/handover_parser.py" line="41"/>
        <source>the closed records in this social worker&apos;s vault</source>
        <translation>y cofnodion caeedig yng nghladdgell y gweithiwr cymdeithasol hwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/handover_parser.py" line="44"/>
        <source>write a closed record&apos;s PDF</source>
        <translation>ysgrifennu PDF cofnod caeedig</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/cli/usage.py" line="17"/>
        <source>{command}: {problem}. See: {command} --help</source>
        <translation>{command}: {problem}. Gweler: {command} --help</translation>
    </message>
</context>
<context>
    <name>Closed</name>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="65"/>
        <source>Version {n} of {of}, saved {when}</source>
        <translation>Fersiwn {n} o {of}, cadwyd {when}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="68"/>
        <source>why it changed: {reason}</source>
        <translation>pam y newidiodd: {reason}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="110"/>
        <source>Written by {child} on their own page, in their own words. Nobody could change or remove them.</source>
        <translation>Ysgrifennwyd gan {child} ar eu tudalen eu hunain, yn eu geiriau eu hunain. Ni allai neb eu newid na&apos;u tynnu.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="113"/>
        <source>How I feel</source>
        <translation>Sut rydw i&apos;n teimlo</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="114"/>
        <source>What I want my social worker to know</source>
        <translation>Beth rydw i eisiau i fy ngweithiwr cymdeithasol ei wybod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="115"/>
        <source>What I added to my record, or asked to change</source>
        <translation>Beth ychwanegais at fy nghofnod, neu ofyn am ei newid</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="130"/>
        <source>kept when the page locked before Save</source>
        <translation>cadwyd pan gloiodd y dudalen cyn pwyso Cadw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="192"/>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="192"/>
        <source>Who was there</source>
        <translation>Pwy oedd yno</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="196"/>
        <source>In their own words</source>
        <translation>Yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="221"/>
        <source>&amp;Entries</source>
        <translation>&amp;Cofnodion</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="222"/>
        <source>&amp;Significant events</source>
        <translation>Di&amp;gwyddiadau arwyddocaol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="223"/>
        <source>Child&apos;s &amp;own page</source>
        <translation>T&amp;udalen y plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="224"/>
        <source>&amp;Family time</source>
        <translation>Amser &amp;teulu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="225"/>
        <source>&amp;People</source>
        <translation>&amp;Pobl</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="226"/>
        <source>Profi&amp;les</source>
        <translation>Proffi&amp;liau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="227"/>
        <source>&amp;Goals and reviews</source>
        <translation>&amp;Nodau ac adolygiadau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="229"/>
        <source>Life s&amp;tory</source>
        <translation>&amp;Stori bywyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="230"/>
        <source>&amp;Reports sent</source>
        <translation>A&amp;droddiadau a anfonwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="211"/>
        <source>{since} to {until}, sent {when}; entries: {n}</source>
        <translation>{since} i {until}, anfonwyd {when}; cofnodion: {n}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="78"/>
        <source>Earlier versions</source>
        <translation>Fersiynau cynharach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="177"/>
        <source>Profile</source>
        <translation>Proffil</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="201"/>
        <source>A photo</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="231"/>
        <source>Nothing of this kind was handed over.</source>
        <translation>Ni throsglwyddwyd dim o&apos;r math hwn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_html.py" line="173"/>
        <source>Name and dates: every version</source>
        <translation>Enw a dyddiadau: pob fersiwn</translation>
    </message>
</context>
<context>
    <name>ClosedRecordView</name>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_view.py" line="60"/>
        <source>Closed record: {child}</source>
        <translation>Cofnod caeedig: {child}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_view.py" line="67"/>
        <source>Sections of the record</source>
        <translation>Adrannau&apos;r cofnod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_view.py" line="70"/>
        <source>Find in this record</source>
        <translation>Canfod yn y cofnod hwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_view.py" line="71"/>
        <source>Words to find in every section</source>
        <translation>Geiriau i&apos;w canfod ym mhob adran</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_view.py" line="73"/>
        <source>F&amp;ind in this record:</source>
        <translation>Canf&amp;od yn y cofnod hwn:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_view.py" line="75"/>
        <source>Find ne&amp;xt</source>
        <translation>Canfod y n&amp;esaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_view.py" line="81"/>
        <source>Save the &amp;whole record as PDF…</source>
        <translation>Cadw&apos;r cofnod c&amp;yfan fel PDF…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_view.py" line="84"/>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_view.py" line="88"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_view.py" line="111"/>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_view.py" line="112"/>
        <source>their key confirmed</source>
        <translation>eu hallwedd wedi&apos;i chadarnhau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_view.py" line="113"/>
        <source>their key vouched for by the agency</source>
        <translation>yr asiantaeth yn gwarantu eu hallwedd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_view.py" line="114"/>
        <source>their key not yet confirmed</source>
        <translation>eu hallwedd heb ei chadarnhau eto</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_view.py" line="116"/>
        <source>&lt;b&gt;{child}&lt;/b&gt;, placed {placed}, placement ended {ended}. Handed over by {carer} ({trust}); received {received}, receipt {receipt}. Read-only: the record as the carer signed it.</source>
        <translation>&lt;b&gt;{child}&lt;/b&gt;, dechrau&apos;r lleoliad {placed}, daeth y lleoliad i ben {ended}. Trosglwyddwyd gan {carer} ({trust}); derbyniwyd {received}, derbynneb {receipt}. Darllen yn unig: y cofnod fel y llofnododd y gofalwr ef.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_view.py" line="138"/>
        <source>{section} ({n})</source>
        <translation>{section} ({n})</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_view.py" line="162"/>
        <source>Not found</source>
        <translation>Heb ei ganfod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_view.py" line="169"/>
        <source>{child} closed record.pdf</source>
        <translation>{child} cofnod caeedig.pdf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_view.py" line="170"/>
        <source>Save the whole record as PDF</source>
        <translation>Cadw&apos;r cofnod cyfan fel PDF</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_view.py" line="171"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_view.py" line="179"/>
        <source>Drawing and saving the whole record…</source>
        <translation>Yn llunio ac yn cadw&apos;r cofnod cyfan…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_record_view.py" line="185"/>
        <source>Saved {path}</source>
        <translation>Wedi cadw {path}</translation>
    </message>
</context>
<context>
    <name>ClosedRecordsModel</name>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_records.py" line="48"/>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_records.py" line="48"/>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_records.py" line="48"/>
        <source>Carer&apos;s key</source>
        <translation>Allwedd y gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_records.py" line="49"/>
        <source>Placed</source>
        <translation>Dechrau&apos;r lleoliad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_records.py" line="49"/>
        <source>Ended</source>
        <translation>Diwedd y lleoliad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_records.py" line="49"/>
        <source>Entries</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_records.py" line="50"/>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_records.py" line="50"/>
        <source>Receipt</source>
        <translation>Derbynneb</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_records.py" line="91"/>
        <source>Confirmed</source>
        <translation>Wedi&apos;i chadarnhau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_records.py" line="91"/>
        <source>Vouched for by the agency</source>
        <translation>Yr asiantaeth yn ei gwarantu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_records.py" line="93"/>
        <source>Not yet confirmed</source>
        <translation>Heb ei chadarnhau eto</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_records.py" line="96"/>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
</context>
<context>
    <name>ClosedRecordsPage</name>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_records.py" line="128"/>
        <source>Closed records</source>
        <translation>Cofnodion caeedig</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_records.py" line="141"/>
        <source>&amp;Read the record…</source>
        <translation>&amp;Darllen y cofnod…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_records.py" line="142"/>
        <source>Read the chosen closed record</source>
        <translation>Darllen y cofnod caeedig a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_records.py" line="146"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_records.py" line="171"/>
        <source>A child&apos;s whole record, handed over by their carer at the end of a placement: kept read-only. Press Enter on a row to read it.</source>
        <translation>Cofnod cyfan plentyn, wedi&apos;i drosglwyddo gan ei ofalwr ar ddiwedd lleoliad: fe&apos;i cedwir i&apos;w ddarllen yn unig. Pwyswch Enter ar res i&apos;w ddarllen.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_records.py" line="173"/>
        <source>No closed records yet. When a carer hands over a child&apos;s record at the end of a placement, choose Reports → Import a handover…</source>
        <translation>Dim cofnodion caeedig eto. Pan fydd gofalwr yn trosglwyddo cofnod plentyn ar ddiwedd lleoliad, dewiswch Adroddiadau → Mewnforio trosglwyddiad…</translation>
    </message>
</context>
<context>
    <name>ConfirmCarerBox</name>
    <message>
        <location filename="../src/carerdesk/gui/reports/confirm_carer.py" line="15"/>
        <location filename="../src/carerdesk/gui/reports/confirm_carer.py" line="25"/>
        <source>Confirm the carer&apos;s key</source>
        <translation>Cadarnhau allwedd y gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/confirm_carer.py" line="18"/>
        <source>&lt;p&gt;Reports from &lt;b&gt;{name}&lt;/b&gt; come from a key this vault has not seen before. Until you confirm it, they stay apart, marked “not yet confirmed”.&lt;/p&gt;&lt;p&gt;Phone the carer (or meet them) and ask them to read the fingerprint their CarerDesk shows under Keys and recipients. It must be exactly:&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 15pt&apos;&gt;{groups}&lt;/p&gt;&lt;p&gt;Does every group match what the carer read to you?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Daw adroddiadau gan &lt;b&gt;{name}&lt;/b&gt; o allwedd nad yw&apos;r gladdgell hon wedi&apos;i gweld o&apos;r blaen. Nes i chi ei chadarnhau, maent yn aros ar wahân, wedi&apos;u marcio “heb eu cadarnhau eto”.&lt;/p&gt;&lt;p&gt;Ffoniwch y gofalwr (neu cwrddwch â nhw) a gofynnwch iddynt ddarllen yr ôl bys y mae eu CarerDesk yn ei ddangos dan Allweddi a derbynwyr. Rhaid iddo fod yn union:&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 15pt&apos;&gt;{groups}&lt;/p&gt;&lt;p&gt;A yw pob grŵp yn cyfateb i&apos;r hyn a ddarllenodd y gofalwr i chi?&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/confirm_carer.py" line="26"/>
        <source>&amp;Yes, it matches</source>
        <translation>&amp;Ydy, mae&apos;n cyfateb</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/confirm_carer.py" line="27"/>
        <source>&amp;Not yet</source>
        <translation>&amp;Ddim eto</translation>
    </message>
</context>
<context>
    <name>ConfirmKeyPage</name>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="238"/>
        <source>Check your recovery key</source>
        <translation>Gwiriwch eich allwedd adfer</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="243"/>
        <source>A group of the recovery key</source>
        <translation>Grŵp o&apos;r allwedd adfer</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="245"/>
        <source>Recovery key check</source>
        <translation>Gwirio&apos;r allwedd adfer</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="256"/>
        <source>Type two groups of your recovery key from your paper, to check it was written down right.</source>
        <translation>Teipiwch ddau grŵp o&apos;ch allwedd adfer o&apos;ch papur, i wirio iddi gael ei hysgrifennu&apos;n gywir.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="260"/>
        <source>Group {n}:</source>
        <translation>Grŵp {n}:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="261"/>
        <source>Group {n} of the recovery key</source>
        <translation>Grŵp {n} o&apos;r allwedd adfer</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="280"/>
        <source>That does not match the key. Go back one page to see it again, and check your paper.</source>
        <translation>Nid yw hynny&apos;n cyfateb i&apos;r allwedd. Ewch yn ôl un dudalen i&apos;w gweld eto, a gwiriwch eich papur.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../src/carerdesk/gui/common/crash.py" line="30"/>
        <source>CarerDesk</source>
        <translation>CarerDesk</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/crash.py" line="31"/>
        <source>Something went wrong inside CarerDesk. What you were writing is kept as a draft in your vault. If it happens again, the details (without any of your records) are in {log}.</source>
        <translation>Aeth rhywbeth o&apos;i le y tu mewn i CarerDesk. Mae&apos;r hyn roeddech chi&apos;n ei ysgrifennu wedi&apos;i gadw fel drafft yn eich claddgell. Os digwydd eto, mae&apos;r manylion (heb ddim o&apos;ch cofnodion) yn {log}.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../src/carerdesk/gui/common/date_edit.py" line="40"/>
        <source>Type the date and time as year-month-day hours:minutes, for example 2016-05-20 14:30, or choose the day from the calendar</source>
        <translation>Teipiwch y dyddiad a&apos;r amser fel blwyddyn-mis-diwrnod oriau:munudau, er enghraifft 2016-05-20 14:30, neu dewiswch y diwrnod o&apos;r calendr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/date_edit.py" line="43"/>
        <source>Type the date as year-month-day, for example 2016-05-20, or choose it from the calendar</source>
        <translation>Teipiwch y dyddiad fel blwyddyn-mis-diwrnod, er enghraifft 2016-05-20, neu dewiswch ef o&apos;r calendr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/date_edit.py" line="49"/>
        <source>{typed}: there is no such day. Type it again, or press Escape to keep the date as it was.</source>
        <translation>{typed}: nid oes diwrnod o&apos;r fath. Teipiwch ef eto, neu pwyswch Escape i gadw&apos;r dyddiad fel yr oedd.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/date_edit.py" line="51"/>
        <source>{typed} is after today: a date here can be today at the latest.</source>
        <translation>Mae {typed} ar ôl heddiw: gall dyddiad yma fod yn heddiw ar y diweddaraf.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/date_edit.py" line="53"/>
        <source>{typed} is too late: a date here can be {latest} at the latest.</source>
        <translation>Mae {typed} yn rhy hwyr: gall dyddiad yma fod yn {latest} ar y diweddaraf.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/date_edit.py" line="55"/>
        <source>{typed} is too early: a date here can be {earliest} at the earliest.</source>
        <translation>Mae {typed} yn rhy gynnar: gall dyddiad yma fod yn {earliest} ar y cynharaf.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/date_edit.py" line="57"/>
        <source>{typed}: that time is outside what this field takes.</source>
        <translation>{typed}: mae&apos;r amser hwnnw y tu allan i&apos;r hyn y mae&apos;r maes hwn yn ei dderbyn.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="32"/>
        <source>Dec</source>
        <translation>Rhag</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="32"/>
        <source>Nov</source>
        <translation>Tach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="31"/>
        <source>Oct</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="31"/>
        <source>Sep</source>
        <translation>Medi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="30"/>
        <source>Aug</source>
        <translation>Awst</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="30"/>
        <source>Jul</source>
        <translation>Gorff</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="29"/>
        <source>Jun</source>
        <translation>Meh</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="28"/>
        <source>Apr</source>
        <translation>Ebr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="28"/>
        <source>Mar</source>
        <translation>Maw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="27"/>
        <source>Feb</source>
        <translation>Chwef</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="27"/>
        <source>Jan</source>
        <translation>Ion</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="25"/>
        <source>December</source>
        <translation>Rhagfyr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="25"/>
        <source>November</source>
        <translation>Tachwedd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="24"/>
        <source>October</source>
        <translation>Hydref</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="24"/>
        <source>September</source>
        <translation>Medi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="23"/>
        <source>August</source>
        <translation>Awst</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="23"/>
        <source>July</source>
        <translation>Gorffennaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="22"/>
        <source>June</source>
        <translation>Mehefin</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="22"/>
        <location filename="../src/carerdesk/text/dates.py" line="29"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="21"/>
        <source>April</source>
        <translation>Ebrill</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="21"/>
        <source>March</source>
        <translation>Mawrth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="20"/>
        <source>February</source>
        <translation>Chwefror</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="20"/>
        <source>January</source>
        <translation>Ionawr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="19"/>
        <source>Sun</source>
        <translation>Sul</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="18"/>
        <source>Sat</source>
        <translation>Sad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="18"/>
        <source>Fri</source>
        <translation>Gwen</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="17"/>
        <source>Thu</source>
        <translation>Iau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="17"/>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="16"/>
        <source>Tue</source>
        <translation>Maw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="16"/>
        <source>Mon</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="15"/>
        <source>Sunday</source>
        <translation>Dydd Sul</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="14"/>
        <source>Saturday</source>
        <translation>Dydd Sadwrn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="14"/>
        <source>Friday</source>
        <translation>Dydd Gwener</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="13"/>
        <source>Thursday</source>
        <translation>Dydd Iau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="13"/>
        <source>Wednesday</source>
        <translation>Dydd Mercher</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="12"/>
        <source>Tuesday</source>
        <translation>Dydd Mawrth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/dates.py" line="12"/>
        <source>Monday</source>
        <translation>Dydd Llun</translation>
    </message>
</context>
<context>
    <name>Dimension</name>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="48"/>
        <source>Availability</source>
        <translation>Bod ar gael</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="49"/>
        <source>trust</source>
        <translation>ymddiried</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="50"/>
        <source>What does this child expect of adults? How can I show I will not let them down?</source>
        <translation>Beth mae&apos;r plentyn hwn yn ei ddisgwyl gan oedolion? Sut galla i ddangos na fydda i&apos;n ei siomi?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="54"/>
        <source>When were you there for the child today, in body and mind, together or apart? What signals did you notice, and how did you go at their pace?</source>
        <translation>Pryd oeddech chi yno i&apos;r plentyn heddiw, mewn corff a meddwl, gyda&apos;ch gilydd neu ar wahân? Pa arwyddion sylwoch chi arnynt, a sut aethoch chi ar gyflymder y plentyn?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="61"/>
        <source>Sensitivity</source>
        <translation>Sensitifrwydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="62"/>
        <source>manage feelings and behaviour</source>
        <translation>reoli teimladau ac ymddygiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="63"/>
        <source>What might this child be thinking and feeling right now? What am I feeling?</source>
        <translation>Beth allai&apos;r plentyn hwn fod yn ei feddwl a&apos;i deimlo ar hyn o bryd? Beth ydw i&apos;n ei deimlo?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="67"/>
        <source>Which feelings did you name or reflect back today? How did you help the child make sense of them and calm down?</source>
        <translation>Pa deimladau wnaethoch chi eu henwi neu eu hadlewyrchu heddiw? Sut wnaethoch chi helpu&apos;r plentyn i wneud synnwyr ohonynt a thawelu?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="74"/>
        <source>Acceptance</source>
        <translation>Derbyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="75"/>
        <source>build self-esteem</source>
        <translation>fagu hunan-barch</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="76"/>
        <source>This child is valued for who they are, difficulties and all.</source>
        <translation>Mae&apos;r plentyn hwn yn cael ei werthfawrogi am bwy ydyw, gyda&apos;i anawsterau a&apos;r cyfan.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="79"/>
        <source>How did you show the child they are good and loved, even after a hard moment? What went well for them today?</source>
        <translation>Sut wnaethoch chi ddangos i&apos;r plentyn ei fod yn dda ac yn cael ei garu, hyd yn oed ar ôl eiliad anodd? Beth aeth yn dda iddo heddiw?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="86"/>
        <source>Co-operation</source>
        <translation>Cydweithredu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="87"/>
        <source>feel effective</source>
        <translation>deimlo&apos;n effeithiol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="88"/>
        <source>This child&apos;s wishes and goals are real and matter.</source>
        <translation>Mae dymuniadau a nodau&apos;r plentyn hwn yn real ac yn bwysig.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="89"/>
        <source>Where did you offer choices, negotiate or work together? When did the child ask for help or feel capable?</source>
        <translation>Ble wnaethoch chi gynnig dewisiadau, trafod neu gydweithio? Pryd gofynnodd y plentyn am help neu deimlo&apos;n alluog?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="96"/>
        <source>Family membership</source>
        <translation>Perthyn i&apos;r teulu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="97"/>
        <source>belong</source>
        <translation>berthyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="98"/>
        <source>This child is part of my family and also connected to their birth family.</source>
        <translation>Mae&apos;r plentyn hwn yn rhan o fy nheulu i ac mae hefyd yn gysylltiedig â&apos;i deulu biolegol.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="102"/>
        <source>How did the child feel part of your family today? How was their birth family kept in mind, at family time or in between?</source>
        <translation>Sut oedd y plentyn yn teimlo&apos;n rhan o&apos;ch teulu heddiw? Sut cadwyd ei deulu biolegol mewn cof, yn ystod amser teulu neu rhwng hynny?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="111"/>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="112"/>
        <source>What I think it meant</source>
        <translation>Beth rwy&apos;n meddwl oedd ei ystyr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="113"/>
        <source>What I did</source>
        <translation>Beth wnes i</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/dimensions.py" line="114"/>
        <source>How I felt</source>
        <translation>Sut roeddwn i&apos;n teimlo</translation>
    </message>
</context>
<context>
    <name>DimensionTab</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/dimension_tab.py" line="21"/>
        <source>not rated</source>
        <translation>heb ei sgorio</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/dimension_tab.py" line="35"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; helps the child to {benefit}.</source>
        <translation>Mae &lt;b&gt;{title}&lt;/b&gt; yn helpu&apos;r plentyn i {benefit}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/dimension_tab.py" line="55"/>
        <source>{title} rating</source>
        <translation>Sgôr {title}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/dimension_tab.py" line="56"/>
        <source>Foster family rating (0-10):</source>
        <translation>Sgôr y teulu maeth (0-10):</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/dimension_tab.py" line="57"/>
        <source>Rating (0-10):</source>
        <translation>Sgôr (0-10):</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/dimension_tab.py" line="61"/>
        <source>Birth family rating</source>
        <translation>Sgôr y teulu biolegol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/dimension_tab.py" line="62"/>
        <source>Birth family rating (0-10):</source>
        <translation>Sgôr y teulu biolegol (0-10):</translation>
    </message>
</context>
<context>
    <name>Ecomap</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/ecomap.py" line="43"/>
        <source>Ecomap: the child and the people around them</source>
        <translation>Ecomap: y plentyn a&apos;r bobl o&apos;i gwmpas</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/ecomap.py" line="73"/>
        <source>Add the people around the child on the People tab.</source>
        <translation>Ychwanegwch y bobl o gwmpas y plentyn ar y tab Pobl.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/ecomap_pdf.py" line="69"/>
        <location filename="../src/carerdesk/reports/record_words.py" line="176"/>
        <source>{role}, lives with the child</source>
        <translation>{role}, yn byw gyda&apos;r plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/ecomap_pdf.py" line="71"/>
        <location filename="../src/carerdesk/reports/record_words.py" line="178"/>
        <source>{role}, lives apart</source>
        <translation>{role}, yn byw ar wahân</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/ecomap_pdf.py" line="163"/>
        <source>Heavy edge: birth family, brothers and sisters. Light edge: friends and other children in the home. Dotted: someone else. Dashed: the team around the child.</source>
        <translation>Ymyl trwm: teulu biolegol, brodyr a chwiorydd. Ymyl ysgafn: ffrindiau a phlant eraill yn y cartref. Dotiau: rhywun arall. Llinell doredig: y tîm o gwmpas y plentyn.</translation>
    </message>
</context>
<context>
    <name>EndPlacementDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="57"/>
        <source>End {name}&apos;s placement</source>
        <translation>Dod â lleoliad {name} i ben</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="63"/>
        <source>The day the placement ended</source>
        <translation>Y diwrnod y daeth y lleoliad i ben</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="65"/>
        <source>Where the child went</source>
        <translation>I ble&apos;r aeth y plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="66"/>
        <source>If you know: a family&apos;s name, a town</source>
        <translation>Os ydych yn gwybod: enw teulu, tref</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="67"/>
        <source>Problem ending the placement</source>
        <translation>Problem wrth ddod â&apos;r lleoliad i ben</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="71"/>
        <source>&amp;End the placement</source>
        <translation>&amp;Dod â&apos;r lleoliad i ben</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="74"/>
        <source>The placement en&amp;ded on:</source>
        <translation>Daeth y lleoliad i &amp;ben ar:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="75"/>
        <source>&amp;Went to:</source>
        <translation>&amp;Aeth i:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="78"/>
        <source>The profile keeps its earlier version. The record stays in your journal until you remove it (Child → Remove the record…).</source>
        <translation>Mae&apos;r proffil yn cadw ei fersiwn gynharach. Mae&apos;r cofnod yn aros yn eich dyddiadur nes i chi ei dynnu (Plentyn → Tynnu&apos;r cofnod…).</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="68"/>
        <source>Amend entry</source>
        <translation>Diwygio&apos;r cofnod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="68"/>
        <source>New entry</source>
        <translation>Cofnod newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="94"/>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Rheswm dros y newid:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="107"/>
        <source>Save problem</source>
        <translation>Problem wrth gadw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="109"/>
        <source>Draft status</source>
        <translation>Statws y drafft</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="119"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="120"/>
        <source>R&amp;edo</source>
        <translation>A&amp;ilwneud</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="123"/>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="125"/>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="126"/>
        <source>Save the entry</source>
        <translation>Cadw&apos;r cofnod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="164"/>
        <source>★ &amp;Bring to supervision</source>
        <translation>★ Dod i&apos;r &amp;oruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="167"/>
        <source>Bring to supervision</source>
        <translation>Dod i&apos;r oruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="168"/>
        <source>Star this entry to bring it to supervision: the summary shows it first. The star is not part of the entry&apos;s words: on a saved entry it is kept at once, with no reason and no new version (Ctrl+T)</source>
        <translation>Rhoi seren ar y cofnod hwn i ddod ag ef i&apos;r oruchwyliaeth: mae&apos;r crynodeb yn ei ddangos yn gyntaf. Nid yw&apos;r seren yn rhan o eiriau&apos;r cofnod: ar gofnod sydd wedi&apos;i gadw, caiff ei chadw ar unwaith, heb reswm a heb fersiwn newydd (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="299"/>
        <source>Evidence not added</source>
        <translation>Ni ychwanegwyd tystiolaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="300"/>
        <source>The entry is saved, but it could not be added as evidence: {problem}</source>
        <translation>Mae&apos;r cofnod wedi&apos;i gadw, ond nid oedd modd ei ychwanegu fel tystiolaeth: {problem}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="124"/>
        <source>Close the editor</source>
        <translation>Cau&apos;r golygydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="113"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="96"/>
        <source>Reason for the change</source>
        <translation>Rheswm dros y newid</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="40"/>
        <source>Edit</source>
        <translation>Golygu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="97"/>
        <source>Why are you changing this entry? The earlier version is kept, with your reason.</source>
        <translation>Pam rydych chi&apos;n newid y cofnod hwn? Cedwir y fersiwn gynharach, gyda&apos;ch rheswm.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="216"/>
        <source>&amp;Keep draft</source>
        <translation>Cadw&apos;r &amp;drafft</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="217"/>
        <source>&amp;Discard</source>
        <translation>&amp;Taflu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="219"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Diddymu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="259"/>
        <source>Draft kept</source>
        <translation>Cadwyd y drafft</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="211"/>
        <source>Keep this draft?</source>
        <translation>Cadw&apos;r drafft hwn?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_editor.py" line="212"/>
        <source>This entry is not saved yet. Keep it as a draft to finish later?</source>
        <translation>Nid yw&apos;r cofnod hwn wedi&apos;i gadw eto. Ei gadw fel drafft i&apos;w orffen yn nes ymlaen?</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_form.py" line="55"/>
        <source>Date of the entry</source>
        <translation>Dyddiad y cofnod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_form.py" line="62"/>
        <source>About {name}</source>
        <translation>Am {name}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_form.py" line="70"/>
        <source>(not recorded)</source>
        <translation>(heb ei gofnodi)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_form.py" line="79"/>
        <source>Secure Base dimensions</source>
        <translation>Dimensiynau Sylfaen Ddiogel</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_form.py" line="83"/>
        <source>The child&apos;s own words</source>
        <translation>Geiriau&apos;r plentyn ei hun</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_form.py" line="84"/>
        <source>Exactly as they said it</source>
        <translation>Yn union fel y dywedodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_form.py" line="85"/>
        <source>My reflection</source>
        <translation>Fy myfyrdod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_form.py" line="101"/>
        <source>How the child seemed to &amp;me:</source>
        <translation>Sut roedd y plentyn yn ymddangos i &amp;mi:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_form.py" line="102"/>
        <source>How the child seemed to me</source>
        <translation>Sut roedd y plentyn yn ymddangos i mi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_form.py" line="103"/>
        <source>The child may read this one day. Say what went well, too.</source>
        <translation>Efallai y bydd y plentyn yn darllen hwn un diwrnod. Dywedwch beth aeth yn dda, hefyd.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_form.py" line="105"/>
        <source>How {name} seemed to &amp;me:</source>
        <translation>Sut roedd {name} yn ymddangos i &amp;mi:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_form.py" line="106"/>
        <source>How {name} seemed to me</source>
        <translation>Sut roedd {name} yn ymddangos i mi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_form.py" line="107"/>
        <source>{name} may read this one day. Say what went well, too.</source>
        <translation>Efallai y bydd {name} yn darllen hwn un diwrnod. Dywedwch beth aeth yn dda, hefyd.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_form.py" line="115"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_form.py" line="121"/>
        <source>About:</source>
        <translation>Am:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_form.py" line="131"/>
        <source>&lt;b&gt;The day&lt;/b&gt;</source>
        <translation>&lt;b&gt;Y diwrnod&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_form.py" line="134"/>
        <source>&lt;b&gt;The Secure Base dimensions&lt;/b&gt; (fill what fits; each part is optional)</source>
        <translation>&lt;b&gt;Dimensiynau Sylfaen Ddiogel&lt;/b&gt; (llenwch yr hyn sy&apos;n gweddu; mae pob rhan yn ddewisol)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_form.py" line="137"/>
        <source>&lt;b&gt;In the child&apos;s own words&lt;/b&gt;</source>
        <translation>&lt;b&gt;Yng ngeiriau&apos;r plentyn ei hun&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_form.py" line="139"/>
        <source>&lt;b&gt;My reflection&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fy myfyrdod&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_form.py" line="142"/>
        <source>&lt;b&gt;Categories&lt;/b&gt;</source>
        <translation>&lt;b&gt;Categorïau&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>EntryParts</name>
    <message>
        <location filename="../src/carerdesk/domain/entry_parts.py" line="18"/>
        <source>The day</source>
        <translation>Y diwrnod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/entry_parts.py" line="19"/>
        <source>The child&apos;s own words</source>
        <translation>Geiriau&apos;r plentyn ei hun</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/entry_parts.py" line="20"/>
        <source>My reflection</source>
        <translation>Fy myfyrdod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/entry_parts.py" line="21"/>
        <source>The significant event</source>
        <translation>Y digwyddiad arwyddocaol</translation>
    </message>
</context>
<context>
    <name>EntryPrint</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_print.py" line="55"/>
        <source>Written by {who} on {when}.</source>
        <translation>Ysgrifennwyd gan {who} ar {when}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_print.py" line="58"/>
        <source>Written on {when}.</source>
        <translation>Ysgrifennwyd ar {when}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_print.py" line="60"/>
        <source>Last amended on {when} (version {n}); every earlier version is kept.</source>
        <translation>Diwygiwyd ddiwethaf ar {when} (fersiwn {n}); cedwir pob fersiwn cynharach.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_print.py" line="83"/>
        <source>{child} · {day} · confidential</source>
        <translation>{child} · {day} · cyfrinachol</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/journal/entry_print.py" line="102"/>
        <source>{day}: %n entries</source>
        <translation>
            <numerusform>{day}: %n cofnod</numerusform>
            <numerusform>{day}: %n cofnod</numerusform>
            <numerusform>{day}: %n cofnod</numerusform>
            <numerusform>{day}: %n cofnod</numerusform>
            <numerusform>{day}: %n cofnod</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_print.py" line="179"/>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_print.py" line="188"/>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_print.py" line="190"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_print.py" line="206"/>
        <source>Choose an entry in the timeline first.</source>
        <translation>Dewiswch gofnod yn y llinell amser yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_print.py" line="230"/>
        <source>Sent to the printer.</source>
        <translation>Wedi&apos;i anfon i&apos;r argraffydd.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_print.py" line="243"/>
        <source>Saved as {path}. Anyone who can open that file can read it.</source>
        <translation>Wedi&apos;i gadw fel {path}. Gall unrhyw un sy&apos;n gallu agor y ffeil honno ei darllen.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_print.py" line="246"/>
        <source>The PDF could not be written to {path}. Is the folder there, and may you write in it?</source>
        <translation>Nid oedd modd ysgrifennu&apos;r PDF i {path}. A yw&apos;r ffolder yno, ac a gewch chi ysgrifennu ynddo?</translation>
    </message>
</context>
<context>
    <name>EntryReader</name>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_search.py" line="153"/>
        <source>An entry from {carer}&apos;s report</source>
        <translation>Cofnod o adroddiad {carer}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_search.py" line="156"/>
        <source>&lt;b&gt;{child}&lt;/b&gt;, in the report for {since} to {until}</source>
        <translation>&lt;b&gt;{child}&lt;/b&gt;, yn yr adroddiad ar gyfer {since} i {until}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_search.py" line="160"/>
        <source>The entry</source>
        <translation>Y cofnod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_search.py" line="162"/>
        <source>a child in the household</source>
        <translation>plentyn yn yr aelwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_search.py" line="164"/>
        <source>Amended by the carer (version {n}).</source>
        <translation>Diwygiwyd gan y gofalwr (fersiwn {n}).</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="63"/>
        <source>Si&amp;gnificant event</source>
        <translation>Digwyddiad ar&amp;wyddocaol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="66"/>
        <source>Significant event</source>
        <translation>Digwyddiad arwyddocaol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="81"/>
        <source>Kind of significant event</source>
        <translation>Math o ddigwyddiad arwyddocaol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="82"/>
        <source>(choose the kind)</source>
        <translation>(dewiswch y math)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="85"/>
        <source>When it happened</source>
        <translation>Pryd y digwyddodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="87"/>
        <source>Where it happened</source>
        <translation>Ble y digwyddodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="89"/>
        <source>Who was present</source>
        <translation>Pwy oedd yno</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="90"/>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="91"/>
        <source>The child&apos;s exact words</source>
        <translation>Union eiriau&apos;r plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="92"/>
        <source>Exactly as they said it</source>
        <translation>Yn union fel y dywedodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="93"/>
        <source>What I did and said</source>
        <translation>Beth wnes i a&apos;i ddweud</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="95"/>
        <source>Follow-up actions</source>
        <translation>Camau dilynol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="96"/>
        <source>Missing from home</source>
        <translation>Ar goll o&apos;r cartref</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="97"/>
        <source>When last seen</source>
        <translation>Pryd y&apos;i gwelwyd ddiwethaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="98"/>
        <source>When reported</source>
        <translation>Pryd yr adroddwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="100"/>
        <source>Reported to</source>
        <translation>Adroddwyd i</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="102"/>
        <source>Police reference</source>
        <translation>Cyfeirnod yr heddlu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="103"/>
        <source>When back</source>
        <translation>Pryd y daeth yn ôl</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="104"/>
        <source>The return conversation</source>
        <translation>Y sgwrs pan ddaeth yn ôl</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="109"/>
        <source>Warnings about the event</source>
        <translation>Rhybuddion am y digwyddiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="117"/>
        <source>Kind:</source>
        <translation>Math:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="118"/>
        <source>When it happened:</source>
        <translation>Pryd y digwyddodd:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="119"/>
        <source>Where:</source>
        <translation>Ble:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="120"/>
        <source>Who was present:</source>
        <translation>Pwy oedd yno:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="121"/>
        <source>What happened:</source>
        <translation>Beth ddigwyddodd:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="122"/>
        <source>The child&apos;s exact words:</source>
        <translation>Union eiriau&apos;r plentyn:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="123"/>
        <source>What I did and said:</source>
        <translation>Beth wnes i a&apos;i ddweud:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="124"/>
        <source>Who was told:</source>
        <translation>Pwy a hysbyswyd:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="125"/>
        <source>Follow-up:</source>
        <translation>Camau dilynol:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="127"/>
        <source>Last seen:</source>
        <translation>Gwelwyd ddiwethaf:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="128"/>
        <source>Reported:</source>
        <translation>Adroddwyd:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="129"/>
        <source>Reported to:</source>
        <translation>Adroddwyd i:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="130"/>
        <source>Police reference:</source>
        <translation>Cyfeirnod yr heddlu:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="131"/>
        <source>Back:</source>
        <translation>Yn ôl:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="132"/>
        <source>The return conversation:</source>
        <translation>Y sgwrs pan ddaeth yn ôl:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="189"/>
        <source>The time it was reported is before the child was last seen: please check the two times.</source>
        <translation>Mae&apos;r amser yr adroddwyd amdano cyn i&apos;r plentyn gael ei weld ddiwethaf: gwiriwch y ddau amser.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="192"/>
        <source>The time the child came back is before they were last seen: please check the two times.</source>
        <translation>Mae&apos;r amser y daeth y plentyn yn ôl cyn iddo gael ei weld ddiwethaf: gwiriwch y ddau amser.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/event_editor.py" line="272"/>
        <source>Written before events had their own parts, as &quot;{kind}&quot;. It is kept as it was until you change a part below; then say when it happened and when each person was told.</source>
        <translation>Ysgrifennwyd cyn i ddigwyddiadau gael eu rhannau eu hunain, fel &quot;{kind}&quot;. Fe&apos;i cedwir fel yr oedd nes i chi newid rhan isod; yna dywedwch pryd y digwyddodd a phryd y cafodd pob person wybod.</translation>
    </message>
</context>
<context>
    <name>EventRender</name>
    <message>
        <location filename="../src/carerdesk/gui/common/event_render.py" line="60"/>
        <source>Last seen {seen}</source>
        <translation>Gwelwyd ddiwethaf {seen}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/event_render.py" line="61"/>
        <source>reported {when}</source>
        <translation>adroddwyd {when}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/event_render.py" line="62"/>
        <source>reported</source>
        <translation>adroddwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/event_render.py" line="63"/>
        <source>to {to}</source>
        <translation>i {to}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/event_render.py" line="64"/>
        <source>(ref. {ref})</source>
        <translation>(cyf. {ref})</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/event_render.py" line="65"/>
        <source>back {back}</source>
        <translation>yn ôl {back}</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../src/carerdesk/domain/events.py" line="25"/>
        <source>Death of the child</source>
        <translation>Marwolaeth y plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/events.py" line="26"/>
        <source>Serious illness or accident</source>
        <translation>Salwch neu ddamwain ddifrifol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/events.py" line="27"/>
        <source>Serious incident: police called to our home</source>
        <translation>Digwyddiad difrifol: galw&apos;r heddlu i&apos;n cartref</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/events.py" line="28"/>
        <source>Child sexual exploitation (suspected or actual)</source>
        <translation>Camfanteisio&apos;n rhywiol ar blant (a amheuir neu wirioneddol)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/events.py" line="30"/>
        <source>Child-protection enquiry started or ended</source>
        <translation>Ymholiad amddiffyn plant wedi dechrau neu ddod i ben</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/events.py" line="32"/>
        <source>Allegation or serious complaint about us or our household</source>
        <translation>Honiad neu gŵyn ddifrifol amdanom ni neu ein haelwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/events.py" line="34"/>
        <source>Serious infectious disease in our home</source>
        <translation>Clefyd heintus difrifol yn ein cartref</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/events.py" line="35"/>
        <source>Referral to the Disclosure and Barring Service</source>
        <translation>Atgyfeiriad i&apos;r Gwasanaeth Datgelu a Gwahardd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/events.py" line="37"/>
        <source>Missing from home</source>
        <translation>Ar goll o&apos;r cartref</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/events.py" line="38"/>
        <source>The child is said to have committed a serious offence</source>
        <translation>Dywedir bod y plentyn wedi cyflawni trosedd ddifrifol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/events.py" line="96"/>
        <source>Supervising social worker</source>
        <translation>Gweithiwr cymdeithasol goruchwylio</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/events.py" line="97"/>
        <source>Fostering service</source>
        <translation>Gwasanaeth maethu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/events.py" line="98"/>
        <source>Child&apos;s social worker</source>
        <translation>Gweithiwr cymdeithasol y plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/events.py" line="99"/>
        <source>Police</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/events.py" line="100"/>
        <source>Out-of-hours team</source>
        <translation>Tîm y tu allan i oriau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/events.py" line="101"/>
        <source>Someone else</source>
        <translation>Rhywun arall</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/events.py" line="210"/>
        <source>Neither your supervising social worker nor the fostering service is among those told. Tell them as soon as you can, and add when you did.</source>
        <translation>Nid yw eich gweithiwr cymdeithasol goruchwylio na&apos;r gwasanaeth maethu ymhlith y rhai a hysbyswyd. Rhowch wybod iddynt cyn gynted ag y gallwch, ac ychwanegwch pryd y gwnaethoch hynny.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/events.py" line="213"/>
        <source>The first person was told more than 24 hours after it happened. If you can, say why in the follow-up.</source>
        <translation>Cafodd y person cyntaf wybod fwy na 24 awr ar ôl iddo ddigwydd. Os gallwch, dywedwch pam yn y camau dilynol.</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="55"/>
        <source>Add evidence</source>
        <translation>Ychwanegu tystiolaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="59"/>
        <source>The child&apos;s entries</source>
        <translation>Cofnodion y plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="71"/>
        <source>Which entry shows how this goal is going?</source>
        <translation>Pa gofnod sy&apos;n dangos sut mae&apos;r nod hwn yn mynd?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="83"/>
        <source>Cl&amp;ose</source>
        <translation>Ca&amp;u</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="73"/>
        <source>Supervision report</source>
        <translation>Adroddiad goruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="76"/>
        <source>Choose the period, then “Preview” to see the summary exactly as your social worker will.</source>
        <translation>Dewiswch y cyfnod, yna “Rhagolwg” i weld y crynodeb yn union fel y bydd eich gweithiwr cymdeithasol yn ei weld.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="99"/>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="105"/>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="106"/>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="110"/>
        <source>Send to</source>
        <translation>Anfon at</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="113"/>
        <source>The period in a sentence</source>
        <translation>Y cyfnod mewn brawddeg</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="114"/>
        <source>A settled month; first sleepover at a friend&apos;s</source>
        <translation>Mis setlog; y tro cyntaf yn aros dros nos yn nhŷ ffrind</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="116"/>
        <source>To bring to supervision</source>
        <translation>I ddod i&apos;r oruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="117"/>
        <source>Questions you want to talk about</source>
        <translation>Cwestiynau yr hoffech siarad amdanynt</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="118"/>
        <source>Your wellbeing</source>
        <translation>Eich llesiant</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="119"/>
        <source>How you are, and any support you would like</source>
        <translation>Sut ydych chi, ac unrhyw gymorth yr hoffech ei gael</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="120"/>
        <source>Also save the summary as a P&amp;DF (not encrypted)</source>
        <translation>Cadw&apos;r crynodeb fel P&amp;DF hefyd (heb ei amgryptio)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="123"/>
        <source>Se&amp;nd to:</source>
        <translation>A&amp;nfon at:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="125"/>
        <source>In a s&amp;entence:</source>
        <translation>Mewn b&amp;rawddeg:</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="236"/>
        <source>%n entries in this period.</source>
        <translation>
            <numerusform>%n cofnod yn y cyfnod hwn.</numerusform>
            <numerusform>%n cofnod yn y cyfnod hwn.</numerusform>
            <numerusform>%n cofnod yn y cyfnod hwn.</numerusform>
            <numerusform>%n cofnod yn y cyfnod hwn.</numerusform>
            <numerusform>%n cofnod yn y cyfnod hwn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="267"/>
        <source>Saved {path}: %n entries, signed by you and encrypted for {who}. Send this file to them.</source>
        <translation>
            <numerusform>Wedi cadw {path}: %n cofnod, wedi&apos;u llofnodi gennych chi a&apos;u hamgryptio ar gyfer {who}. Anfonwch y ffeil hon atynt.</numerusform>
            <numerusform>Wedi cadw {path}: %n cofnod, wedi&apos;u llofnodi gennych chi a&apos;u hamgryptio ar gyfer {who}. Anfonwch y ffeil hon atynt.</numerusform>
            <numerusform>Wedi cadw {path}: %n cofnod, wedi&apos;u llofnodi gennych chi a&apos;u hamgryptio ar gyfer {who}. Anfonwch y ffeil hon atynt.</numerusform>
            <numerusform>Wedi cadw {path}: %n cofnod, wedi&apos;u llofnodi gennych chi a&apos;u hamgryptio ar gyfer {who}. Anfonwch y ffeil hon atynt.</numerusform>
            <numerusform>Wedi cadw {path}: %n cofnod, wedi&apos;u llofnodi gennych chi a&apos;u hamgryptio ar gyfer {who}. Anfonwch y ffeil hon atynt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="122"/>
        <source>&amp;Child:</source>
        <translation>&amp;Plentyn:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="122"/>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="123"/>
        <source>&amp;To:</source>
        <translation>&amp;I:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="126"/>
        <source>&amp;Questions:</source>
        <translation>&amp;Cwestiynau:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="127"/>
        <source>&amp;Wellbeing:</source>
        <translation>&amp;Llesiant:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="137"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="175"/>
        <source>&amp;Preview</source>
        <translation>&amp;Rhagolwg</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="177"/>
        <source>&amp;Add recipient…</source>
        <translation>&amp;Ychwanegu derbynnydd…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="179"/>
        <source>&amp;Save report…</source>
        <translation>&amp;Cadw&apos;r adroddiad…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="230"/>
        <source>Add a child first.</source>
        <translation>Ychwanegwch blentyn yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="242"/>
        <source>Tick who the report is for, or add your social worker&apos;s key with “Add recipient…”.</source>
        <translation>Ticiwch ar gyfer pwy mae&apos;r adroddiad, neu ychwanegwch allwedd eich gweithiwr cymdeithasol gydag “Ychwanegu derbynnydd…”.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="247"/>
        <source>Save the report</source>
        <translation>Cadw&apos;r adroddiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="248"/>
        <source>CarerDesk reports (*.cdreport)</source>
        <translation>Adroddiadau CarerDesk (*.cdreport)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/export_dialog.py" line="271"/>
        <source>The PDF {path} is not encrypted: keep it safe.</source>
        <translation>Nid yw&apos;r PDF {path} wedi&apos;i amgryptio: cadwch ef yn ddiogel.</translation>
    </message>
</context>
<context>
    <name>FamilyTime</name>
    <message>
        <location filename="../src/carerdesk/domain/family_time.py" line="44"/>
        <source>Planned</source>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/family_time.py" line="45"/>
        <source>Happened</source>
        <translation>Wedi digwydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/family_time.py" line="46"/>
        <source>Cancelled</source>
        <translation>Wedi&apos;i ganslo</translation>
    </message>
</context>
<context>
    <name>FamilyTimeForm</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="41"/>
        <source>The family time</source>
        <translation>Yr amser teulu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="71"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="71"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="72"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatws:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="72"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="73"/>
        <source>&amp;People there:</source>
        <translation>&amp;Pobl yno:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="73"/>
        <source>People there</source>
        <translation>Pobl yno</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="74"/>
        <source>&amp;Where:</source>
        <translation>&amp;Ble:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="74"/>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="75"/>
        <source>S&amp;upervised by:</source>
        <translation>&amp;Goruchwyliwyd gan:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="75"/>
        <source>Supervised by</source>
        <translation>Goruchwyliwyd gan</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="76"/>
        <source>Ca&amp;ncelled by:</source>
        <translation>Ca&amp;nslwyd gan:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="76"/>
        <source>Cancelled by</source>
        <translation>Canslwyd gan</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="77"/>
        <source>Wh&amp;y it was cancelled:</source>
        <translation>Pam y ca&amp;nslwyd:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="78"/>
        <source>Why it was cancelled</source>
        <translation>Pam y canslwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="79"/>
        <source>How they seemed &amp;before:</source>
        <translation>Sut roedden nhw&apos;n ymddangos c&amp;yn:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="80"/>
        <source>How they seemed before</source>
        <translation>Sut roedden nhw&apos;n ymddangos cyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="81"/>
        <source>How they seemed du&amp;ring:</source>
        <translation>Sut roedden nhw&apos;n ymddangos yn ys&amp;tod:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="82"/>
        <source>How they seemed during</source>
        <translation>Sut roedden nhw&apos;n ymddangos yn ystod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="83"/>
        <source>How they seemed a&amp;fter:</source>
        <translation>Sut roedden nhw&apos;n ymddangos w&amp;edyn:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="84"/>
        <source>How they seemed after</source>
        <translation>Sut roedden nhw&apos;n ymddangos wedyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="85"/>
        <source>What they sa&amp;id, word for word:</source>
        <translation>Beth ddywedon nhw, air am a&amp;ir:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="86"/>
        <source>What they said, word for word</source>
        <translation>Beth ddywedon nhw, air am air</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="87"/>
        <source>What I notic&amp;ed:</source>
        <translation>Beth sylwais i a&amp;rno:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_form.py" line="87"/>
        <source>What I noticed</source>
        <translation>Beth sylwais i arno</translation>
    </message>
</context>
<context>
    <name>FamilyTimePanel</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_panel.py" line="55"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_panel.py" line="56"/>
        <source>New fami&amp;ly time</source>
        <translation>Amser teu&amp;lu newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_panel.py" line="57"/>
        <source>&amp;Save this family time</source>
        <translation>&amp;Cadw&apos;r amser teulu hwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_panel.py" line="58"/>
        <source>A change is saved as a new version; the earlier one is kept</source>
        <translation>Cedwir newid fel fersiwn newydd; cedwir yr un gynharach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_panel.py" line="80"/>
        <source>Show the family time with</source>
        <translation>Dangos yr amser teulu gyda</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_panel.py" line="81"/>
        <source>Show those wit&amp;h:</source>
        <translation>Dangos y rhai gy&amp;da:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_panel.py" line="87"/>
        <source>Family time, newest first</source>
        <translation>Amser teulu, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_panel.py" line="93"/>
        <source>Earlier versions of this family time</source>
        <translation>Fersiynau cynharach o&apos;r amser teulu hwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_panel.py" line="98"/>
        <source>Earlier versions of the one chosen:</source>
        <translation>Fersiynau cynharach o&apos;r un a ddewiswyd:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_panel.py" line="112"/>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_panel.py" line="130"/>
        <source>No family time with them yet.</source>
        <translation>Dim amser teulu gyda nhw eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_panel.py" line="131"/>
        <source>No family time yet.</source>
        <translation>Dim amser teulu eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_panel.py" line="161"/>
        <source>Version {n}, saved {when}</source>
        <translation>Fersiwn {n}, cadwyd {when}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_panel.py" line="167"/>
        <source>None: when this family time is changed, the version before is kept here.</source>
        <translation>Dim: pan fydd yr amser teulu hwn yn cael ei newid, cedwir y fersiwn flaenorol yma.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/family_time_panel.py" line="168"/>
        <source>Choose a family time in the list to see its earlier versions.</source>
        <translation>Dewiswch amser teulu yn y rhestr i weld ei fersiynau cynharach.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="70"/>
        <source>Search your journal (Ctrl+F)</source>
        <translation>Chwilio eich dyddiadur (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="73"/>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="74"/>
        <source>Filter by dimension</source>
        <translation>Hidlo yn ôl dimensiwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="74"/>
        <source>All dimensions</source>
        <translation>Pob dimensiwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="77"/>
        <source>Filter by category</source>
        <translation>Hidlo yn ôl categori</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="77"/>
        <source>All categories</source>
        <translation>Pob categori</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="80"/>
        <source>Si&amp;gnificant only</source>
        <translation>Rhai ar&amp;wyddocaol yn unig</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="82"/>
        <source>★ Sta&amp;rred only</source>
        <translation>★ Rhai â &amp;seren yn unig</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="83"/>
        <source>Only entries starred for supervision</source>
        <translation>Dim ond cofnodion â seren ar gyfer yr oruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="84"/>
        <source>Only the entries you starred to bring to supervision (Ctrl+T stars the selected entry)</source>
        <translation>Dim ond y cofnodion y rhoesoch seren arnynt i ddod â nhw i&apos;r oruchwyliaeth (mae Ctrl+T yn rhoi seren ar y cofnod a ddewiswyd)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="88"/>
        <source>Sho&amp;w all</source>
        <translation>Dangos p&amp;opeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="89"/>
        <source>Show all entries: clear every filter</source>
        <translation>Dangos pob cofnod: clirio pob hidl</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="102"/>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="104"/>
        <source>&amp;To</source>
        <translation>&amp;I</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="146"/>
        <source>the words “{words}”</source>
        <translation>y geiriau “{words}”</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="151"/>
        <source>significant events only</source>
        <translation>digwyddiadau arwyddocaol yn unig</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="153"/>
        <source>starred for supervision only</source>
        <translation>â seren ar gyfer yr oruchwyliaeth yn unig</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="156"/>
        <source>the day {day}</source>
        <translation>y diwrnod {day}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="159"/>
        <source>from {day}</source>
        <translation>o {day}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="161"/>
        <source>until {day}</source>
        <translation>tan {day}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="81"/>
        <source>Only significant events</source>
        <translation>Digwyddiadau arwyddocaol yn unig</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="38"/>
        <source>any</source>
        <translation>unrhyw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="86"/>
        <source>From date</source>
        <translation>Dyddiad o</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/filter_bar.py" line="87"/>
        <source>To date</source>
        <translation>Dyddiad i</translation>
    </message>
</context>
<context>
    <name>FormDraft</name>
    <message>
        <location filename="../src/carerdesk/gui/common/form_draft.py" line="175"/>
        <source>Kept from before the lock</source>
        <translation>Drafft o cyn y cloi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/form_draft.py" line="176"/>
        <source>Discard the draft…</source>
        <translation>Taflu&apos;r drafft…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/form_draft.py" line="203"/>
        <source>Kept from before the lock: not saved yet.</source>
        <translation>Drafft o cyn y cloi: heb ei gadw eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/form_draft.py" line="247"/>
        <source>Discard this draft?</source>
        <translation>Taflu&apos;r drafft hwn?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/form_draft.py" line="248"/>
        <source>What was typed here before the lock will be gone; what is saved stays as it is.</source>
        <translation>Bydd yr hyn a deipiwyd yma cyn y cloi yn mynd; mae&apos;r hyn sydd wedi&apos;i gadw yn aros fel y mae.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/form_draft.py" line="252"/>
        <location filename="../src/carerdesk/gui/common/form_draft.py" line="273"/>
        <source>&amp;Discard</source>
        <translation>&amp;Taflu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/form_draft.py" line="254"/>
        <source>&amp;Keep it</source>
        <translation>Ei &amp;gadw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/form_draft.py" line="266"/>
        <source>Keep this draft?</source>
        <translation>Cadw&apos;r drafft hwn?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/form_draft.py" line="267"/>
        <source>This is not saved yet. Keep it to finish later, or discard it?</source>
        <translation>Nid yw hwn wedi&apos;i gadw eto. Ei gadw i&apos;w orffen yn nes ymlaen, neu ei daflu?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/form_draft.py" line="271"/>
        <source>&amp;Keep for later</source>
        <translation>Ei gadw tan &amp;wedyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/form_draft.py" line="275"/>
        <source>&amp;Go back</source>
        <translation>&amp;Mynd yn ôl</translation>
    </message>
</context>
<context>
    <name>GoalEvidence</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/goal_evidence.py" line="22"/>
        <location filename="../src/carerdesk/gui/journal/goal_evidence.py" line="55"/>
        <source>E&amp;vidence for a goal…</source>
        <translation>&amp;Tystiolaeth ar gyfer nod…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/goal_evidence.py" line="25"/>
        <source>Goals this entry is evidence for</source>
        <translation>Nodau y mae&apos;r cofnod hwn yn dystiolaeth ar eu cyfer</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/goal_evidence.py" line="46"/>
        <source>No open goals in the plan yet</source>
        <translation>Dim nodau agored yn y cynllun eto</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/journal/goal_evidence.py" line="54"/>
        <source>E&amp;vidence for %n goal(s)…</source>
        <translation>
            <numerusform>&amp;Tystiolaeth ar gyfer %n nod…</numerusform>
            <numerusform>&amp;Tystiolaeth ar gyfer %n nod…</numerusform>
            <numerusform>&amp;Tystiolaeth ar gyfer %n nod…</numerusform>
            <numerusform>&amp;Tystiolaeth ar gyfer %n nod…</numerusform>
            <numerusform>&amp;Tystiolaeth ar gyfer %n nod…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goal_form.py" line="56"/>
        <source>Reach it b&amp;y</source>
        <translation>Ei gyrraedd er&amp;byn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goal_form.py" line="57"/>
        <source>Reach it by</source>
        <translation>Ei gyrraedd erbyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goal_form.py" line="58"/>
        <source>Re&amp;view on</source>
        <translation>Ad&amp;olygu ar</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goal_form.py" line="59"/>
        <source>Review on</source>
        <translation>Adolygu ar</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goal_form.py" line="64"/>
        <source>Set on</source>
        <translation>Gosodwyd ar</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goal_form.py" line="65"/>
        <source>A&amp;rea:</source>
        <translation>&amp;Maes:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goal_form.py" line="65"/>
        <source>&amp;What we are working towards:</source>
        <translation>&amp;Beth rydyn ni&apos;n gweithio tuag ato:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goal_form.py" line="67"/>
        <source>&amp;How we will know:</source>
        <translation>S&amp;ut y byddwn yn gwybod:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goal_form.py" line="67"/>
        <source>Wh&amp;o helps:</source>
        <translation>P&amp;wy sy&apos;n helpu:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goal_form.py" line="74"/>
        <source>&amp;If this does not work:</source>
        <translation>&amp;Os nad yw hyn yn gweithio:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goal_form.py" line="75"/>
        <source>&amp;Set by:</source>
        <translation>&amp;Gosodwyd gan:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goal_form.py" line="76"/>
        <source>Se&amp;t on:</source>
        <translation>Gosod&amp;wyd ar:</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../src/carerdesk/domain/goals.py" line="31"/>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/goals.py" line="32"/>
        <source>Education and learning</source>
        <translation>Addysg a dysgu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/goals.py" line="33"/>
        <source>Emotional and behavioural development</source>
        <translation>Datblygiad emosiynol ac ymddygiadol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/goals.py" line="34"/>
        <source>Identity</source>
        <translation>Hunaniaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/goals.py" line="35"/>
        <source>Family and social relationships</source>
        <translation>Perthnasoedd teuluol a chymdeithasol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/goals.py" line="36"/>
        <source>Social presentation</source>
        <translation>Cyflwyniad cymdeithasol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/goals.py" line="37"/>
        <source>Self-care skills</source>
        <translation>Sgiliau hunanofal</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/goals.py" line="84"/>
        <source>The carer</source>
        <translation>Y gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/goals.py" line="85"/>
        <source>The social worker</source>
        <translation>Y gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/goals.py" line="86"/>
        <source>Together, in supervision</source>
        <translation>Gyda&apos;n gilydd, mewn goruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/goals.py" line="116"/>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/goals.py" line="117"/>
        <source>Moving</source>
        <translation>Yn symud ymlaen</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/goals.py" line="118"/>
        <source>Achieved</source>
        <translation>Wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/goals.py" line="119"/>
        <source>Changed</source>
        <translation>Wedi newid</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/goals.py" line="120"/>
        <source>Stopped</source>
        <translation>Wedi stopio</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="89"/>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="89"/>
        <source>Goal</source>
        <translation>Nod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="89"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="90"/>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="90"/>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="92"/>
        <source>Goals</source>
        <translation>Nodau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="95"/>
        <source>&amp;New goal</source>
        <translation>Nod &amp;newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="98"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="99"/>
        <source>S&amp;ave goal</source>
        <translation>C&amp;adw&apos;r nod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="101"/>
        <source>Evidence for this goal</source>
        <translation>Tystiolaeth ar gyfer y nod hwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="102"/>
        <source>Add &amp;evidence…</source>
        <translation>Ychwanegu &amp;tystiolaeth…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="104"/>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="137"/>
        <source>Reviews of this goal</source>
        <translation>Adolygiadau o&apos;r nod hwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="108"/>
        <source>Date of the review</source>
        <translation>Dyddiad yr adolygiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="110"/>
        <source>&amp;Keep this review</source>
        <translation>Cadw&apos;r adolygiad &amp;hwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="111"/>
        <source>Problem with the review</source>
        <translation>Problem gyda&apos;r adolygiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="132"/>
        <source>Evidence: entries that show how it is going</source>
        <translation>Tystiolaeth: cofnodion sy&apos;n dangos sut mae&apos;n mynd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="142"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ws:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="143"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="144"/>
        <source>Words o&amp;f the review:</source>
        <translation>&amp;Geiriau&apos;r adolygiad:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="158"/>
        <source>The goal</source>
        <translation>Y nod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_goals.py" line="181"/>
        <source>due</source>
        <translation>yn ddyledus</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../src/carerdesk/app/handover.py" line="142"/>
        <source>{agency} records</source>
        <translation>Cofnodion {agency}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/handover.py" line="161"/>
        <source>A record is handed over from a carer&apos;s vault. This vault belongs to a supervising social worker.</source>
        <translation>Caiff cofnod ei drosglwyddo o gladdgell gofalwr. Mae&apos;r gladdgell hon yn perthyn i weithiwr cymdeithasol goruchwylio.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/handover.py" line="164"/>
        <source>Gathering the whole record…</source>
        <translation>Yn casglu&apos;r cofnod cyfan…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/handover.py" line="166"/>
        <location filename="../src/carerdesk/app/handover.py" line="220"/>
        <location filename="../src/carerdesk/app/handover.py" line="265"/>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/handover.py" line="217"/>
        <source>Checking and decrypting…</source>
        <translation>Yn gwirio ac yn dadgryptio…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/handover.py" line="261"/>
        <source>Drawing the whole record…</source>
        <translation>Yn llunio&apos;r cofnod cyfan…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/handover.py" line="263"/>
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="55"/>
        <source>Hand over {name}&apos;s record</source>
        <translation>Trosglwyddo cofnod {name}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="57"/>
        <source>Every entry with every earlier version, significant events, family time, people, profiles, goals, {name}&apos;s own page, the life-story pages with their photos and the log of reports sent, signed by you and encrypted for the agency. The record stays here until their receipt comes back.</source>
        <translation>Pob cofnod gyda phob fersiwn gynharach, digwyddiadau arwyddocaol, amser teulu, pobl, proffiliau, nodau, tudalen {name} ei hun, y tudalennau stori bywyd gyda&apos;u lluniau a&apos;r log o adroddiadau a anfonwyd, wedi&apos;u llofnodi gennych chi a&apos;u hamgryptio ar gyfer yr asiantaeth. Mae&apos;r cofnod yn aros yma nes i&apos;w derbynneb ddod yn ôl.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="64"/>
        <source>Hand over to</source>
        <translation>Trosglwyddo i</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="66"/>
        <source>Hand over &amp;to:</source>
        <translation>Trosglwyddo &amp;i:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="69"/>
        <source>Save the handover as</source>
        <translation>Cadw&apos;r trosglwyddiad fel</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="70"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Cadw fel:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="72"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="73"/>
        <source>Choose where to save the handover</source>
        <translation>Dewiswch ble i gadw&apos;r trosglwyddiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="77"/>
        <source>Problem making the handover</source>
        <translation>Problem wrth wneud y trosglwyddiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="82"/>
        <source>&amp;Make the handover</source>
        <translation>&amp;Gwneud y trosglwyddiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="105"/>
        <source>{name} (the agency&apos;s records key)</source>
        <translation>{name} (allwedd cofnodion yr asiantaeth)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="116"/>
        <source>Save the handover</source>
        <translation>Cadw&apos;r trosglwyddiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="117"/>
        <source>Handover (*.cdhandover)</source>
        <translation>Trosglwyddiad (*.cdhandover)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="160"/>
        <source>{initials} handover {day}.cdhandover</source>
        <translation>{initials} trosglwyddiad {day}.cdhandover</translation>
    </message>
</context>
<context>
    <name>HandoverPdf</name>
    <message>
        <location filename="../src/carerdesk/reports/handover_pdf.py" line="71"/>
        <source>Closed record: {child}</source>
        <translation>Cofnod caeedig: {child}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/handover_pdf.py" line="74"/>
        <source>Closed record</source>
        <translation>Cofnod caeedig</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/handover_pdf.py" line="76"/>
        <source>{child} · closed record · confidential</source>
        <translation>{child} · cofnod caeedig · cyfrinachol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/handover_pdf.py" line="84"/>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/handover_pdf.py" line="86"/>
        <source>Born</source>
        <translation>Ganwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/handover_pdf.py" line="87"/>
        <source>Placed</source>
        <translation>Dechrau&apos;r lleoliad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/handover_pdf.py" line="88"/>
        <source>Placement ended</source>
        <translation>Daeth y lleoliad i ben</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/handover_pdf.py" line="89"/>
        <source>Handed over by</source>
        <translation>Trosglwyddwyd gan</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/handover_pdf.py" line="90"/>
        <source>Handed over</source>
        <translation>Trosglwyddwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/handover_pdf.py" line="91"/>
        <source>Entries: {entries}; records: {records}; people: {people}; life-story pages: {pages}</source>
        <translation>Cofnodion dyddiadur: {entries}; cofnodion eraill: {records}; pobl: {people}; tudalennau stori bywyd: {pages}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/handover_pdf.py" line="103"/>
        <source>Version {n}, saved {when}</source>
        <translation>Fersiwn {n}, cadwyd {when}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/handover_pdf.py" line="106"/>
        <source>why: {reason}</source>
        <translation>pam: {reason}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/handover_pdf.py" line="122"/>
        <location filename="../src/carerdesk/reports/handover_pdf.py" line="194"/>
        <source>Earlier versions</source>
        <translation>Fersiynau cynharach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/handover_pdf.py" line="134"/>
        <source>Name and dates: every version</source>
        <translation>Enw a dyddiadau: pob fersiwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/handover_pdf.py" line="142"/>
        <source>Profile</source>
        <translation>Proffil</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/handover_pdf.py" line="161"/>
        <source>People around the child</source>
        <translation>Pobl o gwmpas y plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/handover_pdf.py" line="189"/>
        <source>Journal entries</source>
        <translation>Cofnodion dyddiadur</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/handover_pdf.py" line="202"/>
        <source>Life-story pages</source>
        <translation>Tudalennau stori bywyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/handover_pdf.py" line="217"/>
        <source>Reports sent</source>
        <translation>Adroddiadau a anfonwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/handover_pdf.py" line="219"/>
        <source>{since} to {until}: {n} entries, sent {when}</source>
        <translation>{since} i {until}: {n} cofnod, anfonwyd {when}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/common/help_dialog.py" line="37"/>
        <source>CarerDesk help</source>
        <translation>Cymorth CarerDesk</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/help_dialog.py" line="39"/>
        <source>Help text</source>
        <translation>Testun cymorth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/help_dialog.py" line="46"/>
        <source>About the link</source>
        <translation>Am y ddolen</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/help_dialog.py" line="61"/>
        <source>CarerDesk does not open links: it never uses the network. The link was: {link}</source>
        <translation>Nid yw CarerDesk yn agor dolenni: nid yw byth yn defnyddio&apos;r rhwydwaith. Y ddolen oedd: {link}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/history.py" line="24"/>
        <source>Entry history</source>
        <translation>Hanes y cofnod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/history.py" line="28"/>
        <source>Versions</source>
        <translation>Fersiynau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/history.py" line="32"/>
        <source>first written</source>
        <translation>ysgrifennwyd gyntaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/history.py" line="33"/>
        <source>Version {n}, {when}: {reason}</source>
        <translation>Fersiwn {n}, {when}: {reason}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/history.py" line="36"/>
        <source>The version&apos;s text</source>
        <translation>Testun y fersiwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/history.py" line="41"/>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="51"/>
        <source>Your household</source>
        <translation>Eich aelwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="52"/>
        <source>How your household appears on reports you choose to send.</source>
        <translation>Sut mae eich aelwyd yn ymddangos ar adroddiadau rydych chi&apos;n dewis eu hanfon.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="54"/>
        <source>Household name</source>
        <translation>Enw&apos;r aelwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="55"/>
        <source>Carers&apos; names</source>
        <translation>Enwau&apos;r gofalwyr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="56"/>
        <source>for example: The Brown family</source>
        <translation>er enghraifft: Teulu Jones</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="59"/>
        <source>Household problem</source>
        <translation>Problem gyda&apos;r aelwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="61"/>
        <source>&amp;Household name:</source>
        <translation>Enw&apos;r a&amp;elwyd:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="71"/>
        <source>A household name cannot be only spaces. Please type the name, for example: The Brown family.</source>
        <translation>Ni all enw aelwyd fod yn fylchau yn unig. Teipiwch yr enw, er enghraifft: Teulu Jones.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="74"/>
        <source>The carers&apos; names cannot be only spaces. Type the names, or leave the box empty.</source>
        <translation>Ni all enwau&apos;r gofalwyr fod yn fylchau yn unig. Teipiwch yr enwau, neu gadewch y blwch yn wag.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="62"/>
        <source>&amp;Carers&apos; names:</source>
        <translation>Enwau&apos;r &amp;gofalwyr:</translation>
    </message>
</context>
<context>
    <name>InboxPdf</name>
    <message>
        <location filename="../src/carerdesk/reports/inbox_pdf.py" line="35"/>
        <source>{child} · {since} to {until} · confidential</source>
        <translation>{child} · {since} i {until} · cyfrinachol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/inbox_pdf.py" line="42"/>
        <source>Entries: {child}, {since} to {until}</source>
        <translation>Cofnodion: {child}, {since} i {until}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/inbox_pdf.py" line="56"/>
        <source>Supervision notes: {child}, {since} to {until}</source>
        <translation>Nodiadau goruchwyliaeth: {child}, {since} i {until}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/inbox_pdf.py" line="58"/>
        <source>On {carer}&apos;s report. Reviewed: {reviewed}.</source>
        <translation>Ar adroddiad {carer}. Adolygwyd: {reviewed}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/inbox_pdf.py" line="61"/>
        <source>not yet</source>
        <translation>ddim eto</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/inbox_pdf.py" line="65"/>
        <source>No notes written yet.</source>
        <translation>Dim nodiadau wedi&apos;u hysgrifennu eto.</translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="72"/>
        <source>CarerDesk: supervision inbox</source>
        <translation>CarerDesk: mewnflwch goruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="90"/>
        <source>Carer, child and period</source>
        <translation>Gofalwr, plentyn a chyfnod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="90"/>
        <source>Entries</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="91"/>
        <source>Reports by carer and child</source>
        <translation>Adroddiadau yn ôl gofalwr a phlentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="130"/>
        <source>Reviewed</source>
        <translation>Adolygwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="133"/>
        <source>Your supervision notes</source>
        <translation>Eich nodiadau goruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="136"/>
        <source>New note</source>
        <translation>Nodyn newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="137"/>
        <source>Your note for this supervision (kept only in your vault; notes are added, never changed)</source>
        <translation>Eich nodyn ar gyfer yr oruchwyliaeth hon (wedi&apos;i gadw yn eich claddgell yn unig; mae nodiadau&apos;n cael eu hychwanegu, byth eu newid)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="140"/>
        <source>&amp;Add note</source>
        <translation>&amp;Ychwanegu nodyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="146"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="129"/>
        <source>Re&amp;viewed</source>
        <translation>A&amp;dolygwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="80"/>
        <source>&amp;Caseload</source>
        <translation>&amp;Llwyth achosion</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="81"/>
        <source>Report&amp;s</source>
        <translation>Adroddi&amp;adau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="82"/>
        <source>Searc&amp;h entries</source>
        <translation>C&amp;hwilio cofnodion</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="101"/>
        <source>Every entry of the report</source>
        <translation>Pob cofnod o&apos;r adroddiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="106"/>
        <source>Su&amp;mmary</source>
        <translation>C&amp;rynodeb</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="107"/>
        <source>&amp;Entries</source>
        <translation>Cofn&amp;odion</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="144"/>
        <source>Saved {path}</source>
        <translation>Wedi cadw {path}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="147"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="156"/>
        <source>&amp;Import reports…</source>
        <translation>&amp;Mewnforio adroddiadau…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="158"/>
        <source>Verify and add reports carers sent you</source>
        <translation>Gwirio ac ychwanegu adroddiadau a anfonodd gofalwyr atoch</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="159"/>
        <source>My &amp;key…</source>
        <translation>Fy &amp;allwedd…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="161"/>
        <source>Your fingerprint and public key file</source>
        <translation>Eich ôl bys a&apos;ch ffeil allwedd gyhoeddus</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="162"/>
        <source>&amp;Lock</source>
        <translation>C&amp;loi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="163"/>
        <source>Lock CarerDesk now</source>
        <translation>Cloi CarerDesk nawr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="165"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="166"/>
        <source>Lock and quit</source>
        <translation>Cloi a gadael</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="167"/>
        <source>&amp;Reports</source>
        <translation>&amp;Adroddiadau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="168"/>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="198"/>
        <source>{since} to {until}</source>
        <translation>{since} i {until}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="201"/>
        <source>Imported {when}</source>
        <translation>Mewnforiwyd {when}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="211"/>
        <source>No reports yet.

Give carers your public key (My key…) and read them your fingerprint. When a carer sends you a .cdreport file, choose Import reports…</source>
        <translation>Dim adroddiadau eto.

Rhowch eich allwedd gyhoeddus i ofalwyr (Fy allwedd…) a darllenwch eich ôl bys iddynt. Pan fydd gofalwr yn anfon ffeil .cdreport atoch, dewiswch Mewnforio adroddiadau…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="241"/>
        <source>&lt;b&gt;{child}&lt;/b&gt;&lt;br&gt;{since} to {until}&lt;br&gt;%n entries from {carer}&lt;br&gt;Carer&apos;s key: {fp}</source>
        <translation>
            <numerusform>&lt;b&gt;{child}&lt;/b&gt;&lt;br&gt;{since} i {until}&lt;br&gt;%n cofnod gan {carer}&lt;br&gt;Allwedd y gofalwr: {fp}</numerusform>
            <numerusform>&lt;b&gt;{child}&lt;/b&gt;&lt;br&gt;{since} i {until}&lt;br&gt;%n cofnod gan {carer}&lt;br&gt;Allwedd y gofalwr: {fp}</numerusform>
            <numerusform>&lt;b&gt;{child}&lt;/b&gt;&lt;br&gt;{since} i {until}&lt;br&gt;%n cofnod gan {carer}&lt;br&gt;Allwedd y gofalwr: {fp}</numerusform>
            <numerusform>&lt;b&gt;{child}&lt;/b&gt;&lt;br&gt;{since} i {until}&lt;br&gt;%n cofnod gan {carer}&lt;br&gt;Allwedd y gofalwr: {fp}</numerusform>
            <numerusform>&lt;b&gt;{child}&lt;/b&gt;&lt;br&gt;{since} i {until}&lt;br&gt;%n cofnod gan {carer}&lt;br&gt;Allwedd y gofalwr: {fp}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="253"/>
        <source>Drawing the summary from the report&apos;s data…</source>
        <translation>Yn llunio&apos;r crynodeb o ddata&apos;r adroddiad…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="273"/>
        <source>The summary could not be drawn.</source>
        <translation>Nid oedd modd llunio&apos;r crynodeb.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="332"/>
        <source>Checking and importing %n files…</source>
        <translation>
            <numerusform>Yn gwirio ac yn mewnforio %n ffeil…</numerusform>
            <numerusform>Yn gwirio ac yn mewnforio %n ffeil…</numerusform>
            <numerusform>Yn gwirio ac yn mewnforio %n ffeil…</numerusform>
            <numerusform>Yn gwirio ac yn mewnforio %n ffeil…</numerusform>
            <numerusform>Yn gwirio ac yn mewnforio %n ffeil…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="349"/>
        <source>{child}, {since} to {until}: %n entries from {carer}, signature checked.</source>
        <translation>
            <numerusform>{child}, {since} i {until}: %n cofnod gan {carer}, llofnod wedi&apos;i wirio.</numerusform>
            <numerusform>{child}, {since} i {until}: %n cofnod gan {carer}, llofnod wedi&apos;i wirio.</numerusform>
            <numerusform>{child}, {since} i {until}: %n cofnod gan {carer}, llofnod wedi&apos;i wirio.</numerusform>
            <numerusform>{child}, {since} i {until}: %n cofnod gan {carer}, llofnod wedi&apos;i wirio.</numerusform>
            <numerusform>{child}, {since} i {until}: %n cofnod gan {carer}, llofnod wedi&apos;i wirio.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="354"/>
        <source>Their key is not yet confirmed: read its fingerprint with them before you rely on it.</source>
        <translation>Nid yw eu hallwedd wedi&apos;i chadarnhau eto: darllenwch ei hôl bys gyda nhw cyn i chi ddibynnu arni.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="366"/>
        <source>{ok} of %n files imported.</source>
        <translation>
            <numerusform>Mewnforiwyd {ok} o %n ffeil.</numerusform>
            <numerusform>Mewnforiwyd {ok} o %n ffeil.</numerusform>
            <numerusform>Mewnforiwyd {ok} o %n ffeil.</numerusform>
            <numerusform>Mewnforiwyd {ok} o %n ffeil.</numerusform>
            <numerusform>Mewnforiwyd {ok} o %n ffeil.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="327"/>
        <source>Import reports</source>
        <translation>Mewnforio adroddiadau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="328"/>
        <source>CarerDesk reports (*.cdreport);;All files (*)</source>
        <translation>Adroddiadau CarerDesk (*.cdreport);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="347"/>
        <source>{child}, {since} to {until}: already in your inbox.</source>
        <translation>{child}, {since} i {until}: eisoes yn eich mewnflwch.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_window.py" line="370"/>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_handover.py" line="28"/>
        <location filename="../src/carerdesk/gui/reports/inbox_handover.py" line="67"/>
        <source>Import a handover</source>
        <translation>Mewnforio trosglwyddiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_handover.py" line="29"/>
        <source>Handover (*.cdhandover);;All files (*)</source>
        <translation>Trosglwyddiad (*.cdhandover);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_handover.py" line="33"/>
        <source>Checking and decrypting…</source>
        <translation>Yn gwirio ac yn dadgryptio…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_handover.py" line="43"/>
        <source>{initials} receipt {day}.cdreceipt</source>
        <translation>{initials} derbynneb {day}.cdreceipt</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_handover.py" line="46"/>
        <source>Save the receipt for the carer</source>
        <translation>Cadw&apos;r dderbynneb ar gyfer y gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_handover.py" line="47"/>
        <source>Receipt (*.cdreceipt)</source>
        <translation>Derbynneb (*.cdreceipt)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_handover.py" line="48"/>
        <source>{child}&apos;s closed record from {carer} is kept.</source>
        <translation>Cedwir cofnod caeedig {child} gan {carer}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_handover.py" line="51"/>
        <source>Import the handover again to save its receipt.</source>
        <translation>Mewnforiwch y trosglwyddiad eto i gadw ei dderbynneb.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_handover.py" line="59"/>
        <source>Send the carer the receipt: {path}</source>
        <translation>Anfonwch y dderbynneb at y gofalwr: {path}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_handover.py" line="77"/>
        <source>Import a &amp;handover…</source>
        <translation>Mewnforio &amp;trosglwyddiad…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_handover.py" line="79"/>
        <source>A child&apos;s whole record at the end of a placement: kept as the closed record, with a receipt for the carer</source>
        <translation>Cofnod cyfan plentyn ar ddiwedd lleoliad: caiff ei gadw fel y cofnod caeedig, gyda derbynneb ar gyfer y gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_caseload.py" line="46"/>
        <source>Not yet confirmed: {carer}</source>
        <translation>Heb ei gadarnhau eto: {carer}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_records.py" line="217"/>
        <source>C&amp;losed records</source>
        <translation>Cofnodion c&amp;aeedig</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_records.py" line="220"/>
        <source>&amp;Closed records</source>
        <translation>&amp;Cofnodion caeedig</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/closed_records.py" line="222"/>
        <source>Children&apos;s whole records handed over at the end of a placement: read them, or save one as PDF</source>
        <translation>Cofnodion cyfan plant a drosglwyddwyd ar ddiwedd lleoliad: eu darllen, neu gadw un fel PDF</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="45"/>
        <source>Check the fingerprint</source>
        <translation>Gwirio&apos;r ôl bys</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="46"/>
        <source>{name}

Fingerprint:
{fp}

Is this the fingerprint {name} read to you (by phone or in person)? Only trust it if every digit matches.</source>
        <translation>{name}

Ôl bys:
{fp}

Ai dyma&apos;r ôl bys a ddarllenodd {name} i chi (ar y ffôn neu wyneb yn wyneb)? Ymddiriedwch ynddo dim ond os yw pob digid yn cyfateb.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="49"/>
        <source>This key</source>
        <translation>Yr allwedd hon</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="58"/>
        <source>Keys and recipients</source>
        <translation>Allweddi a derbynwyr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="67"/>
        <source>Your fingerprint</source>
        <translation>Eich ôl bys</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="68"/>
        <source>&amp;Save my public key…</source>
        <translation>&amp;Cadw fy allwedd gyhoeddus…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="70"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="74"/>
        <source>Your fingerprint. Read it aloud when someone adds your key, so they know it is really yours:</source>
        <translation>Eich ôl bys. Darllenwch ef yn uchel pan fydd rhywun yn ychwanegu eich allwedd, fel eu bod yn gwybod mai eich un chi ydyw mewn gwirionedd:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="79"/>
        <source>Recipients</source>
        <translation>Derbynwyr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="92"/>
        <source>Reports can go to:</source>
        <translation>Gall adroddiadau fynd at:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="95"/>
        <source>&amp;Add from a key file…</source>
        <translation>&amp;Ychwanegu o ffeil allwedd…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="97"/>
        <source>Make &amp;default</source>
        <translation>Gwneud yn &amp;ddiofyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="99"/>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="110"/>
        <source>Your name on your key</source>
        <translation>Eich enw ar eich allwedd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="111"/>
        <source>Save &amp;name</source>
        <translation>Cadw&apos;r &amp;enw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="113"/>
        <source>Your name on your key:</source>
        <translation>Eich enw ar eich allwedd:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="126"/>
        <source>Saved. Key files you save from now on carry this name.</source>
        <translation>Wedi&apos;i gadw. Bydd ffeiliau allwedd y byddwch yn eu cadw o hyn ymlaen yn cario&apos;r enw hwn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="134"/>
        <source>default</source>
        <translation>diofyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="136"/>
        <source>set by your agency</source>
        <translation>wedi&apos;i osod gan eich asiantaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="146"/>
        <source>Save my public key</source>
        <translation>Cadw fy allwedd gyhoeddus</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="148"/>
        <source>CarerDesk keys (*.key)</source>
        <translation>Allweddi CarerDesk (*.key)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="159"/>
        <source>Saved {path}. It holds no secrets: give it to your social worker or carers.</source>
        <translation>Wedi cadw {path}. Nid yw&apos;n cynnwys unrhyw gyfrinachau: rhowch ef i&apos;ch gweithiwr cymdeithasol neu i&apos;ch gofalwyr.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="166"/>
        <source>A social worker&apos;s key</source>
        <translation>Allwedd gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="167"/>
        <source>CarerDesk keys (*.key);;All files (*)</source>
        <translation>Allweddi CarerDesk (*.key);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="175"/>
        <source>Not added.</source>
        <translation>Heb ei ychwanegu.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="181"/>
        <source>Key not added</source>
        <translation>Ni ychwanegwyd yr allwedd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="185"/>
        <source>Added {name}.</source>
        <translation>Wedi ychwanegu {name}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="199"/>
        <source>Remove a recipient</source>
        <translation>Tynnu derbynnydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/keys_dialog.py" line="200"/>
        <source>Stop sending reports to {name}? You can add their key again later.</source>
        <translation>Stopio anfon adroddiadau at {name}? Gallwch ychwanegu eu hallwedd eto yn nes ymlaen.</translation>
    </message>
</context>
<context>
    <name>LifeStory</name>
    <message>
        <location filename="../src/carerdesk/domain/lifestory.py" line="28"/>
        <source>Big photo</source>
        <translation>Llun mawr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/lifestory.py" line="29"/>
        <source>Side by side</source>
        <translation>Ochr yn ochr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/lifestory.py" line="30"/>
        <source>Story first</source>
        <translation>Y stori yn gyntaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/lifestory.py" line="31"/>
        <source>Gallery</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/lifestory_pdf.py" line="71"/>
        <source>You said: “{words}”</source>
        <translation>Dywedaist ti: “{words}”</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/lifestory_pdf.py" line="79"/>
        <source>Who was there: {people}</source>
        <translation>Pwy oedd yno: {people}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/lifestory_pdf.py" line="144"/>
        <source>{name}&apos;s life story</source>
        <translation>Stori bywyd {name}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/lifestory_pdf.py" line="167"/>
        <source>What is in this book</source>
        <translation>Beth sydd yn y llyfr hwn</translation>
    </message>
</context>
<context>
    <name>LifeStoryWindow</name>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/lifestory_window.py" line="82"/>
        <source>Cl&amp;ose</source>
        <translation>Ca&amp;u</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/lifestory_window.py" line="45"/>
        <source>{name}&apos;s life story</source>
        <translation>Stori bywyd {name}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/lifestory_window.py" line="48"/>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/lifestory_window.py" line="59"/>
        <source>Pr&amp;int the book…</source>
        <translation>Argr&amp;affu&apos;r llyfr…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/lifestory_window.py" line="68"/>
        <location filename="../src/carerdesk/gui/lifestory/lifestory_window.py" line="70"/>
        <source>Page preview</source>
        <translation>Rhagolwg o&apos;r dudalen</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/lifestory_window.py" line="50"/>
        <source>Life story problem</source>
        <translation>Problem gyda&apos;r stori bywyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/lifestory_window.py" line="52"/>
        <source>&amp;New page…</source>
        <translation>Tudalen &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/lifestory_window.py" line="53"/>
        <source>&amp;Change this page…</source>
        <translation>Ne&amp;wid y dudalen hon…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/lifestory_window.py" line="54"/>
        <source>&amp;Remove this page…</source>
        <translation>&amp;Tynnu&apos;r dudalen hon…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/lifestory_window.py" line="55"/>
        <source>Move &amp;up</source>
        <translation>Symud i &amp;fyny</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/lifestory_window.py" line="56"/>
        <source>Move &amp;down</source>
        <translation>Symud i &amp;lawr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/lifestory_window.py" line="57"/>
        <source>Export this &amp;page (PDF)…</source>
        <translation>Allforio&apos;r &amp;dudalen hon (PDF)…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/lifestory_window.py" line="58"/>
        <source>Export the &amp;book (PDF)…</source>
        <translation>Allforio&apos;r ll&amp;yfr (PDF)…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/lifestory_window.py" line="101"/>
        <source>No pages yet. Choose “New page” to start {name}&apos;s book.</source>
        <translation>Dim tudalennau eto. Dewiswch “Tudalen newydd” i ddechrau llyfr {name}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/lifestory_window.py" line="128"/>
        <source>Remove this page?</source>
        <translation>Tynnu&apos;r dudalen hon?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/lifestory_window.py" line="129"/>
        <source>Remove “{title}” and its photos from {name}&apos;s book? This cannot be undone.</source>
        <translation>Tynnu “{title}” a&apos;i lluniau o lyfr {name}? Ni ellir dadwneud hyn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/lifestory_window.py" line="146"/>
        <source>Export as PDF</source>
        <translation>Allforio fel PDF</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/lifestory_window.py" line="163"/>
        <source>{name}&apos;s life story.pdf</source>
        <translation>Stori bywyd {name}.pdf</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="58"/>
        <source>CarerDesk</source>
        <translation>CarerDesk</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="62"/>
        <source>Children</source>
        <translation>Plant</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="71"/>
        <source>Journal timeline</source>
        <translation>Llinell amser y dyddiadur</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="75"/>
        <source>No entries to show</source>
        <translation>Dim cofnodion i&apos;w dangos</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="78"/>
        <source>The selected entry</source>
        <translation>Y cofnod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="83"/>
        <source>A notice from CarerDesk</source>
        <translation>Hysbysiad gan CarerDesk</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="115"/>
        <source>&amp;New entry</source>
        <translation>Cofnod &amp;newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="116"/>
        <source>Write a new entry</source>
        <translation>Ysgrifennu cofnod newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="117"/>
        <source>&amp;Amend entry</source>
        <translation>&amp;Diwygio&apos;r cofnod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="119"/>
        <source>Change the selected entry; the earlier version is kept</source>
        <translation>Newid y cofnod a ddewiswyd; cedwir y fersiwn gynharach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="121"/>
        <source>&amp;History</source>
        <translation>&amp;Hanes</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="123"/>
        <source>Every version of the selected entry</source>
        <translation>Pob fersiwn o&apos;r cofnod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="125"/>
        <source>Add a &amp;child…</source>
        <translation>Ychwanegu &amp;plentyn…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="127"/>
        <source>Add a child to the household</source>
        <translation>Ychwanegu plentyn at yr aelwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="128"/>
        <source>Resume a &amp;draft</source>
        <translation>Ailddechrau d&amp;rafft</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="130"/>
        <source>Open the newest entry you have not saved yet</source>
        <translation>Agor y cofnod mwyaf newydd nad ydych wedi&apos;i gadw eto</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="131"/>
        <source>Life &amp;story…</source>
        <translation>&amp;Stori bywyd…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="133"/>
        <source>Life-story pages for the selected child</source>
        <translation>Tudalennau stori bywyd y plentyn a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="134"/>
        <source>Supervision &amp;report…</source>
        <translation>&amp;Adroddiad goruchwyliaeth…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="137"/>
        <source>A summary of a period for your social worker, signed and encrypted</source>
        <translation>Crynodeb o gyfnod ar gyfer eich gweithiwr cymdeithasol, wedi&apos;i lofnodi a&apos;i amgryptio</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="142"/>
        <source>What came back from supervision: the agreed actions and their due dates</source>
        <translation>Beth ddaeth yn ôl o&apos;r oruchwyliaeth: y camau y cytunwyd arnynt a&apos;u dyddiadau erbyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="144"/>
        <source>Import supervision record…</source>
        <translation>Mewnforio cofnod goruchwyliaeth…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="147"/>
        <source>A supervision record your social worker sent back</source>
        <translation>Cofnod goruchwyliaeth a anfonodd eich gweithiwr cymdeithasol yn ôl</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="149"/>
        <source>&amp;Keys and recipients…</source>
        <translation>Allweddi a d&amp;erbynwyr…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="151"/>
        <source>Your fingerprint, and who reports can go to</source>
        <translation>Eich ôl bys, ac at bwy y gall adroddiadau fynd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="152"/>
        <source>F&amp;ind</source>
        <translation>Ch&amp;wilio</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="193"/>
        <source>&amp;Profile and people…</source>
        <translation>Proffil a ph&amp;obl…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="195"/>
        <source>The selected child&apos;s profile, the people around them, and every earlier version</source>
        <translation>Proffil y plentyn a ddewiswyd, y bobl o&apos;i gwmpas, a phob fersiwn gynharach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="200"/>
        <source>Pro&amp;files…</source>
        <translation>Pro&amp;ffiliau…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="201"/>
        <source>The selected child&apos;s dated profiles on -3..+3: needs, care needs and the carers&apos; capacity</source>
        <translation>Proffiliau dyddiedig y plentyn a ddewiswyd ar -3..+3: anghenion, anghenion gofal a gallu&apos;r gofalwyr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="203"/>
        <source>&amp;Child</source>
        <translation>Ple&amp;ntyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="210"/>
        <source>P&amp;lan…</source>
        <translation>Cynll&amp;un…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="211"/>
        <source>The selected child&apos;s goals, their evidence and reviews, and the Secure Base review</source>
        <translation>Nodau&apos;r plentyn a ddewiswyd, eu tystiolaeth a&apos;u hadolygiadau, a&apos;r adolygiad Sylfaen Ddiogel</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="310"/>
        <location filename="../src/carerdesk/gui/journal/month_view.py" line="84"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="312"/>
        <source>Showing {shown} of %n entries</source>
        <translation>
            <numerusform>Yn dangos {shown} o %n cofnod</numerusform>
            <numerusform>Yn dangos {shown} o %n cofnod</numerusform>
            <numerusform>Yn dangos {shown} o %n cofnod</numerusform>
            <numerusform>Yn dangos {shown} o %n cofnod</numerusform>
            <numerusform>Yn dangos {shown} o %n cofnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="313"/>
        <source>%n children</source>
        <translation>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
            <numerusform>%n plentyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="315"/>
        <source>%n unsaved drafts: Journal → Resume a draft (Ctrl+D)</source>
        <translation>
            <numerusform>%n drafft heb ei gadw: Dyddiadur → Ailddechrau drafft (Ctrl+D)</numerusform>
            <numerusform>%n drafft heb ei gadw: Dyddiadur → Ailddechrau drafft (Ctrl+D)</numerusform>
            <numerusform>%n drafft heb ei gadw: Dyddiadur → Ailddechrau drafft (Ctrl+D)</numerusform>
            <numerusform>%n drafft heb ei gadw: Dyddiadur → Ailddechrau drafft (Ctrl+D)</numerusform>
            <numerusform>%n drafft heb ei gadw: Dyddiadur → Ailddechrau drafft (Ctrl+D)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="328"/>
        <source>No entries yet. Write the first with Journal → New entry (Ctrl+N).</source>
        <translation>Dim cofnodion eto. Ysgrifennwch y cyntaf gyda Dyddiadur → Cofnod newydd (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="330"/>
        <source>No entries match: {filters}. Show all (Alt+W) clears the filters.</source>
        <translation>Dim cofnodion yn cyfateb: {filters}. Mae Dangos popeth (Alt+W) yn clirio&apos;r hidlau.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="333"/>
        <source>No entries to show.</source>
        <translation>Dim cofnodion i&apos;w dangos.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="153"/>
        <source>Search your journal</source>
        <translation>Chwilio eich dyddiadur</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="139"/>
        <source>S&amp;upervision records…</source>
        <translation>Cofnodion goruchwy&amp;liaeth…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="154"/>
        <source>&amp;Lock</source>
        <translation>C&amp;loi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="156"/>
        <source>Lock CarerDesk now; your draft is kept</source>
        <translation>Cloi CarerDesk nawr; cedwir eich drafft</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="159"/>
        <source>&amp;Preferences…</source>
        <translation>D&amp;ewisiadau…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="162"/>
        <source>Auto-lock time and backup folder</source>
        <translation>Amser cloi awtomatig a ffolder copïau wrth gefn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="163"/>
        <source>&amp;Back up now</source>
        <translation>Gwneud copi wrth &amp;gefn nawr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="165"/>
        <source>Write an encrypted backup now</source>
        <translation>Ysgrifennu copi wrth gefn wedi&apos;i amgryptio nawr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="166"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="167"/>
        <source>Lock and quit</source>
        <translation>Cloi a gadael</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="171"/>
        <source>&amp;Journal</source>
        <translation>&amp;Dyddiadur</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="184"/>
        <source>Journal</source>
        <translation>Dyddiadur</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_window.py" line="251"/>
        <source>All children</source>
        <translation>Pob plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/app.py" line="156"/>
        <source>Backup written to {path}</source>
        <translation>Copi wrth gefn wedi&apos;i ysgrifennu i {path}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/app.py" line="164"/>
        <source>No backup today: {reason}</source>
        <translation>Dim copi wrth gefn heddiw: {reason}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/app.py" line="272"/>
        <source>Your agency added {name} ({fp}).</source>
        <translation>Mae eich asiantaeth wedi ychwanegu {name} ({fp}).</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/app.py" line="274"/>
        <source>{name} is no longer with the agency.</source>
        <translation>Nid yw {name} gyda&apos;r asiantaeth bellach.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/app.py" line="280"/>
        <source>Your agency&apos;s settings file has a mistake, so CarerDesk keeps the settings it had. Please tell your agency: {problem}</source>
        <translation>Mae camgymeriad yn ffeil gosodiadau eich asiantaeth, felly mae CarerDesk yn cadw&apos;r gosodiadau oedd ganddo. Rhowch wybod i&apos;ch asiantaeth: {problem}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/chosen_child.py" line="15"/>
        <location filename="../src/carerdesk/gui/journal/main_actions.py" line="113"/>
        <source>Choose a child on the left first.</source>
        <translation>Dewiswch blentyn ar y chwith yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="149"/>
        <source>{name}&apos;s record is handed over: send the file, then import the receipt when it comes back.</source>
        <translation>Mae cofnod {name} wedi&apos;i drosglwyddo: anfonwch y ffeil, yna mewnforiwch y dderbynneb pan ddaw yn ôl.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="205"/>
        <source>Import the handover receipt</source>
        <translation>Mewnforio derbynneb y trosglwyddiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="206"/>
        <source>Receipt (*.cdreceipt);;All files (*)</source>
        <translation>Derbynneb (*.cdreceipt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="209"/>
        <source>Checking the receipt…</source>
        <translation>Yn gwirio&apos;r dderbynneb…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="229"/>
        <source>Nothing was removed: {name}&apos;s record stays in this journal.</source>
        <translation>Ni thynnwyd dim: mae cofnod {name} yn aros yn y dyddiadur hwn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="239"/>
        <source>Removing the record…</source>
        <translation>Yn tynnu&apos;r cofnod…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="249"/>
        <source>Receipt accepted: the record of {initial} is removed; a fresh backup without them is {path}.</source>
        <translation>Derbyniwyd y dderbynneb: mae cofnod {initial} wedi&apos;i dynnu; y copi wrth gefn newydd hebddynt yw {path}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="253"/>
        <source>That receipt was imported before.</source>
        <translation>Mewnforiwyd y dderbynneb honno o&apos;r blaen.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="264"/>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="281"/>
        <source>&amp;Hand over the record…</source>
        <translation>T&amp;rosglwyddo&apos;r cofnod…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="266"/>
        <source>Seal the selected child&apos;s whole record for the agency, at the end of the placement</source>
        <translation>Selio cofnod cyfan y plentyn a ddewiswyd ar gyfer yr asiantaeth, ar ddiwedd y lleoliad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="269"/>
        <source>Import the handover rece&amp;ipt…</source>
        <translation>Mewnforio der&amp;bynneb y trosglwyddiad…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="271"/>
        <source>The agency&apos;s receipt for a handover: the working copy of the record is then removed</source>
        <translation>Derbynneb yr asiantaeth am drosglwyddiad: yna caiff copi gweithio&apos;r cofnod ei dynnu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="280"/>
        <source>&amp;Hand over {name}&apos;s record…</source>
        <translation>T&amp;rosglwyddo cofnod {name}…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="26"/>
        <source>&amp;Edit child…</source>
        <translation>&amp;Golygu&apos;r plentyn…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="29"/>
        <source>Correct the selected child&apos;s name, date of birth or placement dates</source>
        <translation>Cywiro enw, dyddiad geni neu ddyddiadau lleoliad y plentyn a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="34"/>
        <source>Chan&amp;ge passphrase…</source>
        <translation>Newid y cyfrin&amp;ymadrodd…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="37"/>
        <source>Choose a new passphrase; your recovery key stays the same</source>
        <translation>Dewis cyfrinymadrodd newydd; mae eich allwedd adfer yn aros yr un fath</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="40"/>
        <source>Change the rec&amp;overy key…</source>
        <translation>Newid yr allwedd a&amp;dfer…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="43"/>
        <source>A new recovery key, and your journal re-encrypted under a new key; the old recovery key stops working</source>
        <translation>Allwedd adfer newydd, a&apos;ch dyddiadur wedi&apos;i amgryptio eto dan allwedd newydd; bydd yr hen allwedd adfer yn peidio â gweithio</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="50"/>
        <source>Prin&amp;t this entry…</source>
        <translation>Argra&amp;ffu&apos;r cofnod hwn…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="53"/>
        <source>Print the selected entry</source>
        <translation>Argraffu&apos;r cofnod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="56"/>
        <source>Save this entry as PD&amp;F…</source>
        <translation>Cadw&apos;r cofnod hwn fel PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="59"/>
        <source>Save the selected entry as a PDF file (not encrypted)</source>
        <translation>Cadw&apos;r cofnod a ddewiswyd fel ffeil PDF (heb ei hamgryptio)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="62"/>
        <source>Print this da&amp;y…</source>
        <translation>Argraffu&apos;r diw&amp;rnod hwn…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="65"/>
        <source>Print every entry of the selected entry&apos;s day</source>
        <translation>Argraffu pob cofnod o ddiwrnod y cofnod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="68"/>
        <source>Sa&amp;ve this day as PDF…</source>
        <translation>Cadw&apos;r &amp;diwrnod hwn fel PDF…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="71"/>
        <source>Save every entry of the selected entry&apos;s day as a PDF file (not encrypted)</source>
        <translation>Cadw pob cofnod o ddiwrnod y cofnod a ddewiswyd fel ffeil PDF (heb ei hamgryptio)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="77"/>
        <source>CarerDesk &amp;help</source>
        <translation>&amp;Cymorth CarerDesk</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="80"/>
        <source>How CarerDesk works, without going online</source>
        <translation>Sut mae CarerDesk yn gweithio, heb fynd ar-lein</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="83"/>
        <source>&amp;About CarerDesk</source>
        <translation>&amp;Ynghylch CarerDesk</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="86"/>
        <source>Version, licence, and a promise: CarerDesk never uses the network</source>
        <translation>Fersiwn, trwydded, ac addewid: nid yw CarerDesk byth yn defnyddio&apos;r rhwydwaith</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="105"/>
        <source>&amp;Help</source>
        <translation>C&amp;ymorth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="117"/>
        <source>What to do with this entry</source>
        <translation>Beth i&apos;w wneud gyda&apos;r cofnod hwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="194"/>
        <source>What to do with this day</source>
        <translation>Beth i&apos;w wneud gyda&apos;r diwrnod hwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="196"/>
        <source>&amp;Show this day</source>
        <translation>&amp;Dangos y diwrnod hwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="198"/>
        <source>&amp;New entry for this day</source>
        <translation>Cofnod &amp;newydd ar gyfer y diwrnod hwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="201"/>
        <source>&amp;Print this day…</source>
        <translation>&amp;Argraffu&apos;r diwrnod hwn…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="203"/>
        <source>Save this day as P&amp;DF…</source>
        <translation>Cadw&apos;r diwrnod hwn fel P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="234"/>
        <source>{name} is saved.</source>
        <translation>Mae {name} wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="244"/>
        <source>Your passphrase is changed. Use the new one from now on; your recovery key is the same.</source>
        <translation>Mae eich cyfrinymadrodd wedi&apos;i newid. Defnyddiwch yr un newydd o hyn ymlaen; mae eich allwedd adfer yr un fath.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/housekeeping.py" line="259"/>
        <source>Your journal has a new key and a new recovery key; the old recovery key no longer opens it.</source>
        <translation>Mae gan eich dyddiadur allwedd newydd ac allwedd adfer newydd; nid yw&apos;r hen allwedd adfer yn ei agor mwyach.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_actions.py" line="68"/>
        <source>No draft is kept: there is nothing to resume.</source>
        <translation>Nid oes drafft wedi&apos;i gadw: does dim i ailafael ynddo.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_actions.py" line="175"/>
        <source>Writing a backup…</source>
        <translation>Yn ysgrifennu copi wrth gefn…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_actions.py" line="180"/>
        <source>Backup written and checked: {path}</source>
        <translation>Copi wrth gefn wedi&apos;i ysgrifennu a&apos;i wirio: {path}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/main_actions.py" line="185"/>
        <source>The backup failed.</source>
        <translation>Methodd y copi wrth gefn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="310"/>
        <source>&amp;My space…</source>
        <translation>&amp;Fy lle i…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="312"/>
        <source>Your own reflections and wellbeing check-ins, apart from the children&apos;s records</source>
        <translation>Lle i&apos;ch myfyrdodau a&apos;ch gwiriadau llesiant eich hun, ar wahân i gofnodion y plant</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="198"/>
        <source>{name}&apos;s placement has ended.</source>
        <translation>Mae lleoliad {name} wedi dod i ben.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="219"/>
        <source>The record of {initial} is removed; a fresh backup without them is {path}.</source>
        <translation>Mae cofnod {initial} wedi&apos;i dynnu; y copi wrth gefn newydd hebddynt yw {path}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="227"/>
        <source>E&amp;nd the placement…</source>
        <translation>Dod â&apos;r lleoliad i b&amp;en…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="229"/>
        <source>The day the selected child&apos;s placement ended, and where they went</source>
        <translation>Y diwrnod y daeth lleoliad y plentyn a ddewiswyd i ben, ac i ble&apos;r aeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="232"/>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="245"/>
        <source>Remo&amp;ve the record…</source>
        <translation>&amp;Tynnu&apos;r cofnod…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="234"/>
        <source>Remove the selected child&apos;s whole record from this journal and its backups</source>
        <translation>Tynnu cofnod cyfan y plentyn a ddewiswyd o&apos;r dyddiadur hwn a&apos;i gopïau wrth gefn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="244"/>
        <source>Remo&amp;ve {name}&apos;s record…</source>
        <translation>&amp;Tynnu cofnod {name}…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/star_action.py" line="22"/>
        <source>Bring to supervision</source>
        <translation>Dod i&apos;r oruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/star_action.py" line="25"/>
        <source>Star the selected entry to bring it to supervision: the summary shows it first. Its words do not change.</source>
        <translation>Rhoi seren ar y cofnod a ddewiswyd i ddod ag ef i&apos;r oruchwyliaeth: mae&apos;r crynodeb yn ei ddangos yn gyntaf. Nid yw ei eiriau&apos;n newid.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/star_action.py" line="56"/>
        <source>Starred for supervision: the summary shows it first.</source>
        <translation>Seren ar gyfer yr oruchwyliaeth: mae&apos;r crynodeb yn ei ddangos yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/star_action.py" line="57"/>
        <source>The star is off: the summary chooses by its own rule.</source>
        <translation>Mae&apos;r seren wedi&apos;i thynnu: mae&apos;r crynodeb yn dewis yn ôl ei reol ei hun.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/star_action.py" line="83"/>
        <source>Starred to bring to supervision</source>
        <translation>Seren i ddod i&apos;r oruchwyliaeth</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="33"/>
        <source>name</source>
        <translation>enw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="34"/>
        <source>date</source>
        <translation>dyddiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="35"/>
        <source>date of birth</source>
        <translation>dyddiad geni</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="36"/>
        <source>placement date</source>
        <translation>dyddiad lleoliad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="38"/>
        <source>start date</source>
        <translation>dyddiad dechrau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="39"/>
        <source>end date</source>
        <translation>dyddiad gorffen</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="40"/>
        <source>entry</source>
        <translation>cofnod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="41"/>
        <source>reason for the change</source>
        <translation>rheswm dros y newid</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="42"/>
        <source>child</source>
        <translation>plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="43"/>
        <source>household name</source>
        <translation>enw&apos;r aelwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="44"/>
        <source>title</source>
        <translation>teitl</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="45"/>
        <source>story</source>
        <translation>stori</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="97"/>
        <source>CarerDesk cannot write to {path}: the folder is read-only or you do not have permission. Nothing was changed.</source>
        <translation>Ni all CarerDesk ysgrifennu i {path}: mae&apos;r ffolder yn ddarllen-yn-unig neu nid oes gennych ganiatâd. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="95"/>
        <source>The disk holding {path} is full. Nothing was lost; free some space and try again.</source>
        <translation>Mae&apos;r ddisg sy&apos;n dal {path} yn llawn. Ni chollwyd dim; rhyddhewch ychydig o le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="37"/>
        <source>placement end date</source>
        <translation>dyddiad diwedd y lleoliad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="18"/>
        <source>kind of event</source>
        <translation>math o ddigwyddiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="19"/>
        <source>time it happened</source>
        <translation>amser y digwyddodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="20"/>
        <source>place it happened</source>
        <translation>lle y digwyddodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="21"/>
        <source>list of who was present</source>
        <translation>rhestr o bwy oedd yno</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="22"/>
        <source>event&apos;s words</source>
        <translation>geiriau&apos;r digwyddiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="23"/>
        <location filename="../src/carerdesk/text/messages.py" line="46"/>
        <source>time they were told</source>
        <translation>amser y cawsant wybod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="24"/>
        <source>note of how they were told</source>
        <translation>nodyn o sut y cawsant wybod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="25"/>
        <source>time last seen</source>
        <translation>amser y&apos;i gwelwyd ddiwethaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="26"/>
        <source>time it was reported</source>
        <translation>amser yr adroddwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="27"/>
        <source>note of who it was reported to</source>
        <translation>nodyn o bwy yr adroddwyd iddo</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="28"/>
        <source>police reference</source>
        <translation>cyfeirnod yr heddlu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="29"/>
        <source>time they came back</source>
        <translation>amser y daeth yn ôl</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="37"/>
        <source>&quot;{value}&quot; is not a kind of significant event. Use one of: {choices}.</source>
        <translation>Nid yw &quot;{value}&quot; yn fath o ddigwyddiad arwyddocaol. Defnyddiwch un o: {choices}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="41"/>
        <source>Telling {n} has a role that is not in the list. Use one of: {choices}.</source>
        <translation>Mae gan hysbysiad {n} rôl nad yw yn y rhestr. Defnyddiwch un o: {choices}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="45"/>
        <source>Telling {n} is not written as &quot;NAME, ROLE, YYYY-MM-DDTHH:MM&quot; (for example &quot;A. Person, supervising-social-worker, 2026-03-14T16:30&quot;).</source>
        <translation>Nid yw hysbysiad {n} wedi&apos;i ysgrifennu fel &quot;ENW, RÔL, BBBB-MM-DDTHH:MM&quot; (er enghraifft &quot;A. Person, supervising-social-worker, 2026-03-14T16:30&quot;).</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="54"/>
        <source>The {field} ({value}) is in the future. Please give a time that has already come.</source>
        <translation>Mae&apos;r {field} ({value}) yn y dyfodol. Rhowch amser sydd eisoes wedi dod.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="77"/>
        <source>The event time is after the telling in row {n}: nobody can be told before it happened. Please check the two times. Nothing was saved.</source>
        <translation>Mae amser y digwyddiad ar ôl yr hysbysiad yn rhes {n}: ni all neb gael gwybod cyn iddo ddigwydd. Gwiriwch y ddau amser. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="81"/>
        <source>The time it was reported is before the child was last seen. Please check the two times. Nothing was saved.</source>
        <translation>Mae&apos;r amser yr adroddwyd cyn y tro diwethaf y gwelwyd y plentyn. Gwiriwch y ddau amser. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="83"/>
        <source>The time the child came back is before they were last seen. Please check the two times. Nothing was saved.</source>
        <translation>Mae&apos;r amser y daeth y plentyn yn ôl cyn y tro diwethaf y&apos;i gwelwyd. Gwiriwch y ddau amser. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="89"/>
        <source>Choose the kind of significant event.</source>
        <translation>Dewiswch y math o ddigwyddiad arwyddocaol.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="91"/>
        <source>Say when it happened: the date and time of the event are missing.</source>
        <translation>Dywedwch pryd y digwyddodd: mae dyddiad ac amser y digwyddiad ar goll.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="94"/>
        <source>The person told in row {n} has no name.</source>
        <translation>Nid oes enw gan y person a hysbyswyd yn rhes {n}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="97"/>
        <source>Row {n} of who was told has no time: say when they were told.</source>
        <translation>Nid oes amser yn rhes {n} o bwy a hysbyswyd: dywedwch pryd y cawsant wybod.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="47"/>
        <source>who was told</source>
        <translation>pwy a hysbyswyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="48"/>
        <source>next steps</source>
        <translation>camau nesaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="49"/>
        <location filename="../src/carerdesk/text/messages.py" line="77"/>
        <source>child&apos;s own words</source>
        <translation>geiriau&apos;r plentyn ei hun</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/carer_space_messages.py" line="13"/>
        <source>date of your note</source>
        <translation>dyddiad eich nodyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/carer_space_messages.py" line="14"/>
        <location filename="../src/carerdesk/text/messages.py" line="50"/>
        <source>reflection</source>
        <translation>myfyrdod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/carer_space_messages.py" line="15"/>
        <source>note on your sleep</source>
        <translation>nodyn am eich cwsg</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/carer_space_messages.py" line="16"/>
        <source>support you would like</source>
        <translation>cymorth yr hoffech ei gael</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/carer_space_messages.py" line="17"/>
        <source>note of what helped</source>
        <translation>nodyn o beth helpodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/carer_space_messages.py" line="21"/>
        <source>There is no reflection with the id &quot;{id}&quot;. &quot;carerdesk me list&quot; shows them.</source>
        <translation>Nid oes myfyrdod gyda&apos;r id &quot;{id}&quot;. Mae &quot;carerdesk me list&quot; yn eu dangos.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/carer_space_messages.py" line="23"/>
        <source>There is no check-in with the id &quot;{id}&quot;. &quot;carerdesk me list&quot; shows them.</source>
        <translation>Nid oes gwiriad llesiant gyda&apos;r id &quot;{id}&quot;. Mae &quot;carerdesk me list&quot; yn eu dangos.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/carer_space_messages.py" line="25"/>
        <source>There is no note of yours with the id &quot;{id}&quot;. &quot;carerdesk me list&quot; shows them.</source>
        <translation>Nid oes gennych nodyn gyda&apos;r id &quot;{id}&quot;. Mae &quot;carerdesk me list&quot; yn eu dangos.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/carer_space_messages.py" line="32"/>
        <source>Choose how you are, from 1 (struggling) to 5 (very good).</source>
        <translation>Dewiswch sut ydych chi, o 1 (cael trafferth) i 5 (da iawn).</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/carer_space_messages.py" line="35"/>
        <source>&quot;{value}&quot; is not how you are: give 1 to 5, or one of {choices}.</source>
        <translation>Nid yw &quot;{value}&quot; yn dweud sut ydych chi: rhowch 1 i 5, neu un o {choices}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="51"/>
        <source>dimension note</source>
        <translation>nodyn dimensiwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="52"/>
        <source>carers&apos; names</source>
        <translation>enwau&apos;r gofalwyr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="53"/>
        <source>agency name</source>
        <translation>enw&apos;r asiantaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="54"/>
        <source>date or period</source>
        <translation>dyddiad neu gyfnod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="55"/>
        <source>place</source>
        <translation>lle</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="56"/>
        <source>people who were there</source>
        <translation>pobl a oedd yno</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="57"/>
        <source>caption</source>
        <translation>capsiwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="58"/>
        <source>note of who agreed</source>
        <translation>nodyn o bwy a gytunodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="59"/>
        <source>note</source>
        <translation>nodyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="60"/>
        <source>headline</source>
        <translation>pennawd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="61"/>
        <source>questions for supervision</source>
        <translation>cwestiynau ar gyfer goruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="62"/>
        <source>wellbeing note</source>
        <translation>nodyn llesiant</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="63"/>
        <source>search</source>
        <translation>chwiliad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="64"/>
        <source>word for your dictionary</source>
        <translation>gair ar gyfer eich geiriadur</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="65"/>
        <source>part of the profile</source>
        <translation>rhan o&apos;r proffil</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="66"/>
        <source>child&apos;s own name for them</source>
        <translation>enw&apos;r plentyn ei hun amdanynt</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="67"/>
        <source>how the child relates to them</source>
        <translation>sut mae&apos;r plentyn yn perthyn iddynt</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="68"/>
        <source>date of the family time</source>
        <translation>dyddiad yr amser teulu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="69"/>
        <source>person at the family time</source>
        <translation>person yn yr amser teulu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="70"/>
        <source>place of the family time</source>
        <translation>lle&apos;r amser teulu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="71"/>
        <source>who supervised it</source>
        <translation>pwy a&apos;i goruchwyliodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="72"/>
        <source>who cancelled it</source>
        <translation>pwy a&apos;i canslodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="73"/>
        <source>reason it was cancelled</source>
        <translation>rheswm y cafodd ei ganslo</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="74"/>
        <source>how the child seemed before</source>
        <translation>sut roedd y plentyn yn ymddangos cyn hynny</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="75"/>
        <source>how the child seemed during it</source>
        <translation>sut roedd y plentyn yn ymddangos yn ystod yr amser</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="76"/>
        <source>how the child seemed after</source>
        <translation>sut roedd y plentyn yn ymddangos wedyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="78"/>
        <source>what you noticed</source>
        <translation>beth sylwoch chi arno</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="100"/>
        <source>The folder {path} is not there (if it is on a USB stick, is the stick plugged in?). Nothing was changed.</source>
        <translation>Nid yw&apos;r ffolder {path} yno (os yw ar gof bach USB, a yw wedi&apos;i blygio i mewn?). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="103"/>
        <source>CarerDesk could not write to {path}. Nothing was changed.</source>
        <translation>Nid oedd CarerDesk yn gallu ysgrifennu i {path}. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="110"/>
        <source>That recovery key is the wrong length: it has 13 groups of 5 letters and digits. Please check it and type it again.</source>
        <translation>Mae&apos;r allwedd adfer honno o&apos;r hyd anghywir: mae ganddi 13 grŵp o 5 llythyren a digid. Gwiriwch hi a&apos;i theipio eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="112"/>
        <source>Group {group} of the recovery key does not look right. Please check that group and type it again.</source>
        <translation>Nid yw grŵp {group} o&apos;r allwedd adfer yn edrych yn iawn. Gwiriwch y grŵp hwnnw a&apos;i deipio eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="119"/>
        <source>The passphrase must have at least {n} characters.</source>
        <translation>Rhaid i&apos;r cyfrinymadrodd fod ag o leiaf {n} nod.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="122"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath. Teipiwch nhw eto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/text/messages.py" line="125"/>
        <location filename="../src/carerdesk/text/profile_messages.py" line="73"/>
        <source>The {field} is too long: it has {length} characters, and at most %n fit. Nothing was saved.</source>
        <translation>
            <numerusform>Mae&apos;r {field} yn rhy hir: mae ganddo {length} nod, a dim ond %n sy&apos;n ffitio. Ni chadwyd dim.</numerusform>
            <numerusform>Mae&apos;r {field} yn rhy hir: mae ganddo {length} nod, a dim ond %n sy&apos;n ffitio. Ni chadwyd dim.</numerusform>
            <numerusform>Mae&apos;r {field} yn rhy hir: mae ganddo {length} nod, a dim ond %n sy&apos;n ffitio. Ni chadwyd dim.</numerusform>
            <numerusform>Mae&apos;r {field} yn rhy hir: mae ganddo {length} nod, a dim ond %n sy&apos;n ffitio. Ni chadwyd dim.</numerusform>
            <numerusform>Mae&apos;r {field} yn rhy hir: mae ganddo {length} nod, a dim ond %n sy&apos;n ffitio. Ni chadwyd dim.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="129"/>
        <source>The {field} {value} is too long ago: CarerDesk takes dates from {year} on.</source>
        <translation>Mae&apos;r {field} {value} yn rhy bell yn ôl: mae CarerDesk yn derbyn dyddiadau o {year} ymlaen.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="133"/>
        <source>The {field} {value} is too far in the future: CarerDesk takes dates up to {year}.</source>
        <translation>Mae&apos;r {field} {value} yn rhy bell yn y dyfodol: mae CarerDesk yn derbyn dyddiadau hyd at {year}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/event_messages.py" line="58"/>
        <location filename="../src/carerdesk/text/messages.py" line="137"/>
        <source>&quot;{value}&quot; is not a date and time that exists. Please write it as YYYY-MM-DDTHH:MM, for example 2026-03-14T16:30.</source>
        <translation>Nid yw &quot;{value}&quot; yn ddyddiad ac amser sy&apos;n bodoli. Ysgrifennwch ef fel BBBB-MM-DDTHH:MM, er enghraifft 2026-03-14T16:30.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="151"/>
        <source>The {field} {value} is in the future. Please give a date that has already come.</source>
        <translation>Mae&apos;r {field} {value} yn y dyfodol. Rhowch ddyddiad sydd eisoes wedi dod.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="154"/>
        <source>&quot;{value}&quot; is not a date that exists. Please write it as YYYY-MM-DD, for example 2026-03-14.</source>
        <translation>Nid yw &quot;{value}&quot; yn ddyddiad sy&apos;n bodoli. Ysgrifennwch ef fel BBBB-MM-DD, er enghraifft 2026-03-14.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="157"/>
        <source>The start date is after the end date. Please swap them.</source>
        <translation>Mae&apos;r dyddiad dechrau ar ôl y dyddiad gorffen. Cyfnewidiwch nhw.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="159"/>
        <source>The placement cannot end before it began. Please check the two dates.</source>
        <translation>Ni all y lleoliad ddod i ben cyn iddo ddechrau. Gwiriwch y ddau ddyddiad.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="162"/>
        <source>The {field} cannot be before the date of birth.</source>
        <translation>Ni all y {field} fod cyn y dyddiad geni.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="165"/>
        <source>Choose which child (or children) this entry is about.</source>
        <translation>Dewiswch am ba blentyn (neu blant) mae&apos;r cofnod hwn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="167"/>
        <source>Type the {field}, or untick the box beside it if you do not know it.</source>
        <translation>Teipiwch y {field}, neu dad-diciwch y blwch wrth ei ymyl os nad ydych yn ei wybod.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="170"/>
        <location filename="../src/carerdesk/text/profile_messages.py" line="77"/>
        <source>The {field} is empty. Please write something.</source>
        <translation>Mae&apos;r {field} yn wag. Ysgrifennwch rywbeth.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="173"/>
        <source>&quot;{value}&quot; is not a Secure Base dimension. Use one of: availability, sensitivity, acceptance, cooperation, family_membership.</source>
        <translation>Nid yw &quot;{value}&quot; yn ddimensiwn Sylfaen Ddiogel. Defnyddiwch un o: availability, sensitivity, acceptance, cooperation, family_membership.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="177"/>
        <source>&quot;{value}&quot; is not a category. Use one of: {choices}.</source>
        <translation>Nid yw &quot;{value}&quot; yn gategori. Defnyddiwch un o: {choices}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="181"/>
        <source>&quot;{value}&quot; is not a part of the profile. Use one of: {choices}.</source>
        <translation>Nid yw &quot;{value}&quot; yn rhan o&apos;r proffil. Defnyddiwch un o: {choices}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="185"/>
        <source>&quot;{value}&quot; is not a role. Use one of: {choices}.</source>
        <translation>Nid yw &quot;{value}&quot; yn rôl. Defnyddiwch un o: {choices}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="188"/>
        <source>Another fostered child is written by initials only, in capitals (for example J.S.). Nothing was saved.</source>
        <translation>Ysgrifennir plentyn maeth arall gyda blaenlythrennau yn unig, mewn priflythrennau (er enghraifft J.S.). Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="191"/>
        <source>&quot;{value}&quot; is not a part of an entry. Use one of: {choices}.</source>
        <translation>Nid yw &quot;{value}&quot; yn rhan o gofnod. Defnyddiwch un o: {choices}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="195"/>
        <source>&quot;{value}&quot; is not one of the children this entry is about, so nothing can be shared with them. Nothing was saved.</source>
        <translation>Nid yw &quot;{value}&quot; yn un o&apos;r plant y mae&apos;r cofnod hwn amdanynt, felly ni ellir rhannu dim gyda nhw. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="199"/>
        <source>&quot;{value}&quot; is not a status of a family time. Use one of: {choices}.</source>
        <translation>Nid yw &quot;{value}&quot; yn statws amser teulu. Defnyddiwch un o: {choices}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="203"/>
        <source>Who cancelled a family time, and why, are only for one that was cancelled. Nothing was saved.</source>
        <translation>Mae pwy a ganslodd amser teulu, a pham, ar gyfer un a ganslwyd yn unig. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="206"/>
        <source>Living together or apart is only for a brother or sister. Nothing was saved.</source>
        <translation>Mae byw gyda&apos;i gilydd neu ar wahân ar gyfer brawd neu chwaer yn unig. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="209"/>
        <source>{value} is not a photo CarerDesk can read (JPEG, PNG, GIF, BMP, WebP or TIFF). Nothing was saved.</source>
        <translation>Nid yw {value} yn llun y gall CarerDesk ei ddarllen (JPEG, PNG, GIF, BMP, WebP neu TIFF). Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="213"/>
        <source>{value} is too large a picture (over 50 megapixels). Make it smaller first. Nothing was saved.</source>
        <translation>Mae {value} yn llun rhy fawr (dros 50 megapicsel). Gwnewch ef yn llai yn gyntaf. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="216"/>
        <source>CarerDesk cannot read {value}: it is missing or you do not have permission. Nothing was saved.</source>
        <translation>Ni all CarerDesk ddarllen {value}: mae ar goll neu nid oes gennych ganiatâd. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="219"/>
        <source>A page holds at most 4 photos.</source>
        <translation>Mae tudalen yn dal 4 llun ar y mwyaf.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="221"/>
        <source>&quot;{value}&quot; is not a mood. Use one of: {choices}.</source>
        <translation>Nid yw &quot;{value}&quot; yn hwyliau. Defnyddiwch un o: {choices}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="224"/>
        <source>A rating is a whole number from 0 to 10; &quot;{value}&quot; is not.</source>
        <translation>Rhif cyfan o 0 i 10 yw sgôr; nid yw &quot;{value}&quot; yn un.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="226"/>
        <source>The {field} is not valid.</source>
        <translation>Nid yw&apos;r {field} yn ddilys.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="232"/>
        <source>Your newest backup is {backup}; restore it with: carerdesk restore &quot;{backup}&quot;</source>
        <translation>Eich copi wrth gefn mwyaf newydd yw {backup}; adferwch ef gyda: carerdesk restore &quot;{backup}&quot;</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="234"/>
        <source>Restore it from a backup with: carerdesk restore FILE</source>
        <translation>Adferwch ef o gopi wrth gefn gyda: carerdesk restore FFEIL</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="238"/>
        <source>The journal database {path} is empty: everything in it is gone, so CarerDesk will not open it as a new journal. Nothing was changed.</source>
        <translation>Mae cronfa ddata&apos;r dyddiadur {path} yn wag: mae popeth ynddi wedi mynd, felly ni fydd CarerDesk yn ei hagor fel dyddiadur newydd. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="241"/>
        <source>{path} is a folder, not the journal database, so the vault cannot be opened. Nothing was changed. Move it away, then restore the journal.</source>
        <translation>Ffolder yw {path}, nid cronfa ddata&apos;r dyddiadur, felly ni ellir agor y gladdgell. Ni newidiwyd dim. Symudwch ef o&apos;r ffordd, yna adferwch y dyddiadur.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="244"/>
        <source>{path} is not this vault&apos;s journal (it has no vault identity), so CarerDesk will not open it. Nothing was changed.</source>
        <translation>Nid {path} yw dyddiadur y gladdgell hon (nid oes ganddo hunaniaeth claddgell), felly ni fydd CarerDesk yn ei agor. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="247"/>
        <source>The journal database {path} is an older copy than its key file: an older carerdesk.db was put in place, and entries written since may be missing from it. CarerDesk will not open it. Nothing was changed.</source>
        <translation>Mae cronfa ddata&apos;r dyddiadur {path} yn gopi hŷn na&apos;i ffeil allwedd: rhoddwyd carerdesk.db hŷn yn ei le, ac efallai nad yw&apos;r cofnodion a ysgrifennwyd ers hynny ynddi. Ni fydd CarerDesk yn ei hagor. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="263"/>
        <source>The key file {path} is an older copy than the journal database (it was put back from a backup or another copy), so CarerDesk will not open the vault with it. Nothing was changed. Put back the newest vault.json, or restore the newest backup.</source>
        <translation>Mae&apos;r ffeil allwedd {path} yn gopi hŷn na chronfa ddata&apos;r dyddiadur (fe&apos;i rhoddwyd yn ôl o gopi wrth gefn neu gopi arall), felly ni fydd CarerDesk yn agor y gladdgell gyda hi. Ni newidiwyd dim. Rhowch y vault.json mwyaf newydd yn ôl, neu adferwch y copi wrth gefn mwyaf newydd.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="268"/>
        <source>The key file {path} has been changed, or does not belong to this journal database, so the vault cannot be opened. Nothing was changed. Restore it from a backup.</source>
        <translation>Mae&apos;r ffeil allwedd {path} wedi&apos;i newid, neu nid yw&apos;n perthyn i&apos;r gronfa ddata dyddiadur hon, felly ni ellir agor y gladdgell. Ni newidiwyd dim. Adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="272"/>
        <source>There is no CarerDesk vault in {folder}. Create one with &quot;carerdesk init&quot;.</source>
        <translation>Nid oes claddgell CarerDesk yn {folder}. Crëwch un gyda &quot;carerdesk init&quot;.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="275"/>
        <source>A vault already exists in {folder}. Nothing was changed.</source>
        <translation>Mae claddgell yn bodoli eisoes yn {folder}. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="278"/>
        <source>That passphrase is not right. Nothing was changed. If you have forgotten it, use your recovery key.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n iawn. Ni newidiwyd dim. Os ydych wedi&apos;i anghofio, defnyddiwch eich allwedd adfer.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="281"/>
        <source>That recovery key does not open this vault. Is it the key for another vault?</source>
        <translation>Nid yw&apos;r allwedd adfer honno&apos;n agor y gladdgell hon. Ai&apos;r allwedd ar gyfer claddgell arall yw hi?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="283"/>
        <source>The key file {path} is missing, so the vault cannot be opened. Restore it from a backup; nothing else was changed.</source>
        <translation>Mae&apos;r ffeil allwedd {path} ar goll, felly ni ellir agor y gladdgell. Adferwch hi o gopi wrth gefn; ni newidiwyd dim arall.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="286"/>
        <source>The key file {path} is damaged ({detail}), so the vault cannot be opened. Restore it from a backup; nothing was changed.</source>
        <translation>Mae&apos;r ffeil allwedd {path} wedi&apos;i difrodi ({detail}), felly ni ellir agor y gladdgell. Adferwch hi o gopi wrth gefn; ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="290"/>
        <source>This vault was made by a newer CarerDesk (format {version}). Please update CarerDesk to open it.</source>
        <translation>Gwnaed y gladdgell hon gan CarerDesk mwy newydd (fformat {version}). Diweddarwch CarerDesk i&apos;w hagor.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="293"/>
        <source>The journal database {path} is missing. Restore it from a backup.</source>
        <translation>Mae cronfa ddata&apos;r dyddiadur {path} ar goll. Adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="296"/>
        <source>The journal database {path} is damaged and cannot be read. Nothing was changed. Your newest backup is {backup}; restore it with: carerdesk restore &quot;{backup}&quot;</source>
        <translation>Mae cronfa ddata&apos;r dyddiadur {path} wedi&apos;i difrodi ac ni ellir ei darllen. Ni newidiwyd dim. Eich copi wrth gefn mwyaf newydd yw {backup}; adferwch ef gyda: carerdesk restore &quot;{backup}&quot;</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="300"/>
        <source>The journal database {path} is damaged and cannot be read. Nothing was changed. Restore it from a backup with: carerdesk restore FILE</source>
        <translation>Mae cronfa ddata&apos;r dyddiadur {path} wedi&apos;i difrodi ac ni ellir ei darllen. Ni newidiwyd dim. Adferwch hi o gopi wrth gefn gyda: carerdesk restore FFEIL</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="304"/>
        <source>{path} is not an encrypted CarerDesk journal. Nothing was changed.</source>
        <translation>Nid yw {path} yn ddyddiadur CarerDesk wedi&apos;i amgryptio. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="310"/>
        <source>This vault is already open in another CarerDesk window or command. Close it there and try again.</source>
        <translation>Mae&apos;r gladdgell hon eisoes ar agor mewn ffenestr neu orchymyn CarerDesk arall. Caewch hi yno a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="313"/>
        <source>{path} is not a CarerDesk backup, or it is damaged or cut short. Nothing was changed. Try an older backup.</source>
        <translation>Nid yw {path} yn gopi wrth gefn CarerDesk, neu mae wedi&apos;i ddifrodi neu&apos;n anghyflawn. Ni newidiwyd dim. Rhowch gynnig ar gopi wrth gefn hŷn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="316"/>
        <source>{path} is a backup of a different vault (one made on {created}), not of this one. Nothing was changed. If you mean to replace this vault with it, restore again with --other-vault; this vault will be kept aside.</source>
        <translation>Mae {path} yn gopi wrth gefn o gladdgell wahanol (un a wnaed ar {created}), nid o&apos;r un hon. Ni newidiwyd dim. Os ydych yn bwriadu disodli&apos;r gladdgell hon ag ef, adferwch eto gyda --other-vault; cedwir y gladdgell hon o&apos;r neilltu.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="321"/>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Mae&apos;r gladdgell wedi&apos;i chloi. Datglowch hi yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="322"/>
        <source>The encryption library is missing, so CarerDesk will not open the vault. Please reinstall CarerDesk.</source>
        <translation>Mae&apos;r llyfrgell amgryptio ar goll, felly ni fydd CarerDesk yn agor y gladdgell. Ailosodwch CarerDesk.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="325"/>
        <source>This vault was saved by a newer CarerDesk. Please update CarerDesk to open it.</source>
        <translation>Cadwyd y gladdgell hon gan CarerDesk mwy newydd. Diweddarwch CarerDesk i&apos;w hagor.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="329"/>
        <source>There is no child called &quot;{id}&quot; (or with that id). &quot;carerdesk child list&quot; shows them.</source>
        <translation>Nid oes plentyn o&apos;r enw &quot;{id}&quot; (nac â&apos;r id hwnnw). Mae &quot;carerdesk child list&quot; yn eu dangos.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/exchange_messages.py" line="35"/>
        <source>WARNING: {path} was signed again by someone other than the person who wrote it. It cannot be trusted. Nothing was imported.</source>
        <translation>RHYBUDD: llofnodwyd {path} eto gan rywun heblaw&apos;r person a&apos;i hysgrifennodd. Ni ellir ymddiried ynddo. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/exchange_messages.py" line="38"/>
        <source>{path} was not sent from a foster carer&apos;s vault, so it is not a carer&apos;s report. Nothing was imported.</source>
        <translation>Ni anfonwyd {path} o gladdgell gofalwr maeth, felly nid adroddiad gofalwr ydyw. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/exchange_messages.py" line="41"/>
        <source>{path} is a CarerDesk package of another kind (a report and a supervision record are imported in different places). Nothing was imported.</source>
        <translation>Mae {path} yn becyn CarerDesk o fath arall (mae adroddiad a chofnod goruchwyliaeth yn cael eu mewnforio mewn lleoedd gwahanol). Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/exchange_messages.py" line="45"/>
        <source>{path} is not from one of your social workers, so it cannot be trusted. Nothing was imported.</source>
        <translation>Nid yw {path} gan un o&apos;ch gweithwyr cymdeithasol, felly ni ellir ymddiried ynddo. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/exchange_messages.py" line="48"/>
        <source>{path} answers a report that was not sent from this vault. Nothing was imported.</source>
        <translation>Mae {path} yn ateb adroddiad na chafodd ei anfon o&apos;r gladdgell hon. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/exchange_messages.py" line="61"/>
        <source>That is not an agency&apos;s vouch for a CarerDesk key. Ask the agency for it again.</source>
        <translation>Nid gwarant asiantaeth ar gyfer allwedd CarerDesk yw hwnnw. Gofynnwch i&apos;r asiantaeth amdani eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/exchange_messages.py" line="63"/>
        <source>That vouch is for another vault&apos;s key, not this one&apos;s. Nothing was changed.</source>
        <translation>Mae&apos;r warant honno ar gyfer allwedd claddgell arall, nid allwedd y gladdgell hon. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/exchange_messages.py" line="65"/>
        <source>Confirm this carer&apos;s key first (read the fingerprint aloud with them): nothing is sent to a key not yet confirmed.</source>
        <translation>Cadarnhewch allwedd y gofalwr hwn yn gyntaf (darllenwch yr ôl bys yn uchel gyda nhw): nid anfonir dim at allwedd sydd heb ei chadarnhau eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/exchange_messages.py" line="68"/>
        <source>That is not a foster carer&apos;s key: the agency vouches only for carers&apos; keys.</source>
        <translation>Nid allwedd gofalwr maeth yw honno: mae&apos;r asiantaeth yn gwarantu allweddi gofalwyr yn unig.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="348"/>
        <source>There is no carer &quot;{id}&quot;: give the start of their fingerprint (five digits or more) or a report id from &quot;carerdesk reports list&quot;.</source>
        <translation>Nid oes gofalwr &quot;{id}&quot;: rhowch ddechrau eu hôl bys (pum digid neu fwy) neu id adroddiad o &quot;carerdesk reports list&quot;.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="352"/>
        <source>There is no agreed action number {id} in that supervision record.</source>
        <translation>Nid oes cam y cytunwyd arno rhif {id} yn y cofnod goruchwyliaeth hwnnw.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="355"/>
        <source>There is no supervision record &quot;{id}&quot;.</source>
        <translation>Nid oes cofnod goruchwyliaeth &quot;{id}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="358"/>
        <source>There is no family time with the id &quot;{id}&quot;. &quot;carerdesk family-time list&quot; shows them.</source>
        <translation>Nid oes amser teulu gyda&apos;r id &quot;{id}&quot;. Mae &quot;carerdesk family-time list&quot; yn eu dangos.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="362"/>
        <source>There is no person with the id &quot;{id}&quot;. &quot;carerdesk people list&quot; shows them.</source>
        <translation>Nid oes person gyda&apos;r id &quot;{id}&quot;. Mae &quot;carerdesk people list&quot; yn eu dangos.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="423"/>
        <source>Social worker {fp}</source>
        <translation>Gweithiwr cymdeithasol {fp}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="424"/>
        <source>Carer {fp}</source>
        <translation>Gofalwr {fp}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="331"/>
        <source>There is no life-story page with the id &quot;{id}&quot;.</source>
        <translation>Nid oes tudalen stori bywyd gyda&apos;r id &quot;{id}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="141"/>
        <source>The person &quot;{id}&quot; is in another child&apos;s life, not this child&apos;s. Nothing was saved.</source>
        <translation>Mae&apos;r person &quot;{id}&quot; ym mywyd plentyn arall, nid y plentyn hwn. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="144"/>
        <source>The entry &quot;{id}&quot; is about another child, not this one. Nothing was saved.</source>
        <translation>Mae&apos;r cofnod &quot;{id}&quot; yn ymwneud â phlentyn arall, nid yr un hwn. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="147"/>
        <source>A family time on {value} has not happened yet: mark it as planned, or give the day it happened.</source>
        <translation>Nid yw amser teulu ar {value} wedi digwydd eto: marciwch ef fel un wedi&apos;i gynllunio, neu rhowch y diwrnod y digwyddodd.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="307"/>
        <source>The journal database {path} does not belong with this key file: one of them is from another vault, or from before a change of keys. Nothing was changed.</source>
        <translation>Nid yw cronfa ddata&apos;r dyddiadur {path} yn perthyn i&apos;r ffeil allwedd hon: mae un ohonynt o gladdgell arall, neu o&apos;r cyfnod cyn newid allweddi. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="333"/>
        <source>There is no entry with the id &quot;{id}&quot;.</source>
        <translation>Nid oes cofnod gyda&apos;r id &quot;{id}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="335"/>
        <source>More than one record starts with &quot;{id}&quot;. Please give more of the id.</source>
        <translation>Mae mwy nag un cofnod yn dechrau gyda &quot;{id}&quot;. Rhowch fwy o&apos;r id.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/exchange_messages.py" line="11"/>
        <source>{path} is not a CarerDesk report. Nothing was imported.</source>
        <translation>Nid yw {path} yn adroddiad CarerDesk. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/exchange_messages.py" line="13"/>
        <source>{path} was made by a newer CarerDesk. Please update CarerDesk to import it. Nothing was imported.</source>
        <translation>Gwnaed {path} gan CarerDesk mwy newydd. Diweddarwch CarerDesk i&apos;w fewnforio. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/exchange_messages.py" line="16"/>
        <source>{path} has been changed or damaged since the carer made it, so it cannot be trusted. Nothing was imported. Ask the carer to send it again.</source>
        <translation>Mae {path} wedi&apos;i newid neu ei ddifrodi ers i&apos;r gofalwr ei wneud, felly ni ellir ymddiried ynddo. Ni fewnforiwyd dim. Gofynnwch i&apos;r gofalwr ei anfon eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/exchange_messages.py" line="19"/>
        <source>{path} is cut short (was the download or copy finished?). Nothing was imported. Ask the carer to send it again.</source>
        <translation>Mae {path} yn anghyflawn (a orffennodd y lawrlwytho neu&apos;r copïo?). Ni fewnforiwyd dim. Gofynnwch i&apos;r gofalwr ei anfon eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/exchange_messages.py" line="22"/>
        <source>{path} was made for someone else, not for the owner of this vault. Nothing was imported. Ask the carer to export it to your key.</source>
        <translation>Gwnaed {path} ar gyfer rhywun arall, nid ar gyfer perchennog y gladdgell hon. Ni fewnforiwyd dim. Gofynnwch i&apos;r gofalwr ei allforio i&apos;ch allwedd chi.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/exchange_messages.py" line="25"/>
        <source>WARNING: {path} claims to come from {name}, but it is signed with a different key from the one their earlier reports used. It may not be from them. Nothing was imported. Check with the carer, by phone, before you trust it.</source>
        <translation>RHYBUDD: mae {path} yn honni ei fod yn dod gan {name}, ond mae wedi&apos;i lofnodi ag allwedd wahanol i&apos;r un a ddefnyddiodd eu hadroddiadau cynharach. Efallai nad yw ganddynt hwy. Ni fewnforiwyd dim. Gwiriwch gyda&apos;r gofalwr, ar y ffôn, cyn i chi ymddiried ynddo.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/exchange_messages.py" line="30"/>
        <source>{path} is far larger than any CarerDesk report. Nothing was imported.</source>
        <translation>Mae {path} yn llawer mwy nag unrhyw adroddiad CarerDesk. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/exchange_messages.py" line="32"/>
        <source>Reports are imported into a supervising social worker&apos;s vault (carerdesk init --role supervisor). Nothing was imported.</source>
        <translation>Mae adroddiadau&apos;n cael eu mewnforio i gladdgell gweithiwr cymdeithasol goruchwylio (carerdesk init --role supervisor). Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/exchange_messages.py" line="53"/>
        <source>{path} is not a CarerDesk public key file.</source>
        <translation>Nid yw {path} yn ffeil allwedd gyhoeddus CarerDesk.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/exchange_messages.py" line="54"/>
        <source>The key in {path} is damaged or mistyped. Ask for the file again.</source>
        <translation>Mae&apos;r allwedd yn {path} wedi&apos;i difrodi neu wedi&apos;i theipio&apos;n anghywir. Gofynnwch am y ffeil eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/exchange_messages.py" line="56"/>
        <source>The key in {path} does not match the fingerprint written in it: the file was changed. Do not trust it.</source>
        <translation>Nid yw&apos;r allwedd yn {path} yn cyfateb i&apos;r ôl bys sydd wedi&apos;i ysgrifennu ynddi: newidiwyd y ffeil. Peidiwch ag ymddiried ynddi.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/exchange_messages.py" line="59"/>
        <source>That is this vault&apos;s own key. Add the social worker&apos;s key instead.</source>
        <translation>Dyna allwedd y gladdgell hon ei hun. Ychwanegwch allwedd y gweithiwr cymdeithasol yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="343"/>
        <source>There is no recipient &quot;{id}&quot;. Give a key file, or a name from &quot;carerdesk recipients list&quot;.</source>
        <translation>Nid oes derbynnydd &quot;{id}&quot;. Rhowch ffeil allwedd, neu enw o &quot;carerdesk recipients list&quot;.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="346"/>
        <source>There is no imported report &quot;{id}&quot;.</source>
        <translation>Nid oes adroddiad wedi&apos;i fewnforio &quot;{id}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="395"/>
        <source>The file</source>
        <translation>Y ffeil</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="397"/>
        <source>That is a foster carer&apos;s key{path}, not a supervising social worker&apos;s. Reports can only be sent to social workers.</source>
        <translation>Allwedd gofalwr maeth yw honno{path}, nid allwedd gweithiwr cymdeithasol goruchwylio. Dim ond at weithwyr cymdeithasol y gellir anfon adroddiadau.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="401"/>
        <source>the key</source>
        <translation>yr allwedd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/messages.py" line="405"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Aeth rhywbeth o&apos;i le. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="15"/>
        <source>goal (what we are working towards)</source>
        <translation>nod (beth rydyn ni&apos;n gweithio tuag ato)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="16"/>
        <source>how we will know</source>
        <translation>sut y byddwn yn gwybod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="17"/>
        <source>who helps</source>
        <translation>pwy sy&apos;n helpu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="18"/>
        <source>what we do if this does not work</source>
        <translation>beth wnawn ni os nad yw hyn yn gweithio</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="19"/>
        <source>words of the review</source>
        <translation>geiriau&apos;r adolygiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="20"/>
        <source>date the goal was set</source>
        <translation>dyddiad gosod y nod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="21"/>
        <source>date to reach the goal by</source>
        <translation>dyddiad cyrraedd y nod erbyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="22"/>
        <source>goal&apos;s review date</source>
        <translation>dyddiad adolygu&apos;r nod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="23"/>
        <source>date of the review</source>
        <translation>dyddiad yr adolygiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="24"/>
        <source>date of the Secure Base review</source>
        <translation>dyddiad yr adolygiad Sylfaen Ddiogel</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="28"/>
        <source>The date to reach the goal by, {value}, is before the goal was set. Nothing was saved.</source>
        <translation>Mae&apos;r dyddiad i gyrraedd y nod erbyn, {value}, cyn i&apos;r nod gael ei osod. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="30"/>
        <source>The review date {value} is before the goal was set. Nothing was saved.</source>
        <translation>Mae&apos;r dyddiad adolygu {value} cyn i&apos;r nod gael ei osod. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="32"/>
        <source>A review dated {value} would be before the goal was set. Please check the date. Nothing was saved.</source>
        <translation>Byddai adolygiad dyddiedig {value} cyn i&apos;r nod gael ei osod. Gwiriwch y dyddiad. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="43"/>
        <source>an area for a goal</source>
        <translation>maes ar gyfer nod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="44"/>
        <source>a goal&apos;s status</source>
        <translation>statws nod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="46"/>
        <source>who set a goal</source>
        <translation>pwy a osododd nod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="48"/>
        <source>an age band</source>
        <translation>band oedran</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="53"/>
        <source>&quot;{value}&quot; is not {what}. Use one of: {choices}.</source>
        <translation>Nid yw &quot;{value}&quot; yn {what}. Defnyddiwch un o: {choices}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="61"/>
        <source>There is no goal with the id &quot;{id}&quot;. &quot;carerdesk goal list --child CHILD&quot; shows them.</source>
        <translation>Nid oes nod gyda&apos;r id &quot;{id}&quot;. Mae &quot;carerdesk goal list --child PLENTYN&quot; yn eu dangos.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="64"/>
        <source>There is no review with the id &quot;{id}&quot;.</source>
        <translation>Nid oes adolygiad gyda&apos;r id &quot;{id}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="78"/>
        <source>The goal &quot;{id}&quot; is another child&apos;s, not this child&apos;s. Nothing was saved.</source>
        <translation>Mae&apos;r nod &quot;{id}&quot; yn perthyn i blentyn arall, nid y plentyn hwn. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="81"/>
        <source>Give at least one rating from 0 to 10 (words alone are kept in the journal). Nothing was saved.</source>
        <translation>Rhowch o leiaf un sgôr o 0 i 10 (cedwir geiriau ar eu pennau eu hunain yn y dyddiadur). Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/plan_messages.py" line="84"/>
        <source>A rating in a Secure Base review is a whole number from 0 to 10; &quot;{value}&quot; is not. Nothing was saved.</source>
        <translation>Rhif cyfan o 0 i 10 yw sgôr mewn adolygiad Sylfaen Ddiogel; nid yw &quot;{value}&quot; yn un. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/profile_messages.py" line="17"/>
        <source>strengths</source>
        <translation>cryfderau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/profile_messages.py" line="18"/>
        <source>difficulties</source>
        <translation>anawsterau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/profile_messages.py" line="19"/>
        <source>evidence</source>
        <translation>tystiolaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/profile_messages.py" line="20"/>
        <source>social worker&apos;s name</source>
        <translation>enw&apos;r gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/profile_messages.py" line="21"/>
        <source>area of care need</source>
        <translation>maes angen gofal</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/profile_messages.py" line="22"/>
        <source>what is needed from the carer</source>
        <translation>beth sydd ei angen gan y gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/profile_messages.py" line="26"/>
        <source>child&apos;s profile</source>
        <translation>proffil y plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/profile_messages.py" line="27"/>
        <source>care-needs profile</source>
        <translation>proffil anghenion gofal</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/profile_messages.py" line="28"/>
        <source>capacity profile</source>
        <translation>proffil gallu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/profile_messages.py" line="40"/>
        <source>A rating on a profile is a whole number from -3 to +3; &quot;{value}&quot; is not. Nothing was saved.</source>
        <translation>Rhif cyfan o -3 i +3 yw sgôr ar broffil; nid yw &quot;{value}&quot; yn un. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/profile_messages.py" line="45"/>
        <source>&quot;{value}&quot; is not an area of the {kind}. Use one of: {choices}.</source>
        <translation>Nid yw &quot;{value}&quot; yn faes yn y {kind}. Defnyddiwch un o: {choices}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/profile_messages.py" line="50"/>
        <source>&quot;{value}&quot; is not whose view a rating is. Use one of: {choices}.</source>
        <translation>Nid yw &quot;{value}&quot; yn dweud barn pwy yw sgôr. Defnyddiwch un o: {choices}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/profile_messages.py" line="54"/>
        <source>Say whose view the rating of {area} is: the carer&apos;s, the social worker&apos;s, or agreed. Nothing was saved.</source>
        <translation>Dywedwch barn pwy yw sgôr {area}: y gofalwr, y gweithiwr cymdeithasol, neu wedi cytuno. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/profile_messages.py" line="58"/>
        <source>The carers&apos; capacity profile is made with the social worker: say who they are. Nothing was saved.</source>
        <translation>Gwneir proffil gallu&apos;r gofalwyr gyda&apos;r gweithiwr cymdeithasol: dywedwch pwy ydynt. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/profile_messages.py" line="61"/>
        <source>The care-needs profile has no rows: add an area of care need and what is needed from the carer.</source>
        <translation>Nid oes rhesi yn y proffil anghenion gofal: ychwanegwch faes angen gofal a beth sydd ei angen gan y gofalwr.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/profile_messages.py" line="64"/>
        <source>The {kind} is empty: rate an area or write about one first. Nothing was saved.</source>
        <translation>Mae&apos;r {kind} yn wag: sgoriwch faes neu ysgrifennwch am un yn gyntaf. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/profile_messages.py" line="81"/>
        <source>There is no {kind} with the id &quot;{id}&quot;. &quot;carerdesk profile list&quot; shows them.</source>
        <translation>Nid oes {kind} gyda&apos;r id &quot;{id}&quot;. Mae &quot;carerdesk profile list&quot; yn eu dangos.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/supervision_messages.py" line="10"/>
        <source>date supervision was held</source>
        <translation>dyddiad cynnal yr oruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/supervision_messages.py" line="11"/>
        <source>list of who was there</source>
        <translation>rhestr o bwy oedd yno</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/supervision_messages.py" line="12"/>
        <source>note of what was discussed</source>
        <translation>nodyn o beth a drafodwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/supervision_messages.py" line="13"/>
        <source>list of agreed actions</source>
        <translation>rhestr o gamau y cytunwyd arnynt</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/supervision_messages.py" line="14"/>
        <source>action (what is to be done)</source>
        <translation>cam gweithredu (beth sydd i&apos;w wneud)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/supervision_messages.py" line="15"/>
        <source>action&apos;s owner (write it as &quot;WHAT; OWNER; YYYY-MM-DD&quot;)</source>
        <translation>pwy sy&apos;n gyfrifol am y cam (ysgrifennwch ef fel &quot;BETH; PERCHENNOG; BBBB-MM-DD&quot;)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/supervision_messages.py" line="17"/>
        <source>action&apos;s due date (write it as &quot;WHAT; OWNER; YYYY-MM-DD&quot;)</source>
        <translation>dyddiad erbyn y cam (ysgrifennwch ef fel &quot;BETH; PERCHENNOG; BBBB-MM-DD&quot;)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/supervision_messages.py" line="19"/>
        <source>reflections for the carer</source>
        <translation>myfyrdodau ar gyfer y gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/child_voice_messages.py" line="15"/>
        <source>date on the child&apos;s page</source>
        <translation>dyddiad ar dudalen y plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/child_voice_messages.py" line="16"/>
        <source>writing</source>
        <translation>ysgrifennu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/child_voice_messages.py" line="17"/>
        <source>entry it points at</source>
        <translation>y cofnod y mae&apos;n cyfeirio ato</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/child_voice_messages.py" line="24"/>
        <source>This was written by the child on their own page: it is theirs, and nobody can change or remove it.</source>
        <translation>Ysgrifennwyd hwn gan y plentyn ar ei dudalen ei hun: ei eiriau ef ydyw, ac ni all neb ei newid na&apos;i dynnu.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/child_voice_messages.py" line="27"/>
        <source>Write something first, then press Save.</source>
        <translation>Ysgrifennwch rywbeth yn gyntaf, yna pwyswch Cadw.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/child_voice_messages.py" line="29"/>
        <source>Choose one of the faces first.</source>
        <translation>Dewiswch un o&apos;r wynebau yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/child_voice_messages.py" line="31"/>
        <source>There is nothing from the child&apos;s page with the id &quot;{id}&quot;.</source>
        <translation>Nid oes dim o dudalen y plentyn gyda&apos;r id &quot;{id}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/removal_messages.py" line="11"/>
        <source>place the child went to</source>
        <translation>y lle&apos;r aeth y plentyn iddo</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/removal_messages.py" line="18"/>
        <source>The record is removed from this journal, but no fresh backup could be written in {path}, so older backups there still hold it: make a backup when the folder is there again (Back up now), and the older ones are deleted then.</source>
        <translation>Mae&apos;r cofnod wedi&apos;i dynnu o&apos;r dyddiadur hwn, ond nid oedd modd ysgrifennu copi wrth gefn newydd yn {path}, felly mae copïau wrth gefn hŷn yno yn dal i&apos;w gynnwys: gwnewch gopi wrth gefn pan fydd y ffolder yno eto (Gwneud copi wrth gefn nawr), a bydd y rhai hŷn yn cael eu dileu bryd hynny.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/handover_messages.py" line="9"/>
        <source>That receipt is not for a handover made from this journal, or not for the record as it was handed over. Nothing was removed.</source>
        <translation>Nid yw&apos;r dderbynneb honno ar gyfer trosglwyddiad a wnaed o&apos;r dyddiadur hwn, neu nid yw ar gyfer y cofnod fel yr oedd pan gafodd ei drosglwyddo. Ni thynnwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/handover_messages.py" line="12"/>
        <source>The child&apos;s record has changed since it was handed over, so removing it now would lose what was added. Nothing was removed: hand the record over again.</source>
        <translation>Mae cofnod y plentyn wedi newid ers iddo gael ei drosglwyddo, felly byddai ei dynnu nawr yn colli&apos;r hyn a ychwanegwyd. Ni thynnwyd dim: trosglwyddwch y cofnod eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/handover_messages.py" line="16"/>
        <source>Choose who the record goes to: the agency&apos;s records key or a social worker. Nothing was made.</source>
        <translation>Dewiswch at bwy mae&apos;r cofnod yn mynd: allwedd cofnodion yr asiantaeth neu weithiwr cymdeithasol. Ni wnaed dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/text/handover_messages.py" line="27"/>
        <source>There is no closed record &quot;{id}&quot;: give the start of its id from &quot;carerdesk handover list&quot;.</source>
        <translation>Nid oes cofnod caeedig &quot;{id}&quot;: rhowch ddechrau ei id o &quot;carerdesk handover list&quot;.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/month_view.py" line="33"/>
        <source>Month view: days with entries</source>
        <translation>Golwg mis: dyddiau gyda chofnodion</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/month_view.py" line="39"/>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/month_view.py" line="40"/>
        <source>Previous month</source>
        <translation>Y mis blaenorol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/month_view.py" line="41"/>
        <source>Next month</source>
        <translation>Y mis nesaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/month_view.py" line="42"/>
        <source>Choose the month</source>
        <translation>Dewis y mis</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/month_view.py" line="43"/>
        <source>Choose the year</source>
        <translation>Dewis y flwyddyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/month_view.py" line="44"/>
        <source>Days of the month</source>
        <translation>Dyddiau&apos;r mis</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/month_view.py" line="88"/>
        <source>! a significant event</source>
        <translation>! digwyddiad arwyddocaol</translation>
    </message>
</context>
<context>
    <name>MyPage</name>
    <message>
        <location filename="../src/carerdesk/gui/childpage/my_page.py" line="46"/>
        <source>{name}&apos;s page</source>
        <translation>Tudalen {name}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/my_page.py" line="58"/>
        <source>&amp;How I feel</source>
        <translation>&amp;Sut rydw i&apos;n teimlo</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/my_page.py" line="59"/>
        <source>For my social &amp;worker</source>
        <translation>I fy ngweithiwr &amp;cymdeithasol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/my_page.py" line="60"/>
        <source>My &amp;record</source>
        <translation>Fy &amp;nghofnod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/my_page.py" line="61"/>
        <source>My life st&amp;ory</source>
        <translation>Stori fy &amp;mywyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/my_page.py" line="50"/>
        <source>I have &amp;finished</source>
        <translation>Rydw i wedi &amp;gorffen</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/my_page.py" line="51"/>
        <source>Your carer types their passphrase to leave</source>
        <translation>Mae dy ofalwr yn teipio ei gyfrinymadrodd i adael</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/my_page.py" line="71"/>
        <source>Hello, {name}. This is your page.</source>
        <translation>Helo, {name}. Dyma dy dudalen di.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/childpage/my_page.py" line="74"/>
        <source>What you write here is yours. Press Save when you are ready. If the page closes first, what you wrote is kept too, marked as not finished.</source>
        <translation>Ti biau&apos;r hyn rwyt ti&apos;n ei ysgrifennu yma. Pwysa Cadw pan fyddi di&apos;n barod. Os bydd y dudalen yn cau yn gyntaf, mae&apos;r hyn ysgrifennaist ti&apos;n cael ei gadw hefyd, wedi&apos;i farcio fel heb ei orffen.</translation>
    </message>
</context>
<context>
    <name>MySpaceDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="260"/>
        <source>My space</source>
        <translation>Fy lle i</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="267"/>
        <source>&amp;Reflections</source>
        <translation>&amp;Myfyrdodau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="268"/>
        <source>Chec&amp;k-ins</source>
        <translation>Gwiriadau &amp;llesiant</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="269"/>
        <source>Only you can read what is here: it is about you, not a child, and it goes in no report unless you tick “Share my latest wellbeing check-in” when you make one. What you write is kept when this window closes or CarerDesk locks.</source>
        <translation>Dim ond chi all ddarllen beth sydd yma: mae&apos;n ymwneud â chi, nid plentyn, ac nid yw&apos;n mynd i unrhyw adroddiad oni bai eich bod yn ticio “Rhannu fy ngwiriad llesiant diweddaraf” pan fyddwch yn gwneud un. Cedwir yr hyn rydych chi&apos;n ei ysgrifennu pan fydd y ffenestr hon yn cau neu pan fydd CarerDesk yn cloi.</translation>
    </message>
</context>
<context>
    <name>NameAndDates</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_identity.py" line="22"/>
        <source>Child&apos;s name</source>
        <translation>Enw&apos;r plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_identity.py" line="23"/>
        <source>Child&apos;s &amp;name:</source>
        <translation>E&amp;nw&apos;r plentyn:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_identity.py" line="27"/>
        <source>I know the date of &amp;birth</source>
        <translation>Rwy&apos;n gwybod y dyddiad &amp;geni</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_identity.py" line="27"/>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_identity.py" line="28"/>
        <source>I know when they cam&amp;e to live with us</source>
        <translation>Rwy&apos;n gwybod pryd y daeth i f&amp;yw gyda ni</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_identity.py" line="29"/>
        <source>Came to live with us</source>
        <translation>Daeth i fyw gyda ni</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_identity.py" line="30"/>
        <source>The &amp;placement has ended</source>
        <translation>Mae&apos;r &amp;lleoliad wedi dod i ben</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_identity.py" line="30"/>
        <source>Placement ended</source>
        <translation>Daeth y lleoliad i ben</translation>
    </message>
</context>
<context>
    <name>NarrativeEdit</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/narrative.py" line="25"/>
        <source>The day in your words</source>
        <translation>Y diwrnod yn eich geiriau chi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/narrative.py" line="26"/>
        <source>What happened today? Say what went well, too.</source>
        <translation>Beth ddigwyddodd heddiw? Dywedwch beth aeth yn dda, hefyd.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/narrative.py" line="30"/>
        <source>Language suggestions</source>
        <translation>Awgrymiadau iaith</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/narrative.py" line="32"/>
        <source>Mark the selected words as:</source>
        <translation>Marcio&apos;r geiriau a ddewiswyd fel:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/narrative.py" line="37"/>
        <source>&amp;Fact</source>
        <translation>&amp;Ffaith</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/narrative.py" line="37"/>
        <source>My &amp;opinion</source>
        <translation>Fy &amp;marn i</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/narrative.py" line="38"/>
        <source>What someone else sa&amp;id</source>
        <translation>Beth ddywedodd rhywun a&amp;rall</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/narrative.py" line="44"/>
        <source>Mark as {kind}</source>
        <translation>Marcio fel {kind}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/narrative.py" line="49"/>
        <source>&amp;No mark</source>
        <translation>&amp;Dim marc</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/narrative.py" line="50"/>
        <source>Remove the mark</source>
        <translation>Tynnu&apos;r marc</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/narrative.py" line="67"/>
        <source>&quot;{found}&quot;: you might say &quot;{instead}&quot;</source>
        <translation>&quot;{found}&quot;: gallech chi ddweud &quot;{instead}&quot;</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_output.py" line="50"/>
        <source>The summary</source>
        <translation>Y crynodeb</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_output.py" line="50"/>
        <source>The entry list</source>
        <translation>Y rhestr gofnodion</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_output.py" line="51"/>
        <source>Your notes</source>
        <translation>Eich nodiadau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_output.py" line="52"/>
        <source>What to print or save</source>
        <translation>Beth i&apos;w argraffu neu ei gadw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_output.py" line="53"/>
        <source>Wha&amp;t to print or save:</source>
        <translation>Beth i&apos;w argraffu neu ei gad&amp;w:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_output.py" line="55"/>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_output.py" line="57"/>
        <source>Save as P&amp;DF…</source>
        <translation>Cadw fel P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_output.py" line="78"/>
        <source>Summary {child} {period}.pdf</source>
        <translation>Crynodeb {child} {period}.pdf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_output.py" line="78"/>
        <source>Entries {child} {period}.pdf</source>
        <translation>Cofnodion {child} {period}.pdf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_output.py" line="79"/>
        <source>Notes {child} {period}.pdf</source>
        <translation>Nodiadau {child} {period}.pdf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_output.py" line="102"/>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_output.py" line="103"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PageDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="83"/>
        <source>Save or cancel</source>
        <translation>Cadw neu ddiddymu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="48"/>
        <source>New life-story page</source>
        <translation>Tudalen stori bywyd newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="48"/>
        <source>Change the page</source>
        <translation>Newid y dudalen</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="55"/>
        <source>Tell it to the child: “You ...”</source>
        <translation>Dywedwch hi wrth y plentyn: “Rwyt ti ...”</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="59"/>
        <source>&amp;Include this page in supervision reports</source>
        <translation>&amp;Cynnwys y dudalen hon mewn adroddiadau goruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="63"/>
        <source>Photo</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="63"/>
        <source>Caption</source>
        <translation>Capsiwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="64"/>
        <source>Who agreed to its use</source>
        <translation>Pwy a gytunodd i&apos;w ddefnyddio</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="66"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="66"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="67"/>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="68"/>
        <source>In your words</source>
        <translation>Yn dy eiriau di</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="69"/>
        <source>Who was there</source>
        <translation>Pwy oedd yno</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="70"/>
        <source>Story</source>
        <translation>Stori</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="71"/>
        <source>Layout</source>
        <translation>Cynllun y dudalen</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="72"/>
        <source>Photos</source>
        <translation>Lluniau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="74"/>
        <source>Add a &amp;photo…</source>
        <translation>Ychwanegu &amp;llun…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="75"/>
        <source>&amp;Remove photo</source>
        <translation>T&amp;ynnu&apos;r llun</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="78"/>
        <source>Page problem</source>
        <translation>Problem gyda&apos;r dudalen</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="88"/>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="89"/>
        <source>&amp;When:</source>
        <translation>&amp;Pryd:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="90"/>
        <source>Wh&amp;ere:</source>
        <translation>&amp;Ble:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="91"/>
        <source>St&amp;ory:</source>
        <translation>St&amp;ori:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="92"/>
        <source>In their own wor&amp;ds:</source>
        <translation>Yn eu geiriau eu h&amp;unain:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="93"/>
        <source>Who was t&amp;here:</source>
        <translation>Pwy oedd y&amp;no:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="94"/>
        <source>&amp;Layout:</source>
        <translation>Cy&amp;nllun:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="146"/>
        <source>photo</source>
        <translation>llun</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="152"/>
        <source>Choose photos</source>
        <translation>Dewis lluniau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="153"/>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff)</source>
        <translation>Lluniau (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/lifestory/page_dialog.py" line="117"/>
        <source>Photos whose files have gone since must be added again.</source>
        <translation>Rhaid ychwanegu eto&apos;r lluniau y mae eu ffeiliau wedi mynd ers hynny.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../src/carerdesk/domain/passphrase.py" line="49"/>
        <source>Very weak</source>
        <translation>Gwan iawn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/passphrase.py" line="50"/>
        <source>Weak</source>
        <translation>Gwan</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/passphrase.py" line="51"/>
        <source>Fair</source>
        <translation>Gweddol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/passphrase.py" line="52"/>
        <source>Strong</source>
        <translation>Cryf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/passphrase.py" line="53"/>
        <source>Very strong</source>
        <translation>Cryf iawn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/passphrase.py" line="82"/>
        <source>This is a very common password; anyone would guess it.</source>
        <translation>Mae hwn yn gyfrinair cyffredin iawn; byddai unrhyw un yn ei ddyfalu.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/passphrase.py" line="86"/>
        <source>A common word with numbers or symbols added, or typed twice, is among the first things guessed.</source>
        <translation>Mae gair cyffredin gyda rhifau neu symbolau wedi&apos;u hychwanegu, neu wedi&apos;i deipio ddwywaith, ymhlith y pethau cyntaf a ddyfelir.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/passphrase.py" line="90"/>
        <source>Use at least {minimum} characters.</source>
        <translation>Defnyddiwch o leiaf {minimum} nod.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/passphrase.py" line="92"/>
        <source>Three or four unrelated words make a passphrase that is strong and easy to remember.</source>
        <translation>Mae tri neu bedwar gair digyswllt yn gwneud cyfrinymadrodd sy&apos;n gryf ac yn hawdd ei gofio.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/passphrase.py" line="96"/>
        <source>Avoid repeating the same characters.</source>
        <translation>Osgowch ailadrodd yr un nodau.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/setup/passphrase_dialog.py" line="26"/>
        <source>Change your passphrase</source>
        <translation>Newid eich cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/passphrase_dialog.py" line="28"/>
        <source>Current passphrase</source>
        <translation>Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/passphrase_dialog.py" line="29"/>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/passphrase_dialog.py" line="30"/>
        <source>New passphrase again</source>
        <translation>Y cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/passphrase_dialog.py" line="34"/>
        <source>Your recovery key stays the same. Choose a new passphrase of at least {n} characters.</source>
        <translation>Mae eich allwedd adfer yn aros yr un fath. Dewiswch gyfrinymadrodd newydd o {n} nod o leiaf.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/passphrase_dialog.py" line="37"/>
        <source>Passphrase problem</source>
        <translation>Problem gyda&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/passphrase_dialog.py" line="42"/>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/passphrase_dialog.py" line="45"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Cyfrinymadrodd &amp;presennol:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/passphrase_dialog.py" line="46"/>
        <source>&amp;New passphrase:</source>
        <translation>Cyfrinymadrodd ne&amp;wydd:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/passphrase_dialog.py" line="48"/>
        <source>New passphrase &amp;again:</source>
        <translation>Y cyfrinymadrodd newydd &amp;eto:</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="95"/>
        <source>Choose your passphrase</source>
        <translation>Dewiswch eich cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="96"/>
        <source>It opens your journal. Nobody else, not even your agency, can open it without this passphrase or your recovery key.</source>
        <translation>Mae&apos;n agor eich dyddiadur. Ni all neb arall, nid hyd yn oed eich asiantaeth, ei agor heb y cyfrinymadrodd hwn neu eich allwedd adfer.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="101"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="102"/>
        <source>Passphrase again</source>
        <translation>Y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="106"/>
        <source>Passphrase problem</source>
        <translation>Problem gyda&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="111"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="113"/>
        <source>&amp;Again:</source>
        <translation>&amp;Eto:</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../src/carerdesk/gui/reports/pdf_preview.py" line="20"/>
        <source>Preview of the summary</source>
        <translation>Rhagolwg o&apos;r crynodeb</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/pdf_preview.py" line="42"/>
        <source>Drawing the pages…</source>
        <translation>Yn llunio&apos;r tudalennau…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/pdf_preview.py" line="46"/>
        <source>The preview could not be drawn.</source>
        <translation>Nid oedd modd llunio&apos;r rhagolwg.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/pdf_preview.py" line="56"/>
        <source>Page {n}</source>
        <translation>Tudalen {n}</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/people_panel.py" line="44"/>
        <source>People around the child</source>
        <translation>Pobl o gwmpas y plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/people_panel.py" line="56"/>
        <source>Their name</source>
        <translation>Eu henw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/people_panel.py" line="58"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/people_panel.py" line="62"/>
        <source>The child&apos;s name for them</source>
        <translation>Enw&apos;r plentyn amdanynt</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/people_panel.py" line="64"/>
        <source>Lives with the child, or apart</source>
        <translation>Yn byw gyda&apos;r plentyn, neu ar wahân</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/people_panel.py" line="65"/>
        <source>Not said</source>
        <translation>Heb ddweud</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/people_panel.py" line="66"/>
        <source>Lives with the child</source>
        <translation>Yn byw gyda&apos;r plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/people_panel.py" line="67"/>
        <source>Lives apart</source>
        <translation>Yn byw ar wahân</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/people_panel.py" line="69"/>
        <source>How the child relates to them</source>
        <translation>Sut mae&apos;r plentyn yn perthyn iddynt</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/people_panel.py" line="72"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/people_panel.py" line="76"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/people_panel.py" line="77"/>
        <source>Add a ne&amp;w person</source>
        <translation>Ychwanegu person ne&amp;wydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/people_panel.py" line="78"/>
        <source>Save this &amp;person</source>
        <translation>Cadw&apos;r &amp;person hwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/people_panel.py" line="80"/>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/people_panel.py" line="80"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/people_panel.py" line="81"/>
        <source>The child&apos;s name for &amp;them:</source>
        <translation>Enw&apos;r plentyn &amp;amdanynt:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/people_panel.py" line="82"/>
        <source>&amp;Lives:</source>
        <translation>Yn &amp;byw:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/people_panel.py" line="83"/>
        <source>How the child relates to t&amp;hem:</source>
        <translation>Sut mae&apos;r plentyn yn pe&amp;rthyn iddynt:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/people_panel.py" line="84"/>
        <source>Not&amp;es:</source>
        <translation>No&amp;diadau:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/people_panel.py" line="114"/>
        <source>(“{name}”)</source>
        <translation>(“{name}”)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/people_panel.py" line="158"/>
        <source>Another fostered child is written by initials only (for example J.S.).</source>
        <translation>Ysgrifennir plentyn maeth arall gyda blaenlythrennau yn unig (er enghraifft J.S.).</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_dialog.py" line="24"/>
        <source>{name}: the plan</source>
        <translation>{name}: y cynllun</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_dialog.py" line="29"/>
        <source>&amp;Goals</source>
        <translation>&amp;Nodau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_dialog.py" line="30"/>
        <source>Secure &amp;Base review</source>
        <translation>Adolygiad Sylfaen &amp;Ddiogel</translation>
    </message>
</context>
<context>
    <name>PlanReminder</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_reminder.py" line="24"/>
        <source>What the plan asks for</source>
        <translation>Beth mae&apos;r cynllun yn gofyn amdano</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_reminder.py" line="25"/>
        <source>Child → Plan… (Ctrl+Shift+G)</source>
        <translation>Plentyn → Cynllun… (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_reminder.py" line="34"/>
        <source>a Secure Base review</source>
        <translation>adolygiad Sylfaen Ddiogel</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/journal/plan_reminder.py" line="36"/>
        <source>%n goal reviews</source>
        <translation>
            <numerusform>%n adolygiad nod</numerusform>
            <numerusform>%n adolygiad nod</numerusform>
            <numerusform>%n adolygiad nod</numerusform>
            <numerusform>%n adolygiad nod</numerusform>
            <numerusform>%n adolygiad nod</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_reminder.py" line="38"/>
        <source>{first} and {second}</source>
        <translation>{first} a {second}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_reminder.py" line="58"/>
        <source>Due in the plan: {what}</source>
        <translation>Yn ddyledus yn y cynllun: {what}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="31"/>
        <source>Preferences</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="37"/>
        <source>Lock after idle minutes</source>
        <translation>Cloi ar ôl munudau segur</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="39"/>
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="115"/>
        <source>Backup folder</source>
        <translation>Ffolder copïau wrth gefn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="40"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="55"/>
        <source>&amp;Lock CarerDesk after:</source>
        <translation>&amp;Cloi CarerDesk ar ôl:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="56"/>
        <source>&amp;Back up to:</source>
        <translation>Copi wrth &amp;gefn i:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="41"/>
        <source>Choose the backup folder</source>
        <translation>Dewis y ffolder copïau wrth gefn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="62"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="69"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="74"/>
        <source>Look</source>
        <translation>Golwg</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="75"/>
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="89"/>
        <source>As the system is set</source>
        <translation>Fel y mae&apos;r system wedi&apos;i gosod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="76"/>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="76"/>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="77"/>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="60"/>
        <source>Loo&amp;k:</source>
        <translation>Gol&amp;wg:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="80"/>
        <source>Text size: Ctrl+= larger, Ctrl+- smaller, Ctrl+0 as normal, in every window.</source>
        <translation>Maint y testun: Ctrl+= yn fwy, Ctrl+- yn llai, Ctrl+0 fel arfer, ym mhob ffenestr.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="88"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="94"/>
        <source>A new language is used from the next time CarerDesk starts.</source>
        <translation>Defnyddir iaith newydd o&apos;r tro nesaf y bydd CarerDesk yn dechrau.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="99"/>
        <source>Set by your agency</source>
        <translation>Wedi&apos;i osod gan eich asiantaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/preferences.py" line="106"/>
        <source>Set by {agency}</source>
        <translation>Wedi&apos;i osod gan {agency}</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="27"/>
        <source>there is no such file</source>
        <translation>nid oes ffeil o&apos;r fath</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="28"/>
        <source>is a folder, not a preset file</source>
        <translation>ffolder yw hwn, nid ffeil rhagosodiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="29"/>
        <source>is not UTF-8 text</source>
        <translation>nid yw&apos;n destun UTF-8</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="30"/>
        <source>cannot be read ({reason})</source>
        <translation>ni ellir ei ddarllen ({reason})</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="31"/>
        <source>must be &quot;{value}&quot;</source>
        <translation>rhaid iddo fod yn &quot;{value}&quot;</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="32"/>
        <source>must be {value}</source>
        <translation>rhaid iddo fod yn {value}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="33"/>
        <source>is not a preset field</source>
        <translation>nid yw&apos;n faes rhagosodiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="34"/>
        <source>the agency&apos;s name is missing</source>
        <translation>mae enw&apos;r asiantaeth ar goll</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="35"/>
        <source>no file at {path}</source>
        <translation>dim ffeil yn {path}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="36"/>
        <source>must be [[social_workers]] tables</source>
        <translation>rhaid iddo fod yn dablau [[social_workers]]</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="37"/>
        <source>is missing or empty</source>
        <translation>mae ar goll neu&apos;n wag</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="38"/>
        <source>must be true or false</source>
        <translation>rhaid iddo fod yn true neu false</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="39"/>
        <source>must be a [policies] table</source>
        <translation>rhaid iddo fod yn dabl [policies]</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="40"/>
        <source>is not a policy</source>
        <translation>nid yw&apos;n bolisi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="41"/>
        <source>must be a whole number</source>
        <translation>rhaid iddo fod yn rhif cyfan</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="42"/>
        <source>must be text</source>
        <translation>rhaid iddo fod yn destun</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="43"/>
        <source>must be from {low} to {high}</source>
        <translation>rhaid iddo fod o {low} i {high}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="44"/>
        <source>must be a [locked] table</source>
        <translation>rhaid iddo fod yn dabl [locked]</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="45"/>
        <source>is not a CarerDesk public key: copy the line that starts “cdk1.” from the social worker&apos;s key file</source>
        <translation>nid yw&apos;n allwedd gyhoeddus CarerDesk: copïwch y llinell sy&apos;n dechrau “cdk1.” o ffeil allwedd y gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="48"/>
        <source>only one social worker can be the default recipient</source>
        <translation>dim ond un gweithiwr cymdeithasol all fod yn dderbynnydd diofyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="50"/>
        <source>must be [[event_kinds]] tables, each with a key and a title</source>
        <translation>rhaid iddo fod yn dablau [[event_kinds]], pob un gydag allwedd (key) a theitl (title)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset_schema.py" line="52"/>
        <source>must be lower-case letters, digits and dashes (for example &quot;physical-intervention&quot;), and not a kind the regulations already name or one given twice</source>
        <translation>rhaid iddo fod yn llythrennau bach, digidau a llinellau toriad (er enghraifft &quot;physical-intervention&quot;), ac nid yn fath y mae&apos;r rheoliadau eisoes yn ei enwi nac yn un a roddwyd ddwywaith</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset.py" line="42"/>
        <source>named by CARERDESK_PRESET, a test and development override that an installed CarerDesk ignores</source>
        <translation>a enwir gan CARERDESK_PRESET, dull diystyru ar gyfer profi a datblygu y mae CarerDesk wedi&apos;i osod yn ei anwybyddu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset.py" line="45"/>
        <source>installed beside the program</source>
        <translation>wedi&apos;i osod wrth ymyl y rhaglen</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset.py" line="46"/>
        <source>in the computer&apos;s settings folder</source>
        <translation>yn ffolder gosodiadau&apos;r cyfrifiadur</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/preset.py" line="47"/>
        <source>the last good one, kept in this vault</source>
        <translation>yr un da diwethaf, a gedwir yn y gladdgell hon</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../src/carerdesk/domain/profile.py" line="20"/>
        <source>Identity</source>
        <translation>Hunaniaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile.py" line="21"/>
        <source>Heritage</source>
        <translation>Treftadaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile.py" line="22"/>
        <source>Culture</source>
        <translation>Diwylliant</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile.py" line="23"/>
        <source>Faith</source>
        <translation>Ffydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile.py" line="24"/>
        <source>Languages</source>
        <translation>Ieithoedd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile.py" line="25"/>
        <source>Special educational needs and disability</source>
        <translation>Anghenion dysgu ychwanegol ac anabledd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile.py" line="26"/>
        <location filename="../src/carerdesk/domain/profile.py" line="82"/>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile.py" line="27"/>
        <source>History and its impact</source>
        <translation>Hanes a&apos;i effaith</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile.py" line="28"/>
        <source>Triggers and what helps</source>
        <translation>Sbardunau a beth sy&apos;n helpu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile.py" line="29"/>
        <source>Likes and dislikes</source>
        <translation>Pethau mae&apos;n eu hoffi a ddim yn eu hoffi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile.py" line="30"/>
        <source>Strengths and interests</source>
        <translation>Cryfderau a diddordebau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile.py" line="31"/>
        <source>What the child calls us</source>
        <translation>Beth mae&apos;r plentyn yn ein galw ni</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile.py" line="76"/>
        <source>Birth family</source>
        <translation>Teulu biolegol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile.py" line="77"/>
        <source>Brother or sister</source>
        <translation>Brawd neu chwaer</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile.py" line="78"/>
        <source>Friend</source>
        <translation>Ffrind</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile.py" line="79"/>
        <source>The child&apos;s social worker</source>
        <translation>Gweithiwr cymdeithasol y plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile.py" line="80"/>
        <source>Independent reviewing officer</source>
        <translation>Swyddog adolygu annibynnol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile.py" line="81"/>
        <source>School or designated teacher</source>
        <translation>Ysgol neu athro dynodedig</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile.py" line="83"/>
        <source>Therapist</source>
        <translation>Therapydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile.py" line="84"/>
        <source>Another fostered child</source>
        <translation>Plentyn maeth arall</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile.py" line="85"/>
        <source>Someone else</source>
        <translation>Rhywun arall</translation>
    </message>
</context>
<context>
    <name>ProfileChart</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_chart.py" line="28"/>
        <source>Chart of the change, from -3 to +3</source>
        <translation>Siart o&apos;r newid, o -3 i +3</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_chart.py" line="42"/>
        <source>{area}: before {before}, now {now}</source>
        <translation>{area}: cynt {before}, nawr {now}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_dialog.py" line="38"/>
        <source>&amp;About</source>
        <translation>&amp;Amdano</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_dialog.py" line="39"/>
        <source>Pe&amp;ople</source>
        <translation>P&amp;obl</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_dialog.py" line="41"/>
        <source>Family time</source>
        <translation>Amser teulu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_dialog.py" line="42"/>
        <source>Earlier &amp;versions</source>
        <translation>&amp;Fersiynau cynharach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_dialog.py" line="43"/>
        <source>Eco&amp;map</source>
        <translation>Eco&amp;map</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_dialog.py" line="48"/>
        <source>From {name}</source>
        <translation>Gan {name}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_dialog.py" line="63"/>
        <source>{name}: profile and people</source>
        <translation>{name}: proffil a phobl</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_form.py" line="38"/>
        <source>The child&apos;s profile</source>
        <translation>Proffil y plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_form.py" line="55"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_form.py" line="56"/>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_form.py" line="57"/>
        <source>Save a new version; the earlier one is kept</source>
        <translation>Cadw fersiwn newydd; cedwir yr un gynharach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_form.py" line="59"/>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_form.py" line="76"/>
        <source>&amp;Identity</source>
        <translation>&amp;Hunaniaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_form.py" line="77"/>
        <source>&amp;Heritage</source>
        <translation>&amp;Treftadaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_form.py" line="78"/>
        <source>C&amp;ulture</source>
        <translation>&amp;Diwylliant</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_form.py" line="79"/>
        <source>&amp;Faith</source>
        <translation>&amp;Ffydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_form.py" line="80"/>
        <source>&amp;Languages</source>
        <translation>&amp;Ieithoedd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_form.py" line="81"/>
        <source>Special educational needs and &amp;disability</source>
        <translation>Anghenion dysgu ychwanegol ac &amp;anabledd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_form.py" line="82"/>
        <source>Heal&amp;th</source>
        <translation>I&amp;echyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_form.py" line="83"/>
        <source>Histor&amp;y and its impact</source>
        <translation>Ha&amp;nes a&apos;i effaith</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_form.py" line="84"/>
        <source>T&amp;riggers and what helps</source>
        <translation>S&amp;bardunau a beth sy&apos;n helpu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_form.py" line="85"/>
        <source>Li&amp;kes and dislikes</source>
        <translation>Pethau mae&apos;n eu h&amp;offi a ddim yn eu hoffi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_form.py" line="86"/>
        <source>Stren&amp;gths and interests</source>
        <translation>C&amp;ryfderau a diddordebau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_form.py" line="87"/>
        <source>&amp;What the child calls us</source>
        <translation>Beth mae&apos;r plentyn yn ein &amp;galw ni</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_form.py" line="96"/>
        <source>Version {n}: every earlier version is kept (see Earlier versions).</source>
        <translation>Fersiwn {n}: cedwir pob fersiwn gynharach (gweler Fersiynau cynharach).</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_form.py" line="98"/>
        <source>Not edited yet.</source>
        <translation>Heb ei olygu eto.</translation>
    </message>
</context>
<context>
    <name>ProfileVersions</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_history.py" line="22"/>
        <source>No earlier versions yet: each time the profile is saved, the version before is kept here.</source>
        <translation>Dim fersiynau cynharach eto: bob tro y caiff y proffil ei gadw, cedwir y fersiwn flaenorol yma.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_history.py" line="26"/>
        <source>Kept versions</source>
        <translation>Fersiynau a gadwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_history.py" line="31"/>
        <source>The version&apos;s words</source>
        <translation>Geiriau&apos;r fersiwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_history.py" line="47"/>
        <source>as it was before the first edit</source>
        <translation>fel yr oedd cyn y golygu cyntaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_history.py" line="49"/>
        <source>Version {n}, {when}</source>
        <translation>Fersiwn {n}, {when}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profile_history.py" line="63"/>
        <source>Born {born} · came to live with us {placed} · placement ended {ended}</source>
        <translation>Ganwyd {born} · daeth i fyw gyda ni {placed} · daeth y lleoliad i ben {ended}</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../src/carerdesk/domain/needs_profile.py" line="30"/>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/needs_profile.py" line="31"/>
        <source>Education and learning</source>
        <translation>Addysg a dysgu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/needs_profile.py" line="32"/>
        <source>Emotional and behavioural development</source>
        <translation>Datblygiad emosiynol ac ymddygiadol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/needs_profile.py" line="34"/>
        <source>Identity</source>
        <translation>Hunaniaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/needs_profile.py" line="35"/>
        <source>Family and social relationships</source>
        <translation>Perthnasoedd teuluol a chymdeithasol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/needs_profile.py" line="36"/>
        <source>Social presentation</source>
        <translation>Cyflwyniad cymdeithasol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/needs_profile.py" line="37"/>
        <source>Self-care skills</source>
        <translation>Sgiliau hunanofal</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/needs_profile.py" line="42"/>
        <source>Basic care</source>
        <translation>Gofal sylfaenol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/needs_profile.py" line="43"/>
        <source>Ensuring safety</source>
        <translation>Sicrhau diogelwch</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/needs_profile.py" line="44"/>
        <source>Emotional warmth</source>
        <translation>Cynhesrwydd emosiynol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/needs_profile.py" line="45"/>
        <source>Stimulation</source>
        <translation>Ysgogiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/needs_profile.py" line="46"/>
        <source>Guidance and boundaries</source>
        <translation>Arweiniad a ffiniau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/needs_profile.py" line="47"/>
        <source>Stability</source>
        <translation>Sefydlogrwydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/needs_profile.py" line="48"/>
        <source>Adapting to the child&apos;s changing needs</source>
        <translation>Addasu i anghenion newidiol y plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/needs_profile.py" line="49"/>
        <source>Using family and community support</source>
        <translation>Defnyddio cymorth y teulu a&apos;r gymuned</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/needs_profile.py" line="53"/>
        <source>The child&apos;s profile of health, development and well-being</source>
        <translation>Proffil y plentyn o ran iechyd, datblygiad a llesiant</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/needs_profile.py" line="55"/>
        <source>The care-needs profile</source>
        <translation>Y proffil anghenion gofal</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/needs_profile.py" line="56"/>
        <source>The carers&apos; capacity to meet the child&apos;s needs</source>
        <translation>Gallu&apos;r gofalwyr i ddiwallu anghenion y plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile_scale.py" line="46"/>
        <source>the carer&apos;s view</source>
        <translation>barn y gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile_scale.py" line="47"/>
        <source>the social worker&apos;s view</source>
        <translation>barn y gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/profile_scale.py" line="48"/>
        <source>agreed together</source>
        <translation>wedi cytuno gyda&apos;n gilydd</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/profiles_dialog.py" line="32"/>
        <source>{name}: profiles</source>
        <translation>{name}: proffiliau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profiles_dialog.py" line="42"/>
        <source>The child&apos;s &amp;needs</source>
        <translation>A&amp;nghenion y plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profiles_dialog.py" line="43"/>
        <source>Care nee&amp;ds</source>
        <translation>Anghenion g&amp;ofal</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/profiles_dialog.py" line="44"/>
        <source>Carers&apos; ca&amp;pacity</source>
        <translation>&amp;Gallu&apos;r gofalwyr</translation>
    </message>
</context>
<context>
    <name>RatedProfileForm</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_form.py" line="176"/>
        <source>The new profile</source>
        <translation>Y proffil newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_form.py" line="181"/>
        <source>Date of the new profile</source>
        <translation>Dyddiad y proffil newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_form.py" line="182"/>
        <source>Dat&amp;e</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_form.py" line="188"/>
        <source>The social worker it is made with</source>
        <translation>Y gweithiwr cymdeithasol y&apos;i gwneir gydag ef</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_form.py" line="189"/>
        <source>Made &amp;with the social worker</source>
        <translation>Wedi&apos;i wneud &amp;gyda&apos;r gweithiwr cymdeithasol</translation>
    </message>
</context>
<context>
    <name>RatedProfileTab</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="54"/>
        <source>The latest profile and the one before</source>
        <translation>Y proffil diweddaraf a&apos;r un blaenorol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="60"/>
        <source>What the latest profile says</source>
        <translation>Beth mae&apos;r proffil diweddaraf yn ei ddweud</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="64"/>
        <source>New profile from the &amp;last</source>
        <translation>Proffil newydd o&apos;r &amp;un diwethaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="65"/>
        <source>Start the new profile from the latest one, dated today: change only what has changed</source>
        <translation>Dechrau&apos;r proffil newydd o&apos;r un diweddaraf, dyddiedig heddiw: newidiwch dim ond yr hyn sydd wedi newid</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="67"/>
        <source>&amp;Save as a new profile</source>
        <translation>&amp;Cadw fel proffil newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="68"/>
        <source>Keep this as a new dated profile; the earlier ones stay as they were</source>
        <translation>Cadw hwn fel proffil dyddiedig newydd; mae&apos;r rhai cynharach yn aros fel yr oeddent</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="70"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="72"/>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="111"/>
        <source>No profile yet: write the first one on the right.</source>
        <translation>Dim proffil eto: ysgrifennwch yr un cyntaf ar y dde.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="113"/>
        <source>Latest: {day}. There is no earlier one to compare with yet.</source>
        <translation>Diweddaraf: {day}. Nid oes un cynharach i&apos;w gymharu ag ef eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="116"/>
        <source>Latest: {day}, beside the one before: {before}.</source>
        <translation>Diweddaraf: {day}, wrth ymyl yr un blaenorol: {before}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="129"/>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="129"/>
        <source>Before</source>
        <translation>Cynt</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="129"/>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="129"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="131"/>
        <source>Whose view now</source>
        <translation>Barn pwy nawr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="151"/>
        <source>▲ up {n}</source>
        <translation>▲ i fyny {n}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="151"/>
        <source>▼ down {n}</source>
        <translation>▼ i lawr {n}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="152"/>
        <source>= the same</source>
        <translation>= yr un fath</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="160"/>
        <source>Made with the social worker {name}.</source>
        <translation>Gwnaed gyda&apos;r gweithiwr cymdeithasol {name}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="167"/>
        <source>Strengths</source>
        <translation>Cryfderau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="168"/>
        <source>Difficulties</source>
        <translation>Anawsterau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="169"/>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="173"/>
        <source>Journal entries as evidence: {n}</source>
        <translation>Cofnodion dyddiadur fel tystiolaeth: {n}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="182"/>
        <source>There is no profile yet to start from.</source>
        <translation>Nid oes proffil eto i ddechrau ohono.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="185"/>
        <source>Started from the profile of {day}.</source>
        <translation>Wedi dechrau o broffil {day}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_tab.py" line="200"/>
        <source>Saved. The one before is kept beside it.</source>
        <translation>Wedi&apos;i gadw. Cedwir yr un blaenorol wrth ei ymyl.</translation>
    </message>
</context>
<context>
    <name>RatingBox</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/rated_profile_form.py" line="58"/>
        <source>Not rated</source>
        <translation>Heb ei sgorio</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="61"/>
        <source>{title}, 0 to 10</source>
        <translation>{title}, 0 i 10</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="65"/>
        <source>0: {low}&lt;br&gt;5: {middle}&lt;br&gt;10: {high}</source>
        <translation>0: {low}&lt;br&gt;5: {middle}&lt;br&gt;10: {high}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="71"/>
        <source>{title}: what lies behind the rating</source>
        <translation>{title}: beth sydd y tu ôl i&apos;r sgôr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="73"/>
        <source>What lies behind this rating (optional)</source>
        <translation>Beth sydd y tu ôl i&apos;r sgôr hon (dewisol)</translation>
    </message>
</context>
<context>
    <name>ReceiptQuestion</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="172"/>
        <source>Remove {name}&apos;s record?</source>
        <translation>Tynnu cofnod {name}?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="173"/>
        <source>This receipt says the agency has received {name}&apos;s whole record. Removing the record here deletes it for good, from this journal and from its backups:</source>
        <translation>Mae&apos;r dderbynneb hon yn dweud bod yr asiantaeth wedi derbyn cofnod cyfan {name}. Mae tynnu&apos;r cofnod yma yn ei ddileu am byth, o&apos;r dyddiadur hwn ac o&apos;i gopïau wrth gefn:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="193"/>
        <source>&amp;Remove {name}&apos;s record</source>
        <translation>&amp;Tynnu cofnod {name}</translation>
    </message>
</context>
<context>
    <name>RecordWords</name>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="59"/>
        <source>The child&apos;s own statements</source>
        <translation>Datganiadau&apos;r plentyn ei hun</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="60"/>
        <source>The child&apos;s wishes and feelings</source>
        <translation>Dymuniadau a theimladau&apos;r plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="61"/>
        <source>How the child said they felt</source>
        <translation>Sut dywedodd y plentyn ei fod yn teimlo</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="63"/>
        <source>Goals</source>
        <translation>Nodau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="64"/>
        <source>Goal reviews</source>
        <translation>Adolygiadau nodau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="135"/>
        <source>someone no longer in the record</source>
        <translation>rhywun nad yw yn y cofnod mwyach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="141"/>
        <source>a goal no longer in the record</source>
        <translation>nod nad yw yn y cofnod mwyach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="146"/>
        <source>an entry no longer in the record</source>
        <translation>cofnod nad yw yma mwyach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="147"/>
        <source>the entry of {day}</source>
        <translation>cofnod {day}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="159"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="160"/>
        <source>Born</source>
        <translation>Ganwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="161"/>
        <source>Placed</source>
        <translation>Dechrau&apos;r lleoliad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="162"/>
        <source>Placement ended</source>
        <translation>Daeth y lleoliad i ben</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="180"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="181"/>
        <source>The child&apos;s name for them</source>
        <translation>Enw&apos;r plentyn amdanynt</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="182"/>
        <source>How the child relates to them</source>
        <translation>Sut mae&apos;r plentyn yn perthyn iddynt</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="183"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="206"/>
        <source>Set</source>
        <translation>Gosodwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="207"/>
        <source>Set by</source>
        <translation>Gosodwyd gan</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="208"/>
        <source>To reach by</source>
        <translation>I&apos;w gyrraedd erbyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="209"/>
        <source>Review on</source>
        <translation>Adolygu ar</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="212"/>
        <source>If this does not work</source>
        <translation>Os nad yw hyn yn gweithio</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="213"/>
        <source>Entries as evidence</source>
        <translation>Cofnodion yn dystiolaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="219"/>
        <source>Goal</source>
        <translation>Nod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="220"/>
        <location filename="../src/carerdesk/reports/record_words.py" line="263"/>
        <source>In words</source>
        <translation>Mewn geiriau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="228"/>
        <source>strengths</source>
        <translation>cryfderau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="229"/>
        <source>difficulties</source>
        <translation>anawsterau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="230"/>
        <source>evidence</source>
        <translation>tystiolaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="231"/>
        <source>entries as evidence</source>
        <translation>cofnodion yn dystiolaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="241"/>
        <source>Made with</source>
        <translation>Wedi&apos;i wneud gyda</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="276"/>
        <source>kept when the page locked before Save</source>
        <translation>cadwyd pan gloiodd y dudalen cyn pwyso Cadw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="278"/>
        <location filename="../src/carerdesk/reports/record_words.py" line="311"/>
        <source>In their own words</source>
        <translation>Yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="309"/>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="310"/>
        <source>Who was there</source>
        <translation>Pwy oedd yno</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/setup/recover.py" line="25"/>
        <source>Forgotten passphrase</source>
        <translation>Wedi anghofio&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/recover.py" line="26"/>
        <source>Type the recovery key from your recovery sheet, then choose a new passphrase. Nothing in your journal is lost.</source>
        <translation>Teipiwch yr allwedd adfer o&apos;ch taflen adfer, yna dewiswch gyfrinymadrodd newydd. Ni chollir dim yn eich dyddiadur.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/recover.py" line="31"/>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/recover.py" line="34"/>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/recover.py" line="35"/>
        <source>New passphrase again</source>
        <translation>Y cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/recover.py" line="38"/>
        <source>Recovery problem</source>
        <translation>Problem adfer</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/recover.py" line="43"/>
        <source>&amp;Set new passphrase</source>
        <translation>&amp;Gosod cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/recover.py" line="46"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Allwedd adfer:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/recover.py" line="47"/>
        <source>&amp;New passphrase:</source>
        <translation>Cyfrinymadrodd &amp;newydd:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/recover.py" line="48"/>
        <source>&amp;Again:</source>
        <translation>&amp;Eto:</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="151"/>
        <source>Your recovery key</source>
        <translation>Eich allwedd adfer</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="152"/>
        <source>If you forget your passphrase, this key is the only way back into your journal. Write it down or print it now: it is shown only this once.</source>
        <translation>Os byddwch yn anghofio eich cyfrinymadrodd, yr allwedd hon yw&apos;r unig ffordd yn ôl i&apos;ch dyddiadur. Ysgrifennwch hi neu argraffwch hi nawr: fe&apos;i dangosir y tro hwn yn unig.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="158"/>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="159"/>
        <source>&amp;Save recovery sheet (PDF)…</source>
        <translation>&amp;Cadw&apos;r daflen adfer (PDF)…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="160"/>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="225"/>
        <source>Save recovery sheet</source>
        <translation>Cadw&apos;r daflen adfer</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="161"/>
        <source>&amp;Print recovery sheet…</source>
        <translation>&amp;Argraffu&apos;r daflen adfer…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="162"/>
        <source>Print recovery sheet</source>
        <translation>Argraffu&apos;r daflen adfer</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="165"/>
        <source>Setting up stopped last time before your recovery key was checked, and a key is never shown twice. So here is a new one: write this one down. The key shown last time no longer opens your journal.</source>
        <translation>Daeth y gosod i ben y tro diwethaf cyn i&apos;ch allwedd adfer gael ei gwirio, ac ni ddangosir allwedd byth ddwywaith. Felly dyma un newydd: ysgrifennwch hon. Nid yw&apos;r allwedd a ddangoswyd y tro diwethaf yn agor eich dyddiadur mwyach.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="169"/>
        <source>Recovery key problem</source>
        <translation>Problem gyda&apos;r allwedd adfer</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="174"/>
        <source>Keep the sheet somewhere safe and private, away from the computer. Anyone with the key and your computer could read your records.</source>
        <translation>Cadwch y daflen rywle diogel a phreifat, i ffwrdd o&apos;r cyfrifiadur. Gallai unrhyw un sydd â&apos;r allwedd a&apos;ch cyfrifiadur ddarllen eich cofnodion.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="222"/>
        <source>Sent to the printer. Keep the paper somewhere safe.</source>
        <translation>Wedi&apos;i anfon i&apos;r argraffydd. Cadwch y papur rywle diogel.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="48"/>
        <location filename="../src/carerdesk/reports/recovery_sheet.py" line="54"/>
        <location filename="../src/carerdesk/reports/recovery_sheet.py" line="59"/>
        <source>CarerDesk recovery sheet</source>
        <translation>Taflen adfer CarerDesk</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="50"/>
        <location filename="../src/carerdesk/reports/recovery_sheet.py" line="73"/>
        <source>If you ever forget your passphrase, open CarerDesk, choose &quot;Forgotten passphrase&quot; and type this key. You can then choose a new passphrase; nothing in your journal is lost.</source>
        <translation>Os byddwch chi byth yn anghofio eich cyfrinymadrodd, agorwch CarerDesk, dewiswch &quot;Wedi anghofio&apos;r cyfrinymadrodd&quot; a theipiwch yr allwedd hon. Yna gallwch ddewis cyfrinymadrodd newydd; ni chollir dim yn eich dyddiadur.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_keys.py" line="54"/>
        <location filename="../src/carerdesk/reports/recovery_sheet.py" line="76"/>
        <source>Anyone who has this sheet and your computer could read your records. Keep it somewhere safe and private, away from the computer: with your important papers, or in a locked drawer.</source>
        <translation>Gallai unrhyw un sydd â&apos;r daflen hon a&apos;ch cyfrifiadur ddarllen eich cofnodion. Cadwch hi rywle diogel a phreifat, i ffwrdd o&apos;r cyfrifiadur: gyda&apos;ch papurau pwysig, neu mewn drôr dan glo.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/recovery_sheet.py" line="63"/>
        <source>Made on {date}.</source>
        <translation>Gwnaed ar {date}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/recovery_sheet.py" line="67"/>
        <source>Your recovery key</source>
        <translation>Eich allwedd adfer</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/recovery_sheet.py" line="79"/>
        <source>The key uses the digits 0-9 and the letters A-Z without I, L, O and U, so nothing can be mistaken for 1 or 0. Capital or small letters, spaces and dashes do not matter.</source>
        <translation>Mae&apos;r allwedd yn defnyddio&apos;r digidau 0-9 a&apos;r llythrennau A-Z heb I, L, O ac U, fel na ellir camgymryd dim am 1 neu 0. Nid yw priflythrennau neu lythrennau bach, bylchau a llinellau toriad o bwys.</translation>
    </message>
</context>
<context>
    <name>ReflectionForm</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_forms.py" line="59"/>
        <source>Date of the reflection</source>
        <translation>Dyddiad y myfyrdod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_forms.py" line="61"/>
        <source>Your reflection</source>
        <translation>Eich myfyrdod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_forms.py" line="63"/>
        <source>What happened for you, how you felt, what you are taking from it. Only you can read this.</source>
        <translation>Beth ddigwyddodd i chi, sut roeddech chi&apos;n teimlo, beth rydych chi&apos;n ei gymryd ohono. Dim ond chi all ddarllen hwn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_forms.py" line="66"/>
        <source>Da&amp;y:</source>
        <translation>Diw&amp;rnod:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_forms.py" line="67"/>
        <source>Your &amp;words:</source>
        <translation>Eich &amp;geiriau:</translation>
    </message>
</context>
<context>
    <name>ReflectionsPanel</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="182"/>
        <source>Your reflections, newest first</source>
        <translation>Eich myfyrdodau, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="183"/>
        <source>No reflections yet. Write one on the right: what happened for you, and how you felt.</source>
        <translation>Dim myfyrdodau eto. Ysgrifennwch un ar y dde: beth ddigwyddodd i chi, a sut roeddech chi&apos;n teimlo.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="185"/>
        <source>&amp;New reflection</source>
        <translation>Myfyrdod &amp;newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="186"/>
        <source>&amp;Save reflection</source>
        <translation>&amp;Cadw&apos;r myfyrdod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="188"/>
        <source>Earlier versions of this reflection</source>
        <translation>Fersiynau cynharach o&apos;r myfyrdod hwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="191"/>
        <source>Earlier versions of the one chosen:</source>
        <translation>Fersiynau cynharach o&apos;r un a ddewiswyd:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="207"/>
        <source>Version {n}, saved {when}</source>
        <translation>Fersiwn {n}, cadwyd {when}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="211"/>
        <source>None: when this reflection is changed, the version before is kept here.</source>
        <translation>Dim: pan fydd y myfyrdod hwn yn cael ei newid, cedwir y fersiwn flaenorol yma.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="212"/>
        <source>Choose a reflection in the list to see its earlier versions.</source>
        <translation>Dewiswch fyfyrdod yn y rhestr i weld ei fersiynau cynharach.</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/setup/rekey_dialog.py" line="42"/>
        <source>Change the recovery key</source>
        <translation>Newid yr allwedd adfer</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/rekey_dialog.py" line="54"/>
        <source>Your passphrase</source>
        <translation>Eich cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/rekey_dialog.py" line="55"/>
        <source>Your &amp;passphrase:</source>
        <translation>Eich &amp;cyfrinymadrodd:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/rekey_dialog.py" line="57"/>
        <source>Recovery key problem</source>
        <translation>Problem gyda&apos;r allwedd adfer</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/rekey_dialog.py" line="62"/>
        <source>&amp;Make a new recovery key</source>
        <translation>&amp;Gwneud allwedd adfer newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/rekey_dialog.py" line="66"/>
        <source>CarerDesk will make a new recovery key and re-encrypt your journal under a new key. After that, your old recovery key and copies of the key file from before no longer open this journal. Your passphrase stays the same. Backups made before now still open with the key of their day: keep them as safe as before.</source>
        <translation>Bydd CarerDesk yn gwneud allwedd adfer newydd ac yn amgryptio eich dyddiadur eto dan allwedd newydd. Ar ôl hynny, ni fydd eich hen allwedd adfer na chopïau o&apos;r ffeil allwedd o&apos;r blaen yn agor y dyddiadur hwn mwyach. Mae eich cyfrinymadrodd yn aros yr un fath. Bydd copïau wrth gefn a wnaed cyn nawr yn dal i agor gydag allwedd eu diwrnod: cadwch nhw mor ddiogel ag o&apos;r blaen.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/rekey_dialog.py" line="85"/>
        <source>New recovery key</source>
        <translation>Allwedd adfer newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/rekey_dialog.py" line="87"/>
        <source>I have &amp;written the new recovery key down</source>
        <translation>Rwyf wedi &amp;ysgrifennu&apos;r allwedd adfer newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/rekey_dialog.py" line="90"/>
        <source>&amp;Done</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/rekey_dialog.py" line="94"/>
        <source>Your new recovery key is below. Write it on paper now and keep it somewhere safe, away from the computer: it is shown only this once.</source>
        <translation>Mae eich allwedd adfer newydd isod. Ysgrifennwch hi ar bapur nawr a&apos;i chadw rywle diogel, i ffwrdd o&apos;r cyfrifiadur: fe&apos;i dangosir y tro hwn yn unig.</translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <location filename="../src/carerdesk/app/removal.py" line="90"/>
        <source>The placement ended; went to {where}</source>
        <translation>Daeth y lleoliad i ben; aeth i {where}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/removal.py" line="91"/>
        <source>The placement ended</source>
        <translation>Daeth y lleoliad i ben</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/removal.py" line="119"/>
        <source>{name}&apos;s life-story book has no pages yet, so there is no book to save. Nothing was removed.</source>
        <translation>Nid oes tudalennau eto yn llyfr stori bywyd {name}, felly nid oes llyfr i&apos;w gadw. Ni thynnwyd dim.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/removal.py" line="131"/>
        <source>That is not the child the question was about. Nothing was removed.</source>
        <translation>Nid dyna&apos;r plentyn yr oedd y cwestiwn amdano. Ni thynnwyd dim.</translation>
    </message>
</context>
<context>
    <name>RemoveChildDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="106"/>
        <source>Remove {name}&apos;s record</source>
        <translation>Tynnu cofnod {name}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="108"/>
        <source>What will be removed</source>
        <translation>Beth fydd yn cael ei dynnu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="110"/>
        <source>Save the life-story &amp;book first…</source>
        <translation>Cadw&apos;r &amp;llyfr stori bywyd yn gyntaf…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="114"/>
        <source>Type the child&apos;s name to confirm</source>
        <translation>Teipiwch enw&apos;r plentyn i gadarnhau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="115"/>
        <source>&amp;Type {name} to remove the record:</source>
        <translation>&amp;Teipiwch {name} i dynnu&apos;r cofnod:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="117"/>
        <source>Problem removing the record</source>
        <translation>Problem wrth dynnu&apos;r cofnod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="122"/>
        <source>&amp;Remove for good</source>
        <translation>&amp;Tynnu am byth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="141"/>
        <source>This deletes {name}&apos;s record for good, from this journal and from its backups:</source>
        <translation>Mae hyn yn dileu cofnod {name} am byth, o&apos;r dyddiadur hwn ac o&apos;i gopïau wrth gefn:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="176"/>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="143"/>
        <source>Entries about them alone</source>
        <translation>Cofnodion amdanynt hwy yn unig</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="177"/>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="144"/>
        <source>Life-story pages</source>
        <translation>Tudalennau stori bywyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="178"/>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="144"/>
        <source>Photos</source>
        <translation>Lluniau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="179"/>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="145"/>
        <source>People around them</source>
        <translation>Pobl o&apos;u cwmpas</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="180"/>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="146"/>
        <source>Records (family time, goals, reviews, profiles)</source>
        <translation>Cofnodion (amser teulu, nodau, adolygiadau, proffiliau)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="148"/>
        <source>Unsaved drafts that mention them</source>
        <translation>Drafftiau heb eu cadw sy&apos;n sôn amdanynt</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="150"/>
        <source>Their profile, with every earlier version</source>
        <translation>Eu proffil, gyda phob fersiwn gynharach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="188"/>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="152"/>
        <source>Entries also about another child stay for that child, without {name}: {count}</source>
        <translation>Mae cofnodion sydd hefyd am blentyn arall yn aros ar gyfer y plentyn hwnnw, heb {name}: {count}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/handover_dialog.py" line="182"/>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="155"/>
        <source>Backups of this journal replaced by one fresh backup without them: {count}</source>
        <translation>Copïau wrth gefn o&apos;r dyddiadur hwn a ddisodlir gan un copi wrth gefn newydd hebddynt: {count}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="157"/>
        <source>What stays is one line: a placement for child “{initial}”, removed today.</source>
        <translation>Yr hyn sy&apos;n aros yw un llinell: lleoliad ar gyfer plentyn “{initial}”, wedi&apos;i dynnu heddiw.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="167"/>
        <source>{name}&apos;s life story.pdf</source>
        <translation>Stori bywyd {name}.pdf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="168"/>
        <source>Save the life-story book</source>
        <translation>Cadw&apos;r llyfr stori bywyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/removal_dialogs.py" line="177"/>
        <source>The book is saved: {path}</source>
        <translation>Mae&apos;r llyfr wedi&apos;i gadw: {path}</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <location filename="../src/carerdesk/gui/common/render.py" line="78"/>
        <source>My reflection</source>
        <translation>Fy myfyrdod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/render.py" line="75"/>
        <source>In their own words</source>
        <translation>Yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/render.py" line="67"/>
        <source>(birth family {n}/10)</source>
        <translation>(teulu biolegol {n}/10)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/render.py" line="55"/>
        <source>Told: {who}, {when}</source>
        <translation>Hysbyswyd: {who}, {when}</translation>
    </message>
</context>
<context>
    <name>ReportTrust</name>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_trust.py" line="27"/>
        <source>Is the carer&apos;s key trusted</source>
        <translation>A ymddiriedir yn allwedd y gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_trust.py" line="28"/>
        <source>Con&amp;firm the carer&apos;s key…</source>
        <translation>Ca&amp;darnhau allwedd y gofalwr…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_trust.py" line="29"/>
        <source>Read the fingerprint aloud with the carer, then trust their reports</source>
        <translation>Darllenwch yr ôl bys yn uchel gyda&apos;r gofalwr, yna ymddiriedwch yn eu hadroddiadau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_trust.py" line="32"/>
        <source>Supervision rec&amp;ord…</source>
        <translation>C&amp;ofnod goruchwyliaeth…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_trust.py" line="33"/>
        <source>Write the supervision record for this report and send it back to the carer</source>
        <translation>Ysgrifennu&apos;r cofnod goruchwyliaeth ar gyfer yr adroddiad hwn a&apos;i anfon yn ôl at y gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_trust.py" line="47"/>
        <source>The carer&apos;s key is confirmed.</source>
        <translation>Mae allwedd y gofalwr wedi&apos;i chadarnhau.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_trust.py" line="48"/>
        <source>The carer&apos;s key is vouched for by the agency.</source>
        <translation>Mae&apos;r asiantaeth yn gwarantu allwedd y gofalwr.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_trust.py" line="51"/>
        <source>&lt;b style=&apos;color:#a33&apos;&gt;Not yet confirmed.&lt;/b&gt; This key is new to you: until you read its fingerprint with {carer}, its reports are kept apart from any carer of the same name.</source>
        <translation>&lt;b style=&apos;color:#a33&apos;&gt;Heb ei chadarnhau eto.&lt;/b&gt; Mae&apos;r allwedd hon yn newydd i chi: nes i chi ddarllen ei hôl bys gyda {carer}, cedwir ei hadroddiadau ar wahân i unrhyw ofalwr o&apos;r un enw.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_search.py" line="85"/>
        <source>Words to find in every report&apos;s entries</source>
        <translation>Geiriau i&apos;w canfod yng nghofnodion pob adroddiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_search.py" line="86"/>
        <source>Words in any entry of any report</source>
        <translation>Geiriau mewn unrhyw gofnod o unrhyw adroddiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_search.py" line="88"/>
        <source>Fi&amp;nd in entries:</source>
        <translation>Ca&amp;nfod mewn cofnodion:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_search.py" line="90"/>
        <source>&amp;Search</source>
        <translation>&amp;Chwilio</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_search.py" line="94"/>
        <source>Entries found</source>
        <translation>Cofnodion a ganfuwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_search.py" line="112"/>
        <source>Searching…</source>
        <translation>Yn chwilio…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/reports/inbox_search.py" line="118"/>
        <source>%n entries found. Press Enter on one to read it.</source>
        <translation>
            <numerusform>Canfuwyd %n cofnod. Pwyswch Enter ar un i&apos;w ddarllen.</numerusform>
            <numerusform>Canfuwyd %n cofnod. Pwyswch Enter ar un i&apos;w ddarllen.</numerusform>
            <numerusform>Canfuwyd %n cofnod. Pwyswch Enter ar un i&apos;w ddarllen.</numerusform>
            <numerusform>Canfuwyd %n cofnod. Pwyswch Enter ar un i&apos;w ddarllen.</numerusform>
            <numerusform>Canfuwyd %n cofnod. Pwyswch Enter ar un i&apos;w ddarllen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/inbox_search.py" line="120"/>
        <source>Some reports are still being read: search again soon.</source>
        <translation>Mae rhai adroddiadau&apos;n dal i gael eu darllen: chwiliwch eto cyn hir.</translation>
    </message>
</context>
<context>
    <name>SecureBaseGuide</name>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="17"/>
        <source>Does not yet trust that an adult will be there: keeps away, or clings and cannot be soothed.</source>
        <translation>Nid yw&apos;n ymddiried eto y bydd oedolyn yno: mae&apos;n cadw draw, neu&apos;n glynu ac ni ellir ei gysuro.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="19"/>
        <source>Turns to us some of the time, mostly when things are calm; still checks or doubts.</source>
        <translation>Mae&apos;n troi atom ni weithiau, yn bennaf pan fo pethau&apos;n dawel; mae&apos;n dal i wirio neu amau.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="21"/>
        <source>Trusts we will be there: comes to us when worried and can manage time apart.</source>
        <translation>Mae&apos;n ymddiried y byddwn ni yno: mae&apos;n dod atom pan fo&apos;n poeni ac yn gallu ymdopi â chyfnodau ar wahân.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="25"/>
        <source>Feelings take over quickly, and the child cannot yet be helped to calm.</source>
        <translation>Mae teimladau&apos;n cymryd drosodd yn gyflym, ac ni ellir helpu&apos;r plentyn i dawelu eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="27"/>
        <source>With our help, can name some feelings and calm down, some of the time.</source>
        <translation>Gyda&apos;n help ni, gall enwi rhai teimladau a thawelu, weithiau.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="29"/>
        <source>Can say how they feel, let us help, and calm down in a way that fits their age.</source>
        <translation>Gall ddweud sut mae&apos;n teimlo, gadael i ni helpu, a thawelu mewn ffordd sy&apos;n gweddu i&apos;w oedran.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="33"/>
        <source>Sees themselves as bad or unlovable; pushes praise away.</source>
        <translation>Mae&apos;n gweld ei hun yn ddrwg neu&apos;n amhosibl ei garu; mae&apos;n gwthio canmoliaeth i ffwrdd.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="35"/>
        <source>Enjoys some praise and success, but a setback still knocks them down.</source>
        <translation>Mae&apos;n mwynhau peth canmoliaeth a llwyddiant, ond mae anhawster yn dal i&apos;w daro i lawr.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="37"/>
        <source>Feels good about who they are and bounces back after a hard day.</source>
        <translation>Mae&apos;n teimlo&apos;n dda am bwy ydyw ac yn codi&apos;n ôl ar ôl diwrnod anodd.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="41"/>
        <source>Feels nothing they do makes a difference: gives up, or must control everything.</source>
        <translation>Mae&apos;n teimlo nad oes dim y mae&apos;n ei wneud yn gwneud gwahaniaeth: mae&apos;n rhoi&apos;r gorau iddi, neu rhaid iddo reoli popeth.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="43"/>
        <source>Makes some choices and accepts some help; working together is hard when stressed.</source>
        <translation>Mae&apos;n gwneud rhai dewisiadau ac yn derbyn peth help; mae cydweithio&apos;n anodd pan fo dan straen.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="45"/>
        <source>Makes choices, asks for help, and feels able to do things and to work with others.</source>
        <translation>Mae&apos;n gwneud dewisiadau, yn gofyn am help, ac yn teimlo&apos;n abl i wneud pethau ac i weithio gydag eraill.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="49"/>
        <source>Does not yet feel part of our family; stays on the edge of family life.</source>
        <translation>Nid yw&apos;n teimlo&apos;n rhan o&apos;n teulu eto; mae&apos;n aros ar ymylon bywyd teuluol.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="51"/>
        <source>Joins in our routines, but is not yet sure they belong here.</source>
        <translation>Mae&apos;n ymuno yn ein harferion, ond nid yw&apos;n siŵr eto ei fod yn perthyn yma.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="53"/>
        <source>Feels they belong in our family and takes their place in it with ease.</source>
        <translation>Mae&apos;n teimlo ei fod yn perthyn yn ein teulu ac yn cymryd ei le ynddo&apos;n rhwydd.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="57"/>
        <source>Cut off from, or troubled by, their birth family; no settled place for them yet.</source>
        <translation>Wedi&apos;i dorri i ffwrdd o&apos;i deulu biolegol, neu&apos;n cael ei boeni ganddo; dim lle sefydlog iddo eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="59"/>
        <source>Keeps their birth family in mind, with mixed or unsettled feelings.</source>
        <translation>Mae&apos;n cadw ei deulu biolegol mewn cof, gyda theimladau cymysg neu ansefydlog.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="61"/>
        <source>Feels connected to their birth family and at ease belonging to more than one family.</source>
        <translation>Mae&apos;n teimlo&apos;n gysylltiedig â&apos;i deulu biolegol ac yn gartrefol yn perthyn i fwy nag un teulu.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="69"/>
        <source>Does the baby settle when you pick them up, and look for you when you leave the room?</source>
        <translation>A yw&apos;r babi&apos;n setlo pan fyddwch yn ei godi, ac yn chwilio amdanoch pan fyddwch yn gadael yr ystafell?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="71"/>
        <source>Does the child come to you when hurt or frightened, and go off to explore from you?</source>
        <translation>A yw&apos;r plentyn yn dod atoch pan fo wedi brifo neu&apos;n ofnus, ac yn mentro i ffwrdd i archwilio o&apos;ch ochr chi?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="73"/>
        <source>Does the child tell you when something has gone wrong at school or with friends?</source>
        <translation>A yw&apos;r plentyn yn dweud wrthych pan fo rhywbeth wedi mynd o&apos;i le yn yr ysgol neu gyda ffrindiau?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="75"/>
        <source>Does the young person come back to you, or get in touch, when things are hard?</source>
        <translation>A yw&apos;r person ifanc yn dod yn ôl atoch, neu&apos;n cysylltu, pan fo pethau&apos;n anodd?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="79"/>
        <source>Can the baby be soothed, and do they show you clearly what they need?</source>
        <translation>A ellir cysuro&apos;r babi, ac a yw&apos;n dangos i chi&apos;n glir beth sydd ei angen arno?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="81"/>
        <source>Can the child let you comfort them after a tantrum, and start to use words for feelings?</source>
        <translation>A all y plentyn adael i chi ei gysuro ar ôl stranc, a dechrau defnyddio geiriau am deimladau?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="83"/>
        <source>Can the child say what they feel, and wait a little when upset?</source>
        <translation>A all y plentyn ddweud beth mae&apos;n ei deimlo, ac aros ychydig pan fo wedi cynhyrfu?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="85"/>
        <source>Can the young person think about their own and others&apos; feelings, and calm or ask for help?</source>
        <translation>A all y person ifanc feddwl am ei deimladau ei hun a theimladau pobl eraill, a thawelu neu ofyn am help?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="89"/>
        <source>Does the baby enjoy being with you: smiling, playing, cuddling?</source>
        <translation>A yw&apos;r babi&apos;n mwynhau bod gyda chi: gwenu, chwarae, cwtsio?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="91"/>
        <source>Does the child enjoy praise, and try again after something goes wrong?</source>
        <translation>A yw&apos;r plentyn yn mwynhau canmoliaeth, ac yn rhoi cynnig arall arni ar ôl i rywbeth fynd o&apos;i le?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="93"/>
        <source>Does the child talk about what they are good at, and cope with a mistake?</source>
        <translation>A yw&apos;r plentyn yn siarad am yr hyn y mae&apos;n dda am ei wneud, ac yn ymdopi â chamgymeriad?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="95"/>
        <source>Does the young person speak well of themselves, and cope with a setback?</source>
        <translation>A yw&apos;r person ifanc yn siarad yn dda amdano&apos;i hun, ac yn ymdopi ag anhawster?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="99"/>
        <source>Does the baby reach and try for things, and enjoy it when you follow their lead?</source>
        <translation>A yw&apos;r babi&apos;n estyn ac yn ymdrechu am bethau, ac yn mwynhau pan fyddwch yn dilyn ei arweiniad?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="101"/>
        <source>Can the child make a small choice, and accept a &quot;not yet&quot; from you?</source>
        <translation>A all y plentyn wneud dewis bach, a derbyn &quot;ddim eto&quot; gennych chi?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="103"/>
        <source>Does the child make choices, join in plans and ask for help when stuck?</source>
        <translation>A yw&apos;r plentyn yn gwneud dewisiadau, yn ymuno mewn cynlluniau ac yn gofyn am help pan fo&apos;n sownd?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="105"/>
        <source>Does the young person take part in decisions about their life, and work on them with you?</source>
        <translation>A yw&apos;r person ifanc yn cymryd rhan mewn penderfyniadau am ei fywyd, ac yn gweithio arnynt gyda chi?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="109"/>
        <source>Is the baby part of your family&apos;s routines, and how are they after family time?</source>
        <translation>A yw&apos;r babi&apos;n rhan o arferion eich teulu, a sut mae ar ôl amser teulu?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="111"/>
        <source>Does the child know the people in both families, and have a place at your table?</source>
        <translation>A yw&apos;r plentyn yn adnabod y bobl yn y ddau deulu, ac a oes lle iddo wrth eich bwrdd?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="113"/>
        <source>Does the child talk of &quot;our&quot; family, and speak with you about their birth family?</source>
        <translation>A yw&apos;r plentyn yn sôn am &quot;ein&quot; teulu, ac yn siarad gyda chi am ei deulu biolegol?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_guide.py" line="115"/>
        <source>Does the young person feel they can belong to more than one family, and talk about both?</source>
        <translation>A yw&apos;r person ifanc yn teimlo y gall berthyn i fwy nag un teulu, ac yn siarad am y ddau?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_review.py" line="48"/>
        <source>0 to 18 months</source>
        <translation>0 i 18 mis</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_review.py" line="49"/>
        <source>19 months to 4 years</source>
        <translation>19 mis i 4 oed</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_review.py" line="50"/>
        <source>5 to 10 years</source>
        <translation>5 i 10 oed</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_review.py" line="51"/>
        <source>11 to 18 years</source>
        <translation>11 i 18 oed</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_review.py" line="64"/>
        <source>Family membership: our family</source>
        <translation>Perthyn i&apos;r teulu: ein teulu ni</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/sb_review.py" line="65"/>
        <source>Family membership: birth family</source>
        <translation>Perthyn i&apos;r teulu: y teulu biolegol</translation>
    </message>
</context>
<context>
    <name>SecureBaseReviewPage</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="100"/>
        <source>Date of the review</source>
        <translation>Dyddiad yr adolygiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="104"/>
        <source>Age band</source>
        <translation>Band oedran</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="107"/>
        <source>When the next review is due</source>
        <translation>Pryd mae&apos;r adolygiad nesaf yn ddyledus</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="108"/>
        <source>&amp;Availability</source>
        <translation>&amp;Bod ar gael</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="108"/>
        <source>&amp;Sensitivity</source>
        <translation>&amp;Sensitifrwydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="109"/>
        <source>Acc&amp;eptance</source>
        <translation>&amp;Derbyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="109"/>
        <source>Co-o&amp;peration</source>
        <translation>C&amp;ydweithredu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="110"/>
        <source>Family membership: our &amp;family</source>
        <translation>Perthyn i&apos;r teulu: ein &amp;teulu ni</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="111"/>
        <source>Family membership: b&amp;irth family</source>
        <translation>Perthyn i&apos;r teulu: y teulu b&amp;iolegol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="116"/>
        <source>Anything else about this review</source>
        <translation>Unrhyw beth arall am yr adolygiad hwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="117"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="118"/>
        <source>Sa&amp;ve review</source>
        <translation>C&amp;adw&apos;r adolygiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="121"/>
        <source>Earlier Secure Base reviews</source>
        <translation>Adolygiadau Sylfaen Ddiogel cynharach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="133"/>
        <source>&amp;Date:</source>
        <translation>Dyddia&amp;d:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="133"/>
        <source>Age ba&amp;nd:</source>
        <translation>Band o&amp;edran:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="137"/>
        <source>How is the child doing? Rate each from 0 to 10 for this child now; the words beside each say what 0, 5 and 10 look like. Emotional age counts: choose the band that fits.</source>
        <translation>Sut mae&apos;r plentyn yn dod ymlaen? Sgoriwch bob un o 0 i 10 ar gyfer y plentyn hwn nawr; mae&apos;r geiriau wrth ymyl pob un yn dweud sut olwg sydd ar 0, 5 a 10. Mae oedran emosiynol yn cyfrif: dewiswch y band sy&apos;n gweddu.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="146"/>
        <source>An&amp;ything else:</source>
        <translation>Unrhyw &amp;beth arall:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="153"/>
        <source>The ratings</source>
        <translation>Y sgoriau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="162"/>
        <source>Earlier reviews</source>
        <translation>Adolygiadau cynharach</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="188"/>
        <source>No Secure Base review yet: the first is due now.</source>
        <translation>Dim adolygiad Sylfaen Ddiogel eto: mae&apos;r cyntaf yn ddyledus nawr.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="190"/>
        <source>A review is due: the last was on {last}.</source>
        <translation>Mae adolygiad yn ddyledus: roedd yr un diwethaf ar {last}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/plan_sb_review.py" line="193"/>
        <source>The next review is due on {day}.</source>
        <translation>Mae&apos;r adolygiad nesaf yn ddyledus ar {day}.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="159"/>
        <source>Finish setting up CarerDesk</source>
        <translation>Gorffen gosod CarerDesk</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="160"/>
        <source>Set up CarerDesk</source>
        <translation>Gosod CarerDesk</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="180"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="180"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="181"/>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="182"/>
        <source>Cance&amp;l</source>
        <translation>Di&amp;ddymu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="190"/>
        <source>Setting up was not finished last time. Your journal and your passphrase are kept; these are the steps left.</source>
        <translation>Ni orffennwyd y gosod y tro diwethaf. Cedwir eich dyddiadur a&apos;ch cyfrinymadrodd; dyma&apos;r camau sydd ar ôl.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="244"/>
        <source>Could not save the sheet: {reason}</source>
        <translation>Nid oedd modd cadw&apos;r daflen: {reason}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="247"/>
        <source>Saved to {path}. Print it, then keep the paper safe and delete the file.</source>
        <translation>Wedi&apos;i chadw yn {path}. Argraffwch hi, yna cadwch y papur yn ddiogel a dilëwch y ffeil.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="274"/>
        <source>Finish setting up later?</source>
        <translation>Gorffen gosod yn nes ymlaen?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="275"/>
        <source>Your journal is made and locked with your passphrase, but setting up is not finished. Next time you open CarerDesk and type your passphrase, it carries on from here.</source>
        <translation>Mae eich dyddiadur wedi&apos;i wneud a&apos;i gloi gyda&apos;ch cyfrinymadrodd, ond nid yw&apos;r gosod wedi&apos;i orffen. Y tro nesaf y byddwch yn agor CarerDesk ac yn teipio eich cyfrinymadrodd, bydd yn parhau o&apos;r fan hon.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="281"/>
        <source>Your recovery key has not been checked yet, so next time CarerDesk will make a new one for you to write down, and this one will stop working.</source>
        <translation>Nid yw eich allwedd adfer wedi&apos;i gwirio eto, felly y tro nesaf bydd CarerDesk yn gwneud un newydd i chi ei hysgrifennu, a bydd hon yn peidio â gweithio.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="283"/>
        <source>&amp;Finish later</source>
        <translation>Gorffen yn &amp;nes ymlaen</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="285"/>
        <source>&amp;Keep setting up</source>
        <translation>&amp;Dal ati i osod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="287"/>
        <source>Finish later</source>
        <translation>Gorffen yn nes ymlaen</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard.py" line="288"/>
        <source>Keep setting up</source>
        <translation>Dal ati i osod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_roles.py" line="43"/>
        <source>Name problem</source>
        <translation>Problem gyda&apos;r enw</translation>
    </message>
</context>
<context>
    <name>ShareCheckIn</name>
    <message>
        <location filename="../src/carerdesk/gui/reports/share_checkin.py" line="15"/>
        <source>S&amp;hare my latest wellbeing check-in</source>
        <translation>&amp;Rhannu fy ngwiriad llesiant diweddaraf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/share_checkin.py" line="17"/>
        <source>Share my latest wellbeing check-in</source>
        <translation>Rhannu fy ngwiriad llesiant diweddaraf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/share_checkin.py" line="24"/>
        <source>You have no wellbeing check-in yet (Journal → My space…).</source>
        <translation>Nid oes gennych wiriad llesiant eto (Dyddiadur → Fy lle i…).</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/share_checkin.py" line="27"/>
        <source>Puts your check-in of {date} in the wellbeing note, where you can read and change it before it goes.</source>
        <translation>Mae&apos;n rhoi eich gwiriad llesiant o {date} yn y nodyn llesiant, lle gallwch ei ddarllen a&apos;i newid cyn iddo fynd.</translation>
    </message>
</context>
<context>
    <name>SiblingParts</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/sibling_parts.py" line="102"/>
        <source>W&amp;hat goes in each child&apos;s report…</source>
        <translation>Beth sy&apos;n mynd i adroddiad pob p&amp;lentyn…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/sibling_parts.py" line="103"/>
        <source>What goes in each child&apos;s report</source>
        <translation>Beth sy&apos;n mynd i adroddiad pob plentyn</translation>
    </message>
</context>
<context>
    <name>SiblingPartsDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/sibling_parts.py" line="45"/>
        <source>What goes in each child&apos;s report</source>
        <translation>Beth sy&apos;n mynd i adroddiad pob plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/sibling_parts.py" line="48"/>
        <source>This entry is about more than one child. Each child&apos;s report holds only the parts ticked for them, and names the other children by their initials.</source>
        <translation>Mae&apos;r cofnod hwn am fwy nag un plentyn. Mae adroddiad pob plentyn yn cynnwys dim ond y rhannau a diciwyd ar ei gyfer, ac yn enwi&apos;r plant eraill wrth eu blaenlythrennau.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/sibling_parts.py" line="57"/>
        <source>The entry has no words yet: write it first, then choose.</source>
        <translation>Nid oes geiriau yn y cofnod eto: ysgrifennwch ef yn gyntaf, yna dewiswch.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/sibling_parts.py" line="74"/>
        <source>{part} in {name}&apos;s report</source>
        <translation>{part} yn adroddiad {name}</translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <location filename="../src/carerdesk/gui/common/spelling.py" line="235"/>
        <source>&amp;Remove from dictionary</source>
        <translation>&amp;Tynnu o&apos;r geiriadur</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/spelling.py" line="242"/>
        <source>Looking for corrections…</source>
        <translation>Yn chwilio am gywiriadau…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/spelling.py" line="244"/>
        <source>&amp;Add to dictionary</source>
        <translation>&amp;Ychwanegu at y geiriadur</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/spelling.py" line="260"/>
        <source>No corrections found</source>
        <translation>Dim cywiriadau wedi&apos;u canfod</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../src/carerdesk/gui/setup/strength.py" line="20"/>
        <source>Passphrase strength</source>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/strength.py" line="40"/>
        <source>Choose a passphrase only you know.</source>
        <translation>Dewiswch gyfrinymadrodd dim ond chi sy&apos;n ei wybod.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/strength.py" line="41"/>
        <source>Three or four unrelated words make a passphrase that is strong and easy to remember.</source>
        <translation>Mae tri neu bedwar gair digyswllt yn gwneud cyfrinymadrodd sy&apos;n gryf ac yn hawdd ei gofio.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/strength.py" line="50"/>
        <source>Strength: {level}</source>
        <translation>Cryfder: {level}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/strength.py" line="53"/>
        <source>Good choice.</source>
        <translation>Dewis da.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="36"/>
        <source>Neither the supervising social worker nor the fostering service is recorded as told.</source>
        <translation>Nid yw&apos;r gweithiwr cymdeithasol goruchwylio na&apos;r gwasanaeth maethu wedi&apos;u cofnodi fel rhai a hysbyswyd.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="40"/>
        <source>The first person was told more than 24 hours after it happened.</source>
        <translation>Cafodd y person cyntaf wybod fwy na 24 awr ar ôl iddo ddigwydd.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="43"/>
        <source>No one is recorded as told.</source>
        <translation>Nid oes neb wedi&apos;i gofnodi fel un a hysbyswyd.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="44"/>
        <source>When they were told is not recorded.</source>
        <translation>Nid yw pryd y cawsant wybod wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="53"/>
        <source>{since} to {until}</source>
        <translation>{since} i {until}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="56"/>
        <source>Carer: {carer} · Household: {household} · Agency: {agency} · Made {made}</source>
        <translation>Gofalwr: {carer} · Aelwyd: {household} · Asiantaeth: {agency} · Gwnaed {made}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="65"/>
        <location filename="../src/carerdesk/reports/summary_pdf.py" line="53"/>
        <source>Supervision summary</source>
        <translation>Crynodeb goruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="69"/>
        <source>In a sentence</source>
        <translation>Mewn brawddeg</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="70"/>
        <source>No headline added.</source>
        <translation>Dim pennawd wedi&apos;i ychwanegu.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="75"/>
        <source>The carer&apos;s questions</source>
        <translation>Cwestiynau&apos;r gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="76"/>
        <source>No questions added.</source>
        <translation>Dim cwestiynau wedi&apos;u hychwanegu.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="83"/>
        <source>What went well</source>
        <translation>Beth aeth yn dda</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="88"/>
        <source>Goal achieved</source>
        <translation>Nod wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="95"/>
        <source>Strength: {area}</source>
        <translation>Cryfder: {area}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="104"/>
        <source>No achievement, goal achieved or strength recorded in this period.</source>
        <translation>Dim llwyddiant, nod wedi&apos;i gyflawni na chryfder wedi&apos;i gofnodi yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="115"/>
        <source>Significant events</source>
        <translation>Digwyddiadau arwyddocaol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="117"/>
        <source>No significant events in this period.</source>
        <translation>Dim digwyddiadau arwyddocaol yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="120"/>
        <source>Significant events in this period: {n}. With a gap in who was told or when: {flagged}.</source>
        <translation>Digwyddiadau arwyddocaol yn y cyfnod hwn: {n}. Gyda bwlch o ran pwy a hysbyswyd neu pryd: {flagged}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="149"/>
        <location filename="../src/carerdesk/reports/summary_log.py" line="249"/>
        <source>time not recorded</source>
        <translation>amser heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="150"/>
        <location filename="../src/carerdesk/reports/summary_log.py" line="250"/>
        <source>Told</source>
        <translation>Hysbyswyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="154"/>
        <location filename="../src/carerdesk/reports/summary_log.py" line="251"/>
        <source>Gap: {what}</source>
        <translation>Bwlch: {what}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="163"/>
        <source>Recorded before roles were kept: check that the supervising social worker or the fostering service was told.</source>
        <translation>Cofnodwyd cyn cadw rolau: gwiriwch fod y gweithiwr cymdeithasol goruchwylio neu&apos;r gwasanaeth maethu wedi cael gwybod.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_front.py" line="172"/>
        <location filename="../src/carerdesk/reports/summary_log.py" line="267"/>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="46"/>
        <location filename="../src/carerdesk/reports/summary_life.py" line="37"/>
        <location filename="../src/carerdesk/reports/summary_log.py" line="235"/>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="47"/>
        <location filename="../src/carerdesk/reports/summary_life.py" line="38"/>
        <source>Supervised by</source>
        <translation>Goruchwyliwyd gan</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="48"/>
        <location filename="../src/carerdesk/reports/summary_life.py" line="39"/>
        <source>Cancelled by</source>
        <translation>Canslwyd gan</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="49"/>
        <location filename="../src/carerdesk/reports/summary_life.py" line="40"/>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="50"/>
        <location filename="../src/carerdesk/reports/summary_life.py" line="41"/>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="167"/>
        <source>Before</source>
        <translation>Cyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="51"/>
        <location filename="../src/carerdesk/reports/summary_life.py" line="42"/>
        <source>During</source>
        <translation>Yn ystod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="52"/>
        <location filename="../src/carerdesk/reports/summary_life.py" line="43"/>
        <source>After</source>
        <translation>Wedyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="62"/>
        <location filename="../src/carerdesk/reports/summary_life.py" line="65"/>
        <source>Family time</source>
        <translation>Amser teulu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_life.py" line="72"/>
        <source>The last family time before this period: {day}, {status}.</source>
        <translation>Yr amser teulu diwethaf cyn y cyfnod hwn: {day}, {status}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_life.py" line="80"/>
        <source>No family time recorded in this period.</source>
        <translation>Dim amser teulu wedi&apos;i gofnodi yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="195"/>
        <location filename="../src/carerdesk/reports/record_words.py" line="285"/>
        <location filename="../src/carerdesk/reports/summary_life.py" line="85"/>
        <source>With</source>
        <translation>Gyda</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_life.py" line="104"/>
        <source>Health and education</source>
        <translation>Iechyd ac addysg</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_life.py" line="106"/>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_life.py" line="107"/>
        <source>Education</source>
        <translation>Addysg</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_life.py" line="112"/>
        <source>Nothing recorded in this period.</source>
        <translation>Dim wedi&apos;i gofnodi yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_life.py" line="135"/>
        <source>In the child&apos;s own words</source>
        <translation>Yng ngeiriau&apos;r plentyn ei hun</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_life.py" line="144"/>
        <source>When: {context}</source>
        <translation>Pryd: {context}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_life.py" line="153"/>
        <source>During a significant event: {context}</source>
        <translation>Yn ystod digwyddiad arwyddocaol: {context}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_life.py" line="160"/>
        <source>At family time.</source>
        <translation>Yn ystod amser teulu.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_life.py" line="162"/>
        <source>No words of the child&apos;s recorded in this period.</source>
        <translation>Dim geiriau&apos;r plentyn wedi&apos;u cofnodi yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_life.py" line="177"/>
        <source>How I feel: {face} {words}</source>
        <translation>Sut rydw i&apos;n teimlo: {face} {words}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_life.py" line="180"/>
        <source>What I want my social worker to know: “{words}”</source>
        <translation>Beth rydw i eisiau i fy ngweithiwr cymdeithasol ei wybod: “{words}”</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_life.py" line="183"/>
        <source>{ask}: “{words}”</source>
        <translation>{ask}: “{words}”</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_life.py" line="186"/>
        <source>(left unfinished)</source>
        <translation>(heb ei orffen)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_life.py" line="192"/>
        <source>From the child&apos;s own page</source>
        <translation>O dudalen y plentyn ei hun</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_life.py" line="193"/>
        <source>Written by the child, as they wrote it; the carer cannot change it.</source>
        <translation>Ysgrifennwyd gan y plentyn, fel yr ysgrifennodd ef; ni all y gofalwr ei newid.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_life.py" line="203"/>
        <source>The carer&apos;s own wellbeing</source>
        <translation>Llesiant y gofalwr ei hun</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_life.py" line="204"/>
        <source>Not shared this time.</source>
        <translation>Heb ei rannu y tro hwn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_life.py" line="213"/>
        <source>Life-story pages shared</source>
        <translation>Tudalennau stori bywyd a rannwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="53"/>
        <location filename="../src/carerdesk/reports/summary_front.py" line="141"/>
        <location filename="../src/carerdesk/reports/summary_life.py" line="44"/>
        <location filename="../src/carerdesk/reports/summary_log.py" line="243"/>
        <source>The child said</source>
        <translation>Dywedodd y plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="54"/>
        <location filename="../src/carerdesk/reports/summary_life.py" line="45"/>
        <source>What the carer noticed</source>
        <translation>Beth sylwodd y gofalwr arno</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/charts.py" line="210"/>
        <source>Nothing rated yet</source>
        <translation>Dim byd wedi&apos;i sgorio eto</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/charts.py" line="219"/>
        <source>* Shaded: a part month, not all of it in the period.</source>
        <translation>* Wedi&apos;i liwio: rhan o fis, nid y cyfan ohono yn y cyfnod.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/charts.py" line="221"/>
        <source>* Shaded: a part week, not all of it in the period.</source>
        <translation>* Wedi&apos;i liwio: rhan o wythnos, nid y cyfan ohoni yn y cyfnod.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/charts.py" line="237"/>
        <source>Birth family</source>
        <translation>Teulu biolegol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/charts.py" line="241"/>
        <source>Our family</source>
        <translation>Ein teulu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/charts.py" line="247"/>
        <source>Ratings in the entries (0-10), monthly average</source>
        <translation>Sgoriau yn y cofnodion (0-10), cyfartaledd misol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/charts.py" line="249"/>
        <source>Ratings in the entries (0-10), weekly average</source>
        <translation>Sgoriau yn y cofnodion (0-10), cyfartaledd wythnosol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/charts.py" line="259"/>
        <source>The child&apos;s mood (1 very upset, 5 very happy), monthly average</source>
        <translation>Hwyliau&apos;r plentyn (1 wedi cynhyrfu&apos;n fawr, 5 hapus iawn), cyfartaledd misol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/charts.py" line="261"/>
        <source>The child&apos;s mood (1 very upset, 5 very happy), weekly average</source>
        <translation>Hwyliau&apos;r plentyn (1 wedi cynhyrfu&apos;n fawr, 5 hapus iawn), cyfartaledd wythnosol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/charts.py" line="265"/>
        <source>Mood</source>
        <translation>Hwyliau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="72"/>
        <source>The five dimensions</source>
        <translation>Y pum dimensiwn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="49"/>
        <source>The carer&apos;s pick</source>
        <translation>Dewis y gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="54"/>
        <source>Under each dimension come first the moments the carer starred &quot;bring to supervision&quot;, every one, each headed &quot;The carer&apos;s pick&quot;; then at most three more chosen by rule: the fullest in the Interview&apos;s shape. Every entry of the period is in the appendix.</source>
        <translation>O dan bob dimensiwn daw&apos;r eiliadau y rhoddodd y gofalwr seren &quot;dod i&apos;r oruchwyliaeth&quot; arnynt yn gyntaf, pob un, gyda&apos;r pennawd &quot;Dewis y gofalwr&quot;; yna tri arall ar y mwyaf wedi&apos;u dewis yn ôl rheol: y rhai llawnaf yn siâp y Cyfweliad. Mae pob cofnod o&apos;r cyfnod yn yr atodiad.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="61"/>
        <source>The carer starred no entry &quot;bring to supervision&quot; in this period, so the moments below are chosen by rule: the fullest in the Interview&apos;s shape, at most three. Every entry of the period is in the appendix.</source>
        <translation>Ni roddodd y gofalwr seren &quot;dod i&apos;r oruchwyliaeth&quot; ar unrhyw gofnod yn y cyfnod hwn, felly dewisir yr eiliadau isod yn ôl rheol: y rhai llawnaf yn siâp y Cyfweliad, tri ar y mwyaf. Mae pob cofnod o&apos;r cyfnod yn yr atodiad.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="80"/>
        <source>Helps the child to {benefit}. The carer is thinking: {thinking}</source>
        <translation>Mae&apos;n helpu&apos;r plentyn i {benefit}. Mae&apos;r gofalwr yn meddwl: {thinking}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="93"/>
        <source>No example recorded in this period.</source>
        <translation>Dim enghraifft wedi&apos;i chofnodi yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="103"/>
        <source>Chosen by rule:</source>
        <translation>Wedi&apos;u dewis yn ôl rheol:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="119"/>
        <source>Also starred by the carer</source>
        <translation>Hefyd â seren gan y gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="131"/>
        <source>rated {n}/10</source>
        <translation>sgôr {n}/10</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="133"/>
        <source>birth family {n}/10</source>
        <translation>teulu biolegol {n}/10</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="164"/>
        <source>Appendix: every entry of the period</source>
        <translation>Atodiad: pob cofnod o&apos;r cyfnod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="166"/>
        <source>In date order, in full. The carer&apos;s marks are shown as {keys}; opinions are in italics and what someone else said is underlined. An entry the carer starred &quot;bring to supervision&quot; says &quot;{pick}&quot; in its heading.</source>
        <translation>Yn nhrefn dyddiad, yn llawn. Dangosir marciau&apos;r gofalwr fel {keys}; mae barn mewn llythrennau italig ac mae&apos;r hyn a ddywedodd rhywun arall wedi&apos;i danlinellu. Mae cofnod y rhoddodd y gofalwr seren &quot;dod i&apos;r oruchwyliaeth&quot; arno yn dweud &quot;{pick}&quot; yn ei bennawd.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="233"/>
        <source>Significant event: {kind}, {when}</source>
        <translation>Digwyddiad arwyddocaol: {kind}, {when}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="236"/>
        <source>Present</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="237"/>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="239"/>
        <source>What I did and said</source>
        <translation>Beth wnes i a&apos;i ddweud</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="258"/>
        <source>Last seen {seen}; reported {reported} to {to} (ref. {ref}); back {back}</source>
        <translation>Gwelwyd ddiwethaf {seen}; adroddwyd {reported} i {to} (cyf. {ref}); yn ôl {back}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="264"/>
        <source>The return conversation</source>
        <translation>Y sgwrs pan ddaeth yn ôl</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="178"/>
        <source>No entries in this period.</source>
        <translation>Dim cofnodion yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="189"/>
        <source>mood: {mood}</source>
        <translation>hwyliau: {mood}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="196"/>
        <source>amended (version {n})</source>
        <translation>wedi&apos;i ddiwygio (fersiwn {n})</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="212"/>
        <source>In the child&apos;s words</source>
        <translation>Yng ngeiriau&apos;r plentyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_log.py" line="214"/>
        <source>The carer&apos;s reflection</source>
        <translation>Myfyrdod y gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_pdf.py" line="41"/>
        <source>Supervision summary: {child}, {since} to {until}</source>
        <translation>Crynodeb goruchwyliaeth: {child}, {since} i {until}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_pdf.py" line="58"/>
        <source>{child} · {since} to {until} · confidential</source>
        <translation>{child} · {since} i {until} · cyfrinachol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="66"/>
        <source>Actions from the last supervision</source>
        <translation>Camau o&apos;r oruchwyliaeth ddiwethaf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="68"/>
        <source>Held {day} with {who}.</source>
        <translation>Cynhaliwyd {day} gyda {who}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="76"/>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="77"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="78"/>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="79"/>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="128"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="92"/>
        <source>No actions were agreed.</source>
        <translation>Ni chytunwyd ar unrhyw gamau.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="100"/>
        <source>Not reviewed</source>
        <translation>Heb ei adolygu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="105"/>
        <source>Goals and their progress</source>
        <translation>Nodau a&apos;u cynnydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="108"/>
        <source>No goals in the child&apos;s plan yet.</source>
        <translation>Dim nodau yng nghynllun y plentyn eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="116"/>
        <source>set {day}</source>
        <translation>gosodwyd {day}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="118"/>
        <source>by {day}</source>
        <translation>erbyn {day}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="120"/>
        <source>review {day}</source>
        <translation>adolygu {day}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="210"/>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="123"/>
        <source>How we will know</source>
        <translation>Sut y byddwn yn gwybod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="211"/>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="125"/>
        <source>Who helps</source>
        <translation>Pwy sy&apos;n helpu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="129"/>
        <source>{before} at the last report, {now} now</source>
        <translation>{before} yn yr adroddiad diwethaf, {now} nawr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="137"/>
        <source>Not reviewed in this period.</source>
        <translation>Heb ei adolygu yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="142"/>
        <source>The latest profiles</source>
        <translation>Y proffiliau diweddaraf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="145"/>
        <source>No profile made yet.</source>
        <translation>Dim proffil wedi&apos;i wneud eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="155"/>
        <source>Made {day}, in this period.</source>
        <translation>Gwnaed {day}, yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="157"/>
        <source>Made {day}; no new one in this period.</source>
        <translation>Gwnaed {day}; dim un newydd yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="166"/>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="169"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="170"/>
        <source>In words</source>
        <translation>Mewn geiriau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="196"/>
        <source>Made with {who}.</source>
        <translation>Gwnaed gyda {who}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="208"/>
        <source>Too few ratings to name a movement (at least {n} on each side).</source>
        <translation>Rhy ychydig o sgoriau i enwi symudiad (o leiaf {n} ar bob ochr).</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="212"/>
        <source>{figures} (too few ratings to name a movement: at least {n} on each side)</source>
        <translation>{figures} (rhy ychydig o sgoriau i enwi symudiad: o leiaf {n} ar bob ochr)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="216"/>
        <source>{a:.1f} then {b:.1f} ({n} ratings): up</source>
        <translation>{a:.1f} yna {b:.1f} ({n} sgôr): i fyny</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="217"/>
        <source>{a:.1f} then {b:.1f} ({n} ratings): down</source>
        <translation>{a:.1f} yna {b:.1f} ({n} sgôr): i lawr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="218"/>
        <source>{a:.1f} then {b:.1f} ({n} ratings): steady</source>
        <translation>{a:.1f} yna {b:.1f} ({n} sgôr): cyson</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/record_words.py" line="68"/>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="224"/>
        <source>Secure Base reviews</source>
        <translation>Adolygiadau Sylfaen Ddiogel</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="227"/>
        <source>No Secure Base review made yet.</source>
        <translation>Dim adolygiad Sylfaen Ddiogel wedi&apos;i wneud eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="230"/>
        <source>Rated</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="232"/>
        <source>Movement</source>
        <translation>Symudiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="249"/>
        <source>Latest review, in words</source>
        <translation>Yr adolygiad diweddaraf, mewn geiriau</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="257"/>
        <source>Ratings and mood in the entries</source>
        <translation>Sgoriau a hwyliau yn y cofnodion</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="267"/>
        <source>{dimension}: birth family</source>
        <translation>{dimension}: teulu biolegol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_plan.py" line="271"/>
        <source>No entry of this period has a rating or a mood.</source>
        <translation>Nid oes sgôr na hwyliau gan unrhyw gofnod o&apos;r cyfnod hwn.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/entry_print.py" line="143"/>
        <location filename="../src/carerdesk/reports/summary_style.py" line="116"/>
        <source>Page {n} of {total}</source>
        <translation>Tudalen {n} o {total}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/reports/summary_people.py" line="30"/>
        <source>The people around the child</source>
        <translation>Y bobl o gwmpas y plentyn</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <location filename="../src/carerdesk/app/supervision_export.py" line="93"/>
        <source>Reports are exported from a carer&apos;s vault. This vault belongs to a supervising social worker.</source>
        <translation>Mae adroddiadau&apos;n cael eu hallforio o gladdgell gofalwr. Mae&apos;r gladdgell hon yn perthyn i weithiwr cymdeithasol goruchwylio.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/supervision_export.py" line="95"/>
        <source>Gathering the entries…</source>
        <translation>Yn casglu&apos;r cofnodion…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/supervision_export.py" line="98"/>
        <source>{child} has no entries from {since} to {until}, so there is nothing to report.</source>
        <translation>Nid oes gan {child} gofnodion o {since} i {until}, felly nid oes dim i adrodd arno.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/supervision_export.py" line="101"/>
        <source>Drawing the summary…</source>
        <translation>Yn llunio&apos;r crynodeb…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/supervision_export.py" line="105"/>
        <source>Signing and encrypting…</source>
        <translation>Yn llofnodi ac yn amgryptio…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/app/supervision_export.py" line="111"/>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/supervision.py" line="135"/>
        <source>open</source>
        <translation>ar agor</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/supervision.py" line="136"/>
        <source>overdue</source>
        <translation>yn hwyr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/supervision.py" line="137"/>
        <source>done</source>
        <translation>wedi&apos;i wneud</translation>
    </message>
</context>
<context>
    <name>SupervisionBackDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="48"/>
        <source>Reports and supervision</source>
        <translation>Adroddiadau a goruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="51"/>
        <source>Reports you sent</source>
        <translation>Adroddiadau a anfonoch</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="61"/>
        <source>Agreed actions</source>
        <translation>Camau y cytunwyd arnynt</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="63"/>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="63"/>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="63"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="64"/>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="64"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="72"/>
        <source>&amp;Import supervision record…</source>
        <translation>&amp;Mewnforio cofnod goruchwyliaeth…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="74"/>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="76"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="82"/>
        <source>Agreed &amp;actions (tick one when it is done):</source>
        <translation>C&amp;amau y cytunwyd arnynt (ticiwch un pan fydd wedi&apos;i wneud):</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="87"/>
        <source>&amp;Reports you sent:</source>
        <translation>&amp;Adroddiadau a anfonoch:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="111"/>
        <source>{child}, {since} to {until}</source>
        <translation>{child}, {since} i {until}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="116"/>
        <source>Supervision of {held} from {who}: %n actions</source>
        <translation>
            <numerusform>Goruchwyliaeth {held} gan {who}: %n cam</numerusform>
            <numerusform>Goruchwyliaeth {held} gan {who}: %n cam</numerusform>
            <numerusform>Goruchwyliaeth {held} gan {who}: %n cam</numerusform>
            <numerusform>Goruchwyliaeth {held} gan {who}: %n cam</numerusform>
            <numerusform>Goruchwyliaeth {held} gan {who}: %n cam</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="120"/>
        <source>No supervision record back yet</source>
        <translation>Dim cofnod goruchwyliaeth yn ôl eto</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="129"/>
        <source>No reports sent yet. When your social worker sends a supervision record back, import it here.</source>
        <translation>Dim adroddiadau wedi&apos;u hanfon eto. Pan fydd eich gweithiwr cymdeithasol yn anfon cofnod goruchwyliaeth yn ôl, mewnforiwch ef yma.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="143"/>
        <source>No supervision record for this report yet.</source>
        <translation>Dim cofnod goruchwyliaeth ar gyfer yr adroddiad hwn eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="148"/>
        <source>Your report was received and reviewed on {day}.</source>
        <translation>Derbyniwyd ac adolygwyd eich adroddiad ar {day}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="150"/>
        <source>&lt;b&gt;Supervision of {held}&lt;/b&gt; with {who}&lt;br&gt;{present}&lt;br&gt;{ack}</source>
        <translation>&lt;b&gt;Goruchwyliaeth {held}&lt;/b&gt; gyda {who}&lt;br&gt;{present}&lt;br&gt;{ack}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="154"/>
        <source>What was discussed</source>
        <translation>Beth a drafodwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="155"/>
        <source>From your social worker</source>
        <translation>Gan eich gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="192"/>
        <source>Import a supervision record</source>
        <translation>Mewnforio cofnod goruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/returned_dialog.py" line="193"/>
        <source>CarerDesk supervision records (*.cdsupervision);;All files (*)</source>
        <translation>Cofnodion goruchwyliaeth CarerDesk (*.cdsupervision);;Pob ffeil (*)</translation>
    </message>
</context>
<context>
    <name>SupervisionRecordDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="76"/>
        <source>Supervision record: {child}, {since} to {until}</source>
        <translation>Cofnod goruchwyliaeth: {child}, {since} i {until}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="81"/>
        <source>Supervision held on</source>
        <translation>Cynhaliwyd yr oruchwyliaeth ar</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="83"/>
        <source>Who was there</source>
        <translation>Pwy oedd yno</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="84"/>
        <source>What was discussed</source>
        <translation>Beth a drafodwyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="85"/>
        <source>What you talked about</source>
        <translation>Beth y buoch chi&apos;n siarad amdano</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="87"/>
        <source>Your reflections for the carer</source>
        <translation>Eich myfyrdodau ar gyfer y gofalwr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="88"/>
        <source>What you noticed and want the carer to hear</source>
        <translation>Beth sylwoch chi arno ac rydych chi eisiau i&apos;r gofalwr ei glywed</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="89"/>
        <source>&amp;Held on:</source>
        <translation>&amp;Cynhaliwyd ar:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="90"/>
        <source>&amp;Who was there:</source>
        <translation>&amp;Pwy oedd yno:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="91"/>
        <source>What was &amp;discussed:</source>
        <translation>Beth a d&amp;rafodwyd:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="92"/>
        <source>Agreed &amp;actions:</source>
        <translation>C&amp;amau y cytunwyd arnynt:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="95"/>
        <source>Your &amp;reflections:</source>
        <translation>Eich &amp;myfyrdodau:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="100"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="120"/>
        <source>Agreed actions</source>
        <translation>Camau y cytunwyd arnynt</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="124"/>
        <source>Action: what is to be done</source>
        <translation>Cam: beth sydd i&apos;w wneud</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="125"/>
        <source>What is to be done</source>
        <translation>Beth sydd i&apos;w wneud</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="127"/>
        <source>Action: who will do it</source>
        <translation>Cam: pwy fydd yn ei wneud</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="128"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="129"/>
        <source>Action: due by</source>
        <translation>Cam: erbyn pryd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="130"/>
        <source>Add ac&amp;tion</source>
        <translation>Ychwanegu ca&amp;m</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="132"/>
        <source>Re&amp;move</source>
        <translation>T&amp;ynnu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="136"/>
        <source>due</source>
        <translation>erbyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="146"/>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="148"/>
        <source>Se&amp;nd to the carer…</source>
        <translation>A&amp;nfon at y gofalwr…</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="149"/>
        <source>Save, then write a signed package encrypted to the carer&apos;s key, saying their report was received and reviewed</source>
        <translation>Cadw, yna ysgrifennu pecyn wedi&apos;i lofnodi a&apos;i amgryptio i allwedd y gofalwr, yn dweud bod eu hadroddiad wedi&apos;i dderbyn a&apos;i adolygu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="153"/>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="180"/>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="194"/>
        <source>Not saved yet.</source>
        <translation>Heb ei gadw eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="207"/>
        <source>sent {when}</source>
        <translation>anfonwyd {when}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="208"/>
        <source>not sent yet</source>
        <translation>heb ei anfon eto</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="209"/>
        <source>Version {version}, {sent}.</source>
        <translation>Fersiwn {version}, {sent}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="215"/>
        <source>{what} — {who}, due {due}</source>
        <translation>{what} — {who}, erbyn {due}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="265"/>
        <source>Send the supervision record</source>
        <translation>Anfon y cofnod goruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="267"/>
        <source>CarerDesk supervision records (*.cdsupervision)</source>
        <translation>Cofnodion goruchwyliaeth CarerDesk (*.cdsupervision)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/reports/supervision_form.py" line="278"/>
        <source>Give {file} to the carer (it is encrypted to their key).</source>
        <translation>Rhowch {file} i&apos;r gofalwr (mae wedi&apos;i amgryptio i&apos;w allwedd).</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_roles.py" line="110"/>
        <location filename="../src/carerdesk/gui/setup/wizard_roles.py" line="114"/>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_roles.py" line="111"/>
        <source>Carers see this name when they add your key, so they know the reports they send are for you.</source>
        <translation>Mae gofalwyr yn gweld yr enw hwn pan fyddant yn ychwanegu eich allwedd, fel eu bod yn gwybod mai i chi y mae&apos;r adroddiadau y maent yn eu hanfon.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_roles.py" line="115"/>
        <source>for example: Sam Okafor, Fostering Team</source>
        <translation>er enghraifft: Sam Okafor, Tîm Maethu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_roles.py" line="118"/>
        <source>Name problem</source>
        <translation>Problem gyda&apos;r enw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_roles.py" line="120"/>
        <source>&amp;Your name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_roles.py" line="132"/>
        <source>Your name cannot be only spaces. Please type the name carers know you by.</source>
        <translation>Ni all eich enw fod yn fylchau yn unig. Teipiwch yr enw y mae gofalwyr yn eich adnabod wrtho.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_roles.py" line="122"/>
        <source>Next, CarerDesk opens your inbox. Give each carer your public key (Reports → My key) and read its fingerprint to them, so their reports can only be opened by you.</source>
        <translation>Nesaf, mae CarerDesk yn agor eich mewnflwch. Rhowch eich allwedd gyhoeddus i bob gofalwr (Adroddiadau → Fy allwedd) a darllenwch ei hôl bys iddynt, fel mai dim ond chi all agor eu hadroddiadau.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/timeline_model.py" line="132"/>
        <source>for supervision</source>
        <translation>ar gyfer yr oruchwyliaeth</translation>
    </message>
</context>
<context>
    <name>ToldTable</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/told_table.py" line="37"/>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/told_table.py" line="72"/>
        <source>phone, email, in person</source>
        <translation>ffôn, e-bost, wyneb yn wyneb</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/told_table.py" line="75"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/told_table.py" line="83"/>
        <source>Name of person told {n}</source>
        <translation>Enw&apos;r person a hysbyswyd {n}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/told_table.py" line="84"/>
        <source>Role of person told {n}</source>
        <translation>Rôl y person a hysbyswyd {n}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/told_table.py" line="85"/>
        <source>How person {n} was told</source>
        <translation>Sut y cafodd person {n} wybod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/told_table.py" line="86"/>
        <source>When person {n} was told</source>
        <translation>Pryd y cafodd person {n} wybod</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/told_table.py" line="87"/>
        <source>Remove person told {n}</source>
        <translation>Tynnu&apos;r person a hysbyswyd {n}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/told_table.py" line="123"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/told_table.py" line="123"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/told_table.py" line="123"/>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/told_table.py" line="123"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/told_table.py" line="135"/>
        <source>Nobody yet.</source>
        <translation>Neb eto.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/told_table.py" line="136"/>
        <source>Add a person &amp;told</source>
        <translation>Ychwanegu person a &amp;hysbyswyd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/told_table.py" line="137"/>
        <source>Add a person who was told</source>
        <translation>Ychwanegu person a gafodd wybod</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_chart.py" line="27"/>
        <source>How you have been, as a chart</source>
        <translation>Sut rydych chi wedi bod, fel siart</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_chart.py" line="44"/>
        <source>{when}: no check-in</source>
        <translation>{when}: dim gwiriad llesiant</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_chart.py" line="46"/>
        <source>{when}: {average:.1f} of 5</source>
        <translation>{when}: {average:.1f} o 5</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_chart.py" line="112"/>
        <source>No check-ins in this time yet.</source>
        <translation>Dim gwiriadau llesiant yn yr amser hwn eto.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../src/carerdesk/gui/setup/unlock.py" line="35"/>
        <source>Unlock CarerDesk</source>
        <translation>Datgloi CarerDesk</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/unlock.py" line="37"/>
        <source>&lt;h2&gt;Welcome back&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Croeso&apos;n ôl&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/unlock.py" line="38"/>
        <source>Your journal is locked. Type your passphrase to open it.</source>
        <translation>Mae eich dyddiadur wedi&apos;i gloi. Teipiwch eich cyfrinymadrodd i&apos;w agor.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/unlock.py" line="42"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/unlock.py" line="43"/>
        <source>Unlock problem</source>
        <translation>Problem datgloi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/unlock.py" line="45"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/unlock.py" line="47"/>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/unlock.py" line="48"/>
        <source>&amp;Forgotten passphrase?</source>
        <translation>Wedi &amp;anghofio&apos;r cyfrinymadrodd?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/unlock.py" line="49"/>
        <source>Forgotten passphrase</source>
        <translation>Wedi anghofio&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/unlock.py" line="51"/>
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Adfer y copi wrth gefn mwyaf newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/unlock.py" line="52"/>
        <source>Restore the newest backup</source>
        <translation>Adfer y copi wrth gefn mwyaf newydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/unlock.py" line="57"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/unlock.py" line="66"/>
        <source>Set up by {agency}</source>
        <translation>Wedi&apos;i osod gan {agency}</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/unlock.py" line="69"/>
        <source>Your agency</source>
        <translation>Eich asiantaeth</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_roles.py" line="61"/>
        <source>Welcome to CarerDesk</source>
        <translation>Croeso i CarerDesk</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_roles.py" line="66"/>
        <source>CarerDesk keeps your daily records about the children in your care, on this computer only, locked with a passphrase. Nothing leaves this computer unless you choose to send it.

Setting up takes about two minutes: a passphrase, your recovery key, then your household and the first child (a social worker gives just their name).</source>
        <translation>Mae CarerDesk yn cadw eich cofnodion dyddiol am y plant yn eich gofal, ar y cyfrifiadur hwn yn unig, wedi&apos;u cloi gyda chyfrinymadrodd. Nid oes dim yn gadael y cyfrifiadur hwn oni bai eich bod yn dewis ei anfon.

Mae gosod yn cymryd tua dau funud: cyfrinymadrodd, eich allwedd adfer, yna eich aelwyd a&apos;r plentyn cyntaf (mae gweithiwr cymdeithasol yn rhoi ei enw yn unig).</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_roles.py" line="71"/>
        <source>I am a &amp;foster carer</source>
        <translation>Rwy&apos;n &amp;ofalwr maeth</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_roles.py" line="73"/>
        <source>I am a &amp;supervising social worker: I read the reports carers send me</source>
        <translation>Rwy&apos;n weithiwr cymdeithasol &amp;goruchwylio: rwy&apos;n darllen yr adroddiadau y mae gofalwyr yn eu hanfon ataf</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_roles.py" line="88"/>
        <source>&lt;b&gt;Set up for {agency}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wedi&apos;i osod ar gyfer {agency}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/setup/wizard_roles.py" line="92"/>
        <source>Your supervising social workers: {names}.</source>
        <translation>Eich gweithwyr cymdeithasol goruchwylio: {names}.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../src/carerdesk/gui/common/widgets.py" line="164"/>
        <source>Something went wrong inside CarerDesk. Nothing more was changed. Details (without any record text) are in {log}.</source>
        <translation>Aeth rhywbeth o&apos;i le y tu mewn i CarerDesk. Ni newidiwyd dim arall. Mae&apos;r manylion (heb destun unrhyw gofnod) yn {log}.</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/common/widgets.py" line="234"/>
        <source>Working</source>
        <translation>Wrthi&apos;n gweithio</translation>
    </message>
</context>
<context>
    <name>Writing</name>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="35"/>
        <source>Very upset</source>
        <translation>Wedi cynhyrfu&apos;n fawr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="36"/>
        <source>Upset</source>
        <translation>Wedi cynhyrfu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="37"/>
        <source>Okay</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="38"/>
        <source>Happy</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="39"/>
        <source>Very happy</source>
        <translation>Hapus iawn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="52"/>
        <source>Fact</source>
        <translation>Ffaith</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="53"/>
        <source>My opinion</source>
        <translation>Fy marn i</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="54"/>
        <source>What someone else said</source>
        <translation>Beth ddywedodd rhywun arall</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="68"/>
        <source>Playfulness</source>
        <translation>Chwareusrwydd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="69"/>
        <source>Was there a light moment, and how did it land?</source>
        <translation>Oedd yna eiliad ysgafn, a sut cafodd ei derbyn?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="70"/>
        <source>Acceptance</source>
        <translation>Derbyn</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="71"/>
        <source>What feeling underneath did you accept, without judging it?</source>
        <translation>Pa deimlad oddi tano wnaethoch chi ei dderbyn, heb ei farnu?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="72"/>
        <source>Curiosity</source>
        <translation>Chwilfrydedd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="73"/>
        <source>What do you wonder about what was going on for them?</source>
        <translation>Beth, tybed, oedd yn mynd ymlaen iddyn nhw? Beth yw eich syniadau?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="74"/>
        <source>Empathy</source>
        <translation>Empathi</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/writing.py" line="75"/>
        <source>How did you show you understood how hard it was?</source>
        <translation>Sut wnaethoch chi ddangos eich bod yn deall pa mor anodd oedd e?</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/caring_words.py" line="58"/>
        <source>family time</source>
        <translation>amser teulu</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/caring_words.py" line="127"/>
        <source>having a hard time</source>
        <translation>yn cael amser anodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/caring_words.py" line="94"/>
        <source>became very upset</source>
        <translation>wedi cynhyrfu&apos;n fawr</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/caring_words.py" line="84"/>
        <source>finding it hard to tell me what happened</source>
        <translation>yn ei chael yn anodd dweud wrtha i beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/caring_words.py" line="105"/>
        <source>very angry (then say what you saw)</source>
        <translation>yn ddig iawn (yna dywedwch beth welsoch chi)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/caring_words.py" line="115"/>
        <source>living with us</source>
        <translation>yn byw gyda ni</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/caring_words.py" line="124"/>
        <source>an unplanned ending</source>
        <translation>diweddglo heb ei gynllunio</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/caring_words.py" line="129"/>
        <source>needing connection</source>
        <translation>angen cysylltiad</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/caring_words.py" line="130"/>
        <source>trying to get a need met</source>
        <translation>yn ceisio diwallu angen</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/caring_words.py" line="131"/>
        <source>was missing from home</source>
        <translation>roedd ar goll o&apos;r cartref</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/caring_words.py" line="137"/>
        <source>in care (or just their name)</source>
        <translation>mewn gofal (neu dim ond ei enw)</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/caring_words.py" line="139"/>
        <source>finding things hard</source>
        <translation>yn ei chael hi&apos;n anodd</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/domain/caring_words.py" line="132"/>
        <source>a sleepover with another carer</source>
        <translation>aros dros nos gyda gofalwr arall</translation>
    </message>
</context>
<context>
    <name>_NotesPanel</name>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="83"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/carerdesk/gui/journal/my_space_dialog.py" line="86"/>
        <source>A change is saved as a new version; the earlier one is kept</source>
        <translation>Cedwir newid fel fersiwn newydd; cedwir yr un gynharach</translation>
    </message>
</context>
</TS>
