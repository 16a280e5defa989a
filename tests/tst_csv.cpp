// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export of the inbox: the filtered leads, RFC 4180 quoting, and formula cells neutralised.
#include "core/leads/CsvReader.h"
#include "core/leads/LeadCsvExporter.h"
#include "core/leads/LeadCsvImporter.h"
#include "core/leads/LeadValidator.h"
#include "core/store/DbConnection.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestServer.h"

#include <QBuffer>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace rmx;
using namespace rmx::test;

class CsvTest : public QObject
{
    Q_OBJECT

private slots:
    void quotesAndNeutralisesFormulas()
    {
        QCOMPARE(leads::LeadCsvExporter::field("plain"), QByteArray("plain"));
        QCOMPARE(leads::LeadCsvExporter::field("a,b"), QByteArray("\"a,b\""));
        QCOMPARE(leads::LeadCsvExporter::field("say \"hi\""), QByteArray("\"say \"\"hi\"\"\""));
        QCOMPARE(leads::LeadCsvExporter::field("two\nlines"), QByteArray("\"two\nlines\""));
        QCOMPARE(leads::LeadCsvExporter::field("=HYPERLINK(\"x\")"),
                 QByteArray("\"'=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(leads::LeadCsvExporter::field("+15551234567"), QByteArray("'+15551234567"));
        QCOMPARE(leads::LeadCsvExporter::field("@cmd"), QByteArray("'@cmd"));
        QCOMPARE(leads::LeadCsvExporter::field("Müller"), QString("Müller").toUtf8());
    }

    void exportsTheFilteredLeads()
    {
        TestServer server;
        server.setSetting("lead_rate_limit_per_hour", "0");
        QVERIFY(server.start());
        const QByteArray key = "Bearer " + server.createKey().toLatin1();
        auto post = [&](const QByteArray &body) {
            return httpRequest(server.port(), "POST", "/api/v1/leads",
                               {{"Authorization", key}, {"Content-Type", "application/json"}}, body)
                .status;
        };
        QCOMPARE(post(R"({"name":"Jane Doe","email":"jane@example.com","phone":"+1 555",
                         "event_date":"2026-08-15","notes":"Indoor, 4 hours","status":"quoted"})"),
                 201);
        QCOMPARE(post(R"({"name":"Bob Smith","email":"bob@example.com","phone":"=1+2",
                         "event_date":"2026-09-01"})"),
                 201);
        store::DbConnection connection(server.databasePath(), "csv-test");
        QSqlDatabase db = connection.db();

        QBuffer all;
        all.open(QIODevice::WriteOnly);
        QCOMPARE(leads::LeadCsvExporter::write(db, {}, store::LeadSort::Received,
                                               Qt::DescendingOrder, &all),
                 2);
        const QList<QByteArray> lines = all.data().split('\n');
        QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBFid,first_name,last_name,email"));
        QVERIFY(lines.at(1).contains(",Bob,Smith,bob@example.com,'=1+2,2026-09-01,"));
        QVERIFY(lines.at(2).contains(",Jane,Doe,jane@example.com,'+1 555,2026-08-15,"));
        QVERIFY(lines.at(2).contains(",quoted,\"Indoor, 4 hours\","));

        store::LeadFilter quoted;
        quoted.statuses = {"quoted"};
        QBuffer filtered;
        filtered.open(QIODevice::WriteOnly);
        QCOMPARE(leads::LeadCsvExporter::write(db, quoted, store::LeadSort::Received,
                                               Qt::DescendingOrder, &filtered),
                 1);
        QVERIFY(filtered.data().contains("jane@example.com"));
        QVERIFY(!filtered.data().contains("bob@example.com"));

        QBuffer cancelled;
        cancelled.open(QIODevice::WriteOnly);
        QCOMPARE(leads::LeadCsvExporter::write(db, {}, store::LeadSort::Received,
                                               Qt::DescendingOrder, &cancelled,
                                               [](int) { return false; }),
                 -1);
    }

    void readsQuotedFieldsAndSemicolons()
    {
        QBuffer in;
        in.setData("\xEF\xBB\xBFName;Notes\r\n\"M\u00fcller, Anna\";\"two\nlines "
                   "\"\"quoted\"\"\"\r\nBob;\n");
        in.open(QIODevice::ReadOnly);
        leads::CsvReader reader(&in);
        QStringList record;
        QVERIFY(reader.next(&record));
        QCOMPARE(record, QStringList({"Name", "Notes"}));
        QVERIFY(reader.next(&record));
        QCOMPARE(record.at(1), QString("two\nlines \"quoted\""));
        QVERIFY(reader.next(&record));
        QCOMPARE(record, QStringList({"Bob", ""}));
        QVERIFY(!reader.next(&record));
    }

    void readsWindows1252WhenNotUtf8()
    {
        QBuffer in;
        // "Müller;Straße;€ 5" as a spreadsheet on Windows saves it.
        in.setData(QByteArray("name;city\nM\xfcller;Stra\xdf"
                              "e \x80 5\n"));
        in.open(QIODevice::ReadOnly);
        leads::CsvReader reader(&in);
        QStringList record;
        QVERIFY(reader.next(&record));
        QCOMPARE(record, QStringList({"name", "city"}));
        QVERIFY(reader.next(&record));
        QCOMPARE(record,
                 QStringList({QString::fromUtf8("Müller"), QString::fromUtf8("Straße € 5")}));
    }

    void guessMappingIgnoresCaseSpacingAndPunctuation()
    {
        const auto mapping = leads::LeadCsvImporter::guessMapping(
            {" First  Name ", "SURNAME", "E-Mail Address:", "Phone #", "EventDate", "event__type",
             "Lead source", "Favourite colour", "Email"});
        QCOMPARE(mapping.value("first_name", -1), 0);
        QCOMPARE(mapping.value("last_name", -1), 1);
        QCOMPARE(mapping.value("email", -1), 2); // the first column wins
        QCOMPARE(mapping.value("phone", -1), 3);
        QCOMPARE(mapping.value("event_date", -1), 4);
        QCOMPARE(mapping.value("event_type", -1), 5);
        QCOMPARE(mapping.value("source", -1), 6);
        QCOMPARE(mapping.size(), 7);
    }

    void guessMappingKnowsGermanSpanishAndFrenchHeaders()
    {
        const auto german = leads::LeadCsvImporter::guessMapping(
            {"Vorname", "Nachname", "E-Mail-Adresse", "Telefonnummer", "Hochzeitsdatum", "Anlass",
             "Nachricht"});
        QCOMPARE(german.size(), 7);
        QCOMPARE(german.value("event_date", -1), 4);
        const auto spanish = leads::LeadCsvImporter::guessMapping(
            {"Nombre", "Apellidos", "Correo electrónico", "Teléfono", "Fecha del evento"});
        QCOMPARE(spanish.value("first_name", -1), 0);
        QCOMPARE(spanish.value("email", -1), 2);
        QCOMPARE(spanish.value("phone", -1), 3);
        QCOMPARE(spanish.value("event_date", -1), 4);
        const auto french = leads::LeadCsvImporter::guessMapping(
            {"Prénom", "Nom", "Courriel", "Téléphone", "Date de l'événement", "Type d’événement"});
        QCOMPARE(french.value("first_name", -1), 0);
        QCOMPARE(french.value("last_name", -1), 1);
        QCOMPARE(french.value("phone", -1), 3);
        QCOMPARE(french.value("event_date", -1), 4);
        QCOMPARE(french.value("event_type", -1), 5);
    }

    void datesInTheChosenFormatAreStoredAsIso()
    {
        using Importer = leads::LeadCsvImporter;
        QCOMPARE(Importer::guessDateFormat({"15.08.2027", "1.9.2027 00:00"}, false),
                 QString("d.M.yyyy"));
        QCOMPARE(Importer::guessDateFormat({"08/05/2027", ""}, false), QString("d/M/yyyy"));
        QCOMPARE(Importer::guessDateFormat({"08/05/2027"}, true), QString("M/d/yyyy"));
        QCOMPARE(Importer::guessDateFormat({"08/05/2027", "08/15/2027"}, false),
                 QString("M/d/yyyy")); // the 15th cannot be a month
        QCOMPARE(Importer::guessDateFormat({"2027-08-15"}, true), QString("yyyy-MM-dd"));
        QCOMPARE(Importer::guessDateFormat({"soon"}, false), QString("yyyy-MM-dd"));
        // Every sample counts, not just the first: the 15th of a later row makes the file
        // day first even where months come first, and one stray cell does not turn it to ISO.
        QCOMPARE(Importer::guessDateFormat({"1/9/2027", "2/9/2027", "15/8/2027"}, true),
                 QString("d/M/yyyy"));
        QCOMPARE(Importer::guessDateFormat({"1/9/2027", "soon", "15/8/2027"}, true),
                 QString("d/M/yyyy"));

        TestServer server;
        QVERIFY(server.start());
        store::DbConnection connection(server.databasePath(), "date-test");
        QSqlDatabase db = connection.db();
        QBuffer csv;
        csv.setData("name,email,phone,date\n"
                    "Ann Lee,ann@example.com,1,15.08.2027 00:00\n"
                    "Bo Chan,bo@example.com,2,31.02.2027\n");
        csv.open(QIODevice::ReadOnly);
        const auto mapping = Importer::guessMapping({"name", "email", "phone", "date"});
        const auto summary = Importer::run(db, &csv, mapping, false, {}, "d.M.yyyy");
        QCOMPARE(summary.created, 1);
        QCOMPARE(summary.errors, 1);
        QCOMPARE(summary.problems.first().fields, QStringList({"event_date"}));
        QCOMPARE(server.scalar("SELECT event_date FROM leads").toString(), QString("2027-08-15"));
    }

    void reimportOfOurOwnExportSucceeds()
    {
        TestServer source;
        source.setSetting("lead_rate_limit_per_hour", "0");
        QVERIFY(source.start());
        const QByteArray key = "Bearer " + source.createKey().toLatin1();
        auto post = [&](const QByteArray &body) {
            return httpRequest(source.port(), "POST", "/api/v1/leads",
                               {{"Authorization", key}, {"Content-Type", "application/json"}}, body)
                .status;
        };
        QCOMPARE(post(R"({"name":"Cher","email":"cher@example.com","phone":"+1 (555) 123-4567",
                         "event_date":"2027-08-15","notes":"Indoor, 4 hours\nBarn"})"),
                 201);
        QCOMPARE(post(R"({"name":"Ann Booked","email":"ann@example.com","phone":"1",
                         "event_date":"2027-09-01","event_type":"Wedding","source":"Website"})"),
                 201);
        QCOMPARE(post(R"({"name":"Bo Lost","email":"bo@example.com","phone":"=2",
                         "event_date":"2027-10-02"})"),
                 201);
        // The hosted form and /capture take an inquiry without a date or a phone.
        QCOMPARE(httpRequest(source.port(), "POST", "/capture",
                             {{"Content-Type", "application/json"}},
                             R"({"name":"Nora Nodate","email":"nora@example.com",
                                "notes":"Do you travel to the coast?"})")
                     .status,
                 201);
        store::DbConnection sourceConnection(source.databasePath(), "export");
        QSqlDatabase sourceDb = sourceConnection.db();
        QSqlQuery update(sourceDb);
        QVERIFY(update.exec("UPDATE leads SET status = 'booked' WHERE email = 'ann@example.com'"));
        QVERIFY(update.exec("UPDATE leads SET status = 'lost' WHERE email = 'bo@example.com'"));
        QBuffer exported;
        exported.open(QIODevice::WriteOnly);
        QCOMPARE(leads::LeadCsvExporter::write(sourceDb, {}, store::LeadSort::Received,
                                               Qt::AscendingOrder, &exported),
                 4);

        TestServer target;
        QVERIFY(target.start());
        store::DbConnection targetConnection(target.databasePath(), "import");
        QSqlDatabase targetDb = targetConnection.db();
        QBuffer csv;
        csv.setData(exported.data());
        csv.open(QIODevice::ReadOnly);
        QStringList header;
        QVERIFY(leads::CsvReader(&csv).next(&header));
        csv.seek(0);
        const auto summary = leads::LeadCsvImporter::run(
            targetDb, &csv, leads::LeadCsvImporter::guessMapping(header), false);
        QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.value(0).message));
        QCOMPARE(summary.created, 4);
        const QString columns = "first_name || '|' || last_name || '|' || phone || '|' || "
                                "event_date || '|' || status || '|' || notes";
        for (const char *email :
             {"cher@example.com", "ann@example.com", "bo@example.com", "nora@example.com"}) {
            const QString select
                = "SELECT " + columns + " FROM leads WHERE email = '" + QString(email) + "'";
            QCOMPARE(target.scalar(select).toString(), source.scalar(select).toString());
        }
        QCOMPARE(target.scalar("SELECT last_name FROM leads WHERE email = 'cher@example.com'")
                     .toString(),
                 QString());
        QCOMPARE(
            target.scalar("SELECT status FROM leads WHERE email = 'bo@example.com'").toString(),
            QString("lost"));
        QCOMPARE(target
                     .scalar("SELECT event_date || '|' || phone FROM leads "
                             "WHERE email = 'nora@example.com'")
                     .toString(),
                 QString("|"));

        // Importing the same file again adds nothing, the dateless lead included.
        csv.seek(0);
        const auto again = leads::LeadCsvImporter::run(
            targetDb, &csv, leads::LeadCsvImporter::guessMapping(header), false);
        QCOMPARE(again.created, 0);
        QCOMPARE(again.skipped, 4);
        QCOMPARE(target.scalar("SELECT COUNT(*) FROM leads").toInt(), 4);
        QStringList skipped;
        for (const auto &problem : again.problems)
            skipped.append(problem.message);
        QVERIFY2(skipped.contains("skipped: nora@example.com already has a lead without an event "
                                  "date"),
                 qPrintable(skipped.join('\n')));
    }

    // The Lead API's contract is unchanged: only an import may leave out the phone and date.
    void onlyAnImportMayLeaveOutPhoneAndDate()
    {
        const QJsonObject body {{"name", "Nora Nodate"}, {"email", "nora@example.com"}};
        leads::ValidationError error;
        leads::LeadValidator::validate(body, &error);
        QCOMPARE(error.fields, QStringList({"phone", "event_date"}));
        const leads::LeadInput imported
            = leads::LeadValidator::validate(body, &error, leads::LeadValidator::Rules::Import);
        QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
        QCOMPARE(imported.eventDate, QString());
        // A date that is there must still be a real one.
        QJsonObject wrongDate = body;
        wrongDate.insert("event_date", "2027-02-31");
        leads::LeadValidator::validate(wrongDate, &error, leads::LeadValidator::Rules::Import);
        QCOMPARE(error.fields, QStringList({"event_date"}));
    }

    void importDryRunCountsThenImports()
    {
        TestServer server;
        server.setSetting("lead_rate_limit_per_hour", "0");
        QVERIFY(server.start());
        QCOMPARE(httpRequest(server.port(), "POST", "/api/v1/leads",
                             {{"Authorization", "Bearer " + server.createKey().toLatin1()},
                              {"Content-Type", "application/json"}},
                             R"({"name":"Jane Doe","email":"jane@example.com","phone":"1",
                                "event_date":"2026-08-15"})")
                     .status,
                 201);
        const QByteArray csv = "Full Name,E-mail,Phone Number,Wedding Date,Message\n"
                               "Ann New,ann@example.com,'+49 2,2026-09-01,Hello\n" // new
                               "Jane Doe,JANE@example.com,1,2026-10-10,Second event\n" // updated
                               "Jane Doe,jane@example.com,1,2026-08-15,Same lead\n" // skipped
                               "Ann New,ann@example.com,2,2026-09-01,Twice in file\n" // skipped
                               "No Email,,3,2026-09-02,\n" // error
                               "Bad Date,bad@example.com,4,2026-02-30,\n"; // error
        const QStringList header
            = {"Full Name", "E-mail", "Phone Number", "Wedding Date", "Message"};
        const auto mapping = leads::LeadCsvImporter::guessMapping(header);
        QCOMPARE(mapping.value("name"), 0);
        QCOMPARE(mapping.value("email"), 1);
        QCOMPARE(mapping.value("phone"), 2);
        QCOMPARE(mapping.value("event_date"), 3);
        QCOMPARE(mapping.value("notes"), 4);

        store::DbConnection connection(server.databasePath(), "import-test");
        QSqlDatabase db = connection.db();
        QBuffer dry;
        dry.setData(csv);
        dry.open(QIODevice::ReadOnly);
        const auto preview = leads::LeadCsvImporter::run(db, &dry, mapping, true);
        QCOMPARE(preview.created, 1);
        QCOMPARE(preview.updated, 1);
        QCOMPARE(preview.skipped, 2);
        QCOMPARE(preview.errors, 2);
        QCOMPARE(preview.problems.size(), 4);
        QCOMPARE(preview.problems.at(2).row, 6);
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM leads").toInt(), 1); // nothing written

        QBuffer real;
        real.setData(csv);
        real.open(QIODevice::ReadOnly);
        const auto done = leads::LeadCsvImporter::run(db, &real, mapping, false);
        QCOMPARE(done.created + done.updated, 2);
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM leads").toInt(), 3);
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM contacts").toInt(), 2);
        // The quote our export puts before a formula-like cell does not come back.
        QCOMPARE(
            server.scalar("SELECT phone FROM leads WHERE email = 'ann@example.com'").toString(),
            QString("+49 2"));
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM leads WHERE created_via = 'import'").toInt(),
                 2);
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM outbox WHERE event = 'lead.created'").toInt(),
                 3);
    }
};

QTEST_GUILESS_MAIN(CsvTest)
#include "tst_csv.moc"
