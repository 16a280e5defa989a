// SPDX-License-Identifier: GPL-3.0-or-later
// An application/x-www-form-urlencoded body of /capture or the hosted /form, as the browser
// posts it: turned into the equivalent JSON body, then validated like a JSON capture.
#include "core/capture/CaptureValidator.h"

#include "tests/fuzz/FuzzCheck.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace rmx;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    capture::FormFields form;
    const QJsonObject object = capture::CaptureValidator::fromUrlEncoded(body, &form);
    // The form's own fields never reach the contact data.
    FUZZ_CHECK(!object.contains(QLatin1StringView(capture::CaptureValidator::TokenField)));
    FUZZ_CHECK(!object.contains(QLatin1StringView(capture::CaptureValidator::HoneypotField)));
    if (object.contains(QStringLiteral("metadata"))) {
        FUZZ_CHECK(object.value(QStringLiteral("metadata")).isObject());
        capture::CaptureValidator::metadataProblem(
            object.value(QStringLiteral("metadata")).toObject());
    }

    leads::ValidationError error;
    capture::CaptureValidator::validate(object, &error);
    // What the form produced survives a JSON round trip, as the stored payload does. Compared
    // as maps: QJsonObject orders keys outside the BMP differently depending on how they were
    // inserted, so its operator== can see the same members as different.
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    FUZZ_CHECK(QJsonDocument::fromJson(json).object().toVariantMap() == object.toVariantMap());
    return 0;
}
