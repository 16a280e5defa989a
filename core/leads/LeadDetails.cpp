// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/leads/LeadDetails.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace rmx::leads {

namespace {
qsizetype jsonSize(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toUtf8().size() + 2;
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact).size();
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact).size();
    return 16; // a number or a boolean
}

bool isBlank(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined()
        || (value.isString() && value.toString().trimmed().isEmpty());
}

/// Adds `key` to `details` unless it would break a cap; false when it was left out.
bool addWithinCaps(QJsonObject &details, qsizetype &bytes, const QString &key,
                   const QJsonValue &value)
{
    const qsizetype size = key.toUtf8().size() + 4 + jsonSize(value);
    if (key.isEmpty() || key.size() > LeadDetails::KeyMax || details.size() >= LeadDetails::MaxKeys
        || bytes + size > LeadDetails::MaxBytes)
        return false;
    details.insert(key, value);
    bytes += size;
    return true;
}
} // namespace

QJsonObject LeadDetails::extras(const QJsonObject &body, std::span<const char *const> known)
{
    QJsonObject details;
    qsizetype bytes = 2;
    bool truncated = false;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key();
        const bool isKnown = std::any_of(known.begin(), known.end(), [&key](const char *name) {
            return key == QLatin1StringView(name);
        });
        if (isKnown || isBlank(it.value()))
            continue;
        if (!addWithinCaps(details, bytes, key, it.value()))
            truncated = true;
    }
    if (truncated)
        details.insert(QLatin1StringView(TruncatedKey), true);
    return details;
}

QJsonObject LeadDetails::with(QJsonObject details, const QString &key, const QJsonValue &value)
{
    qsizetype bytes = QJsonDocument(details).toJson(QJsonDocument::Compact).size();
    if (!addWithinCaps(details, bytes, key, value))
        details.insert(QLatin1StringView(TruncatedKey), true);
    return details;
}

} // namespace rmx::leads
