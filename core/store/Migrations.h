// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace rmx::store {

/// The numbered schema migrations: entry N-1 upgrades a database from version N-1 to N.
/// Entries are never edited once released; new changes append a new entry.
namespace Migrations {
const QList<QStringList> &all();
}

} // namespace rmx::store
