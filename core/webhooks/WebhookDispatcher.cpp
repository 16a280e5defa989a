// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/webhooks/WebhookDispatcher.h"

#include "core/webhooks/DeliveryEngine.h"

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
    m_engine = new DeliveryEngine(m_databasePath, m_writer);
    m_engine->moveToThread(m_thread);
    connect(m_engine, &DeliveryEngine::subscriptionDisabled, this,
            &WebhookDispatcher::subscriptionDisabled);
    m_engine->setWakeFlag(&m_wakePending);
    m_thread->start();
    QString failure;
    QMetaObject::invokeMethod(
        m_engine, [this, &failure] { failure = m_engine->initialize(); },
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
        m_engine, [this] { m_engine->shutdown(); }, Qt::BlockingQueuedConnection);
    {
        QMutexLocker lock(&m_engineMutex);
        m_engine->deleteLater();
        m_engine = nullptr;
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void WebhookDispatcher::wake()
{
    // Many commits in a row need one look at the outbox, not one each.
    QMutexLocker lock(&m_engineMutex);
    if (!m_engine || m_wakePending.exchange(true))
        return;
    QMetaObject::invokeMethod(m_engine, &DeliveryEngine::onCommitted, Qt::QueuedConnection);
}

} // namespace rmx::webhooks
