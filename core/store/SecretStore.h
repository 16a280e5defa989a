// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace rmx::store {

/// Random server-side keys kept in the `secrets` table (never shown, never exported).
class SecretStore final
{
public:
    explicit SecretStore(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// The secret `name`, generated (`size` random bytes) and stored on first use. Call inside
    /// a write transaction.
    QByteArray getOrCreate(const QString &name, int size, qint64 nowMs);

private:
    QSqlDatabase m_db;
};

} // namespace rmx::store
