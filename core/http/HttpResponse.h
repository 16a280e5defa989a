// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

namespace rmx::http {

/// A complete response. Errors are always JSON: {"error": "...", "fields": [...]}.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse error(int status, const QString &message, const QStringList &fields = {});
    static HttpResponse text(int status, const QByteArray &contentType, const QByteArray &body);

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    /// Status line, headers and body as sent on the wire.
    QByteArray serialize(bool keepAlive, bool includeBody, const QByteArray &requestId) const;

    static QByteArray reasonPhrase(int status);
};

} // namespace rmx::http
