// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/leads/LeadCsvExporter.h"

#include "core/util/Clock.h"

#include <QIODevice>

namespace rmx::leads {

namespace {
constexpr int PageSize = 2000;
}

QByteArray LeadCsvExporter::field(const QString &value)
{
    QString text = value;
    // A leading =, +, - or @ (or a tab/CR that hides one) makes spreadsheets evaluate the cell.
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = u'"' + text + u'"';
    }
    return text.toUtf8();
}

int LeadCsvExporter::write(QSqlDatabase &db, const store::LeadFilter &filter, store::LeadSort sort,
                           Qt::SortOrder order, QIODevice *out, const Progress &progress)
{
    static const QStringList header = {
        QStringLiteral("id"),         QStringLiteral("first_name"), QStringLiteral("last_name"),
        QStringLiteral("email"),      QStringLiteral("phone"),      QStringLiteral("event_date"),
        QStringLiteral("event_type"), QStringLiteral("source"),     QStringLiteral("status"),
        QStringLiteral("notes"),      QStringLiteral("created_at"), QStringLiteral("contact_id")};
    QByteArray chunk = "\xEF\xBB\xBF" + header.join(u',').toUtf8() + "\r\n";
    store::LeadQuery query(db);
    int written = 0;
    for (int offset = 0;; offset += PageSize) {
        const QList<store::LeadRecord> page = query.page(filter, sort, order, offset, PageSize);
        for (const store::LeadRecord &l : page) {
            const QStringList cells = {l.id,
                                       l.firstName,
                                       l.lastName,
                                       l.email,
                                       l.phone,
                                       l.eventDate,
                                       l.eventType,
                                       l.source,
                                       l.status,
                                       l.notes,
                                       Clock::isoUtc(l.createdAt),
                                       l.contactId};
            for (qsizetype i = 0; i < cells.size(); ++i) {
                if (i > 0)
                    chunk += ',';
                chunk += field(cells[i]);
            }
            chunk += "\r\n";
        }
        if (out->write(chunk) != chunk.size())
            return -1;
        chunk.clear();
        written += int(page.size());
        if (progress && !progress(written))
            return -1;
        if (page.size() < PageSize)
            return written;
    }
}

} // namespace rmx::leads
