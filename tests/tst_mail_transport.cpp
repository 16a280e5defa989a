// SPDX-License-Identifier: GPL-3.0-or-later
// SmtpTransport (libcurl SMTP) against a real SMTP server (tests/support/smtp_server.py,
// python3-aiosmtpd) with a certificate made at test time: STARTTLS and implicit TLS with AUTH
// deliver the exact bytes, and every failure is told apart: wrong password, untrusted
// certificate, no TLS on offer, nothing listening, no such host, silence, 4xx and 5xx replies,
// and unencrypted SMTP anywhere but loopback.
#include "core/mail/MessageWriter.h"
#include "core/mail/SmtpTransport.h"
#include "tests/support/MailPython.h"
#include "tests/support/SmtpTestServer.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTest>

using namespace rmx::mail;
using namespace rmx::test;
using Error = SmtpResult::Error;
using Mode = SmtpTestServer::Mode;

namespace {
MailMessage sample()
{
    MailMessage m;
    m.from = Mailbox::parse("Jane Photo <hello@janephoto.example>");
    m.to = {Mailbox::parse("Max Müller <max@example.com>")};
    m.subject = QStringLiteral("Ihre Anfrage für den 15. März 💐");
    m.date = QDateTime(QDate(2026, 3, 15), QTime(9, 30), Qt::UTC);
    m.id = MailMessage::newId();
    m.autoSubmitted = AutoSubmitted::AutoReplied;
    m.textBody = QStringLiteral("Vielen Dank für Ihre Anfrage!\n.\nBis bald, Jane");
    return m;
}

SmtpConfig configFor(const SmtpTestServer &server)
{
    SmtpConfig c;
    c.url = server.url();
    c.username = server.options().username;
    c.password = server.options().password;
    c.caFile = server.caFile();
    c.connectTimeoutMs = 20000;
    c.timeoutMs = 60000;
    return c;
}

SmtpTestServer::Options options(Mode mode)
{
    SmtpTestServer::Options o;
    o.mode = mode;
    return o;
}

/// Neither the reply nor the description may ever carry the password.
void checkNoPassword(const SmtpResult &r, const QString &password)
{
    QVERIFY(!r.detail.contains(password));
    QVERIFY(!r.reply.contains(password));
    QVERIFY(!r.reply.contains(QString::fromLatin1(password.toUtf8().toBase64())));
}

#define START(server, opts) QVERIFY2((server).start(opts), "the SMTP test server did not start")
} // namespace

class TestMailTransport : public QObject
{
    Q_OBJECT

private slots:
    void deliversOverStartTlsWithAuth_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("STARTTLS, best mechanism") << int(Mode::StartTls) << QString();
        QTest::newRow("STARTTLS, AUTH PLAIN") << int(Mode::StartTls) << "PLAIN";
        QTest::newRow("STARTTLS, AUTH LOGIN") << int(Mode::StartTls) << "LOGIN";
        QTest::newRow("implicit TLS") << int(Mode::Smtps) << QString();
        QTest::newRow("implicit TLS, AUTH LOGIN") << int(Mode::Smtps) << "LOGIN";
    }
    void deliversOverStartTlsWithAuth()
    {
        QFETCH(int, mode);
        QFETCH(QString, mechanism);
        SmtpTestServer server;
        START(server, options(Mode(mode)));
        SmtpConfig config = configFor(server);
        config.authMechanism = mechanism;
        const MailMessage message = sample();
        const QByteArray bytes = MessageWriter().write(message).bytes;

        const SmtpResult r = SmtpTransport(config).send(Envelope::of(message), bytes);
        QVERIFY2(r.ok(), qPrintable(r.detail + " / " + r.reply));
        QCOMPARE(r.replyCode, 250);
        QCOMPARE(r.reply, QStringLiteral("250 2.0.0 Ok: queued as test1"));
        const QList<QByteArray> received = server.messages();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first(), bytes); // byte for byte, the dot line un-stuffed again
        const QJsonObject envelope = server.envelope(0);
        QCOMPARE(envelope.value("mail_from").toString(), QStringLiteral("hello@janephoto.example"));
        QCOMPARE(envelope.value("rcpt_tos").toArray(), QJsonArray({"max@example.com"}));
        QCOMPARE(envelope.value("tls").toBool(), true);
        QCOMPARE(envelope.value("login").toString(), server.options().username);
        const QJsonObject parsed = MailPython::parse(received.first());
        QCOMPARE(parsed.value("subject").toString(), message.subject);
        QCOMPARE(parsed.value("text").toString(), message.textBody + "\n");
    }

    void sendWritesTheMessage()
    {
        SmtpTestServer server;
        START(server, options(Mode::StartTls));
        MailMessage message = sample();
        message.htmlBody = QStringLiteral("<p>Vielen Dank für Ihre Anfrage!</p>");
        const SmtpResult r = SmtpTransport(configFor(server)).send(message);
        QVERIFY2(r.ok(), qPrintable(r.detail));
        const QJsonObject parsed = MailPython::parse(server.messages().value(0));
        QCOMPARE(parsed.value("message_id").toString(), message.messageId());
        QCOMPARE(parsed.value("html").toString(), message.htmlBody + "\n");

        message.subject = "Hi\r\nBcc: victim@example.com";
        const SmtpResult refused = SmtpTransport(configFor(server)).send(message);
        QCOMPARE(refused.error, Error::Config);
        QCOMPARE(server.messages().size(), 1);
    }

    void wrongPasswordIsAuth()
    {
        SmtpTestServer server;
        START(server, options(Mode::StartTls));
        SmtpConfig config = configFor(server);
        config.password = "not-the-password-4711";
        const SmtpResult r = SmtpTransport(config).send(sample());
        QCOMPARE(r.error, Error::Auth);
        QCOMPARE(r.replyCode, 535);
        QVERIFY2(r.reply.startsWith("535 "), qPrintable(r.reply));
        QCOMPARE(SmtpResult::code(r.error), QStringLiteral("auth"));
        checkNoPassword(r, config.password);
        QVERIFY(server.messages().isEmpty());

        config.username.clear(); // the server requires AUTH
        const SmtpResult anonymous = SmtpTransport(config).send(sample());
        QCOMPARE(anonymous.error, Error::Auth);
        QCOMPARE(anonymous.replyCode, 530);
    }

    void untrustedCertificateIsTls_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("STARTTLS") << int(Mode::StartTls);
        QTest::newRow("implicit TLS") << int(Mode::Smtps);
    }
    void untrustedCertificateIsTls()
    {
        QFETCH(int, mode);
        SmtpTestServer server;
        START(server, options(Mode(mode)));
        SmtpConfig config = configFor(server);
        config.caFile.clear(); // the system's CAs do not know the self-signed certificate
        const SmtpResult r = SmtpTransport(config).send(sample());
        QCOMPARE(r.error, Error::Tls);
        QVERIFY2(r.detail.contains("certificate"), qPrintable(r.detail));
        checkNoPassword(r, config.password);

        QVERIFY(server.messages().isEmpty());
    }

    void noTlsOnOfferIsTls()
    {
        SmtpTestServer server;
        START(server, options(Mode::Plain));
        SmtpConfig config = configFor(server);
        config.url.replace("smtp+plain://", "smtp://"); // STARTTLS required
        const SmtpResult starttls = SmtpTransport(config).send(sample());
        QCOMPARE(starttls.error, Error::Tls);
        checkNoPassword(starttls, config.password);
        config.url.replace("smtp://", "smtps://");
        const SmtpResult implicit = SmtpTransport(config).send(sample());
        QCOMPARE(implicit.error, Error::Tls);
        QVERIFY(server.messages().isEmpty());
    }

    void plainOnlyToLoopback()
    {
        SmtpTestServer server;
        START(server, options(Mode::Plain));
        const SmtpResult r = SmtpTransport(configFor(server)).send(sample());
        QVERIFY2(r.ok(), qPrintable(r.detail + " / " + r.reply));
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(server.envelope(0).value("tls").toBool(), false);

        // Anywhere else it is refused before connecting (TEST-NET-1 would only time out).
        SmtpConfig config = configFor(server);
        config.url = "smtp+plain://192.0.2.1:25";
        const SmtpResult refused = SmtpTransport(config).send(sample());
        QCOMPARE(refused.error, Error::Config);
        QCOMPARE(refused.replyCode, 0);
        QVERIFY2(refused.detail.contains("localhost"), qPrintable(refused.detail));
        config.url = "smtp+plain://mail.example.com";
        QCOMPARE(SmtpTransport(config).send(sample()).error, Error::Config);
    }

    void nothingListeningIsRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        SmtpConfig config;
        config.url = QStringLiteral("smtps://127.0.0.1:%1").arg(port);
        const SmtpResult r = SmtpTransport(config).send(sample());
        QCOMPARE(r.error, Error::Refused);
        QCOMPARE(r.replyCode, 0);
        QVERIFY(r.reply.isEmpty());
    }

    void unknownHostIsDns()
    {
        SmtpConfig config;
        config.url = "smtps://no-such-host.invalid:465"; // .invalid never resolves (RFC 6761)
        const SmtpResult r = SmtpTransport(config).send(sample());
        QCOMPARE(r.error, Error::Dns);
        QCOMPARE(SmtpResult::code(r.error), QStringLiteral("dns"));
    }

    void silentServerTimesOut()
    {
        SmtpTestServer server;
        START(server, options(Mode::Silent));
        SmtpConfig config = configFor(server);
        config.url = QStringLiteral("smtps://127.0.0.1:%1").arg(server.port());
        config.timeoutMs = 300;
        const SmtpResult r = SmtpTransport(config).send(sample());
        QCOMPARE(r.error, Error::Timeout);
    }

    void rejectionsAreTemporaryOrPermanent_data()
    {
        QTest::addColumn<QString>("rcptReply");
        QTest::addColumn<QString>("dataReply");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("code");
        QTest::newRow("RCPT 450") << "450 4.2.1 Mailbox busy, try later" << QString()
                                  << int(Error::Temporary) << 450;
        QTest::newRow("RCPT 550") << "550 5.1.1 No such user" << QString() << int(Error::Permanent)
                                  << 550;
        QTest::newRow("DATA 451") << QString() << "451 4.3.0 Local problem, try later"
                                  << int(Error::Temporary) << 451;
        QTest::newRow("DATA 554") << QString() << "554 5.7.1 Rejected as spam"
                                  << int(Error::Permanent) << 554;
    }
    void rejectionsAreTemporaryOrPermanent()
    {
        QFETCH(QString, rcptReply);
        QFETCH(QString, dataReply);
        QFETCH(int, error);
        QFETCH(int, code);
        SmtpTestServer::Options o = options(Mode::StartTls);
        o.rcptReply = rcptReply;
        o.dataReply = dataReply;
        SmtpTestServer server;
        START(server, o);
        const SmtpResult r = SmtpTransport(configFor(server)).send(sample());
        QCOMPARE(int(r.error), error);
        QCOMPARE(r.replyCode, code);
        QCOMPARE(r.reply, rcptReply.isEmpty() ? dataReply : rcptReply);
        checkNoPassword(r, o.password);
        QVERIFY(server.messages().isEmpty());
    }

    void settingsThatCannotWorkAreConfig()
    {
        SmtpConfig config;
        config.url = "https://mail.example.com";
        QCOMPARE(SmtpTransport(config).send(sample()).error, Error::Config);
        config.url = "smtps://mail.example.com";
        config.caFile = "/nonexistent/ca.pem";
        const SmtpResult noCa = SmtpTransport(config).send(sample());
        QCOMPARE(noCa.error, Error::Config);
        QVERIFY(noCa.detail.contains("/nonexistent/ca.pem"));
        config.caFile.clear();
        config.authMechanism = "CRAM-MD5";
        config.username = "u";
        QCOMPARE(SmtpTransport(config).send(sample()).error, Error::Config);
        QCOMPARE(SmtpTransport(SmtpConfig {}).send(Envelope {}, "x").error, Error::Config);
    }
};

QTEST_GUILESS_MAIN(TestMailTransport)
#include "tst_mail_transport.moc"
