// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/TransactionCache.h"

namespace rmx::store {

namespace {
thread_local TransactionCache *installed = nullptr;
thread_local QString installedConnection;
} // namespace

TransactionCache *TransactionCache::current(const QSqlDatabase &db)
{
    if (!installed || db.connectionName() != installedConnection)
        return nullptr;
    return installed;
}

void TransactionCache::invalidate(const QSqlDatabase &db)
{
    if (TransactionCache *cache = current(db))
        cache->m_values.clear();
}

void TransactionCache::deferUntilCommit(const QString &key,
                                        std::function<void(QSqlDatabase &)> work)
{
    m_deferred[key] = std::move(work);
}

void TransactionCache::runDeferred(QSqlDatabase &db)
{
    auto deferred = std::move(m_deferred);
    m_deferred.clear();
    for (auto &[key, work] : deferred)
        work(db);
}

TransactionCache::Scope::Scope(TransactionCache &cache, const QSqlDatabase &db)
{
    installed = &cache;
    installedConnection = db.connectionName();
}

TransactionCache::Scope::~Scope()
{
    installed = nullptr;
    installedConnection.clear();
}

} // namespace rmx::store
