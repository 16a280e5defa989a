// SPDX-License-Identifier: GPL-3.0-or-later
// Upgrading a database from the schema before disable reasons were stored as codes: the English
// sentences become codes, and the API still sends the same sentences.
#include "core/server/DataDirectory.h"
#include "core/server/LeadServer.h"
#include "core/store/ApiKeyStore.h"
#include "core/store/DbConnection.h"
#include "core/store/Migrations.h"
#include "core/store/SchemaMigrator.h"
#include "tests/support/HttpClient.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rmx;
using namespace rmx::test;

namespace {
// The version that turned the stored reasons into codes.
constexpr int CodesVersion = 6;

const char *const Gone = "The receiver answered 410 Gone: it no longer wants these events.";
const char *const Failing
    = "Every delivery failed since 2026-03-05T14:30:00Z; the webhook was turned off.";
const char *const Owner = "Turned off by the owner.";
} // namespace

class WebhookMigrationTest : public QObject
{
    Q_OBJECT

private slots:
    void disableReasonsBecomeCodes()
    {
        QTemporaryDir dir;
        const QString path = server::DataDirectory::databasePath(dir.path());
        {
            // The schema as the version before left it, with one subscription of each kind.
            store::DbConnection conn(path, "previous");
            QSqlQuery q(conn.db());
            const auto &steps = store::Migrations::all();
            for (int version = 1; version < CodesVersion; ++version) {
                for (const QString &statement : steps.at(version - 1))
                    QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            }
            QVERIFY(q.exec(QString("PRAGMA user_version = %1").arg(CodesVersion - 1)));
            const QString insert
                = "INSERT INTO webhook_subscriptions (public_id, url, events, secret_enc, "
                  "enabled, disabled_reason, disabled_at, created_by, failing_since, "
                  "created_at, updated_at) VALUES ('%1', 'https://example.com/%1', '[\"*\"]', "
                  "'v1:x', %2, %3, 1772800000000, 'api', %4, 1, 1)";
            QVERIFY(q.exec(insert.arg("wh_on", "1", "NULL", "NULL")));
            QVERIFY(q.exec(insert.arg("wh_gone", "0", QString("'%1'").arg(Gone), "NULL")));
            // failing_since moved on after the sentence was written: the sentence's time counts.
            QVERIFY(q.exec(
                insert.arg("wh_failing", "0", QString("'%1'").arg(Failing), "1772700000000")));
            QVERIFY(q.exec(insert.arg("wh_owner", "0", QString("'%1'").arg(Owner), "NULL")));
        }
        const auto result = store::SchemaMigrator::migrate(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.fromVersion, CodesVersion - 1);
        QString key;
        {
            store::DbConnection conn(path, "check");
            QSqlQuery q(conn.db());
            QVERIFY(q.exec("SELECT public_id, disabled_reason FROM webhook_subscriptions "
                           "ORDER BY id"));
            QStringList stored;
            while (q.next())
                stored << q.value(0).toString() + "=" + q.value(1).toString();
            QCOMPARE(
                stored,
                QStringList({"wh_on=", "wh_gone=gone", "wh_failing=failing", "wh_owner=owner"}));
            key = store::ApiKeyStore(conn.db()).create("Migration test").key;
        }

        // The API sends the very sentences it sent before the upgrade.
        server::LeadServer server;
        server::LeadServer::Options options;
        options.dataDir = dir.path();
        options.listenOverride = "127.0.0.1:0";
        QString error;
        QVERIFY2(server.start(options, &error), qPrintable(error));
        const HttpResult list = httpRequest(server.address().port, "GET", "/webhooks",
                                            {{"X-Api-Key", key.toLatin1()}});
        QCOMPARE(list.status, 200);
        QStringList reasons;
        for (const QJsonValue &v : list.json().value("data").toArray())
            reasons << v.toObject().value("disabled_reason").toString();
        QCOMPARE(reasons, QStringList({"", Gone, Failing, Owner}));
        server.stop();
    }
};

QTEST_GUILESS_MAIN(WebhookMigrationTest)
#include "tst_webhook_migration.moc"
