// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ApiAuth.h"

#include "core/api/ApiContext.h"
#include "core/api/ApiResponses.h"
#include "core/store/StoreError.h"

namespace rmx::api {

http::HttpResponse ApiAuth::unauthorized(const QString &message)
{
    return http::HttpResponse::error(401, message)
        .withHeader("WWW-Authenticate", "Bearer realm=\"RemixCRM\"");
}

std::optional<store::ApiKeyInfo> ApiAuth::authenticate(const http::HttpRequest &request,
                                                       QSqlDatabase db, http::HttpResponse *failure)
{
    QByteArray presented;
    const QByteArray authorization = request.header("authorization").trimmed();
    if (!authorization.isEmpty()) {
        const qsizetype space = authorization.indexOf(' ');
        if (space < 0
            || QByteArrayView(authorization).first(space).compare("bearer", Qt::CaseInsensitive)
                != 0) {
            *failure = unauthorized(
                QStringLiteral("Malformed Authorization header: use Authorization: Bearer rmx_…"));
            return std::nullopt;
        }
        presented = authorization.mid(space + 1).trimmed();
    } else {
        presented = request.header("x-api-key").trimmed();
    }
    if (presented.isEmpty()) {
        *failure = unauthorized(QStringLiteral(
            "Missing API key: send Authorization: Bearer rmx_… or X-API-Key: rmx_…"));
        return std::nullopt;
    }
    const QString key = QString::fromLatin1(presented);
    if (!store::ApiKeyStore::isWellFormed(key)) {
        *failure = unauthorized(QStringLiteral(
            "Malformed API key: keys look like rmx_ followed by 32 letters and digits"));
        return std::nullopt;
    }
    auto info = store::ApiKeyStore(db).verify(key);
    if (!info)
        *failure = unauthorized(QStringLiteral("Invalid or revoked API key"));
    return info;
}

http::Router::Handler ApiAuth::requireKey(std::shared_ptr<ApiContext> context, KeyedHandler handler)
{
    return
        [context = std::move(context), handler](http::HttpRequest &request, http::HttpReply reply) {
            try {
                http::HttpResponse failure;
                const auto key = authenticate(request, context->readDb(), &failure);
                if (!key) {
                    reply.send(failure);
                    return;
                }
                handler(context, *key, request, reply);
            } catch (const store::StoreError &e) {
                // Does nothing when the handler has answered or handed the reply on.
                reply.send(ApiResponses::serverError(request.requestId, e.message()));
            }
        };
}

} // namespace rmx::api
