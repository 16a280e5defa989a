// SPDX-License-Identifier: GPL-3.0-or-later
// Auto-replies and owner alerts end to end: a lead posted to the real listener is queued with
// its mail in one transaction and delivered by the mail thread to a real SMTP server on
// loopback (STARTTLS with a certificate made at test time, AUTH), decoded back by Python's
// email package. Covers template choice by date, the per-recipient window, the hourly cap,
// spam and no-reply addresses, retries while the server is down, permanent failures, TLS
// refusals, a kill -9 of the real binary right after the 201, and the password's absence.
#include "core/capture/ContactCapture.h"
#include "core/mail/MailHistoryText.h"
#include "core/mail/MailLogStore.h"
#include "core/mail/MailMessage.h"
#include "core/mail/MailQueueStore.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/DbConnection.h"
#include "core/store/LeadStore.h"
#include "core/store/WriteQueue.h"
#include "core/util/Clock.h"
#include "tests/support/CliRunner.h"
#include "tests/support/HttpClient.h"
#include "tests/support/MailPython.h"
#include "tests/support/SmtpTestServer.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace rmx;
using namespace rmx::test;
namespace S = rmx::SettingsSchema;

namespace {
const QString Owner = QStringLiteral("jane@janephoto.example");
const QString BusinessName = QStringLiteral("Jäne Phötø 💐");

QMutex g_logMutex;
QStringList g_log; // every message logged while the tests run, checked for the password
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(text);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, text);
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QByteArray leadBody(const QString &email, const QString &date = QStringLiteral("2026-08-15"),
                    const QString &status = {})
{
    QJsonObject body {{"name", "Jane Doe"},
                      {"email", email},
                      {"phone", "+15551234567"},
                      {"event_type", "Wedding"}};
    if (!date.isEmpty())
        body.insert("event_date", date);
    if (!status.isEmpty())
        body.insert("status", status);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

/// The mail queue as the tests read it, on a connection of their own.
QList<mail::QueuedMail> mailLog(const QString &databasePath)
{
    store::DbConnection connection(databasePath, QStringLiteral("test-mail-log"),
                                   store::DbConnection::Mode::ReadOnly);
    return mail::MailLogStore(connection.db()).recent(1000);
}

int countIn(const QList<mail::QueuedMail> &log, const QString &kind, const QString &state)
{
    int n = 0;
    for (const mail::QueuedMail &m : log)
        n += m.kind == kind && m.state == state;
    return n;
}

/// How many mails of `kind` are in `state`.
int count(const TestServer &server, const QString &kind, const QString &state)
{
    return countIn(mailLog(server.databasePath()), kind, state);
}

/// The mail queued last.
mail::QueuedMail newest(const TestServer &server)
{
    return mailLog(server.databasePath()).value(0);
}

QStringList mailHistory(const QString &databasePath, const QString &leadId)
{
    store::DbConnection connection(databasePath, QStringLiteral("test-history"),
                                   store::DbConnection::Mode::ReadOnly);
    QStringList out;
    for (const auto &entry : store::LeadStore(connection.db()).history(leadId)) {
        if (entry.kind != u"mail")
            continue;
        out.append(entry.detail.value("mail").toString() + u':'
                   + entry.detail.value("event").toString() + u':'
                   + entry.detail.value("reason").toString()
                   + entry.detail.value("template").toString());
    }
    return out;
}

/// The lead's mail history entries as "mail:event:reason-or-template".
QStringList history(const TestServer &server, const QString &leadId)
{
    return mailHistory(server.databasePath(), leadId);
}

QJsonObject parsed(const QByteArray &message)
{
    const QJsonObject m = MailPython::parse(message);
    if (m.contains("error"))
        qWarning("parse_mail.py: %s", qPrintable(m.value("error").toString()));
    return m;
}

/// The parsed message sent to `address`, or an empty object.
QJsonObject messageTo(const SmtpTestServer &smtp, const QString &address)
{
    const QList<QByteArray> all = smtp.messages();
    for (int i = 0; i < all.size(); ++i) {
        const QJsonArray to = smtp.envelope(i).value("rcpt_tos").toArray();
        if (!to.isEmpty() && to.first().toString() == address)
            return parsed(all[i]);
    }
    return {};
}
} // namespace

class MailDeliveryTest : public QObject
{
    Q_OBJECT

    /// Mail set up against `smtp` (by its url, or `url` when given), auto-replies on, fast
    /// retries.
    void configure(TestServer &server, const SmtpTestServer &smtp, const QString &url = {})
    {
        server.setSetting(S::MailSmtpUrl, url.isEmpty() ? smtp.url() : url);
        server.setSetting(S::MailSmtpUsername, smtp.options().username);
        server.setSetting(S::MailSmtpPassword, smtp.options().password);
        server.setSetting(S::MailCaFile, smtp.caFile());
        server.setSetting(S::MailFrom, "hello@janephoto.example");
        server.setSetting(S::BusinessName, BusinessName);
        server.setSetting(S::OwnerEmail, Owner);
        server.setSetting(S::AutoReplyEnabled, "true");
        server.setSetting(S::MailRetrySchedule, "0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2");
        server.setSetting(S::MailConnectTimeoutMs, "3000");
        server.setSetting(S::MailTimeoutMs, "10000");
        server.setSetting(S::LeadRateLimitPerHour, "0");
    }

    /// Starts `smtp` (STARTTLS, AUTH), sets mail up against it with `extra` settings on top, and
    /// starts `server`.
    bool startWithMail(SmtpTestServer &smtp, TestServer &server,
                       const QList<QPair<QString, QString>> &extra = {})
    {
        if (!smtp.start({}))
            return false;
        configure(server, smtp);
        for (const auto &[key, value] : extra)
            server.setSetting(key, value);
        return server.start();
    }

    /// Posts a lead with the seed's curl example body (or `body`); returns its id.
    QString postLead(TestServer &server, const QString &key, const QByteArray &body)
    {
        const HttpResult r = httpRequest(
            server.port(), "POST", "/api/v1/leads",
            {{"Authorization", "Bearer " + key.toLatin1()}, {"Content-Type", "application/json"}},
            body);
        if (r.status != 201)
            qWarning("lead refused: %d %s", r.status, r.body.constData());
        return r.json().value("id").toString();
    }

private slots:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(recordMessage); }

    void seedExampleGetsAutoReplyAndOwnerAlert()
    {
        SmtpTestServer smtp;
        TestServer server;
        QVERIFY(startWithMail(smtp, server));
        const QString key = server.createKey();
        // The seed's curl example, as README.md shows it.
        const QString id = postLead(server, key,
                                    R"({"name": "Jane Doe", "email": "jane@example.com",
                                        "phone": "+15551234567", "event_date": "2026-08-15",
                                        "event_type": "Wedding"})");
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(smtp.messages().size(), 2);

        const QJsonObject reply = messageTo(smtp, "jane@example.com");
        QCOMPARE(reply.value("auto_submitted").toString(), QString("auto-replied"));
        QCOMPARE(reply.value("from").toArray().first()["address"].toString(),
                 QString("hello@janephoto.example"));
        QCOMPARE(reply.value("from").toArray().first()["name"].toString(), BusinessName);
        QCOMPARE(reply.value("reply_to").toArray().first()["address"].toString(), Owner);
        QVERIFY(reply.value("text").toString().contains("Jane"));
        QVERIFY(reply.value("defects").toArray().isEmpty());

        const QJsonObject alert = messageTo(smtp, Owner);
        QCOMPARE(alert.value("auto_submitted").toString(), QString("auto-generated"));
        QCOMPARE(alert.value("reply_to").toArray().first()["address"].toString(),
                 QString("jane@example.com"));
        QVERIFY(alert.value("text").toString().contains("+15551234567"));
        QVERIFY(alert.value("text").toString().contains(id));

        // The Message-IDs are those fixed when the mail was queued.
        QTRY_COMPARE(count(server, "auto_reply", "sent"), 1);
        QTRY_COMPARE(count(server, "owner_alert", "sent"), 1);
        for (const mail::QueuedMail &m : mailLog(server.databasePath())) {
            const QJsonObject sent = messageTo(smtp, m.recipient);
            QCOMPARE(sent.value("message_id").toString(),
                     QString("<%1@janephoto.example>").arg(m.messageId));
            QCOMPARE(m.attempts, 1);
            QVERIFY(m.lastReply.startsWith("250"));
            QCOMPARE(m.leadId, id);
        }
        QCOMPARE(smtp.envelope(0).value("tls").toBool(), true);
        QCOMPARE(smtp.envelope(0).value("login").toString(), smtp.options().username);
        QVERIFY(history(server, id).contains("auto_reply:sent:date_free"));
        QVERIFY(history(server, id).contains("owner_alert:sent:owner_alert"));

        // `remixcrm mail log` shows both.
        server.stop();
        const CliResult log = runCli(server.dataDir(), {"mail", "log", "--limit", "10"});
        QCOMPARE(log.exitCode, 0);
        QVERIFY(log.out.contains("RECIPIENT"));
        QVERIFY(log.out.contains("jane@example.com"));
        QVERIFY(log.out.contains("date_free"));
        QCOMPARE(log.out.count(" sent "), 2);
        QCOMPARE(runCli(server.dataDir(), {"mail", "log", "--limit", "1"}).out.count('\n'), 2);
    }

    void templateFollowsTheEventDate()
    {
        SmtpTestServer smtp;
        TestServer server;
        QVERIFY(startWithMail(smtp, server, {{S::OwnerAlerts, "off"}}));
        const QString key = server.createKey();
        const QString booked = postLead(server, key, leadBody("booked@example.com", "2026-09-12"));
        QVERIFY(!booked.isEmpty());
        {
            // Booked by the owner (the Lead API only creates new leads).
            store::DbConnection connection(server.databasePath(), "test-book");
            QSqlQuery q(connection.db());
            QVERIFY(q.exec(
                QString("UPDATE leads SET status = 'booked' WHERE public_id = '%1'").arg(booked)));
        }
        const QString taken = postLead(server, key, leadBody("taken@example.com", "2026-09-12"));
        const QString free = postLead(server, key, leadBody("free@example.com", "2026-09-13"));
        // An inquiry with a message and no date (POST /capture) is a dateless lead.
        const HttpResult capture = httpRequest(
            server.port(), "POST", "/capture", {{"Content-Type", "application/json"}},
            R"({"email": "nodate@example.com", "name": "Ana Ruiz", "notes": "Do you travel?"})");
        QCOMPARE(capture.status, 201);
        QTRY_COMPARE(smtp.messages().size(), 4);
        QTRY_COMPARE(count(server, "auto_reply", "sent"), 4);
        QHash<QString, QString> templates;
        for (const mail::QueuedMail &m : mailLog(server.databasePath()))
            templates.insert(m.recipient, m.templateName);
        QCOMPARE(templates.value("taken@example.com"), QString("date_taken"));
        QCOMPARE(templates.value("free@example.com"), QString("date_free"));
        QCOMPARE(templates.value("booked@example.com"), QString("date_free")); // itself
        QCOMPARE(templates.value("nodate@example.com"), QString("no_date"));
        QVERIFY(history(server, taken).contains("auto_reply:sent:date_taken"));
        QVERIFY(history(server, free).contains("auto_reply:sent:date_free"));
    }

    void delayedAutoReplyWaitsItsTime()
    {
        SmtpTestServer smtp;
        TestServer server;
        QVERIFY(startWithMail(smtp, server, {{S::AutoReplyDelaySeconds, "1"}}));
        QVERIFY(!postLead(server, server.createKey(), leadBody("later@example.com")).isEmpty());
        // The owner's alert goes at once; the auto-reply when its delay is over.
        QTRY_COMPARE(count(server, "owner_alert", "sent"), 1);
        QTRY_COMPARE(count(server, "auto_reply", "sent"), 1);
        for (const mail::QueuedMail &m : mailLog(server.databasePath())) {
            if (m.kind != u"auto_reply")
                continue;
            QVERIFY(m.sentAt >= m.createdAt + 1000);
        }
    }

    void oneAutoReplyPerAddressInTheWindow()
    {
        SmtpTestServer smtp;
        TestServer server;
        QVERIFY(startWithMail(smtp, server));
        const QString key = server.createKey();
        QVERIFY(!postLead(server, key, leadBody("twice@example.com")).isEmpty());
        const QString second = postLead(server, key, leadBody("Twice@Example.com"));
        QVERIFY(!second.isEmpty());
        // Two alerts for the owner, one reply for the couple.
        QTRY_COMPARE(count(server, "owner_alert", "sent"), 2);
        QTRY_COMPARE(count(server, "auto_reply", "sent"), 1);
        QVERIFY(history(server, second).contains("auto_reply:skipped:throttled"));
        QTRY_COMPARE(smtp.messages().size(), 3);

        // With no window, the same address gets another one.
        server.setSetting(S::AutoReplyMinIntervalHours, "0");
        QVERIFY(!postLead(server, key, leadBody("twice@example.com")).isEmpty());
        QTRY_COMPARE(count(server, "auto_reply", "sent"), 2);
    }

    void hourlyCapHoldsRepliesBackAndTellsTheOwnerOnce()
    {
        SmtpTestServer smtp;
        TestServer server;
        QVERIFY(
            startWithMail(smtp, server, {{S::OwnerAlerts, "off"}, {S::AutoReplyMaxPerHour, "2"}}));
        const QString key = server.createKey();
        QStringList ids;
        for (int i = 0; i < 4; ++i)
            ids.append(postLead(server, key, leadBody(QString("cap%1@example.com").arg(i))));
        QTRY_COMPARE(count(server, "cap_notice", "sent"), 1);
        QTRY_COMPARE(count(server, "auto_reply", "sent"), 2);
        QCOMPARE(count(server, "auto_reply", "pending"), 2);
        int capped = 0;
        for (const mail::QueuedMail &m : mailLog(server.databasePath())) {
            if (m.kind == u"auto_reply" && m.state == u"pending") {
                QVERIFY(m.capped);
                QVERIFY(m.dueAt > m.createdAt + 3500 * 1000);
                QVERIFY(history(server, m.leadId).contains("auto_reply:capped:date_free"));
                ++capped;
            }
        }
        QCOMPARE(capped, 2);
        const QJsonObject notice = messageTo(smtp, Owner);
        QVERIFY(notice.value("subject").toString().contains("waiting"));
        QCOMPARE(notice.value("auto_submitted").toString(), QString("auto-generated"));
        // One more lead: it waits too, and the owner is not told again.
        ids.append(postLead(server, key, leadBody("cap4@example.com")));
        QTRY_COMPARE(count(server, "auto_reply", "pending"), 3);
        QTRY_VERIFY(history(server, ids.last()).contains("auto_reply:capped:date_free"));
        QCOMPARE(smtp.messages().size(), 3);
        QCOMPARE(count(server, "cap_notice", "sent"), 1);
    }

    void spamAndNoReplyAddressesGetNothing()
    {
        SmtpTestServer smtp;
        TestServer server;
        QVERIFY(startWithMail(smtp, server, {{S::FormMinFillMs, "0"}}));
        const QString key = server.createKey();

        // A bot filled the honeypot: kept as spam, no lead, no mail at all.
        const QString token = formTokenOf(httpRequest(server.port(), "GET", "/form").body);
        const HttpResult spam = httpRequest(
            server.port(), "POST", "/capture",
            {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "text/html"}},
            formBody({{"_form_token", token},
                      {"_embed", "0"},
                      {"source", "Hosted form"},
                      {"website", "http://spam.example"},
                      {"name", "Bot Person"},
                      {"email", "victim@example.com"},
                      {"phone", "+34 600 000 000"},
                      {"event_date", "2027-05-20"},
                      {"event_type", "Wedding"},
                      {"message", "Hello"}}));
        QVERIFY2(spam.status == 200, spam.body.constData());
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM spam_submissions").toInt(), 1);
        // Restored by the owner: the lead is created, but nobody is mailed about it.
        const QString spamId = server.scalar("SELECT public_id FROM spam_submissions").toString();
        const auto restored = server.server().writer()->run([&spamId](QSqlDatabase &db) {
            return QVariant(
                capture::ContactCapture::restoreSpam(db, spamId, QString(), Clock::nowMs()).leadId);
        });
        QVERIFY(restored.ok);
        const QString restoredLead = restored.value.toString();
        QVERIFY(!restoredLead.isEmpty());
        QCOMPARE(history(server, restoredLead), QStringList {"auto_reply:skipped:spam"});

        QStringList robots
            = {"noreply@example.com",    "no-reply@example.com",   "MAILER-DAEMON@example.com",
               "postmaster@example.com", "donotreply@example.com", "bounces+abc@example.com"};
        QStringList ids;
        for (const QString &address : robots)
            ids.append(postLead(server, key, leadBody(address)));
        const QString own = postLead(server, key, leadBody(Owner.toUpper()));
        // A real person last: once hers is sent, everything queued before it was looked at.
        QVERIFY(!postLead(server, key, leadBody("real@example.com")).isEmpty());
        QTRY_COMPARE(count(server, "auto_reply", "sent"), 1);
        // The owner hears of every inquiry that passed the checks, never of the spam.
        QTRY_COMPARE(count(server, "owner_alert", "sent"), int(robots.size()) + 2);
        for (const QString &id : ids)
            QCOMPARE(history(server, id).first(), QString("auto_reply:skipped:no_reply"));
        QCOMPARE(history(server, own).first(), QString("auto_reply:skipped:own_address"));
        for (const mail::QueuedMail &m : mailLog(server.databasePath()))
            QVERIFY(m.recipient != u"victim@example.com");

        // Auto-replies off, or not for this channel: nothing, and the history says why.
        server.setSetting(S::AutoReplyChannels, "capture,form");
        const QString apiOff = postLead(server, key, leadBody("api-off@example.com"));
        server.setSetting(S::AutoReplyEnabled, "false");
        const QString off = postLead(server, key, leadBody("off@example.com"));
        QCOMPARE(history(server, apiOff).first(), QString("auto_reply:skipped:channel_off"));
        QCOMPARE(history(server, off).first(), QString("auto_reply:skipped:off"));
    }

    void serverDownThenUpDeliversExactlyOnce()
    {
        const quint16 port = freePort();
        SmtpTestServer smtp;
        TestServer server;
        SmtpTestServer::Options options;
        options.port = port;
        QVERIFY(smtp.start(options)); // makes the certificate
        smtp.stop(); // and is down when the lead arrives
        configure(server, smtp, QString("smtp://127.0.0.1:%1").arg(port));
        server.setSetting(S::OwnerAlerts, "off");
        QVERIFY(server.start());
        const QString key = server.createKey();
        QVERIFY(!postLead(server, key, leadBody("patient@example.com")).isEmpty());
        // Refused, retried.
        QTRY_VERIFY(newest(server).attempts >= 2);
        QCOMPARE(newest(server).result, QString("refused"));
        QCOMPARE(newest(server).state, QString("pending"));
        QVERIFY(smtp.start(options));
        QTRY_COMPARE(newest(server).state, QString("sent"));
        QCOMPARE(smtp.messages().size(), 1);
        // Nothing else is due: a new lead's reply is the only other message.
        QVERIFY(!postLead(server, key, leadBody("next@example.com")).isEmpty());
        QTRY_COMPARE(count(server, "auto_reply", "sent"), 2);
        QCOMPARE(smtp.messages().size(), 2);
    }

    void permanentFailureShowsInTheLog()
    {
        SmtpTestServer smtp;
        SmtpTestServer::Options options;
        options.dataReply = "554 5.7.1 Message rejected as spam";
        QVERIFY(smtp.start(options));
        TestServer server;
        configure(server, smtp);
        server.setSetting(S::OwnerAlerts, "off");
        QVERIFY(server.start());
        const QString id = postLead(server, server.createKey(), leadBody("refused@example.com"));
        QTRY_COMPARE(newest(server).state, QString("failed"));
        const mail::QueuedMail m = newest(server);
        QCOMPARE(m.result, QString("permanent"));
        QCOMPARE(m.attempts, 1);
        QVERIFY(m.lastReply.contains("554 5.7.1"));
        QVERIFY(history(server, id).contains("auto_reply:failed:date_free"));
        server.stop();
        const CliResult log = runCli(server.dataDir(), {"mail", "log"});
        QCOMPARE(log.exitCode, 0);
        QVERIFY(log.out.contains("failed: permanent"));
        QVERIFY(log.out.contains("554 5.7.1 Message rejected as spam"));
    }

    void plainServerRefusedWhenTlsIsRequired()
    {
        SmtpTestServer smtp;
        SmtpTestServer::Options options;
        options.mode = SmtpTestServer::Mode::Plain;
        options.username.clear();
        QVERIFY(smtp.start(options));
        TestServer server;
        // smtp:// means STARTTLS, required: a server without it gets nothing.
        configure(server, smtp, QString("smtp://127.0.0.1:%1").arg(smtp.port()));
        server.setSetting(S::MailSmtpUsername, "");
        server.setSetting(S::OwnerAlerts, "off");
        QVERIFY(server.start());
        const QString key = server.createKey();
        QVERIFY(!postLead(server, key, leadBody("tls@example.com")).isEmpty());
        QTRY_VERIFY(newest(server).attempts >= 1);
        QCOMPARE(newest(server).result, QString("tls"));
        QCOMPARE(smtp.messages().size(), 0);

        // mail_smtp_tls none: unencrypted, allowed to this machine only.
        server.setSetting(S::MailSmtpTls, "none");
        QTRY_COMPARE(newest(server).state, QString("sent"));
        QCOMPARE(smtp.messages().size(), 1);
        QCOMPARE(smtp.envelope(0).value("tls").toBool(), false);
    }

    void untrustedCertificateRefused()
    {
        SmtpTestServer smtp;
        TestServer server;
        QVERIFY(startWithMail(smtp, server, {{S::MailCaFile, ""}, {S::OwnerAlerts, "off"}}));
        QVERIFY(!postLead(server, server.createKey(), leadBody("cert@example.com")).isEmpty());
        QTRY_VERIFY(newest(server).attempts >= 1);
        QCOMPARE(newest(server).result, QString("tls"));
        QCOMPARE(smtp.messages().size(), 0);
        // Trusted again: it goes out.
        server.setSetting(S::MailCaFile, smtp.caFile());
        QTRY_COMPARE(newest(server).state, QString("sent"));
        QCOMPARE(smtp.messages().size(), 1);
    }

    void killedAfterThe201DeliversOnceWithTheSameMessageId()
    {
        QTemporaryDir dir;
        const QString data = dir.path();
        const quint16 smtpPort = freePort();
        SmtpTestServer smtp;
        SmtpTestServer::Options options;
        options.port = smtpPort;
        auto set = [&data](const QString &key, const QString &value) {
            const CliResult r = runCli(data, {"config", "set", key, value});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        };
        QVERIFY(smtp.start(options)); // makes the certificate
        smtp.stop(); // and is down when the lead arrives
        set(S::MailSmtpUrl, QString("smtp://127.0.0.1:%1").arg(smtpPort));
        set(S::MailSmtpUsername, options.username);
        set(S::MailCaFile, smtp.caFile());
        set(S::MailFrom, "hello@janephoto.example");
        set(S::OwnerEmail, Owner);
        set(S::AutoReplyEnabled, "true");
        set(S::OwnerAlerts, "off");
        set(S::MailRetrySchedule, "0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2");
        QCOMPARE(runCli(data, {"config", "set", "mail_smtp_password", "-"},
                        options.password.toUtf8() + "\n")
                     .exitCode,
                 0);
        const CliResult created = runCli(data, {"keys", "create", "--name", "crash"});
        QCOMPARE(created.exitCode, 0);
        const QByteArray key = created.out.trimmed().split('\n').last().toLatin1();

        const quint16 port = freePort();
        QProcess app;
        QByteArray appOutput;
        auto startApp = [&] {
            app.setProcessChannelMode(QProcess::MergedChannels);
            app.start(
                REMIXCRM_BINARY,
                {"--headless", "--data-dir", data, "--listen", QString("127.0.0.1:%1").arg(port)});
            QByteArray out;
            while (app.state() != QProcess::NotRunning && !out.contains("listening on")) {
                if (!app.waitForReadyRead(20000))
                    break;
                out += app.readAll();
            }
            appOutput += out;
            return out.contains("listening on");
        };
        QVERIFY(startApp());
        const HttpResult r = httpRequest(
            port, "POST", "/api/v1/leads",
            {{"Authorization", "Bearer " + key}, {"Content-Type", "application/json"}},
            leadBody("crash@example.com"));
        QCOMPARE(r.status, 201);
        app.kill(); // SIGKILL right after the 201: no shutdown code runs
        QVERIFY(app.waitForFinished(5000));
        appOutput += app.readAll();

        QVERIFY(smtp.start(options));
        QVERIFY(startApp());
        QTRY_COMPARE_WITH_TIMEOUT(smtp.messages().size(), 1, 20000);
        const QString databasePath = QDir(data).filePath("remixcrm.db");
        QTRY_COMPARE(mailLog(databasePath).value(0).state, QString("sent"));
        const mail::QueuedMail m = mailLog(databasePath).value(0);
        QCOMPARE(parsed(smtp.messages().first()).value("message_id").toString(),
                 QString("<%1@janephoto.example>").arg(m.messageId));
        app.terminate();
        QVERIFY(app.waitForFinished(10000));
        appOutput += app.readAll();
        QCOMPARE(smtp.messages().size(), 1);
        QVERIFY(!appOutput.contains(options.password.toUtf8()));

        // The password is nowhere: not in config list, not in the database files.
        const CliResult list = runCli(data, {"config", "list"});
        QVERIFY(list.out.contains("mail_smtp_password=(set)"));
        QVERIFY(!list.out.contains(options.password));
        for (const QString &name : QDir(data).entryList({"remixcrm.db*"}, QDir::Files)) {
            QFile file(QDir(data).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(options.password.toUtf8()), qPrintable(name));
            QVERIFY2(!bytes.contains(options.password.toLatin1()), qPrintable(name));
        }
    }

    void logIsPrunedButPendingMailStays()
    {
        TestServer server; // not started: the migrated database only
        store::DbConnection connection(server.databasePath(), "test-prune");
        mail::MailQueueStore queue(connection.db());
        auto add = [&queue](const QString &recipient, qint64 createdAt) {
            mail::QueuedMail m;
            m.kind = mail::QueuedMail::OwnerAlert;
            m.recipient = recipient;
            m.templateName = "owner_alert";
            m.messageId = mail::MailMessage::newId();
            m.createdAt = m.dueAt = createdAt;
            return queue.insert(m);
        };
        const qint64 day = 86400LL * 1000;
        const qint64 now = Clock::nowMs();
        const qint64 oldSent = add("old-sent@example.com", now - 100 * day);
        const qint64 oldFailed = add("old-failed@example.com", now - 100 * day);
        add("old-pending@example.com", now - 100 * day);
        const qint64 recent = add("recent@example.com", now - day);
        queue.recordAttempt({oldSent, now - 100 * day, mail::QueuedMail::Sent, 0, "ok", "250 OK"});
        queue.recordAttempt(
            {oldFailed, now - 100 * day, mail::QueuedMail::Failed, 0, "permanent", "554 No"});
        queue.recordAttempt({recent, now - day, mail::QueuedMail::Sent, 0, "ok", "250 OK"});
        QCOMPARE(queue.prune(now - 90 * day), 2);
        QStringList left;
        for (const mail::QueuedMail &m : mail::MailLogStore(connection.db()).recent(10))
            left.append(m.recipient);
        QCOMPARE(left, (QStringList {"recent@example.com", "old-pending@example.com"}));
    }

    void historyReadsForPeople()
    {
        using mail::MailHistoryText;
        QCOMPARE(MailHistoryText::of(
                     {{"mail", "auto_reply"}, {"event", "sent"}, {"template", "date_free"}}),
                 QString("Auto-reply sent (date free)"));
        QCOMPARE(MailHistoryText::of(
                     {{"mail", "auto_reply"}, {"event", "skipped"}, {"reason", "throttled"}}),
                 QString("No auto-reply: this address had one recently"));
        QCOMPARE(MailHistoryText::of({{"mail", "auto_reply"}, {"event", "capped"}}),
                 QString("Auto-reply waiting: the hourly limit is reached"));
        QCOMPARE(MailHistoryText::of({{"mail", "owner_alert"}, {"event", "sent"}}),
                 QString("Alert sent to you by email"));
        QCOMPARE(MailHistoryText::of(
                     {{"mail", "auto_reply"}, {"event", "failed"}, {"result", "permanent"}}),
                 QString("Auto-reply failed (permanent)"));
    }

    void cleanupTestCase()
    {
        // Nothing logged by any test held the SMTP password.
        qInstallMessageHandler(g_previousHandler);
        const QString password = SmtpTestServer::Options().password;
        QMutexLocker lock(&g_logMutex);
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(password), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(MailDeliveryTest)
#include "tst_mail_delivery.moc"
