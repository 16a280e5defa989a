// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace rmx::http {
class Router;
}

namespace rmx::api {

class ApiContext;

/// Webhook subscriptions over HTTP, with an API key: POST, GET and DELETE on /webhooks and
/// /api/v1/webhooks. Subscriptions created here may not target private networks unless the
/// `webhooks_allow_private_targets` setting is on.
class WebhookApi final
{
public:
    static void registerRoutes(http::Router &router, std::shared_ptr<ApiContext> context);
};

} // namespace rmx::api
