// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QMutex>
#include <QString>
#include <QThread>

#include <functional>

namespace rmx {

/// A thread of its own for one worker QObject (the webhook and mail schedulers): start() moves
/// the worker there and runs its initialisation on it, post() queues a call to it from any
/// thread while it exists, and stop() runs its shutdown there, then deletes it and ends the
/// thread. One type owns the thread, so the dispatchers need no hand-written teardown.
template<typename Worker> class WorkerThread final
{
    Q_DISABLE_COPY_MOVE(WorkerThread)

public:
    WorkerThread() = default;
    ~WorkerThread() { stop({}); }

    /// Takes `worker` (no parent), starts the thread named `name`, and runs `initialize` on it,
    /// waiting; an error from it stops everything again and is returned.
    QString start(const QString &name, Worker *worker,
                  const std::function<QString(Worker &)> &initialize)
    {
        m_thread = new QThread;
        m_thread->setObjectName(name);
        worker->moveToThread(m_thread);
        {
            QMutexLocker lock(&m_mutex);
            m_worker = worker;
        }
        m_thread->start();
        QString failure;
        QMetaObject::invokeMethod(
            worker, [worker, &initialize, &failure] { failure = initialize(*worker); },
            Qt::BlockingQueuedConnection);
        if (!failure.isEmpty())
            stop({});
        return failure;
    }

    /// Runs `shutdown` on the thread (waiting), deletes the worker and ends the thread.
    void stop(const std::function<void(Worker &)> &shutdown)
    {
        if (!m_thread)
            return;
        Worker *worker = m_worker;
        if (shutdown)
            QMetaObject::invokeMethod(
                worker, [worker, &shutdown] { shutdown(*worker); }, Qt::BlockingQueuedConnection);
        {
            QMutexLocker lock(&m_mutex);
            m_worker = nullptr;
        }
        worker->deleteLater(); // on its thread, before the thread's event loop ends
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }

    /// Thread-safe: queues `call(Worker &)` on the worker's thread; false when it is stopped.
    template<typename Call> bool post(Call call)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_worker)
            return false;
        Worker *worker = m_worker;
        QMetaObject::invokeMethod(
            worker, [worker, call = std::move(call)] { call(*worker); }, Qt::QueuedConnection);
        return true;
    }

    /// The worker, for wiring its signals before start() returns; null while stopped.
    Worker *worker() const { return m_worker; }
    bool isRunning() const { return m_thread != nullptr; }

private:
    QThread *m_thread = nullptr;
    QMutex m_mutex; // post() runs on other threads (the writer's)
    Worker *m_worker = nullptr;
};

} // namespace rmx
