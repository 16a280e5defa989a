// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SpamStore.h"

#include "core/store/Sql.h"
#include "core/util/Ulid.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace rmx::store {

namespace {
const QString Columns = QStringLiteral("id, public_id, reason, email, client_ip, user_agent, "
                                       "payload, created_at, restored_at FROM spam_submissions");

SpamRecord fromRow(const QSqlQuery &q)
{
    SpamRecord r;
    r.rowId = q.value(0).toLongLong();
    r.id = q.value(1).toString();
    r.reason = q.value(2).toString();
    r.email = q.value(3).toString();
    r.clientIp = q.value(4).toString();
    r.userAgent = q.value(5).toString();
    r.payload = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
    r.createdAt = q.value(7).toLongLong();
    r.restoredAt = q.value(8).toLongLong();
    return r;
}
} // namespace

void SpamStore::insert(SpamRecord &record)
{
    if (record.id.isEmpty())
        record.id = QStringLiteral("spam_") + Ulid::generate(record.createdAt);
    QSqlQuery &q = Sql::prepared(
        m_db,
        QStringLiteral("INSERT INTO spam_submissions (public_id, reason, email, client_ip, "
                       "user_agent, payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(record.id);
    q.addBindValue(Sql::text(record.reason));
    q.addBindValue(Sql::text(record.email));
    q.addBindValue(Sql::text(record.clientIp));
    q.addBindValue(Sql::text(record.userAgent));
    q.addBindValue(QString::fromUtf8(QJsonDocument(record.payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(record.createdAt);
    Sql::exec(q, "insert spam submission");
    record.rowId = q.lastInsertId().toLongLong();
}

int SpamStore::countCreatedSince(qint64 sinceMs)
{
    QSqlQuery &q = Sql::prepared(
        m_db, QStringLiteral("SELECT COUNT(*) FROM spam_submissions WHERE created_at > ?"));
    q.addBindValue(sinceMs);
    Sql::exec(q, "count recent spam");
    const int count = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return count;
}

std::optional<SpamRecord> SpamStore::findById(const QString &publicId)
{
    QSqlQuery &q = Sql::prepared(
        m_db, QStringLiteral("SELECT ") + Columns + QStringLiteral(" WHERE public_id = ?"));
    q.addBindValue(publicId);
    Sql::exec(q, "find spam submission");
    std::optional<SpamRecord> found;
    if (q.next())
        found = fromRow(q);
    q.finish();
    return found;
}

QList<SpamRecord> SpamStore::recent(int limit, bool includeRestored)
{
    QSqlQuery &q = Sql::prepared(
        m_db,
        QStringLiteral("SELECT ") + Columns
            + (includeRestored ? QStringLiteral(" ORDER BY id DESC LIMIT ?")
                               : QStringLiteral(" WHERE restored_at IS NULL ORDER BY id DESC "
                                                "LIMIT ?")));
    q.addBindValue(limit);
    Sql::exec(q, "list spam submissions");
    QList<SpamRecord> records;
    while (q.next())
        records.append(fromRow(q));
    q.finish();
    return records;
}

void SpamStore::markRestored(qint64 rowId, qint64 contactRowId, qint64 nowMs)
{
    QSqlQuery &q = Sql::prepared(
        m_db,
        QStringLiteral("UPDATE spam_submissions SET restored_at = ?, contact_id = ? WHERE id = ?"));
    q.addBindValue(nowMs);
    q.addBindValue(contactRowId);
    q.addBindValue(rowId);
    Sql::exec(q, "mark spam restored");
}

bool SpamStore::remove(const QString &publicId)
{
    QSqlQuery &q
        = Sql::prepared(m_db, QStringLiteral("DELETE FROM spam_submissions WHERE public_id = ?"));
    q.addBindValue(publicId);
    Sql::exec(q, "delete spam submission");
    return q.numRowsAffected() > 0;
}

} // namespace rmx::store
