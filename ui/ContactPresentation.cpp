// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ContactPresentation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rmx::ui {

QString ContactPresentation::fullName(const store::ContactRecord &contact)
{
    const QString name = QString(contact.firstName + u' ' + contact.lastName).trimmed();
    return name.isEmpty() ? contact.email : name;
}

QString ContactPresentation::stageName(const QString &stage)
{
    if (stage == u"lead")
        return tr("Lead");
    if (stage == u"qualified")
        return tr("Qualified");
    if (stage == u"opportunity")
        return tr("Opportunity");
    if (stage == u"customer")
        return tr("Customer");
    return stage;
}

QColor ContactPresentation::stageColor(const QString &stage)
{
    if (stage == u"lead")
        return QColor(0x2f, 0x80, 0xed);
    if (stage == u"qualified")
        return QColor(0xf2, 0x99, 0x4a);
    if (stage == u"opportunity")
        return QColor(0x9b, 0x51, 0xe0);
    if (stage == u"customer")
        return QColor(0x27, 0xae, 0x60);
    return QColor(0x82, 0x82, 0x82);
}

QString ContactPresentation::spamReason(const QString &reason)
{
    if (reason == u"honeypot")
        return tr("Hidden bot field filled in");
    if (reason == u"too_fast")
        return tr("Sent too fast for a person");
    if (reason == u"bad_token")
        return tr("Form token not valid");
    if (reason == u"expired_token")
        return tr("Form token expired");
    return reason;
}

QString ContactPresentation::metadataLabel(const QString &key)
{
    const QString k = key.toLower();
    if (k == u"utm_source")
        return tr("Campaign source");
    if (k == u"utm_medium")
        return tr("Campaign medium");
    if (k == u"utm_campaign")
        return tr("Campaign name");
    if (k == u"utm_term")
        return tr("Campaign term");
    if (k == u"utm_content")
        return tr("Campaign content");
    if (k == u"landing_page" || k == u"landing_url")
        return tr("Landing page");
    if (k == u"referrer" || k == u"referer")
        return tr("Referrer");
    if (k == u"gclid")
        return tr("Google Ads click");
    if (k == u"fbclid")
        return tr("Facebook click");
    QString label = key;
    label.replace(u'_', u' ');
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

QString ContactPresentation::metadataValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString();
}

} // namespace rmx::ui
