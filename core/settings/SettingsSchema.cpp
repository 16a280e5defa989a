// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/SettingsSchema.h"

#include "core/settings/ListenAddress.h"

#include <QUrl>

namespace rmx::SettingsSchema {

namespace {
std::function<QString(const QString &)> integerIn(qint64 min, qint64 max)
{
    return [min, max](const QString &v) -> QString {
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        if (!ok || n < min || n > max)
            return QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max);
        return {};
    };
}

QString validateBoolean(const QString &v)
{
    return v == u"true" || v == u"false" ? QString() : QStringLiteral("must be true or false");
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
        return QStringLiteral("must be an absolute http(s) URL such as https://leads.example.com");
    return {};
}

QString validateLanguage(const QString &v)
{
    if (v.isEmpty() || v == u"en" || v == u"de" || v == u"es" || v == u"fr")
        return {};
    return QStringLiteral("must be empty (the system language) or one of en, de, es, fr");
}
} // namespace

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
