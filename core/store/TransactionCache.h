// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <map>
#include <optional>

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

    std::optional<QVariant> find(const QString &key) const;
    void insert(const QString &key, const QVariant &value);
    /// Drops every cached value (after a write that may change one of them).
    void invalidate();

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
