// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/TemplateStore.h"

#include "core/mail/MailTemplates.h"
#include "core/store/Sql.h"

#include <QSqlQuery>

namespace rmx::mail {

TemplateStore::TemplateStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<MailTemplate> TemplateStore::stored(TemplateKind kind) const
{
    QSqlQuery &q = store::Sql::prepared(
        m_db, QStringLiteral("SELECT subject, body FROM mail_templates WHERE name = ?"));
    q.addBindValue(templateName(kind));
    store::Sql::exec(q, "read mail template");
    std::optional<MailTemplate> result;
    if (q.next())
        result = MailTemplate {q.value(0).toString(), q.value(1).toString()};
    q.finish();
    return result;
}

MailTemplate TemplateStore::effective(TemplateKind kind, const QString &language) const
{
    if (std::optional<MailTemplate> edited = stored(kind);
        edited && MailTemplates::validate(kind, *edited).isEmpty())
        return *edited;
    return MailTemplates::defaultTemplate(kind, language);
}

QString TemplateStore::save(TemplateKind kind, const MailTemplate &tmpl, qint64 nowMs)
{
    if (QString error = MailTemplates::validate(kind, tmpl); !error.isEmpty())
        return error;
    QSqlQuery &q = store::Sql::prepared(
        m_db,
        QStringLiteral("INSERT INTO mail_templates (name, subject, body, updated_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
                       "subject = excluded.subject, body = excluded.body, "
                       "updated_at = excluded.updated_at"));
    q.addBindValue(templateName(kind));
    q.addBindValue(store::Sql::text(tmpl.subject));
    q.addBindValue(store::Sql::text(tmpl.body));
    q.addBindValue(nowMs);
    store::Sql::exec(q, "write mail template");
    return {};
}

void TemplateStore::reset(TemplateKind kind)
{
    QSqlQuery &q
        = store::Sql::prepared(m_db, QStringLiteral("DELETE FROM mail_templates WHERE name = ?"));
    q.addBindValue(templateName(kind));
    store::Sql::exec(q, "reset mail template");
}

} // namespace rmx::mail
