// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/LogFormat.h"

#include <QDateTime>
#include <QMutex>
#include <QString>
#include <QTimeZone>

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
    QString text = message;
    text.replace(u'\n', u' ');
    const char *component = context.category ? context.category : "default";
    const QByteArray line
        = ts + ' ' + levelName(type) + ' ' + component + ": " + text.toUtf8() + '\n';
    QMutexLocker lock(&s_mutex);
    // Info goes to stdout with the readiness line; problems go to stderr.
    std::FILE *out = type == QtInfoMsg || type == QtDebugMsg ? stdout : stderr;
    std::fwrite(line.constData(), 1, size_t(line.size()), out);
    std::fflush(out);
}
} // namespace

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
