// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rmx::test {

/// What one run of the real `remixcrm` binary printed and how it ended.
struct CliResult
{
    int exitCode = -1; // -1: it crashed or did not finish in time
    QString out;
    QString err;
};

/// Runs `remixcrm --data-dir DATADIR ARGS...` as its own process, with `input` on its stdin,
/// and waits for it to finish (killed after `timeoutMs`).
CliResult runCli(const QString &dataDir, const QStringList &args, const QByteArray &input = {},
                 int timeoutMs = 60000);

} // namespace rmx::test
