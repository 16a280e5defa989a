// SPDX-License-Identifier: GPL-3.0-or-later
// Raw request bodies through the JSON parse and the three validators that read them: the Lead
// API's (both status sets), /capture's and the webhook subscription's.
#include "core/capture/CaptureValidator.h"
#include "core/leads/LeadValidator.h"
#include "core/webhooks/SubscriptionInput.h"

#include "tests/fuzz/FuzzCheck.h"

#include <QDate>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace rmx;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return 0;
    const QJsonObject object = doc.object();

    for (const auto rules :
         {leads::LeadValidator::Rules::Api, leads::LeadValidator::Rules::Import}) {
        leads::ValidationError error;
        const leads::LeadInput lead = leads::LeadValidator::validate(object, &error, rules);
        if (error.message.isEmpty()) {
            FUZZ_CHECK(!lead.email.isEmpty());
            // The stored date is the ISO form of a real date, in ASCII digits; only an import
            // may leave it out.
            const QDate date = QDate::fromString(lead.eventDate, Qt::ISODate);
            FUZZ_CHECK(
                (date.isValid() && date.toString(Qt::ISODate) == lead.eventDate)
                || (rules == leads::LeadValidator::Rules::Import && lead.eventDate.isEmpty()));
            FUZZ_CHECK(rules == leads::LeadValidator::Rules::Import
                       || !lead.phone.trimmed().isEmpty());
        }
    }

    leads::ValidationError captureError;
    capture::CaptureValidator::validate(object, &captureError);

    const auto subscription = webhooks::SubscriptionInput::fromJson(object);
    if (subscription.isValid())
        FUZZ_CHECK(!subscription.url.isEmpty());
    return 0;
}
