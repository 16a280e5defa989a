// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV import wizard of the real main window, on a real lead server (temp data dir): column
// matching, the dry run, the import through the app's writer, and stopping it midway.
#include "core/leads/LeadCreator.h"
#include "core/server/AppTranslator.h"
#include "core/server/ServerHost.h"
#include "core/store/DbConnection.h"
#include "core/store/SchemaMigrator.h"
#include "core/store/WriteQueue.h"
#include "tests/support/DesktopFixture.h"
#include "tests/support/HttpClient.h"
#include "ui/BackgroundReader.h"
#include "ui/LeadTableModel.h"
#include "ui/LeadsPage.h"
#include "ui/MainWindow.h"
#include "ui/NewLeadWatcher.h"
#include "ui/import/ColumnMappingPage.h"
#include "ui/import/DryRunPage.h"
#include "ui/import/ImportDialog.h"
#include "ui/import/ImportProgressPage.h"
#include "ui/import/ImportRunner.h"
#include "ui/import/ImportSummaryView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rmx;

class ImportUiTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::DesktopFixture m_desktop;

    QString dbPath() const { return m_dir.filePath("remixcrm.db"); }

    QString writeCsv(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return file.fileName();
    }

    ui::ImportDialog *open(const QString &path)
    {
        auto *dialog = m_desktop.window()->leadsPage()->importCsv(path);
        if (!QTest::qWaitFor([dialog] { return dialog->mappingPage()->isLoaded(); }, 10000))
            return nullptr;
        return dialog;
    }

    static QString chosenField(ui::ImportDialog *dialog, int column)
    {
        return dialog->mappingPage()->fieldChooser(column)->currentData().toString();
    }

    static bool nextEnabled(ui::ImportDialog *dialog)
    {
        return dialog->button(QWizard::NextButton)->isEnabled();
    }

    // The problem table, one "row|field|value|reason" per line.
    static QStringList problemLines(ui::ImportSummaryView *view)
    {
        QStringList lines;
        QTableWidget *table = view->problemTable();
        for (int r = 0; r < table->rowCount(); ++r)
            lines.append(table->item(r, 0)->text() + '|' + table->item(r, 1)->text() + '|'
                         + table->item(r, 2)->text() + '|' + table->item(r, 3)->text());
        return lines;
    }

    // Ten new leads, one contact each.
    static QByteArray tenLeads(const QByteArray &domain)
    {
        QByteArray csv = "Name,Email,Phone,Event Date\n";
        for (int i = 1; i <= 10; ++i)
            csv += "Guest " + QByteArray::number(i) + ",guest" + QByteArray::number(i) + "@"
                + domain + ",555-01" + QByteArray::number(i) + ",2027-06-"
                + QByteArray::number(10 + i) + "\n";
        return csv;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(store::SchemaMigrator::migrate(dbPath()).ok);
        QVERIFY2(m_desktop.start(m_dir.path()), "the window's server did not start");
    }

    void cleanupTestCase() { m_desktop.stop(); }

    void leadsPageOffersImport()
    {
        auto *button = m_desktop.window()->leadsPage()->findChild<QPushButton *>("importCsv");
        QVERIFY(button);
        QVERIFY(button->isVisibleTo(m_desktop.window()));
    }

    void synonymsAreMappedAndRequiredFieldsBlock()
    {
        const QString path
            = writeCsv("synonyms.csv",
                       "Full Name,E-mail,Phone number,Date,Message,Favourite colour,EVENT  type\n"
                       "Ann Lee,ann@example.com,555-0100,2027-05-01,Barn wedding,blue,Wedding\n");
        QPointer<ui::ImportDialog> dialog = open(path);
        QVERIFY(dialog);
        QCOMPARE(chosenField(dialog, 0), QString("name"));
        QCOMPARE(chosenField(dialog, 1), QString("email"));
        QCOMPARE(chosenField(dialog, 2), QString("phone"));
        QCOMPARE(chosenField(dialog, 3), QString("event_date"));
        QCOMPARE(chosenField(dialog, 4), QString("notes"));
        QCOMPARE(chosenField(dialog, 5), QString()); // Ignore
        QCOMPARE(chosenField(dialog, 6), QString("event_type"));
        auto *sample = dialog->findChild<QTableWidget *>("columnMappingTable")->item(1, 1);
        QCOMPARE(sample->text(), QString("ann@example.com"));
        auto *missing = dialog->findChild<QLabel *>("mappingMissing");
        QVERIFY(!missing->isVisible());
        QVERIFY(nextEnabled(dialog));
        QVERIFY(m_desktop.screenshot("import-1-mapping", dialog));

        // Ignoring the phone column blocks Next and says why.
        QComboBox *phone = dialog->mappingPage()->fieldChooser(2);
        phone->setCurrentIndex(phone->findData(QString()));
        QVERIFY(missing->isVisible());
        QVERIFY(missing->text().contains("Phone"));
        QVERIFY(!nextEnabled(dialog));
        dialog->button(QWizard::NextButton)->click();
        QCOMPARE(dialog->currentId(), int(ui::ImportDialog::MappingPageId));
        QVERIFY(m_desktop.screenshot("import-1b-missing", dialog));

        // A field fills one column: choosing "phone" for the colour column frees nothing else,
        // choosing "email" there takes it from the E-mail column, which becomes ignored.
        QComboBox *colour = dialog->mappingPage()->fieldChooser(5);
        colour->setCurrentIndex(colour->findData(QString("email")));
        QCOMPARE(chosenField(dialog, 1), QString());
        phone->setCurrentIndex(phone->findData(QString("phone")));
        QVERIFY(nextEnabled(dialog));
        QVERIFY(!missing->isVisible());

        // First and last name together stand in for a full name; one alone does not.
        QComboBox *name = dialog->mappingPage()->fieldChooser(0);
        name->setCurrentIndex(name->findData(QString("first_name")));
        QVERIFY(!nextEnabled(dialog));
        QVERIFY(missing->text().contains("Last name"));
        QComboBox *type = dialog->mappingPage()->fieldChooser(6);
        type->setCurrentIndex(type->findData(QString("last_name")));
        QVERIFY(nextEnabled(dialog));
        dialog->reject();
        QTRY_VERIFY(!dialog);
        QCOMPARE(m_desktop.scalar("SELECT COUNT(*) FROM leads").toInt(), 0);
    }

    void dryRunCountsThenImports()
    {
        const QString path = writeCsv(
            "leads.csv",
            "First Name,Last Name,Email Address,Phone,Wedding Date,Notes\n"
            "Ann,Lee,ann@example.com,555-0100,2027-05-01,Barn wedding\n" // row 2: new
            "Bo,Chan,bo@example.com,555-0101,2027-05-02,\n" // row 3: new
            "Ann,Lee,ANN@example.com,555-0100,2027-09-09,Second event\n" // row 4: same contact
            "\n" // a blank line is not a row
            "Bo,Chan,bo@example.com,555-0101,2027-05-02,Twice\n" // row 6: duplicate
            "Cy,Dee,,555-0102,2027-05-03,\n" // row 7: no email
            "Di,Eve,not-an-email,555-0103,2027-02-30,\n"); // row 8: bad email and date
        QPointer<ui::ImportDialog> dialog = open(path);
        QVERIFY(dialog);
        QVERIFY(nextEnabled(dialog));
        dialog->button(QWizard::NextButton)->click();
        QCOMPARE(dialog->currentId(), int(ui::ImportDialog::DryRunPageId));
        QTRY_VERIFY(dialog->dryRunPage()->isFinished());
        const auto preview = dialog->dryRunPage()->summary();
        QCOMPARE(preview.rows, 6);
        QCOMPARE(preview.created, 2);
        QCOMPARE(preview.updated, 1);
        QCOMPARE(preview.skipped, 1);
        QCOMPARE(preview.errors, 2);
        QCOMPARE(
            problemLines(dialog->dryRunPage()->summaryView()),
            QStringList({"6|Email, Event date|bo@example.com, 2027-05-02|Skipped: already a lead "
                         "with this email and date",
                         "7|Email||Required, but empty",
                         "8|Email|not-an-email|Not a valid email address",
                         "8|Event date|2027-02-30|Not a real date in the chosen date format"}));
        QVERIFY(dialog->findChild<QLabel *>("importCounts")->text().contains("3 lead(s) would be"));
        QCOMPARE(m_desktop.scalar("SELECT COUNT(*) FROM leads").toInt(), 0); // nothing written
        QVERIFY(dialog->button(QWizard::CommitButton)->isEnabled());
        QCOMPARE(dialog->button(QWizard::CommitButton)->text(), QString("&Import 3 lead(s)"));
        QVERIFY(m_desktop.screenshot("import-2-dry-run", dialog));

        QSignalSpy imported(dialog.data(), &ui::ImportDialog::imported);
        dialog->button(QWizard::CommitButton)->click();
        QCOMPARE(dialog->currentId(), int(ui::ImportDialog::ProgressPageId));
        QVERIFY(imported.wait(10000));
        const auto done = dialog->progressPage()->runner()->summary();
        QCOMPARE(done.created + done.updated, 3);
        QVERIFY(!done.cancelled);
        QCOMPARE(
            m_desktop.scalar("SELECT COUNT(*) FROM leads WHERE created_via = 'import'").toInt(), 3);
        QCOMPARE(m_desktop.scalar("SELECT COUNT(*) FROM contacts").toInt(), 2);
        QCOMPARE(
            m_desktop.scalar("SELECT COUNT(*) FROM outbox WHERE event = 'lead.created'").toInt(),
            3);
        QCOMPARE(
            m_desktop.scalar("SELECT COUNT(*) FROM outbox WHERE event = 'contact.created'").toInt(),
            2);
        // The events link to the lead, as those of leads from the API do.
        QCOMPARE(m_desktop
                     .scalar("SELECT COUNT(*) FROM outbox WHERE event = 'lead.created' "
                             "AND data LIKE '%\"lead_url\":\"http%'")
                     .toInt(),
                 3);
        QCOMPARE(m_desktop
                     .scalar("SELECT COUNT(*) FROM lead_history WHERE kind = 'created' "
                             "AND detail LIKE '%CSV import%'")
                     .toInt(),
                 3);
        QCOMPARE(m_desktop.scalar("SELECT last_name FROM leads WHERE event_date = '2027-09-09'")
                     .toString(),
                 QString("Lee"));
        QVERIFY(dialog->button(QWizard::FinishButton)->isVisible());
        QVERIFY(m_desktop.screenshot("import-3-done", dialog));
        // The Leads table shows them without a manual refresh.
        QTRY_COMPARE(m_desktop.window()->leadsPage()->model()->rowCount(), 3);
        dialog->accept();
    }

    void stopMidwayKeepsWholeBatches()
    {
        const int before = m_desktop.scalar("SELECT COUNT(*) FROM leads").toInt();
        const QString path = writeCsv("ten.csv", tenLeads("stop.example"));
        QPointer<ui::ImportDialog> dialog = open(path);
        QVERIFY(dialog);
        dialog->setBatchRows(3);
        dialog->button(QWizard::NextButton)->click();
        QTRY_VERIFY(dialog->dryRunPage()->isFinished());
        QCOMPARE(dialog->dryRunPage()->summary().created, 10);

        // Stop as soon as the first batch is committed: exactly that batch stays.
        QSignalSpy imported(dialog.data(), &ui::ImportDialog::imported);
        int progressCalls = 0;
        dialog->button(QWizard::CommitButton)->click();
        ui::ImportRunner *runner = dialog->progressPage()->runner();
        QVERIFY(runner);
        connect(runner, &ui::ImportRunner::progressed, this, [&](int rowsDone) {
            if (++progressCalls == 1) {
                QCOMPARE(rowsDone, 3);
                QCOMPARE(dialog->findChild<QLabel *>("importStatus")->text(),
                         QString("Importing… 3 of 10 row(s) done."));
                QVERIFY(m_desktop.screenshot("import-3b-progress", dialog));
                dialog->reject(); // closing while importing stops it instead
            }
        });
        QVERIFY(imported.wait(10000));
        QVERIFY(dialog); // still open, showing what happened
        QCOMPARE(progressCalls, 1);
        const auto done = runner->summary();
        QVERIFY(done.cancelled);
        QCOMPARE(done.created, 3);
        QVERIFY(dialog->findChild<QLabel *>("importStatus")->text().contains("Import stopped"));
        QVERIFY(m_desktop.screenshot("import-4-stopped", dialog));
        QCOMPARE(m_desktop.scalar("SELECT COUNT(*) FROM leads").toInt(), before + 3);
        // Consistent: every imported lead has its contact, history and event.
        QCOMPARE(m_desktop.scalar("SELECT COUNT(*) FROM contacts WHERE email LIKE '%@stop.example'")
                     .toInt(),
                 3);
        QCOMPARE(m_desktop
                     .scalar("SELECT COUNT(*) FROM lead_history h JOIN leads l ON l.id = h.lead_id "
                             "WHERE l.email LIKE '%@stop.example' AND h.kind = 'created'")
                     .toInt(),
                 3);
        QCOMPARE(m_desktop
                     .scalar("SELECT COUNT(*) FROM outbox WHERE event = 'lead.created' "
                             "AND data LIKE '%@stop.example%'")
                     .toInt(),
                 3);
        dialog->accept();
        QTRY_VERIFY(!dialog);

        // Importing the file again adds the rest and skips what is already there.
        QPointer<ui::ImportDialog> again = open(path);
        QVERIFY(again);
        again->setBatchRows(4);
        again->button(QWizard::NextButton)->click();
        QTRY_VERIFY(again->dryRunPage()->isFinished());
        QCOMPARE(again->dryRunPage()->summary().created, 7);
        QCOMPARE(again->dryRunPage()->summary().skipped, 3);
        QSignalSpy importedAgain(again.data(), &ui::ImportDialog::imported);
        again->button(QWizard::CommitButton)->click();
        QVERIFY(importedAgain.wait(10000));
        QCOMPARE(again->progressPage()->runner()->summary().created, 7);
        QCOMPARE(m_desktop.scalar("SELECT COUNT(*) FROM leads WHERE email LIKE '%@stop.example'")
                     .toInt(),
                 10);
        again->accept();
    }

    void wizardIsTranslated()
    {
        QCOMPARE(AppTranslator::apply("de"), QString("de"));
        const QString path = writeCsv("de.csv",
                                      "Vorname,Nachname,E-Mail,Telefon,Datum\n"
                                      "Jana,Berg,jana@example.de,0301234,7.7.2027\n"
                                      "Jens,Ott,jens@example.de,0305678,28.02.2027\n");
        QPointer<ui::ImportDialog> dialog = open(path);
        AppTranslator::apply("en");
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QString("Leads aus CSV importieren"));
        auto *table = dialog->findChild<QTableWidget *>("columnMappingTable");
        QCOMPARE(table->horizontalHeaderItem(2)->text(), QString("Importiert als"));
        QCOMPARE(dialog->mappingPage()->fieldChooser(0)->currentText(), QString("Vorname"));
        QCOMPARE(dialog->mappingPage()->fieldChooser(4)->currentText(),
                 QString("Datum der Veranstaltung"));
        QVERIFY(nextEnabled(dialog)); // German headers are recognised too
        // So are German dates, and they are stored as YYYY-MM-DD.
        QCOMPARE(dialog->mappingPage()->dateFormatChooser()->currentData().toString(),
                 QString("d.M.yyyy"));
        QVERIFY(m_desktop.screenshot("import-de-mapping", dialog));
        dialog->button(QWizard::NextButton)->click();
        QTRY_VERIFY(dialog->dryRunPage()->isFinished());
        QCOMPARE(dialog->dryRunPage()->summary().created, 2);
        QSignalSpy imported(dialog.data(), &ui::ImportDialog::imported);
        dialog->button(QWizard::CommitButton)->click();
        QVERIFY(imported.wait(10000));
        QCOMPARE(m_desktop.scalar("SELECT event_date FROM leads WHERE email = 'jana@example.de'")
                     .toString(),
                 QString("2027-07-07"));
        QCOMPARE(m_desktop.scalar("SELECT event_date FROM leads WHERE email = 'jens@example.de'")
                     .toString(),
                 QString("2027-02-28"));
        dialog->accept();
    }

    void nothingToImportCannotBeCommitted()
    {
        const QString path = writeCsv("bad.csv",
                                      "Name,Email,Phone,Date\n"
                                      "No Mail,,555,2027-01-01\n"
                                      "Bad Date,x@example.com,555,2027-13-01\n");
        QPointer<ui::ImportDialog> dialog = open(path);
        QVERIFY(dialog);
        dialog->button(QWizard::NextButton)->click();
        QTRY_VERIFY(dialog->dryRunPage()->isFinished());
        QCOMPARE(dialog->dryRunPage()->summary().errors, 2);
        QVERIFY(dialog->findChild<QLabel *>("dryRunStatus")->text().contains("Nothing to import"));
        QVERIFY(!dialog->button(QWizard::CommitButton)->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!dialog);
        QCOMPARE(
            m_desktop.scalar("SELECT COUNT(*) FROM leads WHERE email = 'x@example.com'").toInt(),
            0);
    }

    void importedLeadsAreNotAnnounced()
    {
        ui::NewLeadWatcher watcher(m_desktop.reader());
        watcher.start();
        QTRY_VERIFY(watcher.isStarted());
        QSignalSpy arrived(&watcher, &ui::NewLeadWatcher::arrived);

        const QString path = writeCsv("quiet.csv", tenLeads("quiet.example"));
        QPointer<ui::ImportDialog> dialog = open(path);
        QVERIFY(dialog);
        dialog->setBatchRows(4);
        dialog->button(QWizard::NextButton)->click();
        QTRY_VERIFY(dialog->dryRunPage()->isFinished());
        QSignalSpy imported(dialog.data(), &ui::ImportDialog::imported);
        dialog->button(QWizard::CommitButton)->click();
        QVERIFY(imported.wait(10000));
        dialog->accept();

        // A lead from the website after the import is announced, alone.
        leads::LeadSubmission web;
        web.input.firstName = "Web";
        web.input.lastName = "Visitor";
        web.input.email = "web@example.com";
        web.input.phone = "555-0199";
        web.input.eventDate = "2027-10-10";
        web.createdVia = "capture";
        const auto outcome = m_desktop.host()->writer()->run([&](QSqlDatabase &db) {
            leads::LeadCreator::create(db, web, QDateTime::currentMSecsSinceEpoch());
            return QVariant();
        });
        QVERIFY(outcome.ok);
        watcher.check();
        QTRY_COMPARE(arrived.size(), 1);
        const auto leads = arrived.first().first().value<QList<store::LeadRecord>>();
        QCOMPARE(leads.size(), 1);
        QCOMPARE(leads.first().email, QString("web@example.com"));
        watcher.check();
        QVERIFY(m_desktop.waitForReads()); // the second check has answered
        QCOMPARE(arrived.size(), 1);
    }

    void unreadableFileIsExplained()
    {
        auto *dialog = m_desktop.window()->leadsPage()->importCsv(m_dir.filePath("missing.csv"));
        auto *page = dialog->mappingPage();
        auto *intro = page->findChild<QLabel *>("mappingIntro");
        QTRY_VERIFY(intro->text().contains("cannot be read"));
        QVERIFY(!page->isComplete());
        QVERIFY(!nextEnabled(dialog));
        dialog->reject();
    }

    // Our own export carries booked and lost leads; importing it again keeps them. The Lead
    // API still refuses those statuses (tst_leadapi).
    void everyPipelineStatusImports()
    {
        const QString path
            = writeCsv("statuses.csv",
                       "Name,Email,Phone,Event Date,Status\n"
                       "Bea Booked,bea@status.example,555-0201,2027-07-01,Booked\n" // row 2
                       "Lou Lost,lou@status.example,555-0202,2027-07-02,lost\n" // row 3
                       "Pat Pending,pat@status.example,555-0203,2027-07-03,pending\n"); // row 4
        QPointer<ui::ImportDialog> dialog = open(path);
        QVERIFY(dialog);
        QCOMPARE(chosenField(dialog, 4), QString("status"));
        dialog->button(QWizard::NextButton)->click();
        QTRY_VERIFY(dialog->dryRunPage()->isFinished());
        QCOMPARE(dialog->dryRunPage()->summary().created, 2);
        QCOMPARE(problemLines(dialog->dryRunPage()->summaryView()),
                 QStringList({"4|Status|pending|Must be new, contacted, quoted, booked or lost"}));
        QSignalSpy imported(dialog.data(), &ui::ImportDialog::imported);
        dialog->button(QWizard::CommitButton)->click();
        QVERIFY(imported.wait(10000));
        dialog->accept();
        QCOMPARE(m_desktop.scalar("SELECT status FROM leads WHERE email = 'bea@status.example'")
                     .toString(),
                 QString("booked"));
        QCOMPARE(m_desktop.scalar("SELECT status FROM leads WHERE email = 'lou@status.example'")
                     .toString(),
                 QString("lost"));
        QCOMPARE(m_desktop.scalar("SELECT COUNT(*) FROM leads WHERE email = 'pat@status.example'")
                     .toInt(),
                 0);
    }

    // An inquiry the hosted form took without a date or a phone comes back from our own
    // export as the lead it was: importing the export again knows it, instead of refusing it
    // as incomplete.
    void exportedLeadWithoutDateOrPhoneIsKnownAgain()
    {
        QCOMPARE(test::httpRequest(m_desktop.port(), "POST", "/capture",
                                   {{"Content-Type", "application/json"}},
                                   R"({"name":"Nora Nodate","email":"nora@nodate.example",
                                "notes":"Do you travel to the coast?"})")
                     .status,
                 201);
        QVERIFY(m_desktop.waitForWrites());
        auto *page = m_desktop.window()->leadsPage();
        const QString path = m_dir.filePath("own-export.csv");
        page->exportCsv(path);
        QTRY_VERIFY_WITH_TIMEOUT(page->exportResult().startsWith("Exported"), 10000);
        const int leads = m_desktop.scalar("SELECT COUNT(*) FROM leads").toInt();

        QPointer<ui::ImportDialog> dialog = open(path);
        QVERIFY(dialog);
        QVERIFY(nextEnabled(dialog));
        dialog->button(QWizard::NextButton)->click();
        QTRY_VERIFY(dialog->dryRunPage()->isFinished());
        const auto &summary = dialog->dryRunPage()->summary();
        QCOMPARE(summary.errors, 0);
        QCOMPARE(summary.created, 0);
        QCOMPARE(summary.skipped, leads);
        const QStringList lines = problemLines(dialog->dryRunPage()->summaryView());
        const QString nora = "|Email, Event date|nora@nodate.example|Skipped: already a lead with "
                             "this email and no date";
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                             [&](const QString &line) { return line.endsWith(nora); }),
                 qPrintable(lines.join('\n')));
        dialog->reject();
        QTRY_VERIFY(!dialog);
        QCOMPARE(m_desktop.scalar("SELECT COUNT(*) FROM leads").toInt(), leads);
    }
};

QTEST_MAIN(ImportUiTest)
#include "tst_ui_import.moc"
