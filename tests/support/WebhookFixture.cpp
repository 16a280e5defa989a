// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/WebhookFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>

#include <memory>
#include <vector>

namespace rmx::test::WebhookFixture {

HttpResult subscribe(TestServer &server, const QByteArray &key, const QJsonObject &body)
{
    return httpRequest(server.port(), "POST", "/webhooks",
                       {{"X-Api-Key", key}, {"Content-Type", "application/json"}},
                       QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QString subscribeOrFail(TestServer &server, const QByteArray &key, const QByteArray &url,
                        const QStringList &events, const QString &secret)
{
    QJsonObject body {{"url", QString::fromLatin1(url)},
                      {"events", QJsonArray::fromStringList(events)}};
    if (!secret.isEmpty())
        body.insert("secret", secret);
    const HttpResult r = subscribe(server, key, body);
    if (r.status != 201) {
        qWarning("subscribe failed: %d %s", r.status, r.body.constData());
        return {};
    }
    return r.json().value("data").toObject().value("id").toString();
}

QString createLead(quint16 port, const QByteArray &key, const QString &email)
{
    const QJsonObject body {{"name", "Jane Doe"},
                            {"email", email},
                            {"phone", "+15551234567"},
                            {"event_date", "2026-08-15"},
                            {"event_type", "Wedding"}};
    const HttpResult r
        = httpRequest(port, "POST", "/api/v1/leads",
                      {{"Authorization", "Bearer " + key}, {"Content-Type", "application/json"}},
                      QJsonDocument(body).toJson(QJsonDocument::Compact));
    return r.status == 201 ? r.json().value("id").toString() : QString();
}

QString runPython(const QString &script, const QStringList &arguments)
{
    QProcess python;
    python.start("python3",
                 QStringList {QStringLiteral(REMIXCRM_TEST_DATA_DIR "/") + script} + arguments);
    if (!python.waitForFinished(20000))
        return QStringLiteral("python3 did not finish");
    return QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError())
        .trimmed();
}

QString tempFile(const QByteArray &bytes)
{
    // Kept until the process exits (python3 reads them after this returns), then removed.
    static std::vector<std::unique_ptr<QTemporaryFile>> files;
    files.push_back(std::make_unique<QTemporaryFile>());
    QTemporaryFile &file = *files.back();
    file.open();
    file.write(bytes);
    file.flush();
    return file.fileName();
}

} // namespace rmx::test::WebhookFixture
