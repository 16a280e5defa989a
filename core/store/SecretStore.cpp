// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SecretStore.h"

#include "core/store/Sql.h"
#include "core/util/SecureRandom.h"

#include <QSqlQuery>

namespace rmx::store {

QByteArray SecretStore::getOrCreate(const QString &name, int size, qint64 nowMs)
{
    QSqlQuery &insert
        = Sql::prepared(m_db,
                        QStringLiteral("INSERT OR IGNORE INTO secrets (name, value, created_at) "
                                       "VALUES (?, ?, ?)"));
    insert.addBindValue(name);
    insert.addBindValue(SecureRandom::bytes(size));
    insert.addBindValue(nowMs);
    Sql::exec(insert, "create secret");

    QSqlQuery &read
        = Sql::prepared(m_db, QStringLiteral("SELECT value FROM secrets WHERE name = ?"));
    read.addBindValue(name);
    Sql::exec(read, "read secret");
    const QByteArray value = read.next() ? read.value(0).toByteArray() : QByteArray();
    read.finish();
    return value;
}

} // namespace rmx::store
