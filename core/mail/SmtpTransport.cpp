// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/SmtpTransport.h"

#include "core/mail/MessageWriter.h"
#include "core/mail/SmtpUrl.h"

#include <QFile>
#include <QFileInfo>

#include <curl/curl.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace rmx::mail {

namespace {
void initCurlOnce()
{
    // curl_global_init is not thread-safe in every build of libcurl: once per process.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Upload
{
    const QByteArray &bytes;
    qsizetype offset = 0;
};

size_t readBody(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype n = qMin(qsizetype(size * count), upload->bytes.size() - upload->offset);
    std::memcpy(buffer, upload->bytes.constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

/// The server's replies as libcurl saw them. Only what the server sent is read: the commands
/// we send are never looked at, since AUTH carries the password.
struct Transcript
{
    QStringList current; // lines of the reply being read
    bool currentDone = true;
    QString lastReply;
    int lastCode = 0;
    bool quitting = false; // the answer to QUIT says nothing about the message

    void addLine(QByteArray line)
    {
        if (quitting)
            return;
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            return;
        QString text;
        for (const char c : line.left(1000))
            text += (uchar(c) >= 0x20 && uchar(c) < 0x7f) ? QChar::fromLatin1(c) : QChar(u'?');
        const bool coded
            = text.size() >= 3 && text[0].isDigit() && text[1].isDigit() && text[2].isDigit();
        const bool continued = coded && text.size() > 3 && text[3] == u'-';
        if (currentDone)
            current.clear();
        if (current.isEmpty()) {
            if (continued)
                text[3] = u' '; // "535-5.7.8 …" + "535 5.7.8 …" reads as "535 5.7.8 … …"
            current.append(text);
        } else {
            current.append(coded ? text.mid(4) : text);
        }
        currentDone = !continued;
        if (currentDone) {
            lastReply = current.join(u' ');
            lastCode = coded ? text.first(3).toInt() : 0;
        }
    }
};

int onDebug(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    auto *transcript = static_cast<Transcript *>(user);
    if (type == CURLINFO_HEADER_OUT) {
        // Only checked for QUIT and never kept: an AUTH line carries the password.
        if (size >= 4 && std::memcmp(data, "QUIT", 4) == 0)
            transcript->quitting = true;
        return 0;
    }
    if (type != CURLINFO_HEADER_IN)
        return 0;
    for (const QByteArray &line : QByteArray(data, qsizetype(size)).split('\n'))
        transcript->addLine(line);
    return 0;
}

SmtpResult failure(SmtpResult::Error error, const QString &detail)
{
    SmtpResult result;
    result.error = error;
    result.detail = detail;
    return result;
}

SmtpResult::Error classify(CURLcode code, int replyCode)
{
    switch (code) {
    case CURLE_OK:
        return SmtpResult::Error::None;
    case CURLE_COULDNT_RESOLVE_HOST:
        return SmtpResult::Error::Dns;
    case CURLE_COULDNT_CONNECT:
        return SmtpResult::Error::Refused;
    case CURLE_OPERATION_TIMEDOUT:
        return SmtpResult::Error::Timeout;
    case CURLE_LOGIN_DENIED:
        return SmtpResult::Error::Auth;
    case CURLE_USE_SSL_FAILED: // STARTTLS refused or not offered
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
        return SmtpResult::Error::Tls;
    case CURLE_ABORTED_BY_CALLBACK:
        return SmtpResult::Error::Cancelled;
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
    case CURLE_NOT_BUILT_IN:
    case CURLE_FAILED_INIT:
        return SmtpResult::Error::Config;
    default:
        break;
    }
    // Refused by the server: 530/534/535/538 are about logging in (RFC 4954).
    if (replyCode == 530 || replyCode == 534 || replyCode == 535 || replyCode == 538)
        return SmtpResult::Error::Auth;
    if (replyCode >= 500 && replyCode < 600)
        return SmtpResult::Error::Permanent;
    // A 4xx reply, or the connection dropped mid-way: worth another try.
    return SmtpResult::Error::Temporary;
}

QString describe(SmtpResult::Error error, const SmtpUrl &url)
{
    const QString server = url.host + u':' + QString::number(url.port);
    switch (error) {
    case SmtpResult::Error::None:
        return QStringLiteral("accepted by %1").arg(server);
    case SmtpResult::Error::Auth:
        return QStringLiteral("%1 refused the username or password").arg(server);
    case SmtpResult::Error::Tls:
        return QStringLiteral("no secure connection to %1 (TLS failed, the certificate is not "
                              "trusted, or the server does not offer STARTTLS)")
            .arg(server);
    case SmtpResult::Error::Dns:
        return QStringLiteral("the server name %1 was not found (DNS)").arg(url.host);
    case SmtpResult::Error::Refused:
        return QStringLiteral("nothing accepts connections on %1").arg(server);
    case SmtpResult::Error::Timeout:
        return QStringLiteral("%1 did not answer in time").arg(server);
    case SmtpResult::Error::Temporary:
        return QStringLiteral("%1 refused the message for now; try again later").arg(server);
    case SmtpResult::Error::Permanent:
        return QStringLiteral("%1 rejected the message").arg(server);
    case SmtpResult::Error::Config:
        return QStringLiteral("the mail settings cannot work");
    case SmtpResult::Error::Cancelled:
        return QStringLiteral("sending to %1 was given up (RemixCRM is stopping)").arg(server);
    }
    return {};
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<const std::atomic<bool> *>(user)->load() ? 1 : 0;
}

using CurlHandle = std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>;
using CurlList = std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)>;
} // namespace

/// A curl handle with what it points to between sends. The transcript is declared before the
/// handle, so it still exists when curl_easy_cleanup reports the answer to QUIT.
struct SmtpTransport::Session
{
    Transcript transcript;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    CurlHandle curl {nullptr, &curl_easy_cleanup};

    ~Session()
    {
        transcript.quitting = true;
        curl.reset();
    }
};

QString SmtpResult::code(Error error)
{
    switch (error) {
    case Error::None:
        return QStringLiteral("ok");
    case Error::Auth:
        return QStringLiteral("auth");
    case Error::Tls:
        return QStringLiteral("tls");
    case Error::Dns:
        return QStringLiteral("dns");
    case Error::Refused:
        return QStringLiteral("refused");
    case Error::Timeout:
        return QStringLiteral("timeout");
    case Error::Temporary:
        return QStringLiteral("temporary");
    case Error::Permanent:
        return QStringLiteral("permanent");
    case Error::Config:
        return QStringLiteral("config");
    case Error::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

Envelope Envelope::of(const MailMessage &message)
{
    Envelope envelope;
    envelope.from = message.from.address;
    for (const Mailbox &recipient : message.to)
        envelope.to.append(recipient.address);
    return envelope;
}

SmtpTransport::SmtpTransport(SmtpConfig config)
    : m_config(std::move(config))
{ }

SmtpResult SmtpTransport::send(const MailMessage &message) const
{
    const MessageWriter::Result written = MessageWriter().write(message);
    if (!written.ok())
        return failure(SmtpResult::Error::Config, written.error);
    return send(Envelope::of(message), written.bytes);
}

SmtpResult SmtpTransport::send(const Envelope &envelope, const QByteArray &rfc5322) const
{
    // Everything that cannot work is refused here, before any connection is made.
    const SmtpUrl url = SmtpUrl::parse(m_config.url, m_config.tls);
    if (!url.isValid())
        return failure(SmtpResult::Error::Config, QStringLiteral("mail_smtp_url ") + url.error);
    if (!m_config.caFile.isEmpty() && !QFileInfo(m_config.caFile).isReadable())
        return failure(SmtpResult::Error::Config,
                       QStringLiteral("the CA file %1 cannot be read").arg(m_config.caFile));
    if (envelope.from.isEmpty() || envelope.to.isEmpty())
        return failure(SmtpResult::Error::Config, QStringLiteral("no sender or no recipient"));
    const QString mechanism = m_config.authMechanism.toUpper();
    if (!mechanism.isEmpty() && mechanism != u"PLAIN" && mechanism != u"LOGIN")
        return failure(SmtpResult::Error::Config,
                       QStringLiteral("the AUTH mechanism must be PLAIN or LOGIN"));

    initCurlOnce();
    std::shared_ptr<Session> session = m_keepConnection ? m_session : nullptr;
    if (!session)
        session = std::make_shared<Session>();
    if (m_keepConnection)
        m_session = session;
    if (!session->curl)
        session->curl.reset(curl_easy_init());
    Transcript &transcript = session->transcript;
    transcript = Transcript();
    char *errorBuffer = session->errorBuffer;
    errorBuffer[0] = '\0';
    Upload upload {rfc5322};
    CurlList recipients(nullptr, &curl_slist_free_all);
    for (const QString &to : envelope.to) {
        const QByteArray rcpt = '<' + to.toUtf8() + '>';
        recipients.reset(curl_slist_append(recipients.release(), rcpt.constData()));
    }
    if (!session->curl || !recipients)
        return failure(SmtpResult::Error::Config, QStringLiteral("libcurl could not start"));
    CURL *h = session->curl.get();
    const QByteArray curlUrl = url.curlUrl().toUtf8();
    const QByteArray from = '<' + envelope.from.toUtf8() + '>';
    const QByteArray username = m_config.username.toUtf8();
    const QByteArray password = m_config.password.toUtf8();
    const QByteArray caFile = QFile::encodeName(m_config.caFile);
    const QByteArray loginOptions = "AUTH=" + mechanism.toLatin1();

    curl_easy_setopt(h, CURLOPT_URL, curlUrl.constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L); // no SIGALRM: this runs on a thread of its own
    curl_easy_setopt(
        h, CURLOPT_USE_SSL,
        long(url.security == SmtpUrl::Security::Plain ? CURLUSESSL_NONE : CURLUSESSL_ALL));
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl_easy_setopt(h, CURLOPT_CAINFO, caFile.constData());
    if (!username.isEmpty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, username.constData());
        curl_easy_setopt(h, CURLOPT_PASSWORD, password.constData());
        if (!mechanism.isEmpty())
            curl_easy_setopt(h, CURLOPT_LOGIN_OPTIONS, loginOptions.constData());
    }
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_READFUNCTION, &readBody);
    curl_easy_setopt(h, CURLOPT_READDATA, &upload);
    curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, curl_off_t(rfc5322.size()));
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(m_config.connectTimeoutMs));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(m_config.timeoutMs));
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
    // Verbose only so that onDebug sees the server's replies; nothing is printed.
    curl_easy_setopt(h, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(h, CURLOPT_DEBUGFUNCTION, &onDebug);
    curl_easy_setopt(h, CURLOPT_DEBUGDATA, &transcript);
    if (m_cancel) {
        curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &onProgress);
        curl_easy_setopt(h, CURLOPT_XFERINFODATA, const_cast<std::atomic<bool> *>(m_cancel));
    }

    const CURLcode code = curl_easy_perform(h);
    long responseCode = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &responseCode);

    SmtpResult result;
    result.replyCode = transcript.lastCode ? transcript.lastCode : int(responseCode);
    result.reply = transcript.lastReply;
    result.error = classify(code, result.replyCode);
    result.detail = describe(result.error, url);
    if (code != CURLE_OK) {
        const QString curlText = QString::fromUtf8(errorBuffer).trimmed();
        result.detail += QStringLiteral(" (")
            + (curlText.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : curlText) + u')';
    }
    return result;
}

} // namespace rmx::mail
