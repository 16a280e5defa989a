// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/leads/CsvReader.h"

#include <QIODevice>

namespace rmx::leads {

CsvReader::CsvReader(QIODevice *in)
    : m_in(in)
{ }

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    const QByteArray chunk = m_in->read(64 * 1024);
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_position += chunk.size();
    // The decoder keeps a UTF-8 sequence split between two reads until it is complete.
    QString text = m_decoder(chunk);
    if (m_first && m_decoder.hasError()) {
        // Not UTF-8: spreadsheets on Windows save "CSV" in the ANSI code page, which for the
        // languages we ship is Windows-1252 (Latin-1 plus € „ “ ’ – in 0x80-0x9F).
        m_decoder = QStringDecoder("windows-1252");
        if (!m_decoder.isValid())
            m_decoder = QStringDecoder(QStringDecoder::Latin1);
        text = m_decoder(chunk);
    }
    m_buffer = m_buffer.mid(m_at) + text;
    m_at = 0;
    if (m_first) {
        if (m_buffer.startsWith(QChar(0xFEFF)))
            m_buffer.remove(0, 1);
        const qsizetype lineEnd = m_buffer.indexOf(u'\n');
        const QString firstLine = m_buffer.left(lineEnd < 0 ? m_buffer.size() : lineEnd);
        if (firstLine.count(u';') > firstLine.count(u','))
            m_separator = u';';
        m_first = false;
    }
    return true;
}

bool CsvReader::next(QStringList *record)
{
    record->clear();
    QString field;
    bool quoted = false;
    bool any = false;
    for (;;) {
        if (m_at >= m_buffer.size() && !fill()) {
            if (!any && field.isEmpty() && record->isEmpty())
                return false;
            record->append(field);
            return true;
        }
        const QChar c = m_buffer.at(m_at++);
        any = true;
        if (quoted) {
            if (c == u'"') {
                if (m_at >= m_buffer.size())
                    fill();
                if (m_at < m_buffer.size() && m_buffer.at(m_at) == u'"') {
                    field += u'"';
                    ++m_at;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == m_separator) {
            record->append(field);
            field.clear();
        } else if (c == u'\n') {
            if (field.endsWith(u'\r'))
                field.chop(1);
            record->append(field);
            return true;
        } else {
            field += c;
        }
    }
}

} // namespace rmx::leads
