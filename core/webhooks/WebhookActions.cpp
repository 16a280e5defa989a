// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/webhooks/WebhookActions.h"

#include "core/store/StoreError.h"
#include "core/webhooks/SecretBox.h"

namespace rmx::webhooks {

namespace {
SecretBox secretBox(const QSqlDatabase &db)
{
    QString error;
    auto box = SecretBox::forDatabase(db.databaseName(), &error);
    if (!box)
        throw store::StoreError(error);
    return std::move(*box);
}
} // namespace

QString WebhookActions::newSecret()
{
    return SubscriptionInput::generateSecret();
}

WebhookActions::Created WebhookActions::create(const SubscriptionInput &input, CreatedBy createdBy,
                                               std::optional<qint64> apiKeyId, qint64 now)
{
    Created created;
    created.secretGenerated = input.secret.isEmpty();
    created.secret = created.secretGenerated ? newSecret() : input.secret;
    created.subscription = WebhookStore(m_db).create(input.url, input.events, created.secret,
                                                     createdBy, apiKeyId, now, secretBox(m_db));
    return created;
}

bool WebhookActions::update(const QString &id, const QString &url, const QStringList &events,
                            qint64 now)
{
    return WebhookStore(m_db).update(id, url, events, now);
}

std::optional<QString> WebhookActions::rotateSecret(const QString &id, qint64 now)
{
    const QString secret = newSecret();
    if (!WebhookStore(m_db).setSecret(id, secret, now, secretBox(m_db)))
        return std::nullopt;
    return secret;
}

bool WebhookActions::enable(const QString &id, qint64 now)
{
    return WebhookStore(m_db).setEnabled(id, true, now);
}

bool WebhookActions::disable(const QString &id, qint64 now)
{
    return WebhookStore(m_db).setEnabled(id, false, now);
}

bool WebhookActions::remove(const QString &id)
{
    return WebhookStore(m_db).remove(id);
}

std::optional<qint64> WebhookActions::sendTest(const QString &id, qint64 now)
{
    WebhookStore store(m_db);
    const auto subscription = store.find(id);
    if (!subscription)
        return std::nullopt;
    return store.queuePing(*subscription, now);
}

bool WebhookActions::redeliver(qint64 deliveryId, qint64 now)
{
    return WebhookStore(m_db).redeliver(deliveryId, now);
}

std::optional<int> WebhookActions::redeliverFailed(const QString &id, qint64 sinceMs, qint64 now)
{
    WebhookStore store(m_db);
    const auto subscription = store.find(id);
    if (!subscription)
        return std::nullopt;
    return store.redeliverFailed(subscription->rowId, sinceMs, now);
}

} // namespace rmx::webhooks
