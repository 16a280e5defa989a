// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/webhooks/SecretBox.h"
#include "core/webhooks/WebhookStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <set>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace rmx::store {
class DbConnection;
class WriteQueue;
} // namespace rmx::store

namespace rmx::webhooks {

/// The delivery loop on the webhook thread: keeps every pending delivery in a queue ordered by
/// due time, sends due ones through one QNetworkAccessManager (keep-alive), at most four in
/// flight per subscription, and writes every attempt through the writer. Reads use the
/// thread's own connection.
class DeliveryEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryEngine)

public:
    static constexpr int MaxInFlightPerSubscription = 4;
    static constexpr int CircuitThreshold = 5;
    static constexpr int LoggedBodyBytes = 4096;

    DeliveryEngine(QString databasePath, store::WriteQueue *writer);
    ~DeliveryEngine() override;

    void setWakeFlag(std::atomic<bool> *flag) { m_wakeFlag = flag; }
    /// On the engine thread: opens the database and loads pending work; returns an error or "".
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
    struct Flight
    {
        qint64 deliveryId = 0;
        qint64 startedAt = 0;
        QElapsedTimer clock;
        QByteArray body;
        QString abortReason;
        QTimer *connectTimer = nullptr;
        QTimer *totalTimer = nullptr;
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
    /// Lets writer completions reach the engine only while it exists.
    struct Mailbox
    {
        QMutex mutex;
        DeliveryEngine *engine = nullptr;
        void post(std::function<void(DeliveryEngine *)> action);
    };

    void poll();
    void reloadSettings();
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
    void onReplyFinished(QNetworkReply *reply);
    void finish(qint64 deliveryId, qint64 startedAt, qint64 durationMs, int httpStatus,
                const QString &error, const QByteArray &responseBody,
                std::optional<qint64> retryAfterMs);
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
    QHash<QNetworkReply *, Flight> m_flights;
    qint64 m_dataVersion = -1;
    qint64 m_lastPruneMs = 0;
    bool m_running = false;
    bool m_pumping = false;
    bool m_pumpAgain = false;
    bool m_fanOutRunning = false;
    bool m_fanOutAgain = false;
};

} // namespace rmx::webhooks
