// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailSettings.h"

#include "core/mail/SmtpUrl.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/SettingsStore.h"

namespace rmx::mail {

MailSettings MailSettings::read(store::SettingsStore &settings)
{
    namespace S = SettingsSchema;
    MailSettings m;
    m.smtp.url = settings.value(S::MailSmtpUrl);
    m.smtp.username = settings.value(S::MailSmtpUsername);
    m.smtp.tls = settings.value(S::MailSmtpTls);
    m.smtp.caFile = settings.value(S::MailCaFile);
    m.smtp.connectTimeoutMs = int(settings.intValue(S::MailConnectTimeoutMs));
    m.smtp.timeoutMs = int(settings.intValue(S::MailTimeoutMs));
    m.businessName = settings.value(S::BusinessName);
    if (const QString owner = settings.value(S::OwnerEmail); !owner.isEmpty())
        m.owner = Mailbox::parse(owner);

    QString error;
    const std::optional<QString> password = settings.secretValue(S::MailSmtpPassword, &error);
    if (!password)
        m.error = error;
    else
        m.smtp.password = *password;

    const QString from = settings.value(S::MailFrom);
    m.from = Mailbox::parse(from);
    if (m.from.isValid() && m.from.displayName.isEmpty())
        m.from.displayName = m.businessName;
    if (!m.enabled())
        m.error = QStringLiteral("mail is off: set mail_smtp_url to your provider's SMTP server");
    else if (const SmtpUrl url = SmtpUrl::parse(m.smtp.url, m.smtp.tls); !url.isValid())
        m.error = QStringLiteral("mail_smtp_url ") + url.error;
    else if (from.isEmpty())
        m.error = QStringLiteral("set mail_from, the address mail is sent from");
    else if (!m.from.isValid())
        m.error = QStringLiteral("mail_from ") + m.from.error;
    return m;
}

} // namespace rmx::mail
