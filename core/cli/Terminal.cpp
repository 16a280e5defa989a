// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/Terminal.h"

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

} // namespace rmx::cli::Terminal
