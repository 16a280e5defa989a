// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/HttpClient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace rmx::test {

QByteArray HttpResult::header(QByteArrayView lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpClient::HttpClient(quint16 port, const QHostAddress &host)
    : m_port(port)
    , m_host(host)
{ }

bool HttpClient::connectToServer(int timeoutMs)
{
    m_socket.connectToHost(m_host, m_port);
    return m_socket.waitForConnected(timeoutMs);
}

QByteArray HttpClient::build(const QByteArray &method, const QByteArray &path,
                             const Headers &headers, const QByteArray &body)
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    bool hasLength = false;
    for (const auto &h : headers) {
        out += h.first + ": " + h.second + "\r\n";
        hasLength = hasLength || h.first.toLower() == "content-length"
            || h.first.toLower() == "transfer-encoding";
    }
    if (!body.isEmpty() && !hasLength)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

void HttpClient::sendRaw(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

HttpResult HttpClient::request(const QByteArray &method, const QByteArray &path,
                               const Headers &headers, const QByteArray &body, int timeoutMs)
{
    if (m_socket.state() != QAbstractSocket::ConnectedState && !connectToServer(timeoutMs))
        return {};
    sendRaw(build(method, path, headers, body));
    return readResponse(timeoutMs);
}

HttpResult HttpClient::readResponse(int timeoutMs, bool keepInterim, bool noBody)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            HttpResult result;
            const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
            const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
            result.status = statusLine.value(1).toInt();
            qint64 length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = lines[i].left(colon).trimmed().toLower();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                result.headers.append({name, value});
                if (name == "content-length")
                    length = value.toLongLong();
            }
            if (result.status >= 100 && result.status < 200) {
                m_buffer.remove(0, headEnd + 4);
                if (keepInterim)
                    return result;
                continue;
            }
            if (noBody)
                length = 0;
            if (m_buffer.size() >= headEnd + 4 + length) {
                result.body = m_buffer.mid(headEnd + 4, length);
                m_buffer.remove(0, headEnd + 4 + length);
                result.connectionClosed = m_socket.state() != QAbstractSocket::ConnectedState;
                return result;
            }
        }
        if (deadline.hasExpired())
            return {};
        if (m_socket.bytesAvailable() == 0
            && !m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_socket.state() != QAbstractSocket::ConnectedState) {
                m_buffer += m_socket.readAll();
                if (m_buffer.indexOf("\r\n\r\n") < 0) {
                    HttpResult closed;
                    closed.connectionClosed = true;
                    return closed;
                }
                continue;
            }
        }
        m_buffer += m_socket.readAll();
    }
}

bool HttpClient::waitForClose(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() == QAbstractSocket::ConnectedState) {
        if (deadline.hasExpired())
            return false;
        m_socket.waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(50, deadline.remainingTime()))));
        m_buffer += m_socket.readAll();
    }
    return true;
}

HttpResult httpRequest(quint16 port, const QByteArray &method, const QByteArray &path,
                       const Headers &headers, const QByteArray &body)
{
    HttpClient client(port);
    return client.request(method, path, headers, body);
}

QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery query;
    for (const auto &[k, v] : fields)
        query.addQueryItem(QString::fromUtf8(QUrl::toPercentEncoding(k)),
                           QString::fromUtf8(QUrl::toPercentEncoding(v)));
    return query.toString(QUrl::FullyEncoded).toUtf8();
}

QString formTokenOf(const QByteArray &html)
{
    static const QRegularExpression token(
        QStringLiteral("name=\"_form_token\" value=\"([0-9]+\\.[A-Za-z0-9_-]+)\""));
    return token.match(QString::fromUtf8(html)).captured(1);
}

} // namespace rmx::test
