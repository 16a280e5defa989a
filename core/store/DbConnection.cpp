// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/DbConnection.h"

#include "core/store/Sql.h"

#include <QAtomicInteger>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadStorage>

#include <memory>

namespace rmx::store {

namespace {
QAtomicInteger<quint64> s_counter;

struct ThreadConnections
{
    std::unordered_map<std::string, std::unique_ptr<DbConnection>> byPath;
};
QThreadStorage<ThreadConnections *> s_threadConnections;
} // namespace

DbConnection::DbConnection(const QString &path, const QString &role, Mode mode)
    : m_name(QStringLiteral("rmx-%1-%2").arg(role).arg(s_counter.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        m_error = QStringLiteral("cannot open the database: %1").arg(db.lastError().driverText());
        return;
    }
    if (mode == Mode::ReadOnly)
        return;
    QSqlQuery q(db);
    // WAL lets readers run beside the writer; synchronous=FULL makes every commit durable
    // before it returns (docs/ARCHITECTURE.md, "Durability").
    const char *const pragmas[] = {
        "PRAGMA journal_mode=WAL",  "PRAGMA synchronous=FULL",  "PRAGMA foreign_keys=ON",
        "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-16000",
    };
    for (const char *pragma : pragmas) {
        if (!q.exec(QLatin1StringView(pragma))) {
            m_error = QStringLiteral("cannot configure the database: %1")
                          .arg(q.lastError().driverText());
            return;
        }
    }
}

DbConnection::~DbConnection()
{
    Sql::forget(m_name);
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase DbConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

DbConnection &DbConnection::forCurrentThread(const QString &path)
{
    if (!s_threadConnections.hasLocalData())
        s_threadConnections.setLocalData(new ThreadConnections);
    auto &map = s_threadConnections.localData()->byPath;
    auto &slot = map[path.toStdString()];
    if (!slot || !slot->isOpen())
        slot = std::make_unique<DbConnection>(path, QStringLiteral("thread"));
    return *slot;
}

} // namespace rmx::store
