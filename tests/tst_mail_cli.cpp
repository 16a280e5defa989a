// SPDX-License-Identifier: GPL-3.0-or-later
// `remixcrm mail test` and the mail settings through the real binary (QProcess) against a real
// SMTP server: a test message arrives, each failure exits non-zero with its reason, and the
// SMTP password never shows up in any output nor in the database file.
#include "tests/support/CliRunner.h"
#include "tests/support/MailPython.h"
#include "tests/support/SmtpTestServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace rmx::test;

namespace {

#define SET(dir, key, value)                                                                       \
    do {                                                                                           \
        const CliResult r_ = runCli(dir, {"config", "set", key, value});                           \
        QVERIFY2(r_.exitCode == 0, qPrintable(r_.err));                                            \
    } while (false)
} // namespace

class TestMailCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_outputs; // everything the binary printed, checked for the password

    CliResult cli(const QStringList &args, const QByteArray &input = {})
    {
        CliResult r = runCli(m_dir.path(), args, input);
        m_outputs << r.out << r.err;
        return r;
    }

    void configure(const SmtpTestServer &server)
    {
        SET(m_dir.path(), "mail_smtp_url", server.url());
        SET(m_dir.path(), "mail_smtp_username", server.options().username);
        SET(m_dir.path(), "mail_ca_file", server.caFile());
        SET(m_dir.path(), "mail_from", "hello@janephoto.example");
        SET(m_dir.path(), "business_name", "Jane Photo");
        // The password from standard input, as the docs advise.
        const CliResult r = cli({"config", "set", "mail_smtp_password", "-"},
                                server.options().password.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void checkPasswordNowhere(const QString &password)
    {
        const CliResult list = cli({"config", "list"});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("\nmail_smtp_password=(set)\n"));
        QCOMPARE(cli({"config", "get", "mail_smtp_password"}).out, QStringLiteral("(set)\n"));
        for (const QString &output : std::as_const(m_outputs))
            QVERIFY2(!output.contains(password), qPrintable(output));
        // Not in the database, nor in its write-ahead log, in clear text or base64.
        const QByteArray plain = password.toUtf8();
        for (const QString &name : QDir(m_dir.path()).entryList({"remixcrm.db*"}, QDir::Files)) {
            QFile file(QDir(m_dir.path()).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(plain), qPrintable(name));
            QVERIFY2(!bytes.contains(plain.toBase64()), qPrintable(name));
        }
    }

private slots:
    void init()
    {
        m_outputs.clear();
        QVERIFY(m_dir.isValid());
    }

    void testMessageArrives()
    {
        SmtpTestServer server;
        QVERIFY(server.start({}));
        configure(server);
        const CliResult r = cli({"mail", "test", "--to", "Max Müller <max@example.com>"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("Sent. The server answered: 250 2.0.0 Ok: queued as test1"),
                 qPrintable(r.out));
        QCOMPARE(server.messages().size(), 1);
        const QJsonObject parsed = MailPython::parse(server.messages().first());
        QCOMPARE(parsed.value("subject").toString(), QStringLiteral("RemixCRM test message"));
        QCOMPARE(parsed.value("auto_submitted").toString(), QStringLiteral("auto-generated"));
        const QJsonObject from = parsed.value("from").toArray().first().toObject();
        QCOMPARE(from.value("name").toString(), QStringLiteral("Jane Photo")); // business_name
        QCOMPARE(from.value("address").toString(), QStringLiteral("hello@janephoto.example"));
        QCOMPARE(parsed.value("to").toArray().first().toObject().value("name").toString(),
                 QStringLiteral("Max Müller"));
        QCOMPARE(server.envelope(0).value("login").toString(), server.options().username);
        checkPasswordNowhere(server.options().password);
    }

    void failuresExitWithTheirReason()
    {
        SmtpTestServer server;
        QVERIFY(server.start({}));
        configure(server);
        const QString password = server.options().password;

        // A wrong password: the server's refusal is shown, the password typed is not.
        const QString wrong = "wrong-pässword-0815";
        QCOMPARE(cli({"config", "set", "mail_smtp_password", wrong}).exitCode, 0);
        CliResult r = cli({"mail", "test", "--to", "max@example.com"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Not sent: authentication failed"), qPrintable(r.err));
        QVERIFY2(r.err.contains("The server answered: 535"), qPrintable(r.err));
        for (const QString &output : std::as_const(m_outputs))
            QVERIFY(!output.contains(wrong));
        QCOMPARE(cli({"config", "set", "mail_smtp_password", "-"}, password.toUtf8()).exitCode, 0);

        // The self-signed certificate without the CA file that trusts it.
        SET(m_dir.path(), "mail_ca_file", "");
        r = cli({"mail", "test", "--to", "max@example.com"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Not sent: TLS failed"), qPrintable(r.err));
        SET(m_dir.path(), "mail_ca_file", server.caFile());

        // Nothing listening.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        SET(m_dir.path(), "mail_smtp_url", QStringLiteral("smtp://127.0.0.1:%1").arg(closedPort));
        r = cli({"mail", "test", "--to", "max@example.com"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Not sent: the connection was refused"), qPrintable(r.err));

        // Settings and usage that cannot work exit 2 before anything is sent.
        QVERIFY(cli({"config", "set", "mail_smtp_url", "smtp+plain://mail.example.com"})
                    .err.contains("only allowed to this machine"));
        QCOMPARE(cli({"config", "set", "mail_from", "Jane <not an address>"}).exitCode, 2);
        QCOMPARE(cli({"config", "set", "mail_smtp_url", "http://mail.example.com"}).exitCode, 2);
        QCOMPARE(cli({"config", "set", "mail_ca_file", "relative/ca.pem"}).exitCode, 2);
        QCOMPARE(cli({"mail", "test", "--to", "not-an-address"}).exitCode, 2);
        QCOMPARE(cli({"mail", "test"}).exitCode, 2);
        SET(m_dir.path(), "mail_smtp_url", "");
        r = cli({"mail", "test", "--to", "max@example.com"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("mail is off"), qPrintable(r.err));
        QVERIFY(server.messages().isEmpty());
        checkPasswordNowhere(password);

        SET(m_dir.path(), "mail_smtp_password", "");
        QCOMPARE(cli({"config", "get", "mail_smtp_password"}).out, QStringLiteral("(unset)\n"));
    }
};

QTEST_GUILESS_MAIN(TestMailCli)
#include "tst_mail_cli.moc"
