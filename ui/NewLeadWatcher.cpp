// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/NewLeadWatcher.h"

#include "core/store/LeadStore.h"
#include "core/store/Sql.h"
#include "ui/BackgroundReader.h"

#include <QSqlQuery>

namespace rmx::ui {

NewLeadWatcher::NewLeadWatcher(BackgroundReader *reader, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
{ }

void NewLeadWatcher::start()
{
    m_reader->read(
        this,
        [](QSqlDatabase &db) {
            QSqlQuery q(db);
            return q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM leads")) && q.next()
                ? q.value(0)
                : QVariant(0);
        },
        [this](const QVariant &max) { m_lastRowId = max.toLongLong(); });
}

void NewLeadWatcher::check()
{
    if (m_lastRowId < 0)
        return;
    if (m_checking) {
        m_again = true;
        return;
    }
    m_checking = true;
    const qint64 after = m_lastRowId;
    m_reader->read(
        this,
        [after](QSqlDatabase &db) {
            QSqlQuery &q = store::Sql::prepared(
                db,
                store::LeadStore::selectSql()
                    + QStringLiteral("WHERE l.id > ? ORDER BY l.id LIMIT 50"));
            q.addBindValue(after);
            store::Sql::exec(q, "find new leads");
            QList<store::LeadRecord> leads;
            while (q.next())
                leads.append(store::LeadStore::fromRow(q));
            q.finish();
            return QVariant::fromValue(leads);
        },
        [this](const QVariant &result) {
            m_checking = false;
            const auto leads = result.value<QList<store::LeadRecord>>();
            if (!leads.isEmpty()) {
                m_lastRowId = leads.last().rowId;
                emit arrived(leads);
            }
            if (std::exchange(m_again, false))
                check();
        });
}

} // namespace rmx::ui
