// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/leads/LeadInput.h"
#include "core/store/ContactStore.h"

#include <QSqlDatabase>

#include <optional>

namespace rmx::contacts {

/// The owner's changes to contacts, each one transaction on the writer thread with its
/// `contact.updated` event: editing names, phone and stage, and merging a duplicate into the
/// contact that is kept.
class ContactEditor final
{
public:
    /// Checks an edited contact (names, phone, stage); returns what is wrong, or an empty error.
    static leads::ValidationError validate(const store::ContactRecord &edited);
    /// Writes the names, phone and stage of `edited` (matched by id). The owner may set any
    /// stage of the pipeline, also backwards. Appends `contact.updated` when anything changed.
    /// Returns the saved contact; nothing when it is gone or `edited` is invalid.
    static std::optional<store::ContactRecord>
    save(QSqlDatabase &db, const store::ContactRecord &edited, qint64 nowMs);

    /// Merges the contact `duplicateId` into `keepId`: its leads (and restored spam) move to the
    /// kept contact, empty names, phone and source are filled from it, metadata keys the kept
    /// contact lacks are added (within the metadata caps), the further stage wins, and the
    /// duplicate is deleted. Returns the kept contact; nothing when either is gone or both are
    /// the same.
    static std::optional<store::ContactRecord> merge(QSqlDatabase &db, const QString &keepId,
                                                     const QString &duplicateId, qint64 nowMs);
};

} // namespace rmx::contacts
