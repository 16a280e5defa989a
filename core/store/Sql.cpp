// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Sql.h"

#include "core/store/SqliteStatement.h"
#include "core/store/StoreError.h"

#include <QHash>
#include <QSqlError>

#include <memory>
#include <unordered_map>

namespace rmx::store::Sql {

namespace {
using StatementCache = std::unordered_map<QString, std::unique_ptr<QSqlQuery>>;
thread_local std::unordered_map<QString, StatementCache> t_caches;
} // namespace

QSqlQuery &prepared(const QSqlDatabase &db, const QString &sql)
{
    auto &cache = t_caches[db.connectionName()];
    auto &slot = cache[sql];
    if (!slot) {
        auto query = std::make_unique<QSqlQuery>(db);
        // Without this, QtSql sets up a cache of 128 rows of values at every exec(), which
        // costs more than SQLite's own work for most of these statements.
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            throw StoreError(QStringLiteral("cannot prepare a statement: %1")
                                 .arg(query->lastError().driverText()));
        slot = std::move(query);
    }
    slot->finish();
    return *slot;
}

void forget(const QString &connectionName)
{
    SqliteStatement::forget(connectionName);
    t_caches.erase(connectionName);
}

void exec(QSqlQuery &query, const char *what)
{
    if (!query.exec()) {
        const QSqlError err = query.lastError();
        throw StoreError(QStringLiteral("%1 failed: %2 (%3)")
                             .arg(QLatin1StringView(what), err.driverText(), err.databaseText()));
    }
}

void execDirect(const QSqlDatabase &db, const QString &sql, const char *what)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        const QSqlError err = query.lastError();
        throw StoreError(QStringLiteral("%1 failed: %2 (%3)")
                             .arg(QLatin1StringView(what), err.driverText(), err.databaseText()));
    }
}

ReadTransaction::ReadTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    try {
        SqliteStatement::prepared(m_db, "BEGIN").run("begin reading");
        m_began = true;
    } catch (const StoreError &) {
        // Already in a transaction: the reads join it.
    }
}

ReadTransaction::~ReadTransaction()
{
    if (!m_began)
        return;
    // Never leave it open: the connection would keep reading an old snapshot, and hold back
    // checkpoints.
    try {
        SqliteStatement::prepared(m_db, "COMMIT").run("end reading");
    } catch (const StoreError &) {
        try {
            SqliteStatement::prepared(m_db, "ROLLBACK").run("end reading");
        } catch (const StoreError &) { }
    }
}

} // namespace rmx::store::Sql
