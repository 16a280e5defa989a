// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/ImportCommand.h"

#include "core/cli/CommandDatabase.h"
#include "core/cli/Terminal.h"
#include "core/leads/CsvReader.h"
#include "core/leads/LeadCsvImporter.h"
#include "core/store/StoreError.h"

#include <QFile>

namespace rmx::cli {

int ImportCommand::run(const QString &dataDir, const QStringList &args, bool dryRun)
{
    if (args.size() != 1) {
        Terminal::err(QStringLiteral("Usage: remixcrm import FILE.csv [--dry-run]"));
        return 2;
    }
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly)) {
        Terminal::err(QStringLiteral("Cannot read %1: %2").arg(args.first(), file.errorString()));
        return 1;
    }
    QStringList header;
    leads::CsvReader(&file).next(&header);
    const auto mapping = leads::LeadCsvImporter::guessMapping(header);
    QStringList mapped;
    for (const QString &field : leads::LeadCsvImporter::fields()) {
        if (mapping.contains(field))
            mapped.append(
                QStringLiteral("%1 ← \"%2\"").arg(field, header.value(mapping.value(field))));
    }
    Terminal::out(QStringLiteral("Columns: %1")
                      .arg(mapped.isEmpty() ? QStringLiteral("none recognised")
                                            : mapped.join(QStringLiteral(", "))));
    file.seek(0);

    auto connection = openCommandDatabase(dataDir);
    if (!connection)
        return 1;
    QSqlDatabase db = connection->db();
    try {
        const auto summary = leads::LeadCsvImporter::run(db, &file, mapping, dryRun);
        for (const auto &problem : summary.problems)
            Terminal::out(QStringLiteral("row %1: %2").arg(problem.row).arg(problem.message));
        Terminal::out(QStringLiteral("%1%2 new, %3 updated, %4 skipped, %5 errors")
                          .arg(dryRun ? QStringLiteral("Dry run (nothing written): ") : QString())
                          .arg(summary.created)
                          .arg(summary.updated)
                          .arg(summary.skipped)
                          .arg(summary.errors));
        return 0;
    } catch (const store::StoreError &e) {
        Terminal::err(QStringLiteral("The import stopped: %1").arg(e.message()));
        return 1;
    }
}

} // namespace rmx::cli
