// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing that got a 201 may be lost: the real binary is killed with SIGKILL the moment the
// last 201 of a concurrent burst arrives, then every acknowledged lead and its lead.created
// outbox row must be in the database.
#include "core/server/DataDirectory.h"
#include "core/store/ApiKeyStore.h"
#include "core/store/DbConnection.h"
#include "core/store/SchemaMigrator.h"
#include "tests/support/HttpClient.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace rmx;
using namespace rmx::test;

namespace {
constexpr int Connections = 4;
constexpr int PerConnection = 5;
constexpr int Rounds = 3;

QString startHeadless(QProcess &process, const QString &dataDir)
{
    process.start(QStringLiteral(REMIXCRM_BINARY),
                  {"--headless", "--data-dir", dataDir, "--listen", "127.0.0.1:0"});
    static const QRegularExpression ready("^listening on (http://\\S+)$",
                                          QRegularExpression::MultilineOption);
    QByteArray out;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && process.state() != QProcess::NotRunning) {
        out += process.readAllStandardOutput();
        const auto match = ready.match(QString::fromUtf8(out));
        if (match.hasMatch())
            return match.captured(1);
        process.waitForReadyRead(100);
    }
    qWarning("headless did not start: %s", process.readAllStandardError().constData());
    return {};
}
} // namespace

class CrashTest : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgedLeadsSurviveSigkill()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dbPath = server::DataDirectory::databasePath(dir.path());
        QVERIFY(store::SchemaMigrator::migrate(dbPath).ok);
        QByteArray key;
        {
            store::DbConnection conn(dbPath, "setup");
            key = store::ApiKeyStore(conn.db()).create("Crash test").key.toLatin1();
        }
        const Headers headers {{"Authorization", "Bearer " + key},
                               {"Content-Type", "application/json"}};

        QStringList acknowledged;
        for (int round = 0; round < Rounds; ++round) {
            QProcess process;
            const QString url = startHeadless(process, dir.path());
            QVERIFY(!url.isEmpty());
            const quint16 port = quint16(QUrl(url).port());

            // Every connection pipelines its requests at once, so the server has them all in
            // flight together and group-commits them.
            std::vector<std::unique_ptr<HttpClient>> clients;
            for (int c = 0; c < Connections; ++c) {
                clients.push_back(std::make_unique<HttpClient>(port));
                QVERIFY(clients.back()->connectToServer());
                QByteArray batch;
                for (int n = 0; n < PerConnection; ++n) {
                    const QByteArray body
                        = QStringLiteral(
                              R"({"name":"Crash %1-%2-%3","email":"c%1.%2.%3@example.com",)"
                              R"("phone":"1","event_date":"2026-08-15"})")
                              .arg(round)
                              .arg(c)
                              .arg(n)
                              .toUtf8();
                    batch += HttpClient::build("POST", "/api/v1/leads", headers, body);
                }
                clients.back()->sendRaw(batch);
            }
            QStringList thisRound;
            for (auto &client : clients) {
                for (int n = 0; n < PerConnection; ++n) {
                    const HttpResult r = client->readResponse(10000);
                    QCOMPARE(r.status, 201);
                    thisRound.append(r.json().value("id").toString());
                }
            }
            process.kill(); // SIGKILL, right after the last 201
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
            QCOMPARE(thisRound.size(), Connections * PerConnection);
            acknowledged += thisRound;

            store::DbConnection conn(dbPath, QStringLiteral("check%1").arg(round));
            QVERIFY(conn.isOpen());
            QSqlQuery q(conn.db());
            QVERIFY(q.exec("PRAGMA integrity_check") && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            for (const QString &id : std::as_const(acknowledged)) {
                QSqlQuery lead(conn.db());
                lead.prepare("SELECT COUNT(*) FROM leads WHERE public_id = ?");
                lead.addBindValue(id);
                QVERIFY(lead.exec() && lead.next());
                QVERIFY2(lead.value(0).toInt() == 1, qPrintable("lost lead " + id));
                QSqlQuery event(conn.db());
                event.prepare("SELECT COUNT(*) FROM outbox WHERE event = 'lead.created' AND "
                              "json_extract(data, '$.id') = ?");
                event.addBindValue(id);
                QVERIFY(event.exec() && event.next());
                QVERIFY2(event.value(0).toInt() == 1, qPrintable("lost lead.created of " + id));
            }
            QVERIFY(q.exec("SELECT COUNT(*) FROM leads") && q.next());
            QCOMPARE(q.value(0).toInt(), acknowledged.size());
        }
    }
};

QTEST_GUILESS_MAIN(CrashTest)
#include "tst_crash.moc"
