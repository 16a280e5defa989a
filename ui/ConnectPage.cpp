// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConnectPage.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rmx::ui {

ConnectPage::ConnectPage(QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_snippets(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("connectPage"));
    auto *intro
        = new QLabel(tr("<h3>Connect your website</h3><p>RemixCRM listens on this computer. "
                        "To receive leads from the internet, run a tunnel (cloudflared, "
                        "ngrok or Tailscale Funnel) to the listen address, then set the "
                        "tunnel's URL as <b>public_url</b> in Settings.</p>"),
                     this);
    intro->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("connectListenerState"));
    m_snippets->setObjectName(QStringLiteral("connectSnippets"));
    m_snippets->setReadOnly(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_snippets->setFont(mono);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_state);
    layout->addWidget(m_snippets);
    render();
}

void ConnectPage::setListenerState(const QString &state)
{
    m_state->setText(state);
}

void ConnectPage::setPublicUrl(const QString &url)
{
    m_publicUrl = url;
    render();
}

void ConnectPage::render()
{
    const QString base
        = m_publicUrl.isEmpty() ? QStringLiteral("http://127.0.0.1:8088") : m_publicUrl;
    m_snippets->setPlainText(
        tr("# Send a lead with curl (replace rmx_yourkey with a key from the API Keys page)\n")
        + QStringLiteral("curl -X POST %1/api/v1/leads \\\n"
                         "  -H \"Authorization: Bearer rmx_yourkey\" \\\n"
                         "  -H \"Content-Type: application/json\" \\\n"
                         "  -d '{\"name\": \"Jane Doe\", \"email\": \"jane@example.com\", "
                         "\"phone\": \"+15551234567\", \"event_date\": \"2026-08-15\", "
                         "\"event_type\": \"Wedding\"}'\n\n")
              .arg(base)
        + tr("# Zapier: Webhooks by Zapier → Custom Request\n")
        + QStringLiteral("Method: POST\nURL: %1/api/v1/leads\n"
                         "Headers: Authorization | Bearer rmx_yourkey\n"
                         "         Content-Type  | application/json\n\n")
              .arg(base)
        + tr("# n8n: HTTP Request node\n")
        + QStringLiteral("Method: POST, URL: %1/api/v1/leads, Send Headers: Authorization = "
                         "Bearer rmx_yourkey, Body Content Type: JSON\n\n")
              .arg(base)
        + tr("# Your website: forward the form from your server, never from browser JavaScript\n")
        + QStringLiteral(
              "fetch('%1/api/v1/leads', { method: 'POST', headers: { 'Authorization': "
              "'Bearer ' + process.env.REMIXCRM_KEY, 'Content-Type': 'application/json' }, "
              "body: JSON.stringify(lead) })\n")
              .arg(base));
}

} // namespace rmx::ui
