// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/OrderedJson.h"

#include <QJsonObject>

namespace rmx::store::RecordJson {

/// A record's members come from `visit(field)`, which calls `field(key, text, nullWhenEmpty)`
/// for each text member, and `field(key, object)` for each object member, once per member in
/// the documented order; these write them as an object or as JSON text.
template<typename Visit> QJsonObject object(Visit visit)
{
    struct Field
    {
        QJsonObject &o;
        void operator()(const QString &key, const QString &text, bool nullWhenEmpty) const
        {
            o.insert(key, nullWhenEmpty && text.isEmpty() ? QJsonValue() : QJsonValue(text));
        }
        void operator()(const QString &key, const QJsonObject &member) const
        {
            o.insert(key, member);
        }
    };
    QJsonObject o;
    visit(Field {o});
    return o;
}

template<typename Visit> QByteArray text(Visit visit)
{
    struct Field
    {
        OrderedJson &o;
        void operator()(const QString &key, const QString &text, bool nullWhenEmpty) const
        {
            if (nullWhenEmpty && text.isEmpty())
                o.add(key, QJsonValue());
            else
                o.add(key, text);
        }
        void operator()(const QString &key, const QJsonObject &member) const
        {
            o.add(key, QJsonValue(member));
        }
    };
    OrderedJson o;
    visit(Field {o});
    return o.toJson();
}

} // namespace rmx::store::RecordJson
