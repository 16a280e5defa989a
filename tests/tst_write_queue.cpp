// SPDX-License-Identifier: GPL-3.0-or-later
// The writer's group commit on a real SQLite file: jobs of one batch share a transaction, a
// failing job is undone alone (with whatever it cached), and values cached for the transaction
// follow the writes made in it.
#include "core/store/ApiKeyStore.h"
#include "core/store/LookupStore.h"
#include "core/store/SchemaMigrator.h"
#include "core/store/SettingsStore.h"
#include "core/store/StoreError.h"
#include "core/store/WriteQueue.h"

#include <QMutex>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace rmx::store;

namespace {
QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}
} // namespace

class WriteQueueTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WriteQueue> m_writer;
    QMutex m_batchesMutex;
    QList<int> m_batches; // job count of each commit

    /// Runs `jobs` as one batch: the writer is held by a job of its own until all are queued.
    QList<WriteQueue::Outcome> runAsOneBatch(const QList<WriteQueue::Job> &jobs)
    {
        QSemaphore holding, release;
        m_writer->submit(
            [this, &holding, &release](QSqlDatabase &) {
                // On the writer thread, so every earlier commit has been reported already.
                {
                    QMutexLocker lock(&m_batchesMutex);
                    m_batches.clear();
                }
                holding.release();
                release.acquire();
                return QVariant();
            },
            {});
        holding.acquire();
        QList<WriteQueue::Outcome> outcomes(jobs.size());
        QSemaphore finished;
        for (int i = 0; i < jobs.size(); ++i)
            m_writer->submit(jobs[i], [&outcomes, &finished, i](const WriteQueue::Outcome &o) {
                outcomes[i] = o;
                finished.release();
            });
        release.release();
        if (!finished.tryAcquire(int(jobs.size()), 10'000))
            qFatal("the writer did not finish the batch");
        return outcomes;
    }

    QList<int> batches()
    {
        QMutexLocker lock(&m_batchesMutex);
        return m_batches;
    }

    QVariant read(const QString &sql)
    {
        return m_writer->run([sql](QSqlDatabase &db) { return scalar(db, sql); }).value;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path
            = m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()));
        QVERIFY(SchemaMigrator::migrate(path).ok);
        m_writer = std::make_unique<WriteQueue>(path);
        connect(
            m_writer.get(), &WriteQueue::committed, this,
            [this](int jobs) {
                QMutexLocker lock(&m_batchesMutex);
                m_batches.append(jobs);
            },
            Qt::DirectConnection);
        QString error;
        QVERIFY2(m_writer->start(&error), qPrintable(error));
    }

    void cleanup() { m_writer.reset(); }

    void failingJobIsUndoneAloneWithWhatItCached()
    {
        const auto outcomes = runAsOneBatch({
            [](QSqlDatabase &db) { return QVariant(LookupStore(db).sourceFor("Alpha", 1).id); },
            [](QSqlDatabase &db) -> QVariant {
                LookupStore(db).sourceFor("Filler", 2);
                LookupStore(db).sourceFor("Beta", 2);
                throw StoreError("refused");
            },
            [](QSqlDatabase &db) { return QVariant(LookupStore(db).sourceFor("Beta", 3).id); },
        });
        QTRY_COMPARE(batches(), (QList<int> {1, 3})); // the holding job, then the three
        QVERIFY(outcomes[0].ok);
        QVERIFY(!outcomes[1].ok);
        QCOMPARE(outcomes[1].error, QStringLiteral("refused"));
        QVERIFY(outcomes[2].ok);
        QCOMPARE(read("SELECT COUNT(*) FROM lead_sources WHERE name = 'Filler'").toInt(), 0);
        // The third job created Beta itself: the id the failed job cached was undone with it.
        QCOMPARE(read("SELECT id FROM lead_sources WHERE name = 'Beta'").toLongLong(),
                 outcomes[2].value.toLongLong());
        QCOMPARE(read("SELECT created_at FROM lead_sources WHERE name = 'Beta'").toLongLong(), 3);
        QCOMPARE(read("SELECT id FROM lead_sources WHERE name = 'Alpha'").toLongLong(),
                 outcomes[0].value.toLongLong());
    }

    void revokeInTheSameBatchIsSeenByTheNextJob()
    {
        const CreatedApiKey key = m_writer
                                      ->run([](QSqlDatabase &db) {
                                          return QVariant::fromValue(ApiKeyStore(db).create("k"));
                                      })
                                      .value.value<CreatedApiKey>();
        const qint64 id = key.info.id;
        const auto outcomes = runAsOneBatch({
            [id](QSqlDatabase &db) { return QVariant(ApiKeyStore(db).isActive(id)); },
            [key](QSqlDatabase &db) {
                return QVariant(ApiKeyStore(db).revoke(key.info.prefix)
                                == ApiKeyStore::RevokeResult::Revoked);
            },
            [id](QSqlDatabase &db) { return QVariant(ApiKeyStore(db).isActive(id)); },
        });
        QTRY_COMPARE(batches(), (QList<int> {1, 3}));
        QCOMPARE(outcomes[0].value.toBool(), true);
        QCOMPARE(outcomes[1].value.toBool(), true);
        QCOMPARE(outcomes[2].value.toBool(), false);
    }

    void settingWrittenInTheSameBatchIsSeenByTheNextJob()
    {
        const auto outcomes = runAsOneBatch({
            [](QSqlDatabase &db) { return QVariant(SettingsStore(db).value("public_url")); },
            [](QSqlDatabase &db) {
                return QVariant(
                    SettingsStore(db).setValue("public_url", "https://leads.example.com"));
            },
            [](QSqlDatabase &db) { return QVariant(SettingsStore(db).value("public_url")); },
        });
        QTRY_COMPARE(batches(), (QList<int> {1, 3}));
        QCOMPARE(outcomes[0].value.toString(), QString());
        QCOMPARE(outcomes[1].value.toString(), QString()); // no validation error
        QCOMPARE(outcomes[2].value.toString(), QStringLiteral("https://leads.example.com"));
    }

    void keyUseIsRecordedOncePerCommitWithTheLastTime()
    {
        const qint64 id = m_writer
                              ->run([](QSqlDatabase &db) {
                                  return QVariant(ApiKeyStore(db).create("k").info.id);
                              })
                              .value.toLongLong();
        runAsOneBatch({
            [id](QSqlDatabase &db) {
                ApiKeyStore(db).touch(id, 100);
                return QVariant();
            },
            [id](QSqlDatabase &db) {
                ApiKeyStore(db).touch(id, 200);
                return QVariant();
            },
        });
        QCOMPARE(read(QStringLiteral("SELECT last_used_at FROM api_keys WHERE id = %1").arg(id))
                     .toLongLong(),
                 200);
    }
};

QTEST_GUILESS_MAIN(WriteQueueTest)
#include "tst_write_queue.moc"
