// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/Terminal.h"

#include "core/util/Clock.h"

#include <cstdio>

namespace rmx::cli::Terminal {

namespace {
void write(std::FILE *stream, const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes += '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void out(const QString &text)
{
    write(stdout, text);
}

void err(const QString &text)
{
    write(stderr, text);
}

QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths[i], row[i].size());
        }
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        lines.append(line);
    }
    return lines.join(u'\n');
}

QString timeOrDash(qint64 unixMs)
{
    return unixMs > 0 ? Clock::isoUtc(unixMs) : QStringLiteral("-");
}

} // namespace rmx::cli::Terminal
