// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace rmx::http {

/// The listener's protective limits. Qt 6.4's QHttpServer enforces none of these, so
/// HttpConnection applies them at the socket level. All are settings; tests shorten the timeouts.
struct HttpLimits
{
    qint64 maxBodyBytes = 64 * 1024;
    qint64 maxHeaderBytes = 16 * 1024;
    int maxConnections = 512;
    int idleTimeoutMs = 10'000; // no bytes in either direction
    int headerTimeoutMs = 5'000; // from connecting (or a request's first byte) to full headers
    int requestTimeoutMs = 30'000; // from a request's first byte to its last
    int lingerMs = 2'000; // draining input after an error response, so it is read
};

} // namespace rmx::http
