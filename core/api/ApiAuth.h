// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/HttpRequest.h"
#include "core/http/HttpResponse.h"
#include "core/store/ApiKeyStore.h"

#include <QSqlDatabase>

#include <optional>

namespace rmx::api {

/// Authenticates a request by its API key: `Authorization: Bearer rmx_…` or `X-API-Key: rmx_…`.
/// The peer address is never considered (a tunnel makes every client look local).
class ApiAuth final
{
public:
    /// The active key, or the 401 to send in `failure`.
    static std::optional<store::ApiKeyInfo>
    authenticate(const http::HttpRequest &request, QSqlDatabase db, http::HttpResponse *failure);
    static http::HttpResponse unauthorized(const QString &message);
};

} // namespace rmx::api
