// SPDX-License-Identifier: GPL-3.0-or-later
// No inquiry is lost: the hosted form and /capture turn a message without an event date into a
// lead without one (announced as lead.created), the fields that forms and Zapier send beyond a
// lead's own are kept as its details on /capture and the Lead API alike, and the contract's
// answers stay exactly as they were. Real loopback HTTP, real server, real SQLite file.
#include "core/capture/ContactCapture.h"
#include "core/leads/LeadDetails.h"
#include "core/leads/LeadUpdater.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/DbConnection.h"
#include "core/store/LeadQuery.h"
#include "core/store/WriteQueue.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace rmx;
using namespace rmx::test;

namespace {
const Headers Browser = {{"Content-Type", "application/x-www-form-urlencoded"},
                         {"Accept", "text/html,application/xhtml+xml,*/*;q=0.8"}};
const Headers Json = {{"Content-Type", "application/json"}};

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

class InquiryTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    QByteArray m_key;

    QString formToken() { return formTokenOf(httpRequest(m_server->port(), "GET", "/form").body); }
    QVariant scalar(const QString &sql) { return m_server->scalar(sql); }
    QJsonObject storedLead(const QString &id)
    {
        return httpRequest(m_server->port(), "GET", "/api/v1/leads/" + id.toLatin1(),
                           {{"X-API-Key", m_key}})
            .json();
    }
    QJsonObject createdEvent()
    {
        return QJsonDocument::fromJson(
                   scalar("SELECT data FROM outbox WHERE event = 'lead.created'").toByteArray())
            .object();
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        m_server->setSetting(SettingsSchema::CaptureRateLimitPerMinute, "0");
        m_server->setSetting(SettingsSchema::FormMinFillMs, "0");
        QVERIFY(m_server->start());
        m_key = m_server->createKey().toLatin1();
    }
    void cleanup() { m_server.reset(); }

    void hostedFormWithoutDateKeepsTheMessage()
    {
        const QString token = formToken();
        QVERIFY(!token.isEmpty());
        const HttpResult r = httpRequest(m_server->port(), "POST", "/capture", Browser,
                                         formBody({{"_form_token", token},
                                                   {"_embed", "0"},
                                                   {"source", "Hosted form"},
                                                   {"website", ""},
                                                   {"name", "Maria Garcia"},
                                                   {"email", "maria@example.com"},
                                                   {"phone", "+34 600 000 000"},
                                                   {"event_date", ""},
                                                   {"event_type", ""},
                                                   {"message", "Are you free in June?"}}));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("Thank you!"));
        QCOMPARE(scalar("SELECT COUNT(*) FROM leads").toInt(), 1);
        QCOMPARE(scalar("SELECT notes FROM leads").toString(), QString("Are you free in June?"));
        QCOMPARE(scalar("SELECT event_date FROM leads").toString(), QString());
        QCOMPARE(
            scalar("SELECT first_name || ' ' || last_name || ' ' || phone FROM leads").toString(),
            QString("Maria Garcia +34 600 000 000"));
        // The empty fields a form always sends are no details.
        QCOMPARE(scalar("SELECT details FROM leads").toString(), QString("{}"));
        const QJsonObject event = createdEvent();
        QVERIFY(event.value("event_date").isNull());
        QCOMPARE(event.value("notes").toString(), QString("Are you free in June?"));
        QCOMPARE(event.value("details").toObject(), QJsonObject());
    }

    void captureJsonWithNotesAndNoDateIsALead()
    {
        const HttpResult r
            = httpRequest(m_server->port(), "POST", "/capture", Json,
                          json({{"email", "ann@example.com"}, {"notes", "Do you do elopements?"}}));
        QCOMPARE(r.status, 201);
        // The contact answer is the contract's, unchanged.
        const QJsonObject data = r.json().value("data").toObject();
        QCOMPARE(data.keys(),
                 QStringList(
                     {"created_at", "email", "first_name", "id", "last_name", "source", "stage"}));
        QCOMPARE(scalar("SELECT COUNT(*) FROM leads WHERE event_date = ''").toInt(), 1);
        QCOMPARE(scalar("SELECT created_via FROM leads").toString(), QString("capture"));

        // `message`, as form builders name it, is the notes too.
        QCOMPARE(httpRequest(m_server->port(), "POST", "/capture", Json,
                             json({{"email", "ben@example.com"}, {"message", "Call me"}}))
                     .status,
                 201);
        QCOMPARE(scalar("SELECT notes FROM leads WHERE email = 'ben@example.com'").toString(),
                 QString("Call me"));
    }

    void datelessLeadsSortAfterDatedOnesBothWays()
    {
        QCOMPARE(httpRequest(m_server->port(), "POST", "/capture", Json,
                             json({{"email", "nodate@example.com"}, {"notes", "Any date free?"}}))
                     .status,
                 201);
        for (const char *date : {"2027-09-04", "2027-05-01"}) {
            QCOMPARE(httpRequest(m_server->port(), "POST", "/api/v1/leads",
                                 {{"X-API-Key", m_key}, {"Content-Type", "application/json"}},
                                 json({{"name", "Dated Lead"},
                                       {"email", QString("d%1@example.com").arg(date)},
                                       {"phone", "+15551234567"},
                                       {"event_date", date}}))
                         .status,
                     201);
        }
        store::DbConnection c(m_server->databasePath(), "sort");
        const auto dates = [&](Qt::SortOrder order) {
            QStringList shown;
            for (const auto &lead :
                 store::LeadQuery(c.db()).page({}, store::LeadSort::EventDate, order, 0, 10))
                shown.append(lead.eventDate);
            return shown;
        };
        QCOMPARE(dates(Qt::AscendingOrder), QStringList({"2027-05-01", "2027-09-04", ""}));
        QCOMPARE(dates(Qt::DescendingOrder), QStringList({"2027-09-04", "2027-05-01", ""}));
        // Read in index order, not by sorting every lead.
        QSqlQuery plan(c.db());
        QVERIFY(plan.exec("EXPLAIN QUERY PLAN SELECT l.id FROM leads l ORDER BY "
                          "l.event_date = '', l.event_date ASC, l.id ASC LIMIT 10"));
        QStringList steps;
        while (plan.next())
            steps.append(plan.value(3).toString());
        QVERIFY2(!steps.join(u'|').contains("TEMP B-TREE"), qPrintable(steps.join(u'|')));
    }

    void contactWithoutInquiryMakesNoLead()
    {
        const HttpResult r
            = httpRequest(m_server->port(), "POST", "/capture", Json,
                          json({{"email", "news@example.com"},
                                {"first_name", "Nia"},
                                {"metadata", QJsonObject {{"list", "newsletter"}}}}));
        QCOMPARE(r.status, 201);
        QCOMPARE(scalar("SELECT COUNT(*) FROM contacts").toInt(), 1);
        QCOMPARE(scalar("SELECT COUNT(*) FROM leads").toInt(), 0);
    }

    void captureKeepsExtraFieldsAsDetails()
    {
        const QByteArray body = json({{"email", "cat@example.com"},
                                      {"name", "Cat Chen"},
                                      {"phone", "+15550100"},
                                      {"event_date", "2027-09-04"},
                                      {"venue", "The Old Barn"},
                                      {"guest_count", 120},
                                      {"budget", "5000-8000"},
                                      {"utm_source", "instagram"},
                                      {"metadata", QJsonObject {{"page", "/pricing"}}}});
        QCOMPARE(httpRequest(m_server->port(), "POST", "/capture", Json, body).status, 201);
        const QJsonObject lead = storedLead(scalar("SELECT public_id FROM leads").toString());
        QCOMPARE(lead.value("event_date").toString(), QString("2027-09-04"));
        const QJsonObject details = lead.value("details").toObject();
        QCOMPARE(details,
                 QJsonObject({{"venue", "The Old Barn"},
                              {"guest_count", 120},
                              {"budget", "5000-8000"},
                              {"utm_source", "instagram"}}));
        // Metadata stays the contact's, as before.
        QCOMPARE(scalar("SELECT json_extract(metadata, '$.page') FROM contacts").toString(),
                 QString("/pricing"));
        QCOMPARE(createdEvent().value("details").toObject(), details);
    }

    void dateLessInquiryWithOnlyDetailsIsALead()
    {
        const QString token = formToken();
        const HttpResult r = httpRequest(m_server->port(), "POST", "/capture", Browser,
                                         formBody({{"_form_token", token},
                                                   {"name", "Dee Dorn"},
                                                   {"email", "dee@example.com"},
                                                   {"event_type", "Elopement"},
                                                   {"venue", "Lake Bled"}}));
        QCOMPARE(r.status, 200);
        const QJsonObject lead = storedLead(scalar("SELECT public_id FROM leads").toString());
        QVERIFY(lead.value("event_date").isNull());
        // An event type outside the owner's list is kept as a detail, not dropped.
        QVERIFY(lead.value("event_type").isNull());
        QCOMPARE(lead.value("details").toObject(),
                 QJsonObject({{"venue", "Lake Bled"}, {"event_type", "Elopement"}}));
    }

    void leadApiKeepsExtrasAndAnswersAsBefore()
    {
        const QByteArray body = json({{"first_name", "Eve"},
                                      {"last_name", "Eder"},
                                      {"email", "eve@example.com"},
                                      {"phone", "+15550101"},
                                      {"event_date", "2027-06-20"},
                                      {"event_type", "Elopement"},
                                      {"venue", "Cliffside"},
                                      {"guest_count", 2},
                                      {"vip", true}});
        const HttpResult r = httpRequest(
            m_server->port(), "POST", "/api/v1/leads",
            {{"Authorization", "Bearer " + m_key}, {"Content-Type", "application/json"}}, body);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().keys(), QStringList({"id", "lead_url", "status"}));
        const QJsonObject lead = storedLead(r.json().value("id").toString());
        QCOMPARE(lead.value("details").toObject(),
                 QJsonObject({{"venue", "Cliffside"},
                              {"guest_count", 2},
                              {"vip", true},
                              {"event_type", "Elopement"}}));
        QVERIFY(lead.value("event_type").isNull());
        // The contract's required date is still required there.
        const HttpResult dateless = httpRequest(
            m_server->port(), "POST", "/api/v1/leads",
            {{"Authorization", "Bearer " + m_key}, {"Content-Type", "application/json"}},
            json({{"name", "No Date"}, {"email", "nd@example.com"}, {"phone", "1"}}));
        QCOMPARE(dateless.status, 400);
        QCOMPARE(dateless.json().value("fields").toArray(), QJsonArray({"event_date"}));
    }

    void detailsStayWithinTheirCaps()
    {
        QJsonObject body {{"email", "many@example.com"}, {"notes", "Lots of fields"}};
        for (int i = 0; i < leads::LeadDetails::MaxKeys + 10; ++i)
            body.insert(QStringLiteral("field_%1").arg(i, 3, 10, QChar(u'0')), "x");
        QCOMPARE(httpRequest(m_server->port(), "POST", "/capture", Json, json(body)).status, 201);
        const QJsonObject details = storedLead(scalar("SELECT public_id FROM leads").toString())
                                        .value("details")
                                        .toObject();
        QCOMPARE(details.size(), leads::LeadDetails::MaxKeys + 1);
        QVERIFY(details.value(leads::LeadDetails::TruncatedKey).toBool());
        QVERIFY(details.contains("field_000"));
        QVERIFY(!details.contains("field_059"));
    }

    void restoredSpamKeepsItsDetails()
    {
        const QString token = formToken();
        QCOMPARE(httpRequest(m_server->port(), "POST", "/capture", Browser,
                             formBody({{"_form_token", token},
                                       {"website", "http://bot.example"},
                                       {"email", "fay@example.com"},
                                       {"message", "Hi"},
                                       {"venue", "Town hall"}}))
                     .status,
                 200);
        QCOMPARE(scalar("SELECT COUNT(*) FROM leads").toInt(), 0);
        const QString spamId = scalar("SELECT public_id FROM spam_submissions").toString();
        const auto outcome = m_server->server().writer()->run([&](QSqlDatabase &db) {
            return QVariant::fromValue(
                capture::ContactCapture::restoreSpam(db, spamId, QString(), 1'900'000'000'000));
        });
        QVERIFY(outcome.value.value<capture::CaptureResult>().kind
                == capture::CaptureResult::Kind::Created);
        QCOMPARE(scalar("SELECT notes FROM leads").toString(), QString("Hi"));
        QCOMPARE(scalar("SELECT json_extract(details, '$.venue') FROM leads").toString(),
                 QString("Town hall"));
    }

    void ownerMayKeepALeadWithoutDateOrPhone()
    {
        store::LeadRecord lead;
        lead.email = QStringLiteral("gil@example.com");
        lead.status = QStringLiteral("new");
        QVERIFY(leads::LeadUpdater::validate(lead).isValid());
        lead.eventDate = QStringLiteral("2027-02-30");
        QCOMPARE(leads::LeadUpdater::validate(lead).fields, QStringList({"event_date"}));
        lead.eventDate.clear();
        lead.email.clear();
        QCOMPARE(leads::LeadUpdater::validate(lead).fields, QStringList({"email"}));
    }
};

QTEST_MAIN(InquiryTest)
#include "tst_inquiry.moc"
