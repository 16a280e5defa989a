// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QTcpSocket>

namespace rmx::test {

/// One HTTP response as read off the wire.
struct HttpResult
{
    int status = 0; // 0: no (complete) response
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
    bool connectionClosed = false;

    QByteArray header(QByteArrayView lowerName) const;
    QJsonObject json() const;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

/// A deliberately plain HTTP/1.1 client over a real loopback socket, so tests control every
/// byte (partial headers, bad framing, pipelining) and see exactly what the server sent.
class HttpClient final
{
public:
    explicit HttpClient(quint16 port, const QHostAddress &host = QHostAddress::LocalHost);

    bool connectToServer(int timeoutMs = 5000);
    QTcpSocket &socket() { return m_socket; }

    /// Sends a request (Content-Length added when there is a body) and reads the answer.
    HttpResult request(const QByteArray &method, const QByteArray &path,
                       const Headers &headers = {}, const QByteArray &body = {},
                       int timeoutMs = 10000);
    void sendRaw(const QByteArray &bytes);
    /// Reads one response (skipping 1xx unless `keepInterim`). The answer to a HEAD request has
    /// no body whatever its Content-Length says: pass `noBody`.
    HttpResult readResponse(int timeoutMs = 10000, bool keepInterim = false, bool noBody = false);
    /// True when the server closes the connection within `timeoutMs`.
    bool waitForClose(int timeoutMs);

    static QByteArray build(const QByteArray &method, const QByteArray &path,
                            const Headers &headers, const QByteArray &body);

private:
    quint16 m_port;
    QHostAddress m_host;
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

/// Convenience: one request on a fresh connection.
HttpResult httpRequest(quint16 port, const QByteArray &method, const QByteArray &path,
                       const Headers &headers = {}, const QByteArray &body = {});

/// An application/x-www-form-urlencoded body of `fields`, in their order, as a browser sends it.
QByteArray formBody(const QList<QPair<QString, QString>> &fields);
/// The `_form_token` of a hosted form page; empty when it has none.
QString formTokenOf(const QByteArray &html);

} // namespace rmx::test
