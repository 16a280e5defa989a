// SPDX-License-Identifier: GPL-3.0-or-later
// The most any HTTP front could get out of the database writer. It runs the very transaction
// work of a Lead API request (LeadCreator) or of a /capture (ContactCapture) through the real
// WriteQueue on a fresh data directory, fed by N in-process clients that submit their next
// job the moment the commit holding their last one is durable: a wrk connection with no
// socket, no parsing, no validation, no authentication and no webhook dispatcher. SQLite has
// one writer, so no listener can create leads faster than this. bench/lead_api.sh and
// bench/capture.sh run it next to their wrk loads.
//
// Usage: remixcrm-bench-writer lead|capture CLIENTS SECONDS DATA_DIR
// Prints writer_per_sec=<jobs/s> and writer_avg_batch=<jobs per commit>.
#include "core/capture/ContactCapture.h"
#include "core/leads/LeadCreator.h"
#include "core/server/DataDirectory.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/ApiKeyStore.h"
#include "core/store/DbConnection.h"
#include "core/store/SchemaMigrator.h"
#include "core/store/SettingsStore.h"
#include "core/store/WriteQueue.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSemaphore>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <functional>

using namespace rmx;

namespace {

/// Prepares the data directory like `remixcrm config set` and `keys create` would: no rate
/// limits, one API key. Returns the key's row id, or -1.
qint64 prepare(const QString &databasePath)
{
    store::DbConnection connection(databasePath, QStringLiteral("bench-setup"));
    if (!connection.isOpen())
        return -1;
    store::SettingsStore settings(connection.db());
    for (const QString &key :
         {SettingsSchema::LeadRateLimitPerHour, SettingsSchema::CaptureRateLimitPerMinute,
          SettingsSchema::CaptureNewContactsPerHour}) {
        if (!settings.setValue(key, QStringLiteral("0")).isEmpty())
            return -1;
    }
    return store::ApiKeyStore(connection.db()).create(QStringLiteral("bench")).info.id;
}

/// The job of one request, with the same values as bench/lead_api.lua and bench/capture.lua.
store::WriteQueue::Job jobFor(bool lead, qint64 apiKeyId, int client, int counter)
{
    const QString baseUrl = QStringLiteral("http://127.0.0.1:8088");
    if (lead) {
        leads::LeadSubmission s;
        s.input.firstName = QStringLiteral("Bench");
        s.input.lastName = QStringLiteral("Lead %1-%2").arg(client).arg(counter);
        s.input.email = QStringLiteral("bench-%1-%2@example.com").arg(client).arg(counter);
        s.input.phone = QStringLiteral("+1 555 0100");
        s.input.eventDate = QStringLiteral("2027-06-12");
        s.input.eventType = QStringLiteral("Wedding");
        s.input.source = QStringLiteral("Benchmark");
        s.input.notes = QStringLiteral("Load test lead");
        s.apiKeyId = apiKeyId;
        s.apiKeyName = s.historyDetail = QStringLiteral("bench");
        s.publicBaseUrl = baseUrl;
        return [s](QSqlDatabase &db) {
            const leads::LeadCreation created = leads::LeadCreator::create(db, s, Clock::nowMs());
            return QVariant(created.kind == leads::LeadCreation::Kind::Created);
        };
    }
    capture::CaptureInput in;
    in.email = QStringLiteral("capture-%1-%2@example.com").arg(client).arg(counter);
    in.firstName = QStringLiteral("Bench");
    in.lastName = QStringLiteral("Contact %1").arg(counter);
    in.source = QStringLiteral("organic");
    in.metadata = {{QStringLiteral("utm_source"), QStringLiteral("google")},
                   {QStringLiteral("utm_campaign"), QStringLiteral("spring-launch")},
                   {QStringLiteral("landing_page"), QStringLiteral("/pricing")}};
    in.payload = in.metadata;
    capture::CaptureOrigin origin;
    origin.clientIp = QStringLiteral("127.0.0.1");
    origin.userAgent = QStringLiteral("wrk");
    origin.publicBaseUrl = baseUrl;
    return [in, origin](QSqlDatabase &db) {
        const capture::CaptureResult result
            = capture::ContactCapture::capture(db, in, origin, Clock::nowMs());
        return QVariant(result.kind == capture::CaptureResult::Kind::Created);
    };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool lead = args.value(1) == u"lead";
    const int clients = args.value(2).toInt();
    const int seconds = args.value(3).toInt();
    if (args.size() != 5 || (!lead && args.at(1) != u"capture") || clients < 1 || seconds < 1) {
        std::fprintf(stderr, "usage: remixcrm-bench-writer lead|capture CLIENTS SECONDS DIR\n");
        return 2;
    }
    const QString dir = args.at(4);
    const QString path = server::DataDirectory::databasePath(dir);
    if (!server::DataDirectory::ensure(dir).isEmpty()
        || !store::SchemaMigrator::migrate(path).error.isEmpty()) {
        std::fprintf(stderr, "cannot prepare the data directory\n");
        return 1;
    }
    const qint64 apiKeyId = prepare(path);
    store::WriteQueue writer(path);
    QString error;
    if (apiKeyId < 0 || !writer.start(&error)) {
        std::fprintf(stderr, "cannot start the writer: %s\n", qPrintable(error));
        return 1;
    }

    std::atomic<qint64> created {0};
    std::atomic<qint64> failed {0};
    std::atomic<qint64> commits {0};
    std::atomic<bool> stopping {false};
    QSemaphore drained;
    QObject::connect(
        &writer, &store::WriteQueue::committed, &writer, [&commits](int) { ++commits; },
        Qt::DirectConnection);
    // Each client submits its next job from the completion of the last one, which runs on the
    // writer thread once the commit is durable, as a wrk connection sends its next request.
    std::function<void(int, int)> submit = [&](int client, int counter) {
        writer.submit(jobFor(lead, apiKeyId, client, counter),
                      [&, client, counter](const store::WriteQueue::Outcome &outcome) {
                          ++(outcome.ok && outcome.value.toBool() ? created : failed);
                          if (stopping)
                              drained.release();
                          else
                              submit(client, counter + 1);
                      });
    };
    for (int client = 0; client < clients; ++client)
        submit(client, 0);

    QThread::sleep(1); // warm-up: caches, the WAL's first pages
    const qint64 created0 = created, commits0 = commits;
    QThread::sleep(seconds);
    const qint64 jobs = created - created0, batches = commits - commits0;
    stopping = true;
    drained.acquire(clients);
    writer.stop();
    if (failed > 0) {
        std::fprintf(stderr, "%lld jobs failed\n", static_cast<long long>(failed.load()));
        return 1;
    }
    std::printf("writer_clients=%d\nwriter_avg_batch=%.1f\nwriter_per_sec=%.0f\n", clients,
                batches ? double(jobs) / double(batches) : 0.0, double(jobs) / seconds);
    return 0;
}
