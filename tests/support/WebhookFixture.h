// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/HttpClient.h"
#include "tests/support/TestServer.h"
#include "tests/support/WebhookReceiver.h"

#include <QJsonObject>
#include <QStringList>

namespace rmx::test {

/// Helpers shared by the webhook tests: subscribe and create leads over the real API.
namespace WebhookFixture {
/// POST /webhooks with the given body; returns the whole answer.
HttpResult subscribe(TestServer &server, const QByteArray &key, const QJsonObject &body);
/// Subscribes `url` to `events` (with `secret` when non-empty); returns the webhook id.
QString subscribeOrFail(TestServer &server, const QByteArray &key, const QByteArray &url,
                        const QStringList &events, const QString &secret = {});
/// Creates a lead for `email` through POST /api/v1/leads; returns its id ("" on failure).
QString createLead(quint16 port, const QByteArray &key, const QString &email);
/// Runs a python3 script from tests/data and returns its trimmed stdout.
QString runPython(const QString &script, const QStringList &arguments);
/// Writes `bytes` to a temporary file that lives as long as the test process.
QString tempFile(const QByteArray &bytes);
} // namespace WebhookFixture

} // namespace rmx::test
