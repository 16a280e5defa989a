// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailTemplate.h"

namespace rmx::mail {

QString templateName(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::DateFree:
        return QStringLiteral("date_free");
    case TemplateKind::DateTaken:
        return QStringLiteral("date_taken");
    case TemplateKind::NoDate:
        return QStringLiteral("no_date");
    case TemplateKind::OwnerAlert:
        break;
    }
    return QStringLiteral("owner_alert");
}

std::optional<TemplateKind> templateKindFromName(const QString &name)
{
    for (TemplateKind kind : allTemplateKinds()) {
        if (name.compare(templateName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QList<TemplateKind> allTemplateKinds()
{
    return {TemplateKind::DateFree, TemplateKind::DateTaken, TemplateKind::NoDate,
            TemplateKind::OwnerAlert};
}

bool isAutoReply(TemplateKind kind)
{
    return kind != TemplateKind::OwnerAlert;
}

QString appLinkFor(const QString &leadId)
{
    return QStringLiteral("remixcrm://lead/") + leadId;
}

} // namespace rmx::mail
