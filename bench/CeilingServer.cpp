// SPDX-License-Identifier: GPL-3.0-or-later
// The framework's ceiling: the lead listener (same accept thread, same number of listener
// threads, same limits and connection guards) with a single POST route that answers 201 at
// once, without touching the database. bench/lead_api.sh compares the Lead API against it.
#include "core/http/HttpLimits.h"
#include "core/http/HttpListener.h"
#include "core/http/HttpResponse.h"
#include "core/http/Router.h"
#include "core/server/SignalWatcher.h"
#include "core/settings/ListenAddress.h"
#include "core/settings/SettingsSchema.h"
#include "core/util/LogFormat.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: remixcrm-bench-ceiling HOST:PORT\n");
        return 2;
    }
    const rmx::ListenAddress address = rmx::ListenAddress::parse(args.at(1));
    if (!address.isValid()) {
        std::fprintf(stderr, "invalid address: %s\n", qPrintable(address.error));
        return 2;
    }
    rmx::LogFormat::install();

    auto router = std::make_shared<rmx::http::Router>();
    // About the size of the Lead API's 201 body, answered synchronously on the listener thread.
    const QByteArray body = R"({"id":"00000000-0000-4000-8000-000000000000","status":"created",)"
                            R"("lead_url":"http://127.0.0.1:8088/leads/)"
                            R"(00000000-0000-4000-8000-000000000000"})";
    router->add("POST", QStringLiteral("/api/v1/leads"),
                [body](rmx::http::HttpRequest &, rmx::http::HttpReply reply) {
                    reply.send(rmx::http::HttpResponse::text(201, "application/json", body));
                });

    // The real server's defaults: the limits of a fresh database and the default thread count
    // (the `http_threads` setting's default, 0 = one per core, at least two).
    const rmx::http::HttpLimits limits;
    const int threads
        = rmx::SettingsSchema::find(rmx::SettingsSchema::HttpThreads)->defaultValue.toInt();

    rmx::server::SignalWatcher watcher;
    rmx::http::HttpListener listener(router);
    QString error;
    if (!listener.start(address, limits, threads, &error)) {
        std::fprintf(stderr, "cannot start: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stdout, "listening on %s\n", qPrintable(listener.address().toUrl()));
    std::fflush(stdout);
    QObject::connect(&watcher, &rmx::server::SignalWatcher::terminationRequested, &app,
                     [&listener](int) {
                         listener.stop();
                         QCoreApplication::exit(0);
                     });
    const int code = QCoreApplication::exec();
    listener.stop();
    return code;
}
