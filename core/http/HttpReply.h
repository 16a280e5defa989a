// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QPointer>

#include <memory>

namespace rmx::http {

class HttpConnection;
class ReplyChannel;
struct HttpResponse;

/// The right to answer one request, exactly once, from any thread. A handler may answer at
/// once or hand the reply to the writer thread, which answers after the commit: the listener
/// thread never waits for a disk flush. Answers reach the socket in request order, and are
/// dropped if the client has gone. A reply destroyed unanswered sends a 500.
class HttpReply final
{
public:
    HttpReply(std::shared_ptr<ReplyChannel> channel, HttpConnection *connection, quint64 seq,
              QByteArray requestId);
    HttpReply(HttpReply &&other) noexcept;
    HttpReply &operator=(HttpReply &&other) noexcept;
    HttpReply(const HttpReply &) = delete;
    HttpReply &operator=(const HttpReply &) = delete;
    ~HttpReply();

    void send(HttpResponse response);
    const QByteArray &requestId() const { return m_requestId; }

private:
    std::shared_ptr<ReplyChannel> m_channel;
    QPointer<HttpConnection> m_connection;
    quint64 m_seq = 0;
    QByteArray m_requestId;
    bool m_pending = false;
};

} // namespace rmx::http
