// SPDX-License-Identifier: GPL-3.0-or-later
// The owner's contact edits and merges, the contact list queries and deleting caught spam,
// on a real store fed through the real /capture listener.
#include "core/capture/ContactCapture.h"
#include "core/contacts/ContactEditor.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/ContactQuery.h"
#include "core/store/DbConnection.h"
#include "core/store/SpamStore.h"
#include "core/store/WriteQueue.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestServer.h"

#include <QTest>

using namespace rmx;
using namespace rmx::test;

namespace {
const Headers Json = {{"Content-Type", "application/json"}};
}

class ContactEditorTest : public QObject
{
    Q_OBJECT

    template<typename Job> QVariant write(TestServer &server, Job job)
    {
        const auto outcome = server.server().writer()->run(job);
        return outcome.ok ? outcome.value : QVariant();
    }

    QString idOf(TestServer &server, const QString &emailKey)
    {
        return server.scalar("SELECT public_id FROM contacts WHERE email_key = '" + emailKey + "'")
            .toString();
    }

private slots:
    void editSavesAndFiresContactUpdated()
    {
        TestServer server;
        QVERIFY(server.start());
        QCOMPARE(httpRequest(server.port(), "POST", "/capture", Json,
                             R"({"email":"ann@example.com","first_name":"Ann"})")
                     .status,
                 201);
        const QString id = idOf(server, "ann@example.com");
        const auto stored = write(server, [&](QSqlDatabase &db) {
            return QVariant::fromValue(*store::ContactStore(db).findById(id));
        });
        store::ContactRecord edited = stored.value<store::ContactRecord>();

        edited.stage = "unknown";
        QCOMPARE(contacts::ContactEditor::validate(edited).fields, QStringList {"stage"});
        edited.stage = "customer";
        edited.firstName = QString(201, u'x');
        QCOMPARE(contacts::ContactEditor::validate(edited).fields, QStringList {"first_name"});

        edited.firstName = "  Anne ";
        edited.phone = "+1 555";
        const auto saved = write(server, [&](QSqlDatabase &db) {
            const auto c = contacts::ContactEditor::save(db, edited, 2'000'000'000'000);
            return c ? QVariant::fromValue(*c) : QVariant();
        });
        QVERIFY(saved.isValid());
        QCOMPARE(saved.value<store::ContactRecord>().firstName, QString("Anne"));
        QCOMPARE(server.scalar("SELECT first_name || '|' || phone || '|' || stage FROM contacts")
                     .toString(),
                 QString("Anne|+1 555|customer"));
        QCOMPARE(
            server.scalar("SELECT COUNT(*) FROM outbox WHERE event = 'contact.updated'").toInt(),
            1);
        // No change, no event; the owner may move the stage back.
        write(server, [&](QSqlDatabase &db) {
            contacts::ContactEditor::save(db, saved.value<store::ContactRecord>(),
                                          2'000'000'000'001);
            return QVariant();
        });
        QCOMPARE(
            server.scalar("SELECT COUNT(*) FROM outbox WHERE event = 'contact.updated'").toInt(),
            1);
        edited.stage = "lead";
        write(server, [&](QSqlDatabase &db) {
            contacts::ContactEditor::save(db, edited, 2'000'000'000'002);
            return QVariant();
        });
        QCOMPARE(server.scalar("SELECT stage FROM contacts").toString(), QString("lead"));
        // A later capture still never moves it back from a stage the owner set forward.
        edited.stage = "opportunity";
        write(server, [&](QSqlDatabase &db) {
            contacts::ContactEditor::save(db, edited, 2'000'000'000'003);
            return QVariant();
        });
        QCOMPARE(
            httpRequest(server.port(), "POST", "/capture", Json, R"({"email":"ann@example.com"})")
                .status,
            200);
        QCOMPARE(server.scalar("SELECT stage FROM contacts").toString(), QString("opportunity"));
    }

    void mergeMovesLeadsAndMetadata()
    {
        TestServer server;
        QVERIFY(server.start());
        QCOMPARE(httpRequest(server.port(), "POST", "/capture", Json,
                             R"({"email":"sam@example.com","first_name":"Sam",
                                 "last_name":"Lee","phone":"1","event_date":"2027-01-01","metadata":{"utm_source":"google"}})")
                     .status,
                 201);
        QCOMPARE(
            httpRequest(
                server.port(), "POST", "/capture", Json,
                R"({"email":"sam2@example.com","first_name":"Samuel","last_name":"Lee","phone":"9",
                                 "source":"Referral","event_date":"2027-02-02",
                                 "metadata":{"utm_source":"bing","utm_term":"dj"}})")
                .status,
            201);
        const QString keep = idOf(server, "sam@example.com");
        const QString dup = idOf(server, "sam2@example.com");
        QVERIFY(!write(server, [&](QSqlDatabase &db) {
                     const auto c = contacts::ContactEditor::merge(db, keep, keep, 1);
                     return c ? QVariant(true) : QVariant();
                 }).isValid());
        const int eventsBefore = server.scalar("SELECT COUNT(*) FROM outbox").toInt();
        const auto kept = write(server, [&](QSqlDatabase &db) {
            const auto c = contacts::ContactEditor::merge(db, keep, dup, 2'000'000'000'000);
            return c ? QVariant::fromValue(*c) : QVariant();
        });
        QVERIFY(kept.isValid());
        const auto c = kept.value<store::ContactRecord>();
        QCOMPARE(c.firstName, QString("Sam"));
        QCOMPARE(c.phone, QString("1")); // the kept contact's own phone stays
        QCOMPARE(c.source, QString("Referral"));
        QCOMPARE(c.metadata.value("utm_source").toString(), QString("google"));
        QCOMPARE(c.metadata.value("utm_term").toString(), QString("dj"));
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM contacts").toInt(), 1);
        QCOMPARE(server.scalar("SELECT COUNT(DISTINCT contact_id) FROM leads").toInt(), 1);
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM leads").toInt(), 2);
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM outbox").toInt(), eventsBefore + 1);
        QCOMPARE(server.scalar("SELECT event FROM outbox ORDER BY id DESC LIMIT 1").toString(),
                 QString("contact.updated"));
        // Gone: a second merge of the same duplicate does nothing.
        QVERIFY(!write(server, [&](QSqlDatabase &db) {
                     const auto m = contacts::ContactEditor::merge(db, keep, dup, 1);
                     return m ? QVariant(true) : QVariant();
                 }).isValid());

        store::DbConnection reader(server.databasePath(), "contact-editor-read");
        QSqlDatabase db = reader.db();
        const auto leads = store::ContactQuery(db).leadsOf(keep);
        QCOMPARE(leads.size(), 2);
        QCOMPARE(leads.first().eventDate, QString("2027-02-02")); // newest first
    }

    void listPagesAndSearches()
    {
        TestServer server;
        server.setSetting(SettingsSchema::CaptureRateLimitPerMinute, "0");
        QVERIFY(server.start());
        for (int i = 0; i < 7; ++i)
            QCOMPARE(httpRequest(server.port(), "POST", "/capture", Json,
                                 QStringLiteral(R"({"email":"p%1@example.com","first_name":"P%1",
                                     "last_name":"%2"})")
                                     .arg(i)
                                     .arg(i % 2 ? "Odd_One" : "Even")
                                     .toUtf8())
                         .status,
                     201);
        store::DbConnection reader(server.databasePath(), "contact-list-read");
        QSqlDatabase db = reader.db();
        store::ContactQuery query(db);
        const auto first = query.page({}, 3, 0);
        QCOMPARE(first.contacts.size(), 3);
        QVERIFY(first.hasMore);
        QCOMPARE(first.contacts.first().email, QString("p6@example.com"));
        const auto second = query.page({}, 3, first.contacts.last().rowId);
        QCOMPARE(second.contacts.first().email, QString("p3@example.com"));
        const auto last = query.page({}, 3, query.page({}, 6, 0).contacts.last().rowId);
        QCOMPARE(last.contacts.size(), 1);
        QVERIFY(!last.hasMore);
        QCOMPARE(query.count({}), 7);
        QCOMPARE(query.count("odd_one"), 3);
        QCOMPARE(query.count("odd_"), 3); // '_' is matched literally
        QCOMPARE(query.count("P4 even"), 1);
        QCOMPARE(query.count("P5@EXAMPLE"), 1);
        QCOMPARE(query.count("%"), 0);
    }

    void spamCanBeDeleted()
    {
        TestServer server;
        QVERIFY(server.start());
        const QString id = write(server, [](QSqlDatabase &db) {
                               store::SpamRecord r;
                               r.reason = "honeypot";
                               r.email = "bot@example.com";
                               r.payload = {{"email", "bot@example.com"}};
                               r.createdAt = 1'900'000'000'000;
                               store::SpamStore(db).insert(r);
                               return QVariant(r.id);
                           }).toString();
        QVERIFY(id.startsWith("spam_"));
        QCOMPARE(write(server,
                       [&](QSqlDatabase &db) { return QVariant(store::SpamStore(db).remove(id)); })
                     .toBool(),
                 true);
        QCOMPARE(write(server,
                       [&](QSqlDatabase &db) { return QVariant(store::SpamStore(db).remove(id)); })
                     .toBool(),
                 false);
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM spam_submissions").toInt(), 0);
    }
};

QTEST_MAIN(ContactEditorTest)
#include "tst_contact_editor.moc"
