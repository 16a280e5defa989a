// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ColumnMapping.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace rmx::ui {

class ImportWorker;

/// The first step of the CSV import: each column of the file with a sample value and the lead
/// field it fills, guessed from the header and changeable. Next stays disabled while a field
/// every lead needs is not mapped.
class ColumnMappingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnMappingPage)

public:
    ColumnMappingPage(ImportWorker *worker, const QString &fileName, QWidget *parent = nullptr);

    bool isComplete() const override;
    const ColumnMapping &mapping() const { return m_mapping; }
    /// The field chooser of `column`, in the file's column order.
    QComboBox *fieldChooser(int column) const;
    bool isLoaded() const { return m_loaded; }

private:
    void onPreviewed(const QStringList &header, const QStringList &sample, const QString &error);
    void onFieldChosen(int column);
    void showIgnored(int column);
    void updateMissing();

    QLabel *m_intro;
    QTableWidget *m_table;
    QLabel *m_missing;
    ColumnMapping m_mapping;
    bool m_loaded = false;
};

} // namespace rmx::ui
