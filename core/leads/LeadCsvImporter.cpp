// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/leads/LeadCsvImporter.h"

#include "core/leads/CsvReader.h"
#include "core/leads/LeadCreator.h"
#include "core/leads/LeadValidator.h"
#include "core/store/ContactStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreError.h"
#include "core/util/Clock.h"

#include <QDate>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace rmx::leads {

namespace {
constexpr int BatchRows = 500;

/// "  E-Mail Address: " -> "e_mail_address": lower case, every run of other characters one '_'.
QString normalizedHeader(const QString &h)
{
    QString s;
    // Accents are dropped ("Téléphone" -> "telephone") so spellings with and without match.
    for (const QChar c : h.toLower().normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber())
            s += c;
        else if (!s.isEmpty() && !s.endsWith(u'_'))
            s += u'_';
    }
    if (s.endsWith(u'_'))
        s.chop(1);
    return s;
}

bool leadExists(QSqlDatabase &db, const QString &email, const QString &eventDate)
{
    QSqlQuery &q = store::Sql::prepared(
        db,
        QStringLiteral("SELECT 1 FROM leads l JOIN contacts c ON c.id = l.contact_id "
                       "WHERE c.email_key = ? AND l.event_date = ? LIMIT 1"));
    q.addBindValue(store::ContactStore::emailKey(email));
    // A lead without a date stores '', and a null QString would bind as NULL.
    q.addBindValue(eventDate.isNull() ? QStringLiteral("") : eventDate);
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

const QStringList &LeadCsvImporter::dateFormats()
{
    // d and M read one or two digits.
    static const QStringList all
        = {QStringLiteral("yyyy-MM-dd"), QStringLiteral("d.M.yyyy"), QStringLiteral("d/M/yyyy"),
           QStringLiteral("M/d/yyyy"), QStringLiteral("yyyy/M/d")};
    return all;
}

namespace {
/// The date part of a cell: spreadsheets often add a time ("15.08.2027 00:00").
QString datePart(const QString &value)
{
    const QString trimmed = value.trimmed();
    const qsizetype space = trimmed.indexOf(u' ');
    return space < 0 ? trimmed : trimmed.left(space);
}
} // namespace

QString LeadCsvImporter::guessDateFormat(const QStringList &samples, bool monthFirst)
{
    QStringList formats = dateFormats();
    if (monthFirst)
        formats.swapItemsAt(2, 3);
    // The format that reads the most samples: every one of them when one can (15/8/2027 is
    // read day first, whatever the locale), and a stray "soon" does not turn the guess to ISO.
    QString best = dateFormats().first();
    int bestRead = 0;
    for (const QString &format : std::as_const(formats)) {
        int read = 0;
        for (const QString &sample : samples) {
            if (!sample.trimmed().isEmpty()
                && QDate::fromString(datePart(sample), format).isValid())
                ++read;
        }
        if (read > bestRead) {
            best = format;
            bestRead = read;
        }
    }
    return best;
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
        {QStringLiteral("first"), QStringLiteral("first_name")},
        {QStringLiteral("forename"), QStringLiteral("first_name")},
        {QStringLiteral("last"), QStringLiteral("last_name")},
        {QStringLiteral("contact_name"), QStringLiteral("name")},
        {QStringLiteral("client_name"), QStringLiteral("name")},
        {QStringLiteral("customer_name"), QStringLiteral("name")},
        {QStringLiteral("your_name"), QStringLiteral("name")},
        {QStringLiteral("mail"), QStringLiteral("email")},
        {QStringLiteral("e_mail_address"), QStringLiteral("email")},
        {QStringLiteral("your_email"), QStringLiteral("email")},
        {QStringLiteral("tel"), QStringLiteral("phone")},
        {QStringLiteral("phone_no"), QStringLiteral("phone")},
        {QStringLiteral("cell"), QStringLiteral("phone")},
        {QStringLiteral("cell_phone"), QStringLiteral("phone")},
        {QStringLiteral("mobile_phone"), QStringLiteral("phone")},
        {QStringLiteral("mobile_number"), QStringLiteral("phone")},
        {QStringLiteral("telephone_number"), QStringLiteral("phone")},
        {QStringLiteral("event_day"), QStringLiteral("event_date")},
        {QStringLiteral("date_of_event"), QStringLiteral("event_date")},
        {QStringLiteral("party_date"), QStringLiteral("event_date")},
        {QStringLiteral("event"), QStringLiteral("event_type")},
        {QStringLiteral("occasion"), QStringLiteral("event_type")},
        {QStringLiteral("referral"), QStringLiteral("source")},
        {QStringLiteral("channel"), QStringLiteral("source")},
        {QStringLiteral("note"), QStringLiteral("notes")},
        {QStringLiteral("comment"), QStringLiteral("notes")},
        {QStringLiteral("details"), QStringLiteral("notes")},
        {QStringLiteral("description"), QStringLiteral("notes")},
        {QStringLiteral("lead_status"), QStringLiteral("status")},
        // The headers of spreadsheets made in German, Spanish and French.
        {QStringLiteral("vorname"), QStringLiteral("first_name")},
        {QStringLiteral("nachname"), QStringLiteral("last_name")},
        {QStringLiteral("familienname"), QStringLiteral("last_name")},
        {QStringLiteral("vollstandiger_name"), QStringLiteral("name")},
        {QStringLiteral("telefon"), QStringLiteral("phone")},
        {QStringLiteral("telefonnummer"), QStringLiteral("phone")},
        {QStringLiteral("handy"), QStringLiteral("phone")},
        {QStringLiteral("handynummer"), QStringLiteral("phone")},
        {QStringLiteral("mobilnummer"), QStringLiteral("phone")},
        {QStringLiteral("datum"), QStringLiteral("event_date")},
        {QStringLiteral("veranstaltungsdatum"), QStringLiteral("event_date")},
        {QStringLiteral("datum_der_veranstaltung"), QStringLiteral("event_date")},
        {QStringLiteral("hochzeitsdatum"), QStringLiteral("event_date")},
        {QStringLiteral("termin"), QStringLiteral("event_date")},
        {QStringLiteral("veranstaltungsart"), QStringLiteral("event_type")},
        {QStringLiteral("art_der_veranstaltung"), QStringLiteral("event_type")},
        {QStringLiteral("anlass"), QStringLiteral("event_type")},
        {QStringLiteral("quelle"), QStringLiteral("source")},
        {QStringLiteral("herkunft"), QStringLiteral("source")},
        {QStringLiteral("notizen"), QStringLiteral("notes")},
        {QStringLiteral("notiz"), QStringLiteral("notes")},
        {QStringLiteral("nachricht"), QStringLiteral("notes")},
        {QStringLiteral("bemerkung"), QStringLiteral("notes")},
        {QStringLiteral("bemerkungen"), QStringLiteral("notes")},
        {QStringLiteral("kommentar"), QStringLiteral("notes")},
        {QStringLiteral("e_mail_adresse"), QStringLiteral("email")},
        {QStringLiteral("nombre"), QStringLiteral("first_name")},
        {QStringLiteral("apellido"), QStringLiteral("last_name")},
        {QStringLiteral("apellidos"), QStringLiteral("last_name")},
        {QStringLiteral("nombre_completo"), QStringLiteral("name")},
        {QStringLiteral("correo"), QStringLiteral("email")},
        {QStringLiteral("correo_electronico"), QStringLiteral("email")},
        {QStringLiteral("telefono"), QStringLiteral("phone")},
        {QStringLiteral("movil"), QStringLiteral("phone")},
        {QStringLiteral("celular"), QStringLiteral("phone")},
        {QStringLiteral("fecha"), QStringLiteral("event_date")},
        {QStringLiteral("fecha_del_evento"), QStringLiteral("event_date")},
        {QStringLiteral("fecha_de_la_boda"), QStringLiteral("event_date")},
        {QStringLiteral("tipo_de_evento"), QStringLiteral("event_type")},
        {QStringLiteral("origen"), QStringLiteral("source")},
        {QStringLiteral("fuente"), QStringLiteral("source")},
        {QStringLiteral("notas"), QStringLiteral("notes")},
        {QStringLiteral("mensaje"), QStringLiteral("notes")},
        {QStringLiteral("comentarios"), QStringLiteral("notes")},
        {QStringLiteral("estado"), QStringLiteral("status")},
        {QStringLiteral("prenom"), QStringLiteral("first_name")},
        {QStringLiteral("nom"), QStringLiteral("last_name")},
        {QStringLiteral("nom_de_famille"), QStringLiteral("last_name")},
        {QStringLiteral("nom_complet"), QStringLiteral("name")},
        {QStringLiteral("courriel"), QStringLiteral("email")},
        {QStringLiteral("adresse_e_mail"), QStringLiteral("email")},
        {QStringLiteral("adresse_email"), QStringLiteral("email")},
        {QStringLiteral("portable"), QStringLiteral("phone")},
        {QStringLiteral("date_de_l_evenement"), QStringLiteral("event_date")},
        {QStringLiteral("date_de_levenement"), QStringLiteral("event_date")},
        {QStringLiteral("date_du_mariage"), QStringLiteral("event_date")},
        {QStringLiteral("type_d_evenement"), QStringLiteral("event_type")},
        {QStringLiteral("type_devenement"), QStringLiteral("event_type")},
        {QStringLiteral("origine"), QStringLiteral("source")},
        {QStringLiteral("commentaires"), QStringLiteral("notes")},
        {QStringLiteral("statut"), QStringLiteral("status")},
    };
    // Also without the separators, for "EventDate" or "E Mail".
    static const QHash<QString, QString> joined = [] {
        QHash<QString, QString> all;
        for (auto it = synonyms.cbegin(); it != synonyms.cend(); ++it)
            all.insert(QString(it.key()).remove(u'_'), it.value());
        return all;
    }();
    Mapping mapping;
    for (int i = 0; i < header.size(); ++i) {
        const QString normal = normalizedHeader(header.at(i));
        QString field = synonyms.value(normal);
        if (field.isEmpty())
            field = joined.value(QString(normal).remove(u'_'));
        if (!field.isEmpty() && !mapping.contains(field))
            mapping.insert(field, i);
    }
    return mapping;
}

LeadCsvImporter::Summary &LeadCsvImporter::Summary::operator+=(const Summary &later)
{
    rows += later.rows;
    created += later.created;
    updated += later.updated;
    skipped += later.skipped;
    errors += later.errors;
    problems += later.problems;
    cancelled = cancelled || later.cancelled;
    return *this;
}

LeadCsvImporter::LeadCsvImporter(Mapping mapping, bool dryRun)
    : m_mapping(std::move(mapping))
    , m_dryRun(dryRun)
{ }

void LeadCsvImporter::importRow(QSqlDatabase &db, int row, const QStringList &record)
{
    if (record.size() == 1 && record.first().trimmed().isEmpty())
        return; // a blank line
    ++m_summary.rows;
    QJsonObject body;
    for (auto it = m_mapping.cbegin(); it != m_mapping.cend(); ++it) {
        QString value = record.value(it.value());
        // Undo the quote our CSV export puts before a cell that starts like a formula.
        if (value.size() > 1 && value.front() == u'\''
            && QStringLiteral("=+-@\t\r").contains(value.at(1)))
            value.remove(0, 1);
        value = value.trimmed();
        if (it.key() == u"event_date" && !m_dateFormat.isEmpty()) {
            const QDate date = QDate::fromString(datePart(value), m_dateFormat);
            if (date.isValid())
                value = date.toString(Qt::ISODate);
        }
        if (!value.isEmpty())
            body.insert(it.key(), value);
    }
    // Our export writes a lead sent with a one-word name ("Cher") as a first name without a
    // last name; it is read back as that one-word name.
    if (m_mapping.contains(QStringLiteral("last_name")) && !body.contains(u"last_name")
        && !body.contains(u"name") && body.contains(u"first_name"))
        body.insert(QStringLiteral("name"), body.take(u"first_name"));
    ValidationError invalid;
    LeadSubmission submission;
    submission.input = LeadValidator::validate(body, &invalid, LeadValidator::Rules::Import);
    if (!invalid.isValid()) {
        ++m_summary.errors;
        QStringList values;
        for (const QString &field : std::as_const(invalid.fields))
            values.append(body.value(field).toString());
        m_summary.problems.append(
            {row,
             invalid.message + QStringLiteral(": ") + invalid.fields.join(QStringLiteral(", ")),
             Problem::Kind::Invalid, invalid.fields, values});
        return;
    }
    const LeadInput &in = submission.input;
    const QString emailKey = store::ContactStore::emailKey(in.email);
    const QString identity = emailKey + u'|' + in.eventDate;
    if (m_seenInFile.contains(identity) || leadExists(db, in.email, in.eventDate)) {
        ++m_summary.skipped;
        m_summary.problems.append(
            {row,
             in.eventDate.isEmpty()
                 ? QStringLiteral("skipped: %1 already has a lead without an event date")
                       .arg(in.email)
                 : QStringLiteral("skipped: %1 already has a lead on %2")
                       .arg(in.email, in.eventDate),
             Problem::Kind::Duplicate,
             {QStringLiteral("email"), QStringLiteral("event_date")},
             {in.email, in.eventDate}});
        return;
    }
    m_seenInFile.insert(identity);
    const bool contactExists = m_newEmails.contains(emailKey)
        || store::ContactStore(db).findByEmail(in.email).has_value();
    if (contactExists)
        ++m_summary.updated;
    else
        ++m_summary.created;
    m_newEmails.insert(emailKey);
    if (!m_dryRun) {
        submission.createdVia = QStringLiteral("import");
        submission.historyDetail = QStringLiteral("CSV import");
        submission.publicBaseUrl = m_publicBaseUrl;
        LeadCreator::create(db, submission, Clock::nowMs());
    }
}

LeadCsvImporter::Summary LeadCsvImporter::run(QSqlDatabase &db, QIODevice *csv,
                                              const Mapping &mapping, bool dryRun,
                                              const Progress &progress, const QString &dateFormat)
{
    LeadCsvImporter importer(mapping, dryRun);
    importer.setDateFormat(dateFormat);
    CsvReader reader(csv);
    QStringList record;
    if (!reader.next(&record)) // the header
        return importer.m_summary;
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
            if (!dryRun && inBatch == 0)
                store::Sql::execDirect(db, QStringLiteral("BEGIN IMMEDIATE"), "begin import batch");
            importer.importRow(db, row, record);
            if (!dryRun && ++inBatch == BatchRows)
                commit();
            if (row % 200 == 0 && progress && !progress(reader.position())) {
                commit();
                importer.m_summary.cancelled = true;
                return importer.m_summary;
            }
        }
        commit();
    } catch (const store::StoreError &) {
        if (!dryRun && inBatch > 0)
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    return importer.m_summary;
}

} // namespace rmx::leads
