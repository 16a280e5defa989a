// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/OrderedJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rmx {

namespace {
QByteArray encode(const QJsonValue &value)
{
    // QJsonDocument only serialises arrays and objects: wrap, then strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}
} // namespace

OrderedJson &OrderedJson::add(const QString &key, const QJsonValue &value)
{
    m_members.append({key, encode(value)});
    return *this;
}

OrderedJson &OrderedJson::addObject(const QString &key, const OrderedJson &object)
{
    m_members.append({key, object.toJson()});
    return *this;
}

QByteArray OrderedJson::toJson() const
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        if (i > 0)
            out += ',';
        out += encode(m_members[i].first) + ':' + m_members[i].second;
    }
    return out + '}';
}

} // namespace rmx
