// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/HttpRequest.h"
#include "core/http/HttpResponse.h"

#include <QStringList>

namespace rmx::capture {

/// CORS for /capture: only origins on the `cors_allowed_origins` list are echoed back, never
/// with credentials; any other origin gets no CORS headers at all, so the browser refuses it.
class CorsPolicy final
{
public:
    static constexpr int MaxAgeSec = 600;

    explicit CorsPolicy(QStringList allowedOrigins)
        : m_allowed(std::move(allowedOrigins))
    { }

    /// The Access-Control-Allow-Origin value for this request, or empty.
    QByteArray allowOrigin(const http::HttpRequest &request) const;
    /// Adds the headers of an actual (non-preflight) response.
    void decorate(const http::HttpRequest &request, http::HttpResponse &response) const;
    /// The answer to an OPTIONS preflight.
    http::HttpResponse preflight(const http::HttpRequest &request) const;

private:
    QStringList m_allowed;
};

} // namespace rmx::capture
