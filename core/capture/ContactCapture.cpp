// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/ContactCapture.h"

#include "core/capture/CaptureValidator.h"
#include "core/contacts/ContactCreator.h"
#include "core/leads/LeadCreator.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/LookupStore.h"
#include "core/store/OutboxStore.h"
#include "core/store/SettingsStore.h"
#include "core/store/SpamStore.h"
#include "core/util/Clock.h"
#include "core/util/OrderedJson.h"

namespace rmx::capture {

using namespace rmx::store;

namespace {
constexpr qint64 HourMs = 3600 * 1000;

void mergeMetadata(QJsonObject &stored, const QJsonObject &sent)
{
    for (auto it = sent.begin(); it != sent.end(); ++it) {
        if (it.value().isNull())
            stored.remove(it.key()); // an explicit null clears a key
        else
            stored.insert(it.key(), it.value());
    }
}
} // namespace

const QStringList &ContactCapture::stages()
{
    static const QStringList order = {QStringLiteral("lead"), QStringLiteral("qualified"),
                                      QStringLiteral("opportunity"), QStringLiteral("customer")};
    return order;
}

int ContactCapture::stageRank(const QString &stage)
{
    const QStringList &order = stages();
    const qsizetype rank = order.indexOf(stage);
    // Stages outside the known order were set by the owner: never overwrite them.
    return rank < 0 ? int(order.size()) : int(rank);
}

QByteArray ContactCapture::responseBody(const ContactRecord &c)
{
    const OrderedJson data
        = OrderedJson()
              .add(QStringLiteral("id"), c.id)
              .add(QStringLiteral("email"), c.email)
              .add(QStringLiteral("first_name"), c.firstName)
              .add(QStringLiteral("last_name"), c.lastName)
              .add(QStringLiteral("stage"), c.stage)
              .add(QStringLiteral("source"), c.source.isEmpty() ? QJsonValue() : c.source)
              .add(QStringLiteral("created_at"), Clock::isoUtc(c.createdAt));
    return OrderedJson().addObject(QStringLiteral("data"), data).toJson();
}

CaptureResult ContactCapture::capture(QSqlDatabase &db, const CaptureInput &in,
                                      const CaptureOrigin &origin, qint64 now)
{
    CaptureResult result;
    SettingsStore settings(db);
    const int ceiling = int(settings.intValue(SettingsSchema::CaptureNewContactsPerHour));

    if (!origin.spamReason.isEmpty()) {
        result.kind = CaptureResult::Kind::Spam;
        // Spam shares the hourly ceiling, so a flood cannot fill the disk through this table.
        SpamStore spam(db);
        if (ceiling > 0 && spam.countCreatedSince(now - HourMs) >= ceiling)
            return result;
        SpamRecord record;
        record.reason = origin.spamReason;
        record.email = in.email;
        record.clientIp = origin.clientIp;
        record.userAgent = origin.userAgent.left(500);
        record.payload = in.payload;
        record.createdAt = now;
        spam.insert(record);
        return result;
    }

    ContactStore contacts(db);
    OutboxStore outbox(db);
    std::optional<qint64> sourceId;
    QString sourceName;
    if (!in.source.isEmpty()) {
        const LookupStore::Entry source = LookupStore(db).sourceFor(in.source, now);
        sourceId = source.id;
        sourceName = source.name;
    }

    std::optional<ContactRecord> found = contacts.findByEmail(in.email);
    if (!found) {
        if (ceiling > 0 && !origin.byOwner) {
            const auto window = contacts.countCreatedSince(now - HourMs, ceiling);
            if (window.count >= ceiling) {
                result.kind = CaptureResult::Kind::CeilingReached;
                result.retryAfterSec
                    = qMax<qint64>(1, (window.slotFreesAtMs + HourMs - now + 999) / 1000);
                return result;
            }
        }
        ContactRecord fresh;
        fresh.email = in.email;
        fresh.firstName = in.firstName;
        fresh.lastName = in.lastName;
        fresh.phone = in.phone;
        fresh.source = sourceName;
        fresh.metadata = in.metadata;
        fresh.createdAt = fresh.updatedAt = now;
        contacts::ContactCreator::create(db, fresh, sourceId);
        result.kind = CaptureResult::Kind::Created;
        result.contact = fresh;
    } else {
        ContactRecord c = *found;
        if (!in.firstName.isEmpty())
            c.firstName = in.firstName;
        if (!in.lastName.isEmpty())
            c.lastName = in.lastName;
        if (!in.phone.isEmpty())
            c.phone = in.phone;
        if (!sourceName.isEmpty())
            c.source = sourceName;
        mergeMetadata(c.metadata, in.metadata);
        if (const QString problem = CaptureValidator::metadataProblem(c.metadata);
            !problem.isEmpty()) {
            result.kind = CaptureResult::Kind::Invalid;
            result.error = problem + QStringLiteral(" (after merging with the stored metadata)");
            result.fields = {QStringLiteral("metadata")};
            return result;
        }
        // A capture always means "lead"; it never moves a contact back along the pipeline.
        if (stageRank(QStringLiteral("lead")) > stageRank(c.stage))
            c.stage = QStringLiteral("lead");
        c.updatedAt = qMax(now, c.updatedAt);
        contacts.update(c, sourceId);
        outbox.append(QStringLiteral("contact.updated"), c.toJsonText(), now);
        result.kind = CaptureResult::Kind::Updated;
        result.contact = c;
    }

    if (in.lead) {
        leads::LeadSubmission submission;
        submission.input = *in.lead;
        submission.input.email = result.contact.email;
        // A returning visitor who only left a message: the lead carries what we know of her.
        if (submission.input.firstName.isEmpty() && submission.input.lastName.isEmpty()) {
            submission.input.firstName = result.contact.firstName;
            submission.input.lastName = result.contact.lastName;
        }
        if (submission.input.phone.isEmpty())
            submission.input.phone = result.contact.phone;
        submission.createdVia = QStringLiteral("capture");
        submission.historyDetail = origin.clientIp.isEmpty()
            ? QString()
            : QStringLiteral("capture from %1").arg(origin.clientIp);
        submission.publicBaseUrl = origin.publicBaseUrl;
        submission.mailChannel = origin.mailChannel;
        if (origin.restoredSpam)
            submission.mailHeldReason = QStringLiteral("spam");
        const leads::LeadCreation lead = leads::LeadCreator::create(db, submission, now);
        result.leadId = lead.lead.id;
    }
    return result;
}

CaptureResult ContactCapture::restoreSpam(QSqlDatabase &db, const QString &spamId,
                                          const QString &publicBaseUrl, qint64 now)
{
    CaptureResult result;
    result.kind = CaptureResult::Kind::Invalid;
    SpamStore spam(db);
    const std::optional<SpamRecord> record = spam.findById(spamId);
    if (!record || record->restoredAt != 0) {
        result.error = QStringLiteral("No spam submission to restore with this id");
        return result;
    }
    leads::ValidationError invalid;
    const CaptureInput input = CaptureValidator::validate(record->payload, &invalid);
    if (!invalid.isValid()) {
        result.error = invalid.message;
        result.fields = invalid.fields;
        return result;
    }
    CaptureOrigin origin;
    origin.clientIp = record->clientIp;
    origin.userAgent = record->userAgent;
    origin.publicBaseUrl = publicBaseUrl;
    origin.byOwner = true;
    origin.restoredSpam = true;
    result = capture(db, input, origin, now);
    if (result.kind == CaptureResult::Kind::Created || result.kind == CaptureResult::Kind::Updated)
        spam.markRestored(record->rowId, result.contact.rowId, now);
    return result;
}

} // namespace rmx::capture
