// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace rmx::store {

/// A statement that writes rows, run through SQLite's own API on a QtSql connection. For the
/// few inserts every lead and capture makes: QtSql names each bound value with QString::arg
/// and copies it through a QVariant, which costs more than SQLite's own work for them.
/// Prepared once per connection and thread, like Sql::prepared(); Sql::forget() finalizes.
class SqliteStatement final
{
    Q_DISABLE_COPY_MOVE(SqliteStatement)

public:
    /// The cached statement for `sql` on `db`, a QSQLITE connection. Throws StoreError.
    static SqliteStatement &prepared(const QSqlDatabase &db, const char *sql);
    /// Finalizes the statements of a connection that is about to close.
    static void forget(const QString &connectionName);

    ~SqliteStatement();

    /// Binds by 1-based position. A null QString binds '' (as Sql::text() does), an empty
    /// optional binds NULL.
    SqliteStatement &bind(int index, const QString &text);
    /// Binds text given as UTF-8.
    SqliteStatement &bindUtf8(int index, const QByteArray &text);
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, const std::optional<qint64> &value);
    SqliteStatement &bindNull(int index);
    /// Runs it once; throws StoreError with `what` as context.
    void run(const char *what);
    /// The row id of the row the last run() inserted on this connection.
    qint64 lastInsertRowId() const;

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement);
    void check(int result, const char *what) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
};

} // namespace rmx::store
