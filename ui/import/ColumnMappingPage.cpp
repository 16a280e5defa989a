// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ColumnMappingPage.h"

#include "core/leads/LeadCsvImporter.h"
#include "ui/import/ImportTexts.h"
#include "ui/import/ImportWorker.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rmx::ui {

ColumnMappingPage::ColumnMappingPage(ImportWorker *worker, const QString &fileName, QWidget *parent)
    : QWizardPage(parent)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_missing(new QLabel(this))
    , m_dateRow(new QWidget(this))
    , m_dateFormat(new QComboBox(m_dateRow))
{
    setObjectName(QStringLiteral("columnMappingPage"));
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose which lead field each column of %1 fills. Columns set to "
                   "\"Ignore\" are not imported.")
                    .arg(fileName));
    m_intro->setObjectName(QStringLiteral("mappingIntro"));
    m_intro->setText(tr("Reading the file…"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("columnMappingTable"));
    m_table->setAccessibleName(tr("Columns of the file"));
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Example"), tr("Imported as")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->hide();
    m_missing->setObjectName(QStringLiteral("mappingMissing"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    m_missing->hide();

    // An example date in each format the import reads.
    const QDate example(2027, 8, 15);
    for (const QString &format : leads::LeadCsvImporter::dateFormats()) {
        QString label = example.toString(format);
        if (format == u"d/M/yyyy")
            label = tr("%1 (day first)").arg(label);
        else if (format == u"M/d/yyyy")
            label = tr("%1 (month first)").arg(label);
        m_dateFormat->addItem(label, format);
    }
    m_dateFormat->setObjectName(QStringLiteral("dateFormat"));
    auto *dateLabel = new QLabel(tr("Event dates are written like"), m_dateRow);
    dateLabel->setBuddy(m_dateFormat);
    m_dateFormat->setAccessibleName(dateLabel->text());
    auto *dateLayout = new QHBoxLayout(m_dateRow);
    dateLayout->setContentsMargins(0, 0, 0, 0);
    dateLayout->addWidget(dateLabel);
    dateLayout->addWidget(m_dateFormat);
    dateLayout->addStretch();
    m_dateRow->hide();
    connect(m_dateFormat, &QComboBox::currentIndexChanged, this,
            [this] { m_mapping.setDateFormat(m_dateFormat->currentData().toString()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_dateRow);
    layout->addWidget(m_missing);

    connect(worker, &ImportWorker::previewed, this, &ColumnMappingPage::onPreviewed);
}

bool ColumnMappingPage::isComplete() const
{
    return m_loaded && m_mapping.missingRequired().isEmpty();
}

QComboBox *ColumnMappingPage::fieldChooser(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(column, 2));
}

void ColumnMappingPage::onPreviewed(const QStringList &header, const QList<QStringList> &samples,
                                    const QString &error)
{
    if (!error.isEmpty()) {
        m_intro->setText(tr("This file cannot be read: %1").arg(error));
        return;
    }
    m_intro->setText(
        tr("%n column(s) found, each shown with its first value.", nullptr, int(header.size())));
    m_mapping = ColumnMapping(header);
    m_samples = samples;
    m_table->setRowCount(int(header.size()));
    for (int column = 0; column < header.size(); ++column) {
        const QString name = header.at(column).trimmed();
        m_table->setItem(column, 0, new QTableWidgetItem(name.isEmpty() ? tr("(no name)") : name));
        QString example;
        for (const QStringList &row : samples) {
            example = row.value(column).simplified();
            if (!example.isEmpty())
                break;
        }
        if (example.size() > 80)
            example = example.left(79) + QChar(0x2026);
        m_table->setItem(column, 1, new QTableWidgetItem(example));
        auto *chooser = new QComboBox(m_table);
        chooser->setObjectName(QStringLiteral("mapColumn%1").arg(column));
        chooser->setAccessibleName(tr("Lead field for column %1").arg(name));
        chooser->addItem(tr("Ignore"), QString());
        for (const QString &field : leads::LeadCsvImporter::fields())
            chooser->addItem(ImportTexts::fieldName(field), field);
        chooser->setCurrentIndex(chooser->findData(m_mapping.field(column)));
        connect(chooser, &QComboBox::currentIndexChanged, this,
                [this, column] { onFieldChosen(column); });
        m_table->setCellWidget(column, 2, chooser);
        showIgnored(column);
    }
    m_table->setFocusPolicy(Qt::StrongFocus);
    m_table->show();
    m_dateRow->show();
    m_loaded = true;
    guessDateFormat();
    updateMissing();
}

void ColumnMappingPage::onFieldChosen(int column)
{
    const int cleared = m_mapping.setField(column, fieldChooser(column)->currentData().toString());
    if (cleared >= 0)
        fieldChooser(cleared)->setCurrentIndex(0);
    showIgnored(column);
    guessDateFormat();
    updateMissing();
}

void ColumnMappingPage::guessDateFormat()
{
    const int column = m_mapping.toImporterMapping().value(QStringLiteral("event_date"), -1);
    if (column < 0 || column == m_guessedDateColumn)
        return;
    m_guessedDateColumn = column;
    QStringList dates;
    for (const QStringList &row : std::as_const(m_samples))
        dates.append(row.value(column));
    // The user's locale decides 08/05 only when the samples fit both readings.
    const bool monthFirst = QLocale().dateFormat(QLocale::ShortFormat).trimmed().startsWith(u'M');
    const QString format = leads::LeadCsvImporter::guessDateFormat(dates, monthFirst);
    m_dateFormat->setCurrentIndex(m_dateFormat->findData(format));
    m_mapping.setDateFormat(format);
}

void ColumnMappingPage::showIgnored(int column)
{
    // Ignored columns read greyed out, so what gets imported stands out.
    const bool ignored = m_mapping.field(column).isEmpty();
    for (int cell : {0, 1}) {
        if (QTableWidgetItem *item = m_table->item(column, cell))
            item->setForeground(
                palette().brush(ignored ? QPalette::PlaceholderText : QPalette::Text));
    }
}

void ColumnMappingPage::updateMissing()
{
    const QStringList missing = m_mapping.missingRequired();
    QStringList names;
    for (const QString &field : missing) {
        names.append(field == u"name" ? tr("Full name (or First name and Last name)")
                                      : ImportTexts::fieldName(field));
    }
    m_missing->setText(tr("Every lead needs these fields; choose the columns that hold them: %1")
                           .arg(names.join(QStringLiteral(", "))));
    m_missing->setVisible(!missing.isEmpty());
    emit completeChanged();
}

} // namespace rmx::ui
