// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/MailMessage.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace rmx::mail {

/// How to reach and log in to the vendor's own SMTP server.
struct SmtpConfig
{
    QString url; // see SmtpUrl: smtps://, smtp:// (STARTTLS required) or smtp+plain:// (loopback)
    QString username; // empty = no AUTH
    QString password; // never logged, never part of a result
    QString tls; // mail_smtp_tls for an smtp:// URL: starttls (also when empty), tls or none
    QString caFile; // PEM bundle to trust instead of the system's; empty = the system's
    int connectTimeoutMs = 10000;
    int timeoutMs = 60000; // the whole send, connect included
    /// Restricts AUTH to one mechanism ("PLAIN" or "LOGIN"); empty = the best both offer.
    QString authMechanism;
};

/// The outcome of one send.
struct SmtpResult
{
    enum class Error {
        None,
        Auth, // username or password refused (or no mechanism both sides know)
        Tls, // TLS handshake or certificate failed, or STARTTLS not offered
        Dns, // the server's name does not resolve
        Refused, // nothing accepts connections there
        Timeout, // connect or total timeout
        Temporary, // a 4xx reply, or the connection dropped: try again later
        Permanent, // a 5xx reply: retrying will not help
        Config, // the settings cannot work (bad URL, unencrypted to another host, no CA file)
        Cancelled, // given up because the cancel flag was set: the outcome is unknown
    };

    Error error = Error::None;
    int replyCode = 0; // the server's last SMTP reply code, 0 when there was none
    QString reply; // the server's last reply (all its lines), e.g. "250 2.0.0 Ok: queued"
    QString detail; // what went wrong, for people (never holds the password)

    bool ok() const { return error == Error::None; }
    /// "auth", "tls", "dns", "refused", "timeout", "temporary", "permanent", "config", "cancelled"
    /// or "ok".
    static QString code(Error error);
};

/// Who the message is from and to, for SMTP's MAIL FROM and RCPT TO.
struct Envelope
{
    QString from;
    QStringList to;
    static Envelope of(const MailMessage &message);
};

/// Sends mail with libcurl's SMTP client: one connection, one message, blocking until the
/// server accepted or refused it, bounded by the timeouts. Certificates are verified (peer and
/// host name) and unencrypted SMTP is refused except to loopback.
///
/// Call from the mail thread only: send() blocks for up to `timeoutMs`, so never on the GUI
/// or a listener thread. Each call uses its own curl handle; instances are not shared between
/// threads.
class SmtpTransport final
{
public:
    explicit SmtpTransport(SmtpConfig config);

    /// When `*flag` turns true (from any thread), a send in progress gives up within about a
    /// second with Error::Cancelled (the mail thread stopping).
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }
    /// Keeps the connection (TLS and login included) open after a send, for the next send
    /// through this instance: a burst of mail then costs one handshake, not one per message.
    /// It is closed (QUIT) when the instance is destroyed.
    void setKeepConnection(bool keep) { m_keepConnection = keep; }

    /// Writes `message` (MessageWriter) and sends it.
    SmtpResult send(const MailMessage &message) const;
    /// Sends bytes already written (so a retry sends exactly what the first attempt did).
    SmtpResult send(const Envelope &envelope, const QByteArray &rfc5322) const;

private:
    struct Session;

    SmtpConfig m_config;
    const std::atomic<bool> *m_cancel = nullptr;
    bool m_keepConnection = false;
    mutable std::shared_ptr<Session> m_session; // the kept connection
};

} // namespace rmx::mail
