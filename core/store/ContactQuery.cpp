// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/ContactQuery.h"

#include "core/store/ContactStore.h"
#include "core/store/LeadStore.h"
#include "core/store/Sql.h"

#include <QSqlQuery>

namespace rmx::store {

namespace {
const QString SearchClause
    = QStringLiteral("(c.email_key LIKE ? ESCAPE '\\' "
                     "OR (c.first_name || ' ' || c.last_name) LIKE ? ESCAPE '\\')");

QString likePattern(const QString &search)
{
    QString escaped = search.trimmed();
    escaped.replace(QStringLiteral("\\"), QStringLiteral("\\\\"))
        .replace(QStringLiteral("%"), QStringLiteral("\\%"))
        .replace(QStringLiteral("_"), QStringLiteral("\\_"));
    return QStringLiteral("%") + escaped + QStringLiteral("%");
}
} // namespace

ContactQuery::Page ContactQuery::page(const QString &search, int limit, qint64 beforeRowId)
{
    QStringList where;
    if (beforeRowId > 0)
        where.append(QStringLiteral("c.id < ?"));
    if (!search.trimmed().isEmpty())
        where.append(SearchClause);
    QString sql = ContactStore::selectSql();
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY c.id DESC LIMIT ?");
    QSqlQuery &q = Sql::prepared(m_db, sql);
    if (beforeRowId > 0)
        q.addBindValue(beforeRowId);
    if (!search.trimmed().isEmpty()) {
        q.addBindValue(likePattern(search));
        q.addBindValue(likePattern(search));
    }
    q.addBindValue(limit + 1);
    Sql::exec(q, "list contacts");
    Page result;
    while (q.next()) {
        if (result.contacts.size() == limit) {
            result.hasMore = true;
            break;
        }
        result.contacts.append(ContactStore::fromRow(q));
    }
    q.finish();
    return result;
}

int ContactQuery::count(const QString &search)
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM contacts c");
    if (!search.trimmed().isEmpty())
        sql += QStringLiteral(" WHERE ") + SearchClause;
    QSqlQuery &q = Sql::prepared(m_db, sql);
    if (!search.trimmed().isEmpty()) {
        q.addBindValue(likePattern(search));
        q.addBindValue(likePattern(search));
    }
    Sql::exec(q, "count contacts");
    const int count = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return count;
}

QList<LeadRecord> ContactQuery::leadsOf(const QString &contactId)
{
    QSqlQuery &q = Sql::prepared(
        m_db, LeadStore::selectSql() + QStringLiteral("WHERE c.public_id = ? ORDER BY l.id DESC"));
    q.addBindValue(contactId);
    Sql::exec(q, "list contact leads");
    QList<LeadRecord> leads;
    while (q.next())
        leads.append(LeadStore::fromRow(q));
    q.finish();
    return leads;
}

} // namespace rmx::store
