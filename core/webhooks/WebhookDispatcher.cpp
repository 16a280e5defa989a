// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/webhooks/WebhookDispatcher.h"

#include "core/webhooks/DeliveryScheduler.h"

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
    auto *scheduler = new DeliveryScheduler(m_databasePath, m_writer);
    connect(scheduler, &DeliveryScheduler::subscriptionDisabled, this,
            &WebhookDispatcher::subscriptionDisabled);
    scheduler->setWakeFlag(&m_wakePending);
    const QString failure = m_thread.start(QStringLiteral("webhooks"), scheduler,
                                           [](DeliveryScheduler &s) { return s.initialize(); });
    if (!failure.isEmpty() && error)
        *error = failure;
    return failure.isEmpty();
}

void WebhookDispatcher::stop()
{
    m_thread.stop([](DeliveryScheduler &s) { s.shutdown(); });
}

void WebhookDispatcher::wake()
{
    // Many commits in a row need one look at the outbox, not one each.
    if (m_wakePending.exchange(true))
        return;
    if (!m_thread.post([](DeliveryScheduler &s) { s.onCommitted(); }))
        m_wakePending.store(false);
}

} // namespace rmx::webhooks
