// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/CliRunner.h"

#include <QProcess>

namespace rmx::test {

CliResult runCli(const QString &dataDir, const QStringList &args, const QByteArray &input,
                 int timeoutMs)
{
    QProcess process;
    process.start(QStringLiteral(REMIXCRM_BINARY), QStringList {"--data-dir", dataDir} + args);
    process.write(input);
    process.closeWriteChannel();
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

} // namespace rmx::test
