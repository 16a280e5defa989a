// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/webhooks/WebhookStore.h"

#include "core/store/Sql.h"
#include "core/store/StoreError.h"
#include "core/util/Clock.h"
#include "core/util/OrderedJson.h"
#include "core/util/Ulid.h"
#include "core/webhooks/SecretBox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace rmx::webhooks {

using store::Sql::exec;
using store::Sql::prepared;

namespace {
constexpr int ResponseExcerptBytes = 300;

const QString SubscriptionColumns = QStringLiteral(
    "id, public_id, url, events, secret_enc, enabled, disabled_reason, created_by, created_at, "
    "consecutive_failures, failing_since, last_success_at");

Subscription readSubscription(const QSqlQuery &q)
{
    Subscription s;
    s.rowId = q.value(0).toLongLong();
    s.id = q.value(1).toString();
    s.url = q.value(2).toString();
    for (const QJsonValue v : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array())
        s.events.append(v.toString());
    s.secretSealed = q.value(4).toString();
    s.enabled = q.value(5).toBool();
    s.disableReason
        = s.enabled ? DisableReason::None : WebhookCodes::disableReason(q.value(6).toString());
    // An unknown creator is held to the strictest rule, the API's.
    s.createdBy = WebhookCodes::createdBy(q.value(7).toString()).value_or(CreatedBy::Api);
    s.createdAt = q.value(8).toLongLong();
    s.consecutiveFailures = q.value(9).toInt();
    s.failingSince = q.value(10).toLongLong();
    s.lastSuccessAt = q.value(11).toLongLong();
    return s;
}
} // namespace

bool Subscription::wants(const QString &event) const
{
    if (event == u"ping")
        return false; // pings go to one subscription on request
    return events.contains(event) || events.contains(QStringLiteral("*"));
}

bool Subscription::autoDisabled() const
{
    return !enabled && disableReason != DisableReason::Owner;
}

const QStringList &WebhookStore::knownEvents()
{
    static const QStringList events {QStringLiteral("lead.created"), QStringLiteral("lead.updated"),
                                     QStringLiteral("contact.created"),
                                     QStringLiteral("contact.updated")};
    return events;
}

QByteArray WebhookStore::envelope(const QString &eventId, const QString &event, qint64 createdAtMs,
                                  const QByteArray &dataJson)
{
    return OrderedJson()
        .add(QStringLiteral("id"), eventId)
        .add(QStringLiteral("event"), event)
        .add(QStringLiteral("timestamp"), Clock::isoUtc(createdAtMs))
        .add(QStringLiteral("data"), QJsonDocument::fromJson(dataJson).object())
        .toJson();
}

Subscription WebhookStore::create(const QString &url, const QStringList &events,
                                  const QString &secret, CreatedBy createdBy,
                                  std::optional<qint64> apiKeyId, qint64 now, const SecretBox &box)
{
    Subscription s;
    s.id = QStringLiteral("wh_") + Ulid::generate(now);
    s.url = url;
    s.events = events;
    s.secretSealed = box.seal(secret, s.id);
    if (s.secretSealed.isEmpty())
        throw store::StoreError(QStringLiteral("cannot encrypt the webhook secret"));
    s.createdBy = createdBy;
    s.createdAt = now;
    QSqlQuery &q
        = prepared(m_db,
                   QStringLiteral("INSERT INTO webhook_subscriptions (public_id, url, events, "
                                  "secret_enc, created_by, api_key_id, created_at, updated_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.id);
    q.addBindValue(url);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(events)).toJson(QJsonDocument::Compact)));
    q.addBindValue(s.secretSealed);
    q.addBindValue(WebhookCodes::toCode(createdBy));
    q.addBindValue(apiKeyId ? QVariant(*apiKeyId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(now);
    q.addBindValue(now);
    exec(q, "insert webhook subscription");
    s.rowId = q.lastInsertId().toLongLong();
    return s;
}

QList<Subscription> WebhookStore::list()
{
    QSqlQuery &q = prepared(m_db,
                            QStringLiteral("SELECT ") + SubscriptionColumns
                                + QStringLiteral(" FROM webhook_subscriptions ORDER BY id"));
    exec(q, "list webhook subscriptions");
    QList<Subscription> out;
    while (q.next())
        out.append(readSubscription(q));
    q.finish();
    return out;
}

std::optional<Subscription> WebhookStore::find(const QString &publicId)
{
    QSqlQuery &q
        = prepared(m_db,
                   QStringLiteral("SELECT ") + SubscriptionColumns
                       + QStringLiteral(" FROM webhook_subscriptions WHERE public_id = ?"));
    q.addBindValue(publicId);
    exec(q, "find webhook subscription");
    std::optional<Subscription> out;
    if (q.next())
        out = readSubscription(q);
    q.finish();
    return out;
}

bool WebhookStore::remove(const QString &publicId)
{
    QSqlQuery &q
        = prepared(m_db, QStringLiteral("DELETE FROM webhook_subscriptions WHERE public_id = ?"));
    q.addBindValue(publicId);
    exec(q, "remove webhook subscription");
    return q.numRowsAffected() > 0;
}

bool WebhookStore::setEnabled(const QString &publicId, bool enabled, qint64 now)
{
    QSqlQuery &q
        = prepared(m_db,
                   enabled ? QStringLiteral("UPDATE webhook_subscriptions SET enabled = 1, "
                                            "disabled_reason = NULL, disabled_at = NULL, "
                                            "consecutive_failures = 0, failing_since = NULL, "
                                            "updated_at = ? WHERE public_id = ?")
                           : QStringLiteral("UPDATE webhook_subscriptions SET enabled = 0, "
                                            "disabled_reason = ?, disabled_at = ?, updated_at = ? "
                                            "WHERE public_id = ?"));
    if (!enabled)
        q.addBindValue(WebhookCodes::toCode(DisableReason::Owner));
    q.addBindValue(now);
    if (!enabled)
        q.addBindValue(now);
    q.addBindValue(publicId);
    exec(q, "enable or disable webhook subscription");
    return q.numRowsAffected() > 0;
}

bool WebhookStore::update(const QString &publicId, const QString &url, const QStringList &events,
                          qint64 now)
{
    QSqlQuery &q = prepared(m_db,
                            QStringLiteral("UPDATE webhook_subscriptions SET url = ?, "
                                           "events = ?, updated_at = ? WHERE public_id = ?"));
    q.addBindValue(url);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(events)).toJson(QJsonDocument::Compact)));
    q.addBindValue(now);
    q.addBindValue(publicId);
    exec(q, "update webhook subscription");
    return q.numRowsAffected() > 0;
}

bool WebhookStore::setSecret(const QString &publicId, const QString &secret, qint64 now,
                             const SecretBox &box)
{
    const QString sealed = box.seal(secret, publicId);
    if (sealed.isEmpty())
        throw store::StoreError(QStringLiteral("cannot encrypt the webhook secret"));
    QSqlQuery &q = prepared(m_db,
                            QStringLiteral("UPDATE webhook_subscriptions SET secret_enc = ?, "
                                           "updated_at = ? WHERE public_id = ?"));
    q.addBindValue(sealed);
    q.addBindValue(now);
    q.addBindValue(publicId);
    exec(q, "replace webhook secret");
    return q.numRowsAffected() > 0;
}

bool WebhookStore::hasUndispatched()
{
    QSqlQuery &q = prepared(
        m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox WHERE dispatched_at IS NULL)"));
    exec(q, "check outbox");
    const bool any = q.next() && q.value(0).toBool();
    q.finish();
    return any;
}

int WebhookStore::fanOut(qint64 now, int limit)
{
    struct Event
    {
        qint64 rowId;
        QString event;
        qint64 createdAt;
    };
    QList<Event> events;
    {
        QSqlQuery &q = prepared(m_db,
                                QStringLiteral("SELECT id, event, created_at FROM outbox "
                                               "WHERE dispatched_at IS NULL ORDER BY id "
                                               "LIMIT ?"));
        q.addBindValue(limit);
        exec(q, "read outbox");
        while (q.next())
            events.append(
                {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
        q.finish();
    }
    if (events.isEmpty())
        return 0;
    QList<Subscription> subscriptions;
    for (const Subscription &s : list()) {
        if (s.enabled)
            subscriptions.append(s);
    }
    QSqlQuery &insert = prepared(
        m_db,
        QStringLiteral("INSERT OR IGNORE INTO webhook_deliveries (outbox_id, "
                       "subscription_id, next_attempt_at, created_at) VALUES (?, ?, ?, ?)"));
    for (const Event &e : events) {
        for (const Subscription &s : subscriptions) {
            // A subscription receives what happened after it was created.
            if (!s.wants(e.event) || s.createdAt > e.createdAt)
                continue;
            insert.addBindValue(e.rowId);
            insert.addBindValue(s.rowId);
            insert.addBindValue(now);
            insert.addBindValue(now);
            exec(insert, "insert webhook delivery");
        }
    }
    // The events read are exactly the undispatched ones up to the last id: one statement marks
    // them all.
    QSqlQuery &mark = prepared(m_db,
                               QStringLiteral("UPDATE outbox SET dispatched_at = ? "
                                              "WHERE dispatched_at IS NULL AND id <= ?"));
    mark.addBindValue(now);
    mark.addBindValue(events.last().rowId);
    exec(mark, "mark outbox events dispatched");
    return int(events.size());
}

QList<PendingDelivery> WebhookStore::pending(const QSet<qint64> &known)
{
    QSqlQuery &q
        = prepared(m_db,
                   QStringLiteral("SELECT d.id, d.subscription_id, o.public_id, o.event, o.data, "
                                  "o.created_at, d.attempts, d.round_attempts, d.next_attempt_at "
                                  "FROM webhook_deliveries d JOIN outbox o ON o.id = d.outbox_id "
                                  "WHERE d.state = 'pending' ORDER BY d.next_attempt_at, d.id"));
    exec(q, "read pending webhook deliveries");
    QList<PendingDelivery> out;
    while (q.next()) {
        PendingDelivery d;
        d.id = q.value(0).toLongLong();
        if (known.contains(d.id))
            continue;
        d.subscriptionRowId = q.value(1).toLongLong();
        d.eventId = q.value(2).toString().toLatin1();
        d.event = q.value(3).toString();
        d.body = envelope(q.value(2).toString(), d.event, q.value(5).toLongLong(),
                          q.value(4).toString().toUtf8());
        d.attempts = q.value(6).toInt();
        d.roundAttempts = q.value(7).toInt();
        d.nextAttemptAt = q.value(8).toLongLong();
        out.append(d);
    }
    q.finish();
    return out;
}

void WebhookStore::recordAttempt(const AttemptRecord &a, qint64 now)
{
    QSqlQuery &log
        = prepared(m_db,
                   QStringLiteral("INSERT INTO webhook_attempts (delivery_id, attempt, started_at, "
                                  "duration_ms, http_status, error, response_body) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    log.addBindValue(a.deliveryId);
    log.addBindValue(a.attempt);
    log.addBindValue(a.startedAt);
    log.addBindValue(a.durationMs);
    log.addBindValue(a.httpStatus > 0 ? QVariant(a.httpStatus)
                                      : QVariant(QMetaType(QMetaType::Int)));
    log.addBindValue(a.error.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(a.error));
    log.addBindValue(a.responseBody);
    exec(log, "log webhook attempt");

    const DeliveryState state = a.next == AttemptRecord::Next::Succeeded ? DeliveryState::Succeeded
        : a.next == AttemptRecord::Next::Retry                           ? DeliveryState::Pending
                                                                         : DeliveryState::Failed;
    QSqlQuery &delivery = prepared(
        m_db,
        QStringLiteral("UPDATE webhook_deliveries SET state = ?, attempts = ?, "
                       "round_attempts = ?, next_attempt_at = ?, last_attempt_at = ?, "
                       "last_status = ?, last_error = ?, completed_at = ? WHERE id = ?"));
    delivery.addBindValue(WebhookCodes::toCode(state));
    delivery.addBindValue(a.attempt);
    delivery.addBindValue(a.roundAttempts);
    delivery.addBindValue(a.next == AttemptRecord::Next::Retry
                              ? QVariant(a.nextAttemptAt)
                              : QVariant(QMetaType(QMetaType::LongLong)));
    delivery.addBindValue(a.startedAt);
    delivery.addBindValue(a.httpStatus > 0 ? QVariant(a.httpStatus)
                                           : QVariant(QMetaType(QMetaType::Int)));
    delivery.addBindValue(a.error.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                            : QVariant(a.error));
    delivery.addBindValue(a.next == AttemptRecord::Next::Retry
                              ? QVariant(QMetaType(QMetaType::LongLong))
                              : QVariant(now));
    delivery.addBindValue(a.deliveryId);
    exec(delivery, "update webhook delivery");

    if (a.next == AttemptRecord::Next::Succeeded) {
        QSqlQuery &s = prepared(m_db,
                                QStringLiteral("UPDATE webhook_subscriptions SET "
                                               "consecutive_failures = 0, failing_since = "
                                               "NULL, last_success_at = ? WHERE id = ?"));
        s.addBindValue(now);
        s.addBindValue(a.subscriptionRowId);
        exec(s, "update webhook subscription");
    } else {
        QSqlQuery &s = prepared(
            m_db,
            QStringLiteral("UPDATE webhook_subscriptions SET consecutive_failures = "
                           "consecutive_failures + 1, failing_since = "
                           "COALESCE(failing_since, ?), last_failure_at = ? WHERE id = ?"));
        s.addBindValue(a.startedAt);
        s.addBindValue(now);
        s.addBindValue(a.subscriptionRowId);
        exec(s, "update webhook subscription");
    }
    if (a.disableReason != DisableReason::None) {
        QSqlQuery &d = prepared(
            m_db,
            QStringLiteral("UPDATE webhook_subscriptions SET enabled = 0, disabled_reason "
                           "= ?, disabled_at = ?, updated_at = ? WHERE id = ?"));
        d.addBindValue(WebhookCodes::toCode(a.disableReason));
        d.addBindValue(now);
        d.addBindValue(now);
        d.addBindValue(a.subscriptionRowId);
        exec(d, "disable webhook subscription");
        QSqlQuery &f
            = prepared(m_db,
                       QStringLiteral("UPDATE webhook_deliveries SET state = 'failed', "
                                      "next_attempt_at = NULL, completed_at = ?, last_error = "
                                      "COALESCE(last_error, 'the webhook was disabled') "
                                      "WHERE subscription_id = ? AND state = 'pending'"));
        f.addBindValue(now);
        f.addBindValue(a.subscriptionRowId);
        exec(f, "fail deliveries of a disabled webhook");
    }
}

qint64 WebhookStore::queuePing(const Subscription &subscription, qint64 now)
{
    const QString eventId = QStringLiteral("evt_") + Ulid::generate(now);
    const QJsonObject data {{QStringLiteral("webhook_id"), subscription.id},
                            {QStringLiteral("message"),
                             QStringLiteral("Test event from RemixCRM: your endpoint works.")}};
    QSqlQuery &o = prepared(m_db,
                            QStringLiteral("INSERT INTO outbox (public_id, event, data, "
                                           "created_at, dispatched_at) VALUES (?, ?, ?, ?, ?)"));
    o.addBindValue(eventId);
    o.addBindValue(QStringLiteral("ping"));
    o.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    o.addBindValue(now);
    o.addBindValue(now);
    exec(o, "queue ping event");
    const qint64 outboxId = o.lastInsertId().toLongLong();
    QSqlQuery &d
        = prepared(m_db,
                   QStringLiteral("INSERT INTO webhook_deliveries (outbox_id, subscription_id, "
                                  "next_attempt_at, created_at) VALUES (?, ?, ?, ?)"));
    d.addBindValue(outboxId);
    d.addBindValue(subscription.rowId);
    d.addBindValue(now);
    d.addBindValue(now);
    exec(d, "queue ping delivery");
    return d.lastInsertId().toLongLong();
}

bool WebhookStore::redeliver(qint64 deliveryId, qint64 now)
{
    QSqlQuery &q = prepared(
        m_db,
        QStringLiteral("UPDATE webhook_deliveries SET state = 'pending', round_attempts = "
                       "0, next_attempt_at = ?, completed_at = NULL WHERE id = ? AND "
                       "state <> 'pending'"));
    q.addBindValue(now);
    q.addBindValue(deliveryId);
    exec(q, "redeliver webhook delivery");
    return q.numRowsAffected() > 0;
}

int WebhookStore::redeliverFailed(qint64 subscriptionRowId, qint64 sinceMs, qint64 now)
{
    QSqlQuery &q = prepared(
        m_db,
        QStringLiteral("UPDATE webhook_deliveries SET state = 'pending', round_attempts = "
                       "0, next_attempt_at = ?, completed_at = NULL WHERE subscription_id "
                       "= ? AND state = 'failed' AND created_at >= ?"));
    q.addBindValue(now);
    q.addBindValue(subscriptionRowId);
    q.addBindValue(sinceMs);
    exec(q, "redeliver failed webhook deliveries");
    return q.numRowsAffected();
}

QList<DeliveryRow> WebhookStore::deliveries(qint64 subscriptionRowId, int limit)
{
    QSqlQuery &q = prepared(
        m_db,
        QStringLiteral("SELECT d.id, o.public_id, o.event, d.state, d.attempts, "
                       "d.created_at, d.last_attempt_at, d.next_attempt_at, d.last_status, "
                       "d.last_error, a.duration_ms, substr(a.response_body, 1, ?), "
                       "json_extract(o.data, '$.lead_url') "
                       "FROM webhook_deliveries d JOIN outbox o ON o.id = d.outbox_id "
                       "LEFT JOIN webhook_attempts a ON a.id = (SELECT MAX(id) FROM "
                       "webhook_attempts WHERE delivery_id = d.id) "
                       "WHERE d.subscription_id = ? ORDER BY d.id DESC LIMIT ?"));
    q.addBindValue(ResponseExcerptBytes);
    q.addBindValue(subscriptionRowId);
    q.addBindValue(limit);
    exec(q, "list webhook deliveries");
    QList<DeliveryRow> out;
    while (q.next()) {
        DeliveryRow r;
        r.id = q.value(0).toLongLong();
        r.eventId = q.value(1).toString();
        r.event = q.value(2).toString();
        r.state
            = WebhookCodes::deliveryState(q.value(3).toString()).value_or(DeliveryState::Failed);
        r.attempts = q.value(4).toInt();
        r.createdAt = q.value(5).toLongLong();
        r.lastAttemptAt = q.value(6).toLongLong();
        r.nextAttemptAt = q.value(7).toLongLong();
        r.lastStatus = q.value(8).toInt();
        r.lastError = q.value(9).toString();
        r.lastDurationMs = q.value(10).isNull() ? -1 : q.value(10).toLongLong();
        r.lastResponse = q.value(11).toByteArray();
        r.leadUrl = q.value(12).toString();
        out.append(r);
    }
    q.finish();
    return out;
}

std::optional<AttemptResult> WebhookStore::firstAttempt(qint64 deliveryId)
{
    QSqlQuery &q = prepared(m_db,
                            QStringLiteral("SELECT http_status, error, duration_ms FROM "
                                           "webhook_attempts WHERE delivery_id = ? ORDER BY "
                                           "attempt, id LIMIT 1"));
    q.addBindValue(deliveryId);
    exec(q, "read webhook attempt");
    std::optional<AttemptResult> out;
    if (q.next())
        out = AttemptResult {q.value(0).toInt(), q.value(1).toString(), q.value(2).toLongLong()};
    q.finish();
    return out;
}

int WebhookStore::pruneAttempts(qint64 beforeMs)
{
    QSqlQuery &q
        = prepared(m_db, QStringLiteral("DELETE FROM webhook_attempts WHERE started_at < ?"));
    q.addBindValue(beforeMs);
    exec(q, "prune webhook attempts");
    return q.numRowsAffected();
}

} // namespace rmx::webhooks
