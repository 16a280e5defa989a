// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LeadLink.h"

#include <QRegularExpression>
#include <QUrl>

namespace rmx::ui::LeadLink {

namespace {
const QRegularExpression &uuid()
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re;
}
} // namespace

QString idOf(const QString &text)
{
    const QString t = text.trimmed();
    if (uuid().match(t).hasMatch())
        return t.toLower();
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return {};
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const qsizetype slash = path.lastIndexOf(u'/');
    if (slash < 0 || !path.left(slash).endsWith(QStringLiteral("/leads")))
        return {};
    const QString id = path.mid(slash + 1);
    return uuid().match(id).hasMatch() ? id.toLower() : QString();
}

QString anchor(const QString &url)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), url.toHtmlEscaped());
}

} // namespace rmx::ui::LeadLink
