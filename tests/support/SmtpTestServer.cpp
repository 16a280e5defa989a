// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SmtpTestServer.h"

#include "tests/support/MailPython.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace rmx::test {

SmtpTestServer::SmtpTestServer()
{
    QDir(m_dir.path()).mkpath("mail");
}

SmtpTestServer::~SmtpTestServer()
{
    stop();
}

bool SmtpTestServer::makeCertificate()
{
    if (QFile::exists(caFile()))
        return true;
    QProcess openssl;
    openssl.start("openssl",
                  {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                   "-nodes", "-days", "2", "-subj", "/CN=localhost", "-addext",
                   "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout",
                   m_dir.filePath("key.pem"), "-out", caFile()});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        qWarning("openssl req failed: %s", openssl.readAllStandardError().constData());
        return false;
    }
    return true;
}

bool SmtpTestServer::start(const Options &options)
{
    stop();
    m_options = options;
    if (!makeCertificate())
        return false;
    static const char *const modes[] = {"starttls", "smtps", "plain", "silent"};
    QStringList args {QStringLiteral(REMIXCRM_SOURCE_DIR "/tests/support/smtp_server.py"),
                      "--dir",
                      mailDir(),
                      "--mode",
                      QString::fromLatin1(modes[int(options.mode)]),
                      "--cert",
                      caFile(),
                      "--key",
                      m_dir.filePath("key.pem")};
    if (!options.username.isEmpty())
        args << "--user" << options.username << "--password" << options.password;
    if (!options.rcptReply.isEmpty())
        args << "--rcpt-reply" << options.rcptReply;
    if (!options.dataReply.isEmpty())
        args << "--data-reply" << options.dataReply;
    if (options.port != 0)
        args << "--port" << QString::number(options.port);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(MailPython::python(), args);
    // Waits for the readiness line, not for time: the server prints it once it listens.
    QDeadlineTimer deadline(30000);
    QByteArray line;
    while (!m_process.canReadLine()) {
        if (m_process.state() == QProcess::NotRunning
            || !m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            qWarning("smtp_server.py did not start (is python3-aiosmtpd installed? run "
                     "scripts/deps)");
            return false;
        }
    }
    line = m_process.readLine().trimmed();
    if (!line.startsWith("PORT "))
        return false;
    m_port = quint16(line.mid(5).toUInt());
    return m_port != 0;
}

void SmtpTestServer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    m_port = 0;
}

QString SmtpTestServer::url() const
{
    const char *scheme = m_options.mode == Mode::Smtps ? "smtps"
        : m_options.mode == Mode::Plain                ? "smtp+plain"
                                                       : "smtp";
    return QStringLiteral("%1://127.0.0.1:%2").arg(QString::fromLatin1(scheme)).arg(m_port);
}

QList<QByteArray> SmtpTestServer::messages() const
{
    QList<QByteArray> out;
    for (int i = 1;; ++i) {
        QFile file(QDir(mailDir()).filePath(QString::number(i) + ".eml"));
        if (!file.open(QIODevice::ReadOnly))
            break;
        out.append(file.readAll());
    }
    return out;
}

QJsonObject SmtpTestServer::envelope(int index) const
{
    QFile file(QDir(mailDir()).filePath(QString::number(index + 1) + ".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace rmx::test
