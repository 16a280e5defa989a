// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailHistoryText.h"

namespace rmx::mail {

namespace {
QString templateText(const QString &name)
{
    if (name == u"date_free")
        return MailHistoryText::tr("date free");
    if (name == u"date_taken")
        return MailHistoryText::tr("date taken");
    if (name == u"no_date")
        return MailHistoryText::tr("no date");
    return name;
}

QString reasonText(const QString &reason)
{
    if (reason == u"throttled")
        return MailHistoryText::tr("this address had one recently");
    if (reason == u"off")
        return MailHistoryText::tr("auto-replies are off");
    if (reason == u"mail_off")
        return MailHistoryText::tr("mail is not set up");
    if (reason == u"channel_off")
        return MailHistoryText::tr("off for this channel");
    if (reason == u"no_reply")
        return MailHistoryText::tr("a no-reply address");
    if (reason == u"own_address")
        return MailHistoryText::tr("your own address");
    if (reason == u"spam")
        return MailHistoryText::tr("held as spam");
    return reason;
}
} // namespace

QString MailHistoryText::of(const QJsonObject &detail)
{
    const QString event = detail.value(QStringLiteral("event")).toString();
    const QString templateName = templateText(detail.value(QStringLiteral("template")).toString());
    const QString result = detail.value(QStringLiteral("result")).toString();
    if (detail.value(QStringLiteral("mail")).toString() == u"owner_alert") {
        if (event == u"sent")
            return tr("Alert sent to you by email");
        return tr("Alert by email failed (%1)").arg(result);
    }
    if (event == u"sent")
        return tr("Auto-reply sent (%1)").arg(templateName);
    if (event == u"failed")
        return tr("Auto-reply failed (%1)").arg(result);
    if (event == u"capped")
        return tr("Auto-reply waiting: the hourly limit is reached");
    return tr("No auto-reply: %1")
        .arg(reasonText(detail.value(QStringLiteral("reason")).toString()));
}

} // namespace rmx::mail
