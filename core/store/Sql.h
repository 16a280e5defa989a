// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace rmx::store {

/// Small helpers shared by the store classes: cached prepared statements per connection and
/// execution that turns failures into StoreError without exposing the statement.
namespace Sql {
/// A prepared statement cached per connection and thread; values bound before are cleared.
QSqlQuery &prepared(const QSqlDatabase &db, const QString &sql);
/// Drops the cache of a connection that is about to close.
void forget(const QString &connectionName);
/// Executes `query`, throwing StoreError (with `what` as context) on failure.
void exec(QSqlQuery &query, const char *what);
/// `text` as a non-null value: QtSql binds a null QString as SQL NULL.
inline QString text(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
/// Executes a statement without parameters.
void execDirect(const QSqlDatabase &db, const QString &sql, const char *what);

/// Holds the reads of its scope in one read transaction on a reader connection. Each
/// statement outside a transaction takes its own WAL snapshot and, when another connection
/// has committed meanwhile (always, under load), drops the page cache and reads its pages
/// again; several reads for one request then cost several times one. Inside a transaction
/// already, it does nothing.
class ReadTransaction final
{
    Q_DISABLE_COPY_MOVE(ReadTransaction)

public:
    explicit ReadTransaction(const QSqlDatabase &db);
    ~ReadTransaction();

private:
    QSqlDatabase m_db;
    bool m_began = false;
};
} // namespace Sql

} // namespace rmx::store
