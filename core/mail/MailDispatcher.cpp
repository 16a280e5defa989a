// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailDispatcher.h"

#include "core/mail/MailQueueStore.h"
#include "core/mail/MailScheduler.h"

#include <QThread>

#include <limits>

namespace rmx::mail {

MailDispatcher::MailDispatcher(QString databasePath, store::WriteQueue *writer, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_writer(writer)
{ }

MailDispatcher::~MailDispatcher()
{
    stop();
}

bool MailDispatcher::start(QString *error)
{
    stop();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("mail"));
    m_scheduler = new MailScheduler(m_databasePath, m_writer, m_cancel);
    m_scheduler->moveToThread(m_thread);
    m_scheduler->setWakeFlag(&m_wakePending);
    m_idleUntil.store(MailScheduler::Busy);
    m_scheduler->setIdleUntil(&m_idleUntil);
    connect(m_scheduler, &MailScheduler::settled, this, &MailDispatcher::settled,
            Qt::DirectConnection);
    m_thread->start();
    QString failure;
    QMetaObject::invokeMethod(
        m_scheduler, [this, &failure] { failure = m_scheduler->initialize(); },
        Qt::BlockingQueuedConnection);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        stop();
        return false;
    }
    return true;
}

void MailDispatcher::stop()
{
    if (!m_thread)
        return;
    // A send in progress ends within a second; the shutdown then runs before the next one.
    m_cancel->store(true);
    QMetaObject::invokeMethod(
        m_scheduler, [this] { m_scheduler->shutdown(); }, Qt::BlockingQueuedConnection);
    {
        QMutexLocker lock(&m_schedulerMutex);
        m_scheduler->deleteLater();
        m_scheduler = nullptr;
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void MailDispatcher::wake()
{
    // Most commits hold no mail: those need no look at the queue (changes made by another
    // process are found by the scheduler's poll).
    const qint64 due = MailQueueStore::takeEarliestDue();
    if (due == std::numeric_limits<qint64>::max())
        return;
    // A mail due later than the scheduler's next look (a delayed auto-reply) needs no wake.
    if (const qint64 idleUntil = m_idleUntil.load();
        idleUntil != MailScheduler::Busy && due >= idleUntil)
        return;
    // Many commits in a row need one look at the queue, not one each.
    QMutexLocker lock(&m_schedulerMutex);
    if (!m_scheduler || m_wakePending.exchange(true))
        return;
    QMetaObject::invokeMethod(m_scheduler, &MailScheduler::onCommitted, Qt::QueuedConnection);
}

} // namespace rmx::mail
