// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/LeadStore.h"

#include "core/store/Sql.h"
#include "core/store/SqliteStatement.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rmx::store {

namespace {
const QString SelectLead = QStringLiteral(
    "SELECT l.id, l.public_id, c.public_id, l.first_name, l.last_name, l.email, l.phone, "
    "l.event_date, t.name, s.name, l.notes, l.status, l.created_via, l.created_at, "
    "l.updated_at, l.read_at, l.details FROM leads l JOIN contacts c ON c.id = l.contact_id "
    "LEFT JOIN event_types t ON t.id = l.event_type_id "
    "LEFT JOIN lead_sources s ON s.id = l.source_id ");

} // namespace

QJsonObject LeadStore::detailsFromText(const QByteArray &json)
{
    if (json.isEmpty() || json == "{}")
        return {}; // most leads: no parse
    return QJsonDocument::fromJson(json).object();
}

QString LeadStore::detailsText(const QJsonObject &details)
{
    return details.isEmpty()
        ? QStringLiteral("{}")
        : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

const QString &LeadStore::selectSql()
{
    return SelectLead;
}

LeadRecord LeadStore::fromRow(const QSqlQuery &q)
{
    LeadRecord r;
    r.rowId = q.value(0).toLongLong();
    r.id = q.value(1).toString();
    r.contactId = q.value(2).toString();
    r.firstName = q.value(3).toString();
    r.lastName = q.value(4).toString();
    r.email = q.value(5).toString();
    r.phone = q.value(6).toString();
    r.eventDate = q.value(7).toString();
    r.eventType = q.value(8).toString();
    r.source = q.value(9).toString();
    r.notes = q.value(10).toString();
    r.status = q.value(11).toString();
    r.createdVia = q.value(12).toString();
    r.createdAt = q.value(13).toLongLong();
    r.updatedAt = q.value(14).toLongLong();
    r.readAt = q.value(15).toLongLong();
    r.details = detailsFromText(q.value(16).toByteArray());
    return r;
}

qint64 LeadStore::insert(const NewLead &lead)
{
    const LeadRecord &r = lead.record;
    SqliteStatement &q = SqliteStatement::prepared(
        m_db,
        "INSERT INTO leads (public_id, contact_id, first_name, last_name, email, phone, "
        "event_date, event_type_id, source_id, notes, status, created_via, api_key_id, "
        "created_at, updated_at, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)");
    q.bind(1, r.id)
        .bind(2, lead.contactRowId)
        .bind(3, r.firstName)
        .bind(4, r.lastName)
        .bind(5, r.email)
        .bind(6, r.phone)
        .bind(7, r.eventDate)
        .bind(8, lead.eventTypeId)
        .bind(9, lead.sourceId)
        .bind(10, r.notes)
        .bind(11, r.status)
        .bind(12, r.createdVia)
        .bind(13, lead.apiKeyId)
        .bind(14, r.createdAt)
        .bind(15, r.updatedAt)
        .bind(16, detailsText(r.details))
        .run("insert lead");
    const qint64 rowId = q.lastInsertRowId();

    // Not a trigger, and VALUES rather than a SELECT: either makes SQLite open a statement
    // savepoint, and FTS5 writes its pending terms out at every savepoint, so each lead would
    // become a segment of its own instead of one segment per commit.
    SqliteStatement &search = SqliteStatement::prepared(
        m_db,
        "INSERT INTO leads_fts (rowid, first_name, last_name, email, phone, notes, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    search.bind(1, rowId)
        .bind(2, r.firstName)
        .bind(3, r.lastName)
        .bind(4, r.email)
        .bind(5, r.phone)
        .bind(6, r.notes);
    if (lead.sourceId)
        search.bind(7, r.source);
    else
        search.bindNull(7);
    search.run("index lead for search");
    return rowId;
}

void LeadStore::addHistory(qint64 leadRowId, qint64 atMs, const QString &kind,
                           const QJsonObject &detail)
{
    SqliteStatement::prepared(
        m_db, "INSERT INTO lead_history (lead_id, at, kind, detail) VALUES (?, ?, ?, ?)")
        .bind(1, leadRowId)
        .bind(2, atMs)
        .bind(3, kind)
        .bind(4, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)))
        .run("insert lead history");
}

void LeadStore::indexForSearch(qint64 firstRowId, qint64 lastRowId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO leads_fts (rowid, first_name, last_name, email, phone, notes, source) "
        "SELECT l.id, l.first_name, l.last_name, l.email, l.phone, l.notes, s.name FROM leads l "
        "LEFT JOIN lead_sources s ON s.id = l.source_id WHERE l.id BETWEEN ? AND ?"));
    q.addBindValue(firstRowId);
    q.addBindValue(lastRowId);
    Sql::exec(q, "index leads for search");
}

std::optional<LeadRecord> LeadStore::findById(const QString &id)
{
    QSqlQuery &q = Sql::prepared(m_db, SelectLead + QStringLiteral("WHERE l.public_id = ?"));
    q.addBindValue(id);
    Sql::exec(q, "find lead");
    std::optional<LeadRecord> found;
    if (q.next())
        found = fromRow(q);
    q.finish();
    return found;
}

QList<LeadStore::HistoryEntry> LeadStore::history(const QString &leadId)
{
    QSqlQuery &q
        = Sql::prepared(m_db,
                        QStringLiteral("SELECT h.at, h.kind, h.detail FROM lead_history h "
                                       "JOIN leads l ON l.id = h.lead_id WHERE l.public_id = ? "
                                       "ORDER BY h.at, h.id"));
    q.addBindValue(leadId);
    Sql::exec(q, "read lead history");
    QList<HistoryEntry> entries;
    while (q.next())
        entries.append({q.value(0).toLongLong(), q.value(1).toString(),
                        QJsonDocument::fromJson(q.value(2).toByteArray()).object()});
    q.finish();
    return entries;
}

QList<LeadRecord> LeadStore::bookedOrQuotedOn(const QString &eventDate, const QString &exceptId)
{
    QSqlQuery &q
        = Sql::prepared(m_db,
                        SelectLead
                            + QStringLiteral("WHERE l.event_date = ? AND l.public_id <> ? "
                                             "AND l.status IN ('booked', 'quoted') ORDER BY l.id"));
    q.addBindValue(eventDate);
    q.addBindValue(exceptId);
    Sql::exec(q, "find date conflicts");
    QList<LeadRecord> leads;
    while (q.next())
        leads.append(fromRow(q));
    q.finish();
    return leads;
}

namespace {
QVariantList rowsAsMaps(QSqlQuery &q)
{
    QVariantList rows;
    while (q.next()) {
        QVariantMap row;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), q.value(i));
        rows.append(row);
    }
    return rows;
}

void insertMap(const QSqlDatabase &db, const QString &table, const QVariantMap &row)
{
    QStringList marks;
    for (qsizetype i = 0; i < row.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(table, row.keys().join(u','), marks.join(u',')));
    for (const QVariant &value : row)
        q.addBindValue(value);
    Sql::exec(q, "restore row");
}
} // namespace

void LeadStore::markRead(const QString &id, qint64 atMs)
{
    QSqlQuery &q = Sql::prepared(
        m_db,
        QStringLiteral("UPDATE leads SET read_at = ? WHERE public_id = ? AND read_at IS NULL"));
    q.addBindValue(atMs);
    q.addBindValue(id);
    Sql::exec(q, "mark lead read");
}

int LeadStore::countUnread()
{
    // Served by the partial index leads_unread, which holds only unread rows.
    QSqlQuery &q = Sql::prepared(
        m_db,
        QStringLiteral("SELECT COUNT(*) FROM leads l WHERE l.read_at IS NULL AND ") + arrivedSql());
    Sql::exec(q, "count unread leads");
    const int count = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return count;
}

QVariantMap LeadStore::remove(const QString &id)
{
    QVariantMap removed;
    QSqlQuery lead(m_db);
    lead.prepare(QStringLiteral("SELECT * FROM leads WHERE public_id = ?"));
    lead.addBindValue(id);
    Sql::exec(lead, "read lead to delete");
    const QVariantList leads = rowsAsMaps(lead);
    if (leads.isEmpty())
        return removed;
    QSqlQuery history(m_db);
    history.prepare(
        QStringLiteral("SELECT h.* FROM lead_history h JOIN leads l ON l.id = h.lead_id "
                       "WHERE l.public_id = ? ORDER BY h.id"));
    history.addBindValue(id);
    Sql::exec(history, "read history to delete");
    removed.insert(QStringLiteral("lead"), leads.first());
    removed.insert(QStringLiteral("history"), rowsAsMaps(history));
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM leads WHERE public_id = ?"));
    del.addBindValue(id);
    Sql::exec(del, "delete lead");
    return removed;
}

void LeadStore::restore(const QVariantMap &removed)
{
    const QVariantMap lead = removed.value(QStringLiteral("lead")).toMap();
    insertMap(m_db, QStringLiteral("leads"), lead);
    const qint64 rowId = lead.value(QStringLiteral("id")).toLongLong();
    indexForSearch(rowId, rowId);
    for (const QVariant &row : removed.value(QStringLiteral("history")).toList())
        insertMap(m_db, QStringLiteral("lead_history"), row.toMap());
}

LeadStore::Page LeadStore::page(int limit, const QString &afterId)
{
    Page page;
    qint64 beforeRow = std::numeric_limits<qint64>::max();
    if (!afterId.isEmpty()) {
        QSqlQuery &cursor
            = Sql::prepared(m_db, QStringLiteral("SELECT id FROM leads WHERE public_id = ?"));
        cursor.addBindValue(afterId);
        Sql::exec(cursor, "find cursor lead");
        if (!cursor.next()) {
            page.cursorFound = false;
            return page;
        }
        beforeRow = cursor.value(0).toLongLong();
        cursor.finish();
    }
    QSqlQuery &q = Sql::prepared(
        m_db, SelectLead + QStringLiteral("WHERE l.id < ? ORDER BY l.id DESC LIMIT ?"));
    q.addBindValue(beforeRow);
    q.addBindValue(limit + 1);
    Sql::exec(q, "list leads");
    while (q.next())
        page.leads.append(fromRow(q));
    q.finish();
    if (page.leads.size() > limit) {
        page.hasMore = true;
        page.leads.removeLast();
    }
    return page;
}

LeadStore::WindowCount LeadStore::countCreatedSince(const QString &via, qint64 sinceMs, int limit)
{
    WindowCount result;
    QSqlQuery &count
        = Sql::prepared(m_db,
                        QStringLiteral("SELECT COUNT(*) FROM leads WHERE created_via = ? "
                                       "AND created_at > ?"));
    count.addBindValue(via);
    count.addBindValue(sinceMs);
    Sql::exec(count, "count recent leads");
    if (count.next())
        result.count = count.value(0).toInt();
    count.finish();
    if (limit > 0 && result.count >= limit) {
        // The window has room again once the limit-th newest lead falls out of it.
        QSqlQuery &oldest = Sql::prepared(
            m_db,
            QStringLiteral("SELECT created_at FROM leads WHERE created_via = ? "
                           "AND created_at > ? ORDER BY created_at DESC LIMIT 1 OFFSET ?"));
        oldest.addBindValue(via);
        oldest.addBindValue(sinceMs);
        oldest.addBindValue(limit - 1);
        Sql::exec(oldest, "find rate window edge");
        if (oldest.next())
            result.slotFreesAtMs = oldest.value(0).toLongLong();
        oldest.finish();
    }
    return result;
}

} // namespace rmx::store
