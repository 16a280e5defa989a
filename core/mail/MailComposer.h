// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/MailMessage.h"
#include "core/mail/MailQueueStore.h"
#include "core/mail/MailSettings.h"
#include "core/store/LeadRecord.h"

#include <QSqlDatabase>

#include <optional>

namespace rmx::mail {

/// Turns a queued mail into the message sent, on the mail thread at send time: the template
/// chosen when it was queued, filled in with the lead as it is now, from mail_from, with the
/// Message-ID fixed at queue time (so a retry is recognisable), and the RFC 3834 marking.
class MailComposer final
{
public:
    struct Context
    {
        const MailSettings *settings = nullptr;
        QString language; // en, de, es or fr
        /// For a cap notice: how many auto-replies the cap allows, and when they go on.
        int capPerHour = 0;
        qint64 capResumesAt = 0;
    };

    /// The message, or nullopt with `error` set (the lead was deleted, a bad address).
    static std::optional<MailMessage> compose(QSqlDatabase &db, const QueuedMail &mail,
                                              const Context &context, QString *error);
    /// The `language` setting as a template language: itself, else the system's, else en.
    static QString languageFor(const QString &setting);
};

} // namespace rmx::mail
