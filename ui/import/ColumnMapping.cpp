// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ColumnMapping.h"

namespace rmx::ui {

ColumnMapping::ColumnMapping(const QStringList &header)
{
    for (int i = 0; i < header.size(); ++i)
        m_fields.append(QString());
    const auto guessed = leads::LeadCsvImporter::guessMapping(header);
    for (auto it = guessed.cbegin(); it != guessed.cend(); ++it)
        m_fields[it.value()] = it.key();
}

int ColumnMapping::setField(int column, const QString &field)
{
    if (column < 0 || column >= m_fields.size())
        return -1;
    int cleared = -1;
    if (!field.isEmpty()) {
        cleared = int(m_fields.indexOf(field));
        if (cleared == column)
            cleared = -1;
        else if (cleared >= 0)
            m_fields[cleared].clear();
    }
    m_fields[column] = field;
    return cleared;
}

QStringList ColumnMapping::missingRequired() const
{
    QStringList missing;
    const bool hasName = m_fields.contains(QStringLiteral("name"))
        || (m_fields.contains(QStringLiteral("first_name"))
            && m_fields.contains(QStringLiteral("last_name")));
    if (!hasName)
        missing.append(QStringLiteral("name"));
    for (const char *required : {"email", "phone", "event_date"}) {
        if (!m_fields.contains(QLatin1StringView(required)))
            missing.append(QLatin1StringView(required));
    }
    return missing;
}

leads::LeadCsvImporter::Mapping ColumnMapping::toImporterMapping() const
{
    leads::LeadCsvImporter::Mapping mapping;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (!m_fields.at(i).isEmpty())
            mapping.insert(m_fields.at(i), i);
    }
    return mapping;
}

} // namespace rmx::ui
