// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace rmx::webhooks {

/// One attempt to deliver one event to one receiver, on the webhook thread: signs and sends the
/// request to an address already checked by the target policy, and owns its reply, its connect
/// and total timers and the start of the response body until it reports how it went. Destroying
/// it abandons the attempt without a report.
class DeliveryRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryRequest)

public:
    static constexpr int LoggedBodyBytes = 4096;

    struct Spec
    {
        QUrl url; // as subscribed: its host is the Host header and the TLS name
        QHostAddress address; // where to connect: the checked address `url`'s host resolved to
        QString secret;
        QByteArray eventId;
        QByteArray body;
        int connectTimeoutMs = 5000;
        int totalTimeoutMs = 15000;
    };
    struct Result
    {
        qint64 startedAt = 0;
        qint64 durationMs = 0;
        int httpStatus = 0; // 0: no HTTP answer
        QString error; // empty: the receiver answered (see httpStatus)
        QByteArray responseBody; // at most LoggedBodyBytes
        std::optional<qint64> retryAfterMs; // 429 and 503: the receiver's Retry-After
    };

    DeliveryRequest(QNetworkAccessManager *network, Spec spec, QObject *parent = nullptr);
    ~DeliveryRequest() override;

    void start();

Q_SIGNALS:
    /// The attempt is over; the request may be deleted from here on.
    void finished(const rmx::webhooks::DeliveryRequest::Result &result);

private:
    void abortWith(const QString &reason);
    void readBody();
    void onFinished();

    QNetworkAccessManager *m_network;
    Spec m_spec;
    QPointer<QNetworkReply> m_reply; // the manager owns it; null once finished
    QTimer *m_connectTimer = nullptr;
    QTimer *m_totalTimer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_startedAt = 0;
    QByteArray m_body;
    QString m_abortReason;
};

} // namespace rmx::webhooks
