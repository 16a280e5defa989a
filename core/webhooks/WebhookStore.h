// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/webhooks/WebhookCodes.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace rmx::webhooks {

class SecretBox;

/// A webhook subscription as stored (the secret stays sealed).
struct Subscription
{
    qint64 rowId = 0;
    QString id; // wh_<ULID>
    QString url;
    QStringList events;
    QString secretSealed;
    bool enabled = true;
    DisableReason disableReason = DisableReason::None;
    CreatedBy createdBy = CreatedBy::Api;
    qint64 createdAt = 0;
    int consecutiveFailures = 0;
    qint64 failingSince = 0; // 0: not failing
    qint64 lastSuccessAt = 0;

    bool wants(const QString &event) const;
    /// Turned off by the delivery engine (410 Gone, failing too long), not by the owner.
    bool autoDisabled() const;
};

/// A delivery that still has to be attempted, with the envelope it sends.
struct PendingDelivery
{
    qint64 id = 0;
    qint64 subscriptionRowId = 0;
    QByteArray eventId; // evt_<ULID>
    QString event;
    QByteArray body;
    int attempts = 0;
    int roundAttempts = 0;
    qint64 nextAttemptAt = 0;
};

/// The outcome of one attempt, as written to the delivery log.
struct AttemptRecord
{
    enum class Next { Succeeded, Retry, Failed };
    qint64 deliveryId = 0;
    qint64 subscriptionRowId = 0;
    int attempt = 0;
    int roundAttempts = 0;
    qint64 startedAt = 0;
    qint64 durationMs = 0;
    int httpStatus = 0; // 0: no HTTP answer
    QString error;
    QByteArray responseBody; // at most the first 4 KiB
    Next next = Next::Retry;
    qint64 nextAttemptAt = 0;
    DisableReason disableReason = DisableReason::None; // not None: the subscription is turned off
};

/// One row of the delivery log, for `webhooks deliveries` and the UI.
struct DeliveryRow
{
    qint64 id = 0;
    QString eventId;
    QString event;
    DeliveryState state = DeliveryState::Pending;
    int attempts = 0;
    qint64 createdAt = 0;
    qint64 lastAttemptAt = 0;
    qint64 nextAttemptAt = 0;
    int lastStatus = 0;
    QString lastError;
    qint64 lastDurationMs = -1; // -1: not attempted yet
    QByteArray lastResponse; // start of the last attempt's response body
    QString leadUrl; // lead events: the lead_url in the payload
};

/// The answer to one attempt (e.g. of a test event).
struct AttemptResult
{
    int httpStatus = 0; // 0: no HTTP answer
    QString error;
    qint64 durationMs = 0;

    bool succeeded() const { return error.isEmpty() && httpStatus >= 200 && httpStatus < 300; }
};

/// Reads and writes the webhook tables: subscriptions, deliveries and attempts.
class WebhookStore final
{
public:
    explicit WebhookStore(const QSqlDatabase &db)
        : m_db(db)
    { }

    static const QStringList &knownEvents();
    /// `{"id","event","timestamp","data"}`, exactly the bytes that are signed and sent.
    static QByteArray envelope(const QString &eventId, const QString &event, qint64 createdAtMs,
                               const QByteArray &dataJson);

    Subscription create(const QString &url, const QStringList &events, const QString &secret,
                        CreatedBy createdBy, std::optional<qint64> apiKeyId, qint64 now,
                        const SecretBox &box);
    QList<Subscription> list();
    std::optional<Subscription> find(const QString &publicId);
    bool remove(const QString &publicId);
    /// Turns a subscription on (clearing its failure history) or off by the owner's choice.
    bool setEnabled(const QString &publicId, bool enabled, qint64 now);
    /// Changes where a subscription sends and what; its secret stays. False if unknown.
    bool update(const QString &publicId, const QString &url, const QStringList &events, qint64 now);
    /// Replaces a subscription's signing secret. False if unknown.
    bool setSecret(const QString &publicId, const QString &secret, qint64 now,
                   const SecretBox &box);

    /// Turns undispatched outbox events into deliveries for the subscriptions that want them and
    /// marks the events dispatched; returns how many events were handled (at most `limit`).
    int fanOut(qint64 now, int limit);
    bool hasUndispatched();
    /// Pending deliveries, leaving out the ids in `known` (already held by the caller).
    QList<PendingDelivery> pending(const QSet<qint64> &known = {});

    void recordAttempt(const AttemptRecord &attempt, qint64 now);
    /// Queues a `ping` event for one subscription; returns the delivery id.
    qint64 queuePing(const Subscription &subscription, qint64 now);
    /// Sends a delivery again (new timestamp and signature, same event id); false if unknown.
    bool redeliver(qint64 deliveryId, qint64 now);
    /// Re-sends every failed delivery of a subscription created since `sinceMs`; returns count.
    int redeliverFailed(qint64 subscriptionRowId, qint64 sinceMs, qint64 now);
    QList<DeliveryRow> deliveries(qint64 subscriptionRowId, int limit);
    /// The first attempt of a delivery, once it is recorded (how a test event went).
    std::optional<AttemptResult> firstAttempt(qint64 deliveryId);
    int pruneAttempts(qint64 beforeMs);

private:
    QSqlDatabase m_db;
};

} // namespace rmx::webhooks
