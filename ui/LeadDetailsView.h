// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace rmx::ui {

/// The details an inquiry sent beyond a lead's own fields (venue, guest count, budget, UTM
/// values...), read-only, as plain text: they come from strangers on the internet, so nothing
/// in them is ever rendered as markup. Hidden when the lead has none.
class LeadDetailsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadDetailsView)

public:
    explicit LeadDetailsView(QWidget *parent = nullptr);

    void setDetails(const QJsonObject &details);
    /// "guest_count" -> "Guest count"; the names the app knows are translated.
    static QString label(const QString &key);
    /// A detail's value as text: strings as sent, numbers without ".0", yes/no, JSON for
    /// lists and objects.
    static QString valueText(const QJsonValue &value);

private:
    QFormLayout *m_form;
};

} // namespace rmx::ui
