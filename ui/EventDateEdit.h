// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/OptionalDateEdit.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace rmx::ui {

/// A lead's event date, which may be unknown: a check box says whether there is one, the date
/// edit holds it, and a flag says when it has passed. The date edit's minimum stands for "no
/// date", so it alone holds the value; the check box sets it and follows it.
class EventDateEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDateEdit)

public:
    explicit EventDateEdit(QWidget *parent = nullptr);

    /// YYYY-MM-DD, or empty for no date.
    QString isoDate() const;
    void setIsoDate(const QString &isoDate);
    QDateEdit *dateEdit() const { return m_date; }
    /// The day "past" is measured from (tests move it).
    void setToday(const QDate &today);

Q_SIGNALS:
    void changed();

private:
    void sync();

    QCheckBox *m_known;
    OptionalDateEdit *m_date;
    QLabel *m_past;
    QDate m_today;
    QDate m_lastDate; // offered again when the box is checked after being cleared
};

} // namespace rmx::ui
