// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/WalCheckpointer.h"

#include "core/store/DbConnection.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

Q_LOGGING_CATEGORY(lcCheckpoint, "remixcrm.store.checkpoint", QtInfoMsg)

namespace rmx::store {

namespace {
// About SQLite's default of 1000 pages at a few dozen pages per group commit; a quiet writer
// is caught up after half a second.
constexpr int CommitsPerCheckpoint = 32;
constexpr int IdleCheckpointMs = 500;
} // namespace

WalCheckpointer::WalCheckpointer(QString databasePath)
    : m_path(std::move(databasePath))
{ }

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

void WalCheckpointer::start()
{
    if (m_thread)
        return;
    m_stopping = false;
    m_commits = 0;
    m_thread = QThread::create([this] { loop(); });
    m_thread->setObjectName(QStringLiteral("db-checkpoint"));
    m_thread->start(QThread::LowPriority);
}

void WalCheckpointer::stop()
{
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void WalCheckpointer::noteCommit()
{
    QMutexLocker lock(&m_mutex);
    if (++m_commits >= CommitsPerCheckpoint)
        m_wake.wakeOne();
}

void WalCheckpointer::loop()
{
    DbConnection connection(m_path, QStringLiteral("checkpoint"));
    if (!connection.isOpen()) {
        qCWarning(lcCheckpoint).noquote()
            << "no background checkpoints:" << connection.errorString();
        return;
    }
    QSqlQuery checkpoint(connection.db());
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stopping && m_commits < CommitsPerCheckpoint) {
                if (!m_wake.wait(&m_mutex, IdleCheckpointMs) && m_commits > 0)
                    break;
            }
            if (m_stopping)
                return;
            m_commits = 0;
        }
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
            qCWarning(lcCheckpoint).noquote()
                << "checkpoint failed:" << checkpoint.lastError().driverText();
        checkpoint.finish();
    }
}

} // namespace rmx::store
