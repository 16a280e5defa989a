// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/LiveLimits.h"

#include "core/server/LeadServer.h"
#include "core/store/DbConnection.h"
#include "core/store/SettingsStore.h"
#include "core/store/StoreError.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLimits, "remixcrm.server", QtInfoMsg)

namespace rmx::server {

LiveLimits::LiveLimits(QString databasePath, qint64 revision)
    : m_databasePath(std::move(databasePath))
    , m_seen(revision)
{ }

std::optional<http::HttpLimits> LiveLimits::changed()
{
    try {
        const QSqlDatabase &db = store::DbConnection::forCurrentThread(m_databasePath).db();
        const qint64 revision = store::SettingsStore(db).revision();
        qint64 seen = m_seen.load();
        // Only the thread that moves `seen` answers; the others get the limits it spreads.
        if (revision == seen || !m_seen.compare_exchange_strong(seen, revision))
            return std::nullopt;
        qCInfo(lcLimits) << "request limits read again from the changed settings";
        return LeadServer::limitsFromSettings(db, nullptr);
    } catch (const store::StoreError &e) {
        qCWarning(lcLimits).noquote() << "cannot read the settings:" << e.message();
        return std::nullopt;
    }
}

} // namespace rmx::server
