// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ContactsPage.h"

#include "core/contacts/ContactEditor.h"
#include "core/util/Clock.h"
#include "ui/ContactDetail.h"
#include "ui/ContactPresentation.h"
#include "ui/ContactTableModel.h"
#include "ui/Theme.h"
#include "ui/UiWrites.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rmx::ui {

using store::ContactRecord;

ContactsPage::ContactsPage(BackgroundReader *reader, std::function<store::WriteQueue *()> writer,
                           QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_writer(writer)
    , m_model(new ContactTableModel(reader, this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_merge(new QPushButton(tr("&Merge duplicates…"), this))
    , m_notice(new QLabel(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_detail(new ContactDetail(reader, std::move(writer), this))
    , m_refresh(new QTimer(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("contactsPage"));
    m_search->setObjectName(QStringLiteral("contactSearch"));
    m_search->setPlaceholderText(tr("Search name, email or phone"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search contacts"));
    m_merge->setObjectName(QStringLiteral("mergeContacts"));
    m_merge->setToolTip(tr("Select two contacts (Ctrl+click) that are the same person."));
    m_merge->setEnabled(false);
    m_count->setObjectName(QStringLiteral("contactCount"));

    m_notice->setObjectName(QStringLiteral("contactsNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(Theme::boxStyle(QStringLiteral("QLabel"), Theme::Tone::Info));
    m_notice->hide();

    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ContactTableModel::Name, 150);
    m_table->setColumnWidth(ContactTableModel::Email, 200);
    m_table->setColumnWidth(ContactTableModel::Stage, 90);
    m_table->setColumnWidth(ContactTableModel::Source, 100);
    m_table->setAccessibleName(tr("Contacts"));

    m_empty->setObjectName(QStringLiteral("contactsEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    connect(m_empty, &QLabel::linkActivated, this, [this] { setSearch({}); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    top->addWidget(m_merge);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_notice);
    leftLayout->addWidget(m_table);
    leftLayout->addWidget(m_empty);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("contactsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(250);
    connect(m_refresh, &QTimer::timeout, m_model, &ContactTableModel::refresh);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContactsPage::onSelectionChanged);
    connect(m_model, &ContactTableModel::reloaded, this, &ContactsPage::reselect);
    connect(m_model, &ContactTableModel::counted, this, [this](int total) {
        m_count->setText(tr("%n contact(s)", nullptr, total));
        m_empty->setText(
            m_model->search().trimmed().isEmpty()
                ? tr("<h3>No contacts yet</h3><p>Everyone who sends you a lead or fills in "
                     "your form gets one entry here, one per email address. Share your "
                     "form from the <b>Connect</b> page to get started.</p>")
                : tr("<h3>No contacts match</h3><p>No name, email or phone fits this search. "
                     "<a href=\"clear\">Show all contacts</a></p>"));
        m_empty->setVisible(total == 0);
        m_table->setVisible(total != 0);
    });
    connect(m_detail, &ContactDetail::saved, m_model, &ContactTableModel::refresh);
    connect(m_detail, &ContactDetail::openLeadRequested, this, &ContactsPage::openLeadRequested);
    connect(m_merge, &QPushButton::clicked, this, [this] { mergeSelected(); });
    m_model->setSearch({});
}

void ContactsPage::dataChanged()
{
    if (!m_refresh->isActive())
        m_refresh->start();
}

void ContactsPage::setSearch(const QString &text)
{
    m_search->setText(text);
    m_searchDelay->stop();
    m_model->setSearch(text);
}

void ContactsPage::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_merge->setEnabled(rows.size() == 2);
    if (rows.size() != 1)
        return;
    const QString id = rows.first().data(ContactTableModel::ContactIdRole).toString();
    if (id.isEmpty() || id == m_detail->contactId())
        return;
    if (!m_detail->prepareToLeave()) {
        reselect(); // keep editing: back to the edited contact's row
        return;
    }
    m_detail->showContact(id);
}

void ContactsPage::reselect()
{
    // A reload resets the model: select the contact shown in the detail view again.
    const QString id = m_detail->contactId();
    if (id.isEmpty())
        return;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QSignalBlocker block(m_table->selectionModel());
    m_table->selectRow(row);
    m_merge->setEnabled(false);
}

void ContactsPage::mergeSelected(
    std::function<QString(const ContactRecord &, const ContactRecord &)> choose)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 2)
        return;
    const ContactRecord *a = m_model->contactAt(rows.at(0).row());
    const ContactRecord *b = m_model->contactAt(rows.at(1).row());
    if (!a || !b)
        return;
    if (!choose) {
        choose = [this](const ContactRecord &first, const ContactRecord &second) {
            QMessageBox box(QMessageBox::Question, tr("Merge contacts"),
                            tr("Merge these two contacts into one? The other one's leads move to "
                               "the contact you keep, and its campaign details fill in what is "
                               "missing. The other contact is then deleted; this cannot be "
                               "undone."),
                            QMessageBox::Cancel, this);
            auto label = [](const ContactRecord &c) {
                return tr("Keep %1 <%2>").arg(ContactPresentation::fullName(c), c.email);
            };
            QAbstractButton *keepFirst = box.addButton(label(first), QMessageBox::AcceptRole);
            QAbstractButton *keepSecond = box.addButton(label(second), QMessageBox::AcceptRole);
            box.exec();
            if (box.clickedButton() == keepFirst)
                return first.id;
            if (box.clickedButton() == keepSecond)
                return second.id;
            return QString();
        };
    }
    const ContactRecord first = *a;
    const ContactRecord second = *b;
    const QString keepId = choose(first, second);
    if (keepId.isEmpty() || (keepId != first.id && keepId != second.id))
        return;
    const ContactRecord duplicate = keepId == first.id ? second : first;
    submitWrite(
        m_writer(), this,
        [keepId, duplicateId = duplicate.id](QSqlDatabase &db) {
            const auto kept
                = contacts::ContactEditor::merge(db, keepId, duplicateId, Clock::nowMs());
            return kept ? QVariant::fromValue(*kept) : QVariant();
        },
        [this, duplicate](const store::WriteQueue::Outcome &outcome) {
            if (!outcome.ok || !outcome.value.isValid()) {
                m_notice->setText(tr("The contacts could not be merged. Try again."));
                m_notice->show();
                return;
            }
            const auto kept = outcome.value.value<ContactRecord>();
            m_notice->setText(tr("Merged %1 into %2.")
                                  .arg(duplicate.email.toHtmlEscaped(),
                                       ContactPresentation::fullName(kept).toHtmlEscaped()));
            m_notice->show();
            QTimer::singleShot(15000, m_notice, &QWidget::hide);
            m_detail->showContact(kept.id);
            m_model->refresh();
            emit merged(kept.id);
        });
}

} // namespace rmx::ui
