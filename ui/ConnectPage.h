// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace rmx::ui {

/// "Connect your website": where the listener is, and ready-to-copy snippets filled in with the
/// real public URL (the Lead API curl, a server-side form proxy, Zapier and n8n settings).
class ConnectPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectPage)

public:
    explicit ConnectPage(QWidget *parent = nullptr);
    void setListenerState(const QString &state);
    void setPublicUrl(const QString &url);

private:
    void render();

    QString m_publicUrl;
    QLabel *m_state;
    QPlainTextEdit *m_snippets;
};

} // namespace rmx::ui
