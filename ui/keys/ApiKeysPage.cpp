// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/keys/ApiKeysPage.h"

#include "core/store/ApiKeyStore.h"
#include "ui/BackgroundReader.h"
#include "ui/LeadPresentation.h"
#include "ui/UiWrites.h"
#include "ui/keys/CreateKeyDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rmx::ui {

ApiKeysPage::ApiKeysPage(BackgroundReader *reader, std::function<store::WriteQueue *()> writer,
                         QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_writer(std::move(writer))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("apiKeysPage"));
    auto *intro = new QLabel(tr("API keys let your website, Zapier, n8n or ad platforms send leads "
                                "to <code>POST /api/v1/leads</code>. Each key is shown once when "
                                "it is created; only its prefix is kept visible."),
                             this);
    intro->setWordWrap(true);
    auto *create = new QPushButton(tr("&New API key…"), this);
    create->setObjectName(QStringLiteral("newApiKey"));
    auto *revoke = new QPushButton(tr("&Revoke…"), this);
    revoke->setObjectName(QStringLiteral("revokeApiKey"));
    m_table->setObjectName(QStringLiteral("apiKeyTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Prefix"), tr("Name"), tr("Created"), tr("Last used"), tr("Revoked")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("API keys"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(revoke);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_table);

    connect(create, &QPushButton::clicked, this, &ApiKeysPage::createKey);
    connect(revoke, &QPushButton::clicked, this, [this] { revokeSelected(); });
    reload();
}

void ApiKeysPage::reload()
{
    m_reader->read(
        this, [](QSqlDatabase &db) { return QVariant::fromValue(store::ApiKeyStore(db).list()); },
        [this](const QVariant &result) {
            const auto keys = result.value<QList<store::ApiKeyInfo>>();
            m_table->setRowCount(int(keys.size()));
            auto time
                = [](qint64 ms) { return ms > 0 ? LeadPresentation::received(ms) : tr("Never"); };
            for (int row = 0; row < keys.size(); ++row) {
                const auto &k = keys[row];
                m_table->setItem(row, 0, new QTableWidgetItem(k.prefix));
                m_table->setItem(row, 1, new QTableWidgetItem(k.name));
                m_table->setItem(row, 2, new QTableWidgetItem(time(k.createdAt)));
                m_table->setItem(row, 3, new QTableWidgetItem(time(k.lastUsedAt)));
                m_table->setItem(
                    row, 4, new QTableWidgetItem(k.revokedAt > 0 ? time(k.revokedAt) : QString()));
            }
            m_table->resizeColumnsToContents();
        });
}

void ApiKeysPage::createKey()
{
    auto *dialog = new CreateKeyDialog(m_writer(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateKeyDialog::created, this, &ApiKeysPage::reload);
    dialog->open();
}

void ApiKeysPage::revokeSelected(std::function<bool(const QString &prefix)> confirm)
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString prefix = m_table->item(rows.first().row(), 0)->text();
    if (!confirm) {
        confirm = [this](const QString &p) {
            return QMessageBox::question(this, tr("Revoke API key"),
                                         tr("Revoke %1? Anything still using it will be refused "
                                            "from the next request on. This cannot be undone.")
                                             .arg(p))
                == QMessageBox::Yes;
        };
    }
    if (!confirm(prefix))
        return;
    submitWrite(
        m_writer(), this,
        [prefix](QSqlDatabase &db) { return QVariant(int(store::ApiKeyStore(db).revoke(prefix))); },
        [this](const store::WriteQueue::Outcome &) { reload(); });
}

} // namespace rmx::ui
