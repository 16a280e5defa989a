// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace rmx::test {

/// One request as it reached the receiver.
struct ReceivedRequest
{
    QByteArray method;
    QByteArray path;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
    qint64 receivedAtMs = 0; // wall clock
    QByteArray header(QByteArrayView lowerName) const;
};

/// What the receiver answers to one request.
struct ReceiverAnswer
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body = "ok";
    bool hang = false; // never answer (the connection stays open)
};

/// A real HTTP/1.1 webhook receiver on an ephemeral loopback port (keep-alive, Content-Length
/// bodies), answering each request as `respond` decides and recording everything it got.
class WebhookReceiver final : public QObject
{
    Q_OBJECT

public:
    using Responder = std::function<ReceiverAnswer(const ReceivedRequest &, int index)>;

    explicit WebhookReceiver(QObject *parent = nullptr);
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    quint16 port() const { return m_server.serverPort(); }
    QByteArray url(const QByteArray &path = "/hook") const;
    void setResponder(Responder responder) { m_respond = std::move(responder); }
    /// Answers every request with `status` and `body`.
    void answerWith(int status, const QByteArray &body = "ok")
    {
        setResponder([status, body](const ReceivedRequest &, int) {
            ReceiverAnswer a;
            a.status = status;
            a.body = body;
            return a;
        });
    }

    const QList<ReceivedRequest> &requests() const { return m_requests; }
    int connectionsAccepted() const { return m_connections; }

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);

    QTcpServer m_server;
    Responder m_respond;
    QList<ReceivedRequest> m_requests;
    int m_connections = 0;
};

} // namespace rmx::test
