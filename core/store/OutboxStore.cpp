// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/OutboxStore.h"

#include "core/store/SqliteStatement.h"
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
    SqliteStatement::prepared(
        m_db, "INSERT INTO outbox (public_id, event, data, created_at) VALUES (?, ?, ?, ?)")
        .bind(1, id)
        .bind(2, event)
        .bindUtf8(3, json)
        .bind(4, nowMs)
        .run("append outbox event");
    return id;
}

} // namespace rmx::store
