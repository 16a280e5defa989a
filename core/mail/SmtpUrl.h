// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rmx::mail {

/// Where and how to reach the SMTP server, from the `mail_smtp_url` setting:
///   smtps://host[:port]       implicit TLS (default port 465)
///   smtp://host[:port]        STARTTLS, required: the server must offer it (default port 587)
///   smtp+plain://host[:port]  no encryption (default port 25), only to this machine
///                             (localhost, 127.0.0.0/8, ::1), e.g. a local relay or test server
/// For smtp:// the `mail_smtp_tls` setting may choose otherwise: `tls` makes it implicit TLS
/// (default port 465), `none` no encryption (default port 25, loopback only, as smtp+plain://).
/// smtps:// and smtp+plain:// say it themselves and ignore the setting.
/// Credentials, paths and queries in the URL are refused: the password is a setting of its own
/// so that it is never shown with the URL.
struct SmtpUrl
{
    enum class Security { StartTls, ImplicitTls, Plain };

    Security security = Security::StartTls;
    QString host; // without brackets
    int port = 0;
    QString error; // set when parsing failed

    bool isValid() const { return error.isEmpty(); }
    /// The URL libcurl is given: smtp:// or smtps://, host and port.
    QString curlUrl() const;

    /// `tlsMode`: the mail_smtp_tls setting (starttls, tls or none); empty = starttls.
    static SmtpUrl parse(const QString &text, const QString &tlsMode = {});
    static bool isLoopbackHost(const QString &host);
};

} // namespace rmx::mail
