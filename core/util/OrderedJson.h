// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace rmx {

/// A JSON object written with its keys in the given order. QJsonObject sorts keys; the API
/// documents answers in a reading order (id first), and clients that compare bodies as text
/// or show them to people see them as documented. Members are written as they are added.
class OrderedJson final
{
public:
    OrderedJson &add(const QString &key, const QString &value);
    OrderedJson &add(const QString &key, const QJsonValue &value);
    OrderedJson &addObject(const QString &key, const OrderedJson &object);
    QByteArray toJson() const;

private:
    void addKey(const QString &key);

    QByteArray m_members; // "key":value pairs, comma-separated
};

} // namespace rmx
