// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/keys/CreateKeyDialog.h"

#include "core/store/ApiKeyStore.h"
#include "ui/CopyButton.h"
#include "ui/Theme.h"
#include "ui/UiWrites.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace rmx::ui {

CreateKeyDialog::CreateKeyDialog(store::WriteQueue *writer, QWidget *parent)
    : QDialog(parent)
    , m_writer(writer)
    , m_steps(new QStackedWidget(this))
    , m_name(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_createButton(new QPushButton(tr("&Create"), this))
{
    setObjectName(QStringLiteral("createKeyDialog"));
    setWindowTitle(tr("New API key"));
    setMinimumWidth(520);

    auto *ask = new QWidget(this);
    auto *askLayout = new QVBoxLayout(ask);
    auto *askLabel = new QLabel(tr("Give the key a name that says where it is used, e.g. "
                                   "\"Website contact form\"."),
                                ask);
    askLabel->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("keyName"));
    m_name->setMaxLength(store::ApiKeyStore::NameMaxLength);
    m_name->setAccessibleName(tr("Key name"));
    Theme::setTextTone(m_error, Theme::Tone::Danger);
    m_error->hide();
    m_createButton->setObjectName(QStringLiteral("createKey"));
    m_createButton->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), ask);
    auto *askButtons = new QHBoxLayout;
    askButtons->addStretch();
    askButtons->addWidget(cancel);
    askButtons->addWidget(m_createButton);
    askLayout->addWidget(askLabel);
    askLayout->addWidget(m_name);
    askLayout->addWidget(m_error);
    askLayout->addLayout(askButtons);

    auto *show = new QWidget(this);
    auto *showLayout = new QVBoxLayout(show);
    auto *warning = new QLabel(tr("<b>Copy this key now. You won't see it again.</b><br>RemixCRM "
                                  "keeps only a salted hash of it. Keep it on your server side: "
                                  "never put it in a web page's JavaScript."),
                               show);
    warning->setWordWrap(true);
    m_key->setObjectName(QStringLiteral("shownKey"));
    m_key->setReadOnly(true);
    m_key->setAccessibleName(tr("Your new API key"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_key->setFont(mono);
    auto *copy = new CopyButton([this] { return m_key->text(); }, show);
    copy->setObjectName(QStringLiteral("copyKey"));
    auto *done = new QPushButton(tr("&Done"), show);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key);
    keyRow->addWidget(copy);
    auto *doneRow = new QHBoxLayout;
    doneRow->addStretch();
    doneRow->addWidget(done);
    showLayout->addWidget(warning);
    showLayout->addLayout(keyRow);
    showLayout->addLayout(doneRow);

    m_steps->addWidget(ask);
    m_steps->addWidget(show);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);

    connect(m_createButton, &QPushButton::clicked, this, &CreateKeyDialog::create);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(done, &QPushButton::clicked, this, [this] {
        m_key->clear(); // the key leaves memory with the dialog
        accept();
    });
}

QString CreateKeyDialog::shownKey() const
{
    return m_key->text();
}

void CreateKeyDialog::create()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_error->setText(tr("Please enter a name."));
        m_error->show();
        return;
    }
    m_createButton->setEnabled(false);
    submitWrite(
        m_writer, this,
        [name](QSqlDatabase &db) {
            const auto created = store::ApiKeyStore(db).create(name);
            return QVariant(QStringList {created.key, created.info.prefix});
        },
        [this](const store::WriteQueue::Outcome &outcome) {
            m_createButton->setEnabled(true);
            if (!outcome.ok) {
                m_error->setText(tr("The key could not be created. Try again."));
                m_error->show();
                return;
            }
            const QStringList created = outcome.value.toStringList();
            m_key->setText(created.value(0));
            m_key->selectAll();
            m_steps->setCurrentIndex(1);
            emit this->created(created.value(1));
        });
}

} // namespace rmx::ui
