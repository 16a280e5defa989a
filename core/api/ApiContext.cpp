// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ApiContext.h"

#include "core/settings/SettingsSchema.h"
#include "core/store/DbConnection.h"
#include "core/store/SettingsStore.h"

namespace rmx::api {

QSqlDatabase ApiContext::readDb() const
{
    return store::DbConnection::forCurrentThread(m_databasePath).db();
}

QString ApiContext::publicBaseUrl() const
{
    return publicBaseUrl(readDb());
}

QString ApiContext::publicBaseUrl(const QSqlDatabase &db) const
{
    QString listenUrl;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_publicUrlOverride.isEmpty())
            return m_publicUrlOverride;
        listenUrl = m_listenUrl;
    }
    const QString configured = store::SettingsStore(db).value(SettingsSchema::PublicUrl);
    return configured.isEmpty() ? listenUrl : configured;
}

void ApiContext::setPublicUrlOverride(const QString &url)
{
    QMutexLocker lock(&m_mutex);
    m_publicUrlOverride = url;
}

void ApiContext::setListenUrl(const QString &url)
{
    QMutexLocker lock(&m_mutex);
    m_listenUrl = url;
}

} // namespace rmx::api
