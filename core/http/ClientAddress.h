// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/HttpRequest.h"

namespace rmx::http {

/// Who the client is, for rate limits and logs. A tunnel agent (cloudflared, ngrok) runs on this
/// machine and connects from loopback, so only then are CF-Connecting-IP and the first
/// X-Forwarded-For entry believed; from any other peer those headers are ignored, because
/// anyone can send them. Never used to grant anything (docs/TUNNEL.md).
namespace ClientAddress {
QString resolve(const QHostAddress &peer, const QList<QPair<QByteArray, QByteArray>> &headers);
}

} // namespace rmx::http
