// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/LeadApi.h"

#include "core/api/ApiAuth.h"
#include "core/api/ApiContext.h"
#include "core/api/ApiResponses.h"
#include "core/http/HttpResponse.h"
#include "core/http/Router.h"
#include "core/leads/LeadCreator.h"
#include "core/leads/LeadValidator.h"
#include "core/store/LeadStats.h"
#include "core/store/LeadStore.h"
#include "core/store/StoreError.h"
#include "core/store/WriteQueue.h"
#include "core/util/Clock.h"
#include "core/util/RequestLogScope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcLeadApi, "remixcrm.api.leads", QtInfoMsg)

namespace rmx::api {

using http::HttpReply;
using http::HttpRequest;
using http::HttpResponse;

namespace {
constexpr int IdempotencyKeyMax = 255;
constexpr int PageDefault = 25;
constexpr int PageMax = 100;

bool isValidIdempotencyKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > IdempotencyKeyMax)
        return false;
    for (char c : key) {
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return true;
}

void createLead(const std::shared_ptr<ApiContext> &context, const store::ApiKeyInfo &key,
                HttpRequest &request, HttpReply &reply)
{
    HttpResponse failure;
    const auto body = ApiResponses::fieldsBody(request, &failure);
    if (!body) {
        reply.send(failure);
        return;
    }
    leads::ValidationError invalid;
    leads::LeadSubmission submission;
    submission.input = leads::LeadValidator::validate(*body, &invalid);
    if (!invalid.isValid()) {
        reply.send(HttpResponse::error(400, invalid.message, invalid.fields));
        return;
    }
    const QByteArray idempotencyKey = request.header("idempotency-key").trimmed();
    if (request.hasHeader("idempotency-key") && !isValidIdempotencyKey(idempotencyKey)) {
        reply.send(HttpResponse::error(
            400, QStringLiteral("Idempotency-Key must be 1 to 255 printable ASCII characters"),
            {QStringLiteral("Idempotency-Key")}));
        return;
    }
    // A test key's lead is a test from its first moment: its announcement says so, and no
    // count or chart takes it for a real one.
    submission.createdVia = key.test ? store::LeadStats::TestVia : QStringLiteral("api");
    submission.apiKeyId = key.id;
    // A test lead (the Connect page's) mails nobody.
    submission.mailChannel = key.test ? QString() : QStringLiteral("api");
    submission.historyDetail = QStringLiteral("API key \"%1\" (%2)").arg(key.name, key.prefix);
    submission.idempotencyKey = QString::fromLatin1(idempotencyKey);

    // The answer is sent from the writer thread once the commit holding the lead is on disk;
    // this listener thread moves on to other requests meanwhile.
    auto shared = std::make_shared<HttpReply>(std::move(reply));
    const QByteArray requestId = request.requestId;
    context->writer()->submit(
        [submission, context](QSqlDatabase &db) mutable {
            submission.publicBaseUrl = context->publicBaseUrl(db);
            return QVariant::fromValue(leads::LeadCreator::create(db, submission, Clock::nowMs()));
        },
        [shared, requestId](const store::WriteQueue::Outcome &outcome) {
            if (!outcome.ok) {
                shared->send(ApiResponses::serverError(requestId, outcome.error));
                return;
            }
            const auto creation = outcome.value.value<leads::LeadCreation>();
            switch (creation.kind) {
            case leads::LeadCreation::Kind::KeyRevoked:
                shared->send(ApiAuth::unauthorized(QStringLiteral("Invalid or revoked API key")));
                return;
            case leads::LeadCreation::Kind::RateLimited:
                shared->send(
                    HttpResponse::error(429,
                                        QStringLiteral("Rate limit reached: too many leads "
                                                       "this hour. Retry after %1 seconds.")
                                            .arg(creation.retryAfterSec))
                        .withHeader("Retry-After", QByteArray::number(creation.retryAfterSec)));
                return;
            case leads::LeadCreation::Kind::Replayed: {
                HttpResponse replay
                    = HttpResponse::text(creation.status, "application/json", creation.body);
                shared->send(replay.withHeader("Idempotent-Replayed", "true"));
                return;
            }
            case leads::LeadCreation::Kind::Created: {
                HttpResponse created = HttpResponse::text(201, "application/json", creation.body);
                created.withHeader("Location", "/api/v1/leads/" + creation.lead.id.toLatin1());
                shared->send(created);
                return;
            }
            }
        });
}

void getLead(const std::shared_ptr<ApiContext> &context, const store::ApiKeyInfo &,
             HttpRequest &request, HttpReply &reply)
{
    const QString id = request.pathArgs.value(0);
    if (QUuid::fromString(id).isNull()) {
        reply.send(HttpResponse::error(404, QStringLiteral("No lead with this id")));
        return;
    }
    const auto lead = store::LeadStore(context->readDb()).findById(id.toLower());
    if (!lead) {
        reply.send(HttpResponse::error(404, QStringLiteral("No lead with this id")));
        return;
    }
    reply.send(HttpResponse::json(200, lead->toJson(context->publicBaseUrl())));
}

void listLeads(const std::shared_ptr<ApiContext> &context, const store::ApiKeyInfo &,
               HttpRequest &request, HttpReply &reply)
{
    int limit = PageDefault;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > PageMax) {
            reply.send(HttpResponse::error(
                400, QStringLiteral("limit must be a whole number from 1 to %1").arg(PageMax),
                {QStringLiteral("limit")}));
            return;
        }
    }
    const QString after = request.query.queryItemValue(QStringLiteral("after"));
    const auto page = store::LeadStore(context->readDb()).page(limit, after.toLower());
    if (!page.cursorFound) {
        reply.send(HttpResponse::error(400, QStringLiteral("after must be the id of a lead"),
                                       {QStringLiteral("after")}));
        return;
    }
    const QString base = context->publicBaseUrl();
    QJsonArray data;
    for (const auto &lead : page.leads)
        data.append(lead.toJson(base));
    reply.send(HttpResponse::json(
        200,
        {{QStringLiteral("data"), data},
         {QStringLiteral("has_more"), page.hasMore},
         {QStringLiteral("next_after"),
          page.hasMore && !page.leads.isEmpty() ? QJsonValue(page.leads.last().id)
                                                : QJsonValue()}}));
}
} // namespace

void LeadApi::registerRoutes(http::Router &router, std::shared_ptr<ApiContext> context)
{
    router.add("POST", QStringLiteral("/api/v1/leads"), ApiAuth::requireKey(context, createLead));
    router.add("GET", QStringLiteral("/api/v1/leads"), ApiAuth::requireKey(context, listLeads));
    for (const QString &path :
         {QStringLiteral("/api/v1/leads/<id>"), QStringLiteral("/leads/<id>")})
        router.add("GET", path, ApiAuth::requireKey(context, getLead));
}

} // namespace rmx::api
