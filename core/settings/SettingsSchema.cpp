// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/SettingsSchema.h"

#include "core/mail/Mailbox.h"
#include "core/mail/SmtpUrl.h"
#include "core/settings/ListenAddress.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace rmx::SettingsSchema {

namespace {
std::function<QString(const QString &)> integerIn(qint64 min, qint64 max)
{
    return [min, max](const QString &v) -> QString {
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        if (!ok || n < min || n > max)
            return QCoreApplication::translate("SettingsSchema",
                                               "must be a whole number from %1 to %2")
                .arg(min)
                .arg(max);
        return {};
    };
}

QString validateBoolean(const QString &v)
{
    if (v != u"true" && v != u"false")
        return QCoreApplication::translate("SettingsSchema", "must be true or false");
    return {};
}

// Seconds between webhook attempts, e.g. "5,300,1800"; fractions allow fast test schedules.
QString validateSchedule(const QString &v)
{
    const QStringList parts = v.split(u',');
    if (parts.size() > 20)
        return QCoreApplication::translate("SettingsSchema", "must list at most 20 delays");
    for (const QString &part : parts) {
        bool ok = false;
        const double seconds = part.trimmed().toDouble(&ok);
        if (!ok || seconds < 0.01 || seconds > 7 * 86400)
            return QCoreApplication::translate(
                "SettingsSchema",
                "must be comma-separated delays in seconds (0.01 to 604800), e.g. 5,300,1800");
    }
    return {};
}

std::function<QString(const QString &)> decimalIn(double min, double max)
{
    return [min, max](const QString &v) -> QString {
        bool ok = false;
        const double n = v.toDouble(&ok);
        if (!ok || n < min || n > max)
            return QCoreApplication::translate("SettingsSchema", "must be a number from %1 to %2")
                .arg(min)
                .arg(max);
        return {};
    };
}

QString validateTlsMode(const QString &v)
{
    if (v == u"starttls" || v == u"tls" || v == u"none")
        return {};
    return QCoreApplication::translate("SettingsSchema", "must be starttls, tls or none");
}

QString validateOwnerAlerts(const QString &v)
{
    if (v == u"each" || v == u"off")
        return {};
    return QCoreApplication::translate("SettingsSchema", "must be each or off");
}

QString validateChannels(const QString &v)
{
    static const QStringList known
        = {QStringLiteral("api"), QStringLiteral("capture"), QStringLiteral("form")};
    for (const QString &channel : parseChannels(v)) {
        if (!known.contains(channel))
            return QCoreApplication::translate(
                "SettingsSchema",
                "must list channels from api, capture and form, separated by commas (empty = "
                "none)");
    }
    return {};
}

QString validateListen(const QString &v)
{
    return ListenAddress::parse(v).error;
}

QString validatePublicUrl(const QString &v)
{
    if (v.isEmpty())
        return {};
    const QUrl url(v, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
        || url.host().isEmpty() || url.hasQuery() || url.hasFragment())
        return QCoreApplication::translate(
            "SettingsSchema", "must be an absolute http(s) URL such as https://leads.example.com");
    return {};
}

QString validateLanguage(const QString &v)
{
    if (v.isEmpty() || v == u"en" || v == u"de" || v == u"es" || v == u"fr")
        return {};
    return QCoreApplication::translate(
        "SettingsSchema", "must be empty (the system language) or one of en, de, es, fr");
}

QString validateThankYouUrl(const QString &v)
{
    if (v.isEmpty())
        return {};
    const QUrl url(v, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
        || url.host().isEmpty() || !url.userInfo().isEmpty())
        return QCoreApplication::translate("SettingsSchema",
                                           "must be an absolute http(s) URL such as "
                                           "https://example.com/thank-you");
    return {};
}

QString validateColor(const QString &v)
{
    static const QRegularExpression hex(QStringLiteral("^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$"));
    if (!hex.match(v).hasMatch())
        return QCoreApplication::translate("SettingsSchema",
                                           "must be a hex colour such as #6d28d9");
    return {};
}

QString validateOrigins(const QString &v)
{
    for (const QString &origin : parseOrigins(v)) {
        if (origin == u"*")
            continue;
        const QUrl url(origin, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
            || url.host().isEmpty() || !url.path().isEmpty() || url.hasQuery() || url.hasFragment()
            || !url.userInfo().isEmpty())
            return QCoreApplication::translate(
                       "SettingsSchema",
                       "'%1' is not an origin: list origins such as "
                       "https://www.example.com, separated by commas or spaces")
                .arg(origin);
    }
    return {};
}

std::function<QString(const QString &)> textUpTo(int max)
{
    return [max](const QString &v) -> QString {
        if (v.size() > max)
            return QCoreApplication::translate("SettingsSchema", "must be at most %1 characters")
                .arg(max);
        return {};
    };
}
// One line of text: a line break would end up in a mail header or an SMTP command.
std::function<QString(const QString &)> lineUpTo(int max)
{
    return [max](const QString &v) -> QString {
        for (QChar c : v) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                return QCoreApplication::translate("SettingsSchema",
                                                   "must be one line without control characters");
        }
        return textUpTo(max)(v);
    };
}

QString validateSmtpUrl(const QString &v)
{
    if (v.isEmpty())
        return {};
    return mail::SmtpUrl::parse(v).error;
}

QString validateMailbox(const QString &v)
{
    if (v.isEmpty())
        return {};
    const mail::Mailbox mailbox = mail::Mailbox::parse(v);
    return mailbox.isValid() ? QString() : mailbox.error;
}

QString validateCaFile(const QString &v)
{
    if (v.isEmpty())
        return {};
    const QFileInfo file(v);
    if (!file.isAbsolute() || !file.isFile() || !file.isReadable())
        return QCoreApplication::translate("SettingsSchema",
                                           "must be empty (the system's certificates) or the "
                                           "full path of a readable PEM file");
    return {};
}
} // namespace

QStringList parseOrigins(const QString &value)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    QStringList origins;
    for (QString origin : value.split(separators, Qt::SkipEmptyParts)) {
        while (origin.endsWith(u'/'))
            origin.chop(1);
        origins.append(origin.toLower());
    }
    return origins;
}

QList<double> parseSchedule(const QString &value)
{
    QList<double> delays;
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
        delays.append(part.trimmed().toDouble());
    return delays;
}

QStringList parseChannels(const QString &value)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    QStringList channels;
    for (const QString &channel : value.split(separators, Qt::SkipEmptyParts))
        channels.append(channel.toLower());
    return channels;
}

const QList<SettingSpec> &all()
{
    static const QList<SettingSpec> specs = {
        {Listen, QStringLiteral("127.0.0.1:8088"),
         QStringLiteral("Address and port the lead listener binds (HOST:PORT)"), validateListen},
        {PublicUrl, QString(),
         QStringLiteral(
             "Public base URL (your tunnel), used in lead_url; empty = the listen address"),
         validatePublicUrl},
        {LeadRateLimitPerHour, QStringLiteral("100"),
         QStringLiteral("Leads accepted through the Lead API per rolling hour; 0 = unlimited"),
         integerIn(0, 1000000000)},
        {MaxBodyBytes, QStringLiteral("65536"),
         QStringLiteral("Largest request body accepted, in bytes"), integerIn(1024, 16777216)},
        {MaxHeaderBytes, QStringLiteral("16384"),
         QStringLiteral("Largest request line plus headers accepted, in bytes"),
         integerIn(1024, 1048576)},
        {MaxConnections, QStringLiteral("512"),
         QStringLiteral("Concurrent connections the listener keeps open"), integerIn(4, 100000)},
        {IdleTimeoutMs, QStringLiteral("10000"),
         QStringLiteral("Milliseconds an idle connection is kept open"), integerIn(100, 3600000)},
        {HeaderTimeoutMs, QStringLiteral("5000"),
         QStringLiteral("Milliseconds a client has to send complete request headers"),
         integerIn(100, 600000)},
        {HttpThreads, QStringLiteral("0"),
         QStringLiteral("Listener worker threads; 0 = one per CPU core"), integerIn(0, 64)},
        {CaptureRateLimitPerMinute, QStringLiteral("10"),
         QStringLiteral("Requests to /capture and /form per client IP per minute; 0 = unlimited"),
         integerIn(0, 100000)},
        {CaptureNewContactsPerHour, QStringLiteral("1000"),
         QStringLiteral("New contacts accepted per rolling hour (flood guard); 0 = unlimited"),
         integerIn(0, 1000000000)},
        {CorsAllowedOrigins, QString(),
         QStringLiteral("Web origins allowed to call /capture from a browser (comma separated, "
                        "e.g. https://www.example.com); empty = none"),
         validateOrigins},
        {FormTitle, QString(),
         QStringLiteral("Title of the hosted form; empty = a translated default"), textUpTo(200)},
        {FormIntro, QString(),
         QStringLiteral("Introduction shown above the hosted form; empty = a translated default"),
         textUpTo(2000)},
        {FormAccentColor, QStringLiteral("#6d28d9"),
         QStringLiteral("Accent colour of the hosted form (#rgb or #rrggbb)"), validateColor},
        {FormThankYouUrl, QString(),
         QStringLiteral("Where the hosted form sends people after submitting; empty = a thank-you "
                        "page"),
         validateThankYouUrl},
        {FormMinFillMs, QStringLiteral("3000"),
         QStringLiteral("Milliseconds a person needs at least to fill in the hosted form; faster "
                        "submissions are kept as spam"),
         integerIn(0, 600000)},
        {CloseToTray, QStringLiteral("true"),
         QStringLiteral("Closing the window keeps RemixCRM running in the tray"), validateBoolean,
         SettingSpec::Kind::Boolean},
        {StartMinimised, QStringLiteral("false"),
         QStringLiteral("Start in the tray without opening the window"), validateBoolean,
         SettingSpec::Kind::Boolean},
        {NotifyNewLeads, QStringLiteral("true"),
         QStringLiteral("Show a desktop notification for each new lead"), validateBoolean,
         SettingSpec::Kind::Boolean},
        {BackupEnabled, QStringLiteral("true"),
         QStringLiteral("Write an automatic backup once a day to the backups folder"),
         validateBoolean, SettingSpec::Kind::Boolean},
        {BackupKeep, QStringLiteral("7"),
         QStringLiteral("Automatic backups kept; older ones are deleted"), integerIn(1, 365)},
        {Language, QString(),
         QStringLiteral("Language of the app (en, de, es, fr); empty = the system language"),
         validateLanguage},
        {WebhooksAllowPrivateTargets, QStringLiteral("false"),
         QStringLiteral("Let webhooks created with an API key target loopback and private "
                        "network addresses"),
         validateBoolean, SettingSpec::Kind::Boolean},
        {WebhooksRetrySchedule, QStringLiteral("5,300,1800,7200,18000,36000,36000"),
         QStringLiteral("Seconds before each webhook retry (each with +/-20% jitter); after "
                        "the last one a delivery is marked failed"),
         validateSchedule},
        {WebhooksConnectTimeoutMs, QStringLiteral("5000"),
         QStringLiteral("Milliseconds a webhook receiver has to accept the connection"),
         integerIn(100, 60000)},
        {WebhooksTimeoutMs, QStringLiteral("15000"),
         QStringLiteral("Milliseconds a webhook receiver has to answer, in total"),
         integerIn(200, 120000)},
        {WebhooksDisableAfterHours, QStringLiteral("120"),
         QStringLiteral("Hours of continuous failure after which a webhook is disabled"),
         decimalIn(0.0001, 8760)},
        {WebhooksLogRetentionDays, QStringLiteral("30"),
         QStringLiteral("Days the webhook delivery log (attempts) is kept"), integerIn(1, 3650)},
        {MailSmtpUrl, QString(),
         QStringLiteral("Your mail provider's SMTP server: smtps://host:465, or smtp://host:587 "
                        "(STARTTLS); empty = no mail is sent"),
         validateSmtpUrl},
        {MailSmtpUsername, QString(),
         QStringLiteral("User name for the SMTP server (often your email address)"), lineUpTo(320)},
        {MailSmtpPassword, QString(),
         QStringLiteral("Password for the SMTP server (an app password); stored encrypted, never "
                        "shown"),
         lineUpTo(1000), SettingSpec::Kind::Secret},
        {MailCaFile, QString(),
         QStringLiteral("PEM file of certificates to trust for the SMTP server; empty = the "
                        "system's"),
         validateCaFile},
        {MailFrom, QString(),
         QStringLiteral("Sender of the mail RemixCRM sends, e.g. Jane Photo "
                        "<hello@janephoto.example>"),
         validateMailbox},
        {OwnerEmail, QString(), QStringLiteral("Where alerts about new leads go"), validateMailbox},
        {BusinessName, QString(),
         QStringLiteral("Your business name, used as the sender's name when mail_from has none"),
         lineUpTo(200)},
        {MailConnectTimeoutMs, QStringLiteral("10000"),
         QStringLiteral("Milliseconds the SMTP server has to accept the connection"),
         integerIn(100, 120000)},
        {MailTimeoutMs, QStringLiteral("60000"),
         QStringLiteral("Milliseconds sending one message may take, in total"),
         integerIn(1000, 600000)},
        {MailSmtpTls, QStringLiteral("starttls"),
         QStringLiteral("Encryption for an smtp:// server: starttls, tls (implicit TLS) or none "
                        "(only to this machine); smtps:// always means tls, smtp+plain:// none"),
         validateTlsMode},
        {MailRetrySchedule, QStringLiteral("60,300,1800,7200,21600,43200"),
         QStringLiteral("Seconds before each retry of a mail the server refused for now or could "
                        "not be reached for (each with +/-20% jitter); after the last one it "
                        "has failed"),
         validateSchedule},
        {MailLogRetentionDays, QStringLiteral("90"),
         QStringLiteral("Days the mail log keeps sent and failed mail"), integerIn(1, 3650)},
        {OwnerAlerts, QStringLiteral("each"),
         QStringLiteral("Mail owner_email about each new inquiry (each) or not (off); needs mail "
                        "set up"),
         validateOwnerAlerts},
        {AutoReplyEnabled, QStringLiteral("false"),
         QStringLiteral("Answer each new inquiry by email at once"), validateBoolean,
         SettingSpec::Kind::Boolean},
        {AutoReplyChannels, QStringLiteral("api,capture,form"),
         QStringLiteral("Which inquiries get an auto-reply: api, capture, form (comma separated)"),
         validateChannels},
        {AutoReplyMinIntervalHours, QStringLiteral("24"),
         QStringLiteral("Hours before the same address gets another auto-reply; 0 = no limit"),
         integerIn(0, 8760)},
        {AutoReplyMaxPerHour, QStringLiteral("30"),
         QStringLiteral("Auto-replies sent per rolling hour at most; past it they wait and you "
                        "are told"),
         integerIn(1, 100000)},
        {AutoReplyDelaySeconds, QStringLiteral("0"),
         QStringLiteral("Seconds to wait before sending an auto-reply"), integerIn(0, 86400)},
    };
    return specs;
}

bool isTrue(const QString &value)
{
    return value == u"true";
}

const SettingSpec *find(const QString &key)
{
    for (const SettingSpec &spec : all()) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

} // namespace rmx::SettingsSchema
