// SPDX-License-Identifier: GPL-3.0-or-later
// The store on a real SQLite file: schema migrations, refusing a database from a newer version
// without touching it, connection pragmas, and API keys kept only as salted hashes.
#include "core/server/LeadServer.h"
#include "core/store/ApiKeyStore.h"
#include "core/store/DbConnection.h"
#include "core/store/SchemaMigrator.h"
#include "core/store/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rmx;
using store::ApiKeyStore;
using store::DbConnection;
using store::SchemaMigrator;

namespace {
QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class StoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("t%1.db").arg(QTest::currentTestFunction()));
    }

    void migratesEmptyFile()
    {
        QVERIFY(!QFile::exists(m_path));
        const SchemaMigrator::Result result = SchemaMigrator::migrate(m_path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.fromVersion, 0);
        QCOMPARE(result.toVersion, SchemaMigrator::latestVersion());
        QVERIFY(SchemaMigrator::latestVersion() >= 1);

        DbConnection conn(m_path, "check");
        QVERIFY(conn.isOpen());
        QCOMPARE(scalar(conn.db(), "PRAGMA user_version").toInt(), SchemaMigrator::latestVersion());
        for (const char *table : {"leads", "contacts", "lead_sources", "event_types", "api_keys",
                                  "settings", "outbox", "mail_templates"}) {
            QCOMPARE(scalar(conn.db(),
                            QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = "
                                           "'table' AND name = '%1'")
                                .arg(QLatin1StringView(table)))
                         .toInt(),
                     1);
        }
        QCOMPARE(scalar(conn.db(), "PRAGMA integrity_check").toString(), QStringLiteral("ok"));
        QCOMPARE(scalar(conn.db(), "PRAGMA foreign_key_check").isValid(), false);
    }

    void migratesEmptyExistingFile()
    {
        // A zero-byte file (e.g. created by touch) is an empty database, not an error.
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const SchemaMigrator::Result result = SchemaMigrator::migrate(m_path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.fromVersion, 0);
    }

    void reopeningIsANoOp()
    {
        QVERIFY(SchemaMigrator::migrate(m_path).ok);
        {
            DbConnection conn(m_path, "seed");
            QSqlQuery q(conn.db());
            QVERIFY(
                q.exec("INSERT INTO settings (key, value, updated_at) VALUES ('x', 'kept', 1)"));
        }
        const QByteArray before = fileHash(m_path);
        const SchemaMigrator::Result again = SchemaMigrator::migrate(m_path);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.fromVersion, SchemaMigrator::latestVersion());
        QCOMPARE(again.toVersion, SchemaMigrator::latestVersion());
        QCOMPARE(fileHash(m_path), before);
        DbConnection conn(m_path, "check");
        QCOMPARE(scalar(conn.db(), "SELECT value FROM settings WHERE key = 'x'").toString(),
                 QStringLiteral("kept"));
        QCOMPARE(scalar(conn.db(), "SELECT COUNT(*) FROM event_types").toInt(), 6);
    }

    void refusesDatabaseFromTheFuture()
    {
        QVERIFY(SchemaMigrator::migrate(m_path).ok);
        {
            DbConnection conn(m_path, "future");
            QSqlQuery q(conn.db());
            QVERIFY(q.exec("PRAGMA user_version = 999"));
            QVERIFY(q.exec("CREATE TABLE from_the_future (x)"));
            QVERIFY(q.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QByteArray before = fileHash(m_path);
        QVERIFY(!before.isEmpty());

        const SchemaMigrator::Result result = SchemaMigrator::migrate(m_path);
        QVERIFY(!result.ok);
        QCOMPARE(result.fromVersion, 999);
        QVERIFY2(result.error.contains("newer version"), qPrintable(result.error));
        QVERIFY2(result.error.contains("999"), qPrintable(result.error));
        QCOMPARE(fileHash(m_path), before);

        // The server refuses to start on it, with the same explanation, and leaves it alone.
        server::LeadServer server;
        server::LeadServer::Options options;
        options.dataDir = m_dir.path();
        QVERIFY(QFile::rename(m_path, m_dir.filePath("remixcrm.db")));
        options.listenOverride = "127.0.0.1:0";
        QString error;
        QVERIFY(!server.start(options, &error));
        QVERIFY2(error.contains("newer version"), qPrintable(error));
        QVERIFY(!server.isListening());
        QCOMPARE(fileHash(m_dir.filePath("remixcrm.db")), before);
        QVERIFY(QFile::remove(m_dir.filePath("remixcrm.db")));
    }

    void upgradesOlderDatabase()
    {
        // A database at version 0 with content of its own (as an older app left it) is upgraded.
        {
            DbConnection conn(m_path, "old");
            QSqlQuery q(conn.db());
            QVERIFY(q.exec("CREATE TABLE keep_me (x)"));
            QVERIFY(q.exec("INSERT INTO keep_me VALUES (7)"));
        }
        const SchemaMigrator::Result result = SchemaMigrator::migrate(m_path);
        QVERIFY2(result.ok, qPrintable(result.error));
        DbConnection conn(m_path, "check");
        QCOMPARE(scalar(conn.db(), "SELECT x FROM keep_me").toInt(), 7);
        QCOMPARE(scalar(conn.db(), "PRAGMA user_version").toInt(), SchemaMigrator::latestVersion());
    }

    // Reads in one ReadTransaction share a snapshot; once it ends, the connection sees
    // later commits again. Inside a transaction already, it leaves that one open.
    void readTransactionHoldsOneSnapshot()
    {
        QVERIFY(SchemaMigrator::migrate(m_path).ok);
        DbConnection reader(m_path, "reader");
        DbConnection writer(m_path, "writer");
        const QString count = QStringLiteral("SELECT COUNT(*) FROM settings");
        const auto write = [&](const char *key) {
            QSqlQuery q(writer.db());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings VALUES ('%1', 'x', 0)")
                               .arg(QLatin1StringView(key))));
        };
        {
            const store::Sql::ReadTransaction snapshot(reader.db());
            QCOMPARE(scalar(reader.db(), count).toInt(), 0);
            write("a");
            QCOMPARE(scalar(reader.db(), count).toInt(), 0); // the same snapshot
        }
        QCOMPARE(scalar(reader.db(), count).toInt(), 1);
        write("b");
        QCOMPARE(scalar(reader.db(), count).toInt(), 2); // ended: no stale snapshot

        QVERIFY(QSqlQuery(reader.db()).exec("BEGIN"));
        QCOMPARE(scalar(reader.db(), count).toInt(), 2);
        {
            const store::Sql::ReadTransaction nested(reader.db());
        }
        write("c");
        QCOMPARE(scalar(reader.db(), count).toInt(), 2); // the outer one is still open
        QVERIFY(QSqlQuery(reader.db()).exec("COMMIT"));
        QCOMPARE(scalar(reader.db(), count).toInt(), 3);
    }

    void connectionPragmas()
    {
        QVERIFY(SchemaMigrator::migrate(m_path).ok);
        DbConnection conn(m_path, "pragmas");
        QCOMPARE(scalar(conn.db(), "PRAGMA journal_mode").toString().toLower(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(conn.db(), "PRAGMA foreign_keys").toInt(), 1);
        QCOMPARE(scalar(conn.db(), "PRAGMA synchronous").toInt(), 2); // FULL
        // Foreign keys are enforced, not just declared.
        QSqlQuery q(conn.db());
        QVERIFY(!q.exec("INSERT INTO leads (public_id, contact_id, first_name, email, phone, "
                        "event_date, created_via, created_at, updated_at) VALUES "
                        "('x', 12345, 'a', 'a@b.co', '1', '2026-01-01', 'api', 0, 0)"));
    }

    void apiKeyShapeAndStorage()
    {
        QVERIFY(SchemaMigrator::migrate(m_path).ok);
        QStringList keys;
        {
            DbConnection conn(m_path, "keys");
            ApiKeyStore store(conn.db());
            static const QRegularExpression shape("^rmx_[0-9A-Za-z]{32}$");
            for (int i = 0; i < 5; ++i) {
                const store::CreatedApiKey created = store.create(QStringLiteral("Key %1").arg(i));
                QVERIFY2(shape.match(created.key).hasMatch(), qPrintable(created.key));
                QCOMPARE(created.info.prefix, created.key.left(12));
                QCOMPARE(created.info.name, QStringLiteral("Key %1").arg(i));
                QVERIFY(created.info.createdAt > 0);
                QVERIFY(ApiKeyStore::isWellFormed(created.key));
                keys.append(created.key);
            }
            QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());

            QSqlQuery q(conn.db());
            QVERIFY(q.exec("SELECT salt, hash, prefix FROM api_keys ORDER BY id"));
            QSet<QByteArray> salts;
            int row = 0;
            while (q.next()) {
                const QByteArray salt = q.value(0).toByteArray();
                QVERIFY(salt.size() >= 16);
                salts.insert(salt);
                QCOMPARE(q.value(1).toByteArray().size(), 32); // SHA-256
                QCOMPARE(q.value(2).toString(), keys[row++].left(12));
            }
            QCOMPARE(row, keys.size());
            QCOMPARE(salts.size(), keys.size());
            // The hash is of salt + key, not of the key alone.
            for (const QString &key : keys) {
                QVERIFY(
                    !scalar(
                         conn.db(),
                         QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE hex(hash) = '%1'")
                             .arg(QString::fromLatin1(
                                 QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256)
                                     .toHex()
                                     .toUpper())))
                         .toInt());
            }
        }
        // Neither the database nor its WAL holds any key in clear; the prefixes are there.
        const QByteArray bytes = fileBytes(m_path) + fileBytes(m_path + "-wal");
        QVERIFY(bytes.contains(keys.first().left(12).toLatin1()));
        for (const QString &key : keys) {
            QVERIFY(!bytes.contains(key.toLatin1()));
            QVERIFY(!bytes.contains(key.mid(12).toLatin1()));
            QVERIFY(!bytes.contains(key.toUtf8().toHex()));
            QVERIFY(!bytes.contains(key.toUtf8().toBase64()));
        }
    }

    void apiKeyVerifyAndRevoke()
    {
        QVERIFY(SchemaMigrator::migrate(m_path).ok);
        DbConnection conn(m_path, "verify");
        ApiKeyStore store(conn.db());
        const store::CreatedApiKey a = store.create("A");
        const store::CreatedApiKey b = store.create("B");

        auto verified = store.verify(a.key);
        QVERIFY(verified);
        QCOMPARE(verified->id, a.info.id);
        QCOMPARE(verified->prefix, a.info.prefix);
        QCOMPARE(store.verify(b.key)->id, b.info.id);

        // Same prefix, different tail: the stored hash decides.
        QString forged = a.key;
        forged[forged.size() - 1] = forged.endsWith(u'a') ? u'b' : u'a';
        QVERIFY(!store.verify(forged));
        QVERIFY(!store.verify(a.key.toUpper()));
        QVERIFY(!store.verify("rmx_short"));
        QVERIFY(!store.verify(QString()));

        // Replacing the stored hash with another key's hash breaks verification: the hash in
        // the database is what is checked.
        {
            QSqlQuery q(conn.db());
            QVERIFY(q.exec(QStringLiteral("UPDATE api_keys SET hash = (SELECT hash FROM api_keys "
                                          "WHERE id = %1) WHERE id = %2")
                               .arg(b.info.id)
                               .arg(a.info.id)));
        }
        QVERIFY(!store.verify(a.key));
        QVERIFY(store.verify(b.key));

        QCOMPARE(store.revoke(b.info.prefix), ApiKeyStore::RevokeResult::Revoked);
        QVERIFY(!store.verify(b.key));
        QVERIFY(!store.isActive(b.info.id));
        QCOMPARE(store.revoke(b.info.prefix), ApiKeyStore::RevokeResult::AlreadyRevoked);
        QCOMPARE(store.revoke("rmx_00000000"), ApiKeyStore::RevokeResult::NotFound);

        const QList<store::ApiKeyInfo> all = store.list();
        QCOMPARE(all.size(), 2);
        for (const auto &info : all) {
            if (info.id == b.info.id)
                QVERIFY(info.revokedAt > 0);
            else
                QCOMPARE(info.revokedAt, 0);
        }
    }

    void touchRecordsLastUse()
    {
        QVERIFY(SchemaMigrator::migrate(m_path).ok);
        DbConnection conn(m_path, "touch");
        ApiKeyStore store(conn.db());
        const store::CreatedApiKey a = store.create("A");
        QCOMPARE(store.list().first().lastUsedAt, 0);
        store.touch(a.info.id, 1234567);
        QCOMPARE(store.list().first().lastUsedAt, 1234567);
    }
};

QTEST_GUILESS_MAIN(StoreTest)
#include "tst_store.moc"
