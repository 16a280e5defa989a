// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace rmx::http {
class Router;
}

namespace rmx::api {

class ApiContext;

/// The Lead API: POST /api/v1/leads, GET /api/v1/leads (cursor pages, newest first),
/// GET /api/v1/leads/<id> and GET /leads/<id> (the lead_url), all with an API key.
class LeadApi final
{
public:
    static void registerRoutes(http::Router &router, std::shared_ptr<ApiContext> context);
};

} // namespace rmx::api
