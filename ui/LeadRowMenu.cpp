// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LeadRowMenu.h"

#include "core/leads/LeadUpdater.h"
#include "ui/LeadPresentation.h"

#include <QActionGroup>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QUrl>

namespace rmx::ui {

namespace {
/// `text` in a menu label, with an '&' shown rather than read as a shortcut.
QString literal(const QString &text)
{
    return QString(text).replace(u'&', QStringLiteral("&&"));
}
} // namespace

QUrl LeadRowMenu::telUrl(const QString &phone)
{
    QString number;
    for (const QChar ch : phone) {
        if (ch.isDigit() || (ch == u'+' && number.isEmpty()))
            number.append(ch);
    }
    return number.isEmpty() ? QUrl() : QUrl(QStringLiteral("tel:") + number);
}

LeadRowMenu::LeadRowMenu(const store::LeadRecord &lead, QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("leadRowMenu"));
    const QString id = lead.id;
    QAction *open = addAction(tr("&Open"), this, [this, id] { emit openRequested(id); });
    open->setObjectName(QStringLiteral("openLead"));
    setDefaultAction(open);
    addSeparator();

    const QString email = lead.email;
    const QString phone = lead.phone.trimmed();
    QAction *copyEmail = addAction(tr("Copy &email"), this,
                                   [email] { QGuiApplication::clipboard()->setText(email); });
    copyEmail->setObjectName(QStringLiteral("copyEmail"));
    copyEmail->setEnabled(!email.isEmpty());
    QAction *copyPhone = addAction(tr("Copy &phone"), this,
                                   [phone] { QGuiApplication::clipboard()->setText(phone); });
    copyPhone->setObjectName(QStringLiteral("copyPhone"));
    copyPhone->setEnabled(!phone.isEmpty());
    const QUrl tel = telUrl(phone);
    QAction *call = addAction(tr("&Call %1").arg(literal(phone)), this,
                              [tel] { QDesktopServices::openUrl(tel); });
    call->setObjectName(QStringLiteral("callLead"));
    call->setEnabled(tel.isValid());
    QUrl mailto;
    mailto.setScheme(QStringLiteral("mailto"));
    mailto.setPath(email);
    QAction *write = addAction(tr("&Write to %1").arg(literal(email)), this,
                               [mailto] { QDesktopServices::openUrl(mailto); });
    write->setObjectName(QStringLiteral("emailLead"));
    write->setEnabled(!email.isEmpty());
    addSeparator();

    QMenu *status = addMenu(tr("&Status"));
    status->setObjectName(QStringLiteral("leadStatusMenu"));
    auto *statuses = new QActionGroup(status);
    for (const QString &name : leads::LeadUpdater::pipeline()) {
        QAction *action = status->addAction(LeadPresentation::statusName(name), this,
                                            [this, id, name] { emit statusRequested(id, name); });
        action->setObjectName(QStringLiteral("setStatus_") + name);
        action->setCheckable(true);
        action->setChecked(name == lead.status);
        statuses->addAction(action);
    }
    addSeparator();
    QAction *remove = addAction(tr("&Delete…"), this, [this, id] { emit deleteRequested(id); });
    remove->setObjectName(QStringLiteral("deleteLead"));
}

} // namespace rmx::ui
