// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/MailPython.h"

#include <QJsonDocument>
#include <QProcess>

namespace rmx::test::MailPython {

QString python()
{
    return qEnvironmentVariable("PYTHON", "/usr/bin/python3");
}

QJsonObject parse(const QByteArray &message)
{
    QProcess process;
    process.start(python(), {QStringLiteral(REMIXCRM_SOURCE_DIR "/tests/support/parse_mail.py")});
    process.write(message);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {{"error", QString::fromUtf8(process.readAllStandardError())}};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    if (error.error != QJsonParseError::NoError)
        return {{"error", error.errorString()}};
    return doc.object();
}

} // namespace rmx::test::MailPython
