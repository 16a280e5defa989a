// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace rmx::http {
class Router;
}

namespace rmx::api {

class ApiContext;

/// The unauthenticated routes: POST /capture (JSON or form-encoded, CORS for listed origins,
/// OPTIONS preflight) and the hosted inquiry form GET /form and GET /form/embed, behind a
/// per-client-IP limit and the form's honeypot and fill-time checks.
class CaptureApi final
{
public:
    /// Loads (or creates, on first start) the form-token secret through the writer, so call
    /// it after the writer has started.
    static void registerRoutes(http::Router &router, std::shared_ptr<ApiContext> context);
};

} // namespace rmx::api
