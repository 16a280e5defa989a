// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/MailQueueStore.h"

#include <QList>
#include <QSqlDatabase>

namespace rmx::mail {

/// Reads the mail log (the mail queued, sent and failed, newest first) for `remixcrm mail log`,
/// the app's mail log and a lead's mail history. Read-only: any connection will do.
class MailLogStore final
{
public:
    explicit MailLogStore(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// The newest `limit` entries.
    QList<QueuedMail> recent(int limit);
    /// The mail of one lead (by its public id), oldest first.
    QList<QueuedMail> forLead(const QString &leadId);

private:
    QSqlDatabase m_db;
};

} // namespace rmx::mail
