// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/CommandDatabase.h"

#include "core/cli/Terminal.h"
#include "core/server/DataDirectory.h"
#include "core/store/SchemaMigrator.h"

namespace rmx::cli {

std::unique_ptr<store::DbConnection> openCommandDatabase(const QString &dataDir)
{
    if (const QString error = server::DataDirectory::ensure(dataDir); !error.isEmpty()) {
        Terminal::err(error);
        return nullptr;
    }
    const QString path = server::DataDirectory::databasePath(dataDir);
    const auto migration = store::SchemaMigrator::migrate(path);
    if (!migration.ok) {
        Terminal::err(migration.error);
        return nullptr;
    }
    auto connection = std::make_unique<store::DbConnection>(path, QStringLiteral("cli"));
    if (!connection->isOpen()) {
        Terminal::err(connection->errorString());
        return nullptr;
    }
    return connection;
}

} // namespace rmx::cli
