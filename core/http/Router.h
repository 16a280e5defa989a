// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/HttpReply.h"
#include "core/http/HttpRequest.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace rmx::http {

/// Maps (method, path) to a handler. Path patterns are literal segments and `<name>`
/// placeholders. Gives JSON 404 for unknown paths and 405 (with Allow) for known paths with
/// another method. Built once before the listener starts, then only read, from every thread.
class Router final
{
public:
    using Handler = std::function<void(HttpRequest &request, HttpReply reply)>;

    void add(const QByteArray &method, const QString &pattern, Handler handler);
    /// Finds the handler and fills request.pathArgs; answers 404/405 through `reply` otherwise.
    void dispatch(HttpRequest &request, HttpReply reply) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    static bool matches(const Route &route, const QStringList &segments, QStringList *args);

    QList<Route> m_routes;
};

} // namespace rmx::http
