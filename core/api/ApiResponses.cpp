// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ApiResponses.h"

#include "core/http/FormBody.h"
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
        *failure
            = http::HttpResponse::error(400,
                                        QStringLiteral("The body must be a JSON object, such as "
                                                       "{\"email\": \"jane@example.com\"}"));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<http::HttpResponse> formProblem(http::FormBody::Outcome outcome,
                                              const QList<http::FormBody::Field> &fields)
{
    using http::FormBody;
    switch (outcome) {
    case FormBody::Outcome::Fields:
        return std::nullopt;
    case FormBody::Outcome::FileUpload:
        return http::HttpResponse::error(
            415, QStringLiteral("Files are not accepted: send text fields only"),
            {fields.last().name});
    case FormBody::Outcome::TooManyParts:
        return http::HttpResponse::error(
            400, QStringLiteral("The form may have at most %1 fields").arg(FormBody::MaxFields));
    case FormBody::Outcome::Malformed:
        break;
    }
    return http::HttpResponse::error(
        400,
        QStringLiteral("The body is not valid multipart/form-data: each part needs a "
                       "Content-Disposition: form-data; name=\"...\" header, between lines of "
                       "the Content-Type's boundary"),
        {QStringLiteral("Content-Type")});
}

std::optional<QJsonObject> fieldsBody(const http::HttpRequest &request, http::HttpResponse *failure)
{
    using http::FormBody;
    const QByteArray type = request.mediaType();
    if (!FormBody::isFormMediaType(type)) {
        if (isJsonMediaType(type))
            return jsonObjectBody(request, failure);
        *failure = http::HttpResponse::error(
            400,
            QStringLiteral("Content-Type must be application/json, "
                           "application/x-www-form-urlencoded or multipart/form-data"),
            {QStringLiteral("Content-Type")});
        return std::nullopt;
    }
    QList<FormBody::Field> fields;
    const auto outcome = FormBody::parse(request.header("content-type"), request.body, &fields);
    if (const auto problem = formProblem(outcome, fields)) {
        *failure = *problem;
        return std::nullopt;
    }
    QJsonObject object;
    for (const FormBody::Field &field : fields) {
        if (!object.contains(field.name))
            object.insert(field.name, field.value);
    }
    // curl -d '{...}' without -H sends JSON labelled as a form: say so rather than report
    // every field missing. The body is still never read as JSON.
    if (type == "application/x-www-form-urlencoded" && request.body.trimmed().startsWith('{')
        && QJsonDocument::fromJson(request.body).isObject()) {
        *failure = http::HttpResponse::error(
            400,
            QStringLiteral("The body looks like JSON, but Content-Type is "
                           "application/x-www-form-urlencoded: send Content-Type: "
                           "application/json"),
            {QStringLiteral("Content-Type")});
        return std::nullopt;
    }
    return object;
}

} // namespace rmx::api::ApiResponses
