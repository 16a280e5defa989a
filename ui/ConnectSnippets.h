// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rmx::ui {

/// The ready-to-copy snippets of the Connect page, filled in with the public base URL: the Lead
/// API's curl, a server-side form proxy, Zapier and n8n settings, the hosted form and its
/// iframe, a browser fetch() to /capture, webhook verification, and the tunnel commands.
class ConnectSnippets final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectSnippets)

public:
    struct Snippet
    {
        QString title;
        QString text;
        bool tunnel = false; // how to reach this computer from the internet
    };
    /// `isPublic` says whether `baseUrl` is a public URL (a tunnel's) or the listen address,
    /// which only this computer can reach.
    static QList<Snippet> all(const QString &baseUrl, const QString &listenAddress,
                              bool isPublic = true);
};

} // namespace rmx::ui
