// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace rmx::leads {

/// Reads CSV records one at a time (RFC 4180: quoted fields may hold commas, quotes and line
/// breaks). Accepts a UTF-8 byte-order mark, CRLF or LF, and ';' when the header uses it (as
/// spreadsheets in many European locales export). A file whose first 64 KiB are not UTF-8 is
/// read as Windows-1252.
class CsvReader final
{
public:
    explicit CsvReader(QIODevice *in);
    /// The next record; false at the end.
    bool next(QStringList *record);
    /// Bytes consumed so far (for progress).
    qint64 position() const { return m_position; }

private:
    bool fill();

    QIODevice *m_in;
    QStringDecoder m_decoder {QStringDecoder::Utf8};
    QString m_buffer;
    qsizetype m_at = 0;
    qint64 m_position = 0;
    QChar m_separator = u',';
    bool m_first = true;
    bool m_eof = false;
};

} // namespace rmx::leads
