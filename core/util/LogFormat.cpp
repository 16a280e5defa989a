// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/LogFormat.h"

#include <QDateTime>
#include <QMutex>
#include <QRegularExpression>
#include <QString>

#include <cstdio>
#include <mutex>

using namespace Qt::StringLiterals;

namespace rmx::LogFormat {

namespace {
QMutex s_mutex;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

QtMessageHandler s_previous = nullptr;
thread_local QByteArray t_requestId;

// logfmt: bare when safe, else double-quoted with \" and \\ escaped.
QByteArray logfmtValue(const QByteArray &value)
{
    bool bare = !value.isEmpty();
    for (char c : value) {
        if (c <= 0x20 || c == 0x22 || c == '=' || c == 0x5c || c == 0x7f) { // space " \ DEL
            bare = false;
            break;
        }
    }
    if (bare)
        return value;
    QByteArray quoted = value;
    quoted.replace(QByteArrayView("\\"), QByteArrayView("\\\\"))
        .replace(QByteArrayView("\""), QByteArrayView("\\\""));
    constexpr char Quote = 0x22;
    return quoted.prepend(Quote).append(Quote);
}

void filteringHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (isNoise(context, message))
        return;
    if (s_previous)
        s_previous(type, context, message);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (isNoise(context, message))
        return;
    const QByteArray ts = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    const QByteArray line = formatLine(type, context.category, t_requestId, message, ts) + '\n';
    QMutexLocker lock(&s_mutex);
    // Info goes to stdout with the readiness line; problems go to stderr.
    std::FILE *out = type == QtInfoMsg || type == QtDebugMsg ? stdout : stderr;
    std::fwrite(line.constData(), 1, size_t(line.size()), out);
    std::fflush(out);
}
} // namespace

QByteArray formatLine(QtMsgType type, const char *category, const QByteArray &requestId,
                      const QString &message, const QByteArray &timestamp)
{
    QString text = redact(message);
    text.replace(u'\r', u' ').replace(u'\n', u' ');
    return "ts=" + timestamp + " level=" + levelName(type)
        + " component=" + logfmtValue(category && *category ? category : "default")
        + " request_id=" + logfmtValue(requestId.isEmpty() ? QByteArray("-") : requestId)
        + " msg=" + logfmtValue(text.toUtf8());
}

QString redact(const QString &message)
{
    static const QRegularExpression secrets(
        QStringLiteral("(?i)\\b(rmx|whsec)_[A-Za-z0-9_\\-]+"
                       "|\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=\\-]+"
                       "|\\b(api[_-]?key|secret|token|password)=[^\\s&]+"));
    if (!message.contains(secrets))
        return message;
    QString out = message;
    out.replace(secrets, QStringLiteral("[redacted]"));
    return out;
}

QByteArray currentRequestId()
{
    return t_requestId;
}

void setCurrentRequestId(const QByteArray &requestId)
{
    t_requestId = requestId;
}

bool isNoise(const QMessageLogContext &context, const QString &message)
{
    const QLatin1StringView category(context.category ? context.category : "");
    if (category == "qt.httpserver"_L1)
        return message.contains(u"is not listening"_qs);
    if (category == "default"_L1)
        return message == u"QTcpServer::nextPendingConnection() called while not listening"_qs;
    return false;
}

void installNoiseFilter()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QMutexLocker lock(&s_mutex);
        s_previous = qInstallMessageHandler(filteringHandler);
    });
}

void install()
{
    qInstallMessageHandler(handler);
}

} // namespace rmx::LogFormat
