// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/MailTemplate.h"

#include <QSqlDatabase>

#include <optional>

namespace rmx::mail {

/// The vendor's edited templates, in the `mail_templates` table. A stored template replaces
/// the default in every language; a template without a row is the default of the `language`.
/// Throws store::StoreError when the database fails.
class TemplateStore final
{
public:
    explicit TemplateStore(QSqlDatabase db);

    /// The edited version, if there is one.
    std::optional<MailTemplate> stored(TemplateKind kind) const;
    /// What is sent: the edited version, or the default in `language`. An edited version that
    /// no longer validates (edited outside RemixCRM) is not used: the default is.
    MailTemplate effective(TemplateKind kind, const QString &language) const;
    /// Validates and stores; returns the error (MailTemplates::validate) or empty when saved.
    QString save(TemplateKind kind, const MailTemplate &tmpl, qint64 nowMs);
    /// Back to the default.
    void reset(TemplateKind kind);

private:
    QSqlDatabase m_db;
};

} // namespace rmx::mail
