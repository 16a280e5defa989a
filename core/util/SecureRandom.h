// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace rmx {

/// Cryptographically secure randomness (OpenSSL's CSPRNG) for keys, salts, secrets and ids.
namespace SecureRandom {
QByteArray bytes(int count);
/// Random bytes for public identifiers (ids, not secrets), at most 64 per call: served from a
/// per-thread block of the same generator's output, refilled 4 KiB at a time, because one
/// generator call per id costs more than the rest of making the id.
QByteArray idBytes(int count);
/// `count` characters drawn uniformly from [0-9A-Za-z] (rejection sampling, no modulo bias).
QString base62(int count);
} // namespace SecureRandom

} // namespace rmx
