// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConnectPage.h"

#include "core/settings/SettingsSchema.h"
#include "core/store/ApiKeyStore.h"
#include "core/store/SettingsStore.h"
#include "ui/BackgroundReader.h"
#include "ui/ConnectSnippets.h"
#include "ui/CopyButton.h"
#include "ui/LeadLink.h"
#include "ui/UiWrites.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace rmx::ui {

ConnectPage::ConnectPage(BackgroundReader *reader, std::function<store::WriteQueue *()> writer,
                         QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_writer(std::move(writer))
    , m_network(new QNetworkAccessManager(this))
    , m_state(new QLabel(this))
    , m_publicUrlEdit(new QLineEdit(this))
    , m_publicUrlResult(new QLabel(this))
    , m_localOnly(new QLabel(this))
    , m_snippetChoice(new QComboBox(this))
    , m_snippet(new QPlainTextEdit(this))
    , m_testButton(new QPushButton(tr("Send &test lead"), this))
    , m_testResult(new QLabel(this))
{
    setObjectName(QStringLiteral("connectPage"));
    auto *intro = new QLabel(
        tr("<h3>Connect your website</h3><p>RemixCRM listens on this computer. To receive leads "
           "from the internet, run a tunnel (cloudflared, ngrok or Tailscale Funnel — see the "
           "snippets below) to the listen address, then enter the tunnel's URL as the public "
           "URL. Every snippet and every <code>lead_url</code> uses it.</p>"),
        this);
    intro->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("connectListenerState"));

    m_publicUrlEdit->setObjectName(QStringLiteral("connectPublicUrl"));
    m_publicUrlEdit->setPlaceholderText(QStringLiteral("https://leads.example.com"));
    m_publicUrlEdit->setAccessibleName(tr("Public URL"));
    m_publicUrlEdit->setClearButtonEnabled(true);
    auto *savePublicUrl = new QPushButton(tr("&Use this URL"), this);
    savePublicUrl->setObjectName(QStringLiteral("savePublicUrl"));
    m_publicUrlResult->setObjectName(QStringLiteral("publicUrlResult"));
    m_publicUrlResult->setWordWrap(true);
    // Without a public URL the snippets name the listen address, which nothing outside this
    // computer can reach.
    m_localOnly->setObjectName(QStringLiteral("connectLocalOnly"));
    m_localOnly->setWordWrap(true);
    m_localOnly->setText(
        tr("<b>No public URL yet:</b> the snippets below only work on this computer. To receive "
           "leads from your website, Zapier or n8n, <a href=\"#tunnel\">set up a tunnel</a> "
           "and enter its URL here."));
    connect(m_localOnly, &QLabel::linkActivated, this, &ConnectPage::showTunnelSnippet);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_publicUrlEdit, 1);
    urlRow->addWidget(savePublicUrl);

    m_snippetChoice->setObjectName(QStringLiteral("snippetChoice"));
    m_snippetChoice->setAccessibleName(tr("Snippet"));
    m_snippet->setObjectName(QStringLiteral("connectSnippets"));
    m_snippet->setReadOnly(true);
    m_snippet->setAccessibleName(tr("Snippet text"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_snippet->setFont(mono);
    auto *copy = new CopyButton([this] { return m_snippet->toPlainText(); }, this);
    copy->setObjectName(QStringLiteral("copySnippet"));
    auto *snippetRow = new QHBoxLayout;
    snippetRow->addWidget(m_snippetChoice, 1);
    snippetRow->addWidget(copy);

    m_testButton->setObjectName(QStringLiteral("sendTestLead"));
    m_testResult->setObjectName(QStringLiteral("testLeadResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_testResult, &QLabel::linkActivated, this, [this](const QString &url) {
        if (const QString id = LeadLink::idOf(url); !id.isEmpty())
            emit openLeadRequested(id);
    });
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("Listener"), m_state);
    // A label with a buddy, so its mnemonic works instead of showing a literal "&".
    auto *urlLabel = new QLabel(tr("&Public URL"), this);
    urlLabel->setBuddy(m_publicUrlEdit);
    form->addRow(urlLabel, urlRow);
    form->addRow(QString(), m_publicUrlResult);
    form->addRow(tr("Test"), testRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_localOnly);
    layout->addLayout(snippetRow);
    layout->addWidget(m_snippet, 1);

    connect(savePublicUrl, &QPushButton::clicked, this, &ConnectPage::savePublicUrl);
    connect(m_publicUrlEdit, &QLineEdit::returnPressed, this, &ConnectPage::savePublicUrl);
    connect(m_snippetChoice, &QComboBox::currentIndexChanged, this, &ConnectPage::render);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectPage::sendTestLead);
    render();
    loadPublicUrl();
}

void ConnectPage::setListenerState(const QString &state)
{
    m_state->setText(state);
}

void ConnectPage::setListenUrl(const QString &url)
{
    m_listenUrl = url;
    render();
}

void ConnectPage::showPublicUrl(const QString &url)
{
    m_publicUrl = url;
    m_publicUrlEdit->setText(url);
    m_publicUrlResult->clear();
    render();
}

void ConnectPage::showTunnelSnippet()
{
    const QList<ConnectSnippets::Snippet> snippets = ConnectSnippets::all(baseUrl(), {});
    for (int i = 0; i < snippets.size(); ++i) {
        if (snippets.at(i).tunnel) {
            m_snippetChoice->setCurrentIndex(i);
            m_snippetChoice->setFocus();
            return;
        }
    }
}

QString ConnectPage::baseUrl() const
{
    if (!m_publicUrl.isEmpty())
        return m_publicUrl;
    return m_listenUrl.isEmpty() ? QStringLiteral("http://127.0.0.1:8088") : m_listenUrl;
}

QString ConnectPage::currentSnippet() const
{
    return m_snippet->toPlainText();
}

QString ConnectPage::testResult() const
{
    return m_testResult->text();
}

void ConnectPage::loadPublicUrl()
{
    m_reader->read(
        this,
        [](QSqlDatabase &db) {
            return QVariant(store::SettingsStore(db).value(SettingsSchema::PublicUrl));
        },
        [this](const QVariant &url) { showPublicUrl(url.toString()); });
}

void ConnectPage::savePublicUrl()
{
    const QString url = m_publicUrlEdit->text().trimmed();
    if (const QString error = SettingsSchema::find(SettingsSchema::PublicUrl)->validate(url);
        !error.isEmpty()) {
        m_publicUrlResult->setText(tr("Not saved: the public URL %1.").arg(error));
        return;
    }
    submitWrite(
        m_writer(), this,
        [url](QSqlDatabase &db) {
            return QVariant(store::SettingsStore(db).setValue(SettingsSchema::PublicUrl, url));
        },
        [this, url](const store::WriteQueue::Outcome &outcome) {
            if (!outcome.ok || !outcome.value.toString().isEmpty()) {
                m_publicUrlResult->setText(tr("Not saved: the setting could not be written."));
                return;
            }
            m_publicUrl = url;
            m_publicUrlResult->setText(
                url.isEmpty() ? tr("Cleared: links use the listen address.")
                              : tr("Saved: new lead links and snippets use %1.").arg(url));
            render();
            emit publicUrlSaved(url);
        });
}

void ConnectPage::render()
{
    const QList<ConnectSnippets::Snippet> snippets = ConnectSnippets::all(
        baseUrl(),
        QUrl(m_listenUrl).authority().isEmpty() ? QStringLiteral("127.0.0.1:8088")
                                                : QUrl(m_listenUrl).authority(),
        !m_publicUrl.isEmpty());
    m_localOnly->setVisible(m_publicUrl.isEmpty());
    const int current = qMax(0, m_snippetChoice->currentIndex());
    {
        const QSignalBlocker block(m_snippetChoice);
        if (m_snippetChoice->count() != snippets.size()) {
            m_snippetChoice->clear();
            for (const auto &snippet : snippets)
                m_snippetChoice->addItem(snippet.title);
        }
        m_snippetChoice->setCurrentIndex(current);
    }
    m_snippet->setPlainText(snippets.value(current).text);
}

void ConnectPage::sendTestLead()
{
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Sending…"));
    // A short-lived key: the test goes through authentication like any real client.
    submitWrite(
        m_writer(), this,
        [](QSqlDatabase &db) {
            const auto created = store::ApiKeyStore(db).create(QStringLiteral("Connect page test"),
                                                               store::ApiKeyStore::Use::Test);
            return QVariant(QStringList {created.key, created.info.prefix});
        },
        [this](const store::WriteQueue::Outcome &outcome) {
            const QStringList created = outcome.value.toStringList();
            if (!outcome.ok || created.size() != 2) {
                m_testButton->setEnabled(true);
                m_testResult->setText(tr("The test could not start: no key could be created."));
                return;
            }
            postTestLead(created.at(0), created.at(1));
        });
}

void ConnectPage::postTestLead(const QString &key, const QString &prefix)
{
    QNetworkRequest request(QUrl(baseUrl() + QStringLiteral("/api/v1/leads")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + key.toLatin1());
    request.setTransferTimeout(15000);
    const QJsonObject lead {
        {QStringLiteral("name"), tr("Test Lead")},
        {QStringLiteral("email"), QStringLiteral("test@example.com")},
        {QStringLiteral("phone"), QStringLiteral("+15550000000")},
        {QStringLiteral("event_date"), QDate::currentDate().addMonths(6).toString(Qt::ISODate)},
        {QStringLiteral("source"), QStringLiteral("Connect page test")},
        {QStringLiteral("notes"), tr("Sent from the Connect page to check the connection.")},
    };
    m_testTimer.start();
    QNetworkReply *reply
        = m_network->post(request, QJsonDocument(lead).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, prefix] {
        reply->deleteLater();
        const qint64 ms = m_testTimer.elapsed();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QString leadId;
        if (status == 201) {
            leadId = body.value(QStringLiteral("id")).toString();
            m_testResult->setText(
                tr("Test lead created (201) in %1 ms through %2: %3")
                    .arg(ms)
                    .arg(baseUrl().toHtmlEscaped(),
                         LeadLink::anchor(body.value(QStringLiteral("lead_url")).toString())));
        } else if (status > 0) {
            m_testResult->setText(tr("The listener answered %1: %2")
                                      .arg(status)
                                      .arg(body.value(QStringLiteral("error")).toString()));
        } else {
            m_testResult->setText(tr("No answer from %1: %2").arg(baseUrl(), reply->errorString()));
        }
        cleanUpTest(prefix, leadId);
    });
}

void ConnectPage::cleanUpTest(const QString &prefix, const QString &leadId)
{
    // The key existed only for this test: deleted rather than revoked, so it doesn't linger in
    // the API Keys list. Its lead was created as a test, so it is shown as one and left out of
    // the stats.
    submitWrite(
        m_writer(), this,
        [prefix](QSqlDatabase &db) {
            store::ApiKeyStore(db).remove(prefix);
            return QVariant();
        },
        [this, leadId](const store::WriteQueue::Outcome &) {
            m_testButton->setEnabled(true);
            if (!leadId.isEmpty())
                emit testLeadCreated(leadId);
        });
}

} // namespace rmx::ui
