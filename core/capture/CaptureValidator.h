// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/CaptureInput.h"
#include "core/http/FormBody.h"
#include "core/leads/LeadInput.h"

#include <QByteArray>
#include <QJsonObject>

namespace rmx::capture {

/// Turns a /capture body into a CaptureInput. `email` is required; names, `source`,
/// `metadata` and the lead fields (`phone`, `event_date`, `event_type`, `notes`) are optional.
/// An `event_date` makes the submission a lead too, with the Lead API's required fields; without
/// one, notes (or `message`), an event type or any other field make it a lead without a date,
/// so no inquiry is lost. Fields beyond these are kept as the lead's details.
class CaptureValidator final
{
public:
    static constexpr int MetadataMaxKeys = 50;
    static constexpr int MetadataMaxBytes = 8 * 1024;
    static constexpr int MetadataKeyMax = 100;

    /// Field names of the hosted form that are not contact data.
    static constexpr const char *TokenField = "_form_token";
    static constexpr const char *HoneypotField = "website";
    static constexpr const char *EmbedField = "_embed";

    /// An application/x-www-form-urlencoded body as the equivalent JSON body:
    /// `metadata[key]=value` pairs become `metadata`, `message` is an alias of `notes`, and
    /// the form's own fields go to `form`.
    static QJsonObject fromUrlEncoded(const QByteArray &body, FormFields *form);
    /// The same for the fields of any form body (urlencoded or multipart/form-data).
    static QJsonObject fromFormFields(const QList<http::FormBody::Field> &fields, FormFields *form);

    static CaptureInput validate(const QJsonObject &sent, leads::ValidationError *error);
    /// Checks the size caps of a metadata object (also after merging into a stored one).
    static QString metadataProblem(const QJsonObject &metadata);
};

} // namespace rmx::capture
