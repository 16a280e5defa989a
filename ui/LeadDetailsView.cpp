// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LeadDetailsView.h"

#include "core/leads/LeadDetails.h"
#include "core/leads/LeadValidator.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rmx::ui {

namespace {
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

LeadDetailsView::LeadDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("leadDetails"));
    auto *content = new QWidget;
    content->setLayout(m_form);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // A form with many fields scrolls here rather than pushing the editor off a laptop screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMaximumHeight(120);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Details from the inquiry"), this));
    layout->addWidget(scroll);
    hide();
}

QString LeadDetailsView::label(const QString &key)
{
    if (key == u"event_type")
        return tr("Event type (not in your list)");
    if (key == QLatin1StringView(leads::LeadDetails::TruncatedKey))
        return tr("Left out");
    QString text = key;
    text.replace(u'_', u' ');
    text.replace(u'-', u' ');
    text = text.simplified();
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString LeadDetailsView::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return leads::LeadValidator::numberText(value);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

void LeadDetailsView::setDetails(const QJsonObject &details)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    for (auto it = details.begin(); it != details.end(); ++it) {
        const bool truncated = it.key() == QLatin1StringView(leads::LeadDetails::TruncatedKey);
        const QString value
            = truncated ? tr("Some fields did not fit and were not kept.") : valueText(it.value());
        QLabel *field = plainLabel(value, m_form->parentWidget());
        field->setObjectName(QStringLiteral("detail_") + it.key());
        m_form->addRow(plainLabel(label(it.key()) + u':', m_form->parentWidget()), field);
    }
    setVisible(!details.isEmpty());
}

} // namespace rmx::ui
