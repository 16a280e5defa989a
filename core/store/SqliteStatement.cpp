// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SqliteStatement.h"

#include "core/store/StoreError.h"

#include <QHash>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <memory>
#include <unordered_map>

namespace rmx::store {

namespace {
using StatementCache = QHash<QByteArray, std::shared_ptr<SqliteStatement>>;
thread_local std::unordered_map<QString, StatementCache> t_caches;

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw StoreError(QStringLiteral("the database connection is not SQLite"));
    sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData());
    if (!raw)
        throw StoreError(QStringLiteral("the database connection is closed"));
    return raw;
}
} // namespace

SqliteStatement &SqliteStatement::prepared(const QSqlDatabase &db, const char *sql)
{
    StatementCache &cache = t_caches[db.connectionName()];
    const QByteArray key = QByteArray::fromRawData(sql, qsizetype(qstrlen(sql)));
    if (const auto found = cache.constFind(key); found != cache.cend())
        return **found;
    sqlite3 *handle = handleOf(db);
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK) {
        throw StoreError(QStringLiteral("cannot prepare a statement: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    }
    std::shared_ptr<SqliteStatement> made(new SqliteStatement(handle, statement));
    cache.insert(QByteArray(sql), made);
    return *made;
}

void SqliteStatement::forget(const QString &connectionName)
{
    t_caches.erase(connectionName);
}

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
{ }

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement &SqliteStatement::bind(int index, const QString &text)
{
    // As UTF-8, the database's encoding: Qt converts faster than SQLite's own UTF-16 path.
    return bindUtf8(index, text.toUtf8());
}

SqliteStatement &SqliteStatement::bindUtf8(int index, const QByteArray &text)
{
    // Kept until the run ends, so that SQLite reads it in place instead of copying it.
    m_bound.push_back(text);
    check(sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()), SQLITE_STATIC),
          "bind a value");
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_statement, index, value), "bind a value");
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const std::optional<qint64> &value)
{
    check(value ? sqlite3_bind_int64(m_statement, index, *value)
                : sqlite3_bind_null(m_statement, index),
          "bind a value");
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    check(sqlite3_bind_null(m_statement, index), "bind a value");
    return *this;
}

void SqliteStatement::run(const char *what)
{
    // Reset at once: a statement left active would hold the transaction's snapshot open.
    if (stepToRow(what))
        reset();
}

bool SqliteStatement::stepToRow(const char *what)
{
    const int stepped = sqlite3_step(m_statement);
    if (stepped == SQLITE_ROW)
        return true;
    const int reset = sqlite3_reset(m_statement);
    releaseBound();
    check(stepped == SQLITE_DONE ? reset : stepped, what);
    return false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    releaseBound();
}

void SqliteStatement::releaseBound()
{
    // The statement must not point into the texts once they are gone.
    sqlite3_clear_bindings(m_statement);
    m_bound.clear();
}

QByteArrayView SqliteStatement::columnBytes(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

QString SqliteStatement::text(int column) const
{
    return QString::fromUtf8(columnBytes(column));
}

QByteArray SqliteStatement::utf8(int column) const
{
    return columnBytes(column).toByteArray();
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

void SqliteStatement::check(int result, const char *what) const
{
    if (result != SQLITE_OK)
        throw StoreError(
            QStringLiteral("%1 failed: %2")
                .arg(QLatin1StringView(what), QString::fromUtf8(sqlite3_errmsg(m_db))));
}

} // namespace rmx::store
