// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace rmx::webhooks {

/// Encrypts secrets for the database with AES-256-GCM: webhook signing secrets and Secret
/// settings such as the SMTP password. The 32-byte key lives in
/// `webhook-secrets.key` (mode 0600) in the data directory and is created on first use, so a
/// copied database alone does not reveal the secrets.
class SecretBox final
{
public:
    /// Loads (or creates) the key of the data directory holding `databasePath`.
    static std::optional<SecretBox> forDatabase(const QString &databasePath, QString *error);
    static QString keyPath(const QString &dataDir);

    /// "v1:" + base64(nonce | ciphertext | tag); `context` (the subscription id) is bound as AAD.
    QString seal(const QString &secret, const QString &context) const;
    /// The secret, or nullopt when the key does not match or the data was altered.
    std::optional<QString> open(const QString &sealed, const QString &context) const;

private:
    explicit SecretBox(QByteArray key)
        : m_key(std::move(key))
    { }
    QByteArray m_key;
};

} // namespace rmx::webhooks
