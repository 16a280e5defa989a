// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageLogContext>
#include <QString>

namespace rmx {

/// Writes Qt log messages as single logfmt lines, for the headless server's journal:
///   ts=2026-11-23T14:00:00.123Z level=info component=remixcrm.http.access request_id=… msg="…"
/// request_id is the X-Request-Id of the request being handled on this thread ("-" outside of
/// one, see RequestLogScope). Secrets that look like API keys or bearer tokens are masked.
namespace LogFormat {
void install();
/// The line written for one message (without the newline); `timestamp` is ISO-8601 UTC.
QByteArray formatLine(QtMsgType type, const char *category, const QByteArray &requestId,
                      const QString &message, const QByteArray &timestamp);
/// Masks API keys (rmx_…), webhook secrets (whsec_…) and Authorization credentials.
QString redact(const QString &message);
/// The request id that log lines of the calling thread carry; empty for none.
QByteArray currentRequestId();
void setCurrentRequestId(const QByteArray &requestId);
/// Drops Qt's own warnings that are expected by design, keeping whatever handler is installed.
void installNoiseFilter();
/// Qt 6.4 warns when a QHttpServer is bound to a QTcpServer that does not listen, and for every
/// socket handed over through it; RemixCRM's listener threads work exactly that way.
bool isNoise(const QMessageLogContext &context, const QString &message);
} // namespace LogFormat

} // namespace rmx
