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
    return findWhere(QStringLiteral("c.email_key"), emailKey(email));
}

std::optional<ContactRecord> ContactStore::findById(const QString &publicId)
{
    return findWhere(QStringLiteral("c.public_id"), publicId);
}

const QString &ContactStore::selectSql()
{
    static const QString sql = QStringLiteral(
        "SELECT c.id, c.public_id, c.email, c.first_name, c.last_name, c.phone, c.stage, s.name, "
        "c.metadata, c.created_at, c.updated_at FROM contacts c "
        "LEFT JOIN lead_sources s ON s.id = c.source_id");
    return sql;
}

ContactRecord ContactStore::fromRow(const QSqlQuery &q)
{
    ContactRecord c;
    c.rowId = q.value(0).toLongLong();
    c.id = q.value(1).toString();
    c.email = q.value(2).toString();
    c.firstName = q.value(3).toString();
    c.lastName = q.value(4).toString();
    c.phone = q.value(5).toString();
    c.stage = q.value(6).toString();
    c.source = q.value(7).toString();
    c.metadata = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
    c.createdAt = q.value(9).toLongLong();
    c.updatedAt = q.value(10).toLongLong();
    return c;
}

std::optional<ContactRecord> ContactStore::findWhere(const QString &column, const QString &value)
{
    QSqlQuery &q = Sql::prepared(
        m_db, selectSql() + QStringLiteral(" WHERE ") + column + QStringLiteral(" = ?"));
    q.addBindValue(value);
    Sql::exec(q, "find contact");
    std::optional<ContactRecord> found;
    if (q.next())
        found = fromRow(q);
    q.finish();
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
