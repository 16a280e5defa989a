// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SchemaMigrator.h"

#include "core/store/DbConnection.h"
#include "core/store/Migrations.h"
#include "core/store/Sql.h"
#include "core/store/StoreError.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace rmx::store {

namespace {
int userVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        throw StoreError(QStringLiteral("cannot read the schema version"));
    return q.value(0).toInt();
}
} // namespace

int SchemaMigrator::latestVersion()
{
    return int(Migrations::all().size());
}

SchemaMigrator::Result SchemaMigrator::migrate(const QString &path)
{
    Result result;
    result.toVersion = latestVersion();
    try {
        // Look before touching: opening read-write would already switch the journal mode.
        if (QFileInfo::exists(path)) {
            DbConnection probe(path, QStringLiteral("probe"), DbConnection::Mode::ReadOnly);
            if (!probe.isOpen()) {
                result.error = probe.errorString();
                return result;
            }
            result.fromVersion = userVersion(probe.db());
            if (result.fromVersion > result.toVersion) {
                result.error
                    = QStringLiteral(
                          "This database was written by a newer version of RemixCRM (schema %1; "
                          "this version understands up to %2). It was left untouched: install "
                          "the newer RemixCRM to open it.")
                          .arg(result.fromVersion)
                          .arg(result.toVersion);
                return result;
            }
        }

        DbConnection conn(path, QStringLiteral("migrate"));
        if (!conn.isOpen()) {
            result.error = conn.errorString();
            return result;
        }
        QSqlDatabase db = conn.db();
        result.fromVersion = userVersion(db);
        const auto &steps = Migrations::all();
        for (int version = result.fromVersion + 1; version <= result.toVersion; ++version) {
            Sql::execDirect(db, QStringLiteral("BEGIN IMMEDIATE"), "begin migration");
            try {
                // Re-check inside the write lock: another process may have migrated meanwhile.
                if (userVersion(db) >= version) {
                    Sql::execDirect(db, QStringLiteral("ROLLBACK"), "rollback migration");
                    continue;
                }
                for (const QString &statement : steps.at(version - 1))
                    Sql::execDirect(db, statement, "migration statement");
                Sql::execDirect(db, QStringLiteral("PRAGMA user_version=%1").arg(version),
                                "set schema version");
                Sql::execDirect(db, QStringLiteral("COMMIT"), "commit migration");
            } catch (...) {
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                throw;
            }
        }
        result.ok = true;
    } catch (const StoreError &e) {
        result.error = e.message();
    }
    return result;
}

} // namespace rmx::store
