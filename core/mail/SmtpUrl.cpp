// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/SmtpUrl.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace rmx::mail {

namespace {
SmtpUrl failed(const QString &error)
{
    SmtpUrl url;
    url.error = error;
    return url;
}
} // namespace

bool SmtpUrl::isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0
        || host.endsWith(QStringLiteral(".localhost"), Qt::CaseInsensitive))
        return true; // libcurl resolves these to loopback itself
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString SmtpUrl::curlUrl() const
{
    const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host;
    const QString scheme
        = security == Security::ImplicitTls ? QStringLiteral("smtps") : QStringLiteral("smtp");
    return scheme + QStringLiteral("://") + shownHost + u':' + QString::number(port);
}

SmtpUrl SmtpUrl::parse(const QString &text, const QString &tlsMode)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    SmtpUrl result;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"smtps") {
        result.security = Security::ImplicitTls;
        result.port = 465;
    } else if (scheme == u"smtp" && tlsMode == u"tls") {
        result.security = Security::ImplicitTls;
        result.port = 465;
    } else if (scheme == u"smtp" && tlsMode == u"none") {
        result.security = Security::Plain;
        result.port = 25;
    } else if (scheme == u"smtp") {
        result.security = Security::StartTls;
        result.port = 587;
    } else if (scheme == u"smtp+plain") {
        result.security = Security::Plain;
        result.port = 25;
    } else {
        return failed(QCoreApplication::translate(
            "SmtpUrl",
            "must be an SMTP URL such as smtps://smtp.example.com:465 or "
            "smtp://smtp.example.com:587 (STARTTLS)"));
    }
    if (!url.isValid() || url.host().isEmpty())
        return failed(QCoreApplication::translate(
            "SmtpUrl", "must name the mail server, e.g. smtps://smtp.example.com:465"));
    if (!url.userInfo().isEmpty())
        return failed(QCoreApplication::translate(
            "SmtpUrl",
            "must not hold a user name or password: set mail_smtp_username and "
            "mail_smtp_password instead"));
    if ((!url.path().isEmpty() && url.path() != u"/") || url.hasQuery() || url.hasFragment())
        return failed(QCoreApplication::translate(
            "SmtpUrl", "must be only scheme, server and port, e.g. smtps://smtp.example.com:465"));
    result.host = url.host();
    result.port = url.port(result.port);
    if (result.port <= 0)
        return failed(QCoreApplication::translate("SmtpUrl", "must have a port from 1 to 65535"));
    if (result.security == Security::Plain && !isLoopbackHost(result.host))
        return failed(QCoreApplication::translate(
            "SmtpUrl",
            "smtp+plain:// and mail_smtp_tls none send passwords and mail unencrypted and "
            "are only allowed to this machine (localhost); use smtps:// or smtp:// (STARTTLS)"));
    return result;
}

} // namespace rmx::mail
