// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/WorkerThread.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace rmx::store {
class WriteQueue;
}

namespace rmx::mail {

class MailScheduler;

/// Runs mail delivery (MailScheduler) on its own thread, so that libcurl's blocking sends never
/// hold up the GUI or a listener. Woken after each commit of the writer; everything it needs is
/// in the database, so queued mail survives restarts and crashes.
class MailDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailDispatcher)

public:
    MailDispatcher(QString databasePath, store::WriteQueue *writer, QObject *parent = nullptr);
    ~MailDispatcher() override;

    bool start(QString *error);
    /// Gives up a send in progress (its mail stays pending and is sent after a restart, with
    /// the same Message-ID) and ends the thread.
    void stop();
    /// Thread-safe: new data was committed; look for mail to send when any was queued.
    void wake();

Q_SIGNALS:
    /// A mail was sent or failed for good (emitted on the mail thread, after the commit).
    void settled(qint64 mailId, const QString &state);

private:
    QString m_databasePath;
    store::WriteQueue *m_writer;
    WorkerThread<MailScheduler> m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::atomic<bool> m_wakePending {false};
    std::atomic<qint64> m_idleUntil {0}; // see MailScheduler::setIdleUntil
};

} // namespace rmx::mail
