// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rmx::webhooks {

/// A validated request to create a subscription, shared by the API and the command line.
struct SubscriptionInput
{
    static constexpr int SecretMin = 16;
    static constexpr int SecretMax = 128;

    QString url;
    QStringList events;
    QString secret; // empty: generate one
    QString error; // non-empty: invalid
    QStringList fields;

    bool isValid() const { return error.isEmpty(); }
    /// Reads `{url, events, secret}`.
    static SubscriptionInput fromJson(const QJsonObject &body);
    /// `whsec_` + base64 of 24 random bytes.
    static QString generateSecret();
};

} // namespace rmx::webhooks
