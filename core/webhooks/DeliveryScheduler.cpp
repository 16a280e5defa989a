// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/webhooks/DeliveryScheduler.h"

#include "core/settings/SettingsSchema.h"
#include "core/store/DbConnection.h"
#include "core/store/SettingsStore.h"
#include "core/store/StoreError.h"
#include "core/store/WriteQueue.h"
#include "core/util/Clock.h"
#include "core/webhooks/RetryPolicy.h"
#include "core/webhooks/TargetPolicy.h"
#include "core/webhooks/WebhookMessages.h"

#include <QHostInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSet>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>

Q_LOGGING_CATEGORY(lcWebhooks, "remixcrm.webhooks", QtInfoMsg)

namespace rmx::webhooks {

namespace {
constexpr int FanOutBatch = 500;
constexpr int PollMs = 1000;
constexpr qint64 PruneEveryMs = 3600LL * 1000;
} // namespace

void DeliveryScheduler::Mailbox::post(std::function<void(DeliveryScheduler *)> action)
{
    QMutexLocker lock(&mutex);
    if (!scheduler)
        return;
    DeliveryScheduler *target = scheduler;
    QMetaObject::invokeMethod(
        target, [target, action = std::move(action)] { action(target); }, Qt::QueuedConnection);
}

DeliveryScheduler::DeliveryScheduler(QString databasePath, store::WriteQueue *writer)
    : m_databasePath(std::move(databasePath))
    , m_writer(writer)
    , m_mailbox(std::make_shared<Mailbox>())
{
    m_mailbox->scheduler = this;
}

DeliveryScheduler::~DeliveryScheduler()
{
    QMutexLocker lock(&m_mailbox->mutex);
    m_mailbox->scheduler = nullptr;
}

QString DeliveryScheduler::initialize()
{
    m_db = std::make_unique<store::DbConnection>(m_databasePath, QStringLiteral("webhooks"));
    if (!m_db->isOpen())
        return m_db->errorString();
    QString error;
    m_box = SecretBox::forDatabase(m_databasePath, &error);
    if (!m_box)
        qCWarning(lcWebhooks).noquote() << error << "- webhooks cannot be signed or sent";

    m_network = new QNetworkAccessManager(this);
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setAutoDeleteReplies(false);

    m_dueTimer = new QTimer(this);
    m_dueTimer->setSingleShot(true);
    m_dueTimer->setTimerType(Qt::PreciseTimer);
    connect(m_dueTimer, &QTimer::timeout, this, &DeliveryScheduler::pump);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(PollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &DeliveryScheduler::poll);
    m_pollTimer->start();

    m_running = true;
    m_lastPruneMs = Clock::nowMs() - PruneEveryMs + 10000; // first prune shortly after start
    poll();
    return {};
}

void DeliveryScheduler::shutdown()
{
    m_running = false;
    {
        QMutexLocker lock(&m_mailbox->mutex);
        m_mailbox->scheduler = nullptr;
    }
    // Requests in flight stay pending in the database and are sent again after a restart.
    // The requests go first: their replies belong to the network access manager.
    qDeleteAll(std::exchange(m_requests, {}));
    delete m_network;
    m_network = nullptr;
    m_db.reset();
}

void DeliveryScheduler::onCommitted()
{
    if (m_wakeFlag)
        m_wakeFlag->store(false);
    if (m_running)
        requestFanOut();
}

void DeliveryScheduler::poll()
{
    if (!m_running)
        return;
    try {
        QSqlQuery q(m_db->db());
        qint64 version = -1;
        if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
            version = q.value(0).toLongLong();
        q.finish();
        // Commands (`remixcrm webhooks …`) write from another process: notice their changes.
        if (version != m_dataVersion) {
            m_dataVersion = version;
            reloadSettings();
            reloadSubscriptions();
            reloadPending();
            requestFanOut();
        }
    } catch (const store::StoreError &e) {
        qCWarning(lcWebhooks).noquote() << "cannot read pending webhooks:" << e.message();
    }
    if (Clock::nowMs() - m_lastPruneMs >= PruneEveryMs)
        prune();
    pump();
}

void DeliveryScheduler::reloadSettingsIfChanged()
{
    try {
        if (store::SettingsStore(m_db->db()).revision() != m_settingsRevision)
            reloadSettings();
    } catch (const store::StoreError &e) {
        qCWarning(lcWebhooks).noquote() << "cannot read the settings:" << e.message();
    }
}

void DeliveryScheduler::reloadSettings()
{
    store::SettingsStore settings(m_db->db());
    m_settingsRevision = settings.revision();
    Settings s;
    s.schedule
        = SettingsSchema::parseSchedule(settings.value(SettingsSchema::WebhooksRetrySchedule));
    s.connectTimeoutMs = int(settings.intValue(SettingsSchema::WebhooksConnectTimeoutMs));
    s.totalTimeoutMs = int(settings.intValue(SettingsSchema::WebhooksTimeoutMs));
    s.disableAfterMs = qint64(settings.value(SettingsSchema::WebhooksDisableAfterHours).toDouble()
                              * 3600.0 * 1000.0);
    s.retentionDays = int(settings.intValue(SettingsSchema::WebhooksLogRetentionDays));
    s.allowPrivate = settings.value(SettingsSchema::WebhooksAllowPrivateTargets) == u"true";
    m_settings = s;
}

void DeliveryScheduler::reloadSubscriptions()
{
    QHash<qint64, SubscriptionState> fresh;
    for (const Subscription &record : WebhookStore(m_db->db()).list()) {
        SubscriptionState state;
        if (const auto it = m_subscriptions.constFind(record.rowId); it != m_subscriptions.cend()) {
            state = *it; // keep what only this thread knows: flights, circuit, failure counts
            state.record.url = record.url;
            state.record.events = record.events;
            if (record.secretSealed != state.record.secretSealed) { // rotated
                state.record.secretSealed = record.secretSealed;
                state.secret = m_box ? m_box->open(record.secretSealed, record.id) : std::nullopt;
            }
            if (!record.enabled)
                state.disabling = false;
            if (!it->record.enabled && record.enabled && !state.disabling) {
                // Turned on again by the owner: start from what the database says now.
                state.record.consecutiveFailures = record.consecutiveFailures;
                state.record.failingSince = record.failingSince;
                state.circuitOpen = record.consecutiveFailures >= CircuitThreshold;
                state.blockedUntil = 0;
            }
            state.record.enabled = record.enabled && !state.disabling;
            state.record.disableReason = record.disableReason;
        } else {
            state.record = record;
            state.secret = m_box ? m_box->open(record.secretSealed, record.id) : std::nullopt;
            state.circuitOpen = record.consecutiveFailures >= CircuitThreshold;
        }
        fresh.insert(record.rowId, state);
    }
    m_subscriptions = fresh;
    // Deliveries of removed or disabled subscriptions are not sent.
    for (auto it = m_deliveries.begin(); it != m_deliveries.end();) {
        const auto sub = m_subscriptions.constFind(it->pending.subscriptionRowId);
        if (!it->busy && (sub == m_subscriptions.cend() || !sub->record.enabled)) {
            dequeue(*it);
            it = m_deliveries.erase(it);
        } else {
            ++it;
        }
    }
}

void DeliveryScheduler::reloadPending()
{
    QSet<qint64> known;
    known.reserve(m_deliveries.size());
    for (auto it = m_deliveries.cbegin(); it != m_deliveries.cend(); ++it)
        known.insert(it.key());
    for (const PendingDelivery &pending : WebhookStore(m_db->db()).pending(known)) {
        if (m_deliveries.contains(pending.id))
            continue; // known here: in the queue, in flight, or its result being written
        const auto sub = m_subscriptions.constFind(pending.subscriptionRowId);
        if (sub == m_subscriptions.cend() || !sub->record.enabled)
            continue;
        Delivery &d = m_deliveries[pending.id];
        d.pending = pending;
        enqueue(d);
    }
}

void DeliveryScheduler::requestFanOut()
{
    if (m_fanOutRunning) {
        m_fanOutAgain = true;
        return;
    }
    try {
        if (!WebhookStore(m_db->db()).hasUndispatched())
            return;
    } catch (const store::StoreError &e) {
        qCWarning(lcWebhooks).noquote() << "cannot read the outbox:" << e.message();
        return;
    }
    m_fanOutRunning = true;
    m_fanOutAgain = false;
    auto mailbox = m_mailbox;
    m_writer->submit(
        [](QSqlDatabase &db) { return WebhookStore(db).fanOut(Clock::nowMs(), FanOutBatch); },
        [mailbox](const store::WriteQueue::Outcome &outcome) {
            if (!outcome.ok)
                qCWarning(lcWebhooks).noquote()
                    << "cannot queue webhook deliveries:" << outcome.error;
            const int handled = outcome.ok ? outcome.value.toInt() : 0;
            mailbox->post([handled](DeliveryScheduler *scheduler) {
                scheduler->m_fanOutRunning = false;
                if (!scheduler->m_running)
                    return;
                try {
                    if (handled > 0) {
                        scheduler->reloadSubscriptions();
                        scheduler->reloadPending();
                    }
                } catch (const store::StoreError &e) {
                    qCWarning(lcWebhooks).noquote() << "cannot read webhooks:" << e.message();
                }
                scheduler->pump();
                if (handled >= FanOutBatch || scheduler->m_fanOutAgain)
                    scheduler->requestFanOut();
            });
        });
}

void DeliveryScheduler::prune()
{
    m_lastPruneMs = Clock::nowMs();
    const qint64 before = m_lastPruneMs - qint64(m_settings.retentionDays) * 86400 * 1000;
    m_writer->submit([before](QSqlDatabase &db) { return WebhookStore(db).pruneAttempts(before); },
                     [](const store::WriteQueue::Outcome &outcome) {
                         if (outcome.ok && outcome.value.toInt() > 0)
                             qCInfo(lcWebhooks) << "pruned" << outcome.value.toInt()
                                                << "old webhook delivery log entries";
                     });
}

void DeliveryScheduler::enqueue(Delivery &delivery)
{
    delivery.queued = true;
    m_queue.insert({delivery.pending.nextAttemptAt, delivery.pending.id});
}

void DeliveryScheduler::dequeue(Delivery &delivery)
{
    if (delivery.queued)
        m_queue.erase({delivery.pending.nextAttemptAt, delivery.pending.id});
    delivery.queued = false;
}

bool DeliveryScheduler::isBlocked(const SubscriptionState &sub, qint64 now)
{
    // A subscription with an open circuit sends one probe per retry slot, nothing else.
    return sub.inFlight >= MaxInFlightPerSubscription
        || (sub.circuitOpen && (sub.inFlight > 0 || now < sub.blockedUntil));
}

void DeliveryScheduler::pump()
{
    if (!m_running)
        return;
    // An attempt can end at once (refused target) and ask for a pump from inside this one.
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        pumpOnce();
    } while (m_pumpAgain && m_running);
    m_pumping = false;
    armTimer();
}

void DeliveryScheduler::pumpOnce()
{
    reloadSettingsIfChanged();
    const qint64 now = Clock::nowMs();
    // Subscriptions that can take another request now; once none can, the rest of the queue
    // need not be looked at (a large backlog must not cost a full scan per answer).
    QSet<qint64> open;
    for (auto it = m_subscriptions.cbegin(); it != m_subscriptions.cend(); ++it) {
        if (it->record.enabled && !isBlocked(*it, now))
            open.insert(it.key());
    }
    for (auto it = m_queue.begin(); it != m_queue.end() && it->first <= now;) {
        const qint64 id = it->second;
        Delivery &d = m_deliveries[id];
        auto sub = m_subscriptions.find(d.pending.subscriptionRowId);
        if (sub == m_subscriptions.end() || !sub->record.enabled) {
            it = m_queue.erase(it);
            m_deliveries.remove(id);
            continue;
        }
        if (!open.contains(sub.key())) {
            if (open.isEmpty())
                break;
            ++it;
            continue;
        }
        it = m_queue.erase(it);
        d.queued = false;
        begin(d, *sub);
        if (isBlocked(*sub, now))
            open.remove(sub.key());
    }
}

void DeliveryScheduler::armTimer()
{
    const qint64 now = Clock::nowMs();
    qint64 wakeAt = std::numeric_limits<qint64>::max();
    for (const auto &entry : m_queue) {
        if (entry.first > now) {
            wakeAt = entry.first;
            break;
        }
    }
    for (const SubscriptionState &sub : std::as_const(m_subscriptions)) {
        if (sub.circuitOpen && sub.blockedUntil > now)
            wakeAt = qMin(wakeAt, sub.blockedUntil);
    }
    if (wakeAt == std::numeric_limits<qint64>::max()) {
        m_dueTimer->stop();
        return;
    }
    m_dueTimer->start(int(qBound<qint64>(0, wakeAt - now, 24LL * 3600 * 1000)));
}

void DeliveryScheduler::begin(Delivery &delivery, SubscriptionState &subscription)
{
    delivery.busy = true;
    ++subscription.inFlight;
    const qint64 id = delivery.pending.id;
    if (!subscription.secret) {
        finishUnsent(id, WebhookMessages::english(WebhookMessages::SecretUnreadable));
        return;
    }
    const QUrl url(subscription.record.url);
    const bool allowPrivate
        = subscription.record.createdBy != CreatedBy::Api || m_settings.allowPrivate;
    QHostAddress literal;
    if (literal.setAddress(url.host())) {
        if (const QString refusal = TargetPolicy::check(literal, allowPrivate);
            !refusal.isEmpty()) {
            qCWarning(lcWebhooks).noquote() << "refused webhook target" << url.host() << "for"
                                            << subscription.record.id << ":" << refusal;
            finishUnsent(id, WebhookMessages::english(WebhookMessages::RefusedTarget, {refusal}));
            return;
        }
        send(id, literal);
        return;
    }
    // Resolve first, check every address, then connect to the checked address itself, so a
    // second resolution (DNS rebinding) can never lead somewhere else.
    const QString host = url.host();
    const QString subscriptionId = subscription.record.id;
    QHostInfo::lookupHost(
        host, this, [this, id, host, allowPrivate, subscriptionId](const QHostInfo &info) {
            if (!m_running || !m_deliveries.contains(id))
                return;
            if (info.error() != QHostInfo::NoError) {
                finishUnsent(id,
                             WebhookMessages::english(WebhookMessages::CannotResolve,
                                                      {host, info.errorString()}));
                return;
            }
            if (const QString refusal = TargetPolicy::checkAll(info.addresses(), allowPrivate);
                !refusal.isEmpty()) {
                qCWarning(lcWebhooks).noquote() << "refused webhook target" << host << "for"
                                                << subscriptionId << ":" << refusal;
                finishUnsent(id,
                             WebhookMessages::english(WebhookMessages::RefusedTarget, {refusal}));
                return;
            }
            send(id, info.addresses().constFirst());
        });
}

void DeliveryScheduler::send(qint64 deliveryId, const QHostAddress &address)
{
    const Delivery &delivery = m_deliveries[deliveryId];
    const auto subIt = m_subscriptions.constFind(delivery.pending.subscriptionRowId);
    if (subIt == m_subscriptions.cend()) {
        finishUnsent(deliveryId, WebhookMessages::english(WebhookMessages::Removed));
        return;
    }
    DeliveryRequest::Spec spec;
    spec.url = QUrl(subIt->record.url);
    spec.address = address;
    spec.secret = *subIt->secret;
    spec.eventId = delivery.pending.eventId;
    spec.body = delivery.pending.body;
    spec.connectTimeoutMs = m_settings.connectTimeoutMs;
    spec.totalTimeoutMs = m_settings.totalTimeoutMs;
    auto *request = new DeliveryRequest(m_network, std::move(spec), this);
    m_requests.insert(deliveryId, request);
    connect(request, &DeliveryRequest::finished, this,
            [this, request, deliveryId](const DeliveryRequest::Result &result) {
                m_requests.remove(deliveryId);
                request->deleteLater();
                finish(deliveryId, result);
            });
    request->start();
}

void DeliveryScheduler::finishUnsent(qint64 deliveryId, const QString &error)
{
    DeliveryRequest::Result result;
    result.startedAt = Clock::nowMs();
    result.error = error;
    finish(deliveryId, result);
}

void DeliveryScheduler::finish(qint64 deliveryId, const DeliveryRequest::Result &result)
{
    Delivery &delivery = m_deliveries[deliveryId];
    const auto subIt = m_subscriptions.find(delivery.pending.subscriptionRowId);
    if (subIt == m_subscriptions.end()) {
        m_deliveries.remove(deliveryId); // the webhook was removed meanwhile
        pump();
        return;
    }
    SubscriptionState &sub = *subIt;
    const QString subscriptionId = sub.record.id;
    const qint64 now = Clock::nowMs();
    const bool succeeded
        = result.error.isEmpty() && result.httpStatus >= 200 && result.httpStatus < 300;

    AttemptRecord a;
    a.deliveryId = deliveryId;
    a.subscriptionRowId = delivery.pending.subscriptionRowId;
    a.attempt = ++delivery.pending.attempts;
    a.roundAttempts = ++delivery.pending.roundAttempts;
    a.startedAt = result.startedAt;
    a.durationMs = result.durationMs;
    a.httpStatus = result.httpStatus;
    a.error = result.error;
    a.responseBody = result.responseBody;

    --sub.inFlight;
    if (succeeded) {
        sub.record.consecutiveFailures = 0;
        sub.record.failingSince = 0;
        sub.circuitOpen = false;
        sub.blockedUntil = 0;
        a.next = AttemptRecord::Next::Succeeded;
    } else {
        ++sub.record.consecutiveFailures;
        if (sub.record.failingSince == 0)
            sub.record.failingSince = result.startedAt;
        RetryPolicy::Failure failure;
        failure.httpStatus = result.httpStatus;
        failure.roundAttempts = a.roundAttempts;
        failure.failingSince = sub.record.failingSince;
        failure.now = now;
        failure.retryAfterMs = result.retryAfterMs;
        const RetryPolicy::Decision decision
            = RetryPolicy(m_settings.schedule, m_settings.disableAfterMs)
                  .afterFailure(failure, RetryPolicy::randomJitter());
        a.next = decision.retry ? AttemptRecord::Next::Retry : AttemptRecord::Next::Failed;
        a.nextAttemptAt = decision.nextAttemptAt;
        a.disableReason = decision.disable;
        const QString what = result.error.isEmpty()
            ? QStringLiteral("HTTP %1").arg(result.httpStatus)
            : result.error;
        qCWarning(lcWebhooks).noquote()
            << "webhook" << subscriptionId << "delivery of" << delivery.pending.eventId << "attempt"
            << a.attempt << "failed:" << what
            << (decision.retry ? QStringLiteral("(retry at %1)").arg(Clock::isoUtc(a.nextAttemptAt))
                               : QStringLiteral("(given up)"));
        if (sub.record.consecutiveFailures >= CircuitThreshold) {
            sub.circuitOpen = true;
            sub.blockedUntil = decision.retry ? a.nextAttemptAt : now + 5000;
        }
        if (decision.disable != DisableReason::None) {
            sub.record.enabled = false;
            sub.disabling = true;
            sub.record.disableReason = a.disableReason;
        }
    }
    if (a.next == AttemptRecord::Next::Retry) {
        delivery.pending.nextAttemptAt = a.nextAttemptAt;
        delivery.busy = false;
        enqueue(delivery);
    }
    const bool keep = a.next == AttemptRecord::Next::Retry;
    const qint64 disabledRowId = a.disableReason == DisableReason::None ? 0 : a.subscriptionRowId;
    const QString disableReason
        = WebhookMessages::disableReasonEnglish(a.disableReason, sub.record.failingSince);
    auto mailbox = m_mailbox;
    m_writer->submit(
        [a](QSqlDatabase &db) {
            WebhookStore(db).recordAttempt(a, Clock::nowMs());
            return QVariant();
        },
        [mailbox, deliveryId, keep, disabledRowId, subscriptionId,
         disableReason](const store::WriteQueue::Outcome &outcome) {
            if (!outcome.ok)
                qCWarning(lcWebhooks).noquote()
                    << "cannot record a webhook attempt:" << outcome.error;
            const bool ok = outcome.ok;
            mailbox->post([deliveryId, keep, disabledRowId, subscriptionId, disableReason,
                           ok](DeliveryScheduler *scheduler) {
                if (disabledRowId)
                    scheduler->disableStored(disabledRowId, ok ? subscriptionId : QString(),
                                             disableReason);
                scheduler->stored(deliveryId, keep);
            });
        });
    pump();
}

void DeliveryScheduler::disableStored(qint64 subscriptionRowId, const QString &subscriptionId,
                                      const QString &reason)
{
    // From now on the database says whether it is on: the owner may have re-enabled it already,
    // before any poll saw the disable, so the next poll reads the subscriptions again.
    if (const auto it = m_subscriptions.find(subscriptionRowId); it != m_subscriptions.end())
        it->disabling = false;
    m_dataVersion = -1;
    if (subscriptionId.isEmpty())
        return; // not written: the next poll finds the subscription still on
    // Announced only now that the commit holding it is on disk: whoever reacts by reading the
    // database sees the subscription turned off, with its reason.
    qCWarning(lcWebhooks).noquote() << "webhook" << subscriptionId << "disabled:" << reason;
    emit subscriptionDisabled(subscriptionId, reason);
}

void DeliveryScheduler::stored(qint64 deliveryId, bool keep)
{
    // A finished delivery is forgotten only now that its result is on disk: until then a reload
    // would still read it as pending and send it twice.
    if (!keep) {
        const auto it = m_deliveries.find(deliveryId);
        if (it != m_deliveries.end() && !it->queued)
            m_deliveries.erase(it);
    }
    if (!m_subscriptions.isEmpty())
        pump();
}

} // namespace rmx::webhooks
