// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/CaptureApi.h"

#include "core/api/ApiContext.h"
#include "core/api/ApiResponses.h"
#include "core/capture/CaptureValidator.h"
#include "core/capture/ContactCapture.h"
#include "core/capture/CorsPolicy.h"
#include "core/capture/FormToken.h"
#include "core/capture/FormTranslator.h"
#include "core/capture/HostedForm.h"
#include "core/capture/IpRateLimiter.h"
#include "core/http/AcceptHeader.h"
#include "core/http/FormBody.h"
#include "core/http/HttpResponse.h"
#include "core/http/Router.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/LookupStore.h"
#include "core/store/SecretStore.h"
#include "core/store/SettingsStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreError.h"
#include "core/store/WriteQueue.h"
#include "core/util/Clock.h"
#include "core/util/Ulid.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrl>

#include <optional>

Q_LOGGING_CATEGORY(lcCapture, "remixcrm.api.capture", QtInfoMsg)

namespace rmx::api {

using capture::CaptureResult;
using capture::CaptureValidator;
using capture::CorsPolicy;
using capture::FormToken;
using capture::FormTranslator;
using capture::HostedForm;
using http::HttpReply;
using http::HttpRequest;
using http::HttpResponse;

namespace {
constexpr qint64 MinuteMs = 60 * 1000;
const QStringList UtmKeys
    = {QStringLiteral("utm_source"), QStringLiteral("utm_medium"), QStringLiteral("utm_campaign"),
       QStringLiteral("utm_term"), QStringLiteral("utm_content")};

/// What every capture route shares: the context, the per-IP counters and the token key.
struct CaptureService
{
    std::shared_ptr<ApiContext> context;
    capture::IpRateLimiter limiter;
    std::unique_ptr<FormToken> token;
};

/// The settings one request needs, read on the calling thread's connection.
struct RequestSettings
{
    int perMinute = 0;
    QStringList origins;
    QString thankYouUrl;
    qint64 minFillMs = 0;
    HostedForm::Settings form;

    static RequestSettings read(QSqlDatabase db, bool withForm)
    {
        const store::Sql::ReadTransaction snapshot(db); // one snapshot for all of them
        store::SettingsStore settings(db);
        RequestSettings r;
        r.perMinute = int(settings.intValue(SettingsSchema::CaptureRateLimitPerMinute));
        r.origins
            = SettingsSchema::parseOrigins(settings.value(SettingsSchema::CorsAllowedOrigins));
        r.thankYouUrl = settings.value(SettingsSchema::FormThankYouUrl);
        r.minFillMs = settings.intValue(SettingsSchema::FormMinFillMs);
        if (withForm) {
            r.form.title = settings.value(SettingsSchema::FormTitle);
            r.form.intro = settings.value(SettingsSchema::FormIntro);
            r.form.accentColor = settings.value(SettingsSchema::FormAccentColor);
            r.form.targetTop = !r.thankYouUrl.isEmpty();
            for (const auto &type : store::LookupStore(db).eventTypes())
                r.form.eventTypes.append(type.name);
        }
        return r;
    }
};

/// Pages may only load their own inline styles, post back here, and (for the embed) be framed.
QByteArray contentSecurityPolicy(bool embed, const QString &thankYouUrl)
{
    QByteArray formAction = "'self'";
    // Browsers apply form-action to the redirect after a submission too.
    if (const QUrl target(thankYouUrl); target.isValid() && !target.host().isEmpty())
        formAction += ' '
            + target
                  .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                            | QUrl::RemoveUserInfo)
                  .toString()
                  .toUtf8();
    return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
           "form-action "
        + formAction + "; frame-ancestors " + (embed ? "*" : "'none'");
}

HttpResponse htmlPage(int status, const QByteArray &html, bool embed, const QString &thankYouUrl)
{
    HttpResponse page = HttpResponse::text(status, "text/html; charset=utf-8", html);
    page.withHeader("Content-Security-Policy", contentSecurityPolicy(embed, thankYouUrl));
    page.withHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    return page;
}

/// The earliest event date the date picker offers: yesterday in UTC, so that it is never
/// after "today" wherever the visitor is.
QString earliestEventDate()
{
    return QDateTime::currentDateTimeUtc().date().addDays(-1).toString(Qt::ISODate);
}

QString languageOf(const HttpRequest &request)
{
    const QString asked = request.query.queryItemValue(QStringLiteral("lang")).toLower();
    if (!asked.isEmpty() && FormTranslator::isAvailable(asked))
        return asked;
    return FormTranslator::pick(request.header("accept-language"));
}

/// A browser's own form post prefers HTML (its Accept lists text/html before */*); automation
/// such as n8n lists application/json first and gets JSON, as do `*/*` and no Accept at all.
bool wantsHtml(const HttpRequest &request)
{
    if (!http::FormBody::isFormMediaType(request.mediaType()))
        return false;
    return http::AcceptHeader(request.header("accept"))
               .choose({QByteArrayLiteral("application/json"), QByteArrayLiteral("text/html")})
        == "text/html";
}

void showForm(CaptureService &service, HttpRequest &request, HttpReply reply, bool embed)
{
    try {
        const RequestSettings settings = RequestSettings::read(service.context->readDb(), true);
        const QString language = languageOf(request);
        const qint64 now = Clock::nowMs();
        const auto decision
            = service.limiter.hit(request.clientIp, settings.perMinute, MinuteMs, now);
        if (!decision.allowed) {
            reply.send(htmlPage(429, HostedForm::tooManyRequests(settings.form, language, embed),
                                embed, settings.thankYouUrl)
                           .withHeader("Retry-After", QByteArray::number(decision.retryAfterSec)));
            return;
        }
        HostedForm::FormState state;
        state.language = language;
        state.embed = embed;
        state.token = service.token->issue(now);
        state.today = earliestEventDate();
        for (const QString &key : UtmKeys) {
            const QString value = request.query.queryItemValue(key, QUrl::FullyDecoded);
            if (!value.isEmpty())
                state.hidden.append({QStringLiteral("metadata[%1]").arg(key), value.left(200)});
        }
        reply.send(
            htmlPage(200, HostedForm::form(settings.form, state), embed, settings.thankYouUrl));
    } catch (const store::StoreError &e) {
        reply.send(ApiResponses::serverError(request.requestId, e.message()));
    }
}

/// Reads a /capture body into `body`. JSON is the contract; a form post and text/plain
/// (sendBeacon, preflight-free fetch) are accepted too, and a form-encoded body that is really
/// JSON (curl -d without -H) is read as JSON. Returns the error answer, if any.
std::optional<HttpResponse> parseBody(const HttpRequest &request, QJsonObject *body,
                                      capture::FormFields *form)
{
    const QByteArray type = request.mediaType();
    if (type == "multipart/form-data") {
        QList<http::FormBody::Field> fields;
        const auto outcome
            = http::FormBody::multipart(request.header("content-type"), request.body, &fields);
        if (auto problem = ApiResponses::formProblem(outcome, fields))
            return problem;
        *body = CaptureValidator::fromFormFields(fields, form);
        return std::nullopt;
    }
    const bool formEncoded = type == "application/x-www-form-urlencoded";
    if (formEncoded && !request.body.trimmed().startsWith('{')) {
        *body = CaptureValidator::fromUrlEncoded(request.body, form);
        return std::nullopt;
    }
    const bool json = type.isEmpty() || type == "application/json" || type == "text/plain"
        || (type.startsWith("application/") && type.endsWith("+json"));
    if (!json && !formEncoded)
        return HttpResponse::error(415,
                                   QStringLiteral("Content-Type must be application/json, "
                                                  "application/x-www-form-urlencoded or "
                                                  "multipart/form-data"),
                                   {QStringLiteral("Content-Type")});
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return HttpResponse::error(400,
                                   QStringLiteral("The body must be a JSON object, such as "
                                                  "{\"email\": \"jane@example.com\"}"));
    *body = doc.object();
    return std::nullopt;
}

/// How to answer one capture once the writer has decided: JSON for API clients, pages (or the
/// configured redirect) for browsers posting the form. Holds copies only, because it runs on
/// the writer thread after the commit, long after the listener thread moved on.
struct CaptureAnswer
{
    QByteArray requestId;
    QByteArray allowOrigin; // CORS, already decided
    bool html = false;
    bool embed = false;
    QString language;
    HostedForm::Settings form;
    QString thankYouUrl;
    QString clientIp;
    capture::CaptureInput input; // for the answer to a bot

    HttpResponse respond(const store::WriteQueue::Outcome &outcome) const
    {
        HttpResponse response = build(outcome);
        response.withHeader("Vary", "Origin");
        if (!allowOrigin.isEmpty()) {
            response.withHeader("Access-Control-Allow-Origin", allowOrigin);
            response.withHeader("Access-Control-Expose-Headers", "Retry-After, X-Request-Id");
        }
        return response;
    }

private:
    HttpResponse build(const store::WriteQueue::Outcome &outcome) const
    {
        if (!outcome.ok)
            return ApiResponses::serverError(requestId, outcome.error);
        const auto result = outcome.value.value<CaptureResult>();
        switch (result.kind) {
        case CaptureResult::Kind::CeilingReached: {
            qCWarning(lcCapture) << "new-contact ceiling reached; capture refused";
            HttpResponse limited = html
                ? htmlPage(429, HostedForm::tooManyRequests(form, language, embed), embed,
                           thankYouUrl)
                : HttpResponse::error(429,
                                      QStringLiteral("Too many new contacts this hour. Retry "
                                                     "after %1 seconds.")
                                          .arg(result.retryAfterSec));
            return limited.withHeader("Retry-After", QByteArray::number(result.retryAfterSec));
        }
        case CaptureResult::Kind::Invalid:
            return HttpResponse::error(400, result.error, result.fields);
        case CaptureResult::Kind::Spam:
            qCInfo(lcCapture).noquote() << "form submission from" << clientIp << "kept as spam";
            break;
        case CaptureResult::Kind::Created:
        case CaptureResult::Kind::Updated:
            break;
        }
        if (html) {
            // Only the configured address is ever a redirect target: nothing in the request
            // can choose where the visitor is sent.
            if (!thankYouUrl.isEmpty())
                return HttpResponse::text(303, "text/plain", {})
                    .withHeader("Location", QUrl(thankYouUrl).toEncoded());
            return htmlPage(200, HostedForm::thankYou(form, language, embed), embed, thankYouUrl);
        }
        if (result.kind == CaptureResult::Kind::Spam) {
            // A bot learns nothing: a plausible answer for a contact that does not exist.
            store::ContactRecord decoy;
            decoy.createdAt = Clock::nowMs();
            decoy.id = QStringLiteral("cont_") + Ulid::generate(decoy.createdAt);
            decoy.email = input.email;
            decoy.firstName = input.firstName;
            decoy.lastName = input.lastName;
            decoy.source = input.source;
            return HttpResponse::text(201, "application/json",
                                      capture::ContactCapture::responseBody(decoy));
        }
        return HttpResponse::text(result.kind == CaptureResult::Kind::Created ? 201 : 200,
                                  "application/json",
                                  capture::ContactCapture::responseBody(result.contact));
    }
};

void capture(CaptureService &service, HttpRequest &request, HttpReply reply)
{
    try {
        const bool html = wantsHtml(request);
        const RequestSettings settings = RequestSettings::read(service.context->readDb(), html);
        const CorsPolicy cors(settings.origins);
        const QString language = html ? languageOf(request) : QString();
        auto finish = [&request, &cors](HttpResponse response) {
            cors.decorate(request, response);
            return response;
        };

        const qint64 now = Clock::nowMs();
        const auto decision
            = service.limiter.hit(request.clientIp, settings.perMinute, MinuteMs, now);
        if (!decision.allowed) {
            HttpResponse limited = html
                ? htmlPage(429, HostedForm::tooManyRequests(settings.form, language, false), false,
                           settings.thankYouUrl)
                : HttpResponse::error(429,
                                      QStringLiteral("Too many requests from this address. Retry "
                                                     "after %1 seconds.")
                                          .arg(decision.retryAfterSec));
            reply.send(finish(
                limited.withHeader("Retry-After", QByteArray::number(decision.retryAfterSec))));
            return;
        }

        QJsonObject body;
        capture::FormFields form;
        if (const auto refused = parseBody(request, &body, &form)) {
            reply.send(finish(*refused));
            return;
        }

        leads::ValidationError invalid;
        const capture::CaptureInput input = CaptureValidator::validate(body, &invalid);
        if (!invalid.isValid()) {
            if (!html) {
                reply.send(finish(HttpResponse::error(400, invalid.message, invalid.fields)));
                return;
            }
            HostedForm::FormState state;
            state.language = language;
            state.embed = form.embed;
            // Keep the original token: the visitor already spent their time on the form.
            state.token = form.hasToken ? form.token : service.token->issue(now);
            state.today = earliestEventDate();
            state.values = body;
            state.invalidFields = invalid.fields;
            const QJsonObject metadata = body.value(QStringLiteral("metadata")).toObject();
            for (auto it = metadata.begin(); it != metadata.end(); ++it)
                state.hidden.append(
                    {QStringLiteral("metadata[%1]").arg(it.key()), it.value().toString()});
            reply.send(finish(htmlPage(400, HostedForm::form(settings.form, state), form.embed,
                                       settings.thankYouUrl)));
            return;
        }

        capture::CaptureOrigin origin;
        origin.clientIp = request.clientIp;
        origin.userAgent = QString::fromUtf8(request.header("user-agent"));
        origin.mailChannel = form.hasToken ? QStringLiteral("form") : QStringLiteral("capture");
        if (form.hasToken) {
            if (!form.honeypot.isEmpty())
                origin.spamReason = QStringLiteral("honeypot");
            else
                origin.spamReason
                    = FormToken::reason(service.token->check(form.token, now, settings.minFillMs));
        }

        CaptureAnswer answer;
        answer.requestId = request.requestId;
        answer.allowOrigin = cors.allowOrigin(request);
        answer.html = html;
        answer.embed = form.embed;
        answer.language = language;
        answer.form = settings.form;
        answer.thankYouUrl = settings.thankYouUrl;
        answer.clientIp = request.clientIp;
        answer.input = input;
        // The answer is sent from the writer thread once the commit is on disk.
        auto shared = std::make_shared<HttpReply>(std::move(reply));
        service.context->writer()->submit(
            [input, origin, context = service.context](QSqlDatabase &db) mutable {
                origin.publicBaseUrl = context->publicBaseUrl(db);
                return QVariant::fromValue(
                    capture::ContactCapture::capture(db, input, origin, Clock::nowMs()));
            },
            [shared, answer](const store::WriteQueue::Outcome &outcome) {
                shared->send(answer.respond(outcome));
            });
    } catch (const store::StoreError &e) {
        reply.send(ApiResponses::serverError(request.requestId, e.message()));
    }
}
} // namespace

void CaptureApi::registerRoutes(http::Router &router, std::shared_ptr<ApiContext> context)
{
    auto service = std::make_shared<CaptureService>();
    service->context = context;
    const auto secret = context->writer()->run([](QSqlDatabase &db) {
        return QVariant(store::SecretStore(db).getOrCreate(QStringLiteral("form_token"),
                                                           FormToken::SecretBytes, Clock::nowMs()));
    });
    if (!secret.ok)
        qCWarning(lcCapture).noquote() << "cannot load the form secret:" << secret.error;
    // Without a key every token fails the check, so form posts are kept as spam, not lost.
    service->token = std::make_unique<FormToken>(secret.value.toByteArray());

    router.add("POST", QStringLiteral("/capture"),
               [service](HttpRequest &request, HttpReply reply) {
                   capture(*service, request, std::move(reply));
               });
    router.add(
        "OPTIONS", QStringLiteral("/capture"), [service](HttpRequest &request, HttpReply reply) {
            try {
                const CorsPolicy cors(
                    SettingsSchema::parseOrigins(store::SettingsStore(service->context->readDb())
                                                     .value(SettingsSchema::CorsAllowedOrigins)));
                reply.send(cors.preflight(request));
            } catch (const store::StoreError &e) {
                reply.send(ApiResponses::serverError(request.requestId, e.message()));
            }
        });
    router.add("GET", QStringLiteral("/form"), [service](HttpRequest &request, HttpReply reply) {
        showForm(*service, request, std::move(reply), false);
    });
    router.add("GET", QStringLiteral("/form/embed"),
               [service](HttpRequest &request, HttpReply reply) {
                   showForm(*service, request, std::move(reply), true);
               });
}

} // namespace rmx::api
