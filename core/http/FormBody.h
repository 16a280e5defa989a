// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rmx::http {

/// The fields of an HTML-form body: application/x-www-form-urlencoded (WHATWG URL) or
/// multipart/form-data (RFC 7578). Values are plain text and are never interpreted further;
/// multipart parts that carry a file are refused rather than read.
class FormBody final
{
public:
    struct Field
    {
        QString name;
        QString value;
    };

    enum class Outcome {
        Fields, // `fields` holds every field, in body order
        Malformed, // not a well-formed body of its media type
        FileUpload, // a part is a file (`fields` ends with that part's name)
        TooManyParts,
    };

    /// At most this many fields are read from one body.
    static constexpr int MaxFields = 200;

    static bool isFormMediaType(const QByteArray &mediaType);
    /// Parses `body` by its Content-Type header (with parameters, such as the boundary).
    static Outcome parse(const QByteArray &contentType, const QByteArray &body,
                         QList<Field> *fields);
    static QList<Field> urlEncoded(const QByteArray &body);
    static Outcome multipart(const QByteArray &contentType, const QByteArray &body,
                             QList<Field> *fields);
    /// The `boundary` parameter of a multipart Content-Type, or empty when missing or invalid.
    static QByteArray boundaryOf(const QByteArray &contentType);
};

} // namespace rmx::http
