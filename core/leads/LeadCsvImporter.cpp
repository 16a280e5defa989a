// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/leads/LeadCsvImporter.h"

#include "core/leads/CsvReader.h"
#include "core/leads/LeadCreator.h"
#include "core/leads/LeadValidator.h"
#include "core/store/ContactStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreError.h"
#include "core/util/Clock.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace rmx::leads {

namespace {
constexpr int BatchRows = 500;

QString normalizedHeader(const QString &h)
{
    QString s = h.trimmed().toLower();
    s.replace(u'-', u'_').replace(u' ', u'_');
    return s;
}

bool leadExists(QSqlDatabase &db, const QString &email, const QString &eventDate)
{
    QSqlQuery &q = store::Sql::prepared(
        db,
        QStringLiteral("SELECT 1 FROM leads l JOIN contacts c ON c.id = l.contact_id "
                       "WHERE c.email_key = ? AND l.event_date = ? LIMIT 1"));
    q.addBindValue(store::ContactStore::emailKey(email));
    q.addBindValue(eventDate);
    store::Sql::exec(q, "find duplicate lead");
    const bool found = q.next();
    q.finish();
    return found;
}
} // namespace

const QStringList &LeadCsvImporter::fields()
{
    static const QStringList all
        = {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("name"),
           QStringLiteral("email"),      QStringLiteral("phone"),     QStringLiteral("event_date"),
           QStringLiteral("event_type"), QStringLiteral("source"),    QStringLiteral("notes"),
           QStringLiteral("status")};
    return all;
}

LeadCsvImporter::Mapping LeadCsvImporter::guessMapping(const QStringList &header)
{
    static const QHash<QString, QString> synonyms = {
        {QStringLiteral("first_name"), QStringLiteral("first_name")},
        {QStringLiteral("firstname"), QStringLiteral("first_name")},
        {QStringLiteral("given_name"), QStringLiteral("first_name")},
        {QStringLiteral("last_name"), QStringLiteral("last_name")},
        {QStringLiteral("lastname"), QStringLiteral("last_name")},
        {QStringLiteral("surname"), QStringLiteral("last_name")},
        {QStringLiteral("family_name"), QStringLiteral("last_name")},
        {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("full_name"), QStringLiteral("name")},
        {QStringLiteral("email"), QStringLiteral("email")},
        {QStringLiteral("e_mail"), QStringLiteral("email")},
        {QStringLiteral("email_address"), QStringLiteral("email")},
        {QStringLiteral("phone"), QStringLiteral("phone")},
        {QStringLiteral("phone_number"), QStringLiteral("phone")},
        {QStringLiteral("telephone"), QStringLiteral("phone")},
        {QStringLiteral("mobile"), QStringLiteral("phone")},
        {QStringLiteral("event_date"), QStringLiteral("event_date")},
        {QStringLiteral("date"), QStringLiteral("event_date")},
        {QStringLiteral("wedding_date"), QStringLiteral("event_date")},
        {QStringLiteral("event_type"), QStringLiteral("event_type")},
        {QStringLiteral("type"), QStringLiteral("event_type")},
        {QStringLiteral("source"), QStringLiteral("source")},
        {QStringLiteral("lead_source"), QStringLiteral("source")},
        {QStringLiteral("notes"), QStringLiteral("notes")},
        {QStringLiteral("message"), QStringLiteral("notes")},
        {QStringLiteral("comments"), QStringLiteral("notes")},
        {QStringLiteral("status"), QStringLiteral("status")},
    };
    Mapping mapping;
    for (int i = 0; i < header.size(); ++i) {
        const QString field = synonyms.value(normalizedHeader(header.at(i)));
        if (!field.isEmpty() && !mapping.contains(field))
            mapping.insert(field, i);
    }
    return mapping;
}

LeadCsvImporter::Summary LeadCsvImporter::run(QSqlDatabase &db, QIODevice *csv,
                                              const Mapping &mapping, bool dryRun,
                                              const Progress &progress)
{
    Summary summary;
    CsvReader reader(csv);
    QStringList record;
    if (!reader.next(&record)) // the header
        return summary;
    QSet<QString> seenInFile; // email + date, for duplicates inside the file itself
    QSet<QString> newEmails; // contacts a dry run would create
    int row = 1;
    int inBatch = 0;
    auto commit = [&] {
        if (!dryRun && inBatch > 0)
            store::Sql::execDirect(db, QStringLiteral("COMMIT"), "commit import batch");
        inBatch = 0;
    };
    try {
        while (reader.next(&record)) {
            ++row;
            if (record.size() == 1 && record.first().trimmed().isEmpty())
                continue; // a blank line
            QJsonObject body;
            for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
                const QString value = record.value(it.value()).trimmed();
                if (!value.isEmpty())
                    body.insert(it.key(), value);
            }
            ValidationError invalid;
            LeadSubmission submission;
            submission.input = LeadValidator::validate(body, &invalid);
            if (!invalid.isValid()) {
                ++summary.errors;
                summary.problems.append({row,
                                         invalid.message + QStringLiteral(": ")
                                             + invalid.fields.join(QStringLiteral(", "))});
                continue;
            }
            const LeadInput &in = submission.input;
            const QString identity = store::ContactStore::emailKey(in.email) + u'|' + in.eventDate;
            if (seenInFile.contains(identity) || leadExists(db, in.email, in.eventDate)) {
                ++summary.skipped;
                summary.problems.append({row,
                                         QStringLiteral("skipped: %1 already has a lead on %2")
                                             .arg(in.email, in.eventDate)});
                continue;
            }
            seenInFile.insert(identity);
            const QString emailKey = store::ContactStore::emailKey(in.email);
            const bool contactExists = newEmails.contains(emailKey)
                || store::ContactStore(db).findByEmail(in.email).has_value();
            if (contactExists)
                ++summary.updated;
            else
                ++summary.created;
            newEmails.insert(emailKey);
            if (!dryRun) {
                if (inBatch == 0)
                    store::Sql::execDirect(db, QStringLiteral("BEGIN IMMEDIATE"),
                                           "begin import batch");
                submission.createdVia = QStringLiteral("import");
                submission.historyDetail = QStringLiteral("CSV import");
                LeadCreator::create(db, submission, Clock::nowMs());
                if (++inBatch == BatchRows)
                    commit();
            }
            if (row % 200 == 0 && progress && !progress(reader.position())) {
                commit();
                summary.cancelled = true;
                return summary;
            }
        }
        commit();
    } catch (const store::StoreError &) {
        if (!dryRun && inBatch > 0)
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    return summary;
}

} // namespace rmx::leads
