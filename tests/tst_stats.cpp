// SPDX-License-Identifier: GPL-3.0-or-later
// The overview's numbers: leads per week by source, per status, and booked dates ahead.
#include "core/store/DbConnection.h"
#include "core/store/LeadStats.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestServer.h"

#include <QTest>

using namespace rmx;
using namespace rmx::test;

class StatsTest : public QObject
{
    Q_OBJECT

private slots:
    void countsWeeksSourcesStatusesAndBookings()
    {
        TestServer server;
        server.setSetting("lead_rate_limit_per_hour", "0");
        QVERIFY(server.start());
        const QByteArray key = "Bearer " + server.createKey().toLatin1();
        const QString future = QDate::currentDate().addDays(30).toString(Qt::ISODate);
        const QString past = QDate::currentDate().addDays(-30).toString(Qt::ISODate);
        auto post = [&](const QString &email, const QString &source, const QString &status,
                        const QString &date) {
            const QByteArray body
                = QStringLiteral(R"({"name":"A B","email":"%1","phone":"1",)"
                                 R"("event_date":"%2","source":"%3","status":"%4"})")
                      .arg(email, date, source, status)
                      .toUtf8();
            return httpRequest(server.port(), "POST", "/api/v1/leads",
                               {{"Authorization", key}, {"Content-Type", "application/json"}}, body)
                .status;
        };
        QCOMPARE(post("a@example.com", "Instagram", "new", future), 201);
        QCOMPARE(post("b@example.com", "Instagram", "quoted", future), 201);
        QCOMPARE(post("c@example.com", "Website", "new", past), 201);
        // The API cannot book; the owner does, in the app.
        server.scalar("UPDATE leads SET status = 'booked' WHERE email = 'b@example.com'");
        server.scalar(QStringLiteral("UPDATE leads SET status = 'booked', event_date = '%1' "
                                     "WHERE email = 'c@example.com'")
                          .arg(past));

        store::DbConnection connection(server.databasePath(), "stats-test");
        store::LeadStats stats(connection.db());
        const auto weekly = stats.weeklyBySource(QDate::currentDate());
        QCOMPARE(weekly.weekStarts.size(), 12);
        QCOMPARE(weekly.weekStarts.last().dayOfWeek(), 1);
        QCOMPARE(weekly.sources, QStringList({"Instagram", "Website", ""}));
        QCOMPARE(weekly.counts.last(), QList<int>({2, 1, 0}));
        QCOMPARE(weekly.counts.first(), QList<int>({0, 0, 0}));

        const auto byStatus = stats.byStatus();
        QCOMPARE(byStatus.value("new"), 1);
        QCOMPARE(byStatus.value("booked"), 2);

        const auto upcoming = stats.upcomingBooked(QDate::currentDate());
        QCOMPARE(upcoming.size(), 1); // the past booking is not ahead
        QCOMPARE(upcoming.first().email, QString("b@example.com"));
    }
};

QTEST_GUILESS_MAIN(StatsTest)
#include "tst_stats.moc"
