// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QVariant>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace rmx::store {

class WalCheckpointer;

/// The writer thread: every write of the running app goes through here, on one connection.
/// Jobs that arrive while a commit is being flushed are grouped into the next transaction
/// (group commit); one failing job does not undo the others. A job may run twice (when another
/// job of its batch fails), so it changes nothing but the database. A job's completion runs
/// only after the transaction holding it is durable on disk.
class WriteQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteQueue)

public:
    struct Outcome
    {
        bool ok = false;
        QVariant value;
        QString error; // for logs only: never sent to clients
    };
    /// Runs inside the transaction on the writer thread; throws StoreError to fail.
    using Job = std::function<QVariant(QSqlDatabase &db)>;
    /// Runs on the writer thread after the commit (or the failure).
    using Completion = std::function<void(const Outcome &)>;

    explicit WriteQueue(QString databasePath, QObject *parent = nullptr);
    ~WriteQueue() override;

    bool start(QString *error);
    /// Runs every job already submitted, then ends the thread.
    void stop();

    /// Thread-safe. Jobs submitted after stop() fail at once.
    void submit(Job job, Completion done);
    /// Submits and blocks until committed. Not for the GUI or listener threads.
    Outcome run(Job job);

    int maxBatch() const { return m_maxBatch; }

Q_SIGNALS:
    /// Emitted on the writer thread after each durable commit.
    void committed(int jobs);

private:
    struct Entry
    {
        Job job;
        Completion done;
    };
    enum class Isolation { Shared, SavepointPerJob };

    void loop();
    void runBatch(QSqlDatabase &db, std::deque<Entry> &batch);
    /// Runs the batch in one transaction; false when a job failed with Isolation::Shared (the
    /// transaction is then rolled back). Throws StoreError when the transaction itself fails.
    bool runTransaction(QSqlDatabase &db, std::deque<Entry> &batch, std::vector<Outcome> &outcomes,
                        Isolation isolation);

    QString m_path;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    QThread *m_thread = nullptr;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_started;
    std::deque<Entry> m_queue;
    bool m_stopping = false;
    bool m_running = false;
    bool m_startDone = false;
    QString m_startError;
    int m_maxBatch = 512;
};

} // namespace rmx::store
