// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailLogStore.h"

#include "core/store/Sql.h"

#include <QSqlQuery>

namespace rmx::mail {

QList<QueuedMail> MailLogStore::recent(int limit)
{
    QSqlQuery &q = store::Sql::prepared(
        m_db, MailQueueStore::selectSql() + QStringLiteral("ORDER BY m.id DESC LIMIT ?"));
    q.addBindValue(qMax(0, limit));
    store::Sql::exec(q, "read the mail log");
    QList<QueuedMail> rows;
    while (q.next())
        rows.append(MailQueueStore::fromRow(q));
    q.finish();
    return rows;
}

QList<QueuedMail> MailLogStore::forLead(const QString &leadId)
{
    QSqlQuery &q = store::Sql::prepared(
        m_db,
        MailQueueStore::selectSql()
            + QStringLiteral("WHERE m.lead_id = (SELECT id FROM leads WHERE public_id = ?) "
                             "ORDER BY m.id"));
    q.addBindValue(leadId);
    store::Sql::exec(q, "read a lead's mail");
    QList<QueuedMail> rows;
    while (q.next())
        rows.append(MailQueueStore::fromRow(q));
    q.finish();
    return rows;
}

} // namespace rmx::mail
