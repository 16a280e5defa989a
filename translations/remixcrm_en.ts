<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupCommand</name>
    <message numerus="yes">
        <location filename="../core/cli/BackupCommand.cpp" line="+29"/>
        <source>Backed up %n lead(s) to %1.</source>
        <translation>
            <numerusform>Backed up %n lead to %1.</numerusform>
            <numerusform>Backed up %n leads to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Restored %n lead(s) from %1.</source>
        <translation>
            <numerusform>Restored %n lead from %1.</numerusform>
            <numerusform>Restored %n leads from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmx::ui::ColumnMappingPage</name>
    <message numerus="yes">
        <location filename="../ui/import/ColumnMappingPage.cpp" line="+101"/>
        <source>%n column(s) found, each shown with its first value.</source>
        <translation>
            <numerusform>%n column found, each shown with its first value.</numerusform>
            <numerusform>%n columns found, each shown with its first value.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmx::ui::ContactsPage</name>
    <message numerus="yes">
        <location filename="../ui/ContactsPage.cpp" line="+114"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmx::ui::DryRunPage</name>
    <message numerus="yes">
        <location filename="../ui/import/DryRunPage.cpp" line="+86"/>
        <source>&amp;Import %n lead(s)</source>
        <translation>
            <numerusform>&amp;Import %n lead</numerusform>
            <numerusform>&amp;Import %n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmx::ui::ImportProgressPage</name>
    <message numerus="yes">
        <location filename="../ui/import/ImportProgressPage.cpp" line="+103"/>
        <source>Importing… %1 of %n row(s) done.</source>
        <translation>
            <numerusform>Importing… %1 of %n row done.</numerusform>
            <numerusform>Importing… %1 of %n rows done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Importing… %n row(s) done.</source>
        <translation>
            <numerusform>Importing… %n row done.</numerusform>
            <numerusform>Importing… %n rows done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>&lt;b&gt;The import stopped:&lt;/b&gt; the database could not be written. The %n lead(s) imported before that stay; importing the file again skips them as duplicates.</source>
        <translation>
            <numerusform>&lt;b&gt;The import stopped:&lt;/b&gt; the database could not be written. The %n lead imported before that stays; importing the file again skips them as duplicates.</numerusform>
            <numerusform>&lt;b&gt;The import stopped:&lt;/b&gt; the database could not be written. The %n leads imported before that stay; importing the file again skips them as duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;Import stopped.&lt;/b&gt; The %n lead(s) imported before you stopped stay in RemixCRM. To add the rest, import the file again: rows already imported are skipped as duplicates.</source>
        <translation>
            <numerusform>&lt;b&gt;Import stopped.&lt;/b&gt; The %n lead imported before you stopped stays in RemixCRM. To add the rest, import the file again: rows already imported are skipped as duplicates.</numerusform>
            <numerusform>&lt;b&gt;Import stopped.&lt;/b&gt; The %n leads imported before you stopped stay in RemixCRM. To add the rest, import the file again: rows already imported are skipped as duplicates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmx::ui::ImportSummaryView</name>
    <message numerus="yes">
        <location filename="../ui/import/ImportSummaryView.cpp" line="+47"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n row read.</numerusform>
            <numerusform>%n rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n lead(s) would be imported</source>
        <translation>
            <numerusform>%n lead would be imported</numerusform>
            <numerusform>%n leads would be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n lead(s) imported</source>
        <translation>
            <numerusform>%n lead imported</numerusform>
            <numerusform>%n leads imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with a new contact</source>
        <translation>
            <numerusform>%n with a new contact</numerusform>
            <numerusform>%n with a new contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n for a contact you already have (matched by email)</source>
        <translation>
            <numerusform>%n for a contact you already have (matched by email)</numerusform>
            <numerusform>%n for a contact you already have (matched by email)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n duplicate(s) skipped (same email and event date)</source>
        <translation>
            <numerusform>%n duplicate skipped (same email and event date)</numerusform>
            <numerusform>%n duplicates skipped (same email and event date)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) with errors, not imported</source>
        <translation>
            <numerusform>%n row with errors, not imported</numerusform>
            <numerusform>%n rows with errors, not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>…and %n more row(s) not shown.</source>
        <translation>
            <numerusform>…and %n more row not shown.</numerusform>
            <numerusform>…and %n more rows not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmx::ui::LeadsPage</name>
    <message numerus="yes">
        <location filename="../ui/LeadsPage.cpp" line="+381"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>Exported %n lead(s) to %1.</source>
        <translation>
            <numerusform>Exported %n lead to %1.</numerusform>
            <numerusform>Exported %n leads to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmx::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+318"/>
        <source>%n new lead(s) today</source>
        <translation>
            <numerusform>%n new lead today</numerusform>
            <numerusform>%n new leads today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmx::ui::SettingsPage</name>
    <message numerus="yes">
        <location filename="../ui/SettingsPage.cpp" line="+330"/>
        <source>%1, in %2 (%n backup(s) kept).</source>
        <translation>
            <numerusform>%1, in %2 (%n backup kept).</numerusform>
            <numerusform>%1, in %2 (%n backups kept).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmx::ui::TrayController</name>
    <message numerus="yes">
        <location filename="../ui/TrayController.cpp" line="+87"/>
        <location line="+28"/>
        <source>%n new lead(s)</source>
        <translation>
            <numerusform>%n new lead</numerusform>
            <numerusform>%n new leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmx::ui::WebhooksPage</name>
    <message numerus="yes">
        <location filename="../ui/WebhooksPage.cpp" line="+299"/>
        <source>Enabled, %n failure(s) in a row</source>
        <translation>
            <numerusform>Enabled, %n failure in a row</numerusform>
            <numerusform>Enabled, %n failures in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+199"/>
        <source>(%n webhook(s) turned off in all.)</source>
        <translation>
            <numerusform>(%n webhook turned off in all.)</numerusform>
            <numerusform>(%n webhooks turned off in all.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmx::ui::WeeklyLeadsChart</name>
    <message numerus="yes">
        <location filename="../ui/overview/WeeklyLeadsChart.cpp" line="+25"/>
        <source>%n lead(s) in the last 12 weeks</source>
        <translation>
            <numerusform>%n lead in the last 12 weeks</numerusform>
            <numerusform>%n leads in the last 12 weeks</numerusform>
        </translation>
    </message>
</context>
</TS>
