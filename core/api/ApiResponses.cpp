// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ApiResponses.h"

#include "core/util/RequestLogScope.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApi, "remixcrm.api", QtInfoMsg)

namespace rmx::api::ApiResponses {

http::HttpResponse serverError(const QByteArray &requestId, const QString &internal)
{
    const RequestLogScope scope(requestId);
    qCWarning(lcApi).noquote() << "request failed:" << internal;
    return http::HttpResponse::error(
        500,
        QStringLiteral("Internal server error: the request could not be completed. "
                       "Retry later; if it keeps happening, quote request id %1.")
            .arg(QString::fromLatin1(requestId)));
}

bool isJsonMediaType(const QByteArray &mediaType)
{
    return mediaType == "application/json"
        || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
}

std::optional<QJsonObject> jsonObjectBody(const http::HttpRequest &request,
                                          http::HttpResponse *failure)
{
    if (!isJsonMediaType(request.mediaType())) {
        *failure = http::HttpResponse::error(
            400, QStringLiteral("Content-Type must be application/json"),
            {QStringLiteral("Content-Type")});
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *failure = http::HttpResponse::error(400, QStringLiteral("The body must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace rmx::api::ApiResponses
