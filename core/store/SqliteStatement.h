// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace rmx::store {

/// A statement run through SQLite's own API on a QtSql connection. For the few statements every
/// lead and capture runs: QtSql names each bound value with QString::arg, copies it through a
/// QVariant and builds a QSqlRecord per run, which costs more than SQLite's own work for them.
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

    /// Runs it and hands the first row, if there is one, to `read(const SqliteStatement &)`,
    /// which reads its columns; resets it afterwards. Returns whether there was a row.
    template<typename Read> bool first(const char *what, Read &&read)
    {
        if (!stepToRow(what))
            return false;
        const ResetOnExit reset {this};
        read(std::as_const(*this));
        return true;
    }
    /// Columns of the current row, by 0-based index. NULL reads as a null QString or 0.
    QString text(int column) const;
    QByteArray utf8(int column) const;
    qint64 int64(int column) const;

private:
    struct ResetOnExit
    {
        SqliteStatement *statement;
        ~ResetOnExit() { statement->reset(); }
    };
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement);
    void check(int result, const char *what) const;
    /// Steps once: true at a row (left active for reading), false when done (reset).
    bool stepToRow(const char *what);
    void reset();
    void releaseBound();
    /// The current row's column as UTF-8, valid until the next step or reset.
    QByteArrayView columnBytes(int column) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    std::vector<QByteArray> m_bound; // texts bound in place until the run ends
};

} // namespace rmx::store
