// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/HttpReply.h"
#include "core/http/HttpRequest.h"
#include "core/http/HttpResponse.h"
#include "core/http/Router.h"
#include "core/store/ApiKeyStore.h"

#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace rmx::api {

class ApiContext;

/// Authenticates a request by its API key: `Authorization: Bearer rmx_…` or `X-API-Key: rmx_…`.
/// The peer address is never considered (a tunnel makes every client look local).
class ApiAuth final
{
public:
    /// The active key, or the 401 to send in `failure`.
    static std::optional<store::ApiKeyInfo>
    authenticate(const http::HttpRequest &request, QSqlDatabase db, http::HttpResponse *failure);
    static http::HttpResponse unauthorized(const QString &message);

    /// Handles a request made with an active key. It may move the reply away, to answer once
    /// a commit is durable.
    using KeyedHandler
        = void (*)(const std::shared_ptr<ApiContext> &context, const store::ApiKeyInfo &key,
                   http::HttpRequest &request, http::HttpReply &reply);
    /// A route that authenticates first (answering the 401 itself), then runs `handler`. A
    /// StoreError from the reads on the listener thread becomes the logged 500.
    static http::Router::Handler requireKey(std::shared_ptr<ApiContext> context,
                                            KeyedHandler handler);
};

} // namespace rmx::api
