// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/FormBody.h"
#include "core/http/HttpRequest.h"
#include "core/http/HttpResponse.h"

#include <QJsonObject>

#include <optional>

namespace rmx::api {

/// Answers shared by the API routes: the 500 that logs the cause but tells the client only the
/// request id, and the checks of a JSON request body.
namespace ApiResponses {
/// Logs `internal` (never sent) under the request's id and returns a 500 quoting that id.
http::HttpResponse serverError(const QByteArray &requestId, const QString &internal);
bool isJsonMediaType(const QByteArray &mediaType);
/// The body as a JSON object; otherwise nothing, with the 400 to send in `failure`.
std::optional<QJsonObject> jsonObjectBody(const http::HttpRequest &request,
                                          http::HttpResponse *failure);
/// The fields of a JSON object body or of an HTML-form body (urlencoded or multipart), as a
/// JSON object. Form values stay plain strings; of a repeated form field the first counts.
/// Otherwise nothing, with the 400 or 415 to send in `failure`.
/// The answer to a form body that could not be read (nothing when `outcome` is Fields).
std::optional<http::HttpResponse> formProblem(http::FormBody::Outcome outcome,
                                              const QList<http::FormBody::Field> &fields);
std::optional<QJsonObject> fieldsBody(const http::HttpRequest &request,
                                      http::HttpResponse *failure);
} // namespace ApiResponses

} // namespace rmx::api
