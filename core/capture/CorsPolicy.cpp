// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/CorsPolicy.h"

namespace rmx::capture {

namespace {
// Headers a browser may send without asking are not listed; Content-Type is, because a JSON
// body makes the request non-simple (Fetch standard, CORS-safelisted request-header).
const QByteArrayList AllowedHeaders = {"content-type", "accept", "accept-language"};
} // namespace

QByteArray CorsPolicy::allowOrigin(const http::HttpRequest &request) const
{
    const QByteArray origin = request.header("origin").trimmed();
    if (origin.isEmpty() || m_allowed.isEmpty())
        return {};
    if (m_allowed.contains(QString::fromLatin1(origin).toLower()))
        return origin;
    // A listed "*" lets every origin in, as the literal wildcard: browsers then refuse
    // credentials, and none are offered anyway.
    if (m_allowed.contains(QStringLiteral("*")))
        return "*";
    return {};
}

void CorsPolicy::decorate(const http::HttpRequest &request, http::HttpResponse &response) const
{
    response.withHeader("Vary", "Origin");
    const QByteArray allowed = allowOrigin(request);
    if (allowed.isEmpty())
        return;
    response.withHeader("Access-Control-Allow-Origin", allowed);
    response.withHeader("Access-Control-Expose-Headers", "Retry-After, X-Request-Id");
}

http::HttpResponse CorsPolicy::preflight(const http::HttpRequest &request) const
{
    http::HttpResponse response = http::HttpResponse::text(204, {}, {});
    response.withHeader("Allow", "POST, OPTIONS");
    response.withHeader("Vary",
                        "Origin, Access-Control-Request-Method, "
                        "Access-Control-Request-Headers");
    const QByteArray allowed = allowOrigin(request);
    const QByteArray method = request.header("access-control-request-method").trimmed();
    if (allowed.isEmpty() || method != "POST")
        return response;
    for (QByteArray name : request.header("access-control-request-headers").split(',')) {
        name = name.trimmed().toLower();
        if (!name.isEmpty() && !AllowedHeaders.contains(name))
            return response;
    }
    response.withHeader("Access-Control-Allow-Origin", allowed);
    response.withHeader("Access-Control-Allow-Methods", "POST");
    response.withHeader("Access-Control-Allow-Headers", "Content-Type, Accept, Accept-Language");
    response.withHeader("Access-Control-Max-Age", QByteArray::number(MaxAgeSec));
    return response;
}

} // namespace rmx::capture
