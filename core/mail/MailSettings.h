// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/Mailbox.h"
#include "core/mail/SmtpTransport.h"

#include <QString>

namespace rmx::store {
class SettingsStore;
}

namespace rmx::mail {

/// The mail settings of a data directory, read together: how to reach the SMTP server, who
/// mail is from, and where owner alerts go.
struct MailSettings
{
    SmtpConfig smtp;
    Mailbox from; // mail_from, named after business_name when it has no name of its own
    Mailbox owner; // owner_email; invalid when unset
    QString businessName;
    QString error; // why mail cannot be sent with these settings

    /// False when mail_smtp_url is empty: the vendor has not turned mail on.
    bool enabled() const { return !smtp.url.isEmpty(); }
    bool isValid() const { return error.isEmpty(); }

    static MailSettings read(store::SettingsStore &settings);
};

} // namespace rmx::mail
