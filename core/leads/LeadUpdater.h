// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/leads/LeadInput.h"
#include "core/store/LeadRecord.h"

#include <QSqlDatabase>

#include <optional>

namespace rmx::leads {

/// Saves an edit of a lead made by the owner: validates it, writes the changed fields, records
/// each change (status moves separately) in the lead's history and appends `lead.updated` to the
/// outbox, in one transaction on the writer thread.
class LeadUpdater final
{
public:
    /// Every status of the pipeline; the API may only set the first three.
    static const QStringList &pipeline();

    /// Checks an edited lead; returns what is wrong, or an empty error.
    static ValidationError validate(const store::LeadRecord &edited);
    /// Applies `edited` (matched by id) and returns the saved lead; nothing when it is gone.
    static std::optional<store::LeadRecord> save(QSqlDatabase &db, const store::LeadRecord &edited,
                                                 const QString &publicBaseUrl, qint64 nowMs);
};

} // namespace rmx::leads
