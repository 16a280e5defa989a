// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/HttpLimits.h"
#include "core/http/HttpResponse.h"
#include "core/http/RequestFramer.h"

#include <QMap>
#include <QObject>

#include <functional>

class QTcpSocket;

namespace rmx::http {

class ConnectionRegistry;

/// Guards one client socket for its whole life, in front of QHttpServer: it sees every byte
/// first (its readyRead slot is connected before QHttpServer's), enforces the body, header and
/// time limits, answers `Expect: 100-continue`, and writes the answers of pipelined requests in
/// order. A refused request gets a JSON error, `Connection: close`, and a lingering close so
/// the client can read it. Lives on its listener thread, as a child of the socket.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    HttpConnection(QTcpSocket *socket, quint64 id, const HttpLimits &limits,
                   ConnectionRegistry *registry);
    ~HttpConnection() override;

    /// Called once QHttpServer has connected to the socket: installs the slot that runs after it.
    void attachAfter(QObject *httpServer);

    quint64 id() const { return m_id; }
    QTcpSocket *socket() const { return m_socket; }
    void setLimits(const HttpLimits &limits);
    /// Called when the first bytes of a request arrive, before they are read: the worker
    /// brings the limits up to date there.
    void setBeforeRequest(std::function<void()> beforeRequest);

    struct RequestInfo
    {
        QByteArray method;
        QString path;
        QByteArray requestId;
        qint64 startedMs = 0;
        bool keepAlive = true;
        bool head = false;
    };
    /// Registers a request QHttpServer has parsed; answers must come back with its sequence.
    quint64 beginRequest(RequestInfo info);
    void deliver(quint64 seq, HttpResponse response);

    /// Applies the timeouts; called periodically by the worker.
    void sweep(qint64 nowMs);
    /// Closes at once (eviction at the connection cap, shutdown).
    void abort();

Q_SIGNALS:
    /// A request was answered (for the access log).
    void answered(const rmx::http::HttpConnection::RequestInfo &info, int status, qint64 nowMs);

private:
    void onReadyReadFirst();
    void onReadyReadLast();
    void onBytesWritten();
    void refuse(int status, const QString &message);
    void flushInOrder();
    void startLingeringClose();

    QTcpSocket *m_socket;
    quint64 m_id;
    HttpLimits m_limits;
    std::function<void()> m_beforeRequest;
    ConnectionRegistry *m_registry;
    RequestFramer m_framer;
    QObject *m_httpServer = nullptr;

    qint64 m_leftover = 0; // bytes QHttpServer left unread after its last turn
    qint64 m_openedMs = 0;
    qint64 m_lastActivityMs = 0;
    qint64 m_requestStartMs = 0;
    bool m_servedOnce = false;
    bool m_closing = false; // no more requests; close when answers are written
    bool m_refused = false; // input is discarded; the refusal is the last answer
    qint64 m_refusedAtMs = 0;
    bool m_lingering = false; // half-closed after the last answer, draining input
    qint64 m_lingerDeadlineMs = 0;
    quint64 m_framedRequests = 0; // complete requests the framer has seen
    struct PendingRefusal
    {
        int status = 0; // 0: none
        QString message;
    };
    // A refusal waiting for QHttpServer to take the complete requests framed before it.
    PendingRefusal m_pendingRefusal;

    quint64 m_nextSeq = 0;
    quint64 m_nextToWrite = 0;
    QMap<quint64, RequestInfo> m_requests;
    QMap<quint64, HttpResponse> m_ready;
};

} // namespace rmx::http
