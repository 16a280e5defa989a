// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/GenerateLeadsCommand.h"

#include "core/cli/CommandDatabase.h"
#include "core/cli/Terminal.h"
#include "core/store/LeadStore.h"
#include "core/store/LookupStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreError.h"
#include "core/util/Clock.h"
#include "core/util/Ulid.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

namespace rmx::cli {

namespace {
const char *const FirstNames[]
    = {"Jane",  "Maria", "Liam",  "Olivia", "Noah",   "Emma", "Lucas", "Sofia", "Ethan", "Mia",
       "Chloe", "Mateo", "Aisha", "Hannah", "Daniel", "Zoe",  "Léa",   "Jonas", "Amara", "Kenji"};
const char *const LastNames[]
    = {"Doe",    "Garcia", "Smith",  "Müller",  "Rossi",  "Dubois", "Kowalski",
       "Nguyen", "Okafor", "Silva",  "Tanaka",  "Jensen", "Murphy", "Novak",
       "Haddad", "Larsen", "Moreau", "Schmidt", "Khan",   "Brown"};
const char *const Sources[] = {"Website contact form",
                               "Instagram",
                               "Facebook Lead Ads",
                               "Google",
                               "Wedding fair",
                               "Referral",
                               "Zapier",
                               "The Knot"};
const char *const Notes[] = {"Wants 4 hours, indoor",
                             "Outdoor ceremony, 120 guests",
                             "Asked for a quote with album",
                             "Budget around 2000",
                             "Saw the IG ad",
                             "Needs a second shooter",
                             "",
                             "Call after 6pm"};
const char *const Statuses[] = {"new", "new", "new", "contacted", "quoted", "booked", "lost"};
constexpr int BatchSize = 20000;
} // namespace

int GenerateLeadsCommand::run(const QString &dataDir, const QStringList &args)
{
    bool ok = false;
    const int count = args.value(0).toInt(&ok);
    if (!ok || count <= 0 || count > 10'000'000) {
        Terminal::err(QStringLiteral("Usage: remixcrm generate-leads COUNT (1 to 10000000)"));
        return 2;
    }
    auto connection = openCommandDatabase(dataDir);
    if (!connection)
        return 1;
    QSqlDatabase db = connection->db();
    auto *random = QRandomGenerator::global();
    const qint64 now = Clock::nowMs();
    try {
        store::LookupStore lookups(db);
        QList<qint64> sourceIds, typeIds;
        for (const char *s : Sources)
            sourceIds.append(lookups.sourceFor(QString::fromUtf8(s), now).id);
        for (const auto &t : lookups.eventTypes())
            typeIds.append(t.id);
        QSqlQuery contact(db), lead(db);
        contact.prepare(QStringLiteral(
            "INSERT INTO contacts (public_id, email, email_key, first_name, last_name, phone, "
            "stage, source_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'lead', ?, ?, "
            "?)"));
        lead.prepare(QStringLiteral(
            "INSERT INTO leads (public_id, contact_id, first_name, last_name, email, phone, "
            "event_date, event_type_id, source_id, notes, status, created_via, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import', ?, ?)"));
        for (int done = 0; done < count;) {
            store::Sql::execDirect(db, QStringLiteral("BEGIN"), "begin");
            qint64 firstRowId = 0;
            const int end = qMin(count, done + BatchSize);
            for (; done < end; ++done) {
                const QString first = QString::fromUtf8(FirstNames[random->bounded(20)]);
                const QString last = QString::fromUtf8(LastNames[random->bounded(20)]);
                const QString email = QStringLiteral("%1.%2.%3@example.com")
                                          .arg(first.toLower(), last.toLower())
                                          .arg(done);
                const QString phone
                    = QStringLiteral("+1555%1").arg(random->bounded(1000000, 9999999));
                // Spread over the last two years, oldest first, like a real inbox.
                const qint64 created = now - qint64(count - done) * 60'000;
                const qint64 source = sourceIds.at(random->bounded(int(sourceIds.size())));
                contact.addBindValue(QString(QStringLiteral("cont_") + Ulid::generate(created)));
                contact.addBindValue(email);
                contact.addBindValue(email);
                contact.addBindValue(first);
                contact.addBindValue(last);
                contact.addBindValue(phone);
                contact.addBindValue(source);
                contact.addBindValue(created);
                contact.addBindValue(created);
                store::Sql::exec(contact, "insert sample contact");
                lead.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
                lead.addBindValue(contact.lastInsertId());
                lead.addBindValue(first);
                lead.addBindValue(last);
                lead.addBindValue(email);
                lead.addBindValue(phone);
                lead.addBindValue(
                    QDate::currentDate().addDays(random->bounded(-200, 700)).toString(Qt::ISODate));
                lead.addBindValue(typeIds.isEmpty()
                                      ? QVariant()
                                      : QVariant(typeIds.at(random->bounded(int(typeIds.size())))));
                lead.addBindValue(source);
                lead.addBindValue(QString::fromUtf8(Notes[random->bounded(8)]));
                lead.addBindValue(QString::fromLatin1(Statuses[random->bounded(7)]));
                lead.addBindValue(created);
                lead.addBindValue(created);
                store::Sql::exec(lead, "insert sample lead");
                if (!firstRowId)
                    firstRowId = lead.lastInsertId().toLongLong();
            }
            store::LeadStore(db).indexForSearch(firstRowId, lead.lastInsertId().toLongLong());
            store::Sql::execDirect(db, QStringLiteral("COMMIT"), "commit");
        }
    } catch (const store::StoreError &e) {
        Terminal::err(e.message());
        return 1;
    }
    Terminal::out(QStringLiteral("Generated %1 leads.").arg(count));
    return 0;
}

} // namespace rmx::cli
