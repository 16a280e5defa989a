// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/SecureRandom.h"

#include <openssl/rand.h>

#include <cstdlib>

namespace rmx::SecureRandom {

QByteArray bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        qFatal("OpenSSL's random generator failed; refusing to continue without secure randomness");
    return out;
}

QByteArray idBytes(int count)
{
    constexpr int BlockSize = 4096;
    Q_ASSERT(count > 0 && count <= 64);
    thread_local QByteArray block;
    thread_local int used = BlockSize;
    if (used + count > block.size()) {
        block = bytes(BlockSize);
        used = 0;
    }
    const QByteArray out = block.mid(used, count);
    used += count;
    return out;
}

QString base62(int count)
{
    static constexpr char alphabet[]
        = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString out;
    out.reserve(count);
    while (out.size() < count) {
        const QByteArray pool = bytes(count * 2);
        for (const char c : pool) {
            const auto v = static_cast<unsigned char>(c);
            if (v >= 248) // 248 = 4 * 62: discard to keep the distribution uniform
                continue;
            out.append(QLatin1Char(alphabet[v % 62]));
            if (out.size() == count)
                break;
        }
    }
    return out;
}

} // namespace rmx::SecureRandom
