// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/WriteQueue.h"

#include "core/store/DbConnection.h"
#include "core/store/Sql.h"
#include "core/store/StoreError.h"
#include "core/store/TransactionCache.h"
#include "core/store/WalCheckpointer.h"

#include <QLoggingCategory>
#include <QPromise>
#include <QSqlQuery>
#include <QThread>

Q_LOGGING_CATEGORY(lcWriter, "remixcrm.store.writer", QtInfoMsg)

namespace rmx::store {

WriteQueue::WriteQueue(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_checkpointer(std::make_unique<WalCheckpointer>(m_path))
{ }

WriteQueue::~WriteQueue()
{
    stop();
}

bool WriteQueue::start(QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (m_running)
        return true;
    m_stopping = false;
    m_startDone = false;
    m_thread = QThread::create([this] { loop(); });
    m_thread->setObjectName(QStringLiteral("db-writer"));
    m_thread->start();
    while (!m_startDone)
        m_started.wait(&m_mutex);
    if (!m_running) {
        lock.unlock();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        if (error)
            *error = m_startError;
        return false;
    }
    m_checkpointer->start();
    return true;
}

void WriteQueue::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_thread)
            return;
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_checkpointer->stop();
}

void WriteQueue::submit(Job job, Completion done)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_running && !m_stopping) {
            m_queue.push_back({std::move(job), std::move(done)});
            m_wake.wakeOne();
            return;
        }
    }
    if (done)
        done({false, {}, QStringLiteral("the database writer is not running")});
}

WriteQueue::Outcome WriteQueue::run(Job job)
{
    QMutex mutex;
    QWaitCondition finished;
    bool ready = false;
    Outcome result;
    submit(std::move(job), [&](const Outcome &outcome) {
        QMutexLocker lock(&mutex);
        result = outcome;
        ready = true;
        finished.wakeAll();
    });
    QMutexLocker lock(&mutex);
    while (!ready)
        finished.wait(&mutex);
    return result;
}

void WriteQueue::loop()
{
    DbConnection connection(m_path, QStringLiteral("writer"));
    {
        QMutexLocker lock(&m_mutex);
        m_running = connection.isOpen();
        m_startError = connection.errorString();
        m_startDone = true;
        m_started.wakeAll();
        if (!m_running)
            return;
    }
    QSqlDatabase db = connection.db();
    // Checkpoints run on their own thread (WalCheckpointer); this one only as a backstop.
    QSqlQuery(db).exec(
        QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(WalCheckpointer::WriterBackstopPages));
    std::deque<Entry> batch;
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_queue.empty() && m_stopping) {
                m_running = false;
                break;
            }
            // Everything that queued up during the previous flush shares this transaction.
            while (!m_queue.empty() && int(batch.size()) < m_maxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        runBatch(db, batch);
        batch.clear();
        m_checkpointer->noteCommit();
    }
}

namespace {
/// Runs one of the transaction-control statements, prepared once per connection: they run
/// twice per job, and parsing them anew each time costs the writer as much as an insert.
void control(const QSqlDatabase &db, const QString &sql, const char *what)
{
    Sql::exec(Sql::prepared(db, sql), what);
}
} // namespace

void WriteQueue::runBatch(QSqlDatabase &db, std::deque<Entry> &batch)
{
    std::vector<Outcome> outcomes(batch.size());
    QString commitError;
    try {
        // Jobs first share the transaction without a savepoint each: savepoints cost two
        // statements per job and make the full-text index flush per job instead of per commit.
        // When a job fails, that attempt is rolled back and the batch runs again with one
        // savepoint per job, so one failing job does not undo the others.
        if (!runTransaction(db, batch, outcomes, Isolation::Shared)) {
            outcomes.assign(batch.size(), Outcome {});
            runTransaction(db, batch, outcomes, Isolation::SavepointPerJob);
        }
    } catch (const StoreError &e) {
        commitError = e.message();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    }
    if (!commitError.isEmpty()) {
        qCWarning(lcWriter).noquote() << "write transaction failed:" << commitError;
        for (Outcome &outcome : outcomes) {
            outcome.ok = false;
            outcome.value.clear();
            outcome.error = commitError;
        }
    }
    for (size_t i = 0; i < batch.size(); ++i) {
        if (!outcomes[i].ok && commitError.isEmpty())
            qCWarning(lcWriter).noquote() << "write failed:" << outcomes[i].error;
        if (batch[i].done)
            batch[i].done(outcomes[i]);
    }
    if (commitError.isEmpty())
        emit committed(int(batch.size()));
}

bool WriteQueue::runTransaction(QSqlDatabase &db, std::deque<Entry> &batch,
                                std::vector<Outcome> &outcomes, Isolation isolation)
{
    TransactionCache cache;
    const TransactionCache::Scope scope(cache, db);
    control(db, QStringLiteral("BEGIN IMMEDIATE"), "begin transaction");
    for (size_t i = 0; i < batch.size(); ++i) {
        if (isolation == Isolation::Shared) {
            try {
                outcomes[i].value = batch[i].job(db);
                outcomes[i].ok = true;
            } catch (const StoreError &) {
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                return false;
            }
            continue;
        }
        const TransactionCache before = cache;
        control(db, QStringLiteral("SAVEPOINT job"), "savepoint");
        try {
            outcomes[i].value = batch[i].job(db);
            outcomes[i].ok = true;
            control(db, QStringLiteral("RELEASE job"), "release savepoint");
        } catch (const StoreError &e) {
            outcomes[i].error = e.message();
            control(db, QStringLiteral("ROLLBACK TO job"), "rollback savepoint");
            control(db, QStringLiteral("RELEASE job"), "release savepoint");
            cache = before; // values the failed job cached or postponed are undone with it
        }
    }
    cache.runDeferred(db);
    control(db, QStringLiteral("COMMIT"), "commit");
    return true;
}

} // namespace rmx::store
