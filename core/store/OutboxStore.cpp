// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/OutboxStore.h"

#include "core/store/Sql.h"
#include "core/util/Ulid.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace rmx::store {

QString OutboxStore::append(const QString &event, const QJsonObject &data, qint64 nowMs)
{
    return append(event, QJsonDocument(data).toJson(QJsonDocument::Compact), nowMs);
}

QString OutboxStore::append(const QString &event, const QByteArray &json, qint64 nowMs)
{
    const QString id = QStringLiteral("evt_") + Ulid::generate(nowMs);
    QSqlQuery &q
        = Sql::prepared(m_db,
                        QStringLiteral("INSERT INTO outbox (public_id, event, data, created_at) "
                                       "VALUES (?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(event);
    q.addBindValue(QString::fromUtf8(json));
    q.addBindValue(nowMs);
    Sql::exec(q, "append outbox event");
    return id;
}

} // namespace rmx::store
