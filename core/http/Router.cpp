// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/Router.h"

#include "core/http/HttpResponse.h"

namespace rmx::http {

namespace {
QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}
} // namespace

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.append({method, splitPath(pattern), std::move(handler)});
}

bool Router::matches(const Route &route, const QStringList &segments, QStringList *args)
{
    if (route.segments.size() != segments.size())
        return false;
    QStringList captured;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &want = route.segments.at(i);
        if (want.startsWith(u'<') && want.endsWith(u'>'))
            captured.append(segments.at(i));
        else if (want != segments.at(i))
            return false;
    }
    if (args)
        *args = captured;
    return true;
}

void Router::dispatch(HttpRequest &request, HttpReply reply) const
{
    const QStringList segments = splitPath(request.path);
    // HEAD is answered like GET, without the body (RFC 9110 §9.3.2).
    const QByteArray method = request.method == "HEAD" ? QByteArrayLiteral("GET") : request.method;
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        QStringList args;
        if (!matches(route, segments, &args))
            continue;
        if (route.method == method) {
            request.pathArgs = args;
            route.handler(request, std::move(reply));
            return;
        }
        if (!allowed.contains(route.method))
            allowed.append(route.method);
    }
    if (allowed.isEmpty()) {
        reply.send(HttpResponse::error(404, QStringLiteral("Not found")));
        return;
    }
    if (allowed.contains("GET"))
        allowed.append("HEAD");
    reply.send(HttpResponse::error(405,
                                   QStringLiteral("Method %1 is not allowed on this path")
                                       .arg(QString::fromLatin1(request.method.left(16))))
                   .withHeader("Allow", allowed.join(", ")));
}

} // namespace rmx::http
