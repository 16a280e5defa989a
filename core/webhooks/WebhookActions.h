// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/webhooks/SubscriptionInput.h"
#include "core/webhooks/WebhookStore.h"

#include <QSqlDatabase>

#include <optional>

namespace rmx::webhooks {

/// The changes an owner makes to webhooks, the same from the API, the command line and the
/// window: create, update, rotate the secret, enable, disable, remove, test and redeliver. Runs
/// inside the caller's transaction (a writer job, or the command's own); the secrets are sealed
/// with the database's key here, so no front end handles that. Throws StoreError.
class WebhookActions final
{
public:
    struct Created
    {
        Subscription subscription;
        QString secret; // the plaintext, to be shown once
        bool secretGenerated = false; // the input had none, so one was made
    };

    explicit WebhookActions(const QSqlDatabase &db)
        : m_db(db)
    { }

    /// A new signing secret, e.g. to show in the window before the webhook is added.
    static QString newSecret();

    /// `input` must be valid; without a secret in it, a new one is made.
    Created create(const SubscriptionInput &input, CreatedBy createdBy,
                   std::optional<qint64> apiKeyId, qint64 now);
    /// Changes where a subscription sends and what; false if unknown.
    bool update(const QString &id, const QString &url, const QStringList &events, qint64 now);
    /// Gives a subscription a new signing secret and returns it (to be shown once); nullopt if
    /// unknown.
    std::optional<QString> rotateSecret(const QString &id, qint64 now);
    /// Turns a subscription on again, clearing its failure history; false if unknown.
    bool enable(const QString &id, qint64 now);
    /// Turns a subscription off by the owner's choice; false if unknown.
    bool disable(const QString &id, qint64 now);
    bool remove(const QString &id);
    /// Queues a `ping` event for one subscription; returns the delivery id, nullopt if unknown.
    std::optional<qint64> sendTest(const QString &id, qint64 now);
    /// Sends a finished delivery again (same event id); false if unknown or still pending.
    bool redeliver(qint64 deliveryId, qint64 now);
    /// Sends every failed delivery of a subscription created since `sinceMs` again; returns how
    /// many, nullopt if the subscription is unknown.
    std::optional<int> redeliverFailed(const QString &id, qint64 sinceMs, qint64 now);

private:
    QSqlDatabase m_db;
};

} // namespace rmx::webhooks
