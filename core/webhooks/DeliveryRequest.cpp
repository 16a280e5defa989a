// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/webhooks/DeliveryRequest.h"

#include "core/util/Clock.h"
#include "core/webhooks/RetryPolicy.h"
#include "core/webhooks/WebhookMessages.h"
#include "core/webhooks/WebhookSigner.h"
#include "generated/Version.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace rmx::webhooks {

DeliveryRequest::DeliveryRequest(QNetworkAccessManager *network, Spec spec, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_spec(std::move(spec))
{ }

DeliveryRequest::~DeliveryRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void DeliveryRequest::start()
{
    const QUrl &original = m_spec.url;
    QUrl target = original;
    target.setHost(m_spec.address.toString());

    QNetworkRequest request(target);
    // The Host header and the TLS name (SNI and certificate check) stay the original host.
    QByteArray hostHeader = original.host(QUrl::FullyEncoded).toLatin1();
    if (hostHeader.contains(':'))
        hostHeader = '[' + hostHeader + ']';
    if (original.port() > 0)
        hostHeader += ':' + QByteArray::number(original.port());
    request.setRawHeader("Host", hostHeader);
    request.setPeerVerifyName(original.host());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("RemixCRM-Webhooks/" REMIXCRM_VERSION));
    // Signed now, for this attempt: receivers reject stale timestamps.
    m_startedAt = Clock::nowMs();
    const auto headers
        = WebhookSigner::headers(m_spec.secret, m_spec.eventId, m_startedAt / 1000, m_spec.body);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);

    m_reply = m_network->post(request, m_spec.body);
    m_clock.start();
    m_totalTimer = new QTimer(this);
    m_totalTimer->setSingleShot(true);
    connect(m_totalTimer, &QTimer::timeout, this, [this] {
        abortWith(WebhookMessages::english(WebhookMessages::TimedOut,
                                           {QString::number(m_spec.totalTimeoutMs)}));
    });
    m_totalTimer->start(m_spec.totalTimeoutMs);
    // The connect timeout runs from the first connection attempt until the request is out.
    m_connectTimer = new QTimer(this);
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        abortWith(WebhookMessages::english(WebhookMessages::ConnectTimeout,
                                           {QString::number(m_spec.connectTimeoutMs)}));
    });
    connect(m_reply, &QNetworkReply::socketStartedConnecting, m_connectTimer,
            [this] { m_connectTimer->start(m_spec.connectTimeoutMs); });
    connect(m_reply, &QNetworkReply::requestSent, m_connectTimer, &QTimer::stop);
    connect(m_reply, &QNetworkReply::readyRead, this, &DeliveryRequest::readBody);
    connect(m_reply, &QNetworkReply::finished, this, &DeliveryRequest::onFinished);
}

void DeliveryRequest::abortWith(const QString &reason)
{
    m_abortReason = reason;
    if (m_reply)
        m_reply->abort();
}

void DeliveryRequest::readBody()
{
    // Only the start is logged; the rest is read and dropped so the connection stays usable.
    while (m_reply->bytesAvailable() > 0) {
        const QByteArray chunk = m_reply->read(16384);
        if (m_body.size() < LoggedBodyBytes)
            m_body += chunk.left(LoggedBodyBytes - m_body.size());
    }
}

void DeliveryRequest::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    m_connectTimer->stop();
    m_totalTimer->stop();
    while (reply->bytesAvailable() > 0 && m_body.size() < LoggedBodyBytes)
        m_body += reply->read(LoggedBodyBytes - m_body.size());

    Result r;
    r.startedAt = m_startedAt;
    r.durationMs = m_clock.elapsed();
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.responseBody = m_body;
    if (!m_abortReason.isEmpty()) {
        r.error = m_abortReason;
    } else if (r.httpStatus == 0) {
        r.error = reply->errorString();
    } else if (r.httpStatus >= 300 && r.httpStatus < 400) {
        r.error = WebhookMessages::english(
            WebhookMessages::Redirect,
            {QString::number(r.httpStatus),
             QString::fromLatin1(reply->rawHeader("Location").left(300))});
    } else if (r.httpStatus == 429 || r.httpStatus == 503) {
        r.retryAfterMs
            = RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"), Clock::nowMs());
    }
    emit finished(r);
}

} // namespace rmx::webhooks
