// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/ContactStore.h"

#include "core/store/RecordJson.h"
#include "core/store/Sql.h"
#include "core/store/SqliteStatement.h"
#include "core/util/Clock.h"
#include "core/util/Ulid.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace rmx::store {

namespace {
/// Calls `field(key, text, nullWhenEmpty)` for each member of a contact's JSON, in the
/// documented order.
template<typename Field> void forEachField(const ContactRecord &c, Field field)
{
    field(QStringLiteral("id"), c.id, false);
    field(QStringLiteral("email"), c.email, false);
    field(QStringLiteral("first_name"), c.firstName, false);
    field(QStringLiteral("last_name"), c.lastName, false);
    field(QStringLiteral("stage"), c.stage, false);
    field(QStringLiteral("source"), c.source, true);
    field(QStringLiteral("created_at"), Clock::isoUtc(c.createdAt), false);
}
} // namespace

QJsonObject ContactRecord::toJson() const
{
    return RecordJson::object([this](auto field) { forEachField(*this, field); });
}

QByteArray ContactRecord::toJsonText() const
{
    return RecordJson::text([this](auto field) { forEachField(*this, field); });
}

std::optional<ContactRecord> ContactStore::findByEmail(const QString &email)
{
    static const QByteArray sql = selectSql().toUtf8() + " WHERE c.email_key = ?";
    return findOne(sql, emailKey(email));
}

std::optional<ContactRecord> ContactStore::findById(const QString &publicId)
{
    static const QByteArray sql = selectSql().toUtf8() + " WHERE c.public_id = ?";
    return findOne(sql, publicId);
}

const QString &ContactStore::selectSql()
{
    static const QString sql = QStringLiteral(
        "SELECT c.id, c.public_id, c.email, c.first_name, c.last_name, c.phone, c.stage, s.name, "
        "c.metadata, c.created_at, c.updated_at FROM contacts c "
        "LEFT JOIN lead_sources s ON s.id = c.source_id");
    return sql;
}

namespace {
/// A QSqlQuery's current row, read like a SqliteStatement's, so that one function reads both.
struct QueryRow
{
    const QSqlQuery &q;
    qint64 int64(int column) const { return q.value(column).toLongLong(); }
    QString text(int column) const { return q.value(column).toString(); }
    QByteArray utf8(int column) const { return q.value(column).toByteArray(); }
};

template<typename Row> ContactRecord contactFrom(const Row &row)
{
    ContactRecord c;
    c.rowId = row.int64(0);
    c.id = row.text(1);
    c.email = row.text(2);
    c.firstName = row.text(3);
    c.lastName = row.text(4);
    c.phone = row.text(5);
    c.stage = row.text(6);
    c.source = row.text(7);
    c.metadata = QJsonDocument::fromJson(row.utf8(8)).object();
    c.createdAt = row.int64(9);
    c.updatedAt = row.int64(10);
    return c;
}
} // namespace

ContactRecord ContactStore::fromRow(const QSqlQuery &q)
{
    return contactFrom(QueryRow {q});
}

// Through SQLite's API: every capture and new lead looks its address up.
std::optional<ContactRecord> ContactStore::findOne(const QByteArray &sql, const QString &value)
{
    std::optional<ContactRecord> found;
    SqliteStatement::prepared(m_db, sql.constData())
        .bind(1, value)
        .first("find contact", [&found](const SqliteStatement &row) { found = contactFrom(row); });
    return found;
}

void ContactStore::insert(ContactRecord &contact, std::optional<qint64> sourceId)
{
    if (contact.id.isEmpty())
        contact.id = QStringLiteral("cont_") + Ulid::generate(contact.createdAt);
    SqliteStatement &q = SqliteStatement::prepared(
        m_db,
        "INSERT INTO contacts (public_id, email, email_key, first_name, last_name, phone, "
        "stage, source_id, metadata, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, contact.id)
        .bind(2, contact.email.trimmed())
        .bind(3, emailKey(contact.email))
        .bind(4, contact.firstName)
        .bind(5, contact.lastName)
        .bind(6, contact.phone)
        .bind(7, contact.stage)
        .bind(8, sourceId)
        .bind(9, QString::fromUtf8(QJsonDocument(contact.metadata).toJson(QJsonDocument::Compact)))
        .bind(10, contact.createdAt)
        .bind(11, contact.updatedAt)
        .run("insert contact");
    contact.rowId = q.lastInsertRowId();
}

void ContactStore::update(const ContactRecord &contact, std::optional<qint64> sourceId)
{
    QSqlQuery &q = Sql::prepared(
        m_db,
        QStringLiteral(
            "UPDATE contacts SET first_name = ?, last_name = ?, phone = ?, stage = ?, "
            "source_id = COALESCE(?, source_id), metadata = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(Sql::text(contact.firstName));
    q.addBindValue(Sql::text(contact.lastName));
    q.addBindValue(Sql::text(contact.phone));
    q.addBindValue(Sql::text(contact.stage));
    q.addBindValue(sourceId ? QVariant(*sourceId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(contact.metadata).toJson(QJsonDocument::Compact)));
    q.addBindValue(contact.updatedAt);
    q.addBindValue(contact.rowId);
    Sql::exec(q, "update contact");
}

ContactStore::WindowCount ContactStore::countCreatedSince(qint64 sinceMs, int limit)
{
    WindowCount result;
    QSqlQuery &count
        = Sql::prepared(m_db, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE created_at > ?"));
    count.addBindValue(sinceMs);
    Sql::exec(count, "count recent contacts");
    if (count.next())
        result.count = count.value(0).toInt();
    count.finish();
    if (limit > 0 && result.count >= limit) {
        // The window has room again once the limit-th newest contact falls out of it.
        QSqlQuery &edge
            = Sql::prepared(m_db,
                            QStringLiteral("SELECT created_at FROM contacts WHERE created_at > ? "
                                           "ORDER BY created_at DESC LIMIT 1 OFFSET ?"));
        edge.addBindValue(sinceMs);
        edge.addBindValue(limit - 1);
        Sql::exec(edge, "find contact window edge");
        if (edge.next())
            result.slotFreesAtMs = edge.value(0).toLongLong();
        edge.finish();
    }
    return result;
}

} // namespace rmx::store
