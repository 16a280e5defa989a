// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/RequestFramer.h"

#include <QList>

namespace rmx::http {

namespace {
constexpr int MaxChunkLine = 1024;

QByteArray trimmedLower(QByteArrayView v)
{
    return v.trimmed().toByteArray().toLower();
}

bool allDigits(QByteArrayView v)
{
    if (v.isEmpty() || v.size() > 18)
        return false;
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

/// A chunk-size (RFC 9112 §7.1: 1*HEXDIG), or -1. Signs and "0x", which
/// QByteArray::toLongLong accepts, are refused: QHttpServer's parser reads them differently.
qint64 chunkSize(QByteArrayView v)
{
    if (v.isEmpty() || v.size() > 15)
        return -1;
    qint64 size = 0;
    for (char c : v) {
        int digit = 0;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return -1;
        size = size * 16 + digit;
    }
    return size;
}
} // namespace

RequestFramer::Result RequestFramer::feed(QByteArrayView bytes)
{
    Result result;
    qsizetype i = 0;
    while (i < bytes.size() && result.status == 0) {
        switch (m_state) {
        case State::Idle: {
            const char c = bytes[i];
            // Stray line breaks between requests are tolerated (RFC 9112 §2.2), as QHttpServer
            // does.
            if (c == '\r' || c == '\n' || c == ' ' || c == '\t') {
                ++i;
                break;
            }
            m_state = State::Head;
            m_head.clear();
            break;
        }
        case State::Head: {
            const qsizetype room = m_limits.maxHeaderBytes - m_head.size();
            const qsizetype take = qMin(bytes.size() - i, room + 1);
            const qsizetype before = m_head.size();
            m_head.append(bytes.sliced(i, take));
            qsizetype end = m_head.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
            qsizetype endLen = 4;
            const qsizetype lf = m_head.indexOf("\n\n", qMax<qsizetype>(0, before - 1));
            if (lf >= 0 && (end < 0 || lf < end)) {
                end = lf;
                endLen = 2;
            }
            if (end < 0) {
                if (m_head.size() > m_limits.maxHeaderBytes) {
                    result.status = 431;
                    result.reason = "Request headers are too large";
                    return result;
                }
                i += take;
                break;
            }
            const qsizetype headLen = end + endLen;
            i += headLen - before;
            m_head.truncate(headLen);
            if (headLen > m_limits.maxHeaderBytes) {
                result.status = 431;
                result.reason = "Request headers are too large";
                return result;
            }
            if (!finishHead(result))
                return result;
            break;
        }
        case State::Body: {
            const qsizetype take = qMin<qint64>(bytes.size() - i, m_bodyRemaining);
            m_bodyRemaining -= take;
            i += take;
            if (m_bodyRemaining == 0)
                completeRequest(result);
            break;
        }
        case State::Chunked:
            feedChunked(bytes[i], result);
            ++i;
            break;
        }
    }
    return result;
}

bool RequestFramer::finishHead(Result &result)
{
    const QByteArrayList lines = m_head.split('\n');
    qint64 contentLength = -1;
    bool chunked = false;
    bool expectContinue = false;
    // Views into `lines`: QByteArray::trimmed() would return a temporary a view must not outlive.
    const QByteArrayView requestLine = QByteArrayView(lines.first()).trimmed();
    if (requestLine.count(' ') < 2) {
        result.status = 400;
        result.reason = "Malformed request line";
        return false;
    }
    const bool http10 = requestLine.endsWith("HTTP/1.0");
    bool keepAlive = !http10;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArrayView line = QByteArrayView(lines[n]).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            result.status = 400;
            result.reason = "Malformed header line";
            return false;
        }
        const QByteArray name = trimmedLower(line.first(colon));
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name == "content-length") {
            // One plain decimal value only: lists or repeats are how parsers get confused.
            if (!allDigits(value) || contentLength >= 0) {
                result.status = 400;
                result.reason = "Invalid Content-Length";
                return false;
            }
            contentLength = value.toLongLong();
        } else if (name == "transfer-encoding") {
            if (trimmedLower(value) != "chunked" || chunked) {
                result.status = 501;
                result.reason = "Only the chunked transfer coding is supported";
                return false;
            }
            chunked = true;
        } else if (name == "expect") {
            if (trimmedLower(value) != "100-continue") {
                result.status = 417;
                result.reason = "Only Expect: 100-continue is supported";
                return false;
            }
            expectContinue = true;
        } else if (name == "connection") {
            const QByteArray tokens = trimmedLower(value);
            if (tokens.contains("close"))
                keepAlive = false;
            else if (tokens.contains("keep-alive"))
                keepAlive = true;
        }
    }
    if (chunked && contentLength >= 0) {
        result.status = 400;
        result.reason = "Content-Length and Transfer-Encoding together are not allowed";
        return false;
    }
    if (contentLength > m_limits.maxBodyBytes) {
        result.status = 413;
        result.reason = "Request body is too large";
        return false;
    }
    m_keepAlive.enqueue(keepAlive);
    m_head.clear();
    m_bodyTotal = 0;
    m_chunkedBytes = 0;
    if (chunked) {
        m_state = State::Chunked;
        m_chunkPart = ChunkPart::Size;
        m_line.clear();
        result.sendContinue = expectContinue;
    } else if (contentLength > 0) {
        m_state = State::Body;
        m_bodyRemaining = contentLength;
        result.sendContinue = expectContinue;
    } else {
        completeRequest(result);
    }
    return true;
}

void RequestFramer::feedChunked(char c, Result &result)
{
    // Framing bytes count too, so a body of one-byte chunks cannot grow without bound.
    if (++m_chunkedBytes > 2 * m_limits.maxBodyBytes + MaxChunkLine) {
        result.status = 413;
        result.reason = "Request body is too large";
        return;
    }
    switch (m_chunkPart) {
    case ChunkPart::Size:
    case ChunkPart::Trailer:
        if (c != '\n') {
            if (m_line.size() >= MaxChunkLine) {
                result.status = m_chunkPart == ChunkPart::Size ? 400 : 431;
                result.reason = "Malformed chunked body";
                return;
            }
            m_line.append(c);
            return;
        }
        if (m_line.endsWith('\r'))
            m_line.chop(1);
        if (m_chunkPart == ChunkPart::Trailer) {
            if (m_line.isEmpty())
                completeRequest(result);
            m_line.clear();
            return;
        }
        {
            QByteArrayView sizeText(m_line);
            if (const qsizetype semi = sizeText.indexOf(';'); semi >= 0)
                sizeText = sizeText.first(semi);
            const qint64 size = chunkSize(sizeText.trimmed());
            m_line.clear();
            if (size < 0) {
                result.status = 400;
                result.reason = "Malformed chunk size";
                return;
            }
            // Compared before adding: a size near 2^63 must not overflow the running total.
            if (size > m_limits.maxBodyBytes - m_bodyTotal) {
                result.status = 413;
                result.reason = "Request body is too large";
                return;
            }
            m_bodyTotal += size;
            m_chunkRemaining = size;
            m_chunkPart = size == 0 ? ChunkPart::Trailer : ChunkPart::Data;
        }
        return;
    case ChunkPart::Data:
        if (--m_chunkRemaining == 0)
            m_chunkPart = ChunkPart::DataEnd;
        return;
    case ChunkPart::DataEnd:
        if (c == '\n')
            m_chunkPart = ChunkPart::Size;
        else if (c != '\r') {
            result.status = 400;
            result.reason = "Malformed chunked body";
        }
        return;
    }
}

void RequestFramer::completeRequest(Result &result)
{
    m_state = State::Idle;
    ++result.completedRequests;
}

} // namespace rmx::http
