// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace rmx::store {

/// Events for webhook delivery, appended in the same transaction as the change they describe,
/// so none is lost or invented across a crash.
class OutboxStore final
{
public:
    explicit OutboxStore(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Appends `event` (e.g. "lead.created") with its `data`; returns the event id (evt_<ULID>).
    QString append(const QString &event, const QJsonObject &data, qint64 nowMs);
    /// `json`: the event data as a JSON object's text (e.g. from LeadRecord::toJsonText()).
    QString append(const QString &event, const QByteArray &json, qint64 nowMs);

private:
    QSqlDatabase m_db;
};

} // namespace rmx::store
