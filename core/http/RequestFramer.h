// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/HttpLimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QQueue>

namespace rmx::http {

/// Follows the byte stream of one connection and finds where each request's head and body end
/// (RFC 9112 §6), without keeping the bytes. HttpConnection feeds it every byte before
/// QHttpServer parses them, so limits are enforced on arrival and ambiguous framing that could
/// make the two parsers disagree (request smuggling) is refused.
class RequestFramer final
{
public:
    struct Result
    {
        int status = 0; // non-zero: refuse with this status (400, 413, 431, 501)
        const char *reason = ""; // short explanation for the error body
        int completedRequests = 0;
        bool sendContinue = false; // a head with `Expect: 100-continue` was accepted
    };

    explicit RequestFramer(const HttpLimits &limits)
        : m_limits(limits)
    { }
    void setLimits(const HttpLimits &limits) { m_limits = limits; }

    Result feed(QByteArrayView bytes);

    /// True between a request's first byte and its last.
    bool inRequest() const { return m_state != State::Idle; }
    bool headComplete() const { return m_state == State::Body || m_state == State::Chunked; }
    /// Whether the oldest request not yet taken asked to keep the connection open
    /// (RFC 9112 §9.3: HTTP/1.1 unless `Connection: close`; HTTP/1.0 only with keep-alive).
    bool takeKeepAlive() { return m_keepAlive.isEmpty() ? false : m_keepAlive.dequeue(); }

private:
    enum class State { Idle, Head, Body, Chunked };
    enum class ChunkPart { Size, Data, DataEnd, Trailer };

    bool finishHead(Result &result);
    void feedChunked(char c, Result &result);
    void completeRequest(Result &result);

    HttpLimits m_limits;
    State m_state = State::Idle;
    QByteArray m_head;
    QQueue<bool> m_keepAlive;
    qint64 m_bodyRemaining = 0;
    qint64 m_bodyTotal = 0;
    qint64 m_chunkedBytes = 0;
    ChunkPart m_chunkPart = ChunkPart::Size;
    QByteArray m_line;
    qint64 m_chunkRemaining = 0;
};

} // namespace rmx::http
