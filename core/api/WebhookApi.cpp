// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/WebhookApi.h"

#include "core/api/ApiAuth.h"
#include "core/api/ApiContext.h"
#include "core/api/ApiResponses.h"
#include "core/http/HttpResponse.h"
#include "core/http/Router.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/SettingsStore.h"
#include "core/store/StoreError.h"
#include "core/store/WriteQueue.h"
#include "core/util/Clock.h"
#include "core/util/OrderedJson.h"
#include "core/webhooks/SubscriptionInput.h"
#include "core/webhooks/TargetPolicy.h"
#include "core/webhooks/WebhookActions.h"
#include "core/webhooks/WebhookMessages.h"
#include "core/webhooks/WebhookStore.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcWebhookApi, "remixcrm.api.webhooks", QtInfoMsg)

namespace rmx::api {

using http::HttpReply;
using http::HttpRequest;
using http::HttpResponse;
using webhooks::Subscription;
using webhooks::SubscriptionInput;
using webhooks::WebhookStore;

namespace {

OrderedJson toJson(const Subscription &s)
{
    OrderedJson o;
    o.add(QStringLiteral("id"), s.id)
        .add(QStringLiteral("url"), s.url)
        .add(QStringLiteral("events"), QJsonArray::fromStringList(s.events))
        .add(QStringLiteral("enabled"), s.enabled)
        .add(QStringLiteral("created_at"), Clock::isoUtc(s.createdAt));
    return o;
}

HttpResponse dataResponse(int status, const OrderedJson &data)
{
    return HttpResponse::text(status, "application/json",
                              OrderedJson().addObject(QStringLiteral("data"), data).toJson());
}

void store(const std::shared_ptr<ApiContext> &context, const SubscriptionInput &input,
           qint64 apiKeyId, std::shared_ptr<HttpReply> reply)
{
    const QByteArray requestId = reply->requestId();
    context->writer()->submit(
        [input, apiKeyId](QSqlDatabase &db) {
            const auto created = webhooks::WebhookActions(db).create(
                input, webhooks::CreatedBy::Api, apiKeyId, Clock::nowMs());
            QByteArray data = toJson(created.subscription).toJson();
            if (created.secretGenerated) {
                // Shown this once: only the encrypted form is kept.
                data.chop(1);
                data += ",\"secret\":\"" + created.secret.toLatin1() + "\"}";
            }
            return QVariant(data);
        },
        [reply, requestId](const store::WriteQueue::Outcome &outcome) {
            if (!outcome.ok) {
                reply->send(ApiResponses::serverError(requestId, outcome.error));
                return;
            }
            reply->send(HttpResponse::text(201, "application/json",
                                           "{\"data\":" + outcome.value.toByteArray() + "}"));
        });
}

void createWebhook(const std::shared_ptr<ApiContext> &context, const store::ApiKeyInfo &key,
                   HttpRequest &request, HttpReply &reply)
{
    HttpResponse failure;
    const auto body = ApiResponses::jsonObjectBody(request, &failure);
    if (!body) {
        reply.send(failure);
        return;
    }
    const SubscriptionInput input = SubscriptionInput::fromJson(*body);
    if (!input.isValid()) {
        reply.send(HttpResponse::error(400, input.error, input.fields));
        return;
    }
    const bool allowPrivate
        = store::SettingsStore(context->readDb()).value(SettingsSchema::WebhooksAllowPrivateTargets)
        == u"true";
    const QString host = QUrl(input.url).host();
    const qint64 apiKeyId = key.id;
    auto shared = std::make_shared<HttpReply>(std::move(reply));
    const auto refuse = [shared](const QString &why) {
        shared->send(HttpResponse::error(
            400, QStringLiteral("url is not an allowed webhook target: %1").arg(why),
            {QStringLiteral("url")}));
    };
    QHostAddress literal;
    if (literal.setAddress(host)) {
        if (const QString why = webhooks::TargetPolicy::check(literal, allowPrivate);
            !why.isEmpty()) {
            refuse(why);
            return;
        }
        store(context, input, apiKeyId, shared);
        return;
    }
    // Resolved without blocking this listener thread; answered when the lookup is done.
    auto *lookupContext = new QObject;
    QHostInfo::lookupHost(host, lookupContext, [=](const QHostInfo &info) {
        lookupContext->deleteLater();
        if (info.error() != QHostInfo::NoError) {
            refuse(QStringLiteral("the host name %1 does not resolve").arg(host));
            return;
        }
        const QString why = webhooks::TargetPolicy::checkAll(info.addresses(), allowPrivate);
        if (!why.isEmpty()) {
            refuse(QStringLiteral("%1 resolves to %2").arg(host, why));
            return;
        }
        store(context, input, apiKeyId, shared);
    });
}

void listWebhooks(const std::shared_ptr<ApiContext> &context, const store::ApiKeyInfo &,
                  HttpRequest &, HttpReply &reply)
{
    QByteArray data = "[";
    const auto all = WebhookStore(context->readDb()).list();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Subscription &s = all[i];
        OrderedJson o = toJson(s);
        o.add(QStringLiteral("disabled_reason"),
              s.enabled || s.disableReason == webhooks::DisableReason::None
                  ? QJsonValue()
                  : QJsonValue(webhooks::WebhookMessages::disableReasonEnglish(s.disableReason,
                                                                               s.failingSince)));
        o.add(QStringLiteral("created_by"), webhooks::WebhookCodes::toCode(s.createdBy));
        data += (i > 0 ? "," : "") + o.toJson();
    }
    data += "]";
    reply.send(HttpResponse::text(200, "application/json", "{\"data\":" + data + "}"));
}

void deleteWebhook(const std::shared_ptr<ApiContext> &context, const store::ApiKeyInfo &,
                   HttpRequest &request, HttpReply &reply)
{
    const QString id = request.pathArgs.value(0);
    auto shared = std::make_shared<HttpReply>(std::move(reply));
    const QByteArray requestId = request.requestId;
    context->writer()->submit(
        [id](QSqlDatabase &db) { return webhooks::WebhookActions(db).remove(id); },
        [shared, id, requestId](const store::WriteQueue::Outcome &outcome) {
            if (!outcome.ok) {
                shared->send(ApiResponses::serverError(requestId, outcome.error));
                return;
            }
            if (!outcome.value.toBool()) {
                shared->send(HttpResponse::error(404, QStringLiteral("No webhook with this id")));
                return;
            }
            shared->send(dataResponse(
                200,
                OrderedJson().add(QStringLiteral("id"), id).add(QStringLiteral("deleted"), true)));
        });
}
} // namespace

void WebhookApi::registerRoutes(http::Router &router, std::shared_ptr<ApiContext> context)
{
    for (const QString &base : {QStringLiteral("/webhooks"), QStringLiteral("/api/v1/webhooks")}) {
        router.add("POST", base, ApiAuth::requireKey(context, createWebhook));
        router.add("GET", base, ApiAuth::requireKey(context, listWebhooks));
        router.add("DELETE", base + QStringLiteral("/<id>"),
                   ApiAuth::requireKey(context, deleteWebhook));
    }
}

} // namespace rmx::api
