// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/WorkerThread.h"

#include <QObject>
#include <QString>

#include <atomic>

namespace rmx::store {
class WriteQueue;
}

namespace rmx::webhooks {

class DeliveryScheduler;

/// Runs webhook delivery on its own thread. Woken after each commit of the writer, it turns new
/// outbox events into deliveries and sends them; all state lives in the database, so pending
/// retries survive restarts.
class WebhookDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDispatcher)

public:
    WebhookDispatcher(QString databasePath, store::WriteQueue *writer, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    bool start(QString *error);
    /// Abandons requests in flight (they stay pending and are sent again after a restart).
    void stop();
    /// Thread-safe: new data was committed; look for events to deliver.
    void wake();

Q_SIGNALS:
    /// A subscription was disabled (410 Gone, or failing for too long); emitted after the
    /// commit that holds the disable.
    void subscriptionDisabled(const QString &id, const QString &reason);

private:
    QString m_databasePath;
    store::WriteQueue *m_writer;
    WorkerThread<DeliveryScheduler> m_thread;
    std::atomic<bool> m_wakePending {false};
};

} // namespace rmx::webhooks
