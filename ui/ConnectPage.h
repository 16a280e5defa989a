// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;

namespace rmx::store {
class WriteQueue;
}

namespace rmx::ui {

class BackgroundReader;
class ConnectSnippets;

/// "Connect your website": the listener's state, the public URL (the tunnel's) with guidance
/// for cloudflared, ngrok and Tailscale Funnel, ready-to-copy snippets filled in with that URL,
/// and a test lead sent through the real listener.
class ConnectPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectPage)

public:
    ConnectPage(BackgroundReader *reader, std::function<store::WriteQueue *()> writer,
                QWidget *parent = nullptr);

    void setListenerState(const QString &state);
    void setListenUrl(const QString &url);
    /// Shows a public URL saved elsewhere (the Settings page), without saving it again.
    void showPublicUrl(const QString &url);
    QString publicUrl() const { return m_publicUrl; }
    /// Sends a lead through the listener with a short-lived key, then deletes the key and
    /// marks the lead as a test, so it stays out of the statistics.
    void sendTestLead();
    QString currentSnippet() const;
    QString testResult() const;

Q_SIGNALS:
    /// The public URL was saved here, so other pages show it too.
    void publicUrlSaved(const QString &url);
    /// The test lead was created (its id), so the window can show it.
    void testLeadCreated(const QString &leadId);
    /// A lead_url shown on the page was clicked.
    void openLeadRequested(const QString &leadId);

private:
    void loadPublicUrl();
    void savePublicUrl();
    void render();
    QString baseUrl() const;
    void postTestLead(const QString &key, const QString &prefix);
    /// Deletes the test's key and marks its lead (if one was made) as a test.
    void cleanUpTest(const QString &prefix, const QString &leadId);
    void showTunnelSnippet();

    BackgroundReader *m_reader;
    std::function<store::WriteQueue *()> m_writer;
    QNetworkAccessManager *m_network;
    QString m_listenUrl;
    QString m_publicUrl;
    QLabel *m_state;
    QLineEdit *m_publicUrlEdit;
    QLabel *m_publicUrlResult;
    QLabel *m_localOnly;
    QComboBox *m_snippetChoice;
    QPlainTextEdit *m_snippet;
    QPushButton *m_testButton;
    QLabel *m_testResult;
    QElapsedTimer m_testTimer;
};

} // namespace rmx::ui
