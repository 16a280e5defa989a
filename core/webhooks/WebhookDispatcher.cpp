// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/webhooks/WebhookDispatcher.h"

#include "core/webhooks/DeliveryScheduler.h"

#include <QThread>

namespace rmx::webhooks {

WebhookDispatcher::WebhookDispatcher(QString databasePath, store::WriteQueue *writer,
                                     QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_writer(writer)
{ }

WebhookDispatcher::~WebhookDispatcher()
{
    stop();
}

bool WebhookDispatcher::start(QString *error)
{
    stop();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("webhooks"));
    m_scheduler = new DeliveryScheduler(m_databasePath, m_writer);
    m_scheduler->moveToThread(m_thread);
    connect(m_scheduler, &DeliveryScheduler::subscriptionDisabled, this,
            &WebhookDispatcher::subscriptionDisabled);
    m_scheduler->setWakeFlag(&m_wakePending);
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

void WebhookDispatcher::stop()
{
    if (!m_thread)
        return;
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

void WebhookDispatcher::wake()
{
    // Many commits in a row need one look at the outbox, not one each.
    QMutexLocker lock(&m_schedulerMutex);
    if (!m_scheduler || m_wakePending.exchange(true))
        return;
    QMetaObject::invokeMethod(m_scheduler, &DeliveryScheduler::onCommitted, Qt::QueuedConnection);
}

} // namespace rmx::webhooks
