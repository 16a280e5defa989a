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
            QSqlQuery newest(db);
            if (!newest.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM leads"))
                || !newest.next())
                return QVariant();
            const qint64 upTo = newest.value(0).toLongLong();
            QSqlQuery &q = store::Sql::prepared(
                db,
                store::LeadStore::selectSql() + QStringLiteral("WHERE l.id > ? AND l.id <= ? AND ")
                    + store::LeadStore::arrivedSql() + QStringLiteral(" ORDER BY l.id LIMIT 50"));
            q.addBindValue(after);
            q.addBindValue(upTo);
            store::Sql::exec(q, "find new leads");
            QList<store::LeadRecord> leads;
            while (q.next())
                leads.append(store::LeadStore::fromRow(q));
            q.finish();
            // How far this look went: to the newest lead, unless the page of 50 was full.
            const qint64 lookedTo = leads.size() == 50 ? leads.last().rowId : upTo;
            return QVariant(QVariantList {QVariant::fromValue(leads), lookedTo});
        },
        [this](const QVariant &result) {
            m_checking = false;
            const QVariantList found = result.toList();
            if (found.size() == 2) {
                const auto leads = found.at(0).value<QList<store::LeadRecord>>();
                m_lastRowId = qMax(m_lastRowId, found.at(1).toLongLong());
                if (!leads.isEmpty())
                    emit arrived(leads);
            }
            if (std::exchange(m_again, false))
                check();
        });
}

} // namespace rmx::ui
