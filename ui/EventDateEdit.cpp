// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EventDateEdit.h"

#include "ui/OptionalDateEdit.h"
#include "ui/Theme.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace rmx::ui {

EventDateEdit::EventDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_known(new QCheckBox(this))
    , m_date(new OptionalDateEdit(tr("No date"), this))
    , m_past(new QLabel(tr("Past"), this))
    , m_today(QDate::currentDate())
{
    m_known->setObjectName(QStringLiteral("leadHasEventDate"));
    m_known->setAccessibleName(tr("The event has a date"));
    m_known->setToolTip(tr("Clear for an inquiry that names no date yet."));
    m_date->setObjectName(QStringLiteral("leadEventDate"));
    m_past->setObjectName(QStringLiteral("leadEventDatePast"));
    m_past->setToolTip(tr("This event date has passed."));
    Theme::setTextTone(m_past, Theme::Tone::Warning);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_known);
    row->addWidget(m_date, 1);
    row->addWidget(m_past);
    setFocusProxy(m_date);

    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        sync();
        emit changed();
    });
    connect(m_known, &QCheckBox::toggled, this, [this](bool known) {
        if (known == !isoDate().isEmpty())
            return;
        // Checking offers the date last shown, or today; the owner then picks the real one.
        m_date->setValue(known ? (m_lastDate.isValid() ? m_lastDate : m_today) : QDate());
        if (known)
            m_date->setFocus();
    });
    sync();
}

QString EventDateEdit::isoDate() const
{
    return m_date->value().toString(Qt::ISODate);
}

void EventDateEdit::setIsoDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    m_lastDate = date;
    m_date->setValue(date);
    sync();
}

void EventDateEdit::setToday(const QDate &today)
{
    m_today = today;
    sync();
}

void EventDateEdit::sync()
{
    const bool known = !isoDate().isEmpty();
    if (known)
        m_lastDate = m_date->date();
    const QSignalBlocker blocker(m_known);
    m_known->setChecked(known);
    m_date->setEnabled(known);
    m_past->setVisible(known && m_date->date() < m_today);
}

} // namespace rmx::ui
