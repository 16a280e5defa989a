// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <map>

namespace rmx::store {

/// Values read once per write transaction on the writer thread, and small writes postponed to
/// just before its commit. The writer holds SQLite's write lock for the whole transaction, so
/// no other connection can change a cached value meanwhile; the stores' own writes in the same
/// transaction drop the cache. Outside a writer transaction there is no cache and every read
/// goes to the database.
class TransactionCache final
{
public:
    /// The cache of the transaction `db` is running on this thread, if any.
    static TransactionCache *current(const QSqlDatabase &db);

    /// The value cached under `key` in `db`'s writer transaction, else `read()`, cached there.
    /// Outside a writer transaction, always `read()`.
    template<typename Read>
    static QVariant remembered(const QSqlDatabase &db, const QString &key, Read read)
    {
        TransactionCache *cache = current(db);
        if (!cache)
            return read();
        if (const auto it = cache->m_values.constFind(key); it != cache->m_values.cend())
            return *it;
        const QVariant value = read();
        cache->m_values.insert(key, value);
        return value;
    }
    /// Drops every value cached in `db`'s writer transaction, if any (after a write that may
    /// change one of them).
    static void invalidate(const QSqlDatabase &db);

    /// Runs `work` before the commit; a later call with the same key replaces it.
    void deferUntilCommit(const QString &key, std::function<void(QSqlDatabase &)> work);
    /// Runs the postponed work (in key order); throws StoreError like any write.
    void runDeferred(QSqlDatabase &db);

    /// Installs a cache for the transaction on this thread for the lifetime of the scope.
    class Scope final
    {
    public:
        Scope(TransactionCache &cache, const QSqlDatabase &db);
        ~Scope();
        Q_DISABLE_COPY_MOVE(Scope)
    };

private:
    QHash<QString, QVariant> m_values;
    std::map<QString, std::function<void(QSqlDatabase &)>> m_deferred;
};

} // namespace rmx::store
