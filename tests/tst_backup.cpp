// SPDX-License-Identifier: GPL-3.0-or-later
// Backups taken by the real binary beside a server under write load, restores into fresh data
// directories, refusals (running instance, damaged file) and the automatic daily rotation.
#include "core/server/BackupManager.h"
#include "core/server/BackupScheduler.h"
#include "core/server/DataDirectory.h"
#include "core/store/DbConnection.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace rmx;
using namespace rmx::test;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runBinary(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // messages in English
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(REMIXCRM_BINARY), args);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList column(const QString &databasePath, const QString &sql)
{
    store::DbConnection connection(databasePath, QStringLiteral("test-read"),
                                   store::DbConnection::Mode::ReadOnly);
    QSqlQuery q(connection.db());
    QStringList values;
    if (!q.exec(sql))
        return {QStringLiteral("<query failed>")};
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

QByteArray leadBody(int n)
{
    return QStringLiteral(R"({"name":"Guest %1","email":"guest%1@example.com",)"
                          R"("phone":"+1555%2","event_date":"2027-06-%3","event_type":"Wedding"})")
        .arg(n)
        .arg(1000000 + n)
        .arg(1 + n % 28, 2, 10, QLatin1Char('0'))
        .toUtf8();
}
} // namespace

class BackupTest : public QObject
{
    Q_OBJECT

private slots:
    void backupUnderWriteLoadThenRestore()
    {
        TestServer server;
        server.setSetting(QStringLiteral("lead_rate_limit_per_hour"), QStringLiteral("0"));
        server.setSetting(QStringLiteral("backup_enabled"), QStringLiteral("false"));
        QVERIFY(server.start());
        const QByteArray key = server.createKey().toLatin1();
        const quint16 port = server.port();

        // Writers post leads without pause; each 201 is recorded with the moment it was read.
        QElapsedTimer clock;
        clock.start();
        std::atomic<bool> stop {false};
        std::atomic<int> failures {0};
        QMutex mutex;
        QList<QPair<qint64, QString>> created; // (ns when the 201 was read, lead id)
        QList<QThread *> writers;
        for (int w = 0; w < 3; ++w) {
            writers.append(QThread::create([&, w] {
                HttpClient client(port);
                if (!client.connectToServer()) {
                    ++failures;
                    return;
                }
                for (int n = w * 100000; !stop; ++n) {
                    const HttpResult r = client.request(
                        "POST", "/api/v1/leads",
                        {{"Authorization", "Bearer " + key}, {"Content-Type", "application/json"}},
                        leadBody(n));
                    if (r.status != 201) {
                        ++failures;
                        return;
                    }
                    const qint64 at = clock.nsecsElapsed();
                    QMutexLocker lock(&mutex);
                    created.append({at, r.json().value(QStringLiteral("id")).toString()});
                }
            }));
            writers.last()->start();
        }
        auto createdCount = [&] {
            QMutexLocker lock(&mutex);
            return created.size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(createdCount() >= 50, 30000);

        QTemporaryDir backups;
        const QString file = backups.filePath(QStringLiteral("snapshot.db"));
        const qint64 backupStarted = clock.nsecsElapsed();
        const Run backup = runBinary(
            {QStringLiteral("--data-dir"), server.dataDir(), QStringLiteral("backup"), file});
        const int createdBeforeEnd = createdCount();
        // The server keeps accepting leads after the snapshot.
        QTRY_VERIFY_WITH_TIMEOUT(createdCount() >= createdBeforeEnd + 20, 30000);
        stop = true;
        for (QThread *writer : writers) {
            QVERIFY(writer->wait(30000));
            delete writer;
        }
        QCOMPARE(failures.load(), 0);
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        QVERIFY(backup.out.startsWith(QStringLiteral("Backed up ")));
        QVERIFY(QFileInfo(file).isFile());
        QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());

        QStringList confirmedBefore;
        for (const auto &[at, id] : std::as_const(created)) {
            if (at < backupStarted)
                confirmedBefore.append(id);
        }
        QVERIFY(confirmedBefore.size() >= 50);

        QTemporaryDir fresh;
        const QString restoredDir = fresh.filePath(QStringLiteral("restored"));
        const Run restore = runBinary(
            {QStringLiteral("--data-dir"), restoredDir, QStringLiteral("restore"), file});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
        const QString restoredDb = server::DataDirectory::databasePath(restoredDir);
        QCOMPARE(column(restoredDb, QStringLiteral("PRAGMA integrity_check")),
                 QStringList {QStringLiteral("ok")});
        const QStringList restoredIds
            = column(restoredDb, QStringLiteral("SELECT public_id FROM leads"));
        const QSet<QString> present(restoredIds.cbegin(), restoredIds.cend());
        for (const QString &id : std::as_const(confirmedBefore))
            QVERIFY2(present.contains(id), qPrintable(id));
        // A snapshot, not a mix: every lead in it has its contact and its history.
        QCOMPARE(column(restoredDb,
                        QStringLiteral("SELECT COUNT(*) FROM leads WHERE contact_id NOT IN "
                                       "(SELECT id FROM contacts)")),
                 QStringList {QStringLiteral("0")});
        QVERIFY(restore.out.contains(QString::number(restoredIds.size())));
        // Settings travel with the backup.
        const Run setting
            = runBinary({QStringLiteral("--data-dir"), restoredDir, QStringLiteral("config"),
                         QStringLiteral("get"), QStringLiteral("lead_rate_limit_per_hour")});
        QCOMPARE(setting.out.trimmed(), QStringLiteral("0"));
    }

    void restoreIsRefusedWhileAnInstanceRuns()
    {
        TestServer seed;
        const QString file = seed.dataDir() + QStringLiteral("/copy.db");
        QCOMPARE(server::BackupManager::backup(seed.databasePath(), file).error, QString());

        QTemporaryDir dir;
        QProcess headless;
        headless.start(QStringLiteral(REMIXCRM_BINARY),
                       {QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path(),
                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(headless.waitForStarted());
        QByteArray started;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (started += headless.readAllStandardOutput()).contains("listening on"),
            QByteArray(started + headless.readAllStandardError()).constData(), 20000);
        const QString database = server::DataDirectory::databasePath(dir.path());

        const Run restore = runBinary(
            {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("restore"), file});
        QCOMPARE(restore.exitCode, 1);
        QVERIFY2(restore.err.contains(QStringLiteral("already running")), qPrintable(restore.err));
        QVERIFY(QFile::exists(database));
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.before-restore-*")}).isEmpty());

        headless.terminate();
        QVERIFY(headless.waitForFinished(20000));
        QCOMPARE(headless.exitCode(), 0);
        // Stopped: now the same restore goes through and keeps the replaced database.
        const Run again = runBinary(
            {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("restore"), file});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.before-restore-*")}).size(), 1);
    }

    void restoreRefusesADamagedBackup()
    {
        TestServer server;
        server.setSetting(QStringLiteral("backup_enabled"), QStringLiteral("false"));
        QVERIFY(server.start());
        const QByteArray key = server.createKey().toLatin1();
        for (int n = 0; n < 40; ++n) {
            QCOMPARE(httpRequest(
                         server.port(), "POST", "/api/v1/leads",
                         {{"Authorization", "Bearer " + key}, {"Content-Type", "application/json"}},
                         leadBody(n))
                         .status,
                     201);
        }
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("good.db"));
        QVERIFY(server::BackupManager::backup(server.databasePath(), file).ok());
        QCOMPARE(server::BackupManager::verify(file).leads, 40);

        // Restoring straight from a live database keeps what is still only in its -wal file.
        const QString fromLive = dir.filePath(QStringLiteral("from-live"));
        const Run live = runBinary({QStringLiteral("--data-dir"), fromLive,
                                    QStringLiteral("restore"), server.databasePath()});
        QVERIFY2(live.exitCode == 0, qPrintable(live.err));
        QCOMPARE(column(server::DataDirectory::databasePath(fromLive),
                        QStringLiteral("SELECT COUNT(*) FROM leads")),
                 QStringList {QStringLiteral("40")});

        // Overwrite a page in the middle: the file still opens, the integrity check fails.
        const QString damaged = dir.filePath(QStringLiteral("damaged.db"));
        QVERIFY(QFile::copy(file, damaged));
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        QVERIFY(f.size() >= 4 * pageSize);
        for (qint64 page = 1; page < f.size() / pageSize; ++page) {
            f.seek(page * pageSize + 8);
            f.write(QByteArray(64, '\x5a'));
        }
        f.close();
        const QString target = dir.filePath(QStringLiteral("target"));
        const Run restore
            = runBinary({QStringLiteral("--data-dir"), target, QStringLiteral("restore"), damaged});
        QCOMPARE(restore.exitCode, 1);
        QVERIFY2(restore.err.contains(QStringLiteral("damaged"))
                     || restore.err.contains(QStringLiteral("not a")),
                 qPrintable(restore.err));
        QVERIFY(!QFile::exists(server::DataDirectory::databasePath(target)));

        const QString garbage = dir.filePath(QStringLiteral("notes.txt"));
        QFile text(garbage);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("these are not the leads you are looking for\n");
        text.close();
        QCOMPARE(
            runBinary({QStringLiteral("--data-dir"), target, QStringLiteral("restore"), garbage})
                .exitCode,
            1);
        // A backup never overwrites an existing file.
        const Run clash = runBinary(
            {QStringLiteral("--data-dir"), server.dataDir(), QStringLiteral("backup"), file});
        QCOMPARE(clash.exitCode, 1);
        QCOMPARE(server::BackupManager::verify(file).leads, 40);
    }

    void automaticBackupsKeepTheNewest()
    {
        TestServer server;
        const QDateTime start(QDate(2026, 1, 1), QTime(3, 0), Qt::UTC);
        for (int day = 0; day < 9; ++day) {
            const auto result = server::BackupManager::backupAutomatically(server.dataDir(), 7,
                                                                           start.addDays(day));
            QVERIFY2(result.ok(), qPrintable(result.error));
        }
        // A file of the user's own in the folder is never rotated away.
        QFile mine(server::BackupManager::automaticDirectory(server.dataDir())
                   + QStringLiteral("/my-copy.db"));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.close();
        QVERIFY(
            server::BackupManager::backupAutomatically(server.dataDir(), 7, start.addDays(9)).ok());
        const auto kept = server::BackupManager::automaticBackups(server.dataDir());
        QCOMPARE(kept.size(), 7);
        QCOMPARE(kept.first().fileName(), QStringLiteral("remixcrm-20260110-030000.db"));
        QCOMPARE(kept.last().fileName(), QStringLiteral("remixcrm-20260104-030000.db"));
        QVERIFY(mine.exists());
    }

    void schedulerFollowsTheSettings()
    {
        TestServer server;
        server.setSetting(QStringLiteral("backup_keep"), QStringLiteral("2"));
        server.setSetting(QStringLiteral("backup_enabled"), QStringLiteral("false"));
        // Interval 0: every check is due; only the setting decides.
        server::BackupScheduler scheduler(server.dataDir(), 0, 3600000);
        QSignalSpy finished(&scheduler, &server::BackupScheduler::backupFinished);
        scheduler.checkNow();
        QVERIFY(scheduler.isBusy());
        QTRY_VERIFY(!scheduler.isBusy());
        QCOMPARE(finished.count(), 0);

        server.setSetting(QStringLiteral("backup_enabled"), QStringLiteral("true"));
        for (int i = 0; i < 3; ++i) {
            scheduler.checkNow();
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.last().at(1).toString(), QString());
            QVERIFY(QFile::exists(finished.last().at(0).toString()));
            // Backup names have a resolution of one second: let the clock pass this one's.
            const QString second = QDateTime::currentDateTimeUtc().toString("yyyyMMdd-HHmmss");
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return QDateTime::currentDateTimeUtc().toString("yyyyMMdd-HHmmss") != second;
                },
                3000));
        }
        QCOMPARE(server::BackupManager::automaticBackups(server.dataDir()).size(), 2);

        // A day-long interval: the fresh backup is not due again.
        server::BackupScheduler daily(server.dataDir(), 24LL * 3600 * 1000, 3600000);
        QSignalSpy dailyFinished(&daily, &server::BackupScheduler::backupFinished);
        daily.checkNow();
        QTRY_VERIFY(!daily.isBusy());
        QCOMPARE(dailyFinished.count(), 0);
        QCOMPARE(server::BackupManager::automaticBackups(server.dataDir()).size(), 2);
    }

    void runningServerTakesItsDailyBackup()
    {
        TestServer server;
        QVERIFY(server.start());
        // backup_enabled defaults to true and there is no backup yet: one is taken at start.
        QTRY_COMPARE_WITH_TIMEOUT(server::BackupManager::automaticBackups(server.dataDir()).size(),
                                  1, 20000);
        QVERIFY(server::BackupManager::verify(
                    server::BackupManager::automaticBackups(server.dataDir()).first().filePath())
                    .ok());
    }
};

QTEST_GUILESS_MAIN(BackupTest)
#include "tst_backup.moc"
