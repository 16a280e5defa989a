// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace rmx::test {

/// A real SMTP server (tests/support/smtp_server.py on Debian's python3-aiosmtpd) on a
/// loopback port the kernel picks, with a self-signed certificate made by `openssl req` for
/// localhost and 127.0.0.1. Each accepted message lands in mailDir() as N.eml (+ N.json, the
/// envelope).
class SmtpTestServer final
{
public:
    enum class Mode { StartTls, Smtps, Plain, Silent };
    struct Options
    {
        Mode mode = Mode::StartTls;
        QString username = QStringLiteral("vendor@janephoto.example");
        QString password = QStringLiteral("app-pässwörd-1234");
        QString rcptReply; // e.g. "450 4.2.1 Mailbox busy": every RCPT TO gets this
        QString dataReply; // e.g. "554 5.7.1 Rejected": the end of DATA gets this
        quint16 port = 0; // 0: one the kernel picks; else e.g. the port of an earlier run
    };

    SmtpTestServer();
    ~SmtpTestServer();

    /// Starts the server and waits for its readiness line. False (with a warning) on failure.
    /// Started again (after stop()), it keeps the messages received so far and adds to them.
    bool start(const Options &options);
    void stop();

    quint16 port() const { return m_port; }
    /// smtp://127.0.0.1:PORT, smtps://… or smtp+plain://…, to match the mode.
    QString url() const;
    /// The self-signed certificate, to trust as the CA file.
    QString caFile() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    QString mailDir() const { return m_dir.filePath(QStringLiteral("mail")); }
    const Options &options() const { return m_options; }

    /// The messages received so far, oldest first.
    QList<QByteArray> messages() const;
    /// The envelope of message `index` (0-based): mail_from, rcpt_tos, tls, login.
    QJsonObject envelope(int index) const;

private:
    bool makeCertificate();
    QTemporaryDir m_dir;
    QProcess m_process;
    Options m_options;
    quint16 m_port = 0;
};

} // namespace rmx::test
