// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>
#include <optional>

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

/// Answers the limits now configured when they changed since it last answered, else nothing.
/// The listener asks it on the accepting thread before each connection and on a serving
/// thread before each request, so a limit changed anywhere (the window, the API, another
/// process) is in force for the next connection and the next request. It must be cheap and
/// safe to call from any of those threads.
using LimitsSource = std::function<std::optional<HttpLimits>()>;

} // namespace rmx::http
