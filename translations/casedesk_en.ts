<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>casedesk::DataFolder</name>
    <message numerus="yes">
        <source>The permissions of %n item(s) in the data folder %1 could not be tightened; make the folder readable only by you (chmod -R go-rwx).</source>
        <translation>
            <numerusform>The permissions of %n item in the data folder %1 could not be tightened; make the folder readable only by you (chmod -R go-rwx).</numerusform>
            <numerusform>The permissions of %n items in the data folder %1 could not be tightened; make the folder readable only by you (chmod -R go-rwx).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::cli::AuditCommand</name>
    <message numerus="yes">
        <source>The case history is intact: %n event(s), each matching its hash and the one before it.</source>
        <translation>
            <numerusform>The case history is intact: %n event, matching its hash and the one before it.</numerusform>
            <numerusform>The case history is intact: %n events, each matching its hash and the one before it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::cli::DatabaseCommand</name>
    <message numerus="yes">
        <source>%n account(s)&apos; Zalo tokens moved into the database, encrypted with its sync key; they are deleted from this PC.</source>
        <translation>
            <numerusform>%n account&apos;s Zalo tokens moved into the database, encrypted with its sync key; they are deleted from this PC.</numerusform>
            <numerusform>%n accounts&apos; Zalo tokens moved into the database, encrypted with its sync key; they are deleted from this PC.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::cli::ProvinceSettingsCommand</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::cli::QueueCommand</name>
    <message numerus="yes">
        <source>%1 of %n case(s).</source>
        <translation>
            <numerusform>%1 of %n case.</numerusform>
            <numerusform>%1 of %n cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::cli::ReportCommand</name>
    <message numerus="yes">
        <source>Period report of %1 for %2 to %3 (%n day(s)) written to %4.</source>
        <translation>
            <numerusform>Period report of %1 for %2 to %3 (%n day) written to %4.</numerusform>
            <numerusform>Period report of %1 for %2 to %3 (%n days) written to %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::cli::SyncCommand</name>
    <message numerus="yes">
        <source>Syncing %n account(s) until Ctrl+C (SIGINT) or SIGTERM.</source>
        <translation>
            <numerusform>Syncing %n account until Ctrl+C (SIGINT) or SIGTERM.</numerusform>
            <numerusform>Syncing %n accounts until Ctrl+C (SIGINT) or SIGTERM.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::domain::ReplyWindow</name>
    <message numerus="yes">
        <source>%n hour(s) left to answer free</source>
        <translation>
            <numerusform>%n hour left to answer free</numerusform>
            <numerusform>%n hours left to answer free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Billed answer (Zalo closes the conversation in %n hour(s))</source>
        <translation>
            <numerusform>Billed answer (Zalo closes the conversation in %n hour)</numerusform>
            <numerusform>Billed answer (Zalo closes the conversation in %n hours)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::report::PeriodReportBuilder</name>
    <message numerus="yes">
        <source>The period from %1 to %2 has %n day(s); a report covers at most %3 days (a year): make one report per year.</source>
        <translation>
            <numerusform>The period from %1 to %2 has %n day; a report covers at most %3 days (a year): make one report per year.</numerusform>
            <numerusform>The period from %1 to %2 has %n days; a report covers at most %3 days (a year): make one report per year.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::report::PeriodReportTexts</name>
    <message numerus="yes">
        <source>From %1 to %2 (%n day(s))</source>
        <extracomment>%1 first day, %2 last day (dd/MM/yyyy)</extracomment>
        <translation>
            <numerusform>From %1 to %2 (%n day)</numerusform>
            <numerusform>From %1 to %2 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) received from citizens via Zalo in the period.</source>
        <translation>
            <numerusform>%Ln case received from citizens via Zalo in the period.</numerusform>
            <numerusform>%Ln cases received from citizens via Zalo in the period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Units are ranked by the share of cases answered within deadline, of the cases received in the period whose deadline had come by its end. %n unit(s) received cases; %1 received none (listed apart in the annex).</source>
        <translation>
            <numerusform>Units are ranked by the share of cases answered within deadline, of the cases received in the period whose deadline had come by its end. %n unit received cases; %1 received none (listed apart in the annex).</numerusform>
            <numerusform>Units are ranked by the share of cases answered within deadline, of the cases received in the period whose deadline had come by its end. %n units received cases; %1 received none (listed apart in the annex).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The satisfaction question reached %n citizen(s), after %1 of the cases closed in the period; %2 replied with a rating (%3), on average %4 of 5.</source>
        <translation>
            <numerusform>The satisfaction question reached %n citizen, after %1 of the cases closed in the period; %2 replied with a rating (%3), on average %4 of 5.</numerusform>
            <numerusform>The satisfaction question reached %n citizens, after %1 of the cases closed in the period; %2 replied with a rating (%3), on average %4 of 5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::report::ReportTexts</name>
    <message numerus="yes">
        <source>Case history when this report was made: %n event(s). Anchor, to check later that the history was not rewritten (casedesk-cli audit verify --anchor): %1</source>
        <translation>
            <numerusform>Case history when this report was made: %n event. Anchor, to check later that the history was not rewritten (casedesk-cli audit verify --anchor): %1</numerusform>
            <numerusform>Case history when this report was made: %n events. Anchor, to check later that the history was not rewritten (casedesk-cli audit verify --anchor): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urgent case(s) not yet closed, %1 of them still without a first answer and %2 overdue; they are listed in the annex at the end of this report.</source>
        <translation>
            <numerusform>%n urgent case not yet closed, %1 of them still without a first answer and %2 overdue; it is listed in the annex at the end of this report.</numerusform>
            <numerusform>%n urgent cases not yet closed, %1 of them still without a first answer and %2 overdue; they are listed in the annex at the end of this report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::store::CaseStore</name>
    <message numerus="yes">
        <source>The old code %1 belongs to %n case(s) of data folders moved into this database: %2. Give the new code.</source>
        <translation>
            <numerusform>The old code %1 belongs to %n case of data folders moved into this database: %2. Give the new code.</numerusform>
            <numerusform>The old code %1 belongs to %n cases of data folders moved into this database: %2. Give the new code.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::store::UnitStore</name>
    <message numerus="yes">
        <source>Unit %1 (%2) is missing from the new tree but still has %n open case(s); nothing was imported. Close it with casedesk-cli units reorganise FILE, which says where its cases and Zalo accounts go.</source>
        <translation>
            <numerusform>Unit %1 (%2) is missing from the new tree but still has %n open case; nothing was imported. Close it with casedesk-cli units reorganise FILE, which says where its cases and Zalo accounts go.</numerusform>
            <numerusform>Unit %1 (%2) is missing from the new tree but still has %n open cases; nothing was imported. Close it with casedesk-cli units reorganise FILE, which says where its cases and Zalo accounts go.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::ui::DatabaseServerDialog</name>
    <message numerus="yes">
        <source>Connected to %1: schema version %2, %n unit(s).</source>
        <translation>
            <numerusform>Connected to %1: schema version %2, %n unit.</numerusform>
            <numerusform>Connected to %1: schema version %2, %n units.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::ui::PeriodReportDocument</name>
    <message numerus="yes">
        <source>%n other unit(s) (see the annex)</source>
        <translation>
            <numerusform>%n other unit (see the annex)</numerusform>
            <numerusform>%n other units (see the annex)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::ui::QueueModel</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n min</source>
        <translation>
            <numerusform>overdue %n min</numerusform>
            <numerusform>overdue %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n hour(s)</source>
        <translation>
            <numerusform>overdue %n hour</numerusform>
            <numerusform>overdue %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>overdue %n day</numerusform>
            <numerusform>overdue %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>free %n h</source>
        <translation>
            <numerusform>free %n h</numerusform>
            <numerusform>free %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left to answer free</source>
        <translation>
            <numerusform>%n hour left to answer free</numerusform>
            <numerusform>%n hours left to answer free</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::ui::ReportDocument</name>
    <message numerus="yes">
        <source>%n case(s) received from citizens via Zalo.</source>
        <translation>
            <numerusform>%n case received from citizens via Zalo.</numerusform>
            <numerusform>%n cases received from citizens via Zalo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other unit(s)</source>
        <translation>
            <numerusform>%n other unit</numerusform>
            <numerusform>%n other units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::ui::SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n with errors</numerusform>
            <numerusform>%n with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need consent again</source>
        <translation>
            <numerusform>%n needs consent again</numerusform>
            <numerusform>%n need consent again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sending</source>
        <translation>
            <numerusform>%n sending</numerusform>
            <numerusform>%n sending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n uncertain</numerusform>
            <numerusform>%n uncertain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: running, %n Zalo account(s), last heard from at %2</source>
        <translation>
            <numerusform>%1: running, %n Zalo account, last heard from at %2</numerusform>
            <numerusform>%1: running, %n Zalo accounts, last heard from at %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync host(s) running</source>
        <translation>
            <numerusform>%n sync host running</numerusform>
            <numerusform>%n sync hosts running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not held by any sync host</source>
        <translation>
            <numerusform>%n not held by any sync host</numerusform>
            <numerusform>%n not held by any sync host</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed to send</source>
        <translation>
            <numerusform>%n failed to send</numerusform>
            <numerusform>%n failed to send</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::ui::UrgentAlerts</name>
    <message numerus="yes">
        <source>%n new urgent case(s)</source>
        <translation>
            <numerusform>%n new urgent case</numerusform>
            <numerusform>%n new urgent cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CaseDesk: %n urgent case(s) waiting</source>
        <translation>
            <numerusform>CaseDesk: %n urgent case waiting</numerusform>
            <numerusform>CaseDesk: %n urgent cases waiting</numerusform>
        </translation>
    </message>
</context>
</TS>
