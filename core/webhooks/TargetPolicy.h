// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

namespace rmx::webhooks {

/// Which network addresses a webhook may be sent to (SSRF protection). Link-local (cloud
/// metadata), multicast, broadcast and unspecified addresses are always refused; loopback and
/// private ranges only when the subscription may reach the local network.
namespace TargetPolicy {
enum class Kind { Public, Private, Forbidden };

Kind classify(const QHostAddress &address);
/// An error message for a refused address, or "" when it may be used.
QString check(const QHostAddress &address, bool allowPrivate);
/// Checks every address a name resolved to: one refused address refuses the target.
QString checkAll(const QList<QHostAddress> &addresses, bool allowPrivate);
/// An error for a URL that is not an absolute http(s) URL with a host, or "".
QString validateUrl(const QUrl &url);
} // namespace TargetPolicy

} // namespace rmx::webhooks
