// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/ContactQuery.h"

#include "core/store/ContactStore.h"
#include "core/store/LeadStore.h"
#include "core/store/PhoneSearch.h"
#include "core/store/Sql.h"

#include <QSqlQuery>

namespace rmx::store {

namespace {
QString likePattern(const QString &search)
{
    QString escaped = search.trimmed();
    escaped.replace(QStringLiteral("\\"), QStringLiteral("\\\\"))
        .replace(QStringLiteral("%"), QStringLiteral("\\%"))
        .replace(QStringLiteral("_"), QStringLiteral("\\_"));
    return QStringLiteral("%") + escaped + QStringLiteral("%");
}

/// The WHERE condition of a search and the values it binds, in order.
struct SearchFilter
{
    QString clause;
    QStringList values;

    explicit SearchFilter(const QString &search)
    {
        if (search.trimmed().isEmpty())
            return;
        clause = QStringLiteral("(c.email_key LIKE ? ESCAPE '\\' "
                                "OR (c.first_name || ' ' || c.last_name) LIKE ? ESCAPE '\\'");
        values = {likePattern(search), likePattern(search)};
        if (const QString digits = PhoneSearch::digitsOf(search); !digits.isEmpty()) {
            clause += QStringLiteral(" OR ") + PhoneSearch::digitsSql(QStringLiteral("c.phone"))
                + QStringLiteral(" LIKE ?");
            values.append(PhoneSearch::likePattern(digits));
        }
        clause += u')';
    }
    bool isEmpty() const { return clause.isEmpty(); }
    void bind(QSqlQuery &q) const
    {
        for (const QString &value : values)
            q.addBindValue(value);
    }
};
} // namespace

ContactQuery::Page ContactQuery::page(const QString &search, int limit, qint64 beforeRowId)
{
    const SearchFilter filter(search);
    QStringList where;
    if (beforeRowId > 0)
        where.append(QStringLiteral("c.id < ?"));
    if (!filter.isEmpty())
        where.append(filter.clause);
    QString sql = ContactStore::selectSql();
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY c.id DESC LIMIT ?");
    QSqlQuery &q = Sql::prepared(m_db, sql);
    if (beforeRowId > 0)
        q.addBindValue(beforeRowId);
    filter.bind(q);
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
    const SearchFilter filter(search);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM contacts c");
    if (!filter.isEmpty())
        sql += QStringLiteral(" WHERE ") + filter.clause;
    QSqlQuery &q = Sql::prepared(m_db, sql);
    filter.bind(q);
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
