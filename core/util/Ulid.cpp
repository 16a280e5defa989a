// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Ulid.h"

#include "core/util/Clock.h"
#include "core/util/SecureRandom.h"

namespace rmx::Ulid {

namespace {
constexpr char crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
}

QString generate()
{
    return generate(Clock::nowMs());
}

QString generate(qint64 unixMs)
{
    // 128 bits: 48 time + 80 random, emitted 5 bits at a time (the first character holds 3).
    unsigned char raw[16];
    for (int i = 0; i < 6; ++i)
        raw[i] = static_cast<unsigned char>((quint64(unixMs) >> (8 * (5 - i))) & 0xff);
    const QByteArray random = SecureRandom::idBytes(10);
    for (int i = 0; i < 10; ++i)
        raw[6 + i] = static_cast<unsigned char>(random[i]);

    QString out(26, Qt::Uninitialized);
    for (int i = 0; i < 26; ++i) {
        const int bitStart = 128 - 5 * (26 - i); // may be negative for the first char
        int value = 0;
        for (int b = 0; b < 5; ++b) {
            const int bit = bitStart + b;
            if (bit < 0)
                continue;
            const int byte = bit / 8;
            const int shift = 7 - bit % 8;
            value = (value << 1) | ((raw[byte] >> shift) & 1);
        }
        out[i] = QLatin1Char(crockford[value]);
    }
    return out;
}

bool isValid(QStringView text)
{
    if (text.size() != 26 || text.at(0) > u'7')
        return false;
    for (const QChar c : text) {
        if (!QLatin1StringView(crockford).contains(c))
            return false;
    }
    return true;
}

} // namespace rmx::Ulid
