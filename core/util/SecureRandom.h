// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace rmx {

/// Cryptographically secure randomness (OpenSSL's CSPRNG) for keys, salts, secrets and ids.
namespace SecureRandom {
QByteArray bytes(int count);
/// `count` characters drawn uniformly from [0-9A-Za-z] (rejection sampling, no modulo bias).
QString base62(int count);
} // namespace SecureRandom

} // namespace rmx
