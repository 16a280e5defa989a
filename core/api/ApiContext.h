// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QSqlDatabase>
#include <QString>

namespace rmx::store {
class WriteQueue;
}

namespace rmx::api {

/// What the route handlers share: the database (read on the calling thread's own connection,
/// written through the writer thread) and the public base URL. Thread-safe.
class ApiContext final
{
public:
    ApiContext(QString databasePath, store::WriteQueue *writer)
        : m_databasePath(std::move(databasePath))
        , m_writer(writer)
    { }
    Q_DISABLE_COPY_MOVE(ApiContext)

    const QString &databasePath() const { return m_databasePath; }
    store::WriteQueue *writer() const { return m_writer; }
    /// The calling thread's read connection.
    QSqlDatabase readDb() const;

    /// `--public-url` if given, else the `public_url` setting, else the listen address.
    QString publicBaseUrl() const;
    /// The same, read through `db` (e.g. the writer's, where it is read once per transaction).
    QString publicBaseUrl(const QSqlDatabase &db) const;
    void setPublicUrlOverride(const QString &url);
    void setListenUrl(const QString &url);

private:
    QString m_databasePath;
    store::WriteQueue *m_writer;
    mutable QMutex m_mutex;
    QString m_publicUrlOverride;
    QString m_listenUrl;
};

} // namespace rmx::api
