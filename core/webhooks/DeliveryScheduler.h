// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/webhooks/DeliveryRequest.h"
#include "core/webhooks/SecretBox.h"
#include "core/webhooks/WebhookStore.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <set>

class QNetworkAccessManager;
class QTimer;

namespace rmx::store {
class DbConnection;
class WriteQueue;
} // namespace rmx::store

namespace rmx::webhooks {

/// The delivery loop on the webhook thread: keeps every pending delivery in a queue ordered by
/// due time and starts a DeliveryRequest for each due one, through one QNetworkAccessManager
/// (keep-alive), at most four in flight per subscription; a subscription failing five times in
/// a row gets one probe per retry slot (circuit breaker). What follows a failure is the
/// RetryPolicy's decision; every attempt is written through the writer. Reads use the thread's
/// own connection.
class DeliveryScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryScheduler)

public:
    static constexpr int MaxInFlightPerSubscription = 4;
    static constexpr int CircuitThreshold = 5;

    DeliveryScheduler(QString databasePath, store::WriteQueue *writer);
    ~DeliveryScheduler() override;

    void setWakeFlag(std::atomic<bool> *flag) { m_wakeFlag = flag; }
    /// On the webhook thread: opens the database and loads pending work; returns an error or "".
    QString initialize();
    void shutdown();
    void onCommitted();

Q_SIGNALS:
    /// A subscription was turned off; emitted once the commit holding that is on disk.
    void subscriptionDisabled(const QString &id, const QString &reason);

private:
    struct SubscriptionState
    {
        Subscription record;
        std::optional<QString> secret; // nullopt: cannot be decrypted
        int inFlight = 0;
        bool circuitOpen = false;
        bool disabling = false; // disabled here, not yet written
        qint64 blockedUntil = 0;
    };
    struct Delivery
    {
        PendingDelivery pending;
        bool queued = false;
        bool busy = false; // resolving, sending, or its result being written
    };
    struct Settings
    {
        QList<double> schedule;
        int connectTimeoutMs = 5000;
        int totalTimeoutMs = 15000;
        qint64 disableAfterMs = 120LL * 3600 * 1000;
        int retentionDays = 30;
        bool allowPrivate = false;
    };
    /// Lets writer completions reach the scheduler only while it exists.
    struct Mailbox
    {
        QMutex mutex;
        DeliveryScheduler *scheduler = nullptr;
        void post(std::function<void(DeliveryScheduler *)> action);
    };

    void poll();
    void reloadSettings();
    /// Reads the settings again when any process changed them since the last read, so a
    /// change is in force for the next delivery.
    void reloadSettingsIfChanged();
    void reloadSubscriptions();
    void reloadPending();
    void requestFanOut();
    void prune();
    void enqueue(Delivery &delivery);
    void dequeue(Delivery &delivery);
    static bool isBlocked(const SubscriptionState &sub, qint64 now);
    void pump();
    void pumpOnce();
    void armTimer();
    void begin(Delivery &delivery, SubscriptionState &subscription);
    void send(qint64 deliveryId, const QHostAddress &address);
    /// Ends an attempt that could not be sent (no secret, refused or unresolvable target).
    void finishUnsent(qint64 deliveryId, const QString &error);
    void finish(qint64 deliveryId, const DeliveryRequest::Result &result);
    void stored(qint64 deliveryId, bool keep);
    /// The disabling of a subscription is written (`subscriptionId` is empty when the write
    /// failed): the database is the truth again, and a stored disable is announced.
    void disableStored(qint64 subscriptionRowId, const QString &subscriptionId,
                       const QString &reason);

    QString m_databasePath;
    store::WriteQueue *m_writer;
    std::atomic<bool> *m_wakeFlag = nullptr;
    std::shared_ptr<Mailbox> m_mailbox;
    std::unique_ptr<store::DbConnection> m_db;
    std::optional<SecretBox> m_box;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_dueTimer = nullptr;
    QTimer *m_pollTimer = nullptr;
    Settings m_settings;
    QHash<qint64, SubscriptionState> m_subscriptions; // by row id
    QHash<qint64, Delivery> m_deliveries; // by delivery id
    std::set<std::pair<qint64, qint64>> m_queue; // (due, delivery id), not yet sent
    QHash<qint64, DeliveryRequest *> m_requests; // by delivery id, while sending
    qint64 m_dataVersion = -1;
    qint64 m_settingsRevision = -1;
    qint64 m_lastPruneMs = 0;
    bool m_running = false;
    bool m_pumping = false;
    bool m_pumpAgain = false;
    bool m_fanOutRunning = false;
    bool m_fanOutAgain = false;
};

} // namespace rmx::webhooks
