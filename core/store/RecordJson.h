// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/OrderedJson.h"

#include <QJsonObject>

namespace rmx::store::RecordJson {

/// A record's members come from `visit(field)`, which calls `field(key, text, nullWhenEmpty)`
/// once per member in the documented order; these write them as an object or as JSON text.
template<typename Visit> QJsonObject object(Visit visit)
{
    QJsonObject o;
    visit([&o](const QString &key, const QString &text, bool nullWhenEmpty) {
        o.insert(key, nullWhenEmpty && text.isEmpty() ? QJsonValue() : QJsonValue(text));
    });
    return o;
}

template<typename Visit> QByteArray text(Visit visit)
{
    OrderedJson o;
    visit([&o](const QString &key, const QString &text, bool nullWhenEmpty) {
        if (nullWhenEmpty && text.isEmpty())
            o.add(key, QJsonValue());
        else
            o.add(key, text);
    });
    return o.toJson();
}

} // namespace rmx::store::RecordJson
