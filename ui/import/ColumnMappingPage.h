// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/import/ColumnMapping.h"

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
    QComboBox *dateFormatChooser() const { return m_dateFormat; }
    bool isLoaded() const { return m_loaded; }

private:
    void onPreviewed(const QStringList &header, const QList<QStringList> &samples,
                     const QString &error);
    void guessDateFormat();
    void onFieldChosen(int column);
    void showIgnored(int column);
    void updateMissing();

    QLabel *m_intro;
    QTableWidget *m_table;
    QLabel *m_missing;
    QWidget *m_dateRow;
    QComboBox *m_dateFormat;
    ColumnMapping m_mapping;
    QList<QStringList> m_samples;
    int m_guessedDateColumn = -1;
    bool m_loaded = false;
};

} // namespace rmx::ui
