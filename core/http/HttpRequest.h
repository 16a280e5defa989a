// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace rmx::http {

/// A parsed request, copied out of QHttpServerRequest so handlers may keep it after QHttpServer
/// reuses its own object for the next request on the connection.
struct HttpRequest
{
    QByteArray method; // upper case, e.g. "POST"
    QString path; // decoded path, e.g. /api/v1/leads
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
    QHostAddress peer; // the TCP peer (a tunnel agent connects from loopback)
    QString clientIp; // see ClientAddress
    QByteArray requestId; // echoed as X-Request-Id and written in the logs
    QStringList pathArgs; // values captured by <placeholders> in the route

    /// The first header named `lowerName`, or an empty array.
    QByteArray header(QByteArrayView lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return h.second;
        }
        return {};
    }
    bool hasHeader(QByteArrayView lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return true;
        }
        return false;
    }
    /// The media type of Content-Type without parameters, in lower case.
    QByteArray mediaType() const
    {
        QByteArray type = header("content-type");
        if (const qsizetype semi = type.indexOf(';'); semi >= 0)
            type.truncate(semi);
        return type.trimmed().toLower();
    }
};

} // namespace rmx::http
