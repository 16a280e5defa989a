// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rmx::store {

/// What is kept of an API key: never the key itself, only its salted hash and visible prefix.
struct ApiKeyInfo
{
    qint64 id = 0;
    QString prefix;
    QString name;
    qint64 createdAt = 0;
    qint64 lastUsedAt = 0; // 0 = never
    qint64 revokedAt = 0; // 0 = active
    bool test = false; // made for one test lead: its leads are marked as tests
};

/// A key right after creation: the only moment the plaintext exists.
struct CreatedApiKey
{
    ApiKeyInfo info;
    QString key;
};

/// API keys (`rmx_` + 32 base62 characters), stored as salted SHA-256 hashes.
class ApiKeyStore final
{
public:
    static constexpr int PrefixLength = 12;
    static constexpr int NameMaxLength = 100;
    /// How precisely the last use of a key is recorded.
    static constexpr qint64 LastUsedResolutionMs = 60'000;

    explicit ApiKeyStore(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    enum class Use { Client, Test };
    /// A new key; a Test key's leads are created as test leads (created_via 'test').
    CreatedApiKey create(const QString &name, Use use = Use::Client);
    QList<ApiKeyInfo> list();
    enum class RevokeResult { Revoked, AlreadyRevoked, NotFound };
    RevokeResult revoke(const QString &prefix);
    /// Deletes the key, for one that existed only for a moment (the Connect page's test): a
    /// revoked key would stay in the list. Its leads keep their data and lose the link.
    bool remove(const QString &prefix);
    /// The active key matching `presented`, checked in constant time; nothing for a malformed,
    /// unknown or revoked key. Reads the database every time, so revocation is immediate.
    std::optional<ApiKeyInfo> verify(const QString &presented);
    bool isActive(qint64 id);
    /// Records a use of the key (to LastUsedResolutionMs: a newer use within it changes nothing).
    void touch(qint64 id, qint64 atMs);

    static bool isWellFormed(QStringView key);

private:
    QSqlDatabase m_db;
};

} // namespace rmx::store
