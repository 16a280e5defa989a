// SPDX-License-Identifier: GPL-3.0-or-later
// Mail messages as RemixCRM writes them (core/mail), read back by Python's email package:
// UTF-8 headers as RFC 2047 encoded-words within the line limits, quoted names, quoted-printable
// bodies, the HTML alternative, a stable Message-ID, and refusal of header injection.
#include "core/mail/HeaderLine.h"
#include "core/mail/Mailbox.h"
#include "core/mail/MessageWriter.h"
#include "core/mail/QuotedPrintable.h"
#include "core/mail/SmtpTransport.h"
#include "core/mail/SmtpUrl.h"
#include "tests/support/MailPython.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>
#include <QTimeZone>

using namespace rmx::mail;
using namespace rmx::test;

namespace {
const QString GermanSubject = QStringLiteral("Ihre Anfrage für den 15. März 💐");
const QString LongGermanSubject = QStringLiteral(
    "Bestätigung Ihrer Anfrage für die Hochzeitsfotografie am Samstag, dem 15. März 2026, "
    "in der Schlossgärtnerei Über­lingen – größere Gästeliste, Übernachtung, Frühstück 💐🎉");

MailMessage sample()
{
    MailMessage m;
    m.from = Mailbox::parse("Jane Photo <hello@janephoto.example>");
    m.to = {Mailbox::parse("Max Müller <max@example.com>")};
    m.replyTo = Mailbox::parse("bookings@janephoto.example");
    m.subject = GermanSubject;
    m.date = QDateTime(QDate(2026, 3, 15), QTime(9, 30, 5), Qt::UTC);
    m.id = "lead.01HZX3Q4.reply";
    m.autoSubmitted = AutoSubmitted::AutoReplied;
    m.textBody = QStringLiteral("Hallo Max,\n\nvielen Dank für Ihre Anfrage! Wir melden uns.\n\n"
                                "Jane – Fotografie");
    return m;
}

QByteArray written(const MailMessage &m)
{
    const MessageWriter::Result r = MessageWriter().write(m);
    if (!r.ok())
        qWarning("write failed: %s", qPrintable(r.error));
    return r.bytes;
}

QByteArray headerBlock(const QByteArray &message)
{
    return message.left(message.indexOf("\r\n\r\n") + 2);
}

/// Every line ends in CRLF, is 7-bit, and is at most `max` characters long.
void checkLines(const QByteArray &bytes, int max)
{
    QVERIFY(bytes.endsWith("\r\n"));
    const QList<QByteArray> lines = bytes.chopped(2).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (i + 1 < lines.size() || bytes.endsWith("\r\n")) {
            QVERIFY2(line.endsWith('\r') || i == lines.size() - 1, line.constData());
            if (line.endsWith('\r'))
                line.chop(1);
        }
        QVERIFY2(!line.contains('\r'), line.constData());
        QVERIFY2(
            line.size() <= max,
            qPrintable(
                QStringLiteral("%1 chars: %2").arg(line.size()).arg(QString::fromLatin1(line))));
        for (const char c : line)
            QVERIFY2(uchar(c) < 0x80, line.constData());
    }
}

/// The header `name` with its folded lines.
QByteArray headerField(const QByteArray &message, const QByteArray &name)
{
    const QByteArray headers = "\r\n" + headerBlock(message);
    const QByteArray key = QByteArray("\r\n") + name + ':';
    const qsizetype from = headers.indexOf(key);
    if (from < 0)
        return {};
    qsizetype end = from + 2;
    do {
        end = headers.indexOf("\r\n", end) + 2;
    } while (end < headers.size() && (headers[end] == ' ' || headers[end] == '\t'));
    return headers.mid(from + 2, end - from - 2);
}

QByteArray qDecode(const QByteArray &payload)
{
    QByteArray out;
    for (qsizetype i = 0; i < payload.size(); ++i) {
        if (payload[i] == '_')
            out += ' ';
        else if (payload[i] == '=' && i + 2 < payload.size()) {
            out += QByteArray::fromHex(payload.mid(i + 1, 2));
            i += 2;
        } else
            out += payload[i];
    }
    return out;
}

/// Every encoded-word is at most 75 characters and holds whole UTF-8 characters only.
void checkEncodedWords(const QByteArray &field, int expectedAtLeast)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?Q\\?([^?]*)\\?="));
    int count = 0;
    auto it = word.globalMatch(QString::fromLatin1(field));
    while (it.hasNext()) {
        const auto match = it.next();
        ++count;
        QVERIFY2(match.capturedLength() <= 75, qPrintable(match.captured()));
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(qDecode(match.captured(1).toLatin1()));
        QVERIFY2(!decoder.hasError() && !text.contains(QChar::ReplacementCharacter),
                 qPrintable(match.captured()));
    }
    QVERIFY2(count >= expectedAtLeast, field.constData());
}
} // namespace

class TestMailMessage : public QObject
{
    Q_OBJECT

private slots:
    void germanSubjectAndNamesReadBack()
    {
        const QByteArray bytes = written(sample());
        QVERIFY(!bytes.isEmpty());
        checkLines(headerBlock(bytes), 78);
        checkEncodedWords(headerField(bytes, "Subject"), 1);
        const QJsonObject parsed = MailPython::parse(bytes);
        QVERIFY2(!parsed.contains("error"), qPrintable(parsed.value("error").toString()));
        QCOMPARE(parsed.value("subject").toString(), GermanSubject);
        const QJsonObject from = parsed.value("from").toArray().first().toObject();
        QCOMPARE(from.value("name").toString(), QStringLiteral("Jane Photo"));
        QCOMPARE(from.value("address").toString(), QStringLiteral("hello@janephoto.example"));
        const QJsonObject to = parsed.value("to").toArray().first().toObject();
        QCOMPARE(to.value("name").toString(), QStringLiteral("Max Müller"));
        QCOMPARE(to.value("address").toString(), QStringLiteral("max@example.com"));
        QCOMPARE(parsed.value("reply_to").toArray().first().toObject().value("address"),
                 QStringLiteral("bookings@janephoto.example"));
        QCOMPARE(parsed.value("message_id").toString(),
                 QStringLiteral("<lead.01HZX3Q4.reply@janephoto.example>"));
        QCOMPARE(parsed.value("date_iso").toString(), QStringLiteral("2026-03-15T09:30:05+00:00"));
        QCOMPARE(parsed.value("auto_submitted").toString(), QStringLiteral("auto-replied"));
        QCOMPARE(parsed.value("mime_version").toString(), QStringLiteral("1.0"));
        QCOMPARE(parsed.value("content_type").toString(), QStringLiteral("text/plain"));
        QCOMPARE(parsed.value("text").toString(), sample().textBody + "\n");
        QCOMPARE(parsed.value("defects").toArray(), QJsonArray());
        QVERIFY(bytes.startsWith("Date: 15 Mar 2026 09:30:05 +0000\r\n"));
        QVERIFY(headerBlock(bytes).contains("Content-Transfer-Encoding: quoted-printable\r\n"));
    }

    void longSubjectsFoldWithinLimits_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<int>("words");
        QTest::newRow("German") << GermanSubject << 1;
        QTest::newRow("long German") << LongGermanSubject << 3;
        QTest::newRow("emoji only") << QString(QStringLiteral("💐")).repeated(40) << 3;
        QTest::newRow("long ASCII")
            << QStringLiteral("Your inquiry for Saturday the 15th of March: photography, "
                              "video, a photo booth, and an album for the whole family")
            << 0;
        QTest::newRow("looks encoded") << QStringLiteral("Price =?UTF-8?Q?x?= today") << 1;
        QTest::newRow("double spaces") << QStringLiteral("Two  spaces and a tab\there") << 1;
    }
    void longSubjectsFoldWithinLimits()
    {
        QFETCH(QString, subject);
        QFETCH(int, words);
        MailMessage m = sample();
        m.subject = subject;
        const QByteArray bytes = written(m);
        checkLines(headerBlock(bytes), 78);
        const QByteArray field = headerField(bytes, "Subject");
        if (field.size() > 80)
            QVERIFY(field.count("\r\n") > 1); // folded
        checkEncodedWords(field, words);
        if (words == 0)
            QVERIFY(!field.contains("=?"));
        const QJsonObject parsed = MailPython::parse(bytes);
        QCOMPARE(parsed.value("subject").toString(), subject);
        QCOMPARE(parsed.value("defects").toArray(), QJsonArray());
    }

    void encodedWordsNeverSplitCharacters()
    {
        // Every budget from tight to full: a word ends only between characters.
        for (int max = 24; max <= 75; ++max) {
            const QList<QByteArray> words
                = HeaderLine::encodedWords(LongGermanSubject, HeaderLine::Context::Text, max);
            QByteArray joined;
            for (qsizetype i = 0; i < words.size(); ++i) {
                QVERIFY(words[i].size() <= (i == 0 ? max : 75));
                QVERIFY(words[i].startsWith("=?UTF-8?Q?") && words[i].endsWith("?="));
                QStringDecoder decoder(QStringDecoder::Utf8);
                decoder.decode(qDecode(words[i].mid(10).chopped(2)));
                QVERIFY2(!decoder.hasError(), words[i].constData());
                joined += qDecode(words[i].mid(10).chopped(2));
            }
            QCOMPARE(QString::fromUtf8(joined), LongGermanSubject);
        }
    }

    void displayNamesWithSpecials_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("onTheWire");
        QTest::newRow("atoms") << QStringLiteral("Jane Photo") << QByteArray("From: Jane Photo <");
        QTest::newRow("comma") << QStringLiteral("Photo, Jane")
                               << QByteArray("From: \"Photo, Jane\" <");
        QTest::newRow("dot and apostrophe")
            << QStringLiteral("Dr. Jane O'Brien") << QByteArray("From: \"Dr. Jane O'Brien\" <");
        QTest::newRow("quote and backslash")
            << QStringLiteral("Jane \"JP\" Photo \\ Film")
            << QByteArray("From: \"Jane \\\"JP\\\" Photo \\\\ Film\" <");
        QTest::newRow("umlaut") << QStringLiteral("Jürgen Blumen & Söhne")
                                << QByteArray("=?UTF-8?Q?");
        QTest::newRow("long") << QStringLiteral(
            "Schlossgärtnerei Überlingen Hochzeitsfloristik und Dekoration "
            "für Feste aller Art, Inhaberin Jane Müller-Lüdenscheidt")
                              << QByteArray("=?UTF-8?Q?");
    }
    void displayNamesWithSpecials()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, onTheWire);
        MailMessage m = sample();
        m.from = Mailbox::make(name, "hello@janephoto.example");
        QVERIFY2(m.from.isValid(), qPrintable(m.from.error));
        const QByteArray bytes = written(m);
        checkLines(headerBlock(bytes), 78);
        QVERIFY2(headerField(bytes, "From").contains(onTheWire), headerField(bytes, "From"));
        const QJsonObject parsed = MailPython::parse(bytes);
        const QJsonObject from = parsed.value("from").toArray().first().toObject();
        QCOMPARE(from.value("name").toString(), name);
        QCOMPARE(from.value("address").toString(), QStringLiteral("hello@janephoto.example"));
        QCOMPARE(parsed.value("defects").toArray(), QJsonArray());
    }

    void severalRecipients()
    {
        MailMessage m = sample();
        m.to
            = {Mailbox::parse("Max Müller <max@example.com>"),
               Mailbox::parse("\"Photo, Jane\" <jane@example.org>"), Mailbox::parse("c@d.example")};
        const QByteArray bytes = written(m);
        checkLines(headerBlock(bytes), 78);
        const QJsonArray to = MailPython::parse(bytes).value("to").toArray();
        QCOMPARE(to.size(), 3);
        QCOMPARE(to[1].toObject().value("name").toString(), QStringLiteral("Photo, Jane"));
        QCOMPARE(to[2].toObject().value("address").toString(), QStringLiteral("c@d.example"));
        QCOMPARE(Envelope::of(m).to,
                 QStringList({"max@example.com", "jane@example.org", "c@d.example"}));
    }

    void headerInjectionIsRefused()
    {
        MailMessage m = sample();
        m.subject = "Hello\r\nBcc: victim@example.com";
        QVERIFY(MessageWriter().write(m).error.startsWith("Subject"));
        m.subject = "Hello\nBcc: victim@example.com";
        QVERIFY(!MessageWriter().write(m).ok());
        m.subject = "Hello\rBcc: victim@example.com";
        QVERIFY(!MessageWriter().write(m).ok());

        m = sample();
        m.from.displayName = "Jane\r\nBcc: victim@example.com";
        QVERIFY(MessageWriter().write(m).error.startsWith("From"));
        m = sample();
        m.to.first().address = "max@example.com\r\nBcc: victim@example.com";
        QVERIFY(MessageWriter().write(m).error.startsWith("To"));
        m = sample();
        m.replyTo->address = "a@b.example>\r\nBcc: <victim@example.com";
        QVERIFY(MessageWriter().write(m).error.startsWith("Reply-To"));
        m = sample();
        m.id = "x\r\nBcc: victim@example.com";
        QVERIFY(MessageWriter().write(m).error.startsWith("Message-ID"));
        m.id = "x@y"; // the domain is added, never taken from the id
        QVERIFY(!MessageWriter().write(m).ok());
        m.id.clear();
        QVERIFY(!MessageWriter().write(m).ok());

        QVERIFY(!Mailbox::parse("Jane\r\nBcc: x@y.example <a@b.example>").isValid());
        QVERIFY(!Mailbox::make("Jane\nX", "a@b.example").isValid());
        QVERIFY(!Mailbox::parse("a@b.example\n").isValid());
        m = sample();
        m.to.clear();
        QVERIFY(MessageWriter().write(m).error.startsWith("To"));
    }

    void mailboxParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("address");
        QTest::newRow("name and address")
            << "Jane Photo <hello@janephoto.example>" << true << "Jane Photo"
            << "hello@janephoto.example";
        QTest::newRow("address") << "hello@janephoto.example" << true << ""
                                 << "hello@janephoto.example";
        QTest::newRow("angle only") << "<hello@janephoto.example>" << true << ""
                                    << "hello@janephoto.example";
        QTest::newRow("quoted") << "\"Photo, Jane\" <jane@example.org>" << true << "Photo, Jane"
                                << "jane@example.org";
        QTest::newRow("escaped quote")
            << "\"Jane \\\"JP\\\"\" <jane@example.org>" << true << "Jane \"JP\""
            << "jane@example.org";
        QTest::newRow("spaces") << "  Jane   Photo   <  hello@janephoto.example >  " << true
                                << "Jane Photo"
                                << "hello@janephoto.example";
        QTest::newRow("plus and dots") << "jane.photo+leads@mail.janephoto.example" << true << ""
                                       << "jane.photo+leads@mail.janephoto.example";
        QTest::newRow("umlaut name")
            << "Jürgen Blümchen <j@blumen.example>" << true << "Jürgen Blümchen"
            << "j@blumen.example";
        QTest::newRow("idn domain") << "info@bücher.example" << true << ""
                                    << "info@xn--bcher-kva.example";
        QTest::newRow("upper-case domain") << "Info@JanePhoto.Example" << true << ""
                                           << "Info@janephoto.example";
        QTest::newRow("empty") << "" << false << ""
                               << "";
        QTest::newRow("no at") << "hello.janephoto.example" << false << ""
                               << "";
        QTest::newRow("no domain dot") << "hello@localhost" << false << ""
                                       << "";
        QTest::newRow("two ats") << "a@b@c.example" << false << ""
                                 << "";
        QTest::newRow("space in address") << "hel lo@janephoto.example" << false << ""
                                          << "";
        QTest::newRow("double dot") << "a..b@janephoto.example" << false << ""
                                    << "";
        QTest::newRow("unclosed angle") << "Jane <hello@janephoto.example" << false << ""
                                        << "";
        QTest::newRow("unclosed quote") << "\"Jane <hello@janephoto.example>" << false << ""
                                        << "";
        QTest::newRow("non-ASCII local part") << "jürgen@blumen.example" << false << ""
                                              << "";
        QTest::newRow("bad label") << "a@-b.example" << false << ""
                                   << "";
        QTest::newRow("two addresses") << "a@b.example, c@d.example" << false << ""
                                       << "";
    }
    void mailboxParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, name);
        QFETCH(QString, address);
        const Mailbox m = Mailbox::parse(text);
        QCOMPARE(m.isValid(), valid);
        if (!valid) {
            QVERIFY(!m.error.isEmpty());
            return;
        }
        QCOMPARE(m.displayName, name);
        QCOMPARE(m.address, address);
    }

    void quotedPrintableBodies()
    {
        const QString body = QStringLiteral("Hallo Max,\n"
                                            "%1\n"
                                            ".a line starting with a dot\n"
                                            ".\n"
                                            "From here on, a line that mbox would mangle\n"
                                            "trailing spaces   \n"
                                            "trailing tab\t\n"
                                            "equals = signs == and =3D stay themselves\n"
                                            "%2\n"
                                            "Windows line\r\nOld Mac line\rend 💐")
                                 .arg(QStringLiteral("Für die Hochzeit im März: Blumen, "
                                                     "Übernachtung, Größe, Frühstück. ")
                                          .repeated(8),
                                      QString(QStringLiteral("x")).repeated(300));
        MailMessage m = sample();
        m.textBody = body;
        const QByteArray bytes = written(m);
        checkLines(bytes.mid(headerBlock(bytes).size()), 76);
        const QByteArray encoded = QuotedPrintable::encode(body);
        QVERIFY(encoded.contains("\r\n=2Ea line"));
        QVERIFY(encoded.contains("\r\n=46rom here"));
        QVERIFY(encoded.contains("spaces  =20\r\n"));
        QVERIFY(encoded.contains("tab=09\r\n"));
        QString expected = body;
        expected.replace("\r\n", "\n").replace('\r', '\n');
        QCOMPARE(MailPython::parse(bytes).value("text").toString(), expected + "\n");
        // A UTF-8 sequence is never cut by a soft line break.
        for (const QByteArray &line : encoded.split('\n'))
            QVERIFY2(!line.endsWith("=C3=\r") && !line.endsWith("=F0=9F=\r"), line.constData());
        QCOMPARE(QuotedPrintable::encode(QString()), QByteArray("\r\n"));
    }

    void htmlAlternative()
    {
        MailMessage m = sample();
        m.htmlBody = QStringLiteral("<p>Hallo <b>Max</b>, vielen Dank für Ihre Anfrage!</p>\n"
                                    "<p style=\"color: #6d28d9\">Jane – Fotografie 💐</p>");
        const QByteArray first = written(m);
        const QByteArray second = written(m);
        checkLines(first, 78);
        const QJsonObject parsed = MailPython::parse(first);
        QCOMPARE(parsed.value("content_type").toString(), QStringLiteral("multipart/alternative"));
        QCOMPARE(parsed.value("text").toString(), m.textBody + "\n");
        QCOMPARE(parsed.value("html").toString(), m.htmlBody + "\n");
        QCOMPARE(parsed.value("defects").toArray(), QJsonArray());
        static const QRegularExpression boundary(QStringLiteral("boundary=\"([^\"]+)\""));
        const QString b1 = boundary.match(QString::fromLatin1(first)).captured(1);
        const QString b2 = boundary.match(QString::fromLatin1(second)).captured(1);
        QVERIFY(b1.size() >= 24);
        QVERIFY(b1 != b2); // random per message
    }

    void dateFromTheInjectedClockAndStableMessageId()
    {
        MailMessage m = sample();
        m.date = QDateTime();
        QDateTime fixed(QDate(2026, 12, 24), QTime(18, 0), QTimeZone(3600));
        const MessageWriter writer([&] { return fixed; });
        const QByteArray first = writer.write(m).bytes;
        QVERIFY2(first.startsWith("Date: 24 Dec 2026 18:00:00 +0100\r\n"), first.left(60));
        QCOMPARE(MailPython::parse(first).value("date_iso").toString(),
                 QStringLiteral("2026-12-24T18:00:00+01:00"));
        // The same message written again (a retry) keeps its Message-ID.
        const QByteArray again = MessageWriter().write(m).bytes;
        QCOMPARE(headerField(again, "Message-ID"), headerField(first, "Message-ID"));
        QCOMPARE(headerField(first, "Message-ID"),
                 QByteArray("Message-ID: <lead.01HZX3Q4.reply@janephoto.example>\r\n"));
        QVERIFY(MailMessage::newId() != MailMessage::newId());
        m.autoSubmitted = AutoSubmitted::AutoGenerated;
        QVERIFY(writer.write(m).bytes.contains("\r\nAuto-Submitted: auto-generated\r\n"));
        m.autoSubmitted = AutoSubmitted::No;
        QVERIFY(!writer.write(m).bytes.contains("Auto-Submitted"));
    }

    void smtpUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("curlUrl");
        QTest::newRow("smtps") << "smtps://smtp.fastmail.com" << true
                               << "smtps://smtp.fastmail.com:465";
        QTest::newRow("starttls") << "smtp://smtp.gmail.com:587" << true
                                  << "smtp://smtp.gmail.com:587";
        QTest::newRow("starttls default port")
            << "smtp://mail.example.com" << true << "smtp://mail.example.com:587";
        QTest::newRow("plain to localhost")
            << "smtp+plain://localhost:2525" << true << "smtp://localhost:2525";
        QTest::newRow("plain to 127.0.0.2")
            << "smtp+plain://127.0.0.2" << true << "smtp://127.0.0.2:25";
        QTest::newRow("plain to ::1") << "smtp+plain://[::1]:25" << true << "smtp://[::1]:25";
        QTest::newRow("plain to another host") << "smtp+plain://mail.example.com:25" << false << "";
        QTest::newRow("plain to a LAN address") << "smtp+plain://192.168.1.5:25" << false << "";
        QTest::newRow("http") << "https://mail.example.com" << false << "";
        QTest::newRow("credentials in URL") << "smtps://me:secret@mail.example.com" << false << "";
        QTest::newRow("path") << "smtps://mail.example.com/x" << false << "";
        QTest::newRow("no host") << "smtps://" << false << "";
        QTest::newRow("port 0") << "smtps://mail.example.com:0" << false << "";
    }
    void smtpUrls()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, curlUrl);
        const SmtpUrl url = SmtpUrl::parse(text);
        QCOMPARE(url.isValid(), valid);
        if (valid)
            QCOMPARE(url.curlUrl(), curlUrl);
        else
            QVERIFY(!url.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMailMessage)
#include "tst_mail_message.moc"
