// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/ApiKeyStore.h"

#include "core/store/Sql.h"
#include "core/store/StoreError.h"
#include "core/store/TransactionCache.h"
#include "core/util/Clock.h"
#include "core/util/SecureRandom.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <openssl/crypto.h>

namespace rmx::store {

namespace {
constexpr QLatin1StringView KeyPrefix("rmx_");
constexpr int KeyRandomLength = 32;
constexpr int SaltBytes = 16;

QByteArray saltedHash(const QByteArray &salt, const QString &key)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(key.toUtf8());
    return hash.result();
}

ApiKeyInfo infoFrom(const QSqlQuery &q)
{
    ApiKeyInfo info;
    info.id = q.value(0).toLongLong();
    info.prefix = q.value(1).toString();
    info.name = q.value(2).toString();
    info.createdAt = q.value(3).toLongLong();
    info.lastUsedAt = q.value(4).toLongLong();
    info.revokedAt = q.value(5).toLongLong();
    info.test = q.value(6).toBool();
    return info;
}
} // namespace

bool ApiKeyStore::isWellFormed(QStringView key)
{
    if (key.size() != KeyPrefix.size() + KeyRandomLength || !key.startsWith(KeyPrefix))
        return false;
    for (const QChar c : key.sliced(KeyPrefix.size())) {
        const char16_t u = c.unicode();
        const bool alnum
            = (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
        if (!alnum)
            return false;
    }
    return true;
}

CreatedApiKey ApiKeyStore::create(const QString &name, Use use)
{
    CreatedApiKey created;
    const QByteArray salt = SecureRandom::bytes(SaltBytes);
    const qint64 now = Clock::nowMs();
    // The prefix is unique so it can identify a key; retry on the (astronomically rare) clash.
    for (int attempt = 0; attempt < 5; ++attempt) {
        created.key = KeyPrefix + SecureRandom::base62(KeyRandomLength);
        created.info.prefix = created.key.left(PrefixLength);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO api_keys (prefix, name, salt, hash, created_at, "
                                 "test) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(prefix) DO NOTHING"));
        q.addBindValue(created.info.prefix);
        q.addBindValue(name);
        q.addBindValue(salt);
        q.addBindValue(saltedHash(salt, created.key));
        q.addBindValue(now);
        q.addBindValue(use == Use::Test ? 1 : 0);
        Sql::exec(q, "create API key");
        if (q.numRowsAffected() == 1) {
            created.info.id = q.lastInsertId().toLongLong();
            created.info.name = name;
            created.info.createdAt = now;
            created.info.test = use == Use::Test;
            return created;
        }
    }
    throw StoreError(QStringLiteral("create API key failed: no unique prefix"));
}

QList<ApiKeyInfo> ApiKeyStore::list()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, prefix, name, created_at, last_used_at, revoked_at, "
                             "test FROM api_keys ORDER BY created_at DESC, id DESC"));
    Sql::exec(q, "list API keys");
    QList<ApiKeyInfo> keys;
    while (q.next())
        keys.append(infoFrom(q));
    return keys;
}

ApiKeyStore::RevokeResult ApiKeyStore::revoke(const QString &prefix)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE api_keys SET revoked_at = ? WHERE prefix = ? "
                             "AND revoked_at IS NULL"));
    q.addBindValue(Clock::nowMs());
    q.addBindValue(prefix);
    Sql::exec(q, "revoke API key");
    TransactionCache::invalidate(m_db);
    if (q.numRowsAffected() == 1)
        return RevokeResult::Revoked;
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT 1 FROM api_keys WHERE prefix = ?"));
    exists.addBindValue(prefix);
    Sql::exec(exists, "find API key");
    return exists.next() ? RevokeResult::AlreadyRevoked : RevokeResult::NotFound;
}

bool ApiKeyStore::remove(const QString &prefix)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM api_keys WHERE prefix = ?"));
    q.addBindValue(prefix);
    Sql::exec(q, "delete API key");
    TransactionCache::invalidate(m_db);
    return q.numRowsAffected() == 1;
}

std::optional<ApiKeyInfo> ApiKeyStore::verify(const QString &presented)
{
    if (!isWellFormed(presented))
        return std::nullopt;
    QSqlQuery &q = Sql::prepared(
        m_db,
        QStringLiteral("SELECT id, prefix, name, created_at, last_used_at, revoked_at, "
                       "test, salt, hash FROM api_keys WHERE prefix = ?"));
    q.addBindValue(presented.left(PrefixLength));
    Sql::exec(q, "look up API key");
    if (!q.next())
        return std::nullopt;
    ApiKeyInfo info = infoFrom(q);
    const QByteArray salt = q.value(7).toByteArray();
    const QByteArray stored = q.value(8).toByteArray();
    q.finish();
    const QByteArray actual = saltedHash(salt, presented);
    if (stored.size() != actual.size()
        || CRYPTO_memcmp(stored.constData(), actual.constData(), size_t(actual.size())) != 0)
        return std::nullopt;
    if (info.revokedAt != 0)
        return std::nullopt;
    return info;
}

bool ApiKeyStore::isActive(qint64 id)
{
    return TransactionCache::remembered(
               m_db, QStringLiteral("api_key_active:%1").arg(id),
               [&] {
                   QSqlQuery &q = Sql::prepared(
                       m_db,
                       QStringLiteral(
                           "SELECT 1 FROM api_keys WHERE id = ? AND revoked_at IS NULL"));
                   q.addBindValue(id);
                   Sql::exec(q, "check API key");
                   const bool active = q.next();
                   q.finish();
                   return QVariant(active);
               })
        .toBool();
}

void ApiKeyStore::touch(qint64 id, qint64 atMs)
{
    const auto write = [id, atMs](QSqlDatabase &db) {
        // To the minute: a busy key would otherwise rewrite its row at every commit.
        QSqlQuery &q = Sql::prepared(
            db,
            QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE id = ? AND "
                           "(last_used_at IS NULL OR last_used_at <= ? OR last_used_at > ?)"));
        q.addBindValue(atMs);
        q.addBindValue(id);
        q.addBindValue(atMs - LastUsedResolutionMs);
        q.addBindValue(atMs);
        Sql::exec(q, "record API key use");
    };
    // In a writer transaction, one update per key and commit is enough: the last use wins.
    if (TransactionCache *cache = TransactionCache::current(m_db))
        cache->deferUntilCommit(QStringLiteral("api_key_touch:%1").arg(id), write);
    else
        write(m_db);
}

} // namespace rmx::store
