// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/webhooks/DeliveryEngine.h"

#include "core/settings/SettingsSchema.h"
#include "core/store/DbConnection.h"
#include "core/store/SettingsStore.h"
#include "core/store/StoreError.h"
#include "core/store/WriteQueue.h"
#include "core/util/Clock.h"
#include "core/webhooks/TargetPolicy.h"
#include "core/webhooks/WebhookMessages.h"
#include "core/webhooks/WebhookSigner.h"
#include "generated/Version.h"

#include <QDateTime>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>

Q_LOGGING_CATEGORY(lcWebhooks, "remixcrm.webhooks", QtInfoMsg)

namespace rmx::webhooks {

namespace {
constexpr int FanOutBatch = 500;
constexpr int PollMs = 1000;
constexpr qint64 PruneEveryMs = 3600 * 1000;
constexpr qint64 RetryAfterCapMs = 24 * 3600 * 1000;

std::optional<qint64> parseRetryAfter(const QByteArray &value, qint64 now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return qMax<qint64>(0, at.toMSecsSinceEpoch() - now);
}

} // namespace

void DeliveryEngine::Mailbox::post(std::function<void(DeliveryEngine *)> action)
{
    QMutexLocker lock(&mutex);
    if (!engine)
        return;
    DeliveryEngine *target = engine;
    QMetaObject::invokeMethod(
        target, [target, action = std::move(action)] { action(target); }, Qt::QueuedConnection);
}

DeliveryEngine::DeliveryEngine(QString databasePath, store::WriteQueue *writer)
    : m_databasePath(std::move(databasePath))
    , m_writer(writer)
    , m_mailbox(std::make_shared<Mailbox>())
{
    m_mailbox->engine = this;
}

DeliveryEngine::~DeliveryEngine()
{
    QMutexLocker lock(&m_mailbox->mutex);
    m_mailbox->engine = nullptr;
}

QString DeliveryEngine::initialize()
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
    connect(m_dueTimer, &QTimer::timeout, this, &DeliveryEngine::pump);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(PollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &DeliveryEngine::poll);
    m_pollTimer->start();

    m_running = true;
    m_lastPruneMs = Clock::nowMs() - PruneEveryMs + 10000; // first prune shortly after start
    poll();
    return {};
}

void DeliveryEngine::shutdown()
{
    m_running = false;
    {
        QMutexLocker lock(&m_mailbox->mutex);
        m_mailbox->engine = nullptr;
    }
    // Requests in flight stay pending in the database and are sent again after a restart.
    const auto replies = m_flights.keys();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_flights.clear();
    delete m_network;
    m_network = nullptr;
    m_db.reset();
}

void DeliveryEngine::onCommitted()
{
    if (m_wakeFlag)
        m_wakeFlag->store(false);
    if (m_running)
        requestFanOut();
}

void DeliveryEngine::poll()
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

void DeliveryEngine::reloadSettings()
{
    store::SettingsStore settings(m_db->db());
    Settings s;
    for (const QString &part :
         settings.value(SettingsSchema::WebhooksRetrySchedule).split(u',', Qt::SkipEmptyParts))
        s.schedule.append(part.trimmed().toDouble());
    s.connectTimeoutMs = int(settings.intValue(SettingsSchema::WebhooksConnectTimeoutMs));
    s.totalTimeoutMs = int(settings.intValue(SettingsSchema::WebhooksTimeoutMs));
    s.disableAfterMs = qint64(settings.value(SettingsSchema::WebhooksDisableAfterHours).toDouble()
                              * 3600.0 * 1000.0);
    s.retentionDays = int(settings.intValue(SettingsSchema::WebhooksLogRetentionDays));
    s.allowPrivate = settings.value(SettingsSchema::WebhooksAllowPrivateTargets) == u"true";
    m_settings = s;
}

void DeliveryEngine::reloadSubscriptions()
{
    QHash<qint64, SubscriptionState> fresh;
    for (const Subscription &record : WebhookStore(m_db->db()).list()) {
        SubscriptionState state;
        if (const auto it = m_subscriptions.constFind(record.rowId); it != m_subscriptions.cend()) {
            state = *it; // keep what only this thread knows: flights, circuit, failure counts
            state.record.url = record.url;
            state.record.events = record.events;
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
            state.record.disabledReason = record.disabledReason;
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

void DeliveryEngine::reloadPending()
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

void DeliveryEngine::requestFanOut()
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
            mailbox->post([handled](DeliveryEngine *engine) {
                engine->m_fanOutRunning = false;
                if (!engine->m_running)
                    return;
                try {
                    if (handled > 0) {
                        engine->reloadSubscriptions();
                        engine->reloadPending();
                    }
                } catch (const store::StoreError &e) {
                    qCWarning(lcWebhooks).noquote() << "cannot read webhooks:" << e.message();
                }
                engine->pump();
                if (handled >= FanOutBatch || engine->m_fanOutAgain)
                    engine->requestFanOut();
            });
        });
}

void DeliveryEngine::prune()
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

void DeliveryEngine::enqueue(Delivery &delivery)
{
    delivery.queued = true;
    m_queue.insert({delivery.pending.nextAttemptAt, delivery.pending.id});
}

void DeliveryEngine::dequeue(Delivery &delivery)
{
    if (delivery.queued)
        m_queue.erase({delivery.pending.nextAttemptAt, delivery.pending.id});
    delivery.queued = false;
}

bool DeliveryEngine::isBlocked(const SubscriptionState &sub, qint64 now)
{
    // A subscription with an open circuit sends one probe per retry slot, nothing else.
    return sub.inFlight >= MaxInFlightPerSubscription
        || (sub.circuitOpen && (sub.inFlight > 0 || now < sub.blockedUntil));
}

void DeliveryEngine::pump()
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

void DeliveryEngine::pumpOnce()
{
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

void DeliveryEngine::armTimer()
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

void DeliveryEngine::begin(Delivery &delivery, SubscriptionState &subscription)
{
    delivery.busy = true;
    ++subscription.inFlight;
    const qint64 id = delivery.pending.id;
    const qint64 startedAt = Clock::nowMs();
    if (!subscription.secret) {
        finish(id, startedAt, 0, 0, WebhookMessages::english(WebhookMessages::SecretUnreadable), {},
               std::nullopt);
        return;
    }
    const QUrl url(subscription.record.url);
    const bool allowPrivate = subscription.record.createdBy != u"api" || m_settings.allowPrivate;
    QHostAddress literal;
    if (literal.setAddress(url.host())) {
        if (const QString refusal = TargetPolicy::check(literal, allowPrivate);
            !refusal.isEmpty()) {
            qCWarning(lcWebhooks).noquote() << "refused webhook target" << url.host() << "for"
                                            << subscription.record.id << ":" << refusal;
            finish(id, startedAt, 0, 0,
                   WebhookMessages::english(WebhookMessages::RefusedTarget, {refusal}), {},
                   std::nullopt);
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
        host, this,
        [this, id, startedAt, host, allowPrivate, subscriptionId](const QHostInfo &info) {
            if (!m_running || !m_deliveries.contains(id))
                return;
            if (info.error() != QHostInfo::NoError) {
                finish(id, startedAt, 0, 0,
                       WebhookMessages::english(WebhookMessages::CannotResolve,
                                                {host, info.errorString()}),
                       {}, std::nullopt);
                return;
            }
            if (const QString refusal = TargetPolicy::checkAll(info.addresses(), allowPrivate);
                !refusal.isEmpty()) {
                qCWarning(lcWebhooks).noquote() << "refused webhook target" << host << "for"
                                                << subscriptionId << ":" << refusal;
                finish(id, startedAt, 0, 0,
                       WebhookMessages::english(WebhookMessages::RefusedTarget, {refusal}), {},
                       std::nullopt);
                return;
            }
            send(id, info.addresses().constFirst());
        });
}

void DeliveryEngine::send(qint64 deliveryId, const QHostAddress &address)
{
    const Delivery &delivery = m_deliveries[deliveryId];
    const auto subIt = m_subscriptions.constFind(delivery.pending.subscriptionRowId);
    if (subIt == m_subscriptions.cend()) {
        finish(deliveryId, Clock::nowMs(), 0, 0, WebhookMessages::english(WebhookMessages::Removed),
               {}, std::nullopt);
        return;
    }
    const SubscriptionState &sub = *subIt;
    const QUrl original(sub.record.url);
    QUrl target = original;
    target.setHost(address.toString());

    QNetworkRequest request(target);
    // The Host header and the TLS name (SNI and certificate check) stay the original host.
    QByteArray hostHeader = original.host(QUrl::FullyEncoded).toLatin1();
    if (hostHeader.contains(':'))
        hostHeader = '[' + hostHeader + ']';
    if (original.port() > 0)
        hostHeader += ':' + QByteArray::number(original.port());
    request.setRawHeader("Host", hostHeader);
    request.setPeerVerifyName(original.host());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("RemixCRM-Webhooks/" REMIXCRM_VERSION));
    // Signed now, for this attempt: receivers reject stale timestamps.
    const qint64 startedAt = Clock::nowMs();
    const auto headers = WebhookSigner::headers(*sub.secret, delivery.pending.eventId,
                                                startedAt / 1000, delivery.pending.body);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);

    QNetworkReply *reply = m_network->post(request, delivery.pending.body);
    Flight &flight = m_flights[reply];
    flight.deliveryId = deliveryId;
    flight.startedAt = startedAt;
    flight.clock.start();
    flight.totalTimer = new QTimer(reply);
    flight.totalTimer->setSingleShot(true);
    connect(flight.totalTimer, &QTimer::timeout, reply, [this, reply] {
        m_flights[reply].abortReason = WebhookMessages::english(
            WebhookMessages::TimedOut, {QString::number(m_settings.totalTimeoutMs)});
        reply->abort();
    });
    flight.totalTimer->start(m_settings.totalTimeoutMs);
    flight.connectTimer = new QTimer(reply);
    flight.connectTimer->setSingleShot(true);
    connect(flight.connectTimer, &QTimer::timeout, reply, [this, reply] {
        m_flights[reply].abortReason = WebhookMessages::english(
            WebhookMessages::ConnectTimeout, {QString::number(m_settings.connectTimeoutMs)});
        reply->abort();
    });
    QTimer *connectTimer = flight.connectTimer;
    const int connectMs = m_settings.connectTimeoutMs;
    connect(reply, &QNetworkReply::socketStartedConnecting, connectTimer,
            [connectTimer, connectMs] { connectTimer->start(connectMs); });
    connect(reply, &QNetworkReply::requestSent, connectTimer, &QTimer::stop);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        Flight &f = m_flights[reply];
        while (reply->bytesAvailable() > 0) {
            const QByteArray chunk = reply->read(16384);
            if (f.body.size() < LoggedBodyBytes)
                f.body += chunk.left(LoggedBodyBytes - f.body.size());
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void DeliveryEngine::onReplyFinished(QNetworkReply *reply)
{
    const auto it = m_flights.find(reply);
    if (it == m_flights.end())
        return;
    Flight flight = *it;
    m_flights.erase(it);
    reply->deleteLater();
    while (reply->bytesAvailable() > 0 && flight.body.size() < LoggedBodyBytes)
        flight.body += reply->read(LoggedBodyBytes - flight.body.size());

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const qint64 duration = flight.clock.elapsed();
    QString error;
    std::optional<qint64> retryAfter;
    if (!flight.abortReason.isEmpty()) {
        error = flight.abortReason;
    } else if (status == 0) {
        error = reply->errorString();
    } else if (status >= 300 && status < 400) {
        error = WebhookMessages::english(
            WebhookMessages::Redirect,
            {QString::number(status), QString::fromLatin1(reply->rawHeader("Location").left(300))});
    } else if (status == 429 || status == 503) {
        retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"), Clock::nowMs());
    }
    finish(flight.deliveryId, flight.startedAt, duration, status, error, flight.body, retryAfter);
}

void DeliveryEngine::finish(qint64 deliveryId, qint64 startedAt, qint64 durationMs, int httpStatus,
                            const QString &error, const QByteArray &responseBody,
                            std::optional<qint64> retryAfterMs)
{
    Delivery &delivery = m_deliveries[deliveryId];
    auto subIt = m_subscriptions.find(delivery.pending.subscriptionRowId);
    if (subIt == m_subscriptions.end()) {
        m_deliveries.remove(deliveryId); // the webhook was removed meanwhile
        pump();
        return;
    }
    const qint64 now = Clock::nowMs();
    const bool succeeded = error.isEmpty() && httpStatus >= 200 && httpStatus < 300;

    AttemptRecord a;
    a.deliveryId = deliveryId;
    a.subscriptionRowId = delivery.pending.subscriptionRowId;
    a.attempt = ++delivery.pending.attempts;
    a.roundAttempts = ++delivery.pending.roundAttempts;
    a.startedAt = startedAt;
    a.durationMs = durationMs;
    a.httpStatus = httpStatus;
    a.error = error;
    a.responseBody = responseBody;

    QString subscriptionId;
    if (subIt != m_subscriptions.end()) {
        SubscriptionState &sub = *subIt;
        subscriptionId = sub.record.id;
        --sub.inFlight;
        if (succeeded) {
            sub.record.consecutiveFailures = 0;
            sub.record.failingSince = 0;
            sub.circuitOpen = false;
            sub.blockedUntil = 0;
        } else {
            ++sub.record.consecutiveFailures;
            if (sub.record.failingSince == 0)
                sub.record.failingSince = startedAt;
        }
    }
    if (succeeded) {
        a.next = AttemptRecord::Next::Succeeded;
    } else {
        const int index = a.roundAttempts - 1;
        if (httpStatus == 410) {
            a.disableReason = WebhookMessages::english(WebhookMessages::Gone);
        } else if (subIt != m_subscriptions.end()
                   && now - subIt->record.failingSince >= m_settings.disableAfterMs) {
            a.disableReason = WebhookMessages::english(WebhookMessages::FailingSince,
                                                       {Clock::isoUtc(subIt->record.failingSince)});
        }
        if (!a.disableReason.isEmpty() || index >= m_settings.schedule.size()) {
            a.next = AttemptRecord::Next::Failed;
        } else {
            a.next = AttemptRecord::Next::Retry;
            qint64 delay = 0;
            if (retryAfterMs) {
                delay = qMin(*retryAfterMs, RetryAfterCapMs);
            } else {
                const double jitter = 0.8 + QRandomGenerator::global()->bounded(0.4);
                delay = qint64(m_settings.schedule.at(index) * 1000.0 * jitter);
            }
            a.nextAttemptAt = now + delay;
        }
        const QString what = error.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus) : error;
        qCWarning(lcWebhooks).noquote()
            << "webhook" << subscriptionId << "delivery of" << delivery.pending.eventId << "attempt"
            << a.attempt << "failed:" << what
            << (a.next == AttemptRecord::Next::Retry
                    ? QStringLiteral("(retry at %1)").arg(Clock::isoUtc(a.nextAttemptAt))
                    : QStringLiteral("(given up)"));
    }
    if (subIt != m_subscriptions.end() && !succeeded
        && subIt->record.consecutiveFailures >= CircuitThreshold) {
        subIt->circuitOpen = true;
        subIt->blockedUntil = a.next == AttemptRecord::Next::Retry ? a.nextAttemptAt : now + 5000;
    }
    if (!a.disableReason.isEmpty() && subIt != m_subscriptions.end()) {
        subIt->record.enabled = false;
        subIt->disabling = true;
        subIt->record.disabledReason = a.disableReason;
    }
    if (a.next == AttemptRecord::Next::Retry) {
        delivery.pending.nextAttemptAt = a.nextAttemptAt;
        delivery.busy = false;
        enqueue(delivery);
    }
    const bool keep = a.next == AttemptRecord::Next::Retry;
    const qint64 disabledRowId = a.disableReason.isEmpty() ? 0 : a.subscriptionRowId;
    const QString disableReason = a.disableReason;
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
                           ok](DeliveryEngine *engine) {
                if (disabledRowId)
                    engine->disableStored(disabledRowId, ok ? subscriptionId : QString(),
                                          disableReason);
                engine->stored(deliveryId, keep);
            });
        });
    pump();
}

void DeliveryEngine::disableStored(qint64 subscriptionRowId, const QString &subscriptionId,
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

void DeliveryEngine::stored(qint64 deliveryId, bool keep)
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
