// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/HeadlessRunner.h"

#include "core/server/DataDirectory.h"
#include "core/server/InstanceLock.h"
#include "core/server/SignalWatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

Q_LOGGING_CATEGORY(lcHeadless, "remixcrm.server", QtInfoMsg)

namespace rmx::server {

int HeadlessRunner::run(const LeadServer::Options &options)
{
    if (const QString error = DataDirectory::ensure(options.dataDir); !error.isEmpty()) {
        qCCritical(lcHeadless).noquote() << error;
        return 1;
    }
    InstanceLock lock(options.dataDir);
    QString error;
    if (!lock.tryLock(&error)) {
        qCCritical(lcHeadless).noquote() << error;
        return 1;
    }

    SignalWatcher watcher;
    LeadServer server;
    if (!server.start(options, &error)) {
        qCCritical(lcHeadless).noquote() << "cannot start:" << error;
        return 1;
    }
    // The documented readiness line, on stdout, once connections are accepted.
    std::fprintf(stdout, "listening on %s\n", qPrintable(server.address().toUrl()));
    std::fflush(stdout);

    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &server, [&](int number) {
        qCInfo(lcHeadless) << "signal" << number << "received: finishing requests in flight";
        server.stop();
        QCoreApplication::exit(0);
    });
    const int code = QCoreApplication::exec();
    server.stop();
    qCInfo(lcHeadless) << "stopped";
    return code;
}

} // namespace rmx::server
